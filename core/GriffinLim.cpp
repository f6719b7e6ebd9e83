#include "GriffinLim.h"

#include "Error.h"

#include <cfloat>
#include <cmath>
#include <complex>
#include <random>
#include <string>

namespace wb {

namespace {

// |z| without std::abs's overflow-safe hypot, which is several times slower;
// STFT values are nowhere near float overflow.
inline float magnitudeOf(std::complex<float> z)
{
    return std::sqrt(z.real() * z.real() + z.imag() * z.imag());
}

} // namespace

std::vector<float> griffinLim(const Matrix &magnitude, const StftParams &stftParams,
                              const GriffinLimParams &params, const ProgressFn &progress,
                              std::vector<double> *spectralConvergence)
{
    stftParams.validate();
    if (magnitude.rows() != static_cast<std::size_t>(stftParams.bins()))
        throw Error("magnitude has " + std::to_string(magnitude.rows()) + " bins but n_fft "
                    + std::to_string(stftParams.nFft) + " needs " + std::to_string(stftParams.bins()));
    if (magnitude.cols() < 1)
        throw Error("cannot run Griffin-Lim on an empty spectrogram");
    if (params.iterations < 0)
        throw Error("Griffin-Lim iterations must not be negative");
    if (!(params.momentum >= 0.0f))
        throw Error("Griffin-Lim momentum must not be negative");
    if (params.length < 0)
        throw Error("Griffin-Lim output length must not be negative");

    const std::size_t count = magnitude.size();
    const float *s = magnitude.data();
    ComplexSpectrogram angles;
    angles.bins = static_cast<int>(magnitude.rows());
    angles.frames = static_cast<int>(magnitude.cols());
    angles.values.resize(count);
    if (params.randomInit) {
        // mt19937 is specified bit-for-bit by the standard; the distribution
        // classes are not, so uniforms are made from its raw bits to keep a
        // seed reproducible across standard libraries.
        std::mt19937 rng(params.seed);
        for (std::size_t i = 0; i < count; ++i) {
            const double u = double(rng() >> 8) * (1.0 / 16777216.0);
            angles.values[i] = std::polar(s[i], static_cast<float>(2.0 * M_PI * u));
        }
    } else {
        for (std::size_t i = 0; i < count; ++i)
            angles.values[i] = s[i];
    }

    double normS = 0.0;
    for (std::size_t i = 0; i < count; ++i)
        normS += double(s[i]) * s[i];
    normS = std::sqrt(normS);
    if (spectralConvergence)
        spectralConvergence->clear();

    // librosa.griffinlim (Perraudin et al.'s fast Griffin-Lim): project onto
    // consistent spectrograms, extrapolate by momentum / (1 + momentum) of the
    // previous projection, keep only the phase, reapply the target magnitude.
    const float alpha = params.momentum / (1.0f + params.momentum);
    std::vector<std::complex<float>> previous;
    for (int it = 0; it < params.iterations; ++it) {
        reportProgress(progress, double(it) / params.iterations);
        const std::vector<float> inverse = istft(angles, stftParams, params.length);
        ComplexSpectrogram rebuilt = stft(inverse, stftParams);
        if (rebuilt.frames != angles.frames)
            throw Error("Griffin-Lim: output length " + std::to_string(params.length)
                        + " does not match the spectrogram's " + std::to_string(angles.frames) + " frames");
        if (spectralConvergence) {
            double err = 0.0;
            for (std::size_t i = 0; i < count; ++i) {
                const double d = double(s[i]) - magnitudeOf(rebuilt.values[i]);
                err += d * d;
            }
            spectralConvergence->push_back(normS > 0.0 ? std::sqrt(err) / normS : 0.0);
        }
        for (std::size_t i = 0; i < count; ++i) {
            std::complex<float> a = rebuilt.values[i];
            if (!previous.empty())
                a -= alpha * previous[i];
            // FLT_MIN is numpy's tiny() for complex64: it only guards 0 / 0.
            angles.values[i] = a * (s[i] / (magnitudeOf(a) + FLT_MIN));
        }
        previous.swap(rebuilt.values);
    }
    reportProgress(progress, 1.0);
    return istft(angles, stftParams, params.length);
}

} // namespace wb
