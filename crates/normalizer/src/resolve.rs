//! Per-article resolution of speaker mentions.

use crate::gazetteer::{Entry, Gazetteer, Gender};
use crate::{SpeakerKind, fold};
use rustc_hash::FxHashSet;
use std::cmp::Reverse;
use std::ops::Range;
use std::sync::LazyLock;
use verbatim_parser::{Mention, MentionKind, Parsed};

/// The canonical speaker of one quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// Display name: the gazetteer's, or the fullest form the article gives.
    pub name: String,
    /// Person, organisation, group or unknown.
    pub kind: SpeakerKind,
    /// Gender, when known.
    pub gender: Option<Gender>,
    /// The gazetteer entry's id, when the speaker is in the gazetteer.
    pub gazetteer_id: Option<String>,
    /// Roles the article or the gazetteer gives the speaker.
    pub roles: Vec<String>,
}

/// A person or organisation the article introduces.
#[derive(Debug, Clone)]
struct Entity<'g> {
    name: String,
    /// `fold(name)`, computed once: names are compared often
    key: String,
    kind: SpeakerKind,
    gender: Option<Gender>,
    /// the gazetteer entry, when the entity is one
    gazetteer: Option<&'g Entry>,
    roles: Vec<String>,
    /// byte offsets where the article names it
    at: Vec<usize>,
}

impl Entity<'_> {
    /// Nothing marks it as a person or a group: no gender, no role. A business the article
    /// names may be it (`Harrowgate Foods`, `Solvik Ferries`).
    fn may_be_business(&self) -> bool {
        self.gender.is_none() && self.roles.is_empty() && self.kind != SpeakerKind::Group
    }

    /// Records a mention at byte `a`. The offsets stay in text order, so that the questions
    /// asked of them (the first, the last before a point, any in a range) are binary searches:
    /// an article that names someone thousands of times costs no more per mention.
    fn mention_at(&mut self, a: usize) {
        let k = self.at.partition_point(|&x| x <= a);
        self.at.insert(k, a);
    }

    /// [`Entity::mention_at`], unless a mention at `a` is recorded already.
    fn mention_once_at(&mut self, a: usize) {
        if let Err(k) = self.at.binary_search(&a) {
            self.at.insert(k, a);
        }
    }

    /// Where the article names it first.
    fn first_at(&self) -> Option<usize> {
        self.at.first().copied()
    }

    /// The mentions before byte `a`, in text order.
    fn at_before(&self, a: usize) -> &[usize] {
        &self.at[..self.at.partition_point(|&x| x < a)]
    }

    /// The mentions in `r`, in text order.
    fn at_in(&self, r: Range<usize>) -> &[usize] {
        let before_end = self.at_before(r.end);
        // (an empty or inverted range holds none)
        &before_end[before_end.partition_point(|&x| x < r.start)..]
    }

    /// True when the article names it in `r`.
    fn named_in(&self, r: Range<usize>) -> bool {
        !self.at_in(r).is_empty()
    }

    /// Adds a role (lowercase) unless the entity has it: a name given with its title a
    /// thousand times keeps one copy of the title.
    fn add_role(&mut self, role: String) {
        if !self.roles.contains(&role) {
            self.roles.push(role);
        }
    }
}

/// Relatives whose given name an apposition may give (`his wife, Anna,`).
const KIN: &[&str] = &[
    "wife",
    "husband",
    "daughter",
    "son",
    "mother",
    "father",
    "sister",
    "brother",
    "partner",
    "widow",
    "widower",
    "niece",
    "nephew",
    "granddaughter",
    "grandson",
    "fiancée",
    "fiance",
    "fiancé",
    "girlfriend",
    "boyfriend",
];

/// The role an apposition right after a name gives, lowercased: `, chief executive of …`, `, the
/// chief executive,`, `, who took over as chief executive in March`. A role word must end the
/// phrase (at most four words, lowercase), before a comma, a full stop, or `of`/`at`/`for`/`in`.
fn apposition_role(after: &str) -> Option<String> {
    let rest = after.strip_prefix(", ")?;
    let mut words = rest.split(' ').peekable();
    let mut first = *words.peek()?;
    if first == "who" {
        // `who took over as`, `who became`, `who serves as`
        words.next();
        let verb = words.next()?;
        if verb == "took" {
            (words.next()? == "over").then_some(())?;
        } else if !["became", "becomes", "serves", "served", "is", "was"].contains(&verb) {
            return None;
        }
        if words.peek() == Some(&"as") {
            words.next();
        }
        first = *words.peek()?;
    }
    if ["the", "a", "an", "its", "their", "his", "her"].contains(&first) {
        words.next();
    }
    let mut role: Vec<&str> = Vec::new();
    let mut closed = false;
    for w in words.take(5) {
        let bare = w.trim_end_matches([',', '.', ';']);
        if bare.is_empty() || !bare.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
            break;
        }
        if !role.is_empty() && ["of", "at", "for", "in", "on", "since"].contains(&bare) {
            closed = true;
            break;
        }
        role.push(bare);
        if bare.len() < w.len() {
            closed = true;
            break;
        }
    }
    // (`at Ground Zero, sources said`: a plural, or a phrase a verb goes on from, is no
    // apposition)
    role.last()
        .filter(|h| closed && is_role_word(h) && !h.ends_with('s') && role.len() <= 4)
        .map(|_| role.join(" "))
}

/// How far after a possessed role (`its chief executive`) the holder's first mention may stand,
/// in bytes: about two short paragraphs.
const CATAPHORA_REACH: usize = 500;

/// The gender a relative's noun gives: `nephew`, `widow`.
fn kin_gender(w: &str) -> Option<Gender> {
    match w {
        "wife" | "daughter" | "mother" | "sister" | "widow" | "niece" | "granddaughter"
        | "fiancée" | "girlfriend" => Some(Gender::Female),
        "husband" | "son" | "father" | "brother" | "widower" | "nephew" | "grandson" | "fiancé"
        | "boyfriend" => Some(Gender::Male),
        _ => None,
    }
}

/// Words that only build role phrases before a name, besides the parser's role lexicon.
const ROLE_EXTRA: &[&str] = &[
    // a party before a name (`Democrat Hillary Clinton`) is no part of it
    "democrat",
    "libertarian",
    // nor is a state (`Texas Sen. Ted Cruz`, `a Wisconsin Trump rally`); states that are also
    // names or halves of names (Washington, Virginia, Georgia, Carolina…) are left out
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "hawaii",
    "idaho",
    "illinois",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "wisconsin",
    "wyoming",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "state",
    "opposition",
    "union",
    "council",
    "house",
    "party",
    "white",
    "republican",
    "democratic",
    "presidential",
];

/// A set of lowercase words looked up in any case without allocating.
struct LowerSet(FxHashSet<&'static str>);

impl LowerSet {
    fn new(words: &[&'static str]) -> LowerSet {
        LowerSet(words.iter().copied().collect())
    }
    fn contains(&self, w: &str) -> bool {
        verbatim_parser::with_lower(w, |l| self.0.contains(l))
    }
}

static ROLE_EXTRA_SET: LazyLock<LowerSet> = LazyLock::new(|| LowerSet::new(ROLE_EXTRA));
static ORG_HEAD_SET: LazyLock<LowerSet> = LazyLock::new(|| LowerSet::new(ORG_HEADS));
static PLACE_HEAD_SET: LazyLock<LowerSet> = LazyLock::new(|| LowerSet::new(PLACE_HEADS));
static PLACE_OPENER_SET: LazyLock<LowerSet> = LazyLock::new(|| LowerSet::new(PLACE_OPENERS));

/// Words that may stand before a name as its role or title ("Kremlin spokesman"): the parser's
/// role lexicon, plus words that only build role phrases before a name.
fn is_role_word(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    // role words are short words of letters (and `-`): anything else is turned away unhashed
    w.len() <= 24 && (verbatim_parser::is_role_word(w) || ROLE_EXTRA_SET.contains(w))
}

const ORG_HEADS: &[&str] = &[
    "kremlin",
    "ministry",
    "department",
    "government",
    "administration",
    "office",
    "council",
    "committee",
    "commission",
    "union",
    "party",
    "parliament",
    "congress",
    "senate",
    "house",
    "court",
    "agency",
    "bureau",
    "police",
    "army",
    "military",
    "pentagon",
    "campaign",
    "cabinet",
    "embassy",
    "alliance",
    "organization",
    "organisation",
    "group",
    "coalition",
    "foundation",
    "institute",
    "institution",
    "association",
    "society",
    "caucus",
    "project",
    "initiative",
    "forum",
    "research",
    "university",
    "company",
    "corporation",
    "bank",
    "board",
    "authority",
    "service",
    "network",
    "newspaper",
    "website",
    "times",
    "post",
    "news",
    "press",
    "reuters",
    "palace",
    // outlets: `Washington Informer`, `Chicago Tribune`
    "informer",
    "journal",
    "tribune",
    "herald",
    "gazette",
    "magazine",
    "radio",
    "television",
    "observer",
    "examiner",
    "chronicle",
    "inquirer",
    "courier",
    "telegraph",
    "dispatch",
    "bulletin",
    "weekly",
    "report",
    "review",
    // firms: `Paulson Partners`, `Pershing Capital`
    "partners",
    "associates",
    "capital",
    "holdings",
    "fund",
    "management",
    "ventures",
    "industries",
    "enterprises",
    "inc",
    "llc",
    "ltd",
    "corp",
    // a party's people: `Georgia Republicans`, `House Democrats`
    "republicans",
    "democrats",
    "conservatives",
    "liberals",
    "progressives",
    "libertarians",
];

/// First words of place names: `New York`, `San Diego`, `Lake Erie`, `South Carolina`.
const PLACE_OPENERS: &[&str] = &[
    "new", "san", "santa", "los", "las", "lake", "mount", "mt", "fort", "ft", "north", "south",
    "east", "west", "middle", "saint", "st", "upper", "lower", "greater", "northern", "southern",
    "eastern", "western", "central",
];

/// Last words of place names.
const PLACE_HEADS: &[&str] = &[
    "states",
    "arena",
    "center",
    "centre",
    "street",
    "avenue",
    "county",
    "city",
    "island",
    "islands",
    "kingdom",
    "republic",
    "valley",
    "park",
    "square",
    "hall",
    "airport",
    "stadium",
    "hotel",
    "church",
    "school",
    "college",
    "river",
    "mountains",
    "coast",
    "bay",
    "beach",
    "road",
    "bridge",
    "station",
    "tower",
    "building",
    "capitol",
    "garden",
    "gardens",
    "plaza",
    "mall",
    "district",
    "province",
    "region",
    "peninsula",
    "sea",
    "ocean",
    "lake",
    "village",
    "town",
    "street",
    "boulevard",
    "heights",
    "hills",
    "falls",
    "harbor",
    "harbour",
    "port",
    "emirates",
    "america",
    "africa",
    "asia",
    "europe",
    "korea",
    "arabia",
    "zealand",
];

/// Adjectives of nationality: they never start a name (they are in [`STOP_CAPS`]) but belong
/// to the role before one ("German Chancellor Angela Merkel").
const NATIONALITIES: &[&str] = &[
    "German",
    "Russian",
    "French",
    "British",
    "Belarusian",
    "Ukrainian",
    "Chinese",
    "European",
    "American",
];

/// Capitalised words that never start a name.
static STOP_CAPS: LazyLock<FxHashSet<&str>> = LazyLock::new(|| {
    [
        "The",
        "A",
        "An",
        "But",
        "And",
        "Yet",
        "So",
        "Then",
        "However",
        "In",
        "On",
        "At",
        "For",
        "From",
        "With",
        "After",
        "Before",
        "During",
        "Following",
        "Ahead",
        "As",
        "When",
        "While",
        "If",
        "This",
        "That",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "His",
        "Her",
        "Their",
        "Our",
        "Its",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Related",
        "According",
        "Western",
        "Both",
        "Russian",
        "German",
        "French",
        "British",
        "American",
        "Belarusian",
        "Ukrainian",
        "Chinese",
        "European",
        "Europe’s",
        "Minsk’s",
    ]
    .into_iter()
    .collect()
});

static FIRST_NAMES_TXT: &str = include_str!("../../../data/first_names.txt");

static FIRST_NAMES: std::sync::LazyLock<rustc_hash::FxHashMap<String, Gender>> =
    std::sync::LazyLock::new(|| {
        FIRST_NAMES_TXT
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (name, g) = l.split_once(' ')?;
                let g = match g.trim() {
                    "m" => Gender::Male,
                    "f" => Gender::Female,
                    _ => return None,
                };
                Some((name.to_string(), g))
            })
            .collect()
    });

/// The gender a common given name suggests (`data/first_names.txt`), if it does.
fn first_name_gender(first: &str) -> Option<Gender> {
    verbatim_parser::with_lower(first, |l| FIRST_NAMES.get(l).copied())
}

/// Where the name proper starts in a run of capitalised words: at a given name that follows
/// words which are neither given names nor initials (`Comedian George Lopez`, `Texas-based
/// Matt Mackowiak`, `State Hillary Clinton` from `Secretary of State Hillary Clinton`). Only a
/// given name and a surname (an initial may stand between) are taken; a place's first word
/// before a given name keeps the run whole (`San Antonio Spurs`, `Santa Barbara County`).
fn given_name_offset(words: &[&str]) -> usize {
    let n = words.len();
    if n < 3 {
        return 0;
    }
    let initial = |w: &str| {
        let b = w.trim_end_matches('.');
        b.len() == 1 && b.starts_with(|c: char| c.is_ascii_uppercase())
    };
    // the given name: two words from the end, or three with an initial between
    let k = if n >= 4 && initial(words[n - 2]) {
        n - 3
    } else {
        n - 2
    };
    let place = |w: &str| {
        [
            "san", "santa", "st", "saint", "fort", "port", "lake", "mount", "mt", "los", "las",
            "new", "cape", "point", "glen", "el", "la",
        ]
        .iter()
        .any(|p| w.trim_end_matches('.').eq_ignore_ascii_case(p))
    };
    let before = &words[..k];
    let description_first = k >= 1
        && first_name_gender(words[k]).is_some()
        && before
            .iter()
            .all(|w| first_name_gender(w).is_none() && !initial(w) && !place(w))
        && !verbatim_parser::is_name_particle(words[k - 1]);
    if description_first { k } else { 0 }
}

