//! Each step's description, as a screen reader gets it: names present, the password never.

use accesskit::{Action, ActionData, ActionRequest, Node, NodeId, Role, Toggled, TreeId};

use super::{Page, Resolved, tree};
use crate::model::Secret;
use crate::ui::{receive, you};

/// The nodes of `page`'s tree, by role and name (a label's name is its value).
fn nodes<M: Clone + 'static>(page: &Page<M>, focused: Option<&str>) -> Vec<(NodeId, Node)> {
    tree("Mail Setup", page, focused).nodes
}

fn name(n: &Node) -> String {
    n.label()
        .map(str::to_owned)
        .or_else(|| n.value().map(str::to_owned))
        .unwrap_or_default()
}

fn find<'a>(nodes: &'a [(NodeId, Node)], role: Role, named: &str) -> &'a (NodeId, Node) {
    nodes
        .iter()
        .find(|(_, n)| n.role() == role && name(n) == named)
        .unwrap_or_else(|| panic!("no {role:?} named {named:?} in {nodes:#?}"))
}

fn say(id: &str) -> String {
    crate::i18n::text(id, None)
}

fn request(target: NodeId, action: Action, data: Option<ActionData>) -> ActionRequest {
    ActionRequest {
        action,
        target_tree: TreeId::ROOT,
        target_node: target,
        data,
    }
}

fn server(protocol: crate::model::Protocol, port: u16) -> crate::model::Server {
    crate::model::Server {
        protocol,
        host: "mail.example.com".into(),
        port,
        security: crate::model::Security::Tls,
        username: "jo@example.com".into(),
        auth: crate::model::Auth::PasswordCleartext,
        source: crate::model::SourceId::Manual,
        url: "manual".into(),
        trusted: true,
        oauth: None,
    }
}

fn typed_you() -> you::You {
    let mut y = you::You::default();
    y.update(you::Message::Name("Sam Taylor".into()));
    y.update(you::Message::Email("sam@example.com".into()));
    y.update(you::Message::Password(Secret::new("hunter2-typed".into())));
    y
}

#[test]
fn the_first_step_names_its_heading_fields_and_buttons() {
    let page = typed_you().describe();
    let nodes = nodes(&page, Some(you::EMAIL));
    find(&nodes, Role::Heading, &say("you-title"));
    let (_, name_field) = find(&nodes, Role::TextInput, &say("you-name"));
    assert_eq!(name_field.value(), Some("Sam Taylor"));
    let (email, _) = find(&nodes, Role::TextInput, &say("you-address"));
    let (_, password) = find(&nodes, Role::PasswordInput, &say("you-password"));
    assert_eq!(password.value(), None, "a password field exposes no value");
    let (_, show) = find(&nodes, Role::CheckBox, &say("you-show-password"));
    assert_eq!(show.toggled(), Some(Toggled::False));
    let (_, next) = find(&nodes, Role::Button, &say("you-continue"));
    assert!(next.supports_action(Action::Click));
    assert!(!next.is_disabled());
    // The focus follows the window's: the address field.
    assert_eq!(tree("Mail Setup", &page, Some(you::EMAIL)).focus, *email);
    // With no field focused, the heading has it (a new page is read from its heading).
    let heading = find(&nodes, Role::Heading, &say("you-title")).0;
    assert_eq!(tree("Mail Setup", &page, None).focus, heading);
}

#[test]
fn no_password_is_in_any_tree_only_its_length() {
    let page = typed_you().describe();
    let all = format!("{:?}", tree("Mail Setup", &page, Some(you::PASSWORD)));
    assert!(!all.contains("hunter2"), "{all}");
    // The text run says how many characters were typed, as other toolkits do.
    assert!(all.contains(&"•".repeat("hunter2-typed".len())));

    let a = crate::address::Address::parse("jo@example.com").expect("address");
    let mut later = crate::ui::password::AskPassword::new(&a, None);
    later.update(crate::ui::password::Message::Password(Secret::new(
        "hunter2-later".into(),
    )));
    let all = format!("{:?}", tree("Mail Setup", &later.describe(), None));
    assert!(!all.contains("hunter2"), "{all}");
    assert!(all.contains(&say("password-title")), "{all}");
}

