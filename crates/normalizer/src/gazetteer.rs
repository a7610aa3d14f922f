//! The gazetteer: people and organisations with aliases, gender and dated roles.

use crate::{SpeakerKind, fold};
use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashMap as HashMap;
use std::fmt;

/// Gender, when the gazetteer or the text tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// he, him
    Male,
    /// she, her
    Female,
}

/// A role an entry holds, possibly between two ISO dates (`YYYY-MM-DD`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// Lowercase title: `german chancellor`.
    pub title: String,
    /// First day held, when known.
    pub from: Option<String>,
    /// Day it ended, when it did.
    pub to: Option<String>,
}

impl Role {
    /// True when the role was held on `date` (an ISO date; prefixes such as `2020-08` work).
    /// Without a date, a role is current when it has not ended.
    pub fn held_on(&self, date: Option<&str>) -> bool {
        match date {
            Some(d) => {
                self.from.as_deref().is_none_or(|f| f <= d)
                    && self.to.as_deref().is_none_or(|t| d < t)
            }
            None => self.to.is_none(),
        }
    }
}

/// One person or organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Stable id.
    pub id: String,
    /// Person or organisation.
    pub kind: SpeakerKind,
    /// Canonical display name.
    pub name: String,
    /// Gender, for persons.
    pub gender: Option<Gender>,
    /// Other spellings.
    pub aliases: Vec<String>,
    /// Roles, with dates where they change hands.
    pub roles: Vec<Role>,
}

/// A bad line in a gazetteer file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazetteerError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for GazetteerError {}

/// People and organisations, looked up by name, alias, surname or role.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    /// folded name or alias → entry
    by_name: HashMap<String, usize>,
    /// folded surname → entries with it
    by_surname: HashMap<String, Vec<usize>>,
    /// the first letters of the surnames (bit `k` for `a` + k)
    surname_firsts: u32,
    /// every full name and alias (not bare surnames: `May`, `Graham` are common words and
    /// names of other people), longest match first
    automaton: Option<AhoCorasick>,
    patterns: Vec<usize>,
    /// the bytes the automaton's patterns start with
    pattern_firsts: [bool; 256],
}

static BUILTIN: &str = include_str!("../../../data/gazetteer.tsv");

impl Gazetteer {
    /// The gazetteer that ships with verbatim (`data/gazetteer.tsv`).
    pub fn builtin() -> Gazetteer {
        let mut g = Gazetteer::empty();
        g.add_file(BUILTIN)
            .expect("the built-in gazetteer is valid");
        g
    }

    /// A gazetteer with no entries.
    pub fn empty() -> Gazetteer {
        Gazetteer {
            entries: Vec::new(),
            by_name: HashMap::default(),
            by_surname: HashMap::default(),
            surname_firsts: 0,
            automaton: None,
            patterns: Vec::new(),
            pattern_firsts: [false; 256],
        }
    }

