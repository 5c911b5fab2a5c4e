//! The content files as an editor meets them: the real ones load, and every kind of mistake
//! stops the build with the file, line, column and field, and a message that says what to fix.
//!
//! Each broken case starts from the small valid set in `tests/fixtures/content/valid/` and
//! changes one thing, written out in the test, so what is being broken stays visible.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use deal_content::documents::check_documents;
use deal_content::load::{load_dir, ContentError};
use deal_content::SourceKind;

const VALID: &str = "tests/fixtures/content/valid";
const REAL: &str = "static/content";
/// The documents the valid fixture cites, one `{source-id}.txt` each.
const VALID_DOCUMENTS: &str = "tests/fixtures/content/documents";
/// Copies of the documents the real story was built from (never shipped).
const REAL_DOCUMENTS: &str = "tests/fixtures/sources";

/// A copy of the valid fixture in a fresh folder, to break on purpose.
struct Fixture {
    dir: PathBuf,
}

impl Fixture {
    fn new() -> Fixture {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "deal-content-test-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        for entry in std::fs::read_dir(VALID).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
        Fixture { dir }
    }

    fn path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }

    fn text(&self, file: &str) -> String {
        std::fs::read_to_string(self.path(file)).unwrap()
    }

    /// Replaces the one occurrence of `from` in `file`.
    fn edit(self, file: &str, from: &str, to: &str) -> Fixture {
        let text = self.text(file);
        assert_eq!(
            text.matches(from).count(),
            1,
            "`{from}` must occur once in {file}"
        );
        std::fs::write(self.path(file), text.replacen(from, to, 1)).unwrap();
        self
    }

    fn remove(self, file: &str) -> Fixture {
        std::fs::remove_file(self.path(file)).unwrap();
        self
    }

    fn add(self, file: &str, text: &str) -> Fixture {
        std::fs::write(self.path(file), text).unwrap();
        self
    }

    /// 1-based numbers of the lines of `file` containing `needle`.
    fn lines_of(&self, file: &str, needle: &str) -> Vec<usize> {
        self.text(file)
            .lines()
            .enumerate()
            .filter(|(_, l)| l.contains(needle))
            .map(|(i, _)| i + 1)
            .collect()
    }

    /// 1-based number of the one line of `file` containing `needle`.
    fn line_of(&self, file: &str, needle: &str) -> usize {
        let lines = self.lines_of(file, needle);
        assert_eq!(lines.len(), 1, "`{needle}` must be on one line of {file}");
        lines[0]
    }

    /// The errors of loading this folder; it must not load.
    fn errors(&self) -> Vec<ContentError> {
        match load_dir(&self.dir) {
            Ok(_) => panic!(
                "broken content in {} loaded without an error",
                self.dir.display()
            ),
            Err(errors) => errors,
        }
    }

    /// The one error of loading this folder.
    fn error(&self) -> ContentError {
        let mut errors = self.errors();
        assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
        errors.remove(0)
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The whole entry of a list, from the line `{indent}{` before the one line holding `needle`
/// to its closing brace (and the comma after it, if any), as it is written in `file`.
fn entry(fixture: &Fixture, file: &str, needle: &str, indent: &str) -> String {
    let text = fixture.text(file);
    let lines: Vec<&str> = text.lines().collect();
    let at = fixture.line_of(file, needle) - 1;
    let open = format!("{indent}{{");
    let start = (0..=at).rev().find(|&i| lines[i] == open).unwrap();
    let end = (at..lines.len())
        .find(|&i| lines[i] == format!("{indent}}}") || lines[i] == format!("{indent}}},"))
        .unwrap();
    lines[start..=end]
        .iter()
        .map(|l| format!("{l}\n"))
        .collect()
}

/// Asserts where an error points and what it says.
#[track_caller]
fn assert_error(error: &ContentError, file: &str, line: usize, field: &str, says: &str) {
    assert!(error.file.ends_with(file), "file: {error}");
    assert_eq!(error.line, line, "line: {error}");
    assert_eq!(error.field, field, "field: {error}");
    assert!(
        error.message.contains(says),
        "message should say `{says}`: {error}"
    );
}

#[test]
fn the_real_content_loads_with_the_same_pillars_and_terms_in_every_language() {
    let catalogue = load_dir(Path::new(REAL)).unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    let codes: Vec<&str> = catalogue.locales.iter().map(|l| l.code.as_ref()).collect();
    assert_eq!(codes, ["en", "nl"]);
    for locale in catalogue.locales.iter() {
        let story = locale
            .story("openai-foxconn")
            .expect("the OpenAI–Foxconn story");
        let pillars: Vec<&str> = story.pillars.iter().map(|p| p.id.as_ref()).collect();
        assert_eq!(
            pillars,
            ["design", "supply-chain", "components"],
            "{}",
            locale.code
        );
        let terms: Vec<&str> = story.terms.cards.iter().map(|c| c.id.as_ref()).collect();
        assert!(terms.starts_with(&[
            "purchase-commitment",
            "financial-obligation",
            "early-access",
            "purchase-option"
        ]));
        let quoted: Vec<&str> = story.quotes.iter().map(|q| q.speaker.as_ref()).collect();
        assert_eq!(quoted, ["Young Liu", "Sam Altman"]);
        // The schedule that belongs to the Broadcom deal is shown as a checked claim only.
        let timeline = story
            .claims
            .iter()
            .find(|c| c.id == "deployment-timeline")
            .expect("the timeline claim");
        assert_eq!(
            story.source(&timeline.claimed_by[0].id).map(|s| s.kind),
            Some(deal_content::SourceKind::Secondary)
        );
        // The five documents the story was built from, and the Broadcom announcement, which
        // is cited by title only.
        let kinds: Vec<SourceKind> = story.sources.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SourceKind::Primary,
                SourceKind::Secondary,
                SourceKind::Secondary,
                SourceKind::Secondary,
                SourceKind::Secondary,
                SourceKind::External
            ]
        );
    }
}

#[test]
fn the_valid_fixture_loads_english_first() {
    let catalogue = load_dir(Path::new(VALID)).unwrap();
    let codes: Vec<&str> = catalogue.locales.iter().map(|l| l.code.as_ref()).collect();
    assert_eq!(codes, ["en", "nl"]);
    assert!(catalogue.locales[1].story("mini").is_some());
}

