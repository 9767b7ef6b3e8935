//! Sizes and spacing shared by every step: large, readable text and generous targets.

pub const TEXT: u32 = 17;
pub const SMALL: u32 = 15;
pub const TITLE: u32 = 28;
pub const BANNER: u32 = 30;
/// The phone settings, read off the screen while typing them into a phone.
pub const PHONE: u32 = 21;
pub const SPACING: u32 = 14;
pub const PADDING: u16 = 32;
pub const CONTENT_WIDTH: u32 = 600;
