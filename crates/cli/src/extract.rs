//! `verbatim extract`: the batch pipeline. Articles are read in order, parsed and resolved in
//! parallel a chunk at a time, and written in input order, so memory stays bounded by the
//! chunk and the bytes written do not depend on the number of threads.

use crate::input::{Fields, Item, Items};
use crate::{ExtractArgs, FormatArg};
use anyhow::Context;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;
use verbatim_export::{ArticleRow, Format, QuoteRow, SpeakerRow, TableWriter};
use verbatim_normalizer::{Gazetteer, Registry, Resolved, SpeakerKey, resolve_article};
use verbatim_parser::{Diagnostic, Parsed, parse};

/// Articles handed to the thread pool at once.
const CHUNK: usize = 256;

/// One article after parsing and per-article resolution.
pub(crate) struct Done {
    pub item: Item,
    chars: usize,
    /// What the parser recovered from (the `articles.csv` message).
    diagnostics: Vec<Diagnostic>,
    pub speakers: Vec<Option<Resolved>>,
    /// The quote rows, but for the run-wide `speaker_id` and `cluster_id`.
    pub rows: Vec<QuoteRow>,
    /// Registry key of each quotation's speaker.
    keys: Vec<Option<usize>>,
    /// The distinct registry keys of the article's speakers, which `keys` index.
    key_table: Vec<SpeakerKey>,
    /// Cluster key of each quotation.
    clusters: Vec<Option<u64>>,
}

/// Code-point offsets of sorted-or-not byte offsets, and the text's length in code points, in
/// one pass over the text.
fn char_offsets(text: &str, bytes: &[usize]) -> (Vec<usize>, usize) {
    let mut order: Vec<usize> = (0..bytes.len()).collect();
    order.sort_by_key(|&i| bytes[i]);
    let mut out = vec![0; bytes.len()];
    let (mut b, mut c) = (0usize, 0usize);
    for i in order {
        let target = bytes[i].min(text.len());
        c += text[b..target].chars().count();
        b = target;
        out[i] = c;
    }
    let total = c + text[b..].chars().count();
    (out, total)
}

/// `<article_id>:<n>`, n counted from 1 in text order (the `quote_id` column).
fn quote_id(article: &str, index: usize) -> String {
    // built by hand: one per quotation, and format! costs several times more
    let mut id = String::with_capacity(article.len() + 5);
    id.push_str(article);
    id.push(':');
    let mut digits = [0u8; 20];
    let mut n = index + 1;
    let mut k = digits.len();
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    id.extend(digits[k..].iter().map(|&d| char::from(d)));
    id
}

/// [`analyse`], with a panic (a bug) turned into an error row for that article alone.
pub(crate) fn process(gaz: &Gazetteer, item: Item) -> Done {
    let (id, source) = (item.id.clone(), item.source.clone());
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyse(gaz, item))).unwrap_or_else(
        |_| Done {
            item: Item::failed(
                id,
                source,
                "internal error while parsing this article (please report it)".into(),
            ),
            chars: 0,
            diagnostics: Vec::new(),
            speakers: Vec::new(),
            rows: Vec::new(),
            keys: Vec::new(),
            key_table: Vec::new(),
            clusters: Vec::new(),
        },
    )
}

fn analyse(gaz: &Gazetteer, item: Item) -> Done {
    let parsed = if item.error.is_none() {
        parse(&item.text)
    } else {
        Parsed::default()
    };
    let date = Some(item.date.as_str()).filter(|d| !d.is_empty());
    let speakers = resolve_article(gaz, &item.text, date, &parsed);
    let mut bytes = Vec::with_capacity(parsed.quotes.len() * 2);
    for q in &parsed.quotes {
        bytes.push(q.span.start);
        bytes.push(q.span.end);
    }
    // (one pass over the text counts the offsets' characters and the article's)
    let (cp, chars) = char_offsets(&item.text, &bytes);
    let clusters = parsed.quotes.iter().map(|q| cluster_key(&q.text)).collect();
    // one key per distinct speaker: an article quotes the same few people again and again
    let mut key_table: Vec<SpeakerKey> = Vec::new();
    let mut keyed: Vec<&Resolved> = Vec::new();
    let keys: Vec<Option<usize>> = speakers
        .iter()
        .map(|s| {
            let r = s.as_ref()?;
            let same = |k: &&Resolved| {
                k.name == r.name && k.kind == r.kind && k.gazetteer_id == r.gazetteer_id
            };
            Some(keyed.iter().position(same).unwrap_or_else(|| {
                keyed.push(r);
                key_table.push(Registry::key(r));
                key_table.len() - 1
            }))
        })
        .collect();
    // the rows share one copy of the article's id and of each speaker's name
    let article_id: Arc<str> = Arc::from(item.id.as_str());
    let names: Vec<Arc<str>> = keyed.iter().map(|r| Arc::from(r.name.as_str())).collect();
    // the rows take the parser's strings: nothing else needs them
    let Parsed {
        quotes,
        diagnostics,
        ..
    } = parsed;
    let rows = quotes
        .into_iter()
        .zip(&keys)
        .zip(cp.chunks(2))
        .enumerate()
        .map(|(n, ((q, key), offsets))| {
            let (speaker_mention, cue, rule) = match q.attribution {
                Some(a) => (a.mention.text, a.cue_text, a.rule.as_str()),
                None => (String::new(), String::new(), ""),
            };
            QuoteRow {
                article_id: article_id.clone(),
                quote_id: quote_id(&item.id, n),
                kind: q.kind.as_str(),
                text: q.text,
                speaker: key.map_or_else(Arc::default, |k| names[k].clone()),
                speaker_id: String::new(),
                speaker_mention,
                cue,
                rule,
                start: offsets[0],
                end: offsets[1],
                cluster_id: String::new(),
            }
        })
        .collect();
    Done {
        item,
        chars,
        diagnostics,
        speakers,
        rows,
        keys,
        key_table,
        clusters,
    }
}

