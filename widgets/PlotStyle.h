#pragma once

class QCPAxisRect;
class QCPColorScale;
class QCPLayoutElement;
class QCPLayoutGrid;
class QCustomPlot;

namespace wb {

/**
 * Shared look of WaveBench's time plots, so stacked views line up to the
 * pixel: every axis rect gets the same fixed left margin, and the column to
 * its right (colour scale, or an empty spacer beside a waveform) the same
 * fixed width. Free functions for the GUI thread; they cannot fail.
 */
namespace plotstyle {

constexpr int kLeftMargin = 74;   ///< room for "-80" ticks plus a rotated axis label
constexpr int kRightColumn = 86;  ///< colour bar, its ticks and its "dB" label

void styleAxisRect(QCustomPlot *plot, QCPAxisRect *rect);
/** Styles scale and puts it in a kRightColumn-wide cell, which the caller adds to its layout. */
QCPLayoutGrid *wrapColorScale(QCPColorScale *scale);
/** An empty element kRightColumn wide, for plots without a colour scale. */
QCPLayoutElement *makeRightSpacer(QCustomPlot *plot);

} // namespace plotstyle
} // namespace wb
