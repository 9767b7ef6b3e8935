//! Starting the person's browser on a URL, the way the desktop expects: `$BROWSER` when it is set
//! (a `:`-separated list of commands, each with `%s` for the URL or the URL appended — the
//! convention xdg-utils, Python's `webbrowser` and git follow), else the platform's opener:
//! `xdg-open` on Linux and the BSDs, `open` on macOS, and on Windows the URL handler behind `start`
//! (`rundll32 url.dll,FileProtocolHandler`, which, unlike `cmd /c start`, does not read `&` in the
//! URL as a command separator). No shell is involved: the URL is one argument.

use std::process::{Command, Stdio};

/// Why no browser could be started (the URL is printed anyway, so the person can copy it).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::t!("error-browser-failed", reason = .0.as_str()))]
pub(crate) struct BrowserError(pub String);

/// The commands to try, in order, each as a program and its arguments.
pub(crate) fn commands(browser_var: Option<&str>, url: &str) -> Vec<Vec<String>> {
    let from_var: Vec<Vec<String>> = browser_var
        .unwrap_or("")
        .split(':')
        .filter(|c| !c.trim().is_empty())
        .map(|c| {
            let mut words: Vec<String> = c.split_whitespace().map(str::to_owned).collect();
            if words.iter().any(|w| w.contains("%s")) {
                for w in &mut words {
                    *w = w.replace("%s", url);
                }
            } else {
                words.push(url.to_owned());
            }
            words
        })
        .collect();
    if !from_var.is_empty() {
        return from_var;
    }
    let platform: &[&str] = if cfg!(target_os = "macos") {
        &["open"]
    } else if cfg!(windows) {
        &["rundll32", "url.dll,FileProtocolHandler"]
    } else {
        &["xdg-open"]
    };
    let mut c: Vec<String> = platform.iter().map(|s| (*s).to_owned()).collect();
    c.push(url.to_owned());
    vec![c]
}

/// Starts the first command that can be started; does not wait for the browser.
pub(crate) fn open(url: &str) -> Result<(), BrowserError> {
    let var = std::env::var("BROWSER").ok();
    let mut last = String::from("no browser command");
    for c in commands(var.as_deref(), url) {
        let Some((program, args)) = c.split_first() else {
            continue;
        };
        match Command::new(program)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
        {
            Ok(mut child) => {
                // Reaped in the background so it leaves no zombie behind.
                std::thread::spawn(move || child.wait());
                return Ok(());
            }
            Err(e) => last = format!("{program}: {e}"),
        }
    }
    Err(BrowserError(last))
}
