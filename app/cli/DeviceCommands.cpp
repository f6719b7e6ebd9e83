// `wavebench devices`, `play` and `record`: the sound card, headless.
#include "AudioDevices.h"
#include "AudioFile.h"
#include "AudioPlayer.h"
#include "AudioRecorder.h"
#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cmath>
#include <thread>

namespace wb::cli {

namespace {

constexpr auto kPoll = std::chrono::milliseconds(20);

void addDeviceOption(CommandLine &cl)
{
    cl.addOption(QStringLiteral("device"),
                 QStringLiteral("Device index from `wavebench devices`; default: the system's."),
                 QStringLiteral("N"));
}

int deviceIndex(const CommandLine &cl)
{
    if (!cl.isSet(QStringLiteral("device")))
        return AudioDevices::kDefaultDevice;
    return cl.intValue(QStringLiteral("device"), 0, 100000);
}

QString decibels(float peak)
{
    if (peak <= 0.0f)
        return QStringLiteral("-inf dBFS");
    return QStringLiteral("%1 dBFS").arg(20.0 * std::log10(double(peak)), 0, 'f', 1);
}

} // namespace

int runDevices(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("devices"), QStringLiteral("List the audio input and output devices."));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON array."));
    if (!cl.parse(arguments))
        return ExitOk;
    cl.positionals(0);
    const std::vector<AudioDeviceInfo> devices = AudioDevices::instance()->listDevices();
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const AudioDeviceInfo &d : devices) {
            QJsonObject o;
            o[QStringLiteral("index")] = d.index;
            o[QStringLiteral("name")] = QString::fromStdString(d.name);
            o[QStringLiteral("host_api")] = QString::fromStdString(d.hostApi);
            o[QStringLiteral("max_input_channels")] = d.maxInputChannels;
            o[QStringLiteral("max_output_channels")] = d.maxOutputChannels;
            o[QStringLiteral("default_sample_rate")] = d.defaultSampleRate;
            o[QStringLiteral("default_input")] = d.isDefaultInput;
            o[QStringLiteral("default_output")] = d.isDefaultOutput;
            list.append(o);
        }
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    if (devices.empty()) {
        printOut(QStringLiteral("No audio devices found."));
        return ExitOk;
    }
    QString text = QStringLiteral("index   in  out   rate Hz  host API  name\n");
    for (const AudioDeviceInfo &d : devices) {
        QStringList defaults;
        if (d.isDefaultInput)
            defaults << QStringLiteral("default input");
        if (d.isDefaultOutput)
            defaults << QStringLiteral("default output");
        text += QStringLiteral("%1 %2 %3 %4  %5 %6%7\n")
                    .arg(d.index, 5)
                    .arg(d.maxInputChannels, 4)
                    .arg(d.maxOutputChannels, 4)
                    .arg(d.defaultSampleRate, 9, 'f', 0)
                    .arg(QString::fromStdString(d.hostApi), -9)
                    .arg(QString::fromStdString(d.name))
                    .arg(defaults.isEmpty() ? QString()
                                            : QStringLiteral("  (%1)").arg(defaults.join(QStringLiteral(", "))));
    }
    text.chop(1);
    printOut(text);
    return ExitOk;
}

int runPlay(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("play"),
                   QStringLiteral("Play an audio file, or part of it, and wait until it ends."));
    cl.addPositional(QStringLiteral("FILE"), QStringLiteral("Audio file (WAV, FLAC, OGG, AIFF, MP3)."));
    addDeviceOption(cl);
    cl.addOption(QStringLiteral("start"), QStringLiteral("Start at this many seconds."),
                 QStringLiteral("S"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("end"), QStringLiteral("Stop at this many seconds; default: the end."),
                 QStringLiteral("S"));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString path = cl.positionals(1).at(0);
    const double start = cl.doubleValue(QStringLiteral("start"), 0.0, 1e7);
    const double end = cl.isSet(QStringLiteral("end")) ? cl.doubleValue(QStringLiteral("end"), 0.0, 1e7) : -1.0;
    if (end >= 0 && end <= start)
        throw UsageError(QStringLiteral("--end must be after --start"));
    const int device = deviceIndex(cl);

    // As recorded: the file's own rate and channels.
    const AudioBuffer audio = AudioFile::read(path.toStdString(), ReadOptions{0, false});
    const auto startFrame = std::size_t(std::llround(start * audio.sampleRate()));
    const std::size_t endFrame =
        end >= 0 ? std::size_t(std::llround(end * audio.sampleRate())) : AudioPlayer::kToEnd;
    if (startFrame >= audio.frames())
        throw UsageError(QStringLiteral("--start is past the end of the file (%1 s)")
                             .arg(audio.duration(), 0, 'f', 3));

    AudioPlayer player;
    player.play(audio, startFrame, endFrame, device);
    while (player.isPlaying())
        std::this_thread::sleep_for(kPoll);
    if (!player.isFinished()) {
        const std::string why = player.errorMessage();
        throw Error(why.empty() ? std::string("Playback stopped before the end") : why);
    }
    return ExitOk;
}

int runRecord(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("record"),
                   QStringLiteral("Record from an input device into a WAV or FLAC file."));
    cl.addPositional(QStringLiteral("OUT"), QStringLiteral("Output .wav or .flac."));
    cl.addOption(QStringLiteral("seconds"), QStringLiteral("How long to record."), QStringLiteral("N"));
    addDeviceOption(cl);
    cl.addOption(QStringLiteral("sr"), QStringLiteral("Sample rate."), QStringLiteral("HZ"),
                 QStringLiteral("22050"));
    cl.addOption(QStringLiteral("channels"), QStringLiteral("1 (mono) or more."), QStringLiteral("N"),
                 QStringLiteral("1"));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString out = cl.positionals(1).at(0);
    if (!cl.isSet(QStringLiteral("seconds")))
        throw UsageError(QStringLiteral("--seconds is required"));
    RecordOptions options;
    options.maxSeconds = cl.doubleValue(QStringLiteral("seconds"), 0.001, 24 * 3600.0);
    options.sampleRate = cl.intValue(QStringLiteral("sr"), 1000, 384000);
    options.channels = cl.intValue(QStringLiteral("channels"), 1, 64);
    options.deviceIndex = deviceIndex(cl);
    const WriteFormat format = AudioFile::formatForPath(out.toStdString()); // fail before recording

    // The take grows in a WAV beside OUT, so if anything dies mid-way the
    // audio so far is still there; OUT itself appears only when complete.
    const QFileInfo outInfo(out);
    const QString temp = outInfo.dir().filePath(outInfo.completeBaseName() + QStringLiteral(".recording.wav"));
    options.tempPath = temp.toStdString();

    AudioRecorder recorder;
    recorder.start(options);
    while (recorder.isRecording())
        std::this_thread::sleep_for(kPoll);
    const std::string deviceError = recorder.errorMessage();
    const AudioBuffer take = recorder.stop();
    AudioFile::write(out.toStdString(), take, format);
    QFile::remove(temp);

    if (recorder.overrunFrames() > 0)
        printError(QStringLiteral("record"),
                   QStringLiteral("warning: %1 frames were dropped (the computer could not keep up)")
                       .arg(recorder.overrunFrames()));
    if (!deviceError.empty())
        throw Error(deviceError + "; the part recorded is in " + out.toStdString());
    const float peak = take.peak();
    printOut(QStringLiteral("recorded %1 s, peak level %2 (%3)")
                 .arg(take.duration(), 0, 'f', 2)
                 .arg(double(peak), 0, 'f', 3)
                 .arg(decibels(peak)));
    return ExitOk;
}

} // namespace wb::cli
