//! Word lists the grammars consult: reporting verbs (from `data/cues.txt`), titles and roles,
//! pronouns, abbreviations. Built once, on first use.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// Longest word lowered on the stack; longer words are lowered on the heap.
const STACK_WORD: usize = 48;

/// Calls `f` with `word` in lowercase. Short ASCII words (nearly all) are lowered into a stack
/// buffer, words already in lowercase are passed through: lexicon lookups do not allocate.
///
/// ```
/// assert_eq!(verbatim_parser::with_lower("Kremlin", |w| w == "kremlin"), true);
/// ```
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return f(word);
        }
        if word.len() <= STACK_WORD {
            let mut buf = [0u8; STACK_WORD];
            let buf = &mut buf[..word.len()];
            buf.copy_from_slice(word.as_bytes());
            buf.make_ascii_lowercase();
            // lowering ASCII letters keeps the bytes ASCII, hence valid UTF-8
            return f(std::str::from_utf8(buf).unwrap_or(word));
        }
    }
    f(&word.to_lowercase())
}

/// The class of a byte in [`Shapes`]: `a`-`z` in either case are 0-25, anything else 26.
static LETTER_CLASS: [u8; 256] = {
    let mut t = [26u8; 256];
    let mut c = 0;
    while c < 26 {
        t[b'a' as usize + c] = c as u8;
        t[b'A' as usize + c] = c as u8;
        c += 1;
    }
    t
};

/// One bit per (first letter, last letter, length) that a word of a list has: most words
/// looked up in a list are not in it, and an ASCII word whose shape no entry shares is turned
/// away before lowering and hashing.
struct Shapes(Box<[u64]>);

impl Shapes {
    /// The bit of a word's shape: letters fold to `a`-`z`, anything else to one more class;
    /// lengths from 31 on share a class.
    #[inline]
    fn bit(word: &[u8]) -> usize {
        let class = |b: u8| usize::from(LETTER_CLASS[usize::from(b)]);
        let (first, last) = (word[0], word[word.len() - 1]);
        (class(first) * 27 + class(last)) * 32 + word.len().min(31)
    }
    fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Shapes {
        let mut bits = vec![0u64; (27 * 27 * 32usize).div_ceil(64)].into_boxed_slice();
        for w in words.into_iter().filter(|w| !w.is_empty()) {
            let b = Shapes::bit(w.as_bytes());
            bits[b / 64] |= 1 << (b % 64);
        }
        Shapes(bits)
    }
    /// False when `word` is surely not in the list; non-ASCII words may be.
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        if word.is_empty() {
            return false;
        }
        if !word.is_ascii() {
            return true;
        }
        let b = Shapes::bit(word.as_bytes());
        self.0[b / 64] & (1 << (b % 64)) != 0
    }
}

/// A set of lowercase words, looked up in any case; words longer than the longest entry, and
/// words of a shape no entry has, are turned away before lowering and hashing.
pub(crate) struct WordSet {
    /// the words as bytes: an ASCII word is lowered into a buffer and looked up as it is
    set: FxHashSet<&'static [u8]>,
    longest: usize,
    shapes: Shapes,
}

impl WordSet {
    fn new(words: &'static str) -> WordSet {
        let set: FxHashSet<&'static [u8]> = words.split_whitespace().map(str::as_bytes).collect();
        let longest = set.iter().map(|w| w.len()).max().unwrap_or(0);
        let shapes = Shapes::new(words.split_whitespace());
        WordSet {
            set,
            longest,
            shapes,
        }
    }
    /// True when `word`, lowered, is in the set.
    pub(crate) fn contains(&self, word: &str) -> bool {
        if word.len() > self.longest || !self.shapes.may_hold(word) {
            return false;
        }
        let b = word.as_bytes();
        if b.is_ascii() && b.len() <= STACK_WORD {
            let mut buf = [0u8; STACK_WORD];
            let buf = &mut buf[..b.len()];
            buf.copy_from_slice(b);
            buf.make_ascii_lowercase();
            return self.set.contains(&buf[..]);
        }
        self.set.contains(word.to_lowercase().as_bytes())
    }
    /// The words, lowercase.
    #[cfg(test)]
    fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.set
            .iter()
            .map(|w| std::str::from_utf8(w).expect("built from a str"))
    }
}

