"""A NumPy-only transcription of the parts of librosa 0.11 that WaveBench mirrors.

librosa itself cannot be installed on the build machines (no PyPI access), but
NumPy can (Debian's python3-numpy). Each function below follows the librosa
(or scipy) function named in its docstring step by step, including the dtype
handling that decides float32 rounding, so that WaveBench's C++ can be checked
against "what librosa would have printed". Only the default code paths that
WaveBench uses are transcribed: centred frames, pad_mode="constant", the Hann
window, norm="slaney" or None, ref=np.max.
"""

import numpy as np


# --- windows ---------------------------------------------------------------

def general_cosine(m, a):
    """scipy.signal.windows.general_cosine(M, a, sym=True)."""
    fac = np.linspace(-np.pi, np.pi, m)
    w = np.zeros(m)
    for k in range(len(a)):
        w += a[k] * np.cos(k * fac)
    return w


def hann(m):
    """scipy.signal.get_window("hann", M, fftbins=True).

    fftbins=True makes the periodic window: scipy builds the symmetric window
    of M + 1 points (general_hamming(M, 0.5) -> general_cosine(M + 1, [0.5, 0.5]))
    and drops the last point (windows._extend / _truncate).
    """
    if m == 1:
        return np.ones(1)
    return general_cosine(m + 1, [0.5, 0.5])[:-1]


