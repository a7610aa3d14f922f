//! Sentences, quotation kinds, attributions, and reported speech.

use crate::grammar::{
    self, according_to, after_quote, mention_kind, name_part, noun_phrase, np_word_ok,
    trailing_attribution,
};
use crate::layout::{Layout, clean};
use crate::lexicon::{self, CueClass};
use crate::marks::RawQuote;
use crate::model::{Attribution, Kind, Mention, MentionKind, Quote, Rule};
use crate::text::{Tok, fold_space, is_age, is_capitalised, is_initials, is_possessive, tokens};
use nom::Offset;
use std::ops::Range;

/// How far (bytes) the grammars look before and after a quotation; keeps the work per quotation
/// bounded whatever the length of a sentence.
const WINDOW: usize = 400;

fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

/// A mention built from its byte range.
pub(crate) fn mention(text: &str, range: Range<usize>) -> Mention {
    let np = &text[range.clone()];
    // (a name inside a phrase attached to a common head is not the speaker's: `aides to
    // Hillary Clinton`)
    let kind = match mention_kind(np) {
        MentionKind::Name if grammar::head_before_link(np) => MentionKind::Description,
        kind => kind,
    };
    let name = (kind == MentionKind::Name)
        .then(|| name_part(np))
        .flatten()
        .map(|r| range.start + r.start..range.start + r.end);
    Mention {
        text: fold_space(np),
        span: range,
        name,
        kind,
    }
}

fn attribution(
    text: &str,
    mention_range: Range<usize>,
    cue: Option<Range<usize>>,
    rule: Rule,
) -> Attribution {
    let cue_text = cue
        .as_ref()
        .map(|c| fold_space(&text[c.clone()]))
        .unwrap_or_default();
    let mut m = mention(text, mention_range);
    if matches!(m.kind, MentionKind::Description | MentionKind::Organisation) {
        let end = description_end(text, m.span.clone(), cue.as_ref());
        if end > m.span.end {
            // the kind is the head's (`a council clerk` of `a council clerk who …`); the words
            // added may hold a name (`an aide to President Bush`): still no name
            let whole = &text[m.span.start..end];
            let head = whole
                .split_whitespace()
                .position(|w| {
                    lexicon::NOUN_LINKS.contains(&w) || lexicon::NOUN_CLAUSES.contains(&w)
                })
                .and_then(|k| whole.split_whitespace().nth(k))
                .map_or(whole, |w| &whole[..whole.offset(w)]);
            let kind = match mention_kind(head) {
                MentionKind::Organisation => MentionKind::Organisation,
                _ => MentionKind::Description,
            };
            m = Mention {
                text: fold_space(whole),
                span: m.span.start..end,
                name: None,
                kind,
            };
        }
    }
    Attribution {
        mention: m,
        cue,
        cue_text,
        rule,
    }
}

/// A verb that carries its clause's tense: an auxiliary or a verb in the past (`were`,
/// `supported`).
fn finite_verb(w: &str) -> bool {
    (AUXILIARIES.iter().any(|a| w.eq_ignore_ascii_case(a))
        || (looks_like_verb(w) && !is_capitalised(w)))
        && !["be", "been", "being"]
            .iter()
            .any(|b| w.eq_ignore_ascii_case(b))
}

/// `is`, `was`, `been` …, in any case: before a participle they make a passive.
fn is_form_of_be(w: &str) -> bool {
    ["is", "are", "was", "were", "be", "been", "being"]
        .iter()
        .any(|b| w.eq_ignore_ascii_case(b))
}

/// Auxiliary and modal verbs: after a participle they are the sentence's own verb.
const AUXILIARIES: [&str; 20] = [
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "shall", "should", "may", "might", "must", "do", "does",
];

/// A past participle that can follow a noun (`a report issued`, `the chief known as`): a
/// regular `-ed` form without a hyphen (`gun-related` is an adjective), or a common irregular
/// one.
fn is_participle(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed") && !w.contains('-'))
        || [
            "known", "made", "held", "shown", "written", "given", "taken", "seen", "built",
            "brought", "sent", "paid", "drawn", "chosen", "led",
        ]
        .contains(&w)
}

/// A lowercase word that can go on a description's head (`law enforcement official`), not
/// an adverb after it (`shouted the protesters outside`, `said the aide quietly`).
fn head_word(w: &str) -> bool {
    const ADVERBS: [&str; 12] = [
        "outside",
        "inside",
        "nearby",
        "here",
        "there",
        "too",
        "instead",
        "alone",
        "together",
        "afterward",
        "afterwards",
        "aloud",
    ];
    w.chars().all(|c| c.is_lowercase() || c == '-') && !w.ends_with("ly") && !ADVERBS.contains(&w)
}

/// Where a description ends once the words that belong to it are added: the rest of its head
/// (`a former senior` → `a former senior law enforcement official`), phrases attached to it
/// (`one longtime adviser to Bill Clinton`), a participle or a relative clause (`an official
/// who spoke on condition of anonymity`). Before its cue, a description runs up to the cue
/// (`A report released last year found`), time words and auxiliaries left out; after its cue,
/// to the end of the clause, not over a phrase that goes with the verb (`said the official in
/// a statement`).
fn description_end(text: &str, m: Range<usize>, cue: Option<&Range<usize>>) -> usize {
    const MAX_WORDS: usize = 30;
    let lower = |t: &Tok| text[t.range()].to_lowercase();
    let conjunction = |w: &str| matches!(w, "and" | "or" | "but" | "nor" | "as" | "than");
    match cue {
        Some(c) if c.start >= m.end => {
            // before the cue: every word between, but no clause of its own
            let gap = &text[m.end..c.start];
            // (`The senator took to Twitter to say`: the cue is an infinitive, and the words
            // before it the verb it completes)
            if gap.trim().is_empty()
                || gap.trim_end().ends_with(" to")
                || gap.contains(|ch: char| {
                    !crate::text::is_alnum(ch)
                        && !ch.is_whitespace()
                        && !matches!(ch, '-' | '\'' | '’' | '.')
                })
                || crate::text::before_blank_line(text, m.end..c.start) < c.start
            {
                return m.end;
            }
            let toks = tokens(text, m.end..c.start, &[]);
            let mut n = skip_adjuncts_back(text, &toks, toks.len(), toks.len());
            // `a report issued earlier this year found`: after a participle, time words stay
            // with it (auxiliaries never do: `the report has found`)
            let auxiliary = |t: &Tok| AUXILIARIES.contains(&lower(t).as_str());
            if n > 0
                && n < toks.len()
                && toks[..n].iter().any(|t| is_participle(&lower(t)))
                && !toks[n..].iter().any(auxiliary)
            {
                n = toks.len();
            }
            let words = &toks[..n];
            if words.is_empty() || words.len() > MAX_WORDS || words.iter().any(|t| !t.is_word()) {
                return m.end;
            }
            // a relative pronoun or a participle (`who was fired`, `released last year`,
            // `inspector general's report issued earlier`) opens a clause of its own: time
            // words and pronouns after it belong to it; after a participle, an auxiliary is
            // the sentence's own verb (`the party's received wisdom was …`)
            let mut clause: Option<bool> = None; // Some(true): relative, Some(false): participle
            for (k, t) in words.iter().enumerate() {
                let w = lower(t);
                // (`who` is a pronoun too: here it opens the clause)
                if clause.is_none() && matches!(w.as_str(), "who" | "that" | "which" | "whose") {
                    // (`critics who say`: the cue is the relative clause's own verb)
                    if t == &words[n - 1] {
                        return m.end;
                    }
                    clause = Some(true);
                    continue;
                }
                // a capital is a name's, not a time word's or an auxiliary's (`in May 2012`)
                let proper = is_capitalised(&text[t.range()]);
                let time_or_pronoun =
                    !proper && (lexicon::is_adjunct(&w) || lexicon::is_pronoun(&w));
                // (after a participle, an object pronoun not after a preposition is the object
                // of the sentence's own verb: `The audience gathered in the East Room followed
                // him by softly echoing`)
                let object_of_verb = matches!(w.as_str(), "him" | "her" | "them" | "us" | "me")
                    && !(k > 0 && lexicon::is_preposition(&lower(&words[k - 1])));
                // (a cue that reports nothing is the relative clause's own verb: `an official
                // who spoke on condition of anonymity said`, `a clerk who asked not to be
                // named said`)
                let reject = conjunction(&w)
                    || lexicon::cue(&w).is_some_and(|c| clause != Some(true) || c.class.reports())
                    || match clause {
                        None => time_or_pronoun,
                        Some(true) => false,
                        Some(false) => AUXILIARIES.contains(&w.as_str()) || object_of_verb,
                    };
                if reject {
                    // (the participle's phrase ends before that verb: `The audience gathered
                    // in the East Room`)
                    if clause == Some(false) && object_of_verb && k >= 3 {
                        return words[k - 2].end;
                    }
                    return m.end;
                }
                if clause.is_none() && is_participle(&w) {
                    clause = Some(false);
                }
            }
            words[n - 1].end
        }
        _ => {
            // after the cue (or with none): phrases that attach to a noun, to the clause's end
            // (a blank line ends the paragraph: `…, say economists` closing a headline)
            let limit = ceil(text, (m.end + WINDOW).min(text.len()));
            let limit = crate::text::before_blank_line(text, m.end..limit);
            // the clause ends at a punctuation mark; a dot ends it unless it ends a word
            // (`U.S.`, `Gov.`)
            let toks = tokens(text, m.end..limit, &[]);
            let inner = |k: usize| match toks[k].punct {
                None | Some('-') => true,
                Some('.') => {
                    k > 0 && {
                        let w = &text[toks[k - 1].range()];
                        lexicon::is_abbreviation(w) || is_initials(w)
                    }
                }
                _ => false,
            };
            let clause_end = (0..toks.len()).find(|&k| !inner(k)).unwrap_or(toks.len());
            let toks = &toks[..clause_end];
            let mut end = m.end;
            let mut linked = false;
            let words: Vec<&Tok> = toks
                .iter()
                .filter(|t| t.is_word())
                .take(MAX_WORDS)
                .collect();
            for (k, t) in words.iter().enumerate() {
                let w = lower(t);
                // `a man calling himself Paul`, `a woman wearing a cap`: a participle in -ing
                let ing = k == 0 && lexicon::is_modifying_participle(&w);
                if lexicon::NOUN_CLAUSES.contains(&w.as_str()) || ing {
                    // a clause of its own: to the end of the clause, or to an `and` that joins
                    // a second verb (`who oversaw the inquiry and described it as “…”`)
                    let and = words[k + 1..]
                        .iter()
                        .position(|t| text[t.range()].eq_ignore_ascii_case("and"))
                        .map(|p| k + 1 + p)
                        .filter(|&a| {
                            words
                                .get(a + 1)
                                .is_some_and(|n| looks_like_verb(&text[n.range()]))
                        });
                    return match and {
                        Some(a) => words[a - 1].end,
                        None => toks.last().map_or(end, |t| t.end),
                    };
                }
                if lexicon::NOUN_LINKS.contains(&w.as_str()) {
                    linked = true;
                    continue;
                }
                // `a study by X found that`: a verb ends the phrase; `by X and Y`: names joined
                if linked && looks_like_verb(&w) {
                    break;
                }
                if linked
                    && w == "and"
                    && words
                        .get(k + 1)
                        .is_some_and(|n| is_capitalised(&text[n.range()]))
                {
                    continue;
                }
                let content = !conjunction(&w)
                    && !lexicon::is_adjunct(&w)
                    && !lexicon::is_preposition(&w)
                    && !lexicon::is_pronoun(&w)
                    && !lexicon::is_determiner(&w)
                    && lexicon::cue(&w).is_none()
                    // with no cue to show where the clause's verb is, only linked phrases
                    && (linked || cue.is_some() && head_word(&w));
                let determiner = linked && lexicon::is_determiner(&w);
                if !(content || determiner) {
                    break;
                }
                if content {
                    end = t.end;
                }
            }
            end
        }
    }
}

/// One top-level quotation while it is being attributed.
struct Top<'a> {
    raw: &'a RawQuote,
    outer: Range<usize>,
    sentence: usize,
}

/// Words that, capitalised after an abbreviation's dot, start a new sentence: no name or
/// title goes on with them (`the U.S. While …`; `U.S. Senate`, `D.C. Monday` go on).
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "But",
    "And",
    "Yet",
    "So",
    "However",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "While",
    "Although",
    "Though",
    "If",
    "When",
    "After",
    "Before",
    "In",
    "Sure",
    "Still",
    "Meanwhile",
    "Instead",
    "It’s",
    "It's",
    "He’s",
    "He's",
    "She’s",
    "She's",
];

/// A sentence longer than this (news sentences stay far below it) is read in pieces: the work
/// done for each quotation reads its sentence, and a text without stops (a transcript run
/// together, a list) must not be read again for each of its quotations.
const LONGEST_SENTENCE: usize = 2_000;

/// `r` in pieces of at most [`LONGEST_SENTENCE`] bytes where it is longer (one piece when it
/// is not): each ends after the last comma or semicolon, else the last space, of its stretch
/// outside the quotations, else at the limit.
fn split_long_sentence(
    text: &str,
    r: Range<usize>,
    quotes: &[(Range<usize>, Range<usize>)],
) -> Vec<Range<usize>> {
    let outside = |at: usize| {
        let k = quotes.partition_point(|q| q.0.start <= at);
        k == 0 || quotes[k - 1].0.end <= at
    };
    let mut pieces = Vec::new();
    let mut start = r.start;
    while r.end - start > LONGEST_SENTENCE {
        let mut limit = start + LONGEST_SENTENCE;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let b = &text.as_bytes()[start..limit];
        // (the last place outside the quotations where `cut_after` holds of the two bytes
        // around it)
        let last = |cut_after: fn(u8, u8) -> bool| {
            (1..b.len())
                .rev()
                .find(|&k| cut_after(b[k - 1], b[k]) && outside(start + k))
        };
        let cut = last(|x, y| matches!(x, b',' | b';') && y == b' ')
            .or_else(|| last(|x, _| x.is_ascii_whitespace()))
            .map_or(limit, |k| start + k);
        pieces.push(start..cut);
        start = cut;
    }
    pieces.push(start..r.end);
    pieces
}

/// Splits a paragraph into sentences; a quotation is never split, and a quotation that ends
/// its sentence (`“… riots.” Russia criticized`) ends it.
fn sentences(
    text: &str,
    layout: &Layout,
    block: Range<usize>,
    quotes: &[(Range<usize>, Range<usize>)],
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = block.start;
    let mut i = block.start;
    let mut qi = 0;
    let boundary_after = |j: usize| -> bool {
        let rest = &text[j.min(block.end)..block.end];
        if layout.in_debris(j) {
            return true;
        }
        let trimmed = rest.trim_start();
        if trimmed.is_empty() {
            return true;
        }
        if trimmed.len() == rest.len() {
            return false;
        }
        trimmed
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "“\"‘„«»'".contains(c))
    };
    while i < block.end {
        while qi < quotes.len() && quotes[qi].0.start < i {
            qi += 1;
        }
        if let Some((outer, content)) = quotes.get(qi).filter(|q| q.0.start == i) {
            let end = outer.end.min(block.end);
            let inner =
                text[content.start..content.end.min(block.end).max(content.start)].trim_end();
            let inner = inner.trim_end_matches(['’', '\'', '”', '"']);
            if inner.ends_with(['.', '?', '!']) && boundary_after(end) {
                out.push(start..end);
                start = end;
            }
            i = end.max(i + 1);
            i = ceil(text, i);
            qi += 1;
            continue;
        }
        // only a stop or the next quotation's opening mark can end a sentence: jump to it
        let limit = quotes
            .get(qi)
            .map_or(block.end, |q| q.0.start.min(block.end));
        match memchr::memchr3(b'.', b'?', b'!', &text.as_bytes()[i..limit]) {
            Some(k) => i += k,
            None => {
                i = limit.max(i + 1);
                continue;
            }
        }
        let c = text[i..].chars().next().expect("i < block.end");
        let next = i + c.len_utf8();
        if matches!(c, '.' | '?' | '!') && !layout.in_debris(i) {
            // the word before the stop: up to 12 letters, digits and dots
            let word_start = text[block.start..i]
                .char_indices()
                .rev()
                .take(12)
                .take_while(|&(_, c)| crate::text::is_alnum(c) || c == '.')
                .last()
                .map_or(i, |(k, _)| block.start + k);
            let word = &text[word_start..i];
            let abbrev =
                c == '.' && (lexicon::is_abbreviation(word) || crate::text::is_initials(word));
            let mut j = next;
            while text[j..block.end].starts_with([')', ']']) {
                j += 1;
            }
            // an initialism or abbreviation before a quotation ends the sentence too: `said
            // Ana Ruiz of the A.F.L.-C.I.O. “We will see.”`
            let quote_next = quotes
                .get(qi)
                .is_some_and(|q| q.0.start > j && text[j..q.0.start].trim().is_empty());
            // `… the authorities."We were deceived."`: a quotation opening right after the stop,
            // with no space, starts a sentence too
            let quote_at = !abbrev && quotes.get(qi).is_some_and(|q| q.0.start == j);
            // so does one before a word that only opens a sentence: `… from entering the U.S.
            // While Clinton has …`, `… in Scranton, Pa. Sure, it can be …`
            let opener_next = abbrev && {
                let rest = text[j..block.end].trim_start();
                let w = rest
                    .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
                    .next()
                    .unwrap_or("");
                rest.len() < text[j..block.end].len() && SENTENCE_OPENERS.contains(&w)
            };
            if quote_at || ((!abbrev || quote_next || opener_next) && boundary_after(j)) {
                out.push(start..j);
                start = j;
            }
        }
        i = next;
    }
    if start < block.end && !text[start..block.end].trim().is_empty() {
        out.push(start..block.end);
    }
    if out.iter().any(|r| r.len() > LONGEST_SENTENCE) {
        out = out
            .into_iter()
            .flat_map(|r| split_long_sentence(text, r, quotes))
            .collect();
    }
    out.into_iter()
        .filter_map(|r| {
            let s = &text[r.clone()];
            let lead = s.len() - s.trim_start().len();
            let r = r.start + lead..r.start + s.trim_end().len();
            (!r.is_empty()).then_some(r)
        })
        .collect()
}

fn word_at<'t>(text: &'t str, t: &Tok) -> &'t str {
    &text[t.range()]
}

/// The noun phrase that ends just before token `end` (exclusive), after skipping time and
/// manner words (`Peskov added Wednesday`, `Lukashenko himself has alleged`).
enum Before {
    Found(Range<usize>),
    /// A comma stands between the cue and whatever precedes it: an apposition or a relative
    /// clause; the subject is further back.
    Comma(usize),
    None,
}

/// The token index before which at most `max` time and manner words end at `end`
/// (`has also said`: the index of `has`).
fn skip_adjuncts_back(text: &str, toks: &[Tok], end: usize, max: usize) -> usize {
    // capitalised, a time word is one of the sentence words (`Monday`, `Later`); `Will
    // described Trump as …` names George Will
    // (and, before a cue only, the adverbs that would start what was said after one: `Some
    // activists even argued …`, not `said even stronger penalties …`)
    let skippable = |w: &str| {
        (lexicon::is_adjunct(w) && (!is_capitalised(w) || lexicon::is_capital_stopword(w)))
            || ["even", "always", "never", "sometimes", "usually"].contains(&w)
            || manner_adverb(w)
    };
    let mut i = end;
    while i > 0 && end - i < max && toks[i - 1].is_word() && skippable(word_at(text, &toks[i - 1]))
    {
        i -= 1;
    }
    i
}

/// A lowercase `-ly` word of six letters or more that is no adjective or noun: `softly`,
/// `repeatedly`, `openly` (`The crowd followed him by softly echoing “…”`). `elderly`,
/// `family`, `weekly` stand in noun phrases.
fn manner_adverb(w: &str) -> bool {
    w.len() >= 6
        && w.ends_with("ly")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && ![
            "family",
            "supply",
            "assembly",
            "friendly",
            "elderly",
            "lonely",
            "likely",
            "weekly",
            "monthly",
            "yearly",
            "hourly",
            "nightly",
            "costly",
            "deadly",
            "lovely",
            "orderly",
            "unlikely",
            "burly",
            "kindly",
            "lowly",
            "stately",
            "scholarly",
            "motherly",
            "fatherly",
            "brotherly",
            "sisterly",
            "manly",
            "womanly",
            "cowardly",
            "ghastly",
            "homely",
            "timely",
            "untimely",
            "wobbly",
            "bubbly",
            "curly",
            "chilly",
            "holly",
            "anomaly",
            "monopoly",
            "quarterly",
            "biweekly",
            "italy",
        ]
        .contains(&w)
}

/// An aside in dashes closed by the dash at token `close` (`-- John McCain, who lost in 2008
/// --`): the token of its opening dash and the first token of its closing one.
fn dash_aside(toks: &[Tok], close: usize) -> Option<(usize, usize)> {
    let dash = |k: usize| matches!(toks[k].punct, Some('—' | '–' | '-'));
    if !dash(close) {
        return None;
    }
    let mut c = close;
    while c > 0 && dash(c - 1) {
        c -= 1;
    }
    let mut open = (c.saturating_sub(30)..c)
        .rev()
        .take_while(|&k| !matches!(toks[k].punct, Some('.' | ';' | '?' | '!')))
        .find(|&k| dash(k))?;
    while open > 0 && dash(open - 1) {
        open -= 1;
    }
    Some((open, c))
}

/// The name that opens an aside in dashes closed by the dash at token `close`: `-- John
/// McCain, who lost in 2008 --`.
fn name_in_dashes(text: &str, toks: &[Tok], close: usize) -> Option<Range<usize>> {
    let (open, c) = dash_aside(toks, close)?;
    let first = toks[open..c].iter().find(|t| t.is_word())?;
    let aside = &text[first.start..toks[c].start];
    let (_, np) = noun_phrase(aside).ok()?;
    (np.as_ptr() == aside.as_ptr() && mention_kind(np) == MentionKind::Name)
        .then(|| first.start..first.start + np.len())
}

/// True when, after token `from`, the sentence ends on an attribution of its own: a comma, a
/// speaker of up to eight words and a reporting verb, then time words at most (`…, the
/// Norwegian company said on Tuesday.`, `…, a spokeswoman said, adding …`).
fn trailing_report_after(text: &str, toks: &[Tok], from: usize) -> bool {
    (from + 1..toks.len()).any(|m| {
        let t = &toks[m];
        if !t.is_word() || !lexicon::cue(word_at(text, t)).is_some_and(|c| c.class.reports()) {
            return false;
        }
        let Some(comma) = toks[from + 1..m]
            .iter()
            .rposition(|x| !x.is_word())
            .map(|p| from + 1 + p)
        else {
            return false;
        };
        // (time words and the listener after the verb: `said on Tuesday`, `told reporters`)
        let rest = toks[m + 1..]
            .iter()
            .take_while(|x| {
                let w = word_at(text, x);
                x.is_word()
                    && (lexicon::is_adjunct(w)
                        || lexicon::is_preposition(w)
                        || is_capitalised(w)
                        || w == "reporters")
            })
            .count();
        toks[comma].punct == Some(',')
            && (2..=9).contains(&(m - comma))
            && rest <= 4
            && toks
                .get(m + 1 + rest)
                .is_none_or(|x| matches!(x.punct, Some('.' | ',')))
            && matches!(np_before(text, toks, m), Before::Found(r) if r.start == toks[comma + 1].start)
    })
}

/// `asking not to be named`, `asked not to be identified` at token `k`: a source's anonymity,
/// not what they asked for.
fn asks_anonymity(text: &str, toks: &[Tok], k: usize) -> bool {
    let w = |n: usize| toks.get(k + n).map_or("", |t| word_at(text, t));
    ["asking", "asked", "requesting", "requested"].contains(&w(0))
        && w(1) == "not"
        && w(2) == "to"
        && w(3) == "be"
        && ["named", "identified", "quoted"].contains(&w(4))
}

/// `familiar with the matter`, `close to the campaign`, `briefed on the talks`: a postmodifier
/// that restricts an anonymous source, ending right before token `end`. The index of its first
/// word.
fn restricting_postmodifier(text: &str, toks: &[Tok], end: usize) -> Option<usize> {
    (end.saturating_sub(6)..end.saturating_sub(2)).find(|&k| {
        k > 0
            && matches!(text.as_bytes()[toks[k].start], b'f' | b'c' | b'b')
            && lexicon::restricts_source(word_at(text, &toks[k]), word_at(text, &toks[k + 1]))
            && toks[k - 1].is_word()
            // (`familiar with Gates’ work`: a plural's possessive mark)
            && (k..end).all(|n| {
                toks[n].is_word()
                    || matches!(toks[n].punct, Some('\'' | '’'))
                        && word_at(text, &toks[n - 1]).ends_with('s')
                        && toks[n - 1].end == toks[n].start
            })
    })
}

fn np_before(text: &str, toks: &[Tok], end: usize) -> Before {
    let mut i = skip_adjuncts_back(text, toks, end, 8);
    // `a person familiar with the matter said`, `people close to the campaign say`: the phrase
    // before the postmodifier, with it
    if let Some(k) = restricting_postmodifier(text, toks, i) {
        let head = match np_before(text, toks, k) {
            Before::Found(r) if r.end == toks[k - 1].end => Some(r.start),
            // (`a person`, `two people`, `sources`: a common head, with its determiner)
            _ => {
                let d = (k.saturating_sub(3)..k).find(|&d| {
                    let w = word_at(text, &toks[d]);
                    lexicon::is_determiner(w) || is_number(w)
                });
                let from = d.unwrap_or(k - 1);
                toks[from..k]
                    .iter()
                    .all(|t| t.is_word() && word_at(text, t).chars().all(char::is_alphanumeric))
                    .then_some(toks[from].start)
            }
        };
        if let Some(start) = head {
            return Before::Found(start..toks[i - 1].end);
        }
    }
    // `on Wednesday`: the preposition of a skipped time phrase
    if i > 0 && i < end && word_at(text, &toks[i - 1]).eq_ignore_ascii_case("on") {
        i -= 1;
    }
    // `Sen. Ida Brandt (D-Mass.) said`: a party tag after the name
    if i > 0 && toks[i - 1].punct == Some(')') {
        if let Some(k) = (i.saturating_sub(8)..i - 1)
            .rev()
            .find(|&k| toks[k].punct == Some('('))
        {
            if k > 0 && toks[k - 1].is_word() && is_capitalised(word_at(text, &toks[k - 1])) {
                i = k;
            }
        }
    }
    if i == 0 {
        return Before::None;
    }
    // `Joseph R. Biden Jr. said`: the suffix and its dot end the name
    let range_end = toks[i - 1].end;
    // (and so do an initialism's: `The S.E.C. said`)
    if i >= 2
        && toks[i - 1].punct == Some('.')
        && (["jr", "sr"]
            .iter()
            .any(|x| word_at(text, &toks[i - 2]).eq_ignore_ascii_case(x))
            || (word_at(text, &toks[i - 2]).contains('.')
                && crate::text::is_initials(word_at(text, &toks[i - 2]))))
    {
        i -= 1;
    }
    let last = &toks[i - 1];
    if last.punct == Some(',') {
        return Before::Comma(i - 1);
    }
    // `A former candidate -- John McCain, who lost in 2008 -- said`: the name that opens an
    // aside in dashes
    if let Some(r) = name_in_dashes(text, toks, i - 1) {
        return Before::Found(r);
    }
    // `The report — which Rusk wrote in May — warned`: the phrase before the aside
    if let Some((open, _)) = dash_aside(toks, i - 1) {
        return np_before(text, toks, open);
    }
    let w = word_at(text, last);
    if w.eq_ignore_ascii_case("who") {
        // `X, who said …`: the subject is X
        if i >= 2 && toks[i - 2].punct == Some(',') {
            return np_before(text, toks, i - 2);
        }
        return Before::None;
    }
    // `Others said …`, `some argued …`: a quantifier standing alone
    if [
        "some", "others", "several", "many", "most", "another", "both", "few",
    ]
    .iter()
    .any(|q| w.eq_ignore_ascii_case(q))
    {
        return Before::Found(last.range());
    }
    // `he's said`, `they've said`: a pronoun with its auxiliary
    if let Some(p) = ["’s", "'s", "’ve", "'ve"]
        .iter()
        .find_map(|c| w.strip_suffix(c))
    {
        if ["he", "she", "they", "we", "i", "you"]
            .iter()
            .any(|x| p.eq_ignore_ascii_case(x))
        {
            return Before::Found(last.start..last.start + p.len());
        }
    }
    if lexicon::is_pronoun(w) {
        if w.eq_ignore_ascii_case("it")
            || (i >= 2 && word_at(text, &toks[i - 2]).eq_ignore_ascii_case("what"))
        {
            return Before::None;
        }
        return Before::Found(last.range());
    }
    let head_ok = last.is_word()
        && np_word_ok(w)
        // (`Wealth-X`, `Coca-Cola`: capitals on both sides of the hyphen)
        && (!w.contains('-') || is_age(w) || lexicon::is_role(w) || w.split('-').all(is_capitalised))
        && (is_capitalised(w) || lexicon::is_role(w) || lexicon::is_org(w) || is_age(w));
    if !head_ok {
        return Before::None;
    }
    let mut j = i - 1;
    // (`aides to Hillary Clinton`, `officials at the Justice Department`: after a role, `to`
    // and `at` link a phrase to it too) -- the link at token `k`
    let role_link = |k: usize| {
        k >= 1 && ["to", "at"].contains(&word_at(text, &toks[k])) && toks[k - 1].is_word() && {
            let r = word_at(text, &toks[k - 1]);
            lexicon::with_lower(r, lexicon::is_role)
                || lexicon::is_lowercase_role_plural(&r.to_lowercase())
        }
    };
    // a speaker's phrase is short: look back a dozen words at most
    while j > 0 && i - j < 12 {
        let t = &toks[j - 1];
        let tw = word_at(text, t);
        // `Sen.` and initials: `Leonard E. Burman`, `Steven H. Warren`
        let abbreviation_dot = t.punct == Some('.') && j >= 2 && {
            let w = word_at(text, &toks[j - 2]);
            lexicon::is_abbreviation(w) || crate::text::is_initials(w)
        };
        // `of` between a role and its field: `the secretary of state`, `chief of staff`
        let role_of = tw.eq_ignore_ascii_case("of")
            && j >= 2
            && toks[j - 2].is_word()
            && lexicon::is_role(word_at(text, &toks[j - 2]));
        let link = t.is_word()
            && (tw.eq_ignore_ascii_case("of")
                || tw.eq_ignore_ascii_case("for")
                || lexicon::with_lower(tw, lexicon::is_name_particle)
                || role_link(j - 1))
            && j >= 2
            && (is_capitalised(word_at(text, &toks[j])) || role_of);
        // `election officials`, `the port authority`: lowercase nouns before a role or body, up
        // to two, while no capital has been read
        let compound = t.is_word()
            && i - j <= 2
            && (lexicon::is_role(w) || lexicon::is_org(w))
            && toks[j..i].iter().all(|x| !is_capitalised(word_at(text, x)))
            && tw.len() > 2
            && common_word(tw)
            // `Obama rebuked critics`: a verb, not a modifier (`elected officials`)
            && (!looks_like_verb(tw) || ["elected", "retired", "unnamed"].contains(&tw))
            && ![
                "and", "but", "or", "nor", "not", "who", "which", "than", "that",
            ]
            .contains(&tw);
        // `Carl A. Lind`: an initial, though `A` is also an article
        let initial = t.is_word()
            && tw.len() == 1
            && tw.chars().all(|c| c.is_ascii_uppercase())
            && toks[j].punct == Some('.');
        if (t.is_word() && np_word_ok(tw)) || abbreviation_dot || link || compound || initial {
            j -= 1;
        } else if t.is_word() && lexicon::is_determiner(tw) && !tw.eq_ignore_ascii_case("that") {
            j -= 1;
            // `Nora Lindqvist of the Harbor Institute`: `of the` after a capitalised word goes
            // on to the name before it
            let of_the = tw.eq_ignore_ascii_case("the")
                && j >= 2
                && toks[j - 1].is_word()
                && (matches!(word_at(text, &toks[j - 1]), "of" | "for")
                    && toks[j - 2].is_word()
                    && is_capitalised(word_at(text, &toks[j - 2]))
                    || role_link(j - 1));
            if !of_the {
                break;
            }
            j -= 1;
        } else {
            break;
        }
    }
    // never begin with a dangling `of`
    while j < i - 1 && {
        let w = word_at(text, &toks[j]);
        w.eq_ignore_ascii_case("of") || w.eq_ignore_ascii_case("for")
    } {
        j += 1;
    }
    // the word before the phrase: `what they said` is not a speaker
    if j > 0 && word_at(text, &toks[j - 1]).eq_ignore_ascii_case("what") {
        return Before::None;
    }
    let range = toks[j].start..range_end.max(last.end);
    let np = &text[range.clone()];
    if mention_kind(np) == MentionKind::Description
        && !np
            .split_whitespace()
            .any(|w| lexicon::is_role(w) || lexicon::is_org(w) || is_age(w))
    {
        return Before::None;
    }
    if let Some(name) = unclosed_apposition(text, toks, j) {
        return Before::Found(name);
    }
    Before::Found(range)
}

