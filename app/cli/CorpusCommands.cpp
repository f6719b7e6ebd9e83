// `wavebench corpus build|voices|info|features`: make, inspect and featurize speech corpora.
#include "AudioFile.h"
#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"
#include "corpus/CorpusBuilder.h"
#include "corpus/CorpusFeatures.h"
#include "corpus/CorpusReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QFile>

#include <map>

namespace wb::cli {

namespace {

int corpusBuild(const QStringList &arguments)
{
    CommandLine cl(
        QStringLiteral("corpus build"),
        QStringLiteral(
            "Builds a multi-speaker speech corpus from the local synthesizers (flite and "
            "espeak-ng voices with pitch, rate and vocal-tract augmentations) in the LJSpeech "
            "layout: wavs/ (22050 Hz, trimmed, loudness-normalized), metadata.csv "
            "(id|text|normalized|speaker), and per utterance alignments/<id>.json with the "
            "text front-end's symbols and their durations in frames of 256 samples."));
    cl.addOption(QStringLiteral("o,output"),
                 QStringLiteral("The corpus folder to create (new or empty)."),
                 QStringLiteral("DIR"));
    cl.addOption(
        QStringLiteral("voices"),
        QStringLiteral("Comma-separated voices: 'default' (all %1 of `wavebench corpus voices`), "
                       "'flite' (its four voices), names from that list, or "
                       "ENGINE:VOICE[:pitch=X][:rate=X][:tract=X].")
            .arg(defaultVoices().size()),
        QStringLiteral("LIST"), QStringLiteral("default"));
    cl.addOption(QStringLiteral("sentences"),
                 QStringLiteral("Utterances in all, spread over the voices."), QStringLiteral("N"),
                 QStringLiteral("1000"));
    cl.addOption(QStringLiteral("seed"),
                 QStringLiteral("Chooses the generated sentences and who says which."),
                 QStringLiteral("S"), QStringLiteral("1"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("Worker threads; 0 = one per core."),
                 QStringLiteral("N"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON object at the end."));
    if (!cl.parse(arguments))
        return ExitOk;
    CorpusBuildOptions options;
    options.outDir = QFile::encodeName(cl.output()).toStdString();
    options.sentences = cl.intValue(QStringLiteral("sentences"), 1, 100000);
    options.seed = unsigned(cl.intValue(QStringLiteral("seed"), 0, 2147483647));
    options.threads = cl.intValue(QStringLiteral("threads"), 0, 64);
    for (const QString &item :
         cl.value(QStringLiteral("voices")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::string name = item.trimmed().toStdString();
        if (name == "default") {
            const auto all = defaultVoices();
            options.voices.insert(options.voices.end(), all.begin(), all.end());
        } else if (name == "flite") {
            for (const std::string &base : fliteVoices())
                options.voices.push_back(VoiceSpec{"flite", base});
        } else {
            options.voices.push_back(VoiceSpec::parse(name));
        }
    }
    if (options.voices.empty())
        throw UsageError(QStringLiteral("--voices lists no voice"));
    const bool json = cl.isSet(QStringLiteral("json"));
    int shown = -1;
    const CorpusBuildReport report = buildCorpus(options, [&](double fraction) {
        const int tenth = int(fraction * 10.0);
        if (!json && tenth != shown) {
            shown = tenth;
            printOut(QStringLiteral("%1%").arg(tenth * 10));
        }
        return true;
    });
    if (json) {
        QJsonArray problems;
        for (const auto &p : report.problems)
            problems.append(QString::fromStdString(p));
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("dir"), QString::fromStdString(report.dir)},
                                      {QStringLiteral("utterances"), report.utterances},
                                      {QStringLiteral("speakers"), report.speakers},
                                      {QStringLiteral("audio_seconds"), report.audioSeconds},
                                      {QStringLiteral("build_seconds"), report.wallSeconds},
                                      {QStringLiteral("problems"), problems}})
                .toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    QString text = QStringLiteral("%1: %2 utterances, %3 speakers, %4 min of audio, built in %5 s")
                       .arg(QString::fromStdString(report.dir))
                       .arg(report.utterances)
                       .arg(report.speakers)
                       .arg(report.audioSeconds / 60.0, 0, 'f', 1)
                       .arg(report.wallSeconds, 0, 'f', 1);
    for (const auto &p : report.problems)
        text += QStringLiteral("\n  skipped: %1").arg(QString::fromStdString(p));
    printOut(text);
    return ExitOk;
}

int corpusVoices(const QStringList &arguments)
{
    CommandLine cl(
        QStringLiteral("corpus voices"),
        QStringLiteral("The default voices of `wavebench corpus build`, with their settings."));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON array."));
    if (!cl.parse(arguments))
        return ExitOk;
    QJsonArray list;
    QString text;
    for (const VoiceSpec &v : defaultVoices()) {
        QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(v.json())).object();
        o.insert(QStringLiteral("name"), QString::fromStdString(v.name()));
        list.append(o);
        text += QStringLiteral("%1 %2 %3  pitch %4  rate %5  tract %6\n")
                    .arg(QString::fromStdString(v.name()), -26)
                    .arg(QString::fromStdString(v.engine), -6)
                    .arg(QString::fromStdString(v.base), -9)
                    .arg(v.pitch, 0, 'f', 2)
                    .arg(v.rate, 0, 'f', 2)
                    .arg(v.tract, 0, 'f', 2);
    }
    text.chop(1);
    printOut(cl.isSet(QStringLiteral("json"))
                 ? QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))
                 : text);
    return ExitOk;
}

int corpusInfo(const QStringList &arguments)
{
    CommandLine cl(
        QStringLiteral("corpus info"),
        QStringLiteral(
            "Speakers, utterances and total duration of a speech corpus in the LJSpeech "
            "layout (metadata.csv + wavs/) or the VCTK layout (one folder per speaker, "
            "a .txt per audio file). Entries that cannot be used are listed as problems."));
    cl.addPositional(QStringLiteral("DIR"), QStringLiteral("The corpus folder."));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString dir = cl.positionals(1).at(0);
    Corpus corpus = CorpusReader::read(QFile::encodeName(dir).toStdString());
    double total = 0.0;
    std::map<std::string, std::pair<int, double>> perSpeaker;
    for (const Utterance &u : corpus.utterances) {
        double seconds = 0.0;
        try {
            seconds = AudioFile::probe(u.audioPath).duration();
        } catch (const wb::Error &e) {
            corpus.problems.push_back(u.id + ": " + e.what());
            continue;
        }
        total += seconds;
        auto &s = perSpeaker[u.speaker];
        s.first += 1;
        s.second += seconds;
    }
    int usable = 0;
    for (const auto &s : perSpeaker)
        usable += s.second.first;
    if (usable == 0)
        throw wb::Error("no audio file of '" + dir.toStdString() + "' could be read");
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("root"), dir);
        o.insert(QStringLiteral("layout"), QString::fromStdString(corpus.layout));
        o.insert(QStringLiteral("utterances"), usable);
        o.insert(QStringLiteral("speakers"), int(perSpeaker.size()));
        o.insert(QStringLiteral("total_seconds"), total);
        QJsonObject speakers;
        for (const auto &s : perSpeaker)
            speakers.insert(QString::fromStdString(s.first),
                            QJsonObject{{QStringLiteral("utterances"), s.second.first},
                                        {QStringLiteral("seconds"), s.second.second}});
        o.insert(QStringLiteral("per_speaker"), speakers);
        QJsonArray problems;
        for (const auto &p : corpus.problems)
            problems.append(QString::fromStdString(p));
        o.insert(QStringLiteral("problems"), problems);
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    const QString length = total < 120.0 ? QStringLiteral("%1 s").arg(total, 0, 'f', 1)
                                         : QStringLiteral("%1 min").arg(total / 60.0, 0, 'f', 1);
    QString text = QStringLiteral("%1 (%2 layout): %3 utterances, %4 speakers, %5\n")
                       .arg(dir, QString::fromStdString(corpus.layout))
                       .arg(usable)
                       .arg(perSpeaker.size())
                       .arg(length);
    for (const auto &s : perSpeaker)
        text += QStringLiteral("  %1 %2 utterances, %3 s\n")
                    .arg(QString::fromStdString(s.first), -16)
                    .arg(s.second.first)
                    .arg(s.second.second, 0, 'f', 1);
    for (const auto &p : corpus.problems)
        text += QStringLiteral("  skipped: %1\n").arg(QString::fromStdString(p));
    text.chop(1);
    printOut(text);
    return ExitOk;
}

