//! Unit tests for the preset parser: one test per kind of problem, each checking the line named.

use super::*;
use crate::discover::Authority;
use std::collections::HashMap;

struct Mem(HashMap<&'static str, Vec<u8>>);

impl Files for Mem {
    fn read(&self, relative: &str) -> Result<Vec<u8>, FileError> {
        match self.0.get(relative) {
            Some(b) if b.len() as u64 > MAX_FILE => Err(FileError::TooLarge),
            Some(b) => Ok(b.clone()),
            None => Err(FileError::Io("No such file or directory".into())),
        }
    }
}

fn png_bytes(w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let mut wr = enc.write_header().unwrap();
        wr.write_image_data(&vec![200; (w * h * 3) as usize])
            .unwrap();
    }
    out
}

fn files() -> Mem {
    let mut m = HashMap::new();
    m.insert(
        "logo.svg",
        b"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>".to_vec(),
    );
    m.insert("logo.png", png_bytes(4, 3));
    m.insert("huge.png", png_bytes(MAX_LOGO_SIDE + 1, 1));
    m.insert("notes.txt", b"just some words".to_vec());
    m.insert("big.svg", vec![b' '; (MAX_FILE + 1) as usize]);
    m.insert(
        "config.xml",
        br#"<clientConfig version="1.1"><emailProvider id="example.co.uk">
            <domain>example.co.uk</domain>
            <incomingServer type="imap"><hostname>imap.example.co.uk</hostname><port>993</port>
              <socketType>SSL</socketType><authentication>password-cleartext</authentication>
              <username>%EMAILADDRESS%</username></incomingServer>
            <outgoingServer type="smtp"><hostname>smtp.example.co.uk</hostname><port>465</port>
              <socketType>SSL</socketType><authentication>password-cleartext</authentication>
              <username>%EMAILADDRESS%</username></outgoingServer>
          </emailProvider></clientConfig>"#
            .to_vec(),
    );
    m.insert("broken.xml", b"<clientConfig><emailProvider".to_vec());
    m.insert(
        "plain.xml",
        br#"<clientConfig version="1.1"><emailProvider id="x">
            <incomingServer type="imap"><hostname>imap.example.co.uk</hostname><port>143</port>
              <socketType>plain</socketType><authentication>password-cleartext</authentication></incomingServer>
            <outgoingServer type="smtp"><hostname>smtp.example.co.uk</hostname><port>25</port>
              <socketType>plain</socketType><authentication>password-cleartext</authentication></outgoingServer>
          </emailProvider></clientConfig>"#
            .to_vec(),
    );
    Mem(m)
}

const GOOD: &str = r#"
[organisation]
name = "Example Ltd"
logo = "logo.svg"

[support]
email = "helpdesk@example.co.uk"
phone = "+44 20 7946 0000"
url = "https://help.example.co.uk/email"

[mail]
domains = ["example.co.uk", "Example.COM"]

[[mail.incoming]]
protocol = "imap"
host = "mail.example.co.uk"
port = 993
security = "tls"
username = "%EMAILADDRESS%"

[[mail.outgoing]]
host = "mail.example.co.uk"
port = 465
security = "tls"

[rules]
protocols = ["imap"]
exports = ["thunderbird", "sheet"]

[[certificate_pins]]
host = "mail.example.co.uk"
sha256 = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"
"#;

fn try_parse(text: &str) -> Result<Preset, PresetError> {
    parse(text, Path::new("/etc/mailsetup/preset.toml"), &files())
}

/// Parses `GOOD` with one line replaced; returns the problem and line.
fn with(from: &str, to: &str) -> (Problem, Option<usize>) {
    assert!(GOOD.contains(from), "{from}");
    let text = GOOD.replacen(from, to, 1);
    let e = try_parse(&text).expect_err("should be refused");
    (e.problem, e.line)
}

fn line_in_good(needle: &str) -> Option<usize> {
    GOOD.lines().position(|l| l.contains(needle)).map(|i| i + 1)
}

