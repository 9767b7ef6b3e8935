//! Sizes and spacing shared by every step: large, readable text and generous targets.

pub(super) const TEXT: u32 = 17;
pub(super) const SMALL: u32 = 15;
pub(super) const TITLE: u32 = 28;
pub(super) const BANNER: u32 = 30;
/// The phone settings, read off the screen while typing them into a phone.
pub(super) const PHONE: u32 = 21;
pub(super) const SPACING: u32 = 14;
pub(super) const PADDING: u16 = 32;
pub(super) const CONTENT_WIDTH: u32 = 600;
