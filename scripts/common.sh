# Shared by run.sh and test.sh: configure and build into $WB_BUILD_DIR.
WB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WB_BUILD_DIR="${WB_BUILD_DIR:-$WB_ROOT/build}"

wb_build() {
  cmake -S "$WB_ROOT" -B "$WB_BUILD_DIR" -DCMAKE_BUILD_TYPE="${WB_BUILD_TYPE:-Release}" "$@"
  cmake --build "$WB_BUILD_DIR" -j "$(nproc)"
}