/// How a reporting verb may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueClass {
    /// Introduces reported speech with or without "that".
    Bare,
    /// Introduces reported speech only with "that".
    That,
    /// Attributes a direct quotation only.
    Quote,
    /// Attributes a quoted fragment in its own sentence only.
    Partial,
    /// Introduces a finding, only with "that", and attributes no quotation: `polls show that
    /// …`, `the study found that …`. A study's "found" next to a quotation is not its speaker's
    /// cue.
    Finding,
}

impl CueClass {
    /// Can introduce reported speech.
    pub(crate) fn reports(self) -> bool {
        matches!(self, CueClass::Bare | CueClass::That | CueClass::Finding)
    }

    /// Can attribute a direct quotation.
    pub(crate) fn quotes(self) -> bool {
        matches!(self, CueClass::Bare | CueClass::That | CueClass::Quote)
    }

    /// Needs "that" to introduce reported speech.
    pub(crate) fn needs_that(self) -> bool {
        matches!(self, CueClass::That | CueClass::Finding)
    }
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Cue {
    pub class: CueClass,
    /// Takes a listener before the clause ("told reporters").
    pub object: bool,
}

static CUES_TXT: &str = include_str!("../../../data/cues.txt");

static CUES: LazyLock<FxHashMap<&'static str, Cue>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for line in CUES_TXT.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split_whitespace();
        let (Some(form), Some(class)) = (parts.next(), parts.next()) else {
            continue;
        };
        let class = match class {
            "bare" => CueClass::Bare,
            "that" => CueClass::That,
            "quote" => CueClass::Quote,
            "finding" => CueClass::Finding,
            _ => CueClass::Partial,
        };
        let object = parts.next() == Some("obj");
        map.entry(form).or_insert(Cue { class, object });
    }
    map
});

/// Every form that can introduce reported speech (bare and `that` cues, `according`, `as X put
/// it`), found
/// anywhere in a text in one pass: a sentence without any cannot hold reported speech.
static REPORTING_FORMS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    let forms = CUES
        .iter()
        .filter(|(_, c)| c.class.reports())
        .map(|(f, _)| *f)
        .chain(PHRASAL_CUES.iter().map(|(v, _)| *v))
        .chain(INFINITIVE_FORMS.split_whitespace())
        .chain(REQUEST_FORMS)
        .chain(["according", "put it", "puts it"]);
    aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .ascii_case_insensitive(true)
        .build(forms)
        .expect("the cue lexicon builds an automaton")
});

/// False when `text` holds no form of a reporting verb that introduces reported speech, in any
/// case, even inside a longer word: then no word of it is one.
pub(crate) fn may_report(text: &str) -> bool {
    REPORTING_FORMS.is_match(text)
}

/// Verbs that report what someone said through a particle and a noun phrase: `called for the
/// overthrow of Assad`, `pushed for a recount`, `pointed out that …`, `shot back that …`.
static PHRASAL_CUES: &[(&str, &str)] = &[
    ("call", "for"),
    ("calls", "for"),
    ("called", "for"),
    ("calling", "for"),
    ("point", "out"),
    ("points", "out"),
    ("pointed", "out"),
    ("pointing", "out"),
    ("pushed", "for"),
    ("pushing", "for"),
    ("pushes", "for"),
    // (with `that` after it only: `phrasal_at`)
    ("shot", "back"),
    ("shoots", "back"),
    ("fired", "back"),
    ("fires", "back"),
];

/// Speech acts whose `to`-infinitive is what was said: `vowed to take the fight to every
/// state`, `agreed to repair the dock`.
const INFINITIVE_FORMS: &str = "vow vows vowed vowing pledge pledges pledged pledging promise \
     promises promised promising threaten threatens threatened threatening agree agrees agreed \
     agreeing";
static INFINITIVE_CUES: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(INFINITIVE_FORMS));

/// Questions and requests that report their object: `asked if …`, `asked residents to …`.
const REQUEST_FORMS: [&str; 3] = ["asked", "asks", "asking"];

/// A participle in `-ing` that can modify a noun because it reports nothing: `a man wearing a
/// cap`, `a man calling himself Paul` (`calling` characterises); `a man saying …` reports.
pub(crate) fn is_modifying_participle(w: &str) -> bool {
    w.len() > 5 && w.ends_with("ing") && cue(w).is_none_or(|c| !c.class.reports())
}

/// True when `word` (any case) is a form of a question or request verb ([`REQUEST_FORMS`]).
pub(crate) fn is_request_cue(word: &str) -> bool {
    REQUEST_FORMS.iter().any(|r| word.eq_ignore_ascii_case(r))
}

