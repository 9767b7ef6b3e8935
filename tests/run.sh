#!/usr/bin/env bash
# Runs every test of Mail Setup on a Debian machine, installing the Debian packages the tests need
# when they are missing. The integration tests start real servers (dnsmasq, Dovecot, an HTTPS server)
# on loopback addresses and standard ports, so this runs as root.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" != 0 ]; then
  echo "tests/run.sh: the tests bind ports such as 53, 443 and 993 on 127.x.y.z and must run as root" >&2
  exit 1
fi

need=()
command -v dnsmasq >/dev/null 2>&1 || need+=(dnsmasq-base)
command -v dovecot >/dev/null 2>&1 || need+=(dovecot-core)
[ -e /usr/lib/dovecot/imap ] || need+=(dovecot-imapd)
[ -e /usr/lib/dovecot/pop3 ] || need+=(dovecot-pop3d)
[ -e /usr/lib/dovecot/submission ] || need+=(dovecot-submissiond)
if [ ${#need[@]} -gt 0 ]; then
  echo "tests/run.sh: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Lints first: they are quick and fail fast.
cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings

# Unit, fixture and integration tests (lib, binary, tests/, examples).
cargo test --locked

# The fuzz targets must keep building (running them is manual: see fuzz/README.md).
cargo build --locked --manifest-path fuzz/Cargo.toml --bins
