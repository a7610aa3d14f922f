//! Layout: logical paragraphs, and the debris that text extraction leaves behind (URL lines,
//! "Related article" lines, ad markers, photo credits). Quote text is cleaned here too.

use memchr::memchr_iter;
use std::ops::Range;

/// Paragraphs and debris of one article. All ranges are byte ranges into the article.
#[derive(Debug, Default)]
pub(crate) struct Layout {
    /// Logical paragraphs in order; a paragraph may contain debris ranges.
    pub blocks: Vec<Range<usize>>,
    /// Debris, sorted and disjoint.
    pub debris: Vec<Range<usize>>,
}

impl Layout {
    /// The debris ranges that overlap `range`.
    pub fn debris_in(&self, range: Range<usize>) -> &[Range<usize>] {
        let lo = self.debris.partition_point(|r| r.end <= range.start);
        let hi = self.debris.partition_point(|r| r.start < range.end);
        &self.debris[lo..hi.max(lo)]
    }

    /// True when `at` lies inside debris.
    pub fn in_debris(&self, at: usize) -> bool {
        let i = self.debris.partition_point(|r| r.end <= at);
        self.debris.get(i).is_some_and(|r| r.start <= at)
    }
}

/// Markers that ad-supported pages glue into the text.
const INLINE_MARKERS: &[&str] = &[
    "ARTICLE CONTINUES AFTER AD",
    "ARTICLE CONTINUES BELOW",
    "STORY CONTINUES BELOW",
    "Story continues below advertisement",
    "Story continues below",
    "CONTINUE READING BELOW",
    "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT",
];

/// All inline markers in one automaton, longest first ("Story continues below advertisement"
/// over "Story continues below").
static MARKERS: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(INLINE_MARKERS)
        .expect("the marker list builds")
});

/// Lines that are debris when they start with these words (case-insensitive).
const LINE_PREFIXES: &[&str] = &[
    "related article",
    "related:",
    "related coverage",
    "read more:",
    "read more at",
    "read the rest",
    "advertisement",
    "article continues",
    "story continues",
    "continue reading",
    "click here",
    "sign up for",
    "photo:",
    "image:",
    "(photo",
    "watch:",
    "listen:",
];

#[derive(Clone, Copy, PartialEq)]
enum Line {
    Blank,
    Debris,
    Content,
}

