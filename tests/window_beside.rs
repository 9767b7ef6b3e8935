//! On Linux and the BSDs the wizard window is a program of its own, `mailsetup-window`, which
//! `mailsetup` without a subcommand becomes: the command-line program must carry none of the
//! window's code (so that it starts sooner), pass its arguments on whole, and say clearly when the
//! window program is not there.
#![cfg(window_beside)]

use std::process::{Command, Output};

const CLI: &str = env!("CARGO_BIN_EXE_mailsetup");
const WINDOW: &str = env!("CARGO_BIN_EXE_mailsetup-window");

fn run(program: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(program);
    c.args(args)
        .env("MAILSETUP_LOCALE", "en-GB")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("XDG_RUNTIME_DIR", std::env::temp_dir());
    for (k, v) in env {
        c.env(k, v);
    }
    // A binary copied a moment ago can be "busy" while another test's process, forked before the
    // copy's file was closed, still holds it open: try again until that child has moved on.
    for _ in 0..100 {
        match c.output() {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other.expect("run the program"),
        }
    }
    c.output().expect("run the program")
}

/// How many functions and statics of the window system's crates the binary defines (`nm`, from
/// binutils, which the Rust toolchain's linker needs anyway).
fn window_symbols(program: &str) -> usize {
    let out = Command::new("nm")
        .args(["--defined-only", "--demangle", program])
        .output()
        .expect("run nm");
    assert!(out.status.success(), "nm {program} failed");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.contains(" iced_winit::") || l.contains(" wgpu_core::"))
        .count()
}

#[test]
fn the_command_line_program_carries_no_window_code() {
    assert_eq!(window_symbols(CLI), 0, "{CLI} links the window's code");
    // The window program does, which shows that the check above can fail.
    assert!(window_symbols(WINDOW) > 100);
}

#[test]
fn no_subcommand_becomes_the_window_program_with_the_same_arguments() {
    // A stand-in window program beside a copy of `mailsetup` writes down its arguments.
    let dir = tempfile::tempdir().expect("temp dir");
    let lone = dir.path().join("mailsetup");
    std::fs::copy(CLI, &lone).expect("copy the binary");
    let args = dir.path().join("args");
    let fake = dir.path().join("mailsetup-window");
    std::fs::write(
        &fake,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\nexit 7\n",
            args.display()
        ),
    )
    .expect("write the stand-in");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let out = run(
        lone.to_str().expect("utf-8 path"),
        &["--no-preset", "--dns-server", "127.0.0.9"],
        &[],
    );
    // The process became the window program: its exit code is the window program's own.
    assert_eq!(out.status.code(), Some(7));
    let given = std::fs::read_to_string(&args).expect("the stand-in ran");
    assert_eq!(given, "--no-preset\n--dns-server\n127.0.0.9\n");
}

#[test]
fn the_window_program_says_plainly_when_there_is_no_display() {
    let out = run(CLI, &["--no-preset"], &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(
        err.contains("the window could not be opened")
            && err.contains("no graphical desktop")
            && err.contains("mailsetup setup"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_missing_window_program_is_said_plainly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let lone = dir.path().join("mailsetup");
    std::fs::copy(CLI, &lone).expect("copy the binary");
    let out = run(lone.to_str().expect("utf-8 path"), &[], &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(
        err.contains("the window could not be opened")
            && err.contains("mailsetup-window is missing"),
        "{err}"
    );
    // Commands still work without it.
    let out = run(lone.to_str().expect("utf-8 path"), &["--version"], &[]);
    assert!(out.status.success());
}
