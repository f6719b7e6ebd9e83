#pragma once
#include <qcustomplot.h>

namespace wb {

/**
 * Base of the Audio Lab's plot widgets: a QCustomPlot whose x axis is time
 * in seconds, zoomed with the mouse wheel and panned by dragging (time axis
 * only; the frequency or amplitude axis stays put), kept inside the clip,
 * and reset to the whole clip by a double click. GUI thread only.
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

protected:
    /** Called when the UI language changes; subclasses re-set their labels. */
    virtual void retranslate();
    void changeEvent(QEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void keepInBounds(const QCPRange &range);

    double m_duration = 0.0;
};

} // namespace wb
