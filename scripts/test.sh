#!/usr/bin/env bash
# Installs what is missing, builds WaveBench and runs the whole CTest suite headless.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
"$WB_ROOT/scripts/setup.sh"
wb_build -DWB_BUILD_TESTS=ON
export QT_QPA_PLATFORM=offscreen
# Audio devices: ALSA's default PCM writes playback to a file and reads capture from one.
export WB_ALSA_DIR="$WB_BUILD_DIR/alsa"
mkdir -p "$WB_ALSA_DIR"
[ -f "$WB_ALSA_DIR/capture.raw" ] || head -c 441000 /dev/zero > "$WB_ALSA_DIR/capture.raw"
sed "s#@DIR@#$WB_ALSA_DIR#g" "$WB_ROOT/tests/data/asoundrc.in" > "$WB_ALSA_DIR/asoundrc"
export ALSA_CONFIG_PATH="/usr/share/alsa/alsa.conf:$WB_ALSA_DIR/asoundrc"
cd "$WB_BUILD_DIR"
ctest --output-on-failure --timeout 900 -j "$(nproc)" "$@"
