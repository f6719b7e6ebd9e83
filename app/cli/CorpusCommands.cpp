// `wavebench corpus info`: what a speech corpus on disk holds.
#include "AudioFile.h"
#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"
#include "corpus/CorpusFeatures.h"
#include "corpus/CorpusReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QFile>

#include <map>

namespace wb::cli {

namespace {

int corpusInfo(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("corpus info"),
                   QStringLiteral("Speakers, utterances and total duration of a speech corpus in the LJSpeech "
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
    CommandLine cl(QStringLiteral("corpus features"),
                   QStringLiteral("Per utterance, on one frame grid (hop 256 at 22050 Hz): 80-band log-mel "
                                  "(n_fft 1024, fmax 8000, natural log of the power, floor 1e-5), F0 by pYIN "
                                  "(0 when unvoiced) and RMS energy, as <id>.mel.npy, <id>.f0.npy and "
                                  "<id>.energy.npy in DIR/features. Files newer than their audio are kept; "
                                  "unreadable audio is reported and skipped."));
    cl.addPositional(QStringLiteral("DIR"), QStringLiteral("The corpus folder (LJSpeech or VCTK layout)."));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("Worker threads; 0 = one per core, at most 4."),
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
        throw wb::Error("no features could be computed for '" + dir.toStdString() + "'" +
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
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        printOut(QStringLiteral("Usage: wavebench corpus <subcommand> [options]\n\n"
                                "Subcommands:\n"
                                "  info      speakers, utterances and total duration of a corpus folder\n"
                                "  features  log-mel, F0 and energy per utterance, cached as .npy\n\n"
                                "`wavebench corpus <subcommand> --help` describes each."));
        return ExitOk;
    }
    if (sub == QLatin1String("info"))
        return corpusInfo(arguments.mid(1));
    if (sub == QLatin1String("features"))
        return corpusFeatures(arguments.mid(1));
    if (sub.isEmpty())
        throw UsageError(QStringLiteral("missing subcommand: info or features (see --help)"));
    throw UsageError(QStringLiteral("unknown subcommand '%1': info or features").arg(sub));
}

} // namespace wb::cli
