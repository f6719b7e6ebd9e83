#pragma once
// Vectorizable exp and tanh for the WaveNet generation kernel. Any thread.
//
// Why not std::exp/std::tanh: once the matrix work is vectorized, the scalar
// library calls cost more than all the multiply-adds of a step. These inline
// versions use only +, *, / and integer bit operations, so GCC vectorizes a
// loop calling them at -O2/-O3 without -ffast-math. Clamping goes through the
// integer bits of |x| (for non-negative floats the bit patterns order like the
// values) because a float `?:` clamp blocks vectorization under trapping-math.
// Accuracy: absolute error below 2e-7 for tanh and sigmoid; relative error
// below 3e-7 for expNonPositive on [-87, 0].
#include <cstdint>
#include <cstring>

namespace wb::wavenet_math {

inline std::uint32_t floatBits(float x)
{
    std::uint32_t u;
    std::memcpy(&u, &x, sizeof u);
    return u;
}

inline float bitsFloat(std::uint32_t u)
{
    float x;
    std::memcpy(&x, &u, sizeof x);
    return x;
}

/** |x| with its magnitude limited to limit (limit >= 0); NaN becomes limit. */
inline float clampedAbs(float x, float limit)
{
    const std::int32_t a = std::int32_t(floatBits(x) & 0x7fffffffu);
    const std::int32_t l = std::int32_t(floatBits(limit));
    return bitsFloat(std::uint32_t(a < l ? a : l));
}

/** e^x for x <= 0; arguments below -87 give e^-87 (about 1.6e-38). */
inline float expNonPositive(float x)
{
    const float y = -clampedAbs(x, 87.0f);
    // Round y / ln 2 to the nearest integer n by the 1.5 * 2^23 trick; n is in [-126, 0].
    const float magic = 12582912.0f;
    const float shifted = y * 1.44269504088896341f + magic;
    const float n = shifted - magic;
    const std::int32_t ni = std::int32_t(floatBits(shifted)) - std::int32_t(floatBits(magic));
    // Cody-Waite: ln 2 split in two so r = y - n ln 2 keeps its low bits.
    const float r = (y - n * 0.693145751953125f) - n * 1.428606765330187e-06f;
    // Taylor series of e^r to r^7 on |r| <= ln2 / 2: truncation error below 6e-9.
    float p = 1.0f / 5040.0f;
    p = p * r + 1.0f / 720.0f;
    p = p * r + 1.0f / 120.0f;
    p = p * r + 1.0f / 24.0f;
    p = p * r + 1.0f / 6.0f;
    p = p * r + 0.5f;
    p = p * r + 1.0f;
    p = p * r + 1.0f;
    const float scale = bitsFloat(std::uint32_t(ni + 127) << 23);
    return p * scale;
}

/** tanh(x); beyond |x| = 9 float tanh is 1 to within 3e-8, so the argument is clamped there. */
inline float tanh(float x)
{
    const float a = clampedAbs(x, 9.0f);
    const float e = expNonPositive(-2.0f * a);
    const float t = (1.0f - e) / (1.0f + e);
    return bitsFloat(floatBits(t) | (floatBits(x) & 0x80000000u));
}

/** The logistic sigmoid through tanh, so there is one approximation to trust. */
inline float sigmoid(float x)
{
    return 0.5f + 0.5f * wavenet_math::tanh(0.5f * x);
}

} // namespace wb::wavenet_math
