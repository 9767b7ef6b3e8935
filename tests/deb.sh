#!/usr/bin/env bash
# The branded Debian package from start to finish, on this machine (root): build it from
# packaging/preset.example.toml with packaging/build-deb, install it with dpkg -i, run the installed
# program (--version; discover for the preset's domain inside a network namespace with no network at
# all; the wizard window under Xvfb, found by the organisation's name in its title). Then a second
# branded package from the same preset with [provision] at_login = true (repacked from the first with
# --base), installed with dpkg -i over the first: it adds the at-login autostart entry, which the first
# does not, and not as a configuration file. Last, remove it with dpkg -r and check that none of
# either package's files is left behind.
# Prints one line per check and "deb: N passed, M failed" last; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0 failed=0
ok() { echo "ok    $1"; passed=$((passed + 1)); }
bad() { echo "FAIL  $1"; failed=$((failed + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
finish() { echo "deb: ${passed} passed, ${failed} failed"; [ "$failed" = 0 ]; exit $?; }

pkg=mailsetup-example-ltd
autostart=/etc/xdg/autostart/org.mailsetup.MailSetup.provision.desktop
work=$(mktemp -d)
xvfb=""
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
  # Purge, not remove: whichever of the two packages is installed goes, configuration files too.
  dpkg -s "$pkg" >/dev/null 2>&1 && dpkg -P "$pkg" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
# A clean start: neither the plain nor a branded package installed (nor left as configuration files).
for p in mailsetup "$pkg"; do dpkg -s "$p" >/dev/null 2>&1 && dpkg -P "$p" >/dev/null; done

if ! deb=$(packaging/build-deb --preset packaging/preset.example.toml --out "$work/out" | tail -1); then
  bad "build-deb --preset packaging/preset.example.toml"
  finish
fi
ok "build-deb --preset packaging/preset.example.toml"
check "the package is named mailsetup-<org>_<version>_amd64.deb" \
  bash -c '[[ "$(basename "$1")" =~ ^mailsetup-example-ltd_[0-9][^_]*_amd64\.deb$ ]]' _ "$deb"

# A broken preset builds nothing and says which line is wrong.
sed 's/^port = 993$/port = "993"/' packaging/preset.example.toml >"$work/bad.toml"
cp packaging/example-logo.svg "$work/"
if packaging/build-deb --preset "$work/bad.toml" --base "$deb" --out "$work/bad" >"$work/bad.log" 2>&1; then
  bad "a broken preset is refused"
else
  check "a broken preset is refused, naming the file and line" grep -q "bad.toml, line [0-9]" "$work/bad.log"
fi

# The same preset with [provision] at_login = true: a second package, repacked from the first.
mkdir "$work/provision"
cp packaging/preset.example.toml "$work/provision/preset.toml"
printf '\n[provision]\naddress = "{user}@example.co.uk"\nat_login = true\n' >>"$work/provision/preset.toml"
cp packaging/example-logo.svg "$work/provision/"
if deb_login=$(packaging/build-deb --preset "$work/provision/preset.toml" --base "$deb" \
    --out "$work/provision/out" 2>"$work/provision.log" | tail -1) && [ -f "$deb_login" ]; then
  ok "build-deb with [provision] at_login = true"
else
  cat "$work/provision.log"
  bad "build-deb with [provision] at_login = true"
  deb_login=""
fi

if ! dpkg -i "$deb" >"$work/dpkg-i.log" 2>&1; then
  cat "$work/dpkg-i.log"
  bad "dpkg -i"
  finish
fi
ok "dpkg -i"
dpkg -L "$pkg" >"$work/files"
check "the example package (no [provision]) installs no at-login autostart entry" \
  bash -c '[ ! -e "$1" ] && ! grep -qxF "$1" "$2"' _ "$autostart" "$work/files"

check "mailsetup --version" bash -c '/usr/bin/mailsetup --version | grep -qx "mailsetup [0-9][0-9.]*"'
check "the window program is installed beside mailsetup" test -x /usr/bin/mailsetup-window
check "the preset is installed in /usr/share/mailsetup" test -f /usr/share/mailsetup/preset.toml -a -f /usr/share/mailsetup/example-logo.svg
check "man page" bash -c 'zcat /usr/share/man/man1/mailsetup.1.gz | grep -q "^.TH mailsetup 1"'
check "desktop entry validates" desktop-file-validate /usr/share/applications/org.mailsetup.MailSetup.desktop
check "AppStream metainfo validates" appstreamcli validate --no-net /usr/share/metainfo/org.mailsetup.MailSetup.metainfo.xml
check "icons in the hicolor sizes and scalable" bash -c '
  for s in 16 32 48 64 128 256; do test -f /usr/share/icons/hicolor/${s}x${s}/apps/org.mailsetup.MailSetup.png || exit 1; done
  test -f /usr/share/icons/hicolor/scalable/apps/org.mailsetup.MailSetup.svg'

# Discovery for the preset's domain with no network at all: a fresh network namespace has only a
# loopback interface that is down, so any DNS or HTTP lookup would fail.
if unshare --net /usr/bin/mailsetup discover someone@example.co.uk --json >"$work/discover.json" 2>"$work/discover.err"; then
  ok "discover with no network exits 0"
else
  cat "$work/discover.err"
  bad "discover with no network exits 0"
fi
check "discover: the preset answered, and nothing else was asked" python3 - "$work/discover.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
inc, out = d["incoming"], d["outgoing"]
assert inc and out, d
assert all(s["source"] == "preset" and s["trusted"] for s in inc + out), d
assert inc[0]["host"] == "mail.example.co.uk" and inc[0]["port"] == 993, inc[0]
assert all(s["protocol"] == "imap" for s in inc), "rules allow IMAP only"
assert [s["name"] for s in d["sources"]] == ["preset"], d["sources"]
PY

# The installed wizard under Xvfb: its window is titled with the organisation's name.
display=":$((60 + RANDOM % 20))"
# -noreset: without it Xvfb resets whenever its last client leaves (each xdotool probe, each
# killed window), and a window opening during a reset fails with XOpenDisplayFailed.
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
runtime="$work/runtime"; mkdir -m 700 "$runtime"
DISPLAY=$display XDG_RUNTIME_DIR=$runtime ICED_BACKEND=tiny-skia /usr/bin/mailsetup >"$work/wizard.log" 2>&1 &
wizard=$!
found=""
for _ in $(seq 200); do
  found=$(DISPLAY=$display xdotool search --onlyvisible --name 'Example Ltd' 2>/dev/null | head -1)
  [ -n "$found" ] && break
  sleep 0.1
done
if [ -n "$found" ]; then ok "the installed wizard's window is titled with the organisation's name"; else cat "$work/wizard.log"; bad "the installed wizard's window is titled with the organisation's name"; fi
check "the window's class matches the desktop entry (StartupWMClass)" \
  bash -c 'DISPLAY=$1 xdotool search --class "^org\.mailsetup\.MailSetup$" | grep -q .' _ "$display"
kill "$wizard" 2>/dev/null; wait "$wizard" 2>/dev/null

# The at_login package, installed over the first (same name): it adds the autostart entry that runs
# `mailsetup provision --log` at each login, and not as a configuration file, which dpkg -r would keep.
if [ -n "$deb_login" ]; then
  if dpkg -i "$deb_login" >"$work/dpkg-i-login.log" 2>&1; then
    ok "dpkg -i of the at_login package over the first"
    dpkg -L "$pkg" >>"$work/files"
    check "at_login: the autostart entry is installed, mode 644" \
      bash -c '[ -f "$1" ] && [ "$(stat -c %a "$1")" = 644 ]' _ "$autostart"
    check "at_login: the autostart entry validates" desktop-file-validate "$autostart"
    check "at_login: the autostart entry runs mailsetup provision --log" \
      grep -Eqx 'Exec=(/usr/bin/)?mailsetup provision --log' "$autostart"
    check "at_login: the autostart entry is not a configuration file" \
      bash -c '! grep -qF "$1" "/var/lib/dpkg/info/$2.conffiles" 2>/dev/null' _ "$autostart" "$pkg"
  else
    cat "$work/dpkg-i-login.log"
    bad "dpkg -i of the at_login package over the first"
  fi
fi

# Removal leaves none of either package's files behind (directories shared with other packages stay).
if dpkg -r "$pkg" >"$work/dpkg-r.log" 2>&1; then ok "dpkg -r"; else cat "$work/dpkg-r.log"; bad "dpkg -r"; fi
left=$(sort -u "$work/files" | while IFS= read -r f; do [ -e "$f" ] && [ ! -d "$f" ] && echo "$f"; done)
check "no file of the package is left behind${left:+: $left}" test -z "$left"
check "the at-login autostart entry is gone" test ! -e "$autostart"
check "/usr/share/mailsetup is gone" test ! -e /usr/share/mailsetup
check "dpkg no longer knows the package" bash -c '! dpkg -s "$1" >/dev/null 2>&1' _ "$pkg"
finish
