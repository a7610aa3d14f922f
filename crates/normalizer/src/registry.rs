//! One id per speaker across a whole run.

use crate::resolve::Resolved;
use crate::{SpeakerKind, fold};
use indexmap::{IndexMap, IndexSet};
use rustc_hash::{FxBuildHasher, FxHashMap as HashMap};

/// Insertion-ordered sets and maps with a fast hash (their order is their insertion order,
/// whatever the hash, so output stays deterministic).
pub type OrderedSet<T> = IndexSet<T, FxBuildHasher>;
type OrderedMap<K, V> = IndexMap<K, V, FxBuildHasher>;

/// Everything known about one canonical speaker after a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerRecord {
    /// The speaker's id.
    pub id: String,
    /// Display name (the fullest seen).
    pub name: String,
    /// Person, organisation, group or unknown.
    pub kind: SpeakerKind,
    /// Mentions that named the speaker, in first-seen order.
    pub aliases: OrderedSet<String>,
    /// Quotations attributed.
    pub quotes: usize,
    /// Articles with at least one of them.
    pub articles: usize,
    /// Gender from the gazetteer, `m` or `f`, when known.
    pub gender: String,
    /// Roles seen.
    pub roles: OrderedSet<String>,
    last_article: Option<usize>,
}

/// What the registry needs to know of a speaker, computed without the registry: name keys
/// and the id stem. [`Registry::key`] is pure, so worker threads compute it and the
/// sequential [`Registry::assign_keyed`] only looks up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerKey {
    /// The gazetteer id, which is the speaker id.
    gazetteer_id: Option<String>,
    /// `kind:transliteration key`, words sorted for people (name order aside).
    key: String,
    /// Transliteration key of the last word.
    surname: String,
    /// More than one word in the name.
    full_name: bool,
    /// `p-sergei-lavrov`: the id, before any number that tells apart namesakes.
    stem: String,
}

/// Assigns speaker ids across articles. Deterministic: the same articles in the same order get
/// the same ids.
#[derive(Debug, Default)]
pub struct Registry {
    by_key: HashMap<String, String>,
    /// transliteration key of the surname → ids of people with a full name
    surnames: HashMap<String, Vec<String>>,
    records: OrderedMap<String, SpeakerRecord>,
}

