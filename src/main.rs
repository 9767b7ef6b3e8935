//! The `mailsetup` binary: no arguments opens the wizard window; subcommands work headless.

fn main() -> std::process::ExitCode {
    mailsetup::cli::main()
}
