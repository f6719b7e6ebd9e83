#include "Window.h"

#include "Error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace wb {

std::vector<float> makeWindow(WindowType type, int length)
{
    if (length < 1)
        throw Error("window length must be at least 1, got " + std::to_string(length));
    std::vector<float> w(static_cast<std::size_t>(length));
    if (length == 1 || type == WindowType::Rectangular) {
        std::fill(w.begin(), w.end(), 1.0f);
        return w;
    }
    // fftbins=True: the symmetric window of length + 1 with its last sample
    // dropped, so the window tiles exactly under overlap-add. Computed in
    // double like scipy, then rounded once.
    const double step = 2.0 * M_PI / length;
    for (int n = 0; n < length; ++n) {
        const double c1 = std::cos(step * n);
        double v = 1.0;
        switch (type) {
        case WindowType::Hann:
            v = 0.5 - 0.5 * c1;
            break;
        case WindowType::Hamming:
            v = 0.54 - 0.46 * c1;
            break;
        case WindowType::Blackman:
            v = 0.42 - 0.5 * c1 + 0.08 * std::cos(2.0 * step * n);
            break;
        case WindowType::Rectangular:
            break;
        }
        w[static_cast<std::size_t>(n)] = static_cast<float>(v);
    }
    return w;
}

WindowType windowTypeFromName(const std::string &name)
{
    if (name == "hann" || name == "hanning")
        return WindowType::Hann;
    if (name == "hamming")
        return WindowType::Hamming;
    if (name == "blackman")
        return WindowType::Blackman;
    if (name == "rectangular" || name == "boxcar" || name == "ones")
        return WindowType::Rectangular;
    throw Error("unknown window '" + name + "' (expected hann, hamming, blackman or rectangular)");
}

std::string windowTypeName(WindowType type)
{
    switch (type) {
    case WindowType::Hann:
        return "hann";
    case WindowType::Hamming:
        return "hamming";
    case WindowType::Blackman:
        return "blackman";
    case WindowType::Rectangular:
        return "rectangular";
    }
    return "hann";
}

} // namespace wb
