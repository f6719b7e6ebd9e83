#pragma once
// Deterministic test signals shared by the core suites.
#include <cmath>
#include <cstdint>
#include <vector>

namespace wb::test {

inline std::vector<float> sine(double freq, int sampleRate, double seconds, float amplitude = 0.5f)
{
    const auto n = static_cast<std::size_t>(seconds * sampleRate);
    std::vector<float> s(n);
    for (std::size_t i = 0; i < n; ++i)
        s[i] = amplitude * static_cast<float>(std::sin(2.0 * M_PI * freq * double(i) / sampleRate));
    return s;
}

/** Uniform white noise in [-amplitude, amplitude] from a fixed-seed LCG. */
inline std::vector<float> noise(std::size_t n, float amplitude = 0.5f, std::uint32_t seed = 1)
{
    std::vector<float> s(n);
    std::uint32_t state = seed;
    for (auto &v : s) {
        state = state * 1664525u + 1013904223u;
        v = amplitude * (float(state >> 8) / float(1u << 24) * 2.0f - 1.0f);
    }
    return s;
}

} // namespace wb::test
