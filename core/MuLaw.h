#pragma once
#include <cstdint>
#include <vector>

namespace wb {

/**
 * Mu-law companding as the course's WaveNet uses it, mu = 255:
 * encode: y = sign(x) ln(1 + mu |x|) / ln(1 + mu), q = floor((y + 1) / 2 * mu + 0.5)
 * decode: y = 2 q / mu - 1, x = sign(y) ((1 + mu)^|y| - 1) / mu.
 * Inputs are clipped to [-1, 1]. Pure functions; any thread.
 */
int muLawEncode(float x, int mu = 255);
float muLawDecode(int q, int mu = 255);
std::vector<int> muLawEncode(const std::vector<float> &signal, int mu = 255);
std::vector<float> muLawDecode(const std::vector<int> &codes, int mu = 255);

} // namespace wb
