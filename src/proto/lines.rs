//! CRLF line splitting with a hard cap on line length and on buffered bytes, shared by the dialogues.
//! A bare LF also ends a line (real servers send them); the caller always receives the line without
//! its terminator.

/// Longest line accepted (RFC 5321 allows 512 for replies, IMAP lines are often longer: keep room).
pub(super) const MAX_LINE: usize = 16 * 1024;

/// Why the input could not be split into lines.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(super) enum LineError {
    #[error("the server sent a line longer than {MAX_LINE} bytes")]
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

    /// The next complete line, `Ok(None)` when more input is needed.
    pub(super) fn next_line(&mut self) -> Result<Option<String>, LineError> {
        match self.buf.iter().position(|&b| b == b'\n') {
            Some(i) if i > MAX_LINE => Err(LineError::TooLong),
            Some(i) => {
                let mut line: Vec<u8> = self.buf.drain(..=i).collect();
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                Ok(Some(String::from_utf8_lossy(&line).into_owned()))
            }
            None if self.buf.len() > MAX_LINE => Err(LineError::TooLong),
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
}
