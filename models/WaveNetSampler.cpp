#include "WaveNetSampler.h"

#include "WaveNetMath.h"

namespace wb {

namespace {

std::uint64_t splitMix(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

} // namespace

WaveNetSampler::WaveNetSampler(std::uint64_t seed)
{
    for (auto &s : m_state)
        s = splitMix(seed);
}

std::uint64_t WaveNetSampler::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double WaveNetSampler::uniform()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

int WaveNetSampler::sample(const float *logits, int levels, float temperature)
{
    int best = 0;
    for (int i = 1; i < levels; ++i)
        if (logits[i] > logits[best])
            best = i;
    // The draw happens even when greedy, so switching temperature never shifts the stream.
    const double u = uniform();
    if (!(temperature > 0.0f))
        return best;
    m_probabilities.resize(std::size_t(levels));
    float *p = m_probabilities.data();
    const float maxLogit = logits[best];
    const float inv = 1.0f / temperature;
    for (int i = 0; i < levels; ++i)
        p[i] = wavenet_math::expNonPositive((logits[i] - maxLogit) * inv);
    double total = 0.0;
    for (int i = 0; i < levels; ++i)
        total += p[i];
    const double target = u * total;
    double cumulative = 0.0;
    for (int i = 0; i < levels; ++i) {
        cumulative += p[i];
        if (target < cumulative)
            return i;
    }
    return best; // only reachable through rounding at u ~ 1
}

} // namespace wb
