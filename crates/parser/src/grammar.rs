//! nom 8 grammars for the words around a quotation: noun phrases that name a speaker, reporting
//! verbs, and the attribution patterns that follow a closing mark.

use crate::lexicon;
use crate::model::{MentionKind, Rule};
use crate::text::{
    is_acronym, is_age, is_capitalised, is_initials, is_possessive, strip_possessive,
};
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while, take_while1};
use nom::character::complete::{char, one_of};
use nom::combinator::{eof, opt, peek, recognize, verify};
use nom::multi::{many0_count, many1_count};
use nom::sequence::terminated;
use nom::{IResult, Offset, Parser};
use std::ops::Range;

/// Whitespace, line breaks included (hard-wrapped text).
fn ws0(i: &str) -> IResult<&str, &str> {
    take_while(char::is_whitespace).parse(i)
}

/// At least one whitespace character.
fn ws1(i: &str) -> IResult<&str, &str> {
    take_while1(char::is_whitespace).parse(i)
}

/// One word: letters and digits with inner hyphens, apostrophes and dots (`U.S`, `Belarus’s`).
pub(crate) fn word(i: &str) -> IResult<&str, &str> {
    // by hand rather than with combinators: every grammar reads words through here. ASCII is
    // read as bytes; the grammar is `alnum+ (joiner alnum+)*`
    let alnum_len = |k: usize| -> usize {
        match i.as_bytes().get(k) {
            None => 0,
            Some(&b) if b < 0x80 => usize::from(b.is_ascii_alphanumeric()),
            Some(_) => i[k..]
                .chars()
                .next()
                .filter(|&c| crate::text::is_alnum(c))
                .map_or(0, char::len_utf8),
        }
    };
    let run = |mut k: usize| {
        loop {
            let n = alnum_len(k);
            if n == 0 {
                return k;
            }
            k += n;
        }
    };
    let mut end = run(0);
    if end == 0 {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::TakeWhile1,
        )));
    }
    while let Some(c @ ('-' | '\'' | '’' | '.' | '&')) = i[end..].chars().next() {
        let joiner = c.len_utf8();
        let after = run(end + joiner);
        if after == end + joiner {
            break;
        }
        end = after;
    }
    Ok((&i[end..], &i[..end]))
}

/// True when a word can stand inside a speaker's noun phrase: a capitalised word that is not a
/// sentence connective, a role or title, a lowercase modifier, a possessive, an age
/// (`37-year-old`). Used by [`np_word_dotted`] and the backward scan.
pub(crate) fn np_word_ok(w: &str) -> bool {
    (is_capitalised(w) && !lexicon::is_capital_stopword(w))
        || lexicon::is_role(w)
        || lexicon::is_lowercase_role_plural(w)
        || lexicon::is_modifier(w)
        || lexicon::is_org(w)
        || (is_possessive(w) && is_capitalised(w))
        || (w.starts_with(|c: char| c.is_ascii_digit()) && is_age(w))
        || (w.contains('-')
            && w.split('-')
                .all(|p| !p.is_empty() && p.chars().all(char::is_lowercase)))
}

/// Title abbreviations keep their dot: `Sen.`, `Gov.`, `Dr.`; a plural possessive keeps its
/// apostrophe: `teachers’ union`.
fn np_word_dotted(i: &str) -> IResult<&str, &str> {
    // the word is read once, then its kind decided (this runs for every word of every
    // candidate speaker)
    let (rest, w) = word(i)?;
    let with = |extra: usize| Ok((&rest[extra..], &i[..w.len() + extra]));
    // initials: `G.K.`, `J.`; title abbreviations: `Sen.`, `Gov.`
    if rest.starts_with('.')
        && (is_initials(w) || (is_capitalised(w) && lexicon::is_abbreviation(w)))
    {
        return with(1);
    }
    // a plural possessive: `teachers’ union`
    if w.ends_with('s') {
        for mark in ['’', '\''] {
            if rest.starts_with(mark) && rest[mark.len_utf8()..].starts_with(' ') {
                return with(mark.len_utf8());
            }
        }
    }
    if np_word_ok(w) {
        return Ok((rest, w));
    }
    alt((occupation, role_modifier_inside)).parse(i)
}

/// `of` or `for` inside a name or role (`Secretary of State`, `spokeswoman for the UN`), or a
/// lowercase name particle (`Marieke de Wit`, `Ursula von der Leyen`).
fn np_link(i: &str) -> IResult<&str, &str> {
    alt((
        recognize((
            alt((tag("of"), tag("for"))),
            ws1,
            opt((tag("the"), ws1)),
            verify(word, |w: &str| is_capitalised(w)),
        )),
        particle_name,
    ))
    .parse(i)
}

/// A surname led by one or two lowercase particles: `van der Berg`, `de Souza`, `al-Assad` is
/// one word. It may open a mention (`“…,” van der Berg said`) or go on one (`Henrik van der
/// Berg`).
fn particle_name(i: &str) -> IResult<&str, &str> {
    let particle = || verify(word, |w: &str| crate::lexicon::is_name_particle(w));
    recognize((
        particle(),
        opt((ws1, particle())),
        ws1,
        verify(word, |w: &str| is_capitalised(w)),
    ))
    .parse(i)
}

/// A description ending in a role noun after a determiner, whatever words stand between:
/// `the port director`, `a veteran harbour pilot`, `one district GOP leader` (at most three
/// words before the role).
fn described_role(i: &str) -> IResult<&str, &str> {
    determiner_phrase(i, lexicon::is_determiner, 4, |w| {
        // lowercase words, or names and acronyms inside the role: `the White House press
        // secretary`, `one district GOP leader`
        let inside = w.chars().all(char::is_lowercase)
            || w.contains('-')
            || (is_possessive(w) && !is_capitalised(w))
            || (is_capitalised(w) && !lexicon::is_capital_stopword(w));
        // a reporting verb or a time word ends the phrase: `the executive told employees`; a
        // title's abbreviation opens a name, it is no head (`the Gazette quoted Ms. Brandt`)
        (inside && lexicon::cue(w).is_none() && !lexicon::is_adjunct(w)).then(|| {
            lexicon::is_role(w)
                && !(is_capitalised(w) && lexicon::with_lower(w, lexicon::is_abbreviation))
        })
    })
}

