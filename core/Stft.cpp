#include "Stft.h"

#include "Error.h"
#include "Fft.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace wb {

namespace {

// Frames are transformed in small blocks and then transposed into the
// [bins][frames] output, so the strided writes touch whole cache lines
// instead of one value per line.
constexpr int kBlock = 16;
// Progress is reported about this often (in frames): cheap, still smooth.
constexpr int kProgressEvery = 256;

long long centerPad(const StftParams &p)
{
    return p.center ? p.nFft / 2 : 0;
}

void checkSignal(const StftParams &params, long long samples)
{
    if (samples < 1)
        throw Error("cannot compute an STFT of an empty signal");
    if (params.frameCount(samples) < 1)
        throw Error("signal of " + std::to_string(samples) + " samples is shorter than n_fft "
                    + std::to_string(params.nFft) + " (and center is off)");
}

// |X|^power for n bins. Power 2 and 1 are the common cases and get loops the
// compiler can vectorize; any other exponent goes through pow.
void powerSpectrum(const std::complex<float> *x, float *out, int n, float power)
{
    const float *xf = reinterpret_cast<const float *>(x);
    if (power == 2.0f) {
        for (int k = 0; k < n; ++k)
            out[k] = xf[2 * k] * xf[2 * k] + xf[2 * k + 1] * xf[2 * k + 1];
    } else if (power == 1.0f) {
        int k = 0;
#if defined(__SSE2__)
        // GCC will not vectorize std::sqrt while it may have to set errno;
        // sqrtps is the same correctly rounded square root, four at a time.
        for (; k + 4 <= n; k += 4) {
            const __m128 a = _mm_loadu_ps(xf + 2 * k);
            const __m128 b = _mm_loadu_ps(xf + 2 * k + 4);
            const __m128 re = _mm_shuffle_ps(a, b, _MM_SHUFFLE(2, 0, 2, 0));
            const __m128 im = _mm_shuffle_ps(a, b, _MM_SHUFFLE(3, 1, 3, 1));
            _mm_storeu_ps(out + k, _mm_sqrt_ps(_mm_add_ps(_mm_mul_ps(re, re), _mm_mul_ps(im, im))));
        }
#endif
        for (; k < n; ++k)
            out[k] = std::sqrt(xf[2 * k] * xf[2 * k] + xf[2 * k + 1] * xf[2 * k + 1]);
    } else {
        const float half = 0.5f * power;
        for (int k = 0; k < n; ++k)
            out[k] = std::pow(xf[2 * k] * xf[2 * k] + xf[2 * k + 1] * xf[2 * k + 1], half);
    }
}

} // namespace

void StftParams::validate() const
{
    if (nFft < 16 || nFft > 65536)
        throw Error("n_fft must be between 16 and 65536, got " + std::to_string(nFft));
    if (hop < 1)
        throw Error("hop length must be at least 1, got " + std::to_string(hop));
    if (hop > 16 * nFft)
        throw Error("hop length " + std::to_string(hop) + " is absurdly larger than n_fft");
    if (winLength < 0 || winLength > nFft)
        throw Error("window length must be between 1 and n_fft (" + std::to_string(nFft)
                    + "), got " + std::to_string(winLength));
}

long long StftParams::frameCount(long long samples) const
{
    const long long padded = samples + 2 * (center ? nFft / 2 : 0);
    if (samples < 0 || padded < nFft || hop < 1)
        return 0;
    return 1 + (padded - nFft) / hop;
}

std::vector<float> stftWindow(const StftParams &params)
{
    const int wl = params.winLength > 0 ? params.winLength : params.nFft;
    const std::vector<float> w = makeWindow(params.window, wl);
    std::vector<float> padded(static_cast<std::size_t>(params.nFft), 0.0f);
    const int left = (params.nFft - wl) / 2; // librosa.util.pad_center
    std::copy(w.begin(), w.end(), padded.begin() + left);
    return padded;
}

void stftFrame(const float *signal, long long samples, long long frame, const StftParams &params,
               const float *window, float *out)
{
    const int n = params.nFft;
    const long long start = frame * params.hop - centerPad(params);
    if (start >= 0 && start + n <= samples) {
        const float *x = signal + start;
        for (int i = 0; i < n; ++i)
            out[i] = window[i] * x[i];
        return;
    }
    // Edge frame: the part outside the signal is the zero padding.
    const long long lo = std::max(0LL, -start);
    const long long hi = std::min<long long>(n, samples - start);
    for (long long i = 0; i < n; ++i)
        out[i] = (i >= lo && i < hi) ? window[i] * signal[start + i] : 0.0f;
}

ComplexSpectrogram stft(const std::vector<float> &signal, const StftParams &params,
                        const ProgressFn &progress)
{
    params.validate();
    const long long samples = static_cast<long long>(signal.size());
    checkSignal(params, samples);
    const int nb = params.bins();
    const long long frames = params.frameCount(samples);
    ComplexSpectrogram out;
    out.bins = nb;
    out.frames = static_cast<int>(frames);
    out.values.resize(static_cast<std::size_t>(nb) * frames);

    const auto fft = RealFft::forSize(params.nFft);
    const std::vector<float> window = stftWindow(params);
    std::vector<float> frameBuf(params.nFft);
    std::vector<std::complex<float>> block(static_cast<std::size_t>(kBlock) * nb);

    for (long long t0 = 0; t0 < frames; t0 += kBlock) {
        if (t0 % kProgressEvery == 0)
            reportProgress(progress, double(t0) / frames);
        const int count = static_cast<int>(std::min<long long>(kBlock, frames - t0));
        for (int f = 0; f < count; ++f) {
            stftFrame(signal.data(), samples, t0 + f, params, window.data(), frameBuf.data());
            fft->forward(frameBuf.data(), block.data() + static_cast<std::size_t>(f) * nb);
        }
        for (int k = 0; k < nb; ++k) {
            std::complex<float> *dst = out.values.data() + static_cast<std::size_t>(k) * frames + t0;
            for (int f = 0; f < count; ++f)
                dst[f] = block[static_cast<std::size_t>(f) * nb + k];
        }
    }
    reportProgress(progress, 1.0);
    return out;
}

