//! One check per section of `preset.toml`, from the raw `schema` to the checked
//! values of a [`Preset`](super::Preset). Each returns the first problem it meets with the span of
//! the value at fault ([`Spot`]); `parse` turns the span into a line and runs them in file order.

use std::ops::Range;

use toml::Spanned;

use super::problem::Spot;
use super::schema::{
    Mail, OAuthFile, OneOrMany, Organisation, PinFile, ProvisionFile, Rules, ServerFile,
    SupportFile,
};
use super::{FileError, Files, Logo, Pin, Problem, Support, logo, slug};
use crate::address::{self, Address};
use crate::discover::config::{self, ProviderConfig, ServerTemplate};
use crate::export::Format;
use crate::model::{Auth, Direction, Protocol, Security};
use crate::t;

/// Longest support phone number, in characters.
const MAX_PHONE_CHARS: usize = 40;
/// Incoming protocols people may choose when `[rules] protocols` is not given.
const DEFAULT_PROTOCOLS: [Protocol; 2] = [Protocol::Imap, Protocol::Pop3];
/// The protocol of a `[[mail.incoming]]` entry that names none.
const DEFAULT_INCOMING: Protocol = Protocol::Imap;
/// The protocol of a `[[mail.outgoing]]` entry that names none.
const DEFAULT_OUTGOING: Protocol = Protocol::Smtp;
/// The sign-in method of an inline server that names none.
const DEFAULT_AUTH: Auth = Auth::PasswordCleartext;
/// The placeholder a host name may hold, and the domain it stands in for while the name is checked.
const DOMAIN_PLACEHOLDER: &str = "%EMAILDOMAIN%";
const PLACEHOLDER_PROBE_DOMAIN: &str = "example.com";
/// Every placeholder (`%EMAILDOMAIN%`, `%EMAILLOCALPART%`, …) starts and ends with this.
const PLACEHOLDER_MARK: char = '%';
/// A prefix a pin may carry (`sha256/AB:CD:…`).
const PIN_PREFIX: &str = "sha256/";
/// A SHA-256 fingerprint, in bytes.
const FINGERPRINT_LEN: usize = 32;

/// `[organisation] name`: trimmed, not empty, no control characters.
pub(super) fn organisation(org: &Organisation) -> Result<String, Spot> {
    let name = org.name.get_ref().trim();
    if name.is_empty() || name.chars().any(char::is_control) {
        return Err(Spot::new(org.name.span(), Problem::NoName));
    }
    Ok(name.to_owned())
}

/// `[organisation] logo`: read beside the preset and checked by [`logo::read`].
pub(super) fn logo(org: &Organisation, files: &dyn Files) -> Result<Option<Logo>, Spot> {
    org.logo
        .as_ref()
        .map(|l| logo::read(l.get_ref(), files).map_err(|p| Spot::new(l.span(), p)))
        .transpose()
}

/// `[support]`: optional, but when present it gives at least one usable way to reach the helpdesk.
pub(super) fn support(section: Option<&Spanned<SupportFile>>) -> Result<Support, Spot> {
    let Some(section) = section else {
        return Ok(Support::default());
    };
    let s = section.get_ref();
    let email = filled(&s.email);
    let phone = filled(&s.phone);
    let url = filled(&s.url);
    if let Some((e, span)) = &email
        && Address::parse(e).is_err()
    {
        return Err(Spot::new(span.clone(), Problem::BadSupportEmail(e.clone())));
    }
    if let Some((u, span)) = &url {
        let ok = url::Url::parse(u)
            .is_ok_and(|u| matches!(u.scheme(), "https" | "http") && u.host().is_some());
        if !ok {
            return Err(Spot::new(span.clone(), Problem::BadSupportUrl(u.clone())));
        }
    }
    if let Some((p, span)) = &phone
        && (p.chars().any(char::is_control) || p.chars().count() > MAX_PHONE_CHARS)
    {
        return Err(Spot::new(span.clone(), Problem::BadSupportPhone(p.clone())));
    }
    let support = Support {
        email: email.map(|v| v.0),
        phone: phone.map(|v| v.0),
        url: url.map(|v| v.0),
    };
    if support.is_empty() {
        return Err(Spot::new(section.span(), Problem::NoSupport));
    }
    Ok(support)
}

/// A support value, trimmed, with its span; an empty one counts as not given.
fn filled(v: &Option<Spanned<String>>) -> Option<(String, Range<usize>)> {
    v.as_ref()
        .map(|v| (v.get_ref().trim().to_owned(), v.span()))
        .filter(|(v, _)| !v.is_empty())
}

