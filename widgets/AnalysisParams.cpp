#include "AnalysisParams.h"

#include "ColorMaps.h"

#include <QSettings>

#include <exception>

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
    p.fmin = qMax(0.0, s.value("analysis/fmin", p.fmin).toDouble());
    p.fmax = qMax(0.0, s.value("analysis/fmax", p.fmax).toDouble());
    try {
        p.window = windowTypeFromName(s.value("analysis/window", "hann").toString().toStdString());
    } catch (const std::exception &) {
        p.window = WindowType::Hann;
    }
    const QString map = s.value("analysis/colorMap", p.colorMap).toString();
    if (colorMapNames().contains(map))
        p.colorMap = map;
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
    s.setValue("analysis/fmin", fmin);
    s.setValue("analysis/fmax", fmax);
    s.setValue("analysis/window", QString::fromStdString(windowTypeName(window)));
    s.setValue("analysis/colorMap", colorMap);
    s.setValue("analysis/dbRange", dbRange);
}

} // namespace wb
