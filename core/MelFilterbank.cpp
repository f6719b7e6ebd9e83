#include "MelFilterbank.h"

#include "Error.h"
#include "Fft.h"

#include <algorithm>
#include <cmath>
#include <string>

#if defined(__SSE2__)
#include <xmmintrin.h>
#endif

namespace wb {

namespace {

// Slaney's Auditory Toolbox scale, as librosa.hz_to_mel(htk=False).
constexpr double kFSp = 200.0 / 3.0;
constexpr double kMinLogHz = 1000.0;
constexpr double kMinLogMel = kMinLogHz / kFSp; // 15
const double kLogStep = std::log(6.4) / 27.0;

// Four independent partial sums: GCC will not reorder a float reduction
// without -ffast-math, and a single accumulator serialises on the add latency.
inline float dot(const float *w, const float *x, int n)
{
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int j = 0;
    for (; j + 4 <= n; j += 4) {
        s0 += w[j] * x[j];
        s1 += w[j + 1] * x[j + 1];
        s2 += w[j + 2] * x[j + 2];
        s3 += w[j + 3] * x[j + 3];
    }
    for (; j < n; ++j)
        s0 += w[j] * x[j];
    return (s0 + s1) + (s2 + s3);
}

// melSpectrogram works on blocks of kBlock frames, computing their power
// spectra kGroup frames at a time.
constexpr int kBlock = 8;
constexpr int kGroup = 4;

// Power spectra of kGroup frames, bins [0, n), from their rfft outputs x[g]
// (interleaved complex), stored bin-major: pw[k * kBlock + g]. The SSE path
// transposes four bins of four frames in registers, so it writes whole
// vectors where one frame at a time would scatter single floats kBlock
// apart; the arithmetic is the same, so the results are too.
void powerGroup(const float *const x[kGroup], float *pw, int n)
{
    static_assert(kGroup == 4, "the SSE transpose is 4 x 4");
    int k = 0;
#if defined(__SSE2__)
    for (; k + 4 <= n; k += 4) {
        __m128 p[kGroup];
        for (int g = 0; g < kGroup; ++g) {
            const __m128 a = _mm_loadu_ps(x[g] + 2 * k);
            const __m128 b = _mm_loadu_ps(x[g] + 2 * k + 4);
            const __m128 re = _mm_shuffle_ps(a, b, _MM_SHUFFLE(2, 0, 2, 0));
            const __m128 im = _mm_shuffle_ps(a, b, _MM_SHUFFLE(3, 1, 3, 1));
            p[g] = _mm_add_ps(_mm_mul_ps(re, re), _mm_mul_ps(im, im));
        }
        _MM_TRANSPOSE4_PS(p[0], p[1], p[2], p[3]);
        for (int i = 0; i < 4; ++i)
            _mm_storeu_ps(pw + (k + i) * kBlock, p[i]);
    }
#endif
    for (; k < n; ++k)
        for (int g = 0; g < kGroup; ++g)
            pw[k * kBlock + g] = x[g][2 * k] * x[g][2 * k] + x[g][2 * k + 1] * x[g][2 * k + 1];
}

// The running filter sums of one band for the kBlock frames of a block, fed
// one bin at a time in order, so each frame's sum is accumulated exactly as
// a plain loop would. Written out with SSE because GCC vectorizes the plain
// loop across bins instead, with a shuffle-heavy in-order reduction that was
// the slowest part of melSpectrogram.
class BandSum
{
public:
    /** Adds weight * p[f] to frame f's sum; p is one bin's row of pw. */
    void add(float weight, const float *p)
    {
#if defined(__SSE2__)
        const __m128 w = _mm_set1_ps(weight);
        m_lo = _mm_add_ps(m_lo, _mm_mul_ps(w, _mm_loadu_ps(p)));
        m_hi = _mm_add_ps(m_hi, _mm_mul_ps(w, _mm_loadu_ps(p + 4)));
#else
        for (int f = 0; f < kBlock; ++f)
            m_sum[f] += weight * p[f];
#endif
    }

