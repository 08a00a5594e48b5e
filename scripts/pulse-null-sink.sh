#!/usr/bin/env bash
# A private PulseAudio daemon with a null sink whose monitor is the default input: a real
# "microphone" for tests. Whatever is played into the sink (paplay --device=till_test)
# can be recorded from its monitor, e.g. through sounddevice's ALSA "pulse" device.
#
# Usage:
#   eval "$(scripts/pulse-null-sink.sh start [DIR])"   # start (idempotent), print exports
#   scripts/pulse-null-sink.sh env [DIR]                # print the exports only
#   scripts/pulse-null-sink.sh ensure-sink [DIR]        # (re)load the null sink if missing
#   scripts/pulse-null-sink.sh stop [DIR]               # stop the daemon
# DIR (default $PULSE_TEST_DIR or /tmp/assistant-pulse-$UID) holds the socket, pid file and
# log, so several daemons (one per test session) never collide. The sink name is
# $PULSE_TEST_SINK (default till_test). Works as root on a fresh Debian machine: the daemon
# runs in per-user mode with its own runtime dir, no D-Bus and anonymous socket access.
# Exit status 3 means PulseAudio is not installed (apt-get install pulseaudio pulseaudio-utils).
set -euo pipefail

command="${1:-start}"
dir="${2:-${PULSE_TEST_DIR:-/tmp/assistant-pulse-$(id -u)}}"
sink="${PULSE_TEST_SINK:-till_test}"

mkdir -p "$dir/pulse" "$dir/state"
chmod 700 "$dir" "$dir/pulse"
export XDG_RUNTIME_DIR="$dir" PULSE_RUNTIME_PATH="$dir/pulse" PULSE_STATE_PATH="$dir/state"
export PULSE_SERVER="unix:$dir/pulse/native"
# A root HOME may be read-only or shared; keep the cookie and config next to the socket.
export PULSE_COOKIE="$dir/state/cookie" HOME="${HOME:-$dir}"

print_env() {
  echo "export XDG_RUNTIME_DIR='$dir' PULSE_RUNTIME_PATH='$dir/pulse' PULSE_SERVER='unix:$dir/pulse/native' PULSE_COOKIE='$dir/state/cookie' PULSE_TEST_SINK='$sink'"
}

running() { pactl info >/dev/null 2>&1; }

ensure_sink() {
  if ! pactl list short sinks 2>/dev/null | awk '{print $2}' | grep -qx "$sink"; then
    pactl load-module module-null-sink "sink_name=$sink" rate=48000 channels=2 \
      "sink_properties=device.description=$sink" >/dev/null
  fi
  pactl set-default-sink "$sink"
  pactl set-default-source "$sink.monitor"
}

case "$command" in
  start)
    for program in pulseaudio pactl; do
      command -v "$program" >/dev/null 2>&1 || {
        echo "pulse-null-sink: $program not found (apt-get install pulseaudio pulseaudio-utils)" >&2
        exit 3
      }
    done
    if ! running; then
      # -n: no default.pa, so no module-rescue-streams / always-sink / suspend-on-idle —
      # unloading the sink really removes the "microphone", as unplugging one would.
      pulseaudio -n --daemonize=yes --exit-idle-time=-1 --system=false --use-pid-file=yes \
        --disallow-exit=no --log-target="file:$dir/pulse.log" \
        -L "module-native-protocol-unix auth-anonymous=1 socket=$dir/pulse/native" \
        >>"$dir/start.log" 2>&1 || true
      for _ in $(seq 1 50); do
        running && break
        sleep 0.1
      done
      if ! running; then
        echo "pulse-null-sink: PulseAudio did not start; see $dir/pulse.log and $dir/start.log" >&2
        tail -n 5 "$dir/pulse.log" "$dir/start.log" >&2 2>/dev/null || true
        exit 1
      fi
    fi
    ensure_sink
    print_env
    ;;
  env)
    print_env
    ;;
  ensure-sink)
    ensure_sink
    ;;
  stop)
    if running; then
      pulseaudio --kill >/dev/null 2>&1 || true
      for _ in $(seq 1 30); do
        running || break
        sleep 0.1
      done
    fi
    if [ -f "$dir/pulse/pid" ]; then
      pid="$(cat "$dir/pulse/pid" 2>/dev/null || true)"
      if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
    fi
    ;;
  *)
    echo "usage: $0 start|env|ensure-sink|stop [DIR]" >&2
    exit 2
    ;;
esac