/// True when `word` (any case) reports speech through the `to`-infinitive after it.
pub(crate) fn is_infinitive_cue(word: &str) -> bool {
    INFINITIVE_CUES.contains(word)
}

/// True when `verb particle` reports speech through its object (`called for`, `pointed out`).
pub(crate) fn is_phrasal_cue(verb: &str, particle: &str) -> bool {
    // the particle first: most words are followed by none of them
    matches!(particle, "for" | "out" | "back")
        && PHRASAL_CUES
            .iter()
            .any(|(v, p)| particle == *p && verb.eq_ignore_ascii_case(v))
}

static CUE_SHAPES: LazyLock<Shapes> = LazyLock::new(|| Shapes::new(CUES.keys().copied()));

/// The reporting verb `word` is (in any case), if any.
pub(crate) fn cue(word: &str) -> Option<Cue> {
    if !CUE_SHAPES.may_hold(word) {
        return None;
    }
    with_lower(word, |w| CUES.get(w).copied())
}

/// Words that name a role or title; they may stand in a speaker mention in lowercase.
static ROLES: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(
        "spokesman spokeswoman spokesperson spokespeople minister ministers secretary president \
         vice chancellor leader leaders chief official officials senator sen governor gov mayor \
         ambassador director chairman chairwoman chair adviser advisor aide aides candidate \
         envoy premier king queen prince prime foreign deputy former senior top general gen \
         commissioner representative rep lawmaker lawmakers analyst analysts expert experts \
         professor head diplomat diplomats hopeful nominee strategist manager ceo founder \
         attorney lawyer judge justice commander officer member speaker whip novice \
         congressman congresswoman rival opponent challenger frontrunner front-runner veteran \
         activist activists economist researcher author host anchor correspondent reporter \
         source sources insider negotiator negotiators mp mps mep meps president-elect \
         secretary-general administrator counsel prosecutor prosecutors investigator \
         investigators sheriff police protester protesters resident residents voter voters \
         supporter supporters critic critics witness witnesses mother father wife husband \
         son daughter brother sister friend colleague owner worker workers employee \
         employees student students teacher doctor nurse partner councillor councilor \
         councilman councilwoman alderman delegate delegates treasurer \
         comptroller auditor superintendent admiral \
         constituent constituents coach player players \
         captain fan fans officer officers soldier soldiers farmer farmers \
          president's dr mr mrs ms \
         executive executives consultant consultants pollster pollsters historian scientist \
         scientists editor editors columnist commentator pastor priest bishop rabbi imam \
         organizer organiser organizers advocate advocates lobbyist lobbyists donor donors \
         operative operatives principal physician surgeon neurosurgeon engineer pilot \
         inspector trooper agent agents economists historians chairperson secretaries \
         businessman businesswoman entrepreneur investor investors developer banker bankers \
         ally allies confidant confidante loyalist loyalists surrogate surrogates backer backers \
         staffer staffers \
         prof rev sgt lt col capt cmdr adm amb",
    )
});

/// Words that end an organisation's name or description.
/// (`UN` and `WHO` are not listed: as words they are `un-` and `who`; in capitals they are
/// acronyms, organisations anyway.)
static ORGS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(
        "kremlin ministry department government administration office council committee \
         commission union party parliament congress senate house court agency bureau \
         police army military navy pentagon campaign cabinet embassy mission alliance \
         organization organisation group coalition federation foundation institute \
         university company corporation bank board authority authorities service \
         services network newspaper website agency commission team club movement \
         presidency regime junta state nations nato eu imf fbi cia nsa kgb \
         opposition statement report spokesman's secretariat duma knesset bundestag \
         assembly tribunal fund society palace association union syndicate \
          association center centre people's \
         letter memo memorandum filing complaint lawsuit study survey poll tweet release \
         editorial analysis document indictment ruling petition",
    )
});

/// Personal pronouns that can be a speaker.
static PRONOUNS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new("he she they it we i you who"));

/// Words before a noun phrase that it starts with.
static DETERMINERS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(
        "the a an his her its their our my your this that these those another one other many \
         some several most few all each every two three four five six seven eight nine \
         ten eleven twelve dozens hundreds thousands millions",
    )
});

/// Lowercase modifiers allowed inside a description ("a senior official").
static MODIFIERS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(
        "foreign senior top former chief deputy political presidential republican democratic \
         national state white press campaign news security defense defence economic \
         military longtime long-time close fellow local federal regional public interior \
         finance trade justice health energy environment education labor labour \
         opposition ruling conservative liberal progressive independent young old new \
         acting interim outgoing incoming veteran leading prominent key influential \
         unnamed anonymous administration government ministry kremlin party \
         first second third other two three several many some both",
    )
});