#[test]
fn text_typed_by_a_screen_reader_is_not_in_debug_output() {
    let typed = request(
        NodeId(7),
        Action::SetValue,
        Some(ActionData::Value("hunter2-spoken".into())),
    );
    let shown = format!(
        "{:?}",
        crate::ui::Message::Access(super::Event::Action(typed))
    );
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(shown.contains("SetValue"), "{shown}");
}

#[test]
fn actions_become_the_messages_the_keyboard_and_mouse_send() {
    let mut y = you::You::default();
    let page = y.describe();
    let nodes = nodes(&page, None);
    let (email, _) = find(&nodes, Role::TextInput, &say("you-address"));
    // Typing through the editable-text interface sets the field, as typing does.
    let typed = request(
        *email,
        Action::SetValue,
        Some(ActionData::Value("jo@example.com".into())),
    );
    match page.resolve(&typed) {
        Some(Resolved::Message(m)) => {
            y.update(m);
        }
        _ => panic!("setting the address's text is a message"),
    }
    assert_eq!(y.email, "jo@example.com");
    // A runaway request is ignored.
    let flood = "a".repeat(super::MAX_TYPED + 1);
    let flood = request(
        *email,
        Action::SetValue,
        Some(ActionData::Value(flood.into())),
    );
    assert!(page.resolve(&flood).is_none());
    // Focus moves the window's focus to the field.
    match page.resolve(&request(*email, Action::Focus, None)) {
        Some(Resolved::Focus(id)) => assert_eq!(id, you::EMAIL),
        _ => panic!("focus is a focus move"),
    }
    // Continue cannot be pressed before the address is an address; afterwards it can.
    let (next, node) = find(&nodes, Role::Button, &say("you-continue"));
    assert!(node.is_disabled());
    assert!(page.resolve(&request(*next, Action::Click, None)).is_none());
    let page = y.describe();
    match page.resolve(&request(*next, Action::Click, None)) {
        Some(Resolved::Message(you::Message::Continue)) => {}
        _ => panic!("pressing Continue continues"),
    }
    // The checkbox toggles.
    let nodes = super::tree("t", &page, None).nodes;
    let (show, _) = find(&nodes, Role::CheckBox, &say("you-show-password"));
    match page.resolve(&request(*show, Action::Click, None)) {
        Some(Resolved::Message(you::Message::ShowPassword(true))) => {}
        _ => panic!("pressing the checkbox ticks it"),
    }
}

#[test]
fn imap_or_pop3_are_radio_buttons_and_choosing_pop3_offers_the_copy() {
    let a = crate::address::Address::parse("jo@example.com").expect("address");
    let d = crate::discover::Discovery {
        address: a,
        incoming: vec![
            server(crate::model::Protocol::Imap, 993),
            server(crate::model::Protocol::Pop3, 995),
        ],
        outgoing: vec![server(crate::model::Protocol::Smtp, 465)],
        sources: Vec::new(),
        elapsed_ms: 0,
    };
    let mut r = receive::Receive::new(&d);
    let page = r.describe();
    let nodes = nodes(&page, None);
    let (_, group) = find(&nodes, Role::RadioGroup, &say("receive-title"));
    assert_eq!(group.children().len(), 2);
    let (_, imap) = find(&nodes, Role::RadioButton, &say("receive-imap"));
    assert_eq!(imap.toggled(), Some(Toggled::True));
    assert_eq!(
        imap.description(),
        Some(say("receive-imap-explained").as_str())
    );
    let (pop3, _) = find(&nodes, Role::RadioButton, &say("receive-pop3"));
    match page.resolve(&request(*pop3, Action::Click, None)) {
        Some(Resolved::Message(m)) => {
            r.update(m);
        }
        _ => panic!("choosing POP3 is a message"),
    }
    let nodes = super::tree("t", &r.describe(), None).nodes;
    let (_, copy) = find(&nodes, Role::CheckBox, &say("receive-leave-copy"));
    assert_eq!(copy.toggled(), Some(Toggled::True));
}

#[test]
fn a_status_line_says_its_meaning_in_words_and_is_announced() {
    let mut p: Page<()> = Page::new("t");
    p.status(super::Tone::Problem, "The password was refused");
    let nodes = nodes(&p, None);
    let (_, s) = nodes
        .iter()
        .find(|(_, n)| n.role() == Role::Status)
        .expect("a status node");
    assert_eq!(
        s.label(),
        Some(
            crate::i18n::text(
                "access-status",
                Some(&{
                    let mut a = fluent_bundle::FluentArgs::new();
                    a.set("tone", say("access-problem"));
                    a.set("text", "The password was refused");
                    a
                })
            )
            .as_str()
        )
    );
    assert_eq!(s.live(), Some(accesskit::Live::Assertive));
}

