#!/usr/bin/env python3
"""Checks `wavebench stft` and `wavebench mel` against a NumPy transcription of librosa 0.11.

Usage: python3 check_librosa.py /path/to/wavebench

Writes a few test WAVs at 22050 Hz (passed with --sr 22050, so no resampling
enters the comparison), runs the CLI for several parameter sets, loads the
.npy it writes and compares with librosa_ref.py:
  magnitudes / mel power: |ours - ref| <= 1e-4 * max|ref| (+ a tiny absolute slack)
  dB: within 0.05 dB wherever the reference is above its -80 dB floor, and
      at the floor (to 0.05 dB) wherever the reference is floored.
Prints the worst errors and exits non-zero on any failure.
"""

import os
import struct
import subprocess
import sys
import tempfile

try:
    import numpy as np
except ImportError:
    # CTest may find a python3 (pyenv, venv) without NumPy; Debian's has it.
    system_python = "/usr/bin/python3"
    if os.path.exists(system_python) and os.path.realpath(sys.executable) != os.path.realpath(system_python):
        os.execv(system_python, [system_python] + sys.argv)
    print("check_librosa: NumPy is not available (install python3-numpy)", file=sys.stderr)
    sys.exit(2)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import librosa_ref as ref  # noqa: E402

SR = 22050
MAG_TOL = 1e-4
DB_TOL = 0.05


def write_wav_float32(path, y, sr):
    """IEEE float WAV (format 3) with a fact chunk, as libsndfile writes them."""
    data = np.asarray(y, dtype="<f4").tobytes()
    fmt = struct.pack("<HHIIHH", 3, 1, sr, sr * 4, 4, 32)
    fact = struct.pack("<I", len(y))
    body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
            + b"fact" + struct.pack("<I", 4) + fact
            + b"data" + struct.pack("<I", len(data)) + data)
    with open(path, "wb") as f:
        f.write(b"RIFF" + struct.pack("<I", len(body)) + body)


def write_wav_pcm16(path, y, sr):
    """16-bit PCM WAV; returns the samples as a float reader sees them (q / 32768)."""
    q = np.clip(np.round(np.asarray(y) * 32767.0), -32768, 32767).astype("<i2")
    data = q.tobytes()
    fmt = struct.pack("<HHIIHH", 1, 1, sr, sr * 2, 2, 16)
    body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
            + b"data" + struct.pack("<I", len(data)) + data)
    with open(path, "wb") as f:
        f.write(b"RIFF" + struct.pack("<I", len(body)) + body)
    return q.astype(np.float32) / np.float32(32768.0)


def test_signals():
    rng = np.random.default_rng(1234)
    t = np.arange(int(3.0 * SR)) / SR
    # Linear chirp 50 Hz -> 10 kHz, two steady tones and some noise.
    f0, f1, dur = 50.0, 10000.0, t[-1]
    chirp = 0.3 * np.sin(2 * np.pi * (f0 * t + (f1 - f0) / (2 * dur) * t * t))
    tones = 0.2 * np.sin(2 * np.pi * 440.0 * t) + 0.1 * np.sin(2 * np.pi * 3150.7 * t)
    mix = (chirp + tones + 0.05 * rng.standard_normal(t.size)).astype(np.float32)
    # Short and of odd length: most frames touch the zero padding.
    short = (0.4 * np.sin(2 * np.pi * 1000.0 * np.arange(6001) / SR)
             + 0.02 * rng.standard_normal(6001)).astype(np.float32)
    # Decaying tone burst, so the dB floor actually clips something.
    tb = np.arange(int(1.5 * SR)) / SR
    burst = (0.8 * np.exp(-6.0 * tb) * np.sin(2 * np.pi * 220.0 * tb)).astype(np.float32)
    return {"mix": mix, "short": short, "burst": burst}


def run(cli, args, out):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([cli] + args + ["-o", out], capture_output=True, text=True, env=env, timeout=300)
    if proc.returncode != 0:
        raise RuntimeError(f"wavebench {' '.join(args)} failed ({proc.returncode}): "
                           f"{proc.stderr.strip() or proc.stdout.strip()}")
    return np.load(out)


def compare_linear(name, ours, expected):
    if ours.shape != expected.shape:
        return False, f"{name}: shape {ours.shape}, librosa {expected.shape}"
    peak = float(np.max(np.abs(expected)))
    err = float(np.max(np.abs(ours.astype(np.float64) - expected.astype(np.float64))))
    rel = err / peak if peak > 0 else err
    ok = err <= MAG_TOL * peak + 1e-9
    return ok, f"{name}: max |err| {err:.3g} = {rel:.3g} of max {peak:.4g}"


