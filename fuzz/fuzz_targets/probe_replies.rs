//! The probe dialogues never panic and never buffer without bound, whatever a server sends, however
//! the bytes are split.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::model::Protocol;
use mailsetup::proto::probe::{Action, Probe};

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let protocol = match data[0] % 3 {
        0 => Protocol::Imap,
        1 => Protocol::Pop3,
        _ => Protocol::Smtp,
    };
    let starttls = data[1] & 1 == 1;
    let split = usize::from(data[1] >> 1).max(1);
    let mut probe = Probe::new(protocol, starttls);
    for chunk in data[2..].chunks(split) {
        match probe.receive(chunk) {
            Action::Read | Action::Send(_) => {}
            Action::StartTls | Action::Done(_) | Action::Fail(_) => return,
        }
    }
});
