// `wavebench watermark embed|detect`: the keyed inaudible mark that cloned voices carry.
#include "AudioFile.h"
#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"
#include "Watermark.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace wb::cli {

namespace {

void addKeyOption(CommandLine &cl)
{
    cl.addOption(QStringLiteral("key"),
                 QStringLiteral("The watermark key, a 64-bit integer (decimal, or hex with 0x); the "
                                "default is the key WaveBench marks cloned voices with."),
                 QStringLiteral("N"), QStringLiteral("0x%1").arg(kDefaultWatermarkKey, 16, 16, QLatin1Char('0')));
}

std::uint64_t keyValue(const CommandLine &cl)
{
    const QString text = cl.value(QStringLiteral("key")).trimmed();
    bool ok = false;
    const qulonglong key = text.startsWith(QLatin1Char('-')) ? 0 : text.toULongLong(&ok, 0);
    if (!ok)
        throw UsageError(QStringLiteral("--key must be an integer from 0 to 2^64-1 (decimal, or hex "
                                        "with 0x), not '%1'").arg(text));
    return std::uint64_t(key);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed();
}

AudioBuffer readAudio(const QString &path, bool mono)
{
    ReadOptions options;
    options.targetRate = 0; // the mark is made and looked for at 16 kHz whatever the file's rate
    options.mono = mono;
    return AudioFile::read(QFile::encodeName(path).toStdString(), options);
}

int watermarkEmbed(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("watermark embed"),
                   QStringLiteral("Adds an inaudible keyed watermark to an audio file (about 30 dB "
                                  "below the signal, shaped like its spectrum) and writes the marked "
                                  "copy at the same rate and channel count. The mark survives "
                                  "resampling, 16-bit requantization, OGG/Vorbis and moderate noise; "
                                  "it is tied to the clip's start, so do not trim the result."));
    cl.addPositional(QStringLiteral("IN"), QStringLiteral("Audio file to mark."));
    cl.addPositional(QStringLiteral("OUT"), QStringLiteral("Marked copy (.wav: 16-bit PCM, .flac)."));
    addKeyOption(cl);
    cl.addOption(QStringLiteral("strength"),
                 QStringLiteral("How far each spectral tile moves towards its keyed lattice point, "
                                "0.001 to 1: less is more transparent and less robust."),
                 QStringLiteral("X"), QStringLiteral("1"));
    cl.addOption(QStringLiteral("min-snr"),
                 QStringLiteral("Scale the mark down where needed so the marked-to-original SNR "
                                "stays at least this many dB (0 = no limit)."),
                 QStringLiteral("DB"), QStringLiteral("30.5"));
    cl.addOption(QStringLiteral("json"),
                 QStringLiteral("Print JSON: input, output, sample_rate, channels, duration, snr_db, score."));
    if (!cl.parse(arguments))
        return ExitOk;
    const QStringList files = cl.positionals(2);
    WatermarkOptions options;
    options.key = keyValue(cl);
    options.strength = cl.doubleValue(QStringLiteral("strength"), 0.001, 1.0);
    options.minSnrDb = cl.doubleValue(QStringLiteral("min-snr"), 0.0, 80.0);
    const std::string out = QFile::encodeName(files.at(1)).toStdString();
    const WriteFormat format = AudioFile::formatForPath(out); // before the work: a wrong name fails fast

    const AudioBuffer audio = readAudio(files.at(0), false);
    const AudioBuffer mono = audio.toMono();
    const std::vector<float> mark = watermarkSignal(mono.samples(), audio.sampleRate(), options);
    // The same mark in every channel, so a mix down to mono carries it too.
    std::vector<float> marked = audio.samples();
    const auto channels = std::size_t(audio.channels());
    for (std::size_t i = 0; i < marked.size(); ++i)
        marked[i] = std::clamp(marked[i] + mark[i / channels], -1.0f, 1.0f);
    const double snr = signalToNoiseDb(audio.samples(), marked);
    std::vector<float> markedMono(mono.samples());
    for (std::size_t i = 0; i < markedMono.size(); ++i)
        markedMono[i] += mark[i];
    const WatermarkDetection check = detectWatermark(markedMono, audio.sampleRate(), options);
    AudioFile::write(out, AudioBuffer(std::move(marked), audio.channels(), audio.sampleRate()), format);

