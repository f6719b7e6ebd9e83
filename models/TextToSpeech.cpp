#include <torch/torch.h>

#include "TextToSpeech.h"

#include "Error.h"
#include "FastSpeech2.h"
#include "Tacotron2.h"
#include "GriffinLim.h"
#include "MelFilterbank.h"
#include "Stft.h"

#include <algorithm>
#include <cctype>
#include <optional>
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

std::string ttsVocoderId(TtsVocoder v)
{
    switch (v) {
    case TtsVocoder::WaveNet:
        return "wavenet";
    case TtsVocoder::SourceFilter:
        return "sourcefilter";
    case TtsVocoder::GriffinLim:
        break;
    }
    return "griffinlim";
}

TtsVocoder ttsVocoderFromId(const std::string &id)
{
    for (TtsVocoder v : {TtsVocoder::GriffinLim, TtsVocoder::WaveNet, TtsVocoder::SourceFilter})
        if (ttsVocoderId(v) == id)
            return v;
    throw Error("unknown vocoder '" + id + "': griffinlim, wavenet or sourcefilter");
}

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
    if (!(waveNetTemperature >= 0.0f && waveNetTemperature <= 2.0f))
        throw Error("the WaveNet vocoder's temperature must be between 0 and 2");
}

struct TextToSpeech::Private
{
    std::optional<FastSpeech2Checkpoint> fastSpeech;
    std::optional<Tacotron2Checkpoint> tacotron;
    FastSpeech2 fs2{nullptr};
    Tacotron2 taco{nullptr};
    std::unique_ptr<MelFilterbank> filterbank;
    std::shared_ptr<const WaveNetVocoder> vocoder;

    const TtsFeatureSpec &features() const
    {
        return fastSpeech ? fastSpeech->features : tacotron->features;
    }
    const text::SymbolTable &symbols() const
    {
        return fastSpeech ? fastSpeech->symbols : tacotron->symbols;
    }
    void fastSpeechMel(const torch::Tensor &input, const TtsControls &controls, TtsResult &r);
    void tacotronMel(const torch::Tensor &input, const TtsControls &controls, TtsResult &r);
};

TextToSpeech::TextToSpeech(FastSpeech2Checkpoint checkpoint) : d(std::make_unique<Private>())
{
    d->fs2 = FastSpeech2(checkpoint.config);
    d->fs2->copyFrom(checkpoint.parameters, "the checkpoint");
    d->fs2->eval();
    d->filterbank = std::make_unique<MelFilterbank>(
        melParamsOf(checkpoint.features, checkpoint.config.nMels));
    d->fastSpeech = std::move(checkpoint);
}

TextToSpeech::TextToSpeech(Tacotron2Checkpoint checkpoint) : d(std::make_unique<Private>())
{
    d->taco = Tacotron2(checkpoint.config);
    d->taco->copyFrom(checkpoint.parameters, "the checkpoint");
    d->taco->eval();
    d->filterbank = std::make_unique<MelFilterbank>(
        melParamsOf(checkpoint.features, checkpoint.config.nMels));
    d->tacotron = std::move(checkpoint);
}

TextToSpeech::~TextToSpeech() = default;

std::unique_ptr<TextToSpeech> TextToSpeech::fromFile(const std::string &path)
{
    const std::string format = SafeTensors::load(path).metadata()["format"];
    if (format == "wavebench-tacotron2")
        return std::make_unique<TextToSpeech>(Tacotron2Checkpoint::load(path));
    // Anything else is read as FastSpeech 2, whose loader names what is wrong.
    return std::make_unique<TextToSpeech>(FastSpeech2Checkpoint::load(path));
}

std::string TextToSpeech::modelId() const
{
    return d->fastSpeech ? "fastspeech2" : "tacotron2";
}

std::string TextToSpeech::modelName() const
{
    return d->fastSpeech ? "FastSpeech 2" : "Tacotron 2";
}

std::string TextToSpeech::describe() const
{
    return d->fastSpeech ? d->fastSpeech->config.describe() : d->tacotron->config.describe();
}

long long TextToSpeech::parameterCount() const
{
    return d->fastSpeech ? d->fastSpeech->parameterCount() : d->tacotron->parameterCount();
}

int TextToSpeech::speakerDim() const
{
    return d->fastSpeech ? d->fastSpeech->config.speakerDim : 0;
}

bool TextToSpeech::takesReferenceSpectrum() const
{
    return d->fastSpeech && d->fastSpeech->config.referenceSpectrum;
}

const TtsFeatureSpec &TextToSpeech::features() const
{
    return d->features();
}

const text::SymbolTable &TextToSpeech::symbols() const
{
    return d->symbols();
}

const std::map<std::string, std::string> &TextToSpeech::notes() const
{
    return d->fastSpeech ? d->fastSpeech->notes : d->tacotron->notes;
}

