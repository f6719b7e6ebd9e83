#pragma once
#include <string>
#include <vector>

namespace wb {

enum class WindowType { Hann, Hamming, Blackman, Rectangular };

/** Windows as scipy.signal.get_window(..., fftbins=True) makes them (periodic). */
std::vector<float> makeWindow(WindowType type, int length);
WindowType windowTypeFromName(const std::string &name); ///< "hann", ...; wb::Error otherwise
std::string windowTypeName(WindowType type);

} // namespace wb
