//! The tree published on AT-SPI, the accessibility bus of Linux and the BSDs, beside the window
//! iced owns (AccessKit's `accesskit_unix`, which needs no window handle).
//!
//! The adapter is made when the window starts. It asks the session bus whether assistive
//! technology is enabled and, only when it is, calls [`Handlers`] to say so: until then the
//! window builds no tree at all. Its handlers run on the adapter's own thread; they only pass
//! events on to the window's update loop, through [`events`].

use std::sync::{Arc, Mutex};

use accesskit::{ActionHandler, ActionRequest, ActivationHandler, DeactivationHandler, TreeUpdate};
use iced::futures::channel::mpsc;
use iced::futures::{SinkExt, Stream, StreamExt};

use super::Event;

/// The window's end of the adapter (cheap to clone).
#[derive(Clone)]
pub struct Adapter(Arc<Mutex<accesskit_unix::Adapter>>);

impl std::fmt::Debug for Adapter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Adapter")
    }
}

impl Adapter {
    /// Publishes the tree `make` builds, if assistive technology is listening (else `make` is not
    /// called).
    pub fn update(&self, make: impl FnOnce() -> TreeUpdate) {
        if let Ok(mut a) = self.0.lock() {
            a.update_if_active(make);
        }
    }

    /// The window gained or lost the keyboard focus.
    pub fn window_focused(&self, focused: bool) {
        if let Ok(mut a) = self.0.lock() {
            a.update_window_focus_state(focused);
        }
    }
}

/// The adapter's handlers: each passes its event on.
struct Handlers(mpsc::UnboundedSender<Event>);

impl ActivationHandler for Handlers {
    fn request_initial_tree(&mut self) -> Option<TreeUpdate> {
        // The window publishes the whole tree when the event arrives: the adapter waits for it.
        let _ = self.0.unbounded_send(Event::Activated);
        None
    }
}

impl ActionHandler for Handlers {
    fn do_action(&mut self, request: ActionRequest) {
        let _ = self.0.unbounded_send(Event::Action(request));
    }
}

impl DeactivationHandler for Handlers {
    fn deactivate_accessibility(&mut self) {
        let _ = self.0.unbounded_send(Event::Deactivated);
    }
}

/// Makes the adapter, hands it to the window ([`Event::Ready`]), then passes on what assistive
/// technology asks for.
pub fn events() -> impl Stream<Item = Event> {
    iced::stream::channel(16, async |mut out: mpsc::Sender<Event>| {
        let (tx, mut rx) = mpsc::unbounded();
        let adapter =
            accesskit_unix::Adapter::new(Handlers(tx.clone()), Handlers(tx.clone()), Handlers(tx));
        let adapter = Adapter(Arc::new(Mutex::new(adapter)));
        if out.send(Event::Ready(adapter)).await.is_err() {
            return;
        }
        while let Some(event) = rx.next().await {
            if out.send(event).await.is_err() {
                return;
            }
        }
    })
}
