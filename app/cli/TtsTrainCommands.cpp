// `wavebench tts train`: FastSpeech 2 or Tacotron 2 trained on a corpus.
#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"
#include "FastSpeech2Trainer.h"
#include "SpeakerEncoder.h"
#include "corpus/CorpusReader.h"
#include "Tacotron2Trainer.h"
#include "TtsDataset.h"
#include "WaveNetTrainer.h"
#include "WaveNetVocoder.h"

#include "MuLaw.h"
#include "Npy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace wb::cli {

namespace {

std::string pathOf(const QString &p)
{
    return QFile::encodeName(p).toStdString();
}

struct TrainRun
{
    QString out;
    std::string corpusName;
    int logEvery = 50;
    QElapsedTimer clock;
};

/** Prints a training step every --log-every steps, at validations and at the end: its loss,
 * the mean since the last line, the model's own terms and the held-out mel loss. */
struct StepLog
{
    const TrainRun &run;
    int steps;
    double sum = 0.0;
    int count = 0;

    void operator()(int step, double loss, const QString &terms, bool validated, double heldOut)
    {
        sum += loss;
        ++count;
        if (step % run.logEvery == 0 || step == steps || validated)
            printOut(QStringLiteral("step %1/%2  loss %3 (mean %4)  %5%6  %7 s")
                         .arg(step)
                         .arg(steps)
                         .arg(loss, 0, 'f', 4)
                         .arg(sum / count, 0, 'f', 4)
                         .arg(terms,
                              validated ? QStringLiteral("  held-out mel %1").arg(heldOut, 0, 'f', 4)
                                        : QString())
                         .arg(run.clock.elapsed() / 1000.0, 0, 'f', 1));
        if (step % run.logEvery == 0) {
            sum = 0.0;
            count = 0;
        }
    }
};

TtsDataset loadCorpus(const CommandLine &cl, TrainRun &run)
{
    run.clock.start();
    const TtsDataset data = TtsDataset::load(pathOf(cl.value(QStringLiteral("corpus"))));
    printOut(QStringLiteral("corpus: %1 utterances ready in %2 s%3")
                 .arg(data.items.size())
                 .arg(run.clock.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(data.problems.empty()
                          ? QString()
                          : QStringLiteral(", %1 skipped (first: %2)")
                                .arg(data.problems.size())
                                .arg(QString::fromStdString(data.problems.front()))));
    run.clock.restart();
    return data;
}

/**
 * Every utterance of the --corpus embedded by the speaker encoder in the file at encoderPath, by
 * utterance id. Kept beside the corpus in speaker_embeddings/<first 16 hex digits of the
 * encoder file's SHA-256>.npy (rows in the order of the .ids file), and taken from there
 * while it is not older than the corpus's metadata.csv and names every utterance: embedding
 * 9,600 utterances takes minutes, reading them back a second. *cached says which happened.
 */
std::map<std::string, std::vector<float>> embeddingsById(const QString &encoderPath,
                                                         const CommandLine &cl, bool *cached)
{
    const QString corpusPath = cl.value(QStringLiteral("corpus"));
    const Corpus corpus = CorpusReader::read(pathOf(corpusPath));
    QFile encoderFile(encoderPath);
    if (!encoderFile.open(QIODevice::ReadOnly))
        throw wb::Error("cannot read the speaker encoder '" + pathOf(encoderPath) + "'");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&encoderFile);
    const QString cacheBase = QDir(corpusPath).filePath(
        QStringLiteral("speaker_embeddings/") + QString::fromLatin1(hash.result().toHex().left(16)));
    const QFileInfo cacheInfo(cacheBase + QStringLiteral(".npy")),
        metadata(QDir(corpusPath).filePath(QStringLiteral("metadata.csv")));
    std::map<std::string, std::vector<float>> byId;
    *cached = false;
    if (cacheInfo.exists() && metadata.exists() && cacheInfo.lastModified() >= metadata.lastModified()) {
        try {
            const Matrix m = Npy::read(pathOf(cacheBase + QStringLiteral(".npy")));
            QFile idsFile(cacheBase + QStringLiteral(".ids"));
            if (idsFile.open(QIODevice::ReadOnly | QIODevice::Text)) {
                const QList<QByteArray> ids = idsFile.readAll().split('\n');
                for (std::size_t r = 0; r < m.rows() && int(r) < ids.size(); ++r) {
                    const float *row = m.values().data() + r * m.cols();
                    byId[ids[int(r)].toStdString()] = std::vector<float>(row, row + m.cols());
                }
            }
            *cached = std::all_of(corpus.utterances.begin(), corpus.utterances.end(),
                                  [&](const Utterance &u) { return byId.count(u.id) == 1; });
        } catch (const wb::Error &) {
            *cached = false; // a damaged cache is recomputed
        }
        if (*cached)
            return byId;
        byId.clear();
    }
    const CorpusEmbeddings e = embedCorpus(SpeakerEncoder::load(pathOf(encoderPath)), corpus);
    for (std::size_t i = 0; i < e.ids.size(); ++i)
        byId[e.ids[i]] = e.embeddings[i];
    if (!e.ids.empty() && QDir(corpusPath).mkpath(QStringLiteral("speaker_embeddings"))) {
        try { // a read-only corpus just goes without the cache
            Matrix m(e.ids.size(), e.embeddings.front().size());
            QByteArray ids;
            for (std::size_t i = 0; i < e.ids.size(); ++i) {
                std::copy(e.embeddings[i].begin(), e.embeddings[i].end(), m.values().begin() + std::ptrdiff_t(i * m.cols()));
                ids += QByteArray::fromStdString(e.ids[i]) + '\n';
            }
            QFile idsFile(cacheBase + QStringLiteral(".ids"));
            if (idsFile.open(QIODevice::WriteOnly | QIODevice::Truncate) && idsFile.write(ids) == ids.size()) {
                idsFile.close();
                Npy::write(pathOf(cacheBase + QStringLiteral(".npy")), m); // written last: the cache's mark
            }
        } catch (const wb::Error &) {
        }
    }
    return byId;
}

/** Multi-speaker training: every utterance's embedding by the speaker encoder at path. */
void attachEmbeddings(TtsDataset &data, const CommandLine &cl, const QString &path, TrainRun &run)
{
    bool cached = false;
    data.attachSpeakerEmbeddings(embeddingsById(path, cl, &cached));
    printOut(QStringLiteral("speaker embeddings: %1 utterances of %2 speakers (%3-d) in %4 s%5")
                 .arg(data.items.size())
                 .arg(data.speakerCentroids().size())
                 .arg(data.speakerDim())
                 .arg(run.clock.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(cached ? QStringLiteral(" (cached)") : QString()));
    run.clock.restart();
}

template <typename Checkpoint>
void reportWritten(const TrainRun &run, const Checkpoint &current)
{
    printOut(QStringLiteral("wrote %1 (%2 parameters, %3 steps in all, %4 min)")
                 .arg(run.out)
                 .arg(current.parameterCount())
                 .arg(QString::fromStdString(current.notes.at("steps")))
                 .arg(run.clock.elapsed() / 60000.0, 0, 'f', 1));
}

int trainFastSpeech2Command(const CommandLine &cl, TrainRun &run, int steps)
{
    FastSpeech2TrainOptions o;
    o.steps = steps;
    o.batchSize = cl.intValue(QStringLiteral("batch"), 1, 256);
    o.learningRate = cl.doubleValue(QStringLiteral("lr"), 1e-6, 0.5);
    o.seed = std::uint64_t(cl.intValue(QStringLiteral("seed"), 0, 2147483647));
    o.threads = cl.intValue(QStringLiteral("threads"), 0, 256);
    o.config.dModel = cl.value(QStringLiteral("d-model")).isEmpty()
                          ? 192
                          : cl.intValue(QStringLiteral("d-model"), 16, 1024);
    o.config.heads = o.config.dModel % 2 == 0 ? 2 : 1;
    o.config.encoderLayers = o.config.decoderLayers = cl.intValue(QStringLiteral("layers"), 1, 12);
    o.config.predictorFilter = o.config.dModel;
    o.config.ffnFilter = std::max(16, o.config.dModel * 8 / 3);
    o.checkpointEvery = cl.intValue(QStringLiteral("save-every"), 0, 10000000);
    FastSpeech2Checkpoint resume, warm;
    const bool resuming = !cl.value(QStringLiteral("resume")).isEmpty();
    if (resuming)
        resume = FastSpeech2Checkpoint::load(pathOf(cl.value(QStringLiteral("resume"))));
    if (!cl.value(QStringLiteral("init")).isEmpty()) {
        if (resuming)
            throw UsageError(QStringLiteral("--init and --resume exclude each other"));
        warm = FastSpeech2Checkpoint::load(pathOf(cl.value(QStringLiteral("init"))));
        o.config = warm.config; // the same shape, so every layer it has can be reused
        o.warmStart = &warm;
    }
    // Flags that add voice layers: a resumed model must have them already, and they need voices.
    const auto voiceLayers = [&](const QString &flag, bool resumedHas, const QString &adds) {
        if (!cl.isSet(flag))
            return false;
        if (resuming && !resumedHas)
            throw UsageError(QStringLiteral("--%1 adds %2, which a resumed model lacks: start from "
                                            "it with --init instead").arg(flag, adds));
        if (cl.value(QStringLiteral("speaker-encoder")).isEmpty())
            throw UsageError(QStringLiteral("--%1 needs --speaker-encoder").arg(flag));
        return true;
    };
    if (voiceLayers(QStringLiteral("speaker-decoder"), resume.config.speakerToDecoder, QStringLiteral("a layer")))
        o.config.speakerToDecoder = true;
    if (voiceLayers(QStringLiteral("reference-spectrum"), resume.config.referenceSpectrum, QStringLiteral("layers")))
        o.config.referenceSpectrum = true;
    o.referenceMix = cl.intValue(QStringLiteral("reference-mix"), 0, 64);
    if (o.referenceMix > 0 && cl.value(QStringLiteral("speaker-encoder")).isEmpty())
        throw UsageError(QStringLiteral("--reference-mix needs --speaker-encoder"));
    o.speakerLossWeight = cl.doubleValue(QStringLiteral("speaker-loss"), 0.0, 100.0);
    if (o.speakerLossWeight > 0.0 && cl.value(QStringLiteral("speaker-encoder")).isEmpty())
        throw UsageError(QStringLiteral("--speaker-loss needs --speaker-encoder"));
    TtsDataset data = loadCorpus(cl, run);
    const QString encoderPath = cl.value(QStringLiteral("speaker-encoder"));
    SpeakerEncoderCheckpoint lossEncoder;
    if (!encoderPath.isEmpty())
        attachEmbeddings(data, cl, encoderPath, run);
    const QString lossEncoderPath = cl.value(QStringLiteral("speaker-loss-encoder"));
    if (!lossEncoderPath.isEmpty() && o.speakerLossWeight <= 0.0)
        throw UsageError(QStringLiteral("--speaker-loss-encoder needs --speaker-loss W"));
    if (o.speakerLossWeight > 0.0) {
        lossEncoder = SpeakerEncoderCheckpoint::load(
            pathOf(lossEncoderPath.isEmpty() ? encoderPath : lossEncoderPath));
        o.speakerLossEncoder = &lossEncoder;
        if (!lossEncoderPath.isEmpty()) {
            // Another encoder listens: the loss's targets are its own embeddings of the corpus.
            bool cached = false;
            const auto byId = embeddingsById(lossEncoderPath, cl, &cached);
            for (const TtsItem &item : data.items) {
                const auto it = byId.find(item.id);
                if (it == byId.end())
                    throw wb::Error("the speaker-loss encoder could not embed utterance " + item.id);
                o.speakerLossTargets.push_back(it->second);
            }
            printOut(QStringLiteral("speaker-loss targets: %1 utterances (%2-d) in %3 s")
                         .arg(o.speakerLossTargets.size())
                         .arg(lossEncoder.config.embedding)
                         .arg(run.clock.elapsed() / 1000.0, 0, 'f', 1));
            run.clock.restart();
        }
    }
    StepLog log{run, o.steps};
    const auto save = [&](FastSpeech2Checkpoint c) {
        if (!encoderPath.isEmpty())
            c.notes["speaker_encoder"] = QFileInfo(encoderPath).fileName().toStdString();
        c.notes["corpus"] = run.corpusName;
        c.save(pathOf(run.out));
        return c;
    };
    const FastSpeech2Checkpoint current = save(trainFastSpeech2(
        data, o, {},
        [&](const FastSpeech2Step &s) {
            log(s.step, s.loss,
                QStringLiteral("mel %1  dur %2  pitch %3  energy %4%5")
                    .arg(s.mel, 0, 'f', 4)
                    .arg(s.duration, 0, 'f', 4)
                    .arg(s.pitch, 0, 'f', 4)
                    .arg(s.energy, 0, 'f', 4)
                    .arg(o.speakerLossWeight > 0.0
                             ? QStringLiteral("  speaker %1").arg(s.speaker, 0, 'f', 4)
                             : QString()),
                s.validated, s.validationMel);
        },
        resuming ? &resume : nullptr, [&](const FastSpeech2Checkpoint &c) { save(c); }));
    reportWritten(run, current);
    return ExitOk;
}

int trainTacotron2Command(const CommandLine &cl, TrainRun &run, int steps)
{
    Tacotron2TrainOptions o;
    o.steps = steps;
    o.batchSize = cl.intValue(QStringLiteral("batch"), 1, 256);
    o.learningRate = cl.doubleValue(QStringLiteral("lr"), 1e-6, 0.5);
    o.seed = std::uint64_t(cl.intValue(QStringLiteral("seed"), 0, 2147483647));
    o.threads = cl.intValue(QStringLiteral("threads"), 0, 256);
    o.guidedAttention = cl.doubleValue(QStringLiteral("guided"), 0.0, 100.0);
    o.checkpointEvery = cl.intValue(QStringLiteral("save-every"), 0, 10000000);
    if (!cl.value(QStringLiteral("d-model")).isEmpty())
        o.config.embedding = cl.intValue(QStringLiteral("d-model"), 16, 1024) / 2 * 2;
    o.config.attentionRnn = o.config.decoderRnn = cl.intValue(QStringLiteral("rnn"), 16, 2048);
    o.config.reduction = cl.intValue(QStringLiteral("reduction"), 1, 8);
    Tacotron2Checkpoint resume;
    const bool resuming = !cl.value(QStringLiteral("resume")).isEmpty();
    if (resuming)
        resume = Tacotron2Checkpoint::load(pathOf(cl.value(QStringLiteral("resume"))));
    const TtsDataset data = loadCorpus(cl, run);
    const auto save = [&](Tacotron2Checkpoint c) {
        c.notes["corpus"] = run.corpusName;
        c.save(pathOf(run.out));
        return c;
    };
    StepLog log{run, o.steps};
    const Tacotron2Checkpoint current = save(trainTacotron2(
        data, o, {},
        [&](const Tacotron2Step &s) {
            log(s.step, s.loss,
                QStringLiteral("mel %1  post-net %2  stop %3  guided %4  focus %5")
                    .arg(s.mel, 0, 'f', 4)
                    .arg(s.postnet, 0, 'f', 4)
                    .arg(s.stop, 0, 'f', 4)
                    .arg(s.guided, 0, 'f', 4)
                    .arg(s.focus, 0, 'f', 3),
                s.validated, s.validationMel);
        },
        resuming ? &resume : nullptr, [&](const Tacotron2Checkpoint &c) { save(c); }));
    reportWritten(run, current);
    return ExitOk;
}

/** Writes what an outside trainer (scripts/gpu/train_wavenet_vocoder.py) needs: the mu-law codes,
 * the normalized mel frames and the grid, as numpy files and JSON. */
int exportVocoderData(const VocoderData &data, const WaveNetConfig &config, const TrainRun &run,
                      const QString &dir)
{
    if (!QDir().mkpath(dir))
        throw wb::Error("cannot create the folder '" + pathOf(dir) + "'");
    const std::vector<int> codes = muLawEncode(data.signal, config.mu());
    const std::vector<std::uint8_t> bytes(codes.begin(), codes.end());
    const std::string root = pathOf(dir) + "/";
    Npy::writeUint8(root + "codes.npy", bytes);
    const std::size_t frames = data.mel.size() / std::size_t(data.nMels);
    Npy::writeFloat16(root + "mel.npy", frames, std::size_t(data.nMels), data.mel);
    QJsonObject o;
    o[QStringLiteral("format")] = QStringLiteral("wavebench-vocoder-data");
    o[QStringLiteral("corpus")] = QString::fromStdString(run.corpusName);
    o[QStringLiteral("utterances")] = data.utterances;
    o[QStringLiteral("samples")] = double(data.signal.size());
    o[QStringLiteral("frames")] = double(frames);
    o[QStringLiteral("sample_rate")] = data.sampleRate;
    o[QStringLiteral("hop_length")] = data.hop;
    o[QStringLiteral("mel_channels")] = data.nMels;
    o[QStringLiteral("levels")] = config.levels;
    o[QStringLiteral("vocoder_mel_mean")] = QString::number(double(data.melMean), 'g', 9);
    o[QStringLiteral("vocoder_mel_std")] = QString::number(double(data.melStd), 'g', 9);
    QFile f(dir + QStringLiteral("/vocoder_data.json"));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0)
        throw wb::Error("cannot write '" + pathOf(f.fileName()) + "'");
    printOut(QStringLiteral("wrote %1: codes.npy (%2 samples), mel.npy (%3 x %4, float16), vocoder_data.json")
                 .arg(dir)
                 .arg(data.signal.size())
                 .arg(frames)
                 .arg(data.nMels));
    return ExitOk;
}

int trainVocoderCommand(const CommandLine &cl, TrainRun &run, int steps)
{
    WaveNetConfig config;
    config.channels = cl.intValue(QStringLiteral("channels"), 4, 256);
    WaveNetTrainOptions o;
    o.steps = steps;
    o.batchSize = cl.value(QStringLiteral("batch")) == QLatin1String("16")
                      ? 4 // the acoustic models' default; a vocoder step takes crops, not sentences
                      : cl.intValue(QStringLiteral("batch"), 1, 256);
    o.targetLength = cl.intValue(QStringLiteral("target-length"), 64, 65536);
    o.learningRate = cl.doubleValue(QStringLiteral("lr"), 1e-6, 0.5);
    o.seed = std::uint64_t(cl.intValue(QStringLiteral("seed"), 0, 2147483647));
    o.threads = cl.intValue(QStringLiteral("threads"), 0, 256);
    const int utterances = cl.intValue(QStringLiteral("utterances"), 0, 10000000);
    std::optional<WaveNetWeights> resume;
    if (!cl.value(QStringLiteral("resume")).isEmpty())
        resume = WaveNetVocoder::load(pathOf(cl.value(QStringLiteral("resume")))).weights();
    run.clock.start();
    const VocoderData data = loadVocoderData(pathOf(cl.value(QStringLiteral("corpus"))), utterances);
    config.melChannels = data.nMels;
    config.hopLength = data.hop;
    printOut(QStringLiteral("corpus: %1 utterances, %2 s of audio ready in %3 s")
                 .arg(data.utterances)
                 .arg(double(data.signal.size()) / data.sampleRate, 0, 'f', 1)
                 .arg(run.clock.elapsed() / 1000.0, 0, 'f', 1));
    if (cl.isSet(QStringLiteral("export-data")))
        return exportVocoderData(data, config, run, cl.value(QStringLiteral("export-data")));
    run.clock.restart();
    WaveNetTrainer trainer(resume ? resume->config() : config, o);
    if (resume)
        trainer.setInitialWeights(*resume);
    StepLog log{run, o.steps};
    double last = 0.0;
    WaveNetWeights w = trainer.train(
        data.signal, {},
        [&](int step, double loss) {
            last = loss;
            log(step + 1, loss, QStringLiteral("(next-sample cross-entropy, nats)"), false, 0.0); // from 0
        },
        data.mel);
    WaveNetVocoder::mark(w, data);
    const int before = resume ? std::atoi(resume->note("steps").c_str()) : 0;
    w.setNote("steps", std::to_string(before + steps));
    w.setNote("final_loss", std::to_string(last));
    w.setNote("corpus", run.corpusName);
    w.save(pathOf(run.out));
    printOut(QStringLiteral("wrote %1 (%2 parameters, %3 steps in all, %4 min)")
                 .arg(run.out)
                 .arg(w.config().parameterCount())
                 .arg(before + steps)
                 .arg(run.clock.elapsed() / 60000.0, 0, 'f', 1));
    return ExitOk;
}

} // namespace

