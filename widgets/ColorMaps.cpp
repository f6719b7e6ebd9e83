#include "ColorMaps.h"

namespace wb {

namespace {

// Nine evenly spaced samples of matplotlib's maps; QCPColorGradient
// interpolates between them in RGB, close enough to the full 256-entry
// tables that the difference is invisible on a spectrogram.
const char *const kViridis[] = {"#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c",
                                "#28ae80", "#5ec962", "#addc30", "#fde725"};
const char *const kMagma[] = {"#000004", "#1c1044", "#4f127b", "#812581", "#b5367a",
                              "#e55064", "#fb8761", "#fec287", "#fcfdbf"};
const char *const kInferno[] = {"#000004", "#1f0c48", "#550f6d", "#88226a", "#ba3655",
                                "#e35933", "#f98e09", "#f8c932", "#fcffa4"};
const char *const kGray[] = {"#000000", "#ffffff"};

template <int N>
QCPColorGradient fromStops(const char *const (&stops)[N])
{
    QCPColorGradient g;
    g.clearColorStops();
    for (int i = 0; i < N; ++i)
        g.setColorStopAt(double(i) / (N - 1), QColor(stops[i]));
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    g.setLevelCount(256);
    return g;
}

} // namespace

QCPColorGradient viridisGradient()
{
    return fromStops(kViridis);
}

QCPColorGradient colorMapGradient(const QString &name)
{
    if (name == QLatin1String("magma"))
        return fromStops(kMagma);
    if (name == QLatin1String("inferno"))
        return fromStops(kInferno);
    if (name == QLatin1String("gray"))
        return fromStops(kGray);
    return viridisGradient();
}

QStringList colorMapNames()
{
    return {QStringLiteral("viridis"), QStringLiteral("magma"), QStringLiteral("inferno"), QStringLiteral("gray")};
}

} // namespace wb
