//! Signing in with OAuth2 against real parts: npm's `oauth2-mock-server` as the provider (PKCE
//! checked, RS256 JWTs), real Dovecot whose `oauth2` passdb validates those tokens locally for IMAP,
//! POP3 and submission, and a test "browser" (`tests/oauth2-server/browser.py`) that follows the
//! authorization URL to our loopback listener. A hand-written server only for a token endpoint
//! that accepts and never answers.

mod support;

use std::process::Command;
use std::time::{Duration, Instant};

use mailsetup::address::Address;
use mailsetup::check::{CheckTimeouts, LoginSecret, ProblemKind, check, check_with};
use mailsetup::model::{Auth, OAuthEndpoints, Protocol, Secret, Security, Server, SourceId};
use mailsetup::oauth::{self, Client, Limits, SignInError, Tokens};
use support::{
    Behaviour, Block, Ca, Dns, Dovecot, OAuthMode, OAuthServer, OAuthSite, Rogue, oauth_dir,
};

const ISSUER: &str = "login.oauth.test";
const CLIENT_ID: &str = "mailsetup-test-client";

struct Site {
    _dns: Dns,
    _sink: Rogue,
    dovecot: Dovecot,
    provider: OAuthServer,
    net: mailsetup::net::Net,
    ca: Ca,
    block: Block,
    domain: String,
}

/// The OAuth2 site of `support::OAuthSite`, with a network layer aimed at it.
fn site(domain: &str, only_oauth: bool, mode: OAuthMode) -> Site {
    let s = OAuthSite::start(domain, only_oauth, mode);
    let net = support::net(&s.dns, &s.ca, None);
    Site {
        _dns: s.dns,
        _sink: s.sink,
        dovecot: s.dovecot,
        provider: s.provider,
        net,
        ca: s.ca,
        block: s.block,
        domain: s.domain,
    }
}

impl Site {
    fn address(&self) -> Address {
        Address::parse(&format!("alice@{}", self.domain)).expect("address")
    }

    fn endpoints(&self) -> OAuthEndpoints {
        self.provider.endpoints(ISSUER)
    }

    fn server(&self, protocol: Protocol, port: u16) -> Server {
        Server {
            protocol,
            host: format!("mail.{}", self.domain),
            port,
            security: if matches!(port, 143 | 110 | 587) {
                Security::Starttls
            } else {
                Security::Tls
            },
            username: self.address().to_string(),
            auth: Auth::OAuth2,
            source: SourceId::Autoconfig,
            url: "test".into(),
            trusted: true,
            oauth: Some(Box::new(self.endpoints())),
        }
    }

    /// The provider's host name and address, for the test browser.
    fn resolve(&self) -> String {
        format!("{}:{}", self.provider.host, self.provider.addr.ip())
    }

    /// Runs the test browser on `url` (what `$BROWSER` does in the command-line tests).
    fn browse(&self, url: &url::Url, wrong_state: bool) {
        let mut cmd = Command::new(oauth_dir().join("browser.py"));
        cmd.arg(url.as_str())
            .env("MAILSETUP_TEST_CA", &self.ca.pem_path)
            .env("MAILSETUP_TEST_RESOLVE", self.resolve());
        if wrong_state {
            cmd.env("MAILSETUP_TEST_BROWSER", "wrong-state");
        }
        let mut child = cmd.spawn().expect("python3 runs the test browser");
        std::thread::spawn(move || child.wait());
    }

    async fn sign_in(&self, wrong_state: bool, limits: Limits) -> Result<Tokens, SignInError> {
        let client = Client::parse(&format!("{ISSUER}={CLIENT_ID}")).expect("client");
        oauth::sign_in(
            &self.net,
            &self.endpoints(),
            &client,
            &self.address().to_string(),
            limits,
            |url| self.browse(url, wrong_state),
        )
        .await
    }
}

fn timeouts() -> CheckTimeouts {
    support::check_timeouts()
}

