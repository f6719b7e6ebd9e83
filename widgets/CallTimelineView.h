#pragma once
#include "callcenter/CallAnalysis.h"

#include <QWidget>

#include <memory>

class QPainter;

namespace wb {

/**
 * The call on one time axis: each party's waveform over its speech segments,
 * long silences (grey) and overlaps (red) across both lanes, keyword hits as
 * labelled flags on the lane of whoever said them, and each party's agitation
 * curve. paint() draws the same picture on any QPainter, so the PDF report
 * shows exactly what the page shows. A click reports the time under the
 * mouse (the page plays from there). GUI thread only; never fails.
 */
class CallTimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit CallTimelineView(QWidget *parent = nullptr);

    void setAnalysis(std::shared_ptr<const CallAnalysis> analysis);
    const CallAnalysis *analysis() const { return m_analysis.get(); }
    /** Seconds of the playhead line; negative hides it. */
    void setPlayhead(double seconds);

    /** Draws analysis into rect (in painter coordinates). */
    static void paint(QPainter &painter, const QRectF &rect, const CallAnalysis &analysis, double playhead = -1.0);
    /** The flag colours, for legends elsewhere. */
    static QColor partyColor(int party);

    QSize sizeHint() const override { return {900, 360}; }
    QSize minimumSizeHint() const override { return {400, 240}; }

signals:
    void timeClicked(double seconds);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    std::shared_ptr<const CallAnalysis> m_analysis;
    double m_playhead = -1.0;
};

} // namespace wb
