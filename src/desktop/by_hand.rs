//! Geary and KMail: programs with no supported way to add an account from outside (Geary reads
//! GNOME Online Accounts, so it gets the account through GOA when the session has it). We never
//! write their private files; we say how to add the account there, with the settings to copy.

use super::MailProgram;
use crate::export::Account;
use crate::model::Direction;
use crate::t;

/// The settings any mail program asks for, one line each: the incoming then the outgoing server.
pub(crate) fn settings_lines(a: &Account) -> Vec<String> {
    let mut out = Vec::new();
    for s in std::iter::once(&a.incoming).chain(a.outgoing.as_ref()) {
        let protocol = s.protocol.to_string();
        out.push(match s.protocol.direction() {
            Direction::Incoming => t!("done-phone-incoming", protocol = protocol),
            Direction::Outgoing => t!("done-phone-outgoing", protocol = protocol),
        });
        out.push(t!("done-phone-server", host = s.host.as_str()));
        out.push(t!(
            "done-phone-port",
            port = s.port,
            security = s.security.to_string()
        ));
        out.push(t!("done-phone-username", username = s.username.as_str()));
    }
    out
}

/// How to add the account to `program` by hand: the steps, then the settings.
pub(crate) fn steps(program: MailProgram, a: &Account) -> Vec<String> {
    let address = a.address.to_string();
    let mut out = vec![t!("desktop-by-hand", program = program.name())];
    out.push(match program {
        MailProgram::Geary => t!("desktop-steps-geary"),
        MailProgram::KMail => t!("desktop-steps-kmail"),
        MailProgram::Evolution => t!("desktop-steps-evolution"),
        MailProgram::Goa => t!("desktop-steps-goa"),
        MailProgram::Thunderbird => t!("desktop-steps-thunderbird"),
    });
    out.push(if a.name.trim().is_empty() {
        t!("desktop-steps-address", address = address)
    } else {
        t!(
            "desktop-steps-you",
            name = a.name.as_str(),
            address = address
        )
    });
    out.extend(settings_lines(a));
    out.push(t!("desktop-steps-password"));
    out
}
