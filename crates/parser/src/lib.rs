//! Find every quotation in a news article, and the words that attribute it.
//!
//! `verbatim-parser` reads English news text (and the quotation marks of other languages) and
//! returns each quotation with its kind ([`Kind::Direct`], [`Kind::Partial`],
//! [`Kind::Indirect`]), its raw byte span, its clean text (marks and layout debris removed,
//! lines joined, hyphenation repaired), and its [`Attribution`]: the speaker [`Mention`], the
//! cue words and the [`Rule`] that matched. It does no I/O and knows no particular people;
//! turning mentions into canonical speakers is `verbatim-normalizer`'s job.
//!
//! Parsing never fails: whatever it had to recover from (an unclosed mark, a stray closing
//! mark) is reported in [`Parsed::diagnostics`] with a byte range, and the damage is bounded by
//! the paragraph. The work is linear in the length of the text.
//!
//! ```
//! use verbatim_parser::{parse, Kind, MentionKind};
//!
//! let text = "“There is no such need,” Kremlin spokesman Dmitry Peskov told reporters.";
//! let parsed = parse(text);
//! let quote = &parsed.quotes[0];
//! assert_eq!(quote.kind, Kind::Direct);
//! assert_eq!(quote.text, "There is no such need,");
//! assert_eq!(&text[quote.span.clone()], "There is no such need,");
//!
//! let who = quote.attribution.as_ref().unwrap();
//! assert_eq!(who.mention.text, "Kremlin spokesman Dmitry Peskov");
//! assert_eq!(who.mention.kind, MentionKind::Name);
//! assert_eq!(&text[who.mention.name.clone().unwrap()], "Dmitry Peskov");
//! assert_eq!(who.cue_text, "told reporters");
//! assert_eq!(who.rule.as_str(), "quote-speaker-cue");
//! assert!(parsed.diagnostics.is_empty());
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod attribute;
mod grammar;
mod layout;
mod lexicon;
mod marks;
mod model;
mod text;

pub use attribute::dateline_end;
pub use lexicon::{is_capital_stopword, is_cue_word, is_name_particle, is_role_word, with_lower};
pub use model::{
    Attribution, Diagnostic, DiagnosticKind, Kind, Mention, MentionKind, Parsed, Quote, Rule,
};
pub use text::{is_alnum, is_title_case_line};

/// Finds every quotation in `text`, in text order, with what the parser recovered from.
pub fn parse(text: &str) -> Parsed {
    let layout = layout::layout(text);
    let (raw, mut diagnostics) = marks::scan(text, &layout);
    let (mut quotes, titles) = attribute::attribute(text, &layout, &raw);
    quotes.sort_by_key(|q| (q.span.start, q.kind));
    diagnostics.sort_by_key(|d| d.span.start);
    Parsed {
        quotes,
        diagnostics,
        titles,
    }
}
