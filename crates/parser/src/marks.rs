//! Quotation marks: typed pairing of every mark family, apostrophes told apart, nesting,
//! multi-paragraph quotations, and recovery from unbalanced marks within a paragraph.

use crate::layout::Layout;
use crate::model::{Diagnostic, DiagnosticKind};
use std::ops::Range;

/// A family of quotation marks: an opening mark closes only with its own partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// `“…”`
    Curly,
    /// `"…"`
    Straight,
    /// `‘…’`
    CurlySingle,
    /// `'…'`
    StraightSingle,
    /// `„…“` (German) and `„…”` (Polish, Hungarian)
    Low9,
    /// `‚…‘`
    Low9Single,
    /// `«…»`
    Guillemet,
    /// `»…«`
    GuillemetReversed,
    /// `‹…›`
    Angle,
    /// `›…‹`
    AngleReversed,
    /// `「…」`
    Corner,
    /// `『…』`
    WhiteCorner,
    /// ``` ``…'' ```
    Tex,
    /// `''…''`: two apostrophes for a double mark, as some wire copy writes them
    TwoApostrophes,
}

impl Family {
    /// Single marks double as apostrophes: an unclosed one is dropped without a diagnostic.
    fn apostrophe_like(self) -> bool {
        matches!(
            self,
            Family::CurlySingle | Family::StraightSingle | Family::Low9Single
        )
    }

    /// The mark that reopens this family at the start of each paragraph of a long quotation.
    fn reopener(self) -> &'static str {
        match self {
            Family::Curly => "“",
            Family::Straight => "\"",
            Family::Low9 => "„",
            Family::Guillemet => "«",
            Family::GuillemetReversed => "»",
            Family::Tex => "``",
            Family::TwoApostrophes => "''",
            Family::CurlySingle => "‘",
            Family::StraightSingle => "'",
            Family::Low9Single => "‚",
            Family::Angle => "‹",
            Family::AngleReversed => "›",
            Family::Corner => "「",
            Family::WhiteCorner => "『",
        }
    }
}

/// A pair of marks, or an opening mark recovered at the end of its paragraph.
#[derive(Debug, Clone)]
pub(crate) struct RawQuote {
    /// The first opening mark.
    pub open: Range<usize>,
    /// The closing mark; `None` when the quotation was recovered at the paragraph's end.
    pub close: Option<Range<usize>>,
    /// Between the marks.
    pub content: Range<usize>,
    /// Opening marks repeated at the start of later paragraphs of the same quotation.
    pub reopen: Vec<Range<usize>>,
    /// How many quotations enclose this one.
    pub depth: usize,
}

#[derive(Debug)]
struct Open {
    family: Family,
    mark: Range<usize>,
    reopen: Vec<Range<usize>>,
    /// The opening mark starts its paragraph (the multi-paragraph convention).
    para_start: bool,
}

/// Deeper nesting than this is not news text; further openers are ignored, keeping the work
/// per mark bounded.
const MAX_DEPTH: usize = 8;
/// Diagnostics kept per article; the rest are counted in the last one.
pub(crate) const MAX_DIAGNOSTICS: usize = 200;

/// Bytes that can start a quotation mark in UTF-8: `"`, `'`, `` ` `` and the lead bytes of
/// `«»` (C2), `“”‘’„‚‹›` (E2) and `「」『』` (E3).
static MARK_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[b'`' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t
};

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '„'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
            | '`'
    )
}

fn opens_after(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':') || is_mark(c)
}

fn closes_before(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '/' | '…'
        )
        || is_mark(c)
}

/// Words that start with an elision apostrophe (`’n’`, `’em`, `’til`, and Dutch names: `Sophie
/// in ’t Veld`, `’s-Hertogenbosch`).
fn is_elision(rest: &str) -> bool {
    let word: String = rest
        .chars()
        .take_while(|&c| crate::text::is_alnum(c))
        .collect::<String>()
        .to_lowercase();
    matches!(
        word.as_str(),
        "n" | "t" | "s" | "em" | "til" | "cause" | "tis" | "twas" | "bout" | "round" | "nuff"
    ) || rest.chars().next().is_some_and(|c| c.is_ascii_digit())
}

struct Scanner<'a> {
    text: &'a str,
    stack: Vec<Open>,
    quotes: Vec<RawQuote>,
    diagnostics: Vec<Diagnostic>,
    suppressed: usize,
}

