#include <torch/torch.h>

#include "TextToSpeech.h"

#include "Error.h"
#include "FastSpeech2.h"
#include "GriffinLim.h"
#include "MelFilterbank.h"
#include "Stft.h"

#include <cctype>
#include <chrono>
#include <cmath>

namespace wb {

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

constexpr int kMaxFrames = 20000; // about 4 minutes at hop 256: one sentence never needs more

} // namespace

namespace {

MelParams melParamsOf(const TtsFeatureSpec &spec, int nMels)
{
    MelParams mp;
    mp.sampleRate = spec.sampleRate;
    mp.nFft = spec.nFft;
    mp.nMels = nMels;
    mp.fmax = spec.fmax;
    return mp;
}

// Least squares from the minimum-norm start converges in a few steps of
// projected gradient; Griffin-Lim refines the rest (bench_tts: 100 iterations
// cost 67 ms on 3.5 s, 10 cost 15 ms, no audible difference after Griffin-Lim).
constexpr int kInverseIterations = 10;

std::vector<float> vocode(const Matrix &logMel, const TtsFeatureSpec &spec, const MelFilterbank &fb, int iterations,
                          std::uint32_t seed, const ProgressFn &progress)
{
    Matrix power = logMel;
    for (float &v : power.values())
        v = std::exp(v);
    Matrix magnitude = fb.invert(power, kInverseIterations);
    for (float &v : magnitude.values())
        v = std::sqrt(std::max(v, 0.0f));
    StftParams sp;
    sp.nFft = spec.nFft;
    sp.hop = spec.hop;
    GriffinLimParams gl;
    gl.iterations = iterations;
    gl.seed = seed;
    return griffinLim(magnitude, sp, gl, progress);
}

} // namespace

void TtsControls::validate() const
{
    if (!(speed >= 0.5 && speed <= 2.0))
        throw Error("speed must be between 0.5 and 2");
    if (!(pitchSemitones >= -12.0 && pitchSemitones <= 12.0))
        throw Error("pitch shift must be between -12 and 12 semitones");
    if (!(energyScale >= 0.25 && energyScale <= 4.0))
        throw Error("energy scale must be between 0.25 and 4");
    if (griffinLimIterations < 1 || griffinLimIterations > 1000)
        throw Error("Griffin-Lim iterations must be between 1 and 1000");
}

struct TextToSpeech::Private
{
    FastSpeech2Checkpoint checkpoint;
    FastSpeech2 model{nullptr};
    std::unique_ptr<MelFilterbank> filterbank;
};

TextToSpeech::TextToSpeech(FastSpeech2Checkpoint checkpoint) : d(std::make_unique<Private>())
{
    d->checkpoint = std::move(checkpoint);
    d->model = FastSpeech2(d->checkpoint.config);
    d->model->copyFrom(d->checkpoint.parameters, "the checkpoint");
    d->model->eval();
    d->filterbank = std::make_unique<MelFilterbank>(melParamsOf(d->checkpoint.features, d->checkpoint.config.nMels));
}

TextToSpeech::~TextToSpeech() = default;

const FastSpeech2Checkpoint &TextToSpeech::checkpoint() const
{
    return d->checkpoint;
}


std::vector<float> TextToSpeech::griffinLimVocoder(const Matrix &logMel, const TtsFeatureSpec &spec, int iterations,
                                                   std::uint32_t seed, const ProgressFn &progress)
{
    const MelFilterbank fb(melParamsOf(spec, int(logMel.rows())));
    return vocode(logMel, spec, fb, iterations, seed, progress);
}

TtsResult TextToSpeech::speak(const std::string &text, const TtsControls &controls,
                              const ProgressFn &progress)
{
    controls.validate();
    TtsResult r;
    const FastSpeech2Checkpoint &c = d->checkpoint;
    const TtsFeatureSpec &spec = c.features;
    auto t = Clock::now();
    r.utterance = text::TextFrontEnd::process(text);
    std::vector<std::string> unknown;
    const std::vector<int> ids = text::TextFrontEnd::ids(r.utterance, c.symbols, &unknown);
    if (!unknown.empty())
        throw Error("the model's symbol table (" + c.symbols.name() + ") lacks '" +
                    unknown.front() + "': it was trained with another front-end");
    r.timings.frontEnd = since(t);
    reportProgress(progress, 0.1);

    t = Clock::now();
    {
        torch::NoGradGuard noGrad;
        const std::vector<std::int64_t> ids64(ids.begin(), ids.end());
        const torch::Tensor input = torch::tensor(ids64, torch::kLong).unsqueeze(0);
        const double pitchShift = controls.pitchSemitones * std::log(2.0) / 12.0 / spec.pitchStd;
        const double energyShift = std::log(controls.energyScale) / spec.energyStd;
        const FastSpeech2Impl::Output out =
            d->model->infer(input, controls.speed, pitchShift, energyShift, kMaxFrames);
        const torch::Tensor mel = out.mel[0].contiguous(); // [F, nMels]
        const auto frames = mel.size(0), nm = mel.size(1);
        r.logMel = Matrix(std::size_t(nm), std::size_t(frames));
        const float *m = mel.data_ptr<float>();
        for (std::int64_t f = 0; f < frames; ++f)
            for (std::int64_t b = 0; b < nm; ++b)
                r.logMel.at(std::size_t(b), std::size_t(f)) =
                    m[f * nm + b] * spec.melStd[std::size_t(b)] + spec.melMean[std::size_t(b)];
        const torch::Tensor dur = out.durations[0].contiguous();
        const torch::Tensor pitch = (out.pitch[0] + pitchShift).contiguous();
        const torch::Tensor energy = (out.energy[0] + energyShift).contiguous();
        for (std::int64_t i = 0; i < dur.size(0); ++i) {
            const int frames_i = int(dur[i].item<std::int64_t>());
            r.durations.push_back(frames_i);
            r.pitchHz.push_back(
                frames_i > 0 ? std::exp(pitch[i].item<float>() * spec.pitchStd + spec.pitchMean)
                             : 0.0f);
            r.energy.push_back(
                frames_i > 0 ? std::exp(energy[i].item<float>() * spec.energyStd + spec.energyMean)
                             : 0.0f);
        }
    }
    r.timings.acoustic = since(t);
    reportProgress(progress, 0.3);

    t = Clock::now();
    r.audio = griffinLimVocoder(r.logMel, spec, controls.griffinLimIterations, controls.seed,
                                [&](double f) { return !progress || progress(0.3 + 0.7 * f); });
    r.sampleRate = spec.sampleRate;
    r.timings.vocoder = since(t);
    reportProgress(progress, 1.0);
    return r;
}

