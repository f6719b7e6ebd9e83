#pragma once
// Small helpers the WaveNet model and panel tests share.
#include "WaveNetConfig.h"

#include <cmath>
#include <cstddef>
#include <vector>

namespace wb::test {

inline WaveNetConfig makeConfig(int layers, int blocks, int channels = 32, int levels = 256, int mel = 0,
                                int hop = 256)
{
    WaveNetConfig c;
    c.layers = layers;
    c.blocks = blocks;
    c.channels = channels;
    c.levels = levels;
    c.melChannels = mel;
    c.hopLength = hop;
    return c;
}

/** n samples of a sine at cyclesPerSample (frequency / rate). */
inline std::vector<float> cycleSine(int n, double cyclesPerSample, float amplitude = 0.5f)
{
    std::vector<float> s(std::size_t(n), 0.0f);
    for (int i = 0; i < n; ++i)
        s[std::size_t(i)] = amplitude * float(std::sin(2 * M_PI * cyclesPerSample * i));
    return s;
}

} // namespace wb::test
