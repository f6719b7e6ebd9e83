// `wavebench tts`: text to speech with FastSpeech 2 and Griffin-Lim, and `tts train`.
#include "AudioFile.h"
#include "BundledModels.h"
#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"
#include "FastSpeech2Trainer.h"
#include "TextToSpeech.h"
#include "TtsDataset.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <iterator>

namespace wb::cli {

namespace {

std::string pathOf(const QString &p)
{
    return QFile::encodeName(p).toStdString();
}

void checkModel(const QString &model)
{
    if (model == QLatin1String("tacotron2"))
        throw wb::Error("the Tacotron 2 model is not built yet; use --model fastspeech2");
    if (model != QLatin1String("fastspeech2"))
        throw UsageError(
            QStringLiteral("unknown model '%1': fastspeech2 (tacotron2 is not built yet)")
                .arg(model));
}

int ttsTrain(const QStringList &arguments)
{
    CommandLine cl(
        QStringLiteral("tts train"),
        QStringLiteral("Trains a FastSpeech 2 acoustic model on a corpus made by `wavebench corpus "
                       "build` (its alignments give the durations; features are computed or taken "
                       "from DIR/features). Prints the losses; the held-out mel loss measures "
                       "utterances never trained on."));
    cl.addOption(QStringLiteral("model"), QStringLiteral("fastspeech2."), QStringLiteral("NAME"),
                 QStringLiteral("fastspeech2"));
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
    cl.addOption(QStringLiteral("d-model"), QStringLiteral("Model width."), QStringLiteral("N"),
                 QStringLiteral("192"));
    cl.addOption(QStringLiteral("layers"), QStringLiteral("Encoder and decoder blocks, each."),
                 QStringLiteral("N"), QStringLiteral("4"));
    cl.addOption(QStringLiteral("resume"), QStringLiteral("Continue training this checkpoint."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("save-every"),
                 QStringLiteral("Also write the checkpoint every N steps (0: at the end only)."),
                 QStringLiteral("N"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("log-every"), QStringLiteral("Print the losses every N steps."),
                 QStringLiteral("N"), QStringLiteral("50"));
    if (!cl.parse(arguments))
        return ExitOk;
    checkModel(cl.value(QStringLiteral("model")));
    if (cl.value(QStringLiteral("corpus")).isEmpty())
        throw UsageError(QStringLiteral("missing --corpus DIR"));
    const QString out = cl.output();
    FastSpeech2TrainOptions o;
    o.steps = cl.intValue(QStringLiteral("steps"), 1, 10000000);
    o.batchSize = cl.intValue(QStringLiteral("batch"), 1, 256);
    o.learningRate = cl.doubleValue(QStringLiteral("lr"), 1e-6, 0.5);
    o.seed = std::uint64_t(cl.intValue(QStringLiteral("seed"), 0, 2147483647));
    o.threads = cl.intValue(QStringLiteral("threads"), 0, 256);
    o.config.dModel = cl.intValue(QStringLiteral("d-model"), 16, 1024);
    o.config.heads = o.config.dModel % 2 == 0 ? 2 : 1;
    o.config.encoderLayers = o.config.decoderLayers = cl.intValue(QStringLiteral("layers"), 1, 12);
    o.config.predictorFilter = o.config.dModel;
    o.config.ffnFilter = std::max(16, o.config.dModel * 8 / 3);
    const int saveEvery = cl.intValue(QStringLiteral("save-every"), 0, 10000000);
    const int logEvery = cl.intValue(QStringLiteral("log-every"), 1, 10000000);
    FastSpeech2Checkpoint resume;
    const bool resuming = !cl.value(QStringLiteral("resume")).isEmpty();
    if (resuming)
        resume = FastSpeech2Checkpoint::load(pathOf(cl.value(QStringLiteral("resume"))));

    QElapsedTimer clock;
    clock.start();
    const TtsDataset data = TtsDataset::load(pathOf(cl.value(QStringLiteral("corpus"))));
    printOut(QStringLiteral("corpus: %1 utterances ready in %2 s%3")
                 .arg(data.items.size())
                 .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(data.problems.empty()
                          ? QString()
                          : QStringLiteral(", %1 skipped (first: %2)")
                                .arg(data.problems.size())
                                .arg(QString::fromStdString(data.problems.front()))));
    clock.restart();
    double sum = 0.0;
    int count = 0;
    o.checkpointEvery = saveEvery;
    const std::string corpusName = cl.value(QStringLiteral("corpus")).toStdString();
    const auto save = [&](FastSpeech2Checkpoint c) {
        c.notes["corpus"] = corpusName;
        c.save(pathOf(out));
        return c;
    };
    const FastSpeech2Checkpoint current = save(trainFastSpeech2(
        data, o, {},
        [&](const FastSpeech2Step &s) {
            sum += s.loss;
            ++count;
            if (s.step % logEvery == 0 || s.step == o.steps || s.validated)
                printOut(QStringLiteral("step %1/%2  loss %3 (mean %4)  mel %5  dur %6  pitch %7  "
                                        "energy %8%9  %10 s")
                             .arg(s.step)
                             .arg(o.steps)
                             .arg(s.loss, 0, 'f', 4)
                             .arg(sum / count, 0, 'f', 4)
                             .arg(s.mel, 0, 'f', 4)
                             .arg(s.duration, 0, 'f', 4)
                             .arg(s.pitch, 0, 'f', 4)
                             .arg(s.energy, 0, 'f', 4)
                             .arg(s.validated ? QStringLiteral("  held-out mel %1")
                                                    .arg(s.validationMel, 0, 'f', 4)
                                              : QString())
                             .arg(clock.elapsed() / 1000.0, 0, 'f', 1));
            if (s.step % logEvery == 0) {
                sum = 0.0;
                count = 0;
            }
        },
        resuming ? &resume : nullptr, [&](const FastSpeech2Checkpoint &c) { save(c); }));
    printOut(QStringLiteral("wrote %1 (%2 parameters, %3 steps in all, %4 min)")
                 .arg(out)
                 .arg(current.parameterCount())
                 .arg(QString::fromStdString(current.notes.at("steps")))
                 .arg(clock.elapsed() / 60000.0, 0, 'f', 1));
    return ExitOk;
}

QJsonArray floats(const std::vector<float> &v)
{
    QJsonArray a;
    for (float x : v)
        a.append(std::round(double(x) * 100.0) / 100.0);
    return a;
}

int ttsSpeak(const QStringList &arguments)
{
    CommandLine cl(
        QStringLiteral("tts"),
        QStringLiteral(
            "Speaks English text: text front-end -> FastSpeech 2 -> log-mel -> Griffin-Lim "
            "-> audio. With --json, prints every stage (normalized text, symbols, "
            "predicted durations, pitch and energy) and the time each took."));
    cl.addPositional(QStringLiteral("TEXT"), QStringLiteral("The text (or use --text-file)."));
    cl.addOption(QStringLiteral("text-file"),
                 QStringLiteral("Read a long text from FILE (UTF-8), sentence by sentence."),
                 QStringLiteral("FILE"));
    cl.addOption(QStringLiteral("o,output"), QStringLiteral("The WAV or FLAC file to write."),
                 QStringLiteral("OUT"));
    cl.addOption(QStringLiteral("model"), QStringLiteral("fastspeech2."), QStringLiteral("NAME"),
                 QStringLiteral("fastspeech2"));
    cl.addOption(QStringLiteral("checkpoint"),
                 QStringLiteral("A FastSpeech 2 checkpoint; default: the shipped one."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("vocoder"), QStringLiteral("griffinlim."), QStringLiteral("NAME"),
                 QStringLiteral("griffinlim"));
    cl.addOption(QStringLiteral("speed"), QStringLiteral("Speaking rate, 0.5-2."),
                 QStringLiteral("X"), QStringLiteral("1"));
    cl.addOption(QStringLiteral("pitch"), QStringLiteral("Pitch shift in semitones, -12..12."),
                 QStringLiteral("ST"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("energy"), QStringLiteral("Loudness scale, 0.25-4."),
                 QStringLiteral("X"), QStringLiteral("1"));
    cl.addOption(QStringLiteral("iters"), QStringLiteral("Griffin-Lim iterations."),
                 QStringLiteral("N"), QStringLiteral("32"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("LibTorch threads; 0 = its default."),
                 QStringLiteral("N"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("json"),
                 QStringLiteral("Print stages and timings as one JSON object."));
    if (!cl.parse(arguments))
        return ExitOk;
    checkModel(cl.value(QStringLiteral("model")));
    if (cl.value(QStringLiteral("vocoder")) != QLatin1String("griffinlim"))
        throw UsageError(
            QStringLiteral(
                "unknown vocoder '%1': griffinlim (the WaveNet vocoder is not trained yet)")
                .arg(cl.value(QStringLiteral("vocoder"))));
    QString text;
    const bool fromFile = !cl.value(QStringLiteral("text-file")).isEmpty();
    if (fromFile) {
        QFile f(cl.value(QStringLiteral("text-file")));
        if (!f.open(QIODevice::ReadOnly))
            throw wb::Error("cannot read '" + pathOf(f.fileName()) +
                            "': " + f.errorString().toStdString());
        text = QString::fromUtf8(f.readAll());
    } else {
        text = cl.positionals(1).at(0);
    }
    const QString out = cl.output();
    TtsControls controls;
    controls.speed = cl.doubleValue(QStringLiteral("speed"), -1e9, 1e9);
    controls.pitchSemitones = cl.doubleValue(QStringLiteral("pitch"), -1e9, 1e9);
    controls.energyScale = cl.doubleValue(QStringLiteral("energy"), -1e9, 1e9);
    controls.griffinLimIterations = cl.intValue(QStringLiteral("iters"), 1, 1000);
    controls.validate();
    const int threads = cl.intValue(QStringLiteral("threads"), 0, 256);
    if (threads > 0)
        TextToSpeech::setThreads(threads);
    const QString ckpt = cl.value(QStringLiteral("checkpoint"));
    TextToSpeech tts(FastSpeech2Checkpoint::load(
        ckpt.isEmpty() ? bundledModelPath(kBundledFastSpeech2) : pathOf(ckpt)));
    const std::string utf8 = text.toStdString();
    const TtsResult r =
        fromFile || utf8.size() > 400 ? tts.speakLong(utf8, controls) : tts.speak(utf8, controls);
    AudioFile::write(pathOf(out), AudioBuffer(r.audio, r.sampleRate),
                     AudioFile::formatForPath(pathOf(out)));
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray symbols, durations;
        for (std::size_t i = 0; i < r.utterance.symbols.size(); ++i) {
            symbols.append(QString::fromStdString(r.utterance.symbols[i]));
            durations.append(i < r.durations.size() ? r.durations[i] : 0);
        }
        QJsonObject o{
            {QStringLiteral("output"), out},
            {QStringLiteral("model"), QStringLiteral("fastspeech2")},
            {QStringLiteral("vocoder"), QStringLiteral("griffinlim")},
            {QStringLiteral("normalized"), QString::fromStdString(r.utterance.normalized)},
            {QStringLiteral("symbols"), symbols},
            {QStringLiteral("durations"), durations},
            {QStringLiteral("pitch_hz"), floats(r.pitchHz)},
            {QStringLiteral("energy"), floats(r.energy)},
            {QStringLiteral("mel_frames"), int(r.logMel.cols())},
            {QStringLiteral("sample_rate"), r.sampleRate},
            {QStringLiteral("audio_seconds"), r.audioSeconds()},
            {QStringLiteral("timings"),
             QJsonObject{{QStringLiteral("front_end"), r.timings.frontEnd},
                         {QStringLiteral("acoustic"), r.timings.acoustic},
                         {QStringLiteral("vocoder"), r.timings.vocoder},
                         {QStringLiteral("total"), r.timings.total()}}},
            {QStringLiteral("real_time_factor"), r.realTimeFactor()}};
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    printOut(
        QStringLiteral(
            "%1: %2 s of speech in %3 s (real-time factor %4; front-end %5 s, FastSpeech 2 %6 s, "
            "Griffin-Lim %7 s)")
            .arg(out)
            .arg(r.audioSeconds(), 0, 'f', 2)
            .arg(r.timings.total(), 0, 'f', 3)
            .arg(r.realTimeFactor(), 0, 'f', 3)
            .arg(r.timings.frontEnd, 0, 'f', 3)
            .arg(r.timings.acoustic, 0, 'f', 3)
            .arg(r.timings.vocoder, 0, 'f', 3));
    return ExitOk;
}

int ttsBench(const QStringList &arguments)
{
    CommandLine cl(
        QStringLiteral("tts bench"),
        QStringLiteral("Real-time factor of FastSpeech 2 + Griffin-Lim on one thread: speaks ten "
                       "sentences (after one warm-up) and reports the time of each stage over the "
                       "seconds of speech made. Below 1 is faster than real time."));
    cl.addOption(QStringLiteral("checkpoint"),
                 QStringLiteral("A FastSpeech 2 checkpoint; default: the shipped one."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("iters"), QStringLiteral("Griffin-Lim iterations."),
                 QStringLiteral("N"), QStringLiteral("32"));
    cl.addOption(QStringLiteral("repeat"),
                 QStringLiteral("Passes over the sentences; the fastest pass counts."),
                 QStringLiteral("N"), QStringLiteral("3"));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (!cl.parse(arguments))
        return ExitOk;
    static const char *const kSentences[] = {
        "Welcome to the text to speech lesson.",
        "Every sound you hear was predicted one frame at a time from phonemes.",
        "The weather today is mild, with a light breeze from the west.",
        "Please remember to save your work before the end of class.",
        "A small model can still speak clearly when its data is clean.",
        "Numbers such as 42 and dates such as May 5th are spelled out first.",
        "Griffin-Lim guesses the phase that the mel spectrogram left out.",
        "Why does a faster model sometimes sound a little less natural?",
        "The library opens at nine and closes at six on weekdays.",
        "Thank you for listening, and have a wonderful afternoon.",
    };
    TtsControls controls;
    controls.griffinLimIterations = cl.intValue(QStringLiteral("iters"), 1, 1000);
    const int repeat = cl.intValue(QStringLiteral("repeat"), 1, 100);
    TextToSpeech::setThreads(1);
    const QString ckpt = cl.value(QStringLiteral("checkpoint"));
    TextToSpeech tts(FastSpeech2Checkpoint::load(
        ckpt.isEmpty() ? bundledModelPath(kBundledFastSpeech2) : pathOf(ckpt)));
    tts.speak(kSentences[0], controls); // warm-up: allocations, FFTW plans
    TtsTimings best;
    double audio = 0.0;
    for (int pass = 0; pass < repeat; ++pass) {
        TtsTimings sum;
        double seconds = 0.0;
        for (const char *s : kSentences) {
            const TtsResult r = tts.speak(s, controls);
            sum.frontEnd += r.timings.frontEnd;
            sum.acoustic += r.timings.acoustic;
            sum.vocoder += r.timings.vocoder;
            seconds += r.audioSeconds();
        }
        if (pass == 0 || sum.total() < best.total()) {
            best = sum;
            audio = seconds;
        }
    }
    const double rtf = best.total() / audio;
    if (cl.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("sentences"), int(std::size(kSentences))},
                    {QStringLiteral("audio_seconds"), audio},
                    {QStringLiteral("front_end_seconds"), best.frontEnd},
                    {QStringLiteral("acoustic_seconds"), best.acoustic},
                    {QStringLiteral("vocoder_seconds"), best.vocoder},
                    {QStringLiteral("griffinlim_iterations"), controls.griffinLimIterations},
                    {QStringLiteral("real_time_factor"), rtf},
                    {QStringLiteral("acoustic_real_time_factor"), best.acoustic / audio}})
                .toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    printOut(
        QStringLiteral("%1 s of speech in %2 s on one thread: real-time factor %3 (front-end %4, "
                       "FastSpeech 2 %5, Griffin-Lim x%6 %7)")
            .arg(audio, 0, 'f', 1)
            .arg(best.total(), 0, 'f', 3)
            .arg(rtf, 0, 'f', 4)
            .arg(best.frontEnd / audio, 0, 'f', 4)
            .arg(best.acoustic / audio, 0, 'f', 4)
            .arg(controls.griffinLimIterations)
            .arg(best.vocoder / audio, 0, 'f', 4));
    return ExitOk;
}

} // namespace

int runTts(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("train"))
        return ttsTrain(arguments.mid(1));
    if (sub == QLatin1String("bench"))
        return ttsBench(arguments.mid(1));
    return ttsSpeak(arguments);
}

} // namespace wb::cli
