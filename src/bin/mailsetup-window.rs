//! `mailsetup-window`: the wizard window, which `mailsetup` without a subcommand becomes on Linux and
//! the BSDs (see src/main.rs). It takes the same options as `mailsetup` (a subcommand given here
//! runs as it would there).

fn main() -> std::process::ExitCode {
    mailsetup::cli::main(mailsetup::ui::open)
}