impl Scanner<'_> {
    fn diag(&mut self, kind: DiagnosticKind, span: Range<usize>, message: String) {
        if self.diagnostics.len() < MAX_DIAGNOSTICS {
            self.diagnostics.push(Diagnostic {
                kind,
                span,
                message,
            });
        } else {
            self.suppressed += 1;
        }
    }

    fn open(&mut self, family: Family, mark: Range<usize>, para_start: bool) {
        if self.stack.len() < MAX_DEPTH {
            self.stack.push(Open {
                family,
                mark,
                reopen: Vec::new(),
                para_start,
            });
        } else if !family.apostrophe_like() {
            let m = format!(
                "opening mark {} is nested too deeply; it is ignored",
                &self.text[mark.clone()]
            );
            self.diag(DiagnosticKind::UnclosedQuote, mark, m);
        }
    }

    /// Position in the stack of the innermost open quote of one of `families`.
    fn find(&self, families: &[Family]) -> Option<usize> {
        self.stack
            .iter()
            .rposition(|o| families.contains(&o.family))
    }

    /// Closes the stack entry at `at` with the mark `mark`; entries above it never closed.
    fn close(&mut self, at: usize, mark: Range<usize>) {
        while self.stack.len() > at + 1 {
            let inner = self.stack.pop().expect("stack is deeper than at");
            if !inner.family.apostrophe_like() {
                let m = format!(
                    "opening mark {} is never closed inside the enclosing quotation",
                    &self.text[inner.mark.clone()]
                );
                self.diag(DiagnosticKind::UnclosedQuote, inner.mark, m);
            }
        }
        let o = self.stack.pop().expect("entry at `at` exists");
        self.quotes.push(RawQuote {
            content: o.mark.end..mark.start,
            open: o.mark,
            close: Some(mark),
            reopen: o.reopen,
            depth: at,
        });
    }

    fn unopened(&mut self, mark: Range<usize>) {
        let m = format!(
            "closing mark {} has no opening mark before it in the paragraph",
            &self.text[mark.clone()]
        );
        self.diag(DiagnosticKind::UnopenedQuote, mark, m);
    }
}

