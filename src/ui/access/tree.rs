//! The page as an AccessKit tree: the window, then each part as a node, in reading order. Node ids
//! come from the page's key and the part's place among the parts of its kind, so a part keeps its
//! node while the page changes around it, and a new page's nodes are new to the screen reader.

use std::hash::{Hash, Hasher};

use accesskit::{
    Action, Live, Node, NodeId, Role, TextPosition, TextSelection, Toggled, TreeInfo, TreeUpdate,
};

use super::{Field, Page, Part, Radio, Tone, WINDOW};
use crate::t;

/// Numbers the parts of each kind in order, so that a part keeps its node when others of a
/// different kind come and go beside it (a status line appearing does not renumber the buttons).
#[derive(Default)]
pub(super) struct Counters(std::collections::HashMap<&'static str, usize>);

impl Counters {
    pub(super) fn next<M>(&mut self, part: &Part<M>) -> String {
        let kind = match part {
            // A field is known by its widget id.
            Part::Field(f) => return format!("field:{}", f.id),
            Part::Heading(_) => "heading",
            Part::Text(_) => "text",
            Part::Status(..) => "status",
            Part::Note(..) => "note",
            Part::Check { .. } => "check",
            Part::Radios { .. } => "radios",
            Part::Button { .. } => "button",
            Part::Group { .. } => "group",
        };
        let n = self.0.entry(kind).or_insert(0);
        *n += 1;
        format!("{kind}:{n}")
    }
}

/// The key of choice `i` of the radio group with key `group` (the page's walk and the tree
/// builder must agree on it).
pub(super) fn radio_key(group: &str, i: usize) -> String {
    format!("{group}#{i}")
}

/// A node id from the page and the part's place on it (never the window's own id).
pub(super) fn node_id(page: &str, part: &str) -> NodeId {
    // SipHash with fixed keys: the same id for the same page and part in every run.
    #[allow(deprecated)]
    let mut h = std::hash::SipHasher::new();
    page.hash(&mut h);
    part.hash(&mut h);
    NodeId(h.finish().max(WINDOW.0 + 1))
}

/// The window's whole tree: its title, then the page. `focused` is the iced id of the field that
/// has the keyboard focus; with none, the focus is on the page's first heading.
pub fn tree<M: Clone + 'static>(title: &str, page: &Page<M>, focused: Option<&str>) -> TreeUpdate {
    let mut nodes = Vec::new();
    let mut counters = Counters::default();
    let children = build(page.key, &page.parts, &mut counters, &mut nodes);
    let mut window = Node::new(Role::Window);
    window.set_label(title);
    window.set_children(children);
    nodes.push((WINDOW, window));
    let focus = focused
        .and_then(|f| page.field_node(f))
        .or_else(|| page.first_heading())
        .unwrap_or(WINDOW);
    TreeUpdate {
        nodes,
        tree: Some(TreeInfo {
            root: WINDOW,
            toolkit_name: Some("iced".into()),
            toolkit_version: Some("0.14".into()),
        }),
        tree_id: accesskit::TreeId::ROOT,
        focus,
    }
}

/// Adds the nodes of `parts` to `nodes`; returns their ids in order.
fn build<M>(
    key: &str,
    parts: &[Part<M>],
    counters: &mut Counters,
    nodes: &mut Vec<(NodeId, Node)>,
) -> Vec<NodeId> {
    let mut ids = Vec::new();
    for part in parts {
        let pkey = counters.next(part);
        let id = node_id(key, &pkey);
        let node = part_node(key, &pkey, part, counters, nodes);
        nodes.push((id, node));
        ids.push(id);
    }
    ids
}

/// The node of one part, whose place on the page is `pkey`; the nodes below it (a field's text
/// run, a group's radio buttons or parts) are added to `nodes` first.
fn part_node<M>(
    key: &str,
    pkey: &str,
    part: &Part<M>,
    counters: &mut Counters,
    nodes: &mut Vec<(NodeId, Node)>,
) -> Node {
    match part {
        Part::Heading(s) => heading(s),
        Part::Text(s) => label(s),
        Part::Note(tone, s) => label(&tone.words(s)),
        Part::Status(tone, s) => status(*tone, s),
        Part::Field(f) => field(node_id(key, &format!("{pkey}#run")), f, nodes),
        Part::Check {
            label,
            checked,
            on_toggle,
        } => check(label, *checked, on_toggle.is_some()),
        Part::Radios { label, options } => radios(key, pkey, label, options, nodes),
        Part::Button {
            label,
            on_press,
            default,
        } => button(label, on_press.is_some(), *default),
        Part::Group { label, parts } => {
            let mut n = Node::new(Role::Group);
            n.set_label(label.as_str());
            n.set_children(build(key, parts, counters, nodes));
            n
        }
    }
}

