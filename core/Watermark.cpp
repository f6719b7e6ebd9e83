#include "Watermark.h"

#include "AudioBuffer.h"
#include "Error.h"
#include "Fft.h"
#include "Resampler.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <limits>
#include <string>

namespace wb {

namespace {

// Everything happens at 16 kHz, so a copy resampled to 16 kHz carries the very
// same mark, and the band stays below the Nyquist frequency of 8 kHz files.
constexpr int kRate = 16000;
constexpr int kMinRate = 8000;
// Blocks of 32 ms with a rectangular window: an orthogonal transform, so the
// change made to a block's spectrum is (but for the fade at its edges) the
// change detection sees; no overlap-add smears it into the neighbours.
constexpr int kBlock = 512;
constexpr double kLowHz = 250.0;
constexpr double kHighHz = 3500.0;
// A tile is kTileBins bins x kTileBlocks blocks. Its real and imaginary parts
// form a vector v; the cosine s between v and a keyed +-1 direction p is moved
// onto a lattice of step kStep shifted by a keyed dither (spread-transform
// dither modulation). Spreading over the tile makes noise small next to the
// step, the lattice makes the host itself no interference, and s does not
// change with the level, so the mark follows the signal.
constexpr int kTileBins = 4;
constexpr int kTileBlocks = 2;
// s of unmarked audio spreads about +-0.25; moving it up to half a step of 0.1
// changes a tile by about 3% of its norm (rms), some 30 dB below it.
constexpr double kStep = 0.1;
// Blocks more than 40 dB below the loudest one, or near digital silence, carry no mark.
constexpr double kActiveBelowMax = 1e-4;
constexpr double kSilencePower = 1e-10; // mean band power per bin, |X|^2 / block^2
constexpr int kMinTiles = 48;
constexpr int kEdgeFade = 32; // samples (2 ms) at each end of a block
// Detection's noise estimate: this share of the band's cells is quieter than it,
// doubled because a low percentile of noise power lies well below its mean.
constexpr double kNoisePercentile = 0.05;
constexpr double kNoiseScale = 2.0;

int lowBin() { return int(std::ceil(kLowHz * kBlock / kRate)); }
int tileRows() { return (int(std::floor(kHighHz * kBlock / kRate)) - lowBin() + 1) / kTileBins; }

std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

/** The hash of a tile under a key: its dither and its direction's signs come from it. */
std::uint64_t tileHash(std::uint64_t key, int tileBlock, int row)
{
    return splitmix64(splitmix64(key) ^ ((std::uint64_t(unsigned(tileBlock)) << 16) | unsigned(row)));
}

/** The +-1 signs of a tile's direction, drawn from its hash 64 at a time. */
class Signs
{
public:
    explicit Signs(std::uint64_t hash) : m_bits(splitmix64(hash)) {}
    bool next()
    {
        if (m_used == 64) {
            m_bits = splitmix64(m_bits);
            m_used = 0;
        }
        return (m_bits >> m_used++) & 1u;
    }

private:
    std::uint64_t m_bits;
    int m_used = 0;
};

void checkInput(const std::vector<float> &mono, int sampleRate, const char *what)
{
    if (mono.empty())
        throw Error(std::string("Cannot ") + what + " a watermark: the audio is empty");
    if (sampleRate <= 0)
        throw Error(std::string("Cannot ") + what + " a watermark: sample rate "
                    + std::to_string(sampleRate) + " Hz is not positive");
    for (float v : mono)
        if (!std::isfinite(v))
            throw Error(std::string("Cannot ") + what
                        + " a watermark: the audio contains NaN or infinite samples");
}

void validate(const WatermarkOptions &options)
{
    if (!(options.strength > 0.0 && options.strength <= 1.0))
        throw Error("Watermark strength must be above 0 and at most 1, not " + std::to_string(options.strength));
    if (!(options.minSnrDb >= 0.0 && options.minSnrDb <= 80.0))
        throw Error("Watermark minimum SNR must be from 0 to 80 dB, not " + std::to_string(options.minSnrDb));
}

std::vector<float> resampled(const std::vector<float> &signal, int from, int to)
{
    if (from == to)
        return signal;
    return Resampler::resample(AudioBuffer(signal, from), to).samples();
}

/** The 16 kHz signal cut into blocks, each block's spectrum, and which blocks are loud enough. */
struct Blocks
{
    int count = 0;
    int bins = 0;
    std::vector<std::complex<float>> spectra; ///< [block][bin]
    std::vector<char> active;

