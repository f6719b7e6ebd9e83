#pragma once
#include <qcustomplot.h>

namespace wb {

/**
 * Base of the Audio Lab's plot widgets: a QCustomPlot whose x axis is time
 * in seconds, zoomed with the mouse wheel and panned by dragging (time axis
 * only; the frequency or amplitude axis stays put), kept inside the clip,
 * and reset to the whole clip by a double click. Shift+drag marks a time
 * region instead of panning (regionDragged()); a Shift+click without a drag
 * asks to clear it. The selection band and the playhead line live on their
 * own buffered layer, so moving them redraws only that layer, not the
 * spectrogram under it. GUI thread only.
 */
class TimeAxisPlot : public QCustomPlot
{
    Q_OBJECT
public:
    explicit TimeAxisPlot(QWidget *parent = nullptr);

    /** Limits panning and zooming to [0, duration]; 0 lifts the limit. */
    void setTimeBounds(double duration);
    double timeBounds() const { return m_duration; }
    void resetZoom();

    /** Shows [t0, t1] as a shaded band; t1 <= t0 hides it. */
    void setSelection(double t0, double t1);
    /** Shows a vertical line at t seconds; a negative t hides it. */
    void setPlayhead(double t);
    bool playheadVisible() const;
    double playheadTime() const { return m_playhead; }
    bool selectionVisible() const;

Q_SIGNALS:
    /** The user is Shift-dragging over [t0, t1] (t0 <= t1); finished on release. */
    void regionDragged(double t0, double t1, bool finished);
    /** Shift+click without a drag. */
    void regionCleared();

protected:
    /** Called when the UI language changes; subclasses re-set their labels. */
    virtual void retranslate();
    void changeEvent(QEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void keepInBounds(const QCPRange &range);
    double timeAt(const QPointF &pos) const;

    double m_duration = 0.0;
    double m_playhead = -1.0;
    QCPLayer *m_overlay = nullptr;
    QCPItemRect *m_selectionBand = nullptr;
    QCPItemStraightLine *m_playheadLine = nullptr;
    bool m_selecting = false;
    double m_anchor = 0.0;
    QPointF m_pressPos;
};

} // namespace wb