namespace {

/** Normalized frames [F, nMels] -> natural-log mel [nMels][F'] on the corpus's scale, with F'
 * = F / speed by linear interpolation, and offset added to every value. */
Matrix denormalizedMel(const torch::Tensor &mel, const TtsFeatureSpec &spec, double speed,
                       float offset)
{
    const torch::Tensor m = mel.contiguous();
    const auto frames = m.size(0), nm = m.size(1);
    const auto outFrames =
        std::max<std::int64_t>(1, std::int64_t(std::lround(double(frames) / speed)));
    Matrix out{std::size_t(nm), std::size_t(outFrames)};
    const float *v = m.data_ptr<float>();
    for (std::int64_t f = 0; f < outFrames; ++f) {
        const double at = outFrames > 1 ? double(f) * double(frames - 1) / double(outFrames - 1) : 0.0;
        const auto lo = std::int64_t(at);
        const auto hi = std::min(frames - 1, lo + 1);
        const float w = float(at - double(lo));
        for (std::int64_t b = 0; b < nm; ++b) {
            const float x = v[lo * nm + b] * (1.0f - w) + v[hi * nm + b] * w;
            out.at(std::size_t(b), std::size_t(f)) =
                x * spec.melStd[std::size_t(b)] + spec.melMean[std::size_t(b)] + offset;
        }
    }
    return out;
}

} // namespace

void TextToSpeech::Private::fastSpeechMel(const torch::Tensor &input, const TtsControls &controls,
                                          TtsResult &r)
{
    const TtsFeatureSpec &spec = fastSpeech->features;
    const double pitchShift = controls.pitchSemitones * std::log(2.0) / 12.0 / spec.pitchStd;
    const double energyShift = std::log(controls.energyScale) / spec.energyStd;
    const int dim = fastSpeech->config.speakerDim;
    if (int(controls.speakerEmbedding.size()) != dim)
        throw Error(dim == 0 ? std::string("this FastSpeech 2 model has one voice and takes no speaker embedding")
                             : "this FastSpeech 2 model speaks in many voices and needs a " +
                                   std::to_string(dim) + "-d speaker embedding, not " +
                                   std::to_string(controls.speakerEmbedding.size()) + " values");
    torch::Tensor speaker =
        dim > 0 ? torch::tensor(controls.speakerEmbedding).unsqueeze(0) : torch::Tensor();
    if (fastSpeech->config.referenceSpectrum) {
        if (int(controls.referenceSpectrum.size()) != fastSpeech->config.nMels)
            throw Error("this FastSpeech 2 model also hears the reference's spectrum: it needs " +
                        std::to_string(fastSpeech->config.nMels) + " values, not " +
                        std::to_string(controls.referenceSpectrum.size()) +
                        " (give it the reference recording)");
        speaker = torch::cat({speaker, torch::tensor(controls.referenceSpectrum).unsqueeze(0)}, 1);
    }
    const FastSpeech2Impl::Output out =
        fs2->infer(input, controls.speed, pitchShift, energyShift, kMaxFrames, speaker);
    r.logMel = denormalizedMel(out.mel[0], spec, 1.0, 0.0f);
    const torch::Tensor dur = out.durations[0].contiguous();
    const torch::Tensor pitch = (out.pitch[0] + pitchShift).contiguous();
    const torch::Tensor energy = (out.energy[0] + energyShift).contiguous();
    for (std::int64_t i = 0; i < dur.size(0); ++i) {
        const int frames = int(dur[i].item<std::int64_t>());
        r.durations.push_back(frames);
        r.pitchHz.push_back(
            frames > 0 ? std::exp(pitch[i].item<float>() * spec.pitchStd + spec.pitchMean) : 0.0f);
        r.energy.push_back(
            frames > 0 ? std::exp(energy[i].item<float>() * spec.energyStd + spec.energyMean)
                       : 0.0f);
    }
}

void TextToSpeech::Private::tacotronMel(const torch::Tensor &input, const TtsControls &controls,
                                        TtsResult &r)
{
    if (controls.pitchSemitones != 0.0)
        throw Error("Tacotron 2 has no pitch control: set the pitch shift to 0");
    const TtsFeatureSpec &spec = tacotron->features;
    const Tacotron2Impl::Output out = taco->infer(input, kMaxFrames);
    // Energy scales the RMS: the mel power by its square.
    r.logMel = denormalizedMel(out.mel[0], spec, controls.speed,
                               float(2.0 * std::log(controls.energyScale)));
    const torch::Tensor a = out.alignment[0].contiguous(); // [steps, T]
    const auto steps = a.size(0), symbols = a.size(1);
    r.reduction = tacotron->config.reduction;
    r.alignment = Matrix(std::size_t(steps), std::size_t(symbols));
    std::copy(a.data_ptr<float>(), a.data_ptr<float>() + a.numel(), r.alignment.values().begin());
    // Durations read off the attention: each step's frames go to the symbol it peaked on.
    std::vector<double> frames(std::size_t(symbols), 0.0);
    const torch::Tensor peak = a.argmax(1).contiguous();
    for (std::int64_t k = 0; k < steps; ++k)
        frames[std::size_t(peak[k].item<std::int64_t>())] += r.reduction / controls.speed;
    for (double f : frames)
        r.durations.push_back(int(std::lround(f)));
}

