//! `verbatim eval GOLD.jsonl`: run the extraction on the gold file's articles and score it with
//! the metric of score.py, plus per-rule precision and an error list.

use crate::extract::{Done, process};
use crate::input::Item;
use crate::score::{Q, bootstrap, format, score};
use anyhow::{Context, bail};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::ExitCode;
use verbatim_normalizer::Gazetteer;

/// Options of `verbatim eval`.
pub struct EvalArgs<'a> {
    pub gold: &'a Path,
    pub pred: Option<&'a Path>,
    pub kinds: Option<&'a str>,
    pub json: bool,
    pub errors: bool,
    pub ignore_middle_names: bool,
    /// resamples for the percentiles of the figures, and articles per resample
    pub bootstrap: Option<usize>,
    pub sample: Option<usize>,
}

fn quote(v: &serde_json::Value) -> Q {
    let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
    Q {
        text: s("text").unwrap_or_default(),
        speaker: s("speaker").filter(|x| !x.trim().is_empty()),
        kind: s("kind"),
        rule: String::new(),
    }
}

pub fn run(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let file = std::fs::File::open(args.gold)
        .with_context(|| format!("cannot read {}", args.gold.display()))?;
    let mut gold: Vec<(String, Vec<Q>)> = Vec::new();
    let mut items = Vec::new();
    let mut seen = HashSet::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("{}: line {}", args.gold.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line)
            .with_context(|| format!("{}: line {}: invalid JSON", args.gold.display(), n + 1))?;
        let Some(id) = v.get("id").and_then(|x| x.as_str()) else {
            bail!("{}: line {}: no id", args.gold.display(), n + 1)
        };
        if !seen.insert(id.to_string()) {
            bail!(
                "{}: line {}: duplicate id {id:?}",
                args.gold.display(),
                n + 1
            );
        }
        let text = v
            .get("text")
            .and_then(|x| x.as_str())
            .unwrap_or_default()
            .to_string();
        let date = v
            .pointer("/meta/date")
            .or_else(|| v.get("date"))
            .and_then(|x| x.as_str())
            .unwrap_or_default()
            .to_string();
        let quotes = v
            .get("quotes")
            .and_then(|x| x.as_array())
            .map(|a| a.iter().map(quote).collect())
            .unwrap_or_default();
        gold.push((id.to_string(), quotes));
        items.push(Item {
            id: id.to_string(),
            source: format!("{}:{}", args.gold.display(), n + 1),
            text,
            date,
            ..Item::default()
        });
    }
    let mut pred: HashMap<String, Vec<Q>> = HashMap::new();
    if let Some(path) = args.pred {
        let mut rdr = csv::Reader::from_path(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        for row in rdr.deserialize::<HashMap<String, String>>() {
            let row = row.with_context(|| format!("{}: bad row", path.display()))?;
            let get = |k: &str| row.get(k).cloned().unwrap_or_default();
            pred.entry(get("article_id")).or_default().push(Q {
                text: get("text"),
                speaker: Some(get("speaker")).filter(|s| !s.trim().is_empty()),
                kind: Some(get("kind")),
                rule: get("rule"),
            });
        }
        items.clear();
    }
    let gaz = Gazetteer::builtin();
    let done: Vec<Done> = items.into_par_iter().map(|it| process(&gaz, it)).collect();
    for d in &done {
        let qs = d
            .rows
            .iter()
            .zip(&d.speakers)
            .map(|(r, s)| Q {
                text: r.text.clone(),
                speaker: s.as_ref().map(|s| s.name.clone()),
                kind: Some(r.kind.to_string()),
                rule: r.rule.to_string(),
            })
            .collect();
        pred.insert(d.item.id.clone(), qs);
    }
    let kinds: Option<HashSet<String>> = args.kinds.map(|k| {
        k.split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    });
    let mut report = score(&gold, &pred, kinds.as_ref(), args.ignore_middle_names);
    if let Some(resamples) = args.bootstrap {
        let sample = args.sample.unwrap_or(gold.len());
        report.bootstrap = bootstrap(&report.per_article, resamples, sample);
        if report.bootstrap.is_none() {
            bail!("--bootstrap needs at least one resample of at least one article");
        }
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        write!(out, "{}", format(&report))?;
    }
    if args.errors {
        writeln!(out, "\nerrors ({}):", report.errors.len())?;
        for e in &report.errors {
            writeln!(
                out,
                "  {:13} {}  [{}]  gold: {}  ours: {}\n      {}",
                e.what,
                e.article,
                if e.rule.is_empty() { "-" } else { &e.rule },
                e.gold_speaker.as_deref().unwrap_or("-"),
                e.pred_speaker.as_deref().unwrap_or("-"),
                e.text
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
