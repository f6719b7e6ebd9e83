#!/usr/bin/env bash
# Installs what is missing, builds WaveBench and opens the workbench on its bundled sample.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
"$WB_ROOT/scripts/setup.sh"
wb_build
app="$WB_BUILD_DIR/app/wavebench"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run: no display found; opening WaveBench on a virtual X server (xvfb-run)" >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
fi
exec "$app" "$@"
