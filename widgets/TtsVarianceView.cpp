#include "TtsVarianceView.h"

#include "Matrix.h"
#include "PlotStyle.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wb {

namespace {
const QColor kPitchColor(31, 119, 180);
const QColor kEnergyColor(214, 96, 20);
} // namespace

TtsVarianceView::TtsVarianceView(QWidget *parent)
    : TimeAxisPlot(parent), m_pitch(addGraph(xAxis, yAxis)), m_energy(addGraph(xAxis, yAxis2)),
      m_sourceF0(addGraph(xAxis, yAxis)), m_alignment(new QCPColorMap(xAxis, yAxis))
{
    m_alignment->setGradient(QCPColorGradient::gpThermal);
    m_alignment->setInterpolate(false);
    m_alignment->setDataRange(QCPRange(0.0, 1.0));
    m_alignment->setVisible(false);
    m_alignment->setLayer(QStringLiteral("background"));
    // The spectrogram below has a colour bar column on the right; this view puts its energy axis
    // there instead, in a margin exactly that wide, so both axis rectangles span the same pixels.
    QCPAxisRect *rect = axisRect();
    rect->setMargins(QMargins(plotstyle::kLeftMargin, 6,
                              8 + plotLayout()->columnSpacing() + plotstyle::kRightColumn, 6));
    yAxis2->setVisible(true);
    yAxis2->setTickLabels(true);
    for (QCPAxis *axis : {yAxis, yAxis2}) {
        axis->setBasePen(QPen(QColor(90, 90, 90)));
        axis->setTickPen(QPen(QColor(90, 90, 90)));
        axis->setSubTickPen(QPen(QColor(140, 140, 140)));
        axis->setTickLabelColor(QColor(40, 40, 40));
    }
    yAxis2->grid()->setVisible(false);
    yAxis2->setNumberFormat(QStringLiteral("g"));
    yAxis2->setNumberPrecision(2);
    yAxis->setLabelColor(kPitchColor);
    yAxis2->setLabelColor(kEnergyColor);
    yAxis->ticker()->setTickCount(3);
    yAxis2->ticker()->setTickCount(3);
    m_pitch->setPen(QPen(kPitchColor, 2.5));
    m_pitch->setLineStyle(QCPGraph::lsStepLeft);
    m_energy->setPen(QPen(kEnergyColor, 2.0, Qt::DashLine));
    m_energy->setLineStyle(QCPGraph::lsStepLeft);
    // The F0 the source-filter vocoder's pulses follow: frame by frame, where the phoneme steps
    // are FastSpeech 2's per-phoneme prediction.
    m_sourceF0->setLineStyle(QCPGraph::lsNone);
    m_sourceF0->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kPitchColor.darker(160), 2.5));
    setMinimumHeight(90);
    TtsVarianceView::retranslate();
}

void TtsVarianceView::setCurves(const std::vector<int> &durations,
                                const std::vector<float> &pitchHz, const std::vector<float> &energy,
                                double frameSeconds)
{
    clear();
    QVector<double> keys, pitch, loud;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    double lo = std::numeric_limits<double>::infinity(), hi = 0.0, loudest = 0.0;
    int frame = 0;
    auto edge = [&](int f) { return f <= 0 ? 0.0 : (f - 0.5) * frameSeconds; };
    for (std::size_t i = 0; i < durations.size(); ++i) {
        const int d = std::max(0, durations[i]);
        if (d == 0)
            continue;
        const double f0 = i < pitchHz.size() ? pitchHz[i] : 0.0;
        const double e = i < energy.size() ? energy[i] : 0.0;
        keys.push_back(edge(frame));
        pitch.push_back(f0 > 0.0 ? f0 : nan);
        loud.push_back(e);
        if (f0 > 0.0) {
            lo = std::min(lo, f0);
            hi = std::max(hi, f0);
            ++m_voiced;
        }
        loudest = std::max(loudest, e);
        frame += d;
    }
    if (keys.isEmpty())
        return;
    // Step lines hold each value until the next key: close the last phoneme at its end.
    keys.push_back(edge(frame));
    pitch.push_back(pitch.back());
    loud.push_back(loud.back());
    m_pitch->setData(keys, pitch, true);
    m_energy->setData(keys, loud, true);
    if (m_voiced > 0) {
        const double pad = std::max(10.0, 0.15 * (hi - lo));
        yAxis->setRange(std::max(0.0, lo - pad), hi + pad);
    } else {
        yAxis->setRange(0.0, 300.0);
    }
    yAxis2->setRange(0.0, loudest > 0.0 ? loudest * 1.15 : 1.0);
    m_hasData = true;
    setTimeBounds(edge(frame));
    replot(rpQueuedReplot);
}

