//! The QR code Thunderbird for Android imports ("Export for mobile", format version 1, spec
//! `feature/migration/qrcode/qr-code-format.md` in thunderbird-android): JSON of nested arrays, then
//! the QR symbol (error correction L) as SVG or PNG. ASCII host names and addresses only; no password.

use qrcode::{EcLevel, QrCode};

use super::Account;
use crate::model::{Auth, Protocol, Security, Server};

/// Why no code can be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QrError {
    #[error("{}", crate::t!("error-android-qr-not-ascii"))]
    NotAscii,
    #[error("{}", crate::t!("error-android-qr-too-long"))]
    TooLong,
    #[error("{}", crate::t!("error-android-qr-no-outgoing"))]
    NoOutgoing,
}

fn security(s: &Server) -> u8 {
    match s.security {
        Security::Plain => 0,
        Security::Starttls => 2,
        Security::Tls => 3,
    }
}

fn auth(a: Auth) -> u8 {
    match a {
        Auth::None | Auth::ClientIpAddress | Auth::SmtpAfterPop => 0,
        Auth::PasswordCleartext => 1,
        Auth::PasswordEncrypted => 2,
        Auth::Gssapi => 3,
        Auth::Ntlm => 4,
        Auth::TlsClientCert => 5,
        Auth::OAuth2 => 6,
    }
}

/// The JSON payload.
pub fn payload(a: &Account) -> Result<String, QrError> {
    let address = a.address.to_string();
    let out = a.outgoing.as_ref().ok_or(QrError::NoOutgoing)?;
    if !address.is_ascii() || !a.incoming.host.is_ascii() || !out.host.is_ascii() {
        return Err(QrError::NotAscii);
    }
    let incoming = serde_json::json!([
        if a.incoming.protocol == Protocol::Pop3 {
            1
        } else {
            0
        },
        a.incoming.host,
        a.incoming.port,
        security(&a.incoming),
        auth(a.incoming.auth),
        a.incoming.username,
    ]);
    let outgoing = serde_json::json!([[
        [
            0,
            out.host,
            out.port,
            security(out),
            auth(out.auth),
            out.username
        ],
        [address, a.name]
    ]]);
    let root = serde_json::json!([1, [1, 1], incoming, outgoing]);
    Ok(root.to_string())
}

fn code(a: &Account) -> Result<QrCode, QrError> {
    let p = payload(a)?;
    QrCode::with_error_correction_level(p.as_bytes(), EcLevel::L).map_err(|_| QrError::TooLong)
}

/// The code as an SVG image.
pub fn svg(a: &Account) -> Result<String, QrError> {
    Ok(code(a)?
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(400, 400)
        .quiet_zone(true)
        .build())
}

/// The code as a PNG image (8 pixels a module, 4 modules of quiet zone).
pub fn png(a: &Account) -> Result<Vec<u8>, QrError> {
    const SCALE: usize = 8;
    const QUIET: usize = 4;
    let code = code(a)?;
    let width = code.width();
    let colors = code.to_colors();
    let side = (width + 2 * QUIET) * SCALE;
    let mut pixels = vec![255u8; side * side];
    for (i, c) in colors.iter().enumerate() {
        if *c == qrcode::Color::Dark {
            let (x, y) = (i % width + QUIET, i / width + QUIET);
            for dy in 0..SCALE {
                let row = (y * SCALE + dy) * side;
                pixels[row + x * SCALE..row + (x + 1) * SCALE].fill(0);
            }
        }
    }
    let mut out = Vec::new();
    let side32 = u32::try_from(side).map_err(|_| QrError::TooLong)?;
    let mut enc = png::Encoder::new(&mut out, side32, side32);
    enc.set_color(png::ColorType::Grayscale);
    enc.set_depth(png::BitDepth::Eight);
    let mut w = enc.write_header().map_err(|_| QrError::TooLong)?;
    w.write_image_data(&pixels).map_err(|_| QrError::TooLong)?;
    w.finish().map_err(|_| QrError::TooLong)?;
    Ok(out)
}
