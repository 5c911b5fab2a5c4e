//! One word per idea: `terminology.{locale}.json` lists words the language's content files
//! must not use, each with the word to write instead, and every file of that language is
//! checked against it (what the widget says in its own words, not what it quotes).

use crate::load::File;
use crate::report::ContentError;
use crate::{Interface, Story};

/// The list of one language, e.g. `{"terms": [{"avoid": "afspraak", "use": "overeenkomst"}]}`.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Terminology {
    pub terms: Vec<Term>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// A word or phrase, matched as whole words, ignoring case.
    pub avoid: String,
    #[serde(rename = "use")]
    pub instead: String,
}

/// Checks the list itself, then every interface and story file of its language.
pub(crate) fn check(
    list: &File<Terminology>,
    interfaces: &[File<Interface>],
    stories: &[File<Story>],
) -> Vec<ContentError> {
    let mut errors = Vec::new();
    for (i, term) in list.value.terms.iter().enumerate() {
        if term.avoid.trim().is_empty() || term.instead.trim().is_empty() {
            errors.push(list.error(
                &format!("terms[{i}]"),
                "each entry names a word to avoid and the word to use instead",
            ));
        }
    }
    if !errors.is_empty() {
        return errors;
    }
    let files = interfaces
        .iter()
        .filter(|f| f.locale == list.locale)
        .map(|f| (f.text.as_str(), f as &dyn Locatable))
        .chain(
            stories
                .iter()
                .filter(|f| f.locale == list.locale)
                .map(|f| (f.text.as_str(), f as &dyn Locatable)),
        );
    for (text, file) in files {
        // Parsed already, as its type; here only its strings and where they are matter.
        let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
            continue;
        };
        let mut strings = Vec::new();
        collect_strings(&value, String::new(), &mut strings);
        for (field, string) in strings {
            if is_quoted(&field) {
                continue;
            }
            for term in &list.value.terms {
                if contains_words(string, &term.avoid) {
                    errors.push(file.error_at(
                        &field,
                        format!(
                            "write “{}” instead of “{}” (terminology.{}.json)",
                            term.instead, term.avoid, list.locale
                        ),
                    ));
                }
            }
        }
    }
    errors
}

/// Interface and story files alike.
trait Locatable {
    fn error_at(&self, field: &str, message: String) -> ContentError;
}

impl<T> Locatable for File<T> {
    fn error_at(&self, field: &str, message: String) -> ContentError {
        self.error(field, message)
    }
}

/// Every string of a JSON value with its field path (`pillars[0].points[1].text`).
fn collect_strings<'a>(
    value: &'a serde_json::Value,
    path: String,
    out: &mut Vec<(String, &'a str)>,
) {
    match value {
        serde_json::Value::String(s) => out.push((path, s)),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect_strings(item, format!("{path}[{i}]"), out);
            }
        }
        serde_json::Value::Object(fields) => {
            for (key, item) in fields {
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                collect_strings(item, path, out);
            }
        }
        _ => {}
    }
}

/// Fields that hold other people's words or codes rather than ours: the news page's card,
/// quotes, excerpts, document titles, and ids, codes and links.
fn is_quoted(field: &str) -> bool {
    let last = field.rsplit('.').next().unwrap_or(field);
    let key = last.split('[').next().unwrap_or(last);
    field.starts_with("details.")
        || field.contains(".excerpts[")
        || matches!(
            key,
            "passages"
                | "id"
                | "kind"
                | "answer"
                | "lang"
                | "url"
                | "original_language"
                | "published_iso"
                | "pillar"
        )
        || (field.starts_with("sources[") && key == "title")
        // A citation written as a plain source id.
        || ((key == "sources" || key == "claimed_by") && last.ends_with(']'))
}

/// Whether `text` holds `words` as whole words (not inside a longer word), ignoring case.
fn contains_words(text: &str, words: &str) -> bool {
    let (text, words) = (text.to_lowercase(), words.to_lowercase());
    text.match_indices(&words).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + words.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::{contains_words, is_quoted};

    #[test]
    fn words_match_whole_and_in_any_case() {
        assert!(contains_words("De Deal met Broadcom", "deal"));
        assert!(contains_words("een AI-maker.", "maker"));
        assert!(contains_words("tik op een vraag", "Tik op"));
        assert!(!contains_words("een ideale dealer", "deal"));
        assert!(!contains_words("fabrikanten", "maker"));
    }

    #[test]
    fn quoted_words_and_codes_are_not_ours_to_change() {
        assert!(is_quoted("details.audience"));
        assert!(is_quoted("quotes[0].passages[1]"));
        assert!(is_quoted("pillars[0].points[1].sources[0].excerpts[0]"));
        assert!(is_quoted("pillars[0].points[1].sources[0]"));
        assert!(is_quoted("claims[0].claimed_by[0]"));
        assert!(is_quoted("sources[2].title"));
        assert!(!is_quoted("sources[2].note"));
        assert!(!is_quoted("pillars[0].points[1].text"));
        assert!(!is_quoted("quotes[0].translation"));
        assert!(!is_quoted("pillar_number_prefix"));
    }
}
