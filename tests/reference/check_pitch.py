#!/usr/bin/env python3
"""`wavebench pitch` against Praat's pitch tracker on synthetic speech.

Issue 5 asks that F0 on speech agree with an established pitch tracker to
within 5% on the frames both call voiced. The speech comes from the flite and
espeak-ng synthesizers (Debian packages, as the corpus builder uses); the
reference is Praat's autocorrelation tracker (Boersma 1993, `To Pitch`, the
usual tool of phoneticians), run headless with `praat --run` on the same files
with the same time step and F0 range. Each of our frames is matched with the
Praat frame nearest in time (Praat centres its frame grid on the signal, so
the two grids differ by less than half a hop).

Usage: check_pitch.py WAVEBENCH [--verbose]. Exits 0 when the agreement holds,
1 when it does not, 77 (CTest's skip code here) when praat, flite or
espeak-ng is missing (scripts/setup.sh installs them).
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

SR, HOP, FMIN, FMAX = 22050, 256, 65.0, 1000.0
TOLERANCE = 0.05           # the 5%
MIN_WITHIN = 0.95          # share of both-voiced frames that must be within TOLERANCE
MIN_WITHIN_EACH = 0.90     # ... in every utterance
MAX_MEDIAN = 0.01          # median relative difference over all both-voiced frames
MIN_VOICING_AGREEMENT = 0.80

UTTERANCES = [
    ("flite", "slt", "The quick brown fox jumps over the lazy dog. She sells sea shells by the sea shore."),
    ("flite", "rms", "Every morning the old fisherman walked slowly to the harbour to check his boats."),
    ("flite", "awb", "How much wood would a woodchuck chuck if a woodchuck could chuck wood?"),
    ("espeak-ng", "en", "Students listen carefully while the teacher explains the rising pitch of a question."),
    ("espeak-ng", "en+f3", "Is it raining again today? I really hoped for sunshine this afternoon."),
]

PRAAT_SCRIPT = """form F0
  sentence wav
  sentence out
  real step 0.01
  real floor 65
  real ceiling 1000
endform
Read from file: wav$
To Pitch: step, floor, ceiling
n = Get number of frames
writeFile: out$, ""
for i to n
  t = Get time from frame number: i
  f = Get value in frame: i, "Hertz"
  if f = undefined
    f = 0
  endif
  appendFileLine: out$, fixed$(t, 6), " ", fixed$(f, 3)
endfor
"""


def synthesize(tool, voice, text, path):
    if tool == "flite":
        cmd = ["flite", "-voice", voice, "-t", text, "-o", path]
    else:
        cmd = ["espeak-ng", "-v", voice, "-w", path, text]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wavebench_f0(wavebench, path):
    out = subprocess.run([wavebench, "pitch", path, "--json", "--sr", str(SR), "--hop", str(HOP),
                          "--fmin", str(FMIN), "--fmax", str(FMAX)],
                         check=True, capture_output=True, text=True).stdout
    data = json.loads(out)
    assert data["sample_rate"] == SR and data["hop"] == HOP, data
    return data["times"], data["f0"]


def praat_f0(script, path, out):
    subprocess.run(["praat", "--run", script, path, out, repr(HOP / SR), str(FMIN), str(FMAX)],
                   check=True, stdout=subprocess.DEVNULL)
    rows = []
    with open(out) as f:
        for line in f:
            t, hz = line.split()
            rows.append((float(t), float(hz)))
    return rows


def nearest(rows, t):
    """Praat's F0 at the frame nearest t, or None when no frame is within half a hop."""
    step = rows[1][0] - rows[0][0] if len(rows) > 1 else HOP / SR
    i = min(max(int(round((t - rows[0][0]) / step)), 0), len(rows) - 1)
    return rows[i][1] if abs(rows[i][0] - t) <= step / 2 + 1e-6 else None


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    wavebench = sys.argv[1]
    verbose = "--verbose" in sys.argv
    missing = [tool for tool in ("praat", "flite", "espeak-ng") if not shutil.which(tool)]
    if missing:
        print("SKIP: missing " + ", ".join(missing) + " (run scripts/setup.sh)")
        return 77

    all_rel, failures = [], []
    frames_total = voicing_agree = 0
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "f0.praat")
        with open(script, "w") as f:
            f.write(PRAAT_SCRIPT)
        for n, (tool, voice, text) in enumerate(UTTERANCES):
            wav = os.path.join(tmp, f"u{n}.wav")
            synthesize(tool, voice, text, wav)
            times, ours = wavebench_f0(wavebench, wav)
            reference = praat_f0(script, wav, os.path.join(tmp, f"u{n}.txt"))
            rel, off = [], []
            for t, f0 in zip(times, ours):
                ref = nearest(reference, t)
                if ref is None:
                    continue
                frames_total += 1
                voicing_agree += (f0 > 0) == (ref > 0)
                if f0 > 0 and ref > 0:
                    rel.append(abs(f0 - ref) / ref)
                    if rel[-1] > TOLERANCE:
                        off.append((round(t, 3), round(f0, 1), round(ref, 1)))
            if not rel:
                failures.append(f"{tool} {voice}: no frame that both call voiced")
                continue
            within = sum(r <= TOLERANCE for r in rel) / len(rel)
            print(f"{tool:9} {voice:6} both voiced {len(rel):4} frames, within 5%: {100 * within:5.1f}%, "
                  f"median difference {100 * statistics.median(rel):.2f}%")
            if verbose and off:
                print("   outside 5% (time s, ours Hz, Praat Hz):", off)
            if within < MIN_WITHIN_EACH:
                failures.append(f"{tool} {voice}: only {100 * within:.1f}% of frames within 5%")
            all_rel += rel

    within = sum(r <= TOLERANCE for r in all_rel) / max(1, len(all_rel))
    median = statistics.median(all_rel) if all_rel else 1.0
    agreement = voicing_agree / max(1, frames_total)
    print(f"all: {len(all_rel)} frames both voiced, {100 * within:.1f}% within 5%, median difference "
          f"{100 * median:.2f}%; voicing decisions agree on {100 * agreement:.1f}% of {frames_total} frames")
    if len(all_rel) < 200:
        failures.append(f"only {len(all_rel)} frames both voiced: too few to judge")
    if within < MIN_WITHIN:
        failures.append(f"{100 * within:.1f}% of both-voiced frames within 5% (need {100 * MIN_WITHIN:.0f}%)")
    if median > MAX_MEDIAN:
        failures.append(f"median difference {100 * median:.2f}% (need at most {100 * MAX_MEDIAN:.0f}%)")
    if agreement < MIN_VOICING_AGREEMENT:
        failures.append(f"voicing decisions agree on only {100 * agreement:.1f}% of frames")
    for failure in failures:
        print("FAIL: " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
