#!/usr/bin/env python3
"""Judges voice clones with measurements the speaker encoder cannot see.

`wavebench speaker clone-eval` scores clones with the same speaker encoder that
`--refine` steers by, so a gain there could be the clone fitting its judge. This
script measures what the encoder is blind to or what is plain physics:

* the long-term average spectrum (LTAS): each 40-band log-mel band's mean over
  the speech frames, less the overall level. The encoder subtracts every band's
  mean before it looks (cepstral mean normalization), so it never sees this;
* the median F0 (pYIN, `wavebench pitch`), in semitones from the voice's own.

For each unseen voice of a corpus (as clone-eval picks them: the first
--references utterances are the reference, the others' texts are cloned and
their recordings are the voice's profile), it clones --trials sentences with
each --setting (extra `wavebench clone` options) and reports, per setting: the mean LTAS distance to the
voice's own profile (dB), how often the nearest profile is the voice's own, and
the mean F0 error.

    /usr/bin/python3 tests/tts/clone_judge.py --corpus spk_held --wavebench build/app/wavebench \
        --setting= --setting='--refine 6' --setting=--match-pitch --trials 3
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import wave

import numpy as np


def read_wav(path):
    with wave.open(path, "rb") as w:
        if w.getsampwidth() != 2:
            raise SystemExit(f"{path}: expected 16-bit PCM")
        x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64) / 32768.0
        if w.getnchannels() > 1:
            x = x.reshape(-1, w.getnchannels()).mean(axis=1)
        return x, w.getframerate()


def write_wav(path, x, sr):
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes((np.clip(x, -1, 1) * 32767).astype("<i2").tobytes())


def mel_bank(sr, n_fft, n_mels, fmax):
    def hz2mel(f):
        return 2595.0 * np.log10(1.0 + f / 700.0)

    def mel2hz(m):
        return 700.0 * (10 ** (m / 2595.0) - 1.0)

    edges = mel2hz(np.linspace(hz2mel(0.0), hz2mel(fmax), n_mels + 2))
    freqs = np.linspace(0, sr / 2, n_fft // 2 + 1)
    bank = np.zeros((n_mels, freqs.size))
    for m in range(n_mels):
        lo, mid, hi = edges[m], edges[m + 1], edges[m + 2]
        bank[m] = np.clip(np.minimum((freqs - lo) / (mid - lo), (hi - freqs) / (hi - mid)), 0, None)
    return bank


def ltas(x, sr, n_mels=40, fmax=8000.0):
    """Per-band mean log-mel (dB) over frames within 30 dB of the loudest, level removed."""
    n_fft, hop = 1024, 256
    if x.size < n_fft:
        x = np.pad(x, (0, n_fft - x.size))
    frames = np.lib.stride_tricks.sliding_window_view(x, n_fft)[::hop] * np.hanning(n_fft)
    power = np.abs(np.fft.rfft(frames, axis=1)) ** 2
    mel = power @ mel_bank(sr, n_fft, n_mels, min(fmax, sr / 2)).T
    db = 10.0 * np.log10(np.maximum(mel, 1e-10))
    loud = 10.0 * np.log10(np.maximum(mel.sum(axis=1), 1e-10))
    keep = loud > loud.max() - 30.0
    spectrum = db[keep].mean(axis=0)
    return spectrum - spectrum.mean()


def median_f0(wavebench, path):
    out = subprocess.run([wavebench, "pitch", path, "--json"], capture_output=True, text=True, check=True).stdout
    f0 = np.array([f for f in json.loads(out)["f0"] if f > 0])
    return float(np.median(f0)) if f0.size else float("nan")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--wavebench", default="build/app/wavebench")
    ap.add_argument("--setting", action="append",
                    help="extra options of `wavebench clone` for one setting, as --setting='--refine 6' "
                         "(repeat it; default: '' and '--refine 6')")
    ap.add_argument("--trials", type=int, default=3)
    ap.add_argument("--references", type=int, default=3)
    ap.add_argument("--json", help="write the per-clone figures here")
    a = ap.parse_args()
    if not a.setting:
        a.setting = ["", "--refine 6"]

    with open(os.path.join(a.corpus, "metadata.csv"), newline="") as f:
        rows = [r for r in csv.reader(f, delimiter="|", quoting=csv.QUOTE_NONE)]
    speakers = []
    by = {}
    for r in rows:
        if r[3] not in by:
            speakers.append(r[3])
            by[r[3]] = []
        by[r[3]].append(r)
    tmp = tempfile.mkdtemp(prefix="clone_judge_")
    profile, f0_own, refs, texts = {}, {}, {}, {}
    for s in speakers:
        utts = by[s]
        ref = [read_wav(os.path.join(a.corpus, "wavs", u[0] + ".wav")) for u in utts[: a.references]]
        sr = ref[0][1]
        refs[s] = os.path.join(tmp, f"ref_{len(refs)}.wav")
        write_wav(refs[s], np.concatenate([x for x, _ in ref] + [np.zeros(sr // 5)]), sr)
        rest = [os.path.join(a.corpus, "wavs", u[0] + ".wav") for u in utts[a.references:]]
        profile[s] = np.mean([ltas(*read_wav(p)) for p in rest], axis=0)
        f0_own[s] = np.median([median_f0(a.wavebench, p) for p in rest])
        texts[s] = [u[2] or u[1] for u in utts[a.references:]]

    results = {n: [] for n in a.setting}
    for i, s in enumerate(speakers):
        for t in range(a.trials):
            text = texts[s][t % len(texts[s])]
            for k, n in enumerate(a.setting):
                out = os.path.join(tmp, f"clone_{i}_{t}_{k}.wav")
                subprocess.run([a.wavebench, "clone", text, "--reference", refs[s], "-o", out] + n.split(),
                               capture_output=True, text=True, check=True)
                spec = ltas(*read_wav(out))
                dist = {v: float(np.sqrt(np.mean((spec - profile[v]) ** 2))) for v in speakers}
                f0 = median_f0(a.wavebench, out)
                results[n].append({"speaker": s, "text": text, "ltas_db": dist[s],
                                   "ltas_nearest": min(dist, key=dist.get),
                                   "f0_error_semitones": abs(12.0 * np.log2(f0 / f0_own[s]))})
        print(f"{i + 1}/{len(speakers)} voices", file=sys.stderr)

    print(f"{len(speakers)} voices, {a.trials} clone(s) each; LTAS and F0 against each voice's own recordings")
    for n in a.setting:
        r = results[n]
        own = sum(x["ltas_nearest"] == x["speaker"] for x in r)
        print(f"'{n}': LTAS distance {np.mean([x['ltas_db'] for x in r]):.2f} dB, "
              f"nearest LTAS is the own voice's in {own} of {len(r)} ({100.0 * own / len(r):.1f}%), "
              f"median F0 off by {np.nanmean([x['f0_error_semitones'] for x in r]):.2f} semitones")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
