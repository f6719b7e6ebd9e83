#pragma once
#include "callcenter/Roi.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QGraphicsRectItem;
class QScatterSeries;
class QPainter;

namespace wb {

/**
 * The ROI calculator's four Qt Charts, in a 2 x 2 grid: cost per year side by
 * side (team against AI), cumulative cost with the break-even point marked,
 * the share of calls each reviews, and the two content cases (human against
 * AI). Each chart is rebuilt from the figures it is given, in dollars with a
 * k or M scale, and redrawn on a language change. GUI thread only; never
 * fails (figures it is not given leave their chart as it was).
 */
class RoiCharts : public QWidget
{
    Q_OBJECT
public:
    explicit RoiCharts(QWidget *parent = nullptr);

    void showCallCenter(const RoiInputs &inputs, const RoiResult &result);
    void showContent(const ContentCase &audiobook, const ContentCase &dubbing);
    /** Fades the call-center charts (or the content chart) while their inputs are invalid. */
    void setCallCenterStale(bool stale);
    void setContentStale(bool stale);

    QChartView *costView() const { return m_views[0]; }
    QChartView *cumulativeView() const { return m_views[1]; }
    QChartView *coverageView() const { return m_views[2]; }
    QChartView *contentView() const { return m_views[3]; }
    /** Draws the four charts into target, in the same grid, as vectors (for the PDF). */
    void render(QPainter *painter, const QRectF &target) const;

    /** The series colors, shared with the panel's result cards. */
    static QColor traditionalColor();
    static QColor aiColor();
    static QColor savingsColor();
    /** "Break-even after 0.27 months (8 days)", as the chart and the panel say it. */
    static QString breakEvenText(double months);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void drawCost();
    void drawCumulative();
    void drawCoverage();
    void drawContent();
    void placeCallout();
    QChart *chart(int index) const;

    QChartView *m_views[4];
    std::optional<std::pair<RoiInputs, RoiResult>> m_callCenter;
    std::optional<std::pair<ContentCase, ContentCase>> m_content;
    QGraphicsRectItem *m_callout = nullptr; ///< the break-even label, owned by its chart
    QScatterSeries *m_calloutSeries = nullptr;
    QPointF m_calloutPoint;
};

} // namespace wb
