#include "Resampler.h"
#include "Error.h"

#include <soxr.h>

#include <algorithm>
#include <memory>
#include <string>

namespace wb {

namespace {

constexpr int kMinRate = 1000;
constexpr int kMaxRate = 768000;
// Input frames per soxr_process call: large enough that call overhead vanishes,
// small enough that progress and cancellation respond within a few ms.
constexpr std::size_t kChunkFrames = 1 << 16;

void checkRate(int rate, const char *what)
{
    if (rate < kMinRate || rate > kMaxRate)
        throw Error(std::string("Cannot resample: ") + what + " sample rate " + std::to_string(rate)
                    + " Hz is outside " + std::to_string(kMinRate) + ".."
                    + std::to_string(kMaxRate) + " Hz");
}

struct SoxrDeleter
{
    void operator()(soxr_t s) const { soxr_delete(s); }
};

} // namespace

AudioBuffer Resampler::resample(const AudioBuffer &input, int targetRate, const ProgressFn &progress)
{
    checkRate(input.sampleRate(), "source");
    checkRate(targetRate, "target");
    if (targetRate == input.sampleRate() || input.isEmpty()) {
        reportProgress(progress, 1.0);
        return AudioBuffer(input.samples(), input.channels(), targetRate);
    }

    const auto channels = std::size_t(input.channels());
    const std::size_t inFrames = input.frames();
    // librosa.resample(fix=True) trims or pads soxr's output to ceil(n * ratio);
    // matching it keeps frame counts identical to the Python reference.
    const auto outFrames = std::size_t((static_cast<unsigned long long>(inFrames) * unsigned(targetRate)
                                        + unsigned(input.sampleRate()) - 1)
                                       / unsigned(input.sampleRate()));

    soxr_error_t err = nullptr;
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    std::unique_ptr<soxr, SoxrDeleter> soxr(soxr_create(double(input.sampleRate()),
                                                        double(targetRate), unsigned(channels),
                                                        &err, &io, &quality, nullptr));
    if (err || !soxr)
        throw Error(std::string("Cannot resample: soxr refused the conversion (")
                    + (err ? err : "unknown error") + ")");

    std::vector<float> out(outFrames * channels, 0.0f);
    std::size_t produced = 0;
    std::size_t consumed = 0;
    const float *in = input.samples().data();
    bool flushing = false;
    while (produced < outFrames) {
        const std::size_t inLen = flushing ? 0 : std::min(kChunkFrames, inFrames - consumed);
        size_t inDone = 0;
        size_t outDone = 0;
        // Passing a null input tells soxr the stream has ended and it should
        // drain the filter's tail.
        err = soxr_process(soxr.get(), flushing ? nullptr : in + consumed * channels, inLen,
                           &inDone, out.data() + produced * channels, outFrames - produced,
                           &outDone);
        if (err)
            throw Error(std::string("Cannot resample: ") + err);
        consumed += inDone;
        produced += outDone;
        if (flushing && outDone == 0)
            break; // drained; anything short of outFrames stays zero, as fix_length pads
        if (!flushing && consumed >= inFrames)
            flushing = true;
        reportProgress(progress, inFrames ? 0.99 * double(consumed) / double(inFrames) : 0.0);
    }
    reportProgress(progress, 1.0);
    return AudioBuffer(std::move(out), input.channels(), targetRate);
}

} // namespace wb