void TextToSpeech::setThreads(int n)
{
    if (n > 0)
        torch::set_num_threads(n);
}

namespace {

/** Whether the word before a full stop at `dot` is an abbreviation ("Dr.", "a.m.", "J.") rather
 * than a sentence end. */
bool abbreviationBefore(const std::string &text, std::size_t dot)
{
    std::size_t start = dot;
    while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n')
        --start;
    std::string word = text.substr(start, dot - start);
    for (char &c : word)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    static const char *const known[] = {"dr", "mr", "mrs", "ms",  "prof", "st",
                                        "jr", "sr", "vs",  "etc", "no",   "mt"};
    for (const char *k : known)
        if (word == k)
            return true;
    return word.size() == 1 || word.find('.') != std::string::npos;
}

void pushTrimmed(std::vector<std::string> &out, const std::string &s)
{
    const auto first = s.find_first_not_of(' ');
    if (first != std::string::npos)
        out.push_back(s.substr(first, s.find_last_not_of(' ') - first + 1));
}

} // namespace

std::vector<std::string> TextToSpeech::sentences(const std::string &text)
{
    std::vector<std::string> out;
    std::string current;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        current += (ch == '\n' || ch == '\r' || ch == '\t') ? ' ' : ch;
        const bool atSpace = i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n';
        const bool end =
            (ch == '!' || ch == '?' || (ch == '.' && !abbreviationBefore(text, i))) && atSpace;
        const bool paragraph = ch == '\n' && i + 1 < text.size() && text[i + 1] == '\n';
        if (end || paragraph) {
            pushTrimmed(out, current);
            current.clear();
        }
    }
    pushTrimmed(out, current);
    return out;
}

TtsResult TextToSpeech::speakLong(const std::string &text, const TtsControls &controls,
                                  double pauseSeconds, const ProgressFn &progress)
{
    if (text.size() > text::TextFrontEnd::kMaxChars)
        throw Error("the text has " + std::to_string(text.size()) + " characters; at most " +
                    std::to_string(text::TextFrontEnd::kMaxChars) + " are read at once");
    const std::vector<std::string> parts = sentences(text);
    if (parts.empty())
        throw Error("there is no text to speak");
    TtsResult all;
    const std::size_t pause =
        std::size_t(std::lround(pauseSeconds * d->checkpoint.features.sampleRate));
    for (std::size_t i = 0; i < parts.size(); ++i) {
        TtsResult one;
        try {
            one = speak(parts[i], controls, [&](double f) {
                return !progress || progress((double(i) + f) / double(parts.size()));
            });
        } catch (const Cancelled &) {
            throw;
        } catch (const Error &e) {
            // A sentence with nothing sayable (only symbols) is skipped; anything else stops.
            if (std::string(e.what()).find("nothing") != std::string::npos)
                continue;
            throw;
        }
        if (!all.audio.empty())
            all.audio.insert(all.audio.end(), pause, 0.0f);
        all.audio.insert(all.audio.end(), one.audio.begin(), one.audio.end());
        all.timings.frontEnd += one.timings.frontEnd;
        all.timings.acoustic += one.timings.acoustic;
        all.timings.vocoder += one.timings.vocoder;
        all.sampleRate = one.sampleRate;
        all.utterance = std::move(one.utterance);
        all.durations = std::move(one.durations);
        all.pitchHz = std::move(one.pitchHz);
        all.energy = std::move(one.energy);
        all.logMel = std::move(one.logMel);
    }
    if (all.audio.empty())
        throw Error("there is nothing sayable in the text");
    return all;
}

} // namespace wb
