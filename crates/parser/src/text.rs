//! Small text helpers shared by the grammars: word tokens with byte offsets.

use std::ops::Range;

/// A word or a punctuation character, with its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    /// `None` for a word, the character for punctuation.
    pub punct: Option<char>,
}

impl Tok {
    pub fn is_word(&self) -> bool {
        self.punct.is_none()
    }
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '&')
}

/// Splits `text[range]` into words and punctuation, skipping whitespace.
/// A word is a run of letters and digits with inner hyphens, apostrophes and dots (`U.S.`,
/// `Belarus’s`, `post-Soviet`); `skip` ranges (layout debris) are passed over.
pub(crate) fn tokens(text: &str, range: Range<usize>, skip: &[Range<usize>]) -> Vec<Tok> {
    // about one token per five bytes of news text: one allocation, seldom a second
    let mut out = Vec::with_capacity(range.len() / 4 + 4);
    // ASCII bytes are read as bytes, other characters decoded
    let char_at = |j: usize| -> (char, usize) {
        let b = text.as_bytes()[j];
        if b < 0x80 {
            (char::from(b), 1)
        } else {
            let c = text[j..].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        }
    };
    // `skip` is sorted: walk it alongside the text
    let mut si = skip.partition_point(|r| r.end <= range.start);
    let mut i = range.start;
    while i < range.end {
        let (c, len) = char_at(i);
        while si < skip.len() && skip[si].end <= i {
            si += 1;
        }
        if skip.get(si).is_some_and(|r| r.start <= i) || c.is_whitespace() {
            i += len;
            continue;
        }
        if crate::text::is_alnum(c) {
            let mut end = i + len;
            while end < range.end {
                let (d, dl) = char_at(end);
                if crate::text::is_alnum(d) {
                    end += dl;
                } else if is_joiner(d)
                    && end + dl < range.end
                    && crate::text::is_alnum(char_at(end + dl).0)
                {
                    // a joiner belongs to the word only when a letter or digit follows it
                    end += dl;
                } else {
                    break;
                }
            }
            out.push(Tok {
                start: i,
                end,
                punct: None,
            });
            i = end;
        } else {
            out.push(Tok {
                start: i,
                end: i + len,
                punct: Some(c),
            });
            i += len;
        }
    }
    out
}

/// A word without the marks and punctuation around it (`“Ted!` -> `Ted`).
pub(crate) fn word_core(w: &str) -> &str {
    w.trim_matches(|c: char| !is_alnum(c))
}

/// `char::is_alphanumeric`, answered without the Unicode tables for ASCII and for the General
/// Punctuation block (curly quotes, dashes, ellipses: U+2000 to U+206F, none of them letters or
/// digits), which news text is full of.
///
/// ```
/// assert!(verbatim_parser::is_alnum('a') && verbatim_parser::is_alnum('ë'));
/// assert!(!verbatim_parser::is_alnum('’') && !verbatim_parser::is_alnum('—'));
/// ```
///
/// Text that was UTF-8 read as Latin-1 (`PeÃ±a` for `Peña`, `JesÃºs`) keeps its names whole: the
/// Latin-1 signs such bytes become (U+0080 to U+00BF, but the no-break space and the
/// guillemets) count as letters.
///
/// ```
/// assert!("PeÃ±a".chars().all(verbatim_parser::is_alnum));
/// assert!("Jose\u{301}".chars().all(verbatim_parser::is_alnum));
/// assert!(!verbatim_parser::is_alnum('\u{a0}') && !verbatim_parser::is_alnum('«'));
/// ```
#[inline]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        false
    } else if ('\u{80}'..='\u{BF}').contains(&c) {
        // (`¡` and `¿` too: `á` read as Latin-1 is `Ã¡`)
        !matches!(c, '\u{a0}' | '«' | '»' | '·')
    } else if ('\u{300}'..='\u{36F}').contains(&c) {
        // combining accents of decomposed text (`José` as `Jose` + U+0301) stay in their word
        true
    } else {
        c.is_alphanumeric()
    }
}

