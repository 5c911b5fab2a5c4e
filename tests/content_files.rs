//! The content files as an editor meets them: the real ones load, and every kind of mistake
//! stops the build with the file, line, column and field, and a message that says what to fix.
//!
//! Each broken case starts from the small valid set in `tests/fixtures/content/valid/` and
//! changes one thing, written out in the test, so what is being broken stays visible.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use deal_content::load::{load_dir, ContentError};

const VALID: &str = "tests/fixtures/content/valid";
const REAL: &str = "static/content";

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
            story.source(&timeline.claimed_by).map(|s| s.kind),
            Some(deal_content::SourceKind::Secondary)
        );
        assert_eq!(story.sources.len(), 5);
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
        "unknown variant `maybe`, expected `yes` or `no`",
    );
}

#[test]
fn a_citation_of_an_unknown_source_is_named_with_the_known_ones() {
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        "\"primary-doc\",\n            \"coverage\"",
        "\"primary-doc\",\n            \"coverrage\"",
    );
    let error = fixture.error();
    let line = fixture.line_of("mini.nl.json", "\"coverrage\"");
    assert_error(
        &error,
        "mini.nl.json",
        line,
        "pillars[0].points[1].sources[1]",
        "unknown source id `coverrage`",
    );
    assert!(
        error.message.contains("known: coverage, primary-doc"),
        "{error}"
    );
    assert_eq!(
        error.column,
        fixture
            .text("mini.nl.json")
            .lines()
            .nth(line - 1)
            .unwrap()
            .find('"')
            .unwrap()
            + 1
    );
}

#[test]
fn a_claim_must_be_made_by_a_known_source() {
    let fixture = Fixture::new().edit(
        "mini.en.json",
        "\"claimed_by\": \"coverage\"",
        "\"claimed_by\": \"a-blog\"",
    );
    let line = fixture.line_of("mini.en.json", "\"a-blog\"");
    assert_error(
        &fixture.error(),
        "mini.en.json",
        line,
        "claims[0].claimed_by",
        "unknown source id `a-blog`",
    );
}

#[test]
fn a_translation_with_a_point_less_than_english_is_caught() {
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        "        {\n          \"text\": \"Point one (nl)\",\n          \"sources\": [\n            \"primary-doc\"\n          ]\n        },\n",
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
        "\"primary-doc\",\n            \"coverage\"",
        "\"coverage\"",
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
        "unknown variant `tertiary`, expected `primary` or `secondary`",
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
        .find(|(_, l)| l.trim() == "}")
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
        "\"text\": \"Point three (en)\",\n          \"sources\": [\n            \"primary-doc\"\n          ]",
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
        ",\n      {\n        \"id\": \"may-buy\",\n        \"question\": \"May A buy? (nl)\",\n        \"answer\": \"yes\",\n        \"answer_label\": \"Yes (nl)\",\n        \"explanation\": \"A has an option. (nl)\",\n        \"sources\": [\n          \"primary-doc\"\n        ]\n      }",
        "",
    );
    let line = fixture.line_of("mini.nl.json", "\"cards\"");
    assert_parity_error(&fixture, line, "terms.cards", "expected 2 entries, found 1");
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
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        "  \"questions\": [\n    {\n      \"id\": \"who\",\n      \"question\": \"Who? (nl)\",\n      \"answer\": \"A and B. (nl)\",\n      \"sources\": [\n        \"primary-doc\"\n      ]\n    }\n  ],",
        "  \"questions\": [],",
    );
    let line = fixture.line_of("mini.nl.json", "\"questions\": []");
    assert_parity_error(&fixture, line, "questions", "expected 1 entries, found 0");
}

#[test]
fn a_translation_with_a_source_more_than_english_is_caught() {
    let fixture = Fixture::new().edit(
        "mini.nl.json",
        "      \"note\": \"Coverage. (nl)\"\n    }",
        "      \"note\": \"Coverage. (nl)\"\n    },\n    {\n      \"id\": \"extra\",\n      \"kind\": \"secondary\",\n      \"publisher\": \"Another paper (nl)\",\n      \"title\": \"Extra report (nl)\",\n      \"date\": \"Not stated (nl)\",\n      \"note\": \"Only in Dutch. (nl)\"\n    }",
    );
    let line = line_is(&fixture, "mini.nl.json", "  \"sources\": [");
    assert_parity_error(&fixture, line, "sources", "expected 2 entries, found 3");
}

#[test]
fn a_language_that_loses_its_interface_file_is_named() {
    let fixture = Fixture::new().remove("interface.nl.json");
    assert_error(
        &fixture.error(),
        "mini.nl.json",
        1,
        "",
        "no `interface.nl.json` for this story's language",
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
            "\"sources\": [\n          \"coverage\"\n        ]",
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
    let fixture = Fixture::new()
        .edit("mini.en.json", "\"text\": \"Summary one. (en)\",\n        \"sources\": [\n          \"primary-doc\"\n        ]", "\"text\": \"Summary one. (en)\",\n        \"sources\": []")
        .edit("mini.nl.json", "\"text\": \"Summary one. (nl)\",\n        \"sources\": [\n          \"primary-doc\"\n        ]", "\"text\": \"Summary one. (nl)\",\n        \"sources\": []");
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
