// The audio classifier: the seed's network shape, features, a tiny model
// learning tones from noise, checkpoints that round-trip, and bad input.
#include <torch/torch.h>

#include "AudioClassifier.h"
#include "AudioClassifierNet.h"
#include "AudioClassifierTrainer.h"
#include "Error.h"
#include "MelFilterbank.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace wb;

namespace {

ClassifierConfig tinyConfig()
{
    ClassifierConfig c;
    c.channels1 = 4;
    c.channels2 = 8;
    c.channels3 = 16;
    c.hidden = 16;
    return c;
}

/** Tones of random pitch (class 0) and noise bursts (class 1), a second each at 16 kHz. */
ClassifierDataset tonesAndNoise(int perClass, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(0.0f, 1.0f);
    std::normal_distribution<float> g(0.0f, 1.0f);
    ClassifierDataset d;
    d.classNames = {"tone", "noise"};
    const ClassifierFeatures f;
    for (int k = 0; k < perClass; ++k) {
        std::vector<float> tone(16000), noise(16000);
        const float hz = 200.0f + 1800.0f * u(rng);
        const float level = 0.05f + 0.4f * u(rng);
        for (int i = 0; i < 16000; ++i) {
            tone[std::size_t(i)] = level * std::sin(6.2831853f * hz * float(i) / 16000.0f) + 0.001f * g(rng);
            noise[std::size_t(i)] = level * 0.3f * g(rng);
        }
        d.add(0, tone, 16000, f, "tone");
        d.add(1, noise, 16000, f, "noise");
    }
    return d;
}

ClassifierTrainOptions quickOptions()
{
    ClassifierTrainOptions o;
    o.config = tinyConfig();
    o.maxEpochs = 12;
    o.patience = 4;
    o.batchSize = 16;
    o.minStepsPerEpoch = 6;
    o.learningRate = 3e-3;
    o.threads = 1;
    return o;
}

} // namespace

class TestAudioClassifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void featuresHaveTheSeedShape();
    void bandMeanRemovesColouring();
    void vtlpMovesFormants();
    void networkShapes();
    void fitClipKeepsTheLoudestSecond();
    void learnsTonesFromNoise();
    void checkpointRoundTrips();
    void mismatchedCheckpointsAreRejected();
    void badInputIsAnError();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<AudioClassifier> m_model;
};

void TestAudioClassifier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    setClassifierThreads(1);
}

void TestAudioClassifier::featuresHaveTheSeedShape()
{
    const ClassifierFeatures f;
    QCOMPARE(f.clipSamples(), 16000);
    QCOMPARE(f.frames(), 101);
    std::vector<float> clip(16000);
    for (std::size_t i = 0; i < clip.size(); ++i)
        clip[i] = 0.3f * std::sin(float(i) * 0.2f) * (i > 8000 ? 1.0f : 0.1f);
    const std::vector<float> mel = f.logMel(clip);
    QCOMPARE(int(mel.size()), 40 * 101);
    double mean = 0, var = 0;
    for (float v : mel)
        mean += v;
    mean /= double(mel.size());
    for (float v : mel)
        var += (v - mean) * (v - mean);
    QVERIFY(std::abs(mean) < 1e-3);
    QVERIFY(std::abs(std::sqrt(var / double(mel.size())) - 1.0) < 1e-2);
    // Digital silence gives zeros, not NaN.
    for (float v : f.logMel(std::vector<float>(16000, 0.0f)))
        QVERIFY(v == 0.0f);
}