/// `Sam Lau, the communications director for the state party said`, `Ann Ruiz, president and
/// CEO of the port authority stated`: an apposition whose closing comma is missing. The phrase
/// found before the cue (at token `start`) ends the apposition; the speaker is the name that
/// opens the sentence before its comma.
fn unclosed_apposition(text: &str, toks: &[Tok], start: usize) -> Option<Range<usize>> {
    let comma = (start.saturating_sub(25)..start)
        .rev()
        .find(|&c| !toks[c].is_word())
        .filter(|&c| toks[c].punct == Some(','))?;
    // the apposition opens with an article or a role, holds a role, and has words of its own
    // before the phrase found (`Obama, the Times reported` is no apposition)
    let apposition = &toks[comma + 1..start];
    let opens = apposition.first().is_some_and(|t| {
        let w = word_at(text, t);
        ["the", "a", "an"].contains(&w) || (lexicon::is_role(w) && !is_capitalised(w))
    });
    // (a verb makes it a clause: `On Friday, the chairman Tom Okafor released a statement`)
    if !opens
        || !apposition
            .iter()
            .any(|t| lexicon::is_role(word_at(text, t)))
        || apposition
            .iter()
            // (a relative clause inside it has verbs: `the reporter who is credited with …`)
            .take_while(|t| !["who", "that", "which"].contains(&word_at(text, t)))
            .any(|t| {
                let w = word_at(text, t);
                !is_capitalised(w) && (looks_like_verb(w) || lexicon::cue(w).is_some())
            })
    {
        return None;
    }
    // a name of two words or more opens the sentence
    let mut s = comma;
    while s > 0 && toks[s - 1].is_word() && is_capitalised(word_at(text, &toks[s - 1])) {
        s -= 1;
    }
    let opens_sentence = (s == 0
        || matches!(toks[s - 1].punct, Some('.' | '!' | '?' | '“' | '”' | '"')))
        && !lexicon::is_capital_stopword(word_at(text, toks.get(s)?));
    let name = toks.get(s)?.start..toks[comma - 1].end;
    (opens_sentence && comma - s >= 2 && mention_kind(&text[name.clone()]) == MentionKind::Name)
        .then_some(name)
}

/// A lowercase word that can stand in a noun phrase before a cue: no time word, preposition,
/// pronoun, determiner or reporting verb (`election` in `election officials`).
fn common_word(w: &str) -> bool {
    w.chars().all(|c| c.is_lowercase() || c == '-')
        && !lexicon::is_adjunct(w)
        && !lexicon::is_preposition(w)
        && !lexicon::is_pronoun(w)
        && !lexicon::is_determiner(w)
        && lexicon::cue(w).is_none()
}

/// `an architect`, `the harbor master`: an article and one or two lowercase words ending at
/// token `end`, wherever they stand (`paid an architect who said …`, `quoted the harbor master
/// as saying …`).
fn article_and_nouns_before(text: &str, toks: &[Tok], end: usize) -> Option<Range<usize>> {
    (2..=3).find_map(|n| {
        let d = end.checked_sub(n)?;
        let det = word_at(text, &toks[d]);
        (["a", "an", "the"].contains(&det)
            && toks[d + 1..end]
                .iter()
                .all(|t| t.is_word() && word_at(text, t).chars().all(|c| c.is_ascii_lowercase())))
        .then(|| toks[d].start..toks[end - 1].end)
    })
}

/// [`common_np_before`], or such a phrase, `of` and one to three words (`Several supporters of
/// reform said`) as the subject of a reporting verb.
fn common_np_of_before(text: &str, toks: &[Tok], end: usize) -> Option<Range<usize>> {
    common_np_before(text, toks, end).or_else(|| {
        let of = (end.saturating_sub(4)..end.saturating_sub(1))
            .rev()
            .find(|&k| toks[k].is_word() && word_at(text, &toks[k]) == "of")?;
        toks[of + 1..end]
            .iter()
            .all(|t| {
                let w = word_at(text, t);
                t.is_word()
                    && lexicon::cue(w).is_none()
                    && !["who", "whom", "which", "that"].contains(&w)
            })
            .then(|| of_phrase_head(text, toks, of + 1))
            .flatten()
            .map(|h| h..toks[end - 1].end)
    })
}

/// The name right before token `end` (a phrase of another kind there gives none).
fn name_before(text: &str, toks: &[Tok], end: usize) -> Option<Range<usize>> {
    match np_before(text, toks, end) {
        Before::Found(n) if mention_kind(&text[n.clone()]) == MentionKind::Name => Some(n),
        _ => None,
    }
}

/// Where a common phrase before `of` starts when the phrase at token `k` follows that `of`
/// (`Some members of Congress`).
fn of_phrase_head(text: &str, toks: &[Tok], k: usize) -> Option<usize> {
    // (`a spokeswoman for the assembly said`: a role's `for` too)
    let link = if k >= 2 {
        word_at(text, &toks[k - 1])
    } else {
        ""
    };
    let role_for = link == "for"
        && toks[k - 2].is_word()
        && lexicon::with_lower(word_at(text, &toks[k - 2]), lexicon::is_role);
    (link == "of" || role_for)
        .then(|| common_np_before(text, toks, k - 1))
        .flatten()
        .map(|h| h.start)
}

/// `One man wrote`, `the clip says`: a determiner and one to three common words right before
/// token `end` (a cue). Grammars that have the cue beside it may take any description.
fn common_np_before(text: &str, toks: &[Tok], end: usize) -> Option<Range<usize>> {
    let mut j = end;
    while j > 0 && end - j < 3 {
        let t = &toks[j - 1];
        let w = word_at(text, t);
        let common = t.is_word()
            && common_word(w)
            && ![
                "and", "but", "or", "not", "who", "which", "than", "also", "of", "as", "without",
                "like", "into", "onto", "upon", "against", "within", "toward", "towards",
            ]
            .contains(&w);
        if !common {
            break;
        }
        j -= 1;
    }
    // the phrase opens its clause: `One man wrote`, not `said in a low voice` (`at which
    // point the crowd chanted`, `where the crowd chanted`: a relative of time or place opens a
    // clause too)
    let opens_at = |d: usize| {
        d == 0
            || !toks[d - 1].is_word()
            || ["and", "but", "while", "when", "as", "where"]
                .iter()
                .any(|c| word_at(text, &toks[d - 1]).eq_ignore_ascii_case(c))
            || (d >= 2
                && word_at(text, &toks[d - 1]) == "point"
                && ["which", "that", "this"].contains(&word_at(text, &toks[d - 2])))
    };
    if j == end {
        return None;
    }
    // a plural noun with no determiner opening its clause: `economists say`, `409 teachers
    // said`, `Chinese traders also say` (a capitalised word or a number may lead it)
    let head = word_at(text, &toks[end - 1]);
    let plural = head.len() > 3 && head.ends_with('s') && !head.ends_with("ss");
    // `Obama rebuked critics`: a verb among the words ends the phrase after it
    let verb_inside = toks[j..end]
        .iter()
        .any(|t| looks_like_verb(word_at(text, t)));
    let lead = j.checked_sub(1).filter(|&d| {
        !verb_inside && toks[d].is_word() && {
            let w = word_at(text, &toks[d]);
            w.chars().all(|c| c.is_ascii_digit())
                || (is_capitalised(w) && !lexicon::is_capital_stopword(w) && !is_possessive(w))
        }
    });
    // a share of those asked: `14 percent said “not at all likely”`
    let number_lead = lead.filter(|&d| {
        opens_at(d)
            && word_at(text, &toks[d]).chars().all(|c| c.is_ascii_digit())
            && head.eq_ignore_ascii_case("percent")
    });
    if let Some(d) = number_lead {
        return Some(toks[d].start..toks[end - 1].end);
    }
    // `Mr. Comey's allies say`, `Mrs. Clinton's campaign strategists say`, `Leading Democratic
    // strategists say`: capitalised words (a possessive name, or adjectives before a plural)
    // lead the phrase back to where its clause opens
    let capitalised_lead = |d: usize| {
        toks[d].is_word() && {
            let w = word_at(text, &toks[d]);
            is_capitalised(w) && !lexicon::is_capital_stopword(w) && !lexicon::is_pronoun(w)
        }
    };
    if j > 0 && !verb_inside && capitalised_lead(j - 1) {
        let possessive = is_possessive(word_at(text, &toks[j - 1]));
        let mut d = j - 1;
        while d > 0
            && j - d < 4
            && capitalised_lead(d - 1)
            && !is_possessive(word_at(text, &toks[d - 1]))
        {
            d -= 1;
        }
        let long_enough = possessive || j - d >= 2;
        if (possessive || plural) && long_enough && opens_at(d) {
            return Some(toks[d].start..toks[end - 1].end);
        }
    }
    if plural {
        if let Some(d) = lead.filter(|&d| opens_at(d)) {
            return Some(toks[d].start..toks[end - 1].end);
        }
        if opens_at(j) {
            return Some(toks[j].start..toks[end - 1].end);
        }
    }
    let mut d = j.checked_sub(1)?;
    // `The NFL legend said`, `The Republican incumbent said`: an acronym or up to two
    // capitalised modifiers between the determiner and the nouns
    while d > 0
        && j - d < 3
        && (capitalised_lead(d) && !is_possessive(word_at(text, &toks[d]))
            || toks[d].is_word() && crate::text::is_acronym(word_at(text, &toks[d])))
    {
        d -= 1;
    }
    // `All three candidates have said`, `all the experts said`: determiners in a row
    while d > 0
        && j - d < 3
        && toks[d - 1].is_word()
        && lexicon::is_determiner(word_at(text, &toks[d - 1]))
        && lexicon::is_determiner(word_at(text, &toks[d]))
    {
        d -= 1;
    }
    let det = &toks[d];
    let dw = word_at(text, det);
    (opens_at(d) && det.is_word() && lexicon::is_determiner(dw) && !dw.eq_ignore_ascii_case("that"))
        .then(|| det.start..toks[end - 1].end)
}

/// `hours after …`, `two weeks before …`, `a day later`: a span of time and its preposition
/// starting at token `k`, which opens a writer's adjunct after a comma.
fn time_adjunct_at(text: &str, toks: &[Tok], k: usize) -> bool {
    const UNITS: &[&str] = &[
        "minutes", "hours", "days", "weeks", "months", "years", "minute", "hour", "day", "week",
        "month", "year",
    ];
    let word = |n: usize| {
        toks.get(n)
            .filter(|t| t.is_word())
            .map_or("", |t| word_at(text, t))
    };
    let unit = if UNITS.contains(&word(k)) {
        k
    } else if (matches!(word(k), "a" | "an" | "several" | "few") || is_number(word(k)))
        && UNITS.contains(&word(k + 1))
    {
        k + 1
    } else {
        return false;
    };
    matches!(word(unit + 1), "after" | "before" | "later" | "earlier")
}

/// A number word or a numeral: `56`, `4.5`, `thirty`, `Eighty-four`, `10,000`.
fn is_number(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
    ];
    (w.starts_with(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ','))
        || w.split('-')
            .all(|p| WORDS.iter().any(|n| p.eq_ignore_ascii_case(n)))
}

/// `Two in three said …`, `Some 56 percent of Cuban-Americans polled said …`, `Almost half of
/// respondents said …`, `A majority of voters believe …`: a share of the people asked, opening
/// its clause and ending at token `end` (the cue). The speaker is the whole phrase.
fn share_before(text: &str, toks: &[Tok], end: usize) -> Option<Range<usize>> {
    let q = share_start(text, toks, end)?;
    let opens = q == 0
        || !toks[q - 1].is_word()
        || ["and", "but", "while", "when", "whereas", "which", "whom"]
            .iter()
            .any(|c| word_at(text, &toks[q - 1]).eq_ignore_ascii_case(c));
    opens.then(|| toks[q].start..toks[end - 1].end)
}

/// The token where a share of people (as [`share_before`] reads it) ending at token `end`
/// starts, wherever it stands (`including 18% who say …`).
fn share_start(text: &str, toks: &[Tok], end: usize) -> Option<usize> {
    let w = |k: usize| toks[k].is_word().then(|| word_at(text, &toks[k]));
    let is = |k: usize, set: &[&str]| {
        w(k).is_some_and(|x| set.iter().any(|s| x.eq_ignore_ascii_case(s)))
    };
    let mut e = end;
    // `of Cuban-Americans polled`
    if e > 0
        && is(
            e - 1,
            &[
                "polled",
                "surveyed",
                "asked",
                "questioned",
                "interviewed",
                "sampled",
            ],
        )
    {
        e -= 1;
    }
    // where the quantity ends: `of` and at most five words of the people (`of respondents`,
    // `of Latino voters in Florida`) may follow it
    // (`Many in the crowd`, `Some among the delegates`: after a quantifier word, `in` and
    // `among` too)
    let of = (e.saturating_sub(7)..e).find(|&k| {
        (is(k, &["of"])
            || (is(k, &["in", "among"])
                && k > 0
                && is(
                    k - 1,
                    &["most", "many", "few", "some", "all", "none", "several"],
                )))
            && !(k > 0 && is(k - 1, &["out"]))
            && (k + 1..e).all(|i| {
                w(i).is_some_and(|x| {
                    lexicon::cue(x).is_none() && !["that", "who", "which", "and", "or"].contains(&x)
                })
            })
    });
    let q_end = of.unwrap_or(e);
    if q_end == 0 || (of.is_some() && q_end + 1 == e) {
        return None;
    }
    // the quantity: `56 percent`, `56 %`, `two in three`, `half`, `a majority`, `most`
    let last = q_end - 1;
    let mut q = if (is(last, &["percent"]) || toks[last].punct == Some('%'))
        && last > 0
        && w(last - 1).is_some_and(is_number)
    {
        last - 1
    } else if last >= 2
        && w(last).is_some_and(is_number)
        && is(last - 1, &["in"])
        && w(last - 2).is_some_and(is_number)
    {
        last - 2
    } else if last >= 3
        && w(last).is_some_and(is_number)
        && is(last - 1, &["of"])
        && is(last - 2, &["out"])
        && w(last - 3).is_some_and(is_number)
    {
        last - 3
    } else if is(
        last,
        &[
            "half",
            "majority",
            "minority",
            "plurality",
            "third",
            "quarter",
            "fifth",
            "two-thirds",
            "three-quarters",
            "three-fourths",
        ],
    ) {
        if last > 0 && is(last - 1, &["a", "the", "one", "two"]) {
            last - 1
        } else {
            last
        }
    } else if of.is_some()
        && is(
            last,
            &["most", "many", "few", "some", "all", "none", "several"],
        )
    {
        last
    } else {
        return None;
    };
    // `almost`, `more than`, `some`, `about`
    while q > 0
        && is(
            q - 1,
            &[
                "almost",
                "nearly",
                "about",
                "some",
                "only",
                "just",
                "roughly",
                "around",
                "over",
                "under",
                "than",
                "more",
                "fewer",
                "less",
                "barely",
                "exactly",
                "slightly",
                "well",
                // (`Another 19 percent said`, `an additional 5 percent`)
                "another",
                "additional",
                "further",
                "an",
            ],
        )
    {
        q -= 1;
    }
    Some(q)
}

/// `…, and Ms. Brainard is among …`, `…, and Brooks had to ask …`: a name (with its title) as
/// the subject of a new clause at token `k`, its verb right after it.
fn named_subject_at(text: &str, toks: &[Tok], k: usize) -> bool {
    let mut j = k;
    while j < toks.len()
        && j < k + 4
        && (toks[j].is_word() && is_capitalised(word_at(text, &toks[j]))
            || toks[j].punct == Some('.'))
    {
        j += 1;
    }
    j > k
        && toks[k].is_word()
        && !lexicon::is_capital_stopword(word_at(text, &toks[k]))
        && toks.get(j).is_some_and(|t| {
            let w = word_at(text, t);
            t.is_word() && w != "said" && lexicon::cue(w).is_none() && looks_like_verb(w)
        })
}

/// `One of the authors of that 2013 report, Ari Fleischer, said …`: a name set off by commas
/// after a phrase of words, the comma `comma` right before the cue closing it.
fn name_in_apposition_before(text: &str, toks: &[Tok], comma: usize) -> Option<Range<usize>> {
    let Before::Found(r) = np_before(text, toks, comma) else {
        return None;
    };
    let open = toks[..comma].iter().rposition(|t| t.end <= r.start)?;
    (toks[open].punct == Some(',')
        && toks.get(open + 1).is_some_and(|t| t.start == r.start)
        && open > 0
        && toks[open - 1].is_word()
        && mention_kind(&text[r.clone()]) == MentionKind::Name)
        .then_some(r)
}

/// `The researchers, from the University of Leeds, found …`: a described subject that opens
/// the sentence, with an aside between commas that a preposition or a relative pronoun opens
/// and the comma `comma` right before the cue closes.
fn described_subject_before_aside(
    text: &str,
    toks: &[Tok],
    sentence: Range<usize>,
    comma: usize,
) -> Option<Range<usize>> {
    let subject = sentence_subject(text, sentence, true)?;
    let open = toks.iter().position(|t| t.start >= subject.end)?;
    let first = toks.get(open + 1)?;
    let w = word_at(text, first);
    (toks[open].punct == Some(',')
        && open + 1 < comma
        && (lexicon::is_preposition(w) || ["who", "which"].contains(&w))
        && !toks[open + 1..comma]
            .iter()
            .any(|t| matches!(t.punct, Some(',' | ';' | ':' | '“' | '"'))))
    .then_some(subject)
}

/// `the pension fund Kvarstad Pensjon`, `the ride-hailing company Uber`: in the phrase `inner`
/// that ends before the comma `comma`, the name read back from the comma, when only a
/// determiner and up to three lowercase words stand before it.
fn named_after_common_nouns(
    text: &str,
    toks: &[Tok],
    inner: Range<usize>,
    comma: usize,
) -> Option<Range<usize>> {
    let Before::Found(r) = np_before(text, toks, comma) else {
        return None;
    };
    let lead: Vec<&str> = text[inner.start..r.start.max(inner.start)]
        .split_whitespace()
        .collect();
    (r.start > inner.start
        && r.end == inner.end
        && (1..=4).contains(&lead.len())
        && lexicon::is_determiner(lead[0])
        && lead[1..]
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && matches!(
            mention_kind(&text[r.clone()]),
            MentionKind::Name | MentionKind::Organisation
        ))
    .then_some(r)
}

/// `Michael Bloomberg, who is thinking about running, said …` / `Harry Bond, 30, of Raleigh,
/// N.C., said …`: the speaker before the interjection that ends at `comma`, the comma right
/// before the cue. The interjection opens with a relative pronoun, an article, an age, `of`, a
/// participle or a lowercase role (at most 30 tokens back, in one clause); the earliest such
/// opening with a name or a pronoun before it wins. Callers try the sentence's subject first:
/// `Alarmed by the unrest, Senator Harry Reid, the minority leader, said …`.
fn subject_before_interjection(text: &str, toks: &[Tok], comma: usize) -> Option<Range<usize>> {
    let opens = |t: &Tok| {
        let w = word_at(text, t);
        t.is_word()
            && (w.starts_with(|c: char| c.is_ascii_digit())
                || (lexicon::is_role(w) && w.chars().all(char::is_lowercase))
                || (w.len() > 4
                    && (w.ends_with("ing") || w.ends_with("ed"))
                    && w.chars().all(char::is_lowercase))
                || [
                    "who", "who's", "who’s", "whose", "whom", "which", "a", "an", "the", "of",
                    "from", "then", "now", "once", "himself", "herself", "like",
                ]
                .contains(&w))
    };
    let mut best = None;
    let mut j = comma;
    while j > comma.saturating_sub(30) {
        j -= 1;
        let t = &toks[j];
        if matches!(t.punct, Some(';' | ':' | '—' | '“' | '”' | '"' | '(' | ')')) {
            break;
        }
        let named_next = toks
            .get(j + 1)
            .is_some_and(|n| n.is_word() && is_capitalised(word_at(text, n)));
        if t.punct == Some(',') && toks.get(j + 1).is_some_and(|n| opens(n) || named_next) {
            let before = np_before(text, toks, j);
            let named_before = matches!(&before, Before::Found(r)
                if mention_kind(&text[r.clone()]) != MentionKind::Description);
            match before {
                // `Sen. Ida Brandt, the harbour chair, said`: the name before the interjection
                Before::Found(r) if named_before && !named_next => best = Some(r),
                _ if named_before => {}
                // `NatWest's corporate parent, the Royal Bank of Scotland Group, said`, `the
                // LinkedIn chief executive, Jeff Weiner, put it`: after a description, the name
                // the interjection gives
                _ if best.is_none() => {
                    let inner = toks[j + 1].start..toks[comma - 1].end;
                    best = grammar::noun_phrase(&text[inner.clone()])
                        .ok()
                        .filter(|(rest, np)| {
                            rest.is_empty()
                                && matches!(
                                    mention_kind(np),
                                    MentionKind::Name | MentionKind::Organisation
                                )
                        })
                        .map(|_| inner.clone())
                        // (`Its largest shareholder, the pension fund Kvarstad Pensjon, said`:
                        // common nouns before the name the interjection ends on)
                        .or_else(|| named_after_common_nouns(text, toks, inner, comma));
                }
                _ => {}
            }
        }
    }
    best
}

/// Capitalised quantifiers that open a subject (`Several candidates`, `Others`) though they are
/// sentence connectives' kin for the name scanner.
const QUANTIFIERS: &[&str] = &[
    "Other",
    "Others",
    "Many",
    "Some",
    "Several",
    "Most",
    "Few",
    "All",
    "Each",
    "Every",
    "Such",
    "Another",
    "Both",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Dozens",
    "Hundreds",
    "Thousands",
    "Millions",
];

/// A lowercased word that opens a sentence as an adverb before its comma (`First, they …`,
/// `Typically, the senator …`, `Most recently, Trump …`): the subject comes after it. Names
/// that end in `ly` (`Kelly`, `Beverly`, `Emily`) end in none of these suffixes.
fn sentence_adverb(lower: &str) -> bool {
    matches!(
        lower,
        "first" | "second" | "third" | "fourth" | "finally" | "lastly" | "again" | "once" | "now"
    ) || (lower.len() >= 7
        && [
            "ally", "edly", "ately", "ously", "ively", "ently", "antly", "ingly", "fully", "ually",
            "arly",
        ]
        .iter()
        .any(|s| lower.ends_with(s)))
}

/// The subject at the start of a sentence: an opening phrase up to a comma is skipped
/// (`Following the summit, Merkel said`), and a description in front of a name gives way to it
/// (`Europe’s longest-serving leader, Lukashenko has …`).
fn sentence_subject(
    text: &str,
    sentence: Range<usize>,
    any_description: bool,
) -> Option<Range<usize>> {
    let limit = ceil(text, (sentence.start + WINDOW).min(sentence.end));
    let toks = tokens(text, sentence.start..limit, &[]);
    let mut i = 0;
    while let Some(t) = toks.get(i) {
        let w = word_at(text, t);
        // (and the time words after one: `And then Trump went on the attack`)
        let adjunct_after = i > 0
            && t.is_word()
            && w.chars().all(|c| c.is_ascii_lowercase())
            && lexicon::is_adjunct(w)
            && !AUXILIARIES.contains(&w)
            && w != "did";
        if adjunct_after
            || matches!(
                w,
                "But" | "And" | "Yet" | "So" | "Still" | "Meanwhile" | "Also" | "However" | "Then"
            )
        {
            i += 1;
        } else {
            break;
        }
    }
    // a dateline: `PHILADELPHIA, July 25 (UPI) — The committee …`, `PORTLAND, Ore. - Peter …`
    let dateline = toks.get(i).is_some_and(|t| {
        let w = word_at(text, t);
        t.is_word() && w.len() >= 3 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '-')
    }) && toks.get(i + 1).is_some_and(|t| t.punct == Some(','));
    if dateline {
        let dash = toks[i..]
            .iter()
            .take(12)
            .position(|t| matches!(t.punct, Some('—' | '–' | '-')))?;
        i += dash + 1;
    }
    // `A few days later, Trump …`, `Earlier this week, Clinton …`: a time phrase and its comma
    if let Some(p) = toks[i..]
        .iter()
        .take(7)
        .position(|t| !t.is_word())
        .filter(|&p| p > 0 && toks[i + p].punct == Some(','))
    {
        let last = word_at(text, &toks[i + p - 1]).to_ascii_lowercase();
        if [
            "later",
            "ago",
            "earlier",
            "afterward",
            "afterwards",
            "morning",
            "afternoon",
            "evening",
            "night",
            "week",
            "weekend",
            "month",
            "year",
            "day",
            "time",
        ]
        .contains(&last.as_str())
            || (p <= 3 && sentence_adverb(&last))
            // (`Early in his campaign, Trump …`, `Shortly after the vote, …`)
            || (p <= 7
                && ["Early", "Late", "Shortly", "Soon", "Right", "Just", "Long"]
                    .contains(&word_at(text, &toks[i]))
                && toks
                    .get(i + 1)
                    .is_some_and(|n| lexicon::is_preposition(word_at(text, n))))
        {
            i += p + 1;
        }
    }
    // `Last month, when I asked him …, he looked …`, `And although he thanked them, he …`: a
    // clause after the time phrase or the connective
    if toks
        .get(i)
        .is_some_and(|t| t.is_word() && SUBORDINATORS.contains(&word_at(text, t)))
    {
        let comma = toks[i..]
            .iter()
            .take(30)
            .position(|t| t.punct == Some(','))?;
        i += comma + 1;
    }
    let first = toks.get(i)?;
    let fw = word_at(text, first);
    // `Citing the report, …`, `Based on the statement, …`, `Preceded at the lectern by …`: a
    // participle opens a phrase, not a name
    let next = toks
        .get(i + 1)
        .filter(|n| n.is_word())
        .map(|n| word_at(text, n));
    // (five letters: `Based on the statement, …`, `Faced with …`)
    let participle = fw.len() >= 5
        && ((fw.ends_with("ing") && next.is_some_and(|n| !is_capitalised(n)))
            || (fw.ends_with("ed") && next.is_some_and(lexicon::is_preposition)));
    let opener = (lexicon::is_capital_stopword(fw) || participle)
        && !matches!(
            fw,
            "The"
                | "A"
                | "An"
                | "He"
                | "She"
                | "They"
                | "We"
                | "I"
                | "His"
                | "Her"
                | "Their"
                | "Its"
        )
        && !QUANTIFIERS.contains(&fw);
    if opener || first.punct.is_some() {
        let comma = toks[i..]
            .iter()
            .take(30)
            .position(|t| t.punct == Some(','))?;
        i += comma + 1;
        // `In June 2009, after Clinton suffered a concussion, Axelrod emailed …`: a second
        // opening clause
        let subordinate = toks.get(i).is_some_and(|t| {
            let w = word_at(text, t);
            t.is_word() && SUBORDINATORS.contains(&w)
        });
        if subordinate {
            let comma = toks[i..]
                .iter()
                .take(30)
                .position(|t| t.punct == Some(','))?;
            i += comma + 1;
        }
    }
    let at = toks.get(i)?.start;
    // `Several candidates, including Trump, said …` / `Others, however, say …`
    let quantifier = |w: &str| QUANTIFIERS.contains(&w);
    let first_word = toks.get(i).map_or("", |t| word_at(text, t));
    let (rest, np) = noun_phrase(&text[at..limit])
        .or_else(|e| {
            if any_description || quantifier(first_word) {
                grammar::common_description(&text[at..limit]).or_else(|e| {
                    if quantifier(first_word) {
                        Ok((&text[at + first_word.len()..limit], first_word))
                    } else {
                        Err(e)
                    }
                })
            } else {
                Err(e)
            }
        })
        .ok()?;
    // `The operators’ association`: a possessive modifies a noun the phrase did not take
    if np.ends_with(['’', '\''])
        || crate::text::is_possessive(np) && !rest.trim_start().starts_with(',')
    {
        return None;
    }
    // `The first taste the audience gets …`: an ordinal the phrase stopped at is no subject
    if np.split_whitespace().count() == 2
        && ["first", "second", "third", "last", "next"]
            .iter()
            .any(|o| np.ends_with(o))
        && rest.trim_start().starts_with(|c: char| c.is_lowercase())
    {
        return None;
    }
    let mut range = at..at + np.len();
    // `Some seek to be removed …`: after a quantifier, a lowercase word that is no plural noun
    // is the verb, and the quantifier stands alone (after `Another`, `Each`, `Every` a singular
    // noun follows: `Another customer, who …`)
    if quantifier(first_word) && !["Another", "Each", "Every"].contains(&first_word) {
        let mut words = np.split_whitespace();
        let (_, second) = (words.next(), words.next());
        let verb = second.is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_lowercase())
                && !w.ends_with('s')
                && !w.ends_with("men")
                && ![
                    "people",
                    "children",
                    "police",
                    "staff",
                    "personnel",
                    "folk",
                    "of",
                    "in",
                    "at",
                    "who",
                ]
                .contains(&w)
        });
        if verb {
            range = at..at + first_word.len();
        }
    }
    if mention_kind(np) == MentionKind::Description {
        // `Europe’s longest-serving leader, Lukashenko …`: the name after the comma
        let upto = rest.find(',').filter(|&c| word_count(&rest[..c]) <= 6);
        if let Some(after) = upto.map(|c| rest[c + 1..].trim_start()) {
            if let Ok((_, name)) = noun_phrase(after) {
                if mention_kind(name) == MentionKind::Name {
                    let s = limit - after.len();
                    range = s..s + name.len();
                }
            }
        }
    }
    Some(range)
}

