#pragma once
#include <qcustomplot.h>

#include <vector>

namespace wb {

/**
 * One WaveNet step's softmax over the mu-law levels as a bar chart: a bar per
 * level, the level actually drawn in a second colour, and a line naming it.
 * GUI thread only; never fails (an empty distribution clears the chart).
 */
class SoftmaxChart : public QCustomPlot
{
    Q_OBJECT
public:
    explicit SoftmaxChart(QWidget *parent = nullptr);

    /** probabilities: one per level; drawn: the level that was sampled (-1: none). */
    void setDistribution(const std::vector<float> &probabilities, int drawn);
    void clear();

    int barCount() const;
    /** Sum of the bar heights (1 for a softmax). */
    double total() const;
    int drawnLevel() const { return m_drawn; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QCPBars *m_bars;
    QCPBars *m_drawnBar;
    QCPItemText *m_empty;
    int m_drawn = -1;
    int m_levels = 256;
};

/** Large-font styling shared by the WaveNet tab's QCustomPlot charts. */
void styleTeachingPlot(QCustomPlot *plot);

} // namespace wb