void TestAudioClassifier::bandMeanRemovesColouring()
{
    // A clip and the same clip through a one-pole low-pass (a duller microphone or voice).
    std::vector<float> clip(16000), dull(16000);
    std::uint32_t state = 7;
    float y = 0.0f;
    for (std::size_t i = 0; i < clip.size(); ++i) {
        state = state * 1664525u + 1013904223u;
        const float noise = float(state >> 8) / float(1u << 24) - 0.5f;
        clip[i] = noise * (i > 4000 && i < 12000 ? 0.5f : 0.05f);
        y = 0.9f * y + 0.1f * clip[i];
        dull[i] = y;
    }
    ClassifierFeatures plain;
    ClassifierFeatures banded;
    banded.bandMean = true;
    const auto distance = [](const std::vector<float> &a, const std::vector<float> &b) {
        double d = 0.0;
        for (std::size_t i = 0; i < a.size(); ++i)
            d += std::abs(a[i] - b[i]);
        return d / double(a.size());
    };
    const double before = distance(plain.logMel(clip), plain.logMel(dull));
    const double after = distance(banded.logMel(clip), banded.logMel(dull));
    QVERIFY2(after < 0.5 * before, qPrintable(QStringLiteral("%1 vs %2").arg(after).arg(before)));
    // Every band averages zero over the clip, and the clip-wide scaling still holds.
    const std::vector<float> mel = banded.logMel(clip);
    for (int b = 0; b < banded.nMels; ++b) {
        double sum = 0.0;
        for (int t = 0; t < banded.frames(); ++t)
            sum += mel[std::size_t(b * banded.frames() + t)];
        QVERIFY(std::abs(sum / banded.frames()) < 1e-3);
    }
    // Stored with the checkpoint; a checkpoint written before the option reads as off.
    auto meta = banded.toMetadata();
    QCOMPARE(ClassifierFeatures::fromMetadata(meta, "test").bandMean, true);
    meta.erase("band_mean");
    QCOMPARE(ClassifierFeatures::fromMetadata(meta, "test").bandMean, false);
}

void TestAudioClassifier::vtlpMovesFormants()
{
    ClassifierFeatures f;
    const auto n = std::size_t(f.nMels);
    // Alpha 1 is the identity; every row sums to one for any alpha.
    const std::vector<float> same = vtlpWarpMatrix(f, 1.0);
    for (std::size_t r = 0; r < n; ++r)
        for (std::size_t c = 0; c < n; ++c)
            QVERIFY(std::abs(same[r * n + c] - (r == c ? 1.0f : 0.0f)) < 1e-5f);
    // A 1 kHz tone: a vocal tract 15% shorter (alpha 1.15) puts its peak where 1.15 kHz falls.
    std::vector<float> tone(std::size_t(f.clipSamples()));
    for (std::size_t i = 0; i < tone.size(); ++i)
        tone[i] = 0.3f * float(std::sin(2.0 * M_PI * 1000.0 * double(i) / f.sampleRate));
    const auto peakBand = [&](const std::vector<float> &mel) {
        const int t = f.frames() / 2;
        int best = 0;
        for (int b = 1; b < f.nMels; ++b)
            if (mel[std::size_t(b * f.frames() + t)] > mel[std::size_t(best * f.frames() + t)])
                best = b;
        return best;
    };
    const std::vector<float> mel = f.logMel(tone);
    for (double alpha : {0.85, 1.15}) {
        const std::vector<float> w = vtlpWarpMatrix(f, alpha);
        for (std::size_t r = 0; r < n; ++r) {
            double sum = 0.0;
            for (std::size_t c = 0; c < n; ++c)
                sum += w[r * n + c];
            QVERIFY(std::abs(sum - 1.0) < 1e-5);
        }
        std::vector<float> warped(mel.size(), 0.0f);
        for (std::size_t r = 0; r < n; ++r)
            for (std::size_t c = 0; c < n; ++c)
                for (int t = 0; t < f.frames(); ++t)
                    warped[r * std::size_t(f.frames()) + std::size_t(t)] += w[r * n + c] * mel[c * std::size_t(f.frames()) + std::size_t(t)];
        // The band whose centre is nearest 1000 * alpha Hz.
        const std::vector<double> edges = melFrequencies(f.nMels + 2, f.fmin, f.fmax);
        int expected = 0;
        for (int b = 1; b < f.nMels; ++b)
            if (std::abs(edges[std::size_t(b) + 1] - 1000.0 * alpha) < std::abs(edges[std::size_t(expected) + 1] - 1000.0 * alpha))
                expected = b;
        QVERIFY2(std::abs(peakBand(warped) - expected) <= 1,
                 qPrintable(QStringLiteral("alpha %1: peak band %2, expected %3 (unwarped %4)")
                                .arg(alpha).arg(peakBand(warped)).arg(expected).arg(peakBand(mel))));
        QVERIFY(alpha > 1.0 ? peakBand(warped) > peakBand(mel) : peakBand(warped) < peakBand(mel));
    }
}