#[test]
fn good_preset_loads() {
    let p = try_parse(GOOD).expect("good preset");
    assert_eq!(p.organisation, "Example Ltd");
    assert_eq!(p.slug(), "example-ltd");
    assert!(matches!(p.logo, Some(Logo::Svg(_))));
    assert_eq!(p.support.phone.as_deref(), Some("+44 20 7946 0000"));
    assert_eq!(p.domains, vec!["example.co.uk", "example.com"]);
    assert_eq!(p.protocols, vec![Protocol::Imap]);
    assert!(p.allows(Protocol::Imap) && !p.allows(Protocol::Pop3));
    assert!(p.offers(Format::Sheet) && !p.offers(Format::Apple));
    assert_eq!(p.pins.len(), 1);
    assert_eq!(p.pins[0].sha256[0], 0xAB);
    let addr = Address::parse("someone@example.com").unwrap();
    assert!(p.covers(&addr));
    assert!(!p.covers(&Address::parse("someone@other.example").unwrap()));
    let servers = p.servers_for(&addr);
    assert_eq!(servers.len(), 2);
    assert!(
        servers
            .iter()
            .all(|s| s.source == SourceId::Preset && s.trusted)
    );
    assert_eq!(servers[0].username, "someone@example.com");
    assert_eq!(servers[1].protocol, Protocol::Smtp);
}

#[test]
fn autoconfig_file_and_png_logo() {
    let text = GOOD
        .replace("logo.svg", "logo.png")
        .split("[[mail.incoming]]")
        .next()
        .unwrap()
        .to_owned()
        + "autoconfig = \"config.xml\"\n";
    let p = try_parse(&text).expect("autoconfig preset");
    assert_eq!(p.servers.incoming[0].hostname, "imap.example.co.uk");
    assert!(matches!(
        p.logo,
        Some(Logo::Png {
            width: 4,
            height: 3,
            ref rgba
        }) if rgba.len() == 48
    ));
    assert_eq!(p.protocols, vec![Protocol::Imap, Protocol::Pop3]);
    assert_eq!(p.exports, Format::ALL.to_vec());
}

#[test]
fn minimal_preset_needs_no_support_logo_or_rules() {
    let text = r#"
[organisation]
name = "Tiny"
[mail]
domains = ["tiny.example.org"]
[[mail.incoming]]
host = "mail.tiny.example.org"
port = 993
security = "tls"
[[mail.outgoing]]
host = "mail.tiny.example.org"
port = 587
security = "starttls"
"#;
    let p = try_parse(text).expect("minimal preset");
    assert!(p.support.is_empty() && p.logo.is_none());
    assert_eq!(p.servers.incoming[0].protocol, Protocol::Imap);
    assert_eq!(p.servers.outgoing[0].protocol, Protocol::Smtp);
}

#[test]
fn syntax_error_names_the_line() {
    let (p, line) = with("port = 465", "port = = 465");
    assert!(matches!(p, Problem::Syntax(_)), "{p:?}");
    assert_eq!(line, line_in_good("port = 465"));
}

#[test]
fn unknown_key_is_refused_with_its_line() {
    let (p, line) = with("port = 993", "port = 993\nhots = \"x\"");
    let Problem::Syntax(msg) = &p else {
        panic!("{p:?}")
    };
    assert!(msg.contains("hots"), "{msg}");
    assert_eq!(line, line_in_good("port = 993").map(|l| l + 1));
}

#[test]
fn wrong_type_is_refused() {
    let (p, line) = with("port = 993", "port = \"993\"");
    assert!(matches!(p, Problem::Syntax(_)), "{p:?}");
    assert_eq!(line, line_in_good("port = 993"));
    let (p, _) = with("port = 993", "port = 70000");
    assert!(matches!(p, Problem::Syntax(_)), "{p:?}");
    let (p, _) = with("security = \"tls\"", "security = \"ssl-please\"");
    assert!(matches!(p, Problem::Syntax(_)), "{p:?}");
}

#[test]
fn missing_sections_are_refused() {
    let e = try_parse("[organisation]\nname = \"X\"\n").unwrap_err();
    let Problem::Syntax(msg) = &e.problem else {
        panic!("{e:?}")
    };
    assert!(msg.contains("mail"), "{msg}");
}

#[test]
fn empty_name() {
    let (p, line) = with("name = \"Example Ltd\"", "name = \"  \"");
    assert_eq!(p, Problem::NoName);
    assert_eq!(line, line_in_good("name = "));
}

#[test]
fn logo_problems() {
    let (p, line) = with("logo.svg", "missing.svg");
    assert!(matches!(p, Problem::LogoUnreadable { .. }), "{p:?}");
    assert_eq!(line, line_in_good("logo = "));
    assert!(matches!(
        with("logo.svg", "notes.txt").0,
        Problem::LogoNotImage(_)
    ));
    assert!(matches!(
        with("logo.svg", "big.svg").0,
        Problem::LogoTooLarge(_)
    ));
    assert!(matches!(
        with("logo.svg", "huge.png").0,
        Problem::LogoTooManyPixels { .. }
    ));
}