#[test]
fn node_ids_are_stable_and_distinct_across_pages() {
    let y = typed_you().describe();
    let a = nodes(&y, None);
    let b = nodes(&typed_you().describe(), None);
    let ids = |n: &[(NodeId, Node)]| n.iter().map(|(id, _)| *id).collect::<Vec<_>>();
    assert_eq!(ids(&a), ids(&b));
    let mut unique = ids(&a);
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), a.len(), "every node has its own id");
    let other = nodes(
        &crate::ui::password::AskPassword::new(
            &crate::address::Address::parse("jo@example.com").expect("address"),
            None,
        )
        .describe(),
        None,
    );
    // Only the window is shared between two pages.
    let shared: Vec<_> = ids(&other)
        .into_iter()
        .filter(|id| ids(&a).contains(id))
        .collect();
    assert_eq!(shared, vec![super::WINDOW]);
}

#[test]
fn the_manual_form_names_every_field_of_both_sides_and_says_its_errors() {
    use crate::ui::manual;
    let a = crate::address::Address::parse("jo@example.com").expect("address");
    let mut form = manual::Manual::new(&a, None);
    form.update(manual::Message::Incoming(manual::Field::Port, "x".into()));
    form.update(manual::Message::Submit);
    let page = form.describe();
    let nodes = nodes(&page, Some("in-port"));
    find(&nodes, Role::Heading, &say("manual-title"));
    let (_, incoming) = find(&nodes, Role::Group, &say("manual-incoming"));
    let (_, outgoing) = find(&nodes, Role::Group, &say("manual-outgoing"));
    // Each side: server, port, the security choice, username.
    assert_eq!(incoming.children().len(), 5, "{nodes:#?}");
    assert_eq!(outgoing.children().len(), 4, "{nodes:#?}");
    let fields = nodes
        .iter()
        .filter(|(_, n)| n.role() == Role::TextInput)
        .count();
    assert_eq!(fields, 6);
    find(
        &nodes,
        Role::Status,
        &super::Tone::Problem.words(&say("manual-bad-port")),
    );
    let (tls, _) = nodes
        .iter()
        .find(|(_, n)| {
            n.role() == Role::RadioButton && n.label() == Some(&say("manual-security-starttls"))
        })
        .expect("STARTTLS offered");
    match page.resolve(&request(*tls, Action::Click, None)) {
        Some(Resolved::Message(manual::Message::IncomingSecurity(
            crate::model::Security::Starttls,
        ))) => {}
        _ => panic!("choosing STARTTLS for the incoming server"),
    }
}

#[test]
fn something_needs_fixing_says_the_problem_and_asks_the_password_without_showing_it() {
    use crate::check::{CheckReport, Problem, ProblemKind};
    use crate::ui::outcome::{Fix, FixMessage};
    let refused = Problem::new(
        ProblemKind::WrongPassword,
        "Your password was not accepted.".into(),
        "Check the password.".into(),
    );
    let report = CheckReport::not_started(
        &server(crate::model::Protocol::Imap, 993),
        Some(&server(crate::model::Protocol::Smtp, 465)),
        refused,
    );
    let mut fix = Fix::new(report);
    fix.password = Secret::new("hunter2-again".into());
    let support = Some(("Call Acme".to_owned(), vec!["0123".to_owned()]));
    let page = fix.describe(support);
    let all = format!("{:?}", tree("Mail Setup", &page, None));
    assert!(!all.contains("hunter2"), "{all}");
    let nodes = nodes(&page, None);
    find(&nodes, Role::Heading, &say("fix-title"));
    find(&nodes, Role::Group, &say("fix-incoming"));
    find(
        &nodes,
        Role::Status,
        &super::Tone::Problem.words("Your password was not accepted."),
    );
    let (field, _) = find(&nodes, Role::PasswordInput, &say("fix-password-again"));
    match page.resolve(&request(
        *field,
        Action::SetValue,
        Some(ActionData::Value("x".into())),
    )) {
        Some(Resolved::Message(FixMessage::Password(p))) => assert_eq!(p.expose(), "x"),
        _ => panic!("typing the password again"),
    }
    let (_, again) = find(&nodes, Role::Button, &say("fix-try-again"));
    assert!(
        again.keyboard_shortcut().is_some(),
        "Try again is what Enter does"
    );
    find(&nodes, Role::Group, "Call Acme");
}

