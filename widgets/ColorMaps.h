#pragma once
#include <qcustomplot.h>

#include <QStringList>

namespace wb {

/**
 * Colour gradients for spectrogram views. viridis (the default) is
 * perceptually uniform and readable in greyscale and by most colour-blind
 * students, which is why librosa and matplotlib default to it; magma and
 * inferno are its siblings with a black floor, gray is for printing.
 * Free functions returning values: any thread; an unknown name gives viridis.
 */
QCPColorGradient viridisGradient();
QCPColorGradient colorMapGradient(const QString &name);
/** The names colorMapGradient() knows, default first. */
QStringList colorMapNames();

} // namespace wb