/// `'Pretty cool working there.'` alone in its paragraph, in single marks, or any quotation in
/// a heading written in capitals (`3. FOR AFGHAN WOMEN ‘GLASS IS HALF FULL.’`): a subhead that
/// borrows words from the story, not a quotation of its own.
fn is_subhead(
    text: &str,
    layout: &Layout,
    block: usize,
    q: &RawQuote,
    outer: &Range<usize>,
) -> bool {
    let Some(b) = layout.blocks.get(block) else {
        return false;
    };
    let para = &text[b.clone()];
    let capitals = !para.contains(char::is_lowercase)
        && para
            .split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_uppercase()).count() >= 2)
            .count()
            >= 2;
    let single = text[q.open.clone()].starts_with(['\'', '‘']);
    capitals
        || (single
            && para.trim() == text[outer.clone()].trim()
            && text[q.content.clone()].split_whitespace().count() <= 10)
}

/// True when the line around `at` is written in Title Case, a headline's style: four words or
/// more, nearly all capitalised.
fn in_headline(text: &str, at: usize) -> bool {
    // a headline is a short line: a line longer than this is none, and is not read whole (a
    // text without line breaks would be read again for each quotation)
    const LONGEST: usize = 1_000;
    let b = text.as_bytes();
    let from = at.saturating_sub(LONGEST);
    let to = (at + LONGEST).min(b.len());
    let start = match memchr::memrchr(b'\n', &b[from..at]) {
        Some(k) => from + k + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let end = match memchr::memchr(b'\n', &b[at..to]) {
        Some(k) => at + k,
        None if to == b.len() => to,
        None => return false,
    };
    end - start <= LONGEST && crate::text::is_title_case_line(&text[start..end])
}

/// True when the article opens with a headline: a first paragraph of one short line (twenty
/// words at most), or two when the second opens with a capital (a deck: `Nevada a 'newcomer'
/// in Republican race; / Residents cite jobs …`), with more text after it. A lede is longer,
/// and a hard-wrapped one goes on in lowercase on its next line.
fn opens_with_headline(text: &str, layout: &Layout) -> bool {
    let (Some(first), true) = (layout.blocks.first(), layout.blocks.len() > 1) else {
        return false;
    };
    let lines: Vec<&str> = text[first.clone()].trim().lines().collect();
    let Some(opening) = lines.first() else {
        return false;
    };
    let ends_sentence = opening
        .trim_end_matches(|c: char| !crate::text::is_alnum(c) && !".!?".contains(c))
        .ends_with(['.', '!', '?']);
    lines.len() <= 2
        && lines
            .iter()
            .all(|l| (1..=20).contains(&l.split_whitespace().count()))
        && lines[1..]
            .iter()
            .all(|l| l.trim_start().starts_with(|c: char| c.is_uppercase()))
        // a short opening sentence in the writer's prose is no headline
        && (lines.len() == 2 || !ends_sentence || crate::text::is_title_case_line(opening))
}

/// Words before a quoted title that make it a title or a name: `a film titled "…"`.
fn is_title_of_work(text: &str, q: &RawQuote, before: &str) -> bool {
    let content = text[q.content.clone()].trim();
    // `@brianefallon`, `760428498989289472`, `2016-08-02`: a handle, an id or a date in marks
    if !content.contains(char::is_whitespace)
        && (content.starts_with(['@', '#'])
            || !content.contains(|c: char| c.is_alphabetic())
            || content.contains("://"))
    {
        return true;
    }
    // `The "SNL" sketch`, `'SNL' has fun with …`: an initialism alone in marks, without a
    // stop or a comma of speech, names a show or a body
    if (2..=5).contains(&content.len()) && content.bytes().all(|b| b.is_ascii_uppercase()) {
        return true;
    }
    // `if Trump were a “she”`, `the “us” in the slogan`: a pronoun in marks is a word named,
    // not words said
    let bare = content.trim_end_matches(['.', ',', '!', '?']);
    if [
        "he", "she", "they", "us", "we", "him", "her", "them", "it", "you", "me", "i",
    ]
    .iter()
    .any(|p| bare.eq_ignore_ascii_case(p))
    {
        return true;
    }
    // `Gov. C.L. “Butch” Otter`, `Sen. “Crazy Bernie” Sanders`: a nickname inside a name
    // (the raw text before the mark: a sentence may seem to end at an initial's dot)
    let raw_before = &text[floor(text, q.open.start.saturating_sub(40))..q.open.start];
    let last_before = raw_before.split_whitespace().last().unwrap_or("");
    let next_after = text[q.close.as_ref().map_or(q.content.end, |c| c.end)..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.', ';', ':']);
    let nickname_words = content.split_whitespace().count() <= 2
        && content.split_whitespace().all(is_capitalised)
        && content
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-');
    if nickname_words
        && raw_before.ends_with(char::is_whitespace)
        && is_capitalised(last_before)
        && !last_before.ends_with([',', ':', ';', '!', '?'])
        && is_capitalised(next_after)
        && next_after.chars().all(char::is_alphabetic)
        && (last_before.ends_with('.')
            || !lexicon::is_capital_stopword(last_before)
            || lexicon::is_role(&last_before.to_lowercase()))
        && !in_headline(text, q.open.start)
    {
        return true;
    }
    let prev = before
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    let prev =
        prev.trim_matches(|c: char| !crate::text::is_alnum(c) && c != '-' && c != '’' && c != '\'');
    // `on CNN’s “New Day,” Gillibrand said` / `told “Morning Joe,”`: after a preposition, a
    // possessive or a verb's listener slot, a title keeps the comma American style puts inside
    // the marks
    // (`author of “Hacked World Order,” who studies …`, `the book, “Crippled America,” …`)
    let maker_of = prev == "of" && {
        let before_of = before
            .trim_end()
            .trim_end_matches(['“', '"', '\'', '‘'])
            .trim_end();
        // (the words before `of`, whatever marks stand around it)
        let before_of = before_of
            .rsplit_once(char::is_whitespace)
            .map_or("", |(b, _)| b)
            .trim_end();
        [
            "author",
            "director",
            "host",
            "creator",
            "producer",
            "star",
            "editor",
            "co-author",
        ]
        .iter()
        .any(|m| before_of.ends_with(m))
    };
    let title_noun = lexicon::is_title_cue(prev)
        && lexicon::cue(prev).is_none()
        && content.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let title_slot = lexicon::is_preposition(prev)
        || maker_of
        || title_noun
        || crate::text::is_possessive(prev)
        // (a plural's: `on CBS’ “60 Minutes.”`)
        || (prev.len() > 2 && (prev.ends_with("s’") || prev.ends_with("s'")))
        || lexicon::cue(prev).is_some_and(|c| c.object);
    // `“This Kind of War,” by T.R. Fehrenbach`: a work and its author
    let after_close = &text[q.close.as_ref().map_or(q.content.end, |c| c.end)..];
    let by_author = after_close
        .trim_start_matches([',', ' '])
        .strip_prefix("by ")
        .is_some_and(|a| a.starts_with(char::is_uppercase))
        && content.starts_with(char::is_uppercase);
    // (and the full stop: `on NBC's ''Meet the Press.''`)
    let content = match content.strip_suffix([',', '.']) {
        Some(c) if title_slot || by_author => c,
        _ => content,
    };
    let words: Vec<&str> = content.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 || content.ends_with(['.', '?', '!', ',']) {
        return false;
    }
    // `chants of “Trump, Trump, Trump”`, `“Ted! Ted! Ted!”`: one name said over and over is a
    // chant, not a title
    let first = crate::text::word_core(words[0]);
    if words.len() >= 2 && words.iter().all(|w| crate::text::word_core(w) == first) {
        return false;
    }
    // (`The plan was called “reckless”`: a passive with a lowercase term characterises, it
    // names no work; `The film was called “Jaws”` does)
    let passive_term = {
        let mut back = before.split_whitespace().rev().skip(1);
        let aux = back
            .next()
            .filter(|w| !w.ends_with("ly"))
            .or_else(|| back.next())
            .unwrap_or("");
        is_form_of_be(aux) && content.starts_with(char::is_lowercase)
    };
    // (`fundraisers -- dubbed “Hillblazers” by the campaign`: a nickname the text gives to
    // the one who coined it is that one's word)
    let coined_by = ["dubbed", "branded", "labeled", "labelled"].contains(&prev)
        && after_close
            .trim_start_matches([',', ' '])
            .starts_with("by ");
    if coined_by {
        return false;
    }
    if lexicon::is_title_cue(prev) && !passive_term {
        return !subject_calls(before);
    }
    // "starred in “Parks and Recreation”": a short Title Case name in mid-sentence; in a
    // headline written in Title Case capitals tell nothing (`Warren: Trump Is a ‘Proven
    // Failure’ in Business`)
    let mid_sentence = before
        .trim_end()
        .chars()
        .last()
        .is_some_and(|c| crate::text::is_alnum(c) || (title_slot && matches!(c, '’' | '\'')))
        && !in_headline(text, q.open.start);
    // `“Broad City” star Arturo Castro`, `“Daily Show” host Trevor Noah`: a name before the
    // role of someone named next
    let after = text[q.close.as_ref().map_or(q.content.end, |c| c.end)..]
        .split_whitespace()
        .next()
        .unwrap_or("");
    let role_next = !is_capitalised(after)
        && (lexicon::is_role(after)
            || [
                "star",
                "stars",
                "host",
                "creator",
                "actor",
                "actress",
                "alum",
                // `''Monday Night Football'' ratings`, `the “Daily Show” segment`
                "ratings",
                "viewers",
                "audience",
                "episode",
                "episodes",
                "segment",
                "sketch",
                "premiere",
                "finale",
                "season",
                "series",
                "broadcast",
                "franchise",
            ]
            .contains(&after));
    // `“Sons of Trump” happily roots around …`: a name in Title Case opening its sentence,
    // with the writer's lowercase verb (or adverb) right after it, no comma between
    let opens_sentence = before.trim_end().is_empty()
        || before.trim_end().ends_with(['.', '!', '?'])
        || before.ends_with('\n');
    let lowercase_next = !after_close.starts_with([',', '.', ':', ';', '!', '?'])
        && after.starts_with(char::is_lowercase)
        && after.chars().all(char::is_alphabetic)
        && lexicon::cue(after).is_none()
        && !lexicon::is_pronoun(after)
        && words.len() >= 2;
    // `Orange is the New Black`: small words inside
    (mid_sentence || role_next || by_author || (opens_sentence && lowercase_next))
        && words.len() <= 8
        && words
            .iter()
            .filter(|w| is_capitalised(w) || w.starts_with(|c: char| c.is_ascii_digit()))
            .count()
            >= 2.min(words.len())
        // short words alone (`“No, No”`) only in a title's slot (`on CNN’s “New Day”`)
        && (title_slot || words.iter().any(|w| w.len() > 3))
        && title_case_words(&words)
}

/// Words written as a title: each capitalised, but a number first and small words inside
/// (`Orange is the New Black`, `60 Minutes`).
fn title_case_words(words: &[&str]) -> bool {
    const SMALL: [&str; 23] = [
        "of", "and", "the", "a", "an", "in", "on", "for", "to", "at", "by", "is", "are", "with",
        "from", "as", "vs", "vs.", "into", "&", "de", "la", "para",
    ];
    words.iter().enumerate().all(|(k, w)| {
        is_capitalised(w)
            || (k == 0 && w.starts_with(|c: char| c.is_ascii_digit()))
            || (k > 0 && SMALL.contains(w))
    })
}

/// True when the words before a mark end on a relative clause's subject and its `called`:
/// `what he called “…”`, `a passage that older pilots called “…”`, `a figure which Lindqvist
/// called “…”`. The term is that subject's word, not the name of a work (`a film called “…”`,
/// `a group called “…”`, where nothing stands between the noun and `called`).
fn subject_calls(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    if !words.next().is_some_and(|v| {
        matches!(
            v.to_ascii_lowercase().as_str(),
            "called" | "calls" | "dubbed"
        )
    }) {
        return false;
    }
    // the subject: one to four words without punctuation, after the relative word
    let rest: Vec<&str> = words.take(5).collect();
    rest.iter()
        .take_while(|w| !w.ends_with([',', ';', ':', '.', '—']))
        .position(|w| matches!(w.to_ascii_lowercase().as_str(), "what" | "that" | "which"))
        .is_some_and(|k| {
            k >= 1
                && !rest[..k].iter().any(|w| {
                    lexicon::cue(w).is_some()
                        || AUXILIARIES.contains(&w.to_ascii_lowercase().as_str())
                            && !matches!(w.to_ascii_lowercase().as_str(), "has" | "have" | "had")
                })
        })
}

/// Finds reported speech in one sentence: `X said (that) …`, `…, X said.`, `According to X, …`,
/// and, where none of these is found, `…, according to X.`
fn indirect_in(
    text: &str,
    layout: &Layout,
    sentence: Range<usize>,
    quoted: &[Range<usize>],
    out: &mut Vec<Quote>,
) {
    let found = out.len();
    reports_in(text, layout, sentence.clone(), quoted, out);
    if out.len() == found {
        out.extend(
            according_to_at_end(text, layout, sentence, quoted)
                .into_iter()
                .flatten(),
        );
    }
    // (a clause that was all layout debris, `ARTICLE CONTINUES AFTER AD`, says nothing)
    let mut i = found;
    while i < out.len() {
        if out[i].text.chars().any(crate::text::is_alnum) {
            i += 1;
        } else {
            out.remove(i);
        }
    }
}

/// `Clinton now has 723 delegates, according to a count by The Associated Press.`: a clause and
/// the source that a closing `according to X` names.
fn according_to_at_end(
    text: &str,
    layout: &Layout,
    sentence: Range<usize>,
    quoted: &[Range<usize>],
) -> Option<Vec<Quote>> {
    let s = &text[sentence.clone()];
    // (a searcher built once: most sentences hold no `according to`, and a plain search for it
    // in every sentence cost more than the rest of this function)
    static ACCORDING: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(", according to "));
    let comma = sentence.start + ACCORDING.find_iter(s.as_bytes()).last()?;
    let at = comma + ", ".len();
    // (`according to a count by The Associated Press.`: the phrase after it belongs to it)
    // `…, according to the budget office, and the top 10 percent paid …`: a second clause after
    // the source, the source's too
    let mut second = None;
    let parsed = according_to(&text[at..sentence.end])
        .ok()
        .and_then(|(rest, np)| {
            let np_at = np.as_ptr() as usize - text.as_ptr() as usize;
            let and = rest
                .strip_prefix(',')
                .map(str::trim_start)
                .and_then(|r| r.strip_prefix("and ").or_else(|| r.strip_prefix("but ")));
            if let Some(after) = and {
                let start = sentence.end - after.len();
                second = Some(start..trim_clause_end(text, start..sentence.end));
                Some((np_at, np.len()))
            } else if grammar::speaker_tail_ends(rest) {
                Some((np_at, np.len()))
            } else if grammar::speaker_tail_restricts(rest) {
                let len = text[np_at..sentence.end]
                    .trim_end()
                    .trim_end_matches(['.', '!'])
                    .len();
                Some((np_at, len))
            } else {
                None
            }
        });
    // `…, according to the California secretary of state’s website.`, `…, according to exit
    // polls (a sizable margin …).`: where the grammar reads a shorter phrase, the words to the
    // sentence's end (or to an aside in brackets) are the source
    let (np_at, np_len) = parsed.or_else(|| {
        let np_at = at + "according to ".len();
        let tail = &text[np_at..sentence.end];
        let tail = tail.split('(').next().unwrap_or("");
        let tail = match [", and ", ", but "]
            .iter()
            .find_map(|c| tail.find(c).map(|k| (k, c)))
        {
            Some((k, c)) => {
                let start = np_at + k + c.len();
                second = Some(start..trim_clause_end(text, start..sentence.end));
                &tail[..k]
            }
            None => tail,
        };
        let np = tail.trim_end().trim_end_matches(['.', '!']).trim_end();
        let n = np.split_whitespace().count();
        // (`a speech Mrs. Clinton delivered at …` is hers: the grammar reads those, or nothing)
        let speech = np
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| SPEECH_NOUNS.contains(&w));
        ((1..=12).contains(&n)
            && !speech
            && np.chars().any(crate::text::is_alnum)
            && !np.contains(['“', '”', '"', ':', ';', ',']))
        .then_some((np_at, np.len()))
    })?;
    let end = trim_clause_end(text, sentence.start..comma);
    // a clause with a verb and no reporting verb of its own (`O'Malley said at a press
    // conference, according to the Sun` reports nothing; `Over the long term, …` is no clause)
    let clause = |span: &Range<usize>| {
        let words = || text[span.clone()].split(|c: char| !crate::text::is_alnum(c) && c != '\'');
        word_count(&text[span.clone()]) >= 3
            && !opens_with_quote(quoted, span.start)
            && !text[span.clone()].contains(['“', '”', '"'])
            && words().any(looks_like_verb)
            && !words().any(|w| lexicon::cue(w).is_some_and(|c| c.class.quotes()))
    };
    let first = sentence.start..end;
    if !clause(&first) {
        return None;
    }
    let quotes = std::iter::once(first)
        .chain(second.filter(|s| clause(s)))
        .map(|span| {
            let cue = Some(at..at + "according to".len());
            indirect(
                text,
                layout,
                span,
                np_at..np_at + np_len,
                cue,
                Rule::AccordingTo,
            )
        })
        .collect();
    Some(quotes)
}

/// `said in Ohio, on Monday, that …`: where token `comma` is a comma and an aside of up to six
/// tokens runs to `, that` (no sentence stop or colon between), the index of that `that`.
fn that_after_aside(text: &str, toks: &[Tok], comma: usize) -> Option<usize> {
    if toks.get(comma)?.punct != Some(',') {
        return None;
    }
    (comma + 2..(comma + 9).min(toks.len()))
        .take_while(|&q| !matches!(toks[q].punct, Some('.' | ';' | ':' | '?' | '!' | '“' | '"')))
        .find(|&q| word_at(text, &toks[q]) == "that" && toks[q - 1].punct == Some(','))
}

