//! The table schemas of verbatim and the writers that put them on disk.
//!
//! Three tables: [`QuoteRow`] (`quotes.csv`), [`SpeakerRow`] (`speakers.csv`) and
//! [`ArticleRow`] (`articles.csv`). Each row is a flat serde struct whose field names are the
//! header. A [`TableWriter`] writes CSV (UTF-8, header row, `,` separated, quoted only where
//! needed) or JSONL to a temporary name beside the final one and renames it on
//! [`TableWriter::finish`], so an interrupted run never leaves a half-written table under its
//! final name.
//!
//! ```
//! use verbatim_export::{ArticleRow, Format, TableWriter};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let mut w = TableWriter::create(dir.path(), "articles", Format::Csv).unwrap();
//! w.write(&ArticleRow { article_id: "a1".into(), status: "ok".into(), ..Default::default() }).unwrap();
//! let path = w.finish().unwrap();
//! let csv = std::fs::read_to_string(path).unwrap();
//! assert!(csv.starts_with("article_id,source,chars,quotes,status,message"));
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use serde::Serialize;
use std::fmt;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One quotation: a row of `quotes.csv`.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct QuoteRow {
    /// The article's id (shared by the article's rows).
    pub article_id: Arc<str>,
    /// `<article_id>:<n>`, numbered in text order from 1.
    pub quote_id: String,
    /// `direct`, `partial` or `indirect`.
    pub kind: &'static str,
    /// The quotation, clean.
    pub text: String,
    /// The canonical speaker's display name; empty when unknown (shared by the rows of the
    /// speaker's quotations in an article).
    pub speaker: Arc<str>,
    /// The canonical speaker's id, the same across the run; empty when unknown.
    pub speaker_id: String,
    /// The words that named the speaker.
    pub speaker_mention: String,
    /// The attributing words as written.
    pub cue: String,
    /// The id of the attribution pattern that fired (empty when none did).
    pub rule: &'static str,
    /// Code-point offset where the raw quotation starts.
    pub start: usize,
    /// Code-point offset where the raw quotation ends.
    pub end: usize,
    /// The same quotation (ignoring marks, case and layout) has the same id in every article and
    /// every run; a quotation too short to be clustered has its own `quote_id`.
    pub cluster_id: String,
}

/// One canonical speaker: a row of `speakers.csv`.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct SpeakerRow {
    /// The speaker's id.
    pub speaker_id: String,
    /// Display name.
    pub name: String,
    /// `person`, `organisation`, `group` or `unknown`.
    pub kind: String,
    /// Mentions seen for this speaker, `|`-separated.
    pub aliases: String,
    /// How many quotations are attributed to the speaker.
    pub quotes: usize,
    /// In how many articles.
    pub articles: usize,
    /// Gender from the gazetteer, when known.
    pub gender: String,
    /// Roles from the gazetteer or the text, `|`-separated.
    pub roles: String,
}

/// One input article: a row of `articles.csv`.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct ArticleRow {
    /// The article's id (file stem, or the record's `id`).
    pub article_id: String,
    /// Where it came from: a path, or `path:line` for a record.
    pub source: String,
    /// Length in code points.
    pub chars: usize,
    /// Number of quotations found.
    pub quotes: usize,
    /// `ok`, `empty`, `recovered` or `error`.
    pub status: String,
    /// What went wrong or what was done about it (decoding, recovered marks).
    pub message: String,
    /// The record's `title`, when given.
    pub title: String,
    /// The record's `date`, when given.
    pub date: String,
    /// The record's `url`, when given.
    pub url: String,
}

/// The file format of the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Comma-separated values with a header row.
    #[default]
    Csv,
    /// One JSON object per line.
    Jsonl,
}

impl Format {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Jsonl => "jsonl",
        }
    }
}

/// What went wrong while writing a table.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    path: PathBuf,
}

/// The kinds of [`Error`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Creating, writing, flushing or renaming the file failed.
    Io(io::Error),
    /// A row could not be serialised.
    Csv(csv::Error),
    /// A row could not be serialised as JSON.
    Json(serde_json::Error),
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
    /// The file concerned.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = self.path.display();
        match &self.kind {
            ErrorKind::Io(e) => write!(f, "{p}: {e}"),
            ErrorKind::Csv(e) => write!(f, "{p}: {e}"),
            ErrorKind::Json(e) => write!(f, "{p}: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            ErrorKind::Csv(e) => Some(e),
            ErrorKind::Json(e) => Some(e),
        }
    }
}

/// `Result` with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

enum Sink {
    Csv(Box<csv::Writer<File>>),
    Jsonl(BufWriter<File>),
}

/// Writes rows of one table to `NAME.tmp` beside its final name, and renames it on
/// [`finish`](TableWriter::finish). Dropped without `finish`, it removes the temporary file.
pub struct TableWriter {
    sink: Option<Sink>,
    tmp: PathBuf,
    path: PathBuf,
}

