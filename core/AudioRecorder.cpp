#include "AudioRecorder.h"
#include "Error.h"
#include "Resampler.h"

#include <portaudio.h>
#include <sndfile.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <vector>

#include <unistd.h>

namespace wb {

namespace {

// Room for this many seconds of audio between the callback and the writer:
// far more than a stalled disk or a busy CPU normally costs.
constexpr double kRingSeconds = 4.0;
constexpr auto kWriterPoll = std::chrono::milliseconds(5);
constexpr auto kSyncInterval = std::chrono::seconds(1);

bool inputSupported(int device, int channels, int rate)
{
    const PaDeviceInfo *info = Pa_GetDeviceInfo(device);
    if (!info)
        return false;
    PaStreamParameters in{};
    in.device = device;
    in.channelCount = channels;
    in.sampleFormat = paFloat32;
    in.suggestedLatency = info->defaultLowInputLatency;
    return Pa_IsFormatSupported(&in, nullptr, rate) == paFormatIsSupported;
}

} // namespace

AudioRecorder::AudioRecorder()
    : m_devices(AudioDevices::instance())
{
}

AudioRecorder::~AudioRecorder()
{
    closeStream();
    m_stopWriter.store(true, std::memory_order_release);
    if (m_writer.joinable())
        m_writer.join();
    if (m_file)
        sf_close(static_cast<SNDFILE *>(m_file));
}

std::string AudioRecorder::defaultTempPath()
{
    const auto stamp = std::chrono::system_clock::now().time_since_epoch() / std::chrono::milliseconds(1);
    const std::string name = "wavebench-recording-" + std::to_string(::getpid()) + "-" +
                             std::to_string(stamp) + ".wav";
    return (std::filesystem::temp_directory_path() / name).string();
}

void AudioRecorder::start(const RecordOptions &options)
{
    if (m_active.load(std::memory_order_acquire))
        throw Error("A recording is already running; stop it first");
    if (options.channels < 1 || options.channels > 64)
        throw Error("Cannot record " + std::to_string(options.channels) + " channels");
    if (options.sampleRate < 1000 || options.sampleRate > 768000)
        throw Error("Cannot record at " + std::to_string(options.sampleRate) + " Hz");
    const AudioDeviceInfo device = m_devices->inputDevice(options.deviceIndex);
    if (options.channels > device.maxInputChannels)
        throw Error("Audio device '" + device.name + "' has " +
                    std::to_string(device.maxInputChannels) + " input channels, not " +
                    std::to_string(options.channels));

    m_options = options;
    m_path = options.tempPath.empty() ? defaultTempPath() : options.tempPath;
    {
        auto guard = m_devices->lock();
        const int fallback = int(std::lround(device.defaultSampleRate));
        if (inputSupported(device.index, options.channels, options.sampleRate))
            m_deviceRate = options.sampleRate;
        else if (fallback > 0 && inputSupported(device.index, options.channels, fallback))
            m_deviceRate = fallback; // stop() resamples to the rate asked for
        else
            throw Error("Audio device '" + device.name + "' cannot record " +
                        std::to_string(options.channels) + " channel(s) at " +
                        std::to_string(options.sampleRate) + " Hz");
    }
    m_maxFrames = options.maxSeconds > 0 ? std::int64_t(std::llround(options.maxSeconds * m_deviceRate)) : 0;
    m_ring = std::make_unique<SpscRingBuffer<float>>(
        std::size_t(kRingSeconds * m_deviceRate) * std::size_t(options.channels));
    m_peak.store(0.0f);
    m_capturedFrames.store(0);
    m_overrunFrames.store(0);
    m_reachedMax.store(false);
    m_streamEnded.store(false);
    m_stopWriter.store(false);
    {
        std::lock_guard<std::mutex> guard(m_errorMutex);
        m_error.clear();
    }

    openFile();
    try {
        openStream(device);
    } catch (...) {
        sf_close(static_cast<SNDFILE *>(m_file));
        m_file = nullptr;
        std::error_code ignored;
        std::filesystem::remove(m_path, ignored);
        throw;
    }
    m_writer = std::thread([this] { writerLoop(); });
    m_active.store(true, std::memory_order_release);
}

void AudioRecorder::openFile()
{
    SF_INFO info{};
    info.samplerate = m_deviceRate;
    info.channels = m_options.channels;
    info.format = SF_FORMAT_WAV | (m_options.floatSamples ? SF_FORMAT_FLOAT : SF_FORMAT_PCM_16);
    SNDFILE *file = sf_open(m_path.c_str(), SFM_WRITE, &info);
    if (!file)
        throw Error("Cannot write '" + m_path + "': " + sf_strerror(nullptr));
    // The header is rewritten after every write, so the file on disk is a
    // complete WAV at every moment: a crash leaves everything written so far.
    sf_command(file, SFC_SET_UPDATE_HEADER_AUTO, nullptr, SF_TRUE);
    // Loud input above full scale clips instead of wrapping around.
    sf_command(file, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    m_file = file;
}

void AudioRecorder::openStream(const AudioDeviceInfo &device)
{
    auto guard = m_devices->lock();
    const PaDeviceInfo *info = Pa_GetDeviceInfo(device.index);
    if (!info)
        throw Error("The audio input device is gone; rescan the devices");
    PaStreamParameters in{};
    in.device = device.index;
    in.channelCount = m_options.channels;
    in.sampleFormat = paFloat32;
    in.suggestedLatency = info->defaultHighInputLatency;
    PaStream *stream = nullptr;
    PaError err = Pa_OpenStream(&stream, &in, nullptr, m_deviceRate, paFramesPerBufferUnspecified,
                                paNoFlag, &AudioRecorder::process, this);
    if (err != paNoError)
        throw Error(AudioDevices::paError("Cannot open the audio input", err));
    Pa_SetStreamFinishedCallback(stream, &AudioRecorder::streamFinished);
    err = Pa_StartStream(stream);
    if (err != paNoError) {
        Pa_CloseStream(stream);
        throw Error(AudioDevices::paError("Cannot start the audio input", err));
    }
    m_stream = stream;
    m_devices->streamOpened();
}

void AudioRecorder::closeStream()
{
    if (!m_stream)
        return;
    auto guard = m_devices->lock();
    auto *stream = static_cast<PaStream *>(m_stream);
    // Stop, not abort: the input already captured still reaches the callback.
    if (Pa_IsStreamStopped(stream) == 0)
        Pa_StopStream(stream);
    Pa_CloseStream(stream);
    m_stream = nullptr;
    m_devices->streamClosed();
}

AudioBuffer AudioRecorder::stop()
{
    if (!m_active.load(std::memory_order_acquire))
        throw Error("No recording is running");
    const bool deviceFailed = m_streamEnded.load(std::memory_order_acquire) &&
                              !m_reachedMax.load(std::memory_order_acquire);
    closeStream();
    if (deviceFailed)
        setError("Recording stopped early: the audio input device stopped responding");
    // The writer drains whatever is left in the ring before it exits.
    m_stopWriter.store(true, std::memory_order_release);
    m_writer.join();
    sf_close(static_cast<SNDFILE *>(m_file));
    m_file = nullptr;
    m_active.store(false, std::memory_order_release);

    {
        std::lock_guard<std::mutex> guard(m_errorMutex);
        if (!m_error.empty() && !deviceFailed)
            throw Error(m_error);
    }

    SF_INFO info{};
    SNDFILE *file = sf_open(m_path.c_str(), SFM_READ, &info);
    if (!file)
        throw Error("Cannot read the recording '" + m_path + "': " + sf_strerror(nullptr));
    std::vector<float> samples(std::size_t(info.frames) * std::size_t(info.channels));
    const sf_count_t got = sf_readf_float(file, samples.data(), info.frames);
    sf_close(file);
    samples.resize(std::size_t(std::max<sf_count_t>(got, 0)) * std::size_t(info.channels));
    AudioBuffer recording(std::move(samples), info.channels, info.samplerate);
    if (info.samplerate != m_options.sampleRate && !recording.isEmpty())
        recording = Resampler::resample(recording, m_options.sampleRate);
    return recording;
}

bool AudioRecorder::isRecording() const
{
    return m_active.load(std::memory_order_acquire) &&
           !m_streamEnded.load(std::memory_order_acquire);
}

float AudioRecorder::level()
{
    return m_peak.exchange(0.0f, std::memory_order_relaxed);
}

double AudioRecorder::elapsedSeconds() const
{
    return m_deviceRate > 0 ? double(m_capturedFrames.load(std::memory_order_relaxed)) / m_deviceRate
                            : 0.0;
}

std::string AudioRecorder::path() const
{
    return m_path;
}

std::string AudioRecorder::errorMessage() const
{
    std::lock_guard<std::mutex> guard(m_errorMutex);
    if (m_error.empty() && m_active.load(std::memory_order_acquire) &&
        m_streamEnded.load(std::memory_order_acquire) && !m_reachedMax.load(std::memory_order_acquire))
        return "Recording stopped early: the audio input device stopped responding";
    return m_error;
}

void AudioRecorder::setError(const std::string &message)
{
    std::lock_guard<std::mutex> guard(m_errorMutex);
    if (m_error.empty())
        m_error = message;
}

void AudioRecorder::writerLoop()
{
    auto *file = static_cast<SNDFILE *>(m_file);
    const std::size_t channels = std::size_t(m_options.channels);
    // A whole number of frames, so a pop never splits one.
    std::vector<float> chunk(4096 * channels);
    auto lastSync = std::chrono::steady_clock::now();
    bool failed = false;
    for (;;) {
        // Read the flag before popping: everything pushed before stop() was
        // asked for is then seen by this pop or an earlier one.
        const bool stopping = m_stopWriter.load(std::memory_order_acquire);
        const std::size_t n = m_ring->pop(chunk.data(), chunk.size());
        if (n > 0) {
            const auto frames = sf_count_t(n / channels);
            if (!failed && sf_writef_float(file, chunk.data(), frames) != frames) {
                // Keep draining so the callback does not overrun, but stop writing.
                failed = true;
                setError("Cannot write the recording '" + m_path + "': " + sf_strerror(file));
            }
            const auto now = std::chrono::steady_clock::now();
            if (!failed && now - lastSync >= kSyncInterval) {
                sf_write_sync(file); // survives a power cut, not only a crash
                lastSync = now;
            }
            continue;
        }
        if (stopping)
            break;
        std::this_thread::sleep_for(kWriterPoll);
    }
    if (!failed)
        sf_write_sync(file);
}

int AudioRecorder::process(const void *input, void *, unsigned long frameCount,
                           const PaStreamCallbackTimeInfo *, unsigned long statusFlags,
                           void *userData)
{
    // Real-time thread: no locks, no allocation, no logging.
    auto *self = static_cast<AudioRecorder *>(userData);
    const auto channels = std::size_t(self->m_options.channels);
    const std::int64_t captured = self->m_capturedFrames.load(std::memory_order_relaxed);
    std::int64_t frames = std::int64_t(frameCount);
    if (self->m_maxFrames > 0)
        frames = std::min(frames, self->m_maxFrames - captured);
    if (statusFlags & paInputOverflow)
        self->m_overrunFrames.fetch_add(1, std::memory_order_relaxed); // lost by the host: at least one
    if (input && frames > 0) {
        const auto *samples = static_cast<const float *>(input);
        const std::size_t count = std::size_t(frames) * channels;
        float blockPeak = 0.0f;
        for (std::size_t i = 0; i < count; ++i)
            blockPeak = std::max(blockPeak, std::fabs(samples[i]));
        float previous = self->m_peak.load(std::memory_order_relaxed);
        while (blockPeak > previous &&
               !self->m_peak.compare_exchange_weak(previous, blockPeak, std::memory_order_relaxed)) {
        }
        // Only whole frames go in, so the writer never sees half of one.
        const std::size_t room = self->m_ring->availableToWrite() / channels * channels;
        const std::size_t pushed = self->m_ring->push(samples, std::min(count, room));
        if (pushed < count)
            self->m_overrunFrames.fetch_add(std::int64_t((count - pushed) / channels),
                                            std::memory_order_relaxed);
    }
    const std::int64_t total = captured + std::max<std::int64_t>(frames, 0);
    self->m_capturedFrames.store(total, std::memory_order_relaxed);
    if (self->m_maxFrames > 0 && total >= self->m_maxFrames) {
        self->m_reachedMax.store(true, std::memory_order_release);
        return paComplete;
    }
    return paContinue;
}

void AudioRecorder::streamFinished(void *userData)
{
    static_cast<AudioRecorder *>(userData)->m_streamEnded.store(true, std::memory_order_release);
}

} // namespace wb