int corpusFeatures(const QStringList &arguments)
{
    CommandLine cl(
        QStringLiteral("corpus features"),
        QStringLiteral("Per utterance, on one frame grid (hop 256 at 22050 Hz): 80-band log-mel "
                       "(n_fft 1024, fmax 8000, natural log of the power, floor 1e-5), F0 by pYIN "
                       "(0 when unvoiced) and RMS energy, as <id>.mel.npy, <id>.f0.npy and "
                       "<id>.energy.npy in DIR/features. Files newer than their audio are kept; "
                       "unreadable audio is reported and skipped."));
    cl.addPositional(QStringLiteral("DIR"),
                     QStringLiteral("The corpus folder (LJSpeech or VCTK layout)."));
    cl.addOption(QStringLiteral("threads"),
                 QStringLiteral("Worker threads; 0 = one per core, at most 4."),
                 QStringLiteral("N"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString dir = cl.positionals(1).at(0);
    const Corpus corpus = CorpusReader::read(QFile::encodeName(dir).toStdString());
    FeatureParams params;
    params.threads = cl.intValue(QStringLiteral("threads"), 0, 64);
    FeatureReport report = computeCorpusFeatures(corpus, params);
    std::vector<std::string> problems = corpus.problems;
    problems.insert(problems.end(), report.problems.begin(), report.problems.end());
    if (report.computed + report.cached == 0)
        throw wb::Error(
            "no features could be computed for '" + dir.toStdString() + "'" +
            (problems.empty() ? std::string() : " (first problem: " + problems.front() + ")"));
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("folder"), QString::fromStdString(report.folder));
        o.insert(QStringLiteral("computed"), report.computed);
        o.insert(QStringLiteral("cached"), report.cached);
        QJsonArray list;
        for (const auto &p : problems)
            list.append(QString::fromStdString(p));
        o.insert(QStringLiteral("problems"), list);
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    QString text = QStringLiteral("%1: %2 computed, %3 already up to date\n")
                       .arg(QString::fromStdString(report.folder))
                       .arg(report.computed)
                       .arg(report.cached);
    for (const auto &p : problems)
        text += QStringLiteral("  skipped: %1\n").arg(QString::fromStdString(p));
    text.chop(1);
    printOut(text);
    return ExitOk;
}

} // namespace

int runCorpus(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") ||
        sub == QLatin1String("help")) {
        printOut(QStringLiteral(
            "Usage: wavebench corpus <subcommand> [options]\n\n"
            "Subcommands:\n"
            "  build     make a multi-speaker corpus with alignments from local voices\n"
            "  voices    the default voices of build\n"
            "  info      speakers, utterances and total duration of a corpus folder\n"
            "  features  log-mel, F0 and energy per utterance, cached as .npy\n\n"
            "`wavebench corpus <subcommand> --help` describes each."));
        return ExitOk;
    }
    if (sub == QLatin1String("build"))
        return corpusBuild(arguments.mid(1));
    if (sub == QLatin1String("voices"))
        return corpusVoices(arguments.mid(1));
    if (sub == QLatin1String("info"))
        return corpusInfo(arguments.mid(1));
    if (sub == QLatin1String("features"))
        return corpusFeatures(arguments.mid(1));
    if (sub.isEmpty())
        throw UsageError(
            QStringLiteral("missing subcommand: build, voices, info or features (see --help)"));
    throw UsageError(
        QStringLiteral("unknown subcommand '%1': build, voices, info or features").arg(sub));
}

} // namespace wb::cli
