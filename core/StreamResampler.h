#pragma once
#include <cstddef>
#include <memory>
#include <vector>

struct soxr;

namespace wb {

/**
 * Sample-rate conversion of a stream, chunk by chunk, with soxr at the same
 * high-quality setting as Resampler: a reader can resample while it decodes
 * and never hold the full-rate copy of a long file. The output equals
 * Resampler::resample() on the whole signal (soxr is a streaming filter; the
 * final length is fixed to ceil(n * ratio) as librosa's fix=True does).
 * One instance per stream; not synchronized (one thread at a time). Rates
 * outside [1000, 768000] and soxr failures throw wb::Error.
 */
class StreamResampler
{
public:
    StreamResampler(int sourceRate, int targetRate, int channels);
    ~StreamResampler();
    StreamResampler(const StreamResampler &) = delete;
    StreamResampler &operator=(const StreamResampler &) = delete;

    /** Resamples frameCount interleaved frames and appends the output to out. */
    void push(const float *interleaved, std::size_t frameCount, std::vector<float> &out);
    /** Drains the filter's tail and fixes out's length to ceil(framesPushed * ratio). */
    void finish(std::vector<float> &out);

    /** Output frames a stream of this many input frames ends with. */
    std::size_t outputFrames(std::size_t inputFrames) const;

private:
    void process(const float *in, std::size_t frames, std::vector<float> &out);

    struct Deleter
    {
        void operator()(soxr *s) const;
    };
    std::unique_ptr<soxr, Deleter> m_soxr;
    int m_sourceRate;
    int m_targetRate;
    std::size_t m_channels;
    std::size_t m_pushed = 0;
    std::size_t m_outStart = 0; ///< out.size() when the first push came
    bool m_started = false;
};

} // namespace wb
