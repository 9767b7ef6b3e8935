//! The system keyring: the Secret Service on Linux (pure Rust, `zbus-secret-service-keyring-store`),
//! the Keychain on macOS and the Credential Manager on Windows, all through `keyring-core`.
//!
//! The store's API blocks (D-Bus round trips), so callers off the UI thread use [`save_password`]'s
//! async wrapper. A locked or missing keyring is an error the wizard reports and carries on from.

use crate::model::Secret;

/// The keyring service name our entries are stored under.
pub(crate) const SERVICE: &str = "mailsetup";

/// Why the password could not be saved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyringError {
    /// No keyring service is running (no session bus, no Secret Service).
    #[error("{}", crate::t!("error-keyring-unavailable", reason = .0.as_str()))]
    Unavailable(String),
    /// The keyring is locked, or the user declined the unlock prompt.
    #[error("{}", crate::t!("error-keyring-locked", reason = .0.as_str()))]
    Locked(String),
    #[error("{}", crate::t!("error-keyring-other", reason = .0.as_str()))]
    Other(String),
}

impl KeyringError {
    /// Why the password was not saved, in the words the wizard and the command line show.
    pub fn message(&self) -> String {
        match self {
            KeyringError::Locked(_) => crate::t!("done-keyring-locked"),
            KeyringError::Unavailable(_) => crate::t!("done-keyring-missing"),
            KeyringError::Other(_) => crate::t!("done-keyring-failed"),
        }
    }
}

fn classify(e: keyring_core::Error) -> KeyringError {
    match e {
        keyring_core::Error::NoStorageAccess(inner) => KeyringError::Locked(inner.to_string()),
        keyring_core::Error::PlatformFailure(inner) => KeyringError::Unavailable(inner.to_string()),
        keyring_core::Error::NoDefaultStore => KeyringError::Unavailable("no store".into()),
        other => KeyringError::Other(other.to_string()),
    }
}

#[cfg(target_os = "linux")]
fn open_store() -> Result<(), KeyringError> {
    let store = zbus_secret_service_keyring_store::Store::new().map_err(classify)?;
    keyring_core::set_default_store(store);
    Ok(())
}

#[cfg(target_os = "macos")]
fn open_store() -> Result<(), KeyringError> {
    let store = apple_native_keyring_store::keychain::Store::new().map_err(classify)?;
    keyring_core::set_default_store(store);
    Ok(())
}

#[cfg(windows)]
fn open_store() -> Result<(), KeyringError> {
    let store = windows_native_keyring_store::Store::new().map_err(classify)?;
    keyring_core::set_default_store(store);
    Ok(())
}

#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
fn open_store() -> Result<(), KeyringError> {
    Err(KeyringError::Unavailable(
        "no keyring support on this system".into(),
    ))
}

/// Saves `password` for `account` (the email address), blocking. Opens the store on first use.
pub(crate) fn save_password_blocking(
    account: &str,
    password: &Secret<String>,
) -> Result<(), KeyringError> {
    open_store()?;
    let entry = keyring_core::Entry::new(SERVICE, account).map_err(classify)?;
    entry.set_password(password.expose()).map_err(classify)
}

/// Reads the saved password for `account`, blocking.
pub fn load_password_blocking(account: &str) -> Result<Secret<String>, KeyringError> {
    open_store()?;
    let entry = keyring_core::Entry::new(SERVICE, account).map_err(classify)?;
    entry.get_password().map(Secret::new).map_err(classify)
}

/// Saves `password` for `account` without blocking the caller's thread.
pub(crate) async fn save_password(
    account: String,
    password: Secret<String>,
) -> Result<(), KeyringError> {
    tokio::task::spawn_blocking(move || save_password_blocking(&account, &password))
        .await
        .unwrap_or_else(|e| Err(KeyringError::Other(e.to_string())))
}

/// The keyring account of an OAuth2 refresh token: the address and the issuer, under the same
/// service as the password (`oauth2:<issuer>:<address>`), so the two never overwrite each other.
pub fn refresh_token_account(address: &str, issuer: &str) -> String {
    format!("oauth2:{issuer}:{address}")
}

/// Keeps the refresh token of a sign-in for `address` at `issuer`, blocking.
pub fn save_refresh_token_blocking(
    address: &str,
    issuer: &str,
    token: &Secret<String>,
) -> Result<(), KeyringError> {
    save_password_blocking(&refresh_token_account(address, issuer), token)
}

/// The kept refresh token for `address` at `issuer`, blocking; `Ok(None)` when there is none.
pub fn load_refresh_token_blocking(
    address: &str,
    issuer: &str,
) -> Result<Option<Secret<String>>, KeyringError> {
    open_store()?;
    let account = refresh_token_account(address, issuer);
    let entry = keyring_core::Entry::new(SERVICE, &account).map_err(classify)?;
    match entry.get_password() {
        Ok(t) => Ok(Some(Secret::new(t))),
        Err(keyring_core::Error::NoEntry) => Ok(None),
        Err(e) => Err(classify(e)),
    }
}

/// Keeps a refresh token without blocking the caller's thread.
pub(crate) async fn save_refresh_token(
    address: String,
    issuer: String,
    token: Secret<String>,
) -> Result<(), KeyringError> {
    tokio::task::spawn_blocking(move || save_refresh_token_blocking(&address, &issuer, &token))
        .await
        .unwrap_or_else(|e| Err(KeyringError::Other(e.to_string())))
}
