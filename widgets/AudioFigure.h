#pragma once
#include <QCoreApplication>
#include <QString>

namespace wb {

class AudioBuffer;
class Matrix;

/**
 * A static figure of a clip, like librosa's waveshow + specshow pair: the
 * waveform above the mel-spectrogram (dB, viridis, with a colour bar), drawn
 * by the same layers the Audio Lab's views use. Needs a QApplication (the
 * offscreen platform is fine) and runs on the GUI thread. render() returns
 * false and sets *error to a one-line message on failure; the output file is
 * written atomically, so a failed export never leaves half a file.
 */
class AudioFigure
{
    Q_DECLARE_TR_FUNCTIONS(wb::AudioFigure)

public:
    /**
     * melDb is [nMels][frames] in dB, hop the hop length it was computed
     * with, and melFmin/melFmax the filterbank's range (melFmax <= 0 means
     * Nyquist), which places the Hz tick labels. The format follows
     * outPath's extension: .png, .jpg/.jpeg, .bmp or .pdf (SVG needs Qt SVG,
     * which the build does not link, so it is refused with a message).
     */
    static bool render(const AudioBuffer &audio, const Matrix &melDb, int hop, const QString &title,
                       const QString &outPath, int width, int height, QString *error,
                       double melFmin = 0.0, double melFmax = 0.0);
    /** Extensions render() accepts, for file dialogs. */
    static QStringList supportedSuffixes();
};

} // namespace wb
