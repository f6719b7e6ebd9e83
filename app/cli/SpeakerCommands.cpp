// `wavebench embed`, `speaker-eval` and `speaker train|info`: the GE2E speaker encoder.
#include "AudioClassifierTrainer.h"
#include "BundledModels.h"
#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"
#include "SpeakerEncoder.h"
#include "SpeakerCli.h"
#include "SpeakerEncoderTrainer.h"
#include "corpus/CorpusReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace wb::cli {

std::string speakerPathOf(const QString &p)
{
    return QFile::encodeName(p).toStdString();
}

void addEncoderOptions(CommandLine &cl)
{
    cl.addOption(QStringLiteral("model"),
                 QStringLiteral("A speaker encoder checkpoint; default: the shipped one."),
                 QStringLiteral("PATH"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("LibTorch threads; 0 = its default."),
                 QStringLiteral("N"), QStringLiteral("1"));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
}

SpeakerEncoder encoderOf(const CommandLine &cl, std::string *pathOut)
{
    setClassifierThreads(cl.intValue(QStringLiteral("threads"), 0, 256));
    const QString model = cl.value(QStringLiteral("model"));
    const std::string path = model.isEmpty() ? bundledModelPath(kBundledSpeakerEncoder) : speakerPathOf(model);
    if (pathOut)
        *pathOut = path;
    return SpeakerEncoder::load(path);
}

Corpus readCorpus(const QString &dir)
{
    if (dir.isEmpty())
        throw UsageError(QStringLiteral("--corpus DIR is required"));
    if (!QFileInfo(dir).isDir())
        throw wb::Error("'" + speakerPathOf(dir) + "' is not a folder");
    return CorpusReader::read(speakerPathOf(dir));
}

namespace {

const auto pathOf = speakerPathOf;

int embed(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("embed"),
                   QStringLiteral("Prints the speaker embedding of a recording: the speaker "
                                  "encoder's unit-length vector (the mean over 1.6 s windows), which "
                                  "voice cloning conditions on."));
    cl.addPositional(QStringLiteral("FILE"), QStringLiteral("Audio of one speaker."));
    addEncoderOptions(cl);
    if (!cl.parse(arguments))
        return ExitOk;
    QStringList files = cl.positionals(1);
    const SpeakerEncoder encoder = encoderOf(cl);
    std::vector<std::vector<float>> all;
    for (const QString &f : files)
        all.push_back(encoder.embedFile(pathOf(f)));
    const std::vector<float> e = averageEmbedding(all);
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray values;
        for (float v : e)
            values.append(double(v));
        QJsonArray names;
        for (const QString &f : files)
            names.append(f);
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("files"), names},
                                                             {QStringLiteral("dimension"), int(e.size())},
                                                             {QStringLiteral("embedding"), values}})
                                       .toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    QStringList values;
    for (float v : e)
        values << QString::number(double(v), 'f', 5);
    printOut(values.join(QLatin1Char(' ')));
    return ExitOk;
}

} // namespace

int runEmbed(const QStringList &arguments)
{
    return embed(arguments);
}