def compare_db(name, ours, expected):
    if ours.shape != expected.shape:
        return False, f"{name}: shape {ours.shape}, librosa {expected.shape}"
    floor = float(expected.max()) - 80.0
    above = expected > floor + DB_TOL
    err_above = float(np.max(np.abs(ours[above] - expected[above]))) if above.any() else 0.0
    err_floor = float(np.max(np.abs(ours[~above] - expected[~above]))) if (~above).any() else 0.0
    ok = err_above <= DB_TOL and err_floor <= DB_TOL and abs(float(ours.max()) - float(expected.max())) <= DB_TOL
    return ok, (f"{name}: max dB err {err_above:.4f} above floor ({int(above.sum())} entries), "
                f"{err_floor:.4f} at floor ({int((~above).sum())})")


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    cli = sys.argv[1]
    if not os.path.exists(cli):
        print(f"check_librosa: {cli} does not exist", file=sys.stderr)
        return 2

    ref.self_test()  # the transcription must reproduce librosa's documented values first
    failures = 0
    with tempfile.TemporaryDirectory(prefix="wb_librosa_") as tmp:
        files = {}
        for name, y in test_signals().items():
            path = os.path.join(tmp, name + ".wav")
            write_wav_float32(path, y, SR)
            files[name] = (path, y)
        pcm = os.path.join(tmp, "mix16.wav")
        files["mix16"] = (pcm, write_wav_pcm16(pcm, test_signals()["mix"], SR))
        out = os.path.join(tmp, "out.npy")

        cases = []
        for n_fft, hop in [(2048, 512), (1024, 256), (512, 128), (2048, 300)]:
            for name in ("mix", "short"):
                cases.append(("stft", name, dict(n_fft=n_fft, hop=hop)))
        cases.append(("stft", "mix16", dict(n_fft=2048, hop=512)))
        mel_sets = [
            dict(n_fft=2048, hop=512, n_mels=128, fmin=0.0, fmax=8000.0, htk=False),
            dict(n_fft=1024, hop=256, n_mels=80, fmin=0.0, fmax=8000.0, htk=True),
            dict(n_fft=2048, hop=512, n_mels=64, fmin=30.0, fmax=11025.0, htk=False),
            dict(n_fft=512, hop=160, n_mels=40, fmin=20.0, fmax=7600.0, htk=True),
        ]
        for params in mel_sets:
            for name in ("mix", "short", "burst"):
                for db in (False, True):
                    cases.append(("mel", name, dict(params, db=db)))
        cases.append(("mel", "mix16", dict(mel_sets[0], db=True)))

        worst_mag, worst_db = 0.0, 0.0
        for kind, name, p in cases:
            path, y = files[name]
            label = f"{kind} {name} " + " ".join(f"{k}={v}" for k, v in p.items())
            args = [kind, path, "--sr", str(SR), "--n-fft", str(p["n_fft"]), "--hop", str(p["hop"])]
            if kind == "stft":
                expected = ref.magnitude(y, n_fft=p["n_fft"], hop_length=p["hop"], power=1.0)
            else:
                args += ["--n-mels", str(p["n_mels"]), "--fmin", repr(p["fmin"]), "--fmax", repr(p["fmax"])]
                if p["htk"]:
                    args.append("--htk")
                expected = ref.melspectrogram(y, sr=SR, n_fft=p["n_fft"], hop_length=p["hop"], power=2.0,
                                              n_mels=p["n_mels"], fmin=p["fmin"], fmax=p["fmax"], htk=p["htk"])
                if p["db"]:
                    args.append("--db")
                    expected = ref.power_to_db(expected, ref=np.max, amin=1e-10, top_db=80.0)
            try:
                ours = run(cli, args, out)
            except Exception as e:  # a failing command is a failed case, not a crash
                print(f"FAIL {label}: {e}")
                failures += 1
                continue
            if ours.dtype != np.float32:
                print(f"note {label}: dtype {ours.dtype}, expected float32")
            if kind == "mel" and p["db"]:
                ok, msg = compare_db(label, ours, expected)
                if ours.shape == expected.shape:
                    above = expected > expected.max() - 80.0 + DB_TOL
                    if above.any():
                        worst_db = max(worst_db, float(np.max(np.abs(ours[above] - expected[above]))))
            else:
                ok, msg = compare_linear(label, ours, expected)
                if ours.shape == expected.shape:
                    worst_mag = max(worst_mag, float(np.max(np.abs(ours - expected)) / np.max(np.abs(expected))))
            print(("ok   " if ok else "FAIL ") + msg)
            failures += 0 if ok else 1

    print(f"worst magnitude/power error: {worst_mag:.3g} of the matrix max (tolerance {MAG_TOL:g}); "
          f"worst dB error above the floor: {worst_db:.4f} dB (tolerance {DB_TOL})")
    if failures:
        print(f"check_librosa: {failures} of {len(cases)} cases FAILED")
        return 1
    print(f"check_librosa: all {len(cases)} cases agree with librosa 0.11 conventions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
