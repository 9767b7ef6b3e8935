//! The helpdesk's branding: the preset's logo and organisation in the header, its support contact on
//! every "needs fixing" page, and why a broken preset is not used.

use iced::Element;
use iced::Length;
use iced::widget::column;

use super::App;
use super::style::{self, Status};
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
    /// Why the organisation's preset is not used, when one was found broken (first screen only).
    pub(super) fn preset_notice<M: 'static>(&self) -> Option<Element<'_, M>> {
        let e = self.preset_error.as_ref()?;
        Some(style::notice(
            Status::Warning,
            style::status_row(
                Status::Warning,
                style::small(t!("preset-ignored", error = e.as_str())),
            ),
        ))
    }

    /// The header's logo and name: the organisation's when a preset is in force, else the app's own
    /// (`None` for the logo: the header draws the app icon).
    pub(super) fn brand<M: 'static>(&self) -> (Option<Element<'_, M>>, String) {
        let Some(p) = self.preset() else {
            return (None, t!("app-title"));
        };
        let logo = self.logo.clone().map(|l| match l {
            LogoHandle::Svg(h) => iced::widget::svg(h)
                .width(Length::Shrink)
                .height(style::LOGO)
                .into(),
            LogoHandle::Image(h) => iced::widget::image(h).height(style::LOGO).into(),
        });
        (logo, p.organisation.clone())
    }

    /// The organisation's helpdesk: a heading and its ways to reach it (email, phone, web).
    pub(super) fn support_lines(&self) -> Option<(String, Vec<String>)> {
        let p = self.preset().filter(|p| !p.support.is_empty())?;
        let s = &p.support;
        let heading = t!(
            "preset-support-heading",
            organisation = p.organisation.as_str()
        );
        let mut lines = Vec::new();
        if let Some(e) = &s.email {
            lines.push(t!("preset-support-email", email = e.as_str()));
        }
        if let Some(ph) = &s.phone {
            lines.push(t!("preset-support-phone", phone = ph.as_str()));
        }
        if let Some(u) = &s.url {
            lines.push(t!("preset-support-url", url = u.as_str()));
        }
        Some((heading, lines))
    }

    /// The organisation's helpdesk, on every "needs fixing" page.
    pub(super) fn support<M: 'static>(&self) -> Option<Element<'_, M>> {
        let (heading, lines) = self.support_lines()?;
        let mut col = column![style::body(heading).font(style::STRONG)].spacing(4);
        for line in lines {
            col = col.push(style::small(line));
        }
        Some(style::card(col))
    }
}
