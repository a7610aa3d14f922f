//! End-to-end tests of the `verbatim` binary on a temporary folder of mixed inputs.

use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_verbatim"))
}

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/articles")
}

/// A folder with every kind of input, good and bad.
fn mixed_inputs(dir: &Path) {
    let input = dir.join("in");
    std::fs::create_dir_all(input.join("nested")).unwrap();
    for seed in ["000_c21de3e63bf39a81.txt", "004_75d70c13e1e17d8b.txt"] {
        std::fs::copy(seeds().join(seed), input.join(seed)).unwrap();
    }
    std::fs::write(input.join("nested/empty.txt"), "").unwrap();
    std::fs::write(
        input.join("nested/binary.txt"),
        [0u8, 159, 146, 150, 0, 1, 2, 3, 255, 0],
    )
    .unwrap();
    // Windows-1252: curly quotes are bytes 0x93 and 0x94
    std::fs::write(
        input.join("nested/cp1252.txt"),
        b"\x93We will not resign,\x94 Mayor Ivo Brandt told reporters.\n",
    )
    .unwrap();
    std::fs::write(
        input.join("feed.jsonl"),
        concat!(
            r#"{"id": "j1", "text": "“The dam will hold,” said engineer Pia Lund.", "title": "Dam", "date": "2024-03-01", "url": "https://example.org/dam"}"#,
            "\n",
            "{not json\n",
            "\n",
            r#"{"id": "j3", "body": "no text field here"}"#,
            "\n"
        ),
    )
    .unwrap();
    std::fs::write(
        input.join("export.csv"),
        "id,text,title\nc1,\"Officials said the bridge would reopen in May.\",Bridge\nc2,\"“Prices will fall,” said Ann Ruiz.\"\n",
    )
    .unwrap();
}

fn run_extract(inputs: &[&Path], out: &Path, extra: &[&str]) -> std::process::Output {
    let mut cmd = bin();
    cmd.arg("extract");
    for i in inputs {
        cmd.arg(i);
    }
    cmd.arg("--out").arg(out).arg("--quiet").args(extra);
    cmd.output().unwrap()
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap()
}

#[test]
fn mixed_inputs_every_article_has_a_row_and_tables_match_snapshots() {
    let dir = tempfile::tempdir().unwrap();
    mixed_inputs(dir.path());
    let out = dir.path().join("out");
    let res = run_extract(&[&dir.path().join("in")], &out, &["--jobs", "2"]);
    assert_eq!(
        res.status.code(),
        Some(1),
        "bad inputs make exit status 1: {}",
        String::from_utf8_lossy(&res.stderr)
    );

    let articles =
        read(&out.join("articles.csv")).replace(&dir.path().display().to_string(), "TMP");
    let rows: Vec<&str> = articles.lines().skip(1).collect();
    assert_eq!(
        rows.len(),
        10,
        "every input article has its row:\n{articles}"
    );
    for (id, status) in [
        ("000_c21de3e63bf39a81", "ok"),
        ("empty", "empty"),
        ("binary", "error"),
        ("cp1252", "recovered"),
        ("j1", "ok"),
        ("feed:2", "error"),
        ("j3", "error"),
        ("c1", "ok"),
    ] {
        assert!(
            rows.iter()
                .any(|r| r.starts_with(&format!("{id},")) && r.contains(&format!(",{status},"))),
            "{id} should be {status}:\n{articles}"
        );
    }
    assert!(articles.contains("line 2: invalid JSON"));
    assert!(articles.contains("Windows-1252"));

    let quotes = read(&out.join("quotes.csv"));
    // the seeds share Lavrov's quote: one cluster id across both articles
    let lavrov: Vec<&str> = quotes
        .lines()
        .filter(|l| l.contains("No one is making a secret"))
        .collect();
    assert_eq!(lavrov.len(), 2);
    let cluster = |l: &str| l.rsplit(',').next().unwrap().to_string();
    assert_eq!(cluster(lavrov[0]), cluster(lavrov[1]));
    // … and the same id in a run over one of them alone: ids hold across runs, so tables from
    // runs over different batches of articles can be joined on them
    let alone = dir.path().join("alone");
    let seed = seeds().join("004_75d70c13e1e17d8b.txt");
    assert!(run_extract(&[&seed], &alone, &[]).status.success());
    let again = read(&alone.join("quotes.csv"));
    let line = again
        .lines()
        .find(|l| l.contains("No one is making a secret"))
        .unwrap();
    assert_eq!(cluster(line), cluster(lavrov[0]));
    assert!(cluster(line).starts_with('q'));
    assert!(lavrov.iter().all(|l| l.contains(",Sergei Lavrov,lavrov,")));
    assert!(
        quotes.contains("We will not resign,"),
        "the Windows-1252 article is decoded"
    );

    insta::with_settings!({snapshot_path => "../../../snapshots", prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!("extract_articles_csv", articles);
        insta::assert_snapshot!("extract_quotes_csv", quotes);
        insta::assert_snapshot!("extract_speakers_csv", read(&out.join("speakers.csv")));
    });
}

