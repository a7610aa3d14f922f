//! Snapshot tests over the grammar fixtures in `data/grammar/{ok,err}`: every fixture's
//! quotations and diagnostics rendered as text. `ok/` fixtures must parse without diagnostics,
//! `err/` fixtures must report at least one.

use std::fmt::Write;
use verbatim_parser::{Parsed, parse};

/// Renders a parse as readable sections, with a caret under each diagnostic's column.
fn render(text: &str, parsed: &Parsed) -> String {
    let mut out = String::from("## Quotes\n");
    if parsed.quotes.is_empty() {
        out.push_str("(none)\n");
    }
    for (n, q) in parsed.quotes.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. {} {}..{}",
            n + 1,
            q.kind.as_str(),
            q.span.start,
            q.span.end
        );
        let _ = writeln!(out, "   text:    {}", q.text);
        match &q.attribution {
            Some(a) => {
                let name = a
                    .mention
                    .name
                    .as_ref()
                    .map(|r| format!(" name={:?}", &text[r.clone()]))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "   speaker: {:?} ({}) {}..{}{}",
                    a.mention.text,
                    a.mention.kind.as_str(),
                    a.mention.span.start,
                    a.mention.span.end,
                    name
                );
                let _ = writeln!(out, "   cue:     {:?}", a.cue_text);
                let _ = writeln!(out, "   rule:    {}", a.rule.as_str());
            }
            None => out.push_str("   speaker: (none)\n"),
        }
    }
    if !parsed.titles.is_empty() {
        out.push_str("\n## Titles (not quotations)\n");
        for t in &parsed.titles {
            let _ = writeln!(out, "{}..{}: {}", t.start, t.end, &text[t.clone()]);
        }
    }
    out.push_str("\n## Diagnostics\n");
    if parsed.diagnostics.is_empty() {
        out.push_str("(none)\n");
    }
    for d in &parsed.diagnostics {
        let line_start = text[..d.span.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[d.span.start..]
            .find('\n')
            .map_or(text.len(), |i| d.span.start + i);
        let line_no = text[..d.span.start].matches('\n').count() + 1;
        let col = text[line_start..d.span.start].chars().count();
        let _ = writeln!(
            out,
            "{} {}..{}: {}",
            d.kind.as_str(),
            d.span.start,
            d.span.end,
            d.message
        );
        let prefix = format!("{line_no:>4} | ");
        let _ = writeln!(out, "{prefix}{}", &text[line_start..line_end]);
        let _ = writeln!(out, "{}^", " ".repeat(prefix.len() + col));
    }
    out
}

#[test]
fn grammar_fixtures() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        insta::glob!("../../../data/grammar", "**/*.txt", |path| {
            let text = std::fs::read_to_string(path).expect("fixture is readable UTF-8");
            let parsed = parse(&text);
            let in_err = path.components().any(|c| c.as_os_str() == "err");
            if in_err {
                assert!(
                    !parsed.diagnostics.is_empty(),
                    "{} must report a diagnostic",
                    path.display()
                );
            } else {
                assert!(
                    parsed.diagnostics.is_empty(),
                    "{} must parse cleanly: {:?}",
                    path.display(),
                    parsed.diagnostics
                );
            }
            insta::assert_snapshot!(render(&text, &parsed));
        });
    });
}

#[test]
fn enough_fixtures_of_each_kind() {
    let count = |dir: &str| {
        std::fs::read_dir(format!(
            "{}/../../data/grammar/{dir}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("fixture folder exists")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "txt"))
        })
        .count()
    };
    assert!(
        count("ok") + count("err") >= 60,
        "the grammar needs at least 60 fixtures"
    );
    assert!(count("err") >= 5);
}
