#include "SpectrogramLayer.h"

#include "ColorMaps.h"
#include "MelAxisTicker.h"
#include "SpectrogramImage.h"

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

void SpectrogramLayer::adopt(const SpectrogramImage &image)
{
    QCPColorMapData *data = image.take();
    if (image.isEmpty() || !data) {
        delete data;
        clear();
        return;
    }
    m_map->setData(data, false); // takes ownership, frees the previous data
    m_maxDb = image.maxDb();
    m_duration = data->keyRange().upper;
    m_hasData = true;
    applyDbRange();
}

void SpectrogramLayer::setLinear(const Matrix &db, int sampleRate, int hop, int nFft)
{
    const double binHz = double(sampleRate) / std::max(1, nFft);
    showLinear(SpectrogramImage::build(db, double(hop) / std::max(1, sampleRate), 0.0,
                                       std::max(binHz, (int(db.rows()) - 1) * binHz)),
               sampleRate, nFft);
}

void SpectrogramLayer::setMel(const Matrix &db, int sampleRate, int hop, double fmin, double fmax)
{
    showMel(SpectrogramImage::build(db, double(hop) / std::max(1, sampleRate), 0.0,
                                    std::max(1.0, double(db.rows()) - 1)),
            fmin, fmax);
}

void SpectrogramLayer::showLinear(const SpectrogramImage &image, int sampleRate, int nFft)
{
    QCPAxis *y = m_rect->axis(QCPAxis::atLeft);
    y->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    m_isMel = false;
    retranslate();
    adopt(image);
    const double binHz = double(sampleRate) / std::max(1, nFft);
    y->setRange(-binHz / 2, (image.rows() - 0.5) * binHz);
}

void SpectrogramLayer::showMel(const SpectrogramImage &image, double fmin, double fmax)
{
    QCPAxis *y = m_rect->axis(QCPAxis::atLeft);
    m_melTicker->setScale(image.rows(), fmin, fmax);
    y->setTicker(m_melTicker);
    m_isMel = true;
    retranslate();
    adopt(image);
    y->setRange(-0.5, std::max(1, image.rows()) - 0.5);
}

void SpectrogramLayer::setColorMap(const QString &name)
{
    m_map->setGradient(colorMapGradient(name));
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
