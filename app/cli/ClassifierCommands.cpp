// `wavebench classify` and `wavebench classifier train|evaluate|kws-data`: audio classification.
#include "AudioClassifier.h"
#include "AudioClassifierTrainer.h"
#include "BundledModels.h"
#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"
#include "corpus/KeywordClips.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace wb::cli {

namespace {

std::string pathOf(const QString &p)
{
    return QFile::encodeName(p).toStdString();
}

/** "kws" (the shipped keyword model) or a checkpoint path. */
std::shared_ptr<AudioClassifier> loadModel(const QString &model)
{
    if (model.isEmpty() || model == QLatin1String("kws"))
        return AudioClassifier::load(bundledModelPath(kBundledKeywordModel));
    return AudioClassifier::load(pathOf(model));
}

/** --model, --threads and --json, as classify and classifier evaluate take them. */
void addModelOptions(CommandLine &cl)
{
    cl.addOption(QStringLiteral("model"), QStringLiteral("kws or a checkpoint (.safetensors)."),
                 QStringLiteral("kws|PATH"), QStringLiteral("kws"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("LibTorch threads; 0 = its default."),
                 QStringLiteral("N"), QStringLiteral("1"));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
}

/** Sets the LibTorch threads and loads --model. */
std::shared_ptr<AudioClassifier> modelOf(const CommandLine &cl)
{
    setClassifierThreads(cl.intValue(QStringLiteral("threads"), 0, 256));
    return loadModel(cl.value(QStringLiteral("model")));
}

/**
 * Keeps a held-out evaluation in a checkpoint's notes, which the Classifier page shows: the
 * accuracy, the confusion matrix, the folder's name and, for a folder from `classifier
 * kws-data`, its held-out voices (named in keywords.json beside it).
 */
void recordHeldOut(AudioClassifierCheckpoint &ckpt, const ClassifierEvaluation &e, const QString &testDir)
{
    ckpt.notes["heldout_accuracy"] = std::to_string(e.accuracy());
    ckpt.notes["heldout_confusion"] = e.toJson();
    const QFileInfo test(QDir::cleanPath(testDir));
    ckpt.notes["heldout_set"] = pathOf(test.dir().dirName() + QLatin1Char('/') + test.fileName());
    ckpt.notes.erase("heldout_voices");
    QFile info(test.absoluteDir().filePath(QStringLiteral("keywords.json")));
    if (info.open(QIODevice::ReadOnly)) {
        QStringList voices;
        for (const auto &v : QJsonDocument::fromJson(info.readAll()).object().value(QStringLiteral("test_voices")).toArray())
            voices << v.toString();
        if (!voices.isEmpty())
            ckpt.notes["heldout_voices"] = voices.join(QLatin1Char(',')).toStdString();
    }
}

QString percent(double v)
{
    return std::isfinite(v) ? QStringLiteral("%1%").arg(v * 100.0, 0, 'f', 1) : QStringLiteral("-");
}

/** The confusion matrix as text: a row per true class, a column per predicted class. */
QString confusionTable(const ClassifierEvaluation &e)
{
    int width = 6;
    for (const auto &n : e.classNames)
        width = std::max(width, int(n.size()) + 1);
    QString t = QStringLiteral("%1").arg(QStringLiteral("true\\pred"), -width);
    for (const auto &n : e.classNames)
        t += QStringLiteral("%1").arg(QString::fromStdString(n), width);
    t += QStringLiteral("%1%2\n").arg(QStringLiteral("recall"), 9).arg(QStringLiteral("precision"), 11);
    for (std::size_t i = 0; i < e.confusion.size(); ++i) {
        t += QStringLiteral("%1").arg(QString::fromStdString(e.classNames[i]), -width);
        for (int v : e.confusion[i])
            t += QStringLiteral("%1").arg(v, width);
        t += QStringLiteral("%1%2\n").arg(percent(e.recall(int(i))), 9).arg(percent(e.precision(int(i))), 11);
    }
    t += QStringLiteral("accuracy %1 of %2 clips").arg(percent(e.accuracy())).arg(e.total());
    return t;
}

QJsonObject evaluationJson(const ClassifierEvaluation &e)
{
    QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(e.toJson())).object();
    o.insert(QStringLiteral("accuracy"), e.accuracy());
    o.insert(QStringLiteral("clips"), e.total());
    return o;
}

int classify(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("classify"),
                   QStringLiteral("Classifies an audio file with an audio classifier: the shipped "
                                  "keyword model (kws: yes, no, up, down, left, right, on, off, "
                                  "stop, go, unknown, silence) or a checkpoint from `wavebench "
                                  "classifier train`. A file longer than the model's clip (1 s) is "
                                  "scored on its loudest second."));
    cl.addPositional(QStringLiteral("FILE"), QStringLiteral("The audio file."));
    addModelOptions(cl);
    if (!cl.parse(arguments))
        return ExitOk;
    const QString file = cl.positionals(1).at(0);
    const auto model = modelOf(cl);
    const ClassifierScores s = model->classifyFile(pathOf(file));
    const auto &names = model->classNames();
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject probabilities;
        for (std::size_t i = 0; i < names.size(); ++i)
            probabilities.insert(QString::fromStdString(names[i]), double(s.probabilities[i]));
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                      {QStringLiteral("class"), QString::fromStdString(names[std::size_t(s.top)])},
                                      {QStringLiteral("probability"), double(s.probabilities[std::size_t(s.top)])},
                                      {QStringLiteral("probabilities"), probabilities}})
                .toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    std::vector<std::size_t> order(names.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return s.probabilities[a] > s.probabilities[b]; });
    QString text = QStringLiteral("%1: %2\n").arg(file, QString::fromStdString(names[std::size_t(s.top)]));
    for (std::size_t i : order)
        text += QStringLiteral("  %1 %2\n")
                    .arg(QString::fromStdString(names[i]), -10)
                    .arg(double(s.probabilities[i]), 6, 'f', 3);
    printOut(text.trimmed());
    return ExitOk;
}

