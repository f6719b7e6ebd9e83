#pragma once
// How the ROI pages write money and percentages.

#include <QLocale>
#include <QString>

#include <cmath>

namespace wb {

/** "$500,000", "$41.67", "$0.004": whole dollars bare, cents when there are some, two
 *  significant digits below a dollar (a TTS-priced rate is a fraction of a cent). */
inline QString money(double v)
{
    const QLocale l;
    const QString sign = v < 0 ? QStringLiteral("-") : QString();
    v = std::fabs(v);
    if (v == 0.0 || v == std::round(v))
        return sign + QLatin1Char('$') + l.toString(v, 'f', 0);
    if (v >= 1.0)
        return sign + QLatin1Char('$') + l.toString(v, 'f', 2);
    const double unit = std::pow(10.0, std::floor(std::log10(v)) - 1.0);
    return sign + QLatin1Char('$') +
           l.toString(std::round(v / unit) * unit, 'f', QLocale::FloatingPointShortest);
}

/** A percentage with one decimal, more when one decimal would round 99.99 up to 100. */
inline QString percent(double p)
{
    int decimals = 1;
    while (decimals < 4 && p < 100.0 && std::round(p * std::pow(10.0, decimals)) >= 100.0 * std::pow(10.0, decimals))
        ++decimals;
    return QLocale().toString(p, 'f', decimals) + QLatin1Char('%');
}

} // namespace wb