/// A determiner (as `det` accepts it) and up to `max` words: `step` stops the phrase at a word
/// (`None`) or takes it, `Some(true)` when the phrase may end after it. The longest phrase that
/// may end is returned.
fn determiner_phrase(
    i: &str,
    det: impl Fn(&str) -> bool,
    max: usize,
    step: impl Fn(&str) -> Option<bool>,
) -> IResult<&str, &str> {
    let (mut rest, _) = (verify(word, |w: &str| det(w)), ws1).parse(i)?;
    let mut end = None;
    for _ in 0..max {
        let Ok((r, w)) = word(rest) else { break };
        match step(w) {
            None => break,
            Some(true) => end = Some(r),
            Some(false) => {}
        }
        match ws1(r) {
            Ok((r2, _)) => rest = r2,
            Err(_) => break,
        }
    }
    match end {
        Some(r) => Ok((r, &i[..i.offset(r)])),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// A noun phrase naming a speaker: `Kremlin spokesman Dmitry Peskov`, `the Belarusian leader`,
/// `Russia’s foreign minister`, `he`.
pub(crate) fn noun_phrase(i: &str) -> IResult<&str, &str> {
    // a run of words in capitals is a headline or a subhead, not a speaker
    verify(noun_phrase_any_case, |np: &str| {
        np.split_whitespace()
            .filter(|w| is_acronym(w) && w.len() > 3)
            .count()
            < 2
    })
    .parse(i)
}

fn noun_phrase_any_case(i: &str) -> IResult<&str, &str> {
    let pronoun = verify(word, |w: &str| {
        lexicon::is_pronoun(w) && !w.eq_ignore_ascii_case("it") && !w.eq_ignore_ascii_case("who")
    })
    .parse(i);
    if pronoun.is_ok() {
        return pronoun;
    }
    // (a year after the determiner modifies the name: `A 2014 House Intelligence Committee
    // report`, `the 2016 Trump campaign`)
    let year = |w: &str| {
        w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit())
    };
    let named = recognize((
        opt((
            alt((
                verify(word, |w: &str| lexicon::is_determiner(w)),
                occupation,
                role_modifier,
            )),
            ws1,
            opt((verify(word, year), ws1)),
        )),
        alt((particle_name, np_word_dotted)),
        many0_count((ws1, alt((np_link, np_word_dotted)))),
    ))
    .parse(i);
    // `one Trump confidant`, `another Twitter user`: a determiner, a name used as a modifier,
    // and the lowercase noun it modifies
    let named = named.map(|(rest, np)| {
        let mut words = np.split_whitespace();
        let opens_with_determiner = words.next().is_some_and(|d| {
            ["a", "an", "one", "another", "the", "some", "each", "every"]
                .iter()
                .any(|x| d.eq_ignore_ascii_case(x))
        });
        // (the name after the determiner: `its political advantages` is no speaker)
        if !opens_with_determiner || !words.next_back().is_some_and(is_capitalised) {
            return (rest, np);
        }
        let mut end = np.len();
        for _ in 0..2 {
            let after = &i[end..];
            let trimmed = after.trim_start_matches(' ');
            let w: &str = trimmed
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .next()
                .unwrap_or("");
            let noun = trimmed.len() < after.len()
                && !w.is_empty()
                && w.chars().all(|c| c.is_lowercase() || c == '-')
                && lexicon::cue(w).is_none()
                && !lexicon::is_preposition(w)
                && !lexicon::is_adjunct(w)
                && !lexicon::is_pronoun(w)
                && !crate::attribute::looks_like_verb(w)
                && ![
                    "and", "or", "but", "who", "which", "that", "than", "of", "as",
                ]
                .contains(&w);
            if !noun {
                break;
            }
            end += after.len() - trimmed.len() + w.len();
        }
        (&i[end..], &i[..end])
    });
    // a role phrase that ends on a role adjective gives way to a longer reading: `one senior
    // Democrat`, not `one senior`; `a spokeswoman for Trump hotels` stays `a spokeswoman`
    match (described_role(i), named) {
        (Ok(a), Ok(b)) => {
            let last = a.1.split_whitespace().next_back().unwrap_or("");
            let adjective = [
                "senior", "former", "top", "deputy", "foreign", "prime", "vice",
            ]
            .iter()
            .any(|w| last.eq_ignore_ascii_case(w));
            Ok(if adjective && b.0.len() < a.0.len() {
                b
            } else {
                role_then_name(i, a)
            })
        }
        (Ok(a), Err(_)) => Ok(role_then_name(i, a)),
        (Err(_), b) => b.map(|b| two_roles_one_name(i, b)),
    }
}

/// `former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell`: a phrase
/// that ends on a role goes on through `and` to the second role and the name after it.
fn two_roles_one_name<'a>(i: &'a str, np: (&'a str, &'a str)) -> (&'a str, &'a str) {
    let last = np.1.split_whitespace().next_back().unwrap_or("");
    let Some(after) = np.0.strip_prefix(" and ") else {
        return np;
    };
    if !lexicon::with_lower(last, lexicon::is_role) {
        return np;
    }
    match noun_phrase_any_case(after) {
        Ok((rest, second))
            if mention_kind(second) == MentionKind::Name
                && second
                    .split_whitespace()
                    .any(|w| lexicon::with_lower(w, lexicon::is_role)) =>
        {
            (rest, &i[..i.offset(rest)])
        }
        _ => np,
    }
}

/// A described role goes on through the name after it: `the White House press secretary Josh
/// Earnest`, `the district GOP Chairman Chuck Williams` (`i` is where the phrase `role`
/// starts). Not after a role joined by a preposition: in `an adviser to Mayor Ida Brandt` the
/// name is someone else's.
fn role_then_name<'a>(i: &'a str, role: (&'a str, &'a str)) -> (&'a str, &'a str) {
    if role.1.split_whitespace().any(lexicon::is_preposition) {
        return role;
    }
    let name_word = verify(np_word_dotted, |w: &str| {
        is_capitalised(w)
            && !lexicon::is_capital_stopword(w)
            && !lexicon::is_role(w)
            && !is_possessive(w)
    });
    match many1_count((ws1, name_word)).parse(role.0) {
        Ok((rest, _)) => (rest, &i[..i.offset(rest)]),
        Err(_) => role,
    }
}

/// A reporting verb that can attribute a direct quotation. Not a participle: `“Q,” adding that
/// …` and `“Q,” noting the cost` go on with the writer's sentence.
fn direct_cue(i: &str) -> IResult<&str, &str> {
    verify(word, |w: &str| {
        lexicon::cue(w).is_some_and(|c| c.class.quotes()) && !w.ends_with("ing")
    })
    .parse(i)
}

/// A time or manner word between a speaker and the cue (`on Wednesday`, `also`, `has`).
fn adjunct(i: &str) -> IResult<&str, &str> {
    verify(word, |w: &str| lexicon::is_adjunct(w)).parse(i)
}

/// The listener after `told`: `reporters`, `officials`, `the newspaper`, `CNN`.
fn listener(i: &str) -> IResult<&str, &str> {
    recognize((
        opt((verify(word, |w: &str| lexicon::is_determiner(w)), ws1)),
        verify(word, |w: &str| {
            !w.eq_ignore_ascii_case("that")
                && !lexicon::is_adjunct(w)
                && !lexicon::is_preposition(w)
        }),
    ))
    .parse(i)
}

/// A reporting verb, with its listener when it takes one (`told reporters`).
fn cue_phrase(i: &str) -> IResult<&str, &str> {
    // `“Q,” Mr. Rubel pointed out.`
    if let Ok(r) = recognize((
        verify(word, |w: &str| matches!(w, "pointed" | "points")),
        ws1,
        tag("out"),
    ))
    .parse(i)
    {
        return Ok(r);
    }
    let (rest, verb) = direct_cue(i)?;
    if lexicon::cue(verb).is_some_and(|c| c.object) {
        let (rest, _) = opt((ws1, listener)).parse(rest)?;
        Ok((rest, &i[..i.offset(rest)]))
    } else {
        Ok((rest, verb))
    }
}

/// An attribution found by a grammar: ranges are relative to the grammar's input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub rule: Rule,
    pub mention: Range<usize>,
    pub cue: Option<Range<usize>>,
}

fn span(base: &str, part: &str) -> Range<usize> {
    let s = base.offset(part);
    s..s + part.len()
}

/// `, said Peskov` after a closing mark. Right next to the cue, any description will do:
/// `said the investor.`
fn cue_then_speaker(i: &str) -> IResult<&str, (&str, &str)> {
    let (rest, (_, _, _, cue, _, np)) = (
        ws0,
        opt(char(',')),
        ws0,
        cue_phrase,
        ws1,
        alt((
            noun_phrase,
            verify(description_before_participle, |d: &str| {
                // the description ends its clause, or a phrase of its own follows (`a person
                // close to the mayor`, `an aide who`): the attribution adds that phrase
                let rest = &i[i.offset(d) + d.len()..];
                (ws0, one_of(".,;!?")).parse(rest).is_ok()
                    || (ws1, word).parse(rest).is_ok_and(|(_, (_, w))| {
                        // `to` after a role (`an aide to the mayor`), not after a thing sent
                        // (`posted the clip to YouTube`)
                        let role = d
                            .split_whitespace()
                            .next_back()
                            .is_some_and(|l| lexicon::is_role(l) || l == "close");
                        // (`in` names where a thing appeared: `a 2013 article in the journal`)
                        (lexicon::NOUN_LINKS.contains(&w) && (w != "to" || role))
                            || w == "in"
                            || lexicon::NOUN_CLAUSES.contains(&w)
                            || w == "close"
                            || lexicon::is_modifying_participle(w)
                    })
            }),
            unlisted_role_then_name,
        )),
    )
        .parse(i)?;
    match name_in_apposition(np, rest) {
        Some(name) => Ok((&rest[rest.offset(name) + name.len()..], (cue, name))),
        None => Ok((rest, (cue, np))),
    }
}