    const double snrShown = std::isfinite(snr) ? std::round(snr * 100.0) / 100.0 : 999.0;
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("input"), files.at(0));
        o.insert(QStringLiteral("output"), files.at(1));
        o.insert(QStringLiteral("sample_rate"), audio.sampleRate());
        o.insert(QStringLiteral("channels"), audio.channels());
        o.insert(QStringLiteral("duration"), std::round(audio.duration() * 1000.0) / 1000.0);
        o.insert(QStringLiteral("snr_db"), snrShown); // 999 when nothing was marked (silence)
        o.insert(QStringLiteral("score"), std::round(check.score * 100.0) / 100.0);
        o.insert(QStringLiteral("detected"), check.detected);
        printOut(json(o));
    } else {
        QString text = QStringLiteral("%1: marked %2 s at %3 Hz, SNR %4 dB, detection score %5")
                           .arg(files.at(1))
                           .arg(audio.duration(), 0, 'f', 2)
                           .arg(audio.sampleRate())
                           .arg(snrShown, 0, 'f', 1)
                           .arg(check.score, 0, 'f', 1);
        if (!check.detected)
            text += QStringLiteral(" (too short, quiet or silent to carry a detectable mark)");
        printOut(text);
    }
    return ExitOk;
}

int watermarkDetect(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("watermark detect"),
                   QStringLiteral("Says whether an audio file carries the watermark of a key, with a "
                                  "z-score (about N(0, 1) for unmarked audio), the threshold it is "
                                  "compared with, and a confidence. Exits 0 either way."));
    cl.addPositional(QStringLiteral("FILE"), QStringLiteral("Audio file."));
    addKeyOption(cl);
    cl.addOption(QStringLiteral("json"),
                 QStringLiteral("Print JSON: file, detected, score, threshold, confidence, tiles, note."));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString file = cl.positionals(1).at(0);
    WatermarkOptions options;
    options.key = keyValue(cl);
    const AudioBuffer audio = readAudio(file, true);
    const WatermarkDetection d = detectWatermark(audio.samples(), audio.sampleRate(), options);
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("file"), file);
        o.insert(QStringLiteral("detected"), d.detected);
        o.insert(QStringLiteral("score"), std::round(d.score * 100.0) / 100.0);
        o.insert(QStringLiteral("threshold"), d.threshold);
        o.insert(QStringLiteral("confidence"), std::round(d.confidence * 10000.0) / 10000.0);
        o.insert(QStringLiteral("tiles"), d.tiles);
        o.insert(QStringLiteral("note"), QString::fromStdString(d.note));
        printOut(json(o));
    } else {
        QString text = QStringLiteral("%1: %2 (score %3, threshold %4, confidence %5)")
                           .arg(file,
                                d.detected ? QStringLiteral("watermark detected")
                                           : QStringLiteral("no watermark"))
                           .arg(d.score, 0, 'f', 2)
                           .arg(d.threshold, 0, 'f', 1)
                           .arg(d.confidence, 0, 'f', 4);
        if (!d.note.empty())
            text += QStringLiteral("; ") + QString::fromStdString(d.note);
        printOut(text);
    }
    return ExitOk;
}

} // namespace

int runWatermark(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        printOut(QStringLiteral(
            "Usage: wavebench watermark <subcommand> [options]\n\n"
            "An inaudible keyed watermark, as every clip WaveBench clones carries.\n\n"
            "Subcommands:\n"
            "  embed   IN OUT [--key N] [--strength X] [--json]  write a marked copy, print its SNR\n"
            "  detect  FILE [--key N] [--json]                   say whether FILE carries the mark\n\n"
            "`wavebench watermark <subcommand> --help` describes each."));
        return ExitOk;
    }
    if (sub == QLatin1String("embed"))
        return watermarkEmbed(arguments.mid(1));
    if (sub == QLatin1String("detect"))
        return watermarkDetect(arguments.mid(1));
    if (sub.isEmpty())
        throw UsageError(QStringLiteral("missing subcommand: embed or detect (see --help)"));
    throw UsageError(QStringLiteral("unknown subcommand '%1': embed or detect").arg(sub));
}

} // namespace wb::cli
