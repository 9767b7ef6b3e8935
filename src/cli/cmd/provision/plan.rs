//! What `provision` does to a profile that already has a `prefs.js`, decided from its text alone
//! (pure): nothing when the account is there as the settings say; nothing, or an update with
//! `--update`, when an account for the address has other servers; else add the account.

use crate::diagnose::Repair;
use crate::diagnose::account::{TbAccount, TbServer, accounts};
use crate::diagnose::prefs;
use crate::export::Account;
use crate::export::thunderbird::{Pref, already_set_up, auth_method};
use crate::model::Server;

/// What to do.
#[derive(Debug, PartialEq)]
pub(super) enum Plan {
    /// No account for the address: add one.
    Add,
    /// The account is there with these servers: nothing to write.
    AlreadySetUp,
    /// An account for the address has other servers and `--update` was not given.
    Skip,
    /// The same, and it cannot be changed in place (POP3 ↔ IMAP): left alone even with `--update`.
    SkipOtherProtocol { existing: String },
    /// With `--update`: the prefs that make the account use the settings.
    Update(Vec<(String, Pref)>),
}

fn same(tb: &TbServer, s: &Server) -> bool {
    tb.protocol == s.protocol
        && tb.host.eq_ignore_ascii_case(&s.host)
        && tb.port == s.port
        && tb.security == s.security
        && tb.username == s.username
        && tb.auth_method == auth_method(s.auth)
}

/// Whether `tb` is set up as `a` says (its outgoing side too, when the settings have one).
fn matches(tb: &TbAccount, a: &Account) -> bool {
    let out = match (&tb.outgoing, &a.outgoing) {
        (Some(t), Some(s)) => same(t, s),
        (_, None) => true,
        (None, Some(_)) => false,
    };
    same(&tb.incoming, &a.incoming) && out
}

/// The prefs that move `tb` to the settings of `a`: servers, security, usernames and sign-in
/// method; POP3 keeps mail on the server.
fn update_prefs(tb: &TbAccount, a: &Account) -> Vec<(String, Pref)> {
    let repair = Repair {
        incoming: Some(a.incoming.clone()),
        outgoing: a.outgoing.clone(),
        smtp_login: false,
        leave_on_server: a.incoming.protocol == crate::model::Protocol::Pop3,
        fixes: Vec::new(),
        verified: true,
    };
    let mut lines = crate::diagnose::fix::repair_prefs(tb, &repair);
    let auth = |key: String, was: i64, s: &Server| {
        let want = auth_method(s.auth);
        (was != want).then_some((key, Pref::Int(want)))
    };
    lines.extend(auth(
        crate::export::thunderbird::server_pref(&tb.incoming.key, "authMethod"),
        tb.incoming.auth_method,
        &a.incoming,
    ));
    if let (Some(t), Some(s)) = (&tb.outgoing, &a.outgoing) {
        lines.extend(auth(
            crate::export::thunderbird::smtp_pref(&t.key, "authMethod"),
            t.auth_method,
            s,
        ));
    }
    lines
}

/// The plan for a profile whose `prefs.js` reads `text`.
pub(super) fn plan(text: &str, a: &Account, update: bool) -> Result<Plan, prefs::PrefsError> {
    let parsed = prefs::parse(text)?;
    let address = a.address.to_string();
    let mine = accounts(&parsed).into_iter().find(|tb| {
        tb.address
            .as_deref()
            .is_some_and(|x| x.eq_ignore_ascii_case(&address))
    });
    let Some(tb) = mine else {
        // The same server and username under another identity is the same account already.
        return Ok(if already_set_up(text, a) {
            Plan::AlreadySetUp
        } else {
            Plan::Add
        });
    };
    if matches(&tb, a) {
        return Ok(Plan::AlreadySetUp);
    }
    if tb.incoming.protocol != a.incoming.protocol {
        return Ok(Plan::SkipOtherProtocol {
            existing: tb.incoming.protocol.to_string(),
        });
    }
    let lines = if update {
        update_prefs(&tb, a)
    } else {
        Vec::new()
    };
    // Nothing the update could change (the account there has no outgoing server to move): left
    // alone, rather than "updated" with nothing written at every run.
    Ok(if lines.is_empty() {
        Plan::Skip
    } else {
        Plan::Update(lines)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::address::Address;
    use crate::export::thunderbird::{add_to_prefs, new_prefs};
    use crate::model::{Auth, Protocol, Security, SourceId};

    fn server(protocol: Protocol, host: &str, port: u16) -> Server {
        Server {
            protocol,
            host: host.into(),
            port,
            security: Security::Tls,
            username: "jo@example.test".into(),
            auth: Auth::PasswordCleartext,
            source: SourceId::Preset,
            url: String::new(),
            trusted: true,
            oauth: None,
        }
    }

    fn account(host: &str) -> Account {
        Account {
            address: Address::parse("jo@example.test").expect("address"),
            name: "Jo".into(),
            incoming: server(Protocol::Imap, host, 993),
            outgoing: Some(server(Protocol::Smtp, host, 465)),
            leave_on_server: true,
        }
    }

    #[test]
    fn the_same_account_is_left_and_other_servers_only_change_with_update() {
        let a = account("mail.example.test");
        assert_eq!(plan("", &a, false).ok(), Some(Plan::Add));
        let text = new_prefs(&a);
        assert_eq!(plan(&text, &a, false).ok(), Some(Plan::AlreadySetUp));
        let moved = account("new.example.test");
        assert_eq!(plan(&text, &moved, false).ok(), Some(Plan::Skip));
        let Ok(Plan::Update(lines)) = plan(&text, &moved, true) else {
            panic!("an update")
        };
        let updated = crate::diagnose::fix::repaired_text(&text, &lines);
        assert_eq!(plan(&updated, &moved, false).ok(), Some(Plan::AlreadySetUp));
        // POP3 where IMAP is wanted is not turned into IMAP in place.
        let mut pop = account("mail.example.test");
        pop.incoming = server(Protocol::Pop3, "mail.example.test", 995);
        let with_pop = add_to_prefs("", &pop);
        assert!(matches!(
            plan(&with_pop, &a, true),
            Ok(Plan::SkipOtherProtocol { .. })
        ));
    }
}
