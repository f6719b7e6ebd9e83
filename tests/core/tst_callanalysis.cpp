// Call analysis: segmentation, silence, overlap, agitation and the quality score on synthetic
// signals with known answers, keyword spotting on the sample call against its ground truth.
#include "AudioFile.h"
#include "Resampler.h"
#include "TestSignals.h"
#include "callcenter/CallAnalysis.h"
#include "callcenter/CallReport.h"
#include "callcenter/KeywordSpotter.h"
#include "callcenter/SampleCall.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

namespace {

constexpr int kRate = 16000;

/** Speech-like: a 140 Hz sawtooth with a 4 Hz syllable envelope, at about levelDb dBFS RMS. */
std::vector<float> voice(double seconds, double levelDb = -22.0, double f0 = 140.0, double vibratoSemitones = 0.0)
{
    const auto n = std::size_t(seconds * kRate);
    std::vector<float> s(n);
    const double amp = std::pow(10.0, levelDb / 20.0) * std::sqrt(3.0) / 0.8;
    double phase = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = double(i) / kRate;
        const double f = f0 * std::pow(2.0, vibratoSemitones * std::sin(2 * M_PI * 1.5 * t) / 12.0);
        phase += f / kRate;
        const double saw = 2.0 * (phase - std::floor(phase)) - 1.0;
        const double env = 0.6 + 0.4 * std::sin(2 * M_PI * 4.0 * t);
        s[i] = float(amp * env * saw);
    }
    return s;
}

/** Low noise with speech bursts at [start, end) spans. */
std::vector<float> track(double seconds, const std::vector<std::pair<double, double>> &spans, double levelDb = -22.0)
{
    std::vector<float> s = wb::test::noise(std::size_t(seconds * kRate), 0.0015f, 7);
    for (const auto &[a, b] : spans) {
        const std::vector<float> v = voice(b - a, levelDb);
        const auto at = std::size_t(a * kRate);
        for (std::size_t i = 0; i < v.size() && at + i < s.size(); ++i)
            s[at + i] += v[i];
    }
    return s;
}

wb::CallAnalysisParams noWords()
{
    wb::CallAnalysisParams p;
    p.recognize = false;
    return p;
}

QString sourcePath(const char *relative)
{
    return QStringLiteral(WB_TEST_DATA_DIR "/../../") + QLatin1String(relative);
}

