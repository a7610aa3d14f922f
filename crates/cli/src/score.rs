//! The accuracy metric of `../shared/eval/score.py`, reimplemented: the same normalisation,
//! tokens, one-to-one greedy alignment, speaker matching and counts, so `verbatim eval` and
//! `score.py` report the same figures. Per-rule figures and error lists come on top.

use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use unicode_normalization::UnicodeNormalization;

/// One quotation, gold or predicted.
#[derive(Debug, Clone, Default)]
pub struct Q {
    pub text: String,
    pub speaker: Option<String>,
    pub kind: Option<String>,
    /// predicted quotations only: the rule that fired
    pub rule: String,
}

fn map_char(c: char) -> char {
    match c {
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{00ab}' | '\u{00bb}'
        | '\u{2039}' | '\u{203a}' | '\u{2033}' | '\u{301d}' | '\u{301e}' | '\u{301f}'
        | '\u{ff02}' | '\u{275d}' | '\u{275e}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{0060}' | '\u{00b4}'
        | '\u{2032}' | '\u{02bc}' | '\u{02bb}' | '\u{ff07}' | '\u{275b}' | '\u{275c}' => '\'',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' | '\u{2043}' => '-',
        c => c,
    }
}

/// score.py's `normalize`: NFKC, marks unified, whitespace folded, lowercase, outer
/// punctuation and symbols stripped.
pub fn normalize(s: &str) -> String {
    let s: String = s.nfkc().map(map_char).collect();
    let s = s.replace("''", "\"");
    let s = s
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let strip = |c: char| c.is_whitespace() || !(c.is_alphanumeric() || c == '_');
    s.trim_matches(strip).to_string()
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// score.py's `tokens`: `\w+(?:'\w+)*`.
pub fn tokens(norm: &str) -> Vec<String> {
    let chars: Vec<char> = norm.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_word(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && is_word(chars[i]) {
            i += 1;
        }
        while i + 1 < chars.len() && chars[i] == '\'' && is_word(chars[i + 1]) {
            i += 1;
            while i < chars.len() && is_word(chars[i]) {
                i += 1;
            }
        }
        out.push(chars[start..i].iter().collect());
    }
    out
}

pub fn token_f1(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut count: HashMap<&str, i64> = HashMap::new();
    for t in a {
        *count.entry(t).or_default() += 1;
    }
    let mut common = 0;
    for t in b {
        if let Some(n) = count.get_mut(t.as_str()) {
            if *n > 0 {
                *n -= 1;
                common += 1;
            }
        }
    }
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / b.len() as f64;
    let r = common as f64 / a.len() as f64;
    2.0 * p * r / (p + r)
}

const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "messrs",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "rev",
    "reverend",
    "fr",
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "gov",
    "governor",
    "mayor",
    "judge",
    "justice",
    "chancellor",
    "ambassador",
    "general",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "captain",
    "sgt",
    "adm",
    "admiral",
    "cmdr",
    "commander",
    "chief",
    "chairman",
    "chairwoman",
    "chair",
    "speaker",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "sheikh",
    "imam",
    "rabbi",
    "hon",
    "honorable",
    "former",
    "deputy",
    "foreign",
    "defense",
    "defence",
    "attorney",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "the",
    "a",
    "an",
];

fn speaker_tokens(s: Option<&str>) -> Vec<String> {
    let Some(s) = s else { return Vec::new() };
    let norm = normalize(s);
    let mut toks: Vec<String> = Vec::new();
    let mut cur = String::new();
    for c in norm.chars().chain(std::iter::once(' ')) {
        if is_word(c) || c == '\'' {
            cur.push(c);
        } else if !cur.is_empty() {
            let t = cur.trim_matches('\'').to_string();
            if !t.is_empty() {
                toks.push(t);
            }
            cur.clear();
        }
    }
    while toks.len() > 1 && TITLES.contains(&toks[0].as_str()) {
        toks.remove(0);
    }
    toks
}

/// score.py's `speaker_match`.
pub fn speaker_match(
    gold: Option<&str>,
    pred: Option<&str>,
    strict: bool,
    ignore_middle: bool,
) -> bool {
    let (g, p) = (speaker_tokens(gold), speaker_tokens(pred));
    if g.is_empty() || p.is_empty() {
        return false;
    }
    if g == p {
        return true;
    }
    if strict {
        return false;
    }
    let n = g.len().min(p.len());
    if g[g.len() - n..] == p[p.len() - n..] {
        return true;
    }
    ignore_middle
        && g.len() >= 2
        && p.len() >= 2
        && g[0] == p[0]
        && g[g.len() - 1] == p[p.len() - 1]
}