ClassifierDataset loadFolder(const QString &dir, const ClassifierFeatures &features, bool quiet)
{
    QElapsedTimer clock;
    clock.start();
    ClassifierDataset data = ClassifierDataset::fromFolder(pathOf(dir), features);
    if (!quiet) {
        QStringList counts;
        const auto n = data.counts();
        for (std::size_t i = 0; i < n.size(); ++i)
            counts << QStringLiteral("%1 %2").arg(QString::fromStdString(data.classNames[i])).arg(n[i]);
        printOut(QStringLiteral("%1: %2 clips in %3 classes (%4), read in %5 s%6")
                     .arg(dir)
                     .arg(data.examples.size())
                     .arg(data.classNames.size())
                     .arg(counts.join(QStringLiteral(", ")))
                     .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                     .arg(data.problems.empty() ? QString()
                                                : QStringLiteral("; %1 unreadable (first: %2)")
                                                      .arg(data.problems.size())
                                                      .arg(QString::fromStdString(data.problems[0]))));
    }
    if (data.examples.empty())
        throw wb::Error("'" + pathOf(dir) + "' has no readable audio files");
    return data;
}

int train(const QStringList &arguments)
{
    CommandLine cl(
        QStringLiteral("classifier train"),
        QStringLiteral("Trains an audio classifier (three conv blocks of 32, 64 and 128 channels on "
                       "a 40-band log-mel of 1 s at 16 kHz, global average pooling, 256 hidden "
                       "units with dropout 0.3) on DIR, one subfolder of audio files per class. "
                       "Class-balanced batches, time-shift/gain/noise augmentation, early stopping "
                       "on a validation split; --test scores a held-out set at the end."));
    cl.addPositional(QStringLiteral("DIR"), QStringLiteral("One subfolder per class."));
    cl.addOption(QStringLiteral("o,output"), QStringLiteral("The checkpoint to write (.safetensors)."),
                 QStringLiteral("MODEL"));
    cl.addOption(QStringLiteral("test"), QStringLiteral("A held-out folder of the same classes."),
                 QStringLiteral("DIR"));
    cl.addOption(QStringLiteral("epochs"), QStringLiteral("At most this many epochs."),
                 QStringLiteral("N"), QStringLiteral("40"));
    cl.addOption(QStringLiteral("patience"),
                 QStringLiteral("Stop after N epochs without a better validation loss."),
                 QStringLiteral("N"), QStringLiteral("6"));
    cl.addOption(QStringLiteral("batch"), QStringLiteral("Clips per step."), QStringLiteral("N"),
                 QStringLiteral("32"));
    cl.addOption(QStringLiteral("lr"), QStringLiteral("Adam's learning rate."), QStringLiteral("X"),
                 QStringLiteral("0.001"));
    cl.addOption(QStringLiteral("validation"), QStringLiteral("Fraction of each class held for validation."),
                 QStringLiteral("X"), QStringLiteral("0.15"));
    cl.addOption(QStringLiteral("channels"), QStringLiteral("The conv blocks' channels, C1,C2,C3."),
                 QStringLiteral("LIST"), QStringLiteral("32,64,128"));
    cl.addOption(QStringLiteral("hidden"), QStringLiteral("Hidden units."), QStringLiteral("N"),
                 QStringLiteral("256"));
    cl.addOption(QStringLiteral("no-augment"), QStringLiteral("Train on the clips as they are."));
    cl.addOption(QStringLiteral("band-mean"),
                 QStringLiteral("Subtract each mel band's mean over the clip from the log-mel (cepstral mean "
                                "normalization: less of the voice's and the microphone's colouring)."));
    cl.addOption(QStringLiteral("spec-augment"),
                 QStringLiteral("SpecAugment: F frequency masks (up to 6 of the mel bands each) and "
                                "T time masks (up to 12 frames each) on every training log-mel."),
                 QStringLiteral("F,T"), QStringLiteral("0,0"));
    cl.addOption(QStringLiteral("vtlp"),
                 QStringLiteral("Vocal tract length perturbation: each training log-mel's frequency axis "
                                "stretched by a random factor in 1 ± X (0 = off)."),
                 QStringLiteral("X"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("seed"), QStringLiteral("Initialization, split and batches."),
                 QStringLiteral("S"), QStringLiteral("1"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("LibTorch threads; 0 = its default."),
                 QStringLiteral("N"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("note"), QStringLiteral("KEY=VALUE stored in the checkpoint's notes."),
                 QStringLiteral("KEY=VALUE"));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON object at the end."));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString dir = cl.positionals(1).at(0);
    const QString out = cl.output();
    const bool json = cl.isSet(QStringLiteral("json"));
    ClassifierTrainOptions o;
    o.maxEpochs = cl.intValue(QStringLiteral("epochs"), 1, 100000);
    o.patience = cl.intValue(QStringLiteral("patience"), 1, 100000);
    o.batchSize = cl.intValue(QStringLiteral("batch"), 1, 4096);
    o.learningRate = cl.doubleValue(QStringLiteral("lr"), 1e-6, 1.0);
    o.validationFraction = cl.doubleValue(QStringLiteral("validation"), 0.0, 0.8);
    o.seed = std::uint64_t(cl.intValue(QStringLiteral("seed"), 0, 2147483647));
    o.threads = cl.intValue(QStringLiteral("threads"), 0, 256);
    o.augment = !cl.isSet(QStringLiteral("no-augment"));
    o.features.bandMean = cl.isSet(QStringLiteral("band-mean"));
    o.vtlp = cl.doubleValue(QStringLiteral("vtlp"), 0.0, 0.3);
    {
        const QStringList masks = cl.value(QStringLiteral("spec-augment")).split(QLatin1Char(','));
        bool okF = false, okT = false;
        if (masks.size() == 2) {
            o.freqMasks = masks[0].trimmed().toInt(&okF);
            o.timeMasks = masks[1].trimmed().toInt(&okT);
        }
        if (!okF || !okT || o.freqMasks < 0 || o.timeMasks < 0 || o.freqMasks > 8 || o.timeMasks > 8)
            throw UsageError(QStringLiteral("--spec-augment takes two counts 0-8, F,T (e.g. 2,2)"));
    }
    o.config.hidden = cl.intValue(QStringLiteral("hidden"), 1, 4096);
    const QStringList channels = cl.value(QStringLiteral("channels")).split(QLatin1Char(','));
    bool ok = channels.size() == 3;
    int c[3] = {0, 0, 0};
    for (int i = 0; ok && i < 3; ++i) {
        c[i] = channels[i].trimmed().toInt(&ok);
        ok = ok && c[i] >= 1 && c[i] <= 1024;
    }
    if (!ok)
        throw UsageError(QStringLiteral("--channels takes three counts 1-1024, e.g. 32,64,128"));
    o.config.channels1 = c[0];
    o.config.channels2 = c[1];
    o.config.channels3 = c[2];
    QString noteKey, noteValue;
    if (cl.isSet(QStringLiteral("note"))) {
        const QString note = cl.value(QStringLiteral("note"));
        const int eq = note.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw UsageError(QStringLiteral("--note takes KEY=VALUE"));
        noteKey = note.left(eq);
        noteValue = note.mid(eq + 1);
    }
    if (!QFileInfo(dir).isDir())
        throw wb::Error("'" + pathOf(dir) + "' is not a folder");
    const QString testDir = cl.value(QStringLiteral("test"));

    const ClassifierDataset data = loadFolder(dir, o.features, json);
    QElapsedTimer clock;
    clock.start();
    ClassifierTrainResult r = trainAudioClassifier(data, o, {}, [&](const ClassifierEpoch &e) {
        if (!json)
            printOut(QStringLiteral("epoch %1/%2  loss %3  accuracy %4  validation loss %5  "
                                    "accuracy %6%7  %8 s")
                         .arg(e.epoch)
                         .arg(e.maxEpochs)
                         .arg(e.trainLoss, 0, 'f', 4)
                         .arg(percent(e.trainAccuracy))
                         .arg(e.validationLoss, 0, 'f', 4)
                         .arg(percent(e.validationAccuracy))
                         .arg(e.best ? QStringLiteral("  *") : QString())
                         .arg(clock.elapsed() / 1000.0, 0, 'f', 1));
    });
    AudioClassifierCheckpoint &ckpt = r.checkpoint;
    ckpt.notes["trained_on"] = pathOf(QFileInfo(dir).fileName());
    ckpt.notes["trained_at"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    if (!noteKey.isEmpty())
        ckpt.notes[noteKey.toStdString()] = noteValue.toStdString();
    if (!json)
        printOut(QStringLiteral("best epoch %1 of %2%3; on the %4 set:\n%5")
                     .arg(r.bestEpoch)
                     .arg(r.epochs)
                     .arg(r.stoppedEarly ? QStringLiteral(" (stopped early)") : QString())
                     .arg(r.evaluatedOnTraining ? QStringLiteral("training") : QStringLiteral("validation"))
                     .arg(confusionTable(r.evaluation)));
    QJsonObject result{{QStringLiteral("output"), out},
                       {QStringLiteral("epochs"), r.epochs},
                       {QStringLiteral("best_epoch"), r.bestEpoch},
                       {QStringLiteral("seconds"), r.seconds},
                       {QStringLiteral("parameters"), double(ckpt.parameterCount())},
                       {QStringLiteral("validation"), evaluationJson(r.evaluation)}};
    if (!testDir.isEmpty()) {
        const ClassifierDataset test = loadFolder(testDir, o.features, json);
        const AudioClassifier model(ckpt);
        const ClassifierEvaluation e = evaluateClassifier(model, test);
        recordHeldOut(ckpt, e, testDir);
        result.insert(QStringLiteral("heldout"), evaluationJson(e));
        if (!json)
            printOut(QStringLiteral("held-out set %1:\n%2").arg(testDir, confusionTable(e)));
    }
    ckpt.save(pathOf(out));
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    else
        printOut(QStringLiteral("wrote %1 (%2 parameters, %3 classes, %4 min)")
                     .arg(out)
                     .arg(ckpt.parameterCount())
                     .arg(ckpt.classNames.size())
                     .arg(r.seconds / 60.0, 0, 'f', 1));
    return ExitOk;
}

int evaluate(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("classifier evaluate"),
                   QStringLiteral("Scores a classifier on DIR (one subfolder per class): accuracy, "
                                  "the confusion matrix, per-class recall and precision."));
    cl.addPositional(QStringLiteral("DIR"), QStringLiteral("One subfolder per class."));
    addModelOptions(cl);
    cl.addOption(QStringLiteral("record"),
                 QStringLiteral("Keep the result in the checkpoint's notes as its held-out accuracy and "
                                "confusion matrix (what the Classifier page shows); needs a PATH --model."));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString dir = cl.positionals(1).at(0);
    const bool record = cl.isSet(QStringLiteral("record"));
    const QString modelName = cl.value(QStringLiteral("model"));
    if (record && (modelName.isEmpty() || modelName == QLatin1String("kws")))
        throw UsageError(QStringLiteral("--record writes into the checkpoint: give its path with --model"));
    const auto model = modelOf(cl);
    const bool json = cl.isSet(QStringLiteral("json"));
    const ClassifierDataset data = loadFolder(dir, model->checkpoint().features, json);
    const ClassifierEvaluation e = evaluateClassifier(*model, data);
    if (record) {
        AudioClassifierCheckpoint ckpt = AudioClassifierCheckpoint::load(pathOf(modelName));
        recordHeldOut(ckpt, e, dir);
        ckpt.save(pathOf(modelName));
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(evaluationJson(e)).toJson(QJsonDocument::Compact)));
    else
        printOut(confusionTable(e));
    return ExitOk;
}

int kwsData(const QStringList &arguments)
{
    CommandLine cl(
        QStringLiteral("classifier kws-data"),
        QStringLiteral("Makes the keyword-spotting data set from the local synthesizers: 1 s clips "
                       "at 16 kHz of yes, no, up, down, left, right, on, off, stop, go, other words "
                       "(unknown) and quiet noise (silence), in DIR/train/<class>/ and "
                       "DIR/test/<class>/. The test voices never speak in train."));
    cl.addOption(QStringLiteral("o,output"), QStringLiteral("The folder to create (new or empty)."),
                 QStringLiteral("DIR"));
    cl.addOption(QStringLiteral("voices"),
                 QStringLiteral("Training voices, comma-separated (see `wavebench corpus voices`); "
                                "default: %1 flite and espeak-ng voices.")
                     .arg(keywordTrainVoices().size()),
                 QStringLiteral("LIST"));
    cl.addOption(QStringLiteral("test-voices"),
                 QStringLiteral("Held-out voices; default: flite awb (three speakers) and "
                                "espeak-ng en-us m4, m7, f3, f4."),
                 QStringLiteral("LIST"));
    cl.addOption(QStringLiteral("takes"), QStringLiteral("Renditions per word and training voice."),
                 QStringLiteral("N"), QStringLiteral("5"));
    cl.addOption(QStringLiteral("test-takes"), QStringLiteral("Renditions per word and test voice."),
                 QStringLiteral("N"), QStringLiteral("3"));
    cl.addOption(QStringLiteral("seed"), QStringLiteral("Variants, levels, offsets and noise."),
                 QStringLiteral("S"), QStringLiteral("1"));
    if (!cl.parse(arguments))
        return ExitOk;
    KeywordDataOptions o;
    o.outDir = pathOf(cl.output());
    o.trainTakes = cl.intValue(QStringLiteral("takes"), 1, 100);
    o.testTakes = cl.intValue(QStringLiteral("test-takes"), 1, 100);
    o.seed = unsigned(cl.intValue(QStringLiteral("seed"), 0, 2147483647));
    const auto voices = [&](const QString &option) {
        std::vector<VoiceSpec> list;
        for (const QString &v : cl.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts))
            list.push_back(VoiceSpec::parse(v.trimmed().toStdString()));
        return list;
    };
    o.trainVoices = voices(QStringLiteral("voices"));
    o.testVoices = voices(QStringLiteral("test-voices"));
    int shown = -1;
    const KeywordDataReport r = buildKeywordData(o, [&](double f) {
        if (int(f * 10) != shown) {
            shown = int(f * 10);
            printOut(QStringLiteral("%1%").arg(shown * 10));
        }
        return true;
    });
    printOut(QStringLiteral("wrote %1: %2 training clips, %3 test clips in %4 s%5")
                 .arg(cl.output())
                 .arg(r.trainClips)
                 .arg(r.testClips)
                 .arg(r.wallSeconds, 0, 'f', 1)
                 .arg(r.problems.empty() ? QString()
                                         : QStringLiteral("; %1 skipped (first: %2)")
                                               .arg(r.problems.size())
                                               .arg(QString::fromStdString(r.problems[0]))));
    return ExitOk;
}

} // namespace

int runClassify(const QStringList &arguments)
{
    return classify(arguments);
}

int runClassifier(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("train"))
        return train(arguments.mid(1));
    if (sub == QLatin1String("evaluate"))
        return evaluate(arguments.mid(1));
    if (sub == QLatin1String("kws-data"))
        return kwsData(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub.isEmpty()) {
        printOut(QStringLiteral(
            "Usage: wavebench classifier train DIR -o MODEL [--test DIR] [options]\n"
            "       wavebench classifier evaluate DIR [--model kws|PATH] [--json]\n"
            "       wavebench classifier kws-data -o DIR [--voices LIST] [--takes N]\n"
            "`wavebench classifier <subcommand> --help` describes each."));
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    throw UsageError(QStringLiteral("unknown subcommand '%1': train, evaluate or kws-data").arg(sub));
}

} // namespace wb::cli
