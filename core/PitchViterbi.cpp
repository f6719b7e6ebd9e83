#include "PitchViterbi.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

namespace wb {

namespace {
// librosa.sequence.viterbi adds the smallest normal number before taking logs,
// so an impossible state costs about -708 rather than -infinity.
const double kLogZero = std::log(DBL_MIN);

double safeLog(double p)
{
    return std::log(p + DBL_MIN);
}
} // namespace

PitchViterbi::PitchViterbi(int bins, int halfWidth, double switchProb)
    : m_bins(bins), m_half(halfWidth), m_logStay(safeLog(1.0 - switchProb)), m_logSwitch(safeLog(switchProb))
{
    // A symmetric triangle of odd width 2h + 1: weight 1 - |d| / (h + 1).
    m_logTri.resize(static_cast<std::size_t>(2 * m_half + 1));
    for (int d = -m_half; d <= m_half; ++d)
        m_logTri[d + m_half] = std::log(1.0 - std::abs(d) / double(m_half + 1));
    m_logRowSum.resize(static_cast<std::size_t>(m_bins));
    for (int i = 0; i < m_bins; ++i) {
        double sum = 0.0;
        for (int j = std::max(0, i - m_half); j <= std::min(m_bins - 1, i + m_half); ++j)
            sum += 1.0 - std::abs(j - i) / double(m_half + 1);
        m_logRowSum[i] = std::log(sum);
    }
    m_delta.resize(static_cast<std::size_t>(2 * m_bins));
    m_next.resize(m_delta.size());
    m_obs.resize(m_delta.size());
    for (auto &v : m_bestValue)
        v.resize(static_cast<std::size_t>(m_bins));
    for (auto &v : m_bestCode)
        v.resize(static_cast<std::size_t>(m_bins));
    m_source.resize(static_cast<std::size_t>(m_bins));
    m_bestOffset.resize(static_cast<std::size_t>(m_bins));
}

void PitchViterbi::reserve(std::size_t frames)
{
    m_back.reserve(frames * m_delta.size());
}

void PitchViterbi::step(const FrameCandidates &candidates, double voicedProb)
{
    const int n = m_bins;
    // Voiced states without a candidate have probability 0, log kLogZero;
    // only the few candidate states need a log.
    std::fill(m_obs.begin(), m_obs.begin() + n, kLogZero);
    for (const auto &c : candidates) {
        double sum = 0.0; // candidates that round to the same state add up
        for (const auto &other : candidates)
            sum += other.bin == c.bin ? other.probability : 0.0;
        m_obs[c.bin] = safeLog(sum);
    }
    std::fill(m_obs.begin() + n, m_obs.end(), safeLog((1.0 - voicedProb) / n));

    if (m_frames == 0) { // librosa's p_init: unvoiced, any pitch
        for (int i = 0; i < n; ++i) {
            m_delta[i] = kLogZero + m_obs[i];
            m_delta[n + i] = -std::log(double(n)) + m_obs[n + i];
        }
        m_back.resize(m_back.size() + m_delta.size(), 0);
        ++m_frames;
        return;
    }

    // For each voicing v and target pitch j, the best source pitch i = j + d
    // within the band. Looping over the offset d outside keeps the inner loop
    // a plain compare-and-select over j, which the compiler can vectorize; the
    // strict > keeps the lowest source on ties.
    for (int v = 0; v < 2; ++v) {
        double *source = m_source.data();
        for (int i = 0; i < n; ++i)
            source[i] = m_delta[v * n + i] - m_logRowSum[i];
        double *best = m_bestValue[v].data();
        int *offset = m_bestOffset.data();
        std::fill(best, best + n, -std::numeric_limits<double>::infinity());
        std::fill(offset, offset + n, 0);
        for (int d = -m_half; d <= m_half; ++d) {
            const double w = m_logTri[d + m_half];
            const int lo = std::max(0, -d), hi = std::min(n, n - d);
            const double *src = source + d;
            for (int j = lo; j < hi; ++j) {
                const double value = src[j] + w;
                const bool better = value > best[j];
                best[j] = better ? value : best[j];
                offset[j] = better ? d : offset[j];
            }
        }
        for (int j = 0; j < n; ++j)
            m_bestCode[v][j] = static_cast<std::uint16_t>(((offset[j] + m_half) << 1) | v);
    }
    const std::size_t base = m_back.size();
    m_back.resize(base + m_delta.size());
    for (int target = 0; target < 2; ++target)
        for (int j = 0; j < n; ++j) {
            const double stay = m_bestValue[target][j] + m_logStay;
            const double move = m_bestValue[1 - target][j] + m_logSwitch;
            const bool stays = stay >= move;
            m_next[target * n + j] = (stays ? stay : move) + m_obs[target * n + j];
            m_back[base + target * n + j] = m_bestCode[stays ? target : 1 - target][j];
        }
    m_delta.swap(m_next);
    ++m_frames;
}

std::vector<int> PitchViterbi::decode() const
{
    std::vector<int> path(m_frames);
    if (m_frames == 0)
        return path;
    const std::size_t states = m_delta.size();
    int state = static_cast<int>(std::max_element(m_delta.begin(), m_delta.end()) - m_delta.begin());
    for (std::size_t t = m_frames; t-- > 0;) {
        path[t] = state;
        if (t == 0)
            break;
        const std::uint16_t code = m_back[t * states + static_cast<std::size_t>(state)];
        const int j = state % m_bins;
        const int v = code & 1;
        const int i = j + (code >> 1) - m_half;
        state = v * m_bins + i;
    }
    return path;
}

} // namespace wb
