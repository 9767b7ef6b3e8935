//! The look of the wizard, in one place: the font, the two themes, sizes and spacing, buttons, status
//! icons, cards, the header and the step indicator. Steps build their pages from these helpers only,
//! so every page looks alike and a change of look is a change here.
//!
//! - Text: [`title`], [`body`], [`small`]. Large, readable sizes; one embedded font (Fira Sans, SIL
//!   Open Font License, `assets/fonts/`), so the window looks the same on every computer.
//! - Buttons: one [`primary_button`] per page, bottom right; everything else a lighter
//!   [`secondary_button`] (outlined; [`compact_button`] in a row of many) or a [`link_button`]. [`choice_button`] for the IMAP/POP3 cards.
//! - Status: [`status_row`] puts an SVG icon ([`Status`], `assets/status/`) beside words, never colour
//!   alone.
//! - Layout: [`page`] (the step's content, scrolling, above its [`actions`] row), [`card`],
//!   [`notice`], [`field`] (a text input with a visible keyboard focus ring), [`header`] and
//!   [`step_indicator`].

use std::sync::LazyLock;

use iced::widget::{
    Button, Column, Row, Text, button, column, container, row, scrollable, space, svg, text,
    text_input,
};
use iced::{Border, Color, Element, Font, Length, Theme, border, font};

use crate::t;

pub(super) const TEXT: u32 = 17;
pub(super) const SMALL: u32 = 15;
pub(super) const TITLE: u32 = 28;
pub(super) const BANNER: u32 = 30;
/// The phone settings, read off the screen while typing them into a phone.
pub(super) const PHONE: u32 = 21;
/// Between the blocks of a page.
pub(super) const SPACING: u32 = 14;
/// Between the lines of one block.
pub(super) const TIGHT: u32 = 6;
/// Around the window's content.
pub(super) const PADDING: u16 = 32;
pub(super) const CONTENT_WIDTH: u32 = 600;
/// Inside cards and notices.
const CARD_PADDING: u16 = 14;
/// Status icons, in logical pixels.
const ICON: u32 = 20;
/// The app icon or the organisation's logo in the header.
pub(super) const LOGO: u32 = 32;
/// Rounded corners of buttons, fields and cards.
const RADIUS: f32 = 8.0;
/// The width of the keyboard focus ring around a field.
const FOCUS_RING: f32 = 3.0;
pub(crate) use crate::front::STEPS;

/// The embedded UI font, regular and semi-bold (SIL Open Font License 1.1, `assets/fonts/OFL.txt`).
const FONT_REGULAR: &[u8] = include_bytes!("../../assets/fonts/FiraSans-Regular.ttf");
const FONT_SEMIBOLD: &[u8] = include_bytes!("../../assets/fonts/FiraSans-SemiBold.ttf");
/// The font every text uses.
pub const FONT: Font = Font::with_name("Fira Sans");
/// Titles and names.
pub(super) const STRONG: Font = Font {
    weight: font::Weight::Semibold,
    ..FONT
};

/// The renderer settings: the embedded font loaded and made the default. The window and the
/// screenshot tests both use these, so the pictures show what people see.
pub fn settings() -> iced::Settings {
    iced::Settings {
        fonts: vec![FONT_REGULAR.into(), FONT_SEMIBOLD.into()],
        default_font: FONT,
        ..iced::Settings::default()
    }
}

const fn rgb(hex: u32) -> Color {
    Color::from_rgb8((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
}

/// The light theme: the app icon's blue, and status colours dark enough for small text on white.
static LIGHT: LazyLock<Theme> = LazyLock::new(|| {
    Theme::custom(
        "Mail Setup light",
        iced::theme::Palette {
            background: rgb(0xF6F7F9),
            text: rgb(0x1B2230),
            primary: rgb(0x1D5FBF),
            success: rgb(0x1A7A43),
            warning: rgb(0x9A5B00),
            danger: rgb(0xB3261E),
        },
    )
});

/// The dark theme: the same hues, lightened to read on a dark background.
static DARK: LazyLock<Theme> = LazyLock::new(|| {
    Theme::custom(
        "Mail Setup dark",
        iced::theme::Palette {
            background: rgb(0x161A21),
            text: rgb(0xE7EAF0),
            primary: rgb(0x74A9FF),
            success: rgb(0x52C48B),
            warning: rgb(0xE9B44C),
            danger: rgb(0xFF7B72),
        },
    )
});

/// The wizard's theme, light or dark (the window follows the system's choice).
pub fn theme(dark: bool) -> Theme {
    if dark { DARK.clone() } else { LIGHT.clone() }
}

/// A page title.
pub(super) fn title<'a>(s: impl text::IntoFragment<'a>) -> Text<'a> {
    text(s).size(TITLE).font(STRONG)
}

