//! The window described for assistive technology (screen readers such as Orca).
//!
//! iced draws pixels and keeps no accessibility tree, so each step has a `describe` beside its
//! `view`: from the same state, it lists what the page says and offers — the heading, texts,
//! fields with their labels, checkboxes, IMAP/POP3 choices, status lines and buttons — as a
//! [`Page`]. [`tree`] turns the page into an AccessKit tree update; [`Page::resolve`] turns an
//! action a screen reader asks for (press, type, toggle, focus) into the very message the mouse or
//! keyboard would have sent, so the flow has one code path.
//!
//! Nothing here runs unless an assistive technology is listening: [`bridge`] publishes the tree on
//! the platform's accessibility bus only after AccessKit says one asked for it.

mod app;
#[cfg(all(unix, not(target_vendor = "apple"), not(target_os = "android")))]
pub mod bridge;
mod tree;

pub use app::Listener;
pub use tree::tree;
use tree::{Counters, node_id};

use std::rc::Rc;

use accesskit::{Action, ActionData, ActionRequest, NodeId};

use super::style::Status;
use crate::t;

/// What happens on the accessibility bus, and to the window's focus.
#[derive(Clone)]
pub enum Event {
    /// The adapter is made; the window keeps it to publish its tree.
    #[cfg(all(unix, not(target_vendor = "apple"), not(target_os = "android")))]
    Ready(bridge::Adapter),
    /// Assistive technology asked for the tree.
    Activated,
    /// It no longer listens.
    Deactivated,
    /// Press, type, toggle or focus, as a screen reader asked.
    Action(ActionRequest),
    /// The field that has the keyboard focus (looked up after each change).
    Focus(Option<iced::widget::Id>),
    /// The window gained or lost the keyboard focus.
    WindowFocus(bool),
}

/// Text set into a field may be a password: `Debug` names the action and the node, never the text.
impl std::fmt::Debug for Event {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            #[cfg(all(unix, not(target_vendor = "apple"), not(target_os = "android")))]
            Event::Ready(_) => f.write_str("Ready"),
            Event::Activated => f.write_str("Activated"),
            Event::Deactivated => f.write_str("Deactivated"),
            Event::Action(r) => write!(f, "Action({:?} on {:?})", r.action, r.target_node),
            Event::Focus(id) => write!(f, "Focus({id:?})"),
            Event::WindowFocus(b) => write!(f, "WindowFocus({b})"),
        }
    }
}

/// The most text a screen reader may set into a field at once, in bytes.
pub const MAX_TYPED: usize = 4096;

/// The root node: the window.
pub const WINDOW: NodeId = NodeId(1);

/// What a status line means, said in words as well as by its icon and colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Success,
    Warning,
    Problem,
    /// Work in progress, or waiting for it.
    Progress,
    /// Ended without an answer, or not needed.
    Skipped,
}

impl From<Status> for Tone {
    fn from(s: Status) -> Tone {
        match s {
            Status::Success => Tone::Success,
            Status::Warning => Tone::Warning,
            Status::Problem => Tone::Problem,
            Status::InProgress | Status::Waiting => Tone::Progress,
            Status::Skipped | Status::Chosen | Status::NotChosen => Tone::Skipped,
        }
    }
}

impl Tone {
    /// A status line as a screen reader says it: the word, then the line.
    fn words(self, line: &str) -> String {
        t!("access-status", tone = self.word(), text = line)
    }

    /// The word a screen reader says before the status line.
    fn word(self) -> String {
        match self {
            Tone::Success => t!("access-success"),
            Tone::Warning => t!("access-warning"),
            Tone::Problem => t!("access-problem"),
            Tone::Progress => t!("access-progress"),
            Tone::Skipped => t!("access-skipped"),
        }
    }
}

/// A text field. A secret field's text is never in the tree: its text run holds one bullet per
/// character typed, as other toolkits do, and it has no value.
pub struct Field<M> {
    /// The iced widget id, so that focus can follow the window's.
    pub id: String,
    pub label: String,
    pub text: String,
    pub secret: bool,
    pub placeholder: String,
    pub on_input: Option<Rc<dyn Fn(String) -> M>>,
}

/// One choice of a group of radio buttons.
pub struct Radio<M> {
    pub label: String,
    pub explained: String,
    pub selected: bool,
    pub on_select: M,
}

/// One thing on a page, in reading order.
pub enum Part<M> {
    Heading(String),
    Text(String),
    Status(Tone, String),
    /// A status line that is not announced when it changes (one that follows typing).
    Note(Tone, String),
    Field(Field<M>),
    Check {
        label: String,
        checked: bool,
        on_toggle: Option<Rc<dyn Fn(bool) -> M>>,
    },
    Radios {
        label: String,
        options: Vec<Radio<M>>,
    },
    Button {
        label: String,
        on_press: Option<M>,
        /// What Enter does on this page.
        default: bool,
    },
    Group {
        label: String,
        parts: Vec<Part<M>>,
    },
}

