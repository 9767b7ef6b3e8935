//! The `mailsetup` binary: no arguments opens the wizard window; subcommands work headless.
//!
//! On Linux and the BSDs the window is a program of its own, `mailsetup-window`, installed beside
//! this one, which this program becomes when there is no subcommand. Without the window's code
//! (iced, winit, wgpu) this binary is half the size, and every command starts about a millisecond
//! sooner: less for the dynamic loader to map, relocate and page in. Elsewhere the window opens in
//! this process.

fn main() -> std::process::ExitCode {
    #[cfg(window_beside)]
    let open_window: mailsetup::cli::OpenWindow = mailsetup::cli::become_window_program;
    #[cfg(not(window_beside))]
    let open_window: mailsetup::cli::OpenWindow = mailsetup::ui::open;
    mailsetup::cli::main(open_window)
}