void TestAudioClassifier::networkShapes()
{
    ClassifierConfig c; // the seed's: 32, 64, 128 channels, 256 hidden
    c.classes = 12;
    AudioClassifierNet net(c);
    net->eval();
    const torch::Tensor y = net->forward(torch::randn({3, 1, 40, 101}));
    QCOMPARE(y.size(0), 3);
    QCOMPARE(y.size(1), 12);
    long long n = 0;
    for (const auto &p : net->parameters())
        n += p.numel();
    QCOMPARE(n, 128780LL);
    const auto shapes = AudioClassifierCheckpoint::expectedShapes(c);
    for (const auto &item : net->named_parameters()) {
        QVERIFY2(shapes.count(item.key()), item.key().c_str());
        QCOMPARE(std::vector<std::int64_t>(item.value().sizes().begin(), item.value().sizes().end()),
                 shapes.at(item.key()));
    }
    QCOMPARE(net->named_parameters().size(), shapes.size());
}

void TestAudioClassifier::fitClipKeepsTheLoudestSecond()
{
    const ClassifierFeatures f;
    std::vector<float> x(40000, 0.0f);
    for (int i = 20000; i < 24000; ++i)
        x[std::size_t(i)] = 0.5f;
    const std::vector<float> clip = f.fitClip(x);
    QCOMPARE(int(clip.size()), 16000);
    float sum = 0;
    for (float v : clip)
        sum += v;
    QCOMPARE(sum, 2000.0f);
    const std::vector<float> shortClip = f.fitClip(std::vector<float>(8000, 1.0f));
    QCOMPARE(int(shortClip.size()), 16000);
    QCOMPARE(shortClip[3999], 0.0f);
    QCOMPARE(shortClip[4000], 1.0f);
}

void TestAudioClassifier::learnsTonesFromNoise()
{
    const ClassifierDataset data = tonesAndNoise(14, 1);
    int epochs = 0;
    ClassifierTrainResult r = trainAudioClassifier(data, quickOptions(), {}, [&](const ClassifierEpoch &e) {
        ++epochs;
        QVERIFY(std::isfinite(e.trainLoss));
    });
    QVERIFY(epochs >= 1);
    QCOMPARE(r.epochs, epochs);
    QVERIFY(!r.evaluatedOnTraining);
    QCOMPARE(r.evaluation.classNames, (std::vector<std::string>{"tone", "noise"}));
    m_model = std::make_shared<AudioClassifier>(r.checkpoint);
    // Fresh clips it never saw.
    const ClassifierEvaluation e = evaluateClassifier(*m_model, tonesAndNoise(10, 99));
    qDebug() << "toy accuracy" << e.accuracy() << "after" << r.epochs << "epochs in" << r.seconds << "s";
    QVERIFY(e.accuracy() >= 0.9);
}

