//! One export turned into a file: the bytes of every one-file format (for `mailsetup export`), and
//! saving an export where the wizard puts it (`save_for`: a separate Thunderbird profile registered in
//! `~/.thunderbird`, or a file in the Downloads folder).

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Account, Format, android_qr, apple, autoconfig_xml, autodiscover_xml, dns_records};
use super::{sheet, thunderbird};
use crate::model::Secret;

/// A one-file export, ready to write.
#[derive(Debug)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    /// What to do with the file next (publish it, scan it …), when there is something to say.
    pub howto: Option<String>,
    /// The file holds the password: it must be readable by its owner only.
    pub private: bool,
}

/// How to render a one-file export.
#[derive(Debug, Default, Clone, Copy)]
pub struct RenderOptions<'a> {
    /// Apple: put this password in the profile (the file is then private).
    pub password: Option<&'a Secret<String>>,
    /// Apple: sign with this certificate chain and key (both PEM text).
    pub signing: Option<(&'a str, &'a str)>,
    /// Android QR: a PNG rather than an SVG.
    pub png: bool,
}

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("{}", crate::t!("error-save-not-a-file"))]
    NotAFile,
    #[error(transparent)]
    Qr(#[from] android_qr::QrError),
    #[error(transparent)]
    Sign(#[from] apple::SignError),
    /// Apple's mail payload has no OAuth2 sign-in, and only Google has a payload of its own.
    #[error("{}", crate::t!("export-apple-oauth-by-hand"))]
    AppleByHand,
}

/// The bytes of `format` for `a` (every format but the Thunderbird profile folder).
pub fn render(format: Format, a: &Account, o: RenderOptions<'_>) -> Result<Rendered, RenderError> {
    let file = |bytes: Vec<u8>, howto: Option<String>| Rendered {
        bytes,
        howto,
        private: false,
    };
    Ok(match format {
        Format::Thunderbird => return Err(RenderError::NotAFile),
        Format::Apple => {
            let profile = match apple::oauth_kind(a) {
                None => apple::render(a, o.password),
                Some(apple::OAuthKind::Google) => apple::render_google(a),
                Some(apple::OAuthKind::Other) => return Err(RenderError::AppleByHand),
            };
            let bytes = match o.signing {
                Some((cert, key)) => apple::sign(&profile, cert, key)?,
                None => profile,
            };
            Rendered {
                bytes,
                howto: None,
                private: o.password.is_some() && apple::oauth_kind(a).is_none(),
            }
        }
        Format::AndroidQr => {
            let bytes = if o.png {
                android_qr::png(a)?
            } else {
                android_qr::svg(a)?.into_bytes()
            };
            file(bytes, Some(crate::t!("export-qr-howto")))
        }
        Format::Autoconfig => file(
            autoconfig_xml::render(a).into_bytes(),
            Some(autoconfig_xml::instructions(a)),
        ),
        Format::Autodiscover => file(
            autodiscover_xml::render(a).into_bytes(),
            Some(autodiscover_xml::instructions(a)),
        ),
        Format::Dns => file(
            dns_records::render(a).into_bytes(),
            Some(dns_records::instructions(a)),
        ),
        Format::Sheet => file(sheet::render(a).into_bytes(), None),
    })
}

/// Writes a file whole or not at all (a temporary file renamed over it); `private` files are
/// readable by their owner only (mode 0600 on Unix).
pub fn write_file(path: &Path, bytes: &[u8], private: bool) -> std::io::Result<()> {
    let tmp = path.with_extension("mailsetup-tmp");
    {
        let mut o = std::fs::OpenOptions::new();
        o.write(true).create(true).truncate(true);
        #[cfg(unix)]
        if private {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(0o600);
        }
        #[cfg(not(unix))]
        let _ = private;
        let mut f = o.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)
}

/// The address as a file name.
pub fn safe_name(a: &Account) -> String {
    a.address
        .to_string()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '@' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// What the wizard saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveFor {
    /// A separate Thunderbird profile, registered under this name.
    Profile(String),
    /// A file, here.
    File(PathBuf),
}

impl SaveFor {
    /// What was saved, in words.
    pub fn message(&self) -> String {
        match self {
            SaveFor::Profile(name) => crate::t!("done-export-thunderbird", profile = name.as_str()),
            SaveFor::File(path) => {
                crate::t!("done-export-saved", path = path.display().to_string())
            }
        }
    }
}

/// Why the wizard could not save an export.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("{}", crate::t!("done-export-no-home"))]
    NoHome,
    #[error(transparent)]
    Render(#[from] RenderError),
    #[error(transparent)]
    Profile(#[from] thunderbird::ProfileError),
    #[error("{}", crate::t!("error-save-io", path = .path.display().to_string(), error = .error.to_string()))]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

/// The file name the wizard gives `format`.
fn file_name(format: Format, a: &Account) -> String {
    let safe = safe_name(a);
    match format {
        Format::Apple => format!("{safe}.mobileconfig"),
        Format::AndroidQr => format!("{safe}-thunderbird-android.png"),
        Format::Autoconfig => format!("{safe}-config-v1.1.xml"),
        Format::Autodiscover => format!("{safe}-autodiscover.xml"),
        Format::Dns => format!("{safe}-dns-records.txt"),
        Format::Sheet | Format::Thunderbird => format!("{safe}-settings.html"),
    }
}

/// Saves `format` for the wizard, without a password: Thunderbird as a separate profile registered
/// in `<home>/.thunderbird/profiles.ini`, every other format as a file in the Downloads folder (else
/// `home`). Blocking: call it off the UI thread.
pub fn save_for(format: Format, a: &Account, home: Option<&Path>) -> Result<SaveFor, SaveError> {
    let home = home.ok_or(SaveError::NoHome)?;
    if format == Format::Thunderbird {
        let root = home.join(".thunderbird");
        let dir = root.join(format!("mailsetup-{}", safe_name(a)));
        let name = format!("Mail Setup {}", a.address);
        std::fs::create_dir_all(&root).map_err(|error| SaveError::Io {
            path: root.clone(),
            error,
        })?;
        thunderbird::create_profile(&dir, a)?;
        thunderbird::register(&root.join("profiles.ini"), &dir, &name)?;
        return Ok(SaveFor::Profile(name));
    }
    let o = RenderOptions {
        png: true,
        ..RenderOptions::default()
    };
    let rendered = render(format, a, o)?;
    let folder = dirs::download_dir().unwrap_or_else(|| home.to_path_buf());
    let path = folder.join(file_name(format, a));
    write_file(&path, &rendered.bytes, rendered.private).map_err(|error| SaveError::Io {
        path: path.clone(),
        error,
    })?;
    Ok(SaveFor::File(path))
}
