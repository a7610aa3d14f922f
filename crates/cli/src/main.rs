//! `verbatim`: every quotation in a pile of news articles, and who said it, as tables.
#![forbid(unsafe_code)]

mod eval;
mod extract;
mod input;
mod score;
mod show;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc: the pipeline makes many small short-lived allocations (words, names, rows), which
/// it serves with about half the work of the system allocator (see docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Extract every quotation and its speaker from news articles into tables.
#[derive(Parser, Debug)]
#[command(name = "verbatim", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The table format.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
enum FormatArg {
    Csv,
    Jsonl,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Read articles and write quotes, speakers and articles tables.
    Extract(ExtractArgs),
    /// Print one article with its quotations marked and labelled (for grammar work).
    Show {
        /// A text file (or `-` for standard input).
        file: PathBuf,
    },
    /// Extract the articles of a gold JSONL file and score the result as score.py does.
    Eval {
        /// Gold JSONL: {"id", "text", "quotes": [{"text", "speaker", "kind"}]} per line.
        gold: PathBuf,
        /// Score only gold quotations of these kinds, e.g. direct,partial.
        #[arg(long)]
        kinds: Option<String>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// List every miss, false alarm and wrong speaker.
        #[arg(long)]
        errors: bool,
        /// Also accept equal first and last names ("Hillary Clinton" ~ "Hillary Rodham Clinton").
        #[arg(long)]
        ignore_middle_names: bool,
        /// Score this quotes.csv (from an earlier `extract`) instead of extracting again.
        #[arg(long)]
        pred: Option<PathBuf>,
        /// Also resample the articles this many times (with replacement, fixed seed) and print
        /// the 5th, 50th and 95th percentiles of the figures: how far they move on other
        /// articles like these (1000 is plenty).
        #[arg(long, value_name = "RESAMPLES")]
        bootstrap: Option<usize>,
        /// Articles per resample for --bootstrap (default: as many as the gold file has), to
        /// gauge a test set of another size.
        #[arg(long, value_name = "ARTICLES", requires = "bootstrap")]
        sample: Option<usize>,
    },
}

/// Options of `verbatim extract`.
#[derive(clap::Args, Debug, Clone)]
pub struct ExtractArgs {
    /// Folders (searched recursively for .txt and .md), .txt/.md files, .jsonl and .csv files,
    /// or `-` for JSONL on standard input.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Folder to write the tables to (created if missing), or `-` to stream JSONL quote records
    /// to standard output.
    #[arg(long, short)]
    out: PathBuf,
    /// Table format.
    #[arg(long, value_enum, default_value = "csv")]
    format: FormatArg,
    /// Worker threads (default: all cores). The output is the same whatever the number.
    #[arg(long, short)]
    jobs: Option<usize>,
    /// No progress bar and no summary.
    #[arg(long, short)]
    quiet: bool,
    /// Name of the id field of JSONL records and the id column of CSV files.
    #[arg(long, default_value = "id")]
    id_field: String,
    /// Name of the text field of JSONL records and the text column of CSV files.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// An extra gazetteer file (same format as data/gazetteer.tsv); its entries win.
    #[arg(long)]
    gazetteer: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(&args),
        Command::Show { file } => show::run(&file),
        Command::Eval {
            gold,
            kinds,
            json,
            errors,
            ignore_middle_names,
            pred,
            bootstrap,
            sample,
        } => eval::run(&eval::EvalArgs {
            gold: &gold,
            pred: pred.as_deref(),
            kinds: kinds.as_deref(),
            json,
            errors,
            ignore_middle_names,
            bootstrap,
            sample,
        }),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("verbatim: {e:#}");
            ExitCode::from(2)
        }
    }
}
