#include "AnalysisParams.h"

#include <QSettings>

namespace wb {

AnalysisParams AnalysisParams::fromSettings()
{
    QSettings s;
    AnalysisParams p;
    // Settings files are user-editable; clamp so a typo cannot hang the STFT.
    p.sampleRate = qBound(4000, s.value("analysis/sampleRate", p.sampleRate).toInt(), 192000);
    p.nFft = qBound(64, s.value("analysis/nFft", p.nFft).toInt(), 16384);
    p.hop = qBound(16, s.value("analysis/hop", p.hop).toInt(), p.nFft);
    p.nMels = qBound(8, s.value("analysis/nMels", p.nMels).toInt(), 512);
    p.fmax = qMax(0.0, s.value("analysis/fmax", p.fmax).toDouble());
    p.dbRange = qBound(10.0, s.value("analysis/dbRange", p.dbRange).toDouble(), 160.0);
    return p;
}

void AnalysisParams::save() const
{
    QSettings s;
    s.setValue("analysis/sampleRate", sampleRate);
    s.setValue("analysis/nFft", nFft);
    s.setValue("analysis/hop", hop);
    s.setValue("analysis/nMels", nMels);
    s.setValue("analysis/fmax", fmax);
    s.setValue("analysis/dbRange", dbRange);
}

} // namespace wb