/// The gender `he` or `she` (any case) gives; none for another word.
fn pronoun_gender(w: &str) -> Option<Gender> {
    if w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("his") {
        Some(Gender::Male)
    } else if w.eq_ignore_ascii_case("she") || w.eq_ignore_ascii_case("her") {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender an honorific gives: `Mr.`, `Mrs.`, `Ms.`.
fn honorific_gender(w: &str) -> Option<Gender> {
    let w = w.trim_end_matches('.');
    let is = |h: &str| w.eq_ignore_ascii_case(h);
    if is("mr") {
        Some(Gender::Male)
    } else if is("mrs") || is("ms") || is("miss") {
        Some(Gender::Female)
    } else {
        None
    }
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

/// Words with byte ranges, split on whitespace and outer punctuation.
fn words(text: &str) -> Vec<(Range<usize>, &str)> {
    // ASCII bytes that belong to a word: letters, digits, `-`, `'` and `.`
    static PART: [bool; 128] = {
        let mut t = [false; 128];
        let mut x = 0;
        while x < 128 {
            let c = x as u8;
            t[x] = c.is_ascii_alphanumeric() || matches!(c, b'-' | b'\'' | b'.');
            x += 1;
        }
        t
    };
    let mut out = Vec::with_capacity(text.len() / 4);
    let b = text.as_bytes();
    // ASCII bytes are tested as bytes; other characters decoded
    let part_at = |i: usize| -> (bool, usize) {
        let c = text[i..].chars().next().unwrap_or(' ');
        (verbatim_parser::is_alnum(c) || c == '’', c.len_utf8())
    };
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        let (part, len) = if x < 0x80 {
            (PART[usize::from(x)], 1)
        } else {
            part_at(i)
        };
        i += len;
        if !part {
            continue;
        }
        let s = i - len;
        // the rest of the word: a run of ASCII word bytes in a tight loop, `part_at` (which
        // decodes a character) only where a byte is not ASCII. (`part_at` with its own ASCII
        // branch, used at the word's first byte too, measured 0.35% more instructions.)
        loop {
            while i < b.len() && b[i] < 0x80 && PART[usize::from(b[i])] {
                i += 1;
            }
            if i < b.len() && b[i] >= 0x80 {
                let (part, len) = part_at(i);
                if part {
                    i += len;
                    continue;
                }
            }
            break;
        }
        // `.`, `'`, `-` and `’` (bytes E2 80 99) are trimmed from the ends; most words have
        // none there, which their first and last bytes tell
        let edge = |x: u8| matches!(x, b'.' | b'\'' | b'-' | 0x99 | 0xE2);
        let w = if edge(b[s]) || edge(b[i - 1]) {
            text[s..i]
                .trim_end_matches(['.', '\'', '’', '-'])
                .trim_start_matches(['\'', '’', '-', '.'])
        } else {
            &text[s..i]
        };
        if !w.is_empty() {
            // `w` is a sub-slice of `text`: its offset is pointer arithmetic
            let off = w.as_ptr() as usize - text.as_ptr() as usize;
            out.push((off..off + w.len(), w));
        }
    }
    out
}

/// A capitalised word that does not start a name: ours, and the parser's (`Although`,
/// `Meanwhile`).
fn stop_cap(w: &str) -> bool {
    STOP_CAPS.contains(w) || verbatim_parser::is_capital_stopword(w)
}

/// Calls `f` with [`fold`] of one word; plain ASCII words (nearly all) are lowered without
/// allocating.
fn fold_word<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    if w.is_ascii() && !w.contains(['.', ',']) {
        verbatim_parser::with_lower(w, f)
    } else {
        f(&fold(w))
    }
}

/// True when the folded name `full` ends with the words `key`, after more words of its own
/// (folded names are words joined by single spaces): `marieke de wit` and `de wit`.
fn ends_with_words(full: &str, key: &str) -> bool {
    full.len() > key.len() && full.ends_with(key) && full[..full.len() - key.len()].ends_with(' ')
}

/// True when the folded name `full` is `key` and one more word: `dong xiaolin` and `dong`.
fn word_then_one_more(full: &str, key: &str) -> bool {
    full.strip_prefix(key)
        .and_then(|rest| rest.strip_prefix(' '))
        .is_some_and(|rest| !rest.is_empty() && !rest.contains(' '))
}

/// True when a single space stands between two words: `Hillary Clinton`, not `Clinton. Trump`.
fn one_space(text: &str, a: &Range<usize>, b: &Range<usize>) -> bool {
    text[a.end..b.start] == *" "
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

struct Article<'g> {
    gaz: &'g Gazetteer,
    date: Option<&'g str>,
    entities: Vec<Entity<'g>>,
    /// spans of quotations in marks: names inside them are not antecedents of a pronoun
    quoted: Vec<Range<usize>>,
    /// where sentences and clauses start, in order (see [`clause_starts`])
    clauses: Vec<usize>,
    /// where sentences start: the clause starts after a stop or a line break
    sentences: Vec<usize>,
    /// where the names of attributed speakers start, in order
    speaker_at: Vec<usize>,
}

/// Words that open a clause or phrase put before a sentence's subject (`After Ellison spoke,
/// …`, `Asked by Ellison whether …, …`).
const FRONTED_CLAUSE_OPENERS: [&str; 16] = [
    "After",
    "Before",
    "When",
    "While",
    "As",
    "Since",
    "Although",
    "Though",
    "Because",
    "If",
    "Once",
    "Until",
    "Asked",
    "Speaking",
    "Following",
    "Despite",
];

/// Byte offsets where a sentence or a clause starts: after `.`, `?`, `!` and a space (not after
/// a title or an initial: `Mr. Obama`, `Harry B. Harris`), after a line break or `;`, before
/// `and`, `but` or `while` after a comma, and after the first comma of a sentence that opens
/// with one of [`FRONTED_CLAUSE_OPENERS`]. A pronoun's antecedent is sought clause by clause,
/// nearest first.
fn clause_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    // the bytes that may start a clause, in order: two memchr scans merged
    let mut breaks = memchr::memchr3_iter(b'\n', b';', b',', b).peekable();
    let mut stops = memchr::memchr3_iter(b'.', b'?', b'!', b).peekable();
    // where the current sentence starts, and whether a comma has been met in it
    let (mut sentence, mut comma_seen) = (0, false);
    while let Some(i) = match (breaks.peek(), stops.peek()) {
        (Some(&x), Some(&y)) if x < y => breaks.next(),
        (Some(_), Some(_)) | (None, Some(_)) => stops.next(),
        (Some(_), None) => breaks.next(),
        (None, None) => None,
    } {
        let c = b[i];
        let next = i + 1;
        match c {
            b'\n' => {
                out.push(next);
                (sentence, comma_seen) = (next, false);
            }
            b';' => out.push(next),
            b'.' | b'?' | b'!' if b.get(next).is_some_and(|n| n.is_ascii_whitespace()) => {
                // the word before the stop
                let word_start = b[..i]
                    .iter()
                    .rposition(|c| !c.is_ascii_alphanumeric())
                    .map_or(0, |p| p + 1);
                let word = &text[word_start..i];
                let initial = word.len() == 1 && word.bytes().all(|c| c.is_ascii_uppercase());
                let title = c == b'.' && verbatim_parser::is_role_word(word);
                if !initial && !title {
                    out.push(next);
                    (sentence, comma_seen) = (next, false);
                }
            }
            b',' => {
                let rest = &text[next..];
                let rest = rest.trim_start();
                // (`After Ellison spoke, Marsh paused`: a clause put before the sentence's own
                // ends at its first comma, and the subject after it is the nearer one)
                let opened = !std::mem::replace(&mut comma_seen, true)
                    && text[sentence..i]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| FRONTED_CLAUSE_OPENERS.contains(&w));
                if opened
                    || ["and ", "but ", "while "]
                        .iter()
                        .any(|w| rest.starts_with(w))
                {
                    out.push(next);
                }
            }
            _ => {}
        }
    }
    out
}

/// True when the word at `at` opens a sentence, a line or a quotation.
fn sentence_initial(text: &str, at: usize) -> bool {
    text[..at]
        .trim_end_matches([' ', '\t'])
        .chars()
        .next_back()
        .is_none_or(|c| ".!?\n\r\"“”'‘’(—–-:".contains(c))
}

/// One capitalised word that names no one: a plural of people (`Observers say`, `Millennials
/// believe`) is a group; a word the article writes in lowercase too (`Optimism is …`) is
/// unknown. `None` for anything that may be a name.
fn common_word_kind(text: &str, name: &str) -> Option<SpeakerKind> {
    let lone = !name.contains([' ', '.', '-', '’', '\''])
        && name.starts_with(char::is_uppercase)
        && name.chars().skip(1).all(char::is_lowercase);
    if !lone {
        None
    } else if [
        "ers", "ors", "ists", "ians", "ans", "ents", "ants", "ials", "ates", "ics",
    ]
    .iter()
    .any(|s| name.ends_with(s))
    {
        Some(SpeakerKind::Group)
    } else if written_in_lowercase(text, name) {
        Some(SpeakerKind::Unknown)
    } else {
        None
    }
}

/// True when `word` also stands in `text` in lowercase, as a whole word.
fn written_in_lowercase(text: &str, word: &str) -> bool {
    if !word.starts_with(char::is_uppercase) {
        return false;
    }
    let lower = word.to_lowercase();
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, lower.as_bytes()).any(|k| {
        let before = k
            .checked_sub(1)
            .is_none_or(|p| !b[p].is_ascii_alphanumeric());
        let end = k + lower.len();
        let after = b.get(end).is_none_or(|n| !n.is_ascii_alphanumeric());
        before && after
    })
}

/// A capitalised `-ing` word of six letters or more (`Celebrating`, `Debating`): at the start of
/// a sentence it is a gerund, not a given name (the caller checks the list of given names).
fn gerund_opening(w: &str) -> bool {
    w.len() >= 6 && w.ends_with("ing")
}

/// The lexicon tests of an article's words ([`is_role_word`], [`stop_cap`]), each made once per
/// word: the name scan asks about a word again as it looks back and ahead.
struct WordTests {
    /// per word: bit 0 role known, bit 1 role; bit 2 stop known, bit 3 stop
    flags: Vec<u8>,
}

impl WordTests {
    fn new(words: usize) -> Self {
        WordTests {
            flags: vec![0; words],
        }
    }

    fn test(&mut self, k: usize, known: u8, f: impl FnOnce() -> bool) -> bool {
        let yes = known << 1;
        if self.flags[k] & known == 0 {
            self.flags[k] |= known | if f() { yes } else { 0 };
        }
        self.flags[k] & yes != 0
    }

    fn role(&mut self, ws: &[(Range<usize>, &str)], k: usize) -> bool {
        self.test(k, 1, || is_role_word(ws[k].1))
    }

    fn stop_cap(&mut self, ws: &[(Range<usize>, &str)], k: usize) -> bool {
        self.test(k, 4, || stop_cap(ws[k].1))
    }
}

/// Whether the line around an offset is written in title case, a headline's style: four words
/// or more, nearly all capitalised, small words (`To`, `On`, `The`) included. A line is tested
/// only when an offset in it is asked about, and again only after an offset on another line
/// was (the name scan asks in text order, so each line once).
struct TitleCaseLines<'t> {
    text: &'t str,
    /// the line last asked about, its `\n` included, and whether it is in title case
    line: Range<usize>,
    title: bool,
}

impl<'t> TitleCaseLines<'t> {
    fn new(text: &'t str) -> Self {
        TitleCaseLines {
            text,
            line: 0..0,
            title: false,
        }
    }

    fn at(&mut self, at: usize) -> bool {
        if !self.line.contains(&at) {
            let b = self.text.as_bytes();
            let start = memchr::memrchr(b'\n', &b[..at]).map_or(0, |p| p + 1);
            let end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |p| at + p + 1);
            self.line = start..end;
            self.title = verbatim_parser::is_title_case_line(&self.text[start..end]);
        }
        self.title
    }
}

/// True when the name that starts at `at` ends in a possessive (`Obama’s plan`): a possessor
/// is rarely the one a later pronoun speaks of.
fn possessive_at(text: &str, at: usize) -> bool {
    let mut end = text.len().min(at + 80);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let rest = &text[at..end];
    for w in rest.split_whitespace() {
        let word = w.trim_end_matches([',', '.', ';', ':']);
        let bare = strip_possessive(word);
        if bare.len() < word.len() {
            return true;
        }
        // the name ends at a comma or a full stop (`Armstrong Williams, Carson’s friend`);
        // the dot of an initial does not end it (`Harry B. Harris’s`)
        let stop = w.len() > word.len() && (!w.ends_with('.') || word.chars().count() > 1);
        if !capitalised(w) || stop {
            return false;
        }
    }
    false
}

impl<'g> Article<'g> {
    fn in_quote(&self, at: usize) -> bool {
        let k = self.quoted.partition_point(|q| q.start <= at);
        k.checked_sub(1).is_some_and(|k| at < self.quoted[k].end)
    }

    fn entity_for_gaz(&mut self, e: &'g Entry, at: usize) -> usize {
        if let Some(i) = self
            .entities
            .iter()
            .position(|x| x.gazetteer.is_some_and(|g| std::ptr::eq(g, e)))
        {
            self.entities[i].mention_at(at);
            return i;
        }
        self.entities.push(Entity {
            key: fold(&e.name),
            name: e.name.clone(),
            kind: e.kind,
            gender: e.gender,
            gazetteer: Some(e),
            roles: e
                .roles
                .iter()
                .filter(|r| r.held_on(self.date) || r.from.is_none())
                .map(|r| r.title.clone())
                .collect(),
            at: vec![at],
        });
        self.entities.len() - 1
    }

