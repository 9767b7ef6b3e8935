//! `--add-to evolution`: the account as Evolution's own sources (a mail account, its identity and
//! its transport, linked to each other), handed to the running source registry of
//! evolution-data-server (`CreateSources` on `org.gnome.evolution.dataserver.Sources5`), which writes
//! them to `~/.config/evolution/sources` and shows them to Evolution at once. The passwords go in
//! the keyring entries Evolution looks up: one for the account, one for the transport.
//!
//! The registry refuses a name already in use, so nothing of the person's is overwritten; an
//! address Evolution already has (its own account, or one from GNOME Online Accounts) is left
//! alone. Facts: docs/notes/linux-mail-programs.md; the files: docs/formats.md.

use std::collections::HashMap;
use std::path::PathBuf;

use super::bus;
use super::keyfile::{self, KeyFile};
use super::{AddError, Added, Env, MailProgram};
use crate::export::Account;
use crate::model::{Auth, Protocol, Secret, Security, Server};

const REGISTRY: &str = "org.gnome.evolution.dataserver.Sources5";
const MANAGER: &str = "/org/gnome/evolution/dataserver/SourceManager";

/// The names of the three sources we add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Uids {
    pub account: String,
    pub identity: String,
    pub transport: String,
}

impl Uids {
    fn fresh() -> Uids {
        let base = format!("mailsetup-{}", uuid::Uuid::new_v4().simple());
        Uids {
            account: format!("{base}-account"),
            identity: format!("{base}-identity"),
            transport: format!("{base}-transport"),
        }
    }
}

/// Camel's names for the two TLS ways.
fn security(s: &Server) -> &'static str {
    match s.security {
        Security::Tls => "ssl-on-alternate-port",
        Security::Starttls => "starttls-on-standard-port",
        Security::Plain => "none",
    }
}

/// `[Authentication]` and `[Security]` for one server. `method` is Camel's mechanism: `none` is
/// "Password" for IMAP and POP3 (LOGIN / USER-PASS), but means "no login at all" for SMTP.
fn server_groups(k: KeyFile, s: &Server, method: &str) -> KeyFile {
    k.group("Authentication")
        .set("Host", &s.host)
        .set("Port", &s.port.to_string())
        .set("User", &s.username)
        .set("Method", method)
        .set("RememberPassword", "true")
        .group("Security")
        .set("Method", security(s))
}

fn data_source(display: &str, parent: &str) -> KeyFile {
    let k = KeyFile::default()
        .group("Data Source")
        .set("DisplayName", display)
        .set("Enabled", "true");
    if parent.is_empty() {
        k
    } else {
        k.set("Parent", parent)
    }
}

/// The three key files, by UID, as Evolution's own account assistant links them: the identity and
/// the transport are the account's children, the account names its identity, the identity its
/// transport.
pub(crate) fn sources(a: &Account, uids: &Uids) -> Result<Vec<(String, String)>, AddError> {
    super::password_only(a)?;
    let out = a.outgoing.as_ref().ok_or(AddError::NoOutgoing)?;
    super::encrypted_only(a)?;
    let address = a.address.to_string();
    let pop = a.incoming.protocol == Protocol::Pop3;
    let incoming_method = match a.incoming.auth {
        Auth::PasswordEncrypted => "CRAM-MD5",
        _ => "none",
    };
    let mut account = data_source(&address, "")
        .group("Mail Account")
        .set("BackendName", if pop { "pop" } else { "imapx" })
        .set("IdentityUid", &uids.identity);
    account = server_groups(account, &a.incoming, incoming_method);
    if pop {
        account = account.group("Pop Backend").set(
            "KeepOnServer",
            if a.leave_on_server { "true" } else { "false" },
        );
    }
    let identity = data_source(&address, &uids.account)
        .group("Mail Identity")
        .set("Address", &address)
        .set("Name", &a.name)
        .group("Mail Submission")
        .set("TransportUid", &uids.transport);
    let transport_method = if out.auth == Auth::None {
        "none"
    } else {
        "PLAIN"
    };
    let transport = server_groups(
        data_source(&address, &uids.account)
            .group("Mail Transport")
            .set("BackendName", "smtp"),
        out,
        transport_method,
    );
    Ok(vec![
        (uids.account.clone(), account.text()),
        (uids.identity.clone(), identity.text()),
        (uids.transport.clone(), transport.text()),
    ])
}

/// The most `.source` files looked at, and the largest read (real ones are one or two kilobytes).
const MAX_SOURCES: usize = 1000;
const MAX_SOURCE_FILE: u64 = 16 * 1024;

