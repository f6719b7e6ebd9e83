#include "MuLaw.h"

#include "Error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace wb {

namespace {

void checkMu(int mu)
{
    if (mu < 1 || mu > 65535)
        throw Error("mu-law mu must be between 1 and 65535, got " + std::to_string(mu));
}

} // namespace

int muLawEncode(float x, int mu)
{
    checkMu(mu);
    // NaN would survive the clamp and make floor() undefined as an int: treat it as silence.
    const double v = std::isnan(x) ? 0.0 : std::clamp(double(x), -1.0, 1.0);
    const double y = std::copysign(std::log1p(mu * std::fabs(v)) / std::log1p(double(mu)), v);
    const int q = static_cast<int>(std::floor((y + 1.0) / 2.0 * mu + 0.5));
    return std::clamp(q, 0, mu);
}

float muLawDecode(int q, int mu)
{
    checkMu(mu);
    const double y = 2.0 * std::clamp(q, 0, mu) / mu - 1.0;
    const double x = std::copysign((std::pow(1.0 + mu, std::fabs(y)) - 1.0) / mu, y);
    return static_cast<float>(x);
}

std::vector<int> muLawEncode(const std::vector<float> &signal, int mu)
{
    checkMu(mu);
    std::vector<int> out(signal.size());
    std::transform(signal.begin(), signal.end(), out.begin(), [mu](float x) { return muLawEncode(x, mu); });
    return out;
}

std::vector<float> muLawDecode(const std::vector<int> &codes, int mu)
{
    checkMu(mu);
    // Only mu + 1 possible outputs: a table avoids a pow per sample.
    std::vector<float> table(static_cast<std::size_t>(mu) + 1);
    for (int q = 0; q <= mu; ++q)
        table[q] = muLawDecode(q, mu);
    std::vector<float> out(codes.size());
    std::transform(codes.begin(), codes.end(), out.begin(),
                   [&](int q) { return table[static_cast<std::size_t>(std::clamp(q, 0, mu))]; });
    return out;
}

} // namespace wb
