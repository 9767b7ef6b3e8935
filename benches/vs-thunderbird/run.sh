#!/usr/bin/env bash
# Account discovery, side by side: Thunderbird's own discovery code vs `mailsetup discover`, on the
# same fake internet (dnsmasq, a Python HTTPS server, Dovecot, a hanging host) inside a network
# namespace of its own. See README.md here.
#
#   benches/vs-thunderbird/run.sh [MAILSETUP_BINARY]     (default: target/release/mailsetup)
#   RUNS=N      measured runs per scenario and tool (default 5)
#   KEEP=1      keep the work folder (logs, raw results) instead of removing it
#   VERBOSE=1   dnsmasq logs every query, Thunderbird logs its account-setup steps
#
# Needs root on Debian 12 with tests/install-deps.sh's packages. Leaves nothing behind: the
# namespace, its /etc/netns folder, the Thunderbird hook files and every process it started are
# removed on exit, also when interrupted.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/target/release/mailsetup}
[[ $bin == /* ]] || bin=$PWD/$bin
runs=${RUNS:-5}
py=/usr/bin/python3 # Debian's, whatever else is on PATH
tb_dir=/usr/lib/thunderbird
hook_cfg=$tb_dir/mailsetup-bench-vs-thunderbird.cfg
hook_pref=$tb_dir/defaults/pref/mailsetup-bench-vs-thunderbird.js
began=$(date +%s.%N)

say() { printf 'vs-thunderbird: %s\n' "$*" >&2; }
die() {
  say "FAILED: $*"
  exit 1
}
seconds() { $py -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$began" "$(date +%s.%N)"; }

# --- what we need ----------------------------------------------------------------------------------
[[ $(id -u) == 0 ]] || die "run as root (network namespace, ports 53/443/993, Thunderbird's folder)"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a whole number above 0, not '$runs'"
# Two tools tests/install-deps.sh does not install itself: fetch them when missing.
missing=()
command -v ip >/dev/null || missing+=(iproute2)
command -v openssl >/dev/null || missing+=(openssl)
if [[ ${#missing[@]} -gt 0 ]]; then
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } ||
    die "could not install ${missing[*]}"
fi
for tool in ip dnsmasq dovecot openssl thunderbird timeout; do
  command -v "$tool" >/dev/null || die "$tool is missing (tests/install-deps.sh installs it)"
done
[[ -x $py ]] || die "$py is missing (apt-get install python3)"
[[ -e /usr/lib/dovecot/imap && -e /usr/lib/dovecot/pop3 && -e /usr/lib/dovecot/submission ]] ||
  die "Dovecot's imapd, pop3d and submissiond are needed (tests/install-deps.sh installs them)"
[[ -d $tb_dir/defaults/pref ]] || die "no Thunderbird in $tb_dir"
[[ -x $bin ]] || die "no mailsetup binary at $bin (cargo build --release builds it)"

# --- clean-up, whatever happens ------------------------------------------------------------------
work=$(mktemp -d /tmp/mailsetup-vs-tb.XXXXXX)
chmod 755 "$work" # Dovecot's unprivileged login processes read their config from here
ns=mailsetup-vs-tb-$$
netns_etc_made=0
[[ -d /etc/netns ]] || netns_etc_made=1
pids=()
hooked=0

remove_hook() {
  if [[ $hooked == 1 ]]; then
    rm -f "$hook_cfg" "$hook_pref"
    hooked=0
  fi
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  remove_hook
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  if [[ -e /run/netns/$ns ]]; then
    # Anything still inside the namespace was started by us (Thunderbird's helpers, Dovecot's children).
    for p in $(ip netns pids "$ns" 2>/dev/null); do kill "$p" 2>/dev/null || true; done
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      [[ -z $(ip netns pids "$ns" 2>/dev/null) ]] && break
      sleep 0.2
    done
    for p in $(ip netns pids "$ns" 2>/dev/null); do kill -9 "$p" 2>/dev/null || true; done
    ip netns del "$ns" 2>/dev/null || true
  fi
  rm -rf "/etc/netns/$ns"
  if [[ $netns_etc_made == 1 ]]; then rmdir /etc/netns 2>/dev/null || true; fi
  if [[ -n ${KEEP:-} ]]; then
    say "work folder kept: $work"
  else
    rm -rf "$work"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a command as a child and waits for it, so that INT or TERM stop the run at once (bash
# would otherwise act on a signal only after a foreground command ends).
waitfor() {
  "$@" &
  local p=$! rc=0
  pids+=("$p")
  wait "$p" || rc=$?
  return "$rc"
}

# Shows the end of a log when something failed.
show() {
  if [[ -s $1 ]]; then
    say "--- ${1##*/}:"
    tail -n "${2:-20}" "$1" >&2
  fi
}

# --- the fake internet -----------------------------------------------------------------------------
$py "$here/fixture.py" prepare "$work" "$runs" || die "could not write the fixture files"

