// `wavebench tts`: text to speech with FastSpeech 2 or Tacotron 2 and Griffin-Lim, and `tts bench`
// (`tts train` is in TtsTrainCommands.cpp).
#include "AudioFile.h"
#include "BundledModels.h"
#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"
#include "Npy.h"
#include "TextToSpeech.h"
#include "WaveNetVocoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <iterator>

namespace wb::cli {

namespace {

QString vocoderName(TtsVocoder v)
{
    switch (v) {
    case TtsVocoder::WaveNet:
        return QStringLiteral("WaveNet");
    case TtsVocoder::SourceFilter:
        return QStringLiteral("source-filter");
    case TtsVocoder::GriffinLim:
        break;
    }
    return QStringLiteral("Griffin-Lim");
}

std::string pathOf(const QString &p)
{
    return QFile::encodeName(p).toStdString();
}

void checkModel(const QString &model)
{
    if (model != QLatin1String("fastspeech2") && model != QLatin1String("tacotron2"))
        throw UsageError(QStringLiteral("unknown model '%1': fastspeech2 or tacotron2").arg(model));
}

/** The --checkpoint file (either kind), or the shipped model named by --model. A model named
 * explicitly must match the checkpoint's kind. */
std::unique_ptr<TextToSpeech> openModel(const QString &model, const QString &checkpoint,
                                        bool modelNamed)
{
    checkModel(model);
    if (checkpoint.isEmpty())
        return TextToSpeech::fromFile(bundledModelPath(
            model == QLatin1String("tacotron2") ? kBundledTacotron2 : kBundledFastSpeech2));
    std::unique_ptr<TextToSpeech> tts = TextToSpeech::fromFile(pathOf(checkpoint));
    if (modelNamed && QString::fromStdString(tts->modelId()) != model)
        throw wb::Error("'" + pathOf(checkpoint) + "' is a " + tts->modelName() +
                        " checkpoint, not " + model.toStdString());
    return tts;
}

/** What both acoustic models' training share: the corpus, the output and the log. */

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
            "Speaks English text: text front-end -> FastSpeech 2 or Tacotron 2 -> log-mel -> "
            "Griffin-Lim -> audio. With --json, prints every stage (normalized text, symbols, "
            "durations, FastSpeech 2's pitch and energy or Tacotron 2's attention) and the time "
            "each took."));
    cl.addPositional(QStringLiteral("TEXT"), QStringLiteral("The text (or use --text-file)."));
    cl.addOption(QStringLiteral("text-file"),
                 QStringLiteral("Read a long text from FILE (UTF-8), sentence by sentence."),
                 QStringLiteral("FILE"));
    cl.addOption(QStringLiteral("o,output"), QStringLiteral("The WAV or FLAC file to write."),
                 QStringLiteral("OUT"));
    cl.addOption(QStringLiteral("model"),
                 QStringLiteral("fastspeech2 or tacotron2 (the shipped model of that kind)."),
                 QStringLiteral("NAME"), QStringLiteral("fastspeech2"));
    cl.addOption(QStringLiteral("checkpoint"),
                 QStringLiteral("A FastSpeech 2 or Tacotron 2 checkpoint; default: the shipped one."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("vocoder"),
                 QStringLiteral("griffinlim, wavenet (the mel-conditioned WaveNet), or sourcefilter "
                                "(mel-cepstrum and F0 through an MLSA filter)."),
                 QStringLiteral("NAME"), QStringLiteral("griffinlim"));
    cl.addOption(QStringLiteral("vocoder-checkpoint"),
                 QStringLiteral("A WaveNet vocoder from `tts train --model vocoder`; default: the "
                                "shipped one."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("temperature"),
                 QStringLiteral("The WaveNet vocoder's sampling temperature, 0-2 (0.6: fewer words lost "
                                "than 1 with the shipped vocoder)."),
                 QStringLiteral("T"), QStringLiteral("0.6"));
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
    const QString vocoder = cl.value(QStringLiteral("vocoder"));
    TtsVocoder vocoderKind = TtsVocoder::GriffinLim;
    try {
        vocoderKind = ttsVocoderFromId(vocoder.toStdString());
    } catch (const wb::Error &e) {
        throw UsageError(QString::fromStdString(e.what()));
    }
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
    controls.vocoder = vocoderKind;
    controls.waveNetTemperature = float(cl.doubleValue(QStringLiteral("temperature"), -1e9, 1e9));
    controls.validate();
    const int threads = cl.intValue(QStringLiteral("threads"), 0, 256);
    if (threads > 0)
        TextToSpeech::setThreads(threads);
    const std::unique_ptr<TextToSpeech> tts =
        openModel(cl.value(QStringLiteral("model")), cl.value(QStringLiteral("checkpoint")),
                  cl.isSet(QStringLiteral("model")));
    if (controls.vocoder == TtsVocoder::WaveNet) {
        const QString given = cl.value(QStringLiteral("vocoder-checkpoint"));
        tts->setVocoder(std::make_shared<const WaveNetVocoder>(WaveNetVocoder::load(
            given.isEmpty() ? bundledModelPath(kBundledWaveNetVocoder) : pathOf(given))));
    }
    const std::string utf8 = text.toStdString();
    const TtsResult r =
        fromFile || utf8.size() > 400 ? tts->speakLong(utf8, controls) : tts->speak(utf8, controls);
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
            {QStringLiteral("model"), QString::fromStdString(r.model)},
            {QStringLiteral("vocoder"), QString::fromStdString(r.vocoder)},
            {QStringLiteral("normalized"), QString::fromStdString(r.utterance.normalized)},
            {QStringLiteral("symbols"), symbols},
            {QStringLiteral("durations"), durations},
            {QStringLiteral("pitch_hz"), floats(r.pitchHz)},
            {QStringLiteral("energy"), floats(r.energy)},
            {QStringLiteral("mel_frames"), int(r.logMel.cols())},
            {QStringLiteral("attention_steps"), int(r.alignment.rows())},
            {QStringLiteral("sample_rate"), r.sampleRate},
            {QStringLiteral("audio_seconds"), r.audioSeconds()},
            {QStringLiteral("timings"),
             QJsonObject{{QStringLiteral("front_end"), r.timings.frontEnd},
                         {QStringLiteral("acoustic"), r.timings.acoustic},
                         {QStringLiteral("vocoder"), r.timings.vocoder},
                         {QStringLiteral("total"), r.timings.total()}}},
            {QStringLiteral("real_time_factor"), r.realTimeFactor()}};
        if (!r.vocoderF0.empty()) // the source-filter vocoder's pitch, one value per mel frame
            o.insert(QStringLiteral("vocoder_f0_hz"), floats(r.vocoderF0));
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    printOut(
        QStringLiteral(
            "%1: %2 s of speech in %3 s (real-time factor %4; front-end %5 s, %8 %6 s, "
            "%9 %7 s)")
            .arg(out)
            .arg(r.audioSeconds(), 0, 'f', 2)
            .arg(r.timings.total(), 0, 'f', 3)
            .arg(r.realTimeFactor(), 0, 'f', 3)
            .arg(r.timings.frontEnd, 0, 'f', 3)
            .arg(r.timings.acoustic, 0, 'f', 3)
            .arg(r.timings.vocoder, 0, 'f', 3)
            .arg(QString::fromStdString(tts->modelName()),
                 vocoderName(controls.vocoder)));
    return ExitOk;
}