/// A page described for assistive technology: its parts in reading order.
pub struct Page<M> {
    /// Tells pages apart, so that a new page's nodes are new to the screen reader.
    pub key: &'static str,
    pub parts: Vec<Part<M>>,
}

impl<M: Clone + 'static> Page<M> {
    pub fn new(key: &'static str) -> Page<M> {
        Page {
            key,
            parts: Vec::new(),
        }
    }

    pub fn push(&mut self, part: Part<M>) -> &mut Self {
        self.parts.push(part);
        self
    }

    pub fn heading(&mut self, s: impl Into<String>) -> &mut Self {
        self.push(Part::Heading(s.into()))
    }

    pub fn text(&mut self, s: impl Into<String>) -> &mut Self {
        self.push(Part::Text(s.into()))
    }

    pub fn status(&mut self, tone: impl Into<Tone>, s: impl Into<String>) -> &mut Self {
        self.push(Part::Status(tone.into(), s.into()))
    }

    /// A status line read in its place but not announced as it changes: the check of a field
    /// that changes with every key.
    pub fn note(&mut self, tone: impl Into<Tone>, s: impl Into<String>) -> &mut Self {
        self.push(Part::Note(tone.into(), s.into()))
    }

    /// A plain text field.
    pub fn field(
        &mut self,
        id: impl Into<String>,
        label: impl Into<String>,
        text: &str,
        on_input: impl Fn(String) -> M + 'static,
    ) -> &mut Self {
        self.input(
            id.into(),
            label.into(),
            text.to_owned(),
            false,
            Rc::new(on_input),
        )
    }

    /// A password field: only the number of characters typed is in the tree.
    pub fn secret(
        &mut self,
        id: impl Into<String>,
        label: impl Into<String>,
        typed: &str,
        on_input: impl Fn(String) -> M + 'static,
    ) -> &mut Self {
        let bullets = "•".repeat(typed.chars().count());
        self.input(id.into(), label.into(), bullets, true, Rc::new(on_input))
    }

    fn input(
        &mut self,
        id: String,
        label: String,
        text: String,
        secret: bool,
        on_input: Rc<dyn Fn(String) -> M>,
    ) -> &mut Self {
        self.push(Part::Field(Field {
            id,
            label,
            text,
            secret,
            placeholder: String::new(),
            on_input: Some(on_input),
        }))
    }

    /// Sets the placeholder of the field pushed last.
    pub fn placeholder(&mut self, p: impl Into<String>) -> &mut Self {
        if let Some(Part::Field(f)) = self.parts.last_mut() {
            f.placeholder = p.into();
        }
        self
    }

    pub fn check(
        &mut self,
        label: impl Into<String>,
        checked: bool,
        on_toggle: impl Fn(bool) -> M + 'static,
    ) -> &mut Self {
        self.push(Part::Check {
            label: label.into(),
            checked,
            on_toggle: Some(Rc::new(on_toggle)),
        })
    }

    pub fn button(&mut self, label: impl Into<String>, on_press: Option<M>) -> &mut Self {
        self.push(Part::Button {
            label: label.into(),
            on_press,
            default: false,
        })
    }

    /// The page's main button, the one Enter presses.
    pub fn default_button(&mut self, label: impl Into<String>, on_press: Option<M>) -> &mut Self {
        self.push(Part::Button {
            label: label.into(),
            on_press,
            default: true,
        })
    }

    /// A group of parts under a label (a card on the page).
    pub fn group(&mut self, label: impl Into<String>, inner: Page<M>) -> &mut Self {
        self.push(Part::Group {
            label: label.into(),
            parts: inner.parts,
        })
    }

    /// Radio buttons under a label: one of them is chosen.
    pub fn radios(&mut self, label: impl Into<String>, options: Vec<Radio<M>>) -> &mut Self {
        self.push(Part::Radios {
            label: label.into(),
            options,
        })
    }

    /// Appends another page's parts (a part shared between steps).
    pub fn extend(&mut self, other: Page<M>) -> &mut Self {
        self.parts.extend(other.parts);
        self
    }

    /// The same page for the parent's message type.
    pub fn map<N: Clone + 'static>(self, f: impl Fn(M) -> N + 'static) -> Page<N> {
        let f: Rc<dyn Fn(M) -> N> = Rc::new(f);
        Page {
            key: self.key,
            parts: self.parts.into_iter().map(|p| p.map(&f)).collect(),
        }
    }

    /// The message that does what an assistive technology asked of the node `target` of this page,
    /// or what to focus.
    pub fn resolve(&self, request: &ActionRequest) -> Option<Resolved<M>> {
        let mut found = None;
        self.walk(&mut |id, visit| {
            if found.is_none() && id == request.target_node {
                found = Some(match visit {
                    Visit::Part(part) => resolve_part(part, request),
                    Visit::Radio(r) => (request.action == Action::Click)
                        .then(|| Resolved::Message(r.on_select.clone())),
                });
            }
        });
        found.flatten()
    }

    /// Calls `f` with each part (and each radio choice) and its node id, depth first.
    fn walk(&self, f: &mut dyn FnMut(NodeId, Visit<'_, M>)) {
        fn go<M>(
            key: &str,
            parts: &[Part<M>],
            counters: &mut Counters,
            f: &mut dyn FnMut(NodeId, Visit<'_, M>),
        ) {
            for part in parts {
                let pkey = counters.next(part);
                f(node_id(key, &pkey), Visit::Part(part));
                match part {
                    Part::Group { parts, .. } => go(key, parts, counters, f),
                    Part::Radios { options, .. } => {
                        for (i, r) in options.iter().enumerate() {
                            f(node_id(key, &tree::radio_key(&pkey, i)), Visit::Radio(r));
                        }
                    }
                    _ => {}
                }
            }
        }
        go(self.key, &self.parts, &mut Counters::default(), f);
    }

    /// The page's first heading, for the screen reader's focus when no field has it.
    fn first_heading(&self) -> Option<NodeId> {
        let mut first = None;
        self.walk(&mut |id, visit| {
            if first.is_none() && matches!(visit, Visit::Part(Part::Heading(_))) {
                first = Some(id);
            }
        });
        first
    }

    /// The iced ids of the page's fields.
    pub fn field_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        self.walk(&mut |_, visit| {
            if let Visit::Part(Part::Field(f)) = visit {
                ids.push(f.id.clone());
            }
        });
        ids
    }

    /// The node of the field with iced id `widget`.
    fn field_node(&self, widget: &str) -> Option<NodeId> {
        let mut found = None;
        self.walk(&mut |id, visit| {
            if let Visit::Part(Part::Field(f)) = visit {
                if f.id == widget {
                    found = Some(id);
                }
            }
        });
        found
    }
}

