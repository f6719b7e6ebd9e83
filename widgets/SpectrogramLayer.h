#pragma once
#include "Matrix.h"

#include <QObject>
#include <QSharedPointer>

class QCPAxisRect;
class QCPColorMap;
class QCPColorScale;

namespace wb {

class MelAxisTicker;
class SpectrogramImage;

/**
 * Draws a spectrogram in dB (a [bins][frames] matrix, librosa layout) into a
 * QCustomPlot axis rect as a QCPColorMap (viridis unless told otherwise),
 * with a colour scale labelled dB. Time runs in seconds (frame f centred at
 * f * hop / sampleRate, as with librosa's center=True); frequency is Hz for a
 * linear STFT, or mel bands labelled in Hz for a mel-spectrogram. The caller
 * places colorScale() in its layout. GUI thread only; never fails (an empty
 * matrix clears the map).
 *
 * The show*() functions adopt a SpectrogramImage prepared off the GUI thread
 * and cost nothing per cell; the set*() functions build the image here
 * (figures, short clips).
 */
class SpectrogramLayer : public QObject
{
    Q_OBJECT
public:
    explicit SpectrogramLayer(QCPAxisRect *rect);

    /** Linear STFT: rows are bins 0..nFft/2. */
    void setLinear(const Matrix &db, int sampleRate, int hop, int nFft);
    /** Mel-spectrogram: rows are mel bands between fmin and fmax. */
    void setMel(const Matrix &db, int sampleRate, int hop, double fmin, double fmax);
    /** An image from SpectrogramImage::build() with rows at 0..nFft/2 * binHz. */
    void showLinear(const SpectrogramImage &image, int sampleRate, int nFft);
    /** An image whose rows are the mel bands 0..nMels-1. */
    void showMel(const SpectrogramImage &image, double fmin, double fmax);
    /** Colours span [loudest - range, loudest]. */
    void setDbRange(double range);
    /** A ColorMaps name (viridis, magma, inferno, gray). */
    void setColorMap(const QString &name);
    void clear();
    /** Re-sets the axis labels in the current UI language. */
    void retranslate();

    bool hasData() const { return m_hasData; }
    QCPColorScale *colorScale() const { return m_scale; }
    QCPColorMap *colorMap() const { return m_map; }
    double duration() const { return m_duration; }

private:
    void adopt(const SpectrogramImage &image);
    void applyDbRange();

    QCPAxisRect *m_rect;
    QCPColorMap *m_map;
    QCPColorScale *m_scale;
    QSharedPointer<MelAxisTicker> m_melTicker;
    bool m_isMel = false;
    bool m_hasData = false;
    double m_duration = 0.0;
    double m_maxDb = 0.0;
    double m_dbRange = 80.0;
};

} // namespace wb
