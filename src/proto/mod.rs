//! Sans-IO protocol code: dialogues are state machines fed bytes, answering with bytes to send and
//! events; no sockets and no tokio here (one driver elsewhere runs them).

pub mod imap;
pub mod lines;
pub mod login;
pub mod pop3;
pub mod probe;
pub mod sasl;
pub mod smtp;