/// `harbor master Tom Eke`, `ferry dispatcher Ann Li`: one or two lowercase words the role list
/// does not know, then a name of two capitalised words or more, the phrase ending its clause.
/// Only after a reporting verb (`“…,” said harbor master Tom Eke.`), where nothing else would
/// stand there.
fn unlisted_role_then_name(i: &str) -> IResult<&str, &str> {
    let common = || {
        verify(word, |w: &str| {
            w.len() > 2
                && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !lexicon::is_determiner(w)
                && !lexicon::is_preposition(w)
                && !lexicon::is_adjunct(w)
                && !lexicon::is_pronoun(w)
                && lexicon::cue(w).is_none()
                && !w.ends_with("ly")
                && !["and", "that", "but", "not", "also", "then", "who", "which"].contains(&w)
        })
    };
    let name_word = || {
        verify(np_word_dotted, |w: &str| {
            is_capitalised(w)
                && !lexicon::is_capital_stopword(w)
                && !lexicon::is_role(&w.to_lowercase())
                && !is_possessive(w)
        })
    };
    // (the phrase ends its clause: a stop or a comma next, or nothing)
    let clause_end = alt((eof, recognize((ws0, one_of(".,;!?")))));
    terminated(
        recognize((
            common(),
            opt((ws1, common())),
            ws1,
            name_word(),
            many1_count((ws1, name_word())),
        )),
        peek(clause_end),
    )
    .parse(i)
}

/// A determiner and one to four common words: `the investor`, `the ad’s narrator`, `one man`,
/// `a Homeland Security memo`. Only where a reporting verb stands right beside it is it taken
/// for a speaker: grammars use it after a closing mark (`“Q,” the investor said`).
pub(crate) fn common_description(i: &str) -> IResult<&str, &str> {
    let det = |d: &str| lexicon::is_determiner(d) && !d.eq_ignore_ascii_case("that");
    // a capital after a plain lowercase word is a verb's object, not the phrase's: `Many fear
    // Trump`, `A staffer emailed Mills` (`the former Trump aide` has a modifier before it)
    // (a participle right after the determiner modifies the noun: `the printed Cruz slate
    // card`, `the revised Senate bill`)
    let plain_lower = std::cell::Cell::new(false);
    let first = std::cell::Cell::new(true);
    determiner_phrase(i, det, 4, |w| {
        if plain_lower.get() && is_capitalised(w) {
            return None;
        }
        let participle = first.replace(false) && w.len() > 4 && w.ends_with("ed");
        plain_lower.set(
            w.starts_with(char::is_lowercase)
                && !lexicon::is_modifier(w)
                && !is_possessive(w)
                && !participle,
        );
        let common = (w
            .chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-' || c == '’' || c == '\'')
            || is_capitalised(w) && !lexicon::is_capital_stopword(w))
            && !lexicon::is_adjunct(w)
            && !lexicon::is_preposition(w)
            && !lexicon::is_pronoun(w)
            && !lexicon::is_determiner(w)
            && lexicon::cue(w).is_none()
            && !lexicon::NOUN_LINKS.contains(&w)
            && !["and", "but", "or", "not", "who", "which", "than", "as"].contains(&w);
        // (the phrase does not end on a verb: `several environmental groups granted`)
        common.then_some(!crate::attribute::looks_like_verb(w))
    })
}

/// [`common_description`] that stops before a word in `-ing`: `a man` of `a man calling
/// himself Paul` (the participle's phrase is added by the attribution).
fn description_before_participle(i: &str) -> IResult<&str, &str> {
    let (rest, d) = common_description(i)?;
    let words: Vec<&str> = d.split_whitespace().collect();
    match (1..words.len()).find(|&k| words[k].len() > 5 && words[k].ends_with("ing")) {
        Some(k) => {
            // `d` and its words are sub-slices of `i`: offsets are pointer arithmetic
            let end = i.offset(words[k - 1]) + words[k - 1].len();
            Ok((&i[end..], &i[..end]))
        }
        None => Ok((rest, d)),
    }
}

/// A party-and-state tag after a name: `(D-N.C.)`, `(R-OK)`; at most 30 bytes.
fn party_tag(i: &str) -> IResult<&str, &str> {
    recognize((
        ws1,
        char('('),
        verify(take_while1(|c: char| c != ')' && c != '\n'), |s: &str| {
            s.len() <= 30
        }),
        char(')'),
    ))
    .parse(i)
}

/// What stands between a speaker and the cue after it, between commas: an apposition (`, a close
/// adviser to the mayor,`), an age and a home town (`, 30, of Raleigh, N.C.,`), a relative or
/// participial clause (`, who was among those polled,` / `, wearing a “Cruz” pin,`). It ends at
/// the first comma that a reporting verb follows; at most 30 words, within one sentence and one
/// line, with quotation marks only in pairs.
fn interjection(i: &str) -> IResult<&str, &str> {
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify));
    let (rest, _) = (ws0, char(',')).parse(i)?;
    // the words before a comma may stand between commas when they are at most 30 and within
    // one sentence: commas up to `limit` qualify (computed once, not once per comma)
    let limit = one_sentence_limit(rest, 30);
    for (c, _) in rest.match_indices(',') {
        if c > limit {
            break;
        }
        let after = &rest[c + 1..];
        let cue_next = (ws1, many0_count((adjunct, ws1)), cue_phrase)
            .parse(after)
            .is_ok();
        if cue_next && marks_paired(&rest[..c]) {
            return Ok((after, &i[..i.offset(after)]));
        }
    }
    // `, the polling guru who founded fivethirtyeight.com tweeted on Wednesday`: an apposition
    // the writer did not close with a comma ends at the first reporting verb
    let opens = rest
        .split_whitespace()
        .next()
        .is_some_and(|w| ["the", "a", "an"].contains(&w));
    if opens {
        for w in rest.split_whitespace().skip(2).take(14) {
            let at = rest.offset(w);
            if !inside_one_sentence(&rest[..at]) || rest[..at].contains([',', '“', '”', '"']) {
                break;
            }
            if direct_cue(w).is_ok_and(|(left, _)| left.is_empty() || !left.starts_with('-')) {
                let after = &rest[rest[..at].trim_end().len()..];
                return Ok((after, &i[..i.offset(after)]));
            }
        }
    }
    Err(fail())
}

/// The longest prefix length `n` for which `s[..n]` holds at most `max_words` words and is
/// [`inside_one_sentence`]: both only fail more as the prefix grows.
fn one_sentence_limit(s: &str, max_words: usize) -> usize {
    let mut words = 0;
    let mut prev_space = true;
    for (k, c) in s.char_indices() {
        if matches!(c, '\n' | '?' | '!' | ';') {
            return k;
        }
        let space = c.is_whitespace();
        if !space && prev_space {
            words += 1;
            if words > max_words {
                return k;
            }
        }
        prev_space = space;
        if c == '.' && s[k + 1..].starts_with(' ') && !stop_of_word(&s[..k]) {
            return k + 1;
        }
    }
    s.len()
}

/// True when the word before a `. ` (the end of `before`) keeps its dot: `N.C.`, `Sen.`, `J.`.
fn stop_of_word(before: &str) -> bool {
    let w = before.rsplit(' ').next().unwrap_or("");
    w.contains('.') || w.chars().count() == 1 || lexicon::is_abbreviation(w)
}

/// No line break, no `?`, `!` or `;`, and no full stop after a lowercase word (`polled. He`):
/// the dots of `N.C.` and `Sen.` do not end a sentence.
fn inside_one_sentence(s: &str) -> bool {
    if s.contains(['\n', '?', '!', ';']) {
        return false;
    }
    s.match_indices(". ").all(|(d, _)| stop_of_word(&s[..d]))
}

/// Straight and curly double marks in pairs.
fn marks_paired(s: &str) -> bool {
    let count = |c: char| s.matches(c).count();
    count('“') == count('”') && count('"') % 2 == 0
}

