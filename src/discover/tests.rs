//! Unit tests of the engine: ranking, finality and the pool, without a network.

use super::*;
use std::collections::HashMap;

use super::rank::{Finality, Pool, Probed, finality};
use crate::model::{Auth, Protocol, Security};

fn server(source: SourceId, trusted: bool, protocol: Protocol, security: Security) -> Server {
    Server {
        protocol,
        host: format!("{}.{}.example", protocol.as_str(), source.as_str()),
        port: 993,
        security,
        username: "a@example".into(),
        auth: Auth::PasswordCleartext,
        source,
        url: String::new(),
        trusted,
        oauth: None,
    }
}

fn key(source: SourceId, trusted: bool, protocol: Protocol, security: Security) -> Key {
    Key::of(&server(source, trusted, protocol, security), 0)
}

#[test]
fn a_vouched_starttls_answer_beats_every_unvouched_tls_one() {
    let vouched = [
        (SourceId::Autoconfig, true),
        (SourceId::Bundled, true),
        (SourceId::Ispdb, true),
        (SourceId::Srv, true),
    ];
    let unvouched = [
        (SourceId::Srv, false),
        (SourceId::Guess, false),
        (SourceId::AutoconfigHttp, false),
        (SourceId::Autoconfig, false),
        (SourceId::Mx, false),
    ];
    for (vs, vt) in vouched {
        for (us, ut) in unvouched {
            assert!(
                key(vs, vt, Protocol::Imap, Security::Starttls)
                    < key(us, ut, Protocol::Imap, Security::Tls),
                "{vs} (vouched, STARTTLS) should beat {us} (TLS)"
            );
        }
    }
}

#[test]
fn security_orders_candidates_of_one_source_rank_and_imap_comes_first() {
    let s = SourceId::Autoconfig;
    assert!(
        key(s, true, Protocol::Imap, Security::Tls)
            < key(s, true, Protocol::Imap, Security::Starttls)
    );
    assert!(
        key(s, true, Protocol::Pop3, Security::Tls)
            < key(s, true, Protocol::Pop3, Security::Starttls)
    );
    assert!(
        key(s, true, Protocol::Imap, Security::Starttls)
            < key(s, true, Protocol::Pop3, Security::Tls)
    );
    // Between ranks the source decides, before security.
    assert!(
        key(
            SourceId::Autoconfig,
            true,
            Protocol::Imap,
            Security::Starttls
        ) < key(SourceId::Ispdb, true, Protocol::Imap, Security::Tls)
    );
    assert!(
        key(SourceId::Srv, false, Protocol::Imap, Security::Starttls)
            < key(SourceId::Guess, false, Protocol::Imap, Security::Tls)
    );
    // Every source rank agrees with the source's own trust.
    for source in SourceId::ALL {
        assert!(source_rank(source, false) > LAST_VOUCHED_RANK, "{source}");
        if source != SourceId::Guess && source != SourceId::AutoconfigHttp {
            assert!(source_rank(source, true) <= LAST_VOUCHED_RANK, "{source}");
        }
    }
}

fn pending(source: SourceId) -> HashMap<SourceId, Running> {
    HashMap::from([(source, Running::new(source))])
}

#[test]
fn a_confirmed_answer_waits_only_the_grace_for_a_better_source() {
    let guessed = server(SourceId::Guess, false, Protocol::Imap, Security::Tls);
    let mut pool = Pool::default();
    pool.add(Key::of(&guessed, 0), guessed.clone());
    let running = pending(SourceId::Autoconfig);
    let now = tokio::time::Instant::from_std(std::time::Instant::now());
    let pick: fn(&Bounds) -> Option<Key> = |b| b.incoming;
    let mut probes = HashMap::new();
    // Not yet probed: ask for a probe.
    assert_eq!(
        finality(&pool, &running, pick, &probes, now),
        Finality::Wait {
            until: None,
            probe: Some(guessed.clone())
        }
    );
    // Probing, or the probe failed: wait for the better source's own limit.
    for state in [Probed::Pending, Probed::Failed] {
        probes.insert(endpoint(&guessed), state);
        assert_eq!(
            finality(&pool, &running, pick, &probes, now),
            Finality::Wait {
                until: None,
                probe: None
            }
        );
    }
    // Confirmed: the better source has the grace, and not a moment more.
    probes.insert(endpoint(&guessed), Probed::Confirmed(now));
    assert_eq!(
        finality(&pool, &running, pick, &probes, now),
        Finality::Wait {
            until: Some(now + GRACE),
            probe: None
        }
    );
    assert_eq!(
        finality(&pool, &running, pick, &probes, now + GRACE),
        Finality::Graced
    );
    // Nothing pending could beat it: final at once, whatever the probes say.
    let worse = pending(SourceId::Guess);
    assert_eq!(
        finality(&pool, &worse, pick, &HashMap::new(), now),
        Finality::Settled
    );
    // Nothing in hand: wait, nothing to probe.
    assert_eq!(
        finality(&Pool::default(), &running, pick, &probes, now),
        Finality::Wait {
            until: None,
            probe: None
        }
    );
}
