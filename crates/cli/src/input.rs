//! Reading articles: folders, `.txt`/`.md` files, JSONL, CSV and standard input, with
//! decoding of UTF-16 and Windows-1252. Every input becomes an [`Item`], good or bad.

use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Field names of JSONL records and CSV columns.
#[derive(Debug, Clone)]
pub struct Fields {
    pub id: String,
    pub text: String,
}

/// One input article, or the reason it could not be read.
#[derive(Debug, Clone, Default)]
pub struct Item {
    pub id: String,
    pub source: String,
    pub text: String,
    /// Set when the article could not be read; the text is then empty.
    pub error: Option<String>,
    /// What was done to read it (decoding).
    pub note: Option<String>,
    pub title: String,
    pub date: String,
    pub url: String,
}

impl Item {
    /// An article that could not be read, with the reason.
    pub fn failed(id: String, source: String, error: String) -> Item {
        Item {
            id,
            source,
            error: Some(error),
            ..Item::default()
        }
    }
}

/// Decodes a file's bytes: UTF-8 (BOM or not), UTF-16 (BOM, or NUL bytes in alternate
/// positions), Windows-1252 for other non-UTF-8 text; binary data is an error.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<String>), String> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return decode(rest);
    }
    let utf16 = |enc: &'static encoding_rs::Encoding, body: &[u8], how: &str| {
        let (text, _, bad) = enc.decode(body);
        let note = format!("decoded from {}{how}", enc.name());
        Ok((
            text.into_owned(),
            Some(if bad {
                format!("{note}, with invalid sequences replaced")
            } else {
                note
            }),
        ))
    };
    if bytes.starts_with(b"\xFF\xFE") {
        return utf16(encoding_rs::UTF_16LE, &bytes[2..], "");
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return utf16(encoding_rs::UTF_16BE, &bytes[2..], "");
    }
    if bytes.contains(&0) {
        let n = bytes.len() / 2;
        let odd_nuls = bytes.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
        let even_nuls = bytes.iter().step_by(2).filter(|b| **b == 0).count();
        if n >= 2 && odd_nuls * 10 >= n * 9 && even_nuls * 10 < n {
            return utf16(encoding_rs::UTF_16LE, bytes, " (no byte-order mark)");
        }
        if n >= 2 && even_nuls * 10 >= n * 9 && odd_nuls * 10 < n {
            return utf16(encoding_rs::UTF_16BE, bytes, " (no byte-order mark)");
        }
        return Err("binary data (NUL bytes), not text".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), None)),
        Err(_) => {
            let controls = bytes
                .iter()
                .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
                .count();
            if controls * 20 > bytes.len() {
                return Err("binary data (control bytes), not text".into());
            }
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok((
                text.into_owned(),
                Some("not UTF-8; decoded as Windows-1252".into()),
            ))
        }
    }
}

fn stem(path: &Path) -> String {
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

fn read_file_item(path: &Path) -> Item {
    let mut item = Item {
        id: stem(path),
        source: path.display().to_string(),
        ..Item::default()
    };
    match fs::read(path) {
        Ok(bytes) => match decode(&bytes) {
            Ok((text, note)) => {
                item.text = text;
                item.note = note;
            }
            Err(e) => item.error = Some(e),
        },
        Err(e) => item.error = Some(format!("cannot read: {e}")),
    }
    item
}

/// What an input path holds.
enum Kind {
    Dir,
    Jsonl,
    Csv,
    Text,
    Stdin,
}

fn kind_of(path: &Path) -> Kind {
    if path.as_os_str() == "-" {
        return Kind::Stdin;
    }
    if path.is_dir() {
        return Kind::Dir;
    }
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("jsonl") | Some("ndjson") => Kind::Jsonl,
        Some("csv") => Kind::Csv,
        _ => Kind::Text,
    }
}

/// Every article file under a folder, recursively, in path order.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<Item>) {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(Item::failed(
                stem(dir),
                dir.display().to_string(),
                format!("cannot read folder: {e}"),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, out, errors);
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("txt" | "md" | "jsonl" | "csv")
        ) {
            out.push(p);
        }
    }
}

/// A lazy stream of items over all inputs, in order.
pub struct Items {
    fields: Fields,
    pending: std::collections::VecDeque<PathBuf>,
    current: Option<Box<dyn Iterator<Item = Item> + Send>>,
    ready: std::collections::VecDeque<Item>,
}

impl Items {
    pub fn new(inputs: &[PathBuf], fields: Fields) -> Items {
        let mut pending = std::collections::VecDeque::new();
        let mut ready = std::collections::VecDeque::new();
        for p in inputs {
            if matches!(kind_of(p), Kind::Dir) {
                let mut files = Vec::new();
                let mut errors = Vec::new();
                walk(p, &mut files, &mut errors);
                ready.extend(errors);
                pending.extend(files);
            } else {
                pending.push_back(p.clone());
            }
        }
        Items {
            fields,
            pending,
            current: None,
            ready,
        }
    }