/// The key under which the same quotation in two articles meets: letters and digits only,
/// lowercase, single spaces (marks, case, whitespace and layout debris aside).
fn cluster_key(text: &str) -> Option<u64> {
    // bytes, not chars: ASCII (nearly all of a quotation) is lowered and tested as bytes
    let mut norm: Vec<u8> = Vec::with_capacity(text.len());
    let mut words = 0;
    let mut gap = true;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let (alnum, c) = if b[i] < 0x80 {
            i += 1;
            (b[i - 1].is_ascii_alphanumeric(), None)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            (c.is_alphanumeric(), Some(c))
        };
        if !alnum {
            gap = true;
            continue;
        }
        if gap {
            if words > 0 {
                norm.push(b' ');
            }
            words += 1;
            gap = false;
        }
        match c {
            None => norm.push(b[i - 1].to_ascii_lowercase()),
            Some(c) => {
                let mut buf = [0u8; 4];
                for l in c.to_lowercase() {
                    norm.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
                }
            }
        }
    }
    // short fragments ("unacceptable") recur by chance; only sentences are clustered
    if words < 5 {
        return None;
    }
    // a hash with a fixed specification (XXH3), unlike std's: the same words get the same id
    // in every run, on every machine and with every Rust release
    Some(xxhash_rust::xxh3::xxh3_64(&norm))
}

/// A quotation's cluster id: its words' hash, so that the same quotation has the same id in
/// every article and every run and the run keeps no index of the quotations it has seen; a
/// quotation too short to be clustered (`None`) is its own cluster.
fn cluster_id(key: Option<u64>, quote_id: &str) -> String {
    let Some(k) = key else {
        return quote_id.to_string();
    };
    // (written digit by digit: `format!` with a width costs more than the hash)
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = String::with_capacity(17);
    id.push('q');
    for shift in (0..16).rev() {
        id.push(char::from(HEX[((k >> (shift * 4)) & 0xf) as usize]));
    }
    id
}

