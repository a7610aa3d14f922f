//! Properties that hold for any input: no panic, spans inside the text on char boundaries,
//! quotes in order, and a bounded number of diagnostics.

use proptest::prelude::*;
use verbatim_parser::parse;

/// Text made of the pieces that stress the grammars: every mark, apostrophes, cue words,
/// names, punctuation and line breaks.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“"),
        Just("”"),
        Just("\""),
        Just("'"),
        Just("‘"),
        Just("’"),
        Just("„"),
        Just("‚"),
        Just("«"),
        Just("»"),
        Just("‹"),
        Just("›"),
        Just("「"),
        Just("」"),
        Just("『"),
        Just("』"),
        Just("``"),
        Just("''"),
        Just(" said "),
        Just(" told reporters "),
        Just(" that "),
        Just("Peskov"),
        Just(" he "),
        Just("According to "),
        Just(", "),
        Just(". "),
        Just(": "),
        Just("\n"),
        Just("\n\n"),
        Just("-\n"),
        Just(" — "),
        Just("https://x.y/z\n"),
        Just("ARTICLE CONTINUES AFTER AD"),
        Just("Sen. "),
        Just("the Kremlin"),
        Just("who"),
        Just("a"),
        Just("é"),
        Just("😀"),
        Just(" "),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let parsed = parse(text);
    let mut last = 0;
    for q in &parsed.quotes {
        assert!(q.span.start <= q.span.end && q.span.end <= text.len());
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        assert!(q.span.start >= last, "quotes are in text order");
        last = q.span.start;
        assert!(!q.text.is_empty());
        if let Some(a) = &q.attribution {
            assert!(a.mention.span.end <= text.len());
            assert!(
                text.is_char_boundary(a.mention.span.start)
                    && text.is_char_boundary(a.mention.span.end)
            );
        }
    }
    for d in &parsed.diagnostics {
        assert!(d.span.start < d.span.end && d.span.end <= text.len());
    }
    assert!(parsed.diagnostics.len() <= 200);
    // titles are in order, inside the text, and never also quotations
    for w in parsed.titles.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
    for t in &parsed.titles {
        assert!(t.end <= text.len() && text.is_char_boundary(t.start));
        assert!(!parsed.quotes.iter().any(|q| q.span.start >= t.start
            && q.span.end <= t.end
            && q.kind != verbatim_parser::Kind::Indirect));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn any_string_parses_without_panic(text in ".{0,300}") {
        check(&text);
    }

    #[test]
    fn newsy_strings_parse_without_panic(text in newsy()) {
        check(&text);
    }
}

#[test]
fn ten_thousand_unclosed_marks_are_bounded() {
    let text = "“".repeat(10_000);
    let parsed = parse(&text);
    assert!(parsed.diagnostics.len() <= 200);
    assert!(
        parsed
            .diagnostics
            .last()
            .unwrap()
            .message
            .contains("further diagnostics")
    );
}

#[test]
fn paragraph_ending_on_a_comma_before_a_bare_attribution() {
    // regression: "…, X said." looked for its comma before the sentence and sliced backwards
    check("The talks went on,\n\nHe said.\n");
    assert!(parse("The talks went on,\n\nHe said.\n").quotes.is_empty());
}

/// Found by `newsy_strings_parse_without_panic`: a quotation that opens right after a cue and
/// runs past the end of its clause (the marks do not pair) once sliced the text backwards.
#[test]
fn quotation_running_past_its_clause_does_not_panic() {
    let text = "\nthe Kremlin said ,   said According to »」›』‚\n\nAccording to ‘''” said «」 told reporters .  told reporters -\n‹』』\n\n  」 he  said ”Sen. é, ‘\"«, According to -\n\"‘‚”, ‹\n\nPeskové› that ”";
    let parsed = verbatim_parser::parse(text);
    for q in &parsed.quotes {
        assert!(q.span.start <= q.span.end && q.span.end <= text.len());
    }
}
