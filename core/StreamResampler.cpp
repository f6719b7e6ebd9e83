#include "StreamResampler.h"
#include "Error.h"

#include <soxr.h>

#include <algorithm>
#include <string>

namespace wb {

namespace {
constexpr int kMinRate = 1000;
constexpr int kMaxRate = 768000;

void checkRate(int rate, const char *what)
{
    if (rate < kMinRate || rate > kMaxRate)
        throw Error(std::string("Cannot resample: ") + what + " sample rate " + std::to_string(rate)
                    + " Hz is outside " + std::to_string(kMinRate) + ".." + std::to_string(kMaxRate) + " Hz");
}
} // namespace

void StreamResampler::Deleter::operator()(soxr *s) const
{
    soxr_delete(s);
}

StreamResampler::StreamResampler(int sourceRate, int targetRate, int channels)
    : m_sourceRate(sourceRate)
    , m_targetRate(targetRate)
    , m_channels(std::size_t(std::max(1, channels)))
{
    checkRate(sourceRate, "source");
    checkRate(targetRate, "target");
    soxr_error_t err = nullptr;
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    m_soxr.reset(soxr_create(double(sourceRate), double(targetRate), unsigned(m_channels), &err, &io, &quality,
                             nullptr));
    if (err || !m_soxr)
        throw Error(std::string("Cannot resample: soxr refused the conversion (") + (err ? err : "unknown error")
                    + ")");
}

StreamResampler::~StreamResampler() = default;

std::size_t StreamResampler::outputFrames(std::size_t inputFrames) const
{
    return std::size_t((static_cast<unsigned long long>(inputFrames) * unsigned(m_targetRate)
                        + unsigned(m_sourceRate) - 1)
                       / unsigned(m_sourceRate));
}

void StreamResampler::process(const float *in, std::size_t frames, std::vector<float> &out)
{
    // Room for this chunk's share plus soxr's slack; grown geometrically by
    // the vector only when the caller did not reserve.
    const std::size_t room = outputFrames(frames) + 64;
    std::size_t consumed = 0;
    for (;;) {
        const std::size_t at = out.size();
        out.resize(at + room * m_channels);
        size_t inDone = 0;
        size_t outDone = 0;
        // A null input tells soxr the stream has ended: drain the tail.
        const soxr_error_t err = soxr_process(m_soxr.get(), in ? in + consumed * m_channels : nullptr,
                                              in ? frames - consumed : 0, &inDone, out.data() + at, room,
                                              &outDone);
        out.resize(at + outDone * m_channels);
        if (err)
            throw Error(std::string("Cannot resample: ") + err);
        consumed += inDone;
        if (in ? consumed >= frames && outDone < room : outDone == 0)
            break;
    }
}

void StreamResampler::push(const float *interleaved, std::size_t frameCount, std::vector<float> &out)
{
    if (!m_started) {
        m_outStart = out.size();
        m_started = true;
    }
    if (frameCount == 0)
        return;
    m_pushed += frameCount;
    process(interleaved, frameCount, out);
}

void StreamResampler::finish(std::vector<float> &out)
{
    if (!m_started)
        m_outStart = out.size();
    if (m_pushed > 0)
        process(nullptr, 0, out);
    // librosa.resample(fix=True): trim or zero-pad to ceil(n * ratio).
    out.resize(m_outStart + outputFrames(m_pushed) * m_channels, 0.0f);
}

} // namespace wb
