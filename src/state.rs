//! The widget's state: one reducer, every change a reader can make is one [`Action`].

use std::rc::Rc;

use yew::Reducible;

use crate::catalogue::CATALOGUE;
use crate::content::{Locale, RackPart, Story};

/// A reference into the baked catalogue, compared by address: the content is immutable,
/// so equal addresses mean equal content and props compare in O(1).
#[derive(Debug)]
pub struct Static<T: ?Sized + 'static>(pub &'static T);

impl<T: ?Sized> Clone for Static<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: ?Sized> Copy for Static<T> {}

impl<T: ?Sized> PartialEq for Static<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl<T: ?Sized> std::ops::Deref for Static<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.0
    }
}

/// Which panel of the explorer is open: one of the story's pillars, or the terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Pillar(usize),
    Terms,
}

impl Tab {
    /// The id of the terms tab, as used in embed attributes and deep links.
    pub const TERMS_ID: &'static str = "terms";

    /// Every tab of a story, in display order.
    pub fn all(story: &Story) -> impl Iterator<Item = Tab> {
        (0..story.pillars.len())
            .map(Tab::Pillar)
            .chain(std::iter::once(Tab::Terms))
    }

    pub fn id(self, story: &'static Story) -> &'static str {
        match self {
            Tab::Pillar(i) => &story.pillars[i].id,
            Tab::Terms => Self::TERMS_ID,
        }
    }

    pub fn from_id(id: &str, story: &Story) -> Option<Tab> {
        if id == Self::TERMS_ID {
            return Some(Tab::Terms);
        }
        story
            .pillars
            .iter()
            .position(|p| p.id == id)
            .map(Tab::Pillar)
    }

    pub fn label(self, story: &'static Story) -> &'static str {
        match self {
            Tab::Pillar(i) => &story.pillars[i].label,
            Tab::Terms => &story.terms.label,
        }
    }

    /// Position in [`Tab::all`].
    pub fn index(self, story: &Story) -> usize {
        match self {
            Tab::Pillar(i) => i,
            Tab::Terms => story.pillars.len(),
        }
    }

    /// The tab at `index` in [`Tab::all`], wrapping around at both ends.
    pub fn at(index: isize, story: &Story) -> Tab {
        let count = story.pillars.len() as isize + 1;
        match index.rem_euclid(count) as usize {
            i if i < story.pillars.len() => Tab::Pillar(i),
            _ => Tab::Terms,
        }
    }
}

/// What an embed or a deep link can open by name (`open=sources`,
/// `#deal-explainer=nl,terms,sources`): the sections the compact layout keeps one tap away,
/// and the story's rack parts ([`open_items`]). Each opens the disclosure region with the
/// element id `dx-{item}`.
pub const OPEN_ITEMS: [&str; 7] = [
    "details",
    "rack",
    "quotes",
    "background",
    "claims",
    "questions",
    "sources",
];

/// The region of the rack's section, where the rack's parts are shown.
const RACK_SECTION: &str = "dx-rack";

/// Everything of `story` an embed or deep link may open: [`OPEN_ITEMS`], then the parts of
/// its rack (`open=cooling`, `#deal-explainer=en,components,cooling`).
pub fn open_items(story: &'static Story) -> impl Iterator<Item = &'static str> {
    OPEN_ITEMS
        .into_iter()
        .chain(rack_parts(story).iter().map(|p| &*p.id))
}

/// The parts of `story`'s rack in the list's order; none if it has no rack.
pub fn rack_parts(story: &'static Story) -> &'static [RackPart] {
    story.rack.as_ref().map_or(&[], |rack| &rack.parts[..])
}

/// What a reader currently sees.
#[derive(Debug, Clone, PartialEq)]
pub struct ExplainerState {
    pub locale: Static<Locale>,
    /// Index of the story in every locale's (identically ordered) story list.
    pub story: usize,
    pub tab: Tab,
    /// Element ids of the answers and citation details the reader has opened. Ids come from
    /// content ids, which every language shares, so what is open stays open in another one.
    /// In the order they were opened.
    pub opened: Vec<String>,
    pub embed: EmbedDialogState,
    /// The rack generations drawn one after another rather than in parallel.
    pub sequential: bool,
}

/// The embed dialog: open or not, and which snippet was last copied.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct EmbedDialogState {
    pub open: bool,
    pub copied: Option<usize>,
}

impl ExplainerState {
    pub fn new(locale_code: &str, story: usize, tab: Tab) -> Self {
        let locale = CATALOGUE
            .locale(locale_code)
            .unwrap_or_else(|| CATALOGUE.fallback_locale());
        Self {
            locale: Static(locale),
            story,
            tab,
            opened: Vec::new(),
            embed: EmbedDialogState::default(),
            sequential: false,
        }
    }

    pub fn story(&self) -> &'static Story {
        &self.locale.0.stories[self.story]
    }

    /// Whether the answer or citation detail with this element id is open.
    pub fn is_open(&self, id: &str) -> bool {
        self.opened.iter().any(|open| open == id)
    }

    /// Whether the region with this element id is a part of the rack (`dx-cooling`).
    fn is_rack_part(&self, id: &str) -> bool {
        let item = id.strip_prefix("dx-");
        rack_parts(self.story())
            .iter()
            .any(|part| Some(&*part.id) == item)
    }

    /// The item of [`open_items`] the reader opened last and has not closed, for deep links.
    pub fn open_item(&self) -> Option<&'static str> {
        self.opened.iter().rev().find_map(|id| {
            let item = id.strip_prefix("dx-")?;
            open_items(self.story()).find(|known| *known == item)
        })
    }
}

/// Every change a reader (or an embedding page) can make.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show everything in the language with this code; unknown codes are ignored.
    SetLocale(String),
    SelectTab(Tab),
    /// Open the answer or citation detail with this element id, or close it if open.
    Toggle(String),
    /// Open the region with this element id, and for a rack part the rack's section it is
    /// shown in; nothing changes if they are open already.
    Open(String),
    OpenEmbedDialog,
    /// The dialog closed, whichever way (button, Escape, the browser).
    EmbedDialogClosed,
    /// The snippet with this index is on the clipboard.
    Copied(usize),
    /// Draw the rack generations one after another (`true`) or in parallel.
    ShowSequential(bool),
}

