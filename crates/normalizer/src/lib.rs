//! Turn speaker mentions into canonical speakers, inside an article and across a run.
//!
//! `verbatim-parser` says *which words* name a speaker ("he", "Lavrov", "Russia’s foreign
//! minister"); this crate says *who* that is. Per article, [`resolve_article`] builds the people
//! and organisations the text introduces (with the roles it gives them) and resolves each
//! quotation's mention: a full name to itself, a surname to the full name met in the article, a
//! pronoun to the most recent person of a compatible gender, a role or description to the
//! person who holds it (in the article, or in the [`Gazetteer`] on the article's date), an
//! organisation to its canonical name. Weak evidence leaves the speaker unknown.
//!
//! Across articles, a [`Registry`] gives one id to one speaker: gazetteer aliases and
//! transliterations, titles, middle initials and a surname seen alone all join the same id.
//!
//! ```
//! use verbatim_normalizer::{Gazetteer, Registry, resolve_article};
//!
//! let gaz = Gazetteer::builtin();
//! let text = "Foreign Minister Sergey Lavrov spoke on Friday.\n\n“We are ready,” he said.";
//! let parsed = verbatim_parser::parse(text);
//! let speakers = resolve_article(&gaz, text, None, &parsed);
//! let who = speakers[0].as_ref().unwrap();
//! assert_eq!(who.name, "Sergei Lavrov");
//!
//! let mut registry = Registry::new();
//! let id = registry.assign(who, "he", 0);
//! assert_eq!(id, "lavrov");
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod gazetteer;
mod registry;
mod resolve;

pub use gazetteer::{Entry, Gazetteer, GazetteerError, Gender, Role};
pub use registry::{OrderedSet, Registry, SpeakerKey, SpeakerRecord};
pub use resolve::{Resolved, resolve_article};

use unicode_normalization::UnicodeNormalization;

/// What sort of speaker a canonical speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// An organisation, institution, country or outlet.
    Organisation,
    /// A plural description: "officials", "the protesters".
    Group,
    /// A description whose holder the article does not name: "a senior official".
    Unknown,
}

impl SpeakerKind {
    /// The lowercase name used in `speakers.csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Group => "group",
            SpeakerKind::Unknown => "unknown",
        }
    }
}

/// Titles and honorifics that do not belong to a name.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "president",
    "minister",
    "chancellor",
    "secretary",
    "general",
    "gen",
    "the",
    "pope",
    "king",
    "queen",
    "prince",
    "mayor",
    "judge",
    "justice",
    "rev",
    "lt",
    "col",
    "capt",
    "sgt",
    "adm",
];

/// A name folded for comparison: accents removed, lowercase, apostrophes unified, titles and
/// middle initials dropped, spaces collapsed (`Dr. Sergei V. Lavrov` → `sergei lavrov`).
pub fn fold(name: &str) -> String {
    // ASCII names (nearly all) are lowered word by word into the one output string
    if name.is_ascii() {
        // one pass over the bytes, a word read ahead to know the last one
        let b = name.as_bytes();
        let sep = |x: u8| matches!(x, b'\t'..=b'\r' | b' ' | b'.' | b',');
        let mut pos = 0;
        let mut next_word = || {
            while pos < b.len() && sep(b[pos]) {
                pos += 1;
            }
            let start = pos;
            while pos < b.len() && !sep(b[pos]) {
                pos += 1;
            }
            (pos > start).then_some(start..pos)
        };
        let mut out = String::with_capacity(name.len());
        let mut word = next_word();
        let mut i = 0;
        while let Some(r) = word {
            let next = next_word();
            let w = &name[r];
            let leading_title = out.is_empty()
                && next.is_some()
                && TITLES.iter().any(|t| w.eq_ignore_ascii_case(t));
            let middle_initial = w.len() == 1 && i > 0 && next.is_some();
            if !leading_title && !middle_initial {
                if !out.is_empty() {
                    out.push(' ');
                }
                let at = out.len();
                out.push_str(w);
                out[at..].make_ascii_lowercase();
            }
            word = next;
            i += 1;
        }
        return out;
    }
    fold_unicode(name)
}

/// [`fold`] for any text: decomposed, accents dropped, then lowered and split.
fn fold_unicode(name: &str) -> String {
    let is_sep = |c: char| c.is_whitespace() || c == '.' || c == ',';
    let plain: String = name
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| if c == '’' { '\'' } else { c })
        .collect::<String>()
        .to_lowercase();
    // one pass, one output string: leading titles and middle initials left out
    let n = plain.split(is_sep).filter(|w| !w.is_empty()).count();
    let mut out = String::with_capacity(plain.len());
    for (i, w) in plain.split(is_sep).filter(|w| !w.is_empty()).enumerate() {
        let leading_title = out.is_empty() && i + 1 < n && TITLES.contains(&w);
        let middle_initial = w.chars().count() == 1 && i > 0 && i + 1 < n;
        if !leading_title && !middle_initial {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    out
}

/// A looser key for transliteration variants: `Zelenskyy` and `Zelensky`, `Sergey` and
/// `Sergei`, `Dmitri` and `Dmitry` share it.
pub fn translit_key(name: &str) -> String {
    translit_of_folded(&fold(name))
}

/// [`translit_key`] of a name already [`fold`]ed: `kh` → `h`, `y` and `j` → `i`, doubled
/// letters single, in one pass.
pub(crate) fn translit_of_folded(f: &str) -> String {
    let mut out = String::with_capacity(f.len());
    let mut chars = f.chars().peekable();
    while let Some(c) = chars.next() {
        if c == 'k' && chars.peek() == Some(&'h') {
            continue;
        }
        let c = if matches!(c, 'y' | 'j') { 'i' } else { c };
        if !out.ends_with(c) || c == ' ' {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_of_ascii_agrees_with_the_unicode_path() {
        for name in [
            "Dr. Sergei V. Lavrov",
            "  Mr.  Obama ",
            "Sen.\tTed\x0bCruz",
            "J. Doe",
            "Doe, J.",
            "Mr",
            "the Times",
            "Gen. Mark A. Milley, Jr.",
            ".,",
            "",
            "O'Rourke",
            "A B C",
        ] {
            assert_eq!(fold(name), fold_unicode(name), "{name:?}");
        }
    }

    #[test]
    fn fold_drops_titles_initials_and_accents() {
        assert_eq!(fold("Dr. Sergei V. Lavrov"), "sergei lavrov");
        assert_eq!(fold("António Guterres"), "antonio guterres");
        assert_eq!(fold("President"), "president", "a lone title stays");
    }

    #[test]
    fn transliteration_variants_share_a_key() {
        assert_eq!(
            translit_key("Volodymyr Zelenskyy"),
            translit_key("Volodymyr Zelensky")
        );
        assert_eq!(translit_key("Sergey Lavrov"), translit_key("Sergei Lavrov"));
        assert_eq!(translit_key("Dmitri Peskov"), translit_key("Dmitry Peskov"));
        assert_ne!(
            translit_key("Hillary Clinton"),
            translit_key("Bill Clinton")
        );
    }
}