int runSpeakerEval(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("speaker-eval"),
                   QStringLiteral("Speaker verification on a corpus: embeds its utterances, scores "
                                  "every pair by cosine similarity and prints the equal error rate "
                                  "(where false accepts equal false rejects). Speakers the encoder "
                                  "was trained on are left out, so the figure is for unseen voices."));
    cl.addOption(QStringLiteral("corpus"), QStringLiteral("The corpus folder."), QStringLiteral("DIR"));
    cl.addOption(QStringLiteral("per-speaker"), QStringLiteral("Utterances per speaker; 0 = all."),
                 QStringLiteral("N"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("include-trained"),
                 QStringLiteral("Keep speakers the encoder was trained on."));
    cl.addOption(QStringLiteral("record"),
                 QStringLiteral("Write the measured equal error rate into the encoder checkpoint's notes "
                                "(the Voice Cloning tab shows it)."));
    addEncoderOptions(cl);
    if (!cl.parse(arguments))
        return ExitOk;
    const int perSpeaker = cl.intValue(QStringLiteral("per-speaker"), 0, 100000);
    Corpus corpus = readCorpus(cl.value(QStringLiteral("corpus")));
    std::string encoderPath;
    const SpeakerEncoder encoder = encoderOf(cl, &encoderPath);
    if (cl.isSet(QStringLiteral("record")) && cl.isSet(QStringLiteral("include-trained")))
        throw UsageError(QStringLiteral("--record stores a figure for unseen voices; it cannot be combined "
                                        "with --include-trained"));
    int dropped = 0;
    if (!cl.isSet(QStringLiteral("include-trained"))) {
        const auto trained = encoder.checkpoint().trainingSpeakers();
        std::vector<Utterance> kept;
        for (const auto &u : corpus.utterances)
            if (std::find(trained.begin(), trained.end(), u.speaker) == trained.end())
                kept.push_back(u);
            else
                ++dropped;
        corpus.utterances = std::move(kept);
        if (corpus.utterances.empty())
            throw wb::Error("every speaker of the corpus was in the encoder's training set; "
                            "--include-trained scores them anyway");
    }
    QElapsedTimer clock;
    clock.start();
    const SpeakerVerification v = evaluateSpeakerEncoder(encoder, corpus, perSpeaker);
    if (cl.isSet(QStringLiteral("record"))) {
        SpeakerEncoderCheckpoint c = encoder.checkpoint();
        c.notes["heldout_eer"] = std::to_string(v.eer);
        c.notes["heldout_speakers"] = std::to_string(v.speakers);
        c.notes["heldout_eer_trials"] = std::to_string(v.sameTrials + v.differentTrials);
        c.notes["heldout_eer_source"] = "speaker-eval, every pair of " + std::to_string(v.utterances) +
                                        " utterances";
        c.save(encoderPath);
    }
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(v.toJson())).object();
        o.insert(QStringLiteral("trained_utterances_left_out"), dropped);
        o.insert(QStringLiteral("seconds"), clock.elapsed() / 1000.0);
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    printOut(QStringLiteral("%1 speakers, %2 utterances (%3 of trained speakers left out): "
                            "%4 same-speaker and %5 different-speaker trials\n"
                            "equal error rate %6% at cosine similarity %7")
                 .arg(v.speakers)
                 .arg(v.utterances)
                 .arg(dropped)
                 .arg(v.sameTrials)
                 .arg(v.differentTrials)
                 .arg(v.eer * 100.0, 0, 'f', 2)
                 .arg(v.threshold, 0, 'f', 3));
    return ExitOk;
}

namespace {

int info(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("speaker info"), QStringLiteral("Describes a speaker encoder checkpoint."));
    addEncoderOptions(cl);
    if (!cl.parse(arguments))
        return ExitOk;
    const SpeakerEncoder encoder = encoderOf(cl);
    const SpeakerEncoderCheckpoint &c = encoder.checkpoint();
    QJsonObject notes;
    for (const auto &kv : c.notes)
        if (kv.first != "train_speakers")
            notes.insert(QString::fromStdString(kv.first), QString::fromStdString(kv.second));
    if (cl.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("network"), QString::fromStdString(c.config.describe())},
                                      {QStringLiteral("parameters"), double(c.parameterCount())},
                                      {QStringLiteral("training_speakers"), int(c.trainingSpeakers().size())},
                                      {QStringLiteral("notes"), notes}})
                .toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    QString text = QStringLiteral("%1, %2 parameters, trained on %3 speakers\n")
                       .arg(QString::fromStdString(c.config.describe()))
                       .arg(c.parameterCount())
                       .arg(c.trainingSpeakers().size());
    for (auto it = notes.begin(); it != notes.end(); ++it)
        text += QStringLiteral("  %1: %2\n").arg(it.key(), it.value().toString());
    printOut(text.trimmed());
    return ExitOk;
}