    std::complex<float> *block(int b) { return spectra.data() + std::size_t(b) * bins; }
    const std::complex<float> *block(int b) const { return spectra.data() + std::size_t(b) * bins; }
};

Blocks analyse(const std::vector<float> &x16)
{
    Blocks out;
    out.count = int((x16.size() + kBlock - 1) / kBlock);
    out.bins = kBlock / 2 + 1;
    out.spectra.resize(std::size_t(out.count) * out.bins);
    const auto fft = RealFft::forSize(std::size_t(kBlock));
    std::vector<float> frame(static_cast<std::size_t>(kBlock));
    std::vector<double> power(std::size_t(out.count), 0.0);
    const int lo = lowBin(), hi = lo + tileRows() * kTileBins;
    for (int b = 0; b < out.count; ++b) {
        const std::size_t start = std::size_t(b) * kBlock;
        const std::size_t n = std::min<std::size_t>(kBlock, x16.size() - start);
        std::fill(frame.begin(), frame.end(), 0.0f);
        std::copy_n(x16.begin() + std::ptrdiff_t(start), n, frame.begin());
        fft->forward(frame.data(), out.block(b));
        for (int k = lo; k < hi; ++k)
            power[std::size_t(b)] += std::norm(out.block(b)[k]);
    }
    const double loudest = out.count ? *std::max_element(power.begin(), power.end()) : 0.0;
    const double floor = std::max(loudest * kActiveBelowMax,
                                  kSilencePower * double(kBlock) * kBlock * (hi - lo));
    out.active.resize(std::size_t(out.count));
    for (int b = 0; b < out.count; ++b)
        out.active[std::size_t(b)] = power[std::size_t(b)] > floor;
    return out;
}

/** Visits every tile whose blocks are all active: fn(tileBlock, row, firstBlock, firstBin). */
template <typename Fn>
void forEachTile(const Blocks &blocks, Fn fn)
{
    const int rows = tileRows(), lo = lowBin();
    for (int tb = 0; (tb + 1) * kTileBlocks <= blocks.count; ++tb) {
        bool active = true;
        for (int b = tb * kTileBlocks; b < (tb + 1) * kTileBlocks; ++b)
            active = active && blocks.active[std::size_t(b)];
        if (!active)
            continue;
        for (int row = 0; row < rows; ++row)
            fn(tb, row, tb * kTileBlocks, lo + row * kTileBins);
    }
}

/** A tile's projection on its keyed direction: a = <v, p> / |p|, energy = |v|^2, signs in p. */
struct Projection
{
    double a = 0.0;
    double energy = 0.0;
};

Projection project(const Blocks &blocks, int firstBlock, int firstBin, std::uint64_t hash)
{
    Projection p;
    Signs signs(hash);
    for (int b = firstBlock; b < firstBlock + kTileBlocks; ++b)
        for (int k = firstBin; k < firstBin + kTileBins; ++k) {
            const std::complex<float> c = blocks.block(b)[k];
            for (double v : {double(c.real()), double(c.imag())}) {
                p.a += signs.next() ? v : -v;
                p.energy += v * v;
            }
        }
    p.a /= std::sqrt(2.0 * kTileBins * kTileBlocks);
    return p;
}

double ditherOf(std::uint64_t hash) { return double(hash >> 11) * 0x1.0p-53; }

double energy(const std::vector<float> &x)
{
    double e = 0.0;
    for (float v : x)
        e += double(v) * v;
    return e;
}

} // namespace

std::vector<float> watermarkSignal(const std::vector<float> &mono, int sampleRate,
                                   const WatermarkOptions &options)
{
    checkInput(mono, sampleRate, "embed");
    validate(options);
    if (sampleRate < kMinRate)
        throw Error("Cannot embed a watermark at " + std::to_string(sampleRate) + " Hz: it needs at least "
                    + std::to_string(kMinRate) + " Hz");
    const std::vector<float> x16 = resampled(mono, sampleRate, kRate);
    const Blocks host = analyse(x16);
    Blocks change = host;
    std::fill(change.spectra.begin(), change.spectra.end(), std::complex<float>());
    const double norm = std::sqrt(2.0 * kTileBins * kTileBlocks);
    const double alpha = options.strength;
    bool any = false;
    forEachTile(host, [&](int tb, int row, int firstBlock, int firstBin) {
        const std::uint64_t hash = tileHash(options.key, tb, row);
        const Projection p = project(host, firstBlock, firstBin, hash);
        if (p.energy <= 0.0)
            return;
        // s = a / |v| moves to the nearest dithered lattice point (or part way):
        // only a changes, so the rest of v, b, stays, and a' = s' b / sqrt(1 - s'^2).
        const double r = std::sqrt(p.energy);
        const double s = p.a / r;
        const double u = ditherOf(hash) * kStep;
        const double lattice = u + kStep * std::round((s - u) / kStep);
        const double target = std::clamp(s + alpha * (lattice - s), -0.95, 0.95);
        const double b = std::sqrt(std::max(0.0, p.energy - p.a * p.a));
        const double delta = target * b / std::sqrt(1.0 - target * target) - p.a;
        if (std::abs(delta) > 0.5 * r) // a lattice point beyond reach without being heard
            return;
        any = true;
        const float step = float(delta / norm);
        Signs signs(hash); // the same signs, in the same order, as project()
        for (int bl = firstBlock; bl < firstBlock + kTileBlocks; ++bl)
            for (int k = firstBin; k < firstBin + kTileBins; ++k) {
                const float re = signs.next() ? step : -step;
                const float im = signs.next() ? step : -step;
                change.block(bl)[k] = {re, im};
            }
    });
    std::vector<float> mark(mono.size(), 0.0f);
    if (!any)
        return mark;
    std::vector<float> w16(std::size_t(change.count) * kBlock);
    const auto fft = RealFft::forSize(std::size_t(kBlock));
    for (int b = 0; b < change.count; ++b) {
        float *out = w16.data() + std::size_t(b) * kBlock;
        fft->inverse(change.block(b), out);
        // Fade the mark in and out at the block's edges: it then never jumps from
        // one block to the next (a faint click train), at a small cost in score.
        for (int i = 0; i < kEdgeFade; ++i) {
            const float g = float(0.5 - 0.5 * std::cos(M_PI * (i + 0.5) / kEdgeFade));
            out[i] *= g;
            out[kBlock - 1 - i] *= g;
        }
    }
    w16.resize(x16.size());
    const std::vector<float> w = resampled(w16, kRate, sampleRate);
    std::copy_n(w.begin(), std::min(w.size(), mark.size()), mark.begin());

    if (options.minSnrDb > 0.0) {
        const double ex = energy(mono), ew = energy(mark);
        const double allowed = ex * std::pow(10.0, -options.minSnrDb / 10.0);
        if (ew > allowed && ew > 0.0) {
            const float scale = float(std::sqrt(allowed / ew));
            for (float &v : mark)
                v *= scale;
        }
    }
    return mark;
}

std::vector<float> embedWatermark(const std::vector<float> &mono, int sampleRate,
                                  const WatermarkOptions &options)
{
    std::vector<float> y = watermarkSignal(mono, sampleRate, options);
    for (std::size_t i = 0; i < y.size(); ++i)
        y[i] += mono[i];
    return y;
}

WatermarkDetection detectWatermark(const std::vector<float> &mono, int sampleRate,
                                   const WatermarkOptions &options)
{
    checkInput(mono, sampleRate, "detect");
    WatermarkDetection result;
    if (sampleRate < kMinRate) {
        result.note = "the sample rate " + std::to_string(sampleRate) + " Hz is below the "
                      + std::to_string(kMinRate) + " Hz the mark needs";
        return result;
    }
    const Blocks blocks = analyse(resampled(mono, sampleRate, kRate));

    // The noise level per bin: a low percentile of the power of every cell in the
    // band. Noise of mean power N in a tile of M cells of mean power P moves s by
    // about sqrt(N / 2MP), which blurs its lattice phase: each tile is weighed by
    // the mean cosine left, exp(-pi^2 N / (M P step^2)).
    std::vector<float> cells;
    forEachTile(blocks, [&](int, int, int firstBlock, int firstBin) {
        for (int b = firstBlock; b < firstBlock + kTileBlocks; ++b)
            for (int k = firstBin; k < firstBin + kTileBins; ++k)
                cells.push_back(std::norm(blocks.block(b)[k]));
    });
    if (cells.size() < std::size_t(kMinTiles) * kTileBins * kTileBlocks) {
        result.note = "too short or too quiet to decide";
        return result;
    }
    auto nth = cells.begin() + std::ptrdiff_t(double(cells.size()) * kNoisePercentile);
    std::nth_element(cells.begin(), nth, cells.end());
    const double noise = *nth * kNoiseScale;
    const double cellsPerTile = double(kTileBins) * kTileBlocks;

    // Given the audio, the dithers are independent and uniform for unmarked audio,
    // so each cosine has mean 0 and variance 1/2, and num / sqrt(den) is close to N(0, 1).
    double num = 0.0, den = 0.0;
    int used = 0;
    forEachTile(blocks, [&](int tb, int row, int firstBlock, int firstBin) {
        const std::uint64_t hash = tileHash(options.key, tb, row);
        const Projection p = project(blocks, firstBlock, firstBin, hash);
        if (p.energy <= 0.0)
            return;
        const double meanPower = p.energy / cellsPerTile;
        const double weight = std::exp(-M_PI * M_PI * noise / (cellsPerTile * meanPower * kStep * kStep));
        if (weight < 1e-3)
            return;
        const double phase = 2.0 * M_PI * (p.a / std::sqrt(p.energy) / kStep - ditherOf(hash));
        num += weight * std::cos(phase);
        den += weight * weight * 0.5;
        ++used;
    });
    result.tiles = used;
    if (used < kMinTiles || den <= 0.0) {
        result.note = "too short or too quiet to decide";
        return result;
    }
    result.score = num / std::sqrt(den);
    result.detected = result.score > result.threshold;
    const double mu = 2.0 * result.threshold;
    result.confidence = 1.0 / (1.0 + std::exp(-mu * (result.score - result.threshold)));
    return result;
}

double signalToNoiseDb(const std::vector<float> &reference, const std::vector<float> &test)
{
    if (reference.empty())
        throw Error("Cannot measure an SNR against empty audio");
    if (reference.size() != test.size())
        throw Error("Cannot measure an SNR: " + std::to_string(reference.size()) + " and "
                    + std::to_string(test.size()) + " samples differ in length");
    double signal = 0.0, noise = 0.0;
    for (std::size_t i = 0; i < reference.size(); ++i) {
        const double d = double(test[i]) - reference[i];
        signal += double(reference[i]) * reference[i];
        noise += d * d;
    }
    if (noise <= 0.0)
        return std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(signal / noise);
}

} // namespace wb
