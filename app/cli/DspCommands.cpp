// `wavebench stft`, `mel` and `griffinlim`: the DSP of core, writing NumPy files.
#include "AudioFile.h"
#include "Cli.h"
#include "CliSupport.h"
#include "Decibel.h"
#include "GriffinLim.h"
#include "MelFilterbank.h"
#include "Npy.h"

#include <cmath>

namespace wb::cli {

namespace {

void addMelOptions(CommandLine &cl)
{
    cl.addOption(QStringLiteral("n-mels"), QStringLiteral("Number of mel bands."), QStringLiteral("N"),
                 QStringLiteral("128"));
    cl.addOption(QStringLiteral("fmin"), QStringLiteral("Lowest frequency in Hz."), QStringLiteral("HZ"),
                 QStringLiteral("0"));
    cl.addOption(QStringLiteral("fmax"),
                 QStringLiteral("Highest frequency in Hz (default 8000, at most half the rate)."),
                 QStringLiteral("HZ"), QStringLiteral("8000"));
    cl.addOption(QStringLiteral("htk"), QStringLiteral("HTK mel scale instead of Slaney's."));
}

MelParams melParams(const CommandLine &cl, int sampleRate, int nFft, int nMels)
{
    MelParams p;
    p.sampleRate = sampleRate;
    p.nFft = nFft;
    p.nMels = nMels;
    p.fmin = float(cl.doubleValue(QStringLiteral("fmin"), 0.0, 384000.0));
    p.fmax = float(cl.doubleValue(QStringLiteral("fmax"), 1.0, 384000.0));
    // The default 8000 Hz suits 22050 Hz speech; for low rates it becomes Nyquist.
    if (!cl.isSet(QStringLiteral("fmax")) && p.fmax > sampleRate / 2.0f)
        p.fmax = sampleRate / 2.0f;
    p.htk = cl.isSet(QStringLiteral("htk"));
    try {
        p.validate();
    } catch (const wb::Error &e) {
        throw UsageError(QString::fromStdString(e.what()));
    }
    return p;
}

} // namespace

int runStft(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("stft"),
                   QStringLiteral("Magnitude STFT |librosa.stft(y)| as float32 .npy, shape "
                                  "[1 + n_fft/2, frames]."));
    cl.addPositional(QStringLiteral("FILE"), QStringLiteral("Audio file."));
    cl.addOption(QStringLiteral("o,output"), QStringLiteral("Output .npy file."), QStringLiteral("OUT"));
    cl.addOption(QStringLiteral("power"), QStringLiteral("Exponent: 1 magnitude, 2 power."),
                 QStringLiteral("P"), QStringLiteral("1"));
    addRateOption(cl);
    addStftOptions(cl);
    if (!cl.parse(arguments))
        return ExitOk;
    const QString file = cl.positionals(1).at(0);
    const QString out = cl.output();
    const StftParams params = stftParams(cl);
    const float power = float(cl.doubleValue(QStringLiteral("power"), 0.1, 4.0));
    const AudioBuffer audio = loadMono(cl, file);
    Npy::write(out.toStdString(), stftMagnitude(audio.samples(), params, power));
    return ExitOk;
}

int runMel(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("mel"),
                   QStringLiteral("Mel-spectrogram (power 2) as float32 .npy, shape [n_mels, frames]; "
                                  "--db applies power_to_db(ref=max, top_db=80)."));
    cl.addPositional(QStringLiteral("FILE"), QStringLiteral("Audio file."));
    cl.addOption(QStringLiteral("o,output"), QStringLiteral("Output .npy file."), QStringLiteral("OUT"));
    cl.addOption(QStringLiteral("db"), QStringLiteral("Convert to decibels relative to the maximum."));
    addRateOption(cl);
    addStftOptions(cl);
    addMelOptions(cl);
    if (!cl.parse(arguments))
        return ExitOk;
    const QString file = cl.positionals(1).at(0);
    const QString out = cl.output();
    const StftParams stft = stftParams(cl);
    const int nMels = cl.intValue(QStringLiteral("n-mels"), 1, 1024);
    const AudioBuffer audio = loadMono(cl, file);
    const MelFilterbank filterbank(melParams(cl, audio.sampleRate(), stft.nFft, nMels));
    Matrix mel = melSpectrogram(audio.samples(), stft, filterbank, 2.0f);
    if (cl.isSet(QStringLiteral("db")))
        mel = powerToDb(mel);
    Npy::write(out.toStdString(), mel);
    return ExitOk;
}

