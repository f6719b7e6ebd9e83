#pragma once
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace wb {

class AudioBuffer;
class Matrix;
struct WaveformSummary;

/** What AudioFigure::render() draws, and where. */
struct FigureRequest
{
    std::shared_ptr<const AudioBuffer> audio;       ///< mono
    std::shared_ptr<const WaveformSummary> summary; ///< of audio; null: built here
    const Matrix *melDb = nullptr;                  ///< [nMels][frames] in dB
    int hop = 512;
    QString title;
    QString outPath;
    int width = 1400;  ///< logical size; PNG pixels are width * scale
    int height = 900;
    double melFmin = 0.0;
    double melFmax = 0.0; ///< <= 0: Nyquist
    /** PNG only: device pixels per logical pixel (DPI / 96), 0.5..8. */
    double scale = 1.0;
};

/**
 * A static figure of a clip, like librosa's waveshow + specshow pair: the
 * waveform above the mel-spectrogram (dB, viridis, with a colour bar), drawn
 * by the same layers the Audio Lab's views use, as PNG (at any DPI), JPEG,
 * BMP, SVG (vector, through QSvgGenerator) or PDF. Needs a QApplication (the
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
     * outPath's extension: .png, .jpg/.jpeg, .bmp, .svg or .pdf.
     */
    static bool render(const AudioBuffer &audio, const Matrix &melDb, int hop, const QString &title,
                       const QString &outPath, int width, int height, QString *error,
                       double melFmin = 0.0, double melFmax = 0.0);
    /** The same from shared audio (no copy, and no pass over it when the summary is given). */
    static bool render(const FigureRequest &request, QString *error);
    /** Dots per inch of a PNG drawn at scale 1. */
    static constexpr int kBaseDpi = 96;
    /** Extensions render() accepts, for file dialogs. */
    static QStringList supportedSuffixes();
};

} // namespace wb
