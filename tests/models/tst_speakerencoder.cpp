// The speaker encoder's pieces: equal error rate, verification trials, the
// features, checkpoints that round-trip or are refused, the GE2E trainer on
// voices told apart by pitch, and FastSpeech 2's speaker conditioning.
#include <torch/torch.h>

#include "Error.h"
#include "FastSpeech2.h"
#include "ModuleTensors.h"
#include "SpeakerEncoder.h"
#include "SpeakerEncoderNet.h"
#include "SpeakerEncoderTrainer.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace wb;

namespace {

/** A buzzy "voice": harmonics of f0 with a formant-like tilt and jitter, at 16 kHz. */
std::vector<float> voice(double f0, double tilt, double seconds, std::mt19937 &rng)
{
    std::normal_distribution<double> jitter(0.0, 0.01);
    std::vector<float> x(std::size_t(seconds * 16000));
    double phase = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double f = f0 * (1.0 + 0.05 * std::sin(2 * M_PI * 3.0 * double(i) / 16000) + jitter(rng));
        phase += 2 * M_PI * f / 16000;
        double v = 0.0;
        for (int h = 1; h * f0 < 7000; ++h)
            v += std::sin(h * phase) * std::pow(double(h), -tilt);
        x[i] = float(0.2 * v);
    }
    return x;
}

/** A FastSpeech 2 small enough to run in a blink, taking 4-d speaker embeddings. */
FastSpeech2Config tinyMultiSpeakerConfig()
{
    FastSpeech2Config c;
    c.vocab = 10;
    c.dModel = 16;
    c.heads = 2;
    c.encoderLayers = c.decoderLayers = 1;
    c.ffnFilter = 16;
    c.predictorFilter = 16;
    c.nMels = 8;
    c.speakerDim = 4;
    return c;
}

SpeakerFrames voices(const std::vector<std::pair<double, double>> &settings, int perSpeaker, unsigned seed,
                     const SpeakerFeatures &f)
{
    std::mt19937 rng(seed);
    SpeakerFrames s;
    for (std::size_t k = 0; k < settings.size(); ++k) {
        s.speakers.push_back("v" + std::to_string(k) + "-" + std::to_string(seed));
        s.utterances.emplace_back();
        for (int u = 0; u < perSpeaker; ++u)
            s.utterances.back().push_back(f.frames(voice(settings[k].first, settings[k].second, 1.2, rng)));
    }
    return s;
}

} // namespace

class TestSpeakerEncoder : public QObject
{
    Q_OBJECT

private slots:
    void equalErrorRate()
    {
        double threshold = 0.0;
        QCOMPARE(wb::equalErrorRate({0.8f, 0.9f, 0.95f}, {0.1f, 0.2f, 0.3f}, &threshold), 0.0);
        QVERIFY(threshold > 0.3 && threshold < 0.81);
        // One same-speaker trial of four below one different-speaker trial of four: 25% each way.
        QCOMPARE(wb::equalErrorRate({0.2f, 0.7f, 0.8f, 0.9f}, {0.1f, 0.15f, 0.25f, 0.6f}), 0.25);
        QVERIFY_THROWS_EXCEPTION(wb::Error, wb::equalErrorRate({}, {0.1f}));
    }

    void verificationCountsEveryPair()
    {
        const std::vector<std::vector<float>> e = {{1, 0}, {0.9f, 0.1f}, {0, 1}, {0.1f, 0.9f}, {0.2f, 0.8f}};
        const SpeakerVerification v = verifyEmbeddings(e, {0, 0, 1, 1, 1}, {"a", "b"});
        QCOMPARE(v.speakers, 2);
        QCOMPARE(v.sameTrials, 1LL + 3LL);
        QCOMPARE(v.differentTrials, 6LL);
        QCOMPARE(v.eer, 0.0);
        QVERIFY_THROWS_EXCEPTION(wb::Error, verifyEmbeddings(e, {0, 0, 0, 0, 0}, {"a", "b"}));
        QCOMPARE(cosineSimilarity({1, 0}, {0, 2}), 0.0);
        const auto mean = averageEmbedding({{1, 0}, {0, 1}});
        QVERIFY(std::abs(mean[0] - std::sqrt(0.5f)) < 1e-6f);
    }

    void featuresTrimSilence()
    {
        std::mt19937 rng(1);
        std::vector<float> x(8000, 0.0f); // 0.5 s of silence, then 1 s of voice, then silence
        const auto v = voice(120, 1.0, 1.0, rng);
        x.insert(x.end(), v.begin(), v.end());
        x.insert(x.end(), 8000, 0.0f);
        const SpeakerFeatures f;
        const auto frames = f.frames(x);
        const std::size_t n = frames.size() / std::size_t(f.nMels);
        QVERIFY2(n >= 98 && n <= 106, qPrintable(QString::number(n))); // about 1 s of 10 ms frames
        QVERIFY(f.frames(std::vector<float>(16000, 0.0f)).empty());
    }