/// One-to-one greedy alignment by token F1: (gold index, pred index, f1, strictly equal).
pub fn align(gold: &[Q], pred: &[Q]) -> Vec<(usize, usize, f64, bool)> {
    let gn: Vec<String> = gold.iter().map(|q| normalize(&q.text)).collect();
    let pn: Vec<String> = pred.iter().map(|q| normalize(&q.text)).collect();
    let gt: Vec<Vec<String>> = gn.iter().map(|n| tokens(n)).collect();
    let pt: Vec<Vec<String>> = pn.iter().map(|n| tokens(n)).collect();
    let mut cands = Vec::new();
    for gi in 0..gold.len() {
        for pi in 0..pred.len() {
            let eq = gn[gi] == pn[pi] && !gn[gi].is_empty();
            let f1 = if eq { 1.0 } else { token_f1(&gt[gi], &pt[pi]) };
            if f1 > 0.0 {
                let spk = speaker_match(
                    gold[gi].speaker.as_deref(),
                    pred[pi].speaker.as_deref(),
                    false,
                    false,
                );
                cands.push((-f1, !eq, !spk, gi, pi, f1, eq));
            }
        }
    }
    cands.sort_by(|a, b| a.partial_cmp(b).expect("no NaN"));
    let (mut ug, mut up) = (HashSet::new(), HashSet::new());
    let mut out = Vec::new();
    for (_, _, _, gi, pi, f1, eq) in cands {
        if ug.contains(&gi) || up.contains(&pi) {
            continue;
        }
        ug.insert(gi);
        up.insert(pi);
        out.push((gi, pi, f1, eq));
    }
    out
}

/// Precision, recall, F1 and counts.
#[derive(Debug, Clone, Copy, Serialize, Default)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub tp: usize,
    pub pred: usize,
    pub gold: usize,
}

fn prf(tp: usize, np: usize, ng: usize) -> Prf {
    let p = if np > 0 { tp as f64 / np as f64 } else { 0.0 };
    let r = if ng > 0 { tp as f64 / ng as f64 } else { 0.0 };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    Prf {
        precision: p,
        recall: r,
        f1: f,
        tp,
        pred: np,
        gold: ng,
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct KindRecall {
    pub gold: usize,
    pub recall_strict: f64,
    pub recall_lenient: f64,
    pub e2e_tp: usize,
}

/// Precision of the predictions of one rule: how many of them matched a gold quotation
/// (lenient) and how many of those had the right speaker.
#[derive(Debug, Clone, Serialize, Default)]
pub struct RuleScore {
    pub pred: usize,
    pub detected: usize,
    pub speaker_right: usize,
    pub precision: f64,
    /// Share of the scored gold quotations that this rule's predictions found.
    pub recall: f64,
    pub speaker_accuracy: f64,
}

/// One error for `--errors`.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorItem {
    pub article: String,
    pub what: &'static str,
    pub text: String,
    pub gold_speaker: Option<String>,
    pub pred_speaker: Option<String>,
    pub rule: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub articles: usize,
    pub kinds: Option<Vec<String>>,
    pub detection_strict: Prf,
    pub detection_lenient: Prf,
    pub speaker_accuracy_lenient: f64,
    pub speaker_accuracy_strict: f64,
    pub speaker_pairs: usize,
    pub end_to_end: Prf,
    pub neutral_predictions: usize,
    pub recall_by_kind: BTreeMap<String, KindRecall>,
    pub by_rule: BTreeMap<String, RuleScore>,
    /// How far the figures move when other articles like these are scored (`--bootstrap`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bootstrap: Option<Spread>,
    /// Each article's counts, in the gold file's order (what `bootstrap` resamples).
    #[serde(skip)]
    pub per_article: Vec<ArticleCounts>,
    #[serde(skip)]
    pub errors: Vec<ErrorItem>,
}

/// The 5th, 50th and 95th percentiles of the three headline figures over resamples of the gold
/// file's articles (drawn with replacement, `sample` articles each): the range a figure is
/// likely to fall in on another set of articles like these, and whether a change moved it by
/// more than the articles' own variation.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Spread {
    pub resamples: usize,
    /// articles in each resample
    pub sample: usize,
    pub detection_lenient_f1: [f64; 3],
    pub end_to_end_f1: [f64; 3],
    pub speaker_accuracy: [f64; 3],
}

