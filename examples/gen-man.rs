//! Writes the man pages from the command-line definition: `mailsetup.1` and one page per subcommand
//! (`mailsetup-discover.1`, …), gzipped, into the folder given (default `target/man`). Run by
//! `packaging/build-deb` before `cargo deb`.

use std::io::Write;
use std::path::PathBuf;

use clap::CommandFactory;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target/man"));
    std::fs::create_dir_all(&out)?;
    let mut cmd = mailsetup::cli::Cli::command();
    // Building propagates the global options (--preset, --dns-server …) into every subcommand.
    cmd.build();
    let mut pages = vec![(String::from("mailsetup"), cmd.clone())];
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        pages.push((format!("mailsetup-{}", sub.get_name()), sub.clone()));
    }
    for (name, page) in pages {
        // A short-lived generator: leaking the few page names is simpler than clap's `string` feature.
        let static_name: &'static str = Box::leak(name.clone().into_boxed_str());
        let page = page.name(static_name).version(env!("CARGO_PKG_VERSION"));
        let mut roff = Vec::new();
        clap_mangen::Man::new(page).render(&mut roff)?;
        // gzip -9n: reproducible (no name or time in the header), as Debian asks.
        let path = out.join(format!("{name}.1.gz"));
        let mut gz = std::process::Command::new("gzip")
            .args(["-9", "-n", "-c"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::fs::File::create(&path)?)
            .spawn()?;
        gz.stdin.take().ok_or("gzip stdin")?.write_all(&roff)?;
        if !gz.wait()?.success() {
            return Err(format!("gzip failed for {}", path.display()).into());
        }
        println!("{}", path.display());
    }
    Ok(())
}
