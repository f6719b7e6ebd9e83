#!/bin/bash
# Leave-one-voice-out validation for the keyword model: choose training settings without
# looking at the held-out test voices.
#
#   scripts/kws_lovo.sh KWSDIR OUTDIR NAME [classifier train options...]
#
# KWSDIR is a folder from `wavebench classifier kws-data` (its train/ part is used; test/
# is never read). For each flite base voice in training (slt, rms, kal16) a fold trains on
# everything else and scores that voice's clips, all its variants: a stand-in for "a
# synthesizer voice the model never heard", which is what the real held-out test asks.
# Two folds run side by side on one LibTorch thread each. Prints each fold's accuracy and
# their mean; the models and logs stay in OUTDIR/NAME-<voice>.*.
# WAVEBENCH names the binary (default: build/app/wavebench).
set -euo pipefail
if [ $# -lt 3 ]; then
  sed -n '2,13p' "$0" >&2
  exit 2
fi
kws=$(realpath "$1"); out=$2; name=$3; shift 3
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
wb=${WAVEBENCH:-$root/build/app/wavebench}
[ -x "$wb" ] || { echo "no wavebench binary at $wb (build first, or set WAVEBENCH)" >&2; exit 1; }
[ -d "$kws/train" ] || { echo "$kws has no train/ folder (make one with: wavebench classifier kws-data -o DIR)" >&2; exit 1; }
voices=(slt rms kal16)
mkdir -p "$out/folds"
for v in "${voices[@]}"; do
  fold="$out/folds/$v"
  [ -d "$fold" ] && continue
  for c in "$kws"/train/*/; do
    c=$(basename "$c")
    mkdir -p "$fold/train/$c" "$fold/val/$c"
    for f in "$kws/train/$c"/*; do
      b=$(basename "$f")
      if [[ $b == flite-$v-* ]]; then ln -s "$f" "$fold/val/$c/$b"; else ln -s "$f" "$fold/train/$c/$b"; fi
    done
  done
done
one() {
  local v=$1; shift
  "$wb" classifier train "$out/folds/$v/train" --test "$out/folds/$v/val" --threads 1 "$@" \
    -o "$out/$name-$v.safetensors" > "$out/$name-$v.log" 2>&1
}
one slt "$@" & one rms "$@" & wait
one kal16 "$@"
for v in "${voices[@]}"; do
  grep -o 'accuracy [0-9.]*% of [0-9]* clips' "$out/$name-$v.log" | tail -1 | awk -v n="$name" -v v="$v" '{print n, v, $2}'
done | awk '{print; gsub(/%/, "", $3); s += $3; k++} END {if (k) printf "%s mean %.1f%%\n", $1, s / k}'