/// A node of the page: a part, or one choice of a group of radio buttons.
enum Visit<'a, M> {
    Part(&'a Part<M>),
    Radio(&'a Radio<M>),
}

/// What an action from assistive technology comes to.
pub enum Resolved<M> {
    /// Send this message, as the keyboard or mouse would have.
    Message(M),
    /// Move the window's keyboard focus to this field.
    Focus(String),
}

fn resolve_part<M: Clone>(part: &Part<M>, request: &ActionRequest) -> Option<Resolved<M>> {
    match (part, request.action) {
        (Part::Button { on_press, .. }, Action::Click) => on_press.clone().map(Resolved::Message),
        (
            Part::Check {
                checked, on_toggle, ..
            },
            Action::Click,
        ) => on_toggle.as_ref().map(|f| Resolved::Message(f(!checked))),
        (Part::Field(f), Action::Focus | Action::Click) => Some(Resolved::Focus(f.id.clone())),
        (Part::Field(f), Action::SetValue) => match (&request.data, &f.on_input) {
            // Nobody types this much into these fields: a runaway request is ignored.
            (Some(ActionData::Value(v)), Some(on_input)) if v.len() <= MAX_TYPED => {
                Some(Resolved::Message(on_input(v.to_string())))
            }
            _ => None,
        },
        _ => None,
    }
}

impl<M: 'static> Part<M> {
    fn map<N: 'static>(self, f: &Rc<dyn Fn(M) -> N>) -> Part<N> {
        match self {
            Part::Heading(s) => Part::Heading(s),
            Part::Text(s) => Part::Text(s),
            Part::Status(t, s) => Part::Status(t, s),
            Part::Note(t, s) => Part::Note(t, s),
            Part::Field(x) => Part::Field(Field {
                id: x.id,
                label: x.label,
                text: x.text,
                secret: x.secret,
                placeholder: x.placeholder,
                on_input: x.on_input.map(|g| {
                    let f = Rc::clone(f);
                    Rc::new(move |s| f(g(s))) as Rc<dyn Fn(String) -> N>
                }),
            }),
            Part::Check {
                label,
                checked,
                on_toggle,
            } => Part::Check {
                label,
                checked,
                on_toggle: on_toggle.map(|g| {
                    let f = Rc::clone(f);
                    Rc::new(move |b| f(g(b))) as Rc<dyn Fn(bool) -> N>
                }),
            },
            Part::Radios { label, options } => Part::Radios {
                label,
                options: options
                    .into_iter()
                    .map(|r| Radio {
                        label: r.label,
                        explained: r.explained,
                        selected: r.selected,
                        on_select: f(r.on_select),
                    })
                    .collect(),
            },
            Part::Button {
                label,
                on_press,
                default,
            } => Part::Button {
                label,
                on_press: on_press.map(|m| f(m)),
                default,
            },
            Part::Group { label, parts } => Part::Group {
                label,
                parts: parts.into_iter().map(|p| p.map(f)).collect(),
            },
        }
    }
}

#[cfg(test)]
mod tests;
