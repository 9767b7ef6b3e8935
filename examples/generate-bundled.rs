//! Regenerates `autoconfig/providers.json` from a folder of ISPDB autoconfig files.
//!
//! `cargo run --example generate-bundled [ISPDB_DIR] [OUTPUT]`
//! (defaults: `tests/data/ispdb` and `autoconfig/providers.json`).

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "tests/data/ispdb".into());
    let out = args
        .next()
        .unwrap_or_else(|| "autoconfig/providers.json".into());
    match mailsetup::discover::bundled::generate(std::path::Path::new(&dir)) {
        Ok(json) => {
            let tmp = format!("{out}.tmp");
            if let Err(e) = std::fs::write(&tmp, json).and_then(|()| std::fs::rename(&tmp, &out)) {
                eprintln!("generate-bundled: cannot write {out}: {e}");
                return std::process::ExitCode::FAILURE;
            }
            println!("wrote {out}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("generate-bundled: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
