//! A one-page HTML settings sheet: the table a person would type into any mail app, in large type,
//! printable. Never the password.

use super::{Account, xml_escape};
use crate::model::{Security, Server};
use crate::t;

fn security(s: &Server) -> String {
    match s.security {
        Security::Tls => t!("sheet-security-tls"),
        Security::Starttls => t!("sheet-security-starttls"),
        Security::Plain => t!("sheet-security-none"),
    }
}

fn rows(title: String, s: &Server) -> String {
    let row = |k: String, v: String| {
        format!(
            "      <tr><th>{}</th><td>{}</td></tr>\n",
            xml_escape(&k),
            xml_escape(&v)
        )
    };
    let mut out = format!("    <h2>{}</h2>\n    <table>\n", xml_escape(&title));
    out.push_str(&row(t!("sheet-kind"), s.protocol.to_string()));
    out.push_str(&row(t!("sheet-server"), s.host.clone()));
    out.push_str(&row(t!("sheet-port"), s.port.to_string()));
    out.push_str(&row(t!("sheet-security"), security(s)));
    out.push_str(&row(t!("sheet-username"), s.username.clone()));
    out.push_str(&row(t!("sheet-password"), t!("sheet-password-value")));
    out.push_str("    </table>\n");
    out
}

/// The page.
pub fn render(a: &Account) -> String {
    let title = t!("sheet-title", address = a.address.to_string());
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n  <head>\n    <meta charset=\"utf-8\">\n    <title>{}</title>\n    <style>\n      body {{ font-family: sans-serif; font-size: 18pt; margin: 2em; color: #000; background: #fff; }}\n      h1 {{ font-size: 24pt; }} h2 {{ font-size: 20pt; margin-top: 1.2em; }}\n      table {{ border-collapse: collapse; width: 100%; }}\n      th, td {{ text-align: left; padding: 0.35em 0.6em; border: 1px solid #444; }}\n      th {{ width: 35%; font-weight: normal; }} td {{ font-weight: bold; font-family: monospace; }}\n      @media print {{ body {{ margin: 0; }} }}\n    </style>\n  </head>\n  <body>\n    <h1>{}</h1>\n    <p>{}</p>\n",
        xml_escape(crate::i18n::language()),
        xml_escape(&title),
        xml_escape(&title),
        xml_escape(&t!("sheet-intro")),
    );
    out.push_str(&rows(t!("sheet-incoming"), &a.incoming));
    if a.incoming.protocol == crate::model::Protocol::Pop3 {
        let leave = if a.leave_on_server {
            t!("sheet-leave-copy-yes")
        } else {
            t!("sheet-leave-copy-no")
        };
        out.push_str(&format!("    <p>{}</p>\n", xml_escape(&leave)));
    }
    if let Some(o) = &a.outgoing {
        out.push_str(&rows(t!("sheet-outgoing"), o));
    }
    out.push_str("  </body>\n</html>\n");
    out
}