    void trainsAndRoundTrips()
    {
        SpeakerTrainOptions o;
        o.config.hidden = 24;
        o.config.layers = 1;
        o.config.embedding = 8;
        o.features.windowFrames = 60;
        o.features.windowStep = 30;
        o.cropFrames = 60;
        o.speakersPerBatch = 4;
        o.utterancesPerSpeaker = 3;
        o.steps = 60;
        o.evaluateEvery = 30;
        o.learningRate = 3e-3;
        o.threads = 1;
        const SpeakerFrames train = voices({{100, 1.0}, {140, 0.5}, {190, 1.5}, {240, 0.8}, {300, 1.2}}, 4, 1, o.features);
        const SpeakerFrames held = voices({{115, 1.3}, {210, 0.6}, {330, 1.0}}, 4, 2, o.features);
        std::vector<double> losses, eers;
        const SpeakerEncoderCheckpoint c = trainSpeakerEncoder(train, held, o, {}, [&](const SpeakerTrainStep &s) {
            losses.push_back(s.loss);
            if (s.heldOutEer >= 0)
                eers.push_back(s.heldOutEer);
        });
        QCOMPARE(int(losses.size()), 60);
        QCOMPARE(int(eers.size()), 2);
        double first = 0, last = 0;
        for (int i = 0; i < 10; ++i) {
            first += losses[std::size_t(i)];
            last += losses[losses.size() - 1 - std::size_t(i)];
        }
        QVERIFY2(last < first, qPrintable(QStringLiteral("%1 -> %2").arg(first / 10).arg(last / 10)));
        QCOMPARE(c.trainingSpeakers().size(), std::size_t(5));
        QCOMPARE(c.notes.at("steps"), std::string("60"));

        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("enc.safetensors")).toStdString();
        c.save(path);
        const SpeakerEncoder encoder = SpeakerEncoder::load(path);
        QCOMPARE(encoder.dimension(), 8);
        std::mt19937 rng(5);
        const auto a = encoder.embed(voice(150, 1.0, 2.0, rng), 16000);
        const auto b = encoder.embed(voice(150, 1.0, 2.0, rng), 16000);
        double norm = 0;
        for (float v : a)
            norm += double(v) * v;
        QVERIFY(std::abs(norm - 1.0) < 1e-4);
        QVERIFY(cosineSimilarity(a, b) > 0.9); // the same voice twice
        QVERIFY_THROWS_EXCEPTION(wb::Error, encoder.embed(std::vector<float>(1600, 0.0f), 16000));

