#!/usr/bin/env bash
# Install everything the test suite needs (Debian packages, then the package with its
# test extras) and run every check: ruff, mypy and the whole pytest suite.
# Usage: bash scripts/test.sh [extra pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  espeak-ng sox libsndfile1            # synthesise and convert test speech
  libportaudio2                        # sounddevice (microphone input)
  pulseaudio pulseaudio-utils libasound2-plugins  # null-sink microphone tests
  chromium chromium-driver             # browser tests of the web pages
  pocketsphinx-testdata                # real LibriVox recordings with transcripts
)

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for package in "${DEBIAN_PACKAGES[@]}"; do
    [[ "$package" == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  if ((${#missing[@]})); then
    echo "test.sh: installing Debian packages: ${missing[*]}"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
  fi
fi

PYTHON="${PYTHON:-python3}"
"$PYTHON" -m pip install -q --disable-pip-version-check -e ".[test]"

echo "test.sh: ruff"
"$PYTHON" -m ruff check assistant tests scripts web
echo "test.sh: mypy"
"$PYTHON" -m mypy
echo "test.sh: pytest"
"$PYTHON" -m pytest "$@"
