#include "WaveformLayer.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace wb {

namespace {
constexpr std::size_t kBlock = WaveformSummary::kBlock;
const QColor kWaveColor(0x2c, 0x72, 0x8e); // a viridis blue, matching the spectrograms
} // namespace

WaveformLayer::WaveformLayer(QCPAxisRect *rect)
    : QObject(rect)
    , m_rect(rect)
{
    QCPAxis *x = rect->axis(QCPAxis::atBottom);
    QCPAxis *y = rect->axis(QCPAxis::atLeft);
    m_upper = rect->parentPlot()->addGraph(x, y);
    m_lower = rect->parentPlot()->addGraph(x, y);
    QColor fill = kWaveColor;
    fill.setAlpha(170);
    m_upper->setPen(QPen(kWaveColor, 1.0));
    m_lower->setPen(QPen(kWaveColor, 1.0));
    m_upper->setBrush(fill);
    m_upper->setChannelFillGraph(m_lower);
    // Already sorted by time; saves QCustomPlot a sort per refresh.
    m_upper->setAdaptiveSampling(false);
    m_lower->setAdaptiveSampling(false);
    y->setRange(-1.05, 1.05);
    connect(x, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &WaveformLayer::refresh);
}

void WaveformLayer::setAudio(const AudioBuffer &audio)
{
    auto mono = std::make_shared<const AudioBuffer>(audio.channels() > 1 ? audio.toMono() : audio);
    auto summary = std::make_shared<const WaveformSummary>(
        WaveformSummary::build(mono->samples().data(), mono->samples().size()));
    setAudio(std::move(mono), std::move(summary));
}

void WaveformLayer::setAudio(std::shared_ptr<const AudioBuffer> mono, std::shared_ptr<const WaveformSummary> summary)
{
    m_audio = std::move(mono);
    m_summary = std::move(summary);
    m_samples = m_audio ? m_audio->samples().data() : nullptr;
    m_count = m_audio && m_summary ? m_audio->samples().size() : 0;
    m_sampleRate = m_audio ? std::max(1, m_audio->sampleRate()) : 22050;
    // Amplitude axis: whole clip, symmetric, never below the full scale so a
    // quiet clip looks quiet instead of being blown up.
    const double top = std::max(1.0, double(m_summary ? m_summary->peak : 0.0f)) * 1.05;
    m_rect->axis(QCPAxis::atLeft)->setRange(-top, top);
    QCPAxis *x = m_rect->axis(QCPAxis::atBottom);
    if (x->range() == QCPRange(0, duration()))
        refresh();
    else
        x->setRange(0, duration()); // triggers refresh()
}

void WaveformLayer::clear()
{
    m_audio.reset();
    m_summary.reset();
    m_samples = nullptr;
    m_count = 0;
    m_upper->data()->clear();
    m_lower->data()->clear();
}

double WaveformLayer::duration() const
{
    return double(m_count) / m_sampleRate;
}

int WaveformLayer::plottedPoints() const
{
    return m_upper->data()->size() + m_lower->data()->size();
}

void WaveformLayer::columnMinMax(double t0, double t1, float *lo, float *hi) const
{
    const auto n = std::ptrdiff_t(m_count);
    std::ptrdiff_t s0 = std::clamp(std::ptrdiff_t(std::floor(t0 * m_sampleRate)), std::ptrdiff_t(0), n - 1);
    std::ptrdiff_t s1 = std::clamp(std::ptrdiff_t(std::ceil(t1 * m_sampleRate)), s0 + 1, n);
    float mn = m_samples[s0];
    float mx = mn;
    // Ragged ends from the samples, the whole blocks between from the summary.
    const auto b = std::ptrdiff_t(kBlock);
    while (s0 < s1 && s0 % b != 0) {
        mn = std::min(mn, m_samples[s0]);
        mx = std::max(mx, m_samples[s0]);
        ++s0;
    }
    for (; s0 + b <= s1; s0 += b) {
        mn = std::min(mn, m_summary->blockMin[std::size_t(s0 / b)]);
        mx = std::max(mx, m_summary->blockMax[std::size_t(s0 / b)]);
    }
    for (; s0 < s1; ++s0) {
        mn = std::min(mn, m_samples[s0]);
        mx = std::max(mx, m_samples[s0]);
    }
    *lo = mn;
    *hi = mx;
}

void WaveformLayer::refresh()
{
    if (m_count == 0) {
        m_upper->data()->clear();
        m_lower->data()->clear();
        return;
    }
    const QCPRange range = m_rect->axis(QCPAxis::atBottom)->range();
    const double t0 = std::max(0.0, range.lower);
    const double t1 = std::min(duration(), range.upper);
    const int columns = std::max(50, m_rect->width());
    QVector<QCPGraphData> upper, lower;
    if (t1 <= t0) {
        m_upper->data()->clear();
        m_lower->data()->clear();
        return;
    }
    const double visibleSamples = (t1 - t0) * m_sampleRate;
    if (visibleSamples <= 2.0 * columns) {
        // Few enough samples to show each one: the line through them is the
        // waveform a student would draw by hand.
        const auto first = std::size_t(std::max(0.0, std::floor(t0 * m_sampleRate) - 1));
        const auto last = std::min(m_count, std::size_t(std::ceil(t1 * m_sampleRate)) + 2);
        upper.reserve(int(last - first));
        for (std::size_t i = first; i < last; ++i)
            upper.append(QCPGraphData(double(i) / m_sampleRate, m_samples[i]));
        lower = upper;
    } else {
        upper.reserve(columns);
        lower.reserve(columns);
        const double dt = (t1 - t0) / columns;
        for (int c = 0; c < columns; ++c) {
            float lo, hi;
            columnMinMax(t0 + c * dt, t0 + (c + 1) * dt, &lo, &hi);
            const double t = t0 + (c + 0.5) * dt;
            upper.append(QCPGraphData(t, hi));
            lower.append(QCPGraphData(t, lo));
        }
    }
    m_upper->data()->set(upper, true);
    m_lower->data()->set(lower, true);
}

} // namespace wb