#[test]
fn support_problems() {
    let (p, line) = with("helpdesk@example.co.uk", "helpdesk at example");
    assert!(matches!(p, Problem::BadSupportEmail(_)), "{p:?}");
    assert_eq!(line, line_in_good("email = "));
    let (p, _) = with("https://help.example.co.uk/email", "javascript:alert(1)");
    assert!(matches!(p, Problem::BadSupportUrl(_)), "{p:?}");
    let (p, _) = with("https://help.example.co.uk/email", "help.example.co.uk");
    assert!(matches!(p, Problem::BadSupportUrl(_)), "{p:?}");
    let (p, line) = with("+44 20 7946 0000", "+44 20\\n7946 0000");
    assert!(matches!(p, Problem::BadSupportPhone(_)), "{p:?}");
    assert_eq!(line, line_in_good("phone = "));
    let empty = GOOD
        .replace("email = \"helpdesk@example.co.uk\"", "email = \"\"")
        .replace("phone = \"+44 20 7946 0000\"", "")
        .replace("url = \"https://help.example.co.uk/email\"", "");
    let e = try_parse(&empty).unwrap_err();
    assert_eq!(e.problem, Problem::NoSupport);
}

#[test]
fn domain_problems() {
    let (p, line) = with("[\"example.co.uk\", \"Example.COM\"]", "[]");
    assert_eq!(p, Problem::NoDomains);
    assert_eq!(line, line_in_good("domains = "));
    let (p, _) = with("\"Example.COM\"", "\"not a domain\"");
    assert!(matches!(p, Problem::BadDomain { .. }), "{p:?}");
    let (p, _) = with("\"Example.COM\"", "\"co.uk\"");
    assert!(matches!(p, Problem::BadDomain { .. }), "{p:?}");
    let (p, _) = with("\"Example.COM\"", "\"EXAMPLE.co.uk\"");
    assert_eq!(p, Problem::DuplicateDomain("EXAMPLE.co.uk".into()));
}

#[test]
fn server_source_problems() {
    let head = GOOD.split("[[mail.incoming]]").next().unwrap();
    let e = try_parse(head).unwrap_err();
    assert_eq!(e.problem, Problem::NoServers);
    let both = GOOD.replace(
        "domains = [\"example.co.uk\", \"Example.COM\"]",
        "domains = [\"example.co.uk\"]\nautoconfig = \"config.xml\"",
    );
    assert_eq!(
        try_parse(&both).unwrap_err().problem,
        Problem::BothServerKinds
    );
    let ac = |file: &str| {
        try_parse(&format!("{head}autoconfig = \"{file}\"\n"))
            .unwrap_err()
            .problem
    };
    assert!(matches!(
        ac("nowhere.xml"),
        Problem::AutoconfigUnreadable { .. }
    ));
    assert!(matches!(
        ac("broken.xml"),
        Problem::AutoconfigInvalid { .. }
    ));
    assert!(matches!(ac("plain.xml"), Problem::PlainText(_)));
}

#[test]
fn server_problems() {
    let out_start = GOOD.find("[[mail.outgoing]]").unwrap();
    let rules_start = GOOD.find("[rules]").unwrap();
    let no_out = format!("{}{}", &GOOD[..out_start], &GOOD[rules_start..]);
    assert_eq!(try_parse(&no_out).unwrap_err().problem, Problem::NoOutgoing);
    let in_start = GOOD.find("[[mail.incoming]]").unwrap();
    let no_in = format!("{}{}", &GOOD[..in_start], &GOOD[out_start..]);
    assert_eq!(try_parse(&no_in).unwrap_err().problem, Problem::NoIncoming);

    let (p, line) = with("host = \"mail.example.co.uk\"", "host = \"mail example\"");
    assert!(matches!(p, Problem::BadHost(_)), "{p:?}");
    assert_eq!(line, line_in_good("host = \"mail.example.co.uk\""));
    assert_eq!(with("port = 993", "port = 0").0, Problem::BadPort);
    let (p, line) = with("security = \"tls\"", "security = \"plain\"");
    assert!(matches!(p, Problem::PlainText(_)), "{p:?}");
    assert_eq!(line, line_in_good("security = \"tls\""));
    let (p, _) = with("protocol = \"imap\"", "protocol = \"smtp\"");
    assert!(
        matches!(
            p,
            Problem::WrongDirection {
                protocol: Protocol::Smtp,
                ..
            }
        ),
        "{p:?}"
    );
    let (p, _) = with("port = 465", "port = 465\nprotocol = \"pop3\"");
    assert!(matches!(p, Problem::WrongDirection { .. }), "{p:?}");
    let (p, _) = with(
        "username = \"%EMAILADDRESS%\"",
        "username = \"%EMAILADDRESS%\"\nauth = \"oauth2\"",
    );
    assert!(matches!(p, Problem::NoPasswordAuth(_)), "{p:?}");
    // Placeholders in host names are fine.
    let ok = GOOD.replacen("mail.example.co.uk", "mail.%EMAILDOMAIN%", 1);
    assert!(try_parse(&ok).is_ok());
}

