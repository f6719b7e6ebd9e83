#pragma once
#include <qcustomplot.h>

namespace wb {

/**
 * Colour gradients for spectrogram views. viridis is perceptually uniform and
 * readable in greyscale and by most colour-blind students, which is why
 * librosa and matplotlib default to it. Any thread (returns a value).
 */
QCPColorGradient viridisGradient();

} // namespace wb
