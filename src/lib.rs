//! Mail Setup: gets a person's business email working on their computer in under a minute.
//!
//! The library, layer by layer as docs/design.md lists them (a test holds the imports to that list):
//! address parsing ([`address`]) and the catalogue ([`i18n`]); the settings vocabulary ([`model`]);
//! sans-IO protocol code ([`proto`]) and the keyring ([`secrets`]); the network layer ([`net`]);
//! the OAuth2 sign-in ([`oauth`]); discovery of server settings ([`discover`]); the domain report
//! ([`doctor`]); the live check ([`check`]) and the exports ([`export`]); the helpdesk preset
//! ([`preset`]), the Linux desktop's mail programs ([`desktop`]) and the diagnosis of existing
//! accounts ([`diagnose`]); what the front ends share ([`front`]).
//!
//! The two front ends, `cli` (the command line) and `ui` (the window), are public only so the two
//! binaries (src/main.rs, src/bin/mailsetup-window.rs) and their tests can reach them: they are not
//! part of the library's interface, and their documentation is hidden. See ARCHITECTURE.md.

#![warn(unreachable_pub)]

pub mod address;
pub mod check;
#[doc(hidden)]
pub mod cli;
pub mod desktop;
pub mod diagnose;
pub mod discover;
pub mod doctor;
pub mod export;
pub mod front;
pub mod i18n;
pub mod model;
pub mod net;
pub mod oauth;
pub mod preset;
pub mod proto;
pub mod secrets;
#[doc(hidden)]
pub mod ui;
