//! The marks the prerender step writes on the markup it renders — which settings rendered
//! it, which build, and a fingerprint of the markup itself — and the check the browser makes
//! with them before hydrating. Hydration needs the very tree this module would render; a
//! page cached from an older build or a paste a CMS edited would otherwise make it fail,
//! and a failure in the shipped module is a trap that stops every widget on the page.

use crate::catalogue::BUILD_ID;
use crate::settings::{Settings, RENDERED_ATTRIBUTES};

/// The build that rendered the markup (`BUILD_ID`, see build.rs).
pub const BUILD_ATTRIBUTE: &str = "data-rendered-build";
/// [`fingerprint`] of the markup as rendered.
pub const FINGERPRINT_ATTRIBUTE: &str = "data-rendered-fingerprint";

/// Every attribute the prerender step writes on the mount element.
pub fn marks() -> impl Iterator<Item = &'static str> {
    RENDERED_ATTRIBUTES
        .into_iter()
        .chain([BUILD_ATTRIBUTE, FINGERPRINT_ATTRIBUTE])
}

/// Where [`markup_hash`] starts (FNV-1a's offset basis).
const FNV_START: u32 = 0x811c_9dc5;

/// FNV-1a (32 bits) over `text` in UTF-16 code units, as JavaScript strings hold them,
/// continuing from `hash`.
fn fnv(mut hash: u32, text: &str) -> u32 {
    for unit in text.encode_utf16() {
        hash ^= u32::from(unit);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// The first half of the fingerprint: FNV-1a over the mount's inner HTML as a browser
/// serialises it, `<` and `>` counted the same escaped or not (browsers have begun escaping
/// them in attribute values). In the browser `runtime.js` computes this, so the markup is
/// never copied into the module's memory; the prerender step, from what it rendered.
pub fn markup_hash(inner_html: &str) -> u32 {
    fnv(
        FNV_START,
        &inner_html.replace("&lt;", "<").replace("&gt;", ">"),
    )
}

/// The fingerprint: [`markup_hash`] continued over the settings marks, each after a newline.
pub fn fingerprint(markup_hash: u32, settings_marks: &[&str]) -> u32 {
    settings_marks
        .iter()
        .fold(markup_hash, |hash, mark| fnv(fnv(hash, "\n"), mark))
}

/// Why the markup cannot be hydrated by this module, if it cannot. `attribute` reads the
/// mount element's attributes; `markup_hash` is [`markup_hash`] of the markup inside it.
pub fn check(
    attribute: impl Fn(&str) -> Option<String>,
    markup_hash: u32,
) -> Result<Settings, Mismatch> {
    let build = attribute(BUILD_ATTRIBUTE).ok_or(Mismatch::Unmarked)?;
    if build != BUILD_ID {
        return Err(Mismatch::OtherBuild(build));
    }
    let settings_marks: Vec<String> = RENDERED_ATTRIBUTES
        .iter()
        .map(|name| attribute(name).unwrap_or_default())
        .collect();
    let marks: Vec<&str> = settings_marks.iter().map(String::as_str).collect();
    let expected = attribute(FINGERPRINT_ATTRIBUTE).ok_or(Mismatch::Unmarked)?;
    if format!("{:08x}", fingerprint(markup_hash, &marks)) != expected {
        return Err(Mismatch::Altered);
    }
    Settings::from_rendered_attributes(&attribute).ok_or(Mismatch::Unmarked)
}

/// Why prerendered markup is rendered afresh instead of hydrated.
#[derive(Debug, PartialEq)]
pub enum Mismatch {
    /// Markup without the build's marks (truncated, or pasted without them).
    Unmarked,
    /// Rendered by another build (an older page or paste).
    OtherBuild(String),
    /// Changed after the build (by a CMS, an editor, a script).
    Altered,
}

impl Mismatch {
    /// The console warning, ending in what happens instead.
    pub fn warning(&self) -> String {
        let why = match self {
            Mismatch::Unmarked => "its prerendered markup carries no marks of the build that rendered it (truncated or incomplete?)".to_owned(),
            Mismatch::OtherBuild(build) => format!("its prerendered markup comes from another build ({build}; this is {BUILD_ID})"),
            Mismatch::Altered => "its prerendered markup was changed after the build (by a CMS or a script?)".to_owned(),
        };
        format!("deal-explainer: {why}; rendering this widget afresh.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_sees_every_change_and_ignores_how_angle_brackets_are_escaped() {
        let print = |html: &str, marks: &[&str]| fingerprint(markup_hash(html), marks);
        let base = print("<p title=\"a&gt;b\">x</p>", &["en", "design"]);
        assert_eq!(base, print("<p title=\"a>b\">x</p>", &["en", "design"]));
        assert_ne!(base, print("<p title=\"a>b\">x</p>", &["nl", "design"]));
        assert_ne!(base, print("<p title=\"a>b\">y</p>", &["en", "design"]));
        assert_ne!(
            base,
            print("<p title=\"a>b\">x</p><p></p>", &["en", "design"])
        );
        // JavaScript strings count UTF-16 units; so does the fingerprint.
        assert_ne!(markup_hash("é"), markup_hash("e"));
        // FNV-1a of "a" (0xe40c292c), as runtime.js computes it.
        assert_eq!(markup_hash("a"), 0xe40c_292c);
    }

    #[test]
    fn markup_is_hydrated_only_when_build_and_fingerprint_match() {
        let settings = Settings::default();
        let rendered = settings.rendered_attributes();
        let html = "<article>text</article>";
        let marks: Vec<&str> = rendered.iter().map(|(_, v)| *v).collect();
        let print = format!("{:08x}", fingerprint(markup_hash(html), &marks));
        let attributes = |build: &'static str, print: String| {
            move |name: &str| match name {
                BUILD_ATTRIBUTE => Some(build.to_owned()),
                FINGERPRINT_ATTRIBUTE => Some(print.clone()),
                _ => rendered
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string()),
            }
        };
        let hash = markup_hash(html);
        assert_eq!(
            check(attributes(BUILD_ID, print.clone()), hash),
            Ok(settings)
        );
        assert_eq!(
            check(
                attributes(BUILD_ID, print.clone()),
                markup_hash("<article>edited</article>")
            ),
            Err(Mismatch::Altered)
        );
        assert_eq!(
            check(attributes("0123", print), hash),
            Err(Mismatch::OtherBuild("0123".into()))
        );
        assert_eq!(check(|_| None, hash), Err(Mismatch::Unmarked));
    }
}
