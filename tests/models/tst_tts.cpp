// FastSpeech 2 and the TTS pipeline on a tiny corpus the test builds: the
// dataset, a few training steps, checkpoints, inference controls, bad input.
#include <torch/torch.h>

#include "BundledModels.h"
#include "Error.h"
#include "FastSpeech2Checkpoint.h"
#include "FastSpeech2Trainer.h"
#include "ModuleTensors.h"
#include "SpeakerConsistency.h"
#include "SpeakerEncoder.h"
#include "Tacotron2Trainer.h"
#include "TextToSpeech.h"
#include "TtsDataset.h"
#include "corpus/CorpusBuilder.h"
#include "text/TextFrontEnd.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace wb;

class TestTts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_corpus;
    std::unique_ptr<TtsDataset> m_data;
    FastSpeech2Checkpoint m_trained;
    std::vector<double> m_losses;

    static FastSpeech2TrainOptions tinyOptions(int steps)
    {
        FastSpeech2TrainOptions o;
        o.config.dModel = 32;
        o.config.heads = 2;
        o.config.encoderLayers = o.config.decoderLayers = 1;
        o.config.ffnFilter = 64;
        o.config.predictorFilter = 32;
        o.config.dropout = 0.0f;
        o.steps = steps;
        o.batchSize = 4;
        o.learningRate = 3e-3;
        o.warmupSteps = 5;
        o.threads = 1;
        o.validateEvery = 10;
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CorpusBuildOptions o;
        o.outDir = m_dir.filePath(QStringLiteral("corpus")).toStdString();
        o.voices = {VoiceSpec::parse("espeak:en-us+m3")};
        o.sentences = 24;
        m_corpus = buildCorpus(o).dir;
    }

    void datasetFromCorpus()
    {
        m_data = std::make_unique<TtsDataset>(TtsDataset::load(m_corpus));
        QCOMPARE(m_data->items.size(), std::size_t(24));
        QVERIFY(m_data->problems.empty());
        for (const TtsItem &it : m_data->items) {
            QCOMPARE(it.ids.size(), it.durations.size());
            QCOMPARE(it.pitch.size(), it.ids.size());
            QCOMPARE(std::accumulate(it.durations.begin(), it.durations.end(), 0LL),
                     (long long)it.mel.rows());
            QCOMPARE(it.mel.cols(), std::size_t(80));
        }
        // Normalized: the mel has mean about 0 and deviation about 1 per band over the corpus.
        double sum = 0.0, sq = 0.0;
        long long n = 0;
        for (const TtsItem &it : m_data->items)
            for (float v : it.mel.values()) {
                sum += v;
                sq += double(v) * v;
                ++n;
            }
        QVERIFY(std::abs(sum / n) < 0.05);
        QVERIFY(std::abs(std::sqrt(sq / n) - 1.0) < 0.05);
        QVERIFY(m_data->spec.pitchMean > std::log(60.0) &&
                m_data->spec.pitchMean < std::log(300.0));
    }

    void trainingLowersTheLoss()
    {
        QVERIFY(m_data);
        FastSpeech2TrainOptions o = tinyOptions(60);
        int checkpoints = 0;
        o.checkpointEvery = 20;
        m_trained = trainFastSpeech2(
            *m_data, o, {}, [&](const FastSpeech2Step &s) { m_losses.push_back(s.mel); }, nullptr,
            [&](const FastSpeech2Checkpoint &c) {
                ++checkpoints;
                QVERIFY(c.parameterCount() > 0);
            });
        QCOMPARE(int(m_losses.size()), 60);
        QCOMPARE(checkpoints, 2); // at 20 and 40; the end is the return value
        const double first = std::accumulate(m_losses.begin(), m_losses.begin() + 5, 0.0) / 5;
        const double last = std::accumulate(m_losses.end() - 5, m_losses.end(), 0.0) / 5;
        QVERIFY2(last < 0.8 * first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(last)));
        QCOMPARE(m_trained.notes.at("steps"), std::string("60"));
    }

    void checkpointRoundTrip()
    {
        QVERIFY(m_trained.parameterCount() > 0);
        const std::string path = m_dir.filePath(QStringLiteral("fs2.safetensors")).toStdString();
        m_trained.save(path);
        const FastSpeech2Checkpoint loaded = FastSpeech2Checkpoint::load(path);
        QVERIFY(loaded.config == m_trained.config);
        QVERIFY(loaded.symbols == m_trained.symbols);
        QCOMPARE(loaded.features.melMean, m_trained.features.melMean);
        QCOMPARE(loaded.parameterCount(), m_trained.parameterCount());
        TextToSpeech a(m_trained), b(loaded);
        TtsControls c;
        c.griffinLimIterations = 4;
        const TtsResult ra = a.speak("A short test.", c), rb = b.speak("A short test.", c);
        QCOMPARE(ra.durations, rb.durations);
        QCOMPARE(ra.audio.size(), rb.audio.size());
        QVERIFY(ra.logMel.values() == rb.logMel.values());
    }

    void voicesMixAndReachTheDecoder()
    {
        QVERIFY(m_data);
        // Two made-up voices over the one-voice corpus, with unit embeddings of 4 values.
        TtsDataset two = *m_data;
        for (std::size_t i = 0; i < two.items.size(); ++i) {
            two.items[i].speaker = i % 2 ? "b" : "a";
            two.items[i].speakerEmbedding = i % 2 ? std::vector<float>{0, 0, 1, 0}
                                                  : std::vector<float>{0.6f, 0.8f, 0, 0};
        }
        two.items[0].speakerEmbedding = {0.8f, 0.6f, 0, 0};
        const std::vector<float> mixed = meanSpeakerEmbedding(two, {0, 2});
        QCOMPARE(mixed.size(), std::size_t(4));
        QVERIFY(std::abs(mixed[0] - std::sqrt(0.5f)) < 1e-5f && std::abs(mixed[1] - std::sqrt(0.5f)) < 1e-5f);
        QVERIFY_THROWS_EXCEPTION(Error, meanSpeakerEmbedding(two, {}));
        QVERIFY_THROWS_EXCEPTION(Error, meanSpeakerEmbedding(*m_data, {0})); // no embeddings

        FastSpeech2TrainOptions o = tinyOptions(4);
        o.config.speakerToDecoder = true;
        o.config.referenceSpectrum = true;
        o.referenceMix = 3;
        for (const TtsItem &item : two.items)
            QCOMPARE(item.referenceSpectrum.size(), std::size_t(two.spec.nMels));
        const FastSpeech2Checkpoint c = trainFastSpeech2(two, o);
        QVERIFY(c.config.speakerToDecoder);
        QVERIFY(c.config.referenceSpectrum);
        for (const char *layer : {"reference_proj.weight", "reference_decoder_proj.weight"}) {
            const std::vector<float> &r = c.parameters.at(layer).data;
            QVERIFY2(std::any_of(r.begin(), r.end(), [](float v) { return v != 0.0f; }), layer);
        }
        {
            // It speaks only with the reference's spectrum beside the embedding.
            TextToSpeech tts(c);
            QVERIFY(tts.takesReferenceSpectrum());
            TtsControls controls;
            controls.griffinLimIterations = 2;
            controls.speakerEmbedding = {0.6f, 0.8f, 0, 0};
            QVERIFY_THROWS_EXCEPTION(Error, tts.speak("A test.", controls));
            controls.referenceSpectrum = two.items[0].referenceSpectrum;
            QVERIFY_THROWS_NO_EXCEPTION(tts.speak("A test.", controls));
        }
        QCOMPARE(c.config.speakerDim, 4);
        QCOMPARE(c.notes.at("reference_mix"), std::string("3"));
        QVERIFY(c.parameters.tensors().count("speaker_decoder_proj.weight") == 1);
        // The layer trains: it no longer holds the zeros it started from.
        const std::vector<float> &w = c.parameters.at("speaker_decoder_proj.weight").data;
        QVERIFY(std::any_of(w.begin(), w.end(), [](float v) { return v != 0.0f; }));
        // The speaker-consistency loss through an encoder of another size (the shipped one, 256-d,
        // against the 4-d voices): refused without its own targets, trained with them.
        const SpeakerEncoderCheckpoint enc =
            SpeakerEncoderCheckpoint::load(bundledModelPath(kBundledSpeakerEncoder));
        FastSpeech2TrainOptions listened = tinyOptions(3);
        listened.referenceMix = 2;
        listened.speakerLossEncoder = &enc;
        listened.speakerLossWeight = 0.5;
        QVERIFY_THROWS_EXCEPTION(Error, trainFastSpeech2(two, listened));
        const SpeakerEncoder heard(enc);
        for (const TtsItem &item : two.items)
            listened.speakerLossTargets.push_back(heard.embedFile(m_corpus + "/wavs/" + item.id + ".wav"));
        std::vector<double> speakerLosses;
        const FastSpeech2Checkpoint l =
            trainFastSpeech2(two, listened, {}, [&](const FastSpeech2Step &st) { speakerLosses.push_back(st.speaker); });
        QCOMPARE(l.notes.at("speaker_loss_encoder_dim"), std::string("256"));
        QCOMPARE(int(speakerLosses.size()), 3);
        QVERIFY(std::all_of(speakerLosses.begin(), speakerLosses.end(), [](double v) { return v > 0.0 && v < 2.0; }));
        listened.speakerLossTargets.pop_back();
        QVERIFY_THROWS_EXCEPTION(Error, trainFastSpeech2(two, listened));
        // Both need a corpus with voices, and the mix a sane size.
        QVERIFY_THROWS_EXCEPTION(Error, trainFastSpeech2(*m_data, o));
        FastSpeech2TrainOptions mixOnly = tinyOptions(1);
        mixOnly.referenceMix = 2;
        QVERIFY_THROWS_EXCEPTION(Error, trainFastSpeech2(*m_data, mixOnly));
        mixOnly.referenceMix = 65;
        QVERIFY_THROWS_EXCEPTION(Error, trainFastSpeech2(two, mixOnly));
    }

    void speakerConsistencyHearsTheVoice()
    {
        QVERIFY(m_data);
        const SpeakerEncoderCheckpoint enc =
            SpeakerEncoderCheckpoint::load(bundledModelPath(kBundledSpeakerEncoder));
        const SpeakerEncoder encoder(enc);
        SpeakerConsistency consistency(enc, m_data->spec);
        const torch::Tensor &bridge = consistency.bridge();
        QCOMPARE(bridge.size(0), std::int64_t(enc.features.nMels));
        QCOMPARE(bridge.size(1), std::int64_t(m_data->spec.nMels));
        QVERIFY(bridge.min().item<float>() >= 0.0f);
        QVERIFY(bridge.sum(1).gt(0).all().item<bool>()); // every encoder band hears something
        SpeakerEncoderNet net(enc.config);
        copyParametersInto(*net, enc.parameters, "speaker encoder");
        net->eval();

        // The encoder's embedding of a TTS mel through the bridge is its embedding of the audio.
        std::vector<torch::Tensor> mels;
        std::vector<torch::Tensor> voices;
        for (std::size_t i = 0; i < 4; ++i) {
            const TtsItem &item = m_data->items[i];
            const std::vector<float> heard =
                encoder.embedFile(m_corpus + "/wavs/" + item.id + ".wav");
            const torch::Tensor mel = torch::tensor(item.mel.values())
                                          .view({std::int64_t(item.mel.rows()), std::int64_t(item.mel.cols())});
            const torch::Tensor frames = consistency.encoderFrames(mel).contiguous();
            const std::vector<float> flat(frames.data_ptr<float>(), frames.data_ptr<float>() + frames.numel());
            const double similarity = cosineSimilarity(embedUtteranceFrames(net, flat, enc.features), heard);
            qInfo("utterance %zu: %lld TTS frames -> %lld encoder frames, cosine %.3f", i,
                  (long long)mel.size(0), (long long)frames.size(0), similarity);
            QVERIFY2(similarity > 0.9, qPrintable(QString::number(similarity)));
            mels.push_back(mel);
            voices.push_back(torch::tensor(heard));
        }
        // The loss: small for the voice the mel has, large for its opposite, with gradients.
        const std::int64_t frames = std::max(mels[0].size(0), mels[1].size(0));
        torch::Tensor batch = torch::zeros({2, frames, mels[0].size(1)});
        torch::Tensor pad = torch::ones({2, frames}, torch::kBool);
        for (int b = 0; b < 2; ++b) {
            batch[b].narrow(0, 0, mels[std::size_t(b)].size(0)).copy_(mels[std::size_t(b)]);
            pad[b].narrow(0, 0, mels[std::size_t(b)].size(0)).fill_(false);
        }
        batch.set_requires_grad(true);
        std::mt19937_64 rng(3);
        const torch::Tensor own = torch::stack({voices[0], voices[1]});
        const torch::Tensor l = consistency.loss(batch, pad, own, rng);
        const double opposite = consistency.loss(batch, pad, -own, rng).item<double>();
        qInfo("loss to the own voice %.3f, to the opposite %.3f", l.item<double>(), opposite);
        QVERIFY(l.item<double>() < 0.2);
        QVERIFY(opposite > 1.6);
        l.backward();
        QVERIFY(batch.grad().abs().sum().item<double>() > 0.0);
        QVERIFY(enc.parameters.tensors().size() > 0);
    }

    void everyStageIsFilled()
    {
        TextToSpeech tts(m_trained);
        TtsControls c;
        c.griffinLimIterations = 4;
        const TtsResult r = tts.speak("Hello, world. It costs $5.", c);
        QCOMPARE(QString::fromStdString(r.utterance.normalized),
                 QStringLiteral("Hello, world. It costs five dollars."));
        QCOMPARE(r.durations.size(), r.utterance.symbols.size());
        QCOMPARE(r.pitchHz.size(), r.utterance.symbols.size());
        const long long frames = std::accumulate(r.durations.begin(), r.durations.end(), 0LL);
        QCOMPARE((long long)r.logMel.cols(), std::max(1LL, frames));
        QCOMPARE(r.logMel.rows(), std::size_t(80));
        QCOMPARE(r.sampleRate, 22050);
        QVERIFY(std::abs(double(r.audio.size()) - double(r.logMel.cols() - 1) * 256) <= 256);
        QVERIFY(r.timings.acoustic > 0.0 && r.timings.vocoder > 0.0);
        QVERIFY(r.realTimeFactor() > 0.0);
        for (float v : r.audio)
            QVERIFY(std::isfinite(v));
    }

    void controlsChangeDurationAndPitch()
    {
        TextToSpeech tts(m_trained);
        TtsControls c;
        c.griffinLimIterations = 1;
        const std::string text = "The quick brown fox jumps over the lazy dog.";
        const TtsResult normal = tts.speak(text, c);
        c.speed = 2.0;
        const TtsResult fast = tts.speak(text, c);
        c.speed = 1.0;
        c.pitchSemitones = 12.0;
        const TtsResult high = tts.speak(text, c);
        const auto frames = [](const TtsResult &r) {
            return std::accumulate(r.durations.begin(), r.durations.end(), 0);
        };
        QVERIFY(frames(normal) > 0);
        QVERIFY(frames(fast) <= frames(normal) / 2 + int(normal.durations.size()) / 2 + 1);
        // An octave up doubles every predicted F0.
        for (std::size_t i = 0; i < normal.pitchHz.size(); ++i)
            if (normal.pitchHz[i] > 0.0f && high.pitchHz[i] > 0.0f)
                QVERIFY(std::abs(high.pitchHz[i] / normal.pitchHz[i] - 2.0f) < 0.01f);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("speed");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << 1.0 << QStringLiteral("no text");
        QTest::newRow("only punctuation")
            << QStringLiteral("?!...") << 1.0 << QStringLiteral("nothing");
        QTest::newRow("speed") << QStringLiteral("Hello.") << 5.0 << QStringLiteral("speed");
        QTest::newRow("too long") << QString(200000, QLatin1Char('a')) << 1.0
                                  << QStringLiteral("characters");
    }

    void badInput()
    {
        QFETCH(QString, text);
        QFETCH(double, speed);
        QFETCH(QString, message);
        TextToSpeech tts(m_trained);
        TtsControls c;
        c.speed = speed;
        try {
            tts.speakLong(text.toStdString(), c);
            QFAIL("accepted bad input");
        } catch (const Error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
        }
    }

    void longTextIsSplitAndJoined()
    {
        const auto parts = TextToSpeech::sentences(
            "Dr. Smith came at 5 p.m. today. Was it late?\n\nYes! Then we left");
        QCOMPARE(parts.size(), std::size_t(4));
        QCOMPARE(QString::fromStdString(parts[0]),
                 QStringLiteral("Dr. Smith came at 5 p.m. today."));
        QCOMPARE(QString::fromStdString(parts[3]), QStringLiteral("Then we left"));
        TextToSpeech tts(m_trained);
        TtsControls c;
        c.griffinLimIterations = 1;
        std::vector<double> seen;
        const TtsResult r = tts.speakLong("One. Two. Three.", c, 0.5, [&](double f) {
            seen.push_back(f);
            return true;
        });
        QVERIFY(r.audio.size() > std::size_t(22050)); // two pauses of 0.5 s at least
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(r.vocoder, std::string("griffinlim")); // the stages say which vocoder spoke
        c.vocoder = TtsVocoder::SourceFilter;
        const TtsResult sf = tts.speakLong("One. Two.", c, 0.5);
        QCOMPARE(sf.vocoder, std::string("sourcefilter"));
        QCOMPARE(sf.vocoderF0.size(), sf.logMel.cols()); // the last sentence's, like its mel
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, tts.speakLong("One. Two. Three.", c, 0.5, [](double f) { return f < 0.5; }));
    }

    void shippedModelSpeaks()
    {
        // The model in assets/models, trained by `wavebench tts train` on a flite slt corpus.
        const FastSpeech2Checkpoint shipped = FastSpeech2Checkpoint::load(bundledModelPath(kBundledFastSpeech2));
        QVERIFY(shipped.symbols == text::SymbolTable::englishIpa()); // the front-end's own inventory
        QVERIFY(std::stoi(shipped.notes.at("steps")) >= 1000);
        TextToSpeech tts(shipped);
        TtsControls c;
        c.griffinLimIterations = 8;
        const TtsResult r = tts.speak("Hello, world.", c);
        QVERIFY2(r.audioSeconds() > 0.5 && r.audioSeconds() < 2.5, qPrintable(QString::number(r.audioSeconds())));
        double sq = 0.0;
        for (float v : r.audio)
            sq += double(v) * v;
        QVERIFY(std::sqrt(sq / r.audio.size()) > 0.01);
        // A female voice: the predicted F0 of the vowels lies where slt speaks (about 140-260 Hz).
        for (std::size_t i = 0; i < r.pitchHz.size(); ++i)
            if (r.durations[i] > 0 && r.pitchHz[i] > 0.0f)
                QVERIFY(r.pitchHz[i] > 100.0f && r.pitchHz[i] < 320.0f);
    }

    void foreignCheckpointsAreRefused()
    {
        const std::string path = m_dir.filePath(QStringLiteral("other.safetensors")).toStdString();
        FastSpeech2Checkpoint other = m_trained;
        std::vector<std::string> symbols = other.symbols.symbols();
        symbols.back() = "zz"; // a table the front-end's symbols do not all fit
        other.symbols = text::SymbolTable(symbols, "other");
        other.save(path);
        TextToSpeech tts(FastSpeech2Checkpoint::load(path));
        // The last symbol of the English table is rare; a text using only common ones still works,
        // so check the refusal on a symbol table with a common phoneme removed.
        symbols = m_trained.symbols.symbols();
        for (auto &s : symbols)
            if (s == "t")
                s = "tt";
        other.symbols = text::SymbolTable(symbols, "other");
        other.save(path);
        TextToSpeech strict(FastSpeech2Checkpoint::load(path));
        try {
            strict.speak("It is time.");
            QFAIL("spoke symbols the model never saw");
        } catch (const Error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("lacks")), e.what());
        }
        // Not a checkpoint at all, and a truncated one.
        QFile f(QString::fromStdString(path));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(f.size() / 2);
        f.close();
        QVERIFY_THROWS_EXCEPTION(Error, FastSpeech2Checkpoint::load(path));
        QVERIFY_THROWS_EXCEPTION(Error, FastSpeech2Checkpoint::load(m_corpus + "/metadata.csv"));
        // Training on with a checkpoint of another symbol table is refused.
        QVERIFY_THROWS_EXCEPTION(Error, trainFastSpeech2(*m_data, tinyOptions(1), {}, {}, &other));
    }

    void tacotronTrainsAndSpeaksWithAnAlignment()
    {
        QVERIFY(m_data);
        Tacotron2TrainOptions o;
        o.config.embedding = 32;
        o.config.prenet = 32;
        o.config.attentionRnn = o.config.decoderRnn = 48;
        o.config.attentionDim = 32;
        o.config.locationFilters = 8;
        o.config.locationKernel = 15;
        o.config.postnetChannels = 32;
        o.config.dropout = 0.0f;
        o.steps = 30;
        o.batchSize = 4;
        o.learningRate = 3e-3;
        o.warmupSteps = 3;
        o.threads = 1;
        o.validateEvery = 10;
        std::vector<double> mel, guided;
        const Tacotron2Checkpoint taco =
            trainTacotron2(*m_data, o, {}, [&](const Tacotron2Step &s) {
                mel.push_back(s.postnet);
                guided.push_back(s.guided);
                QVERIFY(s.focus > 0.0 && s.focus <= 1.0);
            });
        QCOMPARE(int(mel.size()), 30);
        const double first = std::accumulate(mel.begin(), mel.begin() + 3, 0.0) / 3;
        const double last = std::accumulate(mel.end() - 3, mel.end(), 0.0) / 3;
        // Thirty steps on a tiny model barely leave the mean-mel plateau (about 0.85 here, falling
        // to about 0.81): a stalled or diverging trainer stays at or above it.
        QVERIFY2(last < 0.97 * first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(last)));
        // The guided loss pulls the attention towards the diagonal.
        QVERIFY2(guided.back() < guided.front(),
                 qPrintable(QStringLiteral("%1 -> %2").arg(guided.front()).arg(guided.back())));

        const std::string path = m_dir.filePath(QStringLiteral("taco.safetensors")).toStdString();
        taco.save(path);
        const Tacotron2Checkpoint loaded = Tacotron2Checkpoint::load(path);
        QVERIFY(loaded.config == taco.config);
        QCOMPARE(loaded.parameterCount(), taco.parameterCount());
        // Each loader refuses the other kind's file, naming what it expected.
        const std::string fs2 = m_dir.filePath(QStringLiteral("fs2_for_taco.safetensors")).toStdString();
        m_trained.save(fs2);
        try {
            Tacotron2Checkpoint::load(fs2);
            QFAIL("a FastSpeech 2 file loaded as Tacotron 2");
        } catch (const Error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("Tacotron 2")), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(Error, FastSpeech2Checkpoint::load(path));

        const auto tts = TextToSpeech::fromFile(path);
        QCOMPARE(tts->modelId(), std::string("tacotron2"));
        TtsControls controls;
        controls.griffinLimIterations = 2;
        const TtsResult r = tts->speak("Hello there.", controls);
        QCOMPARE(r.model, std::string("tacotron2"));
        QCOMPARE(r.alignment.cols(), r.utterance.symbols.size());
        QVERIFY(r.alignment.rows() > 0);
        // Every decoder step's attention is a distribution over the symbols.
        for (std::size_t k = 0; k < r.alignment.rows(); ++k) {
            double sum = 0.0;
            for (std::size_t n = 0; n < r.alignment.cols(); ++n)
                sum += r.alignment.at(k, n);
            QVERIFY(std::abs(sum - 1.0) < 1e-3);
        }
        QCOMPARE(r.logMel.cols(), r.alignment.rows() * std::size_t(r.reduction));
        QVERIFY(!r.audio.empty());
        // Speed resamples the frames; a pitch shift is refused.
        controls.speed = 2.0;
        const TtsResult fast = tts->speak("Hello there.", controls);
        QCOMPARE(long(fast.logMel.cols()),
                 std::lround(double(fast.alignment.rows() * std::size_t(fast.reduction)) / 2.0));
        controls.speed = 1.0;
        controls.pitchSemitones = 2.0;
        QVERIFY_THROWS_EXCEPTION(Error, tts->speak("Hello there.", controls));
    }
};

QTEST_GUILESS_MAIN(TestTts)
#include "tst_tts.moc"