struct BenchResult
{
    QString model;
    TtsTimings best;
    double audio = 0.0;

    double rtf() const { return best.total() / audio; }
    QJsonObject json(int iterations, int sentences) const
    {
        return QJsonObject{{QStringLiteral("model"), model},
                           {QStringLiteral("sentences"), sentences},
                           {QStringLiteral("audio_seconds"), audio},
                           {QStringLiteral("front_end_seconds"), best.frontEnd},
                           {QStringLiteral("acoustic_seconds"), best.acoustic},
                           {QStringLiteral("vocoder_seconds"), best.vocoder},
                           {QStringLiteral("griffinlim_iterations"), iterations},
                           {QStringLiteral("real_time_factor"), rtf()},
                           {QStringLiteral("acoustic_real_time_factor"), best.acoustic / audio}};
    }
};

int ttsBench(const QStringList &arguments)
{
    CommandLine cl(
        QStringLiteral("tts bench"),
        QStringLiteral("Real-time factor of an acoustic model + Griffin-Lim on one thread: speaks "
                       "ten sentences (after one warm-up) and reports the time of each stage over "
                       "the seconds of speech made. Below 1 is faster than real time. --model both "
                       "runs FastSpeech 2 and Tacotron 2 on the same sentences and compares them."));
    cl.addOption(QStringLiteral("model"), QStringLiteral("fastspeech2, tacotron2 or both."),
                 QStringLiteral("NAME"), QStringLiteral("fastspeech2"));
    cl.addOption(QStringLiteral("checkpoint"),
                 QStringLiteral("A checkpoint of either kind; default: the shipped one."),
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
    const int count = int(std::size(kSentences));
    TtsControls controls;
    controls.griffinLimIterations = cl.intValue(QStringLiteral("iters"), 1, 1000);
    const int repeat = cl.intValue(QStringLiteral("repeat"), 1, 100);
    TextToSpeech::setThreads(1);
    const QString which = cl.value(QStringLiteral("model"));
    const QString ckpt = cl.value(QStringLiteral("checkpoint"));
    if (which == QLatin1String("both") && !ckpt.isEmpty())
        throw UsageError(QStringLiteral("--model both compares the shipped models; leave out "
                                        "--checkpoint"));
    const QStringList models = which == QLatin1String("both")
                                   ? QStringList{QStringLiteral("fastspeech2"),
                                                 QStringLiteral("tacotron2")}
                                   : QStringList{which};
    std::vector<BenchResult> results;
    for (const QString &model : models) {
        const std::unique_ptr<TextToSpeech> tts =
            openModel(model, ckpt, cl.isSet(QStringLiteral("model")));
        tts->speak(kSentences[0], controls); // warm-up: allocations, FFTW plans
        BenchResult b;
        b.model = QString::fromStdString(tts->modelId());
        for (int pass = 0; pass < repeat; ++pass) {
            TtsTimings sum;
            double seconds = 0.0;
            for (const char *s : kSentences) {
                const TtsResult r = tts->speak(s, controls);
                sum.frontEnd += r.timings.frontEnd;
                sum.acoustic += r.timings.acoustic;
                sum.vocoder += r.timings.vocoder;
                seconds += r.audioSeconds();
            }
            if (pass == 0 || sum.total() < b.best.total()) {
                b.best = sum;
                b.audio = seconds;
            }
        }
        results.push_back(b);
    }
    // Acoustic models compared per second of speech: their outputs differ in length.
    const double speedup =
        results.size() == 2 ? (results[1].best.acoustic / results[1].audio) /
                                  (results[0].best.acoustic / results[0].audio)
                            : 0.0;
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject o = results.front().json(controls.griffinLimIterations, count);
        if (results.size() == 2) {
            o = QJsonObject{
                {QStringLiteral("models"),
                 QJsonArray{results[0].json(controls.griffinLimIterations, count),
                            results[1].json(controls.griffinLimIterations, count)}},
                {QStringLiteral("fastspeech2_acoustic_speedup"), speedup}};
        }
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    for (const BenchResult &b : results)
        printOut(QStringLiteral("%1: %2 s of speech in %3 s on one thread: real-time factor %4 "
                                "(front-end %5, acoustic model %6, Griffin-Lim x%7 %8)")
                     .arg(b.model)
                     .arg(b.audio, 0, 'f', 1)
                     .arg(b.best.total(), 0, 'f', 3)
                     .arg(b.rtf(), 0, 'f', 4)
                     .arg(b.best.frontEnd / b.audio, 0, 'f', 4)
                     .arg(b.best.acoustic / b.audio, 0, 'f', 4)
                     .arg(controls.griffinLimIterations)
                     .arg(b.best.vocoder / b.audio, 0, 'f', 4));
    if (results.size() == 2)
        printOut(QStringLiteral("FastSpeech 2's acoustic model is %1x faster than Tacotron 2's per "
                                "second of speech")
                     .arg(speedup, 0, 'f', 1));
    return ExitOk;
}

/** Copy synthesis: a stored log-mel (a corpus's features/ID.mel.npy, say) through one vocoder,
 * which measures the vocoder alone. */
int ttsVocode(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("tts vocode"),
                   QStringLiteral("Turns a log-mel (.npy, 80 bands x frames at 22,050 Hz, hop 256, as "
                                  "`wavebench corpus features` writes) back into audio with Griffin-Lim "
                                  "or the WaveNet vocoder: the vocoder on its own, without an acoustic "
                                  "model."));
    cl.addPositional(QStringLiteral("MEL"), QStringLiteral("The log-mel .npy file."));
    cl.addOption(QStringLiteral("o,output"), QStringLiteral("The WAV or FLAC file to write."),
                 QStringLiteral("OUT"));
    cl.addOption(QStringLiteral("vocoder"),
                 QStringLiteral("griffinlim, wavenet, or sourcefilter (mel-cepstrum and F0 through an MLSA "
                                "filter)."),
                 QStringLiteral("NAME"), QStringLiteral("wavenet"));
    cl.addOption(QStringLiteral("f0"),
                 QStringLiteral("Source-filter vocoder: F0 per mel frame (.npy, Hz, 0 = unvoiced, as "
                                "`wavebench corpus features` writes); default: estimated from the mel."),
                 QStringLiteral("F0"));
    cl.addOption(QStringLiteral("vocoder-checkpoint"),
                 QStringLiteral("A WaveNet vocoder; default: the shipped one."), QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("temperature"),
                 QStringLiteral("The WaveNet vocoder's sampling temperature, 0 (greedy) to 2."),
                 QStringLiteral("T"), QStringLiteral("0.6"));
    cl.addOption(QStringLiteral("seed"), QStringLiteral("Sampling seed (Griffin-Lim: initial phase)."),
                 QStringLiteral("S"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("iters"), QStringLiteral("Griffin-Lim iterations."),
                 QStringLiteral("N"), QStringLiteral("32"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("LibTorch threads; 0 = its default."),
                 QStringLiteral("N"), QStringLiteral("0"));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString mel = cl.positionals(1).at(0);
    const QString out = cl.output();
    const QString vocoder = cl.value(QStringLiteral("vocoder"));
    if (vocoder != QLatin1String("griffinlim") && vocoder != QLatin1String("wavenet") &&
        vocoder != QLatin1String("sourcefilter"))
        throw UsageError(
            QStringLiteral("unknown vocoder '%1': griffinlim, wavenet or sourcefilter").arg(vocoder));
    const float temperature = float(cl.doubleValue(QStringLiteral("temperature"), 0.0, 2.0));
    const auto seed = std::uint32_t(cl.intValue(QStringLiteral("seed"), 0, 2147483647));
    const int iterations = cl.intValue(QStringLiteral("iters"), 1, 1000);
    const int threads = cl.intValue(QStringLiteral("threads"), 0, 256);
    if (threads > 0)
        TextToSpeech::setThreads(threads);
    const WriteFormat format = AudioFile::formatForPath(pathOf(out)); // fail before vocoding
    const Matrix logMel = Npy::read(pathOf(mel));
    const TtsFeatureSpec spec;
    if (logMel.rows() != std::size_t(spec.nMels) || logMel.cols() == 0)
        throw wb::Error("'" + pathOf(mel) + "' has " + std::to_string(logMel.rows()) + " x " +
                        std::to_string(logMel.cols()) + " values; a log-mel here is " +
                        std::to_string(spec.nMels) + " bands x frames");
    QElapsedTimer clock;
    clock.start();
    std::vector<float> audio;
    if (vocoder == QLatin1String("wavenet")) {
        const QString given = cl.value(QStringLiteral("vocoder-checkpoint"));
        const WaveNetVocoder v =
            WaveNetVocoder::load(given.isEmpty() ? bundledModelPath(kBundledWaveNetVocoder) : pathOf(given));
        v.checkGrid(spec.nMels, spec.hop, spec.sampleRate);
        audio = v.vocode(logMel, seed, temperature);
    } else if (vocoder == QLatin1String("sourcefilter")) {
        std::vector<float> f0;
        const QString f0Path = cl.value(QStringLiteral("f0"));
        if (!f0Path.isEmpty()) {
            const Matrix track = Npy::read(pathOf(f0Path));
            f0 = track.values();
        }
        audio = TextToSpeech::sourceFilterVocoder(logMel, spec, seed, f0Path.isEmpty() ? nullptr : &f0).audio;
    } else {
        audio = TextToSpeech::griffinLimVocoder(logMel, spec, iterations, seed);
    }
    const double seconds = clock.elapsed() / 1000.0;
    const double length = double(audio.size()) / spec.sampleRate;
    AudioFile::write(pathOf(out), AudioBuffer(std::move(audio), spec.sampleRate), format);
    printOut(QStringLiteral("%1: %2 s of audio from %3 mel frames in %4 s (real-time factor %5, %6)")
                 .arg(out)
                 .arg(length, 0, 'f', 2)
                 .arg(logMel.cols())
                 .arg(seconds, 0, 'f', 2)
                 .arg(length > 0 ? seconds / length : 0.0, 0, 'f', 3)
                 .arg(vocoder));
    return ExitOk;
}

} // namespace

int runTts(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("vocode"))
        return ttsVocode(arguments.mid(1));
    if (sub == QLatin1String("train"))
        return runTtsTrain(arguments.mid(1));
    if (sub == QLatin1String("bench"))
        return ttsBench(arguments.mid(1));
    return ttsSpeak(arguments);
}

} // namespace wb::cli
