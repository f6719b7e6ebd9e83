// Speaker adaptation: dynamic time warping, aligning a transcribed recording against the
// model's own reading of the text, and fine-tuning the shipped multi-speaker model on a voice
// it never heard (espeak-ng's "Lee", one of the clone test's unseen voices).
#include <torch/torch.h>

#include "AudioFile.h"
#include "BundledModels.h"
#include "Dtw.h"
#include "Error.h"
#include "Progress.h"
#include "SpeakerEncoder.h"
#include "TtsDataset.h"
#include "VoiceCloner.h"
#include "corpus/CorpusBuilder.h"
#include "corpus/CorpusReader.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace wb;

class TestVoiceAdaptation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_corpus;
    std::unique_ptr<TtsDataset> m_data; // the corpus aligner's durations, for comparison
    std::unique_ptr<VoiceCloner> m_cloner;
    std::vector<std::string> m_paths, m_texts;
    std::vector<float> m_voice, m_spectrum;

    AudioBuffer read(const std::string &path) const
    {
        ReadOptions o;
        o.mono = true;
        return AudioFile::read(path, o);
    }

    std::unique_ptr<SpeakerEncoder> m_judge; // the shipped independent encoder
    std::vector<float> m_judgeVoice;

    /** Similarity of a clone of text to the reference voice, by the cloner's encoder and by the
     * independent judge (which took no part in training the model). */
    std::pair<double, double> cloneSimilarity(const std::string &text)
    {
        TtsControls c;
        c.referenceSpectrum = m_spectrum;
        c.griffinLimIterations = 16;
        CloneOptions o;
        o.watermark = false;
        const CloneResult r = m_cloner->clone(text, m_voice, c, o);
        return {r.similarityToReference,
                cosineSimilarity(m_judge->embed(r.tts.audio, r.tts.sampleRate, 0.2), m_judgeVoice)};
    }

    std::pair<double, double> meanSimilarity(const std::vector<std::string> &texts)
    {
        double own = 0.0, judged = 0.0;
        for (const std::string &t : texts) {
            const auto [a, b] = cloneSimilarity(t);
            own += a / double(texts.size());
            judged += b / double(texts.size());
        }
        return {own, judged};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CorpusBuildOptions o;
        o.outDir = m_dir.filePath(QStringLiteral("corpus")).toStdString();
        o.voices = {VoiceSpec::parse("espeak:en-us+Lee")};
        o.sentences = 6;
        m_corpus = buildCorpus(o).dir;
        m_data = std::make_unique<TtsDataset>(TtsDataset::load(m_corpus));
        QCOMPARE(m_data->items.size(), std::size_t(6));
        m_cloner = VoiceCloner::fromFiles({}, {});
        const Corpus c = CorpusReader::read(m_corpus);
        for (const Utterance &u : c.utterances) {
            m_paths.push_back(u.audioPath);
            m_texts.push_back(u.text);
        }
        std::vector<std::vector<float>> refs;
        for (int i = 0; i < 3; ++i)
            refs.push_back(m_cloner->encoder().embedFile(m_paths[std::size_t(i)]));
        m_voice = averageEmbedding(refs);
        m_judge = std::make_unique<SpeakerEncoder>(
            SpeakerEncoder::load(bundledModelPath("speaker_judge.safetensors")));
        refs.clear();
        for (int i = 0; i < 3; ++i)
            refs.push_back(m_judge->embedFile(m_paths[std::size_t(i)]));
        m_judgeVoice = averageEmbedding(refs);
        m_spectrum = m_cloner->referenceSpectrumOfFiles({m_paths[0], m_paths[1], m_paths[2]});
    }

    void timeWarpingFindsAStretch()
    {
        // b is a played twice as slowly: every frame of b maps back to frame t / 2 of a.
        Matrix a(3, 40), b(3, 80);
        for (std::size_t t = 0; t < 40; ++t)
            for (std::size_t k = 0; k < 3; ++k)
                a.at(k, t) = float(std::sin(0.3 * double(t) + double(k)));
        for (std::size_t t = 0; t < 80; ++t)
            for (std::size_t k = 0; k < 3; ++k)
                b.at(k, t) = a.at(k, t / 2);
        const std::vector<int> ba = dtwMatch(b, a);
        QCOMPARE(ba.size(), std::size_t(80));
        for (std::size_t t = 0; t < 80; ++t)
            QCOMPARE(ba[t], int(t / 2));
        const std::vector<int> ab = dtwMatch(a, b); // each frame of a: the first of its two
        for (std::size_t t = 0; t < 40; ++t)
            QCOMPARE(ab[t], int(2 * t));
        QVERIFY(std::is_sorted(ab.begin(), ab.end()));
        const Matrix centred = meanNormalized(a);
        for (std::size_t k = 0; k < 3; ++k) {
            double mean = 0.0;
            for (std::size_t t = 0; t < 40; ++t)
                mean += centred.at(k, t);
            QVERIFY(std::abs(mean / 40.0) < 1e-5);
        }
        QVERIFY_THROWS_EXCEPTION(Error, dtwMatch(Matrix(3, 0), a));
        QVERIFY_THROWS_EXCEPTION(Error, dtwMatch(Matrix(4, 10), a));
    }

    void transcribeAgreesWithTheSynthesizersTiming()
    {
        // The corpus knows each phoneme's frames from the synthesizer itself; time warping
        // against the model's reading must land near them.
        const Corpus c = CorpusReader::read(m_corpus);
        double error = 0.0;
        long long boundaries = 0;
        for (std::size_t i = 0; i < 3; ++i) {
            const AudioBuffer audio = read(m_paths[i]);
            const TtsItem item = m_cloner->transcribe(m_texts[i], audio.samples(), audio.sampleRate(), m_voice, m_spectrum);
            const auto truth = std::find_if(m_data->items.begin(), m_data->items.end(),
                                            [&](const TtsItem &t) { return t.id == c.utterances[i].id; });
            QVERIFY(truth != m_data->items.end());
            QVERIFY(item.ids == truth->ids);
            QCOMPARE(std::accumulate(item.durations.begin(), item.durations.end(), 0LL),
                     static_cast<long long>(item.mel.rows()));
            QCOMPARE(item.mel.rows(), truth->mel.rows()); // the same frames as the corpus features
            QCOMPARE(item.pitch.size(), item.ids.size());
            long long a = 0, b = 0;
            for (std::size_t k = 0; k < item.durations.size(); ++k) {
                a += item.durations[k];
                b += truth->durations[k];
                error += std::abs(double(a - b));
                ++boundaries;
            }
        }
        const double mean = error / double(boundaries);
        qInfo("mean phoneme boundary error against the synthesizer's timing: %.2f frames (%.0f ms)", mean,
              mean * 256.0 / 22.05);
        QVERIFY2(mean < 3.0, qPrintable(QString::number(mean)));
        QVERIFY_THROWS_EXCEPTION(Error, m_cloner->transcribe(m_texts[0], {}, 22050, m_voice, m_spectrum));
        // A transcript that is not what the recording says (three sentences for one) is refused.
        const AudioBuffer one = read(m_paths[0]);
        try {
            m_cloner->transcribe(m_texts[1] + " " + m_texts[2] + " " + m_texts[3] + " " + m_texts[4], one.samples(),
                                 one.sampleRate(), m_voice, m_spectrum);
            QFAIL("a transcript four times too long was accepted");
        } catch (const Error &e) {
            QVERIFY2(std::string(e.what()).find("check that the transcript") != std::string::npos, e.what());
        }
    }

    void adaptationBringsTheCloneNearer()
    {
        std::vector<TtsItem> items;
        for (std::size_t i = 0; i < 3; ++i) {
            const AudioBuffer audio = read(m_paths[i]);
            items.push_back(m_cloner->transcribe(m_texts[i], audio.samples(), audio.sampleRate(), m_voice, m_spectrum));
        }
        // Sentences the reference never said.
        const std::vector<std::string> unseen{m_texts[3], m_texts[4], m_texts[5]};
        const auto [before, judgedBefore] = meanSimilarity(unseen);

        // Bad requests change nothing.
        QVERIFY_THROWS_EXCEPTION(Error, m_cloner->adapt(items, m_voice, m_spectrum, 0));
        QVERIFY_THROWS_EXCEPTION(Error, m_cloner->adapt({}, m_voice, m_spectrum, 10));
        QVERIFY_THROWS_EXCEPTION(Error, m_cloner->adapt(items, {1.0f, 0.0f}, m_spectrum, 10));
        QVERIFY_THROWS_EXCEPTION(Error, m_cloner->adapt(items, m_voice, {}, 10));
        // Cancelled halfway: the model stays as loaded.
        QVERIFY_THROWS_EXCEPTION(Cancelled, m_cloner->adapt(items, m_voice, m_spectrum, 10, 3e-4,
                                                            [](double f) { return f < 0.5; }));
        QVERIFY(!m_cloner->adapted());
        QCOMPARE(meanSimilarity(unseen).first, before);

        std::vector<double> fractions;
        const double loss = m_cloner->adapt(items, m_voice, m_spectrum, 30, 3e-4, [&](double f) {
            fractions.push_back(f);
            return true;
        });
        QVERIFY(m_cloner->adapted());
        QVERIFY(!fractions.empty() && fractions.back() == 1.0);
        QVERIFY2(loss > 0.0 && loss < 0.33, qPrintable(QString::number(loss))); // the model's own training loss was 0.33
        const auto [after, judgedAfter] = meanSimilarity(unseen);
        qInfo("clone similarity to the unseen voice, cloner's encoder: %.3f conditioned, %.3f adapted; "
              "independent judge: %.3f, %.3f (mel loss %.3f)",
              before, after, judgedBefore, judgedAfter, loss);
        // The cloner's own encoder, which also trained the model, barely moves; the judge is the test.
        QVERIFY2(after > before - 0.03, qPrintable(QString("%1 -> %2").arg(before).arg(after)));
        QVERIFY2(judgedAfter > judgedBefore + 0.02, qPrintable(QString("%1 -> %2").arg(judgedBefore).arg(judgedAfter)));

        m_cloner->resetAdaptation();
        QVERIFY(!m_cloner->adapted());
        const double reset = meanSimilarity(unseen).first;
        QVERIFY2(std::abs(reset - before) < 1e-4, qPrintable(QString("%1 vs %2").arg(reset).arg(before)));
    }
};

QTEST_GUILESS_MAIN(TestVoiceAdaptation)
#include "tst_voiceadaptation.moc"
