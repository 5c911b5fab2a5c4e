//! Writes parsed content out as Rust source, so the widget embeds it as constants.

use std::borrow::Cow;
use std::collections::HashMap;

/// Writes `self` as a Rust constant expression.
pub trait Bake {
    fn bake(&self, out: &mut String, lists: &mut SharedLists);
    /// The type as the generated code names it.
    fn type_name() -> String;
}

/// Lists are written once each as a `static` and referred to wherever they recur: a
/// translation cites the same passages as English, and the download holds them once.
#[derive(Default)]
pub struct SharedLists {
    statics: String,
    names: HashMap<String, String>,
}

impl SharedLists {
    /// The name of the `static` holding `[items]` of type `ty`, written on first use.
    fn name(&mut self, ty: String, items: String) -> String {
        let declaration = format!("{ty} = [{items}];\n");
        let next = self.names.len();
        self.names
            .entry(declaration)
            .or_insert_with_key(|declaration| {
                let name = format!("LIST_{next}");
                self.statics
                    .push_str(&format!("static {name}: {declaration}"));
                name
            })
            .clone()
    }
}

impl Bake for Cow<'static, str> {
    fn bake(&self, out: &mut String, _: &mut SharedLists) {
        // `{:?}` of a str is a valid Rust string literal, escapes included.
        out.push_str(&format!("::deal_content::baked!({:?})", self.as_ref()));
    }

    fn type_name() -> String {
        "crate::content::Text".into()
    }
}

impl<T: Bake + Clone> Bake for Cow<'static, [T]> {
    fn bake(&self, out: &mut String, lists: &mut SharedLists) {
        let mut items = String::new();
        for item in self.iter() {
            item.bake(&mut items, lists);
            items.push(',');
        }
        let name = lists.name(format!("[{}; {}]", T::type_name(), self.len()), items);
        out.push_str(&format!("::deal_content::baked!(&{name})"));
    }

    fn type_name() -> String {
        format!("crate::content::List<{}>", T::type_name())
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String, lists: &mut SharedLists) {
        match self {
            None => out.push_str("None"),
            Some(value) => {
                out.push_str("Some(");
                value.bake(out, lists);
                out.push(')');
            }
        }
    }

    fn type_name() -> String {
        format!("Option<{}>", T::type_name())
    }
}

/// The whole catalogue as a `static`, ready for `include!`.
pub fn bake_catalogue(catalogue: &crate::Catalogue) -> String {
    let mut lists = SharedLists::default();
    let mut value = String::new();
    catalogue.bake(&mut value, &mut lists);
    format!(
        "// Generated from static/content/*.json by build.rs. Edit those files, not this.\n\
         pub static CATALOGUE: crate::content::Catalogue = {value};\n{}",
        lists.statics
    )
}
