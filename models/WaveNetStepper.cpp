#include "WaveNetStepper.h"

#include "Error.h"
#include "MuLaw.h"

#include <algorithm>
#include <cmath>

namespace wb {

WaveNetStepper::WaveNetStepper(const WaveNetWeights &weights, std::uint64_t seed)
    : m_generator(weights), m_sampler(seed)
{
    if (weights.config().conditioned())
        throw Error("this WaveNet is mel-conditioned: step through it from a vocoder, not on its own");
    m_input = muLawEncode(0.0f, config().mu());
}

void WaveNetStepper::restart(std::uint64_t seed)
{
    m_generator.reset();
    m_sampler = WaveNetSampler(seed);
    m_input = muLawEncode(0.0f, config().mu());
    m_generated = 0;
}

void WaveNetStepper::prime(const std::vector<int> &codes, std::uint64_t seed)
{
    restart(seed);
    if (codes.empty())
        return;
    for (int code : codes)
        if (code < 0 || code >= config().levels)
            throw Error("a WaveNet prime holds levels 0 to " + std::to_string(config().levels - 1) + ", not " +
                        std::to_string(code));
    // Every code but the last only fills the queues; the last is the next step's input.
    for (std::size_t i = 0; i + 1 < codes.size(); ++i)
        m_generator.step(codes[i]);
    m_input = codes.back();
}

int WaveNetStepper::next(float temperature)
{
    const float *logits = m_generator.step(m_input);
    const int level = m_sampler.sample(logits, config().levels, temperature);
    m_input = level;
    ++m_generated;
    return level;
}

WaveNetStepper::Step WaveNetStepper::step(float temperature)
{
    Step s;
    s.index = m_generated;
    s.input = m_input;
    const int levels = config().levels;
    const float *logits = m_generator.step(m_input);
    // The same softmax the sampler draws from, in double for display.
    const double t = temperature > 0.0f ? double(temperature) : 1.0;
    const float maxLogit = *std::max_element(logits, logits + levels);
    std::vector<double> p(static_cast<std::size_t>(levels));
    double total = 0.0;
    for (int i = 0; i < levels; ++i)
        total += p[std::size_t(i)] = std::exp((double(logits[i]) - maxLogit) / t);
    s.probabilities.resize(std::size_t(levels));
    for (int i = 0; i < levels; ++i)
        s.probabilities[std::size_t(i)] = float(p[std::size_t(i)] / total);
    s.level = m_sampler.sample(logits, levels, temperature);
    s.amplitude = muLawDecode(s.level, config().mu());
    m_input = s.level;
    ++m_generated;
    return s;
}

} // namespace wb
