//! One file per subcommand; each `run` returns how it went and leaves the exit code to `cli::main`.

mod batch;
pub(super) mod check;
pub(super) mod diagnose;
pub(super) mod discover;
pub(super) mod doctor;
pub(super) mod export;
pub(super) mod preset;
pub(super) mod provision;
pub(super) mod save_password;
pub(super) mod setup;