def pad_center(data, size):
    """librosa.util.pad_center(data, size=size) for 1-D data, zero padding."""
    n = data.shape[-1]
    lpad = int((size - n) // 2)
    if lpad < 0:
        raise ValueError(f"target size ({size}) must be at least input size ({n})")
    return np.pad(data, (lpad, int(size - n - lpad)), mode="constant")


# --- STFT --------------------------------------------------------------------

def frame(x, frame_length, hop_length):
    """librosa.util.frame(x, frame_length, hop_length, axis=-1) for 1-D x.

    Returns [frame_length, n_frames] with column t = x[t * hop : t * hop + frame_length].
    """
    n_frames = 1 + (x.shape[-1] - frame_length) // hop_length
    if n_frames < 1:
        raise ValueError("input is too short for the frame length")
    idx = np.arange(frame_length)[:, None] + hop_length * np.arange(n_frames)[None, :]
    return x[idx]


def stft(y, n_fft=2048, hop_length=None, win_length=None, center=True):
    """librosa.stft(y, n_fft, hop_length, win_length, window="hann", center, pad_mode="constant").

    librosa 0.10+ pads only the frames that touch the edges instead of copying
    the whole signal, which gives exactly the same numbers as padding
    n_fft // 2 zeros on both sides first; the simple form is transcribed here.
    The window is float64; y_frames of float32 input are promoted by the
    multiply, so the FFT runs in float64 and the result is stored as complex64
    (librosa allocates stft_matrix with dtype_r2c(y.dtype)).
    """
    y = np.asarray(y, dtype=np.float32)
    if win_length is None:
        win_length = n_fft
    if hop_length is None:
        hop_length = int(win_length // 4)
    fft_window = pad_center(hann(win_length), size=n_fft).reshape((-1, 1))
    if center:
        y = np.pad(y, (int(n_fft // 2), int(n_fft // 2)), mode="constant")
    elif n_fft > y.shape[-1]:
        raise ValueError("n_fft is too large for the input signal")
    y_frames = frame(y, frame_length=n_fft, hop_length=hop_length)
    out = np.fft.rfft(fft_window * y_frames, axis=-2)
    return out.astype(np.complex64)


def magnitude(y, n_fft=2048, hop_length=512, power=1.0):
    """np.abs(librosa.stft(...)) ** power, as librosa.core.spectrum._spectrogram computes it."""
    return np.abs(stft(y, n_fft=n_fft, hop_length=hop_length)) ** power


# --- mel scale ------------------------------------------------------------------

def hz_to_mel(frequencies, htk=False):
    """librosa.hz_to_mel."""
    frequencies = np.asanyarray(frequencies, dtype=np.float64)
    if htk:
        return 2595.0 * np.log10(1.0 + frequencies / 700.0)
    f_min = 0.0
    f_sp = 200.0 / 3
    mels = (frequencies - f_min) / f_sp
    min_log_hz = 1000.0
    min_log_mel = (min_log_hz - f_min) / f_sp
    logstep = np.log(6.4) / 27.0
    if frequencies.ndim:
        log_t = frequencies >= min_log_hz
        mels[log_t] = min_log_mel + np.log(frequencies[log_t] / min_log_hz) / logstep
    elif frequencies >= min_log_hz:
        mels = min_log_mel + np.log(frequencies / min_log_hz) / logstep
    return mels


def mel_to_hz(mels, htk=False):
    """librosa.mel_to_hz."""
    mels = np.asanyarray(mels, dtype=np.float64)
    if htk:
        return 700.0 * (10.0 ** (mels / 2595.0) - 1.0)
    f_min = 0.0
    f_sp = 200.0 / 3
    freqs = f_min + f_sp * mels
    min_log_hz = 1000.0
    min_log_mel = (min_log_hz - f_min) / f_sp
    logstep = np.log(6.4) / 27.0
    if mels.ndim:
        log_t = mels >= min_log_mel
        freqs[log_t] = min_log_hz * np.exp(logstep * (mels[log_t] - min_log_mel))
    elif mels >= min_log_mel:
        freqs = min_log_hz * np.exp(logstep * (mels - min_log_mel))
    return freqs


def mel_frequencies(n_mels=128, fmin=0.0, fmax=11025.0, htk=False):
    """librosa.mel_frequencies."""
    min_mel = hz_to_mel(fmin, htk=htk)
    max_mel = hz_to_mel(fmax, htk=htk)
    mels = np.linspace(min_mel, max_mel, n_mels)
    return mel_to_hz(mels, htk=htk)


def fft_frequencies(sr=22050, n_fft=2048):
    """librosa.fft_frequencies (np.fft.rfftfreq since 0.10)."""
    return np.fft.rfftfreq(n=n_fft, d=1.0 / sr)


def mel_filters(sr, n_fft, n_mels=128, fmin=0.0, fmax=None, htk=False, norm="slaney"):
    """librosa.filters.mel(sr=, n_fft=, n_mels=, fmin=, fmax=, htk=, norm=, dtype=np.float32).

    The triangles are computed in float64 and stored into the float32 weight
    array; the Slaney scaling then multiplies that float32 array in place.
    """
    if fmax is None:
        fmax = float(sr) / 2
    n_mels = int(n_mels)
    weights = np.zeros((n_mels, int(1 + n_fft // 2)), dtype=np.float32)
    fftfreqs = fft_frequencies(sr=sr, n_fft=n_fft)
    mel_f = mel_frequencies(n_mels + 2, fmin=fmin, fmax=fmax, htk=htk)
    fdiff = np.diff(mel_f)
    ramps = np.subtract.outer(mel_f, fftfreqs)
    for i in range(n_mels):
        lower = -ramps[i] / fdiff[i]
        upper = ramps[i + 2] / fdiff[i + 1]
        weights[i] = np.maximum(0, np.minimum(lower, upper))
    if norm == "slaney":
        enorm = 2.0 / (mel_f[2 : n_mels + 2] - mel_f[:n_mels])
        weights *= enorm[:, np.newaxis]
    elif norm is not None:
        raise ValueError("only norm='slaney' or None are transcribed")
    return weights


def melspectrogram(y, sr=22050, n_fft=2048, hop_length=512, power=2.0, n_mels=128,
                   fmin=0.0, fmax=None, htk=False, norm="slaney"):
    """librosa.feature.melspectrogram(y=, sr=, n_fft=, hop_length=, power=, n_mels=, fmin=, fmax=, htk=).

    S = |stft|**power (float32), then einsum("...ft,mf->...mt", S, mel_basis).
    """
    S = magnitude(y, n_fft=n_fft, hop_length=hop_length, power=power)
    mel_basis = mel_filters(sr, n_fft, n_mels=n_mels, fmin=fmin, fmax=fmax, htk=htk, norm=norm)
    return np.einsum("...ft,mf->...mt", S, mel_basis, optimize=True)


# --- decibels -------------------------------------------------------------------

def power_to_db(S, ref=np.max, amin=1e-10, top_db=80.0):
    """librosa.power_to_db(S, ref=np.max, amin=1e-10, top_db=80.0) for real S."""
    S = np.asarray(S)
    if amin <= 0:
        raise ValueError("amin must be strictly positive")
    magnitude = S
    ref_value = ref(magnitude) if callable(ref) else np.abs(ref)
    log_spec = 10.0 * np.log10(np.maximum(amin, magnitude))
    log_spec -= 10.0 * np.log10(np.maximum(amin, ref_value))
    if top_db is not None:
        if top_db < 0:
            raise ValueError("top_db must be non-negative")
        log_spec = np.maximum(log_spec, log_spec.max() - top_db)
    return log_spec


# --- self test ------------------------------------------------------------------

def self_test():
    """Asserts the values printed in librosa 0.11's own docstring examples.

    Guards the transcription itself: if one of these fails, the reference is
    wrong, not WaveBench.
    """
    assert np.isclose(hz_to_mel(60), 0.9)
    assert np.allclose(hz_to_mel([110, 220, 440]), [1.65, 3.3, 6.6])
    assert np.isclose(hz_to_mel(1000, htk=True), 999.98553714)  # 2595 log10(1 + 1000/700)
    assert np.isclose(mel_to_hz(3), 200.0)
    assert np.allclose(mel_frequencies(n_mels=40)[:16],
                       [0.0, 85.317, 170.635, 255.952, 341.269, 426.586, 511.904, 597.221,
                        682.538, 767.855, 853.173, 938.49, 1024.856, 1119.114, 1222.042, 1334.436],
                       atol=1e-3)
    assert np.allclose(fft_frequencies(sr=22050, n_fft=16)[:3], [0.0, 1378.125, 2756.25])
    assert np.isclose(mel_filters(22050, 2048)[0, 1], 0.016, atol=5e-4)
    assert mel_filters(22050, 2048).shape == (128, 1025)
    # Periodic Hann: scipy.signal.get_window("hann", 4) == [0, 0.5, 1, 0.5]
    assert np.allclose(hann(4), [0.0, 0.5, 1.0, 0.5])
    # stft shape: 1 + n_fft/2 rows, 1 + len // hop frames when centred
    assert stft(np.zeros(22050, dtype=np.float32)).shape == (1025, 44)
    assert np.allclose(power_to_db(np.array([1.0, 0.01, 1e-20])), [0.0, -20.0, -80.0])


if __name__ == "__main__":
    self_test()
    print("librosa_ref: self test passed")
