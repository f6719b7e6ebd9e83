#include "WaveformLayer.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace wb {

namespace {
// Summary block: small enough that a column never straddles many, large
// enough that the summary of a long clip fits in cache.
constexpr std::size_t kBlock = 256;
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
    // One copy only: an hour of audio is 300 MB of floats.
    m_samples = audio.channels() > 1 ? audio.toMono().samples() : audio.samples();
    m_sampleRate = std::max(1, audio.sampleRate());
    const std::size_t blocks = (m_samples.size() + kBlock - 1) / kBlock;
    m_blockMin.assign(blocks, 0.0f);
    m_blockMax.assign(blocks, 0.0f);
    for (std::size_t b = 0; b < blocks; ++b) {
        const auto first = m_samples.begin() + b * kBlock;
        const auto last = m_samples.begin() + std::min(m_samples.size(), (b + 1) * kBlock);
        const auto mm = std::minmax_element(first, last);
        m_blockMin[b] = *mm.first;
        m_blockMax[b] = *mm.second;
    }
    // Amplitude axis: whole clip, symmetric, never below the full scale so a
    // quiet clip looks quiet instead of being blown up.
    float peak = 0.0f;
    for (std::size_t b = 0; b < blocks; ++b)
        peak = std::max({peak, -m_blockMin[b], m_blockMax[b]});
    const double top = std::max(1.0, double(peak)) * 1.05;
    m_rect->axis(QCPAxis::atLeft)->setRange(-top, top);
    QCPAxis *x = m_rect->axis(QCPAxis::atBottom);
    if (x->range() == QCPRange(0, duration()))
        refresh();
    else
        x->setRange(0, duration()); // triggers refresh()
}

void WaveformLayer::clear()
{
    m_samples.clear();
    m_blockMin.clear();
    m_blockMax.clear();
    m_upper->data()->clear();
    m_lower->data()->clear();
}

double WaveformLayer::duration() const
{
    return double(m_samples.size()) / m_sampleRate;
}

int WaveformLayer::plottedPoints() const
{
    return m_upper->data()->size() + m_lower->data()->size();
}

void WaveformLayer::columnMinMax(double t0, double t1, float *lo, float *hi) const
{
    const auto n = std::ptrdiff_t(m_samples.size());
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
        mn = std::min(mn, m_blockMin[s0 / b]);
        mx = std::max(mx, m_blockMax[s0 / b]);
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
    if (m_samples.empty()) {
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
        const auto last = std::min(m_samples.size(), std::size_t(std::ceil(t1 * m_sampleRate)) + 2);
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
