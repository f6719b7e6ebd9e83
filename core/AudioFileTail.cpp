#include "AudioFileTail.h"

#include "Error.h"

#include <sndfile.h>

#include <algorithm>
#include <vector>

namespace wb {

AudioBuffer AudioFileTail::readNew(const std::string &path, long long maxFrames)
{
    SF_INFO info{};
    SNDFILE *f = sf_open(path.c_str(), SFM_READ, &info);
    if (!f)
        throw Error("cannot read '" + path + "': " + sf_strerror(nullptr));
    std::vector<float> mono;
    const int channels = std::max(1, info.channels);
    if (info.frames > m_position && sf_seek(f, m_position, SEEK_SET) >= 0) {
        const long long wanted = std::min<long long>(info.frames - m_position, maxFrames);
        std::vector<float> interleaved(std::size_t(wanted) * std::size_t(channels));
        const sf_count_t got = sf_readf_float(f, interleaved.data(), wanted);
        mono.resize(std::size_t(std::max<sf_count_t>(got, 0)));
        AudioBuffer::mixToMono(interleaved.data(), mono.size(), channels, mono.data());
        m_position += std::max<sf_count_t>(got, 0);
    }
    const int rate = info.samplerate;
    sf_close(f);
    return AudioBuffer(std::move(mono), rate > 0 ? rate : 16000);
}

} // namespace wb