    fn open(&self, path: PathBuf) -> Box<dyn Iterator<Item = Item> + Send> {
        let source = path.display().to_string();
        match kind_of(&path) {
            Kind::Stdin => Box::new(jsonl(
                Box::new(BufReader::new(std::io::stdin())),
                "-".into(),
                "stdin".into(),
                self.fields.clone(),
            )),
            Kind::Jsonl => match fs::File::open(&path) {
                Ok(f) => Box::new(jsonl(
                    Box::new(BufReader::new(f)),
                    source,
                    stem(&path),
                    self.fields.clone(),
                )),
                Err(e) => Box::new(std::iter::once(Item::failed(
                    stem(&path),
                    source,
                    format!("cannot read: {e}"),
                ))),
            },
            Kind::Csv => match fs::File::open(&path) {
                Ok(f) => Box::new(csv_items(f, source, stem(&path), self.fields.clone())),
                Err(e) => Box::new(std::iter::once(Item::failed(
                    stem(&path),
                    source,
                    format!("cannot read: {e}"),
                ))),
            },
            Kind::Text | Kind::Dir => Box::new(std::iter::once(read_file_item(&path))),
        }
    }
}

impl Iterator for Items {
    type Item = Item;
    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Some(item);
            }
            if let Some(it) = self.current.as_mut() {
                if let Some(item) = it.next() {
                    return Some(item);
                }
                self.current = None;
            }
            let path = self.pending.pop_front()?;
            self.current = Some(self.open(path));
        }
    }
}

/// The top-level fields of a JSONL record that an article needs (`wanted`), parsed; every other
/// field is skipped over without being built, so a record that carries large annotations or
/// metadata costs little more than its text. A key given twice keeps its last value.
struct Record<'w> {
    wanted: [&'w str; 7],
    fields: Vec<(String, serde_json::Value)>,
}

impl<'w> Record<'w> {
    fn new(fields: &'w Fields) -> Self {
        let wanted = [
            &*fields.id,
            &*fields.text,
            "title",
            "date",
            "url",
            "source",
            "meta",
        ];
        Record {
            wanted,
            fields: Vec::new(),
        }
    }

    fn get(&self, name: &str) -> Option<&serde_json::Value> {
        self.fields
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }

