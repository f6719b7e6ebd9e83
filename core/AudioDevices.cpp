#include "AudioDevices.h"
#include "Error.h"

#include <portaudio.h>

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

namespace wb {

namespace {

/**
 * Sends stderr to /dev/null for its lifetime. Pa_Initialize probes every
 * ALSA PCM and JACK server it can think of, and each failed probe prints a
 * line ("Unknown PCM cards.pcm.modem", "jack server is not running") that is
 * noise to a student and drowns the one message that matters. Setting
 * WB_AUDIO_DEBUG keeps them, for diagnosing a real device problem.
 */
class StderrSilencer
{
public:
    StderrSilencer()
    {
        if (std::getenv("WB_AUDIO_DEBUG"))
            return;
        std::fflush(stderr);
        const int devNull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (devNull < 0)
            return;
        m_saved = ::dup(STDERR_FILENO);
        if (m_saved >= 0)
            ::dup2(devNull, STDERR_FILENO);
        ::close(devNull);
    }
    ~StderrSilencer()
    {
        if (m_saved < 0)
            return;
        std::fflush(stderr);
        ::dup2(m_saved, STDERR_FILENO);
        ::close(m_saved);
    }
    StderrSilencer(const StderrSilencer &) = delete;
    StderrSilencer &operator=(const StderrSilencer &) = delete;

private:
    int m_saved = -1;
};

std::mutex s_instanceMutex;
std::weak_ptr<AudioDevices> s_instance;
// The first session is kept for the life of the process: initializing
// PortAudio costs tens of milliseconds of probing, too much to repeat each
// time a dialog lists devices.
std::shared_ptr<AudioDevices> s_keepAlive;

} // namespace

std::shared_ptr<AudioDevices> AudioDevices::instance()
{
    std::lock_guard<std::mutex> guard(s_instanceMutex);
    if (auto existing = s_instance.lock())
        return existing;
    std::shared_ptr<AudioDevices> created(new AudioDevices());
    s_instance = created;
    s_keepAlive = created;
    return created;
}

AudioDevices::AudioDevices()
{
    initialize();
}

AudioDevices::~AudioDevices()
{
    Pa_Terminate();
}

void AudioDevices::initialize()
{
    PaError err;
    {
        StderrSilencer quiet;
        err = Pa_Initialize();
    }
    if (err != paNoError)
        throw Error(paError("Cannot start the audio system", err));
}

std::string AudioDevices::paError(const std::string &context, int paErrorCode)
{
    std::string text = Pa_GetErrorText(paErrorCode);
    if (paErrorCode == paUnanticipatedHostError) {
        // The generic text says nothing; the host API's own message usually does.
        const PaHostErrorInfo *host = Pa_GetLastHostErrorInfo();
        if (host && host->errorText && *host->errorText)
            text += std::string(" (") + host->errorText + ")";
    }
    return context + ": " + text;
}

AudioDeviceInfo AudioDevices::infoLocked(int index) const
{
    const PaDeviceInfo *d = Pa_GetDeviceInfo(index);
    AudioDeviceInfo info;
    if (!d)
        return info;
    info.index = index;
    info.name = d->name ? d->name : "";
    if (const PaHostApiInfo *api = Pa_GetHostApiInfo(d->hostApi))
        info.hostApi = api->name ? api->name : "";
    info.maxInputChannels = d->maxInputChannels;
    info.maxOutputChannels = d->maxOutputChannels;
    info.defaultSampleRate = d->defaultSampleRate;
    info.isDefaultInput = index == Pa_GetDefaultInputDevice();
    info.isDefaultOutput = index == Pa_GetDefaultOutputDevice();
    return info;
}

std::vector<AudioDeviceInfo> AudioDevices::listDevices()
{
    auto guard = lock();
    std::vector<AudioDeviceInfo> devices;
    const int count = Pa_GetDeviceCount();
    for (int i = 0; i < count; ++i) {
        AudioDeviceInfo info = infoLocked(i);
        if (info.index >= 0)
            devices.push_back(std::move(info));
    }
    return devices;
}

AudioDeviceInfo AudioDevices::resolveLocked(int index, bool input)
{
    const char *direction = input ? "input" : "output";
    if (index == kDefaultDevice) {
        index = input ? Pa_GetDefaultInputDevice() : Pa_GetDefaultOutputDevice();
        if (index == paNoDevice)
            throw Error(std::string("No audio ") + direction +
                        " device found (is a sound card connected and enabled?)");
    }
    const int count = Pa_GetDeviceCount();
    if (index < 0 || index >= count)
        throw Error("No audio device #" + std::to_string(index) + " (there are " +
                    std::to_string(count < 0 ? 0 : count) +
                    "; `wavebench devices` lists them)");
    AudioDeviceInfo info = infoLocked(index);
    if ((input ? info.maxInputChannels : info.maxOutputChannels) <= 0)
        throw Error("Audio device #" + std::to_string(index) + " '" + info.name + "' has no " +
                    direction + " channels");
    return info;
}

AudioDeviceInfo AudioDevices::outputDevice(int index)
{
    auto guard = lock();
    return resolveLocked(index, false);
}

AudioDeviceInfo AudioDevices::inputDevice(int index)
{
    auto guard = lock();
    return resolveLocked(index, true);
}

void AudioDevices::refresh()
{
    auto guard = lock();
    if (m_openStreams > 0)
        throw Error("Stop playback and recording before rescanning audio devices");
    Pa_Terminate();
    initialize();
}

} // namespace wb
