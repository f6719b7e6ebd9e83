#include "PitchTracker.h"

#include "Error.h"
#include "Fft.h"
#include "PitchViterbi.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <complex>
#include <string>

namespace wb {

namespace {

constexpr int kProgressEvery = 256; // frames between progress reports

std::string num(double v)
{
    std::string s = std::to_string(v);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

int winLengthFor(const PitchParams &p, int frameLength)
{
    return p.winLength > 0 ? p.winLength : frameLength / 2;
}

int maxPeriodFor(const PitchParams &p)
{
    return static_cast<int>(std::ceil(p.sampleRate / p.fmin));
}

int minPeriodFor(const PitchParams &p)
{
    return static_cast<int>(std::floor(p.sampleRate / p.fmax));
}

/** Regularized incomplete beta mass on [x0, x1] by Simpson's rule on the density (a, b >= 1). */
double betaMass(double a, double b, double x0, double x1)
{
    const double logNorm = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b);
    auto pdf = [&](double x) {
        if (x <= 0.0 || x >= 1.0)
            return (x <= 0.0 ? a == 1.0 : b == 1.0) ? std::exp(logNorm) : 0.0;
        return std::exp(logNorm + (a - 1.0) * std::log(x) + (b - 1.0) * std::log1p(-x));
    };
    constexpr int kSteps = 64; // even
    const double h = (x1 - x0) / kSteps;
    double sum = pdf(x0) + pdf(x1);
    for (int i = 1; i < kSteps; ++i)
        sum += (i % 2 ? 4.0 : 2.0) * pdf(x0 + i * h);
    return sum * h / 3.0;
}

/** Everything that is the same for every frame. */
struct Setup
{
    int frameLength = 0;
    int win = 0;
    int minPeriod = 0;
    int maxPeriod = 0;
    long long offset = 0; ///< frame t starts at t * hop - offset
    int binsPerSemitone = 0;
    int bins = 0;
    std::vector<double> thresholds; ///< nThresholds + 1 values from 0 to 1
    std::vector<double> betaProbs;  ///< prior mass of each threshold interval
};

Setup makeSetup(const PitchParams &p)
{
    Setup s;
    s.frameLength = p.effectiveFrameLength();
    s.win = winLengthFor(p, s.frameLength);
    s.minPeriod = minPeriodFor(p);
    s.maxPeriod = maxPeriodFor(p);
    // The difference function compares [start, start + win) with the span tau
    // later. Centre that comparison on the frame time for a period in the
    // geometric middle of the range, so F0 frame t describes the same instant
    // as STFT frame t (librosa instead starts it frame_length / 2 early).
    const double midPeriod = std::sqrt(double(s.minPeriod) * s.maxPeriod);
    s.offset = static_cast<long long>(std::lround((s.win + midPeriod) / 2.0));
    s.binsPerSemitone = static_cast<int>(std::ceil(1.0 / p.resolution - 1e-9));
    s.bins = static_cast<int>(std::floor(12.0 * s.binsPerSemitone * std::log2(p.fmax / p.fmin))) + 1;
    s.thresholds.resize(static_cast<std::size_t>(p.nThresholds) + 1);
    for (int i = 0; i <= p.nThresholds; ++i)
        s.thresholds[i] = double(i) / p.nThresholds;
    s.betaProbs.resize(static_cast<std::size_t>(p.nThresholds));
    double total = 0.0;
    for (int i = 0; i < p.nThresholds; ++i)
        total += s.betaProbs[i] = betaMass(p.betaA, p.betaB, s.thresholds[i], s.thresholds[i + 1]);
    for (double &v : s.betaProbs) // the prior is a distribution over the intervals
        v /= total;
    return s;
}

/** Per-thread scratch for one frame's cumulative mean normalized difference. */
class YinFrame
{
public:
    explicit YinFrame(const Setup &s)
        : m_setup(s), m_fft(RealFft::forSize(static_cast<std::size_t>(s.frameLength))),
          m_frame(s.frameLength), m_head(s.frameLength, 0.0f), m_spec(m_fft->bins()),
          m_headSpec(m_fft->bins()), m_corr(s.frameLength), m_energy(s.frameLength + 1),
          m_diff(s.maxPeriod + 1), m_cmndf(s.maxPeriod - s.minPeriod + 1)
    {
    }