fn short() -> Limits {
    Limits {
        wait: Duration::from_secs(30),
        token: Duration::from_secs(10),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_then_both_logins_pass_on_every_protocol() {
    let site = site("oauth.test", false, OAuthMode::default());
    let tokens = site.sign_in(false, short()).await.expect("signed in");
    assert!(tokens.refresh.is_some(), "a refresh token to keep");
    let log = site.provider.authorize_log();
    assert!(log.contains("\"code_challenge_method\":\"S256\""), "{log}");
    assert!(log.contains("\"login_hint\":\"alice@oauth.test\""), "{log}");
    assert!(
        log.contains("\"redirect_uri\":\"http://127.0.0.1:"),
        "{log}"
    );

    let addr = site.address();
    let secret = LoginSecret::Token(tokens.access.clone());
    for (incoming, port) in [(Protocol::Imap, 993), (Protocol::Pop3, 995)] {
        let report = check_with(
            &site.net,
            &addr,
            &site.server(incoming, port),
            Some(&site.server(Protocol::Smtp, 465)),
            &secret,
            &timeouts(),
        )
        .await;
        assert!(report.ok(), "{}", report.details_for_helpdesk());
        let details = report.details_for_helpdesk();
        assert!(details.contains("OAUTHBEARER"), "{details}");
        assert!(
            !details.contains(tokens.access.expose()),
            "token in the transcript"
        );
    }
    let log = site.dovecot.log();
    assert!(
        !log.contains(tokens.access.expose()),
        "token in Dovecot's log"
    );
    assert!(
        log.contains("imap-login: Info: Login") && log.contains("pop3-login: Info: Login"),
        "{log}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_sign_in_is_cancelled_and_a_forged_answer_is_refused() {
    let site = site(
        "deny.test",
        false,
        OAuthMode {
            deny: true,
            ..OAuthMode::default()
        },
    );
    assert_eq!(
        site.sign_in(false, short()).await.unwrap_err(),
        SignInError::Cancelled
    );
    let site = self::site("state.test", false, OAuthMode::default());
    assert_eq!(
        site.sign_in(true, short()).await.unwrap_err(),
        SignInError::StateMismatch
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_endpoint_down_or_hanging_and_no_browser_are_bounded() {
    let site = site("down.test", false, OAuthMode::default());
    let client = Client::parse(&format!("{ISSUER}={CLIENT_ID}")).expect("client");
    let hint = site.address().to_string();
    // Nothing listens on the token endpoint's port.
    let mut down = site.endpoints();
    down.token_url = "https://login.down.test:4444/token".into();
    let r = oauth::sign_in(&site.net, &down, &client, &hint, short(), |u| {
        site.browse(u, false)
    })
    .await;
    assert!(matches!(r, Err(SignInError::Token(_))), "{r:?}");
    // A token endpoint that accepts and never answers.
    let _silent = Rogue::start((site.block.ip(4), 4445).into(), Behaviour::Silent);
    let mut hanging = site.endpoints();
    hanging.token_url = "https://login.down.test:4445/token".into();
    let limits = Limits {
        wait: Duration::from_secs(30),
        token: Duration::from_secs(2),
    };
    let started = Instant::now();
    let r = oauth::sign_in(&site.net, &hanging, &client, &hint, limits, |u| {
        site.browse(u, false)
    })
    .await;
    assert_eq!(r.unwrap_err(), SignInError::TokenTimeout);
    assert!(started.elapsed() < Duration::from_secs(20));
    // The browser never comes back.
    let limits = Limits {
        wait: Duration::from_secs(1),
        token: Duration::from_secs(2),
    };
    let r = oauth::sign_in(&site.net, &site.endpoints(), &client, &hint, limits, |_| {}).await;
    assert_eq!(r.unwrap_err(), SignInError::Timeout);
    // Endpoints that are not https:// are refused before anything is opened.
    let mut plain = site.endpoints();
    plain.auth_url = "http://login.down.test/authorize".into();
    let r = oauth::sign_in(&site.net, &plain, &client, &hint, limits, |_| {
        panic!("no browser for an insecure endpoint")
    })
    .await;
    assert_eq!(r.unwrap_err(), SignInError::InsecureEndpoint);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refresh_token_gives_a_new_access_token_until_revoked() {
    let site = site("refresh.test", false, OAuthMode::default());
    let first = site.sign_in(false, short()).await.expect("signed in");
    let client = Client::parse(&format!("{ISSUER}={CLIENT_ID}")).expect("client");
    let kept = first.refresh.expect("refresh token");
    let again = oauth::refresh(&site.net, &site.endpoints(), &client, &kept, short())
        .await
        .expect("refreshed");
    assert!(
        again.refresh.is_some(),
        "the provider's new refresh token, or the kept one"
    );
    let report = check_with(
        &site.net,
        &site.address(),
        &site.server(Protocol::Imap, 993),
        Some(&site.server(Protocol::Smtp, 587)),
        &LoginSecret::Token(again.access),
        &timeouts(),
    )
    .await;
    assert!(report.ok(), "{}", report.details_for_helpdesk());
    site.provider.revoke_refresh_tokens();
    let r = oauth::refresh(&site.net, &site.endpoints(), &client, &kept, short()).await;
    assert_eq!(r.unwrap_err(), SignInError::RefreshRefused);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_at_an_oauth_only_server_is_password_not_allowed() {
    let site = site("only.test", true, OAuthMode::default());
    let addr = site.address();
    let password_server = |p, port| Server {
        auth: Auth::PasswordCleartext,
        oauth: None,
        ..site.server(p, port)
    };
    for (incoming, port) in [(Protocol::Imap, 993), (Protocol::Pop3, 995)] {
        let report = check(
            &site.net,
            &addr,
            &password_server(incoming, port),
            Some(&password_server(Protocol::Smtp, 465)),
            &Secret::new("alicepw".into()),
            &timeouts(),
        )
        .await;
        let kinds: Vec<_> = std::iter::once(&report.incoming)
            .chain(report.outgoing.as_ref())
            .map(|c| c.problem.as_ref().map(|p| p.kind))
            .collect();
        assert_eq!(
            kinds,
            [Some(ProblemKind::PasswordNotAllowed); 2],
            "{}",
            report.details_for_helpdesk()
        );
        assert!(!report.details_for_helpdesk().contains("alicepw"));
    }
    assert!(!site.dovecot.log().contains("alicepw"));
    // The provider data says OAuth2 only: no password is even tried.
    let report = check(
        &site.net,
        &addr,
        &site.server(Protocol::Imap, 993),
        None,
        &Secret::new("alicepw".into()),
        &timeouts(),
    )
    .await;
    assert_eq!(
        report.incoming.problem.map(|p| p.kind),
        Some(ProblemKind::PasswordNotAllowed)
    );
    assert!(report.incoming.transcript.is_empty());
}

mod command_line {
    use super::*;
    use std::path::Path;

    const BIN: &str = env!("CARGO_BIN_EXE_mailsetup");

    /// The site file (`support::site_file`) for the test issuer with its endpoints.
    fn site_file(site: &Site, config_home: &Path) {
        let e = site.endpoints();
        support::site_file(config_home, &site.domain, ISSUER, Some(&e));
    }

    /// Runs `mailsetup ARGS` against the site: exit code, stdout, stderr.
    fn run(site: &Site, home: &Path, log: &Path, args: &[&str]) -> (Option<i32>, String, String) {
        let out = command(site, home, log)
            .args(args)
            .output()
            .expect("mailsetup");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    fn command(site: &Site, home: &Path, log: &Path) -> Command {
        let mut c = Command::new(BIN);
        support::aim(&mut c, &site._dns, &site.ca, site.block.ip(9))
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .envs(support::browser_env(
                &site.ca.pem_path,
                &site.provider,
                log,
                false,
            ));
        c
    }

    #[test]
    fn check_signs_in_in_the_browser_and_both_logins_pass() {
        let site = site("cli.test", false, OAuthMode::default());
        let home = support::tempdir();
        site_file(&site, &home.path().join("config"));
        let log = home.path().join("browser.log");
        let client = format!("{ISSUER}={CLIENT_ID}");

        let with_client = |cmd: &'static str, flag: &'static str| {
            run(
                &site,
                home.path(),
                &log,
                &[cmd, "alice@cli.test", flag, "--oauth-client", &client],
            )
        };
        let (_, stdout, _) = with_client("discover", "--json");
        let v: serde_json::Value = serde_json::from_str(&stdout).expect("json");
        assert_eq!(v["incoming"][0]["auth"], "oauth2");
        assert_eq!(v["incoming"][0]["oauth"]["issuer"], ISSUER);
        assert_eq!(
            v["outgoing"][0]["oauth"]["token_url"],
            site.endpoints().token_url
        );

        let (code, stdout, stderr) = with_client("check", "--json");
        assert_eq!(code, Some(0), "{stdout}\n{stderr}");
        let v: serde_json::Value = serde_json::from_str(&stdout).expect("json");
        assert_eq!(v["incoming"]["ok"], true, "{stdout}");
        assert_eq!(v["outgoing"]["ok"], true, "{stdout}");
        assert!(
            stderr.contains("/authorize?response_type=code"),
            "URL on stderr: {stderr}"
        );
        let page = std::fs::read_to_string(&log).expect("the browser reached our listener");
        assert!(page.contains("close this tab"), "{page}");

        // The helpdesk details: the dialogue, with no token anywhere (JWTs start with "eyJ").
        let (code, stdout, stderr) = with_client("check", "--details");
        let all = format!("{stdout}{stderr}");
        assert_eq!(code, Some(0), "{all}");
        assert!(all.contains("AUTHENTICATE OAUTHBEARER [redacted]"), "{all}");
        assert!(!all.contains("eyJ"), "a token in the output: {all}");
        assert!(
            !site.dovecot.log().contains("eyJ"),
            "a token in Dovecot's log"
        );

        // Without a registration for the provider: said plainly, nothing tried.
        let (code, stdout, _) = run(
            &site,
            home.path(),
            &log,
            &["check", "alice@cli.test", "--json"],
        );
        assert_eq!(code, Some(1));
        let v: serde_json::Value = serde_json::from_str(&stdout).expect("json");
        assert_eq!(v["incoming"]["problem"]["kind"], "not-configured");
        assert_eq!(v["outgoing"]["problem"]["kind"], "not-configured");
    }

    #[test]
    fn the_kept_sign_in_is_used_then_the_browser_when_it_is_revoked() {
        let site = site("kr.test", false, OAuthMode::default());
        let home = support::tempdir();
        let h = home.path();
        site_file(&site, &h.join("config"));
        for sub in ["run", "data"] {
            std::fs::create_dir_all(h.join(sub)).expect("mkdir");
        }
        let _ = Command::new("chmod").arg("700").arg(h.join("run")).status();
        let check = format!(
            "{BIN} --dns-server {} --ca-file {} --ispdb-url https://{}/none/ check alice@kr.test \
             --json --remember --oauth-client {ISSUER}={CLIENT_ID}",
            site._dns.addr,
            site.ca.pem_path.display(),
            site.block.ip(9)
        );
        let revoked = site.provider.dir.path().join("revoked");
        let script = format!(
            "printf 'keyring-unlock' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 && \
             {check} > {h}/1.json 2> {h}/1.err && \
             BROWSER=false {check} > {h}/2.json 2> {h}/2.err && \
             touch {revoked} && {check} > {h}/3.json 2> {h}/3.err && \
             secret-tool lookup service mailsetup username oauth2:{ISSUER}:alice@kr.test",
            h = h.display(),
            revoked = revoked.display()
        );
        let log = h.join("browser.log");
        let out = Command::new("dbus-run-session")
            .args(["--", "sh", "-c", &script])
            .env("HOME", h)
            .env("XDG_CONFIG_HOME", h.join("config"))
            .env("XDG_DATA_HOME", h.join("data"))
            .env("XDG_RUNTIME_DIR", h.join("run"))
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .envs(support::browser_env(
                &site.ca.pem_path,
                &site.provider,
                &log,
                false,
            ))
            .output()
            .expect("dbus-run-session (tests/install-deps.sh installs dbus and gnome-keyring)");
        let read = |n: &str| std::fs::read_to_string(h.join(n)).unwrap_or_default();
        let all = format!(
            "{}\n{}\n{}\n{}\n{}\n{}",
            read("1.json"),
            read("1.err"),
            read("2.json"),
            read("2.err"),
            read("3.json"),
            read("3.err")
        );
        assert!(
            out.status.success(),
            "{all}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        for n in ["1.json", "2.json", "3.json"] {
            let v: serde_json::Value = serde_json::from_str(&read(n)).expect("json");
            assert_eq!(v["incoming"]["ok"], true, "{n}: {all}");
            assert_eq!(v["outgoing"]["ok"], true, "{n}: {all}");
        }
        assert!(read("1.err").contains("keyring"), "{all}");
        assert!(
            !read("2.err").contains("/authorize?"),
            "no browser the second time: {all}"
        );
        assert!(read("3.err").contains("signing in again"), "{all}");
        let sign_ins = site.provider.authorize_log().lines().count();
        assert_eq!(
            sign_ins, 2,
            "the browser only the first time and after the revocation"
        );
        let kept = String::from_utf8_lossy(&out.stdout);
        assert!(!kept.trim().is_empty(), "a refresh token in the keyring");
        assert!(
            !all.contains(kept.trim()),
            "the refresh token in the output"
        );
    }

    /// `check` against a provider that offers registration-free sign-in, with no `--oauth-client`:
    /// the endpoints and scope from its RFC 8414 metadata, one registration kept in the config
    /// folder and reused, registered again once when the provider has dropped it.
    #[test]
    fn check_registers_itself_once_and_reuses_the_client() {
        let mode = OAuthMode {
            dynamic: true,
            ..OAuthMode::default()
        };
        let site = site("dyn.test", false, mode);
        let home = support::tempdir();
        let issuer = "login.dyn.test";
        support::site_file(&home.path().join("config"), &site.domain, issuer, None);
        let log = home.path().join("browser.log");
        let check = || {
            run(
                &site,
                home.path(),
                &log,
                &["check", "alice@dyn.test", "--json"],
            )
        };

        let (code, stdout, stderr) = check();
        assert_eq!(code, Some(0), "{stdout}\n{stderr}");
        let v: serde_json::Value = serde_json::from_str(&stdout).expect("json");
        assert_eq!(v["incoming"]["ok"], true, "{stdout}");
        assert_eq!(v["outgoing"]["ok"], true, "{stdout}");
        let registered = site.provider.register_log();
        assert_eq!(registered.lines().count(), 1, "{registered}");
        let request: serde_json::Value =
            serde_json::from_str(registered.lines().next().expect("one")).expect("json");
        assert_eq!(request["token_endpoint_auth_method"], "none");
        assert_eq!(request["application_type"], "native");
        let authorize = site.provider.authorize_log();
        assert!(
            authorize.contains("urn:ietf:params:oauth:scope:mail offline_access"),
            "the metadata's mail scope: {authorize}"
        );
        let kept = std::fs::read_to_string(home.path().join("config/mailsetup/oauth-clients.json"))
            .expect("the client id is kept");
        assert!(kept.contains("https://login.dyn.test"), "{kept}");

        let (code, stdout, stderr) = check();
        assert_eq!(code, Some(0), "{stdout}\n{stderr}");
        assert_eq!(
            site.provider.register_log().lines().count(),
            1,
            "the kept client is reused"
        );

        site.provider.forget_clients();
        let (code, stdout, stderr) = check();
        assert_eq!(code, Some(0), "{stdout}\n{stderr}");
        assert_eq!(
            site.provider.register_log().lines().count(),
            2,
            "registered again, once"
        );
    }

    /// A redirect that names another issuer than the metadata's is refused before any token
    /// request, and a tenant that restricts consent is `admin-approval-needed` with Microsoft's
    /// admin-consent page.
    #[test]
    fn a_wrong_issuer_and_an_admin_approval_are_told_apart() {
        let mode = OAuthMode {
            dynamic: true,
            wrong_iss: true,
            ..OAuthMode::default()
        };
        let mixup = site("mixup.test", false, mode);
        let home = support::tempdir();
        support::site_file(
            &home.path().join("config"),
            &mixup.domain,
            "login.mixup.test",
            None,
        );
        let log = home.path().join("browser.log");
        let (code, stdout, _) = run(
            &mixup,
            home.path(),
            &log,
            &["check", "alice@mixup.test", "--json"],
        );
        assert_eq!(code, Some(1));
        let v: serde_json::Value = serde_json::from_str(&stdout).expect("json");
        assert_eq!(
            v["incoming"]["problem"]["kind"], "sign-in-failed",
            "{stdout}"
        );
        assert!(
            v["incoming"]["problem"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("another provider")),
            "{stdout}"
        );
        assert!(
            !mixup.dovecot.log().contains("Login:"),
            "nothing reached the mail server"
        );

        let mode = OAuthMode {
            consent_required: true,
            ..OAuthMode::default()
        };
        let site = site("tenant.test", false, mode);
        let home = support::tempdir();
        // Named as Microsoft's issuer, so the admin-consent page is Microsoft's.
        let ms = mailsetup::oauth::MICROSOFT_ISSUER;
        let e = site.provider.endpoints(ms);
        support::site_file(&home.path().join("config"), &site.domain, ms, Some(&e));
        let guid = "0b7f6c2e-1d3a-4e5f-9a8b-7c6d5e4f3a21";
        let client = format!("{ms}={guid}");
        let args = [
            "check",
            "alice@tenant.test",
            "--json",
            "--oauth-client",
            &client,
        ];
        let (code, stdout, _) = run(&site, home.path(), &log, &args);
        assert_eq!(code, Some(1));
        let v: serde_json::Value = serde_json::from_str(&stdout).expect("json");
        for side in ["incoming", "outgoing"] {
            let p = &v[side]["problem"];
            assert_eq!(p["kind"], "admin-approval-needed", "{stdout}");
            assert_eq!(
                p["admin_consent_url"],
                format!(
                    "https://login.microsoftonline.com/organizations/adminconsent?client_id={guid}"
                )
            );
        }
        let (_, stdout, stderr) = run(
            &site,
            home.path(),
            &log,
            &[
                "check",
                "alice@tenant.test",
                "--details",
                "--oauth-client",
                &client,
            ],
        );
        let all = format!("{stdout}{stderr}");
        assert!(all.contains("approve Mail Setup"), "{all}");
        assert!(all.contains("/adminconsent?client_id="), "{all}");
    }
}
