#!/usr/bin/env bash
# Starts the real wizard window under Xvfb and prints: time from launch to window mapped, resident
# memory after the first frames, and the stripped release binary size — with wgpu (Mesa lavapipe)
# and with tiny-skia, in a D-Bus session of its own as on a desktop (assistive technology off), and
# once more with a screen reader listening (the accessibility bus enabled: the window builds and
# publishes its tree). Needs xvfb, xdotool, mesa-vulkan-drivers, dbus and at-spi2-core
# (tests/install-deps.sh). WINDOW_BENCH_BIN=path/to/mailsetup measures another build (say, the one
# before a change), with mailsetup-window beside it.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${WINDOW_BENCH_BIN:-}" ]; then
  build=(cargo build --release --locked --bin mailsetup --bin mailsetup-window)
  "${build[@]}" >/dev/null 2>&1 || "${build[@]}"
fi
# Launched as a person does: `mailsetup` with no subcommand, which becomes mailsetup-window.
bin=${WINDOW_BENCH_BIN:-target/release/mailsetup}
stripped=$(mktemp)
trap 'rm -f "$stripped"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null; [ -n "${bus:-}" ] && kill "$bus" 2>/dev/null || true' EXIT
stripped_mb() {
  strip -o "$stripped" "$1"
  echo "$(stat -c %s "$stripped") / 1048576" | bc -l
}

display=:$((90 + RANDOM % 9))
# -noreset: without it Xvfb resets whenever its last client leaves (each xdotool probe, each
# killed window), and a window opening during a reset fails with XOpenDisplayFailed.
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

runtime=$(mktemp -d)
chmod 700 "$runtime"
# A session bus of its own, as every desktop has; the accessibility bus is started on demand.
bus_out=$(XDG_RUNTIME_DIR=$runtime dbus-daemon --session --fork --print-address=1 --print-pid=1)
export DBUS_SESSION_BUS_ADDRESS=$(sed -n 1p <<<"$bus_out")
bus=$(sed -n 2p <<<"$bus_out")
a11y() {
  gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
    --method org.freedesktop.DBus.Properties.Set org.a11y.Status IsEnabled "<$1>" >/dev/null
}
a11y false
printf 'wizard window under Xvfb (median of 5 launches)\n'
printf '  stripped release binaries: mailsetup %.1f MB, mailsetup-window %.1f MB\n' \
  "$(stripped_mb "$bin")" "$(stripped_mb "$(dirname "$bin")/mailsetup-window")"
for run in wgpu tiny-skia tiny-skia+reader; do
  backend=${run%+reader}
  if [ "$run" = tiny-skia+reader ]; then a11y true; fi
  maps=(); rss=()
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    if [ "$backend" = tiny-skia ]; then
      DISPLAY=$display XDG_RUNTIME_DIR=$runtime ICED_BACKEND=tiny-skia "$bin" >/dev/null 2>&1 &
    else
      DISPLAY=$display XDG_RUNTIME_DIR=$runtime "$bin" >/dev/null 2>&1 &
    fi
    pid=$!
    # `xdotool search --sync` polls only every 500 ms: poll every 5 ms instead.
    for _ in $(seq 4000); do
      DISPLAY=$display xdotool search --onlyvisible --name '^Mail Setup$' >/dev/null 2>&1 && break
      sleep 0.005
    done
    end=$(date +%s%N)
    maps+=($(( (end - start) / 1000000 )))
    sleep 1
    rss+=($(awk '/VmRSS/ {print $2}' "/proc/$pid/status"))
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  median() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
  label=$backend
  [ "$run" = tiny-skia+reader ] && label="tiny-skia, screen reader listening"
  printf '  %-36s mapped in %4s ms   resident %5.1f MB\n' "$label" "$(median "${maps[@]}")" "$(echo "$(median "${rss[@]}") / 1024" | bc -l)"
done
rm -rf "$runtime"
