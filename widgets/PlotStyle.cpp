#include "PlotStyle.h"

#include <qcustomplot.h>

namespace wb::plotstyle {

namespace {
void styleAxis(QCPAxis *axis)
{
    axis->setBasePen(QPen(QColor(90, 90, 90)));
    axis->setTickPen(QPen(QColor(90, 90, 90)));
    axis->setSubTickPen(QPen(QColor(140, 140, 140)));
    axis->setTickLabelColor(QColor(40, 40, 40));
    axis->setLabelColor(QColor(40, 40, 40));
    axis->grid()->setPen(QPen(QColor(0, 0, 0, 28), 0, Qt::DotLine));
}
} // namespace

void styleAxisRect(QCustomPlot *plot, QCPAxisRect *rect)
{
    Q_UNUSED(plot);
    // Fixed left/right margins (top and bottom stay automatic) keep the time
    // axes of separate QCustomPlot widgets aligned, which margin groups
    // cannot do across widgets.
    rect->setAutoMargins(QCP::msTop | QCP::msBottom);
    rect->setMargins(QMargins(kLeftMargin, 6, 8, 6));
    styleAxis(rect->axis(QCPAxis::atBottom));
    styleAxis(rect->axis(QCPAxis::atLeft));
}

QCPLayoutGrid *wrapColorScale(QCPColorScale *scale)
{
    styleAxis(scale->axis());
    scale->axis()->grid()->setVisible(false);
    // QCPColorScale sizes itself to its bar plus tick labels on every layout
    // pass, overriding any fixed size; a fixed-width cell around it keeps the
    // column next to the plot the same width in every view.
    auto *cell = new QCPLayoutGrid;
    cell->setSizeConstraintRect(QCPLayoutElement::scrOuterRect);
    cell->setMinimumSize(kRightColumn, 0);
    cell->setMaximumSize(kRightColumn, QWIDGETSIZE_MAX);
    cell->addElement(0, 0, scale);
    return cell;
}

QCPLayoutElement *makeRightSpacer(QCustomPlot *plot)
{
    auto *spacer = new QCPLayoutElement(plot);
    spacer->setSizeConstraintRect(QCPLayoutElement::scrOuterRect);
    spacer->setMinimumSize(kRightColumn, 0);
    spacer->setMaximumSize(kRightColumn, QWIDGETSIZE_MAX);
    return spacer;
}

} // namespace wb::plotstyle