/// Finds every pair of quotation marks in the article's paragraphs.
pub(crate) fn scan(text: &str, layout: &Layout) -> (Vec<RawQuote>, Vec<Diagnostic>) {
    let mut sc = Scanner {
        text,
        stack: Vec::new(),
        quotes: Vec::new(),
        diagnostics: Vec::new(),
        suppressed: 0,
    };
    for (bi, block) in layout.blocks.iter().enumerate() {
        let mut first_mark = true;
        let slice = &text[block.clone()];
        // where the next `“` or `”` stands at or after a position of this paragraph (cached:
        // positions only grow, so the paragraph is searched once)
        let mut next_curly: Option<usize> = None;
        let mut next_curly_at = |from: usize| -> Option<usize> {
            if next_curly.is_none_or(|n| n < from) {
                next_curly = slice[from..]
                    .find(['“', '”'])
                    .map(|k| from + k)
                    .or(Some(slice.len()));
            }
            next_curly.filter(|&n| n < slice.len())
        };
        // jump from one byte that can start a mark to the next (ASCII marks and the lead bytes
        // of the others): most of a paragraph is read a byte at a time, not decoded
        let bytes = slice.as_bytes();
        let mut pos = 0;
        while pos < bytes.len() {
            let Some(k) = bytes[pos..].iter().position(|&b| MARK_LEAD[usize::from(b)]) else {
                break;
            };
            let i = pos + k;
            if first_mark && !slice[pos..i].trim().is_empty() {
                first_mark = false;
            }
            let c = slice[i..].chars().next().unwrap_or(' ');
            pos = i + c.len_utf8();
            if !is_mark(c) {
                if !c.is_whitespace() {
                    first_mark = false;
                }
                continue;
            }
            let at = block.start + i;
            if layout.in_debris(at) {
                continue;
            }
            let para_start = first_mark && slice[..i].trim().is_empty();
            first_mark = false;
            let prev = slice[..i].chars().next_back();
            let next_i = i + c.len_utf8();
            let next = slice[next_i..].chars().next();
            let mut end = at + c.len_utf8();
            // A doubled mark: ``…'' (TeX) or ’’ / '' standing for a closing double mark.
            // A tripled mark after a quotation in a quotation closes the single mark first:
            // `''We are told, 'it is special,''' he said`.
            let tripled = slice[next_i..].starts_with([c, c]);
            let single_open = sc
                .stack
                .last()
                .is_some_and(|o| matches!(o.family, Family::StraightSingle | Family::CurlySingle));
            let doubled =
                next == Some(c) && matches!(c, '`' | '\'' | '’') && !(tripled && single_open);
            if doubled {
                end += c.len_utf8();
                pos += c.len_utf8();
            }
            let after = text[end..block.end].chars().next();
            let left = after.is_some_and(|n| !n.is_whitespace()) && prev.is_none_or(opens_after);
            let right = prev.is_some_and(|p| !p.is_whitespace()) && after.is_none_or(closes_before);
            let mark = at..end;
            // A carried multi-paragraph quotation: the paragraph's first mark reopens it.
            if para_start {
                if let Some(top) = sc.stack.last_mut() {
                    if top.para_start && text[mark.clone()] == *top.family.reopener() && !right {
                        top.reopen.push(mark);
                        continue;
                    }
                }
            }
            use Family::*;
            match c {
                '“' => {
                    if let Some(k) = sc.find(&[Low9]).filter(|_| right) {
                        sc.close(k, mark);
                    } else if let Some(k) = sc.find(&[Curly]).filter(|_| right && !left) {
                        sc.close(k, mark);
                    } else {
                        sc.open(Curly, mark, para_start);
                    }
                }
                '”' => {
                    if let Some(k) = sc.find(&[Curly, Low9]) {
                        sc.close(k, mark);
                    } else if let Some(k) = sc.find(&[Straight]).filter(|_| right) {
                        // mixed marks: `"Q” he said`
                        sc.close(k, mark);
                    } else if left && !right {
                        sc.open(Curly, mark, para_start);
                    } else {
                        sc.unopened(mark);
                    }
                }
                '"' => {
                    // mixed marks: `“Q" he said` closes the curly mark, unless a `”` comes
                    // next in the paragraph to close it; `“Q1," he said. "Q2.”` alternates,
                    // a straight mark opening the second half that the `”` closes
                    let curly_top = sc
                        .stack
                        .last()
                        .is_some_and(|o| matches!(o.family, Curly | Low9));
                    if let Some(k) = sc.find(&[Straight]) {
                        sc.close(k, mark);
                    } else if curly_top
                        && right
                        && !left
                        && next_curly_at(next_i).is_none_or(|n| {
                            slice[n..].starts_with('“') || slice[next_i..n].contains('"')
                        })
                    {
                        sc.close(sc.stack.len() - 1, mark);
                    } else if left || !right {
                        sc.open(Straight, mark, para_start);
                    } else {
                        sc.unopened(mark);
                    }
                }
                '`' if doubled => sc.open(Tex, mark, para_start),
                '\'' | '’' if doubled => {
                    if let Some(k) = sc
                        .find(&[TwoApostrophes, Tex, Curly, Straight])
                        .filter(|_| right)
                    {
                        sc.close(k, mark);
                    } else if c == '\'' && left && !right {
                        sc.open(TwoApostrophes, mark, para_start);
                    }
                }
                '‘' => {
                    if let Some(k) = sc.find(&[Low9Single]).filter(|_| right) {
                        sc.close(k, mark);
                    } else if left && !is_elision(&slice[next_i..]) {
                        sc.open(CurlySingle, mark, para_start);
                    }
                }
                '’' | '\'' => {
                    let letters = prev.is_some_and(crate::text::is_alnum)
                        && next.is_some_and(crate::text::is_alnum);
                    let fam: &[Family] = if c == '’' {
                        &[CurlySingle, Low9Single]
                    } else {
                        &[StraightSingle]
                    };
                    if letters {
                        // an apostrophe inside a word: there’s, Belarus’s
                    } else if let Some(k) = sc.find(fam).filter(|_| right) {
                        sc.close(k, mark);
                    } else if c == '\''
                        && left
                        && next.is_some_and(char::is_alphabetic)
                        && !is_elision(&slice[next_i..])
                    {
                        sc.open(StraightSingle, mark, para_start);
                    }
                }
                '„' => sc.open(Low9, mark, para_start),
                '‚' if left => sc.open(Low9Single, mark, para_start),
                '«' | '‹' | '»' | '›' => {
                    let (fwd, rev) = match c {
                        '«' => (Guillemet, GuillemetReversed),
                        '»' => (GuillemetReversed, Guillemet),
                        '‹' => (Angle, AngleReversed),
                        _ => (AngleReversed, Angle),
                    };
                    // the mark closes the family that it ends, else opens its own
                    if let Some(k) = sc.find(&[rev]) {
                        sc.close(k, mark);
                    } else if left || !right {
                        sc.open(fwd, mark, para_start);
                    } else {
                        sc.unopened(mark);
                    }
                }
                '「' => sc.open(Corner, mark, para_start),
                '『' => sc.open(WhiteCorner, mark, para_start),
                '」' | '』' => {
                    let fam = if c == '」' { Corner } else { WhiteCorner };
                    match sc.find(&[fam]) {
                        Some(k) => sc.close(k, mark),
                        None => sc.unopened(mark),
                    }
                }
                _ => {}
            }
        }
        end_of_block(&mut sc, layout, bi);
    }
    if sc.suppressed > 0 {
        if let Some(last) = sc.diagnostics.last_mut() {
            last.message.push_str(&format!(
                " ({} further diagnostics not shown)",
                sc.suppressed
            ));
        }
    }
    sc.quotes.sort_by_key(|q| q.open.start);
    (sc.quotes, sc.diagnostics)
}

