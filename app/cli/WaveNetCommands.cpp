// `wavebench wavenet info|train|generate|bench`: the WaveNet of models/, headless.
#include "AudioFile.h"
#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"
#include "MuLaw.h"
#include "WaveNetConfig.h"
#include "WaveNetGenerator.h"
#include "WaveNetTrainer.h"
#include "WaveNetWeights.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace wb::cli {

namespace {

constexpr int kDefaultRate = 22050;

void addConfigOptions(CommandLine &cl)
{
    const WaveNetConfig d;
    cl.addOption(QStringLiteral("layers"), QStringLiteral("Dilated layers per block."), QStringLiteral("N"),
                 QString::number(d.layers));
    cl.addOption(QStringLiteral("blocks"), QStringLiteral("Blocks (the dilation cycle repeats)."),
                 QStringLiteral("N"), QString::number(d.blocks));
    cl.addOption(QStringLiteral("channels"), QStringLiteral("Residual and skip channels."), QStringLiteral("N"),
                 QString::number(d.channels));
    cl.addOption(QStringLiteral("levels"), QStringLiteral("Mu-law quantization levels."), QStringLiteral("N"),
                 QString::number(d.levels));
}

WaveNetConfig configFrom(const CommandLine &cl)
{
    WaveNetConfig c;
    c.layers = cl.intValue(QStringLiteral("layers"), 1, 16);
    c.blocks = cl.intValue(QStringLiteral("blocks"), 1, 16);
    c.channels = cl.intValue(QStringLiteral("channels"), 1, 512);
    c.levels = cl.intValue(QStringLiteral("levels"), 2, 65536);
    return c;
}

void addThreadsOption(CommandLine &cl)
{
    cl.addOption(QStringLiteral("threads"), QStringLiteral("LibTorch threads; 0 leaves LibTorch's default."),
                 QStringLiteral("N"), QStringLiteral("1"));
}

void printJson(const QJsonObject &o)
{
    printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

int runInfoCommand(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("wavenet info"),
                   QStringLiteral("Parameter count and receptive field of a WaveNet configuration."));
    addConfigOptions(cl);
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (!cl.parse(arguments))
        return ExitOk;
    cl.positionals(0);
    const WaveNetConfig c = configFrom(cl);
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o[QStringLiteral("layers")] = c.layers;
        o[QStringLiteral("blocks")] = c.blocks;
        o[QStringLiteral("channels")] = c.channels;
        o[QStringLiteral("levels")] = c.levels;
        o[QStringLiteral("parameters")] = double(c.parameterCount());
        o[QStringLiteral("receptive_field")] = double(c.receptiveField());
        o[QStringLiteral("receptive_field_ms")] = 1000.0 * double(c.receptiveField()) / kDefaultRate;
        o[QStringLiteral("explanation")] = QString::fromStdString(c.receptiveFieldExplanation());
        printJson(o);
    } else {
        printOut(QStringLiteral("configuration:   %1\nparameters:      %2\nreceptive field: %3 samples\n%4")
                     .arg(QString::fromStdString(c.describe()))
                     .arg(c.parameterCount())
                     .arg(c.receptiveField())
                     .arg(QString::fromStdString(c.receptiveFieldExplanation())));
    }
    return ExitOk;
}