# A network namespace with only loopback, its own resolver (our dnsmasq) and its own trust store
# (the system's plus our test CA): `ip netns exec` mounts /etc/netns/NAME/* over /etc/*.
ip netns add "$ns" || die "could not create network namespace $ns"
ip netns exec "$ns" ip link set lo up
mkdir -p "/etc/netns/$ns"
echo "nameserver 127.0.0.53" >"/etc/netns/$ns/resolv.conf"
if [[ -d /etc/ssl ]]; then cp -a /etc/ssl "/etc/netns/$ns/ssl"; else mkdir -p "/etc/netns/$ns/ssl"; fi
certs=/etc/netns/$ns/ssl/certs
mkdir -p "$certs"
bundle=$certs/ca-certificates.crt
if [[ -L $bundle ]]; then cp --remove-destination "$(readlink -f "$bundle")" "$bundle"; fi
cat "$work/ca.pem" >>"$bundle"
cp "$work/ca.pem" "$certs/mailsetup-vs-thunderbird-ca.pem"
ln -sf mailsetup-vs-thunderbird-ca.pem "$certs/$(openssl x509 -hash -noout -in "$work/ca.pem").0"

ip netns exec "$ns" dnsmasq --conf-file="$work/dnsmasq.conf" --keep-in-foreground --pid-file= \
  >"$work/dnsmasq.out" 2>&1 &
pids+=($!)
ip netns exec "$ns" dovecot -F -c "$work/dovecot.conf" >"$work/dovecot.out" 2>&1 &
pids+=($!)
ip netns exec "$ns" $py "$here/fixture.py" serve "$work" >"$work/serve.out" 2>&1 &
pids+=($!)
if ! waitfor ip netns exec "$ns" $py "$here/fixture.py" wait "$work"; then
  show "$work/dnsmasq.out"
  show "$work/dovecot.out"
  show "$work/dovecot/dovecot.log"
  show "$work/serve.out"
  die "the servers did not start"
fi
waitfor ip netns exec "$ns" $py "$here/fixture.py" check "$work" || die "the fake internet is not as designed"
say "fixture ready after $(seconds) s ($runs runs per scenario; run 0 of autoconfig and nothing warms up)"

# --- Thunderbird -----------------------------------------------------------------------------------
# A fresh profile; the hook (an AutoConfig script) is installed only until Thunderbird has read it.
mkdir -p "$work/home" "$work/profile"
cp "$here/thunderbird/user.js" "$work/profile/user.js"
if [[ -n ${VERBOSE:-} ]]; then
  echo 'user_pref("mail.setup.loglevel", "All");' >>"$work/profile/user.js"
fi
hooked=1
cp "$here/thunderbird/mailsetup-bench-vs-thunderbird.cfg" "$hook_cfg"
cp "$here/thunderbird/mailsetup-bench-vs-thunderbird.js" "$hook_pref"
tb_limit=$((120 + runs * 60))
ip netns exec "$ns" env -u SSL_CERT_FILE -u SSL_CERT_DIR -u DISPLAY -u WAYLAND_DISPLAY \
  HOME="$work/home" MAILSETUP_VS_TB="$work/tb-plan.json" \
  timeout "$tb_limit" thunderbird --headless --no-remote --profile "$work/profile" \
  >"$work/thunderbird.out" 2>&1 &
tb_pid=$!
pids+=("$tb_pid")
for _ in $(seq 1 600); do
  [[ -e $work/tb-plan.json.started ]] && break
  kill -0 "$tb_pid" 2>/dev/null || break
  sleep 0.1
done
remove_hook
if [[ ! -e $work/tb-plan.json.started ]]; then
  show "$work/thunderbird.out"
  die "Thunderbird did not run the hook (a pref file in $tb_dir/defaults/pref sorting before ${hook_pref##*/} may name another AutoConfig script)"
fi
say "Thunderbird started after $(seconds) s; discovering"
tb_rc=0
wait "$tb_pid" || tb_rc=$?
want=$($py -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["runs"]))' "$work/tb-plan.json")
got=$(grep -c '"kind": *"run"' "$work/tb.jsonl" 2>/dev/null || true)
if [[ ${got:-0} != "$want" ]]; then
  show "$work/tb.jsonl" 5
  show "$work/thunderbird.out"
  die "Thunderbird finished ${got:-0} of $want discoveries (exit $tb_rc)"
fi
say "Thunderbird done after $(seconds) s"

# --- ours ----------------------------------------------------------------------------------------
waitfor ip netns exec "$ns" env -u SSL_CERT_FILE -u SSL_CERT_DIR HOME="$work/home" \
  $py "$here/ours.py" "$bin" "$work/ours-plan.json" "$work/ours.jsonl" || die "could not run $bin"
say "mailsetup done after $(seconds) s"

# --- the table -------------------------------------------------------------------------------------
tb_version=$(sed -n 's/^Version=//p' "$tb_dir/application.ini" | head -n 1)
ours_version=$("$bin" --version | awk '{print $NF}')
$py "$here/report.py" "$work" "$here/last-run.md" "$tb_version" "$ours_version" "$(seconds)" ||
  die "could not make the table"
say "whole run: $(seconds) s; table also in benches/vs-thunderbird/last-run.md"