/// Ordinary text.
pub(super) fn body<'a>(s: impl text::IntoFragment<'a>) -> Text<'a> {
    text(s).size(TEXT)
}

/// Secondary text: hints, details, notes.
pub(super) fn small<'a>(s: impl text::IntoFragment<'a>) -> Text<'a> {
    text(s).size(SMALL)
}

/// The page's main action: filled, in the primary colour. One per page, bottom right.
pub(super) fn primary_button<'a, M>(label: impl text::IntoFragment<'a>) -> Button<'a, M> {
    button(text(label).size(TEXT).font(STRONG))
        .padding([10, 22])
        .style(|t: &Theme, s| {
            let p = t.extended_palette();
            let base = button::Style {
                background: Some(p.primary.base.color.into()),
                text_color: p.primary.base.text,
                border: border::rounded(RADIUS),
                ..button::Style::default()
            };
            match s {
                button::Status::Active => base,
                button::Status::Hovered | button::Status::Pressed => button::Style {
                    background: Some(p.primary.strong.color.into()),
                    ..base
                },
                button::Status::Disabled => button::Style {
                    background: Some(p.background.strong.color.into()),
                    text_color: p.background.strong.text.scale_alpha(0.7),
                    ..base
                },
            }
        })
}

/// Any other action: outlined, lighter than the primary one.
pub(super) fn secondary_button<'a, M>(label: impl text::IntoFragment<'a>) -> Button<'a, M> {
    button(text(label).size(TEXT))
        .padding([9, 18])
        .style(secondary_style)
}

/// A secondary action among several in a wrapping row (the Done page's other ways).
pub(super) fn compact_button<'a, M>(label: impl text::IntoFragment<'a>) -> Button<'a, M> {
    button(text(label).size(SMALL))
        .padding([6, 12])
        .style(secondary_style)
}

fn secondary_style(t: &Theme, s: button::Status) -> button::Style {
    let p = t.extended_palette();
    let base = button::Style {
        background: None,
        text_color: p.primary.base.color,
        border: Border {
            width: 1.0,
            radius: RADIUS.into(),
            color: p.background.strong.color,
        },
        ..button::Style::default()
    };
    match s {
        button::Status::Active => base,
        button::Status::Hovered | button::Status::Pressed => button::Style {
            background: Some(p.background.weak.color.into()),
            border: Border {
                color: p.primary.base.color,
                ..base.border
            },
            ..base
        },
        button::Status::Disabled => button::Style {
            text_color: p.background.strong.color,
            ..base
        },
    }
}

/// A quiet action inside the page's text ("Check my domain", "Show details").
pub(super) fn link_button<'a, M>(label: impl text::IntoFragment<'a>) -> Button<'a, M> {
    button(text(label).size(SMALL))
        .padding([4, 2])
        .style(|t: &Theme, s| {
            let p = t.extended_palette();
            button::Style {
                background: None,
                text_color: match s {
                    button::Status::Disabled => p.background.strong.color,
                    button::Status::Hovered | button::Status::Pressed => p.primary.strong.color,
                    button::Status::Active => p.primary.base.color,
                },
                ..button::Style::default()
            }
        })
}