fn hash_of(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// Where the rows go: three tables, or quote records on standard output.
enum Sink {
    Tables {
        quotes: TableWriter,
        articles: TableWriter,
        dir: std::path::PathBuf,
        format: Format,
    },
    Stdout(std::io::BufWriter<std::io::Stdout>),
}

struct Totals {
    articles: usize,
    quotes: usize,
    problems: usize,
    bytes: usize,
}

pub fn run(args: &ExtractArgs) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let mut gaz = Gazetteer::builtin();
    if let Some(path) = &args.gazetteer {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read gazetteer {}", path.display()))?;
        gaz.add_file(&text)
            .with_context(|| format!("gazetteer {}", path.display()))?;
    }
    let format = match args.format {
        FormatArg::Csv => Format::Csv,
        FormatArg::Jsonl => Format::Jsonl,
    };
    let mut sink = if args.out.as_os_str() == "-" {
        Sink::Stdout(std::io::BufWriter::new(std::io::stdout()))
    } else {
        std::fs::create_dir_all(&args.out)
            .with_context(|| format!("cannot create output folder {}", args.out.display()))?;
        Sink::Tables {
            quotes: TableWriter::create(&args.out, "quotes", format)?,
            articles: TableWriter::create(&args.out, "articles", format)?,
            dir: args.out.clone(),
            format,
        }
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let show_progress =
        !args.quiet && std::io::stderr().is_terminal() && args.out.as_os_str() != "-";
    let bar = if show_progress {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {pos} articles  {msg}")
                .expect("valid template"),
        );
        b
    } else {
        indicatif::ProgressBar::hidden()
    };

    let fields = Fields {
        id: args.id_field.clone(),
        text: args.text_field.clone(),
    };
    let mut items = Items::new(&args.inputs, fields);
    let mut registry = Registry::new();
    // ids seen, by 64-bit hash: memory per article is 16 bytes, not the id's string
    let mut seen_ids: HashMap<u64, usize> = HashMap::default();
    let mut totals = Totals {
        articles: 0,
        quotes: 0,
        problems: 0,
        bytes: 0,
    };
    let mut write_chunk = |done: Vec<Done>| -> anyhow::Result<()> {
        for mut d in done {
            // ids must be unique in a run: a repeated id gets a suffix
            let n = seen_ids.entry(hash_of(&d.item.id)).or_insert(0);
            *n += 1;
            if *n > 1 {
                d.item.id = format!("{}~{n}", d.item.id);
                let id: Arc<str> = Arc::from(d.item.id.as_str());
                for (k, r) in d.rows.iter_mut().enumerate() {
                    r.article_id = id.clone();
                    r.quote_id = quote_id(&d.item.id, k);
                }
            }
            write_article(
                &mut sink,
                &mut registry,
                totals.articles,
                &mut d,
                &mut totals,
            )?;
            totals.articles += 1;
            totals.bytes += d.item.text.len();
        }
        let secs = start.elapsed().as_secs_f64().max(1e-9);
        bar.set_position(totals.articles as u64);
        bar.set_message(format!(
            "{:.0} articles/s  {:.1} MB/s  {} quotes",
            totals.articles as f64 / secs,
            totals.bytes as f64 / 1e6 / secs,
            totals.quotes
        ));
        Ok(())
    };
    let analyse_chunk = |chunk: Vec<Item>| {
        pool.install(|| chunk.into_par_iter().map(|it| process(&gaz, it)).collect())
    };
    let next_chunk = |items: &mut Items| -> Vec<Item> { items.by_ref().take(CHUNK).collect() };
    if pool.current_num_threads() == 1 {
        // one core: read, analyse and write in turn on this thread and the one worker
        loop {
            let chunk = next_chunk(&mut items);
            if chunk.is_empty() {
                break;
            }
            write_chunk(analyse_chunk(chunk))?;
        }
    } else {
        // more cores: reading, analysing and writing overlap. Chunks stay in input order and
        // at most two wait between stages, so memory stays bounded.
        std::thread::scope(|scope| -> anyhow::Result<()> {
            let (read_tx, read_rx) = std::sync::mpsc::sync_channel::<Vec<Item>>(2);
            let (done_tx, done_rx) = std::sync::mpsc::sync_channel::<Vec<Done>>(2);
            scope.spawn(move || {
                loop {
                    let chunk = next_chunk(&mut items);
                    // a closed channel means the writer stopped on an error
                    if chunk.is_empty() || read_tx.send(chunk).is_err() {
                        break;
                    }
                }
            });
            scope.spawn(move || {
                for chunk in read_rx {
                    if done_tx.send(analyse_chunk(chunk)).is_err() {
                        break;
                    }
                }
            });
            for done in done_rx {
                write_chunk(done)?;
            }
            Ok(())
        })?;
    }
    bar.finish_and_clear();

    let speakers = registry.records().count();
    match sink {
        Sink::Tables {
            quotes,
            articles,
            dir,
            format,
        } => {
            let mut sp = TableWriter::create(&dir, "speakers", format)?;
            if speakers == 0 {
                sp.write_header::<SpeakerRow>()?;
            }
            for r in registry.records() {
                sp.write(&SpeakerRow {
                    speaker_id: r.id.clone(),
                    name: r.name.clone(),
                    kind: r.kind.as_str().into(),
                    aliases: r.aliases.iter().cloned().collect::<Vec<_>>().join("|"),
                    quotes: r.quotes,
                    articles: r.articles,
                    gender: r.gender.clone(),
                    roles: r.roles.iter().cloned().collect::<Vec<_>>().join("|"),
                })?;
            }
            // the tables appear under their final names only now, all together
            finish_with_header::<QuoteRow>(quotes, totals.quotes == 0)?;
            finish_with_header::<ArticleRow>(articles, totals.articles == 0)?;
            sp.finish()?;
        }
        Sink::Stdout(mut w) => w.flush()?,
    }
    if !args.quiet {
        eprintln!(
            "verbatim: {} articles, {} quotes, {} speakers, {} problems in {:.2}s",
            totals.articles,
            totals.quotes,
            speakers,
            totals.problems,
            start.elapsed().as_secs_f64()
        );
    }
    Ok(if totals.problems > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn finish_with_header<T: serde::Serialize + Default>(
    mut w: TableWriter,
    empty: bool,
) -> anyhow::Result<std::path::PathBuf> {
    if empty {
        w.write_header::<T>()?;
    }
    Ok(w.finish()?)
}

fn write_article(
    sink: &mut Sink,
    registry: &mut Registry,
    index: usize,
    d: &mut Done,
    totals: &mut Totals,
) -> anyhow::Result<()> {
    let id = &d.item.id;
    let rows = &mut d.rows;
    for (r, (s, (key, cluster))) in rows
        .iter_mut()
        .zip(d.speakers.iter().zip(d.keys.iter().zip(&d.clusters)))
    {
        if let (Some(s), Some(key)) = (s, key) {
            r.speaker_id = registry.assign_keyed(&d.key_table[*key], s, &r.speaker_mention, index);
        }
        r.cluster_id = cluster_id(*cluster, &r.quote_id);
    }
    let (status, message) = if let Some(e) = &d.item.error {
        ("error", e.clone())
    } else if d.item.text.trim().is_empty() {
        ("empty", "no text".to_string())
    } else {
        let mut notes: Vec<String> = d.item.note.iter().cloned().collect();
        if !d.diagnostics.is_empty() {
            let first = &d.diagnostics[0];
            notes.push(format!(
                "{} quotation-mark problem(s) recovered; first at char {}: {}",
                d.diagnostics.len(),
                d.item.text[..first.span.start].chars().count(),
                first.message
            ));
        }
        (
            if notes.is_empty() { "ok" } else { "recovered" },
            notes.join("; "),
        )
    };
    if matches!(status, "error" | "empty") {
        totals.problems += 1;
        if let Sink::Stdout(_) = sink {
            eprintln!("verbatim: {} ({}): {status}: {message}", id, d.item.source);
        }
    }
    totals.quotes += rows.len();
    match sink {
        Sink::Tables {
            quotes, articles, ..
        } => {
            for r in rows.iter() {
                quotes.write(r)?;
            }
            articles.write(&ArticleRow {
                article_id: id.clone(),
                source: d.item.source.clone(),
                chars: d.chars,
                quotes: rows.len(),
                status: status.into(),
                message,
                title: d.item.title.clone(),
                date: d.item.date.clone(),
                url: d.item.url.clone(),
            })?;
        }
        Sink::Stdout(w) => {
            for r in rows.iter() {
                serde_json::to_writer(&mut *w, r)?;
                w.write_all(b"\n")?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_ids_count_from_one() {
        assert_eq!(quote_id("a1", 0), "a1:1");
        assert_eq!(quote_id("a1", 9), "a1:10");
        assert_eq!(quote_id("x", 99), "x:100");
        assert_eq!(quote_id("", 1233), ":1234");
    }

    #[test]
    fn code_point_offsets_in_one_pass() {
        let t = "é“ab”";
        assert_eq!(char_offsets(t, &[t.len(), 0, 2]), (vec![5, 0, 1], 5));
        assert_eq!(char_offsets(t, &[2]), (vec![1], 5));
        assert_eq!(char_offsets(t, &[]), (vec![], 5));
    }

    #[test]
    fn cluster_key_ignores_marks_case_and_layout() {
        assert_eq!(
            cluster_key("No one is making a secret of the post-\nSoviet space"),
            cluster_key("“no one is making a secret of the post- Soviet space,”")
        );
        assert_eq!(cluster_key("unacceptable"), None);
        // letters beyond ASCII are lowered too, and count as word characters
        assert_eq!(
            cluster_key("“ÉLAN VITAL is what Zürich needs now”"),
            cluster_key("élan vital is what zürich needs now")
        );
        assert_ne!(
            cluster_key("élan vital is what zürich needs now"),
            cluster_key("lan vital is what z rich needs now")
        );
    }

    #[test]
    fn cluster_id_is_the_hash_of_the_words_or_the_quote_itself() {
        // pinned (Python: `xxhash.xxh3_64(b"no one is making a secret of the post soviet space")`):
        // a new hash would break the joins users make across runs
        let key = cluster_key("“No one is making a secret of the post-Soviet space,”");
        assert_eq!(cluster_id(key, "a:1"), "q53ba384d3db9700a");
        assert_eq!(cluster_id(None, "a:3"), "a:3");
    }
}
