//! One account's diagnosis, step by step: the configuration alone, then at once discovery, the MX
//! and the probes of the configured servers, then what the published settings say, then (with a
//! password or a kept sign-in) the logins and the send-and-receive test.

use super::live::{self, Reach};
use super::{
    AccountCheck, AccountReport, DiagnosisId, Finding, Options, Repair, TbAccount, TbServer,
    account, best_of, finding, kept_token, login_findings, place, reach_findings, same_place,
    uses_provider_sign_in,
};
use crate::address::Address;
use crate::check::send_test::{self, TestMessage};
use crate::check::{LoginSecret, ServerCheck};
use crate::discover::{self, Discovery};
use crate::model::{Protocol, Secret, Server};
use crate::net::Net;
use crate::t;

/// Diagnoses one account; `password` enables the logins (and the send-and-receive test).
pub async fn diagnose_account(
    net: &Net,
    account: &TbAccount,
    password: Option<&Secret<String>>,
    opts: &Options,
) -> AccountReport {
    let incoming = account.incoming.to_server();
    let outgoing = account.outgoing.as_ref().map(TbServer::to_server);
    let mut r = AccountReport {
        address: account.address.clone(),
        incoming: incoming.clone(),
        outgoing: outgoing.clone(),
        check: None,
        findings: Vec::new(),
        fixed: Vec::new(),
        account: account.clone(),
        repair: Repair::default(),
    };
    let addr = account
        .address
        .as_deref()
        .and_then(|a| Address::parse(a).ok());
    let smtp_no_login = configuration_findings(&mut r, account);
    let Reached {
        found,
        mx,
        reach_in,
        reach_out,
    } = reach_all(net, addr.as_ref(), &incoming, outgoing.as_ref(), opts).await;
    let disc_in = best_of(found.as_ref(), incoming.protocol);
    let disc_out = best_of(found.as_ref(), Protocol::Smtp);
    reach_findings(&mut r, false, &incoming, &reach_in);
    if let (Some(o), Some(ro)) = (&outgoing, &reach_out) {
        reach_findings(&mut r, true, o, ro);
    }
    published_findings(&mut r, &mx, found.as_ref(), &incoming);
    for (configured, reach, disc, outgoing) in [
        (Some(&incoming), Some(&reach_in), disc_in, false),
        (outgoing.as_ref(), reach_out.as_ref(), disc_out, true),
    ] {
        if let (Some(c), Some(Reach::AsConfigured(_)), Some(d)) = (configured, reach, disc) {
            settings_differ(&mut r, c, d, outgoing);
        }
    }
    // What each side logs in with: the password, or for an account that signs in on the
    // provider's page the sign-in kept on this computer — never the password.
    let token = match &addr {
        Some(a) if uses_provider_sign_in(account) => {
            kept_token(net, a, found.as_ref(), &opts.registrations).await
        }
        _ => None,
    };
    let secret_for = |s: &TbServer| {
        if s.signs_in_with_provider() {
            token.clone().map(LoginSecret::Token)
        } else {
            password.map(|p| LoginSecret::Password(p.clone()))
        }
    };
    let in_secret = secret_for(&account.incoming);
    let out_secret = account.outgoing.as_ref().and_then(&secret_for);
    if token.is_none() {
        sign_in_missing(&mut r, account);
    }
    let (Some(in_secret), Some(addr)) = (in_secret, &addr) else {
        r.repair.verified = !r.repair.smtp_login && reach_in.server().is_some();
        return r;
    };
    // The logins, on the servers that answered (the repaired ones where a repair was needed).
    let in_server = reach_in.server().cloned();
    let out_server = reach_out.as_ref().and_then(Reach::server).map(|s| {
        let mut s = s.clone();
        if smtp_no_login || s.username.is_empty() {
            s.username = incoming.username.clone();
        }
        s
    });
    let logins = Logins {
        addr,
        in_server: in_server.as_ref(),
        out_server: out_server.as_ref(),
        in_secret: &in_secret,
        out_secret: out_secret.as_ref(),
        smtp_no_login,
        has_outgoing: outgoing.is_some(),
    };
    logins.run(net, opts, &mut r).await;
    r
}