/// A slug of a name already [`fold`]ed: letters and digits, runs of anything else as one `-`.
fn slug_of_folded(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if verbatim_parser::is_alnum(c) {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Registry {
        Registry::default()
    }

    /// The id of `speaker`, named by `mention` in article number `article`; counts the quote.
    pub fn assign(&mut self, speaker: &Resolved, mention: &str, article: usize) -> String {
        self.assign_keyed(&Registry::key(speaker), speaker, mention, article)
    }

    /// The keys of `s` under which [`Registry::assign_keyed`] files it.
    pub fn key(s: &Resolved) -> SpeakerKey {
        let prefix = match s.kind {
            SpeakerKind::Person => "p",
            SpeakerKind::Organisation => "o",
            SpeakerKind::Group => "g",
            SpeakerKind::Unknown => "u",
        };
        // one fold for the key and the stem
        let folded = fold(&s.name);
        let translit = crate::translit_of_folded(&folded);
        let mut parts: Vec<&str> = translit.split(' ').collect();
        let surname = parts.last().copied().unwrap_or_default().to_string();
        let full_name = parts.len() > 1;
        // name order does not split a person: `Lavrov, Sergei` is `Sergei Lavrov`
        if s.kind == SpeakerKind::Person {
            parts.sort_unstable();
        }
        SpeakerKey {
            gazetteer_id: s.gazetteer_id.clone(),
            key: [prefix, ":", &parts.join(" ")].concat(),
            surname,
            full_name,
            stem: [prefix, "-", &slug_of_folded(&folded)].concat(),
        }
    }

    /// [`Registry::assign`] with the key computed beforehand by [`Registry::key`] of `speaker`.
    pub fn assign_keyed(
        &mut self,
        key: &SpeakerKey,
        speaker: &Resolved,
        mention: &str,
        article: usize,
    ) -> String {
        let id = self.id_for(key, speaker.kind);
        // (looked up by reference first: most quotations are of a speaker already recorded)
        let at = match self.records.get_index_of(id.as_str()) {
            Some(at) => at,
            None => {
                self.records
                    .insert_full(
                        id.clone(),
                        SpeakerRecord {
                            id: id.clone(),
                            name: speaker.name.clone(),
                            kind: speaker.kind,
                            aliases: OrderedSet::default(),
                            quotes: 0,
                            articles: 0,
                            gender: match speaker.gender {
                                Some(crate::Gender::Male) => "m".into(),
                                Some(crate::Gender::Female) => "f".into(),
                                None => String::new(),
                            },
                            roles: OrderedSet::default(),
                            last_article: None,
                        },
                    )
                    .0
            }
        };
        let rec = &mut self.records[at];
        if speaker.name.split_whitespace().count() > rec.name.split_whitespace().count()
            && speaker.gazetteer_id.is_none()
        {
            rec.name = speaker.name.clone();
        }
        // (most quotations repeat a mention and roles already recorded: no copy for those)
        if !rec.aliases.contains(mention) {
            rec.aliases.insert(mention.to_string());
        }
        for role in &speaker.roles {
            if !rec.roles.contains(role) {
                rec.roles.insert(role.clone());
            }
        }
        rec.quotes += 1;
        if rec.last_article != Some(article) {
            rec.articles += 1;
            rec.last_article = Some(article);
        }
        id
    }

    fn id_for(&mut self, k: &SpeakerKey, kind: SpeakerKind) -> String {
        if let Some(g) = &k.gazetteer_id {
            return g.clone();
        }
        if let Some(id) = self.by_key.get(&k.key) {
            return id.clone();
        }
        let person = kind == SpeakerKind::Person;
        if person && !k.full_name {
            // a surname alone joins the one full name seen with it
            if let Some([id]) = self.surnames.get(&k.surname).map(Vec::as_slice) {
                let id = id.clone();
                self.by_key.insert(k.key.clone(), id.clone());
                return id;
            }
        }
        let mut id = k.stem.clone();
        let mut n = 2;
        while self.records.contains_key(&id) {
            id = format!("{}-{n}", k.stem);
            n += 1;
        }
        self.by_key.insert(k.key.clone(), id.clone());
        if person && k.full_name {
            self.surnames
                .entry(k.surname.clone())
                .or_default()
                .push(id.clone());
        }
        id
    }

    /// The speakers seen, in order of first appearance.
    pub fn records(&self) -> impl Iterator<Item = &SpeakerRecord> {
        self.records.values()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> Resolved {
        Resolved {
            name: name.into(),
            kind: SpeakerKind::Person,
            gender: None,
            gazetteer_id: None,
            roles: vec![],
        }
    }

    #[test]
    fn variants_titles_and_surnames_share_one_id() {
        let mut r = Registry::new();
        let a = r.assign(&person("Jonas Ekberg"), "Jonas Ekberg", 0);
        assert_eq!(
            r.assign(&person("Jonas Ekbergg"), "Ekbergg", 1),
            a,
            "doubled letters are a transliteration variant"
        );
        assert_eq!(
            r.assign(&person("Dr. Jonas K. Ekberg"), "Dr. Jonas K. Ekberg", 1),
            a
        );
        assert_eq!(r.assign(&person("Ekberg"), "Ekberg", 2), a);
        let rec = r.records().next().unwrap();
        assert_eq!((rec.quotes, rec.articles), (4, 3));
    }

    #[test]
    fn name_order_does_not_split_a_person() {
        let mut r = Registry::new();
        let a = r.assign(&person("Sergei Lavrov"), "Sergei Lavrov", 0);
        assert_eq!(r.assign(&person("Lavrov, Sergei"), "Lavrov, Sergei", 1), a);
        assert_eq!(r.assign(&person("LAVROV Sergey"), "LAVROV Sergey", 2), a);
    }

    #[test]
    fn different_people_with_one_surname_do_not_merge() {
        let mut r = Registry::new();
        let a = r.assign(&person("Hillary Clinton"), "Hillary Clinton", 0);
        let b = r.assign(&person("Bill Clinton"), "Bill Clinton", 0);
        assert_ne!(a, b);
        let c = r.assign(&person("Clinton"), "Clinton", 1);
        assert_ne!(c, a);
        assert_ne!(c, b);
    }
}
