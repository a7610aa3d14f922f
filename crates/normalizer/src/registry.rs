//! One id per speaker across a whole run.

use crate::resolve::Resolved;
use crate::{SpeakerKind, fold, translit_key};
use indexmap::{IndexMap, IndexSet};
use std::collections::HashMap;

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
    pub aliases: IndexSet<String>,
    /// Quotations attributed.
    pub quotes: usize,
    /// Articles with at least one of them.
    pub articles: usize,
    /// Gender from the gazetteer, `m` or `f`, when known.
    pub gender: String,
    /// Roles seen.
    pub roles: IndexSet<String>,
    last_article: Option<usize>,
}

/// Assigns speaker ids across articles. Deterministic: the same articles in the same order get
/// the same ids.
#[derive(Debug, Default)]
pub struct Registry {
    by_key: HashMap<String, String>,
    /// transliteration key of the surname → ids of people with a full name
    surnames: HashMap<String, Vec<String>>,
    records: IndexMap<String, SpeakerRecord>,
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in fold(s).chars() {
        if c.is_alphanumeric() {
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
        let id = self.id_for(speaker);
        let rec = self
            .records
            .entry(id.clone())
            .or_insert_with(|| SpeakerRecord {
                id: id.clone(),
                name: speaker.name.clone(),
                kind: speaker.kind,
                aliases: IndexSet::new(),
                quotes: 0,
                articles: 0,
                gender: match speaker.gender {
                    Some(crate::Gender::Male) => "m".into(),
                    Some(crate::Gender::Female) => "f".into(),
                    None => String::new(),
                },
                roles: IndexSet::new(),
                last_article: None,
            });
        if speaker.name.split_whitespace().count() > rec.name.split_whitespace().count()
            && speaker.gazetteer_id.is_none()
        {
            rec.name = speaker.name.clone();
        }
        rec.aliases.insert(mention.to_string());
        rec.roles.extend(speaker.roles.iter().cloned());
        rec.quotes += 1;
        if rec.last_article != Some(article) {
            rec.articles += 1;
            rec.last_article = Some(article);
        }
        id
    }

    fn id_for(&mut self, s: &Resolved) -> String {
        if let Some(g) = &s.gazetteer_id {
            return g.clone();
        }
        let prefix = match s.kind {
            SpeakerKind::Person => "p",
            SpeakerKind::Organisation => "o",
            SpeakerKind::Group => "g",
            SpeakerKind::Unknown => "u",
        };
        // name order does not split a person: `Lavrov, Sergei` is `Sergei Lavrov`
        let mut parts: Vec<String> = translit_key(&s.name).split(' ').map(String::from).collect();
        if s.kind == SpeakerKind::Person {
            parts.sort();
        }
        let key = format!("{prefix}:{}", parts.join(" "));
        if let Some(id) = self.by_key.get(&key) {
            return id.clone();
        }
        let words: Vec<String> = translit_key(&s.name).split(' ').map(String::from).collect();
        let surname = words.last().cloned().unwrap_or_default();
        if s.kind == SpeakerKind::Person && words.len() == 1 {
            // a surname alone joins the one full name seen with it
            if let Some([id]) = self.surnames.get(&surname).map(Vec::as_slice) {
                let id = id.clone();
                self.by_key.insert(key, id.clone());
                return id;
            }
        }
        let mut id = format!("{prefix}-{}", slug(&s.name));
        let mut n = 2;
        while self.records.contains_key(&id) {
            id = format!("{prefix}-{}-{n}", slug(&s.name));
            n += 1;
        }
        self.by_key.insert(key, id.clone());
        if s.kind == SpeakerKind::Person && words.len() > 1 {
            self.surnames.entry(surname).or_default().push(id.clone());
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
