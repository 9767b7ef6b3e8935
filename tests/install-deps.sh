#!/usr/bin/env bash
# Installs the Debian packages the tests and the benchmarks need, when they are missing.
set -euo pipefail
need=()
have() { command -v "$1" >/dev/null 2>&1; }
have dnsmasq || need+=(dnsmasq-base)
have dovecot || need+=(dovecot-core)
[ -e /usr/lib/dovecot/imap ] || need+=(dovecot-imapd)
[ -e /usr/lib/dovecot/pop3 ] || need+=(dovecot-pop3d)
[ -e /usr/lib/dovecot/submission ] || need+=(dovecot-submissiond)
# The OAuth2 tests: node runs the authorization server (tests/oauth2-server), python3 the test browser.
have node || need+=(nodejs)
have npm || need+=(npm)
# The send-and-receive test: real delivery, Postfix relaying to Dovecot's LMTP.
[ -e /usr/lib/dovecot/lmtp ] || need+=(dovecot-lmtpd)
have postfix || need+=(postfix)
# Other server implementations than Dovecot for the live check (tests/servers.rs): GNU Mailutils'
# imap4d and pop3d, and aiosmtpd for submission (in Debian's own python3). Cyrus and Courier conflict
# with Dovecot (imap-server), Exim and OpenSMTPD with Postfix (mail-transport-agent).
[ -e /usr/sbin/imap4d ] || need+=(mailutils-imap4d)
[ -e /usr/sbin/pop3d ] || need+=(mailutils-pop3d)
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || need+=(python3-aiosmtpd)
# The keyring test: a real Secret Service in its own D-Bus session.
have dbus-run-session || need+=(dbus)
have gnome-keyring-daemon || need+=(gnome-keyring)
have secret-tool || need+=(libsecret-tools)
# The window benchmark: a real window under Xvfb, with wgpu on Mesa's software Vulkan.
have Xvfb || need+=(xvfb xauth)
have xdotool || need+=(xdotool)
have bc || need+=(bc)
have strip || need+=(binutils)
[ -e /usr/share/vulkan/icd.d/lvp_icd.x86_64.json ] || need+=(mesa-vulkan-drivers libgl1-mesa-dri libegl1 libxkbcommon-x11-0)
# Exports: a real Thunderbird reads our profiles; zbarimg decodes our QR codes.
have thunderbird || need+=(thunderbird)
have zbarimg || need+=(zbar-tools)
# Packaging: the .deb test (tests/deb.sh) and the installer definitions (packaging/check-definitions.sh).
have dpkg-deb || need+=(dpkg)
have dpkg-shlibdeps || need+=(dpkg-dev)
have unshare || need+=(util-linux)
have desktop-file-validate || need+=(desktop-file-utils)
have appstreamcli || need+=(appstream)
have xmllint || need+=(libxml2-utils)
have wixl || need+=(wixl)
have msiinfo || need+=(msitools)
have plistutil || need+=(libplist-utils)
have python3 || need+=(python3)
# The side-by-side benchmark against Thunderbird (benches/vs-thunderbird): a network namespace and a
# test CA.
have ip || need+=(iproute2)
have openssl || need+=(openssl)
python3 -c 'import yaml' 2>/dev/null || need+=(python3-yaml)
# The terminal wizard (tests/setup.rs) is driven through a pseudo-terminal by pexpect.
python3 -c 'import pexpect' 2>/dev/null || need+=(python3-pexpect)
# The window read by a screen reader (tests/access.rs): the AT-SPI bus and registry, gdbus to mark the
# bus enabled, and pyatspi in Debian's own python3.
[ -e /usr/libexec/at-spi-bus-launcher ] || need+=(at-spi2-core)
have gdbus || need+=(libglib2.0-bin)
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || need+=(python3-pyatspi gir1.2-atspi-2.0)
# The desktop's own mail programs (tests/desktop.rs): goa-daemon and evolution-data-server's source
# registry on a private session bus, read back through their GObject-introspection bindings.
[ -e /usr/libexec/goa-daemon ] || need+=(gnome-online-accounts)
[ -e /usr/libexec/evolution-source-registry ] || need+=(evolution-data-server)
/usr/bin/python3 -c 'import gi; gi.require_version("Goa", "1.0")' 2>/dev/null || need+=(gir1.2-goa-1.0 python3-gi)
/usr/bin/python3 -c 'import gi; gi.require_version("EDataServer", "1.2")' 2>/dev/null || need+=(gir1.2-edataserver-1.2 python3-gi)
if [ ${#need[@]} -gt 0 ]; then
  echo "install-deps: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# Each test runs its own Postfix on its own loopback address; a system one started by the package
# would hold port 25 on every address.
if postfix status >/dev/null 2>&1; then postfix stop >/dev/null 2>&1 || true; fi
# The same for Mailutils: its packages enable imap4d and pop3d as systemd services on every address
# (*:143, *:110), where binding a test's own 127.x.y.z:143 would then fail.
if [ -d /run/systemd/system ]; then
  systemctl disable --now mailutils-imap4d.service mailutils-pop3d.service >/dev/null 2>&1 || true
fi
# Without systemd an init script may have started them; no test runs yet, so any that runs is the
# system's.
pkill -x imap4d >/dev/null 2>&1 || true
pkill -x pop3d >/dev/null 2>&1 || true

# cargo-deb builds the .deb (packaging/build-deb); we pin the 3.8 series (docs/design.md, "Stack").
if ! cargo deb --version 2>/dev/null | grep -q '^cargo-deb 3\.8\.'; then
  echo "install-deps: installing cargo-deb 3.8" >&2
  cargo install cargo-deb --locked --version '~3.8' >/dev/null 2>&1 || cargo install cargo-deb --locked --version '~3.8'
fi

# The OAuth2 authorization server's npm packages, exactly as locked (tests/oauth2-server/package-lock.json).
oauth_dir="$(cd "$(dirname "$0")" && pwd)/oauth2-server"
if [ ! -e "$oauth_dir/node_modules/oauth2-mock-server/package.json" ]; then
  echo "install-deps: installing the OAuth2 test server's npm packages" >&2
  (cd "$oauth_dir" && npm ci --no-audit --no-fund >/dev/null)
fi
