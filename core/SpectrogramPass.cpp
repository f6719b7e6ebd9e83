#include "SpectrogramPass.h"

#include "Error.h"
#include "Fft.h"
#include "Parallel.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <complex>
#include <exception>
#include <string>
#include <thread>

namespace wb {

namespace {

struct Shared
{
    const std::vector<float> *signal;
    const StftParams *stft;
    const MelFilterbank *filterbank;
    SpectrogramPassResult *out;
    std::atomic<bool> stop{false};
};

// Frames [first, last) of the signal; first is a multiple of framesPerColumn,
// so every pooled column is written by exactly one worker.
void work(Shared &s, long long first, long long last, const ProgressFn &progress)
{
    const StftParams &p = *s.stft;
    const auto samples = static_cast<long long>(s.signal->size());
    const int bins = p.bins();
    const int nm = s.filterbank->nMels();
    const int pool = s.out->framesPerColumn;
    const long long frames = s.out->frames;
    const auto fft = RealFft::forSize(std::size_t(p.nFft));
    const std::vector<float> window = stftWindow(p);
    std::vector<float> frameBuf(std::size_t(p.nFft));
    std::vector<std::complex<float>> spectrum(static_cast<std::size_t>(bins));
    std::vector<float> power(static_cast<std::size_t>(bins));
    Matrix &lin = s.out->linearMagnitude;
    Matrix &melOut = s.out->melPower;
    // Results collect in small frame-major buffers and reach the [rows][cols]
    // matrices a block at a time: one strided write per cell of a block
    // instead of one cache miss per cell of every frame.
    constexpr int kMelBlock = 16;
    std::vector<float> melBlock(std::size_t(nm) * kMelBlock);
    std::vector<float> column(static_cast<std::size_t>(bins));
    auto flushMel = [&](long long blockStart, int count) {
        for (int m = 0; m < nm; ++m) {
            float *dst = melOut.row(std::size_t(m)) + blockStart;
            for (int f = 0; f < count; ++f)
                dst[f] = melBlock[std::size_t(f) * std::size_t(nm) + std::size_t(m)];
        }
    };
    auto flushColumn = [&](long long c) {
        for (int k = 0; k < bins; ++k)
            lin.at(std::size_t(k), std::size_t(c)) = column[std::size_t(k)];
    };
    long long melStart = first;
    for (long long t = first; t < last; ++t) {
        if ((t - first) % 256 == 0) {
            if (s.stop.load(std::memory_order_relaxed))
                return;
            if (progress && !progress(double(t - first) / double(std::max(1LL, last - first)))) {
                s.stop = true;
                return;
            }
        }
        stftFrame(s.signal->data(), samples, t, p, window.data(), frameBuf.data());
        fft->forward(frameBuf.data(), spectrum.data());
        const float *xf = reinterpret_cast<const float *>(spectrum.data());
        for (int k = 0; k < bins; ++k)
            power[std::size_t(k)] = xf[2 * k] * xf[2 * k] + xf[2 * k + 1] * xf[2 * k + 1];
        s.filterbank->apply(power.data(), melBlock.data() + std::size_t(t - melStart) * std::size_t(nm));
        if (t - melStart + 1 == kMelBlock || t + 1 == last) {
            flushMel(melStart, int(t - melStart + 1));
            melStart = t + 1;
        }
        // Pool the power and take one square root per cell at the end: the
        // max of |X|^2 is the square of the max of |X|.
        if (t % pool == 0) {
            std::copy(power.begin(), power.end(), column.begin());
        } else {
            for (int k = 0; k < bins; ++k)
                column[std::size_t(k)] = std::max(column[std::size_t(k)], power[std::size_t(k)]);
        }
        if ((t + 1) % pool == 0 || t + 1 == frames)
            flushColumn(t / pool);
    }
}

} // namespace

SpectrogramPassResult spectrogramPass(const std::vector<float> &signal, const StftParams &stft,
                                      const MelFilterbank &filterbank, int maxLinearColumns, int threads,
                                      const ProgressFn &progress)
{
    stft.validate();
    if (stft.nFft != filterbank.params().nFft)
        throw Error("mel filterbank was made for n_fft " + std::to_string(filterbank.params().nFft)
                    + ", the STFT uses " + std::to_string(stft.nFft));
    const auto samples = static_cast<long long>(signal.size());
    if (samples < 1)
        throw Error("cannot compute a spectrogram of an empty signal");
    SpectrogramPassResult r;
    r.frames = stft.frameCount(samples);
    if (r.frames < 1)
        throw Error("signal is shorter than n_fft (and center is off)");
    const long long maxCols = std::max(1, maxLinearColumns);
    r.framesPerColumn = int((r.frames + maxCols - 1) / maxCols);
    const long long columns = (r.frames + r.framesPerColumn - 1) / r.framesPerColumn;
    r.melPower = Matrix(std::size_t(filterbank.nMels()), std::size_t(r.frames));
    r.linearMagnitude = Matrix(std::size_t(stft.bins()), std::size_t(columns));

    Shared s;
    s.signal = &signal;
    s.stft = &stft;
    s.filterbank = &filterbank;
    s.out = &r;
    // Whole columns per worker; tiny signals are not worth a thread.
    const int n = int(std::clamp<long long>(threads, 1, std::max(1LL, std::min<long long>(columns, r.frames / 512))));
    const long long colsPer = (columns + n - 1) / n;
    runWorkers(n, s.stop, [&](int i) {
        const long long first = std::min(r.frames, i * colsPer * r.framesPerColumn);
        const long long last = std::min(r.frames, (i + 1) * colsPer * r.framesPerColumn);
        work(s, first, last, i == 0 ? progress : ProgressFn());
    });
    if (s.stop)
        throw Cancelled();
    for (float &v : r.linearMagnitude.values())
        v = std::sqrt(v);
    reportProgress(progress, 1.0);
    return r;
}

Matrix maxPoolColumns(const Matrix &m, int factor)
{
    if (factor <= 1 || m.empty())
        return m;
    const std::size_t cols = (m.cols() + std::size_t(factor) - 1) / std::size_t(factor);
    Matrix out(m.rows(), cols);
    for (std::size_t r = 0; r < m.rows(); ++r) {
        const float *src = m.row(r);
        float *dst = out.row(r);
        for (std::size_t c = 0; c < cols; ++c) {
            const std::size_t a = c * std::size_t(factor);
            const std::size_t b = std::min(m.cols(), a + std::size_t(factor));
            dst[c] = *std::max_element(src + a, src + b);
        }
    }
    return out;
}

} // namespace wb