    /// Adds a name met in the text (with the role words before it); returns the entity it
    /// stands for.
    fn add_name(&mut self, name: &str, role: &str, at: usize) -> usize {
        let key = fold(name);
        if let Some(e) = self.gaz.by_folded_name(&key) {
            let i = self.entity_for_gaz(e, at);
            if !role.is_empty() {
                self.entities[i].add_role(role.to_lowercase());
            }
            return i;
        }
        // the honorific that ends the role words, if one does: `Ms.`, `Mr.`
        let honorific = role
            .split_whitespace()
            .next_back()
            .and_then(honorific_gender);
        // `De Wit` after `Marieke de Wit`: the shorter form is the same person
        // `Ms. Dong` after `Dong Xiaolin`: a title before a family name written first
        let titled = !key.contains(' ') && honorific.is_some();
        // `his wife, Lucia,` then `Lucia Rossi, 81,`: a relative known by a given name alone
        // is the person the full name names (and goes by it from then on)
        let given_of_relative = |x: &Entity| {
            !x.key.contains(' ')
                && key.split(' ').next() == Some(x.key.as_str())
                && x.roles.iter().any(|r| KIN.contains(&r.as_str()))
        };
        if let Some(i) = self.entities.iter().position(|x| {
            x.key == key
                || (x.kind == SpeakerKind::Person
                    && (ends_with_words(&x.key, &key)
                        || (titled && word_then_one_more(&x.key, &key))
                        || given_of_relative(x)))
        }) {
            if given_of_relative(&self.entities[i]) {
                self.entities[i].key = key;
                self.entities[i].name = name.to_string();
            }
            self.entities[i].mention_at(at);
            if !role.is_empty() {
                self.entities[i].add_role(role.to_lowercase());
            }
            return i;
        }
        let last = name.split_whitespace().last().unwrap_or("");
        let first = name.split_whitespace().next().unwrap_or("");
        // a place (`United States`, `Quicken Loans Arena`) is no person, unless a first name
        // opens it (`Tom Hall`); it stands as an organisation
        let given = first_name_gender(first);
        let place =
            (PLACE_HEAD_SET.contains(last) || PLACE_OPENER_SET.contains(first)) && given.is_none();
        // `Super Glass-Steagall`, `Dodd-Frank`: two capitalised names joined by a hyphen name a
        // law or a pact, unless a first name or an honorific opens them (`Karine Jean-Pierre`,
        // `Ms. Shanklin-Hawkins`)
        let law = last.split('-').count() == 2
            && last
                .split('-')
                .all(|p| p.chars().next().is_some_and(char::is_uppercase))
            && given.is_none()
            && honorific.is_none();
        // `BBC Radio Cumbria`, `Channel 4 Television`: a broadcaster, wherever the word stands
        let broadcaster = name
            .split_whitespace()
            .any(|w| ["Radio", "Television", "TV"].contains(&w));
        let kind = if ORG_HEAD_SET.contains(last) || place || law || broadcaster {
            SpeakerKind::Organisation
        } else {
            SpeakerKind::Person
        };
        let before = role.to_lowercase();
        let kin = role.split_whitespace().next_back().and_then(kin_gender);
        let gender = given.or(honorific).or(kin).or_else(|| {
            if before.contains("spokesman") || before.contains("congressman") {
                Some(Gender::Male)
            } else if before.contains("spokeswoman") || before.contains("congresswoman") {
                Some(Gender::Female)
            } else {
                None
            }
        });
        self.entities.push(Entity {
            key,
            name: name.to_string(),
            kind,
            gender,
            gazetteer: None,
            roles: if role.is_empty() {
                Vec::new()
            } else {
                vec![before]
            },
            at: vec![at],
        });
        self.entities.len() - 1
    }

    /// Finds the people and organisations the article names: gazetteer names, and runs of two
    /// or more capitalised words, with the role words just before them.
    fn scan(&mut self, text: &str) {
        let ws = words(text);
        // the gazetteer's names, asked for where words start (a name found is skipped over)
        let mut past = 0;
        for (r, _) in &ws {
            if r.start < past {
                continue;
            }
            if let Some((found, e)) = self.gaz.find_at(text, r.start) {
                past = found.end;
                self.entity_for_gaz(e, found.start);
            }
        }
        let mut headlines = TitleCaseLines::new(text);
        let mut tests = WordTests::new(ws.len());
        let mut i = 0;
        while i < ws.len() {
            let (ref r, w) = ws[i];
            // `Hillary Clinton Slams Donald Trump`: in a title-case headline the capitals do not
            // mark names (the gazetteer's names there were found above); `Stated Stone:`: a
            // reporting verb opening a line is no first name
            if !capitalised(w)
                || tests.stop_cap(&ws, i)
                || tests.role(&ws, i)
                || headlines.at(r.start)
                || verbatim_parser::is_cue_word(w)
            {
                i += 1;
                continue;
            }
            // a run of capitalised words on one line, ending at a possessive
            let mut j = i;
            while j < ws.len()
                && (capitalised(ws[j].1)
                    || (j > i
                        && verbatim_parser::is_name_particle(ws[j].1)
                        && ws.get(j + 1).is_some_and(|n| capitalised(n.1))))
                && !tests.role(&ws, j)
                // `John Leguizamo On How U.S. History …`: a title-case headline goes on
                // through words that never stand inside a name
                && (j == i || !tests.stop_cap(&ws, j))
                && !text[ws[i].0.start..ws[j].0.start].contains('\n')
            {
                j += 1;
                if ws[j - 1].1 != strip_possessive(ws[j - 1].1) {
                    break;
                }
                // a comma or sentence end between words ends the run; the dot of an initial
                // does not (`Ernest D. Coursey`)
                let gap = j < ws.len() && !text[ws[j - 1].0.end..ws[j].0.start].trim().is_empty();
                let initial = ws[j - 1].1.len() == 1
                    && ws[j - 1].1.chars().all(|c| c.is_ascii_uppercase())
                    && text[ws[j - 1].0.end..ws[j].0.start].trim() == ".";
                if gap && !initial {
                    break;
                }
            }
            // `Outside Carrier, workers …`: a sentence's first word is capitalised anyway; when
            // the article also writes it in lowercase it is a common word, not part of a name
            // (nor is a gerund: `Debating Clinton’s character`, `Celebrating Clinton …`)
            if j - i >= 2
                && sentence_initial(text, ws[i].0.start)
                && first_name_gender(w).is_none()
                && (written_in_lowercase(text, w) || gerund_opening(w))
            {
                i += 1;
                continue;
            }
            // `Mr. Ackman`, `Sen. Cruz`: a title before one capitalised word makes it a name
            // (and `named` before one: `a 52-year-old resident named Caroline`)
            let titled = j - i == 1
                && i > 0
                && ((capitalised(ws[i - 1].1)
                    && tests.role(&ws, i - 1)
                    && text[ws[i - 1].0.end..ws[i].0.start]
                        .trim_matches(|c: char| c == '.' || c == ' ')
                        .is_empty())
                    || (ws[i - 1].1 == "named" && text[ws[i - 1].0.end..ws[i].0.start] == *" ")
                    // `His wife, Anna, runs the counter`: a relative's given name in apposition
                    || (text[ws[i - 1].0.end..ws[i].0.start] == *", "
                        && text[r.end..].starts_with(',')
                        && KIN.contains(&ws[i - 1].1)
                        && (first_name_gender(w).is_some() || kin_gender(ws[i - 1].1).is_some())));
            // `Office of Personnel Management`, `Bank of America`: the tail of a name joined by
            // `of` belongs to the organisation before it
            let org_tail = i >= 2
                && matches!(ws[i - 1].1, "of" | "for")
                && capitalised(ws[i - 2].1)
                && !tests.stop_cap(&ws, i - 2)
                && !tests.role(&ws, i - 2);
            // `FULL TEXT`, `BREAKING NEWS`: a run in capitals is a heading, not a name
            let shouted = ws[i..j].iter().all(|(_, w)| {
                w.chars().filter(|c| c.is_alphabetic()).count() > 1
                    && !w.contains(char::is_lowercase)
            });
            if (j - i >= 2 || titled) && !org_tail && !shouted {
                let i = if j - i >= 3 {
                    let run: Vec<&str> = ws[i..j].iter().map(|(_, w)| *w).collect();
                    i + given_name_offset(&run)
                } else {
                    i
                };
                let name = text[ws[i].0.start..ws[j - 1].0.end].to_string();
                let name = strip_possessive(&name).to_string();
                // role words before the name: up to four, capitalised or role nouns
                let mut k = i;
                while k > 0
                    && i - k < 4
                    && (tests.role(&ws, k - 1)
                        || (capitalised(ws[k - 1].1) && !tests.stop_cap(&ws, k - 1))
                        || NATIONALITIES.contains(&ws[k - 1].1))
                {
                    let gap = &text[ws[k - 1].0.end..ws[k].0.start];
                    if !gap.contains('\n')
                        && gap
                            .trim_matches(|c: char| c.is_whitespace() || c == '.')
                            .is_empty()
                    {
                        k -= 1;
                    } else {
                        break;
                    }
                }
                let role = if k < i {
                    text[ws[k].0.start..ws[i - 1].0.end].to_string()
                } else if i > 0 && titled && KIN.contains(&ws[i - 1].1) {
                    // (`Her nephew, Rhys,`: the relative is the role, and may give the gender)
                    ws[i - 1].1.to_string()
                } else {
                    String::new()
                };
                let e = self.add_name(&name, &role, r.start);
                // `Colin Aspinall, chief executive of Harrowgate,`, `Aspinall, who took over
                // as chief executive in March,`: a role given after the name
                let after = ws[j - 1].0.end;
                if let Some(role) = apposition_role(&text[after..]) {
                    self.entities[e].add_role(role);
                }
            }
            i = j.max(i + 1);
        }
        // a surname alone names a person the article has named in full; when several share it
        // (`Donald Trump` and `Ivanka Trump`), the honorific's gender (`Mrs. Clinton`) or else
        // the one named first, most often the article's subject
        let mut surnames: rustc_hash::FxHashMap<String, Vec<usize>> =
            rustc_hash::FxHashMap::default();
        for (k, e) in self.entities.iter().enumerate() {
            if e.kind == SpeakerKind::Person {
                if let Some(last) = e
                    .name
                    .split_whitespace()
                    .last()
                    .filter(|_| e.name.contains(' '))
                {
                    surnames.entry(fold(last)).or_default().push(k);
                }
            }
        }
        // the first letters of the surnames: most capitalised words share none and are turned
        // away before folding and hashing
        let firsts: u32 = surnames
            .keys()
            .filter_map(|s| s.bytes().next())
            .filter(u8::is_ascii_lowercase)
            .fold(0, |m, b| m | 1 << (b - b'a'));
        let other_first = surnames
            .keys()
            .any(|s| !s.starts_with(|c: char| c.is_ascii_lowercase()));
        // one pass over the words for both: a word is a surname of the article's people, or
        // perhaps a prominent person's surname standing alone (never both)
        for (n, (_, w)) in ws.iter().enumerate() {
            if !capitalised(w) {
                continue;
            }
            let first = w.as_bytes()[0];
            let article_surname = (!surnames.is_empty()
                && (!first.is_ascii_uppercase()
                    || other_first
                    || firsts & 1 << (first - b'A') != 0))
                .then(|| fold_word(strip_possessive(w), |f| surnames.get(f)))
                .flatten();
            match article_surname {
                Some(cands) => self.article_surname_at(text, &ws, n, cands),
                None => self.prominent_surname_at(text, &ws, n),
            }
        }
    }

    /// `Obama also addressed …`: a prominent person's surname standing alone (the word `n` of
    /// `ws`, which names none of the article's people) names that person, though the article
    /// never gives the full name (a pronoun may mean them). Not a given name or a month (`Paul`,
    /// `Warren`, `May`), nor a word joined to another capitalised one.
    fn prominent_surname_at(&mut self, text: &str, ws: &[(Range<usize>, &str)], n: usize) {
        let (r, w) = (&ws[n].0, ws[n].1);
        if w.len() < 3 || !self.gaz.surname_may_start_with(w.as_bytes()[0]) {
            return;
        }
        let joined = (n > 0 && capitalised(ws[n - 1].1) && one_space(text, &ws[n - 1].0, r))
            || ws
                .get(n + 1)
                .is_some_and(|(nr, nw)| capitalised(nw) && one_space(text, r, nr));
        let bare = strip_possessive(w);
        if joined || stop_cap(w) || first_name_gender(bare).is_some() {
            return;
        }
        if let Some(e) = fold_word(bare, |f| self.gaz.by_folded_surname(f))
            .filter(|e| e.kind == SpeakerKind::Person)
        {
            self.entity_for_gaz(e, r.start);
        }
    }