/// What one article adds to the headline figures: detection (TP, predicted, gold), end to end
/// (TP, predicted, gold with a speaker) and speaker pairs; the speaker is right in a pair
/// exactly when the pair is an end-to-end TP.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ArticleCounts {
    pub detection: [usize; 3],
    pub end_to_end: [usize; 3],
    pub speaker_pairs: usize,
}

/// `resamples` draws of `sample` articles with replacement from `counts`, by a fixed-seed
/// generator (splitmix64): the same input gives the same percentiles on every run and machine.
pub fn bootstrap(counts: &[ArticleCounts], resamples: usize, sample: usize) -> Option<Spread> {
    if counts.is_empty() || resamples == 0 || sample == 0 {
        return None;
    }
    let mut state: u64 = 0x5eed_0fab_5eed;
    let mut next = || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    let n = counts.len() as u128;
    let (mut det, mut e2e, mut spk) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..resamples {
        let mut sum = ArticleCounts::default();
        for _ in 0..sample {
            // (the index is the high half of a 128-bit product: no division, no modulo bias)
            let a = &counts[((u128::from(next()) * n) >> 64) as usize];
            for k in 0..3 {
                sum.detection[k] += a.detection[k];
                sum.end_to_end[k] += a.end_to_end[k];
            }
            sum.speaker_pairs += a.speaker_pairs;
        }
        let [tp, np, ng] = sum.detection;
        det.push(prf(tp, np, ng).f1);
        let [tp, np, ng] = sum.end_to_end;
        e2e.push(prf(tp, np, ng).f1);
        spk.push(if sum.speaker_pairs > 0 {
            tp as f64 / sum.speaker_pairs as f64
        } else {
            0.0
        });
    }
    let percentiles = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        [0.05, 0.5, 0.95].map(|q| v[((v.len() - 1) as f64 * q).round() as usize])
    };
    Some(Spread {
        resamples,
        sample,
        detection_lenient_f1: percentiles(&mut det),
        end_to_end_f1: percentiles(&mut e2e),
        speaker_accuracy: percentiles(&mut spk),
    })
}

