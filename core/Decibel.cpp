#include "Decibel.h"

#include "Error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <thread>
#include <vector>

namespace wb {

namespace {

void checkParams(const DbParams &p)
{
    if (!(p.amin > 0.0f))
        throw Error("amin must be positive, got " + std::to_string(p.amin));
    if (!p.refIsMax && !(p.ref > 0.0f))
        throw Error("dB reference must be positive, got " + std::to_string(p.ref));
}

// Runs fn(slice, begin, end) over [0, n) in up to `threads` contiguous slices.
template <typename Fn>
void forSlices(std::size_t n, int threads, Fn fn)
{
    const std::size_t minSlice = std::size_t(1) << 18; // below this a thread costs more than it saves
    const std::size_t parts = std::max<std::size_t>(1, std::min<std::size_t>(std::size_t(std::max(1, threads)),
                                                                             n / minSlice));
    std::vector<std::thread> pool;
    for (std::size_t p = 1; p < parts; ++p)
        pool.emplace_back([&fn, n, parts, p] { fn(p, n * p / parts, n * (p + 1) / parts); });
    fn(std::size_t(0), std::size_t(0), n / parts);
    for (auto &t : pool)
        t.join();
}

// 10 log10(max(amin, S)) - 10 log10(max(amin, ref)), then the top_db floor,
// in the order librosa.power_to_db does it.
Matrix toDb(const Matrix &power, float ref, float amin, float topDb, int threads)
{
    Matrix out(power.rows(), power.cols());
    // Single precision throughout, as librosa computes it for float32 input.
    const float offset = 10.0f * std::log10(std::max(amin, ref));
    const float *in = power.data();
    float *o = out.data();
    std::vector<float> peaks(std::size_t(std::max(1, threads)), -std::numeric_limits<float>::infinity());
    forSlices(power.size(), threads, [&](std::size_t slice, std::size_t a, std::size_t b) {
        float peak = -std::numeric_limits<float>::infinity();
        for (std::size_t i = a; i < b; ++i) {
            o[i] = 10.0f * std::log10(std::max(amin, in[i])) - offset;
            peak = std::max(peak, o[i]);
        }
        peaks[slice] = peak;
    });
    const float peak = *std::max_element(peaks.begin(), peaks.end());
    if (topDb > 0.0f && !power.empty()) {
        const float floor = peak - topDb;
        forSlices(out.size(), threads, [&](std::size_t, std::size_t a, std::size_t b) {
            for (std::size_t i = a; i < b; ++i)
                o[i] = std::max(o[i], floor);
        });
    }
    return out;
}

} // namespace

Matrix powerToDb(const Matrix &power, const DbParams &params)
{
    checkParams(params);
    const float ref = params.refIsMax ? (power.empty() ? 1.0f : power.maxValue()) : params.ref;
    return toDb(power, ref, params.amin, params.topDb, params.threads);
}

Matrix amplitudeToDb(const Matrix &amplitude, DbParams params)
{
    checkParams(params);
    // librosa squares magnitude, reference and amin, then defers to power_to_db.
    Matrix power(amplitude.rows(), amplitude.cols());
    float peak = 0.0f;
    for (std::size_t i = 0; i < amplitude.size(); ++i) {
        const float a = std::fabs(amplitude.data()[i]);
        peak = std::max(peak, a);
        power.data()[i] = a * a;
    }
    const float ref = params.refIsMax ? peak : std::fabs(params.ref);
    return toDb(power, ref * ref, params.amin * params.amin, params.topDb, params.threads);
}

Matrix dbToPower(const Matrix &db)
{
    Matrix out(db.rows(), db.cols());
    for (std::size_t i = 0; i < db.size(); ++i)
        out.data()[i] = static_cast<float>(std::pow(10.0, 0.1 * double(db.data()[i])));
    return out;
}

} // namespace wb
