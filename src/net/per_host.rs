//! Politeness at scale: at most N connections open to one server host at once, for a helpdesk's
//! batch of hundreds of accounts (`mailsetup check --batch --per-server N`), so a run never looks
//! like an attack to the server.
//!
//! Two counters per host name (compared case-insensitively), each allowing N at once:
//! - *turns*: one whole server check holds one from before its time limits start, so the time
//!   spent waiting for the host is never counted as the server being slow;
//! - *connections*: every session ([`super::Session`]) holds one while its connection is open, so
//!   the limit holds for the check's second connection (the other port opened alongside a slow
//!   one) and for discovery's probes too.
//!
//! A check holds one connection at a time except while it tries another port alongside: that
//! second connection waits for a free one, which the first check to finish gives back.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The per-host counters of one run.
#[derive(Debug)]
pub(crate) struct PerHost {
    limit: usize,
    turns: Mutex<HashMap<String, Arc<Semaphore>>>,
    connections: Mutex<HashMap<String, Arc<Semaphore>>>,
}

/// One place held (a turn or a connection), given back when dropped.
pub(crate) type Held = OwnedSemaphorePermit;

impl PerHost {
    /// `limit` at once per host (at least 1).
    pub(crate) fn new(limit: usize) -> PerHost {
        PerHost {
            limit: limit.max(1),
            turns: Mutex::new(HashMap::new()),
            connections: Mutex::new(HashMap::new()),
        }
    }

    fn counter(&self, map: &Mutex<HashMap<String, Arc<Semaphore>>>, host: &str) -> Arc<Semaphore> {
        // A poisoned map only means another task panicked while inserting: the map is still whole.
        let mut m = map.lock().unwrap_or_else(|e| e.into_inner());
        m.entry(host.trim_end_matches('.').to_ascii_lowercase())
            .or_insert_with(|| Arc::new(Semaphore::new(self.limit)))
            .clone()
    }

    /// Waits for one of the host's turns.
    pub(crate) async fn turn(&self, host: &str) -> Option<Held> {
        self.counter(&self.turns, host).acquire_owned().await.ok()
    }

    /// Waits for one of the host's connections.
    pub(crate) async fn connection(&self, host: &str) -> Option<Held> {
        self.counter(&self.connections, host)
            .acquire_owned()
            .await
            .ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_host_gives_out_no_more_than_its_limit_whatever_the_case_of_its_name() {
        let p = PerHost::new(2);
        let a = p.connection("Mail.Example.Test").await;
        let b = p.connection("mail.example.test.").await;
        assert!(a.is_some() && b.is_some());
        let third = tokio::time::timeout(
            std::time::Duration::from_millis(50),
            p.connection("mail.example.test"),
        )
        .await;
        assert!(third.is_err(), "a third connection waits");
        // Another host, and the turns, are counted apart.
        assert!(p.connection("other.test").await.is_some());
        assert!(p.turn("mail.example.test").await.is_some());
        drop(a);
        let third = tokio::time::timeout(
            std::time::Duration::from_millis(50),
            p.connection("mail.example.test"),
        )
        .await;
        assert!(third.is_ok(), "one given back is taken again");
    }
}
