//! placeholder
mod attribute;
mod grammar;
mod layout;
mod lexicon;
mod marks;
mod model;
mod text;
pub use model::*;

/// Finds every quotation in `text`.
pub fn parse(text: &str) -> Parsed {
    let layout = layout::layout(text);
    let (raw, diagnostics) = marks::scan(text, &layout);
    let quotes = attribute::attribute(text, &layout, &raw);
    Parsed { quotes, diagnostics }
}
