//! Reads `static/content/`, has it checked (see `validate`, `parity`, `terminology`) and
//! builds the [`Catalogue`]. Every problem names the file, line, column and field.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::locate::locate;
pub use crate::report::ContentError;
use crate::report::{field_error, json_error, whole_file_error};
use crate::terminology::Terminology;
use crate::{parity, terminology, validate};
use crate::{Catalogue, Interface, Locale, Story, FALLBACK_LOCALE};

/// The file holding a locale's interface wording is `interface.{locale}.json`, its list of
/// words to avoid `terminology.{locale}.json`; every other `{name}.{locale}.json` is a story.
pub(crate) const INTERFACE_FILE: &str = "interface";
pub(crate) const TERMINOLOGY_FILE: &str = "terminology";

/// A content file read into memory, kept for locating errors found after parsing.
pub(crate) struct File<T> {
    pub path: PathBuf,
    pub text: String,
    pub name: String,
    pub locale: String,
    pub value: T,
}

impl<T> File<T> {
    pub fn error(&self, field: &str, message: impl Into<String>) -> ContentError {
        field_error(&self.path, &self.text, field, message)
    }
}

/// Every content file of a folder, read and checked.
pub(crate) struct ContentFiles {
    pub interfaces: Vec<File<Interface>>,
    pub stories: Vec<File<Story>>,
}

/// Loads and validates every content file in `dir`.
pub fn load_dir(dir: &Path) -> Result<Catalogue, Vec<ContentError>> {
    read_checked(dir).map(assemble)
}

/// Reads every content file in `dir` and runs every check on them.
pub(crate) fn read_checked(dir: &Path) -> Result<ContentFiles, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut interfaces = Vec::new();
    let mut stories = Vec::new();
    let mut terminologies = Vec::new();
    // Files that exist but do not parse: reported once, and not again as missing.
    let mut unreadable: Vec<(String, String)> = Vec::new();
    // Empty texts, reported unless a more specific check already named the field.
    let mut blanks = Vec::new();

    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect(),
        Err(e) => {
            return Err(vec![whole_file_error(
                dir,
                format!("cannot read the folder: {e}"),
            )])
        }
    };
    paths.sort();

    for path in paths {
        let Some((name, locale)) = split_file_name(&path) else {
            errors.push(whole_file_error(
                &path,
                "content files are named `{story}.{locale}.json`, `interface.{locale}.json` \
                 or `terminology.{locale}.json`, with a lower-case language code such as `en` or `nl`",
            ));
            continue;
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                errors.push(whole_file_error(
                    &path,
                    format!("cannot read the file: {e}"),
                ));
                continue;
            }
        };
        fn file<T>(path: &Path, text: &str, name: &str, locale: &str, value: T) -> File<T> {
            File {
                path: path.to_owned(),
                text: text.to_owned(),
                name: name.to_owned(),
                locale: locale.to_owned(),
                value,
            }
        }
        let parsed = match name.as_str() {
            INTERFACE_FILE => parse::<Interface>(&path, &text)
                .map(|v| interfaces.push(file(&path, &text, &name, &locale, v))),
            TERMINOLOGY_FILE => parse::<Terminology>(&path, &text)
                .map(|v| terminologies.push(file(&path, &text, &name, &locale, v))),
            _ => parse::<Story>(&path, &text).map(|mut v| {
                v.slug = name.clone().into();
                stories.push(file(&path, &text, &name, &locale, v));
            }),
        };
        if let Err(e) = parsed {
            errors.push(e);
            unreadable.push((name, locale));
        } else {
            blanks.extend(empty_texts(&path, &text));
        }
    }

    let mut consistent = Vec::new();
    for story in &stories {
        let problems = validate::check_story(story);
        consistent.push(problems.is_empty());
        errors.extend(problems);
    }
    errors.extend(validate::check_locales(
        dir,
        &interfaces,
        &stories,
        &terminologies,
        &unreadable,
    ));
    for list in &terminologies {
        errors.extend(terminology::check(list, &interfaces, &stories));
    }
    // A story with its own problems would only repeat them as differences from English.
    let checked: Vec<&File<Story>> = stories
        .iter()
        .zip(&consistent)
        .filter(|(_, ok)| **ok)
        .map(|(s, _)| s)
        .collect();
    errors.extend(parity::check(&checked));
    blanks.retain(|blank: &ContentError| {
        !errors.iter().any(|e| {
            let within = |end: &str| blank.field.starts_with(&format!("{}{end}", e.field));
            e.file == blank.file
                && !e.field.is_empty()
                && (blank.field == e.field || within(".") || within("["))
        })
    });
    errors.extend(blanks);

    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ContentFiles {
        interfaces,
        stories,
    })
}

/// `openai-foxconn.nl.json` → (`openai-foxconn`, `nl`).
fn split_file_name(path: &Path) -> Option<(String, String)> {
    let stem = path.file_stem()?.to_str()?;
    let (name, locale) = stem.rsplit_once('.')?;
    let name_ok = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    (name_ok && validate::is_language_code(locale)).then(|| (name.to_owned(), locale.to_owned()))
}

fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, ContentError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        // The path is `.` for the whole file, and ends in `?` where the JSON syntax broke off.
        let field = e.path().to_string();
        let field = if field == "." || field.ends_with('?') {
            String::new()
        } else {
            field
        };
        json_error(path, text, field, e.inner())
    })?;
    // Text after the closing brace is an error too.
    de.end()
        .map_err(|e| json_error(path, text, String::new(), &e))?;
    Ok(value)
}

/// Fields that may be left empty: a quote's translation when it is already in the
/// reader's language.
const MAY_BE_EMPTY: [&str; 1] = ["translation"];

/// Every text of a parsed file that is empty or only spaces: a reader would meet a blank
/// heading, answer or button, so the build stops instead.
fn empty_texts(path: &Path, text: &str) -> Vec<ContentError> {
    fn walk(value: &serde_json::Value, at: &str, key: &str, found: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) if s.trim().is_empty() && !MAY_BE_EMPTY.contains(&key) => {
                found.push(at.to_owned())
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, &format!("{at}[{i}]"), key, found);
                }
            }
            serde_json::Value::Object(fields) => {
                for (name, item) in fields {
                    let field = if at.is_empty() {
                        name.clone()
                    } else {
                        format!("{at}.{name}")
                    };
                    walk(item, &field, name, found);
                }
            }
            _ => {}
        }
    }
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    walk(&value, "", "", &mut found);
    found.sort_by_key(|field| locate(text, field));
    found
        .iter()
        .map(|field| {
            field_error(
                path,
                text,
                field,
                "this text is empty: write it, or remove the field if it is optional",
            )
        })
        .collect()
}

/// Builds the catalogue: the fallback locale first, then the others by code; stories by name.
fn assemble(files: ContentFiles) -> Catalogue {
    let ContentFiles {
        interfaces,
        mut stories,
    } = files;
    stories.sort_by(|a, b| a.name.cmp(&b.name));
    let mut locales: Vec<Locale> = interfaces
        .into_iter()
        .map(|file| Locale {
            code: file.locale.clone().into(),
            interface: file.value,
            stories: stories
                .iter()
                .filter(|s| s.locale == file.locale)
                .map(|s| s.value.clone())
                .collect::<Vec<_>>()
                .into(),
        })
        .collect();
    locales.sort_by_key(|l| (l.code != FALLBACK_LOCALE, l.code.clone()));
    Catalogue {
        locales: locales.into(),
    }
}