int runTrainCommand(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("wavenet train"),
                   QStringLiteral("Train a WaveNet on one clip and save a .safetensors checkpoint."));
    cl.addPositional(QStringLiteral("FILE"), QStringLiteral("Audio clip to learn (mixed to mono)."));
    cl.addOption(QStringLiteral("o,output"), QStringLiteral("Checkpoint to write (.safetensors)."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("steps"), QStringLiteral("Optimizer steps."), QStringLiteral("N"),
                 QStringLiteral("1000"));
    cl.addOption(QStringLiteral("seed"), QStringLiteral("Seed for initialization and crops."),
                 QStringLiteral("S"), QStringLiteral("1"));
    cl.addOption(QStringLiteral("batch"), QStringLiteral("Crops per step."), QStringLiteral("N"),
                 QStringLiteral("2"));
    cl.addOption(QStringLiteral("target-length"),
                 QStringLiteral("Predicted samples per crop (after a receptive field of context)."),
                 QStringLiteral("N"), QStringLiteral("1024"));
    cl.addOption(QStringLiteral("lr"), QStringLiteral("Adam learning rate."), QStringLiteral("LR"),
                 QStringLiteral("0.001"));
    cl.addOption(QStringLiteral("log-every"), QStringLiteral("Print the loss every N steps."),
                 QStringLiteral("N"), QStringLiteral("50"));
    cl.addOption(QStringLiteral("resume"), QStringLiteral("Continue from this checkpoint."),
                 QStringLiteral("CKPT"));
    addConfigOptions(cl);
    addThreadsOption(cl);
    addRateOption(cl);
    if (!cl.parse(arguments))
        return ExitOk;
    const QString file = cl.positionals(1).at(0);
    const QString out = cl.output();
    WaveNetConfig config = configFrom(cl);
    WaveNetTrainOptions options;
    options.steps = cl.intValue(QStringLiteral("steps"), 1, 10000000);
    options.seed = std::uint64_t(cl.intValue(QStringLiteral("seed"), 0, 2147483647));
    options.batchSize = cl.intValue(QStringLiteral("batch"), 1, 256);
    options.targetLength = cl.intValue(QStringLiteral("target-length"), 1, 1 << 20);
    options.learningRate = cl.doubleValue(QStringLiteral("lr"), 1e-7, 1.0);
    options.threads = cl.intValue(QStringLiteral("threads"), 0, 256);
    const int logEvery = cl.intValue(QStringLiteral("log-every"), 1, 10000000);
    WaveNetWeights resume;
    if (cl.isSet(QStringLiteral("resume"))) {
        resume = WaveNetWeights::load(cl.value(QStringLiteral("resume")).toStdString());
        config = resume.config(); // the checkpoint decides the shape
    }
    const AudioBuffer audio = loadMono(cl, file);

    WaveNetTrainer trainer(config, options);
    if (cl.isSet(QStringLiteral("resume")))
        trainer.setInitialWeights(resume);
    printOut(QStringLiteral("training %1 (%2 parameters, receptive field %3) on %4 (%5 samples at %6 Hz), %7")
                 .arg(QString::fromStdString(config.describe()))
                 .arg(config.parameterCount())
                 .arg(config.receptiveField())
                 .arg(QFileInfo(file).fileName())
                 .arg(audio.frames())
                 .arg(audio.sampleRate())
                 .arg(QString::fromStdString(trainer.deviceName())));
    QElapsedTimer clock;
    clock.start();
    double lastLoss = 0.0, windowSum = 0.0;
    int windowCount = 0;
    WaveNetWeights weights = trainer.train(audio.samples(), {}, [&](int step, double loss) {
        lastLoss = loss;
        windowSum += loss;
        ++windowCount;
        if ((step + 1) % logEvery == 0 || step + 1 == options.steps) {
            printOut(QStringLiteral("step %1/%2  loss %3  (mean of last %4: %5)  %6 s")
                         .arg(step + 1)
                         .arg(options.steps)
                         .arg(loss, 0, 'f', 4)
                         .arg(windowCount)
                         .arg(windowSum / windowCount, 0, 'f', 4)
                         .arg(clock.elapsed() / 1000.0, 0, 'f', 1));
            windowSum = 0.0;
            windowCount = 0;
        }
    });
    const std::int64_t previous = resume.note("steps").empty() ? 0 : std::stoll(resume.note("steps"));
    weights.setNote("steps", std::to_string(previous + options.steps));
    weights.setNote("final_loss", QString::number(lastLoss, 'f', 4).toStdString());
    weights.setNote("sample_rate", std::to_string(audio.sampleRate()));
    weights.setNote("seed", std::to_string(options.seed));
    weights.setNote("trained_on", QFileInfo(file).fileName().toStdString());
    weights.save(out.toStdString());
    printOut(QStringLiteral("saved %1 after %2 s, final loss %3")
                 .arg(out)
                 .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(lastLoss, 0, 'f', 4));
    return ExitOk;
}

