//! CRLF line splitting with a hard cap on line length and on buffered bytes, shared by the dialogues.
//! A bare LF also ends a line (real servers send them); the caller always receives the line without
//! its terminator.

/// Longest line accepted (RFC 5321 allows 512 for replies, IMAP lines are often longer: keep room).
pub(super) const MAX_LINE: usize = 16 * 1024;

/// Why the input could not be split into lines.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(super) enum LineError {
    #[error("{}", crate::t!("error-lines-too-long", kib = MAX_LINE / 1024))]
    TooLong,
}

/// Accumulates bytes and hands out complete lines.
#[derive(Debug, Default)]
pub(super) struct LineBuffer {
    buf: Vec<u8>,
}

impl LineBuffer {
    /// Adds received bytes.
    pub(super) fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// The next complete line, `Ok(None)` when more input is needed; a line of more than
    /// [`MAX_LINE`] bytes (its terminator not counted) is an error, never cut.
    pub(super) fn next_line(&mut self) -> Result<Option<String>, LineError> {
        match self.buf.iter().position(|&b| b == b'\n') {
            Some(i) => {
                let end = if i > 0 && self.buf[i - 1] == b'\r' {
                    i - 1
                } else {
                    i
                };
                if end > MAX_LINE {
                    return Err(LineError::TooLong);
                }
                let line = String::from_utf8_lossy(&self.buf[..end]).into_owned();
                self.buf.drain(..=i);
                Ok(Some(line))
            }
            // Not ended yet; a last CR may be the start of the CRLF.
            None if self.buf.strip_suffix(b"\r").unwrap_or(&self.buf).len() > MAX_LINE => {
                Err(LineError::TooLong)
            }
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_crlf_and_lf() {
        let mut b = LineBuffer::default();
        b.push(b"one\r\ntwo\nthr");
        assert_eq!(b.next_line().unwrap().as_deref(), Some("one"));
        assert_eq!(b.next_line().unwrap().as_deref(), Some("two"));
        assert_eq!(b.next_line().unwrap(), None);
        b.push(b"ee\r\n");
        assert_eq!(b.next_line().unwrap().as_deref(), Some("three"));
    }

    #[test]
    fn endless_line_is_refused() {
        let mut b = LineBuffer::default();
        b.push(&vec![b'x'; MAX_LINE + 1]);
        assert_eq!(b.next_line(), Err(LineError::TooLong));
    }

    #[test]
    fn a_line_of_exactly_the_limit_is_read_and_one_byte_more_is_refused() {
        for end in [&b"\r\n"[..], b"\n"] {
            let mut b = LineBuffer::default();
            b.push(&vec![b'x'; MAX_LINE]);
            assert_eq!(b.next_line(), Ok(None), "waiting for the end");
            b.push(b"\r");
            assert_eq!(b.next_line(), Ok(None), "a CR may start the CRLF");
            let mut b = LineBuffer::default();
            b.push(&vec![b'x'; MAX_LINE]);
            b.push(end);
            assert_eq!(b.next_line().unwrap().map(|l| l.len()), Some(MAX_LINE));

            let mut b = LineBuffer::default();
            b.push(&vec![b'x'; MAX_LINE + 1]);
            b.push(end);
            assert_eq!(b.next_line(), Err(LineError::TooLong));
        }
        assert_eq!(
            LineError::TooLong.to_string(),
            "the server sent a line longer than 16 KiB"
        );
    }
}
