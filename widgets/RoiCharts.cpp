#include "RoiCharts.h"

#include "ChartTicks.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace wb {

namespace {

/** Dollars shown in thousands or millions, so axis labels stay short ("$500k"). */
struct MoneyScale
{
    double divisor = 1.0;
    QString suffix;
};

MoneyScale moneyScale(double maxDollars)
{
    if (maxDollars >= 1e6)
        return {1e6, QStringLiteral("M")};
    if (maxDollars >= 1e4)
        return {1e3, QStringLiteral("k")};
    return {};
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QValueAxis *valueAxis(const QFont &font, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setLabelsFont(font);
    axis->setTitleFont(font);
    axis->setTitleText(title);
    axis->setGridLineColor(QColor(225, 225, 225));
    return axis;
}

/** A y axis in dollars from 0 to a little above maxScaled, with "$%.Nf<suffix>" labels. */
QValueAxis *moneyAxis(const QFont &font, const QString &title, double maxScaled,
                      const MoneyScale &scale)
{
    QValueAxis *axis = valueAxis(font, title);
    axis->setRange(0.0, std::max(maxScaled * 1.15, 1e-9));
    axis->applyNiceNumbers();
    const double interval = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    const int decimals = interval >= 1.0 ? 0 : interval >= 0.1 ? 1 : 2;
    axis->setLabelFormat(QStringLiteral("$%.%1f").arg(decimals) + scale.suffix);
    return axis;
}

QBarSet *barSet(const QString &name, const QColor &color, const QFont &font)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color.darker(115));
    set->setLabelColor(QColor(40, 40, 40));
    set->setLabelFont(font);
    return set;
}

QBarCategoryAxis *categoryAxis(const QFont &font, const QStringList &categories,
                               const QString &title = {})
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(font);
    axis->setTitleFont(font);
    axis->setTitleText(title);
    axis->setGridLineVisible(false);
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    if (!chart->axes(Qt::Horizontal).contains(x))
        chart->addAxis(x, Qt::AlignBottom);
    if (!chart->axes(Qt::Vertical).contains(y))
        chart->addAxis(y, Qt::AlignLeft);
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

QColor RoiCharts::traditionalColor()
{
    return QColor(221, 132, 82);
}

QColor RoiCharts::aiColor()
{
    return QColor(76, 114, 176);
}

QColor RoiCharts::savingsColor()
{
    return QColor(60, 140, 80);
}

RoiCharts::RoiCharts(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    const char *names[4] = {"roiCostChart", "roiCumulativeChart", "roiCoverageChart",
                            "roiContentChart"};
    for (int i = 0; i < 4; ++i) {
        auto *chart = new QChart;
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setBackgroundRoundness(0);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->legend()->setFont(font());
        QFont title = font();
        title.setBold(true);
        title.setPointSizeF(title.pointSizeF() * 1.1);
        chart->setTitleFont(title);
        m_views[i] = new QChartView(chart, this);
        m_views[i]->setObjectName(QLatin1String(names[i]));
        m_views[i]->setRenderHint(QPainter::Antialiasing);
        m_views[i]->setMinimumSize(240, 200);
        grid->addWidget(m_views[i], i / 2, i % 2);
    }
    // The break-even callout follows its point when the plot area moves.
    connect(chart(1), &QChart::plotAreaChanged, this, &RoiCharts::placeCallout);
}

QChart *RoiCharts::chart(int index) const
{
    return m_views[index]->chart();
}

void RoiCharts::showCallCenter(const RoiInputs &inputs, const RoiResult &result)
{
    m_callCenter = std::make_pair(inputs, result);
    drawCost();
    drawCumulative();
    drawCoverage();
}

void RoiCharts::showContent(const ContentCase &audiobook, const ContentCase &dubbing)
{
    m_content = std::make_pair(audiobook, dubbing);
    drawContent();
}

void RoiCharts::setCallCenterStale(bool stale)
{
    for (int i = 0; i < 3; ++i)
        chart(i)->setOpacity(stale ? 0.3 : 1.0);
}

void RoiCharts::setContentStale(bool stale)
{
    chart(3)->setOpacity(stale ? 0.3 : 1.0);
}

void RoiCharts::rebuild()
{
    if (m_callCenter) {
        drawCost();
        drawCumulative();
        drawCoverage();
    }
    if (m_content)
        drawContent();
}