/// What the network says about the account: discovery's answer, the domain's MX, and how each
/// configured server can be reached.
struct Reached {
    found: Option<Discovery>,
    mx: Vec<crate::doctor::Finding>,
    reach_in: Reach,
    reach_out: Option<Reach>,
}

/// Discovery and the domain's MX, at once with the probes of the configured servers (which try the
/// discovered server when they do not answer).
async fn reach_all(
    net: &Net,
    addr: Option<&Address>,
    incoming: &Server,
    outgoing: Option<&Server>,
    opts: &Options,
) -> Reached {
    let found = async {
        match addr {
            Some(a) => Some(discover::discover(net, a, &opts.discovery, None).await),
            None => None,
        }
    };
    let mx = async {
        match addr {
            Some(a) => crate::doctor::mx_against(net, a, incoming).await,
            None => Vec::new(),
        }
    };
    let (found, mx) = tokio::join!(found, mx);
    let disc_in = best_of(found.as_ref(), incoming.protocol);
    let disc_out = best_of(found.as_ref(), Protocol::Smtp);
    let (reach_in, reach_out) = tokio::join!(live::reach(net, incoming, disc_in), async {
        match outgoing {
            Some(o) => Some(live::reach(net, o, disc_out).await),
            None => None,
        }
    });
    Reached {
        found,
        mx,
        reach_in,
        reach_out,
    }
}

/// Findings from the configuration alone: POP3 removing mail from the server, an outgoing server
/// without login. Returns whether the outgoing server logs in with nothing.
fn configuration_findings(r: &mut AccountReport, account: &TbAccount) -> bool {
    if let Some(keep) = account
        .pop3
        .filter(|k| !k.leave_on_server || k.delete_by_age)
    {
        r.push(Finding::new(
            DiagnosisId::Pop3DeletesFromServer,
            if keep.leave_on_server {
                t!("diagnose-pop3-deletes-by-age")
            } else {
                t!("diagnose-pop3-deletes")
            },
            t!("diagnose-pop3-deletes-advice"),
            true,
        ));
        r.repair.leave_on_server = true;
        r.repair.fixes.push(DiagnosisId::Pop3DeletesFromServer);
    }
    let smtp_no_login = account
        .outgoing
        .as_ref()
        .is_some_and(|o| o.auth_method == account::AUTH_NONE);
    if smtp_no_login {
        r.push(Finding::new(
            DiagnosisId::OutgoingNoLogin,
            t!("diagnose-outgoing-no-login"),
            t!("diagnose-outgoing-no-login-advice"),
            true,
        ));
        r.repair.smtp_login = true;
        r.repair.fixes.push(DiagnosisId::OutgoingNoLogin);
    }
    smtp_no_login
}

/// What the domain publishes: its mail going elsewhere (MX), and IMAP recommended where POP3 is
/// set.
fn published_findings(
    r: &mut AccountReport,
    mx: &[crate::doctor::Finding],
    found: Option<&Discovery>,
    incoming: &Server,
) {
    if let Some(f) = mx
        .iter()
        .find(|f| f.id == crate::doctor::FindingId::MxDiffersFromIncoming)
    {
        r.push(Finding::new(
            DiagnosisId::MxElsewhere,
            f.message.clone(),
            f.advice.clone(),
            false,
        ));
    }
    if incoming.protocol == Protocol::Pop3 {
        let recommended = found.and_then(|d| d.incoming.first());
        if let Some(imap) = recommended.filter(|s| s.protocol == Protocol::Imap && s.trusted) {
            r.push(Finding::new(
                DiagnosisId::MixedProtocols,
                t!("diagnose-mixed-protocols", host = imap.host.as_str()),
                t!("diagnose-mixed-protocols-advice"),
                false,
            ));
        }
    }
}

