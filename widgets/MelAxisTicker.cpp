#include "MelAxisTicker.h"

#include "MelFilterbank.h"

#include <algorithm>
#include <cmath>

namespace wb {

void MelAxisTicker::setScale(int nMels, double fmin, double fmax, bool htk)
{
    m_nMels = qMax(1, nMels);
    m_htk = htk;
    m_melMin = hzToMel(fmin, htk);
    m_melMax = hzToMel(fmax, htk);
}

// librosa's band i is centred on mel_frequencies(nMels + 2)[i + 1]: the
// filterbank's edges are the two extra points.
double MelAxisTicker::bandForHz(double hz) const
{
    const double step = (m_melMax - m_melMin) / (m_nMels + 1);
    return step > 0 ? (hzToMel(hz, m_htk) - m_melMin) / step - 1.0 : 0.0;
}

double MelAxisTicker::hzForBand(double band) const
{
    const double step = (m_melMax - m_melMin) / (m_nMels + 1);
    return melToHz(m_melMin + (band + 1.0) * step, m_htk);
}

QVector<double> MelAxisTicker::createTickVector(double, const QCPRange &range)
{
    // Octaves read naturally on a mel axis; when a zoom leaves fewer than
    // three of them, halve the spacing until enough ticks appear.
    // Low octaves crowd together on a mel axis, so walk down from the top
    // and skip ticks closer than a tenth of the visible range.
    const double minGap = range.size() / 10.0;
    QVector<double> ticks;
    for (double spacing = 1.0; spacing >= 1.0 / 16 && ticks.size() < 3; spacing /= 2) {
        ticks.clear();
        for (double oct = 15.0; oct >= 5.0 - 1e-9; oct -= spacing) {
            const double band = bandForHz(std::round(std::pow(2.0, oct)));
            if (range.contains(band) && (ticks.isEmpty() || ticks.last() - band >= minGap))
                ticks.append(band);
        }
    }
    std::reverse(ticks.begin(), ticks.end());
    return ticks;
}

QString MelAxisTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    // Plain digits: a group separator ("8,192") reads like two numbers on a crowded axis.
    return QString::number(qRound(hzForBand(tick)));
}

int MelAxisTicker::getSubTickCount(double)
{
    return 0;
}

} // namespace wb