#[test]
fn a_third_language_needs_only_its_files() {
    let valid = Fixture::new();
    let fixture = Fixture::new()
        .add(
            "interface.de.json",
            &valid
                .text("interface.en.json")
                .replace("English", "Deutsch"),
        )
        .add("mini.de.json", &valid.text("mini.en.json"));
    let catalogue = load_dir(&fixture.dir).unwrap();
    let codes: Vec<&str> = catalogue.locales.iter().map(|l| l.code.as_ref()).collect();
    assert_eq!(codes, ["en", "de", "nl"]);
    assert_eq!(
        catalogue.locale("de").unwrap().interface.language_name,
        "Deutsch"
    );
}

#[test]
fn a_json_syntax_error_names_its_line() {
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        "\"Two firms agree (nl)\",",
        "\"Two firms agree (nl)\"",
    );
    let error = fixture.error();
    // serde_json notices the missing comma where the next field starts.
    let line = fixture.line_of("mini.nl.json", "\"standfirst\"");
    assert_error(&error, "mini.nl.json", line, "", "expected `,` or `}`");
}

#[test]
fn a_misspelt_field_is_rejected_and_named() {
    let fixture = Fixture::new().edit(
        "mini.en.json",
        "\"title\": \"The second pillar (en)\"",
        "\"titel\": \"The second pillar (en)\"",
    );
    let error = fixture.error();
    let line = fixture.line_of("mini.en.json", "\"titel\"");
    assert_error(
        &error,
        "mini.en.json",
        line,
        "pillars[1].titel",
        "unknown field `titel`",
    );
}

#[test]
fn a_missing_field_is_named() {
    let fixture = Fixture::new().edit("interface.nl.json", "  \"kicker\": \"NL Explainer\",\n", "");
    // serde_json notices at the end of the object: the file's closing brace.
    let last_line = fixture.text("interface.nl.json").trim_end().lines().count();
    assert_error(
        &fixture.error(),
        "interface.nl.json",
        last_line,
        "",
        "missing field `kicker`",
    );
}

#[test]
fn an_answer_other_than_yes_or_no_is_rejected() {
    let fixture = Fixture::new().edit(
        "mini.en.json",
        "\"answer\": \"no\"",
        "\"answer\": \"maybe\"",
    );
    let error = fixture.error();
    let line = fixture.line_of("mini.en.json", "\"maybe\"");
    assert_error(
        &error,
        "mini.en.json",
        line,
        "terms.cards[0].answer",
        "unknown variant `maybe`, expected one of `yes`, `no`, `not-stated`",
    );
}

#[test]
fn a_citation_of_an_unknown_source_is_named_with_the_known_ones() {
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        "\"id\": \"coverage\",\n              \"excerpts\": [\n                \"The firms",
        "\"id\": \"coverrage\",\n              \"excerpts\": [\n                \"The firms",
    );
    let error = fixture.error();
    let line = fixture.line_of("mini.nl.json", "\"coverrage\"");
    assert_error(
        &error,
        "mini.nl.json",
        line,
        "pillars[0].points[1].sources[1].id",
        "unknown source id `coverrage`",
    );
    assert!(
        error
            .message
            .contains("known: coverage, outside, primary-doc"),
        "{error}"
    );
    // The column of the value, after `"id": `.
    assert_eq!(
        error.column,
        fixture
            .text("mini.nl.json")
            .lines()
            .nth(line - 1)
            .unwrap()
            .find("\"coverrage\"")
            .unwrap()
            + 1
    );
}

#[test]
fn a_claim_must_be_made_by_a_known_source() {
    let fixture = Fixture::new().edit(
        "mini.en.json",
        "\"claimed_by\": [\n        {\n          \"id\": \"coverage\"",
        "\"claimed_by\": [\n        {\n          \"id\": \"a-blog\"",
    );
    let line = fixture.line_of("mini.en.json", "\"a-blog\"");
    assert_error(
        &fixture.error(),
        "mini.en.json",
        line,
        "claims[0].claimed_by[0].id",
        "unknown source id `a-blog`",
    );
}

#[test]
fn a_translation_with_a_point_less_than_english_is_caught() {
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        &entry(
            &Fixture::new(),
            "mini.nl.json",
            "\"Point one (nl)\"",
            "        ",
        ),
        "",
    );
    let error = fixture.error();
    let first_points = fixture.lines_of("mini.nl.json", "\"points\"")[0];
    assert_error(
        &error,
        "mini.nl.json",
        first_points,
        "pillars[0].points",
        "expected 2 entries, found 1",
    );
    assert!(
        error.message.contains("mini.en.json"),
        "names the file to compare with: {error}"
    );
}

#[test]
fn a_translation_citing_other_sources_than_english_is_caught() {
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        "\"text\": \"Point two (nl)\",\n          \"sources\": [\n            {\n              \"id\": \"primary-doc\",\n              \"excerpts\": [\n                \"They will build racks.\"\n              ]\n            },\n",
        "\"text\": \"Point two (nl)\",\n          \"sources\": [\n",
    );
    let error = fixture.error();
    assert_eq!(error.field, "pillars[0].points[1].sources", "{error}");
    assert!(
        error
            .message
            .contains("expected sources [primary-doc, coverage], found sources [coverage]"),
        "{error}"
    );
}

#[test]
fn a_story_missing_in_one_language_is_named() {
    let fixture = Fixture::new().remove("mini.nl.json");
    assert_error(
        &fixture.error(),
        "mini.nl.json",
        1,
        "",
        "story `mini` has no `nl` translation",
    );
}

#[test]
fn english_is_required_as_the_fallback() {
    let fixture = Fixture::new()
        .remove("interface.en.json")
        .remove("mini.en.json");
    assert_error(
        &fixture.error(),
        "interface.en.json",
        1,
        "",
        "the fallback language `en` is missing",
    );
}

#[test]
fn a_story_without_interface_wording_for_its_language_is_named() {
    let valid = Fixture::new();
    let fixture = Fixture::new().add("mini.fr.json", &valid.text("mini.en.json"));
    assert_error(
        &fixture.error(),
        "mini.fr.json",
        1,
        "",
        "no `interface.fr.json`",
    );
}

#[test]
fn a_badly_named_file_is_named() {
    let valid = Fixture::new();
    let fixture = Fixture::new().add("Mini_EN.json", &valid.text("mini.en.json"));
    assert_error(
        &fixture.error(),
        "Mini_EN.json",
        1,
        "",
        "content files are named `{story}.{locale}.json`",
    );
}

