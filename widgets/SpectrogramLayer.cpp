#include "SpectrogramLayer.h"

#include "ColorMaps.h"
#include "MelAxisTicker.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace wb {

SpectrogramLayer::SpectrogramLayer(QCPAxisRect *rect)
    : QObject(rect)
    , m_rect(rect)
    , m_melTicker(new MelAxisTicker)
{
    QCustomPlot *plot = rect->parentPlot();
    m_map = new QCPColorMap(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    m_scale = new QCPColorScale(plot);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(12);
    m_scale->axis()->setSubTicks(false);
    m_map->setColorScale(m_scale);
    m_map->setGradient(viridisGradient());
    // Cells are ~50 ms wide; interpolating would smear onsets a teacher wants to point at.
    m_map->setInterpolate(false);
    m_map->setTightBoundary(true);
    retranslate();
}

void SpectrogramLayer::retranslate()
{
    m_scale->axis()->setLabel(tr("dB"));
    m_rect->axis(QCPAxis::atLeft)->setLabel(m_isMel ? tr("Frequency (Hz, mel scale)") : tr("Frequency (Hz)"));
}

void SpectrogramLayer::fill(const Matrix &db, int sampleRate, int hop, double yLow, double yHigh)
{
    const int bins = int(db.rows());
    const int frames = int(db.cols());
    QCPColorMapData *data = m_map->data();
    if (bins == 0 || frames == 0 || sampleRate <= 0) {
        clear();
        return;
    }
    const double frameStep = double(hop) / sampleRate;
    // QCustomPlot needs a non-empty range even for a one-frame clip.
    const double tLast = std::max(frameStep, (frames - 1) * frameStep);
    data->setSize(frames, bins);
    data->setRange(QCPRange(0, tLast), QCPRange(yLow, yHigh));
    float mx = -std::numeric_limits<float>::infinity();
    for (int b = 0; b < bins; ++b) {
        const float *row = db.row(b);
        for (int f = 0; f < frames; ++f) {
            data->setCell(f, b, row[f]);
            mx = std::max(mx, row[f]);
        }
    }
    m_maxDb = std::isfinite(mx) ? mx : 0.0;
    m_duration = tLast;
    m_hasData = true;
    applyDbRange();
}

void SpectrogramLayer::setLinear(const Matrix &db, int sampleRate, int hop, int nFft)
{
    QCPAxis *y = m_rect->axis(QCPAxis::atLeft);
    y->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    m_isMel = false;
    retranslate();
    const double binHz = double(sampleRate) / std::max(1, nFft);
    fill(db, sampleRate, hop, 0.0, std::max(binHz, (int(db.rows()) - 1) * binHz));
    y->setRange(-binHz / 2, (int(db.rows()) - 0.5) * binHz);
}

void SpectrogramLayer::setMel(const Matrix &db, int sampleRate, int hop, double fmin, double fmax)
{
    QCPAxis *y = m_rect->axis(QCPAxis::atLeft);
    m_melTicker->setScale(int(db.rows()), fmin, fmax);
    y->setTicker(m_melTicker);
    m_isMel = true;
    retranslate();
    const double bands = std::max(1, int(db.rows()));
    fill(db, sampleRate, hop, 0.0, std::max(1.0, bands - 1));
    y->setRange(-0.5, bands - 0.5);
}

void SpectrogramLayer::setDbRange(double range)
{
    m_dbRange = std::max(1.0, range);
    applyDbRange();
}

void SpectrogramLayer::applyDbRange()
{
    m_map->setDataRange(QCPRange(m_maxDb - m_dbRange, m_maxDb));
}

void SpectrogramLayer::clear()
{
    m_map->data()->clear();
    m_hasData = false;
    m_duration = 0.0;
}

} // namespace wb