void TtsVarianceView::setSourceF0(const std::vector<float> &f0, double frameSeconds)
{
    m_sourceF0->data()->clear();
    m_sourceVoiced = 0;
    if (m_alignmentShown || f0.empty()) {
        replot(rpQueuedReplot);
        return;
    }
    QVector<double> keys, values;
    QCPRange range = yAxis->range();
    for (std::size_t t = 0; t < f0.size(); ++t) {
        if (!(f0[t] > 0.0f))
            continue;
        keys.push_back(double(t) * frameSeconds);
        values.push_back(f0[t]);
        range.expand(double(f0[t]));
        ++m_sourceVoiced;
    }
    m_sourceF0->setData(keys, values, true);
    if (m_sourceVoiced > 0)
        yAxis->setRange(std::max(0.0, range.lower), range.upper + 5.0);
    replot(rpQueuedReplot);
}

void TtsVarianceView::setAlignment(const Matrix &alignment, double seconds)
{
    clear();
    const int steps = int(alignment.rows()), symbols = int(alignment.cols());
    if (steps == 0 || symbols == 0 || !(seconds > 0.0))
        return;
    m_alignmentShown = true;
    m_alignment->setVisible(true);
    const double stepSeconds = seconds / steps;
    m_alignment->data()->setSize(steps, symbols);
    m_alignment->data()->setRange(QCPRange(0.5 * stepSeconds, seconds - 0.5 * stepSeconds),
                                  QCPRange(0.0, symbols - 1.0));
    for (int k = 0; k < steps; ++k)
        for (int n = 0; n < symbols; ++n)
            m_alignment->data()->setCell(k, n, alignment.at(std::size_t(k), std::size_t(n)));
    yAxis->setRange(-0.5, symbols - 0.5);
    yAxis2->setTickLabels(false);
    m_hasData = true;
    retranslate();
    setTimeBounds(seconds);
    replot(rpQueuedReplot);
}

void TtsVarianceView::clear()
{
    m_alignment->setVisible(false);
    m_alignment->data()->clear();
    m_alignmentShown = false;
    yAxis2->setTickLabels(true);
    m_pitch->data()->clear();
    m_energy->data()->clear();
    m_sourceF0->data()->clear();
    m_voiced = 0;
    m_sourceVoiced = 0;
    m_hasData = false;
    // Ranges of speech while empty, rather than QCustomPlot's 0..5.
    yAxis->setRange(50.0, 300.0);
    yAxis2->setRange(0.0, 0.1);
    replot(rpQueuedReplot);
}

void TtsVarianceView::setTimeLabelsVisible(bool visible)
{
    m_timeLabels = visible;
    xAxis->setTickLabels(visible);
    retranslate();
    replot(rpQueuedReplot);
}

void TtsVarianceView::retranslate()
{
    TimeAxisPlot::retranslate();
    if (!m_timeLabels)
        xAxis->setLabel(QString());
    yAxis->setLabel(m_alignmentShown ? tr("Symbol") : tr("Pitch (Hz)"));
    yAxis2->setLabel(m_alignmentShown ? QString() : tr("Energy"));
}

} // namespace wb
