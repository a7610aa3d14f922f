//! Any bytes, decoded lossily, must parse without a panic and with spans inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parsed = verbatim_parser::parse(&text);
    for q in &parsed.quotes {
        assert!(q.span.end <= text.len());
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
    }
    for d in &parsed.diagnostics {
        assert!(d.span.end <= text.len());
    }
});
