//! The probe dialogues never panic and never buffer without bound, whatever a server sends, however
//! the bytes are split.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::model::Protocol;
use mailsetup::proto::dialogue::Dialogue;
use mailsetup::proto::probe::{Probe, Step};

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let protocol = match data[0] % 3 {
        0 => Protocol::Imap,
        1 => Protocol::Pop3,
        _ => Protocol::Smtp,
    };
    let tls = data[1] & 1 == 1;
    let split = usize::from(data[1] >> 1).max(1);
    let mut probe = Probe::new(protocol, tls);
    for chunk in data[2..].chunks(split) {
        match probe.receive(chunk) {
            Step::Read | Step::Wait(_) | Step::Send(_) => {}
            Step::StartTls | Step::Finished(_) => return,
        }
    }
});
