//! Unit tests of the pure profile choice and the profiles.ini edit.
use super::*;

fn never(_: &Path) -> Option<SystemTime> {
    None
}

#[test]
fn the_install_default_wins_over_the_marked_profile() {
    let profiles = "[Profile1]\nName=default\nIsRelative=1\nPath=ab.default\nDefault=1\n\n\
                    [InstallFDC34C9F024745EB]\nDefault=cd.default-default\nLocked=1\n\n\
                    [Profile0]\nName=default-default\nIsRelative=1\nPath=cd.default-default\n\n\
                    [General]\nStartWithLastProfile=1\nVersion=2\n";
    let (p, why) = pick(Path::new("/r"), profiles, None, &never)
        .expect("parses")
        .expect("a profile");
    assert_eq!(
        (p.name.as_str(), p.dir, why),
        (
            "default-default",
            PathBuf::from("/r/cd.default-default"),
            Why::InstallDefault
        )
    );
    // installs.ini alone is enough, and an absolute path is kept as it is.
    let profiles = "[Profile0]\nName=a\nIsRelative=0\nPath=/elsewhere/a\n\n[Profile1]\nName=b\nIsRelative=1\nPath=b\nDefault=1\n";
    let installs = "[FDC34C9F024745EB]\nDefault=/elsewhere/a\nLocked=1\n";
    let (p, why) = pick(Path::new("/r"), profiles, Some(installs), &never)
        .unwrap()
        .unwrap();
    assert_eq!(
        (p.dir, why),
        (PathBuf::from("/elsewhere/a"), Why::InstallDefault)
    );
}

#[test]
fn marked_then_only_then_most_recently_used() {
    let marked = "[Profile0]\nName=a\nIsRelative=1\nPath=a\n\n[Profile1]\nName=b\nIsRelative=1\nPath=b\nDefault=1\n";
    assert_eq!(
        pick(Path::new("/r"), marked, None, &never)
            .unwrap()
            .map(|(p, w)| (p.name, w)),
        Some(("b".into(), Why::Marked))
    );
    let only = "[General]\nVersion=2\n[Profile0]\nName=solo\nIsRelative=1\nPath=solo\n";
    assert_eq!(
        pick(Path::new("/r"), only, None, &never)
            .unwrap()
            .map(|(p, w)| (p.name, w)),
        Some(("solo".into(), Why::Only))
    );
    let two =
        "[Profile0]\nName=a\nIsRelative=1\nPath=a\n[Profile1]\nName=b\nIsRelative=1\nPath=b\n";
    let b_newer = |p: &Path| {
        Some(if p.ends_with("b") {
            SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(20)
        } else {
            SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(10)
        })
    };
    assert_eq!(
        pick(Path::new("/r"), two, None, &b_newer)
            .unwrap()
            .map(|(p, w)| (p.name, w)),
        Some(("b".into(), Why::LastUsed))
    );
    assert_eq!(
        pick(Path::new("/r"), "[General]\nVersion=2\n", None, &never).unwrap(),
        None
    );
    // A section without a Path is not a profile.
    assert_eq!(
        pick(Path::new("/r"), "[Profile0]\nName=x\n", None, &never).unwrap(),
        None
    );
}

#[test]
fn a_new_default_profile_is_appended_or_starts_the_file() {
    let fresh = with_default_profile("", "k3x9q2aa.default");
    let (p, why) = pick(Path::new("/r"), &fresh, None, &never)
        .unwrap()
        .unwrap();
    assert_eq!(
        (p.dir, why),
        (PathBuf::from("/r/k3x9q2aa.default"), Why::Marked)
    );
    assert!(fresh.starts_with("[General]\nStartWithLastProfile=1\nVersion=2\n"));
    let kept = "[General]\nStartWithLastProfile=1\nVersion=2\n\n[Profile0]\nName=x";
    let out = with_default_profile(kept, "n.default");
    assert!(out.starts_with(kept));
    assert!(out.contains("[Profile1]\nName=default\nIsRelative=1\nPath=n.default\nDefault=1\n"));
}

#[test]
fn an_ini_file_of_exactly_the_limit_is_read_and_one_byte_more_is_refused() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("profiles.ini");
    assert!(read_bounded(&path).expect("no file is no error").is_none());
    let mut text = "[General]\nStartWithLastProfile=1\n".to_owned();
    text.push_str(&"#".repeat(MAX_INI as usize - text.len()));
    std::fs::write(&path, &text).expect("write");
    assert_eq!(
        read_bounded(&path).expect("read").as_deref(),
        Some(text.as_str())
    );
    text.push('#');
    std::fs::write(&path, &text).expect("write");
    let e = read_bounded(&path).expect_err("too large");
    assert_eq!(
        (e.path, e.reason.as_str()),
        (path, "the file is larger than 1 MiB")
    );
}
