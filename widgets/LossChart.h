#pragma once
#include <QPointF>
#include <QWidget>

#include <vector>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace wb {

/**
 * The training loss as it falls, drawn with Qt Charts: one point per step,
 * axes that grow with the run, and a dashed line at ln(levels), the loss of a
 * uniform guess, so a class sees where training starts from. GUI thread
 * only; never fails.
 */
class LossChart : public QWidget
{
    Q_OBJECT
public:
    explicit LossChart(QWidget *parent = nullptr);

    /** Starts a new run; levels sets the uniform-guess line. */
    void reset(int levels, int plannedSteps);
    /** Appends (step, loss) points. */
    void addPoints(const std::vector<QPointF> &points);
    int pointCount() const;
    QPointF lastPoint() const;
    QChartView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QChartView *m_view;
    QChart *m_chart;
    QLineSeries *m_loss;
    QLineSeries *m_uniform;
    QValueAxis *m_x;
    QValueAxis *m_y;
    int m_levels = 256;
    double m_top = 6.0;
};

} // namespace wb