    /// Adds the entries of a gazetteer file; they win over earlier entries with the same id or
    /// name. A bad line is an error naming the line, and nothing of the file is added.
    pub fn add_file(&mut self, text: &str) -> Result<(), GazetteerError> {
        let mut parsed = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line_no = n + 1;
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let err = |message: String| GazetteerError {
                line: line_no,
                message,
            };
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                return Err(err(format!(
                    "expected 6 tab-separated columns (id, kind, name, gender, aliases, roles), found {}",
                    cols.len()
                )));
            }
            let id = cols[0].trim();
            if id.is_empty() {
                return Err(err("the id is empty".into()));
            }
            let kind = match cols[1].trim() {
                "person" => SpeakerKind::Person,
                "organisation" | "organization" => SpeakerKind::Organisation,
                other => {
                    return Err(err(format!(
                        "kind must be person or organisation, not {other:?}"
                    )));
                }
            };
            let name = cols[2].trim();
            if name.is_empty() {
                return Err(err("the name is empty".into()));
            }
            let gender = match cols.get(3).map_or("", |s| s.trim()) {
                "m" => Some(Gender::Male),
                "f" => Some(Gender::Female),
                "" | "-" => None,
                other => return Err(err(format!("gender must be m, f or -, not {other:?}"))),
            };
            let list = |i: usize| -> Vec<String> {
                cols.get(i).map_or(Vec::new(), |s| {
                    s.split('|')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                })
            };
            let mut roles = Vec::new();
            for r in list(5) {
                let (title, dates) = r.split_once('@').unwrap_or((&r, ""));
                let (from, to) = if dates.is_empty() {
                    (None, None)
                } else {
                    let (f, t) = dates
                        .split_once("..")
                        .ok_or_else(|| err(format!("role dates must read FROM..TO: {r:?}")))?;
                    let ok = |d: &str| {
                        d.is_empty()
                            || (d.len() >= 4 && d.chars().all(|c| c.is_ascii_digit() || c == '-'))
                    };
                    if !ok(f) || !ok(t) {
                        return Err(err(format!(
                            "role dates must be ISO dates (YYYY-MM-DD): {r:?}"
                        )));
                    }
                    (
                        Some(f.to_string()).filter(|s| !s.is_empty()),
                        Some(t.to_string()).filter(|s| !s.is_empty()),
                    )
                };
                roles.push(Role {
                    title: title.trim().to_lowercase(),
                    from,
                    to,
                });
            }
            parsed.push(Entry {
                id: id.to_string(),
                kind,
                name: name.to_string(),
                gender,
                aliases: list(4),
                roles,
            });
        }
        for e in parsed {
            // a user entry replaces the entry with its id, and takes over its names
            if let Some(pos) = self.entries.iter().position(|x| x.id == e.id) {
                self.entries[pos] = e;
            } else {
                self.entries.push(e);
            }
        }
        self.reindex();
        Ok(())
    }

    fn reindex(&mut self) {
        self.by_name.clear();
        self.by_surname.clear();
        let mut pats: Vec<(String, usize)> = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                self.by_name.insert(fold(n), i);
                pats.push((n.clone(), i));
                if e.kind == SpeakerKind::Person {
                    if let Some(last) = n.split_whitespace().last() {
                        let v = self.by_surname.entry(fold(last)).or_default();
                        if !v.contains(&i) {
                            v.push(i);
                        }
                    }
                }
            }
        }
        self.surname_firsts = self
            .by_surname
            .keys()
            .filter_map(|k| k.bytes().next())
            .filter(u8::is_ascii_lowercase)
            .fold(0, |m, b| m | 1 << (b - b'a'));
        self.patterns = pats.iter().map(|p| p.1).collect();
        self.pattern_firsts = [false; 256];
        for (p, _) in &pats {
            if let Some(&b) = p.as_bytes().first() {
                self.pattern_firsts[usize::from(b)] = true;
            }
        }
        // a DFA: more memory than the default NFA for a gazetteer's few hundred names, and
        // about twice as fast to search every article with
        self.automaton = AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostLongest)
            // (anchored too, for `find_at`)
            .start_kind(aho_corasick::StartKind::Both)
            .build(pats.iter().map(|p| p.0.as_str()))
            .ok();
    }

    /// All entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry with this full name or alias (case, accents and titles aside).
    pub fn by_name(&self, name: &str) -> Option<&Entry> {
        self.by_folded_name(&fold(name))
    }

    /// [`Gazetteer::by_name`] for a name already folded.
    pub fn by_folded_name(&self, folded: &str) -> Option<&Entry> {
        self.by_name.get(folded).map(|&i| &self.entries[i])
    }

    /// The one person with this surname, if exactly one.
    pub fn by_surname(&self, surname: &str) -> Option<&Entry> {
        self.by_folded_surname(&fold(surname))
    }

    /// True when some entry's surname starts with ASCII letter `first` (any case): most words
    /// are turned away before folding and hashing.
    pub fn surname_may_start_with(&self, first: u8) -> bool {
        first.is_ascii_alphabetic()
            && self.surname_firsts & 1 << (first.to_ascii_lowercase() - b'a') != 0
            || !first.is_ascii()
    }

    /// [`Gazetteer::by_surname`] for a surname already folded.
    pub fn by_folded_surname(&self, folded: &str) -> Option<&Entry> {
        match self.by_surname.get(folded).map(Vec::as_slice) {
            Some([i]) => Some(&self.entries[*i]),
            _ => None,
        }
    }

    /// The one entry that held the role `title` on `date`, if exactly one.
    pub fn by_role(&self, title: &str, date: Option<&str>) -> Option<&Entry> {
        let t = title.to_lowercase();
        let mut found = self
            .entries
            .iter()
            .filter(|e| e.roles.iter().any(|r| r.title == t && r.held_on(date)));
        let first = found.next()?;
        found.next().is_none().then_some(first)
    }

    /// Gazetteer names and aliases found in `text` (whole words only), with byte ranges.
    pub fn find_in<'g, 't>(
        &'g self,
        text: &'t str,
    ) -> impl Iterator<Item = (std::ops::Range<usize>, &'g Entry)> + use<'g, 't> {
        self.automaton.iter().flat_map(move |ac| {
            ac.find_iter(text)
                .filter_map(move |m| self.whole_word(text, m))
        })
    }

    /// The longest full name or alias that starts at byte `at` of `text` as a whole word, and
    /// its entry. A caller that knows where words start (and skips those inside a name found)
    /// asks at those only: most are turned away by their first byte, and no other byte of the
    /// text is read.
    pub fn find_at(&self, text: &str, at: usize) -> Option<(std::ops::Range<usize>, &Entry)> {
        let ac = self.automaton.as_ref()?;
        if !self.pattern_firsts[usize::from(*text.as_bytes().get(at)?)] {
            return None;
        }
        let input = aho_corasick::Input::new(text)
            .range(at..)
            .anchored(aho_corasick::Anchored::Yes);
        self.whole_word(text, ac.find(input)?)
    }

    fn whole_word(
        &self,
        text: &str,
        m: aho_corasick::Match,
    ) -> Option<(std::ops::Range<usize>, &Entry)> {
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        let whole = before.is_none_or(|c| !verbatim_parser::is_alnum(c))
            && after.is_none_or(|c| !verbatim_parser::is_alnum(c));
        whole.then(|| {
            (
                m.start()..m.end(),
                &self.entries[self.patterns[m.pattern().as_usize()]],
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_knows_the_organisations_that_speak_in_the_news() {
        let g = Gazetteer::builtin();
        for (written, name) in [
            ("The Washington Post", "Washington Post"),
            ("Google", "Google"),
            ("Huffington Post", "HuffPost"),
            ("Xinhua", "Xinhua"),
        ] {
            let e = g.by_name(written).unwrap_or_else(|| panic!("{written}"));
            assert_eq!((e.name.as_str(), e.kind), (name, SpeakerKind::Organisation));
        }
        // words that are also surnames or common words are left out
        assert!(g.by_name("Bloomberg").is_none() && g.by_name("Time").is_none());
    }

    #[test]
    fn builtin_loads_and_finds_by_alias_surname_and_dated_role() {
        let g = Gazetteer::builtin();
        assert_eq!(g.by_name("Sergey Lavrov").unwrap().name, "Sergei Lavrov");
        assert_eq!(
            g.by_name("Lukashenka").map(|e| e.id.as_str()),
            None,
            "surname alone is not a name"
        );
        assert_eq!(
            g.by_surname("Lukashenka").unwrap().name,
            "Alexander Lukashenko"
        );
        assert_eq!(
            g.by_role("German chancellor", Some("2020-08-19"))
                .unwrap()
                .name,
            "Angela Merkel"
        );
        assert_eq!(
            g.by_role("german chancellor", Some("2023-01-01"))
                .unwrap()
                .name,
            "Olaf Scholz"
        );
        assert_eq!(
            g.by_role("german chancellor", None).unwrap().name,
            "Friedrich Merz"
        );
    }

    #[test]
    fn text_search_finds_full_names_not_bare_surnames() {
        let g = Gazetteer::builtin();
        let t = "In May, Sergey Lavrov met the EU envoy.";
        let found: Vec<&str> = g.find_in(t).map(|(r, _)| &t[r]).collect();
        assert_eq!(found, ["Sergey Lavrov", "the EU"]);
        // asked where words start: the same names, none from inside a word
        let at = |k: usize| g.find_at(t, k).map(|(r, e)| (&t[r], e.name.as_str()));
        assert_eq!(at(8), Some(("Sergey Lavrov", "Sergei Lavrov")));
        assert_eq!(at(15), None, "a bare surname");
        assert_eq!(at(26), Some(("the EU", "European Union")));
        assert_eq!(g.find_at("theEU", 0), None);
        assert_eq!(at(t.len()), None);
    }

    #[test]
    fn bad_user_line_names_the_line_and_adds_nothing() {
        let mut g = Gazetteer::builtin();
        let n = g.entries().len();
        let err = g
            .add_file("# mine\nx\tperson\tJane Roe\tf\t\t\ny\tplanet\tMars\t-\t\t\n")
            .unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.message.contains("planet"));
        assert_eq!(g.entries().len(), n);
    }

    #[test]
    fn user_entry_wins_on_conflict() {
        let mut g = Gazetteer::builtin();
        g.add_file("lavrov\tperson\tSergei Viktorovich Lavrov\tm\tSergei Lavrov\t\n")
            .unwrap();
        assert_eq!(
            g.by_name("Sergei Lavrov").unwrap().name,
            "Sergei Viktorovich Lavrov"
        );
    }
}
