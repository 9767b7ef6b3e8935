//! The at-login log: `provision --log` prints nothing and appends one line per run to
//! `provision.log` in the user's state folder (`~/.local/state/mailsetup` on Linux), kept under
//! [`MAX_LOG`] by dropping its older half.

use std::io::Write;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

/// Largest log kept; past it, the older half goes.
const MAX_LOG: u64 = 256 * 1024;

/// Where the log is.
pub(super) fn path() -> Option<PathBuf> {
    dirs::state_dir()
        .or_else(dirs::data_local_dir)
        .map(|d| d.join("mailsetup").join("provision.log"))
}

/// `2026-12-07T09:30:00Z` for a time since the epoch (UTC; the civil-from-days rule).
pub(super) fn timestamp(t: SystemTime) -> String {
    let secs = t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let rest = secs % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// Appends `line` (one line; a newline in it becomes a space). A log that cannot be written is
/// not a reason to fail the setup: the error is returned for the caller to ignore or report.
pub(super) fn append(line: &str) -> std::io::Result<()> {
    let Some(path) = path() else {
        return Err(std::io::ErrorKind::NotFound.into());
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    if std::fs::metadata(&path).is_ok_and(|m| m.len() > MAX_LOG) {
        let old = std::fs::read(&path)?;
        let half = old.len() / 2;
        let from = old[half..]
            .iter()
            .position(|b| *b == b'\n')
            .map_or(old.len(), |i| half + i + 1);
        std::fs::write(&path, &old[from..])?;
    }
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)?;
    let one = line.replace(['\n', '\r'], " ");
    writeln!(f, "{} {one}", timestamp(SystemTime::now()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_utc_calendar_dates() {
        assert_eq!(timestamp(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        let t = UNIX_EPOCH + std::time::Duration::from_secs(1_796_637_845);
        assert_eq!(timestamp(t), "2026-12-07T10:04:05Z");
        let leap = UNIX_EPOCH + std::time::Duration::from_secs(951_782_400);
        assert_eq!(timestamp(leap), "2000-02-29T00:00:00Z");
    }
}