    /// A surname alone (the word `n` of `ws`) names a person the article has named in full
    /// (`cands`, the people with that surname); when several share it (`Donald Trump` and
    /// `Ivanka Trump`), the honorific's gender (`Mrs. Clinton`) or else the one named first, most
    /// often the article's subject.
    fn article_surname_at(
        &mut self,
        text: &str,
        ws: &[(Range<usize>, &str)],
        n: usize,
        cands: &[usize],
    ) {
        let r = &ws[n].0;
        // the last word of a longer name is no surname standing alone: `Clinton` in `Hillary
        // Rodham Clinton` is not Bill Clinton (`Mrs. Clinton`, `Sen. Clinton`, `But Clinton`
        // are, and so is `Szlachta` after a sentence's first word: `Was Szlachta …?`)
        let in_longer_name = n > 0 && {
            let p = ws[n - 1].1;
            capitalised(p)
                && one_space(text, &ws[n - 1].0, r)
                && (!sentence_initial(text, ws[n - 1].0.start) || first_name_gender(p).is_some())
                && !stop_cap(p)
                && !is_role_word(p)
                && honorific_gender(p).is_none()
        };
        if in_longer_name {
            return;
        }
        let honorific = n
            .checked_sub(1)
            .and_then(|p| honorific_gender(ws[p].1).filter(|_| ws[p].0.end + 2 >= r.start));
        let k = match cands {
            [one] => *one,
            many => {
                let fits = |k: &&usize| {
                    honorific.is_none_or(|g| self.entities[**k].gender.is_none_or(|eg| eg == g))
                };
                let first_named = |k: &&usize| self.entities[**k].first_at();
                match many.iter().filter(fits).min_by_key(first_named) {
                    Some(k) => *k,
                    None => return,
                }
            }
        };
        self.entities[k].mention_once_at(r.start);
    }

    fn resolved(&self, i: usize) -> Resolved {
        let e = &self.entities[i];
        Resolved {
            name: e.name.clone(),
            kind: e.kind,
            gender: e.gender,
            gazetteer_id: e.gazetteer.map(|g| g.id.clone()),
            roles: e.roles.clone(),
        }
    }

    fn of_entry(&self, e: &Entry) -> Resolved {
        Resolved {
            name: e.name.clone(),
            kind: e.kind,
            gender: e.gender,
            gazetteer_id: Some(e.id.clone()),
            roles: e.roles.iter().map(|r| r.title.clone()).collect(),
        }
    }

