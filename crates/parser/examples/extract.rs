//! Prints the quotations of a file, one per line: kind, rule, speaker mention, quote text.
//!
//! ```text
//! cargo run -p verbatim-parser --example extract -- article.txt
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: extract FILE");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("extract: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let parsed = verbatim_parser::parse(&text);
    for q in &parsed.quotes {
        let (who, rule) = q
            .attribution
            .as_ref()
            .map_or(("?", "-"), |a| (a.mention.text.as_str(), a.rule.as_str()));
        println!("{:8} {:20} {:35} {}", q.kind.as_str(), rule, who, q.text);
    }
    for d in &parsed.diagnostics {
        eprintln!("{path}:{}..{}: {}", d.span.start, d.span.end, d.message);
    }
    ExitCode::SUCCESS
}