impl TableWriter {
    /// Starts the table `name` (`quotes`, `speakers`, `articles`) in `dir`.
    pub fn create(dir: &Path, name: &str, format: Format) -> Result<Self> {
        let path = dir.join(format!("{name}.{}", format.extension()));
        let tmp = dir.join(format!(
            ".{name}.{}.tmp-{}",
            format.extension(),
            std::process::id()
        ));
        let file = File::create(&tmp).map_err(|e| Error {
            kind: ErrorKind::Io(e),
            path: tmp.clone(),
        })?;
        let sink = match format {
            Format::Csv => Sink::Csv(Box::new(csv::Writer::from_writer(file))),
            Format::Jsonl => Sink::Jsonl(BufWriter::new(file)),
        };
        Ok(TableWriter {
            sink: Some(sink),
            tmp,
            path,
        })
    }

    fn err(&self, kind: ErrorKind) -> Error {
        Error {
            kind,
            path: self.tmp.clone(),
        }
    }

    /// Writes one row.
    pub fn write<T: Serialize>(&mut self, row: &T) -> Result<()> {
        match self.sink.as_mut().expect("writer used after finish") {
            Sink::Csv(w) => w.serialize(row).map_err(|e| Error {
                kind: ErrorKind::Csv(e),
                path: self.tmp.clone(),
            }),
            Sink::Jsonl(w) => {
                serde_json::to_writer(&mut *w, row).map_err(|e| Error {
                    kind: ErrorKind::Json(e),
                    path: self.tmp.clone(),
                })?;
                w.write_all(b"\n").map_err(|e| Error {
                    kind: ErrorKind::Io(e),
                    path: self.tmp.clone(),
                })
            }
        }
    }

    /// Writes only the header (CSV), for a table with no rows.
    pub fn write_header<T: Serialize + Default>(&mut self) -> Result<()> {
        if let Some(Sink::Csv(w)) = self.sink.as_mut() {
            // csv writes the header with the first record; a table with no rows still gets one
            let mut header = csv::Writer::from_writer(Vec::new());
            header.serialize(T::default()).map_err(|e| Error {
                kind: ErrorKind::Csv(e),
                path: self.tmp.clone(),
            })?;
            let bytes = header.into_inner().map_err(|e| Error {
                kind: ErrorKind::Io(e.into_error()),
                path: self.tmp.clone(),
            })?;
            let first = bytes.split(|b| *b == b'\n').next().unwrap_or(&[]);
            let fields: Vec<String> = String::from_utf8_lossy(first)
                .split(',')
                .map(str::to_string)
                .collect();
            w.write_record(&fields).map_err(|e| Error {
                kind: ErrorKind::Csv(e),
                path: self.tmp.clone(),
            })?;
        }
        Ok(())
    }

    /// Flushes the rows and moves the table to its final name, which it returns.
    pub fn finish(mut self) -> Result<PathBuf> {
        let sink = self.sink.take().expect("finish called once");
        let file = match sink {
            Sink::Csv(mut w) => {
                w.flush().map_err(|e| self.err(ErrorKind::Io(e)))?;
                w.into_inner()
                    .map_err(|e| self.err(ErrorKind::Io(e.into_error())))?
            }
            Sink::Jsonl(w) => w
                .into_inner()
                .map_err(|e| self.err(ErrorKind::Io(e.into_error())))?,
        };
        file.sync_all().map_err(|e| self.err(ErrorKind::Io(e)))?;
        drop(file);
        std::fs::rename(&self.tmp, &self.path).map_err(|e| self.err(ErrorKind::Io(e)))?;
        Ok(self.path.clone())
    }
}

impl Drop for TableWriter {
    fn drop(&mut self) {
        if self.sink.take().is_some() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_where_needed_and_renames_on_finish() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = TableWriter::create(dir.path(), "quotes", Format::Csv).unwrap();
        w.write(&QuoteRow {
            article_id: "a".into(),
            text: "He said, \"no\"".into(),
            ..Default::default()
        })
        .unwrap();
        assert!(
            !dir.path().join("quotes.csv").exists(),
            "no final name before finish"
        );
        let p = w.finish().unwrap();
        let s = std::fs::read_to_string(p).unwrap();
        let mut lines = s.lines();
        assert_eq!(
            lines.next().unwrap(),
            "article_id,quote_id,kind,text,speaker,speaker_id,speaker_mention,cue,rule,start,end,cluster_id"
        );
        assert_eq!(
            lines.next().unwrap(),
            "a,,,\"He said, \"\"no\"\"\",,,,,,0,0,"
        );
    }

    #[test]
    fn dropped_writer_leaves_no_table() {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut w = TableWriter::create(dir.path(), "quotes", Format::Jsonl).unwrap();
            w.write(&QuoteRow::default()).unwrap();
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn empty_table_still_has_its_header() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = TableWriter::create(dir.path(), "speakers", Format::Csv).unwrap();
        w.write_header::<SpeakerRow>().unwrap();
        let s = std::fs::read_to_string(w.finish().unwrap()).unwrap();
        assert_eq!(
            s,
            "speaker_id,name,kind,aliases,quotes,articles,gender,roles\n"
        );
    }
}
