#pragma once
#include "Matrix.h"
#include "Progress.h"
#include "Window.h"

#include <complex>
#include <vector>

namespace wb {

/** STFT settings with librosa.stft's meaning and defaults (pad_mode "constant"). */
struct StftParams
{
    int nFft = 2048;
    int hop = 512;      ///< hop_length
    int winLength = 0;  ///< 0 means nFft; the window is zero-padded to nFft, centred
    WindowType window = WindowType::Hann;
    bool center = true; ///< pad nFft/2 zeros on both ends

    /** Throws wb::Error for absurd values (nFft < 16 or > 65536, hop < 1, ...). */
    void validate() const;
    int bins() const { return nFft / 2 + 1; }
    /** Frames librosa produces for a signal of this many samples. */
    long long frameCount(long long samples) const;
};

/** A complex spectrogram, [bins][frames] row-major like librosa's output. */
struct ComplexSpectrogram
{
    int bins = 0;
    int frames = 0;
    std::vector<std::complex<float>> values; ///< values[bin * frames + frame]
};

/**
 * Short-time Fourier transform and its inverse, librosa 0.11 conventions.
 * Stateless free functions; any thread; bad parameters throw wb::Error.
 */
ComplexSpectrogram stft(const std::vector<float> &signal, const StftParams &params,
                        const ProgressFn &progress = {});
/** |STFT|^power as a [bins][frames] matrix (power 1 = magnitude, 2 = power). */
Matrix stftMagnitude(const std::vector<float> &signal, const StftParams &params,
                     float power = 1.0f, const ProgressFn &progress = {});
/** Inverse STFT by weighted overlap-add (librosa.istft); length 0 means natural length. */
std::vector<float> istft(const ComplexSpectrogram &spec, const StftParams &params,
                         long long length = 0);

/** The analysis window: params.window of winLength, zero-padded centred to nFft (librosa.util.pad_center). */
std::vector<float> stftWindow(const StftParams &params);
/**
 * Writes frame `frame` of the signal, as stft() frames it (centre padding with
 * zeros included), multiplied by `window` (stftWindow()), into out[0 .. nFft).
 * The building block for callers that process frames without a full STFT.
 */
void stftFrame(const float *signal, long long samples, long long frame, const StftParams &params,
               const float *window, float *out);

} // namespace wb
