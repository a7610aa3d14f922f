//! `verbatim show`: one article with its quotations marked, for grammar developers.

use anyhow::Context;
use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;

pub fn run(file: &Path) -> anyhow::Result<ExitCode> {
    let bytes = if file.as_os_str() == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .context("reading standard input")?;
        b
    } else {
        std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?
    };
    let (text, note) =
        crate::input::decode(&bytes).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    let parsed = verbatim_parser::parse(&text);
    let gaz = verbatim_normalizer::Gazetteer::builtin();
    let speakers = verbatim_normalizer::resolve_article(&gaz, &text, None, &parsed);
    let color = std::io::stdout().is_terminal();
    let (on, off) = if color {
        ("\x1b[1;33m", "\x1b[0m")
    } else {
        ("", "")
    };
    let mut out = std::io::stdout().lock();
    if let Some(n) = note {
        writeln!(out, "({n})")?;
    }
    // quotes may nest (a partial inside an indirect): mark every start and end
    let mut marks: Vec<(usize, bool, usize)> = Vec::new();
    for (i, q) in parsed.quotes.iter().enumerate() {
        marks.push((q.span.start, true, i));
        marks.push((q.span.end, false, i));
    }
    marks.sort_by_key(|&(at, open, i)| (at, open, if open { i } else { usize::MAX - i }));
    let mut at = 0;
    for (pos, open, i) in marks {
        out.write_all(&text.as_bytes()[at..pos])?;
        if open {
            write!(out, "{on}⟦{}:{off}", i + 1)?;
        } else {
            write!(out, "{on}⟧{off}")?;
        }
        at = pos;
    }
    out.write_all(&text.as_bytes()[at..])?;
    writeln!(out, "\n\n--- {} quotations ---", parsed.quotes.len())?;
    for (i, (q, s)) in parsed.quotes.iter().zip(&speakers).enumerate() {
        let mention = q
            .attribution
            .as_ref()
            .map_or("-", |a| a.mention.text.as_str());
        let rule = q.attribution.as_ref().map_or("-", |a| a.rule.as_str());
        let who = s.as_ref().map_or("(unknown)", |s| s.name.as_str());
        writeln!(
            out,
            "{:>3}  {:8} {:20} {who}  [{mention}]",
            i + 1,
            q.kind.as_str(),
            rule
        )?;
    }
    for d in &parsed.diagnostics {
        writeln!(out, "  ! {}..{} {}", d.span.start, d.span.end, d.message)?;
    }
    Ok(ExitCode::SUCCESS)
}
