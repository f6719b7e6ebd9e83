#pragma once
#include "AudioBuffer.h"
#include "AudioDevices.h"

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct PaStreamCallbackTimeInfo;

namespace wb {

/**
 * Plays an AudioBuffer, or a selection of it, on an output device through
 * PortAudio, with a playhead a GUI can follow.
 *
 * play() copies the selection into memory the player owns (resampled to the
 * device's default rate when the device cannot play the buffer's rate), so
 * the real-time callback only copies floats and bumps an atomic counter: it
 * never locks, allocates or calls user code.
 *
 * Threads: every method may be called from any thread; positionFrames(),
 * isPlaying() and isFinished() are lock-free, for a GUI timer. The finished
 * callback runs on the player's own watcher thread, never the audio thread;
 * it may call play() or stop() but must not destroy the player.
 *
 * Errors: the constructor throws wb::Error when PortAudio cannot start at
 * all; play() throws wb::Error for no device, a bad index, an empty
 * selection or a stream PortAudio refuses to open. A device that fails while
 * playing ends playback; errorMessage() then says why.
 */
class AudioPlayer
{
public:
    /** endFrame: play to the end of the buffer. */
    static constexpr std::size_t kToEnd = static_cast<std::size_t>(-1);

    AudioPlayer();
    ~AudioPlayer();
    AudioPlayer(const AudioPlayer &) = delete;
    AudioPlayer &operator=(const AudioPlayer &) = delete;

    /** Stops whatever plays, then plays frames [startFrame, endFrame) of buffer. */
    void play(const AudioBuffer &buffer, std::size_t startFrame = 0,
              std::size_t endFrame = kToEnd, int deviceIndex = AudioDevices::kDefaultDevice);
    /** Stops at once (no fade); the playhead stays where it stopped. Harmless when idle. */
    void stop();

    /** True from play() until the selection has been played out or stop() is called. */
    bool isPlaying() const { return m_playing.load(std::memory_order_acquire); }
    /** True once the last play() reached its end on its own (not by stop()). */
    bool isFinished() const { return m_finished.load(std::memory_order_acquire); }
    /** The playhead, as a frame index into the buffer given to play(). */
    std::size_t positionFrames() const;
    /** The sample rate of the buffer given to play(), for converting positions to seconds. */
    int sampleRate() const { return m_sourceRate.load(std::memory_order_relaxed); }
    /** The rate the device plays at (differs from sampleRate() when play() resampled). */
    int deviceRate() const { return m_deviceRate.load(std::memory_order_relaxed); }
    /** Why the last playback ended early; empty when it did not fail. */
    std::string errorMessage() const;

    /** Called on the watcher thread when playback reaches its end (not after stop()). */
    void setFinishedCallback(std::function<void()> callback);

private:
    // What the callback reads and writes: fixed while a stream runs.
    struct Shared
    {
        const float *samples = nullptr;
        std::size_t frames = 0;       // device frames in the clip
        int clipChannels = 1;
        int deviceChannels = 1;
        std::atomic<std::size_t> played{0};
        std::atomic<bool> reachedEnd{false}; // the callback handed out the last frame
        std::atomic<bool> streamEnded{false}; // PortAudio's finished callback ran
    };

    static int process(const void *input, void *output, unsigned long frameCount,
                       const PaStreamCallbackTimeInfo *timeInfo, unsigned long statusFlags,
                       void *userData);
    static void streamFinished(void *userData);

    void openLocked(int deviceIndex, int channels, int rate);
    void closeStreamLocked();
    void watchLoop();

    std::shared_ptr<AudioDevices> m_devices;
    mutable std::mutex m_mutex; // guards everything below that is not atomic
    std::condition_variable m_wake;
    void *m_stream = nullptr;   // PaStream*, kept opaque so this header needs no portaudio.h
    std::vector<float> m_clip;
    Shared m_shared;
    std::string m_error;
    std::function<void()> m_onFinished;
    bool m_shutdown = false;
    std::thread m_watcher;

    std::atomic<bool> m_playing{false};
    std::atomic<bool> m_finished{false};
    std::atomic<int> m_sourceRate{0};
    std::atomic<int> m_deviceRate{0};
    std::atomic<double> m_ratio{1.0}; // source frames per device frame
    std::atomic<std::size_t> m_startFrame{0};
    std::atomic<std::size_t> m_endFrame{0};
    // Frames handed to the device but not yet heard; subtracted so the
    // playhead matches the sound, and zeroed once the device has drained.
    std::atomic<std::size_t> m_latencyFrames{0};
};

} // namespace wb
