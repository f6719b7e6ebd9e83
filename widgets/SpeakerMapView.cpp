#include "SpeakerMapView.h"

#include <QEvent>
#include <QResizeEvent>

#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace wb {

SpeakerMapView::SpeakerMapView(QWidget *parent) : QCustomPlot(parent)
{
    setMinimumSize(270, 220);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    legend->setBrush(QColor(255, 255, 255, 215));
    // The legend in a row under the plot, where it hides no point and takes no width from a
    // narrow window; resizeEvent wraps it into as many columns as fit.
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(1, 0, legend);
    plotLayout()->setRowStretchFactor(1, 0.001);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(2);
    legend->setMargins(QMargins(6, 4, 6, 4));
    m_empty = new QCPItemText(this);
    m_empty->setPositionAlignment(Qt::AlignCenter);
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.5);
    m_empty->setColor(Qt::darkGray);
    clearMap();
    retranslate();
}

QColor SpeakerMapView::speakerColor(int s)
{
    // Tableau 10: distinct on a projector and for the common colour-vision deficiencies.
    static const QRgb colors[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                  0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    const int n = int(sizeof(colors) / sizeof(colors[0]));
    QColor c(colors[((s % n) + n) % n]);
    if (s >= n) // beyond ten speakers the hues repeat, darker
        c = c.darker(100 + 35 * (s / n));
    return c;
}

void SpeakerMapView::setMap(const QStringList &speakers, const std::vector<bool> &heldOut,
                            const std::vector<std::pair<double, double>> &points,
                            const std::vector<int> &speakerOf, double explained)
{
    clearGraphs();
    m_reference = m_clone = m_heardKey = m_unseenKey = nullptr;
    m_speakers = speakers;
    // A legend line per voice reads well for a class's few voices, not for a corpus's hundred.
    constexpr int kMaxNamedVoices = 12;
    const bool named = speakers.size() <= kMaxNamedVoices;
    m_heardCount = m_unseenCount = 0;
    m_explained = explained;
    for (int s = 0; s < speakers.size(); ++s) {
        QCPGraph *g = addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        const bool held = std::size_t(s) < heldOut.size() && heldOut[std::size_t(s)];
        const QColor c = speakerColor(s);
        g->setScatterStyle(held ? QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(c, 1.6), Qt::NoBrush, 7)
                                : QCPScatterStyle(QCPScatterStyle::ssDisc, c, 6));
        g->setName(held ? tr("%1 (unseen)").arg(speakers[s]) : speakers[s]);
        (held ? m_unseenCount : m_heardCount) += 1;
        if (!named)
            g->removeFromLegend();
        QVector<double> xs, ys;
        for (std::size_t u = 0; u < points.size() && u < speakerOf.size(); ++u)
            if (speakerOf[u] == s) {
                xs << points[u].first;
                ys << points[u].second;
            }
        g->setData(xs, ys);
    }
    if (!named) {
        // Empty graphs whose only job is the legend: a grey dot and a grey ring.
        m_heardKey = addGraph();
        m_heardKey->setLineStyle(QCPGraph::lsNone);
        m_heardKey->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, Qt::gray, 6));
        m_unseenKey = addGraph();
        m_unseenKey->setLineStyle(QCPGraph::lsNone);
        m_unseenKey->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::gray, 1.6), Qt::NoBrush, 7));
    }
    // Drawn last, so they sit on top of the dots.
    m_reference = addGraph();
    m_reference->setLineStyle(QCPGraph::lsNone);
    QPainterPath star; // five points, filled (QCustomPlot draws a custom path 6 units across at size)
    for (int k = 0; k < 10; ++k) {
        const double r = k % 2 == 0 ? 3.0 : 1.26, a = -M_PI / 2 + k * M_PI / 5;
        const QPointF p(r * std::cos(a), r * std::sin(a));
        k == 0 ? star.moveTo(p) : star.lineTo(p);
    }
    star.closeSubpath();
    QPen outline(Qt::black, 1.5);
    outline.setCosmetic(true); // the path is scaled up; its outline should not be
    m_reference->setScatterStyle(QCPScatterStyle(star, outline, QColor(255, 200, 0), 26));
    m_clone = addGraph();
    m_clone->setLineStyle(QCPGraph::lsNone);
    m_clone->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCrossCircle, QPen(QColor(200, 0, 80), 3), Qt::white, 20));
    m_hasReference = m_hasClone = false;
    retranslate();
    rescale();
}

