#pragma once
#include "AudioBuffer.h"

#include <string>

namespace wb {

/**
 * Reads the frames a growing recording has gained since the last call: the
 * file AudioRecorder writes keeps a valid header while it grows, so a
 * listener can follow it as it is written. Mixes to mono, keeps the file's
 * rate. Any thread, one object per reader; wb::Error when the file cannot be
 * opened or read.
 */
class AudioFileTail
{
public:
    /** New frames from position() on, at most maxFrames; advances position(). */
    AudioBuffer readNew(const std::string &path, long long maxFrames = 1 << 22);
    long long position() const { return m_position; }
    /** Starts again at frame 0 (a new file). */
    void reset() { m_position = 0; }

private:
    long long m_position = 0;
};

} // namespace wb