fn reports_in(
    text: &str,
    layout: &Layout,
    sentence: Range<usize>,
    quoted: &[Range<usize>],
    out: &mut Vec<Quote>,
) {
    if let Some(q) = colon_report(text, layout, sentence.clone(), quoted) {
        out.push(q);
        return;
    }
    if !lexicon::may_report(&text[sentence.clone()]) {
        return;
    }
    let toks = tokens(text, sentence.clone(), &layout.debris);
    let quote_at = |at: usize| {
        let k = quoted.partition_point(|q| q.start <= at);
        k.checked_sub(1).map(|k| &quoted[k]).filter(|q| at < q.end)
    };
    let inside_quote = |at: usize| quote_at(at).is_some();
    // the words right after a closing mark attribute that quotation, not reported speech
    let right_after_quote = |at: usize| {
        let k = quoted.partition_point(|q| q.end <= at);
        k.checked_sub(1).is_some_and(|k| {
            text[quoted[k].end..at]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-'))
        })
    };
    // index of the token that ends the clause starting at each token: one backward pass, made
    // only when a sentence has a cue word (most sentences that pass `may_report` have none)
    let clause_ends = || {
        let mut clause_end = vec![toks.len(); toks.len() + 1];
        // `reported that David Brock — founder of a super PAC — was planning …`: dashes in pairs
        // set off an aside, a lone dash ends the clause
        let dashes = toks.iter().filter(|t| t.punct == Some('—')).count();
        let double_dashes = toks
            .windows(2)
            .filter(|p| p[0].punct == Some('-') && p[1].punct == Some('-'))
            .count();
        // (the pass keeps the nearest `)` after each token, and the last word is known: the
        // work stays linear in the sentence however many brackets it has)
        let last_word = toks.iter().rposition(|t| t.is_word());
        let mut next_close: Option<usize> = None;
        for k in (0..toks.len()).rev() {
            let boundary = match toks[k].punct {
                Some(';') => !inside_quote(toks[k].start),
                // `… her private email server (the existence of which …).`: an aside of the
                // writer's that ends the sentence (`Ted Cruz (who has 231 delegates) must win …`
                // goes on)
                Some('(') => {
                    !inside_quote(toks[k].start)
                        && next_close.is_none_or(|c| last_word.is_none_or(|w| w < c))
                }
                Some('—') => dashes % 2 == 1 && !inside_quote(toks[k].start),
                // `floor -- even as …`: a dash typed as two hyphens
                Some('-') => {
                    double_dashes % 2 == 1
                        && toks.get(k + 1).is_some_and(|n| n.punct == Some('-'))
                        && k > 0
                        && toks[k - 1].end < toks[k].start
                        && !inside_quote(toks[k].start)
                }
                Some(',') => {
                    toks.get(k + 1).is_some_and(|n| {
                        let w = word_at(text, n);
                        let next = toks.get(k + 2).map_or("", |t| word_at(text, t));
                        (["while", "but", "though", "although", "whereas", "according"]
                    .iter()
                    .any(|c| w.eq_ignore_ascii_case(c))
                    // (`…, but that the payments would offset it`: a second `that` of the cue)
                    && next != "that")
                    // `…, even as Clinton closed in`, `…, even though it was clear`
                    || (w == "even"
                        && ["as", "though", "if", "while"].contains(&next)
                        && !aside_before_verb(text, &toks, k))
                    // `…, and on Monday, he appeared …`: a new clause of the writer's
                    || (w == "and"
                        && (["he", "she", "they", "we"].contains(&next)
                            || (lexicon::is_preposition(next) && next != "to")
                            || named_subject_at(text, &toks, k + 2)))
                    // `…, hours after his side were knocked out`: the writer's time adjunct
                    || time_adjunct_at(text, &toks, k + 1)
                    // `…, at which point the crowd …`, `…, after which …`: the writer's
                    // relative clause on the whole event (`interviews, in which applicants
                    // …, were` is on a noun, inside the clause)
                    || (next == "which"
                        && (["after", "before", "upon"].contains(&w)
                            || (w == "at"
                                && toks.get(k + 3).is_some_and(|t| {
                                    ["point", "time", "moment"].contains(&word_at(text, t))
                                }))))
                    // `…, arguing that …`, `…, warning that …`: a second report of the speaker
                    || (w.ends_with("ing")
                        && lexicon::cue(w).is_some_and(|c| c.class.reports()))
                    // `… of Bryan Pagliano, who worked on …`: the writer's note on a name
                    || (["who", "whose"].contains(&w)
                        && k > 0
                        && is_capitalised(word_at(text, &toks[k - 1]))
                        && !aside_before_verb(text, &toks, k))
                    }) && !inside_quote(toks[k].start)
                }
                // `He said A and said that B`, `Two in three said A, and nearly three in five said
                // B`: a second reporting clause is its own quotation
                None => {
                    ["and", "but"]
                        .iter()
                        .any(|c| word_at(text, &toks[k]).eq_ignore_ascii_case(c))
                        && !inside_quote(toks[k].start)
                        && second_report(text, &toks, k, k > 0 && toks[k - 1].punct == Some(','))
                }
                _ => false,
            };
            clause_end[k] = if boundary { k } else { clause_end[k + 1] };
            if toks[k].punct == Some(')') {
                next_close = Some(k);
            }
        }
        clause_end
    };
    let mut clause_end_cell: Option<Vec<usize>> = None;
    let mut covered_until = 0usize;
    let mut k = 0;
    while k < toks.len() {
        let t = toks[k];
        let here = k;
        k += 1;
        if !t.is_word() || t.start < covered_until || inside_quote(t.start) {
            continue;
        }
        let w = word_at(text, &t);
        // According to X, CLAUSE. (`But, according to the poll, …`, `In addition, according to
        // the department, …`: after a connective and its comma too)
        let opens = here == 0
            || (toks[here - 1].punct == Some(',')
                && toks[..here - 1].len() <= 3
                && toks[..here - 1].iter().all(|x| {
                    x.is_word()
                        && [
                            "but",
                            "and",
                            "yet",
                            "however",
                            "still",
                            "also",
                            "in",
                            "addition",
                            "meanwhile",
                            "so",
                            "now",
                            "then",
                            "instead",
                        ]
                        .iter()
                        .any(|c| word_at(text, x).eq_ignore_ascii_case(c))
                }));
        if w.eq_ignore_ascii_case("according") && opens {
            let phrase = &text[t.start..sentence.end];
            let parsed = according_to(phrase)
                .ok()
                .filter(|(rest, _)| rest.starts_with(','))
                .map(|(rest, np)| (sentence.end - rest.len() - np.len(), np.len()))
                .or_else(|| {
                    // `According to early results of exit polls conducted for The Associated
                    // Press by Edison Research, …`: the words up to the comma, when the grammar
                    // reads a shorter phrase there
                    let head = phrase.get(.."according to".len())?;
                    let after = &phrase["according to".len()..];
                    if !head.eq_ignore_ascii_case("according to")
                        || !after.starts_with(char::is_whitespace)
                    {
                        return None;
                    }
                    let lead = after.len() - after.trim_start().len();
                    let after = after.trim_start();
                    let np = after[..after.find(',')?].trim_end();
                    let n = np.split_whitespace().count();
                    ((1..=20).contains(&n)
                        && np.chars().any(crate::text::is_alnum)
                        && !np.contains(['“', '”', '"', '(', ':']))
                    .then(|| (t.start + "according to".len() + lead, np.len()))
                });
            if let Some((np_start, np_len)) = parsed {
                let np = &text[np_start..np_start + np_len];
                let rest = &text[np_start + np_len..sentence.end];
                if let Some(body) = rest.strip_prefix(',') {
                    let start = sentence.end - body.len() + (body.len() - body.trim_start().len());
                    let end = trim_clause_end(text, start..sentence.end);
                    if word_count(&text[start..end]) >= 3 {
                        let cue = t.start..t.start + "according to".len();
                        out.push(indirect(
                            text,
                            layout,
                            start..end,
                            np_start..np_start + np.len(),
                            Some(cue),
                            Rule::AccordingTo,
                        ));
                        covered_until = end;
                    }
                }
            }
            continue;
        }
        // `As the Times noted, Clinton raised …`, `As Marcus puts it, Obama is …`: the clause
        // after the comma is what was said
        if w == "As" && here == 0 {
            let put_it = |m: usize| put_it_at(text, &toks, m);
            let m = (2..toks.len().min(10)).find(|&m| {
                toks[m].is_word()
                    && (put_it(m)
                        || lexicon::cue(word_at(text, &toks[m])).is_some_and(|c| c.class.reports()))
            });
            let comma = m
                .map(|m| if put_it(m) { m + 2 } else { m + 1 })
                .filter(|&c| toks.get(c).is_some_and(|t| t.punct == Some(',')));
            if let (Some(m), Some(c)) = (m, comma) {
                if let Before::Found(r) = np_before(text, &toks, m) {
                    let start = toks.get(c + 1).map_or(sentence.end, |t| t.start);
                    let end = trim_clause_end(
                        text,
                        start
                            ..start_of(
                                &toks,
                                clause_end_cell.get_or_insert_with(clause_ends)[c + 1],
                                sentence.end,
                            ),
                    );
                    if r.start == toks[1].start
                        && end > start
                        && word_count(&text[start..end]) >= 3
                        && !opens_with_quote(quoted, start)
                    {
                        out.push(indirect(
                            text,
                            layout,
                            start..end,
                            r,
                            Some(toks[m].range()),
                            Rule::IndirectCue,
                        ));
                        covered_until = end;
                        continue;
                    }
                }
            }
        }
        // `called for the overthrow of Assad`: a verb and its particle report through the
        // phrase after them
        // (`a wake-up call for the people`, `his call for calm`: a noun after a determiner)
        let noun = || {
            !w.ends_with('s')
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && (here >= 1 && lexicon::is_determiner(word_at(text, &toks[here - 1]))
                    || here >= 2
                        && lexicon::is_determiner(word_at(text, &toks[here - 2]))
                        && toks[here - 1].is_word()
                        && !word_at(text, &toks[here - 1]).ends_with('s'))
        };
        let phrasal = phrasal_at(text, &toks, here) && !noun();
        // `vowed to take the fight to every state`: the infinitive, `to` and all
        let infinitive = !phrasal
            && toks
                .get(here + 1)
                .is_some_and(|n| word_at(text, n) == "to")
            // (`agreed to a 30-minute interview`: `to` and a noun phrase is no infinitive)
            && toks.get(here + 2).is_some_and(|n| {
                let x = word_at(text, n);
                (n.is_word() && !lexicon::is_determiner(x) && !is_number(x))
                    || matches!(n.punct, Some('“' | '"' | '‘' | '\''))
            })
            && lexicon::is_infinitive_cue(w)
            // a verb with its subject right before it: `promises to shake things up` after
            // `speeches and` is a noun
            && matches!(np_before(text, &toks, here), Before::Found(_));
        // `asked if she might consider …`, `asked supporters to run for office`: a request
        // reports its object and infinitive
        let request = !phrasal && !infinitive && lexicon::is_request_cue(w) && {
            let after = |n: usize| toks.get(here + n).filter(|t| t.is_word());
            let aw = |n: usize| after(n).map_or("", |t| word_at(text, t));
            ["if", "whether"].contains(&aw(1))
                || (1..=4).any(|n| {
                    aw(n + 1) == "to"
                        && after(n + 2).is_some()
                        && (1..=n).all(|m| {
                            after(m).is_some_and(|t| {
                                let x = word_at(text, t);
                                !looks_like_verb(x) && lexicon::cue(x).is_none() && x != "to"
                            })
                        })
                })
        };
        // `Nordvik has agreed to buy Halden for $2 billion, the company said on Tuesday`: the
        // whole clause is what the attribution at the end reports
        if (phrasal || infinitive || request) && trailing_report_after(text, &toks, here) {
            continue;
        }
        let cue = if phrasal || infinitive || request {
            lexicon::Cue {
                class: CueClass::Bare,
                object: false,
            }
        } else {
            let Some(cue) = lexicon::cue(w) else { continue };
            // `deficits would add up to $1.5 trillion`: a sum, not a remark
            if w.len() <= 6
                && w.starts_with("add")
                && toks
                    .get(here + 1)
                    .is_some_and(|n| word_at(text, n).eq_ignore_ascii_case("up"))
            {
                continue;
            }
            // `his spokeswoman, Hope Hicks`, `adviser Hope Hicks`: a capitalised cue word
            // between a lowercase word or a comma and another capital is a first name
            let first_name = here > 0
                && is_capitalised(w)
                && toks
                    .get(here + 1)
                    .is_some_and(|n| n.is_word() && is_capitalised(word_at(text, n)))
                && (toks[here - 1].punct == Some(',')
                    || !is_capitalised(word_at(text, &toks[here - 1])));
            if first_name {
                continue;
            }
            cue
        };
        if !cue.class.reports() || asks_anonymity(text, &toks, here) {
            continue;
        }
        if right_after_quote(t.start) {
            continue;
        }
        // `Ann Lee Is Assured Of A Seat`, `She is assured of …`: a passive reports nothing
        // (`is now assured of`)
        let passive = !w.ends_with("ing")
            && passive_before(text, &toks, here, &["now", "also", "not", "never", "still"]);
        if passive {
            continue;
        }
        // the speaker
        let share = share_before(text, &toks, skip_adjuncts_back(text, &toks, here, 3));
        // `Republicans who say …`, `critics who say …`: the phrase the relative clause hangs on
        let who = Some(skip_adjuncts_back(text, &toks, here, 2))
            .filter(|&i| i > 1 && word_at(text, &toks[i - 1]).eq_ignore_ascii_case("who"))
            .and_then(|i| who_antecedent(text, &toks, i - 1));
        // `The judges who ruled on the law said …`: a relative clause without commas between
        // the subject and the cue (the phrase it hangs on must open the clause; a verb in the
        // clause may be a cue that reports nothing: `An official who spoke on condition of
        // anonymity said …`, `a clerk who asked not to be named said …`)
        let restrictive = || {
            (here.saturating_sub(12)..here.saturating_sub(1))
                .rev()
                .take_while(|&k| {
                    toks[k + 1].is_word()
                        && lexicon::cue(word_at(text, &toks[k + 1]))
                            .is_none_or(|c| !c.class.reports())
                })
                .find(|&k| word_at(text, &toks[k]).eq_ignore_ascii_case("who"))
                .and_then(|k| who_antecedent(text, &toks, k))
                .filter(|r| {
                    let p = toks.partition_point(|t| t.start < r.start);
                    p == 0
                        || toks[p - 1].punct == Some(',')
                        || ["and", "but"].contains(&word_at(text, &toks[p - 1]))
                })
        };
        // `…, with delegates from poor countries saying …`: the phrase after `with` speaks
        let with_ing = || {
            let k = (here.saturating_sub(9)..here.saturating_sub(1))
                .rev()
                .take_while(|&k| toks[k + 1].is_word())
                .find(|&k| word_at(text, &toks[k]).eq_ignore_ascii_case("with"))
                // (set off from the clause: `concludes with footage of Trump saying` is no
                // absolute phrase)
                .filter(|&k| k == 0 || toks[k - 1].punct == Some(','))?;
            // (`with the economy adding 151,000 jobs`: a number after the verb is its object)
            if toks
                .get(here + 1)
                .is_none_or(|n| !n.is_word() || is_number(word_at(text, n)))
            {
                return None;
            }
            // (`with many economists now saying`: the time word is the clause's)
            let end = skip_adjuncts_back(text, &toks, here, 2);
            (end > k + 1
                && toks[k + 1..end].iter().all(|t| {
                    let x = word_at(text, t);
                    lexicon::cue(x).is_none() && !looks_like_verb(x)
                }))
            .then(|| toks[k + 1].start..toks[end - 1].end)
        };
        let absolute = w.ends_with("ing").then(with_ing).flatten();
        // `Delgado interrupted to say that …`, `He went on to say …`, `took to Twitter to say`:
        // the subject of the verb the infinitive completes (no phrase right before `to` speaks)
        let np_before_cue =
            || {
                if infinitive_of_saying(text, &toks, here) {
                    verb_before_infinitive(text, &toks, here).map_or(Before::None, |v| {
                        match np_before(text, &toks, skip_adjuncts_back(text, &toks, v, 3)) {
                            Before::Found(r) => Before::Found(r),
                            _ => Before::None,
                        }
                    })
                } else {
                    np_before(text, &toks, here)
                }
            };
        let speaker = share
            .or(who)
            .or_else(|| (!w.ends_with("ing")).then(restrictive).flatten())
            .or_else(|| absolute.clone())
            .or_else(|| match np_before_cue() {
                // `Pence released a statement saying …`: the one who issued it
                Before::Found(r) if w.ends_with("ing") => {
                    issuer_of(text, &toks, sentence.clone(), r.clone()).or(Some(r))
                }
                // `Some members of Congress said`: the common phrase before `of` leads
                Before::Found(r) => Some(
                    Some(toks.partition_point(|t| t.start < r.start))
                        .filter(|&p| toks.get(p).is_some_and(|t| t.start == r.start))
                        .and_then(|p| of_phrase_head(text, &toks, p))
                        .map_or(r.clone(), |h| h..r.end),
                ),
                // `“Q,” he said, adding that …`: the speaker of the attribution before
                Before::Comma(c) if c > 0 && w.ends_with("ing") => {
                    subject_of_participle_before(text, &toks, c)
                        .or_else(|| speaker_of_attribution_before(text, &toks, c))
                        .or_else(|| {
                            sentence_subject(text, sentence.clone(), false)
                                .filter(|r| r.end <= toks[c].start)
                        })
                }
                // `Just over a quarter, 26 percent, say …`: the share in the interjection
                Before::Comma(c) if c > 0 && share_before(text, &toks, c).is_some() => {
                    share_before(text, &toks, c)
                }
                Before::Comma(c) if c > 0 => sentence_subject(text, sentence.clone(), false)
                    .filter(|r| r.end <= toks[c].start)
                    .or_else(|| subject_before_interjection(text, &toks, c))
                    .or_else(|| described_subject_before_aside(text, &toks, sentence.clone(), c))
                    .or_else(|| name_in_apposition_before(text, &toks, c)),
                // `He's suggesting that …`: a pronoun with its auxiliary
                Before::None if w.ends_with("ing") && here > 0 => {
                    let p = word_at(text, &toks[here - 1]);
                    ["’s", "'s", "’re", "'re"]
                        .iter()
                        .find_map(|c| p.strip_suffix(c))
                        .filter(|b| lexicon::is_pronoun(b) && !b.eq_ignore_ascii_case("it"))
                        .map(|b| toks[here - 1].start..toks[here - 1].start + b.len())
                }
                // `X did this and said …`: the subject of the sentence, or of the clause the
                // cue stands in (`When Trump referred to … and said he would …, the crowd …`)
                // (the subordinate clause's first: `Some booed, and when Rubio thanked Miami and
                // said …`)
                _ if conjunction_before(text, &toks, here) => {
                    who_before_conjunction(text, &toks, here)
                        .or_else(|| subordinate_subject_after(text, &toks, here, &CLAUSE_OPENERS))
                        .or_else(|| sentence_subject(text, sentence.clone(), true))
                        .filter(|r| r.end <= t.start)
                        .or_else(|| subordinate_subject(text, &toks, here))
                }
                // `Some longtime allies said …`, `The GOP speechwriter said …`
                Before::None => {
                    common_np_of_before(text, &toks, skip_adjuncts_back(text, &toks, here, 3))
                }
                _ => None,
            })
            .or_else(|| {
                (!w.ends_with("ing") && cue.class.reports())
                    .then(|| subject_phrase_before(text, &toks, here))
                    .flatten()
            })
            // `Footage from the game shows …`, `A review of his work found …`: the words that
            // open the sentence name a finding's source
            .or_else(|| {
                if cue.class != CueClass::Finding {
                    return None;
                }
                let source = |r: &Range<usize>| source_of_finding(&text[r.clone()]);
                ((1..=12).contains(&here) && toks[..here].iter().all(Tok::is_word))
                    .then(|| toks[0].start..toks[here - 1].end)
                    .filter(source)
                    .or_else(|| {
                        sentence_subject(text, sentence.clone(), false)
                            .filter(|r| r.end <= t.start && source(r))
                    })
            });
        // (`The two companies have many ties: Several executives …, tweets appear …`: a colon
        // ends its clause, the subject before it does not report after it)
        let speaker = speaker.filter(|sp| {
            !toks[..here]
                .iter()
                .any(|k| k.punct == Some(':') && k.start >= sp.end && !inside_quote(k.start))
        });
        let after_cue = &text[t.end..sentence.end];
        let at_end = |rest: &str| rest.trim().trim_end_matches(['.', '!']).trim().is_empty();
        let mut cue_end = t.end;
        // `…, X said.` with the clause before the comma
        if let Some(sp) = &speaker {
            // the comma must stand inside this sentence: a paragraph may end on one
            let lead = text[sentence.start..sp.start].trim_end();
            // (`… were “impossible to accept,” Sorokin said`: the comma inside the closing
            // mark ends the clause too, and the span keeps the mark)
            // (a quotation opened after a colon or a comma is the speaker's own sentence:
            // `His verdict: “…,” he said`, `The program, “can continue …,” Clinton wrote`)
            let comma_in_mark = lead
                .strip_suffix(['”', '"', '’', '\''])
                .is_some_and(|l| l.ends_with(','))
                && quote_at(lead.len() + sentence.start - 1).is_some_and(|q| {
                    q.start > sentence.start && opens_mid_clause(text, sentence.start, q.start)
                });
            let comma_before = lead.ends_with(',') || comma_in_mark;
            let mut rest_after = skip_adjuncts(after_cue);
            if cue.object {
                // the listener: `…, Peskov told reporters.`
                let w = rest_after
                    .split(|c: char| !crate::text::is_alnum(c))
                    .next()
                    .unwrap_or("");
                rest_after = skip_adjuncts(&rest_after[w.len()..]);
            }
            // (`…, Sorokin said in a statement.`: a verb of saying may be placed; `believe
            // in`, `called for` are other verbs)
            let placed = !phrasal && SAYING.contains(&w) && grammar::saying_place_ends(rest_after);
            if comma_before && (at_end(rest_after) || placed) {
                let start = sentence.start;
                let end = sentence.start + lead.len() - usize::from(!comma_in_mark);
                let cue_range = t.start..cue_end;
                if push_trailing(text, layout, quoted, out, start..end, sp.clone(), cue_range) {
                    covered_until = sentence.end;
                    continue;
                }
            }
        }
        // `CLAUSE, said X.` (a participle is never inverted: `…, saying that as president, …`)
        if here >= 1 && toks[here - 1].punct == Some(',') && !w.ends_with("ing") {
            // parse a bounded window: the phrase must end the sentence anyway
            let np_at = sentence.end - after_cue.trim_start().len();
            let near = &text[np_at..floor(text, sentence.end.min(np_at + WINDOW))];
            // (`…, says that Walker, who …`: `that` after a cue opens what was said, it is no
            // speaker's determiner)
            let that = near
                .split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("that"));
            if let Some((_, np)) = noun_phrase(near).ok().filter(|_| !that) {
                let rest = &text[np_at + np.len()..sentence.end];
                // a phrase after the speaker (`said an official who …`, `said Trump in Iowa`)
                // only where the clause before the comma has a verb of its own: `Ms. Lee, a
                // nurse, said her son in Ohio …` is the subject, its apposition and a cue
                let restricts = || {
                    let first = np.split_whitespace().next().unwrap_or("");
                    !lexicon::is_pronoun(first)
                        && !["his", "her", "its", "their", "our", "my", "that", "this"]
                            .iter()
                            .any(|p| first.eq_ignore_ascii_case(p))
                        && sentence_subject(text, sentence.clone(), false).is_none_or(|s| {
                            !text[s.end..sentence.end].trim_start().starts_with(',')
                        })
                        && grammar::speaker_tail_restricts(rest)
                };
                if grammar::speaker_tail_ends(rest) || restricts() {
                    // `…, said the company's chief executive, John J. Ferriola.`
                    let np = grammar::name_in_apposition(np, rest).unwrap_or(np);
                    // `np` is a sub-slice of `text`: its offset is pointer arithmetic
                    let np_start = np.as_ptr() as usize - text.as_ptr() as usize;
                    let span = sentence.start..toks[here - 1].start;
                    let who = np_start..np_start + np.len();
                    if push_trailing(text, layout, quoted, out, span, who, t.range()) {
                        covered_until = sentence.end;
                        continue;
                    }
                }
            }
        }
        let Some(speaker) = speaker else { continue };
        // (`“Q,” he said, adding that …`: the participle goes on with what he said)
        let participle_after_comma =
            w.ends_with("ing") && here > 0 && toks[here - 1].punct == Some(',');
        if right_after_quote(speaker.start) && !participle_after_comma {
            continue;
        }
        // the clause after the cue
        let mut j = here + 1 + usize::from(phrasal);
        if phrasal {
            cue_end = toks[here + 1].end;
        }
        if cue.object {
            // the listener: `reporters`, `the newspaper`, `The Associated Press`, `CNN`
            let is_word = |j: usize| toks.get(j).is_some_and(|t| t.is_word());
            let w = |j: usize| word_at(text, &toks[j]);
            if !is_word(j) || w(j).eq_ignore_ascii_case("that") || lexicon::is_preposition(w(j)) {
                continue;
            }
            // (`told her she had …`: `her` is the listener, not a determiner)
            if lexicon::is_determiner(w(j)) && is_word(j + 1) && !lexicon::is_pronoun(w(j + 1)) {
                j += 2;
                while is_word(j) && is_capitalised(word_at(text, &toks[j])) {
                    j += 1;
                }
            } else if is_capitalised(word_at(text, &toks[j])) {
                while is_word(j) && is_capitalised(word_at(text, &toks[j])) {
                    j += 1;
                }
            } else {
                j += 1;
            }
            // a listener of several nouns, when `that` follows it: `told police officials
            // that …`, `told the state's election officials that …`
            let noun = |j: usize| {
                is_word(j) && {
                    let w = w(j);
                    !is_capitalised(w)
                        && !lexicon::is_pronoun(w)
                        && !lexicon::is_determiner(w)
                        && !lexicon::is_preposition(w)
                        && !lexicon::is_adjunct(w)
                        && lexicon::cue(w).is_none()
                }
            };
            // (or a time word before it: `told the ferry workers' union on Friday that`; a
            // plural's apostrophe goes with its noun)
            let mut k = j;
            let mut nouns = 0;
            while nouns < 3 && noun(k) {
                k += 1;
                nouns += 1;
                if toks
                    .get(k)
                    .is_some_and(|t| matches!(t.punct, Some('\'' | '’')))
                {
                    k += 1;
                }
                // (or a subject pronoun: `told the raucous crowd it meant …`, or the name
                // after a role: `told radio host Sam Berry …`)
                if is_word(k)
                    && ((is_capitalised(w(k)) && lexicon::is_role(&w(k - 1).to_ascii_lowercase()))
                        || w(k).eq_ignore_ascii_case("that")
                        || ["he", "she", "they", "it", "we", "I"].contains(&w(k))
                        || (lexicon::is_adjunct(w(k)) && !AUXILIARIES.contains(&w(k))))
                {
                    j = k;
                    break;
                }
            }
            // a lowercase role and the name after it: `told host Chris Cuomo she believed …`
            if j > 0
                && lexicon::is_role(&w(j - 1).to_ascii_lowercase())
                && is_word(j)
                && is_capitalised(w(j))
                && !lexicon::is_pronoun(&w(j).to_ascii_lowercase())
            {
                while is_word(j) && is_capitalised(w(j)) {
                    j += 1;
                }
            }
            cue_end = toks[j - 1].end;
            if let Some(that) = that_after_listener(text, &toks, j) {
                j = that;
            }
        }
        // `names he said would be released soon`, `a rule that he said would make …`: an
        // auxiliary right after the cue opens a clause whose subject stands before the
        // speaker; what was said starts with that verb (it is no adjunct of the cue's)
        let gapped = toks
            .get(j)
            .is_some_and(|t| t.is_word() && AUXILIARIES.contains(&word_at(text, t)));
        // (`on` with its time word only: `said on Monday that`, not `said on Glenn Beck's radio
        // program`, a preposition's phrase)
        while !gapped && j < toks.len() && toks[j].is_word() && {
            let w = word_at(text, &toks[j]);
            lexicon::is_adjunct(w)
                && !w.eq_ignore_ascii_case("that")
                && (w != "on"
                    || toks
                        .get(j + 1)
                        .is_some_and(|n| n.is_word() && lexicon::is_adjunct(word_at(text, n))))
        } {
            j += 1;
        }
        // `said of the plan …` is about the plan, not what was said (`warned of an attack` is)
        let say = ["said", "says", "say", "saying"]
            .iter()
            .any(|s| w.eq_ignore_ascii_case(s));
        let said_of = |j: usize| say && word_at(text, &toks[j]).eq_ignore_ascii_case("of");
        // `adds to the drama that …` adds something, it says nothing
        let adds = w.len() <= 6 && w.to_ascii_lowercase().starts_with("add");
        let adds_to = adds
            && toks
                .get(j)
                .is_some_and(|t| word_at(text, t).eq_ignore_ascii_case("to"));
        // (`would eventually add $84 billion over 10 years`: an amount added is no clause)
        let adds_amount = adds
            && toks
                .get(j)
                .is_some_and(|t| t.punct == Some('$') || is_number(word_at(text, t)))
            // (`added 15 people were hurt` is a clause)
            && !toks[j..(j + 10).min(toks.len())]
                .iter()
                .take_while(|t| !matches!(t.punct, Some('.' | ';' | '?' | '!' | ',')))
                .any(|t| t.is_word() && looks_like_verb(word_at(text, t)));
        if adds_to || adds_amount {
            continue;
        }
        // `said almost nothing about policy`, `has said little to reassure them`: a verb with an
        // amount for its object said no clause (`said nothing was wrong` did)
        let mut a = j;
        if toks
            .get(a)
            .is_some_and(|t| ["almost", "very", "next"].contains(&word_at(text, t)))
        {
            a += 1;
        }
        let amount = toks
            .get(a)
            .is_some_and(|t| ["nothing", "little", "anything", "much"].contains(&word_at(text, t)))
            && toks.get(a + 1).is_none_or(|n| {
                !n.is_word() || lexicon::is_preposition(&word_at(text, n).to_ascii_lowercase())
            });
        if amount {
            continue;
        }
        // (`said about half of the loss …`, `said over 60 percent …`: a quantity, no preposition)
        let quantity = toks.get(j + 1).is_some_and(|n| {
            let w = word_at(text, n);
            is_number(w) || ["half", "a", "one", "two", "three"].contains(&w)
        }) && ["about", "over", "under"]
            .contains(&word_at(text, &toks[j.min(toks.len() - 1)]))
            // (`said at least six planes …`, `at most`; a verb that needs `that` keeps looking
            // for it)
            || (cue.class == CueClass::Bare
                && toks.get(j).is_some_and(|t| word_at(text, t) == "at")
                && toks
                    .get(j + 1)
                    .is_some_and(|n| ["least", "most"].contains(&word_at(text, n))));
        if j < toks.len()
            && !infinitive
            && !request
            && !quantity
            && toks[j].is_word()
            && (lexicon::is_preposition(word_at(text, &toks[j])) || said_of(j))
        {
            // `said in a statement that …` / `said on Twitter, …`
            // (not past a dash that closes an aside: `which Rusk wrote in May — warned that`;
            // nor past a colon: `said in a statement: “Tonight, Trump …”` quotes)
            let found = toks[j..]
                .iter()
                .take(12)
                .take_while(|x| !matches!(x.punct, Some('—' | '–' | ')' | ':')))
                .enumerate()
                // (`in a March 19, 2011 message`: a date's comma goes on)
                .find(|&(p, x)| {
                    let date_comma = x.punct == Some(',')
                        && p > 0
                        && is_number(word_at(text, &toks[j + p - 1]))
                        && toks.get(j + p + 1).is_some_and(|n| {
                            let y = word_at(text, n);
                            y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())
                        });
                    // (`said at that meeting the plan …`: a determiner, not the clause's `that`)
                    let clause_that = word_at(text, x) == "that"
                        && (p == 0 || !lexicon::is_preposition(word_at(text, &toks[j + p - 1])));
                    (x.punct == Some(',') && !date_comma) || clause_that
                })
                .map(|(p, _)| p);
            match found {
                // (`agreed to, not take over`: a preposition with no object is no phrase)
                Some(1) if toks[j + 1].punct == Some(',') => continue,
                // (`agreed to the deal, which was signed …`, `agreed to a match, based on …`:
                // a relative clause or a participle after the comma is the writer's note on
                // the phrase, no clause of the speaker's)
                Some(p)
                    if toks[j + p].punct == Some(',')
                        && toks.get(j + p + 1).is_some_and(|n| {
                            let w = word_at(text, n);
                            n.is_word()
                                && (["which", "who", "whom", "whose", "where"].contains(&w)
                                    || (w.len() > 4
                                        && w.bytes().all(|b| b.is_ascii_lowercase())
                                        && (w.ends_with("ed") || w.ends_with("ing"))))
                        }) =>
                {
                    continue;
                }
                Some(p) if toks[j + p].punct == Some(',') => {
                    j += p;
                    j = that_after_aside(text, &toks, j).unwrap_or(j + 1);
                }
                Some(p) => j += p,
                None => continue,
            }
        }
        // `said on Monday, after the vote, that …`: an aside between commas before `that`
        if let Some(q) = that_after_aside(text, &toks, j) {
            j = q;
        }
        let mut has_that = false;
        if j < toks.len() && word_at(text, &toks[j]) == "that" {
            has_that = true;
            j += 1;
        }
        // `everyone knows how Clinton caused this mess`, `demanded to know whether …`: a
        // question word opens the clause in place of `that`, and stays in it
        let wh = toks.get(j).is_some_and(|t| {
            ["how", "whether", "why", "what", "when", "who", "where"].contains(&word_at(text, t))
        }) && ["know", "knows", "knew"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k));
        has_that |= wh;
        if cue.class.needs_that() && !has_that {
            continue;
        }
        // `say that, even if they wanted to, a recount could not be done`
        if has_that && toks.get(j).is_some_and(|t| t.punct == Some(',')) {
            j += 1;
        }
        // `The outreach, they said, raised new worries`: a parenthetical attribution; what
        // was said goes on after its second comma
        // (tokens are in text order: a binary search, not a walk back over the sentence)
        let comma_before_speaker = toks[..here]
            .partition_point(|t| t.end <= speaker.start)
            .checked_sub(1)
            .filter(|&p| toks[p].punct == Some(','));
        let mut opening_part = None;
        let parenthetical = !has_that
            && toks.get(j).is_some_and(|t| t.punct == Some(','))
            && comma_before_speaker.is_some()
            && toks.get(j + 1).is_some_and(|t| t.is_word());
        if let Some(p) = comma_before_speaker.filter(|_| parenthetical) {
            // what follows must be a clause or its predicate (`raised …`, `that …`, `to help
            // …`, `because …`); a phrase of the writer's (`, a policy that …`, `, of his part
            // in …`, `, compared with …`, `, as they bristled …`) leaves what was said before
            // the attribution: `Victims would be a distinct group, Sanders said, a policy …`
            let w0 = word_at(text, &toks[j + 1]);
            // (a participle of saying is the speaker's next act, attributed on its own: `…, he
            // said, calling the delay “a disgrace”`, `…, she said, adding that …`)
            let participle = w0.ends_with("ing") && lexicon::cue(w0).is_some();
            let phrase = (lexicon::is_preposition(w0) && !w0.eq_ignore_ascii_case("to"))
                || asks_anonymity(text, &toks, j + 1)
                || participle
                || [
                    "of",
                    "as",
                    "compared",
                    "including",
                    "such",
                    "like",
                    "unlike",
                ]
                .iter()
                .any(|x| w0.eq_ignore_ascii_case(x))
                || (lexicon::is_determiner(w0)
                    && !(j + 1..(j + 13).min(toks.len()))
                        .take_while(|&m| {
                            let t = &toks[m];
                            // (an abbreviation's dot goes on: `the mere mention of Mrs.
                            // Clinton's name could make him fume`)
                            let abbreviation = t.punct == Some('.')
                                && lexicon::with_lower(
                                    word_at(text, &toks[m - 1]),
                                    lexicon::is_abbreviation,
                                );
                            (abbreviation || !matches!(t.punct, Some('.' | ';' | '?' | '!' | ',')))
                                && !["that", "which", "who"].contains(&word_at(text, t))
                        })
                        .any(|m| toks[m].is_word() && looks_like_verb(word_at(text, &toks[m]))));
            if phrase {
                let span = sentence.start..toks[p].start;
                let cue_range = t.start..cue_end;
                if push_trailing(text, layout, quoted, out, span, speaker.clone(), cue_range) {
                    covered_until = if participle {
                        toks[j + 1].start
                    } else {
                        sentence.end
                    };
                }
                continue;
            }
            // what was said before the attribution is a quotation of its own: `Proposals from
            // Ms. Lee, he added, amount to tinkering` gives `Proposals from Ms. Lee` and `amount
            // to tinkering`
            // (a clause with a verb: `The bigger risk, he said, is …` opens with a subject only)
            opening_part = Some(sentence.start..toks[p].start).filter(|r| {
                word_count(&text[r.clone()]) >= 3
                    && !opens_with_quote(quoted, r.start)
                    && toks[..p]
                        .iter()
                        .any(|t| t.is_word() && looks_like_verb(word_at(text, t)))
            });
            j += 1;
        }
        // `warned us about …`: an object pronoun is a listener; `warned against …` names no
        // clause
        if toks.get(j).is_some_and(|t| {
            ["me", "us", "him", "them"].contains(&word_at(text, t))
                && toks.get(j + 1).is_some_and(|n| {
                    word_at(text, n) != "to" && lexicon::is_preposition(word_at(text, n))
                })
        }) || toks.get(j).is_some_and(|t| word_at(text, t) == "against")
        {
            continue;
        }
        // `She said, if elected, she would …`: a subordinate clause opens what was said; so
        // does a clause of its own (`people close to him said, the mere mention of her name
        // could make him fume`)
        if toks.get(j).is_some_and(|t| t.punct == Some(','))
            && toks.get(j + 1).is_some_and(|t| {
                let w = word_at(text, t);
                [
                    "if", "when", "once", "unless", "because", "after", "before", "although",
                ]
                .contains(&w)
                    || (t.is_word()
                        && !w.ends_with("ing")
                        && w != "according"
                        && quote_at(t.start).is_none()
                        && toks[j + 1..]
                            .iter()
                            .take(12)
                            .take_while(|x| x.is_word())
                            .skip(1)
                            .any(|x| looks_like_verb(word_at(text, x))))
            })
        {
            j += 1;
        }
        let Some(first) = toks.get(j) else { continue };
        // (`The plan — which Ada Brill wrote — said …`: a dash closes the aside, no clause)
        if matches!(
            first.punct,
            Some(',' | ':' | '.' | '?' | '!' | '—' | '–' | ')')
        ) {
            continue;
        }
        // a mark among tokens `lo..hi` with a quotation opening right after it
        let quote_after = |lo: usize, hi: usize, marks: &[char]| {
            (lo..hi.min(toks.len())).any(|k| {
                toks[k].punct.is_some_and(|p| marks.contains(&p))
                    && toks
                        .get(k + 1)
                        .and_then(|n| quote_at(n.start))
                        .is_some_and(|q| q.start >= toks[k].end)
            })
        };
        // `wrote back: ''…''`, `wrote on Facebook: “…”`: a colon introduces a quotation in marks
        if quote_after(j, j + 6, &[':']) {
            continue;
        }
        // `said nothing`, `said little about how`, `say the same of Trump`: no clause follows
        let w0 = word_at(text, first);
        let w1 = toks.get(j + 1).map_or("", |t| word_at(text, t));
        // (`said that nothing had changed`: after `that`, a clause)
        let no_clause = !has_that
            && [
                "nothing",
                "little",
                "much",
                "so",
                "otherwise",
                "more",
                "less",
            ]
            .iter()
            .any(|x| w0.eq_ignore_ascii_case(x))
            || (w0.eq_ignore_ascii_case("the")
                && ["same", "word", "following"]
                    .iter()
                    .any(|x| w1.eq_ignore_ascii_case(x)))
            // `said something unexpected about Trump` (`said something was wrong` is a clause)
            || (!has_that
                && ["something", "anything"]
                    .iter()
                    .any(|x| w0.eq_ignore_ascii_case(x))
                && !AUXILIARIES.contains(&w1.to_ascii_lowercase().as_str())
                && (!looks_like_verb(w1) || w1.to_ascii_lowercase().starts_with("un")));
        if no_clause {
            continue;
        }
        // `tweeted her thanks to the president`, `wrote a viral blog`: after a verb other than
        // `say` that takes no listener, a noun phrase with no verb in it is the verb's object,
        // not reported speech (after `told reporters` a clause follows)
        if !say
            && !has_that
            && !cue.object
            && !phrasal
            && !request
            && lexicon::is_determiner(w0)
            && !w0.eq_ignore_ascii_case("that")
            && !toks[j..(j + 12).min(toks.len())]
                .iter()
                .enumerate()
                .take_while(|(_, t)| !matches!(t.punct, Some('.' | ';' | '?' | '!' | ',')))
                .any(|(k, t)| {
                    let v = word_at(text, t);
                    // (`the outcome of every election based on an algorithm`: a participle
                    // and its preposition modify the noun)
                    let modifier = [
                        "based",
                        "located",
                        "headquartered",
                        "centered",
                        "centred",
                        "focused",
                        "rooted",
                        "premised",
                    ]
                    .contains(&v)
                        && toks.get(j + k + 1).is_some_and(|n| {
                            ["on", "upon", "in", "at", "near"].contains(&word_at(text, n))
                        });
                    t.is_word() && looks_like_verb(v) && !modifier
                })
        {
            continue;
        }
        // `wrote to the board, telling members, “…”`: another cue introduces a quotation in
        // marks, which that cue's own pattern reads
        if first.is_word()
            && w0.ends_with("ing")
            && lexicon::cue(w0).is_some()
            && quote_after(j + 1, j + 5, &[',', ':'])
        {
            continue;
        }
        // a quotation that opens right after the cue is a direct quote, not reported speech,
        // unless the writer's words go on after it in the clause: `Obama said “it gets me mad”
        // every time he thinks about …`
        if let Some(q) = quote_at(first.start).filter(|q| q.start == first.start) {
            // a quotation may run past its clause (unbalanced marks): then nothing goes on
            let clause_stop = start_of(
                &toks,
                clause_end_cell.get_or_insert_with(clause_ends)[j],
                sentence.end,
            );
            let after = text.get(q.end..clause_stop).unwrap_or("").trim();
            // (`“Q1,” he said, adding, “Q2”`: an attribution is no writer's clause)
            let words: Vec<&str> = after
                .split(|c: char| !crate::text::is_alnum(c))
                .filter(|w| !w.is_empty())
                .collect();
            // (`every time he thinks about …`, `when he thinks …`: a clause of the writer's opens
            // there, whatever cue it holds)
            let writer_clause = words.first().is_some_and(|w| {
                [
                    "every", "whenever", "when", "because", "if", "while", "since",
                ]
                .contains(w)
            });
            let goes_on = words.len() >= 3
                && (writer_clause
                    || !words
                        .iter()
                        .take(4)
                        .any(|w| lexicon::cue(w).is_some_and(|c| c.class.quotes())));
            if !goes_on {
                continue;
            }
        }
        let relative = here >= 1 && word_at(text, &toks[here - 1]).eq_ignore_ascii_case("who")
            || (here >= 2
                && word_at(text, &toks[here - 2]).eq_ignore_ascii_case("who")
                && lexicon::is_adjunct(word_at(text, &toks[here - 1])));
        // `While Ramos said that journalists cannot take sides, he appears uneasy …`: a
        // subordinate clause that opens the sentence ends at its comma
        let subordinate = toks.first().is_some_and(|t| {
            let w = word_at(text, t);
            [
                "While", "Although", "Though", "Because", "Since", "As", "When", "If", "After",
                "Before", "Whereas", "Even", "Once", "Until",
            ]
            .contains(&w)
        }) && !toks[..here].iter().any(|t| t.punct == Some(','));
        let mut end_tok = clause_end_cell.get_or_insert_with(clause_ends)[j];
        // (`, with 22 percent saying they would not support him, Pataki at 20 percent`: an
        // absolute phrase ends at its comma too)
        let absolute = absolute.as_ref() == Some(&speaker);
        if relative || subordinate || absolute {
            // `X, who said the deal was fair, left early`: the clause ends with the relative one
            // (or the subordinate one)
            if let Some(c) = toks[j..end_tok.min(toks.len())]
                .iter()
                .position(|t| t.punct == Some(','))
            {
                end_tok = j + c;
            }
        }
        // `Another 12 percent who say they might vote for him were undecided`: a relative clause
        // inside the subject; what was said ends where the main clause takes up its verb (a
        // finite verb after the clause's own, not one of a clause inside: `they said it was`)
        let in_subject = relative
            && (2..=3)
                .filter_map(|n| here.checked_sub(n))
                .find(|&k| word_at(text, &toks[k + 1]).eq_ignore_ascii_case("who"))
                .is_some_and(|k| toks[k].is_word())
            && toks
                .iter()
                .take_while(|x| x.end <= speaker.start)
                .all(|x| !x.is_word() || !finite_verb(word_at(text, x)));
        if in_subject {
            let bound = end_tok.min(toks.len());
            if let Some(v1) = (j..bound).find(|&k| finite_verb(word_at(text, &toks[k]))) {
                let candidates = (v1 + 2..bound).filter(|&k| {
                    let prev = word_at(text, &toks[k - 1]).to_ascii_lowercase();
                    // (`… if the candidate won`: a clause of its own)
                    let inner = toks[v1..k].iter().any(|x| {
                        let w = word_at(text, x).to_ascii_lowercase();
                        SUBORDINATORS.contains(&w.as_str())
                            || ["whether", "than", "that", "who", "which"].contains(&w.as_str())
                    });
                    !inner
                        && toks[k - 1].is_word()
                        && finite_verb(word_at(text, &toks[k]))
                        && !finite_verb(&prev)
                        && ![
                            "i", "we", "you", "he", "she", "they", "it", "that", "who", "which",
                            "what", "and", "or", "but", "to", "not", "there", "be", "been",
                            "being",
                        ]
                        .contains(&prev.as_str())
                });
                // (an auxiliary first: `the polls closed early were angry`)
                let auxiliary = |k: &usize| {
                    AUXILIARIES
                        .iter()
                        .any(|a| word_at(text, &toks[*k]).eq_ignore_ascii_case(a))
                };
                let main = candidates
                    .clone()
                    .find(auxiliary)
                    .or_else(|| candidates.clone().next());
                if let Some(m) = main {
                    end_tok = m;
                }
            }
        }
        // `Three names, which Mr. Varga says will be announced soon, are on the list`: a
        // gapped clause inside a relative one ends where the main clause takes up its verb
        if gapped {
            if let Some(c) = (j..end_tok.min(toks.len())).find(|&c| {
                toks[c].punct == Some(',')
                    && toks
                        .get(c + 1)
                        .is_some_and(|n| n.is_word() && looks_like_verb(word_at(text, n)))
            }) {
                end_tok = c;
            }
        }
        let end = start_of(&toks, end_tok, sentence.end);
        let end = trim_clause_end(text, first.start..end);
        if end <= first.start || word_count(&text[first.start..end]) < 3 {
            continue;
        }
        // `told Fox News 6 in Milwaukee`: the rest of a listener is no clause
        if text[first.start..end].starts_with(|c: char| c.is_ascii_digit())
            && text[first.start..end]
                .split_whitespace()
                .nth(1)
                .is_some_and(lexicon::is_preposition)
        {
            continue;
        }
        if let Some(r) = opening_part {
            let cue = Some(t.start..cue_end);
            out.push(indirect(
                text,
                layout,
                r,
                speaker.clone(),
                cue,
                Rule::IndirectCue,
            ));
        }
        out.push(indirect(
            text,
            layout,
            first.start..end,
            speaker,
            Some(t.start..cue_end),
            Rule::IndirectCue,
        ));
        covered_until = end;
    }
}