#[test]
fn an_id_used_twice_is_caught() {
    let fixture = Fixture::new().edit(
        "mini.en.json",
        "\"id\": \"may-buy\"",
        "\"id\": \"must-buy\"",
    );
    let errors = fixture.errors();
    let duplicate = errors
        .iter()
        .find(|e| e.file.ends_with("mini.en.json"))
        .expect("an error in mini.en.json");
    let second_use = fixture.lines_of("mini.en.json", "\"id\": \"must-buy\"")[1];
    assert_error(
        duplicate,
        "mini.en.json",
        second_use,
        "terms.cards[1].id",
        "id `must-buy` is used twice",
    );
}

#[test]
fn a_pillar_may_not_take_the_terms_tab_id() {
    let fixture = Fixture::new()
        .edit("mini.en.json", "\"id\": \"second\"", "\"id\": \"terms\"")
        .edit("mini.nl.json", "\"id\": \"second\"", "\"id\": \"terms\"");
    let errors = fixture.errors();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    for error in &errors {
        assert_eq!(error.field, "pillars[1].id", "{error}");
        assert!(
            error.message.contains("`terms` is the widget's own tab"),
            "{error}"
        );
    }
}

#[test]
fn a_date_that_is_not_yyyy_mm_dd_is_caught() {
    let fixture = Fixture::new().edit(
        "mini.en.json",
        "\"published_iso\": \"2025-03-01\"",
        "\"published_iso\": \"1 March 2025\"",
    );
    let line = fixture.line_of("mini.en.json", "\"published_iso\"");
    assert_error(
        &fixture.error(),
        "mini.en.json",
        line,
        "details.published_iso",
        "YYYY-MM-DD",
    );
}

// ---------------------------------------------------------------------------------------
// More kinds of mistakes: enum values, nested missing fields, every list a translation must
// match, a language losing its interface file, and how an error is printed.
// ---------------------------------------------------------------------------------------

/// 1-based number of the one line of `file` that is exactly `line` (indentation included),
/// for lines such as `  "sources": [` whose text also occurs deeper in the file.
fn line_is(fixture: &Fixture, file: &str, line: &str) -> usize {
    let lines: Vec<usize> = fixture
        .text(file)
        .lines()
        .enumerate()
        .filter(|(_, l)| *l == line)
        .map(|(i, _)| i + 1)
        .collect();
    assert_eq!(lines.len(), 1, "`{line}` must be one line of {file}");
    lines[0]
}

/// The one error of a fixture whose Dutch story no longer matches the English one.
#[track_caller]
fn assert_parity_error(fixture: &Fixture, line: usize, field: &str, says: &str) {
    let error = fixture.error();
    assert_error(&error, "mini.nl.json", line, field, says);
    assert!(
        error.message.starts_with("does not match mini.en.json"),
        "names the file to compare with: {error}"
    );
}

#[test]
fn a_source_kind_other_than_primary_or_secondary_is_rejected() {
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        "\"kind\": \"secondary\"",
        "\"kind\": \"tertiary\"",
    );
    let line = fixture.line_of("mini.nl.json", "\"tertiary\"");
    assert_error(
        &fixture.error(),
        "mini.nl.json",
        line,
        "sources[1].kind",
        "unknown variant `tertiary`, expected one of `primary`, `secondary`, `external`",
    );
}

#[test]
fn a_missing_field_inside_a_list_names_the_entry() {
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        "        \"answer_label\": \"Yes (nl)\",\n",
        "",
    );
    // serde_json notices at the end of the entry: the closing brace of the second card.
    let explanation = fixture.line_of("mini.nl.json", "\"A has an option. (nl)\"");
    let text = fixture.text("mini.nl.json");
    let closing = text
        .lines()
        .enumerate()
        .skip(explanation)
        .find(|(_, l)| *l == "      },")
        .map(|(i, _)| i + 1)
        .unwrap();
    assert_error(
        &fixture.error(),
        "mini.nl.json",
        closing,
        "terms.cards[1]",
        "missing field `answer_label`",
    );
}

#[test]
fn a_single_id_where_a_list_of_sources_belongs_is_named() {
    let fixture = Fixture::new().edit(
        "mini.en.json",
        "\"text\": \"Point three (en)\",\n          \"sources\": [\n            {\n              \"id\": \"primary-doc\",\n              \"excerpts\": [\n                \"Firm B makes them.\"\n              ]\n            }\n          ]",
        "\"text\": \"Point three (en)\",\n          \"sources\": \"primary-doc\"",
    );
    let line = fixture.line_of("mini.en.json", "\"sources\": \"primary-doc\"");
    assert_error(
        &fixture.error(),
        "mini.en.json",
        line,
        "pillars[1].points[0].sources",
        "invalid type: string \"primary-doc\", expected a sequence",
    );
}

#[test]
fn a_translation_with_another_pillar_id_is_caught() {
    let fixture = Fixture::new().edit("mini.nl.json", "\"id\": \"second\"", "\"id\": \"tweede\"");
    let line = fixture.line_of("mini.nl.json", "\"tweede\"");
    assert_parity_error(
        &fixture,
        line,
        "pillars[1].id",
        "expected id `second`, found id `tweede`",
    );
}

#[test]
fn a_translation_with_a_term_card_less_than_english_is_caught() {
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        &entry(
            &Fixture::new(),
            "mini.nl.json",
            "\"id\": \"may-buy\"",
            "      ",
        ),
        "",
    );
    let line = fixture.line_of("mini.nl.json", "\"cards\"");
    assert_parity_error(&fixture, line, "terms.cards", "expected 3 entries, found 2");
}

#[test]
fn a_translation_answering_a_term_card_differently_is_caught() {
    let fixture = Fixture::new().edit("mini.nl.json", "\"answer\": \"no\"", "\"answer\": \"yes\"");
    let line = fixture.line_of("mini.nl.json", "\"answer_label\": \"No (nl)\"") - 1;
    assert_parity_error(
        &fixture,
        line,
        "terms.cards[0].answer",
        "expected No, found Yes",
    );
}

#[test]
fn a_translation_without_the_quote_is_caught() {
    let valid = Fixture::new();
    let quotes_start = valid.line_of("mini.nl.json", "\"quotes\"");
    let context_start = valid.line_of("mini.nl.json", "\"context\"");
    let quotes: String = valid
        .text("mini.nl.json")
        .lines()
        .skip(quotes_start - 1)
        .take(context_start - quotes_start)
        .map(|l| format!("{l}\n"))
        .collect();
    let fixture = Fixture::new().edit("mini.nl.json", &quotes, "  \"quotes\": [],\n");
    let line = fixture.line_of("mini.nl.json", "\"quotes\": []");
    assert_parity_error(&fixture, line, "quotes", "expected 1 entries, found 0");
}