    /// The entity named by a (partial) name, [`fold`]ed: full name, surname or first name in the article.
    /// `gender` comes from an honorific (`Mrs. Clinton`) and picks among people sharing a surname.
    fn by_key(&self, key: &str, gender: Option<Gender>) -> Option<usize> {
        if let Some(i) = self.entities.iter().position(|e| e.key == key) {
            return Some(i);
        }
        let matches: Vec<usize> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.kind == SpeakerKind::Person
                    && ends_with_words(&e.key, key)
                    && gender.is_none_or(|g| e.gender.is_none_or(|eg| eg == g))
            })
            .map(|(i, _)| i)
            .collect();
        // `Ms. Dong` after `Dong Xiaolin`: a title before a name written family name first
        if matches.is_empty() && gender.is_some() && !key.contains(' ') {
            let mut first = self.entities.iter().enumerate().filter(|(_, e)| {
                e.kind == SpeakerKind::Person
                    && word_then_one_more(&e.key, key)
                    && gender.is_none_or(|g| e.gender.is_none_or(|eg| eg == g))
            });
            if let (Some((i, _)), None) = (first.next(), first.next()) {
                return Some(i);
            }
        }
        // `Lucia said` after `Lucia Rossi`: a given name alone is the one person the article
        // names by it (when no one has it as a surname)
        if matches.is_empty() && !key.contains(' ') && first_name_gender(key).is_some() {
            let mut given = self.entities.iter().enumerate().filter(|(_, e)| {
                e.kind == SpeakerKind::Person
                    && e.key.split(' ').next() == Some(key)
                    && e.key.contains(' ')
                    && gender.is_none_or(|g| e.gender.is_none_or(|eg| eg == g))
            });
            if let (Some((i, _)), None) = (given.next(), given.next()) {
                return Some(i);
            }
        }
        // several people share the surname: the one named first
        matches
            .into_iter()
            .min_by_key(|&i| self.entities[i].first_at())
    }

    /// `Nordvik Shipping has agreed to buy Halden Lines, the Norwegian company said`: a definite
    /// company description (`the company`, `the Norwegian firm`) stands for the name that opens
    /// the sentence it ends (after a dateline at most), when one does.
    fn company_opening_sentence(&self, text: &str, m: &Mention) -> Option<usize> {
        const HEADS: &[&str] = &[
            "company",
            "firm",
            "group",
            "bank",
            "carrier",
            "airline",
            "retailer",
            "insurer",
            "automaker",
            "carmaker",
            "lender",
            "chain",
            "operator",
            "manufacturer",
            "maker",
            "producer",
            "conglomerate",
            "startup",
        ];
        let mut words = m.text.split_whitespace();
        let first = words.next()?;
        let head = words.next_back()?;
        let fits = first.eq_ignore_ascii_case("the")
            && HEADS.contains(&head)
            && words.all(|w| !capitalised(w) || is_place_word(&w.to_lowercase()));
        if !fits {
            return None;
        }
        let k = self.sentences.partition_point(|&c| c <= m.span.start);
        let start = k.checked_sub(1).map_or(0, |p| self.sentences[p]);
        if let Some((i, _)) = self.name_opening(text, start, m.span.start) {
            return Some(i);
        }
        // `Harrowgate now expects …, the company said` after `Harrowgate Foods` was named: the
        // first word of a business's name, opening the sentence, is that business
        let opening = text[start..m.span.start]
            .trim_start()
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if capitalised(opening) && !stop_cap(opening) && first_name_gender(opening).is_none() {
            let mut named = self.entities.iter().enumerate().filter(|(_, e)| {
                e.may_be_business()
                    && e.first_at().is_some_and(|a| a < start)
                    && e.name.split_whitespace().count() > 1
                    && e.name.split_whitespace().next() == Some(opening)
            });
            if let (Some((i, _)), None) = (named.next(), named.next()) {
                return Some(i);
            }
        }
        // `The company said …` opening its own sentence: the company the article's lead names
        // first (`OSLO (Reuters) - Brightwell Mobility on Tuesday unveiled …`), when that is no
        // person's name
        // (only heads that name a business: `the group`, `the chain` may be anything)
        const BUSINESS: &[&str] = &[
            "company",
            "firm",
            "startup",
            "conglomerate",
            "carmaker",
            "automaker",
            "airline",
            "retailer",
            "insurer",
            "lender",
            "manufacturer",
        ];
        if !BUSINESS.contains(&head) {
            return None;
        }
        let starts: Vec<usize> = std::iter::once(0)
            .chain(self.sentences.iter().copied())
            .take_while(|&s| s < start)
            .take(3)
            .collect();
        starts
            .iter()
            .enumerate()
            .find_map(|(p, &s)| {
                let end = starts.get(p + 1).copied().unwrap_or(start);
                self.name_opening(text, s, end).map(|(i, _)| i)
            })
            .filter(|&i| self.entities[i].may_be_business())
    }

    /// The entity whose name opens the sentence that starts at `start` (after a dateline at
    /// most), named before `end`, and where the name stands.
    fn name_opening(&self, text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
        let start = start + verbatim_parser::dateline_end(&text[start..end]).unwrap_or(0);
        let (i, at) = self
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind != SpeakerKind::Group)
            .filter_map(|(i, e)| {
                // (not a news agency's credit in a dateline: `(AP) - Solvik Ferries …`)
                e.at_in(start..end)
                    .iter()
                    .find(|&&a| !text[..a].ends_with('('))
                    .map(|&a| (i, a))
            })
            .min_by_key(|&(_, a)| a)?;
        // (it opens the sentence: only a connective or a time word in capitals before it)
        text[start..at]
            .split_whitespace()
            .all(|w| !w.starts_with(|c: char| c.is_lowercase()))
            .then_some((i, at))
    }

    /// `The buyers, Sam and Priya Okafor, … . “…,” he said. His wife added that …`: a relative
    /// of the one a possessive pronoun means is the one other person named before with that
    /// person's surname, of the relative's gender (or of none known).
    fn relative_by_surname(&self, text: &str, words: &[&str], at: usize) -> Option<usize> {
        let [owner, kin] = words else { return None };
        let kin_gender = kin_gender(&kin.to_lowercase())?;
        let gender = match owner.to_lowercase().as_str() {
            "his" => Gender::Male,
            "her" => Gender::Female,
            _ => return None,
        };
        let owner = self.antecedent(text, gender, at)?;
        let surname = self.entities[owner].key.rsplit(' ').next()?;
        let mut found = self.entities.iter().enumerate().filter(|&(i, e)| {
            i != owner
                && e.kind == SpeakerKind::Person
                && e.gender.is_none_or(|g| g == kin_gender)
                && e.key.contains(' ')
                && e.key.rsplit(' ').next() == Some(surname)
                && e.first_at().is_some_and(|a| a < at)
        });
        match (found.next(), found.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// `Dario Ruiz insisted … . “…,” the Valmont manager told reporters`: a definite role
    /// description stands for the one person the sentence before names, as the subject that
    /// opens it, when nothing else is known of that person's roles (no role in the article, no
    /// gazetteer entry) and its own sentence names nobody before it.
    fn sole_person_before(&self, text: &str, m: &Mention) -> Option<usize> {
        let head = m.text.split_whitespace().last()?;
        let definite = m
            .text
            .split_whitespace()
            .next()
            .is_some_and(|d| d.eq_ignore_ascii_case("the"));
        // (one person: `the manager`, not `Analysts`)
        let plural = head.ends_with('s') && !head.ends_with("ss");
        if !definite || plural || !is_role_word(head) {
            return None;
        }
        let k = self.sentences.partition_point(|&c| c <= m.span.start);
        let end = *self.sentences.get(k.checked_sub(1)?)?;
        // (the sentence before, over the blank lines between paragraphs)
        let start = self.sentences[..k - 1]
            .iter()
            .rev()
            .copied()
            .find(|&s| !text[s..end].trim().is_empty())
            .unwrap_or(0);
        let named = |from: usize, to: usize| {
            self.entities
                .iter()
                .filter(|e| e.named_in(from..to))
                .count()
        };
        // (a name earlier in its own sentence comes first: `when the AP asked Bennett …, the
        // campaign manager said`)
        if named(end, m.span.start) > 0 || named(start, end) != 1 {
            return None;
        }
        // the one named is the subject that opens the sentence before
        // (not a possessor: `However, Ivana Trump's brief said …`)
        let (i, at) = self.name_opening(text, start, end)?;
        let e = &self.entities[i];
        (e.kind == SpeakerKind::Person
            && e.roles.is_empty()
            && e.gazetteer.is_none()
            && !possessive_at(text, at))
        .then_some(i)
    }

    /// `The Journal` after `The Wall Street Journal`: the one organisation the article names in
    /// full whose name ends with these capitalised words.
    /// `key` is the name [`fold`]ed.
    fn organisation_by_tail(&self, name: &str, key: &str) -> Option<usize> {
        // a name (`The Journal`), not a common noun (`the bank` may be another one)
        if !capitalised(name) {
            return None;
        }
        let mut tail =
            self.entities.iter().enumerate().filter(|(_, e)| {
                e.kind == SpeakerKind::Organisation && ends_with_words(&e.key, key)
            });
        match (tail.next(), tail.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// The person a `he` or `she` at `at` stands for: the person named in the nearest clause
    /// before it, the first one named in it (its subject, most often), a known gender before
    /// an unknown one. Earlier pronouns resolved by [`Article::chain_pronouns`] count as
    /// mentions of their person.
    fn antecedent(&self, text: &str, gender: Gender, at: usize) -> Option<usize> {
        let clause = |a: usize| self.clauses.partition_point(|&c| c <= a);
        let sentence = |a: usize| self.sentences.partition_point(|&c| c <= a);
        // a possessor is one only where it opens the sentence that holds the pronoun (`Mr.
        // Comey's suggestion was that … what he called …`)
        let opens_pronoun_sentence = |a: usize| {
            let k = sentence(a);
            let start = k.checked_sub(1).map_or(0, |p| self.sentences[p]);
            // only connectives and titles before it: `Perhaps Mr. Comey's …`; or the sentence
            // before, when the pronoun opens its own (`Podliska's lawsuit demands … He also
            // seeks …`)
            let pronoun_opens = || {
                let s = sentence(at).checked_sub(1).map_or(0, |p| self.sentences[p]);
                text[s..at].trim().is_empty()
            };
            (k == sentence(at) || (k + 1 == sentence(at) && pronoun_opens()))
                // (`FBI Director James Comey's news conference …`: a title in capitals)
                && text[start..a].split_whitespace().all(|w| {
                    stop_cap(w) || honorific_gender(w).is_some() || is_role_word(w) || capitalised(w)
                })
        };
        // `“I don't think the wisdom” -- that Bloomberg is a liberal -- “will last,” he says`: a
        // name in the writer's aside between two parts of the quotation is not its speaker
        let between_quotes = |a: usize| {
            let k = self.quoted.partition_point(|q| q.start <= a);
            k > 0
                && sentence(a) == sentence(at)
                && sentence(self.quoted[k - 1].start) == sentence(at)
                && text[self.quoted[k - 1].end..a]
                    .trim_start_matches(['”', '"', '’', '\'', ',', ' '])
                    .starts_with(['-', '—', '–', '('])
                && self.quoted.get(k).is_some_and(|q| q.end <= at)
        };
        let usable = |a: usize| {
            !self.in_quote(a)
                && (!possessive_at(text, a) || opens_pronoun_sentence(a))
                && !between_quotes(a)
        };
        // the highest score wins, the first of equal scores: in one sentence a known gender
        // first, then a speaker of some attribution (`Kunin said`), then the nearest clause, its
        // first name. The sentence comes first in the score, so a mention in an earlier sentence
        // than the best so far is passed over before the costlier tests.
        type Score = (usize, bool, bool, usize, Reverse<usize>);
        let mut best: Option<(usize, Score)> = None;
        for (i, e) in self.entities.iter().enumerate() {
            if e.kind != SpeakerKind::Person || e.gender.is_some_and(|g| g != gender) {
                continue;
            }
            // (latest first: once a mention's sentence is before the best's, so are the rest)
            for &a in e.at_before(at).iter().rev() {
                let s = sentence(a);
                if best.is_some_and(|(_, b)| s < b.0) {
                    break;
                }
                if !usable(a) {
                    continue;
                }
                let speaker = self.speaker_at.binary_search(&a).is_ok();
                let score = (s, e.gender.is_some(), speaker, clause(a), Reverse(a));
                if best.is_none_or(|(_, b)| score > b) {
                    best = Some((i, score));
                }
            }
        }
        best.map(|(i, _)| i)
    }

    /// `The Prime Minister's spokesman said … . No request had been made, he added.`: a pronoun
    /// in the sentence after a described speaker's (or in the same one) means that speaker when
    /// the person the pronoun scan found (`found`), if any, has no known gender and was last
    /// named before the description.
    fn description_nearer(
        &self,
        text: &str,
        pronoun: &Mention,
        described: &Resolved,
        described_at: usize,
        found: Option<&Resolved>,
    ) -> bool {
        let at = pronoun.span.start;
        let sentence = |a: usize| self.sentences.partition_point(|&c| c <= a);
        let Some(gender) = pronoun_gender(&pronoun.text) else {
            return false;
        };
        let close = described_at < at && sentence(at) - sentence(described_at) <= 1;
        let fits = matches!(described.kind, SpeakerKind::Person | SpeakerKind::Unknown)
            && described.gender.is_none_or(|g| g == gender)
            && !self.in_quote(described_at)
            && !text[described_at..at].contains('\n');
        let named_since = found.is_some_and(|f| {
            self.entities
                .iter()
                .any(|e| e.name == f.name && e.named_in(described_at..at))
        });
        // (a person of known gender the scan found stays: `The Democratic frontrunner wrote …
        // She promised …` after `Hillary Clinton`)
        let weak = found.is_none_or(|f| f.gender.is_none());
        close && fits && !named_since && weak
    }

    /// A person known by a given name alone (`Bob said`, from an attribution) is mentioned
    /// wherever that name stands as a word outside quotations (`Bob met with Stevens.`), as a
    /// surname is. (A single word that is no given name may be a company: `Carrier said`.)
    fn single_name_mentions(&mut self, text: &str) {
        let b = text.as_bytes();
        let word_byte = |k: usize| b[k].is_ascii_alphanumeric() || b[k] >= 0x80;
        for k in 0..self.entities.len() {
            let e = &self.entities[k];
            if e.kind != SpeakerKind::Person
                || e.name.contains(' ')
                || first_name_gender(&e.name).is_none()
            {
                continue;
            }
            let found: Vec<usize> = memchr::memmem::find_iter(b, e.name.as_bytes())
                .filter(|&at| {
                    let end = at + e.name.len();
                    (at == 0 || !word_byte(at - 1))
                        && (end == b.len() || !word_byte(end) || text[end..].starts_with("’s"))
                        && !self.in_quote(at)
                })
                .collect();
            for at in found {
                self.entities[k].mention_once_at(at);
            }
        }
    }

    /// Pronoun chains: a sentence that opens with `He` or `She`, and a pronoun that names a
    /// speaker, speak of the person the pronoun resolves to; taken in text order, each becomes
    /// a mention of that person for the pronouns after it (`Trump spoke first. He thanked
    /// Cruz. “Q,” he said.`: Trump, not Cruz).
    fn chain_pronouns(&mut self, text: &str, attributed: &[(usize, Gender)]) {
        let mut events: Vec<(usize, Gender, bool)> =
            attributed.iter().map(|&(at, g)| (at, g, true)).collect();
        for &s in std::iter::once(&0).chain(&self.clauses) {
            let rest = &text[s..];
            let mut at = s + (rest.len() - rest.trim_start().len());
            // after a connective: `But he said`, `, and she added`
            for c in ["But ", "And ", "but ", "and ", "Yet ", "So ", "Still "] {
                if text[at..].starts_with(c) {
                    at += c.len();
                }
            }
            let g = if text[at..].starts_with("He ") || text[at..].starts_with("he ") {
                Gender::Male
            } else if text[at..].starts_with("She ") || text[at..].starts_with("she ") {
                Gender::Female
            } else {
                continue;
            };
            if !self.in_quote(at) {
                events.push((at, g, false));
            }
        }
        events.sort_unstable_by_key(|e| e.0);
        events.dedup_by_key(|e| e.0);
        for (at, g, speaker) in events {
            if let Some(i) = self.antecedent(text, g, at) {
                // `One voter, Guadalupe Ortiz, showed up early. He had …`: a sentence that
                // opens with the pronoun teaches the gender of a name that gave none
                if !speaker && self.entities[i].gender.is_none() {
                    self.entities[i].gender = Some(g);
                }
                self.entities[i].mention_at(at);
                if speaker {
                    let k = self.speaker_at.partition_point(|&a| a < at);
                    self.speaker_at.insert(k, at);
                }
            }
        }
    }

    /// `HillaryClinton`, `realDonaldTrump`, `@berniesanders`: an account's handle that spells a
    /// person's name without spaces (after an optional `real`) is that person, named in the
    /// article or in the gazetteer.
    fn by_handle(&self, handle: &str, certain: bool) -> Option<Resolved> {
        if handle.contains([' ', '.']) || handle.len() < 6 {
            return None;
        }
        let raw = handle.trim_start_matches('@');
        let raw = raw
            .strip_prefix("real")
            .or_else(|| raw.strip_prefix("Real"))
            .unwrap_or(raw);
        // what may spell the name: the handle, without a state code after it
        // (`LindseyGrahamSC`), without a title before it (`GovMikeHuckabee`, `GovernorPataki`;
        // then a surname alone will do)
        let b = raw.as_bytes();
        let mut cores = vec![(raw, false)];
        if b.len() > 6
            && b[b.len() - 2..].iter().all(u8::is_ascii_uppercase)
            && b[b.len() - 3].is_ascii_lowercase()
        {
            cores.push((&raw[..raw.len() - 2], false));
        }
        for title in ["Governor", "Gov", "Senator", "Sen", "Rep", "Mayor", "Dr"] {
            if let Some(rest) = raw.strip_prefix(title) {
                if rest.len() >= 4 && rest.starts_with(|c: char| c.is_ascii_uppercase()) {
                    cores.push((rest, true));
                }
            }
        }
        cores
            .iter()
            .find_map(|&(core, titled)| self.spelled_by(core, titled))
            .or_else(|| {
                // a handle nobody else spells: `MikeHuckabee` reads as Mike Huckabee when it
                // splits at its capitals into a given name and a word that is none (a name in
                // the text, `DelBene`, stays as written)
                if !certain {
                    return None;
                }
                let core = cores.last().map_or(raw, |c| c.0);
                let mut parts = Vec::new();
                let mut from = 0;
                for (k, c) in core.char_indices().skip(1) {
                    if c.is_uppercase() {
                        parts.push(&core[from..k]);
                        from = k;
                    }
                }
                parts.push(&core[from..]);
                let [given, surname] = parts[..] else {
                    return None;
                };
                let word = |w: &str| {
                    w.chars().count() >= 2
                        && w.starts_with(char::is_uppercase)
                        && w.chars().skip(1).all(char::is_lowercase)
                };
                let gender = first_name_gender(given)?;
                (word(given) && word(surname) && first_name_gender(surname).is_none()).then(|| {
                    Resolved {
                        name: format!("{given} {surname}"),
                        kind: SpeakerKind::Person,
                        gender: Some(gender),
                        gazetteer_id: None,
                        roles: Vec::new(),
                    }
                })
            })
    }

    /// The person whose name, folded and without spaces, is `core` in any case; with `surname`,
    /// also the one person whose surname alone it is.
    fn spelled_by(&self, core: &str, surname: bool) -> Option<Resolved> {
        let h = core.to_ascii_lowercase();
        let first = h.chars().next();
        let spelled = |name: &str| {
            // cheap turn-aways first: a name is folded only when it could spell the handle
            if name.len() <= h.len() || name.chars().next().map(|c| c.to_ascii_lowercase()) != first
            {
                return false;
            }
            let f = crate::fold(name);
            f.contains(' ')
                && f.len() == h.len() + f.matches(' ').count()
                && f.replace(' ', "") == h
        };
        let surnamed = |name: &str| {
            surname
                && name.contains(' ')
                && name
                    .split_whitespace()
                    .last()
                    .is_some_and(|l| crate::fold(l) == h)
        };
        let people = || {
            self.entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == SpeakerKind::Person)
        };
        if let Some((i, _)) = people().find(|(_, e)| spelled(&e.name)) {
            return Some(self.resolved(i));
        }
        let gaz_people = || {
            self.gaz
                .entries()
                .iter()
                .filter(|e| e.kind == SpeakerKind::Person)
        };
        if let Some(e) = gaz_people().find(|e| spelled(&e.name)) {
            return Some(self.of_entry(e));
        }
        let mut named = people().filter(|(_, e)| surnamed(&e.name));
        if let (Some((i, _)), None) = (named.next(), named.next()) {
            return Some(self.resolved(i));
        }
        let mut known = gaz_people().filter(|e| surnamed(&e.name));
        if let (Some(e), None) = (known.next(), known.next()) {
            return Some(self.of_entry(e));
        }
        None
    }

    fn resolve(&self, text: &str, m: &Mention, previous: Option<&Resolved>) -> Option<Resolved> {
        match m.kind {
            // `one senior Democrat`: a capitalised word after an indefinite article names a
            // kind of person, not a person
            MentionKind::Name
                if m.text.split_whitespace().next().is_some_and(|d| {
                    [
                        "a", "an", "one", "another", "some", "many", "several", "most", "few",
                        "other", "all", "both",
                    ]
                    .iter()
                    .any(|x| d.eq_ignore_ascii_case(x))
                }) =>
            {
                Some(Resolved {
                    name: strip_determiner(&m.text).to_string(),
                    kind: SpeakerKind::Unknown,
                    gender: None,
                    gazetteer_id: None,
                    roles: Vec::new(),
                })
            }
            MentionKind::Name => {
                let name = m
                    .name
                    .as_ref()
                    .map_or(m.text.as_str(), |r| &text[r.clone()]);
                let name = strip_possessive(name);
                // `Celebrating Clinton “…”`: a gerund opening the sentence is no given name
                let name = match name.split_once(' ') {
                    Some((w, rest))
                        if gerund_opening(w)
                            && first_name_gender(w).is_none()
                            && sentence_initial(text, m.span.start) =>
                    {
                        rest.trim_start()
                    }
                    _ => name,
                };
                // (a description before a given name: only names of three words or more)
                let words: Vec<&str> = if name.split_whitespace().nth(2).is_some() {
                    name.split_whitespace().collect()
                } else {
                    Vec::new()
                };
                let skip = given_name_offset(&words);
                let name = if skip > 0 {
                    // (the word's offset in `name`: it is a slice of it)
                    &name[words[skip].as_ptr() as usize - name.as_ptr() as usize..]
                } else {
                    name
                };
                let honorific = m.text.split_whitespace().next().and_then(honorific_gender);
                let key = fold(name);
                if let Some(i) = self.by_key(&key, honorific) {
                    return Some(self.resolved(i));
                }
                if let Some(e) = self.gaz.by_folded_name(&key).or_else(|| {
                    (!name.contains(' '))
                        .then(|| self.gaz.by_folded_surname(&key))
                        .flatten()
                }) {
                    return Some(self.of_entry(e));
                }
                // a post's `author="…"` or an `@` before is an account's handle for certain
                let before = &text[..m.span.start];
                let handle = before.ends_with("author=\"")
                    || before.ends_with('@')
                    || m.text.starts_with('@');
                if let Some(r) = self.by_handle(name, handle) {
                    return Some(r);
                }
                if let Some(i) = self.organisation_by_tail(name, &key) {
                    return Some(self.resolved(i));
                }
                Some(Resolved {
                    name: name.to_string(),
                    kind: common_word_kind(text, name).unwrap_or(SpeakerKind::Person),
                    gender: None,
                    gazetteer_id: None,
                    roles: Vec::new(),
                })
            }
            MentionKind::Organisation => {
                let bare = strip_determiner(&m.text);
                let key = fold(bare);
                if let Some(e) = self
                    .gaz
                    .by_name(&m.text)
                    .or_else(|| self.gaz.by_folded_name(&key))
                {
                    return Some(self.of_entry(e));
                }
                if let Some(i) = self.by_key(&key, None) {
                    return Some(self.resolved(i));
                }
                if let Some(i) = self.organisation_by_tail(bare, &key) {
                    return Some(self.resolved(i));
                }
                if let Some(i) = self.company_opening_sentence(text, m) {
                    let mut r = self.resolved(i);
                    r.kind = SpeakerKind::Organisation;
                    return Some(r);
                }
                Some(Resolved {
                    name: bare.to_string(),
                    kind: SpeakerKind::Organisation,
                    gender: None,
                    gazetteer_id: None,
                    roles: Vec::new(),
                })
            }
            MentionKind::Pronoun => {
                // `the groups say … They argue that …`: the group that spoke last
                if m.text.eq_ignore_ascii_case("they") {
                    return previous.filter(|p| p.kind == SpeakerKind::Group).cloned();
                }
                let gender = pronoun_gender(&m.text)?;
                match self.antecedent(text, gender, m.span.start) {
                    Some(i) => Some(self.resolved(i)),
                    None => previous
                        .filter(|p| {
                            p.kind == SpeakerKind::Person && p.gender.is_none_or(|g| g == gender)
                        })
                        .cloned(),
                }
            }
            MentionKind::Description => {
                let desc = description_key(&m.text);
                // `a top aide`, `one official`: an indefinite description brings in someone
                // new, never a holder named before
                let indefinite = m.text.split_whitespace().next().is_some_and(|d| {
                    ["a", "an", "one", "another"]
                        .iter()
                        .any(|x| d.eq_ignore_ascii_case(x))
                });
                // a holder in the article: every word of the description is in one of its roles
                // (after a possessive: `its chief executive`, `the company's chief executive`)
                let raw: Vec<&str> = strip_determiner(&m.text).split_whitespace().collect();
                let owned = raw.iter().rposition(|w| {
                    ["its", "their", "his", "her", "our"].contains(&w.to_lowercase().as_str())
                        || w.ends_with("'s")
                        || w.ends_with("’s")
                });
                let words: Vec<&str> = desc
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .skip(owned.map_or(0, |k| k + 1))
                    .collect();
                let holders = || {
                    self.entities
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| e.kind == SpeakerKind::Person)
                        .filter(|(_, e)| {
                            e.roles.iter().any(|r| {
                                let rk = description_key(r);
                                let rw: Vec<&str> = rk.split(' ').collect();
                                words.last().is_some_and(|h| rw.last() == Some(h))
                                    && words.iter().all(|w| rw.contains(w) || is_place_word(w))
                            })
                        })
                };
                let holder = holders()
                    .filter_map(|(i, e)| e.at_before(m.span.start).last().map(|&a| (i, a)))
                    .max_by_key(|&(_, a)| a);
                if let Some((i, _)) = holder.filter(|_| !indefinite) {
                    return Some(self.resolved(i));
                }
                // `… with its chief executive warning that … / Colin Aspinall, who took over as
                // chief executive in March, told analysts …`: a possessed role the article names
                // only after it, close by, when one person holds it
                if owned.is_some() && !indefinite {
                    let mut after = holders().filter(|(_, e)| {
                        e.first_at()
                            .is_some_and(|a| a > m.span.end && a - m.span.end < CATAPHORA_REACH)
                    });
                    if let (Some((i, _)), None) = (after.next(), after.next()) {
                        return Some(self.resolved(i));
                    }
                }
                if let Some(i) = self.relative_by_surname(text, &raw, m.span.start) {
                    return Some(self.resolved(i));
                }
                if !indefinite {
                    if let Some(i) = self.sole_person_before(text, m) {
                        return Some(self.resolved(i));
                    }
                }
                // an undated article: a holder of the role at any time whom the article names
                // (`the vice president` in a story about Joe Biden), never today's holder, who
                // may not be the one the story means
                if indefinite {
                    // (falls through to the description itself)
                } else if self.date.is_none() {
                    let lower = m.text.to_lowercase();
                    let named = self.entities.iter().enumerate().filter(|(_, e)| {
                        e.gazetteer.is_some_and(|g| {
                            g.roles.iter().any(|r| r.title == desc || r.title == lower)
                        })
                    });
                    let mut named = named.map(|(i, _)| i);
                    if let (Some(i), None) = (named.next(), named.next()) {
                        return Some(self.resolved(i));
                    }
                } else if let Some(e) = self
                    .gaz
                    .by_role(&desc, self.date)
                    .or_else(|| self.gaz.by_role(&m.text.to_lowercase(), self.date))
                {
                    return Some(self.of_entry(e));
                }
                let bare = strip_determiner(&m.text);
                let plural = bare.ends_with('s') && !bare.ends_with("ss");
                Some(Resolved {
                    name: bare.to_string(),
                    kind: if plural {
                        SpeakerKind::Group
                    } else {
                        SpeakerKind::Unknown
                    },
                    gender: None,
                    gazetteer_id: None,
                    roles: Vec::new(),
                })
            }
        }
    }
}

fn strip_determiner(s: &str) -> &str {
    for d in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(d) {
            return rest;
        }
    }
    s
}