Matrix stftMagnitude(const std::vector<float> &signal, const StftParams &params, float power,
                     const ProgressFn &progress)
{
    params.validate();
    if (!(power > 0.0f))
        throw Error("spectrogram power must be positive");
    const long long samples = static_cast<long long>(signal.size());
    checkSignal(params, samples);
    const int nb = params.bins();
    const long long frames = params.frameCount(samples);
    Matrix out(static_cast<std::size_t>(nb), static_cast<std::size_t>(frames));

    const auto fft = RealFft::forSize(params.nFft);
    const std::vector<float> window = stftWindow(params);
    std::vector<float> frameBuf(params.nFft);
    std::vector<std::complex<float>> spectrum(nb);
    std::vector<float> block(static_cast<std::size_t>(kBlock) * nb);

    for (long long t0 = 0; t0 < frames; t0 += kBlock) {
        if (t0 % kProgressEvery == 0)
            reportProgress(progress, double(t0) / frames);
        const int count = static_cast<int>(std::min<long long>(kBlock, frames - t0));
        for (int f = 0; f < count; ++f) {
            stftFrame(signal.data(), samples, t0 + f, params, window.data(), frameBuf.data());
            fft->forward(frameBuf.data(), spectrum.data());
            powerSpectrum(spectrum.data(), block.data() + static_cast<std::size_t>(f) * nb, nb, power);
        }
        for (int k = 0; k < nb; ++k) {
            float *dst = out.row(static_cast<std::size_t>(k)) + t0;
            for (int f = 0; f < count; ++f)
                dst[f] = block[static_cast<std::size_t>(f) * nb + k];
        }
    }
    reportProgress(progress, 1.0);
    return out;
}

std::vector<float> istft(const ComplexSpectrogram &spec, const StftParams &params, long long length)
{
    params.validate();
    if (spec.bins != params.bins())
        throw Error("spectrogram has " + std::to_string(spec.bins) + " bins but n_fft "
                    + std::to_string(params.nFft) + " needs " + std::to_string(params.bins()));
    if (spec.frames < 1)
        throw Error("cannot invert an empty spectrogram");
    if (length < 0)
        throw Error("istft length must not be negative");
    if (spec.values.size() != static_cast<std::size_t>(spec.bins) * spec.frames)
        throw Error("spectrogram values do not match its shape");

    const int n = params.nFft;
    const int nb = spec.bins;
    const int hop = params.hop;
    const long long pad = centerPad(params);
    long long frames = spec.frames;
    if (length > 0) // as librosa: only the frames that reach into the requested length
        frames = std::min<long long>(frames, (length + 2 * pad + hop - 1) / hop);
    const long long total = n + static_cast<long long>(hop) * (frames - 1);

    const auto fft = RealFft::forSize(n);
    const std::vector<float> window = stftWindow(params);
    std::vector<float> y(static_cast<std::size_t>(total), 0.0f);
    std::vector<float> wss(static_cast<std::size_t>(total), 0.0f);
    std::vector<std::complex<float>> block(static_cast<std::size_t>(kBlock) * nb);
    std::vector<float> frameBuf(n);

    for (long long t0 = 0; t0 < frames; t0 += kBlock) {
        const int count = static_cast<int>(std::min<long long>(kBlock, frames - t0));
        for (int k = 0; k < nb; ++k) {
            const std::complex<float> *src = spec.values.data() + static_cast<std::size_t>(k) * spec.frames + t0;
            for (int f = 0; f < count; ++f)
                block[static_cast<std::size_t>(f) * nb + k] = src[f];
        }
        for (int f = 0; f < count; ++f) {
            fft->inverse(block.data() + static_cast<std::size_t>(f) * nb, frameBuf.data());
            float *dst = y.data() + (t0 + f) * hop;
            float *ws = wss.data() + (t0 + f) * hop;
            for (int i = 0; i < n; ++i) {
                dst[i] += window[i] * frameBuf[i];
                ws[i] += window[i] * window[i];
            }
        }
    }
    // librosa divides only where the window sum-square exceeds the smallest
    // normal float, leaving the (unrecoverable) rest as it is.
    for (long long i = 0; i < total; ++i)
        if (wss[i] > FLT_MIN)
            y[i] /= wss[i];

    const long long natural = total - 2 * pad;
    const long long want = length > 0 ? length : natural;
    std::vector<float> out(static_cast<std::size_t>(std::max(0LL, want)), 0.0f);
    const long long avail = std::min(want, total - pad);
    if (avail > 0)
        std::copy(y.begin() + pad, y.begin() + pad + avail, out.begin());
    return out;
}

} // namespace wb
