// The corpus builder: voices and their augmentations, phoneme alignment,
// the sentence list, and small corpora built, read back and featurized.
#include "AudioFile.h"
#include "Error.h"
#include "Npy.h"
#include "PitchTracker.h"
#include "Progress.h"
#include "Resampler.h"
#include "corpus/CorpusBuilder.h"
#include "corpus/CorpusFeatures.h"
#include "corpus/CorpusReader.h"
#include "corpus/PhoneAlignment.h"
#include "corpus/Sentences.h"
#include "corpus/Voices.h"
#include "text/TextFrontEnd.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

using namespace wb;

namespace {

constexpr int kRate = 22050;
constexpr int kHop = 256;

std::vector<std::string> split(const char *text)
{
    std::vector<std::string> out;
    QString s = QString::fromUtf8(text);
    for (const QString &p : s.split(QLatin1Char('|')))
        out.push_back(p.toStdString());
    return out;
}

/** Phones from "sym:start:end" items separated by '|' ("" symbol = pause). */
std::vector<TimedPhone> phones(const char *text)
{
    std::vector<TimedPhone> out;
    for (const QString &item : QString::fromUtf8(text).split(QLatin1Char('|'))) {
        const QStringList f = item.split(QLatin1Char(':'));
        out.push_back({f[0].toStdString(), f[1].toDouble(), f[2].toDouble()});
    }
    return out;
}

long long frameOf(double seconds)
{
    return std::llround(seconds * kRate / kHop);
}

double medianVoicedF0(const std::vector<float> &x, int rate)
{
    PitchParams p;
    p.sampleRate = rate;
    p.fmax = 600.0;
    const PitchTrack t = trackPitch(x, p);
    std::vector<float> v;
    for (float f : t.f0)
        if (f > 0.0f)
            v.push_back(f);
    if (v.empty())
        return 0.0;
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v[v.size() / 2];
}

double rms(const std::vector<float> &x, std::size_t from, std::size_t to)
{
    double s = 0.0;
    for (std::size_t i = from; i < to; ++i)
        s += double(x[i]) * x[i];
    return to > from ? std::sqrt(s / double(to - from)) : 0.0;
}

} // namespace

