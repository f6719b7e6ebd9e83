#pragma once
#include "AudioBuffer.h"
#include "Progress.h"

#include <string>

namespace wb {

/** What a file holds, without decoding the samples. */
struct AudioFileInfo
{
    std::string path;
    std::string format;   ///< container, e.g. "WAV", "FLAC", "OGG", "AIFF", "MP3"
    std::string encoding; ///< sample encoding, e.g. "PCM 16-bit", "float 32-bit", "Vorbis"
    int sampleRate = 0;
    int channels = 0;
    long long frames = 0;
    /** Non-empty when the file is readable but damaged (e.g. its header claims more
     *  data than it holds, as after a crash mid-recording); one line. */
    std::string warning;
    double duration() const { return sampleRate > 0 ? double(frames) / sampleRate : 0.0; }
};

/** How to read: targetRate 0 keeps the file's rate; mono mixes channels down by averaging. */
struct ReadOptions
{
    int targetRate = 22050;
    bool mono = true;
    /** Threads for a long PCM file that needs resampling: 0 = up to 4 by the cores, 1 = serial. */
    int threads = 0;
};

enum class WriteFormat { Wav16, Flac16, WavFloat };

/**
 * Audio file reading and writing through libsndfile, resampling with soxr.
 * Stateless; every function may be called from any thread. Errors (missing,
 * unreadable, corrupt, absurd or non-finite contents, unwritable destination)
 * throw wb::Error with a one-line message naming the file.
 */
class AudioFile
{
public:
    static AudioFileInfo probe(const std::string &path);
    static AudioBuffer read(const std::string &path, const ReadOptions &options = {},
                            const ProgressFn &progress = {});
    /** Writes atomically (temporary file, then rename); samples are clipped to [-1, 1]. */
    static void write(const std::string &path, const AudioBuffer &buffer,
                      WriteFormat format = WriteFormat::Wav16);
    /** Picks the format from the extension (.wav or .flac); anything else is an error. */
    static WriteFormat formatForPath(const std::string &path);
};

} // namespace wb