    /** CMNDF for lags minPeriod..maxPeriod of the frame starting at `start`. */
    const std::vector<double> &compute(const float *signal, long long samples, long long start)
    {
        const int L = m_setup.frameLength, W = m_setup.win;
        for (int i = 0; i < L; ++i) {
            const long long k = start + i;
            m_frame[i] = (k >= 0 && k < samples) ? signal[k] : 0.0f;
        }
        std::copy(m_frame.begin(), m_frame.begin() + W, m_head.begin());
        // c(tau) = sum_j x[j] x[j + tau] over the first W samples: the circular
        // correlation does not wrap for tau <= L - W.
        m_fft->forward(m_frame.data(), m_spec.data());
        m_fft->forward(m_head.data(), m_headSpec.data());
        for (std::size_t k = 0; k < m_spec.size(); ++k)
            m_spec[k] *= std::conj(m_headSpec[k]);
        m_fft->inverse(m_spec.data(), m_corr.data());

        m_energy[0] = 0.0;
        for (int i = 0; i < L; ++i)
            m_energy[i + 1] = m_energy[i] + double(m_frame[i]) * m_frame[i];
        auto energyAt = [&](int tau) {
            const double e = m_energy[tau + W] - m_energy[tau];
            return std::abs(e) < 1e-6 ? 0.0 : e; // as librosa: numerical dust is silence
        };
        const double e0 = energyAt(0);
        for (int tau = 0; tau <= m_setup.maxPeriod; ++tau) {
            double c = m_corr[tau];
            if (std::abs(c) < 1e-6)
                c = 0.0;
            m_diff[tau] = std::max(0.0, e0 + energyAt(tau) - 2.0 * c);
        }
        double running = 0.0;
        for (int tau = 1; tau <= m_setup.maxPeriod; ++tau) {
            running += m_diff[tau];
            if (tau >= m_setup.minPeriod)
                m_cmndf[tau - m_setup.minPeriod] = m_diff[tau] * tau / (running + DBL_MIN);
        }
        return m_cmndf;
    }

private:
    const Setup &m_setup;
    std::shared_ptr<const RealFft> m_fft;
    std::vector<float> m_frame, m_head;
    std::vector<std::complex<float>> m_spec, m_headSpec;
    std::vector<float> m_corr;
    std::vector<double> m_energy, m_diff, m_cmndf;
};

/** pYIN's per-frame step: troughs of the CMNDF weighed over all thresholds. */
FrameCandidates candidatesFor(const std::vector<double> &y, const Setup &s, const PitchParams &p)
{
    FrameCandidates out;
    const int n = static_cast<int>(y.size());
    std::vector<int> troughs;
    if (n >= 2 && y[0] < y[1])
        troughs.push_back(0);
    for (int i = 1; i < n; ++i)
        if (y[i] < y[i - 1] && (i == n - 1 || y[i] <= y[i + 1]))
            troughs.push_back(i);
    if (troughs.empty())
        return out;

    const int nt = p.nThresholds;
    std::vector<double> probs(troughs.size(), 0.0);
    const double lambda = p.boltzmann;
    for (int k = 0; k < nt; ++k) {
        const double threshold = s.thresholds[k + 1];
        int below = 0;
        for (int idx : troughs)
            below += y[idx] < threshold;
        if (below == 0)
            continue;
        // Boltzmann prior over the rank among troughs under this threshold:
        // the first (shortest period) is the likeliest, as in YIN.
        const double norm = (1.0 - std::exp(-lambda)) / (1.0 - std::exp(-lambda * below));
        int rank = 0;
        for (std::size_t m = 0; m < troughs.size(); ++m)
            if (y[troughs[m]] < threshold)
                probs[m] += norm * std::exp(-lambda * rank++) * s.betaProbs[k];
    }
    std::size_t globalMin = 0;
    for (std::size_t m = 1; m < troughs.size(); ++m)
        if (y[troughs[m]] < y[troughs[globalMin]])
            globalMin = m;
    double unexplained = 0.0; // prior mass of thresholds that no trough is under
    for (int k = 0; k < nt && !(y[troughs[globalMin]] < s.thresholds[k + 1]); ++k)
        unexplained += s.betaProbs[k];
    probs[globalMin] += p.noTroughProb * unexplained;

    const double binsPerOctave = 12.0 * s.binsPerSemitone;
    for (std::size_t m = 0; m < troughs.size(); ++m) {
        if (!(probs[m] > 0.0))
            continue;
        const int i = troughs[m];
        double shift = 0.0;
        if (i > 0 && i < n - 1) { // parabolic refinement of the trough
            const double a = y[i + 1] + y[i - 1] - 2.0 * y[i];
            const double b = 0.5 * (y[i + 1] - y[i - 1]);
            if (std::abs(b) < std::abs(a))
                shift = -b / a;
        }
        const double f0 = p.sampleRate / (s.minPeriod + i + shift);
        const double bin = std::round(binsPerOctave * std::log2(f0 / p.fmin));
        const int b = static_cast<int>(std::clamp(bin, 0.0, double(s.bins - 1)));
        out.push_back({b, static_cast<float>(f0), probs[m]});
    }
    return out;
}

} // namespace

void PitchParams::validate() const
{
    if (sampleRate < 1000 || sampleRate > 384000)
        throw Error("sample rate must be between 1000 and 384000 Hz, got " + std::to_string(sampleRate));
    if (hop < 1 || hop > 65536)
        throw Error("hop length must be between 1 and 65536, got " + std::to_string(hop));
    if (!std::isfinite(fmin) || fmin <= 0.0)
        throw Error("fmin must be a positive frequency, got " + num(fmin));
    if (!std::isfinite(fmax))
        throw Error("fmax must be a finite frequency");
    if (!(fmin < fmax))
        throw Error("fmin (" + num(fmin) + " Hz) must be below fmax (" + num(fmax) + " Hz)");
    if (fmax > sampleRate / 2.0)
        throw Error("fmax " + num(fmax) + " Hz is above the Nyquist frequency "
                    + num(sampleRate / 2.0) + " Hz");
    if (frameLength != 0 && (frameLength < 32 || frameLength > 65536))
        throw Error("frame length must be 0 (automatic) or between 32 and 65536, got "
                    + std::to_string(frameLength));
    const int L = effectiveFrameLength();
    if (L > 65536)
        throw Error("fmin " + num(fmin) + " Hz is too low for this sample rate");
    const int W = winLengthFor(*this, L);
    if (W < 1 || W > L - 2)
        throw Error("window length must be between 1 and frame length - 2, got " + std::to_string(W));
    if (maxPeriodFor(*this) > L - W - 1)
        throw Error("fmin " + num(fmin) + " Hz needs a longer frame: a period of "
                    + std::to_string(maxPeriodFor(*this)) + " samples does not fit frame length "
                    + std::to_string(L) + " with window " + std::to_string(W));
    if (nThresholds < 1 || nThresholds > 10000)
        throw Error("pYIN thresholds must be between 1 and 10000");
    if (!(betaA >= 1.0 && betaB >= 1.0 && betaA < 1e4 && betaB < 1e4))
        throw Error("Beta prior parameters must be between 1 and 10000");
    if (!(boltzmann > 0.0 && boltzmann < 1e3))
        throw Error("Boltzmann parameter must be positive");
    if (!(resolution >= 0.01 && resolution <= 12.0))
        throw Error("resolution must be between 0.01 and 12 semitones");
    if (!(maxTransitionRate > 0.0 && maxTransitionRate < 1e4))
        throw Error("maximum transition rate must be positive");
    if (!(switchProb > 0.0 && switchProb < 1.0) || !(noTroughProb >= 0.0 && noTroughProb <= 1.0))
        throw Error("switch and no-trough probabilities must lie in (0, 1)");
}

int PitchParams::effectiveFrameLength() const
{
    if (frameLength > 0)
        return frameLength;
    int L = 32;
    while (L < 1024.0 * sampleRate / 22050.0 - 1e-9)
        L *= 2;
    if (fmin > 0.0 && std::isfinite(fmin) && sampleRate > 0) {
        const double period = std::ceil(sampleRate / fmin);
        while (L <= 131072 && L - winLengthFor(*this, L) - 1 < period)
            L *= 2;
    }
    return L;
}

long long PitchParams::frameCount(long long samples) const
{
    return (samples < 0 || hop < 1) ? 0 : 1 + samples / hop;
}

std::size_t PitchTrack::voicedFrames() const
{
    return static_cast<std::size_t>(std::count(voiced.begin(), voiced.end(), std::uint8_t(1)));
}

double PitchTrack::medianVoicedF0() const
{
    std::vector<float> v;
    for (std::size_t t = 0; t < f0.size(); ++t)
        if (t < voiced.size() && voiced[t] && f0[t] > 0.0f)
            v.push_back(f0[t]);
    if (v.empty())
        return 0.0;
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return double(*mid);
}

PitchTrack trackPitch(const std::vector<float> &signal, const PitchParams &params,
                      const ProgressFn &progress)
{
    params.validate();
    if (signal.empty())
        throw Error("cannot track the pitch of an empty signal");
    const long long samples = static_cast<long long>(signal.size());
    const long long frames = params.frameCount(samples);
    const Setup setup = makeSetup(params);

    // Pitch states may move at most maxTransitionRate octaves per second
    // (librosa: round(rate * 12 * hop / sr) semitones per frame).
    const long long semitones = std::llround(params.maxTransitionRate * 12.0 * params.hop / params.sampleRate);
    const long long halfWidth = std::max(1LL, semitones * setup.binsPerSemitone / 2);
    if (halfWidth > PitchViterbi::kMaxHalfWidth)
        throw Error("hop " + std::to_string(params.hop) + " is too long for the pitch transition model");

    YinFrame yin(setup);
    PitchViterbi viterbi(setup.bins, static_cast<int>(halfWidth), params.switchProb);
    viterbi.reserve(static_cast<std::size_t>(frames));
    std::vector<FrameCandidates> candidates(static_cast<std::size_t>(frames));
    PitchTrack track;
    track.sampleRate = params.sampleRate;
    track.hop = params.hop;
    track.times.resize(static_cast<std::size_t>(frames));
    track.voicedProbability.resize(static_cast<std::size_t>(frames));

    for (long long t = 0; t < frames; ++t) {
        if (t % kProgressEvery == 0)
            reportProgress(progress, 0.9 * double(t) / frames);
        const auto &cmndf = yin.compute(signal.data(), samples, t * params.hop - setup.offset);
        FrameCandidates &c = candidates[static_cast<std::size_t>(t)];
        c = candidatesFor(cmndf, setup, params);
        double voicedProb = 0.0;
        for (const auto &cand : c)
            voicedProb += cand.probability;
        voicedProb = std::clamp(voicedProb, 0.0, 1.0);
        track.times[static_cast<std::size_t>(t)] = double(t) * params.hop / params.sampleRate;
        track.voicedProbability[static_cast<std::size_t>(t)] = static_cast<float>(voicedProb);
        viterbi.step(c, voicedProb);
    }
    reportProgress(progress, 0.9);

    const std::vector<int> path = viterbi.decode();
    track.f0.assign(static_cast<std::size_t>(frames), 0.0f);
    track.voiced.assign(static_cast<std::size_t>(frames), 0);
    const double binsPerOctave = 12.0 * setup.binsPerSemitone;
    for (std::size_t t = 0; t < path.size(); ++t) {
        if (path[t] >= setup.bins)
            continue; // an unvoiced state
        const int bin = path[t];
        // Report the refined frequency of the trough behind this pitch state;
        // the state grid alone would quantize F0 to `resolution` semitones.
        double f0 = params.fmin * std::exp2(bin / binsPerOctave);
        double best = -1.0;
        for (const auto &cand : candidates[t])
            if (cand.bin == bin && cand.probability > best) {
                best = cand.probability;
                f0 = cand.f0;
            }
        track.f0[t] = static_cast<float>(f0);
        track.voiced[t] = 1;
    }
    reportProgress(progress, 1.0);
    return track;
}

} // namespace wb