/// `[mail] domains`: at least one, each a real domain (lower-case ASCII after this), none twice.
pub(super) fn domains(list: &Spanned<Vec<Spanned<String>>>) -> Result<Vec<String>, Spot> {
    if list.get_ref().is_empty() {
        return Err(Spot::new(list.span(), Problem::NoDomains));
    }
    let mut domains: Vec<String> = Vec::new();
    for d in list.get_ref() {
        let ascii = address::normalise_domain(d.get_ref()).map_err(|e| {
            Spot::new(
                d.span(),
                Problem::BadDomain {
                    domain: d.get_ref().clone(),
                    reason: e.explain(),
                },
            )
        })?;
        if domains.contains(&ascii) {
            return Err(Spot::new(
                d.span(),
                Problem::DuplicateDomain(d.get_ref().clone()),
            ));
        }
        domains.push(ascii);
    }
    Ok(domains)
}

/// `[mail]` servers for `domains`: from the autoconfig file it names, or inline, never both; at
/// least one each way, none in plain text, all signing in with a password.
pub(super) fn servers(
    mail: &Spanned<Mail>,
    domains: &[String],
    organisation: &str,
    files: &dyn Files,
) -> Result<ProviderConfig, Spot> {
    let m = mail.get_ref();
    let inline = !m.incoming.is_empty() || !m.outgoing.is_empty();
    let mut servers = match (&m.autoconfig, inline) {
        (Some(a), true) => return Err(Spot::new(a.span(), Problem::BothServerKinds)),
        (None, false) => return Err(Spot::new(mail.span(), Problem::NoServers)),
        (Some(a), false) => from_autoconfig(a, files)?,
        (None, true) => from_inline(m, mail.span(), organisation)?,
    };
    servers.domains = domains.to_vec();
    Ok(servers)
}

/// `[mail] autoconfig = "file.xml"`: read beside the preset, held to the inline servers' rules.
fn from_autoconfig(name: &Spanned<String>, files: &dyn Files) -> Result<ProviderConfig, Spot> {
    let file = name.get_ref();
    let at = |problem| Spot::new(name.span(), problem);
    let bytes = files.read(file).map_err(|e| {
        at(Problem::AutoconfigUnreadable {
            file: file.clone(),
            reason: file_error_text(e),
        })
    })?;
    let cfg = config::parse(&bytes).map_err(|e| {
        at(Problem::AutoconfigInvalid {
            file: file.clone(),
            reason: e.to_string(),
        })
    })?;
    for t in cfg.incoming.iter().chain(&cfg.outgoing) {
        check_template(t).map_err(at)?;
    }
    both_ways(&cfg, name.span())?;
    Ok(cfg)
}

/// `[[mail.incoming]]` and `[[mail.outgoing]]`, under the organisation's name.
fn from_inline(m: &Mail, span: Range<usize>, organisation: &str) -> Result<ProviderConfig, Spot> {
    let templates = |list: &[Spanned<ServerFile>], dir| {
        list.iter()
            .map(|s| server_template(s, dir))
            .collect::<Result<Vec<_>, Spot>>()
    };
    let cfg = ProviderConfig {
        id: slug(organisation),
        display_name: Some(organisation.to_owned()),
        domains: Vec::new(),
        mx_domains: Vec::new(),
        incoming: templates(&m.incoming, Direction::Incoming)?,
        outgoing: templates(&m.outgoing, Direction::Outgoing)?,
        documentation: Vec::new(),
        oauth: None,
        skipped: Vec::new(),
    };
    both_ways(&cfg, span)?;
    Ok(cfg)
}

/// At least one incoming and one outgoing server.
fn both_ways(cfg: &ProviderConfig, span: Range<usize>) -> Result<(), Spot> {
    if cfg.incoming.is_empty() {
        return Err(Spot::new(span, Problem::NoIncoming));
    }
    if cfg.outgoing.is_empty() {
        return Err(Spot::new(span, Problem::NoOutgoing));
    }
    Ok(())
}

/// The key a server list is written under, for [`Problem::WrongDirection`].
fn list_name(dir: Direction) -> &'static str {
    match dir {
        Direction::Incoming => "mail.incoming",
        Direction::Outgoing => "mail.outgoing",
    }
}

