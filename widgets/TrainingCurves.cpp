#include "TrainingCurves.h"

#include "ChartTicks.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace wb {

TrainingCurves::TrainingCurves(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_trainLoss(new QLineSeries(m_chart))
    , m_validationLoss(new QLineSeries(m_chart))
    , m_trainAccuracy(new QLineSeries(m_chart))
    , m_validationAccuracy(new QLineSeries(m_chart))
    , m_x(new QValueAxis(m_chart))
    , m_loss(new QValueAxis(m_chart))
    , m_accuracy(new QValueAxis(m_chart))
{
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_loss, Qt::AlignLeft);
    m_chart->addAxis(m_accuracy, Qt::AlignRight);
    const QColor lossColor(31, 119, 180), accuracyColor(228, 108, 10);
    // Validation curves dashed and a lighter shade: the legend's markers show only the colour.
    m_trainLoss->setPen(QPen(lossColor, 2.0));
    m_validationLoss->setPen(QPen(lossColor.lighter(160), 2.0, Qt::DashLine));
    m_trainAccuracy->setPen(QPen(accuracyColor, 2.0));
    m_validationAccuracy->setPen(QPen(accuracyColor.lighter(140), 2.0, Qt::DashLine));
    for (QLineSeries *s : {m_trainLoss, m_validationLoss}) {
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_loss);
    }
    for (QLineSeries *s : {m_trainAccuracy, m_validationAccuracy}) {
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_accuracy);
    }
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_loss->setLabelFormat(QStringLiteral("%.1f"));
    // Six ticks on both value axes: the loss axis tops out at a whole number of nats, so its
    // steps (a fifth of it) print exactly with one decimal and share the accuracy's 20% grid.
    m_loss->setTickCount(6);
    m_accuracy->setLabelFormat(QStringLiteral("%d%%"));
    m_accuracy->setRange(0, 100);
    m_accuracy->setTickCount(6);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(300, 180);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    reset(20, 2);
    retranslate();
}

void TrainingCurves::reset(int maxEpochs, int classes)
{
    for (QLineSeries *s : {m_trainLoss, m_validationLoss, m_trainAccuracy, m_validationAccuracy})
        s->clear();
    const int epochs = std::max(1, maxEpochs);
    setEpochRange(std::max(2, epochs));
    m_top = std::ceil(std::log(double(std::max(2, classes))) + 0.25);
    m_loss->setRange(0, m_top);
}

void TrainingCurves::addEpoch(int epoch, double trainLoss, double validationLoss, double trainAccuracy,
                              double validationAccuracy)
{
    const double x = epoch;
    const auto add = [x](QLineSeries *s, double y) {
        if (std::isfinite(y))
            s->append(x, y);
    };
    add(m_trainLoss, trainLoss);
    add(m_validationLoss, validationLoss);
    add(m_trainAccuracy, trainAccuracy * 100.0);
    add(m_validationAccuracy, validationAccuracy * 100.0);
    double top = m_top;
    for (double y : {trainLoss, validationLoss})
        if (std::isfinite(y))
            top = std::max(top, std::ceil(y + 0.1));
    if (top != m_top) {
        m_top = top;
        m_loss->setRange(0, m_top);
    }
    if (x > m_x->max())
        setEpochRange(int(x));
}

void TrainingCurves::setEpochRange(int last)
{
    // Whole epochs at a round step (1, 2, 5, 10, ...), so each label names its tick's epoch.
    m_x->setRange(1, last);
    setRoundTicks(m_x);
}

int TrainingCurves::epochCount() const
{
    return int(m_trainLoss->count());
}

void TrainingCurves::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainingCurves::retranslate()
{
    m_trainLoss->setName(tr("loss"));
    m_validationLoss->setName(tr("val. loss"));
    m_trainAccuracy->setName(tr("accuracy"));
    m_validationAccuracy->setName(tr("val. accuracy"));
    m_x->setTitleText(tr("epoch"));
    m_loss->setTitleText(tr("loss (nats)"));
    m_accuracy->setTitleText(tr("accuracy"));
}

} // namespace wb
