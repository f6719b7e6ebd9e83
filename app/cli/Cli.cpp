#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>
#include <exception>
#include <memory>

namespace wb::cli {

namespace {

const Command kCommands[] = {
    {"info", "duration, rate, channels, frames and format of an audio file", false, runInfo},
    {"convert", "convert an audio file (WAV/FLAC), optionally resampling", false, runConvert},
    {"stft", "magnitude STFT as a .npy file (librosa.stft conventions)", false, runStft},
    {"mel", "mel-spectrogram as a .npy file (librosa.feature.melspectrogram)", false, runMel},
    {"griffinlim", "audio from a magnitude STFT or mel .npy by Griffin-Lim", false, runGriffinLim},
    {"plot", "waveform over mel-spectrogram with a dB colorbar, as PNG/SVG/PDF", true, runPlot},
    {"devices", "list the audio input and output devices", false, runDevices},
    {"play", "play an audio file (or part of it) on an output device", false, runPlay},
    {"record", "record from an input device into a WAV/FLAC file", false, runRecord},
    {"wavenet", "WaveNet: info, train, generate (fast or naive), bench", false, runWaveNet},
    {"pitch", "F0 per frame (pYIN) and frame energy, as a table or JSON", false, runPitch},
    {"phonemes", "normalized text, IPA phonemes and symbol ids of English text", false, runPhonemes},
    {"corpus", "speech corpora: build, voices, info, features (LJSpeech or VCTK layout)", false, runCorpus},
    {"tts", "text to speech (FastSpeech 2 or Tacotron 2, Griffin-Lim or WaveNet), vocode, train", false, runTts},
    {"watermark", "inaudible keyed watermark: embed it in a clip, or detect it with a confidence", false, runWatermark},
    {"roi", "ROI calculator: call-center QA, audiobook and dubbing costs (table, JSON, CSV)", false, runRoi},
    {"classify", "class probabilities of an audio file (keyword model or your own)", false, runClassify},
    {"classifier", "audio classifiers: train, evaluate, kws-data (keyword clips)", false, runClassifier},
    {"embed", "the speaker embedding (d-vector) of a voice recording", false, runEmbed},
    {"speaker-eval", "equal error rate of the speaker encoder on a corpus's speakers", false, runSpeakerEval},
    {"speaker", "speaker encoder: train (GE2E), info, map, and the clone test (clone-eval)", false, runSpeaker},
    {"clone", "text in the voice of a reference recording (multi-speaker TTS), watermarked", false, runClone},
    {"callcenter", "call analysis (speech, silence, overlap, keywords, agitation, quality; PDF/CSV) and its sample call", true, runCallCenter},
    {"bench", "time and memory of the Audio Lab on a long file (bench audiolab)", true, runBench},
    {"version", "versions of WaveBench, Qt and LibTorch, and the live BLAS", false, runVersion},
};

const Command *findCommand(const char *name)
{
    for (const auto &c : kCommands)
        if (std::strcmp(c.name, name) == 0)
            return &c;
    return nullptr;
}

void printUsage()
{
    QString text = QStringLiteral("Usage: wavebench [FILE]            open the workbench (on FILE)\n"
                                  "       wavebench <command> [options] run a command headless\n\n"
                                  "Commands:\n");
    for (const auto &c : kCommands)
        text += QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(c.name), -12).arg(QString::fromLatin1(c.summary));
    text += QStringLiteral("\n`wavebench <command> --help` describes each command.");
    printOut(text);
}

} // namespace

bool isCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    if (findCommand(first))
        return true;
    if (!std::strcmp(first, "--help") || !std::strcmp(first, "-h") || !std::strcmp(first, "help") ||
        !std::strcmp(first, "--version"))
        return true;
    // Anything else that is not an existing file is a mistyped command, reported by run().
    return first[0] != '-' && !QFileInfo::exists(QString::fromLocal8Bit(first));
}

int run(int argc, char **argv)
{
    const char *name = argc > 1 ? argv[1] : "";
    const Command *command = findCommand(name);
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui) {
        // Rendering needs a QGuiApplication; without a display, draw offscreen.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("wavebench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WB_VERSION));

    if (!std::strcmp(name, "--help") || !std::strcmp(name, "-h") || !std::strcmp(name, "help")) {
        printUsage();
        return ExitOk;
    }
    if (!std::strcmp(name, "--version"))
        return runVersion({});
    if (!command) {
        printError({}, QStringLiteral("unknown command or missing file '%1' (see wavebench --help)")
                           .arg(QString::fromLocal8Bit(name)));
        return ExitUsage;
    }

    const QStringList arguments = QCoreApplication::arguments().mid(2);
    try {
        return command->run(arguments);
    } catch (const UsageError &e) {
        printError(QString::fromLatin1(command->name), QString::fromStdString(e.what()));
        return ExitUsage;
    } catch (const wb::Error &e) {
        printError(QString::fromLatin1(command->name), QString::fromStdString(e.what()));
        return ExitFailure;
    } catch (const std::bad_alloc &) {
        printError(QString::fromLatin1(command->name), QStringLiteral("out of memory"));
        return ExitFailure;
    } catch (const std::exception &e) {
        printError(QString::fromLatin1(command->name), QString::fromStdString(e.what()));
        return ExitFailure;
    }
}

} // namespace wb::cli
