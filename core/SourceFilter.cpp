#include "SourceFilter.h"

#include "Error.h"
#include "GriffinLim.h"
#include "MelFilterbank.h"
#include "PitchTracker.h"
#include "Stft.h"
#include "Window.h"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <random>
#include <string>

// SPTK 3.9 (Debian's libsptk-dev) is C without extern "C" guards and keeps
// work buffers in statics (mcep) and a global (mlsadf's Padé table pointer):
// every call goes through sptkMutex().
extern "C" {
#include <SPTK.h>
}
#undef ABS
#undef PI
#undef PI2

namespace wb {

namespace {

std::mutex &sptkMutex()
{
    static std::mutex m;
    return m;
}

MelParams melParamsOf(const SourceFilterParams &p, int nMels)
{
    MelParams mp;
    mp.sampleRate = p.sampleRate;
    mp.nFft = p.nFft;
    mp.nMels = nMels;
    mp.fmax = p.fmax;
    return mp;
}

StftParams stftParamsOf(const SourceFilterParams &p)
{
    StftParams sp;
    sp.nFft = p.nFft;
    sp.hop = p.hop;
    return sp;
}

/** Natural-log mel power [nMels][frames] -> linear power [bins][frames] (non-negative least squares). */
Matrix linearPower(const Matrix &logMel, const MelFilterbank &fb)
{
    Matrix power = logMel;
    for (float &v : power.values())
        v = std::exp(v);
    return fb.invert(power, 10);
}

/** pYIN on a rough Griffin-Lim rendering of the same spectrum: one F0 per frame, 0 unvoiced. */
std::vector<float> estimateF0(const Matrix &linPower, const SourceFilterParams &p, const ProgressFn &progress)
{
    Matrix magnitude = linPower;
    for (float &v : magnitude.values())
        v = std::sqrt(std::max(v, 0.0f));
    const StftParams sp = stftParamsOf(p);
    GriffinLimParams gl;
    gl.iterations = p.griffinLimIterations;
    gl.seed = p.seed;
    const std::vector<float> rough =
        griffinLim(magnitude, sp, gl, [&](double f) { return !progress || progress(0.3 * f); });
    PitchParams pp;
    pp.sampleRate = p.sampleRate;
    pp.hop = p.hop;
    pp.fmin = p.f0Min;
    pp.fmax = p.f0Max;
    const PitchTrack track = trackPitch(rough, pp);
    std::vector<float> f0(linPower.cols(), 0.0f);
    for (std::size_t t = 0; t < f0.size() && t < track.f0.size(); ++t)
        f0[t] = track.voiced[t] ? track.f0[t] : 0.0f;
    return f0;
}

/** One frame's power spectrum (bins values, a periodogram of the Hann-windowed frame) ->
 * mel-cepstrum c[0..order] of the filter that shapes a unit-variance excitation into it (SPTK's
 * mcep: an unbiased log-spectral fit, which follows the peaks of the least-squares inverse's
 * sparse spectrum; plain cepstral smoothing in the log domain, tried first, was pulled down
 * by its zeros: 80% of the words lost in copy synthesis against 34%). */
void melCepstrumOf(const float *power, std::size_t stride, int bins, double windowEnergy,
                   const SourceFilterParams &p, std::vector<double> &spectrum, double *mc)
{
    double peak = 0.0;
    for (int k = 0; k < bins; ++k)
        peak = std::max(peak, double(power[std::size_t(k) * stride]));
    // A silent frame still gets a (very quiet) flat envelope rather than log(0).
    const double floor = std::max(peak * std::pow(10.0, -p.floorDb / 10.0), 1e-14 * windowEnergy);
    for (int k = 0; k < bins; ++k)
        spectrum[std::size_t(k)] = std::max(double(power[std::size_t(k) * stride]), floor) / windowEnergy;
    // itype 4: the input is a power spectrum |X(k)|^2 of nFft/2 + 1 bins; at most 8 iterations.
    mcep(spectrum.data(), p.nFft, mc, p.order, p.alpha, 2, 8, 0.001, 0, 0.0, 1e-6, 4);
}

} // namespace

void SourceFilterParams::validate() const
{
    if (sampleRate < 8000 || sampleRate > 192000)
        throw Error("the source-filter vocoder's sample rate must be between 8,000 and 192,000 Hz");
    if (nFft < 64 || nFft > 8192 || (nFft & (nFft - 1)) != 0)
        throw Error("the source-filter vocoder's FFT size must be a power of two from 64 to 8192");
    if (hop < 1 || hop > nFft)
        throw Error("the source-filter vocoder's hop must be between 1 and the FFT size");
    if (!(fmax > 0.0f && fmax <= sampleRate / 2.0f))
        throw Error("the mel range's top must be above 0 and at most half the sample rate");
    if (order < 4 || order > 60 || order >= nFft / 2)
        throw Error("the mel-cepstrum order must be between 4 and 60");
    if (!(alpha > -1.0 && alpha < 1.0))
        throw Error("the all-pass constant must lie strictly between -1 and 1");
    if (padeOrder != 4 && padeOrder != 5)
        throw Error("the MLSA filter's Padé order must be 4 or 5");
    if (!(f0Min >= 20.0 && f0Max > f0Min && f0Max <= sampleRate / 4.0))
        throw Error("the F0 range must satisfy 20 <= min < max <= a quarter of the sample rate");
    if (griffinLimIterations < 1 || griffinLimIterations > 1000)
        throw Error("the F0 pass's Griffin-Lim iterations must be between 1 and 1000");
    if (!(floorDb >= 20.0 && floorDb <= 120.0))
        throw Error("the spectrum floor must be between 20 and 120 dB below the peak");
    if (!(voicedNoise >= 0.0 && voicedNoise <= 1.0))
        throw Error("the noise share of the voiced excitation must be between 0 and 1");
    if (refinements < 0 || refinements > 5)
        throw Error("the source-filter vocoder's refinement passes must be between 0 and 5");
    if (!(correctionLimit > 0.0f && correctionLimit <= 10.0f))
        throw Error("the refinement's largest step must be above 0 and at most 10");
}

namespace {

/** The mel-cepstrum of every frame of a linear power spectrogram and the MLSA filter's
 * coefficients made from it. Call with sptkMutex() held. */
struct FilterTrack
{
    Matrix melCepstrum;                 ///< [order + 1][frames]
    std::vector<std::vector<double>> b; ///< per frame, order + 1 MLSA coefficients
};

FilterTrack analyse(const Matrix &lin, const SourceFilterParams &p, double windowEnergy)
{
    const std::size_t frames = lin.cols();
    const int m = p.order;
    FilterTrack f;
    f.melCepstrum = Matrix(std::size_t(m + 1), frames);
    f.b.assign(frames, std::vector<double>(std::size_t(m + 1)));
    std::vector<double> spectrum(std::size_t(p.nFft), 0.0), mc(std::size_t(m + 1));
    for (std::size_t t = 0; t < frames; ++t) {
        melCepstrumOf(lin.data() + t, frames, p.nFft / 2 + 1, windowEnergy, p, spectrum, mc.data());
        for (int i = 0; i <= m; ++i)
            f.melCepstrum.at(std::size_t(i), t) = float(mc[std::size_t(i)]);
        mc2b(mc.data(), f.b[t].data(), m, p.alpha);
    }
    return f;
}

/** Excitation and filter, sample by sample. Frame t is centred on sample t * hop; the filter
 * coefficients move linearly from frame to frame, F0 too within voiced runs. Call with
 * sptkMutex() held. */
std::vector<float> synthesize(const FilterTrack &f, const std::vector<float> &f0, const SourceFilterParams &p)
{
    const std::size_t frames = f.b.size();
    const int m = p.order;
    const std::size_t samples = (frames - 1) * std::size_t(p.hop) + 1;
    std::vector<float> audio(samples, 0.0f);
    std::mt19937 rng(p.seed);
    std::normal_distribution<double> gauss(0.0, 1.0);
    std::vector<double> delay(std::size_t(3 * (p.padeOrder + 1) + p.padeOrder * (m + 2)), 0.0);
    std::vector<double> coef(std::size_t(m + 1));
    double phase = 1.0; // the first voiced sample starts a pulse
    for (std::size_t n = 0; n < samples; ++n) {
        const std::size_t t0 = n / std::size_t(p.hop);
        const std::size_t t1 = std::min(t0 + 1, frames - 1);
        const double w = double(n % std::size_t(p.hop)) / double(p.hop);
        for (int i = 0; i <= m; ++i)
            coef[std::size_t(i)] = (1.0 - w) * f.b[t0][std::size_t(i)] + w * f.b[t1][std::size_t(i)];
        const float fa = f0[t0], fb = f0[t1];
        const double hz = fa > 0.0f && fb > 0.0f ? (1.0 - w) * fa + w * fb : (w < 0.5 ? fa : fb);
        double x = 0.0;
        if (hz > 0.0) {
            phase += hz / p.sampleRate;
            if (phase >= 1.0) {
                phase -= std::floor(phase);
                x = std::sqrt(p.sampleRate / hz); // unit power per sample, like the noise
            }
            // Mixed excitation: some breath noise in voiced frames as well.
            x = std::sqrt(1.0 - p.voicedNoise * p.voicedNoise) * x + p.voicedNoise * gauss(rng);
        } else {
            phase = 1.0;
            x = gauss(rng);
        }
        const double y = mlsadf(x * std::exp(coef[0]), coef.data(), m, p.alpha, p.padeOrder, delay.data());
        audio[n] = std::isfinite(y) ? float(std::clamp(y, -1.0, 1.0)) : 0.0f;
    }
    return audio;
}

} // namespace

SourceFilterResult sourceFilterVocode(const Matrix &logMel, const SourceFilterParams &p,
                                      const std::vector<float> *f0, const ProgressFn &progress)
{
    p.validate();
    if (logMel.rows() < 8 || logMel.cols() < 2)
        throw Error("the source-filter vocoder needs a log-mel of at least 8 bands and 2 frames, not " +
                    std::to_string(logMel.rows()) + " x " + std::to_string(logMel.cols()));
    for (float v : logMel.values())
        if (!std::isfinite(v))
            throw Error("the log-mel holds a value that is not a finite number");
    const std::size_t frames = logMel.cols();
    if (f0 && f0->size() != frames)
        throw Error("the F0 track has " + std::to_string(f0->size()) + " values for " +
                    std::to_string(frames) + " mel frames");

    SourceFilterResult out;
    const MelFilterbank fb(melParamsOf(p, int(logMel.rows())));
    const Matrix lin = linearPower(logMel, fb);
    out.f0 = f0 ? *f0 : estimateF0(lin, p, progress);
    for (float &v : out.f0)
        v = std::isfinite(v) && v >= p.f0Min * 0.5 ? std::min(v, float(p.f0Max * 2.0)) : 0.0f;
    reportProgress(progress, 0.3);

    double windowEnergy = 0.0;
    for (float w : makeWindow(WindowType::Hann, p.nFft))
        windowEnergy += double(w) * double(w);
    const StftParams sp = stftParamsOf(p);
    FilterTrack target, track;
    {
        std::lock_guard<std::mutex> lock(sptkMutex());
        target = analyse(lin, p, windowEnergy);
    }
    track = target;
    out.melCepstrum = target.melCepstrum;
    for (int pass = 0;; ++pass) {
        {
            std::lock_guard<std::mutex> lock(sptkMutex());
            out.audio = synthesize(track, out.f0, p);
        }
        reportProgress(progress, 0.3 + 0.7 * double(pass + 1) / double(p.refinements + 1));
        if (pass == p.refinements)
            break;
        // Analysis by synthesis: analyse the output the way the input was analysed (its mel,
        // the inverse, the fit) and move each frame's mel-cepstrum by the difference from the
        // target's, so the biases of the chain cancel in the filter's own parameters.
        Matrix mag = stftMagnitude(out.audio, sp);
        for (float &v : mag.values())
            v *= v;
        Matrix got = fb.apply(mag);
        for (float &v : got.values())
            v = std::log(v + 1e-10f);
        const Matrix gotLin = linearPower(got, fb);
        std::lock_guard<std::mutex> lock(sptkMutex());
        const FilterTrack measured = analyse(gotLin, p, windowEnergy);
        for (std::size_t t = 0; t < frames && t < measured.b.size(); ++t) {
            std::vector<double> mc(std::size_t(p.order + 1));
            for (int i = 0; i <= p.order; ++i) {
                const float step = target.melCepstrum.at(std::size_t(i), t) - measured.melCepstrum.at(std::size_t(i), t);
                track.melCepstrum.at(std::size_t(i), t) += std::clamp(step, -p.correctionLimit, p.correctionLimit);
                mc[std::size_t(i)] = track.melCepstrum.at(std::size_t(i), t);
            }
            mc2b(mc.data(), track.b[t].data(), p.order, p.alpha);
        }
    }
    return out;
}

} // namespace wb