/// Capitalised words that do not start a name ("But Peskov said"); matched case-sensitively.
static CAPITAL_STOPWORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    "But And Yet So Then However Also The A An Meanwhile Still Now Later Earlier Instead \
         Asked In On At For From With Without After Before During Following Ahead As When \
         While Although Though If Because Since Under Over Despite Last This That These \
         Those It He She They We I You His Her Its Their Our Speaking Writing Monday Tuesday \
         Wednesday Thursday Friday Saturday Sunday Today Yesterday Tonight Separately \
         Elsewhere Indeed Moreover Furthermore Nonetheless Nevertheless Once Even Only \
         According There Here What Who Why How Where Which Both Neither Either Not No Yes \
         Maybe Perhaps I'm I’m I've I’ve I'd I’d I'll I’ll We're We’re They're They’re \
         He's He’s She's She’s It's It’s Amid Among Amongst Between Beyond Within Across Against Along Around \
         Behind Into Through Toward Towards Until Upon Via Unlike Besides Likewise Similarly \
         Outside Inside Near Beside Below Above Throughout Underneath \
         Additionally Otherwise Therefore Thus Hence Rather Overall Other Others Many Some \
         Several Most Few All Each Every Such Another Two Three Four Five Six Seven Eight Nine \
         Ten Eleven Twelve Dozens Hundreds Thousands Millions By Does Do Did To Of Unless \
         Whether Whereas Whenever Whatever Any Ever Just Nearly Almost Roughly About Barely"
        .split_whitespace()
        .collect()
});

/// Words for time and manner that may sit between a speaker and a cue or after a cue.
static ADJUNCTS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(
        "also now later earlier previously then again further repeatedly reportedly recently \
         once twice has have had will would could may might did does do is was were be been \
         had've already first last this that week month year today yesterday tonight \
         monday tuesday wednesday thursday friday saturday sunday on morning afternoon \
         evening night himself herself themselves itself privately publicly separately \
         frequently often quickly flatly openly bluntly simply just still finally initially \
         subsequently ultimately angrily calmly jokingly candidly confidently firmly long",
    )
});

/// Prepositions that start a phrase between a cue and its clause ("said in a statement").
static PREPOSITIONS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(
        "in on at during after before to with via through over from for by about under \
         while when upon outside inside near behind across beside",
    )
});

/// Prepositions that attach a phrase to a noun (`a source close to the campaign`, `an aide to
/// Bush`, `a lawyer for the family`); `in` and `on` are left out: after a cue they go with the
/// verb (`said the official in a statement`, `said the aide on Tuesday`).
pub(crate) const NOUN_LINKS: [&str; 9] =
    ["of", "to", "for", "at", "from", "with", "by", "among", "as"];

/// Words that start a participle or a restrictive relative clause after a noun: `the chief
/// known as Bob`, `an official who spoke on condition of anonymity`.
pub(crate) const NOUN_CLAUSES: [&str; 8] = [
    "who", "whom", "whose", "that", "known", "named", "briefed", "familiar",
];

/// Abbreviations after which a full stop does not end a sentence.
static ABBREVIATIONS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(
        "mr mrs ms dr prof sen rep gov gen lt col capt cmdr adm sgt maj st jr sr rev hon \
         pres amb corp inc ltd co no vs v etc jan feb mar apr jun jul aug sep sept oct nov dec \
         calif fla ill mass mich minn penn tenn tex va wash wis ariz colo conn del ga ind kan \
         ky la md mo mont neb nev okla ore pa vt wyo u.s u.k u.n e.u d.c a.m p.m ft mt approx \
         dept govt",
    )
});

/// Words before a quoted title that make it a title or a name, not a quotation.
static TITLE_CUES: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(
        "titled entitled called dubbed nicknamed named so-called headlined film movie book \
         song album show series novel play documentary podcast program programme hashtag \
         slogan motto magazine newspaper column episode",
    )
});

/// True when a word, in any case, is a reporting verb of the lexicon (`said`, `Stated`).
pub fn is_cue_word(word: &str) -> bool {
    cue(word).is_some()
}

/// True when a word, in any case, names a role or title (`spokesman`, `Minister`, `sen.`):
/// such words may stand before a name in a speaker mention.
pub fn is_role_word(word: &str) -> bool {
    is_role(word)
}

