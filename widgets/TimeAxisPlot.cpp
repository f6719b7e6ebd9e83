#include "TimeAxisPlot.h"

#include "PlotStyle.h"

namespace wb {

TimeAxisPlot::TimeAxisPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    axisRect()->setRangeZoomFactor(0.8);
    plotstyle::styleAxisRect(this, axisRect());
    setMinimumHeight(140);

    // Selection and playhead on a buffered layer of their own: the playhead
    // moves every 30 ms while playing, and redrawing a spectrogram that
    // often would cost the GUI thread far more than one line.
    addLayer(QStringLiteral("marks"), layer(QStringLiteral("main")), limAbove);
    m_overlay = layer(QStringLiteral("marks"));
    m_overlay->setMode(QCPLayer::lmBuffered);
    m_selectionBand = new QCPItemRect(this);
    m_selectionBand->setLayer(m_overlay);
    m_selectionBand->setClipToAxisRect(true);
    m_selectionBand->setPen(QPen(QColor(255, 140, 0, 220), 1.0));
    m_selectionBand->setBrush(QColor(255, 170, 40, 70));
    m_selectionBand->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_selectionBand->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_selectionBand->setSelectable(false);
    m_selectionBand->setVisible(false);
    m_playheadLine = new QCPItemStraightLine(this);
    m_playheadLine->setLayer(m_overlay);
    m_playheadLine->setClipToAxisRect(true);
    m_playheadLine->setPen(QPen(QColor(220, 30, 30), 2.0));
    m_playheadLine->point1->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_playheadLine->point2->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_playheadLine->setSelectable(false);
    m_playheadLine->setVisible(false);

    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &TimeAxisPlot::keepInBounds);
    TimeAxisPlot::retranslate();
}

void TimeAxisPlot::setTimeBounds(double duration)
{
    m_duration = qMax(0.0, duration);
    if (m_duration > 0)
        xAxis->setRange(0, m_duration);
}

void TimeAxisPlot::resetZoom()
{
    if (m_duration > 0) {
        xAxis->setRange(0, m_duration);
        replot(rpQueuedReplot);
    }
}

void TimeAxisPlot::setSelection(double t0, double t1)
{
    const bool show = t1 > t0;
    m_selectionBand->setVisible(show);
    if (show) {
        m_selectionBand->topLeft->setCoords(t0, 0.0);
        m_selectionBand->bottomRight->setCoords(t1, 1.0);
    }
    m_overlay->replot();
}

void TimeAxisPlot::setPlayhead(double t)
{
    m_playhead = t;
    const bool show = t >= 0.0;
    m_playheadLine->setVisible(show);
    if (show) {
        m_playheadLine->point1->setCoords(t, 0.0);
        m_playheadLine->point2->setCoords(t, 1.0);
    }
    m_overlay->replot();
}

bool TimeAxisPlot::playheadVisible() const
{
    return m_playheadLine->visible();
}

bool TimeAxisPlot::selectionVisible() const
{
    return m_selectionBand->visible();
}

double TimeAxisPlot::timeAt(const QPointF &pos) const
{
    const double t = xAxis->pixelToCoord(pos.x());
    return m_duration > 0 ? qBound(0.0, t, m_duration) : qMax(0.0, t);
}

void TimeAxisPlot::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)
        && axisRect()->rect().contains(event->position().toPoint())) {
        // Shift+drag selects; the base class would start a pan.
        m_selecting = true;
        m_pressPos = event->position();
        m_anchor = timeAt(event->position());
        event->accept();
        return;
    }
    QCustomPlot::mousePressEvent(event);
}

void TimeAxisPlot::mouseMoveEvent(QMouseEvent *event)
{
    if (m_selecting) {
        const double t = timeAt(event->position());
        Q_EMIT regionDragged(qMin(m_anchor, t), qMax(m_anchor, t), false);
        event->accept();
        return;
    }
    QCustomPlot::mouseMoveEvent(event);
}

void TimeAxisPlot::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_selecting) {
        m_selecting = false;
        // A click that barely moved is not a region: it clears the selection.
        if ((event->position() - m_pressPos).manhattanLength() < 4) {
            Q_EMIT regionCleared();
        } else {
            const double t = timeAt(event->position());
            Q_EMIT regionDragged(qMin(m_anchor, t), qMax(m_anchor, t), true);
        }
        event->accept();
        return;
    }
    QCustomPlot::mouseReleaseEvent(event);
}

void TimeAxisPlot::keepInBounds(const QCPRange &range)
{
    if (m_duration <= 0)
        return;
    // The shortest window still shows a few periods of a 100 Hz tone.
    const double minSpan = qMin(m_duration, 0.02);
    QCPRange r = range;
    if (r.size() < minSpan)
        r = QCPRange(r.center() - minSpan / 2, r.center() + minSpan / 2);
    if (r.size() > m_duration)
        r = QCPRange(0, m_duration);
    if (r.lower < 0)
        r = QCPRange(0, r.size());
    if (r.upper > m_duration)
        r = QCPRange(m_duration - r.size(), m_duration);
    if (!(r == range))
        xAxis->setRange(r);
}

void TimeAxisPlot::retranslate()
{
    xAxis->setLabel(tr("Time (s)"));
}

void TimeAxisPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        replot(); // rare event; an immediate replot keeps labels and widgets in step
    }
    QCustomPlot::changeEvent(event);
}

void TimeAxisPlot::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetZoom();
    QCustomPlot::mouseDoubleClickEvent(event);
}

} // namespace wb
