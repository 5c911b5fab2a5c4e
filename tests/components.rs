//! The components in a real browser (headless Chromium through wasm-bindgen-test): what a
//! reader does with a mouse, a finger or a keyboard, and what they see change.
#![cfg(target_arch = "wasm32")]

use deal_explainer::catalogue::CATALOGUE;
use deal_explainer::components::{Explainer, ExplainerProps};
use deal_explainer::content::Story;
use deal_explainer::settings::Settings;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

/// A widget mounted in a fresh element of the test page.
struct Mounted {
    root: Element,
    /// Taken when the widget is destroyed, as the embeds destroy a removed widget.
    app: Option<AppHandle<Explainer>>,
}

impl Mounted {
    async fn new(settings: Settings) -> Mounted {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let app = yew::Renderer::<Explainer>::with_root_and_props(
            root.clone(),
            ExplainerProps {
                settings,
                on_change: None,
                embed_base: Default::default(),
                navigations: 0,
            },
        )
        .render();
        yew::scheduler::flush().await;
        Mounted {
            root,
            app: Some(app),
        }
    }

    fn all(&self, selector: &str) -> Vec<HtmlElement> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().dyn_into().unwrap())
            .collect()
    }

    fn one(&self, selector: &str) -> HtmlElement {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .dyn_into()
            .unwrap()
    }

    fn tabs(&self) -> Vec<HtmlElement> {
        self.all("[role=tab]")
    }

    /// Index of the selected tab, after checking that exactly one is selected, that it alone
    /// is in the tab order, and that only its panel is shown.
    fn selected_tab(&self) -> usize {
        let tabs = self.tabs();
        let selected: Vec<usize> = (0..tabs.len())
            .filter(|&i| tabs[i].get_attribute("aria-selected").as_deref() == Some("true"))
            .collect();
        assert_eq!(selected.len(), 1, "exactly one tab is selected");
        let index = selected[0];
        for (i, tab) in tabs.iter().enumerate() {
            assert_eq!(
                tab.tab_index(),
                if i == index { 0 } else { -1 },
                "roving tabindex on tab {i}"
            );
            let panel = self.one(&format!("#{}", tab.get_attribute("aria-controls").unwrap()));
            assert_eq!(
                panel.hidden(),
                i != index,
                "panel {i} is shown only when its tab is selected"
            );
            assert_eq!(panel.get_attribute("aria-labelledby"), Some(tab.id()));
        }
        index
    }

    async fn click(&self, element: &HtmlElement) {
        element.click();
        yew::scheduler::flush().await;
    }

    async fn key(&self, key: &str) {
        let target: HtmlElement = web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .active_element()
            .unwrap()
            .dyn_into()
            .unwrap();
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        target.dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    fn focused_tab(&self) -> Option<usize> {
        let active = web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .active_element()?;
        self.tabs()
            .iter()
            .position(|t| *t == *active.unchecked_ref::<HtmlElement>())
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

fn story(locale: &str) -> &'static Story {
    &CATALOGUE.locale(locale).unwrap().stories[0]
}

#[wasm_bindgen_test]
async fn clicking_a_tab_shows_its_panel_and_only_its_panel() {
    let widget = Mounted::new(Settings::default()).await;
    let tabs = widget.tabs();
    assert_eq!(
        tabs.len(),
        story("en").pillars.len() + 1,
        "a tab per pillar plus the terms"
    );
    assert_eq!(widget.selected_tab(), 0);
    for (i, tab) in tabs.iter().enumerate().rev() {
        widget.click(tab).await;
        assert_eq!(widget.selected_tab(), i);
    }
    widget.click(&tabs[1]).await;
    let panel = widget.one("[role=tabpanel]:not([hidden])");
    assert!(panel
        .text_content()
        .unwrap()
        .contains(story("en").pillars[1].title.as_ref()));
}

#[wasm_bindgen_test]
async fn arrow_keys_home_and_end_move_selection_and_focus_between_tabs() {
    let widget = Mounted::new(Settings::default()).await;
    let last = widget.tabs().len() - 1;
    widget.tabs()[0].focus().unwrap();

    widget.key("ArrowRight").await;
    assert_eq!((widget.selected_tab(), widget.focused_tab()), (1, Some(1)));
    widget.key("ArrowLeft").await;
    widget.key("ArrowLeft").await;
    assert_eq!(
        (widget.selected_tab(), widget.focused_tab()),
        (last, Some(last)),
        "left from the first wraps to the last"
    );
    widget.key("ArrowRight").await;
    assert_eq!(
        (widget.selected_tab(), widget.focused_tab()),
        (0, Some(0)),
        "right from the last wraps to the first"
    );
    widget.key("End").await;
    assert_eq!(
        (widget.selected_tab(), widget.focused_tab()),
        (last, Some(last))
    );
    widget.key("Home").await;
    assert_eq!((widget.selected_tab(), widget.focused_tab()), (0, Some(0)));
    widget.key("x").await;
    assert_eq!(widget.selected_tab(), 0, "other keys change nothing");
}

#[wasm_bindgen_test]
async fn arrow_keys_move_from_the_focused_tab_not_the_selected_one() {
    let widget = Mounted::new(Settings::default()).await;
    widget.tabs()[2].focus().unwrap();
    widget.key("ArrowRight").await;
    assert_eq!((widget.selected_tab(), widget.focused_tab()), (3, Some(3)));
    widget.tabs()[1].focus().unwrap();
    widget.key("ArrowLeft").await;
    assert_eq!((widget.selected_tab(), widget.focused_tab()), (0, Some(0)));
}

#[wasm_bindgen_test]
async fn compact_sections_open_one_by_one_and_an_embed_can_open_one() {
    let mut widget = Mounted::new(Settings::default()).await;
    let toggles = widget.all(".dx-more > .dx-disclosure > h3 > .dx-disclosure__toggle");
    let names: Vec<String> = toggles.iter().map(|t| t.text_content().unwrap()).collect();
    let ui = &CATALOGUE.locale("en").unwrap().interface;
    assert_eq!(
        names,
        [
            story("en").rack.as_ref().unwrap().title.as_ref(),
            ui.quotes_heading.as_ref(),
            story("en").context.title.as_ref(),
            ui.claims_heading.as_ref(),
            ui.questions_heading.as_ref(),
            ui.sources_heading.as_ref(),
        ]
    );
    let region = |widget: &Mounted, id: &str| widget.one(&format!("#dx-{id}"));
    assert!(region(&widget, "quotes").hidden() && region(&widget, "rack").hidden());
    assert!(region(&widget, "sources").hidden() && region(&widget, "details").hidden());
    widget.click(&toggles[1]).await;
    assert!(!region(&widget, "quotes").hidden() && region(&widget, "sources").hidden());
    assert_eq!(
        toggles[1].get_attribute("aria-expanded").as_deref(),
        Some("true")
    );

    widget.app.as_mut().unwrap().update(ExplainerProps {
        settings: Settings {
            open: Some("sources"),
            ..Settings::default()
        },
        on_change: None,
        embed_base: Default::default(),
        navigations: 0,
    });
    yew::scheduler::flush().await;
    assert!(
        !region(&widget, "sources").hidden(),
        "the embed opened the sources"
    );
    assert!(
        !region(&widget, "quotes").hidden(),
        "and left the reader's quotes open"
    );
}

#[wasm_bindgen_test]
async fn the_layout_is_marked_for_the_stylesheet_and_picks_the_standfirst() {
    let widget = Mounted::new(Settings {
        layout: deal_explainer::settings::Layout::Full,
        ..Settings::default()
    })
    .await;
    let article = widget.one(".dx");
    assert_eq!(
        article.get_attribute("data-layout").as_deref(),
        Some("full")
    );
    assert_eq!(
        widget.one(".dx-standfirst").text_content().unwrap(),
        story("en").standfirst.as_ref()
    );
    let compact = Mounted::new(Settings::default()).await;
    assert_eq!(
        compact.one(".dx").get_attribute("data-layout").as_deref(),
        Some("compact")
    );
    assert_eq!(
        compact.one(".dx-standfirst").text_content().unwrap(),
        story("en").short_standfirst.as_ref()
    );
}

#[wasm_bindgen_test]
async fn a_term_card_reveals_its_answer_and_hides_it_again() {
    let widget = Mounted::new(Settings {
        tab: deal_explainer::state::Tab::Terms,
        ..Settings::default()
    })
    .await;
    let cards = &story("en").terms.cards;
    let toggles = widget.all(".dx-term .dx-disclosure__toggle");
    assert_eq!(toggles.len(), cards.len());
    for (toggle, card) in toggles.iter().zip(cards.iter()) {
        let region = widget.one(&format!(
            "#{}",
            toggle.get_attribute("aria-controls").unwrap()
        ));
        assert_eq!(toggle.text_content().unwrap(), card.question.as_ref());
        assert!(region.hidden(), "answers start hidden");
        assert_eq!(
            toggle.get_attribute("aria-expanded").as_deref(),
            Some("false")
        );

        widget.click(toggle).await;
        assert!(!region.hidden());
        assert_eq!(
            toggle.get_attribute("aria-expanded").as_deref(),
            Some("true")
        );
        let text = region.text_content().unwrap();
        assert!(
            text.contains(card.answer_label.as_ref()) && text.contains(card.explanation.as_ref())
        );
    }
    widget.click(&toggles[0]).await;
    assert_eq!(
        toggles[0].get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(widget
        .one(&format!(
            "#{}",
            toggles[0].get_attribute("aria-controls").unwrap()
        ))
        .hidden());
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_every_text_and_keeps_the_reader_in_place() {
    let widget = Mounted::new(Settings::default()).await;
    let (en, nl) = (story("en"), story("nl"));
    widget.click(&widget.tabs()[2]).await;
    let answer = widget.all(".dx-questions .dx-disclosure__toggle")[0].clone();
    widget.click(&answer).await;

    let dutch = widget
        .all(".dx-lang__option")
        .into_iter()
        .find(|b| b.get_attribute("lang").as_deref() == Some("nl"))
        .unwrap();
    assert_eq!(
        dutch.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    widget.click(&dutch).await;

    let article = widget.one(".dx");
    assert_eq!(article.get_attribute("lang").as_deref(), Some("nl"));
    assert_eq!(dutch.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(
        widget.one(".dx-headline").text_content().unwrap(),
        nl.headline.as_ref()
    );
    let text = article.text_content().unwrap();
    assert!(
        !text.contains(en.short_standfirst.as_ref()) && text.contains(nl.short_standfirst.as_ref())
    );
    assert_eq!(
        widget.tabs()[0]
            .text_content()
            .unwrap()
            .trim_start_matches(char::is_numeric),
        nl.pillars[0].label.as_ref()
    );
    assert_eq!(widget.selected_tab(), 2, "the open tab stays open");
    let answer = &widget.all(".dx-questions .dx-disclosure__toggle")[0];
    assert_eq!(
        answer.get_attribute("aria-expanded").as_deref(),
        Some("true"),
        "an open answer stays open"
    );
    assert_eq!(
        answer.text_content().unwrap(),
        nl.questions[0].question.as_ref()
    );
}

#[wasm_bindgen_test]
async fn a_citation_opens_the_details_of_its_sources_and_the_passages_a_fact_rests_on() {
    let widget = Mounted::new(Settings::default()).await;
    let point = &story("en").pillars[0].points[0];
    let toggle = widget.one(&format!(
        "#dx-panel-{} .dx-point .dx-cite__toggle",
        story("en").pillars[0].id
    ));
    let detail = widget.one(&format!(
        "#{}",
        toggle.get_attribute("aria-controls").unwrap()
    ));
    assert!(detail.hidden());
    widget.click(&toggle).await;
    assert!(!detail.hidden());
    let excerpts: Vec<Element> = (0..detail.query_selector_all("q").unwrap().length())
        .map(|i| {
            detail
                .query_selector_all("q")
                .unwrap()
                .item(i)
                .unwrap()
                .dyn_into()
                .unwrap()
        })
        .collect();
    let mut shown = excerpts.iter();
    for citation in point.sources.iter() {
        let source = story("en").source(&citation.id).unwrap();
        assert!(
            detail
                .text_content()
                .unwrap()
                .contains(source.title.as_ref()),
            "names {}",
            citation.id
        );
        for excerpt in citation.excerpts.iter() {
            let q = shown.next().expect("an element for every excerpt");
            assert_eq!(q.text_content().unwrap(), excerpt.as_ref());
            assert_eq!(
                q.get_attribute("lang").as_deref(),
                Some(source.lang.as_ref())
            );
        }
    }
    assert!(shown.next().is_none(), "no other passages");
}

/// A citation's accessible name says which documents it names, not only their numbers.
#[wasm_bindgen_test]
async fn a_citation_toggle_is_named_after_its_sources() {
    let widget = Mounted::new(Settings::default()).await;
    let (story, ui) = (story("en"), &CATALOGUE.locale("en").unwrap().interface);
    for (i, pillar) in story.pillars.iter().enumerate() {
        let toggles = widget.all(&format!(
            "#dx-panel-{} .dx-point .dx-cite__toggle",
            pillar.id
        ));
        assert_eq!(toggles.len(), pillar.points.len(), "pillar {i}");
        for (toggle, point) in toggles.iter().zip(pillar.points.iter()) {
            let numbered: Vec<(usize, &deal_explainer::content::Source)> = point
                .sources
                .iter()
                .map(|c| story.numbered_source(&c.id).unwrap())
                .collect();
            let label = if numbered.len() == 1 {
                &ui.source_label
            } else {
                &ui.sources_label
            };
            let numbers: Vec<String> = numbered.iter().map(|(n, _)| n.to_string()).collect();
            let names: Vec<String> = numbered
                .iter()
                .map(|(_, s)| format!("{}, {}", s.publisher, s.date))
                .collect();
            let expected = format!("{label} {}: {}", numbers.join(", "), names.join("; "));
            assert_eq!(
                toggle.get_attribute("aria-label").as_deref(),
                Some(expected.as_str())
            );
            // What the button shows begins its name, so voice control finds it by what it says.
            assert!(expected.starts_with(toggle.text_content().unwrap().trim()));
        }
    }
    // "Source 1: OpenAI, 20 November 2025", as the reader hears it.
    let first = &widget.all(".dx-point .dx-cite__toggle")[0];
    assert_eq!(
        first.get_attribute("aria-label").as_deref(),
        Some("Source 1: OpenAI, 20 November 2025")
    );
}

/// The Dutch details card quotes the news page's own Dutch words, marked as Dutch; a source
/// we do not hold shows its title and mark, and no passage.
#[wasm_bindgen_test]
async fn excerpts_carry_their_language_and_outside_sources_show_none() {
    let widget = Mounted::new(Settings {
        locale: "nl",
        ..Settings::default()
    })
    .await;
    let nl = story("nl");
    let card = widget.one("#dx-cite-details");
    let excerpt = card.query_selector("q").unwrap().unwrap();
    assert_eq!(excerpt.get_attribute("lang").as_deref(), Some("nl"));
    assert_eq!(
        excerpt.text_content().unwrap(),
        nl.details.sources[0].excerpts[0].as_ref()
    );
    let title = card.query_selector("cite").unwrap().unwrap();
    assert_eq!(
        title.get_attribute("lang").as_deref(),
        Some("en"),
        "the title is the document's own"
    );

    let outside = nl
        .sources
        .iter()
        .find(|s| s.kind == deal_explainer::content::SourceKind::External)
        .expect("a source we do not hold");
    let (i, _) = nl
        .context
        .facts
        .iter()
        .enumerate()
        .find(|(_, f)| f.sources.len() == 1 && f.sources[0].id == outside.id)
        .expect("a fact resting on it alone");
    let detail = widget.one(&format!("#dx-cite-background-{i}"));
    let text = detail.text_content().unwrap();
    assert!(text.contains(outside.title.as_ref()));
    assert!(text.contains(
        CATALOGUE
            .locale("nl")
            .unwrap()
            .interface
            .external_source
            .as_ref()
    ));
    assert!(
        detail.query_selector("q").unwrap().is_none(),
        "no passage of a text we do not hold"
    );
}

#[wasm_bindgen_test]
async fn new_settings_from_the_embedding_page_apply_live() {
    let mut widget = Mounted::new(Settings::default()).await;
    let settings = Settings {
        locale: "nl",
        tab: deal_explainer::state::Tab::Terms,
        ..Settings::default()
    };
    widget.app.as_mut().unwrap().update(ExplainerProps {
        settings,
        on_change: None,
        embed_base: Default::default(),
        navigations: 0,
    });
    yew::scheduler::flush().await;
    assert_eq!(
        widget.one(".dx").get_attribute("lang").as_deref(),
        Some("nl")
    );
    assert_eq!(widget.selected_tab(), widget.tabs().len() - 1);
}

/// Bytes of WebAssembly memory the module has taken from the browser so far.
fn memory_bytes() -> u32 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    memory
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length()
}

/// Lets the browser run its own tasks: the test runner talks to the page between them, and
/// a loop that never yields would look hung to it.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Every tab, both languages, an answer opened and closed.
async fn explore_once(widget: &Mounted) {
    for tab in widget.tabs() {
        widget.click(&tab).await;
    }
    for language in widget.all(".dx-lang__option") {
        widget.click(&language).await;
    }
    let answer = widget.all(".dx-questions .dx-disclosure__toggle")[0].clone();
    widget.click(&answer).await;
    widget.click(&answer).await;
}

#[wasm_bindgen_test]
async fn widgets_mounted_explored_and_destroyed_take_no_more_memory_once_warm() {
    // Memory is only visible in whole 64 KiB pages: 100 cycles make a leak of 656 bytes or
    // more per widget (a widget never destroyed leaks several KB) show as a page.
    for _ in 0..20 {
        explore_once(&Mounted::new(Settings::default()).await).await;
    }
    let warm = memory_bytes();
    for _ in 0..100 {
        explore_once(&Mounted::new(Settings::default()).await).await;
        yield_to_browser().await;
    }
    assert_eq!(
        memory_bytes(),
        warm,
        "memory grew over 100 widgets mounted, explored and destroyed"
    );
}

#[wasm_bindgen_test]
async fn memory_stops_growing_while_a_reader_keeps_exploring() {
    // The widget's allocator reuses freed blocks (lol_alloc, src/lib.rs): once every size the
    // widget needs has been used, re-rendering takes no more memory from the browser.
    let widget = Mounted::new(Settings::default()).await;
    for _ in 0..10 {
        explore_once(&widget).await;
    }
    let settled = memory_bytes();
    // 200 rounds: a leak of 328 bytes or more per round shows as a 64 KiB page.
    for _ in 0..200 {
        explore_once(&widget).await;
        yield_to_browser().await;
    }
    assert_eq!(
        memory_bytes(),
        settled,
        "memory grew over 200 rounds of tabs, languages and answers"
    );
}

// The rack explorer and the generations.

/// The element of the drawing (SVG, not HTML) that `selector` names in `widget`.
fn drawn(widget: &Mounted, selector: &str) -> Element {
    widget
        .root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing drawn matches {selector}"))
}

/// Clicks `element` as a mouse would, even where it has no `click()` (SVG).
async fn click_drawn(element: &Element) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("click", &init).unwrap();
    element.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

/// Which rack parts are open, by the list's buttons; asserts that the regions and the
/// drawing agree with them.
fn open_parts(widget: &Mounted) -> Vec<String> {
    let mut open = Vec::new();
    for part in story("en").rack.as_ref().unwrap().parts.iter() {
        let button = widget.one(&format!(".dx-rack [aria-controls=dx-{}]", part.id));
        let expanded = button.get_attribute("aria-expanded").as_deref() == Some("true");
        let region = widget.one(&format!("#dx-{}", part.id));
        assert_eq!(
            region.hidden(),
            !expanded,
            "{}: region follows its button",
            part.id
        );
        let shape = drawn(widget, &format!(".dx-rack__part[data-part={}]", part.id));
        assert_eq!(
            shape.get_attribute("data-open").as_deref(),
            Some(if expanded { "true" } else { "false" }),
            "{}: the drawing highlights what is open",
            part.id
        );
        if expanded {
            open.push(part.id.to_string());
        }
    }
    open
}

#[wasm_bindgen_test]
async fn a_rack_part_opens_and_closes_by_its_button_and_by_the_drawing() {
    let widget = Mounted::new(Settings::default()).await;
    assert!(open_parts(&widget).is_empty(), "all closed at first");
    let cooling = widget.one(".dx-rack [aria-controls=dx-cooling]");
    widget.click(&cooling).await;
    assert_eq!(open_parts(&widget), ["cooling"]);
    let region = widget.one("#dx-cooling");
    let part = &story("en").rack.as_ref().unwrap().parts[5];
    assert!(region.text_content().unwrap().contains(&*part.role));
    assert!(region.text_content().unwrap().contains(&*part.story.text));

    // The drawing: a click on a part's shape or on its number opens it; again, closes it.
    let number = drawn(&widget, ".dx-rack__part[data-part=accelerators] text");
    click_drawn(&number).await;
    assert_eq!(open_parts(&widget), ["accelerators", "cooling"]);
    click_drawn(&drawn(&widget, ".dx-rack__part[data-part=cooling] path")).await;
    assert_eq!(open_parts(&widget), ["accelerators"]);
    // The frame is no part: nothing changes.
    click_drawn(&drawn(&widget, ".dx-rack__frame")).await;
    assert_eq!(open_parts(&widget), ["accelerators"]);
}

#[wasm_bindgen_test]
async fn the_embedding_page_can_open_a_part_and_its_tab() {
    let components = deal_explainer::state::Tab::Pillar(2);
    let mut widget = Mounted::new(Settings {
        tab: components,
        open: Some("cooling"),
        ..Settings::default()
    })
    .await;
    assert_eq!(open_parts(&widget), ["cooling"]);
    assert_eq!(widget.selected_tab(), 2);
    widget.app.as_mut().unwrap().update(ExplainerProps {
        settings: Settings {
            tab: components,
            open: Some("power"),
            ..Settings::default()
        },
        on_change: None,
        embed_base: Default::default(),
        navigations: 0,
    });
    yew::scheduler::flush().await;
    assert_eq!(open_parts(&widget), ["power", "cooling"]);
}

#[wasm_bindgen_test]
async fn the_components_pillar_opens_its_parts_and_a_part_leads_back() {
    let widget = Mounted::new(Settings {
        tab: deal_explainer::state::Tab::Pillar(2),
        ..Settings::default()
    })
    .await;
    let link = widget.one("[role=tabpanel]:not([hidden]) .dx-rack__link");
    widget.click(&link).await;
    assert_eq!(
        open_parts(&widget),
        ["networking", "cabling", "power", "cooling"]
    );
    assert!(!widget.one("#dx-rack").hidden(), "and the rack's section");
    // Asked twice, they stay open.
    widget.click(&link).await;
    assert_eq!(open_parts(&widget).len(), 4);
    widget.click(&widget.tabs()[0]).await;
    widget.click(&widget.one("#dx-power .dx-rack__back")).await;
    assert_eq!(widget.selected_tab(), 2);
    assert_eq!(
        widget.focused_tab(),
        Some(2),
        "focus is on the pillar's tab"
    );
}

#[wasm_bindgen_test]
async fn the_generations_switch_between_parallel_and_one_after_another() {
    let widget = Mounted::new(Settings::default()).await;
    let section = widget.one(".dx-gens");
    let options = widget.all(".dx-gens__switch button");
    let pressed = |i: usize| options[i].get_attribute("aria-pressed");
    assert_eq!(
        section.get_attribute("data-view").as_deref(),
        Some("parallel")
    );
    assert_eq!(
        (pressed(0).as_deref(), pressed(1).as_deref()),
        (Some("true"), Some("false"))
    );
    widget.click(&options[1]).await;
    assert_eq!(
        section.get_attribute("data-view").as_deref(),
        Some("sequential")
    );
    assert_eq!(
        (pressed(0).as_deref(), pressed(1).as_deref()),
        (Some("false"), Some("true"))
    );
    let sequential = &story("en").generations.as_ref().unwrap().sequential;
    assert_eq!(
        widget
            .one(".dx-gens__description")
            .text_content()
            .as_deref(),
        Some(&*sequential.description)
    );
}