    /// The field's string, moved out of the record.
    fn take_string(&mut self, name: &str) -> Option<String> {
        match self.fields.iter_mut().rev().find(|(k, _)| k == name) {
            Some((_, serde_json::Value::String(s))) => Some(std::mem::take(s)),
            _ => None,
        }
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for &mut Record<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for &mut Record<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if self.wanted.contains(&&*key) {
                let value = map.next_value()?;
                self.fields.push((key.into_owned(), value));
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

/// Parses one JSONL line into `record`.
fn parse_record(bytes: &[u8], record: &mut Record) -> serde_json::Result<()> {
    use serde::de::DeserializeSeed;
    let mut de = serde_json::Deserializer::from_slice(bytes);
    record.deserialize(&mut de)?;
    de.end()
}

/// A record's field as a string (another JSON value as its JSON text), or the same field under
/// `meta` (`{"meta": {"date": …}}`).
fn field(record: &Record, name: &str) -> String {
    match record
        .get(name)
        .or_else(|| record.get("meta").and_then(|m| m.get(name)))
    {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

/// One item per JSONL line; a malformed line is an error item naming the line.
fn jsonl(
    reader: Box<dyn BufRead + Send>,
    source: String,
    stem: String,
    fields: Fields,
) -> impl Iterator<Item = Item> {
    let mut lines = reader.split(b'\n').enumerate();
    std::iter::from_fn(move || {
        loop {
            let (n, line) = lines.next()?;
            let line_no = n + 1;
            let src = format!("{source}:{line_no}");
            let fallback = format!("{stem}:{line_no}");
            let bytes = match line {
                Ok(b) => b,
                Err(e) => {
                    return Some(Item::failed(
                        fallback,
                        src,
                        format!("line {line_no}: cannot read: {e}"),
                    ));
                }
            };
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let mut record = Record::new(&fields);
            if let Err(e) = parse_record(&bytes, &mut record) {
                return Some(Item::failed(
                    fallback,
                    src,
                    format!("line {line_no}: invalid JSON: {e}"),
                ));
            }
            let id = Some(field(&record, &fields.id))
                .filter(|s| !s.is_empty())
                .unwrap_or(fallback);
            let mut item = Item {
                id,
                source: src,
                title: field(&record, "title"),
                date: field(&record, "date"),
                url: field(&record, "url"),
                ..Item::default()
            };
            if let Some(serde_json::Value::String(s)) = record.get("source") {
                item.source = format!("{} ({s})", item.source);
            }
            // (the text is moved out of the parsed record, not copied)
            match record.take_string(&fields.text) {
                Some(s) => item.text = s,
                None => {
                    item.error = Some(format!("line {line_no}: no string field {:?}", fields.text))
                }
            }
            return Some(item);
        }
    })
}

/// One item per CSV record; a malformed record is an error item naming the row.
fn csv_items<R: Read + Send + 'static>(
    reader: R,
    source: String,
    stem: String,
    fields: Fields,
) -> Box<dyn Iterator<Item = Item> + Send> {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
    let headers = match rdr.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            return Box::new(std::iter::once(Item::failed(
                stem,
                source,
                format!("cannot read the header row: {e}"),
            )));
        }
    };
    let col = |name: &str| headers.iter().position(|h| h.trim() == name);
    let (Some(id_col), Some(text_col)) = (col(&fields.id), col(&fields.text)) else {
        let msg = format!(
            "the header row needs columns {:?} and {:?} (see --id-field, --text-field)",
            fields.id, fields.text
        );
        return Box::new(std::iter::once(Item::failed(stem, source, msg)));
    };
    let (title, date, url) = (col("title"), col("date"), col("url"));
    let mut records = rdr.into_records().enumerate();
    Box::new(std::iter::from_fn(move || {
        let (n, rec) = records.next()?;
        let row = n + 2; // the header is row 1
        let src = format!("{source}:{row}");
        let fallback = format!("{stem}:{row}");
        Some(match rec {
            Ok(r) => {
                let get = |c: Option<usize>| c.and_then(|c| r.get(c)).unwrap_or("").to_string();
                match r.get(text_col) {
                    Some(text) => Item {
                        id: Some(get(Some(id_col)))
                            .filter(|s| !s.is_empty())
                            .unwrap_or(fallback),
                        source: src,
                        text: text.to_string(),
                        title: get(title),
                        date: get(date),
                        url: get(url),
                        ..Item::default()
                    },
                    None => Item::failed(
                        fallback,
                        src,
                        format!("row {row}: no {:?} column in this row", "text"),
                    ),
                }
            }
            Err(e) => Item::failed(fallback, src, format!("row {row}: {e}")),
        })
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf16_and_windows_1252_and_refuses_binary() {
        let mut le = vec![0xFF, 0xFE];
        for u in "“Hi,” she said.".encode_utf16() {
            le.extend(u.to_le_bytes());
        }
        let (t, note) = decode(&le).unwrap();
        assert_eq!(t, "“Hi,” she said.");
        assert!(note.unwrap().contains("UTF-16LE"));
        let (t, note) = decode(b"\x93Hi,\x94 she said.").unwrap();
        assert_eq!(t, "“Hi,” she said.");
        assert!(note.unwrap().contains("Windows-1252"));
        assert!(decode(b"\x00\x01\x02\x03\xff\x00\x10").is_err());
        assert_eq!(
            decode("plain".as_bytes()).unwrap(),
            ("plain".to_string(), None)
        );
    }

    #[test]
    fn jsonl_reads_the_fields_it_needs_and_skips_the_rest() {
        let lines = concat!(
            r#"{"id": 7, "gold": {"quotes": [{"span": [1, 2], "who": ["x"]}]}, "text": "A.", "#,
            r#""meta": {"date": "2024-01-02", "url": null}, "source": "Wire", "title": "old", "#,
            r#""title": "new"}"#,
            "\n",
            "\n",
            r#"{"te\u0078t": "Escaped key.", "id": "b"}"#,
            "\n",
            r#"[1, 2]"#,
            "\n",
            r#"{"id": "d", "text": 5}"#,
            "\n",
            r#"{"id": "e", "text": "cut"#,
            "\n",
        );
        let fields = Fields {
            id: "id".into(),
            text: "text".into(),
        };
        let reader: Box<dyn BufRead + Send> = Box::new(std::io::Cursor::new(lines));
        let items: Vec<Item> = jsonl(reader, "in.jsonl".into(), "in".into(), fields).collect();
        assert_eq!(items.len(), 5, "the blank line is no article");
        let a = &items[0];
        assert_eq!((a.id.as_str(), a.text.as_str()), ("7", "A."));
        assert_eq!((a.title.as_str(), a.date.as_str()), ("new", "2024-01-02"));
        assert_eq!(
            (a.url.as_str(), a.source.as_str()),
            ("", "in.jsonl:1 (Wire)")
        );
        assert!(a.error.is_none());
        assert_eq!(
            (items[1].id.as_str(), items[1].text.as_str()),
            ("b", "Escaped key.")
        );
        let errors: Vec<&str> = items[2..]
            .iter()
            .map(|i| i.error.as_deref().unwrap())
            .collect();
        assert!(
            errors[0].starts_with("line 4: invalid JSON"),
            "{}",
            errors[0]
        );
        assert_eq!(items[2].id, "in:4");
        assert_eq!(errors[1], r#"line 5: no string field "text""#);
        assert!(
            errors[2].starts_with("line 6: invalid JSON"),
            "{}",
            errors[2]
        );
    }
}