pub(crate) fn is_role(lower: &str) -> bool {
    ROLES.contains(lower) || (lower.ends_with('.') && ROLES.contains(lower.trim_end_matches('.')))
}
/// The plural of a role written in lowercase (`doctors`, `councilmen`, `coaches`): a group that
/// may speak (`“…,” warned doctors`). A capitalised one is left out: it is more often inside an
/// organisation's name (`the American Federation of Teachers`, `House of Representatives`).
pub(crate) fn is_lowercase_role_plural(w: &str) -> bool {
    if w.len() < 4 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let Some(one) = w.strip_suffix('s') else {
        return w
            .strip_suffix("men")
            .is_some_and(|stem| ROLES.contains(&format!("{stem}man")));
    };
    ROLES.contains(one)
        || one
            .strip_suffix('e')
            .is_some_and(|o| o.ends_with("ch") && ROLES.contains(o))
}
pub(crate) fn is_org(lower: &str) -> bool {
    ORGS.contains(lower)
}
pub(crate) fn is_pronoun(lower: &str) -> bool {
    PRONOUNS.contains(lower)
}
pub(crate) fn is_determiner(lower: &str) -> bool {
    DETERMINERS.contains(lower)
}
pub(crate) fn is_modifier(lower: &str) -> bool {
    MODIFIERS.contains(lower)
}
/// True when a capitalised word does not start a name (`But`, `Meanwhile`, `Although`):
/// connectives, pronouns, days. Case-sensitive.
pub fn is_capital_stopword(word: &str) -> bool {
    CAPITAL_STOPWORDS.contains(word)
}
pub(crate) fn is_adjunct(lower: &str) -> bool {
    ADJUNCTS.contains(lower)
}
pub(crate) fn is_preposition(lower: &str) -> bool {
    PREPOSITIONS.contains(lower)
}
pub(crate) fn is_abbreviation(lower: &str) -> bool {
    ABBREVIATIONS.contains(lower)
}
/// `familiar with`, `close to`, `briefed on`: an adjective and its preposition that restrict an
/// anonymous source (`a person familiar with the talks`).
pub(crate) fn restricts_source(adjective: &str, preposition: &str) -> bool {
    matches!(
        (adjective, preposition),
        ("close", "to") | ("familiar", "with") | ("briefed", "on")
    )
}
/// Lowercase particles inside personal names: `de`, `van`, `von der`, `bin`.
pub fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "van"
            | "von"
            | "der"
            | "den"
            | "da"
            | "di"
            | "du"
            | "la"
            | "le"
            | "bin"
            | "al"
            | "ibn"
            | "ben"
            | "dos"
            | "das"
            | "del"
            | "ter"
    )
}

pub(crate) fn is_title_cue(lower: &str) -> bool {
    TITLE_CUES.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_sets_find_every_entry_in_any_case_and_turn_others_away() {
        let set = WordSet::new("spokesman u.s people's x naïve");
        for w in [
            "spokesman",
            "Spokesman",
            "SPOKESMAN",
            "U.S",
            "People's",
            "x",
            "X",
            "naïve",
        ] {
            assert!(set.contains(w), "{w}");
        }
        for w in ["", "spokesmen", "spokesmanx", "sp", "y", "naive", "Naïf"] {
            assert!(!set.contains(w), "{w}");
        }
        // every entry of the real lists passes its own shape filter
        for w in ROLES.words().chain(ORGS.words()) {
            assert!(ROLES.contains(w) || ORGS.contains(w), "{w}");
            assert!(
                is_role(&w.to_uppercase()) || is_org(&w.to_uppercase()),
                "{w}"
            );
        }
        for w in CUES.keys() {
            assert!(cue(&w.to_uppercase()).is_some(), "{w}");
        }
    }

    #[test]
    fn cue_lexicon_loads_classes_and_objects() {
        let told = cue("told").expect("told is a cue");
        assert_eq!(told.class, CueClass::Bare);
        assert!(told.object);
        assert_eq!(cue("admitted").map(|c| c.class), Some(CueClass::That));
        assert_eq!(cue("Said").map(|c| c.class), Some(CueClass::Bare));
        assert!(cue("table").is_none());
    }

    #[test]
    fn reporting_forms_are_found_in_any_case() {
        assert!(may_report("Officials SAID on Monday"));
        assert!(may_report("According to the report"));
        assert!(!may_report("The city council met for six hours."));
        // a filter only: a form inside a longer word passes it
        assert!(may_report("an unsaid thing"));
    }
}