std::vector<float> TextToSpeech::griffinLimVocoder(const Matrix &logMel, const TtsFeatureSpec &spec, int iterations,
                                                   std::uint32_t seed, const ProgressFn &progress)
{
    const MelFilterbank fb(melParamsOf(spec, int(logMel.rows())));
    return vocode(logMel, spec, fb, iterations, seed, progress);
}

SourceFilterResult TextToSpeech::sourceFilterVocoder(const Matrix &logMel, const TtsFeatureSpec &spec,
                                                     std::uint32_t seed, const std::vector<float> *f0,
                                                     const ProgressFn &progress)
{
    SourceFilterParams p;
    p.sampleRate = spec.sampleRate;
    p.nFft = spec.nFft;
    p.hop = spec.hop;
    p.fmax = spec.fmax;
    p.seed = seed;
    return sourceFilterVocode(logMel, p, f0, progress);
}

TtsResult TextToSpeech::speak(const std::string &text, const TtsControls &controls,
                              const ProgressFn &progress)
{
    controls.validate();
    TtsResult r;
    const TtsFeatureSpec &spec = d->features();
    const text::SymbolTable &table = d->symbols();
    auto t = Clock::now();
    r.utterance = text::TextFrontEnd::process(text);
    std::vector<std::string> unknown;
    const std::vector<int> ids = text::TextFrontEnd::ids(r.utterance, table, &unknown);
    if (!unknown.empty())
        throw Error("the model's symbol table (" + table.name() + ") lacks '" +
                    unknown.front() + "': it was trained with another front-end");
    r.timings.frontEnd = since(t);
    reportProgress(progress, 0.1);

    t = Clock::now();
    {
        torch::NoGradGuard noGrad;
        const std::vector<std::int64_t> ids64(ids.begin(), ids.end());
        const torch::Tensor input = torch::tensor(ids64, torch::kLong).unsqueeze(0);
        r.model = modelId();
        if (d->fastSpeech)
            d->fastSpeechMel(input, controls, r);
        else
            d->tacotronMel(input, controls, r);
    }
    r.timings.acoustic = since(t);
    reportProgress(progress, 0.3);

    t = Clock::now();
    const ProgressFn rest = [&](double f) { return !progress || progress(0.3 + 0.7 * f); };
    r.vocoder = ttsVocoderId(controls.vocoder);
    switch (controls.vocoder) {
    case TtsVocoder::WaveNet:
        if (!d->vocoder)
            throw Error("no WaveNet vocoder is loaded: train one with `wavebench tts train --model vocoder`");
        r.audio = d->vocoder->vocode(r.logMel, controls.seed + 1, controls.waveNetTemperature, rest);
        break;
    case TtsVocoder::SourceFilter: {
        SourceFilterResult sf = sourceFilterVocoder(r.logMel, spec, controls.seed, nullptr, rest);
        r.audio = std::move(sf.audio);
        r.vocoderF0 = std::move(sf.f0);
        break;
    }
    case TtsVocoder::GriffinLim:
        r.audio = griffinLimVocoder(r.logMel, spec, controls.griffinLimIterations, controls.seed, rest);
        break;
    }
    r.sampleRate = spec.sampleRate;
    r.timings.vocoder = since(t);
    reportProgress(progress, 1.0);
    return r;
}

void TextToSpeech::setVocoder(std::shared_ptr<const WaveNetVocoder> vocoder)
{
    if (vocoder) {
        const TtsFeatureSpec &spec = d->features();
        vocoder->checkGrid(spec.nMels, spec.hop, spec.sampleRate);
    }
    d->vocoder = std::move(vocoder);
}

std::shared_ptr<const WaveNetVocoder> TextToSpeech::waveNetVocoder() const
{
    return d->vocoder;
}

bool TextToSpeech::hasVocoder() const
{
    return d->vocoder != nullptr;
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
        std::size_t(std::lround(pauseSeconds * d->features().sampleRate));
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
        all.alignment = std::move(one.alignment);
        all.reduction = one.reduction;
        all.model = one.model;
        all.vocoder = one.vocoder;
        all.vocoderF0 = std::move(one.vocoderF0);
    }
    if (all.audio.empty())
        throw Error("there is nothing sayable in the text");
    return all;
}

} // namespace wb
