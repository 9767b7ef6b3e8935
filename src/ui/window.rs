//! Opening the real window: its size, icon, application id, font and theme.

use iced::Task;

use super::App;
use crate::discover::Options;
use crate::net::NetConfig;

/// The application id used by the desktop file, AppStream metainfo and installers.
pub const APP_ID: &str = "org.mailsetup.MailSetup";

/// The window icon, decoded from the bundled PNG.
fn icon() -> Option<iced::window::Icon> {
    let bytes: &[u8] = include_bytes!("../../assets/icons/mailsetup-64.png");
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().ok()?;
    let mut buf = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buf).ok()?;
    if info.color_type != png::ColorType::Rgba || info.bit_depth != png::BitDepth::Eight {
        return None;
    }
    buf.truncate(info.buffer_size());
    iced::window::icon::from_rgba(buf, info.width, info.height).ok()
}

/// Opens the wizard window with the command line's settings (what `mailsetup` with no subcommand
/// does); `broken` says why a preset that was found is not used.
pub fn open(
    run: crate::front::Run,
    broken: Option<crate::preset::PresetError>,
) -> Result<(), String> {
    // The windowing library would stop the program with a panic: say it plainly instead.
    #[cfg(all(unix, not(target_vendor = "apple")))]
    if ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
        .iter()
        .all(|v| std::env::var_os(v).is_none_or(|s| s.is_empty()))
    {
        return Err(crate::t!("cli-no-display"));
    }
    self::run(run.net, run.preset, broken, run.oauth).map_err(|e| e.to_string())
}

/// Opens the wizard window, branded by the preset if there is one; `broken` says why a preset that
/// was found is not used.
pub fn run(
    net: NetConfig,
    preset: Option<std::sync::Arc<crate::preset::Preset>>,
    broken: Option<crate::preset::PresetError>,
    oauth: crate::oauth::Registrations,
) -> iced::Result {
    let options = Options {
        oauth,
        ..Options::default()
    };
    let broken = broken.map(|e| e.to_string());
    let window = iced::window::Settings {
        size: iced::Size::new(720.0, 680.0),
        min_size: Some(iced::Size::new(520.0, 560.0)),
        icon: icon(),
        // The X11 WM_CLASS / Wayland app id, matching the .desktop file's StartupWMClass.
        #[cfg(target_os = "linux")]
        platform_specific: iced::window::settings::PlatformSpecific {
            application_id: APP_ID.into(),
            ..Default::default()
        },
        ..iced::window::Settings::default()
    };
    iced::application(
        move || {
            let (mut app, task) = App::boot(net.clone(), options.clone());
            app.set_preset(preset.clone());
            app.preset_error = broken.clone();
            // The real window listens for assistive technology (tests in-process do not).
            app.access.enabled = true;
            // Light or dark as the system is set; `theme_changes` follows later changes.
            let mode = iced::system::theme().map(super::Message::Theme);
            (app, Task::batch([task, mode]))
        },
        App::update,
        App::view,
    )
    .settings(super::style::settings())
    .theme(App::theme)
    .title(App::title)
    .subscription(App::subscription)
    .window(window)
    .run()
}