        // A resumed run counts on from the checkpoint's steps.
        SpeakerTrainOptions more = o;
        more.steps = 5;
        more.resume = &c;
        QCOMPARE(trainSpeakerEncoder(train, held, more).notes.at("steps"), std::string("65"));
        // Another shape, or a corrupt file, is refused with its name.
        SpeakerTrainOptions other = more;
        other.config.hidden = 16;
        QVERIFY_THROWS_EXCEPTION(wb::Error, trainSpeakerEncoder(train, held, other));
        SafeTensors t = SafeTensors::load(path);
        t.tensors().erase("proj.bias");
        const std::string broken = dir.filePath(QStringLiteral("broken.safetensors")).toStdString();
        t.save(broken);
        try {
            SpeakerEncoder::load(broken);
            QFAIL("a checkpoint without proj.bias loaded");
        } catch (const wb::Error &e) {
            QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("proj.bias")));
        }
        // Held-out speakers may not also be training speakers.
        QVERIFY_THROWS_EXCEPTION(wb::Error, trainSpeakerEncoder(train, train, o));
    }

    void fastSpeechTakesASpeakerEmbedding()
    {
        const FastSpeech2Config c = tinyMultiSpeakerConfig();
        FastSpeech2 model(c);
        model->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor ids = torch::tensor({{1, 2, 3, 4}}, torch::kLong);
        const auto a = model->infer(ids, 1.0, 0, 0, 100, torch::tensor({{1.0f, 0.0f, 0.0f, 0.0f}}));
        const auto b = model->infer(ids, 1.0, 0, 0, 100, torch::tensor({{0.0f, 0.0f, 0.0f, 1.0f}}));
        // Another voice changes the predictions.
        QVERIFY((a.logDuration - b.logDuration).abs().max().item<float>() > 1e-6f);
        QVERIFY_THROWS_EXCEPTION(wb::Error, model->infer(ids, 1.0, 0, 0, 100));
        QVERIFY(FastSpeech2Config::fromMetadata(c.toMetadata(), "x").speakerDim == 4);
        FastSpeech2Config single = c;
        single.speakerDim = 0;
        QVERIFY(single.toMetadata().count("speaker_dim") == 0); // one-voice files stay as they were
    }

    void fastSpeechFeedsTheVoiceToTheDecoder()
    {
        const FastSpeech2Config c = tinyMultiSpeakerConfig();
        FastSpeech2 before(c);
        FastSpeech2Config withDecoder = c;
        withDecoder.speakerToDecoder = true;
        // The flag is kept in the file; older files without it load as before.
        QVERIFY(FastSpeech2Config::fromMetadata(withDecoder.toMetadata(), "x").speakerToDecoder);
        QVERIFY(!FastSpeech2Config::fromMetadata(c.toMetadata(), "x").speakerToDecoder);
        QVERIFY(withDecoder.toMetadata() != c.toMetadata());
        FastSpeech2Config noVoice = withDecoder;
        noVoice.speakerDim = 0;
        QVERIFY_THROWS_EXCEPTION(wb::Error, noVoice.validate());

        FastSpeech2 after(withDecoder);
        // Warm-started from a model without the layer, it speaks exactly as that model did.
        QVERIFY(copyMatchingParameters(*after, before->exportParameters()) > 0);
        before->eval();
        after->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor ids = torch::tensor({{1, 2, 3, 4}}, torch::kLong);
        const torch::Tensor voiceA = torch::tensor({{1.0f, 0.0f, 0.0f, 0.0f}});
        const torch::Tensor voiceB = torch::tensor({{0.0f, 0.0f, 0.0f, 1.0f}});
        const auto a0 = before->infer(ids, 1.0, 0, 0, 100, voiceA);
        const auto a1 = after->infer(ids, 1.0, 0, 0, 100, voiceA);
        QVERIFY(torch::equal(a0.durations, a1.durations));
        QVERIFY(torch::allclose(a0.mel, a1.mel));
        // With the decoder's projection alone carrying the voice, the voice changes the mel
        // and nothing the variance adaptor predicts.
        for (auto &p : after->named_parameters()) {
            if (p.key().rfind("speaker_proj.", 0) == 0)
                p.value().zero_();
            if (p.key().rfind("speaker_decoder_proj.", 0) == 0)
                p.value().uniform_(-1.0, 1.0);
        }
        const torch::Tensor durations = torch::tensor({{2, 3, 1, 2}}, torch::kLong);
        const torch::Tensor zeros = torch::zeros({1, 4});
        const auto ma = after->forward(ids, durations, zeros, zeros, voiceA);
        const auto mb = after->forward(ids, durations, zeros, zeros, voiceB);
        QVERIFY(torch::allclose(ma.logDuration, mb.logDuration));
        QVERIFY((ma.mel - mb.mel).abs().max().item<float>() > 1e-3f);
    }

    void fastSpeechHearsTheReferenceSpectrum()
    {
        FastSpeech2Config c = tinyMultiSpeakerConfig();
        c.speakerToDecoder = true;
        FastSpeech2 before(c);
        FastSpeech2Config heard = c;
        heard.referenceSpectrum = true;
        QCOMPARE(heard.voiceInputSize(), 4 + 8);
        QVERIFY(FastSpeech2Config::fromMetadata(heard.toMetadata(), "x").referenceSpectrum);
        QVERIFY(!FastSpeech2Config::fromMetadata(c.toMetadata(), "x").referenceSpectrum);
        FastSpeech2Config noVoice = heard;
        noVoice.speakerDim = 0;
        noVoice.speakerToDecoder = false;
        QVERIFY_THROWS_EXCEPTION(wb::Error, noVoice.validate());

        FastSpeech2 after(heard);
        QVERIFY(copyMatchingParameters(*after, before->exportParameters()) > 0);
        before->eval();
        after->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor ids = torch::tensor({{1, 2, 3, 4}}, torch::kLong);
        const torch::Tensor voice = torch::tensor({{1.0f, 0.0f, 0.0f, 0.0f}});
        const torch::Tensor bright = torch::cat({voice, torch::linspace(-1.0, 1.0, 8).unsqueeze(0)}, 1);
        const torch::Tensor dark = torch::cat({voice, torch::linspace(1.0, -1.0, 8).unsqueeze(0)}, 1);
        // Warm-started, it speaks as the model without the spectrum did, whatever the spectrum.
        const auto a0 = before->infer(ids, 1.0, 0, 0, 100, voice);
        const auto a1 = after->infer(ids, 1.0, 0, 0, 100, bright);
        QVERIFY(torch::equal(a0.durations, a1.durations));
        QVERIFY(torch::allclose(a0.mel, a1.mel));
        // The embedding alone is not enough for it.
        QVERIFY_THROWS_EXCEPTION(wb::Error, after->infer(ids, 1.0, 0, 0, 100, voice));
        // Once its layers learn, the spectrum steers the predictions and the mel.
        for (auto &p : after->named_parameters())
            if (p.key().rfind("reference_", 0) == 0)
                p.value().uniform_(-1.0, 1.0);
        const auto b = after->infer(ids, 1.0, 0, 0, 100, bright);
        const auto d = after->infer(ids, 1.0, 0, 0, 100, dark);
        QVERIFY((b.logDuration - d.logDuration).abs().max().item<float>() > 1e-6f);
        const torch::Tensor durations = torch::tensor({{2, 3, 1, 2}}, torch::kLong);
        const torch::Tensor zeros = torch::zeros({1, 4});
        const auto mb = after->forward(ids, durations, zeros, zeros, bright);
        const auto md = after->forward(ids, durations, zeros, zeros, dark);
        QVERIFY((mb.mel - md.mel).abs().max().item<float>() > 1e-3f);
    }
};

QTEST_GUILESS_MAIN(TestSpeakerEncoder)
#include "tst_speakerencoder.moc"