    void store(float *out) const
    {
#if defined(__SSE2__)
        _mm_storeu_ps(out, m_lo);
        _mm_storeu_ps(out + 4, m_hi);
#else
        std::copy(m_sum, m_sum + kBlock, out);
#endif
    }

private:
#if defined(__SSE2__)
    static_assert(kBlock == 8, "two SSE vectors per bin");
    __m128 m_lo = _mm_setzero_ps();
    __m128 m_hi = _mm_setzero_ps();
#else
    float m_sum[kBlock] = {};
#endif
};

// Filters the kBlock frames of pw through bands a and b into accA and accB.
// Two bands share the loop because each band's sums are chains of dependent
// adds: one band alone waits on the add latency at every bin, and a second,
// independent band fills that wait (measured about 0.2 ms on 60 s).
void applyBandPair(const MelFilterbank::Band &a, const MelFilterbank::Band &b, const float *pw,
                   float *accA, float *accB)
{
    const float *pa = pw + static_cast<std::size_t>(a.firstBin) * kBlock;
    const float *pb = pw + static_cast<std::size_t>(b.firstBin) * kBlock;
    const std::size_t na = a.weights.size();
    const std::size_t nb = b.weights.size();
    BandSum sa, sb;
    std::size_t j = 0;
    for (; j < std::min(na, nb); ++j) {
        sa.add(a.weights[j], pa + j * kBlock);
        sb.add(b.weights[j], pb + j * kBlock);
    }
    for (std::size_t i = j; i < na; ++i)
        sa.add(a.weights[i], pa + i * kBlock);
    for (std::size_t i = j; i < nb; ++i)
        sb.add(b.weights[i], pb + i * kBlock);
    sa.store(accA);
    sb.store(accB);
}

// In-place Cholesky of a small dense SPD matrix (row-major, n x n); the lower
// triangle receives L.
void cholesky(std::vector<double> &a, int n)
{
    for (int j = 0; j < n; ++j) {
        double d = a[j * n + j];
        for (int k = 0; k < j; ++k)
            d -= a[j * n + k] * a[j * n + k];
        if (d <= 0)
            throw Error("mel filterbank inverse: Gram matrix is not positive definite");
        d = std::sqrt(d);
        a[j * n + j] = d;
        for (int i = j + 1; i < n; ++i) {
            double s = a[i * n + j];
            for (int k = 0; k < j; ++k)
                s -= a[i * n + k] * a[j * n + k];
            a[i * n + j] = s / d;
        }
    }
}

void choleskySolve(const std::vector<double> &l, int n, std::vector<double> &b)
{
    for (int i = 0; i < n; ++i) {
        double s = b[i];
        for (int k = 0; k < i; ++k)
            s -= l[i * n + k] * b[k];
        b[i] = s / l[i * n + i];
    }
    for (int i = n - 1; i >= 0; --i) {
        double s = b[i];
        for (int k = i + 1; k < n; ++k)
            s -= l[k * n + i] * b[k];
        b[i] = s / l[i * n + i];
    }
}

} // namespace

void MelParams::validate() const
{
    if (sampleRate < 1)
        throw Error("sample rate must be positive, got " + std::to_string(sampleRate));
    if (nFft < 16 || nFft > 65536)
        throw Error("n_fft must be between 16 and 65536, got " + std::to_string(nFft));
    if (nMels < 1 || nMels > 4096)
        throw Error("n_mels must be between 1 and 4096, got " + std::to_string(nMels));
    if (!(fmin >= 0.0f))
        throw Error("fmin must not be negative, got " + std::to_string(fmin));
    const float top = effectiveFmax();
    if (top > sampleRate / 2.0f)
        throw Error("fmax " + std::to_string(top) + " Hz is above the Nyquist frequency "
                    + std::to_string(sampleRate / 2.0f) + " Hz");
    if (fmin >= top)
        throw Error("fmin " + std::to_string(fmin) + " Hz must be below fmax "
                    + std::to_string(top) + " Hz");
}

double hzToMel(double hz, bool htk)
{
    if (htk)
        return 2595.0 * std::log10(1.0 + hz / 700.0);
    if (hz >= kMinLogHz)
        return kMinLogMel + std::log(hz / kMinLogHz) / kLogStep;
    return hz / kFSp;
}

double melToHz(double mel, bool htk)
{
    if (htk)
        return 700.0 * (std::pow(10.0, mel / 2595.0) - 1.0);
    if (mel >= kMinLogMel)
        return kMinLogHz * std::exp(kLogStep * (mel - kMinLogMel));
    return kFSp * mel;
}

std::vector<double> melFrequencies(int n, double fmin, double fmax, bool htk)
{
    if (n < 1)
        throw Error("need at least one mel frequency");
    const double lo = hzToMel(fmin, htk);
    const double hi = hzToMel(fmax, htk);
    std::vector<double> f(static_cast<std::size_t>(n));
    // numpy.linspace: start + i * step, with the end point set exactly.
    const double step = n > 1 ? (hi - lo) / (n - 1) : 0.0;
    for (int i = 0; i < n; ++i)
        f[i] = melToHz(i == n - 1 && n > 1 ? hi : lo + i * step, htk);
    return f;
}

MelFilterbank::MelFilterbank(const MelParams &params) : m_params(params)
{
    m_params.validate();
    const int nMels = m_params.nMels;
    const int nb = bins();
    const std::vector<double> melF =
        melFrequencies(nMels + 2, m_params.fmin, m_params.effectiveFmax(), m_params.htk);
    const double binHz = double(m_params.sampleRate) / m_params.nFft; // numpy.fft.rfftfreq
    m_bands.resize(static_cast<std::size_t>(nMels));
    std::vector<float> row(static_cast<std::size_t>(nb));
    for (int m = 0; m < nMels; ++m) {
        const double fdLo = melF[m + 1] - melF[m];
        const double fdHi = melF[m + 2] - melF[m + 1];
        const double enorm = m_params.slaneyNorm ? 2.0 / (melF[m + 2] - melF[m]) : 1.0;
        int first = -1;
        int last = -1;
        for (int k = 0; k < nb; ++k) {
            const double fk = k * binHz;
            // Same operations as librosa (ramps = mel_f - fftfreqs), so the
            // rounding and the exact zeros at the triangle's feet agree.
            const double lower = -(melF[m] - fk) / fdLo;
            const double upper = (melF[m + 2] - fk) / fdHi;
            const float w = static_cast<float>(std::max(0.0, std::min(lower, upper)));
            // librosa stores float32 weights first, then scales by enorm.
            row[k] = static_cast<float>(double(w) * enorm);
            if (row[k] > 0.0f) {
                if (first < 0)
                    first = k;
                last = k;
            }
        }
        Band &band = m_bands[m];
        if (first >= 0) {
            band.firstBin = first;
            band.weights.assign(row.begin() + first, row.begin() + last + 1);
        }
    }
}

Matrix MelFilterbank::dense() const
{
    Matrix d(static_cast<std::size_t>(nMels()), static_cast<std::size_t>(bins()));
    for (int m = 0; m < nMels(); ++m) {
        const Band &b = m_bands[m];
        std::copy(b.weights.begin(), b.weights.end(), d.row(m) + b.firstBin);
    }
    return d;
}

void MelFilterbank::apply(const float *spectrum, float *out) const
{
    const std::size_t n = m_bands.size();
    for (std::size_t m = 0; m < n; ++m) {
        const Band &b = m_bands[m];
        out[m] = dot(b.weights.data(), spectrum + b.firstBin, static_cast<int>(b.weights.size()));
    }
}

Matrix MelFilterbank::apply(const Matrix &spectrogram) const
{
    if (spectrogram.rows() != static_cast<std::size_t>(bins()))
        throw Error("spectrogram has " + std::to_string(spectrogram.rows())
                    + " bins, the mel filterbank expects " + std::to_string(bins()));
    const std::size_t frames = spectrogram.cols();
    Matrix out(static_cast<std::size_t>(nMels()), frames);
    // Row-wise axpy: contiguous over frames, so it vectorizes without any
    // reduction.
    for (int m = 0; m < nMels(); ++m) {
        const Band &b = m_bands[m];
        float *dst = out.row(m);
        for (std::size_t j = 0; j < b.weights.size(); ++j) {
            const float w = b.weights[j];
            const float *src = spectrogram.row(b.firstBin + j);
            for (std::size_t t = 0; t < frames; ++t)
                dst[t] += w * src[t];
        }
    }
    return out;
}

Matrix MelFilterbank::invert(const Matrix &mel, int iterations) const
{
    // Non-negative least squares min_{x >= 0} 0.5 ||A x - b||^2 per frame, the
    // problem librosa.util.nnls solves for mel_to_stft. librosa runs L-BFGS-B
    // from the clipped minimum-norm least-squares solution; we start from the
    // same point and run accelerated projected gradient (FISTA) with step
    // 1/||A||^2, which needs only the sparse A and A^T and converges to the
    // same minimiser. Results agree with librosa's to solver tolerance.
    if (mel.rows() != static_cast<std::size_t>(nMels()))
        throw Error("mel spectrogram has " + std::to_string(mel.rows())
                    + " bands, the filterbank has " + std::to_string(nMels()));
    if (iterations < 0)
        throw Error("NNLS iterations must not be negative");
    const int nm = nMels();
    const int nb = bins();
    const std::size_t frames = mel.cols();

    auto mulA = [&](const std::vector<float> &x, std::vector<float> &y) {
        apply(x.data(), y.data());
    };
    auto mulAt = [&](const std::vector<float> &y, std::vector<float> &x) {
        std::fill(x.begin(), x.end(), 0.0f);
        for (int m = 0; m < nm; ++m) {
            const Band &b = m_bands[m];
            for (std::size_t j = 0; j < b.weights.size(); ++j)
                x[b.firstBin + j] += b.weights[j] * y[m];
        }
    };

    // Lipschitz constant ||A^T A||_2 by power iteration (a few percent high is
    // harmless; low would diverge, so add a margin).
    // x stays unit-length, so ||A^T A x|| converges to the largest eigenvalue.
    std::vector<float> x(nb, static_cast<float>(1.0 / std::sqrt(double(nb)))), ax(nm), g(nb);
    double lip = 0.0;
    for (int it = 0; it < 60; ++it) {
        mulA(x, ax);
        mulAt(ax, g);
        double norm = 0.0;
        for (float v : g)
            norm += double(v) * v;
        lip = std::sqrt(norm);
        if (lip <= 0.0)
            break;
        for (int k = 0; k < nb; ++k)
            x[k] = static_cast<float>(g[k] / lip);
    }
    const float step = lip > 0.0 ? static_cast<float>(1.0 / (1.05 * lip)) : 0.0f;

    // Gram matrix A A^T (small, dense) for the minimum-norm starting point;
    // a tiny ridge keeps it definite when a band is empty.
    const Matrix a = dense();
    std::vector<double> gram(static_cast<std::size_t>(nm) * nm, 0.0);
    double maxDiag = 0.0;
    for (int i = 0; i < nm; ++i)
        for (int j = 0; j <= i; ++j) {
            double s = 0.0;
            for (int k = 0; k < nb; ++k)
                s += double(a.at(i, k)) * a.at(j, k);
            gram[i * nm + j] = gram[j * nm + i] = s;
            maxDiag = std::max(maxDiag, s);
        }
    for (int i = 0; i < nm; ++i)
        gram[i * nm + i] += 1e-10 * std::max(maxDiag, 1e-30);
    cholesky(gram, nm);

    Matrix out(static_cast<std::size_t>(nb), frames);
    std::vector<double> y(nm);
    std::vector<float> b(nm), z(nb), prev(nb), r(nm);
    for (std::size_t t = 0; t < frames; ++t) {
        for (int m = 0; m < nm; ++m)
            y[m] = b[m] = mel.at(m, t);
        choleskySolve(gram, nm, y);
        for (int m = 0; m < nm; ++m)
            r[m] = static_cast<float>(y[m]);
        mulAt(r, x);
        for (float &v : x)
            v = std::max(0.0f, v);
        z = x;
        prev = x;
        double tk = 1.0;
        for (int it = 0; it < iterations && step > 0.0f; ++it) {
            mulA(z, r);
            for (int m = 0; m < nm; ++m)
                r[m] -= b[m];
            mulAt(r, g);
            for (int k = 0; k < nb; ++k)
                x[k] = std::max(0.0f, z[k] - step * g[k]);
            const double tNext = 0.5 * (1.0 + std::sqrt(1.0 + 4.0 * tk * tk));
            const float beta = static_cast<float>((tk - 1.0) / tNext);
            for (int k = 0; k < nb; ++k) {
                z[k] = x[k] + beta * (x[k] - prev[k]);
                prev[k] = x[k];
            }
            tk = tNext;
        }
        for (int k = 0; k < nb; ++k)
            out.at(k, t) = x[k];
    }
    return out;
}

Matrix melSpectrogram(const std::vector<float> &signal, const StftParams &stft,
                      const MelFilterbank &filterbank, float power, const ProgressFn &progress)
{
    stft.validate();
    if (stft.nFft != filterbank.params().nFft)
        throw Error("mel filterbank was made for n_fft " + std::to_string(filterbank.params().nFft)
                    + ", the STFT uses " + std::to_string(stft.nFft));
    if (!(power > 0.0f))
        throw Error("spectrogram power must be positive");
    const long long samples = static_cast<long long>(signal.size());
    if (samples < 1)
        throw Error("cannot compute a mel spectrogram of an empty signal");
    const long long frames = stft.frameCount(samples);
    if (frames < 1)
        throw Error("signal is shorter than n_fft (and center is off)");

    // Bins above the highest band's top never reach the output: skip them.
    int usedBins = 0;
    for (const auto &b : filterbank.bands())
        usedBins = std::max(usedBins, b.firstBin + static_cast<int>(b.weights.size()));

    const int nm = filterbank.nMels();
    const auto fft = RealFft::forSize(stft.nFft);
    const std::vector<float> window = stftWindow(stft);
    // kBlock frames at a time, their power spectra stored bin-major
    // (pw[k][f]): each filter weight then multiplies a short contiguous run
    // of frames, with no float reduction to vectorize, and each band's
    // results land as a contiguous run of the [nMels][frames] output, so
    // nothing is transposed afterwards. Measured against one dot product per
    // band and frame into a frames-major buffer plus a final transpose, this
    // is about 1 ms faster on 60 s (7.5 vs 8.6 ms, FFTs alone 4.2 ms).
    // Each frame of a group of kGroup has a workspace of its own: it is
    // windowed straight into FFTW's aligned input, and powerGroup reads the
    // group's outputs together to fill pw a whole vector at a time. That and
    // the SSE filter sums (BandSum) took 60 s from 8.5 to 6.7 ms on the dev
    // VM (best of 80 runs; FFTs alone 4.7 ms). Windowing in the frequency
    // domain instead (Hann as a 3-tap filter on the transform of the raw
    // signal) was 0.5 ms slower, probably because FFTW then reads colder
    // input than the frame the window loop has just written for it.
    std::vector<RealFft::Workspace> ws;
    const float *spectra[kGroup];
    for (int g = 0; g < kGroup; ++g) {
        ws.emplace_back(*fft);
        spectra[g] = reinterpret_cast<const float *>(ws[g].out());
    }
    std::vector<float> pw(static_cast<std::size_t>(std::max(usedBins, 1)) * kBlock, 0.0f);
    const std::vector<MelFilterbank::Band> &bands = filterbank.bands();
    const MelFilterbank::Band noBand; // the partner of an odd last band
    Matrix out(static_cast<std::size_t>(nm), static_cast<std::size_t>(frames));
    const float half = 0.5f * power;
    for (long long t0 = 0; t0 < frames; t0 += kBlock) {
        if (t0 % 256 == 0)
            reportProgress(progress, double(t0) / frames);
        const int count = static_cast<int>(std::min<long long>(kBlock, frames - t0));
        for (int f0 = 0; f0 < count; f0 += kGroup) {
            for (int g = 0; g < kGroup && f0 + g < count; ++g) {
                stftFrame(signal.data(), samples, t0 + f0 + g, stft, window.data(), ws[g].in());
                fft->forward(ws[g]);
            }
            powerGroup(spectra, pw.data() + f0, usedBins);
        }
        if (power != 2.0f)
            for (int k = 0; k < usedBins; ++k)
                for (int f = 0; f < count; ++f)
                    pw[k * kBlock + f] = std::pow(pw[k * kBlock + f], half);
        for (int m = 0; m < nm; m += 2) {
            float acc[2][kBlock];
            applyBandPair(bands[m], m + 1 < nm ? bands[m + 1] : noBand, pw.data(), acc[0], acc[1]);
            for (int b = 0; b < 2 && m + b < nm; ++b)
                std::copy(acc[b], acc[b] + count, out.row(static_cast<std::size_t>(m + b)) + t0);
        }
    }
    reportProgress(progress, 1.0);
    return out;
}

} // namespace wb