/// True when a phrase names a poll, a study, records or pictures that can show a finding (one
/// of its words before `of`, `from`, `by` …): `The PPIC poll`, `Footage from the game`, `A
/// review of his work`, `A new Latino Decisions poll released Friday`.
/// The `that` that ends a longer listener, from token `from` on: `told members of the
/// executive council that …`, `told friends since the spring, at fundraisers, that …`,
/// `told one of his protégés on a regular basis that …`. Nothing before it may be a clause
/// of its own (a subject pronoun, a verb with a tense, a cue, `to` before a verb: `told
/// reporters it meant a lot that …`, `told him to say that …`), and it may not close a
/// phrase (`at that meeting`).
fn that_after_listener(text: &str, toks: &[Tok], from: usize) -> Option<usize> {
    let lower = |k: usize| word_at(text, &toks[k]).to_ascii_lowercase();
    if toks.get(from).is_none_or(|t| !t.is_word()) || lower(from) == "that" {
        return None;
    }
    for k in from..toks.len().min(from + 16) {
        let t = &toks[k];
        if !t.is_word() {
            if matches!(t.punct, Some('.' | ';' | ':' | '?' | '!' | '(' | ')')) {
                return None;
            }
            continue;
        }
        let w = lower(k);
        if w == "that" {
            let before = lower(k - 1);
            let after_word = toks
                .get(k + 1)
                .is_some_and(|n| n.is_word() || matches!(n.punct, Some('"' | '“' | '‘' | '\'')));
            return (k > from
                && after_word
                && !lexicon::is_preposition(&before)
                && !lexicon::is_determiner(&before)
                && before != "of")
                .then_some(k);
        }
        let to_verb = w == "to"
            && toks.get(k + 1).is_some_and(|n| {
                let x = word_at(text, n).to_ascii_lowercase();
                n.is_word()
                    && !is_capitalised(word_at(text, n))
                    && !lexicon::is_determiner(&x)
                    && !lexicon::is_pronoun(&x)
            });
        if to_verb
            || [
                "he", "she", "they", "it", "we", "i", "you", "there", "who", "which",
            ]
            .contains(&w.as_str())
            || finite_verb(&w)
            || (lexicon::cue(&w).is_some() && {
                // (a cue after a subject: `told reporters officials believe that …`; not a
                // noun after its adjective: `in private calls, that …`)
                let prev = word_at(text, &toks[k - 1]);
                k == from || is_capitalised(prev) || prev.ends_with('s')
            })
        {
            return None;
        }
    }
    None
}

fn source_of_finding(np: &str) -> bool {
    const SOURCES: &[&str] = &[
        "poll",
        "polls",
        "polling",
        "survey",
        "surveys",
        "study",
        "studies",
        "report",
        "reports",
        "data",
        "numbers",
        "figures",
        "records",
        "results",
        "analysis",
        "review",
        "footage",
        "photos",
        "pictures",
        "video",
        "videos",
        "email",
        "emails",
        "documents",
        "returns",
        "filings",
        "average",
        "findings",
        "research",
        "outcome",
        "markets",
        "count",
        "tally",
    ];
    np.split(|c: char| c.is_whitespace())
        .take_while(|w| !["of", "from", "by", "in", "on", "for", "that", "which"].contains(w))
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| SOURCES.iter().any(|s| w.eq_ignore_ascii_case(s)))
}

/// `“Q,” he said, adding …` / `Mr. Ackman said at the time, adding …` / `said Clinton's
/// spokesman, Jo Lee, adding …`: the speaker of the cue that ends at the comma `comma`, before
/// the cue or right after it.
fn speaker_of_attribution_before(text: &str, toks: &[Tok], comma: usize) -> Option<Range<usize>> {
    let m = (comma.saturating_sub(8)..comma).rev().find(|&m| {
        toks[m].is_word() && lexicon::cue(word_at(text, &toks[m])).is_some_and(|c| c.class.quotes())
    })?;
    // only time words or a short phrase (`at the time`) between the cue and the comma, or a
    // name after the cue
    let phrase = comma - m <= 5
        && toks.get(m + 1).is_some_and(|t| {
            let w = word_at(text, t);
            lexicon::is_preposition(w) || lexicon::is_adjunct(w)
        })
        && toks[m + 1..comma].iter().all(|t| t.is_word());
    if phrase || skip_adjuncts_back(text, toks, comma, 4) <= m + 1 {
        if let Before::Found(r) = np_before(text, toks, m) {
            return Some(r);
        }
    }
    // (`said Clinton's coach, Ann Lee, adding …`: the name right after the cue, or after its
    // apposition; `said the pier would reopen in May, arguing …` names nobody)
    if let Before::Found(r) = np_before(text, toks, comma) {
        let after_cue = toks.get(m + 1).is_some_and(|t| t.start == r.start)
            || toks.get(m + 1).is_some_and(|t| {
                let w = word_at(text, t);
                lexicon::is_determiner(w) || is_possessive(w) || is_capitalised(w)
            }) && toks[m + 1..comma].iter().any(|t| t.punct == Some(','));
        return after_cue.then_some(r);
    }
    None
}

/// `OSLO, March 4 (Reuters) - `, `PORTLAND, Ore. — `: where the text after a dateline that
/// opens `s` starts (a word in capitals, a comma, and a dash within 60 bytes), if one does.
///
/// ```
/// let s = "OSLO, March 4 (Reuters) - Nordvik has agreed to buy Halden.";
/// assert_eq!(&s[verbatim_parser::dateline_end(s).unwrap()..], "Nordvik has agreed to buy Halden.");
/// assert_eq!(verbatim_parser::dateline_end("Nordvik has agreed - at last."), None);
/// ```
pub fn dateline_end(s: &str) -> Option<usize> {
    let word = s.split([',', ' ']).next()?;
    if word.len() < 3
        || !word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '-')
    {
        return None;
    }
    if !s[word.len()..].starts_with(',') {
        return None;
    }
    let head = &s[..floor(s, 60.min(s.len()))];
    let dash = [" - ", " — ", " – "]
        .iter()
        .filter_map(|d| head.find(d))
        .min()?;
    let after = &s[dash + 1..];
    let rest = after.trim_start_matches(['-', '—', '–']).trim_start();
    Some(s.len() - rest.len())
}

/// `…, X said.`: the clause before the attribution is reported speech when it has three words
/// or more and no quotation opens it (that one is direct, and its attribution is read
/// elsewhere). True when it was pushed.
/// True when the quotation opening at `open` goes on a clause begun at `from` after a word (`…
/// were “impossible to accept”`), not after a colon or a comma that sets it off as the
/// speaker's own sentence.
fn opens_mid_clause(text: &str, from: usize, open: usize) -> bool {
    text[from..open]
        .trim_end()
        .ends_with(|c: char| c.is_alphabetic())
}

/// The forms of the verbs of saying whose saying the words after them may place (`said in a
/// statement`, `told reporters in Vienna`, `wrote on Twitter`).
const SAYING: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "wrote",
    "writes",
    "added",
    "adds",
    "stated",
    "states",
    "announced",
    "announces",
    "explained",
    "explains",
    "reported",
    "reports",
    "noted",
    "notes",
];

fn push_trailing(
    text: &str,
    layout: &Layout,
    quoted: &[Range<usize>],
    out: &mut Vec<Quote>,
    span: Range<usize>,
    who: Range<usize>,
    cue: Range<usize>,
) -> bool {
    // (`OSLO, March 4 (Reuters) - Nordvik has agreed …, the company said`: not the dateline)
    let span = dateline_end(&text[span.clone()]).map_or(span.clone(), |d| span.start + d..span.end);
    let ok = word_count(&text[span.clone()]) >= 3 && !opens_with_quote(quoted, span.start);
    if ok {
        out.push(indirect(
            text,
            layout,
            span,
            who,
            Some(cue),
            Rule::IndirectTrailing,
        ));
    }
    ok
}

/// True when the comma at token `k` opens an aside that a second comma closes before the
/// clause goes on with its verb: `that if his son Beau, who died last year, were still
/// serving …`, `that Trump, even as a candidate, had raised the danger`.
fn aside_before_verb(text: &str, toks: &[Tok], k: usize) -> bool {
    const AUX: &[&str] = &[
        "is", "was", "were", "are", "had", "has", "have", "would", "will", "could", "should",
        "can", "may", "might", "must", "did", "does",
    ];
    toks[k + 1..]
        .iter()
        .take(25)
        .position(|t| t.punct.is_some_and(|p| p != '\''))
        .map(|p| k + 1 + p)
        .filter(|&m| toks[m].punct == Some(','))
        .and_then(|m| toks.get(m + 1))
        .is_some_and(|n| AUX.contains(&word_at(text, n)))
}

/// True when token `k` and the word after it are a phrasal reporting verb (`called for`,
/// `pointed out`; `shot back` only before `that`, not `fired back at critics`).
fn phrasal_at(text: &str, toks: &[Tok], k: usize) -> bool {
    toks.get(k + 1).is_some_and(|n| {
        let particle = word_at(text, n);
        n.is_word()
            && lexicon::is_phrasal_cue(word_at(text, &toks[k]), particle)
            && (particle != "back" || toks.get(k + 2).is_some_and(|t| word_at(text, t) == "that"))
    })
}

/// After the `and` at token `and`: a reporting verb that opens a second report, at once (`and
/// said that …`, `and added …`) or, after a comma, behind a subject of at most six words (`, and
/// nearly three in five said …`).
fn second_report(text: &str, toks: &[Tok], and: usize, comma: bool) -> bool {
    let reports = |k: usize| {
        lexicon::cue(word_at(text, &toks[k])).is_some_and(|c| c.class.reports())
            || phrasal_at(text, toks, k)
    };
    // without a comma the second report follows at once, or after a share (`and one in four
    // said …`)
    let share = toks.get(and + 1).is_some_and(|t| {
        let w = word_at(text, t);
        is_number(w) || ["most", "many", "some", "half", "nearly", "almost", "about"].contains(&w)
    });
    let reach = if comma || share { 7 } else { 2 };
    // `he was “very encouraged” and Trump called it …`: a name or a pronoun and its own report,
    // once the first clause has a verb of its own (`said Clinton and Trump agreed` is one
    // clause with two subjects)
    let subject_then_report = || {
        let mut j = and + 1;
        if toks
            .get(j)
            .is_some_and(|t| ["he", "she", "they", "we"].contains(&word_at(text, t)))
        {
            j += 1;
        } else {
            while j < and + 4
                && toks
                    .get(j)
                    .is_some_and(|t| t.is_word() && is_capitalised(word_at(text, t)))
            {
                j += 1;
            }
        }
        // (any cue: `and Trump called it “…”` characterises)
        j > and + 1
            && toks
                .get(j)
                .is_some_and(|t| t.is_word() && lexicon::cue(word_at(text, t)).is_some())
            && toks[..and]
                .iter()
                .rev()
                .take(8)
                .take_while(|t| !matches!(t.punct, Some('.' | ';' | '?' | '!')))
                .any(|t| {
                    let w = word_at(text, t);
                    t.is_word() && finite_verb(w) && lexicon::cue(w).is_none()
                })
    };
    (and + 1..toks.len())
        .take(reach)
        .take_while(|&k| toks[k].is_word() && word_at(text, &toks[k]) != "that")
        .enumerate()
        .any(|(i, k)| reports(k) && (i == 0 || comma || share))
        // `said A, and called him “B”`: the speaker's second verb, whatever it cues
        || (comma
            && toks
                .get(and + 1)
                .is_some_and(|t| t.is_word() && lexicon::cue(word_at(text, t)).is_some()))
        || (!comma && subject_then_report())
}

/// A finite verb by its look: an auxiliary or modal, a negated contraction, a regular past
/// tense, or a common irregular one. Enough to tell a clause (`the deal would hurt farmers`) from
/// a noun phrase (`her thanks to the president`).
pub(crate) fn looks_like_verb(w: &str) -> bool {
    const VERBS: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "being", "am", "will", "would", "can", "could",
        "shall", "should", "may", "might", "must", "has", "have", "had", "do", "does", "did",
        "cannot", "grew", "went", "came", "made", "took", "got", "gave", "saw", "knew", "told",
        "said", "won", "lost", "ran", "began", "fell", "rose", "left", "kept", "felt", "paid",
        "met", "sent", "spent", "built", "led", "brought", "bought", "thought", "found", "held",
        "stood", "became", "sold", "wrote", "spoke", "chose", "broke", "hit", "put", "set", "cut",
        "let", "meant", "showed", "shown", "needs", "wants", "plans", "remains", "seems",
    ];
    VERBS.iter().any(|v| w.eq_ignore_ascii_case(v))
        || w.ends_with("n't")
        || w.ends_with("n’t")
        || (w.len() > 4 && w.ends_with("ed"))
}

/// The byte offset where token `k` starts, or `end` past the last token: where a clause that
/// ends before token `k` stops.
fn start_of(toks: &[Tok], k: usize, end: usize) -> usize {
    toks.get(k).map_or(end, |t| t.start)
}

/// True when a quotation in marks opens the clause at `start`: it is a direct quotation, and
/// the words after it attribute it.
fn opens_with_quote(quoted: &[Range<usize>], start: usize) -> bool {
    quoted.binary_search_by_key(&start, |q| q.start).is_ok()
}

/// `Warren: Trump Is a ‘Proven Failure’`: a name and a colon open the sentence (headline style),
/// and what follows is theirs. The name must end before `before`.
fn colon_speaker(text: &str, sentence: Range<usize>, before: usize) -> Option<Range<usize>> {
    let limit = ceil(text, (sentence.start + 80).min(before));
    let head = &text[sentence.start..limit];
    // `The senator's reaction: “…”`, `Republicans' reaction: “…”`: a possessor and a noun for
    // speech, then the colon
    if let Some(lead) = head.trim_end().strip_suffix(':') {
        let words: Vec<&str> = lead.split_whitespace().collect();
        if let [.., owner, noun] = words.as_slice() {
            let bare = owner
                .strip_suffix("'s")
                .or_else(|| owner.strip_suffix("’s"))
                .or_else(|| owner.strip_suffix('\''))
                .or_else(|| owner.strip_suffix('’'));
            if let Some(bare) = bare.filter(|_| words.len() <= 6 && SPEECH_NOUNS.contains(noun)) {
                let end = lead.offset(owner) + bare.len();
                return Some(sentence.start..sentence.start + end);
            }
        }
    }
    if let Some(source) = from_source_before_colon(head) {
        let at = sentence.start + head.offset(source);
        return Some(at..at + source.len());
    }
    let (_, np) = noun_phrase(head).ok()?;
    // `Continued Mayor Fox:` is a cue and its speaker, handled by `inverted_intro`
    if np
        .split_whitespace()
        .next()
        .and_then(lexicon::cue)
        .is_some()
    {
        return None;
    }
    let rest = &head[np.len()..];
    // `Clinton’s response was: “…”`: the possessor of the words is their speaker
    if crate::text::is_possessive(np) {
        let mut words = rest.split_whitespace();
        let noun = words.next().unwrap_or("");
        let nouns = SPEECH_NOUNS;
        let verb_or_colon = |w: &str| w == ":" || ["was:", "is:", "were:", "are:"].contains(&w);
        let said = if let Some(n) = noun.strip_suffix(':') {
            nouns.contains(&n)
        } else {
            nouns.contains(&noun) && words.next().is_some_and(verb_or_colon)
        };
        let name = crate::text::strip_possessive(np);
        if said && mention_kind(name) == MentionKind::Name {
            return Some(sentence.start..sentence.start + name.len());
        }
    }
    let kind = mention_kind(np);
    ((rest.starts_with(':') || listener_before_colon(rest).is_some())
        && matches!(kind, MentionKind::Name | MentionKind::Organisation))
    .then(|| sentence.start..sentence.start + np.len())
}

/// `From the report: “…”`, `More from the report: “…”`, `A lesson from Loretta Lynch: “…”`: the
/// source after `from` (a name, or a description with its determiner) owns what follows the
/// colon. `head` opens the sentence; the words before `from` may only be a determiner, `more`
/// or a noun for words (`Away from the cameras:` and `Fresh from his win:` say nothing).
fn from_source_before_colon(head: &str) -> Option<&str> {
    let lead = &head[..head.find(':')?];
    let (before, source) = lead
        .split_once(" from ")
        .or_else(|| lead.strip_prefix("From ").map(|s| ("", s)))?;
    let framing = |w: &str| {
        let w = w.to_lowercase();
        [
            "a", "an", "the", "one", "another", "some", "more", "further", "and",
        ]
        .contains(&w.as_str())
            || SPEECH_NOUNS.contains(&w.as_str())
            || [
                "lesson", "excerpt", "excerpts", "quote", "note", "passage", "word",
            ]
            .contains(&w.as_str())
    };
    let source = source.trim();
    let n = source.split_whitespace().count();
    let (rest, np) = noun_phrase(source).ok()?;
    let framed = before.split_whitespace().count() <= 3 && before.split_whitespace().all(framing);
    let determined = || {
        let first = source
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        [
            "the", "a", "an", "his", "her", "its", "their", "our", "this", "that",
        ]
        .contains(&first.as_str())
            || crate::text::is_possessive(&first)
    };
    (framed
        && rest.trim().is_empty()
        && (1..=12).contains(&n)
        && !source.contains(['“', '”', '"', '(', ','])
        && match mention_kind(np) {
            MentionKind::Name | MentionKind::Organisation => true,
            MentionKind::Description => determined(),
            _ => false,
        })
    .then_some(np)
}

/// ` to Planned Parenthood:`, ` To Asians Worried About U.S. Election:`: the listener a
/// headline names between its speaker and the colon (capitalised, one to six words); the length
/// up to the colon.
fn listener_before_colon(rest: &str) -> Option<usize> {
    let colon = rest.find(':')?;
    let listener = rest[..colon]
        .strip_prefix(" to ")
        .or_else(|| rest[..colon].strip_prefix(" To "))?;
    ((1..=6).contains(&word_count(listener)) && is_capitalised(listener)).then_some(colon)
}

/// `Graham: Trump's Rhetoric Is Destroying the Party` / `TAPPER: Do you think …`: a line that
/// opens with a name and a colon gives the rest of the line to that name, as reported speech
/// (a quotation in marks after the colon is direct, and read elsewhere).
fn colon_report(
    text: &str,
    layout: &Layout,
    sentence: Range<usize>,
    quoted: &[Range<usize>],
) -> Option<Quote> {
    let line_start = sentence.start == 0 || text[..sentence.start].ends_with('\n');
    if !line_start {
        return None;
    }
    let head = &text[sentence.start..ceil(text, (sentence.start + 60).min(sentence.end))];
    let colon = sentence.start + head.find(':')?;
    let speaker = colon_speaker(text, sentence.clone(), colon + 1)?;
    // (`The Latest: …` is a column's label)
    let lead = text[sentence.start..colon]
        .split_whitespace()
        .next()
        .unwrap_or("");
    // (`Clinton to Planned Parenthood: …`: the listener between the speaker and the colon)
    let listener = listener_before_colon(&text[speaker.end..sentence.end])
        .is_some_and(|c| speaker.end + c == colon);
    if (speaker.end != colon && !listener)
        || lexicon::with_lower(lead, lexicon::is_determiner)
        || !named_elsewhere(text, &text[speaker.clone()], sentence.end)
    {
        return None;
    }
    let after = &text[colon + 1..sentence.end];
    let start = colon + 1 + (after.len() - after.trim_start().len());
    let end = trim_clause_end(text, start..sentence.end);
    (end > start
        && word_count(&text[start..end]) >= 3
        && !opens_with_quote(quoted, start)
        && !text[start..].starts_with(['“', '"', '‘', '\'']))
    .then(|| indirect(text, layout, start..end, speaker, None, Rule::IndirectCue))
}

/// True when the label of a `Label: …` line names someone the article names again after `from`:
/// `Loretta Lynch` again, or `Graham` (or `TAPPER`) as the end of a longer name (`Lindsey
/// Graham`). Labels of the page (`Q`, `Correction`, `Latest`, `Paid Notice`) are not.
fn named_elsewhere(text: &str, label: &str, from: usize) -> bool {
    let rest = &text[from..];
    let title;
    let label = if label.chars().all(|c| !c.is_lowercase()) {
        // `TAPPER` is `Tapper`
        let mut cs = label.chars();
        title = cs.next().map_or(String::new(), |f| {
            f.to_string() + &cs.as_str().to_lowercase()
        });
        title.as_str()
    } else {
        label
    };
    if label.contains(' ') {
        return rest.contains(label);
    }
    rest.match_indices(label).any(|(at, _)| {
        let before = rest[..at].trim_end_matches(' ');
        before.len() < at
            && before
                .rsplit(|c: char| !crate::text::is_alnum(c) && c != '.')
                .next()
                .is_some_and(|w| is_capitalised(w) && !lexicon::is_capital_stopword(w))
    })
}

/// True when the cue at `here` is a verb of saying in its plain form right after `to`:
/// `to say`, `to tell`, `to argue`.
fn infinitive_of_saying(text: &str, toks: &[Tok], here: usize) -> bool {
    here >= 2
        && word_at(text, &toks[here - 1]) == "to"
        && [
            "say", "tell", "argue", "insist", "warn", "declare", "announce", "note", "add",
            "suggest", "claim", "stress",
        ]
        .contains(&word_at(text, &toks[here]))
}

/// The verb that the infinitive of saying at `here` completes as the act of saying, as a
/// token index: `went on to say`, `went out of his way to say`, `interrupted to say`, `rose
/// to say`, `took to Twitter to say`, `was quick to say` (not `declined`, `wants`, `has`, whose
/// infinitive says nothing was said).
fn verb_before_infinitive(text: &str, toks: &[Tok], here: usize) -> Option<usize> {
    const VERBS: &str = "went goes interrupted interrupts rose rises stood stepped took takes \
        rushed rushes hurried called calls wrote writes returned paused jumped weighed chimed \
        hastened moved was were phoned telephoned emailed texted had has";
    let to = here - 1;
    let v = (to.saturating_sub(6)..to)
        .rev()
        .take_while(|&k| toks[k].is_word())
        .find(|&k| {
            VERBS
                .split_whitespace()
                .any(|v| v == word_at(text, &toks[k]))
        })
        .filter(|&v| {
            toks[v + 1..to]
                .iter()
                .all(|t| lexicon::cue(word_at(text, t)).is_none())
        })?;
    // (`was quick to say`, `were careful to say`: an adjective after `be`; `had to ask`: an
    // obligation met)
    let w = word_at(text, &toks[v]);
    let ok = if ["was", "were"].contains(&w) {
        to - v == 2 && ["quick", "careful", "eager", "keen"].contains(&word_at(text, &toks[v + 1]))
    } else {
        !["had", "has"].contains(&w) || to - v == 1
    };
    ok.then_some(v)
}

/// True when `and` or `but` stands before the cue at `here` (time words aside).
/// `When Trump referred to … and said …`: the subject of the subordinate clause that holds
/// token `here` (no punctuation between), when it is a name or a pronoun.
fn subordinate_subject(text: &str, toks: &[Tok], here: usize) -> Option<Range<usize>> {
    subordinate_subject_after(text, toks, here, &SUBORDINATORS)
}