int runGenerateCommand(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("wavenet generate"),
                   QStringLiteral("Generate audio sample by sample from a WaveNet checkpoint."));
    cl.addOption(QStringLiteral("checkpoint"), QStringLiteral("WaveNet .safetensors checkpoint."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("o,output"), QStringLiteral("Output audio (.wav or .flac)."), QStringLiteral("OUT"));
    cl.addOption(QStringLiteral("samples"), QStringLiteral("Samples to generate."), QStringLiteral("N"));
    cl.addOption(QStringLiteral("seconds"), QStringLiteral("Seconds to generate."), QStringLiteral("S"));
    cl.addOption(QStringLiteral("temperature"), QStringLiteral("Softmax temperature; 0 is greedy."),
                 QStringLiteral("T"), QStringLiteral("1"));
    cl.addOption(QStringLiteral("seed"), QStringLiteral("Sampling seed."), QStringLiteral("S"), QStringLiteral("1"));
    cl.addOption(QStringLiteral("naive"), QStringLiteral("Re-run the LibTorch network per sample (slow)."));
    cl.addOption(QStringLiteral("prime"), QStringLiteral("Continue the start of this clip."), QStringLiteral("FILE"));
    cl.addOption(QStringLiteral("prime-seconds"), QStringLiteral("How much of the prime clip to use."),
                 QStringLiteral("S"), QStringLiteral("0.25"));
    cl.addOption(QStringLiteral("keep-prime"), QStringLiteral("Write the prime before the generated audio."));
    addThreadsOption(cl);
    if (!cl.parse(arguments))
        return ExitOk;
    cl.positionals(0);
    if (!cl.isSet(QStringLiteral("checkpoint")))
        throw UsageError(QStringLiteral("missing --checkpoint CKPT (see --help)"));
    const QString out = cl.output();
    if (cl.isSet(QStringLiteral("samples")) == cl.isSet(QStringLiteral("seconds")))
        throw UsageError(QStringLiteral("give exactly one of --samples and --seconds"));
    WaveNetGenerateOptions options;
    options.temperature = float(cl.doubleValue(QStringLiteral("temperature"), 0.0, 100.0));
    options.seed = std::uint64_t(cl.intValue(QStringLiteral("seed"), 0, 2147483647));
    options.naive = cl.isSet(QStringLiteral("naive"));
    WaveNetTrainer::setThreads(cl.intValue(QStringLiteral("threads"), 0, 256));
    const WriteFormat format = AudioFile::formatForPath(out.toStdString()); // fail before generating

    const WaveNetWeights weights = WaveNetWeights::load(cl.value(QStringLiteral("checkpoint")).toStdString());
    if (weights.config().conditioned())
        throw wb::Error("this checkpoint is mel-conditioned; generate from it through a vocoder, not here");
    const std::string rateNote = weights.note("sample_rate");
    const int rate = rateNote.empty() ? kDefaultRate : std::max(1000, std::atoi(rateNote.c_str()));
    options.samples = cl.isSet(QStringLiteral("samples"))
                          ? cl.intValue(QStringLiteral("samples"), 0, 1 << 30)
                          : std::int64_t(std::llround(cl.doubleValue(QStringLiteral("seconds"), 0.0, 3600.0) * rate));
    if (cl.isSet(QStringLiteral("prime"))) {
        ReadOptions ro;
        ro.targetRate = rate;
        ro.mono = true;
        const AudioBuffer prime = AudioFile::read(cl.value(QStringLiteral("prime")).toStdString(), ro);
        const auto keep = std::size_t(std::llround(cl.doubleValue(QStringLiteral("prime-seconds"), 0.0, 3600.0) * rate));
        options.prime.assign(prime.samples().begin(),
                             prime.samples().begin() + std::ptrdiff_t(std::min(keep, prime.samples().size())));
    }

    QElapsedTimer clock;
    clock.start();
    std::vector<float> audio = WaveNetGenerator(weights).generate(options);
    const double seconds = clock.elapsed() / 1000.0;
    if (cl.isSet(QStringLiteral("keep-prime")) && !options.prime.empty()) {
        // Written as the model heard it: quantized, so the seam is not a change of noise floor.
        std::vector<float> heard = muLawDecode(muLawEncode(options.prime, weights.config().mu()), weights.config().mu());
        audio.insert(audio.begin(), heard.begin(), heard.end());
    }
    AudioFile::write(out.toStdString(), AudioBuffer(std::move(audio), rate), format);
    printOut(QStringLiteral("generated %1 samples (%2 s at %3 Hz) in %4 s, %5 samples/s, %6 path")
                 .arg(options.samples)
                 .arg(double(options.samples) / rate, 0, 'f', 2)
                 .arg(rate)
                 .arg(seconds, 0, 'f', 2)
                 .arg(seconds > 0 ? double(options.samples) / seconds : 0.0, 0, 'f', 0)
                 .arg(options.naive ? QStringLiteral("naive") : QStringLiteral("fast")));
    return ExitOk;
}