class TestCorpusBuilder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_corpus; // built once by buildsSmallCorpus, used by the later tests

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- alignment -----------------------------------------------------------

    void identicalSequencesKeepTheSynthesizerTimes()
    {
        // "hello, world." as the front-end writes it, timed exactly by a synthesizer.
        const auto symbols = split("h|ə|l|ˈ|oʊ|,| |w|ˈ|ɜː|l|d|.");
        const auto timed =
            phones("h:0:0.08|ə:0.08:0.15|l:0.15:0.23|oʊ:0.23:0.41|:0.41:0.60|w:0.60:0.67|"
                   "ɜː:0.67:0.85|l:0.85:0.93|d:0.93:1.00|:1.00:1.10");
        const long long samples = std::llround(1.10 * kRate);
        const std::vector<int> d = alignDurations(symbols, timed, samples, kRate, kHop);
        QCOMPARE(d.size(), symbols.size());
        QCOMPARE(std::accumulate(d.begin(), d.end(), 0LL), 1 + samples / kHop);
        for (std::size_t i : {std::size_t(3), std::size_t(6), std::size_t(8)})
            QCOMPARE(d[i], 0);              // stress marks and the word boundary take no time
        QCOMPARE(d[0], int(frameOf(0.08))); // h from the first frame
        QCOMPARE(d[4], int(frameOf(0.41) - frameOf(0.23)));       // oʊ
        QCOMPARE(d[5], int(frameOf(0.60) - frameOf(0.41)));       // the comma takes the pause
        QCOMPARE(d[11], int(frameOf(1.00) - frameOf(0.93)));      // d
        QCOMPARE(d[12], int(1 + samples / kHop - frameOf(1.00))); // the final pause to the end
    }

    void contextDifferencesAreAbsorbed()
    {
        // The synthesizer fuses "of the" (ʌv ð ə -> əv ð ə), adds a pause the
        // text has no mark for and drops the final t of "it".
        const auto symbols = split("ʌ|v| |ð|ə| |ɪ|t|.");
        const auto timed =
            phones("ə:0:0.1|v:0.1:0.2|:0.2:0.35|ð:0.35:0.45|ə:0.45:0.55|ɪ:0.55:0.8|:0.8:0.9");
        const long long samples = std::llround(0.9 * kRate);
        const std::vector<int> d = alignDurations(symbols, timed, samples, kRate, kHop);
        QCOMPARE(std::accumulate(d.begin(), d.end(), 0LL), 1 + samples / kHop);
        QCOMPARE(d[0], int(frameOf(0.1)));                  // ʌ took ə's time
        QCOMPARE(d[1], int(frameOf(0.35) - frameOf(0.1)));  // v kept the unmarked pause
        QCOMPARE(d[3], int(frameOf(0.45) - frameOf(0.35))); // ð
        QVERIFY(d[6] > 0 && d[7] > 0);                      // ɪ shares its time with the lost t
        QCOMPARE(d[6] + d[7], int(frameOf(0.8) - frameOf(0.55)));
        QCOMPARE(d[8], int(1 + samples / kHop - frameOf(0.8))); // the full stop
    }

    void everyPhonemeGetsAFrame()
    {
        // espeak-ng reports an "l" at the instant of the next phoneme.
        const auto symbols = split("s|ɛ|l|z");
        const auto timed = phones("s:0:0.1|ɛ:0.1:0.3|l:0.3:0.3|z:0.3:0.4");
        const long long samples = std::llround(0.4 * kRate);
        const std::vector<int> d = alignDurations(symbols, timed, samples, kRate, kHop);
        QCOMPARE(std::accumulate(d.begin(), d.end(), 0LL), 1 + samples / kHop);
        for (int v : d)
            QVERIFY(v >= 1);
        QVERIFY(d[1] > d[2]); // the vowel keeps most of its time
    }

    void alignmentRejectsNothingToAlign()
    {
        QVERIFY_THROWS_EXCEPTION(Error,
                                 alignDurations(split(" |ˈ"), phones("a:0:1"), kRate, kRate, kHop));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 alignDurations(split("a"), phones("a:0:1"), 0, kRate, kHop));
    }

    // --- voices --------------------------------------------------------------

    void parsesVoices_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("name");
        QTest::newRow("flite") << "flite:slt" << true << "flite-slt";
        QTest::newRow("espeak with settings")
            << "espeak:en-us+m3:pitch=1.1:tract=1.05" << true << "espeak-en-us+m3-p1.10-t1.05";
        QTest::newRow("a default's name") << "flite-rms-t0.90" << true << "flite-rms-t0.90";
        QTest::newRow("unknown flite voice") << "flite:zzz" << false << "";
        QTest::newRow("unknown engine") << "festival:kal" << false << "";
        QTest::newRow("not a number") << "espeak:en-us:pitch=high" << false << "";
        QTest::newRow("tract too long") << "flite:slt:tract=2" << false << "";
        QTest::newRow("unknown setting") << "flite:slt:speed=2" << false << "";
        QTest::newRow("shell characters") << "espeak:en;rm" << false << "";
        QTest::newRow("no engine") << "slt" << false << "";
    }

    void parsesVoices()
    {
        QFETCH(QString, spec);
        QFETCH(bool, ok);
        QFETCH(QString, name);
        if (ok) {
            QCOMPARE(QString::fromStdString(VoiceSpec::parse(spec.toStdString()).name()), name);
        } else {
            try {
                VoiceSpec::parse(spec.toStdString());
                QFAIL("accepted a bad voice");
            } catch (const Error &e) {
                QVERIFY(std::string(e.what()).find('\n') == std::string::npos);
                QVERIFY(!std::string(e.what()).empty());
            }
        }
    }

    void defaultVoicesAreTwentyAndDistinct()
    {
        std::set<std::string> names;
        for (const VoiceSpec &v : defaultVoices()) {
            names.insert(v.name());
            QCOMPARE(VoiceSpec::parse(v.name()).name(), v.name());
        }
        QVERIFY(names.size() >= 20);
        QCOMPARE(names.size(), defaultVoices().size());
    }

    void pitchAndTractAugmentations()
    {
        const std::string text = "She sells bright shells by the rocky shore.";
        const SynthesizedSpeech plain = synthesize(VoiceSpec::parse("flite:slt"), text);
        const SynthesizedSpeech higher = synthesize(VoiceSpec::parse("flite:slt:pitch=1.25"), text);
        const SynthesizedSpeech shorter =
            synthesize(VoiceSpec::parse("flite:slt:tract=1.15"), text);
        const double f0 = medianVoicedF0(plain.samples, plain.sampleRate);
        QVERIFY(f0 > 120.0 && f0 < 300.0);
        // pitch: F0 up by the factor, within 8%.
        QVERIFY(std::abs(medianVoicedF0(higher.samples, higher.sampleRate) / f0 - 1.25) < 0.1);
        // tract: played faster at a higher declared rate, so pitch and length stay, formants move.
        QCOMPARE(shorter.sampleRate, int(std::lround(plain.sampleRate * 1.15)));
        const double lengthRatio = (double(shorter.samples.size()) / shorter.sampleRate) /
                                   (double(plain.samples.size()) / plain.sampleRate);
        QVERIFY2(std::abs(lengthRatio - 1.0) < 0.06, qPrintable(QString::number(lengthRatio)));
        QVERIFY(std::abs(medianVoicedF0(shorter.samples, shorter.sampleRate) / f0 - 1.0) < 0.08);
        // Phone times end where the audio ends.
        QVERIFY(std::abs(shorter.phones.back().end -
                         double(shorter.samples.size()) / shorter.sampleRate) < 0.02);
    }

    void espeakVoiceTimesPhonemes()
    {
        const SynthesizedSpeech s =
            synthesize(VoiceSpec::parse("espeak:en-us+f2"), "Hello, world.");
        QCOMPARE(s.sampleRate, 22050);
        int spoken = 0;
        for (std::size_t i = 0; i < s.phones.size(); ++i) {
            spoken += !s.phones[i].ipa.empty();
            QVERIFY(s.phones[i].end >= s.phones[i].start);
            if (i > 0)
                QVERIFY(s.phones[i].start >= s.phones[i - 1].start);
        }
        QVERIFY(spoken >= 7); // h ə l oʊ w ɜː l d
    }

    // --- sentences -----------------------------------------------------------

    void sentencesAreDistinctAndSeeded()
    {
        const auto a = corpusSentences(600, 7), b = corpusSentences(600, 7),
                   c = corpusSentences(600, 8);
        QCOMPARE(a.size(), std::size_t(600));
        QVERIFY(a == b);
        QVERIFY(a != c);
        QVERIFY(
            std::equal(a.begin(), a.begin() + fixedSentenceCount(), c.begin())); // the fixed part
        QCOMPARE(std::set<std::string>(a.begin(), a.end()).size(), a.size());
        int withDigits = 0;
        for (const std::string &s : a) {
            withDigits +=
                std::any_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
            std::vector<std::string> unknown;
            text::TextFrontEnd::ids(text::TextFrontEnd::process(s), text::SymbolTable::englishIpa(),
                                    &unknown);
            QVERIFY2(unknown.empty(), s.c_str());
        }
        QVERIFY(withDigits > 150); // about half the generated ones
        QVERIFY_THROWS_EXCEPTION(Error, corpusSentences(0, 1));
    }

    // --- whole corpora -------------------------------------------------------

    void buildsSmallCorpus()
    {
        CorpusBuildOptions o;
        o.outDir = m_dir.filePath(QStringLiteral("corpus")).toStdString();
        o.voices = {VoiceSpec::parse("flite:kal16"), VoiceSpec::parse("espeak:en-us+f2"),
                    VoiceSpec::parse("flite:awb:tract=1.1:rate=1.1")};
        o.sentences = 21; // the 17th has a comma
        o.threads = 2;
        double last = 0.0;
        const CorpusBuildReport r = buildCorpus(o, [&](double f) {
            last = f;
            return true;
        });
        QCOMPARE(last, 1.0);
        QVERIFY(r.problems.empty());
        QCOMPARE(r.utterances, 21);
        QCOMPARE(r.speakers, 3);
        m_corpus = QString::fromStdString(r.dir);
        QVERIFY(!QFileInfo::exists(m_corpus + QStringLiteral(".partial")));
        for (const char *f : {"metadata.csv", "speakers.json", "symbols.json", "corpus.json"})
            QVERIFY2(QFileInfo::exists(m_corpus + '/' + f), f);

        const Corpus c = CorpusReader::read(m_corpus.toStdString());
        QCOMPARE(QString::fromStdString(c.layout), QStringLiteral("ljspeech"));
        QCOMPARE(c.utterances.size(), std::size_t(21));
        QCOMPARE(c.speakers().size(), std::size_t(3));
        QVERIFY(c.problems.empty());
    }

    void alignmentsMatchAudioAndFrontEnd()
    {
        QVERIFY(!m_corpus.isEmpty());
        const Corpus c = CorpusReader::read(m_corpus.toStdString());
        int pauses = 0;
        for (const Utterance &u : c.utterances) {
            Alignment a;
            QVERIFY(readAlignment(m_corpus.toStdString(), u.id, a));
            // The same symbols the text front-end gives at inference.
            QVERIFY(a.symbols == text::TextFrontEnd::process(u.text).symbols);
            QCOMPARE(a.speaker, u.speaker);
            const AudioBuffer audio = AudioFile::read(u.audioPath, ReadOptions{0});
            QCOMPARE(audio.sampleRate(), kRate);
            QCOMPARE((long long)audio.frames(), a.samples);
            // Durations cover the audio's frames exactly (1 + samples / hop, as the features).
            QCOMPARE(std::accumulate(a.durations.begin(), a.durations.end(), 0LL),
                     1 + a.samples / a.hop);
            // Trimmed: the first and last 60 ms hold sound within 45 dB of the loudest 20 ms.
            const std::vector<float> &x = audio.samples();
            const std::size_t w = kRate / 50, edge = std::size_t(kRate * 0.06);
            double loudest = 0.0;
            for (std::size_t i = 0; i + w <= x.size(); i += w / 4)
                loudest = std::max(loudest, rms(x, i, i + w));
            QVERIFY(rms(x, 0, edge) > loudest * 0.0056);
            QVERIFY(rms(x, x.size() - edge, x.size()) > loudest * 0.0056);
            // Every phoneme heard; an inner comma's frames much quieter than the speech.
            const double speech = rms(x, 0, x.size());
            long long frame = 0;
            for (std::size_t i = 0; i < a.symbols.size(); ++i) {
                const std::string &s = a.symbols[i];
                if (symbolTakesTime(s) && std::string(",.;:!?").find(s) == std::string::npos)
                    QVERIFY2(a.durations[i] >= 1, (u.id + " " + s).c_str());
                if (s == "," && a.durations[i] >= 3) {
                    const std::size_t from = std::size_t(frame + 1) * kHop,
                                      to = std::size_t(frame + a.durations[i] - 1) * kHop;
                    QVERIFY2(rms(x, from, std::min(to, x.size())) < 0.1 * speech, u.id.c_str());
                    ++pauses;
                }
                frame += a.durations[i];
            }
        }
        QVERIFY(pauses >= 1);
    }

    void loudnessIsNormalized()
    {
        QVERIFY(!m_corpus.isEmpty());
        for (const Utterance &u : CorpusReader::read(m_corpus.toStdString()).utterances) {
            const std::vector<float> x = AudioFile::read(u.audioPath, ReadOptions{0}).samples();
            float peak = 0.0f;
            for (float v : x)
                peak = std::max(peak, std::abs(v));
            QVERIFY(peak <= 0.951f);
            // Either near the target loudness, or held back by the peak limit.
            const double db = 20.0 * std::log10(rms(x, 0, x.size()));
            QVERIFY2((db > -27.0 && db < -17.0) || peak > 0.94f, qPrintable(QString::number(db)));
        }
    }

    void featuresCarryDurations()
    {
        QVERIFY(!m_corpus.isEmpty());
        const Corpus c = CorpusReader::read(m_corpus.toStdString());
        FeatureParams p;
        p.threads = 2;
        const FeatureReport r = computeCorpusFeatures(c, p);
        QVERIFY(r.problems.empty());
        QCOMPARE(r.computed, 21);
        for (const Utterance &u : c.utterances) {
            const Matrix mel = Npy::read(r.folder + "/" + u.id + ".mel.npy");
            const Matrix d = Npy::read(r.folder + "/" + u.id + ".durations.npy");
            double sum = 0.0;
            for (float v : d.values())
                sum += v;
            QCOMPARE(sum, double(mel.cols()));
        }
    }

    void referenceSpectrumTellsVoicesApart()
    {
        QVERIFY(!m_corpus.isEmpty());
        const Corpus c = CorpusReader::read(m_corpus.toStdString());
        const std::string folder = m_corpus.toStdString() + "/features/";
        const auto distance = [](const std::vector<float> &a, const std::vector<float> &b) {
            double s = 0.0;
            for (std::size_t i = 0; i < a.size(); ++i)
                s += double(a[i] - b[i]) * (a[i] - b[i]);
            return std::sqrt(s / double(a.size()));
        };
        std::vector<std::vector<float>> spectra;
        for (const Utterance &u : c.utterances) {
            const Matrix stored = Npy::read(folder + u.id + ".mel.npy"); // as training reads it
            const std::vector<float> s = referenceSpectrum(stored);
            QCOMPARE(s.size(), std::size_t(80));
            QVERIFY(std::abs(std::accumulate(s.begin(), s.end(), 0.0)) < 1e-3); // level removed
            // A clone's reference goes through ttsLogMel at its own rate and level: the same
            // spectrum, whatever the loudness.
            AudioBuffer a = AudioFile::read(u.audioPath, ReadOptions{44100, true});
            for (float &v : a.samples())
                v *= 0.2f;
            const std::vector<float> heard = referenceSpectrumOfAudio(a.samples(), a.sampleRate());
            QVERIFY2(distance(s, heard) < 0.05, qPrintable(QString::number(distance(s, heard))));
            spectra.push_back(s);
        }
        // Each utterance is nearer the mean spectrum of its own voice's others than another's.
        int right = 0;
        for (std::size_t i = 0; i < c.utterances.size(); ++i) {
            std::map<std::string, std::vector<std::vector<float>>> others;
            for (std::size_t j = 0; j < c.utterances.size(); ++j)
                if (j != i)
                    others[c.utterances[j].speaker].push_back(spectra[j]);
            std::string nearest;
            double best = 1e9;
            for (const auto &[voice, list] : others)
                if (const double dist = distance(spectra[i], averageSpectrum(list)); dist < best) {
                    best = dist;
                    nearest = voice;
                }
            right += nearest == c.utterances[i].speaker ? 1 : 0;
        }
        QVERIFY2(right >= 20, qPrintable(QString::number(right)));
        QVERIFY_THROWS_EXCEPTION(Error, referenceSpectrum(Matrix(80, 0)));
        QVERIFY_THROWS_EXCEPTION(Error, averageSpectrum({}));
        QVERIFY_THROWS_EXCEPTION(Error, averageSpectrum({{1.0f, 2.0f}, {1.0f}}));
    }

    void refusesToOverwrite()
    {
        QVERIFY(!m_corpus.isEmpty());
        const QByteArray before = [&] {
            QFile f(m_corpus + QStringLiteral("/metadata.csv"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        CorpusBuildOptions o;
        o.outDir = m_corpus.toStdString();
        o.voices = {VoiceSpec::parse("flite:kal16")};
        o.sentences = 2;
        QVERIFY_THROWS_EXCEPTION(Error, buildCorpus(o));
        QFile f(m_corpus + QStringLiteral("/metadata.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void cancelLeavesNothing()
    {
        CorpusBuildOptions o;
        o.outDir = m_dir.filePath(QStringLiteral("cancelled")).toStdString();
        o.voices = {VoiceSpec::parse("espeak:en-us+m1")};
        o.sentences = 40;
        o.threads = 1;
        QVERIFY_THROWS_EXCEPTION(Cancelled, buildCorpus(o, [](double f) { return f < 0.2; }));
        QVERIFY(!QFileInfo::exists(QString::fromStdString(o.outDir)));
        QVERIFY(!QFileInfo::exists(QString::fromStdString(o.outDir) + QStringLiteral(".partial")));
    }

    void badOptionsWriteNothing()
    {
        CorpusBuildOptions o;
        o.outDir = m_dir.filePath(QStringLiteral("bad")).toStdString();
        o.sentences = 0;
        QVERIFY_THROWS_EXCEPTION(Error, buildCorpus(o));
        o.sentences = 3;
        o.voices = {VoiceSpec::parse("flite:kal16"), VoiceSpec::parse("flite:kal16")};
        QVERIFY_THROWS_EXCEPTION(Error, buildCorpus(o)); // the same voice twice
        QVERIFY(!QFileInfo::exists(QString::fromStdString(o.outDir)));
    }
};

QTEST_GUILESS_MAIN(TestCorpusBuilder)
#include "tst_corpusbuilder.moc"
