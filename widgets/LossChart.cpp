#include "LossChart.h"

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

LossChart::LossChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_loss(new QLineSeries(m_chart))
    , m_uniform(new QLineSeries(m_chart))
    , m_x(new QValueAxis(m_chart))
    , m_y(new QValueAxis(m_chart))
{
    m_chart->addSeries(m_loss);
    m_chart->addSeries(m_uniform);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries *s : {m_loss, m_uniform}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_loss->setPen(QPen(QColor(31, 119, 180), 2.5));
    m_uniform->setPen(QPen(QColor(120, 120, 120), 1.5, Qt::DashLine));
    QFont f = font();
    m_x->setLabelsFont(f);
    m_y->setLabelsFont(f);
    m_x->setTitleFont(f);
    m_y->setTitleFont(f);
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y->setLabelFormat(QStringLiteral("%.1f"));
    m_chart->legend()->setFont(f);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    reset(256, 100);
    retranslate();
}

void LossChart::reset(int levels, int plannedSteps)
{
    m_levels = std::max(2, levels);
    m_loss->clear();
    const double uniform = std::log(double(m_levels));
    const int steps = std::max(1, plannedSteps);
    m_uniform->replace(QList<QPointF>{{0.0, uniform}, {double(steps), uniform}});
    m_top = std::ceil(uniform + 0.5);
    m_x->setRange(0, steps);
    m_y->setRange(0, m_top);
    setRoundTicks(m_x);
    setRoundTicks(m_y);
    retranslate();
}

void LossChart::addPoints(const std::vector<QPointF> &points)
{
    if (points.empty())
        return;
    QList<QPointF> list(points.begin(), points.end());
    m_loss->append(list);
    double top = m_top;
    for (const QPointF &p : points)
        if (std::isfinite(p.y()))
            top = std::max(top, std::ceil(p.y() + 0.25));
    if (top != m_top) {
        m_top = top;
        m_y->setRange(0, m_top);
        setRoundTicks(m_y);
    }
    if (points.back().x() > m_x->max()) {
        m_x->setRange(0, points.back().x());
        setRoundTicks(m_x);
    }
}

int LossChart::pointCount() const
{
    return int(m_loss->count());
}

QPointF LossChart::lastPoint() const
{
    return m_loss->count() ? m_loss->at(m_loss->count() - 1) : QPointF();
}

void LossChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LossChart::retranslate()
{
    m_loss->setName(tr("training loss (cross-entropy, nats)"));
    m_uniform->setName(tr("uniform guess: ln %1 = %2").arg(m_levels).arg(std::log(double(m_levels)), 0, 'f', 2));
    m_x->setTitleText(tr("step"));
    m_y->setTitleText(tr("loss"));
}

} // namespace wb