int runGriffinLim(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("griffinlim"),
                   QStringLiteral("Audio from a magnitude STFT .npy ([1 + n_fft/2, frames]) by "
                                  "Griffin-Lim, or from a mel power .npy with --mel."));
    cl.addPositional(QStringLiteral("IN"), QStringLiteral("Input .npy."));
    cl.addOption(QStringLiteral("o,output"), QStringLiteral("Output .wav or .flac."), QStringLiteral("OUT"));
    cl.addOption(QStringLiteral("sr"), QStringLiteral("Sample rate of the output."), QStringLiteral("HZ"),
                 QStringLiteral("22050"));
    addStftOptions(cl);
    addMelOptions(cl);
    cl.addOption(QStringLiteral("mel"), QStringLiteral("IN is a mel power spectrogram (wavebench mel)."));
    cl.addOption(QStringLiteral("from-db"), QStringLiteral("IN holds decibels (wavebench mel --db)."));
    cl.addOption(QStringLiteral("iters"), QStringLiteral("Iterations."), QStringLiteral("N"),
                 QStringLiteral("32"));
    cl.addOption(QStringLiteral("momentum"), QStringLiteral("Fast Griffin-Lim momentum."),
                 QStringLiteral("M"), QStringLiteral("0.99"));
    cl.addOption(QStringLiteral("zero-phase"), QStringLiteral("Start from zero phase, not random."));
    cl.addOption(QStringLiteral("seed"), QStringLiteral("Seed of the random initial phase."),
                 QStringLiteral("N"), QStringLiteral("0"));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString in = cl.positionals(1).at(0);
    const QString out = cl.output();
    const int sr = cl.intValue(QStringLiteral("sr"), 1000, 384000);
    const bool fromMel = cl.isSet(QStringLiteral("mel"));
    const WriteFormat format = AudioFile::formatForPath(out.toStdString());
    Matrix input = Npy::read(in.toStdString());
    if (input.rows() < 2 || input.cols() < 1)
        throw wb::Error(QStringLiteral("%1: expected a 2-D spectrogram, got shape (%2, %3)")
                            .arg(in).arg(input.rows()).arg(input.cols()).toStdString());
    for (float v : input.values())
        if (!std::isfinite(v))
            throw wb::Error(QStringLiteral("%1: contains NaN or infinite values").arg(in).toStdString());
    if (cl.isSet(QStringLiteral("from-db")))
        input = dbToPower(input);

    StftParams stft = stftParams(cl);
    Matrix magnitude;
    if (fromMel) {
        const int nMels = int(input.rows());
        const MelFilterbank filterbank(melParams(cl, sr, stft.nFft, nMels));
        magnitude = filterbank.invert(input);
        for (float &v : magnitude.values())
            v = std::sqrt(std::max(v, 0.0f));
    } else {
        const int nFft = int(input.rows() - 1) * 2;
        if (cl.isSet(QStringLiteral("n-fft")) && stft.nFft != nFft)
            throw UsageError(QStringLiteral("--n-fft %1 does not match the input's %2 rows (n_fft %3)")
                                 .arg(stft.nFft).arg(input.rows()).arg(nFft));
        stft.nFft = nFft;
        stft.validate();
        magnitude = std::move(input);
    }

    GriffinLimParams gl;
    gl.iterations = cl.intValue(QStringLiteral("iters"), 1, 10000);
    gl.momentum = float(cl.doubleValue(QStringLiteral("momentum"), 0.0, 1.5));
    gl.randomInit = !cl.isSet(QStringLiteral("zero-phase"));
    gl.seed = std::uint32_t(cl.intValue(QStringLiteral("seed"), 0, 2147483647));
    std::vector<float> samples = griffinLim(magnitude, stft, gl);

    float peak = 0.0f;
    for (float v : samples)
        peak = std::max(peak, std::abs(v));
    if (peak > 1.0f) {
        // Rather than clip, scale down; say so, since the level changed.
        for (float &v : samples)
            v *= 0.99f / peak;
        printError(QStringLiteral("griffinlim"),
                   QStringLiteral("note: peak %1 exceeded full scale; normalized to 0.99").arg(peak));
    }
    AudioFile::write(out.toStdString(), AudioBuffer(std::move(samples), sr), format);
    return ExitOk;
}

} // namespace wb::cli
