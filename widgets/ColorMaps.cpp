#include "ColorMaps.h"

namespace wb {

QCPColorGradient viridisGradient()
{
    // Nine evenly spaced samples of matplotlib's viridis; QCPColorGradient
    // interpolates between them in RGB, close enough to the full 256-entry
    // table that the difference is invisible on a spectrogram.
    static const char *const stops[] = {"#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c",
                                        "#28ae80", "#5ec962", "#addc30", "#fde725"};
    constexpr int count = int(sizeof(stops) / sizeof(stops[0]));
    QCPColorGradient g;
    g.clearColorStops();
    for (int i = 0; i < count; ++i)
        g.setColorStopAt(double(i) / (count - 1), QColor(stops[i]));
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    g.setLevelCount(256);
    return g;
}

} // namespace wb