int runBenchCommand(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("wavenet bench"),
                   QStringLiteral("Generation speed of the fast and the naive path, one thread, "
                                  "random weights (or a checkpoint's)."));
    cl.addOption(QStringLiteral("samples"), QStringLiteral("Samples for the fast path."), QStringLiteral("N"),
                 QStringLiteral("44100"));
    cl.addOption(QStringLiteral("naive-samples"),
                 QStringLiteral("Samples for the naive path, each over a full receptive field (0 skips it)."),
                 QStringLiteral("N"), QStringLiteral("100"));
    cl.addOption(QStringLiteral("checkpoint"), QStringLiteral("Use this checkpoint's weights."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    addConfigOptions(cl);
    if (!cl.parse(arguments))
        return ExitOk;
    cl.positionals(0);
    const int fastSamples = cl.intValue(QStringLiteral("samples"), 1, 1 << 30);
    const int naiveSamples = cl.intValue(QStringLiteral("naive-samples"), 0, 1 << 20);
    const WaveNetWeights weights = cl.isSet(QStringLiteral("checkpoint"))
                                       ? WaveNetWeights::load(cl.value(QStringLiteral("checkpoint")).toStdString())
                                       : WaveNetWeights::random(configFrom(cl), 1);
    if (weights.config().conditioned())
        throw wb::Error("bench takes an unconditioned WaveNet");
    WaveNetTrainer::setThreads(1);
    const WaveNetGenerator generator(weights);
    auto rate = [&](int samples, bool naive) {
        WaveNetGenerateOptions o;
        o.samples = samples;
        o.naive = naive;
        // The naive path starts from a full receptive field of (silent) history, its
        // steady state in any long generation; the fast path's cost never depends on it.
        if (naive)
            o.prime.assign(std::size_t(weights.config().receptiveField()), 0.0f);
        QElapsedTimer clock;
        clock.start();
        generator.generateCodes(o);
        const double s = std::max(1e-9, clock.nsecsElapsed() * 1e-9);
        return samples / s;
    };
    const double fast = rate(fastSamples, false);
    const double naive = naiveSamples > 0 ? rate(naiveSamples, true) : 0.0;
    const WaveNetConfig &c = weights.config();
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o[QStringLiteral("configuration")] = QString::fromStdString(c.describe());
        o[QStringLiteral("parameters")] = double(c.parameterCount());
        o[QStringLiteral("fast_samples")] = fastSamples;
        o[QStringLiteral("fast_samples_per_second")] = fast;
        o[QStringLiteral("naive_samples")] = naiveSamples;
        o[QStringLiteral("naive_samples_per_second")] = naive;
        o[QStringLiteral("naive_history")] = double(c.receptiveField());
        o[QStringLiteral("realtime_factor_22050")] = fast / 22050.0;
        printJson(o);
    } else {
        printOut(QStringLiteral("%1\nfast:  %2 samples/s over %3 samples\nnaive: %4 samples/s over %5 samples")
                     .arg(QString::fromStdString(c.describe()))
                     .arg(fast, 0, 'f', 0)
                     .arg(fastSamples)
                     .arg(naive, 0, 'f', 1)
                     .arg(naiveSamples));
    }
    return ExitOk;
}

void printWaveNetUsage()
{
    printOut(QStringLiteral("Usage: wavebench wavenet <subcommand> [options]\n\n"
                            "Subcommands:\n"
                            "  info      parameter count and receptive field of a configuration\n"
                            "  train     train on a clip and save a .safetensors checkpoint\n"
                            "  generate  generate audio from a checkpoint (fast cached or --naive)\n"
                            "  bench     samples per second of the fast and the naive generator\n\n"
                            "`wavebench wavenet <subcommand> --help` describes each."));
}

} // namespace

int runWaveNet(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        printWaveNetUsage();
        return ExitOk;
    }
    if (sub == QLatin1String("info"))
        return runInfoCommand(rest);
    if (sub == QLatin1String("train"))
        return runTrainCommand(rest);
    if (sub == QLatin1String("generate"))
        return runGenerateCommand(rest);
    if (sub == QLatin1String("bench"))
        return runBenchCommand(rest);
    if (sub.isEmpty())
        throw UsageError(QStringLiteral("missing subcommand: info, train, generate or bench (see --help)"));
    throw UsageError(QStringLiteral("unknown subcommand '%1': info, train, generate or bench").arg(sub));
}

} // namespace wb::cli
