#include "WaveNetGenerator.h"

#include "Error.h"
#include "MuLaw.h"
#include "WaveNetFastGenerator.h"
#include "WaveNetNaiveGenerator.h"
#include "WaveNetSampler.h"

#include <algorithm>
#include <cmath>

namespace wb {

namespace {

// Progress every this many samples: often enough for a GUI, rare enough to cost nothing.
constexpr std::int64_t kProgressEvery = 512;

} // namespace

WaveNetGenerator::WaveNetGenerator(const WaveNetWeights &weights) : m_weights(weights) {}

std::vector<int> WaveNetGenerator::generateCodes(const WaveNetGenerateOptions &o, const ProgressFn &progress,
                                                 const LogitsFn &onLogits) const
{
    const WaveNetConfig &c = m_weights.config();
    if (o.samples < 0 || o.samples > std::int64_t(1) << 31)
        throw Error("WaveNet can generate from 0 to 2^31 samples, not " + std::to_string(o.samples));
    if (!std::isfinite(o.temperature) || o.temperature < 0.0f)
        throw Error("WaveNet temperature must be 0 or more");
    const std::int64_t frames = c.conditioned() ? std::int64_t(o.mel.size()) / c.melChannels : 0;
    if (c.conditioned() && (frames == 0 || o.mel.size() % std::size_t(c.melChannels) != 0))
        throw Error("this WaveNet is conditioned on " + std::to_string(c.melChannels) +
                    "-band mel frames: give it a mel with a whole number of frames");
    if (!c.conditioned() && !o.mel.empty())
        throw Error("this WaveNet takes no mel: it was trained unconditioned");

    std::vector<int> history = o.prime.empty() ? std::vector<int>{muLawEncode(0.0f, c.mu())}
                                               : muLawEncode(o.prime, c.mu());
    const auto firstGenerating = std::int64_t(history.size()) - 1; // column predicting output 0
    history.reserve(history.size() + std::size_t(o.samples));
    auto frameOf = [&](std::int64_t column) {
        const std::int64_t k = std::max<std::int64_t>(0, column - firstGenerating);
        return std::min(frames - 1, k / c.hopLength);
    };

    WaveNetSampler sampler(o.seed);
    std::vector<int> out;
    out.reserve(std::size_t(o.samples));
    reportProgress(progress, 0.0);
    if (o.samples == 0)
        return out;

    if (!o.naive) {
        WaveNetFastGenerator fast(m_weights);
        std::int64_t frame = -1;
        for (std::int64_t column = 0; column < std::int64_t(history.size()); ++column) {
            if (c.conditioned() && frameOf(column) != frame) {
                frame = frameOf(column);
                fast.setMelFrame(o.mel.data() + frame * c.melChannels);
            }
            const float *logits = fast.step(history[std::size_t(column)]);
            if (column < firstGenerating)
                continue; // priming: only the queues matter
            const std::int64_t k = column - firstGenerating;
            if (onLogits)
                onLogits(k, logits, c.levels);
            const int code = sampler.sample(logits, c.levels, o.temperature);
            out.push_back(code);
            if (std::int64_t(out.size()) == o.samples)
                break;
            history.push_back(code);
            if ((k + 1) % kProgressEvery == 0)
                reportProgress(progress, double(k + 1) / double(o.samples));
        }
    } else {
        WaveNetNaiveGenerator naive(m_weights);
        const std::int64_t field = c.receptiveField();
        std::vector<int> window;
        std::vector<float> mel;
        for (std::int64_t k = 0; k < o.samples; ++k) {
            const auto n = std::int64_t(history.size());
            const std::int64_t begin = o.naiveWholeHistory ? 0 : std::max<std::int64_t>(0, n - field);
            window.assign(history.begin() + begin, history.end());
            if (c.conditioned()) {
                const std::int64_t len = n - begin;
                mel.resize(std::size_t(len * c.melChannels));
                for (std::int64_t j = 0; j < len; ++j) {
                    const float *frame = o.mel.data() + frameOf(begin + j) * c.melChannels;
                    for (int m = 0; m < c.melChannels; ++m)
                        mel[std::size_t(m * len + j)] = frame[m];
                }
            }
            const float *logits = naive.logits(window, mel);
            if (onLogits)
                onLogits(k, logits, c.levels);
            const int code = sampler.sample(logits, c.levels, o.temperature);
            out.push_back(code);
            history.push_back(code);
            reportProgress(progress, double(k + 1) / double(o.samples));
        }
    }
    reportProgress(progress, 1.0);
    return out;
}

std::vector<float> WaveNetGenerator::generate(const WaveNetGenerateOptions &options, const ProgressFn &progress) const
{
    return muLawDecode(generateCodes(options, progress), m_weights.config().mu());
}

} // namespace wb
