#!/usr/bin/env bash
# Every tr() string in app/ and widgets/ must be in translations/*.ts and translated:
# lupdate a scratch copy of each .ts and fail on any unfinished or vanished message.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
status=0
for ts in "$root"/translations/*.ts; do
  copy="$scratch/$(basename "$ts")"
  cp "$ts" "$copy"
  "$lupdate" -silent -locations none -no-obsolete "$root/app" "$root/widgets" "$root/models" -ts "$copy" >/dev/null
  total=$(grep -c '<message' "$copy" || true)
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  echo "$(basename "$ts"): $total messages, $unfinished untranslated"
  if [ "$total" -eq 0 ]; then
    echo "  no messages found: is lupdate scanning the sources?" >&2
    status=1
  fi
  if [ "$unfinished" -ne 0 ]; then
    grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -20 >&2
    status=1
  fi
done
exit $status
