#!/usr/bin/env bash
# Installs every Debian package WaveBench needs to build, run and test.
# Idempotent: installs only what is missing. Works as root or through sudo.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config git
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libqcustomplot-dev
  qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n qt6-svg-dev
  libtorch-dev libopenblas0-openmp
  libsndfile1-dev portaudio19-dev libfftw3-dev libsoxr-dev
  libespeak-ng-dev espeak-ng espeak-ng-data flite1-dev flite
  libbenchmark-dev
  xvfb xauth sox libsox-fmt-all imagemagick
  python3 python3-numpy
  praat  # reference pitch tracker for tests/reference/check_pitch.py
  pocketsphinx pocketsphinx-en-us  # speech recognizer for tests/tts/wer.py (intelligibility)
  libpocketsphinx-dev libsphinxbase-dev  # keyword spotting in the Call Center tab's call analysis
  libsptk-dev  # the source-filter (mel-cepstrum + MLSA) vocoder of the Text-to-Speech tab
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#PACKAGES[@]} packages are installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "setup: missing packages (${missing[*]}) and not root, and sudo is not available" >&2
    exit 1
  fi
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Update the package lists when they are absent or older than a day.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages' -mmin -1440 2>/dev/null | head -1)" ]; then
  $SUDO apt-get update -qq
fi
if ! $SUDO apt-get install -y --no-install-recommends "${missing[@]}"; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