/// One inline server entry of the list for `dir`.
fn server_template(s: &Spanned<ServerFile>, dir: Direction) -> Result<ServerTemplate, Spot> {
    let f = s.get_ref();
    let protocol = match &f.protocol {
        Some(p) if p.get_ref().direction() != dir => {
            return Err(Spot::new(
                p.span(),
                Problem::WrongDirection {
                    protocol: *p.get_ref(),
                    list: list_name(dir),
                },
            ));
        }
        Some(p) => *p.get_ref(),
        None => match dir {
            Direction::Incoming => DEFAULT_INCOMING,
            Direction::Outgoing => DEFAULT_OUTGOING,
        },
    };
    let host = f.host.get_ref().trim();
    // Placeholders are allowed in host names (e.g. mail.%EMAILDOMAIN%); check the rest.
    let probe = host.replace(DOMAIN_PLACEHOLDER, PLACEHOLDER_PROBE_DOMAIN);
    if address::normalise_host(&probe).is_none() {
        return Err(Spot::new(f.host.span(), Problem::BadHost(host.to_owned())));
    }
    if *f.port.get_ref() == 0 {
        return Err(Spot::new(f.port.span(), Problem::BadPort));
    }
    if *f.security.get_ref() == Security::Plain {
        return Err(Spot::new(
            f.security.span(),
            Problem::PlainText(host.to_owned()),
        ));
    }
    let auth = f.auth.as_ref().map_or(DEFAULT_AUTH, |a| *a.get_ref());
    if !auth.uses_password() {
        let span = f.auth.as_ref().map_or(s.span(), |a| a.span());
        return Err(Spot::new(span, Problem::NoPasswordAuth(host.to_owned())));
    }
    Ok(ServerTemplate {
        protocol,
        hostname: host.to_ascii_lowercase(),
        port: *f.port.get_ref(),
        security: *f.security.get_ref(),
        auth: vec![auth],
        username: f.username.clone(),
        leave_messages_on_server: None,
    })
}

/// The same rules for servers that came from an autoconfig file.
fn check_template(t: &ServerTemplate) -> Result<(), Problem> {
    if t.security == Security::Plain {
        return Err(Problem::PlainText(t.hostname.clone()));
    }
    if !t.auth.iter().any(|a| a.uses_password()) && !t.auth.is_empty() {
        return Err(Problem::NoPasswordAuth(t.hostname.clone()));
    }
    Ok(())
}

fn file_error_text(e: FileError) -> String {
    match e {
        FileError::TooLarge => t!("preset-file-too-large"),
        FileError::Io(reason) => reason,
    }
}

/// `[rules]`: the incoming protocols people may choose (at least one of `servers` among them) and
/// the export formats the wizard offers.
pub(super) fn rules(
    rules: Option<&Rules>,
    servers: &ProviderConfig,
) -> Result<(Vec<Protocol>, Vec<Format>), Spot> {
    let protocols = match rules.and_then(|r| r.protocols.as_ref()) {
        None => DEFAULT_PROTOCOLS.to_vec(),
        Some(p) => allowed_protocols(p, servers)?,
    };
    let exports = match rules.and_then(|r| r.exports.as_ref()) {
        None => Format::ALL.to_vec(),
        Some(e) if e.get_ref().is_empty() => return Err(Spot::new(e.span(), Problem::NoExports)),
        Some(e) => e.get_ref().clone(),
    };
    Ok((protocols, exports))
}

fn allowed_protocols(
    p: &Spanned<Vec<Protocol>>,
    servers: &ProviderConfig,
) -> Result<Vec<Protocol>, Spot> {
    if p.get_ref().is_empty() {
        return Err(Spot::new(p.span(), Problem::NoProtocols));
    }
    if let Some(&bad) = p.get_ref().iter().find(|p| **p == Protocol::Smtp) {
        return Err(Spot::new(p.span(), Problem::ProtocolNotIncoming(bad)));
    }
    let mut v = p.get_ref().clone();
    v.dedup();
    if !servers.incoming.iter().any(|s| v.contains(&s.protocol)) {
        return Err(Spot::new(p.span(), Problem::NoAllowedServer));
    }
    Ok(v)
}

/// `[[certificate_pins]]`: each for a host among `servers` (or one with a placeholder, which
/// cannot be matched by name here), each fingerprint well formed.
pub(super) fn pins(entries: &[PinFile], servers: &ProviderConfig) -> Result<Vec<Pin>, Spot> {
    let hosts: Vec<String> = servers
        .incoming
        .iter()
        .chain(&servers.outgoing)
        .map(|s| s.hostname.to_ascii_lowercase())
        .collect();
    let mut pins = Vec::new();
    for p in entries {
        let host = address::normalise_host(p.host.get_ref())
            .ok_or_else(|| Spot::new(p.host.span(), Problem::BadHost(p.host.get_ref().clone())))?;
        if !hosts
            .iter()
            .any(|h| *h == host || h.contains(PLACEHOLDER_MARK))
        {
            return Err(Spot::new(p.host.span(), Problem::PinForUnknownHost(host)));
        }
        let values = match p.sha256.get_ref() {
            OneOrMany::One(s) => vec![s.clone()],
            OneOrMany::Many(v) => v.clone(),
        };
        if values.is_empty() {
            return Err(Spot::new(p.sha256.span(), Problem::BadPin(String::new())));
        }
        for v in values {
            let sha256 = parse_fingerprint(&v)
                .ok_or_else(|| Spot::new(p.sha256.span(), Problem::BadPin(v)))?;
            pins.push(Pin {
                host: host.clone(),
                sha256,
            });
        }
    }
    Ok(pins)
}

