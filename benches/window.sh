#!/usr/bin/env bash
# Starts the real wizard window under Xvfb and prints: time from launch to window mapped, resident
# memory after the first frames, and the stripped release binary size — with wgpu (Mesa lavapipe)
# and with tiny-skia. Needs xvfb, xdotool and mesa-vulkan-drivers (tests/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

build=(cargo build --release --locked --bin mailsetup --bin mailsetup-window)
"${build[@]}" >/dev/null 2>&1 || "${build[@]}"
# Launched as a person does: `mailsetup` with no subcommand, which becomes mailsetup-window.
bin=target/release/mailsetup
stripped=$(mktemp)
trap 'rm -f "$stripped"; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true' EXIT
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
printf 'wizard window under Xvfb (median of 5 launches)\n'
printf '  stripped release binaries: mailsetup %.1f MB, mailsetup-window %.1f MB\n' \
  "$(stripped_mb "$bin")" "$(stripped_mb target/release/mailsetup-window)"
for backend in wgpu tiny-skia; do
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
  printf '  %-9s  mapped in %4s ms   resident %4s MB\n' "$backend" "$(median "${maps[@]}")" "$(( $(median "${rss[@]}") / 1024 ))"
done
rm -rf "$runtime"
