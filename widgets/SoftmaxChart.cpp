#include "SoftmaxChart.h"

#include <QEvent>

#include <algorithm>
#include <numeric>

namespace wb {

void styleTeachingPlot(QCustomPlot *plot)
{
    const QFont font = plot->font();
    QFont label = font;
    label.setBold(false);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setTickLabelFont(font);
        axis->setLabelFont(label);
        axis->setBasePen(QPen(QColor(90, 90, 90)));
        axis->setTickPen(QPen(QColor(90, 90, 90)));
        axis->setSubTickPen(QPen(QColor(140, 140, 140)));
        axis->grid()->setPen(QPen(QColor(0, 0, 0, 30), 0, Qt::DotLine));
    }
    plot->setBackground(plot->palette().color(QPalette::Base));
}

SoftmaxChart::SoftmaxChart(QWidget *parent)
    : QCustomPlot(parent)
    , m_bars(new QCPBars(xAxis, yAxis))
    , m_drawnBar(new QCPBars(xAxis, yAxis))
    , m_empty(new QCPItemText(this))
{
    styleTeachingPlot(this);
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    m_bars->setWidth(1.0);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(QColor(31, 119, 180));
    m_drawnBar->setWidthType(QCPBars::wtAbsolute);
    m_drawnBar->setWidth(5.0); // stays visible among 256 one-pixel bars
    m_drawnBar->setPen(Qt::NoPen);
    m_drawnBar->setBrush(QColor(230, 85, 13));
    m_empty->setPositionAlignment(Qt::AlignCenter);
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.45);
    m_empty->setFont(font());
    m_empty->setColor(QColor(90, 90, 90));
    setMinimumSize(260, 160);
    clear();
    retranslate();
}

void SoftmaxChart::setDistribution(const std::vector<float> &probabilities, int drawn)
{
    if (probabilities.empty()) {
        clear();
        return;
    }
    m_levels = int(probabilities.size());
    m_drawn = drawn;
    QVector<double> keys(m_levels), values(m_levels);
    double top = 0.0;
    for (int i = 0; i < m_levels; ++i) {
        keys[i] = i;
        values[i] = probabilities[std::size_t(i)];
        top = std::max(top, values[i]);
    }
    m_bars->setData(keys, values, true);
    m_drawnBar->data()->clear();
    if (drawn >= 0 && drawn < m_levels)
        m_drawnBar->addData(drawn, probabilities[std::size_t(drawn)]);
    m_empty->setVisible(false);
    xAxis->setRange(-0.5, m_levels - 0.5);
    yAxis->setRange(0.0, std::max(1e-3, top * 1.12));
    replot(rpQueuedReplot);
}

void SoftmaxChart::clear()
{
    m_bars->data()->clear();
    m_drawnBar->data()->clear();
    m_drawn = -1;
    m_empty->setVisible(true);
    xAxis->setRange(-0.5, m_levels - 0.5);
    yAxis->setRange(0.0, 1.0);
    replot(rpQueuedReplot);
}

int SoftmaxChart::barCount() const
{
    return m_bars->data()->size();
}

double SoftmaxChart::total() const
{
    double sum = 0.0;
    for (auto it = m_bars->data()->constBegin(); it != m_bars->data()->constEnd(); ++it)
        sum += it->value;
    return sum;
}

void SoftmaxChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QCustomPlot::changeEvent(event);
}

void SoftmaxChart::retranslate()
{
    xAxis->setLabel(tr("mu-law level (orange: the one drawn)"));
    yAxis->setLabel(tr("probability"));
    m_empty->setText(tr("Press Step to see the softmax\nover the next sample's levels"));
    replot(rpQueuedReplot);
}

} // namespace wb