/// A side of the check that worked.
fn works(s: crate::model::Server) -> crate::check::ServerCheck {
    let mut c = crate::check::ServerCheck::not_tried(
        &s,
        crate::check::Problem::new(
            crate::check::ProblemKind::NotChecked,
            String::new(),
            String::new(),
        ),
    );
    c.ok = true;
    c.problem = None;
    c
}

#[test]
fn the_done_page_says_both_sides_work_and_offers_its_actions() {
    use crate::check::CheckReport;
    use crate::ui::done::{Done, DoneMessage, Lead};
    let report = CheckReport {
        incoming: works(server(crate::model::Protocol::Imap, 993)),
        outgoing: Some(works(server(crate::model::Protocol::Smtp, 465))),
    };
    let done = Done::new(report).with(Lead::Thunderbird, None);
    let page = done.describe();
    let nodes = nodes(&page, None);
    find(&nodes, Role::Heading, &say("done-works-title"));
    let (_, keep) = find(&nodes, Role::CheckBox, &say("done-save-password"));
    assert_eq!(keep.toggled(), Some(Toggled::True));
    let (add, node) = find(&nodes, Role::Button, &say("done-add-thunderbird"));
    assert!(
        node.keyboard_shortcut().is_some(),
        "adding is what Enter does first"
    );
    match page.resolve(&request(*add, Action::Click, None)) {
        Some(Resolved::Message(DoneMessage::Add)) => {}
        _ => panic!("pressing Add to Thunderbird"),
    }
    find(&nodes, Role::Button, &say("send-test-button"));
    let (_, finish) = find(&nodes, Role::Button, &say("done-finish"));
    assert!(finish.keyboard_shortcut().is_none());
}

#[test]
fn the_done_page_leads_with_the_desktops_program_or_its_steps() {
    use crate::check::CheckReport;
    use crate::desktop::MailProgram;
    use crate::ui::done::{App, Done, DoneAction, DoneMessage, Lead};
    let (imap, smtp) = (
        server(crate::model::Protocol::Imap, 993),
        server(crate::model::Protocol::Smtp, 465),
    );
    let account = crate::export::Account {
        address: crate::address::Address::parse("ann@example.co.uk").unwrap(),
        name: "Ann".into(),
        incoming: imap.clone(),
        outgoing: Some(smtp.clone()),
        leave_on_server: true,
    };
    let report = || CheckReport {
        incoming: works(imap.clone()),
        outgoing: Some(works(smtp.clone())),
    };
    let evolution = MailProgram::Evolution.name();
    let mut done = Done::new(report())
        .with(Lead::Desktop(MailProgram::Evolution), Some(&account))
        .with_others(&[MailProgram::Thunderbird, MailProgram::KMail]);
    let page = done.describe();
    let first = nodes(&page, None);
    let add_words = crate::t!("done-add-to", program = evolution);
    let (_, add) = find(&first, Role::Button, &add_words);
    assert!(add.keyboard_shortcut().is_some(), "Enter adds to Evolution");
    let (other, _) = find(
        &first,
        Role::Button,
        &crate::t!("done-add-to", program = "KMail"),
    );
    match page.resolve(&request(*other, Action::Click, None)) {
        Some(Resolved::Message(m @ DoneMessage::Export(App::Program(MailProgram::KMail)))) => {
            assert!(matches!(
                done.update(m),
                DoneAction::AddTo(MailProgram::KMail)
            ));
        }
        _ => panic!("pressing Add to KMail among the other ways"),
    }
    find(
        &first,
        Role::Button,
        &crate::t!("done-add-to", program = "Thunderbird"),
    );
    // KMail has no way in: its steps and the settings, and Enter finishes.
    let done = Done::new(report()).with(Lead::ByHand(MailProgram::KMail), Some(&account));
    assert!(matches!(done.main_action(), DoneMessage::Finish));
    let page = done.describe();
    let second = nodes(&page, None);
    find(&second, Role::Label, &crate::t!("desktop-steps-kmail"));
    find(
        &second,
        Role::Label,
        &crate::t!("done-phone-server", host = imap.host.as_str()),
    );
    let (_, finish) = find(&second, Role::Button, &say("done-finish"));
    assert!(finish.keyboard_shortcut().is_some());
}