int train(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("speaker train"),
                   QStringLiteral("Trains the speaker encoder (a 3-layer LSTM of 256 units over 40 "
                                  "mel bands, projected to a 256-d unit embedding) with the GE2E "
                                  "softmax loss on a multi-speaker corpus; --heldout names a corpus "
                                  "of other speakers whose equal error rate is reported as it trains."));
    cl.addOption(QStringLiteral("corpus"), QStringLiteral("The training corpus."), QStringLiteral("DIR"));
    cl.addOption(QStringLiteral("heldout"), QStringLiteral("A corpus of speakers kept out of training."),
                 QStringLiteral("DIR"));
    cl.addOption(QStringLiteral("o,output"), QStringLiteral("The checkpoint to write."), QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("steps"), QStringLiteral("Training steps."), QStringLiteral("N"),
                 QStringLiteral("1000"));
    cl.addOption(QStringLiteral("speakers"), QStringLiteral("Speakers per batch (GE2E's N)."),
                 QStringLiteral("N"), QStringLiteral("16"));
    cl.addOption(QStringLiteral("utterances"), QStringLiteral("Utterances per speaker (GE2E's M)."),
                 QStringLiteral("M"), QStringLiteral("8"));
    cl.addOption(QStringLiteral("crop"), QStringLiteral("Training window, frames of 10 ms."),
                 QStringLiteral("N"), QStringLiteral("160"));
    cl.addOption(QStringLiteral("hidden"), QStringLiteral("LSTM units."), QStringLiteral("N"),
                 QStringLiteral("256"));
    cl.addOption(QStringLiteral("layers"), QStringLiteral("LSTM layers."), QStringLiteral("N"),
                 QStringLiteral("3"));
    cl.addOption(QStringLiteral("embedding"), QStringLiteral("Embedding size."), QStringLiteral("N"),
                 QStringLiteral("256"));
    cl.addOption(QStringLiteral("lr"), QStringLiteral("Adam's learning rate."), QStringLiteral("X"),
                 QStringLiteral("0.001"));
    cl.addOption(QStringLiteral("eval-every"), QStringLiteral("Held-out EER every N steps."),
                 QStringLiteral("N"), QStringLiteral("100"));
    cl.addOption(QStringLiteral("save-every"), QStringLiteral("Write the checkpoint every N steps too."),
                 QStringLiteral("N"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("resume"), QStringLiteral("Continue from this checkpoint."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("seed"), QStringLiteral("Initialization and batches."),
                 QStringLiteral("S"), QStringLiteral("1"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("LibTorch threads; 0 = its default."),
                 QStringLiteral("N"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON object at the end."));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString out = cl.output();
    const bool json = cl.isSet(QStringLiteral("json"));
    SpeakerTrainOptions o;
    o.steps = cl.intValue(QStringLiteral("steps"), 1, 10000000);
    o.speakersPerBatch = cl.intValue(QStringLiteral("speakers"), 2, 256);
    o.utterancesPerSpeaker = cl.intValue(QStringLiteral("utterances"), 2, 64);
    o.cropFrames = cl.intValue(QStringLiteral("crop"), 10, 1000);
    o.config.hidden = cl.intValue(QStringLiteral("hidden"), 4, 1024);
    o.config.layers = cl.intValue(QStringLiteral("layers"), 1, 6);
    o.config.embedding = cl.intValue(QStringLiteral("embedding"), 2, 1024);
    o.learningRate = cl.doubleValue(QStringLiteral("lr"), 1e-7, 0.5);
    o.evaluateEvery = cl.intValue(QStringLiteral("eval-every"), 0, 10000000);
    o.saveEvery = cl.intValue(QStringLiteral("save-every"), 0, 10000000);
    o.seed = std::uint64_t(cl.intValue(QStringLiteral("seed"), 0, 2147483647));
    o.threads = cl.intValue(QStringLiteral("threads"), 0, 256);
    o.features.windowFrames = std::max(o.cropFrames, 10);
    o.features.windowStep = std::max(1, o.cropFrames / 2);
    SpeakerEncoderCheckpoint resumed;
    if (cl.isSet(QStringLiteral("resume"))) {
        resumed = SpeakerEncoderCheckpoint::load(pathOf(cl.value(QStringLiteral("resume"))));
        o.config = resumed.config;
        o.features = resumed.features;
        o.resume = &resumed;
    }
    const Corpus corpus = readCorpus(cl.value(QStringLiteral("corpus")));
    QElapsedTimer clock;
    clock.start();
    const SpeakerFrames train = SpeakerFrames::fromCorpus(corpus, o.features);
    SpeakerFrames heldOut;
    if (cl.isSet(QStringLiteral("heldout")))
        heldOut = SpeakerFrames::fromCorpus(readCorpus(cl.value(QStringLiteral("heldout"))), o.features);
    if (!json)
        printOut(QStringLiteral("%1 utterances of %2 speakers (%3 held-out speakers), read in %4 s")
                     .arg(train.utteranceCount())
                     .arg(train.speakers.size())
                     .arg(heldOut.speakers.size())
                     .arg(clock.elapsed() / 1000.0, 0, 'f', 1));
    const std::string outPath = pathOf(out);
    o.onSave = [&](const SpeakerEncoderCheckpoint &c) { c.save(outPath); };
    double lastLoss = 0.0;
    const SpeakerEncoderCheckpoint c = trainSpeakerEncoder(train, heldOut, o, {}, [&](const SpeakerTrainStep &s) {
        lastLoss = s.loss;
        if (json || (s.step % 10 != 0 && s.heldOutEer < 0 && s.step != s.steps))
            return;
        printOut(QStringLiteral("step %1/%2  GE2E loss %3%4  %5 s")
                     .arg(s.step)
                     .arg(s.steps)
                     .arg(s.loss, 0, 'f', 4)
                     .arg(s.heldOutEer >= 0 ? QStringLiteral("  held-out EER %1%").arg(s.heldOutEer * 100.0, 0, 'f', 2)
                                            : QString())
                     .arg(s.seconds, 0, 'f', 0));
    });
    c.save(outPath);
    const auto eer = c.notes.find("heldout_eer");
    if (json) {
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("output"), out},
                                      {QStringLiteral("steps"), QString::fromStdString(c.notes.at("steps")).toInt()},
                                      {QStringLiteral("loss"), lastLoss},
                                      {QStringLiteral("heldout_eer"), eer == c.notes.end() ? QJsonValue()
                                                                                           : QJsonValue(std::stod(eer->second))},
                                      {QStringLiteral("speakers"), int(c.trainingSpeakers().size())},
                                      {QStringLiteral("seconds"), clock.elapsed() / 1000.0}})
                .toJson(QJsonDocument::Compact)));
    } else {
        printOut(QStringLiteral("wrote %1").arg(out));
    }
    return ExitOk;
}

} // namespace

int runSpeaker(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("train"))
        return train(rest);
    if (sub == QLatin1String("info"))
        return info(rest);
    if (sub == QLatin1String("clone-eval"))
        return runCloneEval(rest);
    if (sub == QLatin1String("map"))
        return runSpeakerMap(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printOut(QStringLiteral("Usage: wavebench speaker <train|info|map|clone-eval> [options]\n"
                                "  train       train the speaker encoder (GE2E) on a multi-speaker corpus\n"
                                "  info        describe a speaker encoder checkpoint\n"
                                "  map         embeddings of corpus speakers, for the embedding explorer\n"
                                "  clone-eval  how often clones are closest to their own (unseen) speaker\n"
                                "See also `wavebench embed` and `wavebench speaker-eval`."));
        return ExitOk;
    }
    if (sub.isEmpty())
        throw UsageError(QStringLiteral("missing subcommand: train, info, map or clone-eval (see --help)"));
    throw UsageError(QStringLiteral("unknown subcommand '%1': train, info, map or clone-eval").arg(sub));
}

} // namespace wb::cli