#[test]
fn a_translation_without_the_question_is_caught() {
    let valid = Fixture::new();
    let question = entry(&valid, "mini.nl.json", "\"id\": \"who\"", "    ");
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        &format!("  \"questions\": [\n{question}  ],"),
        "  \"questions\": [],",
    );
    let line = fixture.line_of("mini.nl.json", "\"questions\": []");
    assert_parity_error(&fixture, line, "questions", "expected 1 entries, found 0");
}

#[test]
fn a_translation_with_a_source_more_than_english_is_caught() {
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        "      \"note\": \"Not one of our documents. (nl)\"\n    }",
        "      \"note\": \"Not one of our documents. (nl)\"\n    },\n    {\n      \"id\": \"extra\",\n      \"kind\": \"secondary\",\n      \"lang\": \"en\",\n      \"publisher\": \"Another paper (nl)\",\n      \"title\": \"Extra report\",\n      \"date\": \"Not stated (nl)\",\n      \"note\": \"Only in Dutch. (nl)\"\n    }",
    );
    let line = line_is(&fixture, "mini.nl.json", "  \"sources\": [");
    assert_parity_error(&fixture, line, "sources", "expected 3 entries, found 4");
}

#[test]
fn a_language_that_loses_its_interface_file_is_named() {
    let fixture = Fixture::new().remove("interface.nl.json");
    let errors = fixture.errors();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_error(
        &errors[0],
        "mini.nl.json",
        1,
        "",
        "no `interface.nl.json` for this story's language",
    );
    assert_error(
        &errors[1],
        "terminology.nl.json",
        1,
        "",
        "no `interface.nl.json` for the language of this list",
    );
}

#[test]
fn problems_in_several_files_are_each_located() {
    let fixture = Fixture::new()
        .edit("interface.nl.json", "\"kicker\"", "\"kikcer\"")
        .edit(
            "mini.en.json",
            "\"published_iso\": \"2025-03-01\"",
            "\"published_iso\": \"2025/03/01\"",
        )
        .edit(
            "mini.nl.json",
            "\"sources\": [\n          {\n            \"id\": \"coverage\",\n            \"excerpts\": [\n              \"An earlier deal was made.\"\n            ]\n          },\n          \"outside\"\n        ]",
            "\"sources\": []",
        );
    let errors = fixture.errors();
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert_error(
        &errors[0],
        "interface.nl.json",
        fixture.line_of("interface.nl.json", "\"kikcer\""),
        "kikcer",
        "unknown field `kikcer`",
    );
    assert_error(
        &errors[1],
        "mini.en.json",
        fixture.line_of("mini.en.json", "\"published_iso\""),
        "details.published_iso",
        "YYYY-MM-DD",
    );
    // The Dutch story's own problem is reported, not again as a difference from English.
    assert_error(
        &errors[2],
        "mini.nl.json",
        fixture.line_of("mini.nl.json", "\"sources\": []"),
        "context.facts[0].sources",
        "every fact names at least one source",
    );
}

#[test]
fn an_error_is_printed_as_file_line_column_field_message() {
    let error = ContentError {
        file: PathBuf::from("static/content/mini.nl.json"),
        line: 41,
        column: 13,
        field: "pillars[0].points[1].sources[0]".into(),
        message: "unknown source id `x`".into(),
    };
    assert_eq!(
        error.to_string(),
        "static/content/mini.nl.json:41:13: field `pillars[0].points[1].sources[0]`: unknown source id `x`"
    );
    let whole_file = ContentError {
        field: String::new(),
        line: 1,
        column: 1,
        ..error
    };
    assert_eq!(
        whole_file.to_string(),
        "static/content/mini.nl.json:1:1: field `(file)`: unknown source id `x`"
    );
}

/// A date must exist (no 30 February) and be written in digits only (`+025` is no year): it
/// ends up in `<time datetime>`.
#[test]
fn a_date_that_does_not_exist_is_caught() {
    for date in ["2025-02-30", "2025-04-31", "+025-03-01"] {
        let fixture = Fixture::new()
            .edit(
                "mini.en.json",
                "\"published_iso\": \"2025-03-01\"",
                &format!("\"published_iso\": \"{date}\""),
            )
            .edit(
                "mini.nl.json",
                "\"published_iso\": \"2025-03-01\"",
                &format!("\"published_iso\": \"{date}\""),
            );
        let errors = match load_dir(&fixture.dir) {
            Ok(_) => panic!("`{date}` was accepted as a date"),
            Err(errors) => errors,
        };
        assert_eq!(errors.len(), 2, "{errors:#?}");
        for error in &errors {
            assert_eq!(error.field, "details.published_iso", "{error}");
        }
    }
}

/// Columns count characters, as editors do, also where serde_json (which counts bytes)
/// found the problem after an accented letter.
#[test]
fn a_parse_error_column_counts_characters_like_the_other_errors() {
    let fixture = Fixture::new().edit("mini.en.json", "\"answer\": \"no\"", "\"answer\": \"nó\"");
    let error = fixture.error();
    let line = fixture.line_of("mini.en.json", "\"nó\"");
    let text = fixture.text("mini.en.json");
    let shown = text.lines().nth(line - 1).unwrap();
    // serde_json points at the closing quote of the bad value.
    let closing_quote = shown.chars().count() - ",".len();
    assert_error(
        &error,
        "mini.en.json",
        line,
        "terms.cards[0].answer",
        "unknown variant `nó`",
    );
    assert_eq!(error.column, closing_quote, "{error}");
}

