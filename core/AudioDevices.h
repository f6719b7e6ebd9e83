#pragma once
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace wb {

/** One audio device as PortAudio reports it. */
struct AudioDeviceInfo
{
    int index = -1;          ///< PortAudio device index, what --device and play()/start() take
    std::string name;
    std::string hostApi;     ///< e.g. "ALSA", "JACK Audio Connection Kit"
    int maxInputChannels = 0;
    int maxOutputChannels = 0;
    double defaultSampleRate = 0.0;
    bool isDefaultInput = false;
    bool isDefaultOutput = false;
};

/**
 * The process's PortAudio session: Pa_Initialize on first use, Pa_Terminate
 * when the last holder lets go. instance() hands out a shared pointer, and
 * every AudioPlayer and AudioRecorder keeps one, so PortAudio outlives every
 * stream whatever order statics are destroyed in.
 *
 * Threads: any. PortAudio itself is not thread-safe, so every call into it
 * (here, in AudioPlayer and in AudioRecorder) holds lock(); the real-time
 * callbacks never do. Errors (PortAudio cannot start, no such device, no
 * default device) throw wb::Error with a one-line message.
 */
class AudioDevices
{
public:
    /** Passed as a device index: the host's default input or output. */
    static constexpr int kDefaultDevice = -1;

    /** The shared session, initializing PortAudio if needed. */
    static std::shared_ptr<AudioDevices> instance();
    ~AudioDevices();
    AudioDevices(const AudioDevices &) = delete;
    AudioDevices &operator=(const AudioDevices &) = delete;

    /** Every device, inputs and outputs; empty when the machine has none. */
    std::vector<AudioDeviceInfo> listDevices();
    /** Resolves kDefaultDevice and checks the index and direction; throws wb::Error. */
    AudioDeviceInfo outputDevice(int index);
    AudioDeviceInfo inputDevice(int index);

    /**
     * Rescans the hardware (PortAudio only enumerates at initialization), so a
     * device plugged in later appears. Throws wb::Error while a stream is open.
     */
    void refresh();

    /** Serializes PortAudio calls between threads. */
    std::unique_lock<std::mutex> lock() { return std::unique_lock<std::mutex>(m_mutex); }

    /** Bookkeeping for refresh(): players and recorders report open streams (under lock()). */
    void streamOpened() { ++m_openStreams; }
    void streamClosed() { --m_openStreams; }

    /** "<context>: <PortAudio's text>", the wording of every PortAudio failure. */
    static std::string paError(const std::string &context, int paErrorCode);

private:
    AudioDevices();
    void initialize();
    AudioDeviceInfo infoLocked(int index) const;
    AudioDeviceInfo resolveLocked(int index, bool input);

    std::mutex m_mutex;
    int m_openStreams = 0;
};

} // namespace wb