/// [`subordinate_subject`] for a clause opened by one of `openers`.
fn subordinate_subject_after(
    text: &str,
    toks: &[Tok],
    here: usize,
    openers: &[&str],
) -> Option<Range<usize>> {
    // the nearest subordinator before the cue with no punctuation between (`… was complete when
    // Trump in his announcement speech called them “…”`)
    let opener = (here.saturating_sub(15)..here)
        .rev()
        .take_while(|&k| toks[k].punct.is_none())
        .find(|&k| {
            let w = word_at(text, &toks[k]);
            openers.iter().any(|s| w.eq_ignore_ascii_case(s))
        })?;
    let at = toks.get(opener + 1)?.start;
    let (_, np) = noun_phrase(&text[at..toks[here].start]).ok()?;
    let kind = mention_kind(np);
    (matches!(kind, MentionKind::Name | MentionKind::Pronoun) && !np.eq_ignore_ascii_case("it"))
        .then(|| at..at + np.len())
}

/// The [`SUBORDINATORS`] that open a clause with its own subject and verb (`with Manafort and
/// said` is a phrase of the clause it stands in).
const CLAUSE_OPENERS: [&str; 8] = [
    "after", "when", "while", "because", "since", "before", "although", "though",
];

/// Words that open a subordinate clause.
const SUBORDINATORS: [&str; 15] = [
    "after", "when", "while", "as", "because", "if", "since", "before", "although", "though",
    "once", "until", "despite", "amid", "with",
];

fn conjunction_before(text: &str, toks: &[Tok], here: usize) -> bool {
    let i = skip_adjuncts_back(text, toks, here, usize::MAX);
    i > 0 && matches!(word_at(text, &toks[i - 1]), "and" | "but")
}

fn skip_adjuncts(s: &str) -> &str {
    let mut rest = s.trim_start();
    loop {
        let w: &str = rest
            .split(|c: char| !crate::text::is_alnum(c))
            .next()
            .unwrap_or("");
        if !w.is_empty() && (lexicon::is_adjunct(w) || w.eq_ignore_ascii_case("on")) {
            rest = rest[w.len()..].trim_start();
        } else {
            return rest;
        }
    }
}

fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(crate::text::is_alnum))
        .count()
}

/// The clause's end with the final stop and trailing commas left out (marks stay).
fn trim_clause_end(text: &str, range: Range<usize>) -> usize {
    let s = text[range.clone()].trim_end();
    let s = s.trim_end_matches([',', ';', ':', '.', ' ', '\n']);
    range.start + s.len()
}

/// An indirect quotation of `span`, attributed to the mention at `who` by `cue` under `rule`.
fn indirect(
    text: &str,
    layout: &Layout,
    span: Range<usize>,
    who: Range<usize>,
    cue: Option<Range<usize>>,
    rule: Rule,
) -> Quote {
    let attribution = attribution(text, who, cue, rule);
    Quote {
        kind: Kind::Indirect,
        text: clean(text, span.clone(), &layout.debris),
        span,
        attribution: Some(attribution),
    }
}

/// In a post's text, the sign-off `— NAME (@handle)` for the post's own `handle`: the offset
/// of its dash and the range of NAME (one to five words, capitalised).
fn post_signoff(text: &str, inner: Range<usize>, handle: &str) -> Option<(usize, Range<usize>)> {
    let body = &text[inner.clone()];
    let at = body
        .to_ascii_lowercase()
        .rfind(&format!("(@{})", handle.to_ascii_lowercase()))?;
    let dash = body[..at].rfind(['—', '–'])?;
    let after = dash + body[dash..].chars().next().map_or(1, char::len_utf8);
    let raw = &body[after..at];
    let name = raw.trim();
    let from = inner.start + after + (raw.len() - raw.trim_start().len());
    let words = name.split_whitespace().count();
    ((1..=5).contains(&words)
        && name
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase())))
    .then(|| (inner.start + dash, from..from + name.len()))
}

/// `<tweet author="MartinOMalley" …>Horrifying news …</tweet>`: posts embedded in the page are
/// their authors' words, reported as the page shows them.
fn embedded_posts<'a>(text: &'a str, layout: &'a Layout) -> impl Iterator<Item = Quote> + 'a {
    let tags = &layout.debris;
    let opens = |r: &Range<usize>, tag: &str| {
        text.get(r.start..r.start + tag.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(tag))
    };
    tags.iter().enumerate().filter_map(move |(i, open)| {
        if !opens(open, "<tweet") {
            return None;
        }
        let close = tags[i + 1..].iter().find(|r| opens(r, "</tweet"))?;
        let tag = &text[open.clone()];
        let a = tag.find("author=\"")? + "author=\"".len();
        let len = tag[a..].find('"')?;
        let handle = &tag[a..a + len];
        let skip = usize::from(handle.starts_with('@'));
        let mut who = open.start + a + skip..open.start + a + len;
        let inner = &text[open.end..close.start];
        let start = open.end + (inner.len() - inner.trim_start().len());
        let mut end = open.end + inner.trim_end().len();
        // a post copied with its sign-off, `… — Brian Fallon (@brianefallon) August 2, 2016`:
        // the name there is its owner's, and the post ends before the dash
        if let Some((dash, name)) = post_signoff(text, open.end..close.start, &text[who.clone()]) {
            who = name;
            end = open.end + text[open.end..dash].trim_end().len();
        }
        (!who.is_empty() && end > start && word_count(&text[start..end]) >= 2).then(|| {
            let mut q = indirect(
                text,
                layout,
                start..end,
                who.clone(),
                None,
                Rule::EmbeddedPost,
            );
            // an account's handle names its owner, whatever its case (`adabrook`)
            if let Some(a) = q.attribution.as_mut() {
                a.mention.kind = MentionKind::Name;
                a.mention.name = Some(who);
            }
            q
        })
    })
}

/// Kinds, attributions and reported speech for one article.
/// The quotations of `raw`, attributed, and the spans of the ones that are titles (see
/// [`crate::Parsed::titles`]).
pub(crate) fn attribute(
    text: &str,
    layout: &Layout,
    raw: &[RawQuote],
) -> (Vec<Quote>, Vec<Range<usize>>) {
    let mut sentence_list: Vec<(Range<usize>, usize)> = Vec::new(); // (range, block)
    let tops_all: Vec<&RawQuote> = raw.iter().filter(|q| q.depth == 0).collect();
    let outer = |q: &RawQuote| q.open.start..q.close.as_ref().map_or(q.content.end, |c| c.end);

    // sentences, block by block
    let mut qi = 0;
    for (bi, block) in layout.blocks.iter().enumerate() {
        let mut in_block = Vec::new();
        while qi < tops_all.len() && tops_all[qi].open.start < block.end {
            if tops_all[qi].open.start >= block.start {
                in_block.push((outer(tops_all[qi]), tops_all[qi].content.clone()));
            }
            qi += 1;
        }
        for s in sentences(text, layout, block.clone(), &in_block) {
            sentence_list.push((s, bi));
        }
    }
    let sentence_of = |at: usize| {
        sentence_list
            .partition_point(|(s, _)| s.end <= at)
            .min(sentence_list.len().saturating_sub(1))
    };

    // the sentence and the words before each quotation (within WINDOW, in its sentence)
    let context = |q: &RawQuote| {
        let o = outer(q);
        let (srange, block) = sentence_list
            .get(sentence_of(q.open.start))
            .cloned()
            .unwrap_or((o.clone(), 0));
        let win_start = floor(text, o.start.saturating_sub(WINDOW)).max(srange.start.min(o.start));
        (srange, block, win_start)
    };
    // titles in marks (`starred in “Parks and Recreation”`) are words of the sentence, not
    // quotations
    let mut is_title: Vec<bool> = tops_all
        .iter()
        .map(|q| {
            let (_, _, win_start) = context(q);
            is_title_of_work(text, q, &text[win_start..q.open.start])
        })
        .collect();
    // `starred in “Parks and Recreation” and “Guardians of the Galaxy,”`: a name in Title Case
    // listed right after a title is one too
    for k in 1..tops_all.len() {
        let (prev, q) = (&tops_all[k - 1], &tops_all[k]);
        let Some(close) = prev
            .close
            .as_ref()
            .filter(|_| is_title[k - 1] && !is_title[k])
        else {
            continue;
        };
        let between = text.get(close.end..q.open.start).unwrap_or("x");
        let listed = [" and ", " or ", ", ", ", and ", ", or "].contains(&between);
        let content = text[q.content.clone()].trim().trim_end_matches([',', '.']);
        let words: Vec<&str> = content.split_whitespace().collect();
        if listed && !words.is_empty() && words.len() <= 8 && title_case_words(&words) {
            is_title[k] = true;
        }
    }

    // reported speech
    let quoted: Vec<Range<usize>> = tops_all
        .iter()
        .zip(&is_title)
        .filter(|(_, title)| !**title)
        .map(|(q, _)| outer(q))
        .collect();
    let mut indirects = Vec::new();
    for (s, _) in &sentence_list {
        // a question or exclamation in marks that ends the sentence before stays in view:
        // `“Q?” Trump told ITV …` attributes that quotation, it is not reported speech
        // (in the same paragraph: a question that ends one paragraph is not attributed by the
        // next one's subject)
        let block_of = |at: usize| layout.blocks.partition_point(|b| b.end <= at);
        let mut lo = quoted.partition_point(|q| q.end <= s.start);
        if lo > 0 {
            let prev = &text[quoted[lo - 1].clone()];
            let inner =
                prev.trim_end_matches(|c: char| !crate::text::is_alnum(c) && c != '?' && c != '!');
            if inner.ends_with(['?', '!'])
                && text[quoted[lo - 1].end..s.start].trim().is_empty()
                && block_of(quoted[lo - 1].start) == block_of(s.start)
            {
                lo -= 1;
            }
        }
        let hi = quoted.partition_point(|q| q.start < s.end);
        indirect_in(
            text,
            layout,
            s.clone(),
            &quoted[lo..hi.max(lo)],
            &mut indirects,
        );
    }

    indirects.extend(embedded_posts(text, layout));
    indirects.sort_by_key(|q| q.span.start);

    // quotations in marks
    let tops: Vec<Top> = tops_all
        .iter()
        .map(|q| Top {
            raw: q,
            outer: outer(q),
            sentence: sentence_of(q.open.start),
        })
        .collect();
    let mut results: Vec<(usize, Quote, usize)> = Vec::new(); // (top index, quote, block)
    for (ti, top) in tops.iter().enumerate() {
        let q = top.raw;
        if is_title[ti] {
            continue;
        }
        let (srange, block, win_start) = context(q);
        if is_subhead(text, layout, block, q, &top.outer) {
            continue;
        }
        let before = &text[win_start..top.outer.start];
        let close_index = sentence_of(top.outer.end.saturating_sub(1));
        let mut close_sentence = sentence_list
            .get(close_index)
            .map_or(srange.end, |s| s.0.end);
        // `“Q?” Sanders replied.`: a quotation that ends its sentence may be attributed by the
        // words that open the next one, in the same paragraph
        let mut after_is_next_sentence = false;
        if close_sentence <= top.outer.end {
            if let Some((next, nb)) = sentence_list.get(close_index + 1) {
                if *nb == sentence_list[close_index].1 {
                    close_sentence = next.end;
                    after_is_next_sentence = true;
                }
            }
        }
        let after_end = ceil(
            text,
            (top.outer.end + WINDOW).min(close_sentence.max(top.outer.end)),
        );
        let after = &text[top.outer.end..after_end];
        let content = text[q.content.clone()].trim();
        let starts_upper = content
            .trim_start_matches(|c: char| !crate::text::is_alnum(c))
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        let before_trim = before.trim_end();
        let last_word = before_trim
            .rsplit(|c: char| !crate::text::is_alnum(c))
            .next()
            .unwrap_or("");
        let last_is_cue = lexicon::cue(last_word).is_some_and(|c| c.class.quotes());

        // the split: `“Q1,” said Lavrov, “Q2.”`
        let prev = ti
            .checked_sub(1)
            .and_then(|p| results.last().filter(|(i, _, _)| *i == p));
        let split = prev.and_then(|(pi, pq, _)| {
            let a = pq.attribution.as_ref()?;
            let same = tops[*pi].sentence == top.sentence;
            let after_attr = matches!(a.rule, Rule::QuoteCueSpeaker | Rule::QuoteSpeakerCue)
                && a.mention.span.start >= tops[*pi].outer.end;
            let end = a.mention.span.end.max(a.cue.as_ref().map_or(0, |c| c.end));
            let between = text.get(end..top.outer.start)?;
            // `“Q1,” said Sherman, speaking of politicians, “Q2”`: a participial phrase may
            // stand between the halves, or the speaker's apposition (`said Raffaello Pantucci,
            // director of … in London, “Q2”`)
            let b = between.trim();
            let participial = b.len() > 1 && b.starts_with(',') && b.ends_with([',', ':']) && {
                let inner = b[1..b.len() - 1].trim();
                let first = inner.split_whitespace().next().unwrap_or("");
                let apposition = a.mention.kind == MentionKind::Name
                    && (lexicon::is_determiner(first) || lexicon::is_role(first));
                (first.ends_with("ing") || apposition)
                    && inner.split_whitespace().count() <= 20
                    && !inner.contains(['.', '“', '”', '"', '\n', ';'])
            };
            (same
                && after_attr
                && ((b.trim_end_matches([',', ':']).trim().is_empty()
                    && between.contains([',', ':']))
                    || participial))
                .then(|| {
                    (
                        pq.kind,
                        Attribution {
                            rule: Rule::Split,
                            ..a.clone()
                        },
                    )
                })
        });

        let direct = before_trim.is_empty()
            || before_trim.ends_with(':')
            || (before_trim.ends_with(',') && (starts_upper || last_is_cue))
            || (starts_upper && last_is_cue)
            || split.is_some();
        let mut kind = split
            .as_ref()
            .map_or(if direct { Kind::Direct } else { Kind::Partial }, |s| s.0);

        let found = |f: grammar::Found| {
            let base = top.outer.end;
            attribution(
                text,
                base + f.mention.start..base + f.mention.end,
                f.cue.map(|c| base + c.start..base + c.end),
                f.rule,
            )
        };
        let mut attr = split.map(|s| s.1);
        // `Clinton responds to Mills with, “Q?” Mills then writes back, …`: an introduction in
        // the quotation's own sentence comes before the words of the next one
        if attr.is_none()
            && after_is_next_sentence
            && kind == Kind::Direct
            && before_trim.ends_with([',', ':'])
        {
            attr = intro(text, layout, win_start..top.outer.start, srange.clone());
        }
        // `… “Q,” X said`: a quotation closed on a comma and attributed right after is speech
        // (a quotation inside it may close first: `''had me at 'independence,''' X wrote`)
        let ends_comma = content.trim_end_matches(['\'', '’']).ends_with(',');
        if attr.is_none()
            && (kind == Kind::Direct || ends_comma || after.trim_start().starts_with(','))
        {
            attr = after_quote(after).map(found);
            // `a “golden handshake,” as the memo put it` stays a fragment
            let as_put = after
                .trim_start_matches([',', ' '])
                .get(..3)
                .is_some_and(|w| w.eq_ignore_ascii_case("as "));
            // (`… were “impossible to accept,” Sorokin said`: a fragment that ends a clause
            // reported around it stays a fragment)
            let k = indirects.partition_point(|i: &Quote| i.span.start < top.outer.start);
            let in_report = k.checked_sub(1).is_some_and(|k| {
                indirects[k].span.end >= top.outer.end.saturating_sub(3)
                    && opens_mid_clause(text, indirects[k].span.start, top.outer.start)
            });
            if attr.is_some() && ends_comma && !as_put && !in_report {
                kind = Kind::Direct;
            }
        }
        if attr.is_none() && q.close.is_none() {
            attr = grammar::line_signoff(&text[top.outer.end..]).map(found);
        }
        if attr.is_none() && before_trim.is_empty() {
            // `“Q” if she loses, said X.`: the sentence goes on after the mark
            let own_end = sentence_list.get(close_index).map_or(0, |s| s.0.end);
            if own_end > top.outer.end {
                attr = trailing_attribution(&text[top.outer.end..own_end]).map(found);
            }
        }
        if attr.is_none() && kind == Kind::Direct && before_trim.is_empty() && top.sentence > 0 {
            // `Sam Lau said in a statement. “…”`: the sentence before ends on its cue
            let (prev, prev_block) = sentence_list[top.sentence - 1].clone();
            // `Stated Stone:` / `Trump told the crowd:` alone in the paragraph before
            let colon_before =
                prev_block + 1 == block && text[prev.clone()].trim_end().ends_with(':');
            // (the writer's own sentence only, read into tokens once for both tests)
            if (prev_block == block || colon_before) && narrative(text, prev.clone()) {
                let toks = tokens(text, prev.clone(), &layout.debris);
                attr = cue_ends_sentence(text, prev.clone(), &toks).or_else(|| {
                    (prev_block == block)
                        .then(|| reporter_of_sentence(text, prev.clone(), &toks))
                        .flatten()
                });
            }
            if attr.is_none() && colon_before {
                let p = &text[prev.clone()];
                if let Ok((_, (cue, np))) = grammar::inverted_intro(p) {
                    let at = prev.start + nom::Offset::offset(p, np);
                    let cue_at = prev.start + nom::Offset::offset(p, cue);
                    attr = Some(attribution(
                        text,
                        at..at + np.len(),
                        Some(cue_at..cue_at + cue.len()),
                        Rule::SpeakerCueIntro,
                    ));
                } else if let Some(who) = colon_speaker(text, prev.clone(), prev.end) {
                    attr = Some(attribution(text, who, None, Rule::SpeakerCueIntro));
                } else if let Some(who) = sentence_subject(text, prev.clone(), false) {
                    // `The New York Times confirmed that observation, reporting:`
                    attr = Some(attribution(text, who, None, Rule::SpeakerCueIntro));
                }
            }
            // `At her direction, the DNC issued a statement apologizing to Sanders.` and the
            // statement in the paragraph after it
            if attr.is_none()
                && prev_block + 1 == block
                && quote_fills_block(text, layout, block, &top.outer)
            {
                attr = statement_issued_in(text, layout, prev.clone())
                    .map(|who| attribution(text, who, None, Rule::SpeakerCueIntro));
            }
        }
        if attr.is_none() && kind == Kind::Direct && !before_trim.is_empty() {
            attr = intro(text, layout, win_start..top.outer.start, srange.clone());
        }
        // the words before a fragment, read once for the tests below
        let before_toks = (attr.is_none() && kind == Kind::Partial)
            .then(|| tokens(text, win_start..top.outer.start, &layout.debris));
        if let Some(toks) = before_toks.as_deref() {
            // `…, a figure that Lindqvist called “…”` inside someone else's report: the
            // relative clause's own subject
            attr = relative_cue_before(text, toks);
        }
        if attr.is_none() && kind == Kind::Partial {
            // indirects are in text order and do not overlap: the candidate starts last before it
            let k = indirects.partition_point(|i: &Quote| i.span.start <= q.content.start);
            attr = k
                .checked_sub(1)
                .map(|k| &indirects[k])
                .filter(|i| q.content.end <= i.span.end.max(top.outer.end.min(i.span.end + 3)))
                .and_then(|i| i.attribution.clone())
                .map(|a| Attribution {
                    rule: Rule::PartialInIndirect,
                    ..a
                });
        }
        if attr.is_none() && kind == Kind::Partial {
            attr = partial_cue(
                text,
                before_toks.as_deref().unwrap_or_default(),
                srange.clone(),
                top.outer.start,
                top.outer.end,
            )
            .or_else(|| cue_later_in_sentence(text, layout, top.outer.end..srange.end));
        }
        let mut skip = layout.debris_in(q.content.clone()).to_vec();
        skip.extend(q.reopen.iter().cloned());
        skip.sort_by_key(|r| r.start);
        let quote = Quote {
            kind,
            span: q.content.clone(),
            text: clean(text, q.content.clone(), &skip),
            attribution: attr,
        };
        if quote.text.chars().any(crate::text::is_alnum) {
            results.push((ti, quote, block));
        }
    }

    // continuation: an unattributed direct quote after an attributed statement in the same or
    // the previous paragraph continues its speaker
    let mut all: Vec<(Quote, usize)> = results.into_iter().map(|(_, q, b)| (q, b)).collect();
    for i in &indirects {
        let b = sentence_list
            .get(sentence_of(i.span.start))
            .map_or(0, |s| s.1);
        all.push((i.clone(), b));
    }
    all.sort_by_key(|(q, _)| (q.span.start, q.kind));
    // `It can be “I’m grateful for the sun” or “I’m grateful for my friends,” she says`:
    // quotations joined by `or` or `and` share the cue after the last one
    for k in (0..all.len().saturating_sub(1)).rev() {
        let (a, b) = (&all[k].0, &all[k + 1].0);
        if a.attribution.is_some()
            || b.kind == Kind::Indirect
            || a.kind == Kind::Indirect
            || b.attribution
                .as_ref()
                .is_none_or(|x| x.rule != Rule::QuoteSpeakerCue)
        {
            continue;
        }
        let between = text
            .get(a.span.end..b.span.start)
            .unwrap_or("")
            .trim_matches(|c: char| c.is_whitespace() || "”“\"'’‘,".contains(c));
        if matches!(between, "or" | "and") {
            all[k].0.attribution = all[k + 1].0.attribution.clone();
        }
    }
    let mut last: Option<(Attribution, usize)> = None;
    let mut last_partial: Option<(Attribution, usize)> = None;
    // `Instead, “he just acts like a defeated man.”`: a fragment whose sentence is only a
    // connective and the quotation goes on with the speaker before, as a quoted sentence does
    let lone_fragment = |q: &Quote| {
        q.kind == Kind::Partial
            && sentence_list
                .get(sentence_of(q.span.start))
                .is_some_and(|(s, _)| {
                    // (three words are enough to know: a sentence of any length costs no more)
                    let split =
                        |r: Range<usize>| text[r].split(|c: char| !crate::text::is_alnum(c));
                    let words: Vec<&str> = split(s.start..q.span.start.max(s.start))
                        .chain(split(q.span.end.min(s.end)..s.end))
                        .filter(|w| !w.is_empty())
                        .take(3)
                        .collect();
                    !words.is_empty()
                        && words.len() <= 2
                        && words.iter().all(|w| {
                            [
                                "instead", "and", "but", "also", "still", "yet", "then", "plus",
                                "so",
                            ]
                            .iter()
                            .any(|c| w.eq_ignore_ascii_case(c))
                        })
                })
    };
    // `“Containment” has been U.S. policy …`, `“Top secret” is the highest level …`: a word in
    // marks the writer's sentence goes on to define is named, not said (`“A big truck” plowed
    // through …` is a witness's words)
    let named_not_said = |q: &Quote| {
        let rest = text[q.span.end..].trim_start_matches(['”', '"', '’', '\'', ' ']);
        let w = rest
            .split(|c: char| !crate::text::is_alnum(c))
            .next()
            .unwrap_or("");
        q.text.split_whitespace().count() <= 3
            && [
                "is", "was", "has", "have", "are", "were", "remains", "means", "refers",
            ]
            .contains(&w)
    };
    for (q, b) in all.iter_mut() {
        let continues = (q.kind == Kind::Direct || lone_fragment(q))
            && !cue_follows(text, q.span.end)
            && !named_not_said(q);
        if q.attribution.is_none() && continues {
            if let Some((a, lb)) = &last {
                // one narrative paragraph between may stand, when it names nobody else and the
                // quotation opens its own paragraph (`Trump told CNN, “…” / What it means is
                // left to voters, since Trump spoke only in bromides. / “We have to …”`)
                let opens_block = layout.blocks.get(*b).is_some_and(|blk| {
                    text[blk.start..q.span.start.max(blk.start)]
                        .chars()
                        .all(|c| !crate::text::is_alnum(c))
                });
                if *b <= lb + 1
                    || (*b == lb + 2 && opens_block && names_only(text, layout, lb + 1, a))
                {
                    q.attribution = Some(Attribution {
                        rule: Rule::Continuation,
                        ..a.clone()
                    });
                }
            }
            // `Ortiz called the fare rise “premature.” / “No rider should pay more.”`: a
            // quotation that is a whole paragraph goes on with the speaker of the words quoted
            // in the paragraph just before, when nobody spoke there in full sentences
            if q.attribution.is_none() {
                if let Some((a, lb)) = &last_partial {
                    let whole = layout.blocks.get(*b).is_some_and(|blk| {
                        text[blk.start..q.span.start.max(blk.start)]
                            .chars()
                            .all(|c| !crate::text::is_alnum(c))
                            && text[q.span.end.min(blk.end)..blk.end]
                                .chars()
                                .all(|c| !crate::text::is_alnum(c))
                    });
                    if *b == lb + 1 && whole && q.kind == Kind::Direct {
                        q.attribution = Some(Attribution {
                            rule: Rule::Continuation,
                            ..a.clone()
                        });
                    }
                }
            }
        }
        if let Some(a) = &q.attribution {
            if q.kind != Kind::Partial {
                last = Some((a.clone(), *b));
            } else {
                last_partial = Some((a.clone(), *b));
            }
        }
    }
    // the span, marks included, of the words a quotation was read from
    // (the top-level quotations are in text order and do not overlap: a binary search)
    let marks_around = |q: &Quote| {
        let k = tops_all.partition_point(|r| outer(r).start <= q.span.start);
        k.checked_sub(1)
            .map(|k| outer(tops_all[k]))
            .filter(|o| o.contains(&q.span.start))
    };
    let mut titles: Vec<Range<usize>> = tops_all
        .iter()
        .zip(&is_title)
        .filter(|(_, title)| **title)
        .map(|(q, _)| outer(q))
        .collect();
    // `Rail workers to strike over 'insulting' pay offer`: words in marks that a headline gives
    // nobody are the speaker's whom the story quotes saying them; words the story never quotes
    // (`'Missing' White Voters Might Help Trump`) are the headline's own, not a quotation
    if all.iter().any(|(q, b)| *b == 0 && q.attribution.is_none())
        && opens_with_headline(text, layout)
    {
        let words = |s: &str| -> Vec<String> {
            s.split(|c: char| !crate::text::is_alnum(c))
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let said: Vec<(Vec<String>, Attribution)> = all
            .iter()
            .filter(|(q, b)| *b != 0 && q.kind != Kind::Indirect)
            .filter_map(|(q, _)| Some((words(&q.text), q.attribution.clone()?)))
            .collect();
        all.retain_mut(|(q, b)| {
            if *b != 0 || q.attribution.is_some() {
                return true;
            }
            let w = words(&q.text);
            let again = said
                .iter()
                .find(|(s, _)| !w.is_empty() && s.windows(w.len()).any(|x| x == w.as_slice()));
            if let Some((_, a)) = again {
                q.attribution = Some(Attribution {
                    rule: Rule::Repeated,
                    ..a.clone()
                });
                return true;
            }
            titles.extend(marks_around(q));
            false
        });
    }
    // `the phrase “self-deportation”`, `Trump’s “isolationist” policy`, `calling them
    // “frijoleros”`: one or two words in marks that nobody is said to say are a term, a
    // nickname or a so-called word, the writer's words rather than a quotation
    all.retain(|(q, _)| {
        let term = q.kind == Kind::Partial
            && q.attribution.is_none()
            && q.text.split_whitespace().nth(2).is_none();
        if term {
            titles.extend(marks_around(q));
        }
        !term
    });
    titles.sort_by_key(|t| t.start);
    (all.into_iter().map(|(q, _)| q).collect(), titles)
}

/// True when paragraph `block` holds no capitalised word, other than those opening a sentence,
/// that is not a word of the speaker's mention in `a`.
fn names_only(text: &str, layout: &Layout, block: usize, a: &Attribution) -> bool {
    let Some(b) = layout.blocks.get(block) else {
        return false;
    };
    let s = &text[b.clone()];
    let bare = |w: &str| {
        crate::text::word_core(w)
            .trim_end_matches("’s")
            .trim_end_matches("'s")
            .to_string()
    };
    let mention: Vec<String> = a.mention.text.split_whitespace().map(bare).collect();
    // a sentence's first word is capitalised anyway: a common word if the article also writes
    // it in lowercase (`What`, `The`), else maybe a name (`Okafor left early.`)
    let common = |w: &str| {
        let lower = w.to_lowercase();
        text.split(|c: char| !crate::text::is_alnum(c))
            .any(|x| x == lower)
    };
    let words: Vec<&str> = s.split_whitespace().collect();
    words.iter().enumerate().all(|(k, w)| {
        let w = bare(w);
        let opens = k == 0 || words[k - 1].ends_with(['.', '?', '!', ':']);
        !is_capitalised(&w)
            || lexicon::is_capital_stopword(&w)
            || mention.contains(&w)
            || (opens && common(&w))
    })
}

/// True when a reporting verb stands among the first eight words after a quotation, in its
/// sentence (`“Q,” the union's lawyer said.`): the quotation has its own speaker, even one no
/// pattern could read, and does not continue the previous one.
fn cue_follows(text: &str, end: usize) -> bool {
    let rest = &text[end..ceil(text, (end + WINDOW).min(text.len()))];
    let rest = rest
        .split(['.', '?', '!', '\n', '“', '"'])
        .next()
        .unwrap_or("");
    rest.split(|c: char| !crate::text::is_alnum(c) && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .take(8)
        .any(|w| lexicon::cue(w).is_some_and(|c| c.class.quotes()))
}

/// Nouns for what someone said: `Clinton’s response was: …`, `Podliska’s most explosive claim is
/// that …`.
const SPEECH_NOUNS: &[&str] = &[
    "response",
    "reply",
    "answer",
    "message",
    "statement",
    "retort",
    "comment",
    "comments",
    "reaction",
    "explanation",
    "advice",
    "words",
    "verdict",
    "view",
    "take",
    "claim",
    "claims",
    "remarks",
    "argument",
    "tweet",
    "speech",
    "letter",
    "complaint",
    "warning",
    "promise",
    "pledge",
    "description",
    "broadside",
    "criticism",
    "attack",
    "plea",
    "pitch",
    "slogan",
    "mantra",
    "rebuke",
    "tirade",
    "vow",
];

/// `But Podliska’s most explosive claim is that … “witch hunt” …`: a sentence that opens with a
/// name's words (a possessive and, within three words, a noun for speech) quotes that name.
fn possessor_of_words(text: &str, sentence: Range<usize>) -> Option<Range<usize>> {
    let s = &text[sentence.clone()];
    let lead = ["But ", "And ", "Yet ", "Still, "]
        .iter()
        .find(|l| s.starts_with(**l))
        .map_or(0, |l| l.len());
    let (rest, np) = noun_phrase(&s[lead..]).ok()?;
    if !crate::text::is_possessive(np) {
        return None;
    }
    let speech = rest
        .split_whitespace()
        .take(3)
        .any(|w| SPEECH_NOUNS.contains(&w.trim_end_matches([',', ':'])));
    let name = crate::text::strip_possessive(np);
    (speech && mention_kind(name) == MentionKind::Name)
        .then(|| sentence.start + lead..sentence.start + lead + name.len())
}

/// `Trump's call for “…”`, `his pledge of “…”`, `Ortiz's promise that “…”`: where the tokens
/// before the mark at `open` end on a possessive, a noun for words (and `for`, `of`, `to` or
/// `that`), the possessor's attribution, the noun its cue.
fn possessor_of_noun_before(text: &str, toks: &[Tok], open: usize) -> Option<Attribution> {
    let mut k = toks.len();
    let last = toks.last()?;
    if !text[last.end..open].trim().is_empty() {
        return None;
    }
    if k > 0 && ["for", "of", "to", "that"].contains(&word_at(text, &toks[k - 1])) {
        k -= 1;
    }
    if k < 2 {
        return None;
    }
    let noun = &toks[k - 1];
    let owner = &toks[k - 2];
    let nw = word_at(text, noun);
    let speech = noun.is_word()
        && (SPEECH_NOUNS.contains(&nw) || ["call", "calls", "demand", "demands"].contains(&nw));
    if !speech || !owner.is_word() {
        return None;
    }
    // (`his call for …`: the possessive pronoun stands for its owner)
    if ["his", "her", "His", "Her"].contains(&word_at(text, owner)) {
        return Some(attribution(
            text,
            owner.range(),
            Some(noun.range()),
            Rule::PartialCue,
        ));
    }
    if !is_possessive(word_at(text, owner)) {
        return None;
    }
    let r = possessor(text, toks, k - 1, owner);
    (mention_kind(&text[r.clone()]) == MentionKind::Name)
        .then(|| attribution(text, r, Some(noun.range()), Rule::PartialCue))
}

/// `an official who oversaw the inquiry and described it as …`: the antecedent of a `who` that
/// opens the clause token `here` stands in (`and` before it), within 20 words; after `which`,
/// the relative clause's own subject.
fn who_before_conjunction(text: &str, toks: &[Tok], here: usize) -> Option<Range<usize>> {
    if !conjunction_before(text, toks, here) {
        return None;
    }
    let rel = (here.saturating_sub(20)..here)
        .rev()
        .take_while(|&k| !matches!(toks[k].punct, Some('.' | ';' | ':')))
        .find(|&k| matches!(word_at(text, &toks[k]), "who" | "which" | "whom"))?;
    if word_at(text, &toks[rel]) == "who" {
        return who_antecedent(text, toks, rel);
    }
    // `NAFTA, which Trump had called a “disaster” and promised to “rip up”`: the subject of
    // the relative clause
    let at = toks.get(rel + 1)?.start;
    let (_, np) = noun_phrase(&text[at..toks[here].start]).ok()?;
    matches!(mention_kind(np), MentionKind::Name | MentionKind::Pronoun).then(|| at..at + np.len())
}

/// Verbs of talking (partial cues in `data/cues.txt`): they attribute a fragment only through
/// `about` or `of` (`spoke of “a new era”`).
const TALKING: [&str; 5] = ["spoke", "speaks", "speaking", "talked", "talking"];

/// Verbs that give a thing a name (`called it “…”`), as past participles.
const CHARACTERISING: [&str; 8] = [
    "described",
    "called",
    "dubbed",
    "labeled",
    "labelled",
    "branded",
    "characterized",
    "characterised",
];

/// `Asked by Thrush if Clinton “gets” race`, `Sanders was asked by host Bill Maher, …, “…”`: the
/// one who asks, named after `asked by` at token `i`. And the agent of a passive characterising
/// verb: `has been described by the ministry itself as “…”`, `was called “…” by critics` (the
/// agent before the mark only).
fn asked_by(text: &str, toks: &[Tok], i: usize) -> Option<Range<usize>> {
    let verb = word_at(text, &toks[i]).to_ascii_lowercase();
    let asked = verb == "asked";
    let characterised = CHARACTERISING.contains(&verb.as_str());
    if !(asked || characterised) || toks.get(i + 1).is_none_or(|t| word_at(text, t) != "by") {
        return None;
    }
    let at = toks.get(i + 2)?.start;
    if asked {
        let (_, np) = noun_phrase(&text[at..]).ok()?;
        return (mention_kind(np) == MentionKind::Name).then(|| at..at + np.len());
    }
    // the agent: the words up to `as` or the mark (`by the port authority itself as “…”`)
    let end = (i + 2..toks.len())
        .find(|&k| !toks[k].is_word() || word_at(text, &toks[k]) == "as")
        .unwrap_or(toks.len());
    let mut last = end.checked_sub(1).filter(|&l| l >= i + 2 && l - i <= 7)?;
    // (`the ministry itself`)
    if ["itself", "himself", "herself", "themselves"].contains(&word_at(text, &toks[last])) {
        last = last.checked_sub(1).filter(|&l| l >= i + 2)?;
    }
    let r = at..toks[last].end;
    let kind = mention_kind(&text[r.clone()]);
    (kind != MentionKind::Pronoun || !word_at(text, &toks[i + 2]).eq_ignore_ascii_case("it"))
        .then_some(r)
}

/// `Nurses at the hospital said`, `Bush and his rivals for the nomination have said`,
/// `Executives at those networks have largely said`, `even though a number of attendees said`,
/// `private companies and ordinary traders say`: a phrase of people (a role, a group, a name)
/// and what attaches to it, opening the clause whose verb is the cue at token `here`,
/// auxiliaries and adverbs between. The whole phrase, none of its words a verb.
fn subject_phrase_before(text: &str, toks: &[Tok], here: usize) -> Option<Range<usize>> {
    let lower = |k: usize| word_at(text, &toks[k]).to_lowercase();
    // (`have largely said`, `has not said`, `have in the past said`)
    let mut end = here;
    while end > 0 && toks[end - 1].is_word() {
        let w = lower(end - 1);
        let skip = AUXILIARIES.contains(&w.as_str())
            || [
                "not",
                "never",
                "also",
                "long",
                "often",
                "repeatedly",
                "past",
                "publicly",
            ]
            .contains(&w.as_str())
            || (w.len() > 4
                && w.ends_with("ly")
                && !is_capitalised(word_at(text, &toks[end - 1]))
                && ![
                    "family", "rally", "assembly", "supply", "monopoly", "anomaly",
                ]
                .contains(&w.as_str()))
            || (w == "the" && end < here && lower(end) == "past")
            || (w == "in" && end + 1 < here && lower(end) == "the")
            || lexicon::is_adjunct(&w);
        if !skip {
            break;
        }
        end -= 1;
    }
    // the clause opens after the nearest punctuation; a phrase of more than 14 words is none,
    // so the search looks no further back than that (and a few connectives) allow
    let reach = end.saturating_sub(64);
    let mut open = match (reach..end).rev().find(|&k| !toks[k].is_word()) {
        Some(p) => p + 1,
        None if reach == 0 => 0,
        None => return None,
    };
    // a connective opens the clause: `even though`, `, and`, `while`
    while open < end
        && [
            "and", "but", "yet", "so", "even", "though", "although", "while", "because", "since",
            "if", "when", "as", "whereas", "after", "before", "that", "whether", "although",
        ]
        .contains(&lower(open).as_str())
    {
        open += 1;
    }
    if end < open + 2 || end - open > 14 {
        return None;
    }
    let people = |w: &str| {
        lexicon::is_role(w)
            || lexicon::is_lowercase_role_plural(w)
            || [
                "people",
                "staff",
                "none",
                "companies",
                "firms",
                "groups",
                "traders",
            ]
            .contains(&w)
    };
    // the head: a person word or a name among the first words, after its determiner and
    // modifiers
    let first = open
        + usize::from(
            lexicon::is_determiner(&lower(open)) || is_number(&lower(open)) || lower(open) == "all",
        );
    let named = |k: usize| {
        let w = word_at(text, &toks[k]);
        is_capitalised(w) && !lexicon::is_capital_stopword(w) && np_word_ok(w)
    };
    let head = (first..end.min(first + 4))
        .find(|&k| people(&lower(k)))
        .or_else(|| named(first).then_some(first))?;
    // (a name runs on over its capitals: `President Carter`)
    let mut after = head + 1;
    while after < end && named(after) {
        after += 1;
    }
    // the head ends its noun (`official data` is no official): a phrase attaches to it
    let attached = after == end || {
        let w = lower(after);
        [
            "of", "at", "for", "from", "to", "in", "on", "with", "among", "near", "and", "privy",
            "close", "familiar", "inside", "across",
        ]
        .contains(&w.as_str())
            || (w.len() > 5 && w.ends_with("ing"))
    };
    let verbless = toks[open..end].iter().all(|t| {
        let w = word_at(text, t);
        let l = w.to_lowercase();
        // (a contraction is a clause's: `That’s not to say`, `Here's an`; a possessive is not)
        let stem = l.strip_suffix("’s").or_else(|| l.strip_suffix("'s"));
        let contraction = w.contains(['\'', '’'])
            && !stem.is_some_and(|b| {
                !b.is_empty()
                    && !lexicon::is_pronoun(b)
                    && !lexicon::is_capital_stopword(w.get(..b.len()).unwrap_or(""))
                    && !["let", "here", "there", "that", "what", "it"].contains(&b)
            });
        t.is_word()
            && !contraction
            && lexicon::cue(w).is_none()
            && !looks_like_verb(w)
            && (!lexicon::is_pronoun(&l) || lexicon::is_determiner(&l))
            && !SUBORDINATORS.contains(&l.as_str())
            && ![
                "who", "whom", "whose", "which", "that", "there", "what", "also",
            ]
            .contains(&l.as_str())
    });
    // (`used his speech to say`: the verb an infinitive completes has its own subject)
    (attached && verbless && lower(end - 1) != "to").then(|| toks[open].start..toks[end - 1].end)
}

/// True when token `i` is a characterising verb in the passive (`was called`, `has been
/// widely described`), its agent not named before the mark.
fn passive_characterising(text: &str, toks: &[Tok], i: usize) -> bool {
    let verb = word_at(text, &toks[i]).to_ascii_lowercase();
    if !CHARACTERISING.contains(&verb.as_str())
        || toks.get(i + 1).is_some_and(|t| word_at(text, t) == "by")
    {
        return false;
    }
    passive_before(text, toks, i, &[])
}

/// True when a form of `be` stands right before token `i`, or before one adverb before it: an
/// `-ly` word (`was widely called`) or one of `adverbs`.
fn passive_before(text: &str, toks: &[Tok], i: usize, adverbs: &[&str]) -> bool {
    let be = |k: usize| toks[k].is_word() && is_form_of_be(word_at(text, &toks[k]));
    (i > 0 && be(i - 1))
        || (i > 1 && be(i - 2) && toks[i - 1].is_word() && {
            let a = word_at(text, &toks[i - 1]);
            a.ends_with("ly") || adverbs.contains(&a)
        })
}

/// `…, where about 50 protesters had gathered, chanting “…”`: the subject of a `where` clause
/// (after a comma or a dash) that runs up to the participle's comma at token `comma` does what
/// the participle says.
fn where_clause_subject(text: &str, toks: &[Tok], comma: usize) -> Option<Range<usize>> {
    let w = (1..comma)
        .rev()
        .take_while(|&k| toks[k].punct.is_none() || toks[k].punct == Some('-'))
        .find(|&k| word_at(text, &toks[k]) == "where")?;
    // (after a comma or a dash: `the Taj Mahal — now owned by Carl Icahn — where …`)
    matches!(toks[w - 1].punct, Some(',' | '—' | '–' | '-')).then_some(())?;
    // (a number of people, perhaps rounded: `where about 50 protesters had gathered`)
    let mut k = w + 1;
    if ["about", "around", "nearly", "roughly", "some", "almost"]
        .contains(&word_at(text, toks.get(k)?))
    {
        k += 1;
    }
    // (and its noun, up to a plural: `about 40 dock workers`)
    let plural = (k + 1..(k + 4).min(comma)).find(|&n| {
        let n = word_at(text, &toks[n]);
        n.len() > 3 && n.ends_with('s')
    });
    let number = word_at(text, toks.get(k)?)
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',');
    if let Some(n) = plural.filter(|&n| {
        number
            && toks[k + 1..=n]
                .iter()
                .all(|t| t.is_word() && word_at(text, t).starts_with(char::is_lowercase))
    }) {
        return Some(toks[w + 1].start..toks[n].end);
    }
    sentence_subject(text, toks[w + 1].start..toks[comma].start, true)
        .filter(|r| r.end <= toks[comma].start)
}

/// The agent named right after a closing mark at `close`: `“…” by critics`.
fn agent_after(text: &str, close: usize) -> Option<Range<usize>> {
    let rest = &text[close..];
    let after_by = rest.trim_start_matches([',', ' ']).strip_prefix("by ")?;
    let at = close + rest.len() - after_by.len();
    let (_, np) = noun_phrase(after_by).ok()?;
    (!matches!(mention_kind(np), MentionKind::Pronoun) || !np.eq_ignore_ascii_case("it"))
        .then(|| at..at + np.len())
}

/// `I remember President Jimmy Carter going on TV, declaring …`: a name right before an
/// `-ing` verb in the clause before the comma at token `comma` is the subject of a participle
/// after it.
fn subject_of_participle_before(text: &str, toks: &[Tok], comma: usize) -> Option<Range<usize>> {
    (1..comma)
        .rev()
        .take_while(|&k| !matches!(toks[k].punct, Some('.' | ';' | ':' | '“' | '”' | '"')))
        // (a finite verb first: `…, Trump responded …, suggesting` is Trump's)
        .take_while(|&k| {
            let w = word_at(text, &toks[k]);
            !(toks[k].is_word()
                && !w.ends_with("ing")
                && w.starts_with(char::is_lowercase)
                && looks_like_verb(w))
        })
        .filter(|&k| {
            let w = word_at(text, &toks[k]);
            toks[k].is_word()
                && w.len() > 4
                && w.ends_with("ing")
                && w.chars().all(|c| c.is_lowercase())
        })
        .find_map(|k| name_before(text, toks, k))
}

/// True when tokens `k` and `k + 1` read `put it` or `puts it` (`as the memo put it`).
fn put_it_at(text: &str, toks: &[Tok], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| matches!(word_at(text, t), "put" | "puts"))
        && toks.get(k + 1).is_some_and(|t| word_at(text, t) == "it")
}