/// `the company's chief executive, John J. Ferriola`: the name in the apposition right after a
/// description, which names the speaker better. `rest` starts right after the description; the
/// name must close the attribution (a stop, a comma or the end follows).
pub(crate) fn name_in_apposition<'a>(np: &str, rest: &'a str) -> Option<&'a str> {
    if mention_kind(np) != MentionKind::Description {
        return None;
    }
    // `a spokeswoman for the ferry company, Ana Ruiz`: a short phrase may complete the role
    let rest = match rest.find(',') {
        Some(c) if c > 0 => {
            let tail = rest[..c].trim();
            let first = tail.split_whitespace().next().unwrap_or("");
            let short = tail.split_whitespace().count() <= 6
                && ["for", "of", "at", "with", "to"].contains(&first)
                && !tail.contains(['.', '“', '”', '"', '\n', ';', ':']);
            if short { &rest[c..] } else { rest }
        }
        _ => rest,
    };
    let (after, (_, _, _, name)) = (ws0, char(','), ws0, noun_phrase).parse(rest).ok()?;
    // a name does not open with an article: `, a prominent New York Democrat` is a description
    if name
        .split_whitespace()
        .next()
        .is_some_and(lexicon::is_determiner)
    {
        return None;
    }
    let closes = after.trim_start().is_empty() || after.trim_start().starts_with(['.', ',', ';']);
    (closes && mention_kind(name) == MentionKind::Name).then_some(name)
}

/// True when `tail`, what follows the speaker of `CLAUSE, said X` up to the end of the
/// sentence, is nothing, a party tag, or a closing apposition: `, a Democratic pollster.`,
/// `, an expert at KIMEP University in Almaty.` A second clause (`, and the city must pay.`)
/// is not an apposition.
pub(crate) fn speaker_tail_ends(tail: &str) -> bool {
    let rest = match (ws0, party_tag).parse(tail) {
        Ok((rest, _)) => rest,
        Err(_) => tail,
    };
    let body = rest.trim().trim_end_matches(['.', '!']).trim_end();
    let Some(app) = body.strip_prefix(',') else {
        return body.is_empty();
    };
    apposition_ends(app)
}

/// True when `app`, the words after a comma that follows a speaker, describe the speaker up to
/// the end of the sentence rather than open a clause of their own.
fn apposition_ends(app: &str) -> bool {
    let mut words = app.split_whitespace();
    let first = words.next().unwrap_or("");
    let n = 1 + words.count();
    let clause_word = [
        "and", "but", "or", "so", "then", "because", "while", "as", "although", "though", "if",
        "when", "adding", "noting", "saying",
    ]
    .iter()
    .any(|c| first.eq_ignore_ascii_case(c));
    !first.is_empty()
        && n <= 25
        && !clause_word
        && !app.contains(['“', '”', '"', '\n'])
        // (`, who teaches law` describes the speaker; `, he said` is a clause of its own)
        && (!lexicon::is_pronoun(first) || first == "who")
}

/// True when `tail`, what follows the speaker of `CLAUSE, said X` up to the end of the
/// sentence, is a phrase that restricts the speaker or places the saying: `said an official
/// who spoke on condition of anonymity.`, `said a person familiar with the talks.`, `said
/// Trump in Iowa on Monday.` A comma after it may only open an apposition.
pub(crate) fn speaker_tail_restricts(tail: &str) -> bool {
    let body = tail.trim().trim_end_matches(['.', '!']).trim_end();
    let first = body.split_whitespace().next().unwrap_or("");
    let opens = ["who", "familiar", "close", "briefed", "speaking"].contains(&first)
        || lexicon::is_preposition(first);
    let mut parts = body.split(',');
    let head = parts.next().unwrap_or("");
    opens
        && head.split_whitespace().count() <= 20
        && !head.contains(['“', '”', '"', '\n', ';'])
        && parts.all(apposition_ends)
}

/// True when `rest`, what follows the cue (and its listener) of `CLAUSE, X said` up to the end
/// of the sentence, only places the saying: `in a statement.`, `in an interview with the BBC
/// on Friday.`, `in a statement posted on the delegation's website.` A clause of its own after
/// a preposition (`in 2019 the plan would fail`, `at least six planes filled the sky`) is no
/// place: no verb may follow but a participle that places a statement (`posted`, `issued`).
pub(crate) fn saying_place_ends(rest: &str) -> bool {
    const CLAUSE_WORDS: &[&str] = &[
        "that", "would", "will", "was", "were", "is", "are", "had", "has", "have", "could",
        "should", "must", "can", "may", "might", "he", "she", "they", "we", "i", "it", "if",
        "because", "and", "but", "least", "most",
    ];
    const PLACING: &[&str] = &[
        "posted",
        "published",
        "released",
        "issued",
        "emailed",
        "aired",
        "broadcast",
        "recorded",
        "televised",
        "sent",
        "shared",
        "circulated",
        "distributed",
        "provided",
        "filed",
    ];
    let body = rest.trim().trim_end_matches(['.', '!']).trim_end();
    let mut words = body.split_whitespace();
    let first = words.next().unwrap_or("");
    let n = 1 + words.count();
    [
        "in", "on", "at", "during", "after", "before", "with", "from", "via", "outside",
    ]
    .contains(&first)
        && n <= 12
        && !body.contains(['“', '”', '"', '\n', ';', ':', ',', '(', '—'])
        && body.split_whitespace().skip(1).all(|w| {
            let w = crate::text::word_core(w);
            !CLAUSE_WORDS.iter().any(|c| w.eq_ignore_ascii_case(c))
                && (!w.ends_with("ed") || PLACING.contains(&w))
        })
}

/// A lowercase occupation just before a name: `psychologist Elaine Ducharme`, `pollster Ann
/// Selzer`. Agent-noun endings only, so that adverbs and prepositions (`however`, `after`) are
/// not taken.
fn occupation(i: &str) -> IResult<&str, &str> {
    const NOT: &[&str] = &[
        "however", "whatever", "whenever", "wherever", "together", "further", "rather", "either",
        "neither", "never", "after", "other", "under", "over", "later", "earlier", "ever",
        "whether", "another", "number", "member", "remember", "consider", "order", "matter",
        "minister",
    ];
    let (rest, w) = verify(word, |w: &str| {
        w.len() >= 6
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && ["ist", "ster", "ian", "ant", "ent", "er", "or"]
                .iter()
                .any(|s| w.ends_with(s))
            && !NOT.contains(&w)
            && !lexicon::is_adjunct(w)
            && !lexicon::is_preposition(w)
    })
    .parse(i)?;
    // only before a capitalised name
    nom::combinator::peek((ws1, verify(word, is_capitalised))).parse(rest)?;
    Ok((rest, w))
}

/// A lowercase word that makes a compound with the role after it, at most two words on:
/// `port director`, `undecided Republican voter`, `policy planning director`.
fn role_modifier(i: &str) -> IResult<&str, &str> {
    role_compound(i, true)
}

/// [`role_modifier`] inside a name's words, after a capital: not a verb's past tense or an
/// adverb (`President Obama passionately rebuked critics`).
fn role_modifier_inside(i: &str) -> IResult<&str, &str> {
    role_compound(i, false)
}