#[test]
fn a_pillar_summary_must_name_its_sources() {
    let summary = |lang: &str| {
        format!(
            "\"text\": \"Summary one. ({lang})\",\n        \"sources\": [\n          {{\n            \"id\": \"primary-doc\",\n            \"excerpts\": [\n              \"Firm A and Firm B agree to work together.\"\n            ]\n          }}\n        ]"
        )
    };
    let emptied =
        |lang: &str| format!("\"text\": \"Summary one. ({lang})\",\n        \"sources\": []");
    let fixture = Fixture::new()
        .edit("mini.en.json", &summary("en"), &emptied("en"))
        .edit("mini.nl.json", &summary("nl"), &emptied("nl"));
    let errors = fixture.errors();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    for error in &errors {
        assert_eq!(error.field, "pillars[0].summary.sources", "{error}");
        assert!(
            error
                .message
                .contains("every fact names at least one source"),
            "{error}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Citations that show their passage: every citation of a source whose text we hold quotes
// the sentence it rests on, translations quote the same words, the Dutch files keep to their
// terminology list, and every quoted word is checked against the documents themselves.
// ---------------------------------------------------------------------------------------

impl Fixture {
    /// The errors of checking this folder against the documents in `documents`; it must fail.
    fn document_errors(&self, documents: &Path) -> Vec<ContentError> {
        match check_documents(&self.dir, documents) {
            Ok(()) => panic!(
                "content in {} passed the check against {}",
                self.dir.display(),
                documents.display()
            ),
            Err(errors) => errors,
        }
    }
}

/// A copy of the valid fixture's documents, to take from or add to.
fn documents_copy(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "deal-content-documents-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(VALID_DOCUMENTS).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    dir
}

fn joined(errors: &[ContentError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_excerpt_quote_title_and_card_value_of_the_real_story_is_in_its_document() {
    if let Err(errors) = check_documents(Path::new(REAL), Path::new(REAL_DOCUMENTS)) {
        panic!("{}", joined(&errors));
    }
    // The check has something to check: every citation of a document we hold quotes it.
    let catalogue = load_dir(Path::new(REAL)).unwrap();
    for locale in catalogue.locales.iter() {
        let story = locale.story("openai-foxconn").unwrap();
        let held: Vec<&str> = story
            .sources
            .iter()
            .filter(|s| s.kind != SourceKind::External)
            .map(|s| s.id.as_ref())
            .collect();
        assert_eq!(held.len(), 5, "the five documents");
        for id in held {
            let document = Path::new(REAL_DOCUMENTS).join(format!("{id}.txt"));
            assert!(document.exists(), "{} is kept", document.display());
        }
    }
}

#[test]
fn the_valid_fixture_matches_its_documents() {
    if let Err(errors) = check_documents(Path::new(VALID), Path::new(VALID_DOCUMENTS)) {
        panic!("{}", joined(&errors));
    }
}

#[test]
fn a_document_we_hold_is_cited_with_the_passage_the_fact_rests_on() {
    let valid = Fixture::new();
    let question = entry(&valid, "mini.en.json", "\"id\": \"who\"", "    ");
    let plain = question.replace(
        "{\n          \"id\": \"primary-doc\",\n          \"excerpts\": [\n            \"Firm A and Firm B agree to work together.\"\n          ]\n        }",
        "\"primary-doc\"",
    );
    assert_ne!(plain, question);
    let fixture = Fixture::new().edit("mini.en.json", &question, &plain);
    let line = fixture.lines_of("mini.en.json", "        \"primary-doc\"")[0];
    assert_error(
        &fixture.error(),
        "mini.en.json",
        line,
        "questions[0].sources[0]",
        "quote the passage of `primary-doc` this rests on",
    );
}

#[test]
fn a_source_we_do_not_hold_cannot_be_quoted() {
    let fixture = Fixture::new().edit(
        "mini.en.json",
        "          \"outside\"\n",
        "          {\n            \"id\": \"outside\",\n            \"excerpts\": [\n              \"Words we never read.\"\n            ]\n          }\n",
    );
    let line = fixture.line_of("mini.en.json", "\"Words we never read.\"") - 1;
    assert_error(
        &fixture.error(),
        "mini.en.json",
        line,
        "context.facts[0].sources[1].excerpts",
        "we do not hold the text of `outside`",
    );
}

#[test]
fn a_source_cited_twice_for_one_fact_is_caught() {
    let fixture = Fixture::new().edit(
        "mini.en.json",
        "\"id\": \"coverage\",\n              \"excerpts\": [\n                \"The firms",
        "\"id\": \"primary-doc\",\n              \"excerpts\": [\n                \"The firms",
    );
    let line = fixture.line_of("mini.en.json", "\"The firms will build many racks.\"") - 2;
    assert_error(
        &fixture.error(),
        "mini.en.json",
        line,
        "pillars[0].points[1].sources[1].id",
        "source `primary-doc` is cited twice here",
    );
}

#[test]
fn an_empty_or_overlong_excerpt_is_caught() {
    let paragraph = "A sentence that goes on. ".repeat(11);
    let fixture = Fixture::new()
        .edit("mini.en.json", "\"said A. Boss\"", "\" \"")
        .edit(
            "mini.en.json",
            "\"The firms will build many racks.\"",
            &format!("\"{paragraph}\""),
        );
    let errors = fixture.errors();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_error(
        &errors[0],
        "mini.en.json",
        fixture.line_of("mini.en.json", "A sentence that goes on."),
        "pillars[0].points[1].sources[1].excerpts[0]",
        "at most 250 characters (this one has 275)",
    );
    assert_error(
        &errors[1],
        "mini.en.json",
        fixture.line_of("mini.en.json", "            \" \""),
        "quotes[0].sources[0].excerpts[0]",
        "an excerpt cannot be empty",
    );
}

#[test]
fn lang_marks_only_the_sources_own_text_in_the_files_language() {
    // English quoting an English source needs no `lang`; Dutch cannot claim German.
    let fixture = Fixture::new()
        .edit(
            "mini.en.json",
            "\"Article details\"\n        ]",
            "\"Article details\"\n        ],\n        \"lang\": \"en\"",
        )
        .edit("mini.nl.json", "\"lang\": \"nl\"", "\"lang\": \"de\"");
    let errors = fixture.errors();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    for (error, file, line) in [
        (
            &errors[0],
            "mini.en.json",
            fixture.line_of("mini.en.json", "\"Article details\"") + 2,
        ),
        (
            &errors[1],
            "mini.nl.json",
            fixture.line_of("mini.nl.json", "\"lang\": \"de\""),
        ),
    ] {
        assert_error(
            error,
            file,
            line,
            "details.sources[0].lang",
            "`lang` marks excerpts that quote the source's own text in this file's language",
        );
    }
}

#[test]
fn a_source_names_its_language_and_links_only_to_https() {
    let fixture = Fixture::new()
        .edit(
            "mini.en.json",
            "\"kind\": \"primary\",\n      \"lang\": \"en\"",
            "\"kind\": \"primary\",\n      \"lang\": \"English\"",
        )
        .edit(
            "mini.en.json",
            "\"https://example.org/announcement\"",
            "\"javascript:alert(1)\"",
        );
    let errors = fixture.errors();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_error(
        &errors[0],
        "mini.en.json",
        fixture.line_of("mini.en.json", "\"English\""),
        "sources[0].lang",
        "a language code is two or three lower-case letters",
    );
    assert_error(
        &errors[1],
        "mini.en.json",
        fixture.line_of("mini.en.json", "javascript:"),
        "sources[0].url",
        "a link starts with `https://`",
    );
}

#[test]
fn a_translation_quoting_other_words_than_english_is_caught() {
    let fixture = Fixture::new().edit("mini.nl.json", "\"said A. Boss\"", "\"zei A. Boss\"");
    let line = fixture.line_of("mini.nl.json", "\"zei A. Boss\"") - 1;
    assert_parity_error(
        &fixture,
        line,
        "quotes[0].sources[0].excerpts",
        "expected the same excerpts [“said A. Boss”]",
    );
}

#[test]
fn a_translation_with_other_words_in_a_quote_is_caught() {
    let fixture = Fixture::new().edit("mini.nl.json", "\"We will build.\"", "\"We shall build.\"");
    let line = fixture.line_of("mini.nl.json", "\"passages\"");
    assert_parity_error(
        &fixture,
        line,
        "quotes[0].passages",
        "expected the passages [\"We are glad,\", \"We will build.\"]",
    );
}

#[test]
fn a_translation_with_another_title_for_a_source_is_caught() {
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        "\"A report on the firms\"",
        "\"Een bericht over de bedrijven\"",
    );
    let line = fixture.line_of("mini.nl.json", "\"Een bericht over de bedrijven\"");
    assert_parity_error(
        &fixture,
        line,
        "sources[1].title",
        "expected the title “A report on the firms”",
    );
}

#[test]
fn a_dutch_word_on_the_terminology_list_is_named_where_it_is() {
    let fixture = Fixture::new()
        .edit("interface.nl.json", "\"NL Explainer\"", "\"NL Deal\"")
        .edit("mini.nl.json", "\"Intro. (nl)\"", "\"De afspraak. (nl)\"");
    let errors = fixture.errors();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_error(
        &errors[0],
        "interface.nl.json",
        fixture.line_of("interface.nl.json", "\"NL Deal\""),
        "kicker",
        "write “overeenkomst” instead of “deal” (terminology.nl.json)",
    );
    assert_error(
        &errors[1],
        "mini.nl.json",
        fixture.line_of("mini.nl.json", "\"De afspraak. (nl)\""),
        "terms.intro.text",
        "write “overeenkomst” instead of “afspraak”",
    );
}

#[test]
fn quoted_words_are_not_held_to_the_terminology_list() {
    // The Dutch story quotes "An earlier deal was made." from an English source.
    let catalogue = load_dir(Path::new(VALID)).unwrap();
    let story = catalogue.locale("nl").unwrap().story("mini").unwrap();
    assert!(story.context.intro.sources[0].excerpts[0].contains("deal"));
}

#[test]
fn an_empty_entry_in_the_terminology_list_is_named() {
    let fixture = Fixture::new().edit(
        "terminology.nl.json",
        "\"avoid\": \"afspraak\"",
        "\"avoid\": \"\"",
    );
    let line = fixture.line_of("terminology.nl.json", "\"avoid\": \"\"") - 1;
    assert_error(
        &fixture.error(),
        "terminology.nl.json",
        line,
        "terms[0]",
        "each entry names a word to avoid and the word to use instead",
    );
}

#[test]
fn a_citation_is_a_source_id_or_an_id_with_its_excerpts() {
    let fixture = Fixture::new().edit("mini.en.json", "          \"outside\"\n", "          42\n");
    assert_error(
        &fixture.error(),
        "mini.en.json",
        fixture.line_of("mini.en.json", "          42"),
        "context.facts[0].sources[1]",
        "invalid type: integer `42`, expected a source id, or {\"id\": …, \"excerpts\": [\"…\"]}",
    );
    let fixture = Fixture::new().edit(
        "mini.en.json",
        "\"id\": \"coverage\",\n              \"excerpts\"",
        "\"id\": \"coverage\",\n              \"excerpt\"",
    );
    let error = fixture.error();
    assert_eq!(
        error.line,
        fixture.line_of("mini.en.json", "\"excerpt\""),
        "{error}"
    );
    assert!(error.message.contains("unknown field `excerpt`"), "{error}");
}

#[test]
fn a_quote_has_its_words() {
    let fixture = Fixture::new()
        .edit(
            "mini.en.json",
            "\"passages\": [\n        \"We are glad,\",\n        \"We will build.\"\n      ]",
            "\"passages\": []",
        )
        .edit(
            "mini.nl.json",
            "\"passages\": [\n        \"We are glad,\",\n        \"We will build.\"\n      ]",
            "\"passages\": []",
        );
    let errors = fixture.errors();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    for error in &errors {
        assert_eq!(error.field, "quotes[0].passages", "{error}");
        assert!(error.message.contains("at least one passage"), "{error}");
    }
}

#[test]
fn an_excerpt_not_in_its_document_is_named() {
    let fixture = Fixture::new()
        .edit(
            "mini.en.json",
            "\"It ships in 2030.\"",
            "\"It ships in 2031.\"",
        )
        .edit(
            "mini.nl.json",
            "\"It ships in 2030.\"",
            "\"It ships in 2031.\"",
        );
    let errors = fixture.document_errors(Path::new(VALID_DOCUMENTS));
    assert_eq!(errors.len(), 2, "{errors:#?}");
    for (error, file) in errors.iter().zip(["mini.en.json", "mini.nl.json"]) {
        assert_error(
            error,
            file,
            fixture.line_of(file, "\"It ships in 2031.\""),
            "claims[0].claimed_by[0].excerpts[0]",
            "not found word for word in coverage.txt",
        );
    }
}

#[test]
fn a_dutch_excerpt_must_be_the_sources_own_dutch_text() {
    let fixture = Fixture::new().edit("mini.nl.json", "\"Artikelgegevens\"", "\"Artikeldetails\"");
    let errors = fixture.document_errors(Path::new(VALID_DOCUMENTS));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_error(
        &errors[0],
        "mini.nl.json",
        fixture.line_of("mini.nl.json", "\"Artikeldetails\""),
        "details.sources[0].excerpts[0]",
        "not found word for word in primary-doc.txt",
    );
}

#[test]
fn excerpts_may_differ_from_the_document_in_whitespace_only() {
    let fixture = Fixture::new()
        .edit(
            "mini.en.json",
            "\"It ships in 2030.\"",
            "\"It  ships\\nin 2030.\"",
        )
        .edit(
            "mini.nl.json",
            "\"It ships in 2030.\"",
            "\"It  ships\\nin 2030.\"",
        );
    if let Err(errors) = check_documents(&fixture.dir, Path::new(VALID_DOCUMENTS)) {
        panic!("{}", joined(&errors));
    }
    let fixture = Fixture::new()
        .edit(
            "mini.en.json",
            "\"It ships in 2030.\"",
            "\"It ships in 2030\"",
        )
        .edit(
            "mini.nl.json",
            "\"It ships in 2030.\"",
            "\"It ships in 2030\"",
        );
    // A dropped full stop is still in the document: an excerpt may be part of a sentence.
    assert!(check_documents(&fixture.dir, Path::new(VALID_DOCUMENTS)).is_ok());
    let fixture = Fixture::new()
        .edit(
            "mini.en.json",
            "\"It ships in 2030.\"",
            "\"it ships in 2030.\"",
        )
        .edit(
            "mini.nl.json",
            "\"It ships in 2030.\"",
            "\"it ships in 2030.\"",
        );
    assert_eq!(
        fixture.document_errors(Path::new(VALID_DOCUMENTS)).len(),
        2,
        "case is part of the words"
    );
}

#[test]
fn a_quote_not_word_for_word_in_its_source_is_named() {
    let fixture = Fixture::new()
        .edit(
            "mini.en.json",
            "\"We will build.\"",
            "\"We will build it.\"",
        )
        .edit(
            "mini.nl.json",
            "\"We will build.\"",
            "\"We will build it.\"",
        );
    let errors = fixture.document_errors(Path::new(VALID_DOCUMENTS));
    assert_eq!(errors.len(), 2, "{errors:#?}");
    for (error, file) in errors.iter().zip(["mini.en.json", "mini.nl.json"]) {
        assert_error(
            error,
            file,
            fixture.line_of(file, "\"We will build it.\""),
            "quotes[0].passages[1]",
            "a quote gives the words exactly as its source prints them",
        );
    }
}

#[test]
fn a_source_title_not_in_its_document_is_named() {
    let fixture = Fixture::new()
        .edit(
            "mini.en.json",
            "\"A report on the firms\"",
            "\"A report about the firms\"",
        )
        .edit(
            "mini.nl.json",
            "\"A report on the firms\"",
            "\"A report about the firms\"",
        );
    let errors = fixture.document_errors(Path::new(VALID_DOCUMENTS));
    assert_eq!(errors.len(), 2, "{errors:#?}");
    for error in &errors {
        assert_eq!(error.field, "sources[1].title", "{error}");
        assert!(
            error
                .message
                .contains("coverage.txt does not have this title"),
            "{error}"
        );
    }
}

#[test]
fn the_details_card_is_the_news_pages_own() {
    let fixture = Fixture::new().edit("mini.en.json", "\"Small (en)\"", "\"Tiny (en)\"");
    let errors = fixture.document_errors(Path::new(VALID_DOCUMENTS));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_error(
        &errors[0],
        "mini.en.json",
        fixture.line_of("mini.en.json", "\"Tiny (en)\""),
        "details.impact",
        "the details card shows the news page's own card, word for word",
    );
}

#[test]
fn a_source_we_hold_has_its_document_and_one_we_do_not_has_none() {
    let documents = documents_copy("missing");
    std::fs::remove_file(documents.join("coverage.txt")).unwrap();
    std::fs::write(documents.join("outside.txt"), "An earlier announcement").unwrap();
    let fixture = Fixture::new();
    let errors = fixture.document_errors(&documents);
    std::fs::remove_dir_all(&documents).unwrap();
    assert_eq!(errors.len(), 4, "{errors:#?}");
    for file in ["mini.en.json", "mini.nl.json"] {
        let ours: Vec<&ContentError> = errors.iter().filter(|e| e.file.ends_with(file)).collect();
        assert_error(
            ours[0],
            file,
            line_is(&fixture, file, "      \"id\": \"coverage\","),
            "sources[1].id",
            "no document coverage.txt",
        );
        assert_error(
            ours[1],
            file,
            fixture.line_of(file, "\"kind\": \"external\""),
            "sources[2].kind",
            "we hold this document (outside.txt)",
        );
    }
}

// The rack, the generations and the timeline.

#[test]
fn the_real_rack_timeline_and_generations_are_the_same_in_every_language() {
    let catalogue = load_dir(Path::new(REAL)).unwrap();
    for locale in catalogue.locales.iter() {
        let story = locale.story("openai-foxconn").unwrap();
        let rack = story.rack.as_ref().expect("the rack");
        let parts: Vec<&str> = rack.parts.iter().map(|p| p.id.as_ref()).collect();
        assert_eq!(parts, deal_content::RACK_PARTS, "{}", locale.code);
        // What Foxconn will make in the US links back to the components pillar; nothing else.
        let made_in_us: Vec<&str> = rack
            .parts
            .iter()
            .filter(|p| p.pillar.as_deref() == Some("components"))
            .map(|p| p.id.as_ref())
            .collect();
        assert_eq!(made_in_us, ["networking", "cabling", "power", "cooling"]);
        let marks: Vec<(&str, deal_content::MarkKind)> = story
            .timeline
            .as_ref()
            .expect("the timeline")
            .marks
            .iter()
            .map(|m| (m.id.as_ref(), m.kind))
            .collect();
        use deal_content::MarkKind::*;
        assert_eq!(
            marks,
            [
                ("broadcom-announced", Day),
                ("foxconn-announced", Day),
                ("broadcom-racks", Period),
                ("foxconn-racks", Undated)
            ]
        );
        // Broadcom's window rests on the Broadcom announcement itself.
        let window = &story.timeline.as_ref().unwrap().marks[2];
        assert!(window.sources.iter().any(|c| c.id == "openai-broadcom"));
        assert_eq!(story.generations.as_ref().unwrap().stages.len(), 3);
    }
}

#[test]
fn a_rack_part_the_widget_cannot_draw_is_named_with_those_it_can() {
    let fixture = Fixture::new().edit("mini.en.json", "\"id\": \"cooling\"", "\"id\": \"coolant\"");
    assert_error(
        &fixture.error(),
        "mini.en.json",
        fixture.line_of("mini.en.json", "\"coolant\""),
        "rack.parts[1].id",
        "cannot draw a part `coolant` (it draws: compute, accelerators, networking, cabling, power, cooling)",
    );
}

#[test]
fn a_rack_part_linked_to_an_unknown_pillar_is_named() {
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        "\"pillar\": \"first\"",
        "\"pillar\": \"eerste\"",
    );
    assert_error(
        &fixture.error(),
        "mini.nl.json",
        fixture.line_of("mini.nl.json", "\"eerste\""),
        "rack.parts[1].pillar",
        "unknown pillar `eerste` (known: first, second)",
    );
}

#[test]
fn a_rack_part_used_twice_is_caught() {
    let fixture = Fixture::new().edit(
        "mini.en.json",
        "\"id\": \"cooling\"",
        "\"id\": \"accelerators\"",
    );
    let line = fixture.lines_of("mini.en.json", "\"id\": \"accelerators\"")[1];
    assert_error(
        &fixture.error(),
        "mini.en.json",
        line,
        "rack.parts[1].id",
        "id `accelerators` is used twice",
    );
}

#[test]
fn a_translation_naming_other_rack_parts_is_caught() {
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        "\"id\": \"accelerators\"",
        "\"id\": \"compute\"",
    );
    let line = fixture.line_of("mini.nl.json", "\"id\": \"compute\"");
    assert_parity_error(
        &fixture,
        line,
        "rack.parts[0].id",
        "expected id `accelerators`, found id `compute`",
    );
}

#[test]
fn a_translation_linking_a_part_to_no_pillar_is_caught() {
    let fixture = Fixture::new().edit("mini.nl.json", ",\n        \"pillar\": \"first\"", "");
    let line = fixture.lines_of("mini.nl.json", "\"id\": \"cooling\"")[0] - 1;
    assert_parity_error(
        &fixture,
        line,
        "rack.parts[1]",
        "expected the pillar `first`, found no pillar",
    );
}

#[test]
fn a_translation_without_the_timeline_is_caught() {
    let fixture = Fixture::new();
    let text = fixture.text("mini.nl.json");
    let cut = text.find(",\n  \"timeline\": {").unwrap();
    let fixture = fixture.add("mini.nl.json", &format!("{}\n}}\n", &text[..cut]));
    let error = fixture.error();
    assert_error(
        &error,
        "mini.nl.json",
        1,
        "timeline",
        "expected `timeline` present, found `timeline` absent",
    );
}

#[test]
fn a_translation_dating_what_english_leaves_undated_is_caught() {
    let fixture = Fixture::new().edit("mini.nl.json", "\"kind\": \"undated\"", "\"kind\": \"day\"");
    let line = fixture.lines_of("mini.nl.json", "\"kind\": \"day\"")[1];
    assert_parity_error(
        &fixture,
        line,
        "timeline.marks[1].kind",
        "expected Undated, found Day",
    );
}

#[test]
fn a_timeline_mark_of_an_unknown_kind_is_named() {
    let fixture = Fixture::new().edit(
        "mini.en.json",
        "\"kind\": \"undated\"",
        "\"kind\": \"someday\"",
    );
    let error = fixture.error();
    assert_error(
        &error,
        "mini.en.json",
        fixture.line_of("mini.en.json", "\"someday\""),
        "timeline.marks[1].kind",
        "unknown variant `someday`",
    );
}

#[test]
fn a_timeline_mark_without_sources_is_caught() {
    let fixture = Fixture::new();
    let mark = entry(&fixture, "mini.en.json", "\"id\": \"racks\"", "      ");
    let unsourced = format!(
        "{}\"sources\": []\n      }}\n",
        &mark[..mark.find("\"sources\"").unwrap()]
    );
    let fixture = fixture.edit("mini.en.json", &mark, &unsourced);
    let errors = fixture.errors();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_error(
        &errors[0],
        "mini.en.json",
        fixture.line_of("mini.en.json", "\"sources\": []"),
        "timeline.marks[1].sources",
        "every fact names at least one source",
    );
}

#[test]
fn generations_drawn_in_one_stage_are_caught() {
    let fixture = Fixture::new().edit(
        "mini.en.json",
        "\"Design (en)\",\n      \"Build (en)\",\n      \"Deploy (en)\"",
        "\"Design (en)\"",
    );
    let errors = fixture.errors();
    assert_error(
        &errors[0],
        "mini.en.json",
        fixture.line_of("mini.en.json", "\"stages\""),
        "generations.stages",
        "the widget draws 3 stages per generation (this has 1)",
    );
}

#[test]
fn a_rack_parts_excerpt_is_checked_against_its_document() {
    let fixture = Fixture::new()
        .edit(
            "mini.en.json",
            "\"Firm B will cool them.\"",
            "\"Firm B will chill them.\"",
        )
        .edit(
            "mini.nl.json",
            "\"Firm B will cool them.\"",
            "\"Firm B will chill them.\"",
        );
    let errors = fixture.document_errors(Path::new(VALID_DOCUMENTS));
    assert_eq!(errors.len(), 2, "{errors:#?}");
    for (error, file) in errors.iter().zip(["mini.en.json", "mini.nl.json"]) {
        assert_error(
            error,
            file,
            fixture.line_of(file, "\"Firm B will chill them.\""),
            "rack.parts[1].story.sources[0].excerpts[0]",
            "not found word for word in primary-doc.txt",
        );
    }
}

#[test]
fn dutch_rack_words_are_checked_against_the_terminology() {
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        "\"It carries heat away. (nl)\"",
        "\"Deze afspraak voert warmte af. (nl)\"",
    );
    assert_error(
        &fixture.error(),
        "mini.nl.json",
        fixture.line_of("mini.nl.json", "afspraak"),
        "rack.parts[1].role",
        "write “overeenkomst” instead of “afspraak”",
    );
}

#[test]
fn an_empty_or_blank_text_is_caught_wherever_it_is() {
    let fixture = Fixture::new()
        .edit(
            "mini.en.json",
            r#""headline": "Two firms agree (en)""#,
            r#""headline": """#,
        )
        .edit(
            "mini.en.json",
            r#""explanation": "Nothing binds A. (en)""#,
            r#""explanation": "   ""#,
        );
    let errors = fixture.errors();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_error(
        &errors[0],
        "mini.en.json",
        2,
        "headline",
        "this text is empty",
    );
    let line = fixture.line_of("mini.en.json", r#""explanation": "   ""#);
    let card = errors[1].field.clone();
    assert!(card.ends_with(".explanation"), "{}", errors[1]);
    assert_error(
        &errors[1],
        "mini.en.json",
        line,
        &card,
        "this text is empty",
    );
}