void RoiCharts::drawCost()
{
    QChart *c = chart(0);
    clear(c);
    c->setTitle(tr("Cost per year"));
    if (!m_callCenter)
        return;
    const RoiResult &r = m_callCenter->second;
    double max = 0.0;
    for (const RoiYear &y : r.years)
        max = std::max({max, y.traditional, y.ai});
    const MoneyScale scale = moneyScale(max);
    QBarSet *team = barSet(tr("QA team"), traditionalColor(), font());
    QBarSet *ai = barSet(tr("AI"), aiColor(), font());
    QStringList years;
    for (const RoiYear &y : r.years) {
        *team << y.traditional / scale.divisor;
        *ai << y.ai / scale.divisor;
        years << QLocale().toString(y.year);
    }
    auto *series = new QBarSeries;
    series->append(team);
    series->append(ai);
    series->setLabelsVisible(r.years.size() <= 6);
    series->setLabelsFormat(QStringLiteral("$@value") + scale.suffix);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(4);
    QBarCategoryAxis *x = categoryAxis(font(), years, tr("Year"));
    if (r.years.size() > 15)
        x->setLabelsAngle(-90);
    attach(c, series, x, moneyAxis(font(), tr("Cost (USD)"), max / scale.divisor, scale));
}

QString RoiCharts::breakEvenText(double months)
{
    const QLocale l;
    // English has no catalogue, so plurals are spelled out rather than left as "day(s)".
    if (months < 1.0) {
        const long days = std::lround(months * 365.0 / 12.0);
        const QString m = l.toString(months, 'f', 2);
        return days == 1 ? tr("Break-even after %1 months (1 day)").arg(m)
                         : tr("Break-even after %1 months (%2 days)").arg(m, l.toString(qlonglong(days)));
    }
    return tr("Break-even after %1 months").arg(l.toString(months, 'f', 1));
}

void RoiCharts::placeCallout()
{
    if (!m_callout || !m_calloutSeries)
        return;
    QChart *c = chart(1);
    const QPointF p = c->mapToPosition(m_calloutPoint, m_calloutSeries);
    const QRectF plot = c->plotArea();
    const QRectF box = m_callout->boundingRect();
    QPointF pos(p.x() + 12.0, p.y() - box.height() - 28.0); // clear of the AI line below
    if (pos.x() + box.width() > plot.right())
        pos.setX(p.x() - box.width() - 12.0);
    pos.setX(std::clamp(pos.x(), plot.left() + 2.0,
                        std::max(plot.left() + 2.0, plot.right() - box.width() - 2.0)));
    pos.setY(std::clamp(pos.y(), plot.top() + 2.0, std::max(plot.top() + 2.0, plot.bottom() - box.height() - 2.0)));
    m_callout->setPos(pos);
}

void RoiCharts::drawCumulative()
{
    QChart *c = chart(1);
    delete m_callout;
    m_callout = nullptr;
    m_calloutSeries = nullptr;
    clear(c);
    c->setTitle(tr("Cumulative cost and break-even"));
    if (!m_callCenter)
        return;
    const RoiInputs &in = m_callCenter->first;
    const RoiResult &r = m_callCenter->second;
    const int years = int(r.years.size());
    // Months read best over a year or two; years beyond that.
    const bool inMonths = years <= 2;
    const double perYear = inMonths ? 12.0 : 1.0;
    const double max = std::max(r.traditionalCost, r.aiCost);
    const MoneyScale scale = moneyScale(max);

    auto *team = new QLineSeries;
    auto *ai = new QLineSeries;
    team->setName(tr("QA team"));
    ai->setName(tr("AI (setup at the start)"));
    team->setPen(QPen(traditionalColor(), 3));
    ai->setPen(QPen(aiColor(), 3));
    team->append(0.0, 0.0);
    ai->append(0.0, in.setupCost / scale.divisor);
    for (const RoiYear &y : r.years) {
        team->append(y.year * perYear, y.cumulativeTraditional / scale.divisor);
        ai->append(y.year * perYear, y.cumulativeAi / scale.divisor);
    }
    QValueAxis *x = valueAxis(font(), inMonths ? tr("Months from the start")
                                               : tr("Years from the start"));
    x->setRange(0.0, years * perYear);
    x->setLabelFormat(QStringLiteral("%.0f"));
    if (inMonths)
        setRoundTicks(x, years == 1 ? 6 : 8); // every 2 months in a year's view, else a round step
    else
        x->applyNiceNumbers();
    QValueAxis *y = moneyAxis(font(), tr("Cumulative cost (USD)"), max / scale.divisor, scale);
    attach(c, team, x, y);
    attach(c, ai, x, y);

    auto *marker = new QScatterSeries;
    marker->setColor(savingsColor());
    marker->setBorderColor(Qt::white);
    marker->setMarkerSize(13);
    if (r.breaksEvenWithinHorizon()) {
        const double months = *r.breakEvenMonths;
        const double at = inMonths ? months : months / 12.0;
        const double cost = (in.setupCost + in.yearlyCost * months / 12.0) / scale.divisor;
        auto *guide = new QLineSeries;
        guide->setPen(QPen(savingsColor(), 1.5, Qt::DashLine));
        guide->append(at, 0.0);
        guide->append(at, y->max());
        attach(c, guide, x, y);
        c->legend()->markers(guide).value(0)->setVisible(false);
        marker->append(at, cost);
        marker->setName(tr("Break-even"));
        attach(c, marker, x, y);
        // The label beside the point, inside the plot: a point label would be cut at the axis.
        m_callout = new QGraphicsRectItem(c);
        auto *text = new QGraphicsSimpleTextItem(breakEvenText(months), m_callout);
        QFont bold = font();
        bold.setBold(true);
        text->setFont(bold);
        text->setBrush(savingsColor().darker(130));
        text->setPos(4, 2);
        m_callout->setRect(text->boundingRect().adjusted(0, 0, 8, 4));
        m_callout->setBrush(QColor(255, 255, 255, 225));
        m_callout->setPen(QPen(savingsColor(), 1));
        m_callout->setZValue(10);
        m_calloutSeries = marker;
        m_calloutPoint = QPointF(at, cost);
        placeCallout();
    } else {
        marker->setName(r.breakEvenMonths
                            ? tr("%1, beyond the horizon").arg(breakEvenText(*r.breakEvenMonths))
                            : tr("No break-even: the AI costs as much a year as the team"));
        attach(c, marker, x, y);
    }
}

