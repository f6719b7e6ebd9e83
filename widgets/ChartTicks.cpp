#include "ChartTicks.h"

#include <QValueAxis>

#include <cmath>

namespace wb {

double roundTickStep(double span, int ticks)
{
    if (!(span > 0.0) || !std::isfinite(span) || ticks < 1)
        return 1.0;
    const double rough = span / ticks;
    const double unit = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 5.0})
        if (m * unit >= rough * (1.0 - 1e-9))
            return m * unit;
    return 10.0 * unit;
}

void setRoundTicks(QValueAxis *axis, int ticks)
{
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(roundTickStep(axis->max() - axis->min(), ticks));
}

} // namespace wb
