//! Mail Setup: gets a person's business email working on their computer in under a minute.
//!
//! The library holds everything but the window: address parsing ([`address`]), the settings vocabulary
//! ([`model`]), discovery of server settings ([`discover`]), the network layer ([`net`]), sans-IO
//! protocol code ([`proto`]) and the command line ([`cli`]). See ARCHITECTURE.md.

#![warn(unreachable_pub)]

pub mod address;
pub mod check;
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
pub mod ui;
