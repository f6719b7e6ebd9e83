#pragma once
#include "AudioBuffer.h"
#include "AudioDevices.h"
#include "SpscRingBuffer.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

struct PaStreamCallbackTimeInfo;

namespace wb {

/** How and where to record. */
struct RecordOptions
{
    int deviceIndex = AudioDevices::kDefaultDevice;
    int sampleRate = 22050;
    int channels = 1;
    /** The WAV file written while recording; empty: a fresh one in the system temp folder. */
    std::string tempPath;
    /** 16-bit PCM (half the disk) or 32-bit float (no rounding of quiet input). */
    bool floatSamples = false;
    /** Stop by itself after this long; 0 records until stop(). */
    double maxSeconds = 0.0;
};

/**
 * Records from an input device through PortAudio into a WAV file as it goes,
 * with a live level meter.
 *
 * The real-time callback only pushes samples into a lock-free ring and
 * updates atomics (peak, frame count); a writer thread drains the ring into
 * the file with libsndfile, whose header is rewritten after every write, so
 * the file is readable while recording and a crash loses nothing written so
 * far. A device that cannot record at the requested rate records at its
 * default rate and stop() resamples.
 *
 * Threads: one controlling thread calls start() and stop(); level(),
 * elapsedSeconds(), isRecording() and overrunFrames() are lock-free and may
 * be called from any thread (a GUI meter timer).
 *
 * Errors: the constructor throws wb::Error when PortAudio cannot start at
 * all; start() throws wb::Error (no device, bad index, refused format,
 * unwritable temp file); stop() throws wb::Error when the file could not be
 * written or read back. Overruns (the writer fell behind and the ring filled)
 * drop frames, are counted and do not stop the recording. A device that fails
 * mid-way ends the recording and errorMessage() says why.
 */
class AudioRecorder
{
public:
    AudioRecorder();
    /** Stops the stream and closes the file; the file is kept. */
    ~AudioRecorder();
    AudioRecorder(const AudioRecorder &) = delete;
    AudioRecorder &operator=(const AudioRecorder &) = delete;

    void start(const RecordOptions &options);
    /** Ends the recording and returns it, at the requested rate and channel count. */
    AudioBuffer stop();

    /** True from start() until stop(), maxSeconds, or a device failure. */
    bool isRecording() const;
    /** Peak absolute sample since the previous call (0..1+), for a level meter. */
    float level();
    /** Seconds captured so far, dropped frames included. */
    double elapsedSeconds() const;
    /** Frames lost because the writer could not keep up, plus one per overflow the host reported. */
    std::int64_t overrunFrames() const { return m_overrunFrames.load(std::memory_order_relaxed); }
    /** The WAV file being (or last) written. */
    std::string path() const;
    /** Why the recording ended early or the file failed; empty when all went well. */
    std::string errorMessage() const;

    /** A fresh path in the system temp folder for a recording. */
    static std::string defaultTempPath();

private:
    static int process(const void *input, void *output, unsigned long frameCount,
                       const PaStreamCallbackTimeInfo *timeInfo, unsigned long statusFlags,
                       void *userData);
    static void streamFinished(void *userData);

    void openFile();
    void openStream(const AudioDeviceInfo &device);
    void closeStream();
    void writerLoop();
    void setError(const std::string &message);

    std::shared_ptr<AudioDevices> m_devices;
    RecordOptions m_options;
    std::string m_path;
    int m_deviceRate = 0;
    std::int64_t m_maxFrames = 0; // 0: unlimited
    void *m_stream = nullptr;      // PaStream*
    void *m_file = nullptr;        // SNDFILE*, owned by the writer thread while it runs
    std::unique_ptr<SpscRingBuffer<float>> m_ring;
    std::thread m_writer;

    mutable std::mutex m_errorMutex; // the writer and watcher report here, never the callback
    std::string m_error;

    // Shared with the callback.
    std::atomic<float> m_peak{0.0f};
    std::atomic<std::int64_t> m_capturedFrames{0};
    std::atomic<std::int64_t> m_overrunFrames{0};
    std::atomic<bool> m_reachedMax{false};
    std::atomic<bool> m_streamEnded{false};
    std::atomic<bool> m_stopWriter{false};
    std::atomic<bool> m_active{false};
};

} // namespace wb