/// One of several choices as a card: outlined in the primary colour when chosen, with a drawn radio
/// mark before its `title` and the explanation under it.
pub(super) fn choice_button<'a, M: 'a>(
    chosen: bool,
    title: String,
    explained: String,
) -> Button<'a, M> {
    let mark = icon(if chosen {
        Status::Chosen
    } else {
        Status::NotChosen
    });
    let words = column![
        text(title)
            .size(TEXT)
            .font(if chosen { STRONG } else { FONT }),
        small(explained)
    ]
    .spacing(4);
    button(row![mark, words].spacing(10))
        .width(Length::Fill)
        .padding(12)
        .style(move |t: &Theme, s| {
            let p = t.extended_palette();
            let hover = matches!(s, button::Status::Hovered | button::Status::Pressed);
            button::Style {
                background: Some(if chosen || hover {
                    p.background.weakest.color.into()
                } else {
                    Color::TRANSPARENT.into()
                }),
                text_color: p.background.base.text,
                border: Border {
                    width: if chosen { 2.0 } else { 1.0 },
                    radius: RADIUS.into(),
                    color: if chosen || hover {
                        p.primary.base.color
                    } else {
                        p.background.strong.color
                    },
                },
                ..button::Style::default()
            }
        })
}

/// What a status icon says; each has its own drawing and colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Status {
    Success,
    Problem,
    Warning,
    InProgress,
    Waiting,
    /// Ended without an answer, or not needed.
    Skipped,
    /// A choice's radio mark.
    Chosen,
    NotChosen,
}

impl Status {
    fn svg(self) -> &'static [u8] {
        match self {
            Status::Success => include_bytes!("../../assets/status/success.svg"),
            Status::Problem => include_bytes!("../../assets/status/problem.svg"),
            Status::Warning => include_bytes!("../../assets/status/warning.svg"),
            Status::InProgress => include_bytes!("../../assets/status/progress.svg"),
            Status::Waiting => include_bytes!("../../assets/status/waiting.svg"),
            Status::Skipped => include_bytes!("../../assets/status/skipped.svg"),
            Status::Chosen => include_bytes!("../../assets/status/chosen.svg"),
            Status::NotChosen => include_bytes!("../../assets/status/not-chosen.svg"),
        }
    }

    fn color(self, t: &Theme) -> Color {
        let p = t.extended_palette();
        match self {
            Status::Success => p.success.base.color,
            Status::Problem => p.danger.base.color,
            Status::Warning => p.warning.base.color,
            Status::InProgress | Status::Chosen => p.primary.base.color,
            Status::Waiting | Status::Skipped | Status::NotChosen => {
                p.background.base.text.scale_alpha(0.55)
            }
        }
    }
}

/// A status icon, drawn in its colour.
pub(super) fn icon<'a>(status: Status) -> svg::Svg<'a> {
    svg(svg::Handle::from_memory(status.svg()))
        .width(ICON)
        .height(ICON)
        .style(move |t: &Theme, _| svg::Style {
            color: Some(status.color(t)),
        })
}

/// An icon beside the words that say the same.
pub(super) fn status_row<'a, M: 'a>(
    status: Status,
    words: impl Into<Element<'a, M>>,
) -> Row<'a, M> {
    row![icon(status), words.into()]
        .spacing(10)
        .align_y(iced::Alignment::Center)
}

fn surface(t: &Theme) -> container::Style {
    let p = t.extended_palette();
    container::Style {
        background: Some(if p.is_dark {
            p.background.weak.color.into()
        } else {
            Color::WHITE.into()
        }),
        text_color: Some(p.background.base.text),
        border: Border {
            width: 1.0,
            radius: RADIUS.into(),
            color: p.background.strong.color.scale_alpha(0.6),
        },
        ..container::Style::default()
    }
}

/// A block set apart on the page (a problem, the mail program, the helpdesk).
pub(super) fn card<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    container(content)
        .padding(CARD_PADDING)
        .width(Length::Fill)
        .style(surface)
        .into()
}

/// A card with a coloured edge for something the person must read before going on.
pub(super) fn notice<'a, M: 'a>(
    status: Status,
    content: impl Into<Element<'a, M>>,
) -> Element<'a, M> {
    container(content)
        .padding(CARD_PADDING)
        .width(Length::Fill)
        .style(move |t: &Theme| {
            let base = surface(t);
            container::Style {
                background: Some(status.color(t).scale_alpha(0.10).into()),
                border: Border {
                    width: 2.0,
                    color: status.color(t),
                    ..base.border
                },
                ..base
            }
        })
        .into()
}