#[test]
fn jobs_1_and_jobs_4_write_identical_bytes() {
    let dir = tempfile::tempdir().unwrap();
    mixed_inputs(dir.path());
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    run_extract(&[&dir.path().join("in")], &a, &["--jobs", "1"]);
    run_extract(&[&dir.path().join("in")], &b, &["--jobs", "4"]);
    for t in ["quotes.csv", "speakers.csv", "articles.csv"] {
        assert_eq!(
            std::fs::read(a.join(t)).unwrap(),
            std::fs::read(b.join(t)).unwrap(),
            "{t} differs"
        );
    }
}

#[test]
fn jsonl_format_and_stdout_stream() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let res = run_extract(&[&seeds()], &out, &["--format", "jsonl"]);
    assert_eq!(res.status.code(), Some(0));
    let first = read(&out.join("quotes.jsonl"))
        .lines()
        .next()
        .unwrap()
        .to_string();
    let v: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert_eq!(v["article_id"], "000_c21de3e63bf39a81");

    let mut child = bin()
        .args(["extract", "-", "--out", "-", "--quiet"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all("{\"id\":\"s1\",\"text\":\"“Yes,” said Bo Lind.\"}\n".as_bytes())
        .unwrap();
    let res = child.wait_with_output().unwrap();
    assert!(res.status.success());
    let line = String::from_utf8(res.stdout).unwrap();
    let v: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(
        (v["article_id"].as_str(), v["speaker"].as_str()),
        (Some("s1"), Some("Bo Lind"))
    );
}

#[test]
fn failed_run_leaves_no_final_named_table() {
    let dir = tempfile::tempdir().unwrap();
    // the output path is a file: nothing can be written
    let out = dir.path().join("taken");
    std::fs::write(&out, "not a folder").unwrap();
    let res = run_extract(&[&seeds()], &out, &[]);
    assert_eq!(res.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&res.stderr).contains("cannot create output folder"));
}

#[test]
fn killed_run_leaves_no_final_named_table() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    // a long stream on stdin that never ends: the run is killed while it reads
    let mut child = bin()
        .args(["extract", "-", "--quiet", "--out"])
        .arg(&out)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    use std::io::Write;
    for i in 0..2000 {
        writeln!(
            stdin,
            "{{\"id\":\"a{i}\",\"text\":\"“Q {i},” said Bo Lind.\"}}"
        )
        .unwrap();
    }
    stdin.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    child.kill().unwrap();
    child.wait().unwrap();
    drop(stdin);
    for t in ["quotes.csv", "speakers.csv", "articles.csv"] {
        assert!(
            !out.join(t).exists(),
            "{t} must not exist after an interrupted run"
        );
    }
}

#[test]
fn bad_flags_exit_2_and_show_prints_labels() {
    let res = bin().args(["extract", "--no-such-flag"]).output().unwrap();
    assert_eq!(res.status.code(), Some(2));
    let res = bin()
        .arg("show")
        .arg(seeds().join("004_75d70c13e1e17d8b.txt"))
        .output()
        .unwrap();
    assert!(res.status.success());
    let s = String::from_utf8(res.stdout).unwrap();
    assert!(s.contains("⟦3:but there’s"));
    assert!(s.contains("Dmitry Peskov  [Kremlin spokesman Dmitry Peskov]"));
}

#[test]
fn user_gazetteer_error_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("mine.tsv");
    std::fs::write(&g, "x\tperson\tJane Roe\tf\t\t\nbroken line\n").unwrap();
    let res = run_extract(
        &[&seeds()],
        &dir.path().join("out"),
        &["--gazetteer", g.to_str().unwrap()],
    );
    assert_eq!(res.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&res.stderr).contains("line 2"));
}
