// `wavebench plot`: the seed's visualize_audio figure (waveform over mel-spectrogram
// in dB with a colorbar), drawn by the same views the Audio Lab shows.
#include "AudioFigure.h"
#include "Cli.h"
#include "CliSupport.h"
#include "Decibel.h"
#include "MelFilterbank.h"

#include <QFileInfo>

namespace wb::cli {

int runPlot(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("plot"),
                   QStringLiteral("Draw the waveform over the mel-spectrogram (dB, with colorbar) "
                                  "into a PNG, SVG or PDF file."));
    cl.addPositional(QStringLiteral("FILE"), QStringLiteral("Audio file."));
    cl.addOption(QStringLiteral("o,output"), QStringLiteral("Output .png, .svg or .pdf."),
                 QStringLiteral("OUT"));
    cl.addOption(QStringLiteral("width"), QStringLiteral("Width in pixels."), QStringLiteral("PX"),
                 QStringLiteral("1200"));
    cl.addOption(QStringLiteral("height"), QStringLiteral("Height in pixels."), QStringLiteral("PX"),
                 QStringLiteral("800"));
    cl.addOption(QStringLiteral("n-mels"), QStringLiteral("Number of mel bands."), QStringLiteral("N"),
                 QStringLiteral("128"));
    addRateOption(cl);
    addStftOptions(cl);
    if (!cl.parse(arguments))
        return ExitOk;
    const QString file = cl.positionals(1).at(0);
    const QString out = cl.output();
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (!AudioFigure::supportedSuffixes().contains(suffix))
        throw UsageError(QStringLiteral("output must end in .%1: %2")
                             .arg(AudioFigure::supportedSuffixes().join(QStringLiteral(", .")), out));
    const int width = cl.intValue(QStringLiteral("width"), 200, 8000);
    const int height = cl.intValue(QStringLiteral("height"), 200, 8000);
    const StftParams stft = stftParams(cl);

    const AudioBuffer audio = loadMono(cl, file);
    MelParams mp;
    mp.sampleRate = audio.sampleRate();
    mp.nFft = stft.nFft;
    mp.nMels = cl.intValue(QStringLiteral("n-mels"), 1, 512);
    mp.fmax = std::min(8000.0f, audio.sampleRate() / 2.0f);
    const Matrix melDb = powerToDb(melSpectrogram(audio.samples(), stft, MelFilterbank(mp)));

    QString error;
    if (!AudioFigure::render(audio, melDb, stft.hop, QFileInfo(file).fileName(), out, width, height,
                             &error, mp.fmin, mp.fmax))
        throw wb::Error(error.toStdString());
    return ExitOk;
}

} // namespace wb::cli