/// A text input with a clear keyboard focus ring (a thick border in the primary colour).
pub(super) fn field<'a, M: Clone + 'a>(
    placeholder: &str,
    value: &str,
) -> text_input::TextInput<'a, M> {
    text_input(placeholder, value)
        .size(TEXT)
        .padding(8)
        .style(|t: &Theme, s| {
            let p = t.extended_palette();
            let mut style = text_input::default(t, s);
            style.background = surface(t)
                .background
                .unwrap_or(p.background.base.color.into());
            style.border = match s {
                text_input::Status::Focused { .. } => Border {
                    width: FOCUS_RING,
                    radius: RADIUS.into(),
                    color: p.primary.base.color,
                },
                text_input::Status::Hovered => Border {
                    width: 1.0,
                    radius: RADIUS.into(),
                    color: p.primary.base.color,
                },
                _ => Border {
                    width: 1.0,
                    radius: RADIUS.into(),
                    color: p.background.strong.color,
                },
            };
            style
        })
}

/// The row of a page's actions: the lighter ones on the left, the main one bottom right.
pub(super) fn actions<'a, M: 'a>(
    secondary: impl IntoIterator<Item = Element<'a, M>>,
    primary: Option<Element<'a, M>>,
) -> Element<'a, M> {
    let mut r = Row::with_children(secondary)
        .spacing(10)
        .align_y(iced::Alignment::Center)
        .push(space::horizontal());
    if let Some(p) = primary {
        r = r.push(p);
    }
    r.into()
}

/// A page: its content (scrolling when the window is too short) above its actions row.
pub(super) fn page<'a, M: 'a>(content: Column<'a, M>, actions: Element<'a, M>) -> Element<'a, M> {
    column![
        scrollable(
            content
                .spacing(SPACING)
                .padding(iced::Padding::ZERO.right(12))
        )
        .width(Length::Fill)
        .height(Length::Fill),
        actions,
    ]
    .spacing(SPACING)
    .into()
}

/// The header on every page: the app icon (or the organisation's logo) and the name, with an
/// optional action at the right.
pub(super) fn header<'a, M: 'a>(
    logo: Option<Element<'a, M>>,
    name: String,
    action: Option<Element<'a, M>>,
) -> Element<'a, M> {
    let logo = logo.unwrap_or_else(|| {
        svg(svg::Handle::from_memory(
            include_bytes!("../../assets/icons/mailsetup.svg").as_slice(),
        ))
        .width(LOGO)
        .height(LOGO)
        .into()
    });
    let mut r = row![
        container(logo).height(LOGO).center_y(LOGO),
        text(name).size(TEXT + 1).font(STRONG)
    ]
    .spacing(12)
    .align_y(iced::Alignment::Center)
    .push(space::horizontal());
    if let Some(a) = action {
        r = r.push(a);
    }
    r.into()
}

/// "Step 2 of 4 — Finding your settings".
pub(super) fn step_words(step: u8) -> String {
    let name = match step {
        1 => t!("step-you"),
        2 => t!("step-finding"),
        3 => t!("step-receive"),
        _ => t!("step-checking"),
    };
    t!("step-of", number = step, total = STEPS, name = name)
}

/// "Step 2 of 4 — Finding your settings", above a bar of the steps done and to come.
pub(super) fn step_indicator<'a, M: 'a>(step: u8) -> Element<'a, M> {
    let words = small(step_words(step));
    let bars = (1..=STEPS).map(|n| {
        container(space::horizontal())
            .height(4)
            .width(Length::Fill)
            .style(move |t: &Theme| {
                let p = t.extended_palette();
                container::Style {
                    background: Some(if n <= step {
                        p.primary.base.color.into()
                    } else {
                        p.background.strong.color.scale_alpha(0.5).into()
                    }),
                    border: border::rounded(2),
                    ..container::Style::default()
                }
            })
            .into()
    });
    column![words, Row::with_children(bars).spacing(6)]
        .spacing(TIGHT)
        .into()
}