void TestAudioClassifier::checkpointRoundTrips()
{
    QVERIFY(m_model);
    const std::string path = m_dir.filePath(QStringLiteral("toy.safetensors")).toStdString();
    AudioClassifierCheckpoint c = m_model->checkpoint();
    c.notes["heldout_accuracy"] = "0.97";
    c.save(path);
    const auto loaded = AudioClassifier::load(path);
    QCOMPARE(loaded->classNames(), m_model->classNames());
    QCOMPARE(loaded->checkpoint().notes.at("heldout_accuracy"), std::string("0.97"));
    QVERIFY(loaded->checkpoint().config == m_model->checkpoint().config);
    QCOMPARE(loaded->checkpoint().features.nMels, 40);
    std::vector<float> tone(20000);
    for (std::size_t i = 0; i < tone.size(); ++i)
        tone[i] = 0.2f * std::sin(float(i) * 0.15f);
    const auto a = m_model->classify(tone, 16000), b = loaded->classify(tone, 16000);
    QCOMPARE(a.top, b.top);
    for (std::size_t i = 0; i < a.probabilities.size(); ++i)
        QVERIFY(std::abs(a.probabilities[i] - b.probabilities[i]) < 1e-6f);
    // Another sample rate is resampled first.
    std::vector<float> tone44(44100);
    for (std::size_t i = 0; i < tone44.size(); ++i)
        tone44[i] = 0.2f * std::sin(6.2831853f * 1000.0f * float(i) / 44100.0f);
    QCOMPARE(loaded->classify(tone44, 44100).top, 0);
}

void TestAudioClassifier::mismatchedCheckpointsAreRejected()
{
    QVERIFY(m_model);
    const std::string good = m_dir.filePath(QStringLiteral("toy.safetensors")).toStdString();
    SafeTensors t = SafeTensors::load(good);
    const auto expectFailure = [&](SafeTensors bad, const char *name) {
        const std::string path = m_dir.filePath(QString::fromLatin1(name)).toStdString();
        bad.save(path);
        QVERIFY_THROWS_EXCEPTION(wb::Error, AudioClassifierCheckpoint::load(path));
    };
    SafeTensors moreClasses = t;
    moreClasses.metadata()["classes"] = "3";
    expectFailure(moreClasses, "classes.safetensors");
    SafeTensors wider = t;
    wider.metadata()["hidden"] = "32";
    expectFailure(wider, "hidden.safetensors");
    SafeTensors missing = t;
    missing.tensors().erase("conv2.weight");
    expectFailure(missing, "missing.safetensors");
    SafeTensors foreign = t;
    foreign.metadata()["format"] = "wavebench-fastspeech2";
    expectFailure(foreign, "foreign.safetensors");
    QVERIFY_THROWS_EXCEPTION(wb::Error, AudioClassifierCheckpoint::load(m_dir.filePath(QStringLiteral("none.safetensors")).toStdString()));
}

void TestAudioClassifier::badInputIsAnError()
{
    QVERIFY(m_model);
    QVERIFY_THROWS_EXCEPTION(wb::Error, m_model->classify({}, 16000));
    std::vector<float> nan(16000, 0.0f);
    nan[100] = NAN;
    QVERIFY_THROWS_EXCEPTION(wb::Error, m_model->classify(nan, 16000));
    QVERIFY_THROWS_EXCEPTION(wb::Error, m_model->classifyFile(m_dir.filePath(QStringLiteral("nothing.wav")).toStdString()));
    // Training data that cannot train.
    ClassifierDataset one = tonesAndNoise(2, 3);
    one.classNames.push_back("empty");
    QVERIFY_THROWS_EXCEPTION(wb::Error, trainAudioClassifier(one, quickOptions()));
    ClassifierTrainOptions bad = quickOptions();
    bad.maxEpochs = 0;
    QVERIFY_THROWS_EXCEPTION(wb::Error, trainAudioClassifier(tonesAndNoise(2, 3), bad));
    QVERIFY_THROWS_EXCEPTION(wb::Error, ClassifierDataset::fromFolder(m_dir.filePath(QStringLiteral("nope")).toStdString(), {}));
}

QTEST_MAIN(TestAudioClassifier)
#include "tst_audioclassifier.moc"
