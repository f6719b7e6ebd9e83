#pragma once

class QValueAxis;

namespace wb {

/** The step of about `ticks` intervals over span: 1, 2 or 5 times a power of ten. */
double roundTickStep(double span, int ticks = 5);

/**
 * Ticks of a Qt Charts value axis at multiples of a round step (roundTickStep of its range),
 * so a label printed with few decimals names the value its tick stands on. A fixed tick
 * count would put ticks at a fifth of any range (4.8 epochs, 1.75 nats), which "%d" or
 * "%.1f" labels then misprint.
 */
void setRoundTicks(QValueAxis *axis, int ticks = 5);

} // namespace wb
