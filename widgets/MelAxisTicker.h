#pragma once
#include <qcustomplot.h>

namespace wb {

/**
 * Axis ticker for a mel-spectrogram's frequency axis: the axis coordinate is
 * the mel band index (band i's centre at i), but ticks sit at round
 * frequencies (64, 128, ..., 8192 Hz) and are labelled in Hz, as librosa's
 * y_axis="mel" does. GUI thread (it lives in a QCustomPlot); never fails.
 */
class MelAxisTicker : public QCPAxisTicker
{
public:
    void setScale(int nMels, double fmin, double fmax, bool htk = false);

    /** Band coordinate of a frequency, and back. */
    double bandForHz(double hz) const;
    double hzForBand(double band) const;

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
    int getSubTickCount(double tickStep) override;

private:
    int m_nMels = 128;
    double m_melMin = 0.0;
    double m_melMax = 1.0;
    bool m_htk = false;
};

} // namespace wb