/// The provider's published settings, when ours work but differ.
fn settings_differ(r: &mut AccountReport, configured: &Server, published: &Server, outgoing: bool) {
    if published.trusted && !same_place(configured, published) {
        let which = finding::side_words(outgoing);
        r.push(Finding::new(
            DiagnosisId::SettingsDiffer,
            t!(
                "diagnose-settings-differ",
                which = which.as_str(),
                published = place(published)
            ),
            t!("diagnose-settings-differ-advice"),
            false,
        ));
    }
}

/// Sides that sign in on the provider's page, with no sign-in kept on this computer.
fn sign_in_missing(r: &mut AccountReport, account: &TbAccount) {
    for (s, outgoing) in std::iter::once((&account.incoming, false))
        .chain(account.outgoing.as_ref().map(|o| (o, true)))
    {
        if s.signs_in_with_provider() {
            let which = finding::side_words(outgoing);
            r.push(Finding::new(
                DiagnosisId::ProviderSignIn,
                t!("diagnose-provider-sign-in", which = which.as_str()),
                t!("diagnose-provider-sign-in-advice"),
                false,
            ));
        }
    }
}

/// The logins to run, on the servers that answered.
struct Logins<'a> {
    addr: &'a Address,
    in_server: Option<&'a Server>,
    out_server: Option<&'a Server>,
    in_secret: &'a LoginSecret,
    out_secret: Option<&'a LoginSecret>,
    smtp_no_login: bool,
    has_outgoing: bool,
}

impl Logins<'_> {
    /// Both logins at once, their findings, the repair they verify, and the send-and-receive test
    /// when both worked and it was asked for.
    async fn run(&self, net: &Net, opts: &Options, r: &mut AccountReport) {
        let (mut ci, mut co) = tokio::join!(
            self.login(net, opts, self.in_server, Some(self.in_secret)),
            self.login(net, opts, self.out_server, self.out_secret),
        );
        let in_ok = ci.as_ref().map(|c| c.ok);
        let out_ok = co.as_ref().map(|c| c.ok);
        if let (Some(c), Some(s)) = (ci.as_mut(), self.in_server) {
            login_findings(r, false, s, c, out_ok);
        }
        if let (Some(c), Some(s)) = (co.as_mut(), self.out_server) {
            login_findings(r, true, s, c, in_ok);
            if self.smtp_no_login && c.ok {
                r.repair.outgoing = Some(c.server.clone());
            }
        }
        let both_ok = in_ok == Some(true) && out_ok.unwrap_or(!self.has_outgoing);
        r.repair.verified =
            in_ok == Some(true) && (self.out_server.is_none() || out_ok == Some(true));
        let test = match (&opts.send_test, &ci, &co) {
            (Some(wait), Some(i), Some(o)) if both_ok => Some(
                send_test::send_test(
                    net,
                    self.addr,
                    &i.server,
                    &o.server,
                    self.in_secret,
                    *wait,
                    &opts.check,
                )
                .await,
            ),
            (Some(_), _, _) => Some(TestMessage::not_run()),
            (None, _, _) => None,
        };
        if let Some(p) = test
            .as_ref()
            .filter(|t| !t.ok())
            .and_then(|t| t.problem.as_ref())
        {
            r.push(Finding::new(
                DiagnosisId::TestMessageFailed,
                p.message.clone(),
                p.advice.clone(),
                false,
            ));
        }
        if let Some(incoming) = ci {
            r.check = Some(AccountCheck {
                incoming,
                outgoing: co,
                test_message: test,
            });
        }
    }

    async fn login(
        &self,
        net: &Net,
        opts: &Options,
        server: Option<&Server>,
        secret: Option<&LoginSecret>,
    ) -> Option<ServerCheck> {
        let (server, secret) = (server?, secret?);
        Some(live::login(net, self.addr, server, secret, &opts.check).await)
    }
}