int runTtsTrain(const QStringList &arguments)
{
    CommandLine cl(
        QStringLiteral("tts train"),
        QStringLiteral("Trains an acoustic model (FastSpeech 2 or Tacotron 2) on a corpus made by "
                       "`wavebench corpus build` (its alignments give FastSpeech 2 its durations; "
                       "features are computed or taken from DIR/features). Prints the losses; the "
                       "held-out mel loss measures utterances never trained on."));
    cl.addOption(QStringLiteral("model"),
                 QStringLiteral("fastspeech2, tacotron2, or vocoder (a mel-conditioned WaveNet)."),
                 QStringLiteral("NAME"), QStringLiteral("fastspeech2"));
    cl.addOption(QStringLiteral("corpus"), QStringLiteral("The corpus folder."),
                 QStringLiteral("DIR"));
    cl.addOption(QStringLiteral("o,output"),
                 QStringLiteral("The checkpoint to write (.safetensors)."), QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("steps"), QStringLiteral("Optimizer steps."), QStringLiteral("N"),
                 QStringLiteral("3000"));
    cl.addOption(QStringLiteral("batch"), QStringLiteral("Utterances per step."),
                 QStringLiteral("N"), QStringLiteral("16"));
    cl.addOption(QStringLiteral("lr"), QStringLiteral("Peak learning rate."), QStringLiteral("X"),
                 QStringLiteral("0.001"));
    cl.addOption(QStringLiteral("seed"),
                 QStringLiteral("Initialization, held-out split and batches."), QStringLiteral("S"),
                 QStringLiteral("1"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("LibTorch threads; 0 = its default."),
                 QStringLiteral("N"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("d-model"),
                 QStringLiteral("Model width (FastSpeech 2: 192; Tacotron 2: the encoder's, 256)."),
                 QStringLiteral("N"));
    cl.addOption(QStringLiteral("layers"),
                 QStringLiteral("FastSpeech 2: encoder and decoder blocks, each."),
                 QStringLiteral("N"), QStringLiteral("4"));
    cl.addOption(QStringLiteral("speaker-encoder"),
                 QStringLiteral("FastSpeech 2: train one model for every voice of the corpus, "
                                "conditioned on this speaker encoder's embedding of each utterance "
                                "(the model voice cloning uses)."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("init"),
                 QStringLiteral("FastSpeech 2: start from this model's weights (its shape; new layers "
                                "such as the speaker projection start fresh); steps count from 0."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("speaker-decoder"),
                 QStringLiteral("FastSpeech 2 with --speaker-encoder: also add the voice to every "
                                "frame before the decoder (a new layer that starts at zero)."));
    cl.addOption(QStringLiteral("reference-spectrum"),
                 QStringLiteral("FastSpeech 2 with --speaker-encoder: also give the model each "
                                "reference's long-term spectrum (its formants and tilt, level "
                                "removed) beside the embedding (new layers that start at zero)."));
    cl.addOption(QStringLiteral("reference-mix"),
                 QStringLiteral("FastSpeech 2 with --speaker-encoder: condition each utterance on "
                                "the mean embedding of 1 to N random utterances of its speaker, as "
                                "a clone's reference is (0: its own embedding)."),
                 QStringLiteral("N"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("speaker-loss"),
                 QStringLiteral("FastSpeech 2 with --speaker-encoder: weight W of the speaker-"
                                "consistency loss, 1 - cosine between the encoder's embedding of "
                                "each predicted mel and the voice asked for (0: off)."),
                 QStringLiteral("W"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("speaker-loss-encoder"),
                 QStringLiteral("FastSpeech 2 with --speaker-loss: let this speaker encoder listen "
                                "instead of --speaker-encoder (its own embeddings are the targets), "
                                "so the encoder that scores clones never trained the model."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("rnn"), QStringLiteral("Tacotron 2: the decoder's LSTM width."),
                 QStringLiteral("N"), QStringLiteral("256"));
    cl.addOption(QStringLiteral("reduction"),
                 QStringLiteral("Tacotron 2: frames per decoder step."), QStringLiteral("R"),
                 QStringLiteral("3"));
    cl.addOption(QStringLiteral("guided"),
                 QStringLiteral("Tacotron 2: weight of the guided-attention loss (0: off)."),
                 QStringLiteral("W"), QStringLiteral("1"));
    cl.addOption(QStringLiteral("channels"), QStringLiteral("Vocoder: WaveNet residual channels."),
                 QStringLiteral("N"), QStringLiteral("32"));
    cl.addOption(QStringLiteral("target-length"),
                 QStringLiteral("Vocoder: predicted samples per training crop."), QStringLiteral("N"),
                 QStringLiteral("1024"));
    cl.addOption(QStringLiteral("utterances"),
                 QStringLiteral("Vocoder: train on the first N utterances (0: all)."), QStringLiteral("N"),
                 QStringLiteral("0"));
    cl.addOption(QStringLiteral("export-data"),
                 QStringLiteral("Vocoder: write the training data (mu-law codes, normalized mel) to DIR "
                                "for scripts/gpu/train_wavenet_vocoder.py instead of training."),
                 QStringLiteral("DIR"));
    cl.addOption(QStringLiteral("resume"), QStringLiteral("Continue training this checkpoint."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("save-every"),
                 QStringLiteral("Also write the checkpoint every N steps (0: at the end only)."),
                 QStringLiteral("N"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("log-every"), QStringLiteral("Print the losses every N steps."),
                 QStringLiteral("N"), QStringLiteral("50"));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString model = cl.value(QStringLiteral("model"));
    if (model != QLatin1String("fastspeech2") && model != QLatin1String("tacotron2") &&
        model != QLatin1String("vocoder"))
        throw UsageError(
            QStringLiteral("unknown model '%1': fastspeech2, tacotron2 or vocoder").arg(model));
    if (cl.value(QStringLiteral("corpus")).isEmpty())
        throw UsageError(QStringLiteral("missing --corpus DIR"));
    TrainRun run;
    const bool exporting = model == QLatin1String("vocoder") && cl.isSet(QStringLiteral("export-data"));
    run.out = exporting ? QString() : cl.output();
    run.corpusName = cl.value(QStringLiteral("corpus")).toStdString();
    const int steps = cl.intValue(QStringLiteral("steps"), 1, 10000000);
    run.logEvery = cl.intValue(QStringLiteral("log-every"), 1, 10000000);
    if (model == QLatin1String("vocoder"))
        return trainVocoderCommand(cl, run, steps);
    return model == QLatin1String("tacotron2") ? trainTacotron2Command(cl, run, steps)
                                               : trainFastSpeech2Command(cl, run, steps);
}

} // namespace wb::cli
