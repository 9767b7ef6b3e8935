//! The session bus calls GOA and Evolution share: connecting, calling with a time limit, listing
//! a service's objects, and the accounts GNOME Online Accounts holds.

use std::collections::HashMap;
use std::time::Duration;

use zbus::zvariant::{OwnedObjectPath, OwnedValue, Value};

use super::{AddError, MailProgram};

/// How long one call may take. Generous: the first call starts the service (D-Bus activation),
/// and a keyring may show its unlock prompt.
pub(super) const CALL_LIMIT: Duration = Duration::from_secs(60);

/// The session bus, or why `program` cannot be reached.
pub(super) async fn session(program: MailProgram) -> Result<zbus::Connection, AddError> {
    match tokio::time::timeout(CALL_LIMIT, zbus::Connection::session()).await {
        Ok(Ok(c)) => Ok(c),
        Ok(Err(e)) => Err(unavailable(program, &e)),
        Err(_) => Err(timed_out(program)),
    }
}

pub(super) fn unavailable(program: MailProgram, e: &dyn std::fmt::Display) -> AddError {
    AddError::Unavailable {
        program,
        reason: e.to_string(),
    }
}

pub(super) fn timed_out(program: MailProgram) -> AddError {
    AddError::Unavailable {
        program,
        reason: crate::t!("desktop-no-answer", seconds = CALL_LIMIT.as_secs()),
    }
}

/// A service's error: "not there" when the bus could not start it, else a refusal.
pub(super) fn refused(program: MailProgram, e: zbus::Error) -> AddError {
    let missing = matches!(&e, zbus::Error::MethodError(name, _, _)
        if ["ServiceUnknown", "ServiceNotFound", "Spawn.", "NameHasNoOwner"]
            .iter().any(|n| name.as_str().contains(n)));
    if missing {
        return unavailable(program, &e);
    }
    let reason = match &e {
        zbus::Error::MethodError(_, Some(text), _) => text.clone(),
        other => other.to_string(),
    };
    AddError::Refused { program, reason }
}

/// Calls `method` on `dest`'s object `path`, within [`CALL_LIMIT`].
pub(super) async fn call<B, R>(
    conn: &zbus::Connection,
    program: MailProgram,
    (dest, path, iface): (&str, &str, &str),
    method: &str,
    body: &B,
) -> Result<R, AddError>
where
    B: serde::Serialize + zbus::zvariant::DynamicType,
    R: for<'d> zbus::zvariant::DynamicDeserialize<'d>,
{
    let run = async {
        let proxy = zbus::Proxy::new(conn, dest, path, iface).await?;
        proxy.call::<_, B, R>(method, body).await
    };
    match tokio::time::timeout(CALL_LIMIT, run).await {
        Ok(r) => r.map_err(|e| refused(program, e)),
        Err(_) => Err(timed_out(program)),
    }
}

/// Every object of `dest` under `root`, with each interface's properties.
pub(super) type Objects = HashMap<OwnedObjectPath, HashMap<String, HashMap<String, OwnedValue>>>;

pub(super) async fn objects(
    conn: &zbus::Connection,
    program: MailProgram,
    dest: &str,
    root: &str,
) -> Result<Objects, AddError> {
    call(
        conn,
        program,
        (dest, root, "org.freedesktop.DBus.ObjectManager"),
        "GetManagedObjects",
        &(),
    )
    .await
}

/// A string property, when it is one.
pub(super) fn string(props: &HashMap<String, OwnedValue>, name: &str) -> Option<String> {
    match props.get(name).map(|v| &**v) {
        Some(Value::Str(s)) => Some(s.to_string()),
        _ => None,
    }
}

pub(super) const GOA: &str = "org.gnome.OnlineAccounts";
const GOA_ROOT: &str = "/org/gnome/OnlineAccounts";

/// Whether a service has an owner on the bus now (without starting it).
pub(super) async fn running(conn: &zbus::Connection, name: &str) -> bool {
    let asked: Result<bool, AddError> = call(
        conn,
        MailProgram::Goa,
        (
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
        ),
        "NameHasOwner",
        &(name,),
    )
    .await;
    asked.unwrap_or(false)
}

/// The GNOME Online Accounts account for `address`, if there is one: an account whose mail address
/// is it, or an IMAP-and-SMTP account named after it (one with mail switched off has no address).
pub(super) async fn goa_account(
    conn: &zbus::Connection,
    address: &str,
) -> Result<Option<OwnedObjectPath>, AddError> {
    let all = objects(conn, MailProgram::Goa, GOA, GOA_ROOT).await?;
    let same = |v: Option<String>| v.is_some_and(|v| v.trim().eq_ignore_ascii_case(address));
    Ok(all.into_iter().find_map(|(path, ifaces)| {
        let mail = ifaces.get("org.gnome.OnlineAccounts.Mail");
        let account = ifaces.get("org.gnome.OnlineAccounts.Account");
        let by_mail = mail.is_some_and(|m| same(string(m, "EmailAddress")));
        let by_identity = account.is_some_and(|a| {
            string(a, "ProviderType").as_deref() == Some("imap_smtp") && same(string(a, "Identity"))
        });
        (by_mail || by_identity).then_some(path)
    }))
}