fn is_url(s: &str) -> bool {
    (s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www."))
        && !s.contains(char::is_whitespace)
}

/// Byte offset in `line` where a trailing photo credit starts (`Dmitri Lovetsky / AP / TASS`).
fn credit_start(line: &str) -> Option<usize> {
    // most lines hold no slash at all: a byte search turns them away
    memchr::memchr(b'/', line.as_bytes())?;
    let first_slash = line.find(" / ")?;
    // the credit starts after the last sentence end before the first " / "
    let head = &line[..first_slash];
    let start = head
        .rfind(['.', '?', '!', '”', '"'])
        .map(|i| i + head[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let credit = line[start..].trim();
    let credit = credit.trim_end_matches('.');
    let segments: Vec<&str> = credit.split(" / ").collect();
    let credit_like = segments.len() >= 2
        && segments.iter().all(|seg| {
            let words: Vec<&str> = seg.split_whitespace().collect();
            !words.is_empty()
                && words.len() <= 4
                && words
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        });
    credit_like.then(|| start + (line[start..].len() - line[start..].trim_start().len()))
}

/// Markup left in the text: `<tweet author="X" tweet_id="7604…">`, `</tweet>`, `<br/>`. Its
/// attribute values are in marks but quote nobody. A tag opens with `<` and a letter or `/`,
/// and closes with `>` on the same line within 500 bytes.
fn markup_tags(line: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    memchr_iter(b'<', line.as_bytes()).filter_map(move |lt| {
        let rest = &line[lt + 1..];
        let name = rest.strip_prefix('/').unwrap_or(rest);
        if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        let gt = rest.bytes().take(500).position(|b| b == b'>')?;
        (!rest[..gt].contains('<')).then_some(lt..lt + gt + 2)
    })
}

fn classify(line: &str) -> Line {
    let t = line.trim();
    if t.is_empty() {
        return Line::Blank;
    }
    // case-insensitive ends of the line, without a lowercase copy of it
    let starts = |p: &str| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    let ends = |p: &str| {
        t.len() >= p.len()
            && t.is_char_boundary(t.len() - p.len())
            && t[t.len() - p.len()..].eq_ignore_ascii_case(p)
    };
    if is_url(t)
        || LINE_PREFIXES.iter().any(|p| starts(p))
        || INLINE_MARKERS.contains(&t)
        || credit_start(t) == Some(0)
        || ends(" via getty images.")
        || ends(" via getty images")
    {
        Line::Debris
    } else {
        Line::Content
    }
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end().chars().last().is_some_and(|c| {
        matches!(
            c,
            '.' | '?'
                | '!'
                | ':'
                | '”'
                | '"'
                | '’'
                | '\''
                | ')'
                | ']'
                | '…'
                | '»'
                | '«'
                | '」'
                | '』'
        )
    })
}

fn starts_lowercase(line: &str) -> bool {
    line.trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// Finds paragraphs and debris.
///
/// A blank line ends a paragraph unless the paragraph stopped mid-sentence and the next one goes
/// on in lowercase (a break that extraction put inside a sentence). A single line break ends a
/// paragraph too, unless the article is hard-wrapped (most lines stop mid-sentence).
pub(crate) fn layout(text: &str) -> Layout {
    let mut lines: Vec<(Range<usize>, Line)> = Vec::new();
    let mut start = 0;
    for nl in memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len())) {
        if nl < start {
            continue;
        }
        let raw = &text[start..nl];
        let lead = raw.len() - raw.trim_start().len();
        let trail = raw.len() - raw.trim_end().len();
        let range = if raw.trim().is_empty() {
            start..start
        } else {
            start + lead..nl - trail
        };
        lines.push((range, classify(raw)));
        start = nl + 1;
    }

    let mut debris = Vec::new();
    for (range, kind) in &lines {
        match kind {
            Line::Debris => debris.push(range.clone()),
            Line::Content => {
                let line = &text[range.clone()];
                for m in MARKERS.find_iter(line) {
                    debris.push(range.start + m.start()..range.start + m.end());
                }
                if let Some(i) = credit_start(line) {
                    debris.push(range.start + i..range.end);
                }
                for tag in markup_tags(line) {
                    debris.push(range.start + tag.start..range.start + tag.end);
                }
            }
            Line::Blank => {}
        }
    }
    debris.sort_by_key(|r| r.start);
    debris.dedup_by(|b, a| {
        if b.start <= a.end {
            a.end = a.end.max(b.end);
            true
        } else {
            false
        }
    });

    // Hard-wrapped: most lines that another content line follows stop mid-sentence.
    let (mut joined, mut open) = (0usize, 0usize);
    for pair in lines.windows(2) {
        if pair[0].1 == Line::Content && pair[1].1 == Line::Content {
            joined += 1;
            if !ends_sentence(&text[pair[0].0.clone()]) {
                open += 1;
            }
        }
    }
    let soft_breaks = joined > 0 && open * 2 >= joined;

    let mut blocks: Vec<Range<usize>> = Vec::new();
    let mut current: Option<Range<usize>> = None;
    // where the current block's words end, trailing inline debris left out
    let mut words_end = 0;
    let mut gap = false; // a blank or debris line since the current block's last line
    for (range, kind) in &lines {
        if *kind != Line::Content {
            gap = true;
            continue;
        }
        let line = &text[range.clone()];
        let continues = match &current {
            Some(_) if !gap => soft_breaks,
            Some(cur) => !ends_sentence(&text[cur.start..words_end]) && starts_lowercase(line),
            None => false,
        };
        match current.as_mut() {
            Some(cur) if continues => cur.end = range.end,
            _ => {
                blocks.extend(current.take());
                current = Some(range.clone());
            }
        }
        words_end = debris
            .iter()
            .find(|d| d.start > range.start && d.start < range.end && d.end >= range.end)
            .map_or(range.end, |d| d.start);
        gap = false;
    }
    blocks.extend(current);
    Layout { blocks, debris }
}

/// Prefixes that keep their hyphen when a line break splits the word after them.
const HYPHEN_PREFIXES: &[&str] = &[
    "ex", "self", "well", "non", "anti", "pro", "post", "pre", "co", "multi", "long", "short",
    "high", "low", "half", "all", "cross", "counter", "inter", "mid", "neo", "semi", "sub",
    "super", "trans", "ultra", "vice", "year", "old", "so", "far", "right", "left", "hard",
    "first", "second", "third", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "then", "full", "part", "world", "state",
];

/// True when [`clean`] would leave `s` as it is: no space at either end, no line break or other
/// space than a single ` ` between words.
fn clean_already(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut after_space = false;
    for (i, &x) in b.iter().enumerate() {
        if x == b' ' {
            if after_space {
                return false;
            }
            after_space = true;
            continue;
        }
        after_space = false;
        if matches!(x, b'\t'..=b'\r') {
            return false;
        }
        // the first byte of a character beyond ASCII: a space of another kind?
        if x >= 0xC0 && s[i..].chars().next().is_some_and(char::is_whitespace) {
            return false;
        }
    }
    true
}

/// The text of `range` made clean: `skip` ranges (debris, reopening marks) removed, line breaks
/// and runs of space folded to one space, a word hyphenated across a line break rejoined
/// (`neces-\nsary` → `necessary`, `post-\nSoviet` → `post-Soviet`).
pub(crate) fn clean(text: &str, range: Range<usize>, skip: &[Range<usize>]) -> String {
    let first = skip.partition_point(|s| s.end <= range.start);
    // most quotations are clean already: one line, single spaces, nothing skipped
    if skip.get(first).is_none_or(|s| s.start >= range.end) && clean_already(&text[range.clone()]) {
        return text[range].to_string();
    }
    clean_pieces(text, range, &skip[first..])
}

/// [`clean`] the long way, piece by piece and character by character.
fn clean_pieces(text: &str, range: Range<usize>, skip: &[Range<usize>]) -> String {
    // Gather the kept pieces; a skipped range counts as a line break.
    let mut raw = String::with_capacity(range.len());
    let mut at = range.start;
    let first = skip.partition_point(|s| s.end <= range.start);
    for s in &skip[first..] {
        if s.start >= range.end {
            break;
        }
        if s.start > at {
            raw.push_str(&text[at..s.start]);
        }
        raw.push('\n');
        at = at.max(s.end);
    }
    if at < range.end {
        raw.push_str(&text[at..range.end]);
    }

    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.char_indices().peekable();
    let mut pending_space = false;
    while let Some((i, c)) = chars.next() {
        if c == '-' && out.chars().last().is_some_and(char::is_alphabetic) {
            // a hyphen at the end of a line?
            let rest = &raw[i + 1..];
            let gap_len = rest.len() - rest.trim_start().len();
            let gap = &rest[..gap_len];
            if gap.contains('\n') {
                let next = rest[gap_len..].chars().next();
                if next.is_some_and(char::is_alphabetic) {
                    let left_word: String = out
                        .chars()
                        .rev()
                        .take_while(|&c| crate::text::is_alnum(c))
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect::<String>()
                        .to_lowercase();
                    let keep = next.is_some_and(char::is_uppercase)
                        || HYPHEN_PREFIXES.contains(&left_word.as_str());
                    if keep {
                        out.push('-');
                    }
                    for _ in 0..gap.chars().count() {
                        chars.next();
                    }
                    pending_space = false;
                    continue;
                }
            }
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // the shortcut for text that is clean already gives what the long way gives
        #[test]
        fn clean_text_is_left_as_it_is(
            text in prop::collection::vec(
                prop_oneof![
                    Just("word"), Just(" "), Just("  "), Just("\n"), Just("\t"), Just("-"),
                    Just("\u{a0}"), Just("\u{2009}"), Just("é"), Just("“"), Just("post-\nSoviet")
                ],
                0..30,
            ).prop_map(|v| v.concat())
        ) {
            let all = 0..text.len();
            prop_assert_eq!(clean(&text, all.clone(), &[]), clean_pieces(&text, all, &[]));
        }
    }

    #[test]
    fn hyphenation_across_lines_is_repaired() {
        let t = "the post-\nSoviet space was neces-\nsary for ex-\nofficials";
        assert_eq!(
            clean(t, 0..t.len(), &[]),
            "the post-Soviet space was necessary for ex-officials"
        );
    }

    #[test]
    fn url_and_related_lines_are_debris_and_sentence_breaks_merge() {
        let t = "guarantees “but there’s\n\nRelated article: Other news\n\nhttps://example.com/x\n\ncurrently no need,” he said.\n\nNext paragraph.";
        let l = layout(t);
        assert_eq!(l.blocks.len(), 2, "{:?}", l.blocks);
        assert_eq!(l.debris.len(), 2);
        let b = l.blocks[0].clone();
        assert_eq!(
            clean(t, b, &l.debris),
            "guarantees “but there’s currently no need,” he said."
        );
    }

    #[test]
    fn inline_ad_marker_and_photo_credit_are_debris() {
        let t = "It was “fair”.ARTICLE CONTINUES AFTER AD\n\nThe end came. Jane Roe / AP / TASS\n";
        let l = layout(t);
        let parts: Vec<&str> = l.debris.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(
            parts,
            ["ARTICLE CONTINUES AFTER AD", "Jane Roe / AP / TASS"]
        );
    }

    #[test]
    fn markup_tags_are_debris_and_comparisons_are_not() {
        let t = "<tweet author=\"PortAuthority\" tweet_id=\"7604\">Ferries resume.</tweet> If a < b and c > d.";
        let l = layout(t);
        let tags: Vec<&str> = l.debris.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(
            tags,
            [
                "<tweet author=\"PortAuthority\" tweet_id=\"7604\">",
                "</tweet>"
            ]
        );
        // the attribute values are no quotations; the post itself is its author's
        let q = crate::parse(t);
        assert_eq!(q.quotes.len(), 1, "{q:?}");
        assert_eq!(q.quotes[0].text, "Ferries resume.");
        let a = q.quotes[0].attribution.as_ref().expect("attributed");
        assert_eq!(a.mention.text, "PortAuthority");
    }

    #[test]
    fn single_newlines_split_paragraphs_unless_hard_wrapped() {
        let flowing = "One sentence here.\nAnother paragraph here.\nA third one.";
        assert_eq!(layout(flowing).blocks.len(), 3);
        let wrapped = "One sentence that goes\non and on across\nlines until it ends.\n\nNext.";
        assert_eq!(layout(wrapped).blocks.len(), 2);
    }
}
