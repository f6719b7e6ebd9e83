#include "AudioBuffer.h"
#include "Error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace wb {

AudioBuffer::AudioBuffer(std::vector<float> interleaved, int channels, int sampleRate)
    : m_samples(std::move(interleaved)), m_channels(channels), m_sampleRate(sampleRate)
{
    // A buffer with a partial frame would make every per-frame loop read past
    // the end, so it is refused here rather than checked everywhere.
    if (channels < 1)
        throw Error("Audio buffer needs at least one channel (got " + std::to_string(channels) + ")");
    if (m_samples.size() % std::size_t(channels) != 0)
        throw Error("Audio buffer of " + std::to_string(m_samples.size())
                    + " samples is not a whole number of " + std::to_string(channels)
                    + "-channel frames");
}

AudioBuffer::AudioBuffer(std::vector<float> mono, int sampleRate)
    : m_samples(std::move(mono)), m_channels(1), m_sampleRate(sampleRate)
{
}

std::size_t AudioBuffer::frames() const
{
    return m_samples.size() / std::size_t(m_channels);
}

double AudioBuffer::duration() const
{
    return m_sampleRate > 0 ? double(frames()) / m_sampleRate : 0.0;
}

void AudioBuffer::mixToMono(const float *interleaved, std::size_t frameCount, int channels,
                            float *out)
{
    if (channels == 1) {
        std::copy(interleaved, interleaved + frameCount, out);
        return;
    }
    // Sum then divide (not multiply by 1/n) so the result matches numpy's
    // mean over the channel axis as closely as float arithmetic allows.
    const auto n = std::size_t(channels);
    for (std::size_t f = 0; f < frameCount; ++f) {
        const float *frame = interleaved + f * n;
        float sum = 0.0f;
        for (std::size_t c = 0; c < n; ++c)
            sum += frame[c];
        out[f] = sum / float(channels);
    }
}

AudioBuffer AudioBuffer::toMono() const
{
    std::vector<float> mono(frames());
    mixToMono(m_samples.data(), mono.size(), m_channels, mono.data());
    return AudioBuffer(std::move(mono), m_sampleRate);
}

std::vector<float> AudioBuffer::channel(int index) const
{
    if (index < 0 || index >= m_channels)
        throw Error("Channel " + std::to_string(index) + " does not exist in a "
                    + std::to_string(m_channels) + "-channel buffer");
    const std::size_t n = frames();
    std::vector<float> out(n);
    for (std::size_t f = 0; f < n; ++f)
        out[f] = m_samples[f * std::size_t(m_channels) + std::size_t(index)];
    return out;
}

AudioBuffer AudioBuffer::slice(std::size_t startFrame, std::size_t frameCount) const
{
    const std::size_t total = frames();
    const std::size_t start = std::min(startFrame, total);
    const std::size_t count = std::min(frameCount, total - start);
    const auto ch = std::size_t(m_channels);
    std::vector<float> out(m_samples.begin() + std::ptrdiff_t(start * ch),
                           m_samples.begin() + std::ptrdiff_t((start + count) * ch));
    return AudioBuffer(std::move(out), m_channels, m_sampleRate);
}

float AudioBuffer::peak() const
{
    float p = 0.0f;
    for (float v : m_samples)
        p = std::max(p, std::fabs(v));
    return p;
}

float AudioBuffer::rms() const
{
    if (m_samples.empty())
        return 0.0f;
    // Double accumulation: ten minutes of float squares lose several digits otherwise.
    double sum = 0.0;
    for (float v : m_samples)
        sum += double(v) * double(v);
    return float(std::sqrt(sum / double(m_samples.size())));
}

bool AudioBuffer::hasNonFinite() const
{
    return std::any_of(m_samples.begin(), m_samples.end(),
                       [](float v) { return !std::isfinite(v); });
}

} // namespace wb