/// `used the term “…”`, `coined the phrase “…”`: a verb of using words, a noun for words and
/// the mark right after them (the words are the user's, whoever the verb's subject is).
fn used_term_at(text: &str, toks: &[Tok], k: usize) -> bool {
    k + 3 == toks.len()
        && matches!(
            word_at(text, &toks[k]),
            "use" | "used" | "uses" | "using" | "coin" | "coined" | "coins" | "coining"
        )
        && matches!(word_at(text, &toks[k + 1]), "the" | "a")
        && matches!(
            word_at(text, &toks[k + 2]),
            "term" | "word" | "words" | "phrase" | "expression" | "label" | "slogan" | "nickname"
        )
}

/// The phrase a `who` at token `who` stands for: `Republicans who say …`, `Katelynn Lamoreaux,
/// a Penn State freshman, who said …`.
fn who_antecedent(text: &str, toks: &[Tok], who: usize) -> Option<Range<usize>> {
    let after_preposition = |r: &Range<usize>| {
        toks.iter()
            .rposition(|t| t.end <= r.start)
            .is_some_and(|p| lexicon::is_preposition(word_at(text, &toks[p])))
    };
    match np_before(text, toks, who) {
        // `Elizabeth Arnold, 32, a staff member for the campaign in Philadelphia who
        // said …`: after a preposition the phrase is no head; the name the apposition
        // follows is
        Before::Found(r) if after_preposition(&r) => {
            toks[..who]
                .iter()
                .rposition(|t| t.punct == Some(','))
                .and_then(|comma| subject_before_interjection(text, toks, comma))
                // (`ammunition to Republicans who say …`: no apposition, the phrase)
                .or(Some(r))
        }
        Before::Found(r) => Some(r),
        // (`paid an architect who said …`)
        // (`including 18% who say …`, `among those who said …`, `calls from black listeners who
        // said …`: a share, a pronoun of people, a plural noun)
        Before::None => common_np_before(text, toks, who)
            .or_else(|| article_and_nouns_before(text, toks, who))
            .or_else(|| share_start(text, toks, who).map(|q| toks[q].start..toks[who - 1].end))
            .or_else(|| {
                let k = who.checked_sub(1)?;
                let w = word_at(text, &toks[k]);
                let people = ["those", "others", "many", "some", "few", "all", "anyone"]
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p))
                    || (w.len() > 3
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                        && common_word(w)
                        && !looks_like_verb(w));
                // `Tom Okafor, a deckhand, is among those who say …`: the subject is one of them
                let among = k >= 2
                    && word_at(text, &toks[k - 1]).eq_ignore_ascii_case("among")
                    && is_form_of_be(word_at(text, &toks[k - 2]));
                let subject = among.then(|| match np_before(text, toks, k - 2) {
                    Before::Found(r) => Some(r),
                    Before::Comma(c) => subject_before_interjection(text, toks, c),
                    Before::None => None,
                });
                subject
                    .flatten()
                    .or_else(|| (toks[k].is_word() && people).then(|| toks[k].range()))
            }),
        // `Katelynn Lamoreaux, a Penn State freshman, who said …`
        Before::Comma(c) => match np_before(text, toks, c) {
            // `Howard Rubel, a senior analyst at Jefferies, who notes …`: the name the
            // apposition follows, not the one inside its phrase (nor the phrase)
            Before::Found(r)
                if after_preposition(&r) || grammar::head_before_link(&text[r.clone()]) =>
            {
                toks.iter()
                    .rposition(|t| t.end <= r.start && t.punct == Some(','))
                    // (the comma opens an apposition: `, a senior analyst at`, not a clause)
                    .filter(|&a| {
                        toks.get(a + 1).is_some_and(|n| {
                            let w = word_at(text, n);
                            ["a", "an", "the"].contains(&w)
                                || (lexicon::is_role(w) && w.chars().all(char::is_lowercase))
                        })
                    })
                    .and_then(|a| name_before(text, toks, a))
                    .or(Some(r))
            }
            Before::Found(r) if mention_kind(&text[r.clone()]) != MentionKind::Description => {
                Some(r)
            }
            _ => subject_before_interjection(text, toks, c),
        },
    }
}

/// `Pence released a statement saying …`, `McConnell issued a statement calling …`: when the
/// phrase `np` before a participle is a statement that a verb of issuing takes, the speaker is
/// that verb's subject.
fn issuer_of(
    text: &str,
    toks: &[Tok],
    sentence: Range<usize>,
    np: Range<usize>,
) -> Option<Range<usize>> {
    const ISSUED: [&str; 11] = [
        "released",
        "issued",
        "sent",
        "posted",
        "published",
        "wrote",
        "tweeted",
        "gave",
        "delivered",
        "made",
        "signed",
    ];
    let head = text[np.clone()].split_whitespace().next_back()?;
    if !SPEECH_NOUNS.contains(&head) && !["op-ed", "video", "memo", "release"].contains(&head) {
        return None;
    }
    let k = toks.iter().position(|t| t.start == np.start)?;
    let verb = k.checked_sub(1)?;
    if !ISSUED.contains(&word_at(text, &toks[verb])) {
        return None;
    }
    match np_before(text, toks, verb) {
        Before::Found(r) => Some(r),
        _ => sentence_subject(text, sentence, true).filter(|r| r.end <= toks[verb].start),
    }
}

/// True when the quotation `outer` is all its block holds, but for punctuation.
fn quote_fills_block(text: &str, layout: &Layout, block: usize, outer: &Range<usize>) -> bool {
    let rest = |s: Option<&str>| s.is_some_and(|s| s.chars().all(|c| !crate::text::is_alnum(c)));
    layout
        .blocks
        .get(block)
        .is_some_and(|b| rest(text.get(b.start..outer.start)) && rest(text.get(outer.end..b.end)))
}

/// `the DNC issued a statement apologizing to Sanders`: the one who issued or released a
/// statement (or a letter, a memo) in `sentence`, when its subject names them.
fn statement_issued_in(
    text: &str,
    layout: &Layout,
    sentence: Range<usize>,
) -> Option<Range<usize>> {
    let toks = tokens(text, sentence.clone(), &layout.debris);
    let k = (1..toks.len()).find(|&k| {
        ["statement", "letter", "memo"].contains(&word_at(text, &toks[k]))
            && toks[k.saturating_sub(3)..k].iter().any(|t| {
                ["issued", "released", "sent", "posted", "published"].contains(&word_at(text, t))
            })
    })?;
    let np = toks[..k].iter().rposition(|t| {
        ["issued", "released", "sent", "posted", "published"].contains(&word_at(text, t))
    })?;
    match np_before(text, &toks, np) {
        Before::Found(r) => Some(r),
        _ => sentence_subject(text, sentence, false).filter(|r| r.end <= toks[np].start),
    }
}

/// `To Sharp, Trump is the “kind-hearted” man …`: a sentence that opens with `To` and a name
/// (or a pronoun) and a comma gives that person's view.
fn in_the_view_of(text: &str, sentence: Range<usize>) -> Option<Range<usize>> {
    let s = &text[sentence.clone()];
    let after = s.strip_prefix("To ")?;
    let (rest, np) = noun_phrase(after).ok()?;
    let kind = mention_kind(np);
    let at = sentence.start + 3;
    (rest.starts_with(',') && matches!(kind, MentionKind::Name | MentionKind::Pronoun))
        .then(|| at..at + np.len())
}

/// True when a sentence is the writer's alone: a sentence with a quotation of its own, or right
/// after one (`“Q?” X replied.`), is attributed there, and the next quotation continues it.
fn narrative(text: &str, sentence: Range<usize>) -> bool {
    let after_quote = text[..sentence.start]
        .trim_end_matches([' ', '\t'])
        .ends_with(['”', '"', '»', '\'', '’']);
    !after_quote && !text[sentence].contains(['“', '”', '"', '«', '»', '„'])
}

/// `X said in a statement.` / `Y added:` before a quotation that opens the next sentence: the
/// sentence ends on its cue (and at most a short phrase: `in a statement`, `on Twitter`), so
/// what follows is what was said. `toks` are the sentence's tokens; the caller has checked that
/// it is the writer's own ([`narrative`]).
fn cue_ends_sentence(text: &str, sentence: Range<usize>, toks: &[Tok]) -> Option<Attribution> {
    let mut end = toks.len();
    while end > 0 && toks[end - 1].punct.is_some() {
        end -= 1;
    }
    // what was said may be named after the cue: `tweeted a warning`
    let said = |k: usize| {
        k > 0
            && SPEECH_NOUNS.contains(&word_at(text, &toks[k]))
            && lexicon::is_determiner(word_at(text, &toks[k - 1]))
    };
    let k = (end.saturating_sub(6)..end).rev().find(|&k| {
        toks[k].is_word()
            && !said(k)
            && lexicon::cue(word_at(text, &toks[k])).is_some_and(|c| c.class.quotes())
    })?;
    // after the cue: a listener or a prepositional phrase, no clause
    let tail_ok = (k + 1..end).all(|n| {
        let t = &toks[n];
        let w = word_at(text, t);
        said(n) || (t.is_word() && !looks_like_verb(w) && lexicon::cue(w).is_none() && w != "that")
    });
    if !tail_ok {
        return None;
    }
    let speaker = match np_before(text, toks, k) {
        Before::Found(r) => Some(r),
        Before::Comma(c) => sentence_subject(text, sentence, true)
            .filter(|r| r.end <= toks[c].start)
            .or_else(|| subject_before_interjection(text, toks, c)),
        Before::None => None,
    }?;
    Some(attribution(
        text,
        speaker,
        Some(toks[k].range()),
        Rule::SpeakerCueIntro,
    ))
}

/// `His partner, Lou Cummings, called him a master at deals. “…”`: a quotation standing alone
/// right after a sentence, in the same paragraph, whose subject is a named person reporting
/// with its main verb; the quotation is that person's. As for [`cue_ends_sentence`], `toks` are
/// the tokens of a sentence that is the writer's own.
fn reporter_of_sentence(text: &str, sentence: Range<usize>, toks: &[Tok]) -> Option<Attribution> {
    // (no reporting verb, no reporter: most sentences are turned away here)
    if !toks
        .iter()
        .any(|t| t.is_word() && lexicon::cue(word_at(text, t)).is_some())
    {
        return None;
    }
    let subject = sentence_subject(text, sentence, false)?;
    if mention_kind(&text[subject.clone()]) != MentionKind::Name {
        return None;
    }
    // the main verb: the first word after the subject, or after its apposition (`Lou Cummings,
    // his partner, called …`)
    let reports = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let w = word_at(text, t);
            // (a finding reports no one's words: `Polls show …`)
            t.is_word()
                && !w.ends_with("ing")
                && lexicon::cue(w).is_some_and(|c| c.class != CueClass::Finding)
        })
    };
    let mut k = toks.iter().position(|t| t.start >= subject.end)?;
    if toks[k].punct == Some(',') && !reports(k + 1) {
        k += 1 + toks[k + 1..].iter().position(|t| t.punct == Some(','))? + 1;
    } else if toks[k].punct == Some(',') {
        k += 1;
    }
    reports(k).then(|| attribution(text, subject, Some(toks[k].range()), Rule::SpeakerCueIntro))
}

/// `Scholz told lawmakers: “Q”` / `Peskov said, “Q”`: a cue shortly before the opening mark.
fn intro(
    text: &str,
    layout: &Layout,
    window: Range<usize>,
    sentence: Range<usize>,
) -> Option<Attribution> {
    let window_end = window.end;
    let toks = tokens(text, window, &layout.debris);
    let n = toks.len();
    let mut k = n;
    if k > 0 && matches!(toks[k - 1].punct, Some(':' | ',')) {
        k -= 1;
    }
    // `As The Post's Dana Milbank puts it, “…”`, `As Jeff Weiner put it in his memo, “…”`
    let it = (k.saturating_sub(9)..k).rev().find(|&i| {
        i >= 2
            && put_it_at(text, &toks, i - 1)
            && toks[i + 1..k].iter().all(Tok::is_word)
            && toks
                .get(i + 1)
                .is_none_or(|t| i + 1 == k || lexicon::is_preposition(word_at(text, t)))
    });
    if let Some(k) = it.map(|i| i + 1) {
        // (a long apposition, a title in marks among its words: the name right after `As`)
        let after_as = |c: usize| {
            let a = (0..c).rev().find(|&a| word_at(text, &toks[a]) == "As")?;
            let at = toks.get(a + 1)?.start;
            let (_, np) = noun_phrase(&text[at..toks[c].start]).ok()?;
            (mention_kind(np) == MentionKind::Name).then(|| at..at + np.len())
        };
        let who = match np_before(text, &toks, k - 2) {
            Before::Found(r) => Some(r),
            // `As John Cornyn, the No. 2 in the GOP leadership, put it:`
            Before::Comma(c) => subject_before_interjection(text, &toks, c).or_else(|| after_as(c)),
            // `As Akhil Amar, author of ''The Unwritten Constitution,'' put it`
            Before::None => after_as(k - 2),
        };
        if let Some(r) = who {
            let cue_range = toks[k - 2].start..toks[k - 1].end;
            return Some(attribution(text, r, Some(cue_range), Rule::SpeakerCueIntro));
        }
    }
    // `Sanders was asked by host Bill Maher, who …, “…”`: the one who asks (unless a reporting
    // verb of its own comes after the question: `When asked by Maher about it, Cruz said: “…”`)
    if let Some((i, r)) = (k.saturating_sub(30)..k)
        .rev()
        .take_while(|&i| !matches!(toks[i].punct, Some('.' | '!' | '?' | ';')))
        .find_map(|i| asked_by(text, &toks, i).map(|r| (i, r)))
        .filter(|&(i, _)| {
            !toks[i + 2..k].iter().any(|t| {
                t.is_word() && lexicon::cue(word_at(text, t)).is_some_and(|c| c.class.quotes())
            })
        })
    {
        let cue_range = toks[i].start..toks[i + 1].end;
        return Some(attribution(text, r, Some(cue_range), Rule::SpeakerCueIntro));
    }
    // the cue may be followed by a listener and a time phrase: at most five words
    for back in 0..6 {
        let Some(i) = k.checked_sub(back + 1) else {
            break;
        };
        let t = &toks[i];
        if !t.is_word() {
            break;
        }
        let Some(cue) = lexicon::cue(word_at(text, t)) else {
            continue;
        };
        if !cue.class.quotes() {
            continue;
        }
        let cue_range = t.start..toks[k - 1].end;
        // `An early tweet quoted the president as saying “…”`: the one quoted
        if i >= 3 && word_at(text, &toks[i - 1]).eq_ignore_ascii_case("as") {
            let quoted = match np_before(text, &toks, i - 1) {
                Before::Found(r) => Some(r),
                _ => article_and_nouns_before(text, &toks, i - 1),
            };
            if let Some(r) = quoted {
                let quoted_by = toks[..i - 1]
                    .iter()
                    .rposition(|x| x.end <= r.start)
                    .is_some_and(|q| {
                        ["quoted", "quotes", "quoting", "cited", "cites"]
                            .iter()
                            .any(|v| word_at(text, &toks[q]).eq_ignore_ascii_case(v))
                    });
                if quoted_by {
                    return Some(attribution(text, r, Some(cue_range), Rule::SpeakerCueIntro));
                }
            }
        }
        let before = np_before(text, &toks, i);
        if let Before::Found(r) = before {
            return Some(attribution(text, r, Some(cue_range), Rule::SpeakerCueIntro));
        }
        // `One man wrote, “…”`: a determiner and common nouns right before the cue
        if let Some(r) = common_np_before(text, &toks, i) {
            return Some(attribution(text, r, Some(cue_range), Rule::SpeakerCueIntro));
        }
        // `Obama ended his list by saying “Too many.”`: the cue's subject is the sentence's
        if let Some(subject) =
            sentence_subject(text, sentence.clone(), true).filter(|r| r.end <= t.start)
        {
            // (a description only right before its verb: `The former candidate continued,
            // saying, “…”`)
            let just_a_verb = matches!(before, Before::Comma(c) if c >= 1
                && toks[c - 1].is_word()
                && toks[c - 1].start >= subject.end
                && text[subject.end..toks[c - 1].start].trim().is_empty());
            if mention_kind(&text[subject.clone()]) != MentionKind::Description || just_a_verb {
                return Some(attribution(
                    text,
                    subject,
                    Some(cue_range),
                    Rule::SpeakerCueIntro,
                ));
            }
        }
        if let Before::Comma(c) = before {
            if let Some(r) = subject_before_interjection(text, &toks, c) {
                return Some(attribution(text, r, Some(cue_range), Rule::SpeakerCueIntro));
            }
        }
        break;
    }
    // `Stated Stone: “…”`
    let start = toks
        .iter()
        .rposition(|t| matches!(t.punct, Some('.' | '!' | '?')))
        .map_or(0, |k| k + 1);
    if let Some(first) = toks.get(start) {
        let at = first.start;
        if let Ok((_, (cue, np))) = grammar::inverted_intro(&text[at..window_end]) {
            // `np` is a sub-slice of `text`: its offset is pointer arithmetic
            let np_at = np.as_ptr() as usize - text.as_ptr() as usize;
            return Some(attribution(
                text,
                np_at..np_at + np.len(),
                Some(at..at + cue.len()),
                Rule::SpeakerCueIntro,
            ));
        }
    }
    if let Some(who) = colon_speaker(text, sentence.clone(), window_end) {
        return Some(attribution(text, who, None, Rule::SpeakerCueIntro));
    }
    // `Estimates of engagement are problematic - Pew Research: “…”`: a dash, a name, a colon
    if toks.last().is_some_and(|t| t.punct == Some(':')) && n >= 3 {
        let dash = (n.saturating_sub(9)..n - 1)
            .rev()
            .take_while(|&k| toks[k].is_word() || matches!(toks[k].punct, Some('-' | '—' | '–')))
            .find(|&k| matches!(toks[k].punct, Some('-' | '—' | '–')));
        if let Some(d) = dash.filter(|&d| d + 1 < n - 1) {
            let r = toks[d + 1].start..toks[n - 2].end;
            let whole =
                grammar::noun_phrase(&text[r.clone()]).is_ok_and(|(rest, _)| rest.is_empty());
            // (`- Ann Doyle and Bob Kerr:`: two names, one joint speaker)
            let names = |s: &str| {
                grammar::noun_phrase(s).is_ok_and(|(rest, np)| {
                    rest.is_empty() && mention_kind(np) == MentionKind::Name
                })
            };
            let joint = text[r.clone()]
                .split_once(" and ")
                .is_some_and(|(a, b)| names(a) && names(b));
            if joint
                || (whole
                    && matches!(
                        mention_kind(&text[r.clone()]),
                        MentionKind::Name | MentionKind::Organisation
                    ))
            {
                return Some(attribution(text, r, None, Rule::SpeakerCueIntro));
            }
            // `- More from the report: “…”`
            let head = &text[toks[d + 1].start..toks[n - 1].end];
            if let Some(source) = from_source_before_colon(head) {
                let at = toks[d + 1].start + head.offset(source);
                return Some(attribution(
                    text,
                    at..at + source.len(),
                    None,
                    Rule::SpeakerCueIntro,
                ));
            }
        }
    }
    // `… would involve Attorney General Loretta E. Lynch, who told Congress when asked last
    // month: “…”`: a relative clause with a cue before the colon
    if toks.last().is_some_and(|t| t.punct == Some(':')) {
        let cue_at = (n.saturating_sub(16)..n - 1).rev().find(|&k| {
            k > 0
                && word_at(text, &toks[k - 1]) == "who"
                && lexicon::cue(word_at(text, &toks[k])).is_some_and(|c| c.class.quotes())
        });
        if let Some(k) = cue_at {
            if let Some(r) = who_antecedent(text, &toks, k - 1) {
                return Some(attribution(
                    text,
                    r,
                    Some(toks[k].range()),
                    Rule::SpeakerCueIntro,
                ));
            }
        }
    }
    // `Ever since Sanders announced his candidacy, he's said the same thing at every stop: “…”`:
    // a cue further back in the clause before the colon
    if toks.last().is_some_and(|t| t.punct == Some(':')) {
        let cue_at = (n.saturating_sub(20)..n - 1)
            .rev()
            .take_while(|&k| toks[k].is_word() || toks[k].punct == Some(','))
            .find(|&k| {
                let w = word_at(text, &toks[k]);
                !w.ends_with("ing")
                    && !is_capitalised(w)
                    && lexicon::cue(w).is_some_and(|c| c.class.quotes())
            });
        if let Some(k) = cue_at {
            if let Before::Found(r) = np_before(text, &toks, k) {
                if matches!(
                    mention_kind(&text[r.clone()]),
                    MentionKind::Name | MentionKind::Pronoun
                ) {
                    return Some(attribution(
                        text,
                        r,
                        Some(toks[k].range()),
                        Rule::SpeakerCueIntro,
                    ));
                }
            }
        }
    }
    // a colon right before the quotation introduces it: `Trump leaned in and boomed: “…”`
    if toks.last().is_some_and(|t| t.punct == Some(':')) {
        let subject = sentence_subject(text, sentence, true)?;
        if subject.end <= window_end {
            return Some(attribution(text, subject, None, Rule::SpeakerCueIntro));
        }
    }
    None
}

