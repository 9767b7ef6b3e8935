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
if [ ${#need[@]} -gt 0 ]; then
  echo "install-deps: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
