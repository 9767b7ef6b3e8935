//! The one sign-in plan. From the servers discovery found (or the person typed) and the client
//! registrations in force, it decides how this account logs in: with the password (and whether the
//! provider wants an app password, and where to make one), with the provider's own sign-in page (its
//! issuer and endpoints, and which client: a configured registration, or one the program registers
//! itself at the issuer), or not at all here (why, and what can still be done). The window, the
//! terminal wizard and `mailsetup check` all execute this plan; none decides on its own.
//!
//! Pure: no network, no keyring. Its form before discovery, from the bundled data alone, is
//! `discover::bundled::early_plan` (the bundled data sits below this module). What the plan leaves open (the issuer's metadata, a registration)
//! is settled when the sign-in runs (`super::flow`).

use crate::address::Address;
use crate::model::{Auth, OAuthEndpoints, Server};

use super::{Client, Registrations, words};

/// A provider that refuses the account password from mail programs and wants an app password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AppPassword {
    /// The provider, for people ("Google").
    pub provider: &'static str,
    /// Where to make one.
    pub page: &'static str,
}

/// How the account logs in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// With the password; `app_password` when the provider wants an app password instead of the
    /// usual one.
    Password { app_password: Option<AppPassword> },
    /// On the provider's own page.
    SignIn(SignInPlan),
    /// Not possible with this copy of Mail Setup.
    Unavailable(Unavailable),
}

/// A sign-in on the provider's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignInPlan {
    /// The provider's name for people ("Microsoft").
    pub provider: String,
    /// What the provider data said: the issuer always; the endpoints and scope may be missing
    /// (empty), and then come from the issuer's metadata.
    pub endpoints: OAuthEndpoints,
    /// The configured registration (flag, preset, build time); `None`: the program registers
    /// itself at the issuer (registration-free sign-in), or uses the client it registered before.
    pub client: Option<Client>,
}

/// Why no sign-in is possible here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unavailable {
    /// The provider's name for people, or the server's host when no issuer is known.
    pub provider: String,
    /// The issuer, when the provider data named one.
    pub issuer: Option<String>,
}

/// The plan for these servers (incoming first). A server signs in on the provider's page when its
/// `auth` is OAuth2 (discovery already switched servers that offer both to OAuth2 where a
/// registration exists: [`Server::prefer_oauth`]).
pub fn plan<'a>(
    addr: &Address,
    servers: impl IntoIterator<Item = &'a Server>,
    registrations: &Registrations,
) -> Plan {
    let Some(s) = servers.into_iter().find(|s| s.auth == Auth::OAuth2) else {
        return Plan::Password {
            app_password: app_password(addr, registrations),
        };
    };
    let Some(e) = s.oauth.as_deref().filter(|e| !e.issuer.trim().is_empty()) else {
        // OAuth2 only, and no vouched source said which issuer: nowhere to sign in.
        return Plan::Unavailable(Unavailable {
            provider: s.host.clone(),
            issuer: None,
        });
    };
    Plan::SignIn(SignInPlan {
        provider: words::provider_name(e),
        endpoints: e.clone(),
        client: registrations.get(&e.issuer).cloned(),
    })
}

/// The app-password pages of providers that refuse the account password from mail programs
/// (docs/formats.md, "App passwords"): domains, the provider, the page to make one, and the issuer
/// whose registration makes an app password unnecessary.
const APP_PASSWORD_PAGES: &[(&[&str], AppPassword, Option<&str>)] = &[
    (
        &["gmail.com", "googlemail.com"],
        AppPassword {
            provider: "Google",
            page: "https://myaccount.google.com/apppasswords",
        },
        Some(super::GOOGLE_ISSUER),
    ),
    (
        &[
            "yahoo.com",
            "yahoo.co.uk",
            "ymail.com",
            "aol.com",
            "aim.com",
        ],
        AppPassword {
            provider: "Yahoo",
            page: "https://login.yahoo.com/myaccount/security/app-password",
        },
        None,
    ),
    (
        &["icloud.com", "me.com", "mac.com"],
        AppPassword {
            provider: "Apple",
            page: "https://account.apple.com (Sign-In and Security ▸ App-Specific Passwords)",
        },
        None,
    ),
];

/// The app password this address's provider wants, unless this copy signs in there instead.
pub(crate) fn app_password(addr: &Address, registrations: &Registrations) -> Option<AppPassword> {
    let (_, page, issuer) = APP_PASSWORD_PAGES
        .iter()
        .find(|(domains, _, _)| domains.contains(&addr.domain()))?;
    let signs_in = issuer.is_some_and(|i| registrations.get(i).is_some());
    (!signs_in).then_some(*page)
}