/// `according to X` read at the start of `range`, as an attribution to X.
fn according_to_at(text: &str, range: Range<usize>) -> Option<Attribution> {
    let (_, np) = according_to(&text[range.clone()]).ok()?;
    // `np` is a sub-slice of `text`: its offset is pointer arithmetic
    let at = np.as_ptr() as usize - text.as_ptr() as usize;
    let cue = range.start..range.start + "according to".len();
    Some(attribution(
        text,
        at..at + np.len(),
        Some(cue),
        Rule::AccordingTo,
    ))
}

/// `From Trump’s “coarse … effusion” in Iowa to his call for a “deportation force,” Will
/// described Trump as …`: a fragment whose sentence names its speaker later, a name and a
/// reporting verb opening a clause after it. `rest` runs from the closing mark to the end of
/// the sentence.
fn cue_later_in_sentence(text: &str, layout: &Layout, rest: Range<usize>) -> Option<Attribution> {
    let toks = tokens(text, rest, &layout.debris);
    // `Labor market conditions remained “tight,” with “modest” gains, according to the survey`
    if let Some(t) = toks
        .iter()
        .find(|t| word_at(text, t) == "according")
        .filter(|t| t.start > 0 && text[..t.start].trim_end().ends_with(','))
    {
        let end = toks.last().map_or(t.end, |l| l.end);
        if let Some(a) = according_to_at(text, t.start..end) {
            return Some(a);
        }
    }
    // `being “extreme careless” with it – as described by FBI Director James Comey`
    if let Some(a) = toks.windows(3).find_map(|w| {
        let [as_, verb, by] = w else { return None };
        (word_at(text, as_) == "as"
            && [
                "described",
                "characterized",
                "characterised",
                "called",
                "put",
            ]
            .contains(&word_at(text, verb))
            && word_at(text, by) == "by")
            .then_some(())?;
        let at = toks.iter().find(|t| t.start > by.start)?.start;
        let (_, np) = noun_phrase(&text[at..]).ok()?;
        (mention_kind(np) == MentionKind::Name).then(|| {
            attribution(
                text,
                at..at + np.len(),
                Some(as_.start..by.end),
                Rule::PartialCue,
            )
        })
    }) {
        return Some(a);
    }
    let i = toks.iter().position(|t| {
        t.is_word() && {
            let w = word_at(text, t);
            // (a capitalised cue is a headline's: `“Broad City” Star Asked Actors …`)
            !w.ends_with("ing")
                && !is_capitalised(w)
                && lexicon::cue(w).is_some_and(|c| c.class != CueClass::Finding)
        }
    })?;
    let Before::Found(r) = np_before(text, &toks, i) else {
        return None;
    };
    let k = toks.iter().position(|t| t.start == r.start)?;
    // (`…, as auditor Tom Reyes described it`: the writer's `as` and the speaker's verb)
    // (a role the grammar does not know may stand between: `as harbor chief Ana Ruiz`)
    let as_it = (k.saturating_sub(3)..k)
        .rev()
        .take_while(|&j| toks[j].is_word())
        .any(|j| word_at(text, &toks[j]) == "as")
        && toks
            .get(i + 1)
            .is_some_and(|t| ["it", "them"].contains(&word_at(text, t)));
    let opens_clause = k == 0 || as_it || matches!(toks[k - 1].punct, Some(',' | '”' | '"' | '’'));
    (opens_clause && mention_kind(&text[r.clone()]) == MentionKind::Name)
        .then(|| attribution(text, r, Some(toks[i].range()), Rule::PartialCue))
}

/// The phrase a possessive names, without its `’s`: the noun phrase ending before token `end`,
/// whose last token `owner` is the possessive (`the mayor’s`, `Obama's`), or that token alone.
fn possessor(text: &str, toks: &[Tok], end: usize, owner: &Tok) -> Range<usize> {
    let full = match np_before(text, toks, end) {
        Before::Found(r) => r,
        _ => owner.range(),
    };
    let name = crate::text::strip_possessive(&text[full.clone()]);
    full.start..full.start + name.len()
}

/// A cue's `-s` form read as a plural noun: `Republican claims of “…”`, `his claims that`,
/// `news reports reveal …` (not `he claims that`, `Trump says of …`).
fn plural_noun_cue(text: &str, toks: &[Tok], i: usize) -> bool {
    let w = word_at(text, &toks[i]).to_ascii_lowercase();
    if ![
        "claims", "reports", "promises", "pledges", "vows", "threats", "warnings",
    ]
    .contains(&w.as_str())
    {
        return false;
    }
    let next = toks
        .get(i + 1)
        .filter(|n| n.is_word())
        .map(|n| word_at(text, n).to_ascii_lowercase());
    let prev = i
        .checked_sub(1)
        .map(|k| &toks[k])
        .filter(|p| p.is_word())
        .map(|p| word_at(text, p).to_ascii_lowercase());
    next.as_deref()
        .is_some_and(|n| matches!(n, "of" | "reveal" | "show" | "suggest" | "say" | "indicate"))
        || prev.as_deref().is_some_and(|p| {
            matches!(
                p,
                "the"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "these"
                    | "those"
                    | "such"
                    | "news"
                    | "false"
                    | "repeated"
            )
        })
}

/// `a figure that Lindqvist called “…”`, `what critics describe as a “…”`: a relative clause
/// with its own subject and cue right before the mark (`as` and an article may come between).
/// `toks` are the words of the window before the mark.
fn relative_cue_before(text: &str, toks: &[Tok]) -> Option<Attribution> {
    let mut i = toks.len().checked_sub(1)?;
    while i > 0
        && toks[i].is_word()
        && ["as", "a", "an", "the"].contains(&word_at(text, &toks[i]).to_ascii_lowercase().as_str())
    {
        i -= 1;
    }
    let cue = lexicon::cue(word_at(text, &toks[i]))?;
    if !toks[i].is_word() || cue.class == CueClass::Finding {
        return None;
    }
    let r = relative_subject(text, toks, i)??;
    Some(attribution(
        text,
        r,
        Some(toks[i].range()),
        Rule::PartialCue,
    ))
}

/// The subject of a relative clause before the cue at `i`: `what he called`, `what Newt Gingrich
/// has called`, `what the Times and the Post each called`, `what senior doctors describe as`,
/// `a passage that older pilots called`, `a figure which Lindqvist called`.
/// The words between `what` and the cue are the subject, less a trailing auxiliary or
/// quantifier (`have`, `each`); a bare quantifier (`what some call`) names nobody:
/// `Some(None)`. `None` when the cue has no relative word before it (or only `what it`).
fn relative_subject(text: &str, toks: &[Tok], i: usize) -> Option<Option<Range<usize>>> {
    // (words only, up to the cue: `The union, which represents workers, called …` is the
    // union's main clause after an aside)
    let w = (1..=12)
        .filter_map(|n| i.checked_sub(n))
        .take_while(|&k| toks[k].is_word())
        .find(|&k| {
            let w = word_at(text, &toks[k]);
            ["what", "that", "which"]
                .iter()
                .any(|r| w.eq_ignore_ascii_case(r))
        })?;
    // (`at which point the crowd chanted “…”`: after a preposition the word is a determiner,
    // and the subject follows its noun)
    // (`to which 21 percent said “…”` is left to the share test)
    let first = if w > 0
        && word_at(text, &toks[w]).eq_ignore_ascii_case("which")
        && lexicon::is_preposition(&word_at(text, &toks[w - 1]).to_ascii_lowercase())
    {
        let noun = toks.get(w + 1).map_or("", |t| word_at(text, t));
        if !["point", "time", "moment", "stage", "juncture"].contains(&noun) {
            return None;
        }
        w + 2
    } else {
        w + 1
    };
    let mut end = i;
    while end > first {
        let last = word_at(text, &toks[end - 1]).to_ascii_lowercase();
        let trailing = AUXILIARIES.contains(&last.as_str())
            || matches!(
                last.as_str(),
                "each" | "both" | "all" | "also" | "once" | "often" | "repeatedly" | "now"
            );
        if !trailing {
            break;
        }
        end -= 1;
    }
    let words = &toks[first.min(end)..end];
    let vague = |x: &Tok| {
        let l = word_at(text, x).to_ascii_lowercase();
        matches!(
            l.as_str(),
            "some" | "many" | "others" | "most" | "few" | "several" | "one" | "this" | "that"
        )
    };
    // no verb of its own between `what` and the cue (`what it means to be called “…”`)
    let clause_free = words.iter().all(|x| {
        let l = word_at(text, x).to_ascii_lowercase();
        lexicon::cue(&l).is_none()
            && !AUXILIARIES.contains(&l.as_str())
            && !matches!(l.as_str(), "to" | "not" | "never")
            && !l.ends_with("n't")
            && !l.ends_with("n’t")
    });
    // (`what it calls “…”`: `it` is read as before, from the clause around)
    let it = words.len() == 1 && word_at(text, &words[0]).eq_ignore_ascii_case("it");
    if words.is_empty() || !clause_free || it {
        return None;
    }
    Some(
        (!(words.len() == 1 && vague(&words[0])))
            .then(|| words[0].start..words[words.len() - 1].end),
    )
}

/// A quoted fragment whose sentence has a reporting verb before it: the verb's subject said it.
/// With no reporting verb, the sentence's subject, when it is a name, a pronoun or an
/// organisation. `toks` are the words of the window before the mark at `open`.
fn partial_cue(
    text: &str,
    toks: &[Tok],
    sentence: Range<usize>,
    open: usize,
    close: usize,
) -> Option<Attribution> {
    if let Some(who) = colon_speaker(text, sentence.clone(), open) {
        return Some(attribution(text, who, None, Rule::SpeakerCueIntro));
    }
    // `Over the long term, according to the budget office, the rise … is ''…''`
    if let Some(t) = toks
        .iter()
        .find(|t| t.is_word() && word_at(text, t).eq_ignore_ascii_case("according"))
    {
        if let Some(a) = according_to_at(text, t.start..open) {
            return Some(a);
        }
    }
    // `While Sullivan proclaims the article a “…,” Clinton fixates on the “pivot” line`: a
    // main clause after a comma (a name and a lowercase verb) has its own subject; cues before
    // it are another clause's
    let main_clause = (1..toks.len().saturating_sub(2)).rev().find(|&k| {
        // a comma, or a closing mark after one (`“…,” Clinton fixates`)
        toks[k].punct == Some(',')
            || (matches!(toks[k].punct, Some('”' | '"')) && toks[k - 1].punct == Some(','))
    } && {
        let name = word_at(text, &toks[k + 1]);
        let verb = word_at(text, &toks[k + 2]);
        toks[k + 1].is_word()
            && is_capitalised(name)
            && !lexicon::is_capital_stopword(name)
            && toks[k + 2].is_word()
            && verb.chars().all(|c| c.is_ascii_lowercase())
            && lexicon::cue(verb).is_none()
            && !lexicon::is_adjunct(verb)
            && (looks_like_verb(verb) || (verb.len() > 3 && verb.ends_with('s') && !verb.ends_with("ss")))
    });
    for i in (main_clause.unwrap_or(0)..toks.len()).rev() {
        let t = &toks[i];
        // `as an American diplomat put it, an “extreme makeover”`
        // (`used the term “…”`)
        let phrase_cue = put_it_at(text, toks, i) || used_term_at(text, toks, i);
        if !t.is_word()
            || !(phrase_cue
                || lexicon::cue(word_at(text, t)).is_some_and(|c| c.class != CueClass::Finding))
        {
            continue;
        }
        // `a statement calling on the United States “to …”`: a phrasal verb's request is
        // reported on its own
        // (`mocked Trump for calling himself the “…”`: the verb before `for` attributes)
        if word_at(text, t) == "calling"
            && (toks
                .get(i + 1)
                .is_some_and(|n| ["on", "for"].contains(&word_at(text, n)))
                || (i > 0 && word_at(text, &toks[i - 1]) == "for"))
        {
            continue;
        }
        // `spoke instead about “improving NAFTA”`: a verb of talking names what was said only
        // through `about` or `of` (`As Blumenthal spoke, the NRA was whipping lawmakers against
        // “…”` is another clause's)
        if TALKING.contains(&word_at(text, t)) {
            let next = toks[i + 1..]
                .iter()
                .take(2)
                .map(|n| word_at(text, n))
                .position(|w| w == "about" || w == "of");
            let adjunct_between = next == Some(1) && {
                let w = word_at(text, &toks[i + 1]);
                lexicon::is_adjunct(w) || w.ends_with("ly") || w == "instead"
            };
            if !(next == Some(0) || adjunct_between) {
                continue;
            }
        }
        if plural_noun_cue(text, toks, i) {
            // `the mayor’s claims of “…”`: the words are the possessor’s
            let owner = i.checked_sub(1).map(|k| &toks[k]).filter(|p| {
                p.is_word() && is_possessive(word_at(text, p)) && p.end == toks[i].start - 1
            });
            if let Some(r) = owner.map(|o| possessor(text, toks, i, o)) {
                if matches!(
                    mention_kind(&text[r.clone()]),
                    MentionKind::Name | MentionKind::Description
                ) {
                    return Some(attribution(text, r, Some(t.range()), Rule::PartialCue));
                }
            }
            continue;
        }
        if let Some(r) = asked_by(text, toks, i) {
            return Some(attribution(text, r, Some(t.range()), Rule::PartialCue));
        }
        // `The plan was branded “reckless” by union leaders`: a passive's subject is what was
        // named; the one who named it is the agent after the mark, or nobody the sentence says
        if passive_characterising(text, toks, i) {
            return agent_after(text, close)
                .map(|r| attribution(text, r, Some(t.range()), Rule::PartialCue));
        }
        // `The plan, called a “giveaway” by Senator Doyle, passed`, `fundraisers -- dubbed
        // “Hillblazers” by the campaign --`: a participle set off from its noun, its agent after
        // the mark
        if i > 0
            && matches!(toks[i - 1].punct, Some(',' | '—' | '–' | '-' | '('))
            && CHARACTERISING.contains(&word_at(text, t).to_ascii_lowercase().as_str())
        {
            if let Some(r) = agent_after(text, close) {
                return Some(attribution(text, r, Some(t.range()), Rule::PartialCue));
            }
            // (`The ferry, called “Northern Star,” sails at noon`: after the sentence's subject
            // and no agent, the noun was named, and it named nothing)
            let subject = &text[sentence.start..toks[i - 1].start];
            let words = subject.split_whitespace();
            if (1..=6).contains(&words.clone().count())
                && words.clone().all(|w| {
                    w.chars()
                        .all(|c| crate::text::is_alnum(c) || matches!(c, '-' | '\'' | '’'))
                })
                && !words
                    .clone()
                    .any(|w| looks_like_verb(w) || lexicon::cue(w).is_some())
            {
                return None;
            }
        }
        // `what he called ''sophisticated adversaries''`, `what Newt Gingrich called “…”`, `what
        // senior doctors describe as a “dangerous” level`: the term is the subject's
        // (`what some have called “…”` names nobody)
        if let Some(who) = relative_subject(text, toks, i) {
            return who.map(|r| attribution(text, r, Some(t.range()), Rule::PartialCue));
        }
        // `to which 21 percent said “not too likely”`: a share of those asked
        if let Some(r) = share_before(text, toks, i) {
            return Some(attribution(text, r, Some(t.range()), Rule::PartialCue));
        }
        // `All this has led the journalist Dainis Ivans to fear a “…”`: the name before `to`
        // does what the infinitive says
        if i >= 2 && word_at(text, &toks[i - 1]) == "to" {
            if let Before::Found(r) = np_before(text, toks, i - 1) {
                if mention_kind(&text[r.clone()]) == MentionKind::Name {
                    return Some(attribution(text, r, Some(t.range()), Rule::PartialCue));
                }
            }
        }
        // `Norman Ornstein, a scholar at a think tank who describes the campaign as “…”`: the
        // phrase the relative clause hangs on
        // (`who` is a person's: after an organisation, `a scholar at the think tank AEI who …`,
        // the name the apposition follows)
        let who = Some(skip_adjuncts_back(text, toks, i, 2))
            .filter(|&k| k > 1 && word_at(text, &toks[k - 1]) == "who")
            .and_then(|k| {
                let r = who_antecedent(text, toks, k - 1)?;
                if mention_kind(&text[r.clone()]) != MentionKind::Organisation {
                    return Some(r);
                }
                let comma = toks[..k - 1].iter().rposition(|t| t.punct == Some(','))?;
                name_before(text, toks, comma)
            });
        if let Some(r) = who {
            return Some(attribution(text, r, Some(t.range()), Rule::PartialCue));
        }
        let speaker = match np_before(text, toks, i) {
            Before::Found(r) => Some(r),
            // (`…, he said, calling the delay “a disgrace”`: the attribution's speaker)
            Before::Comma(c) if word_at(text, t).ends_with("ing") => {
                speaker_of_attribution_before(text, toks, c)
                    .or_else(|| subject_of_participle_before(text, toks, c))
                    .or_else(|| where_clause_subject(text, toks, c))
                    .or_else(|| {
                        sentence_subject(text, sentence.clone(), true)
                            .filter(|r| r.end <= toks[c].start)
                            .or_else(|| subject_before_interjection(text, toks, c))
                    })
            }
            Before::Comma(c) => sentence_subject(text, sentence.clone(), true)
                .filter(|r| r.end <= toks[c].start)
                .or_else(|| subject_before_interjection(text, toks, c)),
            Before::None => who_before_conjunction(text, toks, i)
                .or_else(|| common_np_before(text, toks, i))
                .or_else(|| subordinate_subject(text, toks, i))
                .or_else(|| {
                    // (after a colon the clause has its own subject: `Such is the latest
                    // revenge: A group of comedians is performing a play called “…”`)
                    let clause = toks[..i]
                        .iter()
                        .rposition(|x| x.punct == Some(':'))
                        .and_then(|c| toks.get(c + 1))
                        .map_or(sentence.clone(), |x| {
                            x.start.max(sentence.start)..sentence.end
                        });
                    sentence_subject(text, clause, true).filter(|r| r.end <= t.start)
                }),
        };
        // `Trump says …, warning against …, pledging to “Q”`: a participle without its own
        // subject leaves the speaker to the cue before it
        if let Some(r) = speaker {
            return Some(attribution(text, r, Some(t.range()), Rule::PartialCue));
        }
    }
    if let Some(who) = possessor_of_words(text, sentence.clone())
        .or_else(|| in_the_view_of(text, sentence.clone()))
        .filter(|r| r.end <= open)
    {
        return Some(attribution(text, who, None, Rule::PartialSubject));
    }
    // `Trump's call for “a total and complete ban”`, `his promise of “…”`: a possessive, a noun
    // for words and its preposition right before the fragment
    if let Some(who) = possessor_of_noun_before(text, toks, open) {
        return Some(who);
    }
    // `Obama's “if you like your plan, you can keep it” promise`: a name's possessive right
    // before the fragment and a noun for words right after it
    let noun_after = text[close..sentence.end.max(close)]
        .split_whitespace()
        .next()
        .map(|n| n.trim_matches(|ch: char| !ch.is_alphanumeric()))
        .is_some_and(|n| {
            SPEECH_NOUNS.contains(&n) || ["line", "phrase", "catchphrase"].contains(&n)
        });
    if let Some(owner) = toks
        .last()
        .filter(|t| noun_after && t.is_word() && text[t.end..open].trim().is_empty())
        .filter(|t| is_possessive(word_at(text, t)))
    {
        let r = possessor(text, toks, toks.len(), owner);
        if mention_kind(&text[r.clone()]) == MentionKind::Name {
            return Some(attribution(text, r, None, Rule::PartialSubject));
        }
    }
    // the main clause's subject (`…,” Clinton fixates on the “pivot” line`)
    if let Some(k) = main_clause {
        let at = toks[k + 1].start;
        if let Ok((_, np)) = noun_phrase(&text[at..open]) {
            if mention_kind(np) == MentionKind::Name {
                return Some(attribution(
                    text,
                    at..at + np.len(),
                    None,
                    Rule::PartialSubject,
                ));
            }
        }
    }
    // in a Title Case headline the subject is told from its verb by the verb's word only
    // (`Obama Sees ‘Personal Insult’ …`, `Black Lawmakers Rip Trump As A ‘Disgusting Fraud’`),
    // before the sentence's subject is looked for: a numbered subhead's sentence opens with its
    // number (`4 / Gina Rodriguez Questioned What It Means To Be “Latino Enough.”`)
    if in_headline(text, open) {
        return headline_subject(text, open)
            .map(|r| attribution(text, r, None, Rule::PartialSubject));
    }
    let subject = sentence_subject(text, sentence.clone(), true)?;
    let kind = mention_kind(&text[subject.clone()]);
    // `Labor market conditions remained “tight”`: a capitalised first word that a common noun
    // follows is no name; a name is followed by its verb (`Trump launched into …`)
    let lone_opener = subject.start == sentence.start
        && !text[subject.clone()].contains(char::is_whitespace)
        && kind == MentionKind::Name
        && text[subject.end..]
            .split_whitespace()
            .next()
            .is_some_and(|n| {
                let verb_s = n.len() > 3 && n.ends_with('s');
                let verbish = looks_like_verb(n) || verb_s || lexicon::is_adjunct(n);
                n.starts_with(char::is_lowercase) && !verbish
            });
    // `After spending the week bickering over whether the other is “qualified”, Clinton on
    // Monday ripped into Sanders`: a fragment in the opening clause, the subject right after its
    // comma
    let in_opening_clause = subject.start > open
        && text[sentence.start..open]
            .split_whitespace()
            .next()
            .is_some_and(|w| lexicon::is_capital_stopword(w) || w.ends_with("ing"))
        && text[open..subject.start].trim_end().ends_with(',')
        && !text[open..subject.start]
            .trim_end()
            .trim_end_matches(',')
            .contains(',');
    ((subject.end <= open || (in_opening_clause && kind == MentionKind::Name))
        && kind != MentionKind::Description
        && !lone_opener)
        .then(|| attribution(text, subject, None, Rule::PartialSubject))
}

/// The subject of a Title Case headline that quotes a fragment at `open`: the capitalised words
/// that open its line, up to a verb that headlines use for what someone said or thinks of
/// something (`Obama Sees ‘Personal Insult’`, `Black Lawmakers Rip Trump As A ‘Disgusting
/// Fraud’`, `Gingrich Taking Trump ‘Very Seriously’`). One to four words, no mark or colon
/// among them.
fn headline_subject(text: &str, open: usize) -> Option<Range<usize>> {
    const VERBS: &str = "see sees seeing rip rips ripping slam slams slamming blast blasts \
        blasting hit hits knock knocks mock mocks rally rallies take takes taking call calls \
        calling praise praises attack attacks defend defends deny denies accuse accuses warn \
        warns urge urges vow vows pledge pledges promise promises tout touts dub dubs brand \
        brands label labels want wants fear fears think thinks say says tell tells claim claims \
        insist insists question questions decry decries demand demands saw ripped slammed \
        blasted knocked mocked rallied took called praised attacked defended denied accused \
        warned urged vowed pledged promised touted dubbed branded labeled labelled wanted feared \
        thought said told claimed insisted questioned decried demanded";
    let line_start = text[..open].rfind('\n').map_or(0, |k| k + 1);
    let words: Vec<(usize, &str)> = text[line_start..open]
        .split(' ')
        .scan(line_start, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let k = words.iter().position(|(_, w)| {
        let lower = w.to_lowercase();
        VERBS.split_whitespace().any(|v| v == lower)
    })?;
    ((1..=4).contains(&k)
        && words[..k].iter().all(|(_, w)| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’'))
        }))
    .then(|| words[0].0..words[k - 1].0 + words[k - 1].1.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_sentence_is_read_in_pieces_cut_after_a_comma_outside_quotations() {
        let unit = "the harbour board, which met on Monday, said “the pier, old as it is, holds” ";
        let text = unit.repeat(200);
        let quotes: Vec<(Range<usize>, Range<usize>)> = text
            .match_indices('“')
            .map(|(s, _)| {
                let e = s + text[s..].find('”').unwrap() + '”'.len_utf8();
                (s..e, s + '“'.len_utf8()..e - '”'.len_utf8())
            })
            .collect();
        let pieces = split_long_sentence(&text, 0..text.len(), &quotes);
        assert!(pieces.len() > 1);
        assert_eq!(pieces[0].start, 0);
        assert_eq!(pieces.last().unwrap().end, text.len());
        for w in pieces.windows(2) {
            assert_eq!(w[0].end, w[1].start);
        }
        for p in &pieces {
            assert!(p.len() <= LONGEST_SENTENCE);
        }
        for p in &pieces[..pieces.len() - 1] {
            // after a comma, never one inside the quotation
            assert!(
                text[..p.end].ends_with(','),
                "{:?}",
                &text[p.end - 10..p.end]
            );
            assert!(quotes.iter().all(|q| !q.0.contains(&(p.end - 1))));
        }
        // a sentence of ordinary length is one piece
        let one = split_long_sentence(unit, 0..unit.len(), &[]);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0], 0..unit.len());
    }

    #[test]
    fn a_headline_is_a_short_line() {
        let text = "Trump Says No Deal On Trade\nThe talks went on.";
        assert!(in_headline(text, 6));
        assert!(!in_headline(text, text.len() - 3));
        // a title-case run as long as a book has no line breaks to read back to: no headline
        let long = "Trump Says No Deal On Trade ".repeat(100);
        assert!(!in_headline(&long, long.len() / 2));
    }

    #[test]
    fn quotations_far_into_a_text_without_stops_keep_their_speakers() {
        let text = "Ada Brook called the plan “a mess”, ".repeat(500);
        let parsed = crate::parse(&text);
        assert_eq!(parsed.quotes.len(), 500);
        for q in &parsed.quotes {
            let a = q.attribution.as_ref().expect("attributed");
            assert_eq!(a.mention.text, "Ada Brook");
        }
    }
}