#[test]
fn rule_problems() {
    let (p, line) = with("protocols = [\"imap\"]", "protocols = []");
    assert_eq!(p, Problem::NoProtocols);
    assert_eq!(line, line_in_good("protocols = "));
    let (p, _) = with("protocols = [\"imap\"]", "protocols = [\"smtp\"]");
    assert_eq!(p, Problem::ProtocolNotIncoming(Protocol::Smtp));
    let (p, _) = with("protocols = [\"imap\"]", "protocols = [\"pop3\"]");
    assert_eq!(p, Problem::NoAllowedServer);
    let (p, _) = with("protocols = [\"imap\"]", "protocols = [\"exchange\"]");
    assert!(matches!(p, Problem::Syntax(_)), "{p:?}");
    let (p, _) = with("exports = [\"thunderbird\", \"sheet\"]", "exports = []");
    assert_eq!(p, Problem::NoExports);
    let (p, line) = with(
        "exports = [\"thunderbird\", \"sheet\"]",
        "exports = [\"thunderbird\", \"fax\"]",
    );
    assert!(matches!(p, Problem::Syntax(_)), "{p:?}");
    assert_eq!(line, line_in_good("exports = "));
}

#[test]
fn pin_problems() {
    let (p, line) = with("AB:CD:EF:01:23", "AB:CD:EF:01:2");
    assert!(matches!(p, Problem::BadPin(_)), "{p:?}");
    assert_eq!(line, line_in_good("sha256 = "));
    let (p, _) = with("sha256 = \"AB", "sha256 = [\"XY\", \"AB");
    assert!(
        matches!(p, Problem::Syntax(_) | Problem::BadPin(_)),
        "{p:?}"
    );
    let (p, line) = with(
        "host = \"mail.example.co.uk\"\nsha256",
        "host = \"other.example.net\"\nsha256",
    );
    assert_eq!(p, Problem::PinForUnknownHost("other.example.net".into()));
    assert_eq!(line, line_in_good("sha256 = ").map(|l| l - 1));
    assert_eq!(
        parse_fingerprint(&"ab".repeat(32)).map(|f| f[31]),
        Some(0xAB)
    );
    assert_eq!(parse_fingerprint("zz"), None);
}

#[test]
fn a_file_of_exactly_the_limit_is_read_and_one_byte_more_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("preset.toml");
    // A comment filling the file: read whole, then refused for what it lacks, not for its size.
    let mut text = vec![b'#'; MAX_FILE as usize - 1];
    text.push(b'\n');
    std::fs::write(&path, &text).unwrap();
    assert_eq!(read_capped(&path).unwrap().len(), MAX_FILE as usize);
    assert_ne!(load(&path).unwrap_err().problem, Problem::TooLarge);
    text.push(b'\n');
    std::fs::write(&path, &text).unwrap();
    assert_eq!(read_capped(&path), Err(FileError::TooLarge));
    assert_eq!(load(&path).unwrap_err().problem, Problem::TooLarge);
    let said = load(&path).unwrap_err().problem.to_string();
    assert!(said.contains("1 MiB"), "{said}");
    // A file the preset names, through the same reader.
    let beside = Beside(dir.path().to_owned());
    std::fs::write(dir.path().join("logo.svg"), vec![b' '; MAX_FILE as usize]).unwrap();
    assert_eq!(beside.read("logo.svg").unwrap().len(), MAX_FILE as usize);
    std::fs::write(
        dir.path().join("logo.svg"),
        vec![b' '; MAX_FILE as usize + 1],
    )
    .unwrap();
    assert_eq!(beside.read("logo.svg"), Err(FileError::TooLarge));
}