void RoiCharts::drawCoverage()
{
    QChart *c = chart(2);
    clear(c);
    c->setTitle(tr("Share of calls reviewed"));
    if (!m_callCenter)
        return;
    const RoiInputs &in = m_callCenter->first;
    const RoiResult &r = m_callCenter->second;
    QBarSet *team = barSet(tr("QA team"), traditionalColor(), font());
    QBarSet *ai = barSet(tr("AI"), aiColor(), font());
    *team << r.traditionalCoverage;
    *ai << r.aiCoverage;
    auto *series = new QBarSeries;
    series->append(team);
    series->append(ai);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
    series->setBarWidth(0.6);
    const QLocale l;
    QBarCategoryAxis *x = categoryAxis(
        font(), {tr("The team reviews %1 of %2 calls a month,<br>the AI all of them")
                     .arg(l.toString(in.reviewedPerMonth(), 'f', 0),
                          l.toString(in.callVolume, 'f', 0))});
    x->setTruncateLabels(false);
    QValueAxis *y = valueAxis(font(), tr("Calls reviewed (%)"));
    y->setRange(0.0, 115.0);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0.0);
    y->setTickInterval(25.0);
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    attach(c, series, x, y);
}

void RoiCharts::drawContent()
{
    QChart *c = chart(3);
    clear(c);
    c->setTitle(tr("Content creation: human against AI"));
    if (!m_content)
        return;
    const ContentCase &book = m_content->first;
    const ContentCase &film = m_content->second;
    const ContentResult b = book.compute(), f = film.compute();
    const double max = std::max(b.humanCost, f.humanCost);
    QBarSet *human = barSet(tr("Voice actor / dubbing studio"), traditionalColor(), font());
    QBarSet *ai = barSet(tr("AI generation"), aiColor(), font());
    *human << b.humanCost << f.humanCost;
    *ai << b.aiCost << f.aiCost;
    auto *series = new QBarSeries;
    series->append(human);
    series->append(ai);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("$@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(6);
    const QLocale l;
    const auto saved = [&l](double percent) {
        return l.toString(percent, 'f', percent > 99.9 && percent < 100.0 ? 2 : 1);
    };
    QBarCategoryAxis *x = categoryAxis(
        font(), {tr("Audiobook, %1 h<br>%2% saved").arg(l.toString(book.amount), saved(b.savedPercent)),
                 tr("Dubbing, %1 min<br>%2% saved").arg(l.toString(film.amount), saved(f.savedPercent))});
    x->setTruncateLabels(false);
    attach(c, series, x, moneyAxis(font(), tr("Cost (USD)"), max, MoneyScale()));
}

void RoiCharts::render(QPainter *painter, const QRectF &target) const
{
    // Charts rebuilt since the last event loop turn lay out their axes and legend on posted
    // LayoutRequest events: deliver them first, or a report made right after an edit lacks them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const double w = target.width() / 2.0, h = target.height() / 2.0;
    for (int i = 0; i < 4; ++i) {
        const QRectF cell(target.left() + (i % 2) * w, target.top() + (i / 2) * h, w, h);
        m_views[i]->render(painter, cell.adjusted(4, 4, -4, -4), m_views[i]->viewport()->rect());
    }
}

void RoiCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace wb