fn role_compound(i: &str, first: bool) -> IResult<&str, &str> {
    let content = |w: &str| {
        w.len() >= 3
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && (first || !(w.ends_with("ed") || w.ends_with("ly")))
            && !lexicon::is_adjunct(w)
            && !lexicon::is_preposition(w)
            && !lexicon::is_determiner(w)
            && !lexicon::is_pronoun(w)
            && lexicon::cue(w).is_none()
            && !["and", "but", "or", "nor", "not", "than", "then", "so"].contains(&w)
    };
    let (rest, w) = verify(word, |w: &str| content(w)).parse(i)?;
    let mut ahead = rest;
    for _ in 0..3 {
        let (r, (_, next)) = (ws1, word).parse(ahead)?;
        if lexicon::is_role(next) {
            return Ok((rest, w));
        }
        let capitalised = is_capitalised(next) && !lexicon::is_capital_stopword(next);
        if !(content(next) || capitalised) {
            break;
        }
        ahead = r;
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// `, Lukashenko told officials` / `, he said in an interview` /
/// `, Senator Jo Diaz (D-OK), a close ally, told reporters` after a closing mark. A description
/// followed by the name it describes gives the name: `, the union's lawyer, Dev Anand, said`.
fn speaker_then_cue(i: &str) -> IResult<&str, (&str, &str)> {
    // a named reading first; a description when the named one stops short of the cue (`the
    // progressive heavyweights wrote`, not `the progressive`)
    type Np = fn(&str) -> IResult<&str, &str>;
    let then_cue = |np: Np| {
        (
            ws0,
            opt(char(',')),
            ws0,
            np,
            opt(place_phrase),
            opt(party_tag),
            // `…, Jo Diaz and Ann Lee, both senators, said`: two speakers, the first one named
            opt((ws1, tag("and"), ws1, noun_phrase, opt(party_tag))),
            opt(interjection),
            ws1,
            many0_count((adjunct, ws1)),
            cue_phrase,
        )
    };
    let (rest, (_, _, _, np, place, _, second, between, _, _, cue)) =
        alt((then_cue(noun_phrase), then_cue(common_description))).parse(i)?;
    // (names both: `the senator and Ann Lee said` is no pair of speakers to pick from)
    if second.is_some_and(|(_, _, _, other, _)| {
        mention_kind(np) != MentionKind::Name || mention_kind(other) != MentionKind::Name
    }) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    // `“Broad City” Star Asked Actors …`: a capitalised verb after a name is a headline's
    if is_capitalised(cue) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    // `a narrator in the Ruiz ad asks`: only a description takes a phrase before its cue
    if place.is_some() && mention_kind(np) != MentionKind::Description {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    let named = between.and_then(|b| {
        let inner = b
            .trim()
            .trim_start_matches(',')
            .trim_end_matches(',')
            .trim();
        let (left, name) = noun_phrase(inner).ok()?;
        (left.is_empty() && mention_kind(name) == MentionKind::Name).then_some(name)
    });
    // a common description opening a sentence of its own must close it: `“We won.” The crowd
    // cheered for an hour.` is the writer's sentence, `“Q,” the crowd chanted all night` is not
    if is_capitalised(np)
        && noun_phrase(np).is_err()
        && (ws0, one_of(".,;:!?\n")).parse(rest).is_err()
        && !rest.is_empty()
    {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    match named {
        Some(name) if mention_kind(np) == MentionKind::Description => Ok((rest, (cue, name))),
        _ => Ok((rest, (cue, np))),
    }
}

/// A short phrase after a description, before its cue: `in the Ruiz ad`, `at the hearing`, `to
/// Hillary Clinton` (at most five words, none of them a reporting verb).
fn place_phrase(i: &str) -> IResult<&str, &str> {
    recognize((
        ws1,
        verify(word, |w: &str| {
            ["in", "at", "on", "from", "with", "of", "for", "to"].contains(&w)
        }),
        nom::multi::many_m_n(
            1,
            5,
            (
                ws1,
                verify(word, |w: &str| {
                    lexicon::cue(w).is_none() && !lexicon::is_pronoun(w) && w != "and"
                }),
            ),
        ),
    ))
    .parse(i)
}

/// `Stated Stone:` / `Continued Mayor Fox:` before an opening mark: a cue, then its speaker.
pub(crate) fn inverted_intro(i: &str) -> IResult<&str, (&str, &str)> {
    let (rest, (cue, _, np, _, _)) = (direct_cue, ws1, noun_phrase, ws0, char(':')).parse(i)?;
    Ok((rest, (cue, np)))
}

/// `— Commissioner Geoffrey Starks` after a closing mark.
fn dash_signoff(i: &str) -> IResult<&str, &str> {
    let (rest, (_, _, _, np)) = (
        ws0,
        alt((tag("—"), tag("–"), tag("--"), tag("-"))),
        ws0,
        noun_phrase,
    )
        .parse(i)?;
    Ok((rest, np))
}

/// `“Call the roll,” came shouts from the floor.` / `came the reply from the mayor`: a shout or
/// an answer that came from someone. The cue runs from `came` to `from`.
fn came_from(i: &str) -> IResult<&str, (&str, &str)> {
    let (rest, (_, _, _, cue, _, np)) = (
        ws0,
        opt(char(',')),
        ws0,
        recognize((
            tag("came"),
            ws1,
            opt((alt((tag("the"), tag("a"))), ws1)),
            verify(word, |w: &str| {
                [
                    "shout", "shouts", "cry", "cries", "chant", "chants", "call", "calls", "reply",
                    "replies", "response", "answer", "yell", "yells", "roar", "voice", "voices",
                ]
                .contains(&w)
            }),
            ws1,
            tag("from"),
        )),
        ws1,
        alt((noun_phrase, description_before_participle)),
    )
        .parse(i)?;
    // (the phrase ends the clause: `came shouts from the crowd.`)
    (ws0, one_of(".,;!?")).parse(rest)?;
    Ok((rest, (cue, np)))
}

/// A pull quote signed on the line below, inside its marks: `"We never saw anything like
/// it.⏎Ann Ruiz, harbour historian, on the storm."`. The quotation ran to its line's end; the
/// next line opens with a name and a comma and ends with the closing mark.
pub(crate) fn line_signoff(after: &str) -> Option<Found> {
    let line = after.strip_prefix('\n')?;
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let line = line.trim_end();
    if !line.ends_with(['"', '”']) {
        return None;
    }
    let (rest, np) = noun_phrase(line).ok()?;
    (rest.starts_with(',') && mention_kind(np) == MentionKind::Name && np.contains(' ')).then(
        || Found {
            rule: Rule::DashSignoff,
            mention: span(after, np),
            cue: None,
        },
    )
}

/// `according to the RBC news website`
pub(crate) fn according_to(i: &str) -> IResult<&str, &str> {
    let (rest, (_, _, np)) = (
        tag_no_case("according to"),
        ws1,
        alt((noun_phrase, common_description)),
    )
        .parse(i)?;
    // `according to a speech Mrs. Clinton gave`: the words are the name's
    let mut words = np.split_whitespace();
    if let (Some(det), Some(noun)) = (words.next(), words.next()) {
        let said = [
            "speech",
            "statement",
            "interview",
            "letter",
            "memo",
            "post",
            "tweet",
        ]
        .contains(&noun);
        if said && lexicon::is_determiner(det) {
            let after = &np[np.offset(noun) + noun.len()..];
            let after = after.trim_start();
            if let Ok(("", name)) = noun_phrase(after) {
                if mention_kind(name) == MentionKind::Name {
                    return Ok((rest, name));
                }
            }
        }
    }
    Ok((rest, np))
}

/// The attribution that follows a closing mark, if any: the text `after` starts right after it.
pub(crate) fn after_quote(after: &str) -> Option<Found> {
    if let Ok((rest, np)) = dash_signoff(after) {
        let end_ok = rest
            .trim_start_matches([' ', '\t'])
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '\n' | '\r' | ',' | '.' | '('));
        if end_ok && mention_kind(np) == MentionKind::Name {
            return Some(Found {
                rule: Rule::DashSignoff,
                mention: span(after, np),
                cue: None,
            });
        }
    }
    if let Ok((_, (cue, np))) = came_from(after) {
        return Some(Found {
            rule: Rule::QuoteCueSpeaker,
            mention: span(after, np),
            cue: Some(span(after, cue)),
        });
    }
    // the grammars below need a reporting verb (or `put it`) somewhere after the mark: most
    // quotations' following words have none, and a word scan turns them away cheaply
    let any_cue = after
        .split(|c: char| !(crate::text::is_alnum(c) || matches!(c, '-' | '\'' | '’' | '.' | '&')))
        .map(crate::text::word_core)
        .any(|w| lexicon::cue(w).is_some() || matches!(w, "put" | "puts" | "pointed" | "points"));
    if !any_cue {
        return according_to_after(after);
    }
    if let Some(found) = after
        .contains(" quot")
        .then(|| quoted_as_saying(after))
        .flatten()
    {
        return Some(found);
    }
    // (`“sociopath,” said he doesn't believe …`: a pronoun after the cue that a clause follows
    // opens reported speech, it is no inverted speaker)
    if let Some((_, (cue, np))) = cue_then_speaker(after).ok().filter(|(tail, (_, np))| {
        let first = tail.split_whitespace().next().unwrap_or("");
        let first = first.trim_end_matches(['.', ',', ';']);
        !lexicon::is_pronoun(&np.to_ascii_lowercase())
            || !first.starts_with(|c: char| c.is_lowercase())
            || lexicon::is_preposition(first)
            || [
                "later",
                "earlier",
                "today",
                "yesterday",
                "tonight",
                "again",
                "then",
                "also",
                "afterwards",
                "recently",
                "once",
            ]
            .contains(&first)
    }) {
        return Some(Found {
            rule: Rule::QuoteCueSpeaker,
            mention: span(after, np),
            cue: Some(span(after, cue)),
        });
    }
    if let Ok((rest, (cue, np))) = speaker_then_cue(after) {
        // `“Q1.” Mr. Zahed said: “Q2”`: a cue before a colon introduces the next quotation
        if rest.trim_start_matches([' ', '\t']).starts_with(':') {
            return None;
        }
        return Some(Found {
            rule: Rule::QuoteSpeakerCue,
            mention: span(after, np),
            cue: Some(span(after, cue)),
        });
    }
    if let Some((np, cue)) = speaker_who_then_cue(after) {
        return Some(Found {
            rule: Rule::QuoteSpeakerCue,
            mention: span(after, np),
            cue: Some(span(after, cue)),
        });
    }
    let (r, _) = (ws0, opt(char(',')), ws0).parse(after).ok()?;
    // `“…,” as a Homeland Security memo put it.` / `as Cruz said on Monday`
    if let Ok((_, (_, _, np, _, cue))) = (
        tag_no_case("as"),
        ws1,
        alt((noun_phrase, common_description)),
        ws1,
        alt((tag("puts it"), tag("put it"), cue_phrase)),
    )
        .parse(r)
    {
        return Some(Found {
            rule: Rule::QuoteSpeakerCue,
            mention: span(after, np),
            cue: Some(span(after, cue)),
        });
    }
    according_to_after(after).or_else(|| {
        capitals_then_cue(r).map(|(np, cue)| Found {
            rule: Rule::QuoteSpeakerCue,
            mention: span(after, np),
            cue: Some(span(after, cue)),
        })
    })
}

/// `“Q,” an aide who worked for him said.` / `“Q,” a strategist who spoke on condition of
/// anonymity said.`: a speaker with a relative clause, and a reporting verb that ends the
/// sentence after it (time words aside). The clause has no punctuation and at most a dozen
/// words; the mention is the speaker's phrase before `who`.
fn speaker_who_then_cue(after: &str) -> Option<(&str, &str)> {
    let (r, _) = (ws0, opt(char(',')), ws0).parse(after).ok()?;
    let (np, mut rest) = [
        noun_phrase as fn(&str) -> IResult<&str, &str>,
        common_description,
    ]
    .iter()
    .find_map(|np| {
        let (r, np) = np(r).ok()?;
        let (r, _) = (ws1, tag("who"), ws1).parse(r).ok()?;
        Some((np, r))
    })?;
    for n in 0..12 {
        let (r, w) = word(rest).ok()?;
        // (time words may follow: `said on Tuesday.`)
        let closes = || {
            let tail = r.split(['.', ',', '\n']).next().unwrap_or("");
            tail.split_whitespace().count() <= 3
                && tail
                    .split_whitespace()
                    .all(|x| is_capitalised(x) || lexicon::with_lower(x, lexicon::is_adjunct))
        };
        if n > 0
            && !is_capitalised(w)
            && lexicon::cue(w).is_some_and(|c| c.class.quotes())
            && closes()
        {
            return Some((np, w));
        }
        rest = ws1(r).ok()?.0;
    }
    None
}

/// `“Q,” CBS This Morning co-Anchor DeMarco Morgan said.`: a run of capitalised words (a show's
/// name, a hyphenated title among them) the noun-phrase grammar stops inside, ending on a name
/// and a reporting verb that ends the clause.
fn capitals_then_cue(i: &str) -> Option<(&str, &str)> {
    let mut rest = i;
    let mut end = 0;
    for _ in 0..10 {
        // (`Fight for $15 organizing director Kendall Fells told …`)
        let (r, w) = word(rest.strip_prefix('$').unwrap_or(rest)).ok()?;
        let cue = lexicon::cue(w);
        if !is_capitalised(w) && cue.is_some_and(|c| c.class.quotes()) {
            let np = &i[..end];
            let after = r.trim_start_matches([' ', '\t']);
            let closes = after
                .chars()
                .next()
                .is_none_or(|c| matches!(c, '.' | ',' | '\n'))
                // `told Fox News 6 in Milwaukee.`: a listener, and the sentence ends
                || (cue.is_some_and(|c| c.object)
                    && after.starts_with(|c: char| c.is_uppercase())
                    && after
                        .split(['.', '\n'])
                        .next()
                        .is_some_and(|l| l.split_whitespace().count() <= 6 && !l.contains(',')));
            let last_two = np.split_whitespace().rev().take(2).all(is_capitalised);
            return (closes
                && !w.ends_with("ing")
                && last_two
                && np.split_whitespace().count() >= 2
                && mention_kind(np) == MentionKind::Name
                && name_part(np).is_some())
            .then_some((np, w));
        }
        // capitalised words, a hyphenated title, and lowercase words of a title (`for`,
        // `organizing director`) before the name
        let titled = is_capitalised(w)
            || (w.contains('-') && w.split('-').any(is_capitalised))
            || (end > 0
                && w.chars().all(|c| c.is_lowercase() || c.is_ascii_digit())
                && !lexicon::is_pronoun(w)
                && !crate::attribute::looks_like_verb(w)
                && !lexicon::is_determiner(w))
            || w.chars().all(|c| c.is_ascii_digit());
        if !titled {
            return None;
        }
        end = i.offset(r);
        rest = ws1(r).ok()?.0;
    }
    None
}

/// `“Q,” the RBK news website quoted Ms. Simonyan, the editor in chief, as saying.`: the one
/// quoted said it, not the one who quotes.
fn quoted_as_saying(after: &str) -> Option<Found> {
    let (r, _) = (ws0, opt(char(',')), ws0).parse(after).ok()?;
    let (r, _) = (
        alt((noun_phrase, common_description)),
        ws1,
        alt((tag("quoted"), tag("quotes"), tag("quoting"))),
        ws1,
    )
        .parse(r)
        .ok()?;
    let (rest, np) = noun_phrase(r).ok()?;
    // an apposition may stand between the name and `as saying`
    let tail = rest.find(" as saying")?;
    let between = &rest[..tail];
    let apposition_ok = between.is_empty()
        || (between.starts_with(',')
            && between.ends_with(',')
            && !between.contains(['.', '“', '"']));
    let cue = &rest[tail + 1..tail + " as saying".len()];
    apposition_ok.then(|| Found {
        rule: Rule::QuoteSpeakerCue,
        mention: span(after, np),
        cue: Some(span(after, cue)),
    })
}

/// `“…,” according to X`
fn according_to_after(after: &str) -> Option<Found> {
    let (r, _) = (ws0, opt(char(',')), ws0).parse(after).ok()?;
    let (_, np) = according_to(r).ok()?;
    let kw = &r[..r.len().min("according to".len())];
    Some(Found {
        rule: Rule::AccordingTo,
        mention: span(after, np),
        cue: Some(span(after, kw)),
    })
}

/// `“Q” if she loses, said David Wasserman, an analyst.`: a quotation that opens a sentence the
/// writer goes on with, attributed at the sentence's end. `rest` runs from the closing mark to
/// the end of the sentence; the attribution must end it (a closing apposition may follow).
pub(crate) fn trailing_attribution(rest: &str) -> Option<Found> {
    for (c, _) in rest.match_indices(',') {
        if rest[..c].contains(['“', '”', '"', '\n']) {
            break;
        }
        let at = &rest[c..];
        let found = if let Ok((tail, (cue, np))) = cue_then_speaker(at) {
            speaker_tail_ends(tail).then_some((Rule::QuoteCueSpeaker, cue, np))
        } else if let Ok((tail, (cue, np))) = speaker_then_cue(at) {
            // (`, she said later.`: the adjunct with the sentence's full stop)
            let first = tail
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches(['.', '!', '?']);
            let ends = speaker_tail_ends(tail)
                || lexicon::is_preposition(first)
                || lexicon::is_adjunct(first);
            ends.then_some((Rule::QuoteSpeakerCue, cue, np))
        } else {
            None
        };
        if let Some((rule, cue, np)) = found {
            return Some(Found {
                rule,
                mention: span(rest, np),
                cue: Some(span(rest, cue)),
            });
        }
    }
    None
}

/// What sort of speaker a noun phrase names.
pub(crate) fn mention_kind(np: &str) -> MentionKind {
    let mut words = np.split_whitespace();
    let Some(last) = words.next_back() else {
        return MentionKind::Description;
    };
    let before_last = words.clone().next_back();
    // (`his`, `her`: a possessive pronoun, where a noun for words is its owner's)
    if before_last.is_none()
        && (lexicon::is_pronoun(last) || ["his", "her"].contains(&last.to_lowercase().as_str()))
    {
        return MentionKind::Pronoun;
    }
    // `people close to Clinton`, `a source familiar with Mr. Trump's plans`: the head is the
    // common noun before the postmodifier, not the name inside it
    // (a byte test first: the words must follow a space)
    let maybe = np
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b' ' && matches!(w[1], b'c' | b'f' | b'b'));
    if maybe {
        let (mut w0, mut w1) = ("", "");
        for w2 in np.split_whitespace() {
            if lexicon::restricts_source(w1, w2)
                && !w0.is_empty()
                && (!is_capitalised(w0) || lexicon::with_lower(w0, lexicon::is_role))
            {
                return MentionKind::Description;
            }
            (w0, w1) = (w1, w2);
        }
    }
    // `Half of Vermont Democrats`, `Most of the Senate`: a share of a group is no name
    let mut all = np.split_whitespace();
    if let (Some(first), Some("of")) = (all.next(), all.next()) {
        if [
            "half",
            "most",
            "many",
            "some",
            "all",
            "none",
            "few",
            "several",
            "majority",
            "majorities",
            "two-thirds",
            "third",
            "quarter",
            "much",
        ]
        .iter()
        .any(|q| first.eq_ignore_ascii_case(q))
        {
            return MentionKind::Description;
        }
    }
    // `Ross Eisenbrey of the Economic Policy Institute`, `Cameron Easley for Morning Consult`:
    // a full name before `of` or `for` is the speaker, the organisation after it their employer
    for link in ["of", "for"] {
        if let Some(k) = find_link(np, link) {
            let head: Vec<&str> = np[..k].split_whitespace().collect();
            let name_like = head.len() >= 2
                && head.iter().all(|w| is_capitalised(w) && !is_acronym(w))
                && head.last().is_some_and(|w| {
                    !lexicon::is_role(w) && !lexicon::is_org(w) && !is_possessive(w)
                })
                // a title with its dot may open it: `Mr. Burman of the Tax Policy Center`
                && (!lexicon::is_role(head[0]) || head[0].ends_with('.'));
            // `political scientist Alan Whitfield of Eastport State University`: a lowercase
            // description, then a full name (not `a lawyer for John Smith of …`)
            let run = head
                .iter()
                .rev()
                .take_while(|w| {
                    is_capitalised(w)
                        && !is_acronym(w)
                        && !lexicon::is_role(w)
                        && !lexicon::is_org(w)
                        && !is_possessive(w)
                })
                .count();
            let described_name = run >= 2 && run < head.len() && {
                let before = head[head.len() - run - 1];
                (before.chars().all(|c| c.is_lowercase() || c == '-')
                    || lexicon::with_lower(before, lexicon::is_role))
                    && !lexicon::is_preposition(before)
                    && !lexicon::is_determiner(before)
                    && !["and", "or", "by", "with"].contains(&before)
            };
            if name_like || described_name {
                return MentionKind::Name;
            }
        }
    }
    // `the secretary of state`, `the chief of staff`: a role and its field is a person
    let role_of_field = !is_capitalised(last)
        && rfind_link(np, "of")
            .and_then(|k| np[..k].split_whitespace().next_back())
            .is_some_and(lexicon::is_role);
    // `the American Federation of Teachers`, `the Department of Justice`, `the Center for
    // Responsive Politics`: a body and its field (not `Bank of America CEO Brian Moynihan`: a
    // role after it names a person)
    let first_link = match (find_link(np, "of"), find_link(np, "for")) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let body_of_field = first_link.is_some_and(|k| {
        np[..k]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| lexicon::with_lower(w, lexicon::is_org))
            && !np[k..]
                .split_whitespace()
                .any(|w| lexicon::with_lower(w, lexicon::is_role))
    });
    if ((lexicon::is_org(strip_possessive(last)) || is_acronym(last)) && !role_of_field)
        || body_of_field
    {
        return MentionKind::Organisation;
    }

    if is_capitalised(last) && !lexicon::is_role(last) && !is_possessive(last) {
        return MentionKind::Name;
    }
    // `Charlie King`, `Carol Bishop`: a title that is also a surname, after a given name
    let surname_title = ["King", "Prince", "Bishop", "Judge", "Marshal", "Sheriff"].contains(&last);
    if surname_title
        && before_last.is_some_and(|w| {
            is_capitalised(w) && !lexicon::is_role(w) && !lexicon::is_capital_stopword(w)
        })
    {
        return MentionKind::Name;
    }
    MentionKind::Description
}