/// True when a line is written in Title Case, a headline's style: four words or more, and at
/// least eight in ten of them capitalised (or numbers). Capitals in such a line mark neither
/// names nor titles.
///
/// ```
/// assert!(verbatim_parser::is_title_case_line("Hillary Clinton Slams Donald Trump Again"));
/// assert!(!verbatim_parser::is_title_case_line("Hillary Clinton criticised the plan."));
/// ```
pub fn is_title_case_line(line: &str) -> bool {
    // one pass over the bytes (every line of every article comes through here): a word counts
    // by its first letter or digit, words are split on whitespace
    let b = line.as_bytes();
    let (mut words, mut capitals) = (0usize, 0usize);
    let (mut in_word, mut counted) = (false, false);
    let mut i = 0;
    while i < b.len() {
        let (space, alnum, upper) = if b[i] < 0x80 {
            let x = b[i];
            i += 1;
            (
                matches!(x, b' ' | b'\t'..=b'\r'),
                x.is_ascii_alphanumeric(),
                x.is_ascii_uppercase() || x.is_ascii_digit(),
            )
        } else {
            let c = line[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            (
                c.is_whitespace(),
                crate::text::is_alnum(c),
                c.is_uppercase(),
            )
        };
        if space {
            in_word = false;
            continue;
        }
        if !in_word {
            in_word = true;
            counted = false;
        }
        if !counted && alnum {
            counted = true;
            words += 1;
            if upper {
                capitals += 1;
            } else if (words - capitals) * 4 > capitals + (b.len() - i).div_ceil(2) {
                // too many lowercase words for the words that can still follow
                return false;
            }
            // the rest of a counted word tells nothing: on to the next space
            while i < b.len() {
                if b[i] < 0x80 {
                    if matches!(b[i], b' ' | b'\t'..=b'\r') {
                        break;
                    }
                    i += 1;
                } else {
                    let c = line[i..].chars().next().unwrap_or(' ');
                    if c.is_whitespace() {
                        break;
                    }
                    i += c.len_utf8();
                }
            }
        }
    }
    words >= 4 && capitals * 10 >= words * 8
}

/// Where in `text` the first blank line inside `range` begins (the line break that only
/// whitespace separates from the next one: a paragraph break), or `range.end` when it has none.
pub(crate) fn before_blank_line(text: &str, range: Range<usize>) -> usize {
    let bytes = &text.as_bytes()[range.clone()];
    for nl in memchr::memchr_iter(b'\n', bytes) {
        let rest = &bytes[nl + 1..];
        let blank = rest
            .iter()
            .position(|b| !matches!(b, b' ' | b'\t' | b'\r'))
            .is_some_and(|k| rest[k] == b'\n');
        if blank {
            return range.start + nl;
        }
    }
    range.end
}

/// Initials without their last dot: `J`, `G.K`, `U.S` (a word token before a full stop).
pub(crate) fn is_initials(word: &str) -> bool {
    word.split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

/// An age written as one word: `72-year-old`, `37-Year-Old`.
pub(crate) fn is_age(word: &str) -> bool {
    word.len() > 4
        && word.is_char_boundary(word.len() - 4)
        && word[word.len() - 4..].eq_ignore_ascii_case("-old")
}

/// True when the word starts with an uppercase letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// True when the word is written in capitals only (`NATO`, `EU`, `U.S.`), two letters or more.
pub(crate) fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// The word with a possessive ending removed (`Russia’s` → `Russia`).
pub(crate) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

/// True when the word ends in a possessive `’s`.
pub(crate) fn is_possessive(word: &str) -> bool {
    word.len() > 2 && (word.ends_with("’s") || word.ends_with("'s"))
}

/// Whitespace folded to single spaces, ends trimmed.
pub(crate) fn fold_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokens(s, 0..s.len(), &[])
            .iter()
            .map(|t| &s[t.range()])
            .collect()
    }

    #[test]
    fn blank_lines_end_at_their_first_break() {
        let t = "say officials\n\nFares rose.";
        assert_eq!(before_blank_line(t, 0..t.len()), 13);
        // spaces and a carriage return on the blank line, a range that starts later
        let t = "x\r\n \r\ny\nz";
        assert_eq!(before_blank_line(t, 1..t.len()), 2);
        // a single break is no paragraph's end; a range stopping before the blank line
        assert_eq!(before_blank_line("a\nb\n\nc", 0..3), 3);
        assert_eq!(before_blank_line("a\nb\n\nc", 0..6), 3);
    }

    #[test]
    fn words_keep_inner_apostrophes_hyphens_and_dots() {
        assert_eq!(
            words("Belarus’s post-Soviet U.S. ties, he said."),
            [
                "Belarus’s",
                "post-Soviet",
                "U.S",
                ".",
                "ties",
                ",",
                "he",
                "said",
                "."
            ]
        );
    }

    #[test]
    fn tokens_pass_over_skipped_ranges_and_stop_at_the_range_end() {
        let s = "Zoë said—AD HERE—“fine.” it-";
        let ad = s.find("AD").unwrap()..s.find("HERE").unwrap() + 4;
        let got: Vec<&str> = tokens(s, 0..s.len(), &[ad])
            .iter()
            .map(|t| &s[t.range()])
            .collect();
        assert_eq!(
            got,
            ["Zoë", "said", "—", "—", "“", "fine", ".", "”", "it", "-"]
        );
        // a joiner at the end of the range stays out of the word
        let end = s.find("it-").unwrap() + 3;
        let last = tokens(s, s.find("it-").unwrap()..end, &[]);
        assert_eq!(last.len(), 2);
    }

    #[test]
    fn title_case_lines_long_and_short() {
        assert!(is_title_case_line(
            "Harbour Board Votes To Close The Old Pier At Last"
        ));
        assert!(is_title_case_line("Zoë Ruiz Wins 2024 Vote In Ostrava"));
        assert!(!is_title_case_line("Harbour Board Votes"));
        assert!(!is_title_case_line(
            "the board voted on Monday to close the old pier, Ana Ruiz Of The Port Said"
        ));
        // one lowercase word in five is allowed
        assert!(is_title_case_line("Ruiz Wins Vote in Ostrava"));
        assert!(!is_title_case_line("Ruiz wins vote in Ostrava"));
    }

    #[test]
    fn acronyms_and_possessives() {
        assert!(is_acronym("NATO"));
        assert!(!is_acronym("Nato"));
        assert_eq!(strip_possessive("Russia’s"), "Russia");
        assert!(is_possessive("Russia's"));
    }
}
