#pragma once
#include "AudioClassifierCheckpoint.h"

#include <QWidget>

namespace wb {

/**
 * A confusion matrix as a grid: a row per true class, a column per
 * predicted class, each cell shaded by the share of its row, the diagonal
 * (right answers) in green and the rest in red; beside it each class's
 * recall and precision, and the accuracy and clip count below. Painted
 * directly. GUI thread only; never fails (an empty evaluation shows a hint).
 */
class ConfusionMatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget *parent = nullptr);

    void setEvaluation(const ClassifierEvaluation &evaluation, const QString &caption = {});
    void clear();
    const ClassifierEvaluation &evaluation() const { return m_evaluation; }
    QString caption() const { return m_caption; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    ClassifierEvaluation m_evaluation;
    QString m_caption;
};

} // namespace wb
