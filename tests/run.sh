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

tests/install-deps.sh

# The wizard's simulator tests and screenshots render with tiny-skia: no GPU or display needed, and
# the same pixels on every machine.
export ICED_TEST_BACKEND=tiny-skia

# The tests read the British English messages, whatever language this machine is set to (the tests
# of the other languages choose theirs themselves).
export MAILSETUP_LOCALE=en-GB

# Lints first: they are quick and fail fast.
cargo fmt --all -- --check
cargo clippy --all-targets --locked -- -D warnings

# The fuzz targets must keep building (running them is manual: see fuzz/README.md).
cargo build --locked --manifest-path fuzz/Cargo.toml --bins

# Unit, fixture and integration tests (lib, tests/, examples), then one summary line.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
cargo test --locked 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Packaging: the installer definitions (Windows, macOS, desktop entry, metainfo) and the branded
# .deb installed, run and removed. Each prints "N passed, M failed" last.
packaging/check-definitions.sh 2>&1 | tee -a "$log"
defs=${PIPESTATUS[0]}
tests/deb.sh 2>&1 | tee -a "$log"
deb=${PIPESTATUS[0]}
set -e
[ "$status" = 0 ] && [ "$defs" != 0 ] && status=$defs
[ "$status" = 0 ] && [ "$deb" != 0 ] && status=$deb
passed=$(grep -Eo '^test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
failed=$(grep -Eo '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}')
passed=$((passed + $(grep -Eo '^(deb: )?[0-9]+ passed, [0-9]+ failed$' "$log" | grep -Eo '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')))
failed=$((failed + $(grep -Eo '^(deb: )?[0-9]+ passed, [0-9]+ failed$' "$log" | grep -Eo '[0-9]+ failed' | awk '{s+=$1} END {print s+0}')))
echo
echo "tests: ${passed} passed, ${failed} failed"
exit "$status"
