#include "AudioPlayer.h"
#include "Error.h"
#include "Resampler.h"

#include <portaudio.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>

namespace wb {

namespace {

bool outputSupported(int device, int channels, int rate, PaError *why)
{
    const PaDeviceInfo *info = Pa_GetDeviceInfo(device);
    if (!info || channels <= 0) {
        *why = info ? paInvalidChannelCount : paInvalidDevice;
        return false;
    }
    PaStreamParameters out{};
    out.device = device;
    out.channelCount = channels;
    out.sampleFormat = paFloat32;
    out.suggestedLatency = info->defaultHighOutputLatency;
    *why = Pa_IsFormatSupported(nullptr, &out, rate);
    return *why == paFormatIsSupported;
}

struct Format
{
    int channels = 0;
    int rate = 0;
};

/**
 * The first (channels, rate) the device accepts: the clip's own format, else
 * stereo or the device's maximum (a mono clip on a stereo-only card), each at
 * the clip's rate and then at the device's default rate (which play() then
 * resamples to). Throws wb::Error when nothing fits.
 */
Format chooseFormat(AudioDevices &devices, const AudioDeviceInfo &device, int channels, int rate)
{
    const int defaultRate = int(std::lround(device.defaultSampleRate));
    const int channelChoices[] = {std::min(channels, device.maxOutputChannels),
                                  std::min(2, device.maxOutputChannels), device.maxOutputChannels};
    const int rateChoices[] = {rate, defaultRate > 0 ? defaultRate : rate};
    auto guard = devices.lock();
    PaError why = paNoError;
    for (int r : rateChoices)
        for (int c : channelChoices)
            if (outputSupported(device.index, c, r, &why))
                return {c, r};
    throw Error("Audio device '" + device.name + "' cannot play " + std::to_string(channels) +
                "-channel audio at " + std::to_string(rate) + " Hz or at its default " +
                std::to_string(defaultRate) + " Hz (" + Pa_GetErrorText(why) + ")");
}

} // namespace

AudioPlayer::AudioPlayer()
    : m_devices(AudioDevices::instance())
{
}

AudioPlayer::~AudioPlayer()
{
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        m_shutdown = true;
        closeStreamLocked();
    }
    m_wake.notify_all();
    if (m_watcher.joinable())
        m_watcher.join();
}

void AudioPlayer::play(const AudioBuffer &buffer, std::size_t startFrame, std::size_t endFrame,
                       int deviceIndex)
{
    endFrame = std::min(endFrame, buffer.frames());
    if (startFrame >= endFrame)
        throw Error("Nothing to play: the selection is empty");
    const AudioDeviceInfo device = m_devices->outputDevice(deviceIndex);

    // The clip is prepared before taking the lock: resampling a long buffer
    // takes a while, and whatever plays now may go on playing meanwhile.
    AudioBuffer clip = buffer.slice(startFrame, endFrame - startFrame);
    if (clip.channels() > device.maxOutputChannels)
        clip = clip.toMono();
    const Format format = chooseFormat(*m_devices, device, clip.channels(), clip.sampleRate());
    if (format.rate != clip.sampleRate())
        clip = Resampler::resample(clip, format.rate);

    std::lock_guard<std::mutex> guard(m_mutex);
    closeStreamLocked();
    m_clip = std::move(clip.samples());
    m_shared.samples = m_clip.data();
    m_shared.clipChannels = clip.channels();
    m_shared.deviceChannels = format.channels;
    m_shared.frames = m_clip.size() / std::size_t(clip.channels());
    m_shared.played.store(0, std::memory_order_relaxed);
    m_shared.reachedEnd.store(false, std::memory_order_relaxed);
    m_shared.streamEnded.store(false, std::memory_order_relaxed);
    m_startFrame.store(startFrame, std::memory_order_relaxed);
    m_endFrame.store(endFrame, std::memory_order_relaxed);
    m_sourceRate.store(buffer.sampleRate(), std::memory_order_relaxed);
    m_deviceRate.store(format.rate, std::memory_order_relaxed);
    m_ratio.store(double(buffer.sampleRate()) / format.rate, std::memory_order_relaxed);
    m_error.clear();
    m_finished.store(false, std::memory_order_release);

    openLocked(device.index, format.channels, format.rate);
    m_playing.store(true, std::memory_order_release);
    if (!m_watcher.joinable())
        m_watcher = std::thread([this] { watchLoop(); });
    m_wake.notify_all();
}