impl Plan {
    /// Whether the password is needed (the only plan that asks for it).
    pub fn needs_password(&self) -> bool {
        matches!(self, Plan::Password { .. })
    }

    /// The words before the password is typed: that none is needed (the provider signs in on its
    /// own page), or that the provider wants an app password, and where to make one.
    pub fn password_note(&self) -> Option<String> {
        match self {
            Plan::Password {
                app_password: Some(a),
            } => Some(crate::t!(
                "you-app-password",
                provider = a.provider,
                page = a.page
            )),
            Plan::Password { app_password: None } => None,
            Plan::SignIn(s) => Some(crate::t!(
                "you-password-not-needed",
                provider = s.provider.as_str()
            )),
            Plan::Unavailable(u) => Some(crate::t!(
                "you-password-not-needed",
                provider = u.provider.as_str()
            )),
        }
    }
}

impl Unavailable {
    /// The one sentence that says so, and what still works (the problem of both sides).
    pub fn problem(&self) -> crate::model::problem::Problem {
        words::not_configured(&self.provider)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Protocol, Security, SourceId};

    fn addr(s: &str) -> Address {
        Address::parse(s).expect("address")
    }

    fn server(auth: Auth, issuer: Option<&str>) -> Server {
        Server {
            protocol: Protocol::Imap,
            host: "mail.example.com".into(),
            port: 993,
            security: Security::Tls,
            username: "jo@example.com".into(),
            auth,
            source: SourceId::Bundled,
            url: "test".into(),
            trusted: true,
            oauth: issuer.map(|i| {
                Box::new(OAuthEndpoints {
                    issuer: i.into(),
                    auth_url: format!("https://{i}/authorize"),
                    token_url: format!("https://{i}/token"),
                    scope: "mail".into(),
                })
            }),
        }
    }

    fn regs(pairs: &[&str]) -> Registrations {
        let mut r = Registrations::default();
        for p in pairs {
            r.add(Client::parse(p).expect("pair"));
        }
        r
    }

    /// The plan as a table: servers, registrations, address → the kind of plan and its details.
    #[test]
    fn the_plan_as_a_table() {
        let ms = super::super::MICROSOFT_ISSUER;
        let registered = regs(&[&format!("{ms}=id-1")]);
        let none = Registrations::default();
        let password = server(Auth::PasswordCleartext, None);
        let both_unregistered = server(Auth::PasswordCleartext, Some(ms));
        let oauth_ms = server(Auth::OAuth2, Some(ms));
        let oauth_no_issuer = server(Auth::OAuth2, None);
        let oauth_other = server(Auth::OAuth2, Some("login.dyn.example"));
        let jo = addr("jo@example.com");

        assert_eq!(
            plan(&jo, [&password], &none),
            Plan::Password { app_password: None }
        );
        assert_eq!(
            plan(&jo, [&both_unregistered], &none),
            Plan::Password { app_password: None },
            "a provider that takes both keeps the password without a registration"
        );
        match plan(&jo, [&password, &oauth_ms], &registered) {
            Plan::SignIn(s) => {
                assert_eq!(s.provider, "Microsoft");
                assert_eq!(s.client.expect("configured").client_id, "id-1");
            }
            other => panic!("{other:?}"),
        }
        match plan(&jo, [&oauth_other], &registered) {
            Plan::SignIn(s) => {
                assert_eq!(s.endpoints.issuer, "login.dyn.example");
                assert_eq!(s.client, None, "registration-free: the client comes later");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            plan(&jo, [&oauth_no_issuer], &registered),
            Plan::Unavailable(Unavailable {
                provider: "mail.example.com".into(),
                issuer: None
            })
        );

        // App passwords: named for the providers that want them, unless this copy signs in there.
        let gmail = addr("jo@gmail.com");
        let g = plan(&gmail, [&password], &none);
        assert!(
            matches!(g, Plan::Password { app_password: Some(a) } if a.provider == "Google"),
            "{g:?}"
        );
        let signs_in = regs(&["accounts.google.com=g"]);
        assert_eq!(
            plan(&gmail, [&password], &signs_in),
            Plan::Password { app_password: None }
        );
        assert!(matches!(
            plan(&addr("jo@icloud.com"), [&password], &none),
            Plan::Password { app_password: Some(a) } if a.provider == "Apple"
        ));
        assert!(Plan::Password { app_password: None }.needs_password());
        assert!(!plan(&jo, [&oauth_ms], &registered).needs_password());
    }
}