/// A SHA-256 fingerprint as 64 hex digits, with or without `:` separators.
pub fn parse_fingerprint(s: &str) -> Option<[u8; FINGERPRINT_LEN]> {
    let hex: Vec<u8> = s
        .trim()
        .trim_start_matches(PIN_PREFIX)
        .bytes()
        .filter(|b| *b != b':' && *b != b' ')
        .collect();
    if hex.len() != FINGERPRINT_LEN * 2 || !hex.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    let mut out = [0u8; FINGERPRINT_LEN];
    for (o, pair) in out.iter_mut().zip(hex.chunks_exact(2)) {
        let pair = std::str::from_utf8(pair).expect("ASCII hex digits, checked above");
        *o = u8::from_str_radix(pair, 16).expect("two hex digits, checked above");
    }
    Some(out)
}

/// Whether `s` is a GUID as Microsoft writes application ids: 8-4-4-4-12 hexadecimal digits.
fn is_guid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// `[[oauth]]`: each an issuer the provider data knows and a client id without spaces (Microsoft's
/// a GUID; the first entry for an issuer wins, as with `--oauth-client`); a tenant, if any, a plain
/// name or id.
pub(super) fn oauth(entries: &[OAuthFile]) -> Result<crate::oauth::Registrations, Spot> {
    let mut r = crate::oauth::Registrations::default();
    let plain =
        |s: &str| !s.trim().is_empty() && !s.contains(char::is_whitespace) && !s.contains('/');
    for e in entries {
        let (issuer, id) = (e.issuer.get_ref(), e.client_id.get_ref());
        if !plain(issuer) {
            return Err(Spot::new(
                e.issuer.span(),
                Problem::BadOAuth(issuer.clone()),
            ));
        }
        if !plain(id) {
            return Err(Spot::new(e.client_id.span(), Problem::BadOAuth(id.clone())));
        }
        let Some(known) = crate::model::provider::KNOWN_ISSUERS
            .iter()
            .find(|k| k.eq_ignore_ascii_case(issuer))
        else {
            return Err(Spot::new(
                e.issuer.span(),
                Problem::UnknownIssuer(issuer.clone()),
            ));
        };
        if *known == crate::model::provider::MICROSOFT_ISSUER && !is_guid(id) {
            return Err(Spot::new(e.client_id.span(), Problem::NotAGuid(id.clone())));
        }
        let tenant = match &e.tenant {
            Some(t) if !plain(t.get_ref()) => {
                return Err(Spot::new(t.span(), Problem::BadOAuth(t.get_ref().clone())));
            }
            Some(t) => Some(t.get_ref().clone()),
            None => None,
        };
        r.add(crate::oauth::Client {
            issuer: issuer.clone(),
            client_id: id.clone(),
            client_secret: e.client_secret.clone().map(crate::model::Secret::new),
            tenant,
        });
    }
    Ok(r)
}

/// `[provision]`: templates with known placeholders only; the address one makes an address (filled
/// in with a sample person); `at_login` needs it.
pub(super) fn provision(section: Option<&ProvisionFile>) -> Result<super::Provision, Spot> {
    let Some(p) = section else {
        return Ok(super::Provision::default());
    };
    for t in [&p.address, &p.name].into_iter().flatten() {
        if let Some(bad) = super::provision::unknown_placeholder(t.get_ref()) {
            return Err(Spot::new(t.span(), Problem::BadPlaceholder(bad)));
        }
    }
    if let Some(a) = &p.address {
        let sample = super::Person {
            login: "someone".into(),
            full_name: "Some One".into(),
        };
        let filled = super::fill(a.get_ref(), &sample).unwrap_or_default();
        if Address::parse(&filled).is_err() {
            return Err(Spot::new(
                a.span(),
                Problem::BadProvisionAddress(a.get_ref().clone()),
            ));
        }
    }
    let at_login = p.at_login.as_ref().is_some_and(|b| *b.get_ref());
    if let (true, None, Some(flag)) = (at_login, &p.address, &p.at_login) {
        return Err(Spot::new(flag.span(), Problem::AtLoginNeedsAddress));
    }
    Ok(super::Provision {
        address: p.address.as_ref().map(|a| a.get_ref().trim().to_owned()),
        name: p.name.as_ref().map(|n| n.get_ref().trim().to_owned()),
        at_login,
    })
}