void AudioPlayer::openLocked(int deviceIndex, int channels, int rate)
{
    auto paGuard = m_devices->lock();
    const PaDeviceInfo *info = Pa_GetDeviceInfo(deviceIndex);
    if (!info)
        throw Error("The audio output device is gone; rescan the devices");
    PaStreamParameters out{};
    out.device = deviceIndex;
    out.channelCount = channels;
    out.sampleFormat = paFloat32;
    // The high default latency: playback needs no quick reaction, and a
    // larger buffer survives a busy laptop without dropouts.
    out.suggestedLatency = info->defaultHighOutputLatency;
    PaStream *stream = nullptr;
    PaError err = Pa_OpenStream(&stream, nullptr, &out, rate, paFramesPerBufferUnspecified,
                                paNoFlag, &AudioPlayer::process, &m_shared);
    if (err != paNoError)
        throw Error(AudioDevices::paError("Cannot open the audio output", err));
    Pa_SetStreamFinishedCallback(stream, &AudioPlayer::streamFinished);
    const PaStreamInfo *streamInfo = Pa_GetStreamInfo(stream);
    const double latency = streamInfo ? streamInfo->outputLatency : 0.0;
    m_latencyFrames.store(std::size_t(std::max(0.0, latency * rate)), std::memory_order_relaxed);
    err = Pa_StartStream(stream);
    if (err != paNoError) {
        Pa_CloseStream(stream);
        throw Error(AudioDevices::paError("Cannot start the audio output", err));
    }
    m_stream = stream;
    m_devices->streamOpened();
}

void AudioPlayer::closeStreamLocked()
{
    if (!m_stream)
        return;
    auto paGuard = m_devices->lock();
    auto *stream = static_cast<PaStream *>(m_stream);
    // Abort rather than stop: stop() should silence at once, not after the
    // device's buffer drains, and a stream that already ended needs neither.
    if (Pa_IsStreamStopped(stream) == 0)
        Pa_AbortStream(stream);
    Pa_CloseStream(stream);
    m_stream = nullptr;
    m_devices->streamClosed();
    m_playing.store(false, std::memory_order_release);
}

void AudioPlayer::stop()
{
    std::lock_guard<std::mutex> guard(m_mutex);
    closeStreamLocked();
}

std::size_t AudioPlayer::positionFrames() const
{
    const std::size_t played = m_shared.played.load(std::memory_order_acquire);
    const std::size_t latency = m_latencyFrames.load(std::memory_order_relaxed);
    const std::size_t heard = played > latency ? played - latency : 0;
    const auto offset = std::size_t(std::llround(heard * m_ratio.load(std::memory_order_relaxed)));
    return std::min(m_startFrame.load(std::memory_order_relaxed) + offset,
                    m_endFrame.load(std::memory_order_relaxed));
}

std::string AudioPlayer::errorMessage() const
{
    std::lock_guard<std::mutex> guard(m_mutex);
    return m_error;
}

void AudioPlayer::setFinishedCallback(std::function<void()> callback)
{
    std::lock_guard<std::mutex> guard(m_mutex);
    m_onFinished = std::move(callback);
}

void AudioPlayer::watchLoop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_shutdown) {
        if (!m_stream) {
            m_wake.wait(lock);
            continue;
        }
        // Polling an atomic keeps the audio thread free of condition
        // variables; 10 ms is far below what a person notices.
        m_wake.wait_for(lock, std::chrono::milliseconds(10));
        if (!m_stream || !m_shared.streamEnded.load(std::memory_order_acquire))
            continue;
        const bool complete = m_shared.reachedEnd.load(std::memory_order_acquire);
        closeStreamLocked();
        if (!complete) {
            m_error = "Playback stopped: the audio output device stopped responding";
            continue;
        }
        m_latencyFrames.store(0, std::memory_order_relaxed);
        m_finished.store(true, std::memory_order_release);
        if (std::function<void()> callback = m_onFinished) {
            lock.unlock();
            callback();
            lock.lock();
        }
    }
}

int AudioPlayer::process(const void *, void *output, unsigned long frameCount,
                         const PaStreamCallbackTimeInfo *, unsigned long, void *userData)
{
    // Real-time thread: no locks, no allocation, no logging.
    auto *s = static_cast<Shared *>(userData);
    auto *out = static_cast<float *>(output);
    const std::size_t played = s->played.load(std::memory_order_relaxed);
    const std::size_t n = std::min<std::size_t>(frameCount, s->frames - played);
    const int inCh = s->clipChannels;
    const int outCh = s->deviceChannels;
    const float *in = s->samples + played * std::size_t(inCh);
    if (inCh == outCh) {
        std::memcpy(out, in, n * std::size_t(outCh) * sizeof(float));
    } else {
        // A mono clip on a stereo device goes to every channel.
        for (std::size_t f = 0; f < n; ++f)
            for (int c = 0; c < outCh; ++c)
                out[f * outCh + c] = in[f * inCh + (c % inCh)];
    }
    std::fill(out + n * outCh, out + frameCount * outCh, 0.0f);
    s->played.store(played + n, std::memory_order_release);
    if (played + n < s->frames)
        return paContinue;
    s->reachedEnd.store(true, std::memory_order_release);
    return paComplete;
}

void AudioPlayer::streamFinished(void *userData)
{
    static_cast<Shared *>(userData)->streamEnded.store(true, std::memory_order_release);
}

} // namespace wb