/// Scores predictions against gold, article by article, as score.py does.
pub fn score(
    gold: &[(String, Vec<Q>)],
    pred: &HashMap<String, Vec<Q>>,
    kinds: Option<&HashSet<String>>,
    ignore_middle: bool,
) -> Report {
    const T: f64 = 0.5;
    let kind_of = |q: &Q| q.kind.clone().unwrap_or_else(|| "null".into());
    let mut c: HashMap<&str, usize> = HashMap::new();
    // per gold kind: gold, strict TP, lenient TP, end-to-end TP
    let mut by_kind: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    let mut by_rule: BTreeMap<String, RuleScore> = BTreeMap::new();
    let mut errors = Vec::new();
    let empty = Vec::new();
    // the counters an article's figures come from, read before and after it
    let headline = |c: &HashMap<&str, usize>| {
        let g = |k: &str| c.get(k).copied().unwrap_or(0);
        ArticleCounts {
            detection: [g("tp_lenient"), g("pred"), g("gold")],
            end_to_end: [g("e2e_tp"), g("e2e_pred"), g("gold_spk")],
            speaker_pairs: g("spk_pairs"),
        }
    };
    let mut per_article = Vec::with_capacity(gold.len());
    for (id, all) in gold {
        let before = headline(&c);
        let pqs = pred.get(id).unwrap_or(&empty);
        let (keep, excl): (Vec<Q>, Vec<Q>) = match kinds {
            None => (all.clone(), Vec::new()),
            Some(k) => all.iter().cloned().partition(|q| k.contains(&kind_of(q))),
        };
        let pairs = align(&keep, pqs);
        let aligned: HashSet<usize> = pairs.iter().filter(|p| p.2 >= T).map(|p| p.1).collect();
        let mut neutral = HashSet::new();
        if !excl.is_empty() {
            let en: Vec<String> = excl.iter().map(|q| normalize(&q.text)).collect();
            let et: Vec<Vec<String>> = en.iter().map(|n| tokens(n)).collect();
            for (pi, q) in pqs.iter().enumerate() {
                if aligned.contains(&pi) {
                    continue;
                }
                let pn = normalize(&q.text);
                let ptk = tokens(&pn);
                if (0..excl.len())
                    .any(|k| (pn == en[k] && !pn.is_empty()) || token_f1(&et[k], &ptk) >= T)
                {
                    neutral.insert(pi);
                }
            }
        }
        let n_pred = pqs.len() - neutral.len();
        *c.entry("gold").or_default() += keep.len();
        *c.entry("pred").or_default() += n_pred;
        *c.entry("neutral").or_default() += neutral.len();
        *c.entry("gold_spk").or_default() += keep.iter().filter(|q| q.speaker.is_some()).count();
        for q in &keep {
            by_kind.entry(kind_of(q)).or_default()[0] += 1;
        }
        let mut on_null = 0;
        let mut matched_gold = HashSet::new();
        for (pi, q) in pqs.iter().enumerate() {
            if !neutral.contains(&pi) {
                by_rule
                    .entry(if q.rule.is_empty() {
                        "(none)".into()
                    } else {
                        q.rule.clone()
                    })
                    .or_default()
                    .pred += 1;
            }
        }
        for &(gi, pi, f1, eq) in &pairs {
            let (g, p) = (&keep[gi], &pqs[pi]);
            let k = kind_of(g);
            let rule = if p.rule.is_empty() {
                "(none)".to_string()
            } else {
                p.rule.clone()
            };
            if eq {
                *c.entry("tp_strict").or_default() += 1;
                by_kind.entry(k.clone()).or_default()[1] += 1;
            }
            if f1 < T {
                continue;
            }
            matched_gold.insert(gi);
            *c.entry("tp_lenient").or_default() += 1;
            by_kind.entry(k.clone()).or_default()[2] += 1;
            by_rule.entry(rule.clone()).or_default().detected += 1;
            if g.speaker.is_none() {
                on_null += 1;
                continue;
            }
            *c.entry("spk_pairs").or_default() += 1;
            if speaker_match(
                g.speaker.as_deref(),
                p.speaker.as_deref(),
                false,
                ignore_middle,
            ) {
                *c.entry("spk_lenient").or_default() += 1;
                *c.entry("e2e_tp").or_default() += 1;
                by_kind.entry(k.clone()).or_default()[3] += 1;
                by_rule.entry(rule).or_default().speaker_right += 1;
            } else {
                errors.push(ErrorItem {
                    article: id.clone(),
                    what: "wrong speaker",
                    text: g.text.clone(),
                    gold_speaker: g.speaker.clone(),
                    pred_speaker: p.speaker.clone(),
                    rule,
                });
            }
            if speaker_match(g.speaker.as_deref(), p.speaker.as_deref(), true, false) {
                *c.entry("spk_strict").or_default() += 1;
            }
        }
        for (gi, g) in keep.iter().enumerate() {
            if !matched_gold.contains(&gi) {
                errors.push(ErrorItem {
                    article: id.clone(),
                    what: "missed",
                    text: g.text.clone(),
                    gold_speaker: g.speaker.clone(),
                    pred_speaker: None,
                    rule: String::new(),
                });
            }
        }
        for (pi, p) in pqs.iter().enumerate() {
            if !aligned.contains(&pi) && !neutral.contains(&pi) {
                errors.push(ErrorItem {
                    article: id.clone(),
                    what: "false alarm",
                    text: p.text.clone(),
                    gold_speaker: None,
                    pred_speaker: p.speaker.clone(),
                    rule: p.rule.clone(),
                });
            }
        }
        *c.entry("e2e_pred").or_default() += n_pred - on_null;
        let after = headline(&c);
        per_article.push(ArticleCounts {
            detection: std::array::from_fn(|k| after.detection[k] - before.detection[k]),
            end_to_end: std::array::from_fn(|k| after.end_to_end[k] - before.end_to_end[k]),
            speaker_pairs: after.speaker_pairs - before.speaker_pairs,
        });
    }
    let g = |k: &str| c.get(k).copied().unwrap_or(0);
    let spk_pairs = g("spk_pairs");
    let gold_total = g("gold");
    for r in by_rule.values_mut() {
        r.precision = if r.pred > 0 {
            r.detected as f64 / r.pred as f64
        } else {
            0.0
        };
        r.recall = if gold_total > 0 {
            r.detected as f64 / gold_total as f64
        } else {
            0.0
        };
        r.speaker_accuracy = if r.detected > 0 {
            r.speaker_right as f64 / r.detected as f64
        } else {
            0.0
        };
    }
    Report {
        articles: gold.len(),
        kinds: kinds.map(|k| {
            let mut v: Vec<String> = k.iter().cloned().collect();
            v.sort();
            v
        }),
        detection_strict: prf(g("tp_strict"), g("pred"), g("gold")),
        detection_lenient: prf(g("tp_lenient"), g("pred"), g("gold")),
        speaker_accuracy_lenient: if spk_pairs > 0 {
            g("spk_lenient") as f64 / spk_pairs as f64
        } else {
            0.0
        },
        speaker_accuracy_strict: if spk_pairs > 0 {
            g("spk_strict") as f64 / spk_pairs as f64
        } else {
            0.0
        },
        speaker_pairs: spk_pairs,
        end_to_end: prf(g("e2e_tp"), g("e2e_pred"), g("gold_spk")),
        neutral_predictions: g("neutral"),
        recall_by_kind: by_kind
            .into_iter()
            .map(|(k, v)| {
                let frac = |x: usize| {
                    if v[0] > 0 {
                        x as f64 / v[0] as f64
                    } else {
                        0.0
                    }
                };
                (
                    k,
                    KindRecall {
                        gold: v[0],
                        recall_strict: frac(v[1]),
                        recall_lenient: frac(v[2]),
                        e2e_tp: v[3],
                    },
                )
            })
            .collect(),
        by_rule,
        bootstrap: None,
        per_article,
        errors,
    }
}

