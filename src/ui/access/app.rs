//! The wizard's side of assistive technology: the whole window described (header, step, page),
//! published after every change while a screen reader listens, and its requests turned into the
//! wizard's own messages.

use iced::Task;
use iced::advanced::widget::operation::{Focusable, Operation, Outcome};
use iced::widget::{Id, operation};

use super::{Event, Page, Resolved};
use crate::t;
use crate::ui::{App, Message, Step, style};

/// Whether assistive technology listens, and where the keyboard focus is.
#[derive(Default)]
pub struct Listener {
    /// The window program sets this: tests that drive the wizard in-process publish nothing.
    pub enabled: bool,
    #[cfg(all(unix, not(target_vendor = "apple"), not(target_os = "android")))]
    adapter: Option<super::bridge::Adapter>,
    /// A screen reader asked for the tree: it is published after every change.
    active: bool,
    /// The field that has the keyboard focus.
    focused: Option<Id>,
}

impl App {
    /// The whole window for assistive technology: the header, where the page is on the path, and
    /// the page (each step's `describe`, beside its `view`).
    pub fn describe(&self) -> Page<Message> {
        let body = match &self.step {
            Step::You(s) => s.describe().map(Message::You),
            Step::Finding(s) => s.describe().map(Message::Finding),
            Step::Receive(s) => s.describe().map(Message::Receive),
            Step::Checking(s) => s.describe().map(Message::Checking),
            Step::Done(s) => s.describe().map(Message::Done),
            Step::Fix(s) => s.describe(self.support_lines()).map(Message::Fix),
            Step::Manual(s) => s.describe().map(Message::Manual),
            Step::DomainCheck(s) => s.describe().map(Message::DomainCheck),
            Step::SignIn(s) => s.describe().map(Message::SignIn),
            Step::Password(s) => s.describe().map(Message::Password),
            Step::Existing(s) => s.describe().map(Message::Existing),
        };
        let mut page = Page::new(body.key);
        if let Some(n) = self.step_number() {
            page.text(style::step_words(n));
        }
        if let (Step::You(_), Some(e)) = (&self.step, &self.preset_error) {
            page.status(
                super::Tone::Warning,
                t!("preset-ignored", error = e.as_str()),
            );
        }
        page.extend(body);
        // "Check my domain", in the header, comes last: the page's own heading comes first (the
        // organisation's name is in the window's title).
        if let Some(enabled) = self.check_domain_offered() {
            page.button(t!("doctor-title"), enabled.then_some(Message::CheckDomain));
        }
        page
    }

    /// What the listener does with an event of the accessibility bus or of the window.
    pub(crate) fn access_event(&mut self, event: Event) -> Task<Message> {
        match event {
            #[cfg(all(unix, not(target_vendor = "apple"), not(target_os = "android")))]
            Event::Ready(adapter) => {
                self.access.adapter = Some(adapter);
                Task::none()
            }
            Event::Activated => {
                self.access.active = true;
                self.publish();
                focused_field()
            }
            Event::Deactivated => {
                self.access.active = false;
                Task::none()
            }
            Event::Action(request) => match self.describe().resolve(&request) {
                Some(Resolved::Message(m)) => self.update(m),
                Some(Resolved::Focus(id)) => self.access_follow(operation::focus(id)),
                None => Task::none(),
            },
            Event::Focus(id) => {
                self.access.focused = id;
                self.publish();
                Task::none()
            }
            Event::WindowFocus(focused) => {
                #[cfg(all(unix, not(target_vendor = "apple"), not(target_os = "android")))]
                if let Some(a) = &self.access.adapter {
                    a.window_focused(focused);
                }
                let _ = focused;
                Task::none()
            }
        }
    }

    /// After a change: the tree published again, and the focus looked up once the change's own
    /// focus moves are done. Nothing at all while no screen reader listens.
    pub(crate) fn access_follow(&mut self, task: Task<Message>) -> Task<Message> {
        if !self.access.active {
            return task;
        }
        self.publish();
        Task::batch([task, focused_field()])
    }

    fn publish(&self) {
        #[cfg(all(unix, not(target_vendor = "apple"), not(target_os = "android")))]
        if let (true, Some(adapter)) = (self.access.active, &self.access.adapter) {
            adapter.update(|| {
                let page = self.describe();
                let focused = page
                    .field_ids()
                    .into_iter()
                    .find(|f| self.access.focused.as_ref() == Some(&Id::from(f.clone())));
                super::tree(&self.title(), &page, focused.as_deref())
            });
        }
    }

    /// The window's events for assistive technology: the adapter's, and the window's focus.
    pub(crate) fn access_subscription(&self) -> iced::Subscription<Message> {
        if !self.access.enabled {
            return iced::Subscription::none();
        }
        let focus = iced::window::events().filter_map(|(_, e)| match e {
            iced::window::Event::Focused => Some(Message::Access(Event::WindowFocus(true))),
            iced::window::Event::Unfocused => Some(Message::Access(Event::WindowFocus(false))),
            _ => None,
        });
        #[cfg(all(unix, not(target_vendor = "apple"), not(target_os = "android")))]
        let focus = iced::Subscription::batch([
            focus,
            iced::Subscription::run(super::bridge::events).map(Message::Access),
        ]);
        focus
    }
}

/// Finds the field that has the keyboard focus (none is an answer too).
fn focused_field() -> Task<Message> {
    struct Find(Option<Id>);
    impl Operation<Option<Id>> for Find {
        fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<Option<Id>>)) {
            operate(self);
        }
        fn focusable(
            &mut self,
            id: Option<&Id>,
            _bounds: iced::Rectangle,
            state: &mut dyn Focusable,
        ) {
            if state.is_focused() {
                self.0 = id.cloned();
            }
        }
        fn finish(&self) -> Outcome<Option<Id>> {
            Outcome::Some(self.0.clone())
        }
    }
    iced::advanced::widget::operate(Find(None)).map(|id| Message::Access(Event::Focus(id)))
}