/// What stays open at a paragraph's end: carried into the next paragraph when that one reopens
/// it (a multi-paragraph quotation), recovered to the paragraph's end when it opened the
/// paragraph, reported otherwise.
fn end_of_block(sc: &mut Scanner, layout: &Layout, bi: usize) {
    let block = layout.blocks[bi].clone();
    let next_reopens = |family: Family| {
        layout
            .blocks
            .get(bi + 1)
            .is_some_and(|nb| sc.text[nb.clone()].starts_with(family.reopener()))
    };
    let mut carried = None;
    while let Some(o) = sc.stack.pop() {
        if o.family.apostrophe_like() {
            continue;
        }
        if sc.stack.is_empty() && o.para_start && next_reopens(o.family) {
            carried = Some(o);
            continue;
        }
        let text = &sc.text[o.mark.clone()];
        // `“Q1,” she said. “Q2` and the next paragraph opening with `“`: a quotation of whole
        // sentences that goes on in the next paragraph (the convention leaves its paragraphs
        // unclosed), taken here to this paragraph's end; the next one is a quotation of its own
        // (`he said “we will see and left.` lost its closing mark instead)
        let sentences = !o.para_start
            && sc.text[o.mark.end..block.end]
                .chars()
                .find(|c| crate::text::is_alnum(*c))
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let goes_on = sentences && next_reopens(o.family);
        // `More from the report: “Today numerous vendors … in the larger population.` and the
        // paragraph ends: a colon introduced sentences of someone else's that run to the
        // paragraph's end, where the closing mark was lost
        let introduced =
            sentences && sc.text[block.start..o.mark.start].trim_end().ends_with(':') && {
                let rest = sc.text[o.mark.end..block.end].trim_end();
                rest.split_whitespace().count() >= 8 && rest.ends_with(['.', '!', '?', '…'])
            };
        // (in the article's last paragraph: a text cut off before its closing mark)
        let cut_off = sentences && bi + 1 == layout.blocks.len();
        if sc.stack.is_empty() && (o.para_start || goes_on || cut_off || introduced) {
            if !goes_on {
                let m = format!(
                    "opening mark {text} is never closed; the quotation is taken to the end of its paragraph"
                );
                sc.diag(DiagnosticKind::UnclosedQuote, o.mark.clone(), m);
            }
            let end = trim_end_in(sc.text, o.mark.end..block.end);
            sc.quotes.push(RawQuote {
                content: o.mark.end..end,
                open: o.mark,
                close: None,
                reopen: o.reopen,
                depth: 0,
            });
        } else {
            let m = format!("opening mark {text} is never closed in its paragraph; it is ignored");
            sc.diag(DiagnosticKind::UnclosedQuote, o.mark, m);
        }
    }
    sc.stack.extend(carried);
}

fn trim_end_in(text: &str, range: Range<usize>) -> usize {
    range.start + text[range].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::layout;

    fn pairs(t: &str) -> Vec<(String, usize)> {
        let (q, _) = scan(t, &layout(t));
        q.iter()
            .map(|q| (t[q.content.clone()].to_string(), q.depth))
            .collect()
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            pairs("“There’s Belarus’s ’90s rock ’n’ roll,” he said."),
            [("There’s Belarus’s ’90s rock ’n’ roll,".into(), 0)]
        );
    }

    #[test]
    fn nested_singles_inside_doubles() {
        assert_eq!(
            pairs("“He told me ‘no way’ twice,” she said."),
            [
                ("He told me ‘no way’ twice,".into(), 0),
                ("no way".into(), 1)
            ]
        );
    }

    #[test]
    fn typed_pairing_german_and_guillemets() {
        assert_eq!(
            pairs("Er sagte: „Wir schaffen das“."),
            [("Wir schaffen das".into(), 0)]
        );
        assert_eq!(pairs("Il a dit « non » hier."), [(" non ".into(), 0)]);
        assert_eq!(pairs("Er sagte »ja« dazu."), [("ja".into(), 0)]);
    }
}