/// score.py's table, then the per-rule figures.
pub fn format(r: &Report) -> String {
    let mut s = String::new();
    s += &format!(
        "articles={}  kinds={}  gold={}  pred={}  (neutral preds={})\n",
        r.articles,
        r.kinds.as_ref().map_or("all".to_string(), |k| k.join(",")),
        r.detection_lenient.gold,
        r.detection_lenient.pred,
        r.neutral_predictions
    );
    s += &format!("{:<20} {:>7} {:>7} {:>7} {:>7}\n", "", "P", "R", "F1", "TP");
    for (name, m) in [
        ("detection strict", r.detection_strict),
        ("detection lenient", r.detection_lenient),
        ("end-to-end", r.end_to_end),
    ] {
        s += &format!(
            "{:<20} {:>7.3} {:>7.3} {:>7.3} {:>7}\n",
            name, m.precision, m.recall, m.f1, m.tp
        );
    }
    s += &format!(
        "speaker accuracy     lenient {:.3}  strict {:.3}  (over {} matched pairs with gold speaker)\n",
        r.speaker_accuracy_lenient, r.speaker_accuracy_strict, r.speaker_pairs
    );
    s += "recall by kind: ";
    for (k, v) in &r.recall_by_kind {
        s += &format!(
            " {k} {}: strict {:.3} lenient {:.3}",
            v.gold, v.recall_strict, v.recall_lenient
        );
    }
    s += "\n\nby rule (predictions not neutral)     pred  detected  precision  recall  speaker-acc\n";
    for (rule, v) in &r.by_rule {
        s += &format!(
            "  {:<34} {:>5} {:>9} {:>10.3} {:>7.3} {:>12.3}\n",
            rule, v.pred, v.detected, v.precision, v.recall, v.speaker_accuracy
        );
    }
    if let Some(b) = &r.bootstrap {
        s += &format!(
            "\nbootstrap: {} resamples of {} articles drawn with replacement\n  {:<36} {:>7} {:>7} {:>7}\n",
            b.resamples, b.sample, "percentile", "5%", "50%", "95%"
        );
        for (name, v) in [
            ("detection lenient F1", b.detection_lenient_f1),
            ("end-to-end F1", b.end_to_end_f1),
            ("speaker accuracy", b.speaker_accuracy),
        ] {
            s += &format!("  {:<36} {:>7.3} {:>7.3} {:>7.3}\n", name, v[0], v[1], v[2]);
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_and_tokens_match_score_py() {
        assert_eq!(
            normalize("  \u{201c}It\u{2019}s  a\u{2014}Test,\u{201d} "),
            "it's a-test"
        );
        assert_eq!(normalize("\u{ff21}\u{fb01}"), "afi");
        assert_eq!(normalize("''Hi,'' he"), "hi,\" he");
        assert_eq!(
            tokens(&normalize("Don\u{2019}t stop \u{2014} now!")),
            ["don't", "stop", "now"]
        );
        assert!((token_f1(&tokens("a b c d"), &tokens("a b")) - 0.6667).abs() < 1e-4);
    }

    #[test]
    fn an_articles_counts_add_up_to_the_totals() {
        let q = |text: &str, speaker: &str| Q {
            text: text.into(),
            speaker: Some(speaker.into()).filter(|s: &String| !s.is_empty()),
            kind: Some("direct".into()),
            rule: String::new(),
        };
        let gold = vec![
            (
                "a".to_string(),
                vec![q("we will win this", "Ann Lee"), q("not today", "Bo Ray")],
            ),
            (
                "b".to_string(),
                vec![q("the harbour stays open", "Cy Park")],
            ),
        ];
        let pred: HashMap<String, Vec<Q>> = [
            (
                "a".to_string(),
                vec![q("we will win this", "Lee"), q("a stray remark", "")],
            ),
            (
                "b".to_string(),
                vec![q("the harbour stays open", "Di Moss")],
            ),
        ]
        .into_iter()
        .collect();
        let r = score(&gold, &pred, None, false);
        assert_eq!(r.per_article.len(), 2);
        let [a, b] = [r.per_article[0], r.per_article[1]];
        assert_eq!(a.detection, [1, 2, 2]);
        assert_eq!(a.end_to_end, [1, 2, 2]);
        assert_eq!(b.detection, [1, 1, 1]);
        assert_eq!(b.end_to_end, [0, 1, 1]);
        let d = r.detection_lenient;
        assert_eq!([d.tp, d.pred, d.gold], [2, 3, 3]);
        assert_eq!(r.speaker_pairs, a.speaker_pairs + b.speaker_pairs);
    }

    #[test]
    fn bootstrap_percentiles_come_from_the_articles_counts() {
        let perfect = ArticleCounts {
            detection: [4, 4, 4],
            end_to_end: [3, 4, 4],
            speaker_pairs: 4,
        };
        let missed = ArticleCounts {
            detection: [0, 2, 4],
            end_to_end: [0, 2, 4],
            speaker_pairs: 0,
        };
        // articles all alike: no spread, and the figures are the articles' own
        let same = bootstrap(&[perfect; 5], 50, 5).unwrap();
        assert_eq!(same.detection_lenient_f1, [1.0; 3]);
        assert_eq!(same.end_to_end_f1, [0.75; 3]);
        assert_eq!(same.speaker_accuracy, [0.75; 3]);
        // one article per resample from a good and a bad one: both ends are reached
        let two = bootstrap(&[perfect, missed], 200, 1).unwrap();
        assert_eq!(two.detection_lenient_f1[0], 0.0);
        assert_eq!(two.detection_lenient_f1[2], 1.0);
        // larger resamples narrow the range around the pooled figure (8 detected of 10 and 8)
        let wide = bootstrap(&[perfect, missed], 500, 4).unwrap();
        let narrow = bootstrap(&[perfect, missed], 500, 400).unwrap();
        let width = |s: &Spread| s.detection_lenient_f1[2] - s.detection_lenient_f1[0];
        assert!(width(&narrow) < width(&wide) / 4.0, "{narrow:?} {wide:?}");
        assert!((narrow.detection_lenient_f1[1] - 2.0 * 4.0 / 14.0).abs() < 0.02);
        // the same draws on every run
        assert_eq!(
            bootstrap(&[perfect, missed], 300, 7),
            bootstrap(&[perfect, missed], 300, 7)
        );
        assert!(bootstrap(&[], 10, 10).is_none());
        assert!(bootstrap(&[perfect], 0, 10).is_none());
    }

    #[test]
    fn speakers_match_as_score_py_does() {
        assert!(speaker_match(
            Some("Vladimir Putin"),
            Some("President Vladimir Putin"),
            true,
            false
        ));
        assert!(speaker_match(
            Some("Sergei Lavrov"),
            Some("Lavrov"),
            false,
            false
        ));
        assert!(!speaker_match(
            Some("Sergei Lavrov"),
            Some("Sergei"),
            false,
            false
        ));
        assert!(!speaker_match(
            Some("Hillary Rodham Clinton"),
            Some("Hillary Clinton"),
            false,
            false
        ));
        assert!(speaker_match(
            Some("Donald J. Trump"),
            Some("Donald Trump"),
            false,
            true
        ));
        assert!(speaker_match(
            Some("the Kremlin"),
            Some("Kremlin"),
            true,
            false
        ));
        assert!(speaker_match(
            Some("Beto O\u{2019}Rourke"),
            Some("beto o'rourke"),
            true,
            false
        ));
    }
}
