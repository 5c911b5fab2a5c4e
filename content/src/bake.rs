//! Writes parsed content out as Rust source, so the widget embeds it as constants.

use std::borrow::Cow;

/// Writes `self` as a Rust constant expression.
pub trait Bake {
    fn bake(&self, out: &mut String);
}

impl Bake for Cow<'static, str> {
    fn bake(&self, out: &mut String) {
        // `{:?}` of a str is a valid Rust string literal, escapes included.
        out.push_str(&format!("::deal_content::baked!({:?})", self.as_ref()));
    }
}

impl<T: Bake + Clone> Bake for Cow<'static, [T]> {
    fn bake(&self, out: &mut String) {
        out.push_str("::deal_content::baked!(&[");
        for item in self.iter() {
            item.bake(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

/// The whole catalogue as a `static`, ready for `include!`.
pub fn bake_catalogue(catalogue: &crate::Catalogue) -> String {
    let mut out = String::from(
        "// Generated from static/content/*.json by build.rs. Edit those files, not this.\n\
         pub static CATALOGUE: crate::content::Catalogue = ",
    );
    catalogue.bake(&mut out);
    out.push_str(";\n");
    out
}