/// Where ` link ` stands in `np` (the offset of the space before it), first or last: what
/// `np.find(" of ")` gives, without building a substring searcher for a short phrase.
fn find_link(np: &str, link: &str) -> Option<usize> {
    memchr::memchr_iter(b' ', np.as_bytes()).find(|&k| link_at(np, k, link))
}

/// The last ` link ` in `np`, as [`find_link`].
fn rfind_link(np: &str, link: &str) -> Option<usize> {
    memchr::memrchr_iter(b' ', np.as_bytes()).find(|&k| link_at(np, k, link))
}

fn link_at(np: &str, space: usize, link: &str) -> bool {
    let b = np.as_bytes();
    b[space + 1..].starts_with(link.as_bytes()) && b.get(space + 1 + link.len()) == Some(&b' ')
}

/// `aides to Hillary Clinton`, `26 percent of Democrats`, `the former CEO of Hewlett-Packard`,
/// `the campaign of the former senator from Pennsylvania`: a common head (or a role with a short
/// field) and a phrase attached to it. The name inside the phrase belongs to someone else than
/// the speaker; `Secretary of State John Kerry` (a title, its field and a name) is a name.
pub(crate) fn head_before_link(np: &str) -> bool {
    // (a byte test first: most names hold no lowercase word that could be a link)
    let maybe = np
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b' ' && matches!(w[1], b'o' | b't' | b'f' | b'a' | b'w'));
    if !maybe {
        return false;
    }
    let words: Vec<&str> = np.split_whitespace().collect();
    // (`a count by the Harbour Gazette`: the agent after `by` stands for the finding's source)
    let Some(k) = words
        .iter()
        .position(|w| ["of", "to", "for", "from", "at", "with", "among"].contains(w))
    else {
        return false;
    };
    let Some(&head) = k.checked_sub(1).map(|h| &words[h]) else {
        return false;
    };
    // (`Ferry Workers for Fair Pay organizing director Tom Okafor`: a role in lowercase right
    // before the closing name introduces the speaker; `aides to Mayor Ida Brandt` is not so)
    let run = words
        .iter()
        .rev()
        .take_while(|w| is_capitalised(w) && !lexicon::with_lower(w, lexicon::is_role))
        .count();
    if run >= 1 && run < words.len() && {
        let before = words[words.len() - run - 1];
        before.chars().all(char::is_lowercase) && lexicon::is_role(before)
    } {
        return false;
    }
    let common = head.chars().all(|c| c.is_lowercase() || c == '-')
        && !lexicon::is_determiner(head)
        && !lexicon::is_preposition(head)
        && !lexicon::is_name_particle(head);
    // (`Aides to Mayor Ida Brandt` opening a sentence: a plural role in capitals is a group too)
    if common || lexicon::is_lowercase_role_plural(&head.to_lowercase()) {
        return true;
    }
    // a role in capitals: `CEO of Hewlett-Packard`, `Spokesman for Donald Trump`, not
    // `Secretary of Defense Ash Carter` (a field of one word or two, after its article)
    let field = &words[k + 1..];
    let field = match field.first() {
        Some(d) if lexicon::is_determiner(d) => &field[1..],
        _ => field,
    };
    lexicon::with_lower(head, lexicon::is_role) && !field.is_empty() && field.len() <= 2
}

