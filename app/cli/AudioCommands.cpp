// `wavebench info`, `convert` and `version`: audio files and the build itself.
#include "AudioFile.h"
#include "Cli.h"
#include "CliSupport.h"
#include "ModelBackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

namespace wb::cli {

int runInfo(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("info"), QStringLiteral("Describe an audio file without decoding it."));
    cl.addPositional(QStringLiteral("FILE"), QStringLiteral("Audio file (WAV, FLAC, OGG, AIFF, MP3)."));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString path = cl.positionals(1).at(0);
    const AudioFileInfo info = AudioFile::probe(path.toStdString());
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o[QStringLiteral("path")] = QString::fromStdString(info.path);
        o[QStringLiteral("format")] = QString::fromStdString(info.format);
        o[QStringLiteral("encoding")] = QString::fromStdString(info.encoding);
        o[QStringLiteral("sample_rate")] = info.sampleRate;
        o[QStringLiteral("channels")] = info.channels;
        o[QStringLiteral("frames")] = double(info.frames);
        o[QStringLiteral("duration")] = info.duration();
        if (!info.warning.empty())
            o[QStringLiteral("warning")] = QString::fromStdString(info.warning);
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    } else {
        printOut(QStringLiteral("file:        %1\n"
                                "format:      %2 (%3)\n"
                                "duration:    %4 s\n"
                                "sample rate: %5 Hz\n"
                                "channels:    %6\n"
                                "frames:      %7")
                     .arg(QString::fromStdString(info.path), QString::fromStdString(info.format),
                          QString::fromStdString(info.encoding))
                     .arg(info.duration(), 0, 'f', 3)
                     .arg(info.sampleRate)
                     .arg(info.channels)
                     .arg(info.frames));
        if (!info.warning.empty())
            printError(QStringLiteral("info"), QStringLiteral("warning: ") + QString::fromStdString(info.warning));
    }
    return ExitOk;
}

int runConvert(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("convert"),
                   QStringLiteral("Convert an audio file to 16-bit WAV or FLAC (by OUT's extension)."));
    cl.addPositional(QStringLiteral("IN"), QStringLiteral("Input audio file."));
    cl.addPositional(QStringLiteral("OUT"), QStringLiteral("Output .wav or .flac."));
    cl.addOption(QStringLiteral("sr"), QStringLiteral("Resample to this rate; 0 keeps the input's."),
                 QStringLiteral("HZ"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("mono"), QStringLiteral("Mix down to one channel."));
    if (!cl.parse(arguments))
        return ExitOk;
    const QStringList p = cl.positionals(2);
    ReadOptions options;
    options.targetRate = cl.intValue(QStringLiteral("sr"), 0, 384000);
    if (options.targetRate != 0 && options.targetRate < 1000)
        throw UsageError(QStringLiteral("--sr must be 0 or at least 1000 Hz"));
    options.mono = cl.isSet(QStringLiteral("mono"));
    const std::string out = p.at(1).toStdString();
    const WriteFormat format = AudioFile::formatForPath(out); // fail before decoding
    AudioFile::write(out, AudioFile::read(p.at(0).toStdString(), options), format);
    return ExitOk;
}

int runVersion(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("version"),
                   QStringLiteral("Print versions and the BLAS that LibTorch multiplies through."));
    if (!cl.parse(arguments))
        return ExitOk;
    cl.positionals(0);
    printOut(QStringLiteral("WaveBench %1\nQt %2\n%3\nBLAS: %4")
                 .arg(QStringLiteral(WB_VERSION), QString::fromLatin1(qVersion()),
                      ModelBackend::torchSummary(), ModelBackend::blasLibrary()));
    return ExitOk;
}

} // namespace wb::cli