/// Whether Evolution has an identity for `address` in its sources folder: `Some(true)` when it
/// comes from GNOME Online Accounts, `Some(false)` when it is Evolution's own, `None` when there is
/// none.
pub(crate) fn identity_in_files(env: &Env, address: &str) -> Option<bool> {
    let dir = env.config_home.as_ref()?.join("evolution/sources");
    let files: HashMap<String, String> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .take(MAX_SOURCES)
        .filter_map(|e| source_file(e.path()))
        .collect();
    files.values().find_map(|text| {
        let same = keyfile::get(text, "Mail Identity", "Address")
            .is_some_and(|a| a.trim().eq_ignore_ascii_case(address));
        same.then(|| {
            keyfile::get(text, "Data Source", "Parent")
                .and_then(|p| files.get(&p))
                .is_some_and(|parent| keyfile::has_group(parent, "GNOME Online Accounts"))
        })
    })
}

/// A `<uid>.source` file's UID and text, if it is one and small enough.
fn source_file(path: PathBuf) -> Option<(String, String)> {
    let uid = path
        .file_name()?
        .to_str()?
        .strip_suffix(".source")?
        .to_owned();
    if uid.starts_with('.') || std::fs::metadata(&path).ok()?.len() > MAX_SOURCE_FILE {
        return None;
    }
    Some((uid, std::fs::read_to_string(path).ok()?))
}

/// Adds the account to Evolution, unless Evolution (or GNOME Online Accounts, which Evolution
/// shows) has the address already.
pub(crate) async fn add(
    a: &Account,
    password: Option<&Secret<String>>,
    env: &Env,
) -> Result<Added, AddError> {
    let program = MailProgram::Evolution;
    let uids = Uids::fresh();
    let sources = sources(a, &uids)?;
    let password = password
        .filter(|p| !p.expose().is_empty())
        .ok_or(AddError::NoPassword)?;
    let address = a.address.to_string();
    match identity_in_files(env, &address) {
        Some(true) => {
            return Ok(Added::AlreadyThere {
                program: MailProgram::Goa,
            });
        }
        Some(false) => return Ok(Added::AlreadyThere { program }),
        None => {}
    }
    let conn = bus::session(program).await?;
    if bus::running(&conn, bus::GOA).await && bus::goa_account(&conn, &address).await?.is_some() {
        return Ok(Added::AlreadyThere {
            program: MailProgram::Goa,
        });
    }
    let map: HashMap<String, String> = sources.into_iter().collect();
    let made: Result<(), AddError> = bus::call(
        &conn,
        program,
        (
            REGISTRY,
            MANAGER,
            "org.gnome.evolution.dataserver.SourceManager",
        ),
        "CreateSources",
        &(map,),
    )
    .await;
    if let Err(e) = made {
        // The registry stops at the first refusal but keeps what it made before it.
        remove(&conn, &uids).await;
        return Err(e);
    }
    let out = a.outgoing.as_ref().filter(|s| s.auth != Auth::None);
    let keyring = store_passwords(&conn, a, &uids, password, out.is_some())
        .await
        .err();
    Ok(Added::Added { program, keyring })
}

/// Takes back whichever of our sources the registry made.
async fn remove(conn: &zbus::Connection, uids: &Uids) {
    let Ok(all) = bus::objects(conn, MailProgram::Evolution, REGISTRY, MANAGER).await else {
        return;
    };
    let ours = [&uids.account, &uids.identity, &uids.transport];
    for (path, ifaces) in all {
        let uid = ifaces
            .get("org.gnome.evolution.dataserver.Source")
            .and_then(|p| bus::string(p, "UID"));
        if uid.is_some_and(|u| ours.contains(&&u)) {
            let _: Result<(), AddError> = bus::call(
                conn,
                MailProgram::Evolution,
                (
                    REGISTRY,
                    path.as_str(),
                    "org.gnome.evolution.dataserver.Source.Removable",
                ),
                "Remove",
                &(),
            )
            .await;
        }
    }
}

