#pragma once
#include <QStringList>

namespace wb::cli {

/**
 * The headless `wavebench <command> ...` interface: the same core and model code
 * the GUI uses, driven from a terminal, a script or a test. Main thread only.
 * Errors print one line on stderr; the exit code is 0, 1 (failed) or 2 (usage).
 */
struct Command
{
    const char *name;
    const char *summary;
    bool needsGui; ///< needs a QApplication (rendering), run offscreen when headless
    int (*run)(const QStringList &arguments);
};

/** True when argv[1] names a command or asks for the CLI's --help/--version. */
bool isCommandLine(int argc, char **argv);
/** Creates the right application object and runs the command named by argv[1]. */
int run(int argc, char **argv);

// The command functions, one group per file.
int runInfo(const QStringList &arguments);
int runConvert(const QStringList &arguments);
int runStft(const QStringList &arguments);
int runMel(const QStringList &arguments);
int runGriffinLim(const QStringList &arguments);
int runPlot(const QStringList &arguments);
int runVersion(const QStringList &arguments);
int runDevices(const QStringList &arguments);
int runPlay(const QStringList &arguments);
int runRecord(const QStringList &arguments);
int runBench(const QStringList &arguments);
int runWaveNet(const QStringList &arguments);
int runPitch(const QStringList &arguments);
int runPhonemes(const QStringList &arguments);
int runCorpus(const QStringList &arguments);
int runTts(const QStringList &arguments);
int runTtsTrain(const QStringList &arguments); ///< `tts train`, from runTts
int runCallCenter(const QStringList &arguments);
int runClassify(const QStringList &arguments);
int runEmbed(const QStringList &arguments);       ///< `embed`, SpeakerCommands.cpp
int runSpeakerEval(const QStringList &arguments); ///< `speaker-eval`
int runSpeaker(const QStringList &arguments);     ///< `speaker train|info`
int runSpeakerMap(const QStringList &arguments);  ///< `speaker map`, SpeakerMapCommand.cpp
int runClone(const QStringList &arguments);       ///< `clone`, CloneCommand.cpp
int runCloneEval(const QStringList &arguments);   ///< `speaker clone-eval`, CloneCommand.cpp
int runClassifier(const QStringList &arguments);
int runRoi(const QStringList &arguments);
int runWatermark(const QStringList &arguments); ///< `watermark embed|detect`, WatermarkCommands.cpp

} // namespace wb::cli