/// The proper name at the end of a name mention: `Dmitry Peskov` in `Kremlin spokesman Dmitry
/// Peskov`. Relative to `np`.
pub(crate) fn name_part(np: &str) -> Option<Range<usize>> {
    if mention_kind(np) != MentionKind::Name {
        return None;
    }
    // `Donald Hartley of Madison`, `Cameron Easley for Morning Consult`: the name stands before
    // a place or an employer introduced by `of` or `for` (unless a role stands before the last
    // name: `Fight for $15 organizing director Kendall Fells`)
    let role_before_last = {
        let words: Vec<&str> = np.split_whitespace().collect();
        let run = words
            .iter()
            .rev()
            .take_while(|w| is_capitalised(w) && !lexicon::is_role(w))
            .count();
        run >= 2 && run < words.len() && lexicon::is_role(words[words.len() - run - 1])
    };
    if let Some(of) = find_link(np, "of")
        .or_else(|| find_link(np, "for"))
        .filter(|_| !role_before_last)
    {
        let head = &np[..of];
        let last = head.split_whitespace().last().unwrap_or("");
        if is_capitalised(last)
            && !lexicon::is_role(last)
            && mention_kind(head) == MentionKind::Name
        {
            return name_part(head);
        }
    }
    let mut start = np.len();
    for w in np.split_whitespace().rev() {
        // `w` is a sub-slice of `np`: its offset is pointer arithmetic
        let i = np.offset(w);
        // `Democrat Hillary Clinton`, `Republican Donald Trump`: a party is no part of a name
        let title = lexicon::is_role(w)
            || ["Democrat", "Republican", "Democratic", "GOP", "Libertarian"].contains(&w);
        let particle = lexicon::is_name_particle(w) && start < np.len();
        if (!is_capitalised(w) && !particle)
            || title
            || is_possessive(w)
            || lexicon::is_determiner(w)
        {
            break;
        }
        start = i;
    }
    (start < np.len()).then_some(start..np.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(s: &str) -> Option<(Rule, String, Option<String>)> {
        after_quote(s).map(|f| {
            (
                f.rule,
                s[f.mention].to_string(),
                f.cue.map(|c| s[c].to_string()),
            )
        })
    }

    #[test]
    fn words_take_inner_joiners_only_before_a_letter_or_digit() {
        let w = |s| word(s).map(|(rest, w)| (w, rest)).ok();
        assert_eq!(w("U.S. ties"), Some(("U.S", ". ties")));
        assert_eq!(w("Belarus’s plan"), Some(("Belarus’s", " plan")));
        assert_eq!(w("post-Soviet-era,"), Some(("post-Soviet-era", ",")));
        assert_eq!(w("Zoë's"), Some(("Zoë's", "")));
        assert_eq!(w("AT&T"), Some(("AT&T", "")));
        assert_eq!(w("end- of"), Some(("end", "- of")));
        assert_eq!(w("-a"), None);
        assert_eq!(w(""), None);
        assert_eq!(w("über."), Some(("über", ".")));
    }

    #[test]
    fn noun_phrases_with_roles_and_titles() {
        assert_eq!(
            noun_phrase("Kremlin spokesman Dmitry Peskov told")
                .unwrap()
                .1,
            "Kremlin spokesman Dmitry Peskov"
        );
        assert_eq!(
            noun_phrase("Sen. Elizabeth Warren said").unwrap().1,
            "Sen. Elizabeth Warren"
        );
        assert_eq!(
            noun_phrase("the Belarusian leader said").unwrap().1,
            "the Belarusian leader"
        );
        assert_eq!(
            noun_phrase("Secretary of State John Kerry said").unwrap().1,
            "Secretary of State John Kerry"
        );
        assert_eq!(noun_phrase("he said").unwrap().1, "he");
    }

    #[test]
    fn after_quote_patterns() {
        // a shout or an answer that came from someone
        assert_eq!(
            after(" came shouts from the crowd."),
            Some((
                Rule::QuoteCueSpeaker,
                "the crowd".into(),
                Some("came shouts from".into())
            ))
        );
        assert_eq!(
            after(" came the reply from Mayor Ida Brandt."),
            Some((
                Rule::QuoteCueSpeaker,
                "Mayor Ida Brandt".into(),
                Some("came the reply from".into())
            ))
        );
        // a description whose place in print follows (`in the journal`) is still the speaker
        assert_eq!(
            after(" concluded a 2013 article in the journal Nature."),
            Some((
                Rule::QuoteCueSpeaker,
                "a 2013 article".into(),
                Some("concluded".into())
            ))
        );
        assert_eq!(
            after(",” said Peskov."),
            None,
            "the closing mark is not part of the input"
        );
        assert_eq!(
            after(" said Peskov."),
            Some((Rule::QuoteCueSpeaker, "Peskov".into(), Some("said".into())))
        );
        assert_eq!(
            after(" Lukashenko told officials."),
            Some((
                Rule::QuoteSpeakerCue,
                "Lukashenko".into(),
                Some("told officials".into())
            ))
        );
        assert_eq!(
            after(" he said in a televised interview."),
            Some((Rule::QuoteSpeakerCue, "he".into(), Some("said".into())))
        );
        assert_eq!(
            after(" — Commissioner Geoffrey Starks\n"),
            Some((
                Rule::DashSignoff,
                "Commissioner Geoffrey Starks".into(),
                None
            ))
        );
        assert_eq!(after(" the weather turned."), None);
    }

    #[test]
    fn headlines_in_capitals_and_sentence_adverbs_are_not_speakers() {
        assert!(noun_phrase("HARBOUR TALKS COLLAPSE AGAIN said").is_err());
        assert_eq!(
            noun_phrase("NATO officials said").unwrap().1,
            "NATO officials"
        );
        assert!(!np_word_ok("Maybe"));
        assert_eq!(noun_phrase("Maybe Trump said").ok(), None);
    }

    #[test]
    fn kinds_and_names() {
        assert_eq!(mention_kind("the Kremlin"), MentionKind::Organisation);
        assert_eq!(
            mention_kind("Russia’s foreign ministry"),
            MentionKind::Organisation
        );
        assert_eq!(mention_kind("the EU"), MentionKind::Organisation);
        assert_eq!(mention_kind("a senior official"), MentionKind::Description);
        assert_eq!(mention_kind("Charlie King"), MentionKind::Name);
        assert_eq!(mention_kind("the King"), MentionKind::Description);
        let np = "Ross Eisenbrey of the Economic Policy Institute";
        assert_eq!(mention_kind(np), MentionKind::Name);
        assert_eq!(&np[name_part(np).unwrap()], "Ross Eisenbrey");
        assert_eq!(
            mention_kind("German Chancellor Angela Merkel"),
            MentionKind::Name
        );
        let np = "Kremlin spokesman Dmitry Peskov";
        assert_eq!(&np[name_part(np).unwrap()], "Dmitry Peskov");
        let np = "Foreign Minister Sergei Lavrov";
        assert_eq!(&np[name_part(np).unwrap()], "Sergei Lavrov");
        // a name inside a phrase attached to a common head is someone else's
        for np in [
            "aides to Mayor Ida Brandt",
            "Aides to Mayor Ida Brandt",
            "26 percent of Eastport Democrats",
            "the former CEO of Ruiz-Shipping",
            "the campaign of the former senator from Eastport",
            "a senior analyst at Harbor Capital",
        ] {
            assert!(head_before_link(np), "{np}");
        }
        for np in [
            "Ross Eisenbrey of the Economic Policy Institute",
            "Secretary of State Ida Brandt",
            "Ferry Workers for Fair Pay organizing director Tom Okafor",
            "a count by the Harbour Gazette",
            "Kremlin spokesman Dmitry Peskov",
        ] {
            assert!(!head_before_link(np), "{np}");
        }
        assert_eq!(
            mention_kind("the Center for Coastal Policy"),
            MentionKind::Organisation
        );
    }
}