/// The keyring entries Evolution reads (schema `org.gnome.Evolution.Data.Source`, keyed by the
/// source's UID): the account's, and the transport's when it logs in.
async fn store_passwords(
    conn: &zbus::Connection,
    a: &Account,
    uids: &Uids,
    password: &Secret<String>,
    transport: bool,
) -> Result<(), crate::secrets::KeyringError> {
    use crate::secrets::KeyringError;
    use secret_service::{EncryptionType, Error, SecretService};
    let classify = |e: Error| match e {
        Error::Locked | Error::Prompt => KeyringError::Locked(e.to_string()),
        Error::Unavailable | Error::Zbus(_) | Error::ZbusFdo(_) => {
            KeyringError::Unavailable(e.to_string())
        }
        other => KeyringError::Other(other.to_string()),
    };
    let store = async {
        let ss = SecretService::connect_with_existing(EncryptionType::Dh, conn.clone()).await?;
        let collection = ss.get_default_collection().await?;
        collection.ensure_unlocked().await?;
        let address = a.address.to_string();
        let mut entries = vec![(&uids.account, "mail-account", backend(&a.incoming))];
        if transport {
            entries.push((&uids.transport, "mail-transport", "smtp"));
        }
        for (uid, kind, backend) in entries {
            let label =
                format!("Evolution Data Source \u{201c}{address}\u{201d} ({kind} - {backend})");
            let attributes = HashMap::from([
                ("xdg:schema", "org.gnome.Evolution.Data.Source"),
                ("e-source-uid", uid.as_str()),
                ("eds-origin", "evolution-data-server"),
            ]);
            collection
                .create_item(
                    &label,
                    attributes,
                    password.expose().as_bytes(),
                    true,
                    "text/plain",
                )
                .await?;
        }
        Ok::<(), Error>(())
    };
    match tokio::time::timeout(bus::CALL_LIMIT, store).await {
        Ok(r) => r.map_err(classify),
        Err(_) => Err(KeyringError::Locked(crate::t!(
            "desktop-no-answer",
            seconds = bus::CALL_LIMIT.as_secs()
        ))),
    }
}

fn backend(s: &Server) -> &'static str {
    if s.protocol == Protocol::Pop3 {
        "pop"
    } else {
        "imapx"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desktop::fixtures::{account, server};

    fn pop_account() -> Account {
        account(
            server(Protocol::Pop3, "pop.example.co.uk", 995, Security::Tls),
            server(
                Protocol::Smtp,
                "smtp.example.co.uk",
                587,
                Security::Starttls,
            ),
        )
    }

    fn uids() -> Uids {
        Uids {
            account: "a".into(),
            identity: "i".into(),
            transport: "t".into(),
        }
    }

    #[test]
    fn three_linked_sources() {
        let s = sources(&pop_account(), &uids()).unwrap();
        let text = |uid: &str| s.iter().find(|(u, _)| u == uid).unwrap().1.clone();
        let (account, identity, transport) = (text("a"), text("i"), text("t"));
        let get = |t: &str, g: &str, k: &str| keyfile::get(t, g, k);
        assert_eq!(
            get(&account, "Mail Account", "BackendName").as_deref(),
            Some("pop")
        );
        assert_eq!(
            get(&account, "Mail Account", "IdentityUid").as_deref(),
            Some("i")
        );
        assert_eq!(
            get(&account, "Pop Backend", "KeepOnServer").as_deref(),
            Some("true")
        );
        assert_eq!(
            get(&account, "Authentication", "Port").as_deref(),
            Some("995")
        );
        assert_eq!(
            get(&account, "Security", "Method").as_deref(),
            Some("ssl-on-alternate-port")
        );
        assert_eq!(get(&account, "Data Source", "Parent"), None);
        assert_eq!(
            get(&identity, "Data Source", "Parent").as_deref(),
            Some("a")
        );
        assert_eq!(
            get(&identity, "Mail Identity", "Address").as_deref(),
            Some("hello@example.co.uk")
        );
        assert_eq!(
            get(&identity, "Mail Submission", "TransportUid").as_deref(),
            Some("t")
        );
        assert_eq!(
            get(&transport, "Data Source", "Parent").as_deref(),
            Some("a")
        );
        assert_eq!(
            get(&transport, "Mail Transport", "BackendName").as_deref(),
            Some("smtp")
        );
        // An SMTP transport without a method would send without logging in.
        assert_eq!(
            get(&transport, "Authentication", "Method").as_deref(),
            Some("PLAIN")
        );
        assert_eq!(
            get(&transport, "Security", "Method").as_deref(),
            Some("starttls-on-standard-port")
        );
    }

    #[test]
    fn existing_identities_are_found_in_the_sources_folder() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("evolution/sources");
        std::fs::create_dir_all(&dir).unwrap();
        let env = Env {
            config_home: Some(t.path().to_path_buf()),
            ..Env::default()
        };
        assert_eq!(identity_in_files(&env, "hello@example.co.uk"), None);
        for (uid, text) in sources(&pop_account(), &uids()).unwrap() {
            std::fs::write(dir.join(format!("{uid}.source")), text).unwrap();
        }
        assert_eq!(identity_in_files(&env, "HELLO@example.co.uk"), Some(false));
        std::fs::write(
            dir.join("a.source"),
            "[Data Source]\nDisplayName=x\n\n[GNOME Online Accounts]\nAccountId=account_1\n",
        )
        .unwrap();
        assert_eq!(identity_in_files(&env, "hello@example.co.uk"), Some(true));
    }
}