/// The page's heading, a live region: a new page is announced by its heading.
fn heading(s: &str) -> Node {
    let mut n = Node::new(Role::Heading);
    n.set_label(s);
    n.set_level(1);
    n.set_live(Live::Polite);
    n
}

/// A status line in words, read out at once when it tells of a problem.
fn status(tone: Tone, s: &str) -> Node {
    let mut n = Node::new(Role::Status);
    n.set_label(tone.words(s));
    n.set_live(if tone == Tone::Problem {
        Live::Assertive
    } else {
        Live::Polite
    });
    n
}

/// `Toggled` from a checked state.
fn toggled(on: bool) -> Toggled {
    if on { Toggled::True } else { Toggled::False }
}

/// A checkbox, clickable when it can be toggled.
fn check(label: &str, checked: bool, enabled: bool) -> Node {
    let mut n = Node::new(Role::CheckBox);
    n.set_label(label);
    n.set_toggled(toggled(checked));
    if enabled {
        n.add_action(Action::Click);
    } else {
        n.set_disabled();
    }
    n
}

/// A radio group; its buttons are added to `nodes` with the ids of `radio_key`.
fn radios<M>(
    key: &str,
    pkey: &str,
    label: &str,
    options: &[Radio<M>],
    nodes: &mut Vec<(NodeId, Node)>,
) -> Node {
    let mut group = Node::new(Role::RadioGroup);
    group.set_label(label);
    let mut children = Vec::new();
    for (i, r) in options.iter().enumerate() {
        let rid = node_id(key, &radio_key(pkey, i));
        let mut n = Node::new(Role::RadioButton);
        n.set_label(r.label.as_str());
        n.set_description(r.explained.as_str());
        n.set_toggled(toggled(r.selected));
        n.add_action(Action::Click);
        n.set_position_in_set(i + 1);
        n.set_size_of_set(options.len());
        nodes.push((rid, n));
        children.push(rid);
    }
    group.set_children(children);
    group
}

/// A button, clickable when it can be pressed; the default one names the Enter key.
fn button(label: &str, enabled: bool, default: bool) -> Node {
    let mut n = Node::new(Role::Button);
    n.set_label(label);
    if enabled {
        n.add_action(Action::Click);
    } else {
        n.set_disabled();
    }
    if default {
        n.set_keyboard_shortcut(t!("access-enter"));
    }
    n
}

/// A line of text.
fn label(s: &str) -> Node {
    let mut n = Node::new(Role::Label);
    n.set_value(s);
    n
}

/// A text field and the text run that carries its text, with the caret at the end.
fn field<M>(run_id: NodeId, f: &Field<M>, nodes: &mut Vec<(NodeId, Node)>) -> Node {
    let mut n = Node::new(if f.secret {
        Role::PasswordInput
    } else {
        Role::TextInput
    });
    n.set_label(f.label.as_str());
    if !f.placeholder.is_empty() {
        n.set_placeholder(f.placeholder.as_str());
    }
    if !f.secret {
        n.set_value(f.text.as_str());
    }
    n.add_action(Action::Focus);
    if f.on_input.is_some() {
        n.add_action(Action::SetValue);
    } else {
        n.set_read_only();
    }
    let mut run = Node::new(Role::TextRun);
    run.set_value(f.text.as_str());
    let lengths: Vec<u8> = f
        .text
        .chars()
        .map(|c| u8::try_from(c.len_utf8()).unwrap_or(4))
        .collect();
    let end = TextPosition {
        node: run_id,
        character_index: lengths.len(),
    };
    run.set_character_lengths(lengths);
    nodes.push((run_id, run));
    n.set_children(vec![run_id]);
    n.set_text_selection(TextSelection {
        anchor: end,
        focus: end,
    });
    n
}
