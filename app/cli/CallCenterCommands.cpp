// `wavebench callcenter analyze|make-sample`: call analysis of a recording, and the sample call.
#include "AtomicFile.h"
#include "AudioFile.h"
#include "CallReportDocument.h"
#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"
#include "callcenter/CallAnalysis.h"
#include "callcenter/CallReport.h"
#include "callcenter/SampleCall.h"

#include <QFileInfo>

#include <cstdio>

namespace wb::cli {

namespace {

void writeText(const QString &path, const std::string &text)
{
    AtomicFile file(path.toStdString());
    file.write(text.data(), text.size());
    file.commit();
}

std::vector<std::string> parseKeywords(const QString &list)
{
    std::vector<std::string> out;
    for (const QString &term : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::string t = term.trimmed().toStdString();
        if (t.empty())
            continue;
        if (KeywordSpotter::normalizeTerm(t).empty())
            throw UsageError(QStringLiteral("--keywords: '%1' has no letters").arg(term.trimmed()));
        out.push_back(t);
    }
    if (out.empty())
        throw UsageError(QStringLiteral("--keywords needs at least one word (comma-separated)"));
    return out;
}

QString seconds(double s) { return QString::number(s, 'f', 2); }

void printSummary(const CallAnalysis &a)
{
    QString t;
    t += QStringLiteral("duration %1 s, %2 channel(s)\n").arg(seconds(a.duration)).arg(a.channels);
    for (int p = 0; p < a.parties; ++p) {
        const PartyStats &s = a.partyStats[std::size_t(p)];
        t += QStringLiteral("%1: talk %2 s (%3%), %4 segments, agitation %5\n")
                 .arg(QString::fromStdString(a.partyName(p)), seconds(s.talkTime))
                 .arg(100.0 * s.talkRatio, 0, 'f', 1)
                 .arg(s.segments)
                 .arg(s.agitation, 0, 'f', 2);
    }
    t += QStringLiteral("silence %1%, overlap %2\n")
             .arg(100.0 * a.silenceRatio, 0, 'f', 1)
             .arg(a.parties == 2 ? QStringLiteral("%1%").arg(100.0 * a.overlapRatio, 0, 'f', 1)
                                 : QStringLiteral("not measurable (mono)"));
    for (const TimeSpan &s : a.longSilences)
        t += QStringLiteral("long silence %1-%2 s (%3 s)\n").arg(seconds(s.start), seconds(s.end), seconds(s.duration()));
    for (const TimeSpan &s : a.overlaps)
        t += QStringLiteral("overlap %1-%2 s\n").arg(seconds(s.start), seconds(s.end));
    for (const KeywordHit &h : a.keywordHits)
        t += QStringLiteral("keyword \"%1\" at %2 s (%3)\n")
                 .arg(QString::fromStdString(h.term), seconds(h.start), QString::fromStdString(a.partyName(h.party)));
    for (const std::string &k : a.unknownKeywords)
        t += QStringLiteral("warning: \"%1\" is not in the recognizer's dictionary and cannot be found\n")
                 .arg(QString::fromStdString(k));
    t += QStringLiteral("quality %1 / 100 =").arg(a.quality.score, 0, 'f', 1);
    for (const QualityTerm &q : a.quality.terms)
        t += QStringLiteral(" %1 x %2 %3 +").arg(q.weight * 100, 0, 'f', 0).arg(q.value, 0, 'f', 2).arg(QString::fromStdString(q.id));
    t.chop(2);
    printOut(t);
}

int runAnalyze(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("callcenter analyze"),
                   QStringLiteral("Call analysis: speech and silence per party (stereo: left agent, right "
                                  "customer), long silences, overlaps, watch-list keyword hits (pocketsphinx), "
                                  "agitation and the quality score."));
    cl.addPositional(QStringLiteral("FILE"), QStringLiteral("The call recording (WAV, FLAC, ...; mono or stereo)."));
    const CallAnalysisParams defaults;
    cl.addOption(QStringLiteral("keywords"), QStringLiteral("Comma-separated watch list (words or phrases; word* for a prefix)."),
                 QStringLiteral("LIST"), QStringLiteral("cancel,manager,refund"));
    cl.addOption(QStringLiteral("long-silence"), QStringLiteral("Seconds of nobody talking that count as a long silence."),
                 QStringLiteral("SECONDS"), QString::number(defaults.longSilence));
    cl.addOption(QStringLiteral("no-words"), QStringLiteral("Skip the speech recognizer (no keyword hits)."));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print the analysis as JSON."));
    cl.addOption(QStringLiteral("csv"), QStringLiteral("Write the report as CSV."), QStringLiteral("OUT.csv"));
    cl.addOption(QStringLiteral("pdf"), QStringLiteral("Write the report with its timeline as PDF."), QStringLiteral("OUT.pdf"));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString path = cl.positionals(1).at(0);
    CallAnalysisParams params;
    params.keywords = parseKeywords(cl.value(QStringLiteral("keywords")));
    params.longSilence = cl.doubleValue(QStringLiteral("long-silence"), 0.2, 600.0);
    params.recognize = !cl.isSet(QStringLiteral("no-words"));
    if (cl.isSet(QStringLiteral("csv")) && cl.value(QStringLiteral("csv")).isEmpty())
        throw UsageError(QStringLiteral("--csv needs a file name"));

