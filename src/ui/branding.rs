//! The helpdesk's branding on the first screen: the preset's logo, organisation and support contact.

use iced::Element;
use iced::Length;
use iced::widget::{column, container, text};

use super::{App, Message, style};
use crate::t;

#[derive(Clone)]
pub(super) enum LogoHandle {
    Svg(iced::widget::svg::Handle),
    Image(iced::widget::image::Handle),
}

pub(super) fn logo_handle(p: &crate::preset::Preset) -> Option<LogoHandle> {
    Some(match p.logo.as_ref()? {
        crate::preset::Logo::Svg(bytes) => {
            LogoHandle::Svg(iced::widget::svg::Handle::from_memory(bytes.clone()))
        }
        crate::preset::Logo::Png {
            width,
            height,
            rgba,
        } => LogoHandle::Image(iced::widget::image::Handle::from_rgba(
            *width,
            *height,
            rgba.clone(),
        )),
    })
}

impl App {
    /// The first screen's header: the organisation's logo and name, and any problem with its preset.
    pub(super) fn branding(&self) -> Element<'_, Message> {
        let mut col = column![].spacing(8);
        if let Some(e) = &self.preset_error {
            col = col.push(
                text(t!("preset-ignored", error = e.as_str()))
                    .size(style::SMALL)
                    .style(text::warning),
            );
        }
        if let Some(p) = self.preset() {
            let name = text(t!("preset-welcome", organisation = p.organisation.as_str()))
                .size(style::TITLE)
                .font(iced::Font {
                    weight: iced::font::Weight::Bold,
                    ..iced::Font::DEFAULT
                });
            let logo: Option<Element<'_, Message>> = self.logo.clone().map(|l| match l {
                LogoHandle::Svg(h) => iced::widget::svg(h).width(Length::Shrink).height(48).into(),
                LogoHandle::Image(h) => iced::widget::image(h).height(48).into(),
            });
            let mut header = iced::widget::row![]
                .spacing(12)
                .align_y(iced::Alignment::Center);
            if let Some(l) = logo {
                header = header.push(l);
            }
            col = col.push(header.push(name));
        }
        col.into()
    }

    /// The organisation's helpdesk, on every "needs fixing" page.
    pub(super) fn support(&self) -> Element<'_, Message> {
        let Some(p) = self.preset().filter(|p| !p.support.is_empty()) else {
            return column![].into();
        };
        let s = &p.support;
        let mut col = column![
            text(t!(
                "preset-support-heading",
                organisation = p.organisation.as_str()
            ))
            .size(style::TEXT)
        ]
        .spacing(4);
        if let Some(e) = &s.email {
            col = col.push(text(t!("preset-support-email", email = e.as_str())).size(style::SMALL));
        }
        if let Some(ph) = &s.phone {
            col =
                col.push(text(t!("preset-support-phone", phone = ph.as_str())).size(style::SMALL));
        }
        if let Some(u) = &s.url {
            col = col.push(text(t!("preset-support-url", url = u.as_str())).size(style::SMALL));
        }
        container(col)
            .padding(12)
            .width(Length::Fill)
            .style(container::rounded_box)
            .into()
    }
}