#[test]
fn file_level_problems() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("preset.toml");
    let e = load(&missing).unwrap_err();
    assert!(matches!(e.problem, Problem::Unreadable(_)), "{e:?}");
    assert_eq!(e.line, None);
    let big = dir.path().join("big.toml");
    std::fs::write(&big, vec![b'#'; (MAX_FILE + 10) as usize]).unwrap();
    assert_eq!(load(&big).unwrap_err().problem, Problem::TooLarge);
    let bin = dir.path().join("bin.toml");
    std::fs::write(&bin, [0xff, 0xfe, 0x00]).unwrap();
    assert!(matches!(
        load(&bin).unwrap_err().problem,
        Problem::Syntax(_)
    ));
    // A real file with a logo beside it.
    let good = dir.path().join("good.toml");
    std::fs::write(
        &good,
        GOOD.replace("logo = \"logo.svg\"\n", "logo = \"l.png\"\n"),
    )
    .unwrap();
    std::fs::write(dir.path().join("l.png"), png_bytes(2, 2)).unwrap();
    let p = load(&good).expect("loads from disk");
    assert!(matches!(p.logo, Some(Logo::Png { width: 2, .. })));
    let shown = PresetError {
        file: good.clone(),
        line: Some(7),
        problem: Problem::NoName,
    }
    .to_string();
    assert!(
        shown.contains("good.toml") && shown.contains('7'),
        "{shown}"
    );
    match find(Some(&good)) {
        Found::Loaded(p) => assert_eq!(p.organisation, "Example Ltd"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(find(Some(&missing)), Found::Broken(_)));
}

#[test]
fn looked_for_in_etc_first_then_the_data_folder() {
    let places = default_locations();
    #[cfg(unix)]
    assert_eq!(places[0], Path::new("/etc/mailsetup/preset.toml"));
    // On Windows `/etc` would be a folder on the current drive that anybody may create.
    #[cfg(windows)]
    assert!(places.iter().all(|p| !p.starts_with("/etc")));
    #[cfg(target_os = "linux")]
    assert_eq!(
        places.last().map(PathBuf::as_path),
        Some(Path::new("/usr/share/mailsetup/preset.toml"))
    );
    assert!(places.iter().all(|p| p.ends_with("preset.toml")));
}

#[test]
fn slugs() {
    assert_eq!(slug("Example Ltd"), "example-ltd");
    assert_eq!(slug("  Café & Co. (UK) "), "caf-co-uk");
    assert_eq!(slug("!!!"), "org");
    assert!(slug(&"a".repeat(100)).len() <= 40);
}

#[test]
fn oauth_registrations() {
    let text = format!(
        "{GOOD}\n[[oauth]]\nissuer = \"login.microsoftonline.com\"\nclient_id = \"0b7f6c2e-1d3a-4e5f-9a8b-7c6d5e4f3a21\"\ntenant = \"example.com\"\n\n\
         [[oauth]]\nissuer = \"accounts.google.com\"\nclient_id = \"g-1\"\nclient_secret = \"not-so-secret\"\n"
    );
    let p = try_parse(&text).expect("valid");
    let ms = p
        .oauth
        .get("login.microsoftonline.com")
        .expect("registered");
    assert_eq!(
        (ms.client_id.as_str(), ms.tenant.as_deref()),
        ("0b7f6c2e-1d3a-4e5f-9a8b-7c6d5e4f3a21", Some("example.com"))
    );
    let g = p.oauth.get("accounts.google.com").expect("registered");
    assert_eq!(
        g.client_secret.as_ref().map(|s| s.expose().as_str()),
        Some("not-so-secret")
    );
    assert!(
        !format!("{p:?}").contains("not-so-secret"),
        "the secret in Debug"
    );
    let bad = format!("{GOOD}\n[[oauth]]\nissuer = \"login.example\"\nclient_id = \"two words\"\n");
    let e = try_parse(&bad).expect_err("refused");
    assert_eq!(e.problem, Problem::BadOAuth("two words".into()));
    let line = bad
        .lines()
        .position(|l| l.contains("two words"))
        .map(|i| i + 1);
    assert_eq!(e.line, line);

    // An issuer no provider data names, and a Microsoft client id that is not a GUID, are named
    // with their line.
    for (entry, problem) in [
        (
            "issuer = \"login.microsoftonline.co\"\nclient_id = \"x\"",
            Problem::UnknownIssuer("login.microsoftonline.co".into()),
        ),
        (
            "issuer = \"login.microsoftonline.com\"\nclient_id = \"abc-123\"",
            Problem::NotAGuid("abc-123".into()),
        ),
    ] {
        let bad = format!("{GOOD}\n[[oauth]]\n{entry}\n");
        let e = try_parse(&bad).expect_err("refused");
        assert_eq!(e.problem, problem);
        assert!(e.line.is_some(), "{bad}");
        assert!(e.to_string().contains("line"), "{e}");
    }
}