    const AudioFileInfo info = AudioFile::probe(path.toStdString());
    if (info.channels > 2)
        throw Error(path.toStdString() + ": " + std::to_string(info.channels) +
                    " channels; a call is mono or stereo (agent left, customer right)");
    ReadOptions options;
    options.mono = false;
    options.targetRate = KeywordSpotter::kSampleRate;
    const AudioBuffer audio = AudioFile::read(path.toStdString(), options);
    if (audio.isEmpty())
        throw Error(path.toStdString() + ": the recording is empty");
    const CallAnalysis a = analyzeCall(audio, params);

    if (cl.isSet(QStringLiteral("csv")))
        writeText(cl.value(QStringLiteral("csv")), CallReport::csv(a));
    if (cl.isSet(QStringLiteral("pdf")))
        CallReportDocument::writePdf(cl.value(QStringLiteral("pdf")), a, QFileInfo(path).fileName());
    if (cl.isSet(QStringLiteral("json")))
        printOut(QString::fromStdString(CallReport::json(a, QFileInfo(path).fileName().toStdString())).trimmed());
    else
        printSummary(a);
    return ExitOk;
}

int runMakeSample(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("callcenter make-sample"),
                   QStringLiteral("Build the sample call from the corpus voices: flite slt (agent, left) and rms "
                                  "(customer, right), 16 kHz stereo, with a hold, an interruption and an escalation."));
    cl.addOption(QStringLiteral("o,output"), QStringLiteral("Output file (.flac or .wav)."), QStringLiteral("FILE"));
    cl.addOption(QStringLiteral("truth"), QStringLiteral("Also write the ground truth (lines, keyword times, silence, overlap) as JSON."),
                 QStringLiteral("FILE.json"));
    if (!cl.parse(arguments))
        return ExitOk;
    cl.positionals(0);
    const QString out = cl.output();
    WriteFormat format;
    try {
        format = AudioFile::formatForPath(out.toStdString());
    } catch (const wb::Error &e) {
        throw UsageError(QString::fromStdString(e.what()));
    }
    const SampleCall call = makeSampleCall();
    AudioFile::write(out.toStdString(), call.audio, format == WriteFormat::WavFloat ? WriteFormat::Wav16 : format);
    if (cl.isSet(QStringLiteral("truth")))
        writeText(cl.value(QStringLiteral("truth")), call.truthJson());
    printOut(QStringLiteral("%1: %2 s, 2 channels, 16000 Hz").arg(out, seconds(call.audio.duration())));
    return ExitOk;
}

void printUsage()
{
    printOut(QStringLiteral("Usage: wavebench callcenter <subcommand> [options]\n\n"
                            "Subcommands:\n"
                            "  analyze      call analysis of a recording (--json, --csv, --pdf)\n"
                            "  make-sample  build the sample call from the corpus voices\n\n"
                            "`wavebench callcenter <subcommand> --help` describes each."));
}

} // namespace

int runCallCenter(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        printUsage();
        return ExitOk;
    }
    if (sub == QLatin1String("analyze"))
        return runAnalyze(rest);
    if (sub == QLatin1String("make-sample"))
        return runMakeSample(rest);
    if (sub.isEmpty())
        throw UsageError(QStringLiteral("missing subcommand: analyze or make-sample (see --help)"));
    throw UsageError(QStringLiteral("unknown subcommand '%1': analyze or make-sample").arg(sub));
}

} // namespace wb::cli