void SpeakerMapView::clearMap()
{
    clearGraphs();
    m_reference = m_clone = m_heardKey = m_unseenKey = nullptr;
    m_speakers.clear();
    m_hasReference = m_hasClone = false;
    retranslate();
    replot(rpQueuedReplot);
}

void SpeakerMapView::setReference(double x, double y)
{
    if (!m_reference)
        return;
    m_reference->setData(QVector<double>{x}, QVector<double>{y});
    m_hasReference = true;
    retranslate();
    rescale();
}

void SpeakerMapView::clearReference()
{
    if (m_reference)
        m_reference->data()->clear();
    m_hasReference = false;
    retranslate();
    rescale();
}

void SpeakerMapView::setClone(double x, double y)
{
    if (!m_clone)
        return;
    m_clone->setData(QVector<double>{x}, QVector<double>{y});
    m_hasClone = true;
    retranslate();
    rescale();
}

void SpeakerMapView::clearClone()
{
    if (m_clone)
        m_clone->data()->clear();
    m_hasClone = false;
    retranslate();
    rescale();
}

void SpeakerMapView::rescale()
{
    if (graphCount() > 0) {
        rescaleAxes(true);
        // A margin, so the big markers are not cut by the frame, and room for the legend.
        for (QCPAxis *axis : {xAxis, yAxis}) {
            const QCPRange r = axis->range();
            const double pad = std::max(r.size(), 1e-3) * 0.12;
            axis->setRange(r.lower - pad, r.upper + pad);
        }
    }
    replot(rpQueuedReplot);
}

void SpeakerMapView::resizeEvent(QResizeEvent *event)
{
    // About 200 pixels a legend entry: two columns in a narrow window, four in a wide one.
    const int columns = std::clamp(event->size().width() / 200, 1, 4);
    if (legend->wrap() != columns) {
        legend->setWrap(columns);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // re-flow the entries
    }
    QCustomPlot::resizeEvent(event);
}

void SpeakerMapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QCustomPlot::changeEvent(event);
}

void SpeakerMapView::retranslate()
{
    xAxis->setLabel(hasMap() ? tr("principal component 1\n(the two axes keep %1% of the variance)")
                                   .arg(m_explained * 100.0, 0, 'f', 0)
                             : tr("principal component 1"));
    yAxis->setLabel(tr("principal component 2"));
    if (m_heardKey)
        m_heardKey->setName(tr("%n voice(s) heard in training", nullptr, m_heardCount));
    if (m_unseenKey)
        m_unseenKey->setName(tr("%n unseen voice(s)", nullptr, m_unseenCount));
    if (m_reference)
        m_reference->setName(m_hasReference ? tr("your reference") : QString());
    if (m_clone)
        m_clone->setName(m_hasClone ? tr("the clone") : QString());
    // Only markers that are shown get a legend line.
    if (m_reference && !m_hasReference)
        m_reference->removeFromLegend();
    else if (m_reference)
        m_reference->addToLegend();
    if (m_clone && !m_hasClone)
        m_clone->removeFromLegend();
    else if (m_clone)
        m_clone->addToLegend();
    m_empty->setText(hasMap() ? QString() : tr("No speaker map loaded"));
    m_empty->setVisible(!hasMap());
    legend->setVisible(hasMap());
    replot(rpQueuedReplot);
}

} // namespace wb
