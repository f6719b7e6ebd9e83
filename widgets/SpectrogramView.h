#pragma once
#include "TimeAxisPlot.h"

namespace wb {

class Matrix;
class SpectrogramImage;
class SpectrogramLayer;

/**
 * The Audio Lab's spectrogram widget (linear STFT or mel) with its dB colour
 * bar on the right. GUI thread only; never fails.
 */
class SpectrogramView : public TimeAxisPlot
{
    Q_OBJECT
public:
    explicit SpectrogramView(QWidget *parent = nullptr);

    void setLinear(const Matrix &db, int sampleRate, int hop, int nFft);
    void setMel(const Matrix &db, int sampleRate, int hop, double fmin, double fmax);
    void showLinear(const SpectrogramImage &image, int sampleRate, int nFft);
    void showMel(const SpectrogramImage &image, double fmin, double fmax);
    void setDbRange(double range);
    void setColorMap(const QString &name);
    void clear();
    bool hasData() const;
    SpectrogramLayer *layer() const { return m_layer; }

protected:
    void retranslate() override;

private:
    SpectrogramLayer *m_layer;
};

} // namespace wb
