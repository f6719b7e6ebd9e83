#pragma once
#include <cstddef>
#include <vector>

namespace wb {

/**
 * Audio samples in memory: interleaved float frames in [-1, 1] (values outside
 * are allowed and clipped only on writing), a channel count and a sample rate.
 * A plain value type, cheap to move; not synchronized.
 */
class AudioBuffer
{
public:
    AudioBuffer() = default;
    AudioBuffer(std::vector<float> interleaved, int channels, int sampleRate);
    /** A mono buffer. */
    AudioBuffer(std::vector<float> mono, int sampleRate);

    int channels() const { return m_channels; }
    int sampleRate() const { return m_sampleRate; }
    std::size_t frames() const;
    bool isEmpty() const { return m_samples.empty(); }
    double duration() const;

    const std::vector<float> &samples() const { return m_samples; }
    std::vector<float> &samples() { return m_samples; }

    /** Average of the channels per frame, as librosa.load(mono=True) does. */
    AudioBuffer toMono() const;
    /** The averaging toMono() uses, for callers that mix down chunk by chunk. */
    static void mixToMono(const float *interleaved, std::size_t frameCount, int channels,
                          float *out);
    /** One channel, deinterleaved. */
    std::vector<float> channel(int index) const;
    /** Frames [start, start + count), clamped to the buffer. */
    AudioBuffer slice(std::size_t startFrame, std::size_t frameCount) const;

    float peak() const;
    float rms() const;
    /** True when any sample is NaN or infinite. */
    bool hasNonFinite() const;

private:
    std::vector<float> m_samples;
    int m_channels = 1;
    int m_sampleRate = 22050;
};

} // namespace wb