/// Words of a role that tie it to a place rather than a job: `russia`, `belarusian`.
fn is_place_word(w: &str) -> bool {
    w.chars().count() > 3
        && (w.ends_with("ian")
            || w.ends_with("an")
            || w.ends_with("ese")
            || w.ends_with("ish")
            || w.ends_with("ia")
            || w.ends_with("us")
            || w.ends_with("ny"))
}

/// A description lowercased, determiners and possessive endings removed:
/// `Russia’s foreign minister` → `russia foreign minister`.
fn description_key(s: &str) -> String {
    strip_determiner(s)
        .split_whitespace()
        .map(|w| strip_possessive(w).to_lowercase())
        .filter(|w| {
            !matches!(
                w.as_str(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their"
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Resolves the speaker of each quotation in `parsed` (same order); `None` where the text
/// does not say who it is with enough evidence.
pub fn resolve_article(
    gaz: &Gazetteer,
    text: &str,
    date: Option<&str>,
    parsed: &Parsed,
) -> Vec<Option<Resolved>> {
    let mut quoted: Vec<Range<usize>> = parsed
        .quotes
        .iter()
        .filter(|q| q.kind != verbatim_parser::Kind::Indirect)
        .map(|q| q.span.clone())
        // names inside a title in marks (`Sirius XM's “Breitbart News Daily”`) are nobody a
        // pronoun can mean either
        .chain(parsed.titles.iter().cloned())
        .collect();
    quoted.sort_by_key(|q| q.start);
    let clauses = clause_starts(text);
    let mut article = Article {
        gaz,
        date,
        entities: Vec::new(),
        quoted,
        sentences: clauses
            .iter()
            .copied()
            .filter(|&c| c > 0 && matches!(text.as_bytes()[c - 1], b'.' | b'?' | b'!' | b'\n'))
            .collect(),
        clauses,
        speaker_at: Vec::new(),
    };
    article.scan(text);
    // names given in attributions are people the article introduces too, and the speakers a
    // later pronoun most likely means
    for q in &parsed.quotes {
        if let Some(a) = &q.attribution {
            if a.mention.kind == MentionKind::Name {
                if let Some(r) = &a.mention.name {
                    let name = strip_possessive(&text[r.clone()]);
                    // `Bob said`: a single name is a person too, unless it is a known one's part
                    let key = fold(name);
                    let found = article.by_key(&key, None);
                    if let Some(i) = found {
                        // every attributed mention counts for a later pronoun, also where the
                        // name scan did not see one (`Bob said`, a single name)
                        article.entities[i].mention_once_at(r.start);
                    }
                    let known = found.is_some()
                        || article.organisation_by_tail(name, &key).is_some()
                        || (!name.contains(' ')
                            && (a.cue.is_none() || article.gaz.by_folded_surname(&key).is_some()));
                    if !known && common_word_kind(text, name).is_none() {
                        let role = text[a.mention.span.start..r.start].trim();
                        article.add_name(name, strip_determiner(role), r.start);
                    }
                    article.speaker_at.push(r.start);
                }
            }
        }
    }
    article.speaker_at.sort_unstable();
    article.speaker_at.dedup();
    article.single_name_mentions(text);
    let attributed: Vec<(usize, Gender)> = parsed
        .quotes
        .iter()
        .filter_map(|q| q.attribution.as_ref())
        .filter(|a| a.mention.kind == MentionKind::Pronoun)
        .filter_map(|a| Some((a.mention.span.start, pronoun_gender(&a.mention.text)?)))
        .collect();
    article.chain_pronouns(text, &attributed);
    let mut out: Vec<Option<Resolved>> = Vec::with_capacity(parsed.quotes.len());
    // the last quotation resolved (its place in `out`: the speaker is not copied per quotation)
    let mut previous: Option<usize> = None;
    // where the previous speaker was mentioned, when a description named them (`The Prime
    // Minister's spokesman said …`): no name the pronoun scan could find stands there
    let mut described_at: Option<usize> = None;
    for q in &parsed.quotes {
        let Some(a) = q.attribution.as_ref() else {
            out.push(None);
            continue;
        };
        let p = previous.and_then(|k| out[k].as_ref());
        let mut r = article.resolve(text, &a.mention, p);
        if a.mention.kind == MentionKind::Pronoun {
            if let (Some(p), Some(d)) = (p, described_at) {
                if article.description_nearer(text, &a.mention, p, d, r.as_ref()) {
                    r = Some(p.clone());
                }
            }
        }
        if r.is_some() {
            previous = Some(out.len());
            described_at =
                (a.mention.kind == MentionKind::Description).then_some(a.mention.span.start);
        }
        out.push(r);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speakers(text: &str, date: Option<&str>) -> Vec<Option<String>> {
        let gaz = Gazetteer::builtin();
        let parsed = verbatim_parser::parse(text);
        resolve_article(&gaz, text, date, &parsed)
            .into_iter()
            .map(|r| r.map(|r| r.name))
            .collect()
    }

    #[test]
    fn an_entity_keeps_its_mentions_in_text_order_and_one_copy_of_each_role() {
        let mut e = Entity {
            name: "Ada Brook".into(),
            key: "ada brook".into(),
            kind: SpeakerKind::Person,
            gender: None,
            gazetteer: None,
            roles: Vec::new(),
            at: vec![40],
        };
        for a in [90, 10, 60, 10] {
            e.mention_at(a);
        }
        e.mention_once_at(60);
        e.mention_once_at(70);
        assert_eq!(e.at, [10, 10, 40, 60, 70, 90]);
        assert_eq!(e.first_at(), Some(10));
        assert_eq!(e.at_before(60), [10, 10, 40]);
        assert!(e.named_in(41..61) && !e.named_in(41..60) && !e.named_in(91..200));
        assert_eq!(e.at_in(10..61), [10, 10, 40, 60]);
        let (late, early) = (70, 40);
        assert!(e.at_in(late..early).is_empty());
        for r in ["mayor", "ms.", "mayor"] {
            e.add_role(r.into());
        }
        assert_eq!(e.roles, ["mayor", "ms."]);
    }

    #[test]
    fn pronouns_far_into_a_long_line_find_the_nearest_person() {
        // thousands of mentions on one line: each pronoun still means the one named last
        let unit =
            "Mr. Ray Lee arrived. “We won,” he said. Ms. Ann Poe left. “They lost,” she said. ";
        let t = unit.repeat(300);
        let names = speakers(&t, None);
        assert_eq!(names.len(), 600);
        for pair in names.chunks(2) {
            assert_eq!(pair[0].as_deref(), Some("Ray Lee"));
            assert_eq!(pair[1].as_deref(), Some("Ann Poe"));
        }
    }

    #[test]
    fn surname_resolves_to_the_full_name_in_the_article() {
        let t = "Harbour master Jonas Ekberg inspected the pier.\n\n“It will hold,” Ekberg said.";
        assert_eq!(speakers(t, None), [Some("Jonas Ekberg".into())]);
    }

    #[test]
    fn an_undated_role_goes_to_a_holder_the_article_names_never_to_todays() {
        // no date, no holder named: the description stays, not today's vice president
        let t = "The vice president said the bridge would be rebuilt by spring.";
        assert_eq!(speakers(t, None), [Some("vice president".into())]);
        // a past holder the article names is the one it means
        let t = "Joe Biden toured the harbour on Monday.\n\n\
                 The vice president said the bridge would be rebuilt by spring.";
        assert_eq!(speakers(t, None), [Some("Joe Biden".into())]);
        // with a date, the holder on that date
        let t = "The vice president said the bridge would be rebuilt by spring.";
        assert_eq!(speakers(t, Some("2018-05-01")), [Some("Mike Pence".into())]);
    }

    #[test]
    fn a_handle_that_spells_a_name_is_that_person() {
        let t = "Ada Brook spoke on Monday.\n\n\
                 <tweet author=\"AdaBrook\" tweet_id=\"1\">The ferry will run on Friday.</tweet>\n\n\
                 <tweet author=\"realDonaldTrump\" tweet_id=\"2\">Great crowd tonight!</tweet>\n\n\
                 <tweet author=\"portnews\" tweet_id=\"3\">Ferries resume at noon.</tweet>";
        assert_eq!(
            speakers(t, None),
            [
                Some("Ada Brook".into()),
                Some("Donald Trump".into()),
                Some("portnews".into())
            ]
        );
    }

    #[test]
    fn a_state_before_a_name_is_no_part_of_it() {
        let t = "Protesters gathered outside the Wisconsin Brill rally.\n\n\
                 “We will win here,” Brill said.";
        assert_eq!(speakers(t, None), [Some("Brill".into())]);
    }

    #[test]
    fn a_party_before_a_name_is_no_part_of_it() {
        let t = "Democrat Ada Brill won the harbour seat.\n\n“We did it,” Brill said.";
        assert_eq!(speakers(t, None), [Some("Ada Brill".into())]);
    }

    #[test]
    fn pronoun_takes_the_most_recent_person_of_its_gender() {
        let t = "Ms. Ada Brill met Tom Rusk on Monday.\n\n“We agreed on nothing,” she said.";
        assert_eq!(speakers(t, None), [Some("Ada Brill".into())]);
    }

    #[test]
    fn a_possessive_pronoun_before_a_noun_for_words_is_its_owner() {
        let t = "Ms. Ada Brill met Tom Rusk on Monday. Talks stalled after her call for \
                 “a freeze on fares” and his pledge of “faster buses.”";
        assert_eq!(
            speakers(t, None),
            [Some("Ada Brill".into()), Some("Tom Rusk".into())]
        );
    }

    #[test]
    fn a_sentence_opening_pronoun_teaches_an_unknown_name_its_gender() {
        // `Xochitl` gives no gender; `He had …` does, so `Tom Rusk`, a man named later in
        // that sentence, does not take the `he` of the quotation
        let t = "One voter, Xochitl Amaru, came early.\n\nHe had met Tom Rusk at a rally and \
                 talked with other voters.\n\n“I liked every reason they gave,” he said.";
        assert_eq!(speakers(t, None), [Some("Xochitl Amaru".into())]);
    }

    #[test]
    fn a_gerund_opening_a_headline_is_no_first_name() {
        let t = "Debating Brill’s record\n\nThe campaign of Ada Brill is calm. Brill met donors \
                 on Monday.\n\n“We know the job,” she said.";
        assert_eq!(speakers(t, None), [Some("Ada Brill".into())]);
    }

    #[test]
    fn a_surname_inside_a_longer_name_is_not_the_first_person_of_that_surname() {
        // `Brill` in `Ada Jane Brill` is no mention of Tom Brill for the `he` after it
        let t = "Tom Brill ran the fund in 1993. Paul Rusk studied it. Plans from the \
                 front-runner, Ada Jane Brill, are small. “They are just tinkering,” he said.";
        assert_eq!(speakers(t, None), [Some("Paul Rusk".into())]);
    }

    #[test]
    fn a_possessor_opening_the_sentence_before_a_pronoun_sentence_is_its_antecedent() {
        // `He` opens the sentence after `Rusk’s lawsuit …`: Tom Rusk, not Ivo Brandt
        let t = "Ivo Brandt runs the harbour office. Tom Rusk worked there for a decade.\n\n\
                 Brandt said the claims were false. Rusk’s lawsuit demands his old job back. \
                 He also seeks “a public apology from the board.”";
        assert_eq!(
            speakers(t, None).last().cloned().flatten(),
            Some("Tom Rusk".into())
        );
    }

    #[test]
    fn a_name_in_an_aside_between_two_parts_of_a_quotation_is_not_its_speaker() {
        let t = "Tom Brill's adviser, Ian Rusk, says his man has the money. “I don't think \
                 the old view” -- that Brill is a city liberal -- “is going to last,” he says.";
        assert_eq!(
            speakers(t, None).last().cloned().flatten(),
            Some("Ian Rusk".into())
        );
    }

    #[test]
    fn two_names_joined_by_a_hyphen_are_a_law_not_a_person() {
        // `Super Dodd-Frank` names a bill: the `she` is Ada Brill's; `Ms. Shanklin-Hawkins` is
        // a person
        let t = "Ada Brill spoke on Monday. Her rival backs a Super Dodd-Frank bill.\n\n\
                 The problem with Super Dodd-Frank, she said, is that “it fixes nothing.”\n\n\
                 “We work with our hands,” said Ms. Shanklin-Hawkins.";
        let got = speakers(t, None);
        assert_eq!(got.first().cloned().flatten(), Some("Ada Brill".into()));
        assert_eq!(
            got.last().cloned().flatten(),
            Some("Shanklin-Hawkins".into())
        );
    }

    #[test]
    fn a_possessive_after_a_comma_does_not_hide_the_name_before_it() {
        let t = "Ivo Brandt opened the shop. Karel Smit, Brandt’s old partner, was there. \
                 “We built this together,” he said.";
        assert_eq!(speakers(t, None), [Some("Karel Smit".into())]);
    }

    #[test]
    fn a_quantified_group_is_not_the_group_named_earlier() {
        // `Valley Republicans` is no person whose surname is `Republicans`
        let t =
            "Valley Republicans met on Monday.\n\nSome Republicans said the count was “rigged.”";
        // the reported clause and the fragment in it
        assert_eq!(
            speakers(t, None),
            [
                Some("Some Republicans".into()),
                Some("Some Republicans".into())
            ]
        );
    }

    #[test]
    fn a_prominent_surname_alone_is_a_person_for_pronouns() {
        // the gazetteer knows one Obama: the article needs no full name for him
        let t = "Ivo Brandt wrote a letter on Monday.\n\nObama addressed the concerns on Thursday.\n\n\
                 “We take it seriously,” he added.";
        assert_eq!(speakers(t, None), [Some("Barack Obama".into())]);
    }

    #[test]
    fn a_title_before_a_family_name_written_first() {
        let t = "Dong Xiaolin runs an agency in Beijing.\n\n“The rules are strict,” Ms. Dong said.";
        assert_eq!(speakers(t, None), [Some("Dong Xiaolin".into())]);
    }

    #[test]
    fn an_indefinite_description_is_someone_new() {
        // `a spokesman` is not the spokesman named before
        let t = "Spokesman Jon Ek opened the pier.\n\n“It will hold,” a spokesman said.";
        assert_eq!(speakers(t, Some("2016-05-01")), [Some("spokesman".into())]);
    }

    #[test]
    fn a_short_form_of_an_outlet_is_the_outlet() {
        let t = "The Valley Evening Gazette reported the vote first.\n\n\
                 The Gazette said the count was “a farce.”";
        let s = speakers(t, None);
        assert!(
            s.iter()
                .all(|x| x.as_deref() == Some("Valley Evening Gazette")),
            "{s:?}"
        );
    }

    #[test]
    fn a_possessor_after_a_capitalised_title_opens_the_sentence() {
        let t = "Tom Okafor wrote about it first.\n\n\
                 Harbour Board Chair Jon Ek's news conference on Tuesday, in which he set out the \
                 costs but then announced that the pier was beyond repair, was the last.";
        let s = speakers(t, None);
        assert_eq!(
            s.first().cloned().flatten().as_deref(),
            Some("Jon Ek"),
            "{s:?}"
        );
    }

    #[test]
    fn a_month_is_no_prominent_surname() {
        // the gazetteer's Theresa May is not meant by `in May`
        let t = "Ida Brandt closed the pier.\n\nThe ferry stopped in May.\n\n“We will reopen,” she said.";
        assert_eq!(speakers(t, None), [Some("Ida Brandt".into())]);
    }

    #[test]
    fn a_possessor_opening_the_pronouns_sentence_is_its_antecedent() {
        let t = "Karel Smit spoke first. Then Ivo Brandt spoke.\n\n\
                 Perhaps Mr. Smit's strangest claim was that the pier was what he called “a ruin.”";
        assert_eq!(speakers(t, None), [Some("Karel Smit".into())]);
    }

    #[test]
    fn two_men_in_one_paragraph_the_nearer_one_wins() {
        let t = "Mr. Paul Dent spoke first, and Mr. Omar Vail answered him.\n\n“That is false,” he said.";
        assert_eq!(speakers(t, None), [Some("Omar Vail".into())]);
    }

    #[test]
    fn pronoun_takes_the_subject_after_a_fronted_clause() {
        // the name in the clause before the subject is no nearer for being named first
        let t = "Ms. Ruth Kell and Ms. Dora Finch met.\n\nAfter Kell spoke, Finch paused. “Not yet,” she said.";
        assert_eq!(speakers(t, None), [Some("Dora Finch".into())]);
        let t = "Ms. Ruth Kell and Ms. Dora Finch met.\n\nAsked by Kell about the plan, Finch paused. “Not yet,” she said.";
        assert_eq!(speakers(t, None), [Some("Dora Finch".into())]);
        // a sentence that opens with its subject keeps it
        let t = "Ms. Ruth Kell and Ms. Dora Finch met.\n\nKell spoke to Finch, and left. “Not yet,” she said.";
        assert_eq!(speakers(t, None), [Some("Ruth Kell".into())]);
    }

    #[test]
    fn pronoun_takes_the_subject_of_the_nearest_sentence_not_its_object() {
        let t = "Mr. Paul Dent thanked Mr. Omar Vail for the loan.\n\n“We will build it,” he said.";
        assert_eq!(speakers(t, None), [Some("Paul Dent".into())]);
        // a sentence with nobody in it is passed over
        let t = "Mr. Paul Dent met Mr. Omar Vail. The talks lasted hours.\n\n“No,” he said.";
        assert_eq!(speakers(t, None), [Some("Paul Dent".into())]);
    }

    #[test]
    fn a_shared_surname_goes_to_the_one_named_first_or_the_honorific() {
        let t = "Mayor Tom Kessler spoke first. His daughter, Anna Kessler, followed.\n\n\
                 “We are ready,” Kessler said. “So am I,” Ms. Kessler said.";
        assert_eq!(
            speakers(t, None),
            [Some("Tom Kessler".into()), Some("Anna Kessler".into())]
        );
        // the bare surname counts as a mention for a later pronoun
        let t = "Tom Kessler and Anna Kessler ran the port.\n\n\
                 Kessler blamed the storm for the harbour damage near Grey Point.\n\n\
                 “It was the worst in years,” he said.";
        assert_eq!(speakers(t, None), [Some("Tom Kessler".into())]);
    }

    #[test]
    fn in_one_sentence_a_person_of_the_right_gender_beats_an_unknown_name() {
        // `Tarn Ekon`, in the nearer clause, has no known gender; Mary Stone is a woman
        let t = "Mary Stone closed the pier on Monday, and Tarn Ekon moved the boats.\n\n\
                 “We will reopen,” she said.";
        assert_eq!(speakers(t, None), [Some("Mary Stone".into())]);
    }

    #[test]
    fn a_title_case_headline_is_not_a_run_of_names() {
        let t = "Tarn Ekon spoke for an hour.\n\nCrew Leader Backs Ferry Plan On Skye\n\n\
                 “It went well,” he said.";
        assert_eq!(speakers(t, None), [Some("Tarn Ekon".into())]);
        // a run of names stops at words that never stand inside one
        let t = "Tarn Ekon On Sunday Night met the crew.\n\n“It went well,” he said.";
        assert_eq!(speakers(t, None), [Some("Tarn Ekon".into())]);
        let text =
            "Ferry Plan Is Back On The Table\nThe plan is back.\nBack To Skye, On Time Again";
        let mut lines = TitleCaseLines::new(text);
        let title: Vec<bool> = [0, 6, 31, 32, 40, 49, 50, 60].map(|at| lines.at(at)).into();
        assert_eq!(title, [true, true, true, false, false, false, true, true]);
        assert_eq!(lines.line, 50..text.len());
    }

    #[test]
    fn word_tests_answer_as_the_lexicon_does_however_often_asked() {
        let ws = words("Senator Tarn Ekon said However the Minister");
        let mut tests = WordTests::new(ws.len());
        for _ in 0..2 {
            for k in [2, 0, 4, 3, 1, 6, 5] {
                assert_eq!(tests.role(&ws, k), is_role_word(ws[k].1), "{}", ws[k].1);
                assert_eq!(tests.stop_cap(&ws, k), stop_cap(ws[k].1), "{}", ws[k].1);
            }
        }
        assert!(tests.role(&ws, 0) && tests.role(&ws, 6) && !tests.role(&ws, 1));
        assert!(tests.stop_cap(&ws, 4) && !tests.stop_cap(&ws, 2));
    }

    #[test]
    fn the_tail_of_an_organisation_name_is_no_person() {
        let t = "Tarn Ekon wrote to the Office of Harbour Management.\n\n“It went well,” he said.";
        assert_eq!(speakers(t, None), [Some("Tarn Ekon".into())]);
        // a role before `of` is no organisation: `Secretary of State John Kerry`
        let t = "Secretary of State Tarn Ekon spoke.\n\n“It went well,” he said.";
        assert_eq!(speakers(t, None), [Some("Tarn Ekon".into())]);
    }

    #[test]
    fn a_pronoun_opening_a_sentence_carries_its_person_to_the_next_pronoun() {
        // `He` is Tom Rusk; Paul Ekberg, named after it, is not the one the next `he` means
        let t = "Tom Rusk spoke for an hour at the harbour hall.\n\n\
                 He thanked Paul Ekberg for the new crane.\n\n\
                 “We waited ten years for it,” he said.";
        assert_eq!(speakers(t, None), [Some("Tom Rusk".into())]);
    }

    #[test]
    fn a_speaker_known_by_a_given_name_is_mentioned_wherever_it_stands() {
        // `Oscar` is named alone; the sentence he opens is about him, not about Paul Ekberg
        let t = "“The crane is old,” Oscar said.\n\n\
                 Oscar met with Paul Ekberg on Monday, when the board inspected the pier.\n\n\
                 “We did try to warn them,” he said.";
        assert_eq!(speakers(t, None).last(), Some(&Some("Oscar".into())));
    }

    #[test]
    fn a_pronoun_prefers_the_speaker_of_the_sentence_before() {
        // both men are named in one clause; Tom Rusk is the one who spoke
        let t = "The row between John Ekberg and the board will take time to settle, \
                 Tom Rusk said on Monday.\n\n“It is not over,” he said.";
        assert_eq!(
            speakers(t, None),
            [Some("Tom Rusk".into()), Some("Tom Rusk".into())]
        );
        // a speaker named once, by a single name, is someone a pronoun can mean
        let t = "Jonas Ekberg waited outside. Bob said the call lasted two minutes.\n\n\
                 “I cut it short,” he said.";
        let got = speakers(t, None);
        assert_eq!(got.last(), Some(&Some("Bob".into())));
    }

    #[test]
    fn a_common_word_opening_a_sentence_is_not_a_first_name() {
        let t = "Tarn Ekon ran the yard.\n\nOutside Marlow, the workers waited outside the gate.\n\n\
                 “It went well,” he said.";
        assert_eq!(speakers(t, None), [Some("Tarn Ekon".into())]);
    }

    #[test]
    fn a_middle_initial_stays_inside_the_name() {
        let t = "Harbour board member Ernest D. Coursey spoke first.\n\n“It went well,” he said.";
        assert_eq!(speakers(t, None), [Some("Ernest D. Coursey".into())]);
    }

    #[test]
    fn a_heading_in_capitals_is_not_a_name() {
        let t = "Tarn Ekon ran the yard.\n\nFULL STATEMENT\n\n“It went well,” he said.";
        assert_eq!(speakers(t, None), [Some("Tarn Ekon".into())]);
    }

    #[test]
    fn every_attributed_mention_of_a_single_name_counts_for_pronouns() {
        let t = "Bob said the call was short.\n\nTom Rusk left the base that night.\n\n\
                 Bob said he returned weeks later.\n\n“I remember every second,” he said.";
        let got = speakers(t, None);
        assert_eq!(got.last(), Some(&Some("Bob".into())));
    }

    #[test]
    fn a_place_is_not_a_person_a_pronoun_can_mean() {
        // gender unknown for both: only the place rule keeps the arena out
        let t = "At Quicken Loans Arena, Tarn Ekon spoke for an hour.\n\n“It went well,” he said.";
        assert_eq!(speakers(t, None), [Some("Tarn Ekon".into())]);
        // nor is a name that opens like a place's
        let t = "Tarn Ekon flew home, and West Lorca cheered.\n\n“It went well,” he said.";
        assert_eq!(speakers(t, None), [Some("Tarn Ekon".into())]);
        // `Although` does not start a name
        let t =
            "Tarn Ekon waited. Although Quill stayed home, the vote passed.\n\n“Fine,” he said.";
        assert_eq!(speakers(t, None), [Some("Tarn Ekon".into())]);
    }

    #[test]
    fn clauses_start_after_stops_not_after_titles_or_initials() {
        let t = "Mr. Obama met Harry B. Harris. He left; she stayed, and they ate.";
        let starts: Vec<&str> = clause_starts(t).iter().map(|&i| &t[i..]).collect();
        assert_eq!(
            starts,
            [
                " He left; she stayed, and they ate.",
                " she stayed, and they ate.",
                " and they ate."
            ]
        );
        // every kind of break, in text order
        let t = "Why? It rained.\nSo, but then! Yes";
        let starts: Vec<&str> = clause_starts(t).iter().map(|&i| &t[i..]).collect();
        assert_eq!(
            starts,
            [
                " It rained.\nSo, but then! Yes",
                "\nSo, but then! Yes",
                "So, but then! Yes",
                " but then! Yes",
                " Yes"
            ]
        );
    }

    #[test]
    fn honorific_and_surname_alone_is_a_person_for_pronouns() {
        let t = "Ms. Gedrich runs a bakery near the river.\n\n“We are not done yet,” she said.";
        assert_eq!(speakers(t, None), [Some("Gedrich".into())]);
    }

    #[test]
    fn pronoun_before_any_name_stays_unknown() {
        assert_eq!(speakers("“We will see,” he said.", None), [None]);
    }

    #[test]
    fn role_resolves_to_its_holder_in_the_article() {
        let t = "Port director Lina Vos opened the terminal.\n\n“Traffic will double,” the port director said.";
        assert_eq!(speakers(t, None), [Some("Lina Vos".into())]);
    }

    #[test]
    fn role_whose_holder_changed_uses_the_article_date() {
        let t = "“The vote was neither free nor fair,” the German chancellor said.";
        assert_eq!(
            speakers(t, Some("2020-08-19")),
            [Some("Angela Merkel".into())]
        );
        assert_eq!(
            speakers(t, Some("2023-02-01")),
            [Some("Olaf Scholz".into())]
        );
    }

    #[test]
    fn organisations_keep_their_canonical_name() {
        let t = "“No decision has been made,” the Kremlin said. “We object,” the EU said.";
        assert_eq!(
            speakers(t, None),
            [Some("Kremlin".into()), Some("European Union".into())]
        );
    }

    #[test]
    fn a_handle_with_a_title_or_a_state_code_spells_its_owner() {
        let post = |author: &str| {
            format!(
                "<tweet author=\"{author}\" tweet_id=\"1\">The ferry will run on Friday.</tweet>"
            )
        };
        let t = format!(
            "Gov. Ada Brook and Sen. Tom Ekberg spoke on Monday.\n\n{}\n\n{}\n\n{}\n\n{}",
            post("GovAdaBrook"),
            post("TomEkbergWA"),
            post("SenEkberg"),
            post("MikeHollander")
        );
        assert_eq!(
            speakers(&t, None),
            [
                Some("Ada Brook".into()),
                Some("Tom Ekberg".into()),
                Some("Tom Ekberg".into()),
                // nobody in the article: split at its capitals, a given name first
                Some("Mike Hollander".into()),
            ]
        );
        // a name in the text with an inner capital stays as written
        let t = "“We will win,” said DelBene.";
        assert_eq!(speakers(t, None), [Some("DelBene".into())]);
    }

    #[test]
    fn a_given_name_after_named_is_a_person_a_pronoun_can_mean() {
        let t = "The woman identified herself as a retired ferry pilot named Caroline.\n\n\
                 “He truly cares about the crews,” she said of the mayor.";
        assert_eq!(speakers(t, None), [Some("Caroline".into())]);
    }

    #[test]
    fn a_relatives_given_name_in_apposition_is_a_person_a_pronoun_can_mean() {
        let t = "Harbor master Tom Eke works nights. His wife, Anna, runs the ferry office.\n\n\
                 “He never sleeps,” she says.";
        assert_eq!(speakers(t, None), [Some("Anna".into())]);
        // (a word that is no given name stays out: `his son, Junior,`)
        let t = "Harbor master Tom Eke works nights. His son, Junior, runs the ferry office.\n\n\
                 “He never sleeps,” she says.";
        assert_eq!(speakers(t, None), [None]);
    }

    #[test]
    fn a_relative_is_the_other_person_with_the_owners_surname() {
        let t = "The new owners, Tom and Maria Castell, took over in May.\n\n\
                 “We kept the old menu,” Tom Castell said. His wife said they would open a \
                 second café next year.";
        assert_eq!(
            speakers(t, None),
            [Some("Tom Castell".into()), Some("Maria Castell".into())]
        );
        // (two women with that surname: no telling which one)
        let t = "Tom Castell took over in May with his sister, Ana Castell, and Maria Castell.\n\n\
                 “We kept the old menu,” Tom Castell said. His wife said they would open a \
                 second café next year.";
        assert_eq!(
            speakers(t, None),
            [Some("Tom Castell".into()), Some("His wife".into())]
        );
    }

    #[test]
    fn a_relatives_noun_gives_the_gender_of_a_name_no_list_knows() {
        let t = "Agnes Eke works nights. Her nephew, Rhys, runs the ferry office.\n\n\
                 “She never sleeps,” he says.";
        assert_eq!(speakers(t, None), [Some("Rhys".into())]);
    }

    #[test]
    fn a_relative_known_by_a_given_name_takes_the_full_name_given_later() {
        let t = "Olaf Berg opened the mill in 1970 with his wife, Ingrid, who kept the books.\n\n\
                 Ingrid Berg, 79, smiled at that. “He never kept a receipt,” she said.\n\n\
                 “Not one,” Ingrid said.";
        assert_eq!(
            speakers(t, None),
            [Some("Ingrid Berg".into()), Some("Ingrid Berg".into())]
        );
        // a given name alone goes to the one person named by it, not to a surname's holder
        let t = "Ingrid Berg and Tom Lund ran the mill.\n\n“Not one,” Ingrid said.";
        assert_eq!(speakers(t, None), [Some("Ingrid Berg".into())]);
    }

    #[test]
    fn a_pronoun_after_a_described_speaker_is_that_speaker_not_a_name_of_no_gender() {
        let t = "Harbor Power Grid said 900 homes were cut off.\n\n\
                 The mayor's spokesman said crews were out. No help had been asked for, he added.";
        assert_eq!(
            speakers(t, None),
            [
                Some("Harbor Power Grid".into()),
                Some("spokesman".into()),
                Some("spokesman".into())
            ]
        );
        // a broadcaster is no person a pronoun could mean
        let t = "Tom Eke inspected the pier on Monday.\n\n\
                 Its closure was first reported by Solvik Radio North.\n\n\
                 “It will hold,” he said.";
        assert_eq!(speakers(t, None), [Some("Tom Eke".into())]);
    }

    #[test]
    fn a_possessed_role_is_its_holder_named_before_or_just_after() {
        // the role given in an apposition after the name
        let t = "Tom Eke, chief executive of Solvik Ferries, spoke on Monday. Its chief executive \
                 said the fleet was old.";
        assert_eq!(speakers(t, None), [Some("Tom Eke".into())]);
        // named only after the description, in a relative clause
        let t = "Shares in Solvik Ferries fell after its chief executive warned that the winter \
                 would be hard.\n\nTom Eke, who took over as chief executive in March, said the \
                 fleet was old.";
        assert_eq!(
            speakers(t, None),
            [Some("Tom Eke".into()), Some("Tom Eke".into())]
        );
        // (a plural, or words a verb goes on from, give no role: `at Ground Zero, sources said`)
        let t =
            "The ferry sank off Cape Hatteras, sources said. The sources said the crew was safe.";
        assert_eq!(
            speakers(t, None),
            [Some("sources".into()), Some("sources".into())]
        );
    }

    #[test]
    fn the_first_word_of_a_business_opening_a_sentence_is_that_business() {
        let t = "Shares in Solvik Ferries fell on Monday after a weak winter.\n\nSolvik now \
                 expects a loss for the year, the company said in a statement.";
        assert_eq!(speakers(t, None), [Some("Solvik Ferries".into())]);
    }

    #[test]
    fn the_company_is_the_name_that_opens_its_sentence() {
        let t = "PORTLAND, Ore. (AP) - Solvik Ferries will close its Astoria yard next year, the \
                 company said.\n\nHarbor master Tom Eke said the yard would be missed. The \
                 ferries would go on running, the company said.";
        assert_eq!(
            speakers(t, None),
            [
                Some("Solvik Ferries".into()),
                Some("Tom Eke".into()),
                // (a sentence that no name opens: the company the lead names)
                Some("Solvik Ferries".into()),
            ]
        );
        // a lead that opens with a person, or a head that need not be a business: the
        // description stays
        let t = "Anna Berg, who runs Solvik Ferries, will retire in May.\n\nThe company said \
                 a successor would be named soon. Brightwell Group opened a depot. The group \
                 said it would hire.";
        assert_eq!(
            speakers(t, None),
            [Some("company".into()), Some("group".into())]
        );
    }

    #[test]
    fn a_role_description_is_the_person_who_opens_the_sentence_before() {
        let t = "Dario Ruiz insisted on Saturday that he would stay.\n\n“I have a job to do,” \
                 the Valmont manager told reporters.";
        assert_eq!(
            speakers(t, None),
            [Some("Dario Ruiz".into()), Some("Dario Ruiz".into())]
        );
        // a possessor opens the sentence before; a name in its own sentence; two people named
        let t = "However, Ivo Lind's brief was short.\n\n“We agree,” the judge said.\n\nWhen \
                 reporters asked Tove Ek, the manager said “no comment.”\n\nEva Ness met Ola \
                 Dahl. “It went well,” the minister said.";
        assert_eq!(
            speakers(t, None),
            [
                Some("judge".into()),
                Some("manager".into()),
                Some("minister".into())
            ]
        );
    }

    #[test]
    fn a_gerund_opening_the_sentence_is_no_given_name() {
        let t = "Hillary Clinton spoke in Ohio.\n\nCelebrating Clinton “turning him around” \
                 on trade, apparently.";
        assert_eq!(speakers(t, None), [Some("Hillary Clinton".into())]);
    }

    #[test]
    fn they_is_the_group_that_spoke_last_and_never_a_person() {
        let t = "Ferry workers say the new rota is unsafe. They argue that the board \
                 “ignored every warning.”\n\nMayor Ida Brandt said the rota would stay. \
                 They said it would not.";
        assert_eq!(
            speakers(t, None),
            [
                Some("Ferry workers".into()),
                Some("Ferry workers".into()),
                Some("Ferry workers".into()),
                Some("Ida Brandt".into()),
                None
            ]
        );
    }

    /// The speakers of `text`, each with its kind.
    fn speaker_kinds(text: &str) -> Vec<(String, SpeakerKind)> {
        let gaz = Gazetteer::builtin();
        let parsed = verbatim_parser::parse(text);
        resolve_article(&gaz, text, None, &parsed)
            .into_iter()
            .flatten()
            .map(|r| (r.name, r.kind))
            .collect()
    }

    #[test]
    fn a_capitalised_common_word_is_no_person() {
        let t = "Observers say the ferry plan is doomed. Optimism is low, since optimism \
                 costs money, Optimism said. Bob said the plan would fail.";
        let kinds = speaker_kinds(t);
        assert!(
            kinds.contains(&("Observers".into(), SpeakerKind::Group)),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("Optimism".into(), SpeakerKind::Unknown)),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("Bob".into(), SpeakerKind::Person)),
            "{kinds:?}"
        );
    }

    #[test]
    fn publications_institutions_and_research_firms_are_organisations() {
        let t = "“Fortunes rose,” said the Hurun Report. “Growth slowed,” the Brookings \
                 Institution said. “Voters are split,” said Edison Research. “It is \
                 late,” said Ann Marsh.";
        let kinds = speaker_kinds(t);
        for org in ["Hurun Report", "Brookings Institution", "Edison Research"] {
            assert!(
                kinds.contains(&(org.into(), SpeakerKind::Organisation)),
                "{org}: {kinds:?}"
            );
        }
        assert!(
            kinds.contains(&("Ann Marsh".into(), SpeakerKind::Person)),
            "{kinds:?}"
        );
    }

    #[test]
    fn a_description_before_a_given_name_is_no_part_of_the_name() {
        let t = "“It was a joke,” said Comedian Leo Barros. Lisbon-based strategist Matt \
                 Rendell said the race was “over.” Former Secretary of State Ida Brandt said \
                 the deal was “a disgrace.”";
        let got = speakers(t, None);
        assert_eq!(got[0].as_deref(), Some("Leo Barros"));
        assert!(
            got[1..]
                .iter()
                .any(|s| s.as_deref() == Some("Matt Rendell"))
        );
        assert!(got[1..].iter().any(|s| s.as_deref() == Some("Ida Brandt")));
        // a place's first word, or a given name before, keeps the run whole
        assert_eq!(given_name_offset(&["Santa", "Barbara", "County"]), 0);
        assert_eq!(given_name_offset(&["San", "Antonio", "Spurs"]), 0);
        assert_eq!(given_name_offset(&["Martin", "Luther", "King"]), 0);
        assert_eq!(given_name_offset(&["J.", "Gerald", "Hebert"]), 0);
        assert_eq!(given_name_offset(&["Journalist", "Carl", "Leubsdorf"]), 1);
        assert_eq!(given_name_offset(&["Director", "Harry", "S.", "Truman"]), 1);
    }

    #[test]
    fn unnamed_description_is_kept_not_guessed() {
        let t = "Gov. Ray Mills spoke.\n\n“Talks failed,” a senior diplomat said.";
        assert_eq!(speakers(t, None), [Some("senior diplomat".into())]);
    }
}