QJsonObject truth()
{
    QFile f(QStringLiteral(WB_TEST_DATA_DIR "/call_center_demo.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TstCallAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void segmentsMono()
    {
        const auto x = track(8.0, {{0.5, 1.5}, {2.3, 3.8}, {6.3, 7.3}});
        const wb::CallAnalysis a = wb::analyzeCall(wb::AudioBuffer(x, kRate), noWords());
        QCOMPARE(a.parties, 1);
        QCOMPARE(int(a.segments.size()), 3);
        const double starts[] = {0.5, 2.3, 6.3}, ends[] = {1.5, 3.8, 7.3};
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(std::abs(a.segments[std::size_t(i)].start - starts[i]) < 0.05, qPrintable(QString::number(a.segments[std::size_t(i)].start)));
            QVERIFY2(std::abs(a.segments[std::size_t(i)].end - ends[i]) < 0.05, qPrintable(QString::number(a.segments[std::size_t(i)].end)));
        }
        QCOMPARE(a.partyName(0), std::string("speaker"));
        QVERIFY(std::abs(a.partyStats[0].talkTime - 3.5) < 0.1);
        QVERIFY(std::abs(a.silenceRatio - 4.5 / 8.0) < 0.02);
        QVERIFY(a.overlaps.empty()); // mono: not measurable
        // One gap is 2.5 s: a long silence at the default 2 s, none at 3 s.
        QCOMPARE(int(a.longSilences.size()), 1);
        QVERIFY(std::abs(a.longSilences[0].start - 3.8) < 0.05 && std::abs(a.longSilences[0].end - 6.3) < 0.05);
        wb::CallAnalysisParams p = noWords();
        p.longSilence = 3.0;
        QVERIFY(wb::analyzeCall(wb::AudioBuffer(x, kRate), p).longSilences.empty());
    }

    void hangoverJoinsShortPauses()
    {
        // A 0.2 s pause stays inside the segment; a 0.5 s pause splits it.
        const auto x = track(4.0, {{0.5, 1.0}, {1.2, 1.8}, {2.3, 3.0}});
        const wb::CallAnalysis a = wb::analyzeCall(wb::AudioBuffer(x, kRate), noWords());
        QCOMPARE(int(a.segments.size()), 2);
    }

    void overlapStereo()
    {
        const auto left = track(6.0, {{0.5, 2.5}});
        const auto right = track(6.0, {{2.0, 4.0}});
        std::vector<float> inter(left.size() * 2);
        for (std::size_t i = 0; i < left.size(); ++i) {
            inter[2 * i] = left[i];
            inter[2 * i + 1] = right[i];
        }
        const wb::AudioBuffer call(inter, 2, kRate);
        const wb::CallAnalysis a = wb::analyzeCall(call, noWords());
        QCOMPARE(a.parties, 2);
        QCOMPARE(a.partyName(0), std::string("agent"));
        QCOMPARE(a.partyName(1), std::string("customer"));
        QCOMPARE(int(a.overlaps.size()), 1);
        QVERIFY(std::abs(a.overlaps[0].start - 2.0) < 0.05);
        QVERIFY(std::abs(a.overlaps[0].end - 2.5) < 0.05);
        QVERIFY(std::abs(a.overlapRatio - 0.5 / 6.0) < 0.02);
        QVERIFY(std::abs(a.partyStats[0].talkRatio - 2.0 / 6.0) < 0.02);
        QVERIFY(std::abs(a.partyStats[1].talkRatio - 2.0 / 6.0) < 0.02);
        // The same call at 44.1 kHz (resampled to 16 kHz inside) gives the same overlap.
        const wb::CallAnalysis b = wb::analyzeCall(wb::Resampler::resample(call, 44100), noWords());
        QCOMPARE(int(b.overlaps.size()), 1);
        QVERIFY(std::abs(b.overlaps[0].start - 2.0) < 0.05);
    }

    void agitationRisesWithLoudnessAndVariability()
    {
        const auto calm = voice(3.0, -30.0, 140.0, 0.0);
        std::vector<float> upset = voice(3.0, -14.0, 180.0, 4.0);
        for (std::size_t i = 0; i < upset.size(); ++i) // +-8 dB swells
            upset[i] *= float(std::pow(10.0, 8.0 * std::sin(2 * M_PI * 0.7 * double(i) / kRate) / 20.0));
        const wb::CallAnalysis a = wb::analyzeCall(wb::AudioBuffer(calm, kRate), noWords());
        const wb::CallAnalysis b = wb::analyzeCall(wb::AudioBuffer(upset, kRate), noWords());
        QVERIFY(a.partyStats[0].agitation >= 0.0 && b.partyStats[0].agitation <= 1.0);
        QVERIFY2(b.partyStats[0].agitation > a.partyStats[0].agitation + 0.3,
                 qPrintable(QStringLiteral("%1 vs %2").arg(b.partyStats[0].agitation).arg(a.partyStats[0].agitation)));
        QVERIFY(b.segments.at(0).pitchStdSemitones > 2.0);
        QVERIFY(a.segments.at(0).pitchStdSemitones < 0.5);
        // The formula itself.
        QCOMPARE(wb::agitationOf(-40.0, 0.0, 0.0), 0.0);
        QCOMPARE(wb::agitationOf(-10.0, 20.0, 6.0), 1.0);
        QVERIFY(std::abs(wb::agitationOf(-25.0, 10.0, 3.0) - 0.5) < 1e-12);
    }

    void qualityScoreFormula()
    {
        wb::QualityScore q = wb::qualityScore(2, 0, 0.2);
        QCOMPARE(int(q.terms.size()), 3);
        QCOMPARE(q.terms[0].weight, 0.4);
        QVERIFY(std::abs(q.score - 100.0 * (0.4 * 0.75 + 0.3 * 0.8 + 0.3 * 1.0)) < 1e-9);
        q = wb::qualityScore(0, 3, 0.5);
        QVERIFY(std::abs(q.score - 100.0 * (0.4 * 0.2 + 0.3 * 0.5 + 0.3 * 0.4)) < 1e-9);
        // More escalation words never raise the score (the seed's keyword term did).
        for (int k = 0; k < 8; ++k)
            QVERIFY(wb::qualityScore(1, k + 1, 0.3).score <= wb::qualityScore(1, k, 0.3).score);
        QCOMPARE(wb::qualityScore(0, 10, 1.0).score >= 0.0, true);
        QVERIFY(wb::qualityScore(100, 0, 0.0).score <= 100.0);
    }

    void matchWordsAndPhrases()
    {
        using W = wb::RecognizedWord;
        const std::vector<W> words = {{1, "let", 1.0, 1.2, 0.9},     {1, "me", 1.2, 1.3, 0.9},
                                      {1, "speak", 1.3, 1.6, 0.9},   {1, "to", 1.6, 1.7, 0.9},
                                      {1, "a", 1.7, 1.75, 0.9},      {1, "manager", 1.8, 2.3, 0.8},
                                      {1, "refunds", 3.0, 3.4, 0.9}, {0, "thank", 4.0, 4.2, 0.9},
                                      {0, "you", 4.2, 4.4, 0.7}};
        auto hits = wb::KeywordSpotter::match(words, {"Manager", "speak to a manager", "refund", "refund*", "thank you", "cancel"});
        QCOMPARE(int(hits.size()), 4);
        QCOMPARE(hits[0].term, std::string("speak to a manager"));
        QCOMPARE(hits[0].start, 1.3);
        QCOMPARE(hits[0].end, 2.3);
        QCOMPARE(hits[1].term, std::string("manager"));
        QCOMPARE(hits[2].term, std::string("refund*"));
        QCOMPARE(hits[3].term, std::string("thank you"));
        QCOMPARE(hits[3].confidence, 0.7);
        QCOMPARE(wb::KeywordSpotter::normalizeTerm("  Speak, TO a  manager! "), std::string("speak to a manager"));
        QVERIFY(wb::KeywordSpotter::normalizeTerm("123 ..").empty());
    }

    void badInput()
    {
        QVERIFY_THROWS_EXCEPTION(wb::Error, wb::analyzeCall(wb::AudioBuffer(), noWords()));
        QVERIFY_THROWS_EXCEPTION(wb::Error, wb::analyzeCall(wb::AudioBuffer(std::vector<float>(30, 0.0f), 3, kRate), noWords()));
        std::vector<float> nan = voice(1.0);
        nan[100] = std::numeric_limits<float>::quiet_NaN();
        QVERIFY_THROWS_EXCEPTION(wb::Error, wb::analyzeCall(wb::AudioBuffer(nan, kRate), noWords()));
        QVERIFY_THROWS_EXCEPTION(wb::Error, wb::analyzeCall(wb::AudioBuffer(std::vector<float>(100, 0.1f), kRate), noWords()));
        wb::CallAnalysisParams p = noWords();
        p.longSilence = -1.0;
        QVERIFY_THROWS_EXCEPTION(wb::Error, wb::analyzeCall(wb::AudioBuffer(voice(1.0), kRate), p));
        p = noWords();
        p.keywords = {"cancel", "!!!"};
        QVERIFY_THROWS_EXCEPTION(wb::Error, wb::analyzeCall(wb::AudioBuffer(voice(1.0), kRate), p));
        // Digital silence: no speech, all silence, no crash.
        const wb::CallAnalysis a = wb::analyzeCall(wb::AudioBuffer(std::vector<float>(kRate * 3, 0.0f), kRate), wb::CallAnalysisParams{});
        QVERIFY(a.segments.empty());
        QCOMPARE(a.silenceRatio, 1.0);
        QCOMPARE(int(a.longSilences.size()), 1);
        QVERIFY(!a.recognized);
    }

    void cancelStops()
    {
        const auto x = track(4.0, {{0.5, 3.0}});
        QVERIFY_THROWS_EXCEPTION(wb::Cancelled,
                                 wb::analyzeCall(wb::AudioBuffer(x, kRate), noWords(), [](double f) { return f < 0.2; }));
    }

    void sampleCallIsReproducible()
    {
        // The checked-in truth is what makeSampleCall() gives today (flite is deterministic).
        const QJsonObject t = truth();
        QVERIFY2(!t.isEmpty(), "tests/data/call_center_demo.json is missing");
        const wb::SampleCall call = wb::makeSampleCall();
        const QJsonObject now = QJsonDocument::fromJson(QByteArray::fromStdString(call.truthJson())).object();
        QCOMPARE(now, t);
        QCOMPARE(call.audio.channels(), 2);
        QCOMPARE(call.audio.sampleRate(), kRate);
    }

    void sampleCallMarkersAndKeywords()
    {
        const QJsonObject t = truth();
        QVERIFY(!t.isEmpty());
        wb::ReadOptions ro;
        ro.mono = false;
        ro.targetRate = 0;
        const wb::AudioBuffer audio = wb::AudioFile::read(sourcePath("assets/sample/call_center_demo.flac").toStdString(), ro);
        QCOMPARE(audio.channels(), 2);
        wb::CallAnalysisParams p;
        // The escalation words, plus words nobody says in the call: those must not be reported.
        p.keywords = {"cancel", "manager", "refund", "lawyer", "complaint", "supervisor", "terrible"};
        const wb::CallAnalysis a = wb::analyzeCall(audio, p);
        QVERIFY(a.recognized);
        QVERIFY(a.unknownKeywords.empty());

        // Every watch word said in the call is found, by the right party, within 0.5 s.
        int expected = 0;
        for (const QJsonValue &v : t.value(QStringLiteral("keywords")).toArray()) {
            const QJsonObject k = v.toObject();
            const std::string word = k.value(QStringLiteral("word")).toString().toStdString();
            if (word != "cancel" && word != "manager" && word != "refund")
                continue;
            ++expected;
            const double start = k.value(QStringLiteral("start")).toDouble();
            const int party = k.value(QStringLiteral("party")).toString() == QLatin1String("agent") ? 0 : 1;
            bool found = false;
            for (const wb::KeywordHit &h : a.keywordHits)
                found = found || (h.term == word && h.party == party && std::abs(h.start - start) <= 0.5);
            QVERIFY2(found, qPrintable(QStringLiteral("%1 at %2 s").arg(QString::fromStdString(word)).arg(start)));
            qInfo("%s (%s): truth %.3f s", word.c_str(), party ? "customer" : "agent", start);
        }
        for (const wb::KeywordHit &h : a.keywordHits)
            qInfo("hit %s (%s) %.3f-%.3f s, confidence %.2f", h.term.c_str(), a.partyName(h.party).c_str(), h.start,
                  h.end, h.confidence);
        QCOMPARE(int(a.keywordHits.size()), expected); // nothing absent, nothing twice

        // The long hold and the interruption, within 0.3 s of where they were placed.
        const QJsonObject ls = t.value(QStringLiteral("long_silence")).toObject();
        QCOMPARE(int(a.longSilences.size()), 1);
        QVERIFY(std::abs(a.longSilences[0].start - ls.value(QStringLiteral("start")).toDouble()) < 0.3);
        QVERIFY(std::abs(a.longSilences[0].end - ls.value(QStringLiteral("end")).toDouble()) < 0.3);
        const QJsonObject ov = t.value(QStringLiteral("overlap")).toObject();
        QCOMPARE(int(a.overlaps.size()), 1);
        QVERIFY(std::abs(a.overlaps[0].start - ov.value(QStringLiteral("start")).toDouble()) < 0.3);
        QVERIFY(std::abs(a.overlaps[0].end - ov.value(QStringLiteral("end")).toDouble()) < 0.3);
        qInfo("long silence %.2f-%.2f (truth %.2f-%.2f), overlap %.2f-%.2f (truth %.2f-%.2f)", a.longSilences[0].start,
              a.longSilences[0].end, ls.value(QStringLiteral("start")).toDouble(), ls.value(QStringLiteral("end")).toDouble(),
              a.overlaps[0].start, a.overlaps[0].end, ov.value(QStringLiteral("start")).toDouble(),
              ov.value(QStringLiteral("end")).toDouble());

        // The customer escalates: more agitated than the agent; quality below a calm call's.
        QVERIFY(a.partyStats[1].agitation > a.partyStats[0].agitation);
        QVERIFY(a.quality.score > 0.0 && a.quality.score < 80.0);
        qInfo("agitation agent %.2f customer %.2f, quality %.1f", a.partyStats[0].agitation, a.partyStats[1].agitation,
              a.quality.score);
        // The report carries every marker.
        const std::string csv = wb::CallReport::csv(a);
        QVERIFY(csv.find("long_silence,") != std::string::npos);
        QVERIFY(csv.find("overlap,both") != std::string::npos);
        QVERIFY(csv.find("keyword,customer") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TstCallAnalysis)
#include "tst_callanalysis.moc"
