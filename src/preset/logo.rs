//! The organisation's logo: read through [`Files`] (so within [`super::MAX_FILE`]), recognised as
//! PNG by its signature or SVG by an `<svg` near the start, and a PNG decoded to RGBA within
//! [`MAX_LOGO_SIDE`] pixels each way.

use std::fmt;

use super::{FileError, Files, Problem};

/// Largest logo, in pixels each way.
pub const MAX_LOGO_SIDE: u32 = 2048;

/// The eight bytes every PNG file starts with.
const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// How far into a text file `<svg` is looked for.
const SVG_SNIFF_BYTES: usize = 4096;

/// The organisation's logo, checked and ready to show.
#[derive(Clone, PartialEq, Eq)]
pub enum Logo {
    Svg(Vec<u8>),
    /// Decoded to 8-bit RGBA.
    Png {
        width: u32,
        height: u32,
        rgba: Vec<u8>,
    },
}

impl fmt::Debug for Logo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Logo::Svg(b) => write!(f, "Logo::Svg({} bytes)", b.len()),
            Logo::Png { width, height, .. } => write!(f, "Logo::Png({width}×{height})"),
        }
    }
}

/// Reads the logo file `name` and checks it is an image Mail Setup can show.
pub(super) fn read(name: &str, files: &dyn Files) -> Result<Logo, Problem> {
    let bytes = files.read(name).map_err(|e| match e {
        FileError::TooLarge => Problem::LogoTooLarge(name.to_owned()),
        FileError::Io(reason) => Problem::LogoUnreadable {
            file: name.to_owned(),
            reason,
        },
    })?;
    if bytes.starts_with(PNG_SIGNATURE) {
        return decode_png(&bytes, name);
    }
    let head = &bytes[..bytes.len().min(SVG_SNIFF_BYTES)];
    let looks_svg = std::str::from_utf8(&bytes).is_ok()
        && String::from_utf8_lossy(head)
            .to_ascii_lowercase()
            .contains("<svg");
    if looks_svg {
        return Ok(Logo::Svg(bytes));
    }
    Err(Problem::LogoNotImage(name.to_owned()))
}

/// Decodes a PNG to 8-bit RGBA, refusing one larger than [`MAX_LOGO_SIDE`] before decoding pixels.
fn decode_png(bytes: &[u8], name: &str) -> Result<Logo, Problem> {
    let not_image = || Problem::LogoNotImage(name.to_owned());
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|_| not_image())?;
    let (width, height) = {
        let info = reader.info();
        (info.width, info.height)
    };
    if width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE {
        return Err(Problem::LogoTooManyPixels {
            file: name.to_owned(),
            width,
            height,
        });
    }
    let mut buf = vec![0; reader.output_buffer_size().ok_or_else(not_image)?];
    let frame = reader.next_frame(&mut buf).map_err(|_| not_image())?;
    buf.truncate(frame.buffer_size());
    let rgba = match frame.color_type {
        png::ColorType::Rgba => buf,
        png::ColorType::Rgb => buf
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        png::ColorType::GrayscaleAlpha => buf
            .chunks_exact(2)
            .flat_map(|p| [p[0], p[0], p[0], p[1]])
            .collect(),
        png::ColorType::Grayscale => buf.iter().flat_map(|&g| [g, g, g, 255]).collect(),
        // EXPAND turns palette images into RGB(A); one still indexed is not something we can show.
        png::ColorType::Indexed => return Err(not_image()),
    };
    Ok(Logo::Png {
        width,
        height,
        rgba,
    })
}