impl Reducible for ExplainerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // One copy to change, made in one place: every `clone()` of the state is inlined
        // where it is written, and the download pays for each.
        let mut next = (*self).clone();
        match action {
            Action::SetLocale(code) => match CATALOGUE.locale(&code) {
                Some(locale) if locale.code != self.locale.code => next.locale = Static(locale),
                _ => return self,
            },
            Action::SelectTab(tab) if tab != self.tab => next.tab = tab,
            Action::Toggle(id) => match next.opened.iter().position(|open| *open == id) {
                Some(index) => {
                    next.opened.remove(index);
                    // Closing the rack's section closes the part shown in it, so that the deep
                    // link stops naming a part the reader no longer sees.
                    if id == RACK_SECTION {
                        next.opened.retain(|open| !self.is_rack_part(open));
                    }
                }
                None => next.opened.push(id),
            },
            Action::Open(id) => {
                if self.is_rack_part(&id) && !self.is_open(RACK_SECTION) {
                    next.opened.push(RACK_SECTION.into());
                }
                if !self.is_open(&id) {
                    next.opened.push(id);
                }
                if next.opened.len() == self.opened.len() {
                    return self;
                }
            }
            Action::OpenEmbedDialog => {
                next.embed = EmbedDialogState {
                    open: true,
                    copied: None,
                }
            }
            Action::EmbedDialogClosed if self.embed.open => {
                next.embed = EmbedDialogState::default()
            }
            Action::Copied(index) => next.embed.copied = Some(index),
            Action::ShowSequential(sequential) if sequential != self.sequential => {
                next.sequential = sequential
            }
            Action::SelectTab(_) | Action::EmbedDialogClosed | Action::ShowSequential(_) => {
                return self
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> Rc<ExplainerState> {
        Rc::new(ExplainerState::new("en", 0, Tab::Pillar(0)))
    }

    #[test]
    fn tabs_wrap_around_both_ends() {
        let story = state().story();
        let last = Tab::all(story).count() as isize - 1;
        assert_eq!(Tab::at(-1, story), Tab::Terms);
        assert_eq!(Tab::at(last + 1, story), Tab::Pillar(0));
        for tab in Tab::all(story) {
            assert_eq!(Tab::from_id(tab.id(story), story), Some(tab));
            assert_eq!(Tab::at(tab.index(story) as isize, story), tab);
        }
    }

    #[test]
    fn unchanged_actions_keep_the_same_state_so_nothing_rerenders() {
        let before = state();
        let after = before.clone().reduce(Action::SelectTab(Tab::Pillar(0)));
        assert!(Rc::ptr_eq(&before, &after));
        let after = before.clone().reduce(Action::SetLocale("xx".into()));
        assert!(Rc::ptr_eq(&before, &after));
    }

    #[test]
    fn toggling_opens_then_closes_and_leaves_the_others_alone() {
        let opened = state()
            .reduce(Action::Toggle("dx-a".into()))
            .reduce(Action::Toggle("dx-b".into()));
        assert!(opened.is_open("dx-a") && opened.is_open("dx-b"));
        let closed = opened.reduce(Action::Toggle("dx-a".into()));
        assert!(!closed.is_open("dx-a") && closed.is_open("dx-b"));
    }

    #[test]
    fn the_embed_dialog_forgets_the_copied_snippet_when_it_closes() {
        let copied = state()
            .reduce(Action::OpenEmbedDialog)
            .reduce(Action::Copied(1));
        assert_eq!(
            copied.embed,
            EmbedDialogState {
                open: true,
                copied: Some(1)
            }
        );
        let closed = copied.reduce(Action::EmbedDialogClosed);
        assert_eq!(closed.embed, EmbedDialogState::default());
        let again = closed.clone().reduce(Action::EmbedDialogClosed);
        assert!(
            Rc::ptr_eq(&closed, &again),
            "closing a closed dialog changes nothing"
        );
    }

    #[test]
    fn the_open_item_is_the_last_section_opened_and_still_open() {
        let state = state()
            .reduce(Action::Toggle("dx-sources".into()))
            .reduce(Action::Toggle("dx-quotes".into()))
            .reduce(Action::Toggle("dx-term-x".into()));
        assert_eq!(
            state.open_item(),
            Some("quotes"),
            "a term answer is no item"
        );
        let state = state.reduce(Action::Toggle("dx-quotes".into()));
        assert_eq!(state.open_item(), Some("sources"));
        let opened = state.clone().reduce(Action::Open("dx-sources".into()));
        assert!(
            Rc::ptr_eq(&state, &opened),
            "opening an open item changes nothing"
        );
        let state = state.reduce(Action::Toggle("dx-sources".into()));
        assert_eq!(state.open_item(), None);
    }

    #[test]
    fn switching_language_keeps_the_open_tab() {
        let before = state().reduce(Action::SelectTab(Tab::Terms));
        let after = before.reduce(Action::SetLocale("nl".into()));
        assert_eq!(after.locale.code, "nl");
        assert_eq!(after.tab, Tab::Terms);
    }

    #[test]
    fn the_generations_view_switches_and_a_repeat_changes_nothing() {
        let sequential = state().reduce(Action::ShowSequential(true));
        assert!(sequential.sequential);
        let again = sequential.clone().reduce(Action::ShowSequential(true));
        assert!(Rc::ptr_eq(&sequential, &again));
        assert!(!sequential.reduce(Action::ShowSequential(false)).sequential);
    }

    #[test]
    fn a_rack_part_is_an_open_item_too_and_no_part_is_named_like_a_section() {
        let state = state()
            .reduce(Action::Toggle("dx-sources".into()))
            .reduce(Action::Open("dx-cooling".into()));
        assert_eq!(state.open_item(), Some("cooling"));
        assert!(state.is_open("dx-rack"), "with the section it is shown in");
        let closed = state.reduce(Action::Toggle("dx-rack".into()));
        assert!(
            !closed.is_open("dx-cooling"),
            "closing the section closes its part"
        );
        assert_eq!(
            closed.open_item(),
            Some("sources"),
            "and the link names what is still open"
        );
        let again = closed.reduce(Action::Open("dx-cooling".into()));
        assert!(
            again.is_open("dx-rack"),
            "asked for again, it is shown again"
        );
        let unchanged = again.clone().reduce(Action::Open("dx-cooling".into()));
        assert!(Rc::ptr_eq(&again, &unchanged));
        let story = again.story();
        let parts: Vec<&str> = open_items(story).skip(OPEN_ITEMS.len()).collect();
        assert_eq!(parts, crate::content::RACK_PARTS);
        assert!(parts.iter().all(|part| !OPEN_ITEMS.contains(part)));
    }
}
