//! Sans-IO protocol code: dialogues are state machines fed bytes, answering with bytes to send and
//! events; no sockets and no tokio here (one driver, `net::session`, runs them all).
//!
//! [`dialogue`] is the shared core (steps, limits, the no-credential-before-TLS rule);
//! [`imap`], [`pop3`] and [`smtp`] are the login dialogues, [`probe`] the discovery probe.

pub mod dialogue;
pub mod find;
pub mod imap;
mod lines;
pub mod login;
pub mod pop3;
pub mod probe;
pub mod sasl;
mod shared;
pub mod smtp;
pub mod submit;
pub(crate) mod then;
