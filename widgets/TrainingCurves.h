#pragma once
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace wb {

/**
 * A classifier's training as it goes, one point per epoch: training and
 * validation loss (left axis) and accuracy in percent (right axis), drawn
 * with Qt Charts; the gap between the training and validation lines is
 * overfitting made visible. GUI thread only; never fails (NaN points, as
 * from a run without a validation split, are left out).
 */
class TrainingCurves : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingCurves(QWidget *parent = nullptr);

    void reset(int maxEpochs, int classes);
    void addEpoch(int epoch, double trainLoss, double validationLoss, double trainAccuracy,
                  double validationAccuracy);
    int epochCount() const;
    QChartView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setEpochRange(int last);

    QChartView *m_view;
    QChart *m_chart;
    QLineSeries *m_trainLoss, *m_validationLoss, *m_trainAccuracy, *m_validationAccuracy;
    QValueAxis *m_x, *m_loss, *m_accuracy;
    double m_top = 1.0;
};

} // namespace wb
