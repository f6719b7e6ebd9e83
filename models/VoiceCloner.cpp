#include "VoiceCloner.h"

#include "AudioFile.h"
#include "BundledModels.h"
#include "corpus/CorpusBuilder.h"
#include "corpus/CorpusFeatures.h"
#include "corpus/PhoneAlignment.h"
#include "Dtw.h"
#include "Error.h"
#include "Resampler.h"
#include "text/TextFrontEnd.h"
#include "FastSpeech2Trainer.h"
#include "TtsDataset.h"
#include "PitchTracker.h"
#include "SpeakerEncoder.h"
#include "Watermark.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace wb {

struct VoiceCloner::Private
{
    std::shared_ptr<const SpeakerEncoder> encoder;
    std::unique_ptr<TextToSpeech> tts;
    std::vector<std::string> voices;
    std::vector<std::vector<float>> centroids;
    std::map<std::string, std::string> notes;
    FeatureParams features; ///< the model's log-mel, for the reference spectrum
    bool takesSpectrum = false;
    FastSpeech2Checkpoint original; ///< as loaded, for adapt and resetAdaptation
    bool adapted = false;
    std::string adaptationTag;
    double adaptationLoss = 0.0;
};

VoiceCloner::VoiceCloner(std::shared_ptr<const SpeakerEncoder> encoder, FastSpeech2Checkpoint model)
    : d(std::make_unique<Private>())
{
    if (!encoder)
        throw Error("voice cloning needs a speaker encoder");
    if (model.config.speakerDim == 0)
        throw Error("this FastSpeech 2 model has one voice; cloning needs a multi-speaker model "
                    "(`wavebench tts train --speaker-encoder`)");
    if (model.config.speakerDim != encoder->dimension())
        throw Error("the multi-speaker model takes " + std::to_string(model.config.speakerDim) +
                    "-d embeddings, the speaker encoder makes " + std::to_string(encoder->dimension()) +
                    "-d ones: they were not trained together");
    const auto it = model.notes.find("speaker_centroids");
    if (it != model.notes.end()) {
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(it->second)).object();
        for (auto v = o.begin(); v != o.end(); ++v) {
            std::vector<float> e;
            for (const auto &x : v.value().toArray())
                e.push_back(float(x.toDouble()));
            if (int(e.size()) != model.config.speakerDim)
                continue;
            d->voices.push_back(v.key().toStdString());
            d->centroids.push_back(std::move(e));
        }
    }
    d->encoder = std::move(encoder);
    d->notes = model.notes;
    d->features.sampleRate = model.features.sampleRate;
    d->features.nFft = model.features.nFft;
    d->features.hop = model.features.hop;
    d->features.nMels = model.features.nMels;
    d->features.fmax = model.features.fmax;
    d->features.logFloor = model.features.logFloor;
    d->takesSpectrum = model.config.referenceSpectrum;
    d->original = model;
    d->tts = std::make_unique<TextToSpeech>(std::move(model));
}

VoiceCloner::~VoiceCloner() = default;

std::unique_ptr<VoiceCloner> VoiceCloner::fromFiles(const std::string &encoderPath,
                                                    const std::string &modelPath)
{
    auto encoder = std::make_shared<const SpeakerEncoder>(SpeakerEncoder::load(
        encoderPath.empty() ? bundledModelPath(kBundledSpeakerEncoder) : encoderPath));
    return std::make_unique<VoiceCloner>(
        std::move(encoder),
        FastSpeech2Checkpoint::load(modelPath.empty() ? bundledModelPath(kBundledMultiSpeakerTts) : modelPath));
}

bool VoiceCloner::takesReferenceSpectrum() const
{
    return d->takesSpectrum;
}

std::vector<float> VoiceCloner::referenceSpectrum(const std::vector<float> &mono, int sampleRate) const
{
    return referenceSpectrumOfAudio(mono, sampleRate, d->features);
}

std::vector<float> VoiceCloner::referenceSpectrumOfFiles(const std::vector<std::string> &paths) const
{
    std::vector<std::vector<float>> all;
    for (const std::string &path : paths) {
        ReadOptions o;
        o.targetRate = d->features.sampleRate;
        o.mono = true;
        const AudioBuffer a = AudioFile::read(path, o);
        try {
            all.push_back(referenceSpectrum(a.samples(), a.sampleRate()));
        } catch (const Error &e) {
            throw Error("'" + path + "': " + e.what());
        }
    }
    return averageSpectrum(all);
}

std::vector<float> VoiceCloner::revocode(const std::vector<float> &mono, int sampleRate,
                                         const TtsControls &controls) const
{
    controls.validate();
    const Matrix mel = ttsLogMel(mono, sampleRate, d->features);
    const TtsFeatureSpec &spec = d->tts->features();
    switch (controls.vocoder) {
    case TtsVocoder::GriffinLim:
        return TextToSpeech::griffinLimVocoder(mel, spec, controls.griffinLimIterations, controls.seed);
    case TtsVocoder::SourceFilter:
        return TextToSpeech::sourceFilterVocoder(mel, spec, controls.seed).audio;
    case TtsVocoder::WaveNet:
        break;
    }
    throw Error("cloning vocodes with Griffin-Lim or the source-filter vocoder");
}

TtsItem VoiceCloner::transcribe(const std::string &text, const std::vector<float> &mono, int sampleRate,
                                const std::vector<float> &referenceEmbedding,
                                const std::vector<float> &referenceSpectrum)
{
    if (mono.empty() || sampleRate <= 0)
        throw Error("there is no recording to align");
    std::vector<float> samples =
        sampleRate == d->features.sampleRate
            ? mono
            : Resampler::resample(AudioBuffer(mono, sampleRate), d->features.sampleRate).samples();
    normalizeLoudness(samples, d->features.sampleRate, -20.0);
    const UtteranceFeatures recorded = utteranceFeatures(samples, d->features);
    // The text as the model says it in this voice: its symbols and where their frames fall.
    TtsControls c;
    c.speakerEmbedding = averageEmbedding({referenceEmbedding});
    if (d->takesSpectrum)
        c.referenceSpectrum = referenceSpectrum;
    c.griffinLimIterations = 1; // only the mel is needed
    const TtsResult spoken = d->tts->speak(text, c);
    const std::vector<int> ids = text::TextFrontEnd::ids(spoken.utterance, d->tts->symbols());
    if (ids.size() != spoken.durations.size())
        throw Error("the model's durations do not match the text's symbols");
    std::vector<int> symbolOf; // per synthetic frame
    for (std::size_t i = 0; i < spoken.durations.size(); ++i)
        symbolOf.insert(symbolOf.end(), std::size_t(std::max(0, spoken.durations[i])), int(i));
    if (symbolOf.size() != spoken.logMel.cols())
        throw Error("the model's durations do not add up to its mel");
    // Words that do not belong to the recording show first in its pace: people say about 8 to 15
    // phonemes a second; refuse a transcript that would need under 2.5 or over 30.
    std::size_t sounds = 0;
    for (const std::string &symbol : spoken.utterance.symbols)
        sounds += symbolTakesTime(symbol) ? 1 : 0;
    const double seconds = double(samples.size()) / double(d->features.sampleRate);
    const double pace = double(sounds) / std::max(seconds, 1e-3);
    if (pace < 2.5 || pace > 30.0) {
        char what[200];
        std::snprintf(what, sizeof what,
                      "the transcript has %zu phonemes for %.1f s of recording (%.0f a second; speech has 8 to 15)",
                      sounds, seconds, pace);
        throw Error(std::string(what) + ": check that the transcript is what the recording says");
    }
    const std::vector<int> match = dtwMatch(meanNormalized(recorded.logMel), meanNormalized(spoken.logMel));
    std::vector<int> durations(ids.size(), 0);
    for (int frame : match)
        ++durations[std::size_t(symbolOf[std::size_t(frame)])];
    return transcribedItem(ids, durations, recorded, d->tts->features());
}

double VoiceCloner::adapt(std::vector<TtsItem> references, const std::vector<float> &referenceEmbedding,
                          const std::vector<float> &referenceSpectrum, int steps, double lr,
                          const ProgressFn &progress, const std::string &tag)
{
    if (steps < 1 || steps > 2000)
        throw Error("adaptation takes 1 to 2000 steps, not " + std::to_string(steps));
    if (!(lr > 0.0 && lr < 0.1))
        throw Error("the adaptation learning rate must be between 0 and 0.1");
    if (references.empty())
        throw Error("adaptation needs at least one transcribed reference recording");
    if (int(referenceEmbedding.size()) != d->original.config.speakerDim)
        throw Error("the reference embedding does not fit the model");
    if (d->takesSpectrum && int(referenceSpectrum.size()) != d->original.config.nMels)
        throw Error("this model also hears the reference's spectrum: adaptation needs it");
    TtsDataset data;
    data.spec = d->original.features;
    data.symbols = d->original.symbols;
    const std::vector<float> voice = averageEmbedding({referenceEmbedding});
    for (std::size_t i = 0; i < references.size(); ++i) {
        TtsItem &item = references[i];
        if (item.mel.cols() != std::size_t(d->original.config.nMels))
            throw Error("a reference utterance's mel does not fit the model");
        item.id = "reference-" + std::to_string(i + 1);
        item.speaker = "reference";
        item.speakerEmbedding = voice;
        item.referenceSpectrum =
            d->takesSpectrum ? referenceSpectrum : std::vector<float>(std::size_t(d->original.config.nMels), 0.0f);
        data.items.push_back(std::move(item));
    }
    FastSpeech2Checkpoint start = d->original;
    start.notes.erase("steps"); // the schedule starts afresh
    FastSpeech2TrainOptions o;
    o.steps = steps;
    o.batchSize = int(std::min<std::size_t>(8, data.items.size()));
    o.learningRate = lr;
    o.warmupSteps = std::max(1, steps / 5);
    o.validationFraction = 0.0;
    o.seed = 7;
    std::vector<double> mels;
    FastSpeech2Checkpoint tuned = trainFastSpeech2(
        data, o, progress, [&](const FastSpeech2Step &st) { mels.push_back(st.mel); }, &start);
    tuned.notes = d->original.notes; // the voices it was trained on, its figures
    tuned.notes["adapted_steps"] = std::to_string(steps);
    const std::size_t tail = std::max<std::size_t>(1, mels.size() / 10);
    double loss = 0.0;
    for (std::size_t i = mels.size() - tail; i < mels.size(); ++i)
        loss += mels[i] / double(tail);
    auto vocoder = d->tts->waveNetVocoder();
    d->tts = std::make_unique<TextToSpeech>(std::move(tuned));
    d->tts->setVocoder(vocoder);
    d->adapted = true;
    d->adaptationTag = tag;
    d->adaptationLoss = loss;
    return loss;
}

double VoiceCloner::adaptToRecordings(const std::vector<TranscribedRecording> &recordings,
                                      const std::vector<float> &referenceEmbedding,
                                      const std::vector<float> &referenceSpectrum, int steps, double lr,
                                      const ProgressFn &progress, const std::string &tag)
{
    std::vector<TtsItem> items;
    for (const TranscribedRecording &r : recordings) {
        if (!r.samples)
            throw Error("a reference recording has no audio");
        try {
            items.push_back(transcribe(r.text, *r.samples, r.sampleRate, referenceEmbedding, referenceSpectrum));
        } catch (const Cancelled &) {
            throw;
        } catch (const Error &e) {
            throw Error(r.name.empty() ? std::string(e.what()) : "'" + r.name + "': " + e.what());
        }
    }
    return adapt(std::move(items), referenceEmbedding, referenceSpectrum, steps, lr, progress, tag);
}

void VoiceCloner::resetAdaptation()
{
    if (!d->adapted)
        return;
    auto vocoder = d->tts->waveNetVocoder();
    d->tts = std::make_unique<TextToSpeech>(d->original);
    d->tts->setVocoder(vocoder);
    d->adapted = false;
    d->adaptationTag.clear();
    d->adaptationLoss = 0.0;
}

bool VoiceCloner::adapted() const
{
    return d->adapted;
}

const std::string &VoiceCloner::adaptationTag() const
{
    return d->adaptationTag;
}

double VoiceCloner::adaptationLoss() const
{
    return d->adaptationLoss;
}

const SpeakerEncoder &VoiceCloner::encoder() const
{
    return *d->encoder;
}

TextToSpeech &VoiceCloner::tts()
{
    return *d->tts;
}

const std::vector<std::string> &VoiceCloner::trainingVoices() const
{
    return d->voices;
}

const std::vector<std::vector<float>> &VoiceCloner::trainingCentroids() const
{
    return d->centroids;
}

const std::map<std::string, std::string> &VoiceCloner::modelNotes() const
{
    return d->notes;
}

double speechMedianF0(const std::vector<float> &samples, int sampleRate)
{
    if (samples.empty() || sampleRate <= 0)
        return 0.0;
    PitchParams p;
    p.sampleRate = sampleRate;
    p.fmin = 60.0;
    p.fmax = 600.0;
    p.hop = std::max(1, sampleRate / 100); // 10 ms
    return trackPitch(samples, p).medianVoicedF0();
}

double predictedMedianF0(const TtsResult &r)
{
    // Frame by frame, as the durations spread each symbol's F0 over the mel.
    std::vector<float> frames;
    for (std::size_t i = 0; i < r.pitchHz.size() && i < r.durations.size(); ++i)
        if (r.pitchHz[i] > 0.0f)
            frames.insert(frames.end(), std::size_t(std::max(0, r.durations[i])), r.pitchHz[i]);
    if (frames.empty())
        return r.audio.empty() ? 0.0 : speechMedianF0(r.audio, r.sampleRate);
    const auto mid = frames.begin() + std::ptrdiff_t(frames.size() / 2);
    std::nth_element(frames.begin(), mid, frames.end());
    return double(*mid);
}

void VoiceCloner::judge(CloneResult &r) const
{
    // How close did it come? The same encoder judges the clone (short clips: as much as there is).
    r.outputEmbedding.clear();
    r.nearestTrainingVoice.clear();
    r.similarityToReference = r.similarityToNearestTraining = 0.0;
    try {
        r.outputEmbedding = d->encoder->embed(r.tts.audio, r.tts.sampleRate, 0.2);
    } catch (const Error &) {
        return; // too short to judge: the result says so by an empty embedding
    }
    r.similarityToReference = cosineSimilarity(r.outputEmbedding, r.referenceEmbedding);
    for (std::size_t i = 0; i < d->centroids.size(); ++i) {
        const double s = cosineSimilarity(r.outputEmbedding, d->centroids[i]);
        if (r.nearestTrainingVoice.empty() || s > r.similarityToNearestTraining) {
            r.nearestTrainingVoice = d->voices[i];
            r.similarityToNearestTraining = s;
        }
    }
}

CloneResult VoiceCloner::clone(const std::string &text, const std::vector<float> &referenceEmbedding,
                               const TtsControls &controls, const CloneOptions &options,
                               const ProgressFn &progress)
{
    if (int(referenceEmbedding.size()) != d->encoder->dimension())
        throw Error("the reference embedding has " + std::to_string(referenceEmbedding.size()) +
                    " values, this speaker encoder makes " + std::to_string(d->encoder->dimension()));
    if (options.refinePasses < 0 || options.refinePasses > 8)
        throw Error("refinement passes must be between 0 and 8, not " + std::to_string(options.refinePasses));
    if (!(options.refineStep >= 0.1 && options.refineStep <= 3.0))
        throw Error("the refinement step must be between 0.1 and 3");
    if (options.referenceF0Hz < 0.0 || options.referenceF0Hz > 1000.0)
        throw Error("the reference F0 must be between 0 (off) and 1000 Hz");
    const bool matchPitch = options.referenceF0Hz > 0.0;
    const int passes = 1 + options.refinePasses;
    const int syntheses = passes + (matchPitch ? 1 : 0);
    const auto partOf = [&progress, syntheses](int k) {
        ProgressFn part;
        if (progress)
            part = [&progress, k, syntheses](double f) { return progress((k + f) / syntheses); };
        return part;
    };
    const std::vector<float> target = averageEmbedding({referenceEmbedding}); // unit length
    std::vector<float> conditioning = target;
    TtsControls shifted = controls;
    double pitchShift = 0.0, cloneF0 = 0.0;
    if (matchPitch) {
        // The voice's pitch as the model makes it, then the shift that brings it to the reference's.
        TtsControls probe = controls;
        probe.speakerEmbedding = conditioning;
        const TtsResult heard = d->tts->speakLong(text, probe, 0.35, partOf(0));
        cloneF0 = predictedMedianF0(heard);
        if (cloneF0 > 0.0) {
            shifted.pitchSemitones =
                std::clamp(controls.pitchSemitones + 12.0 * std::log2(options.referenceF0Hz / cloneF0), -12.0, 12.0);
            pitchShift = shifted.pitchSemitones - controls.pitchSemitones;
        }
    }
    CloneResult best;
    std::vector<double> similarities;
    double step = options.refineStep;
    for (int pass = 0; pass < passes; ++pass) {
        CloneResult r;
        r.referenceEmbedding = referenceEmbedding;
        r.conditioningEmbedding = conditioning;
        r.pitchShiftSemitones = pitchShift;
        r.cloneF0Hz = cloneF0;
        TtsControls c = shifted;
        c.speakerEmbedding = conditioning;
        r.tts = d->tts->speakLong(text, c, 0.35, partOf(pass + (matchPitch ? 1 : 0)));
        if (r.tts.audio.empty())
            throw Error("the multi-speaker model produced no audio for this text: it stopped at once, which "
                        "an untrained or barely trained model does; train it longer or load the shipped one");
        judge(r);
        if (r.outputEmbedding.empty()) { // too short to judge, so nothing to steer by either
            if (pass == 0) {
                best = std::move(r);
                similarities.clear();
            }
            break;
        }
        similarities.push_back(r.similarityToReference);
        if (pass == 0 || r.similarityToReference > best.similarityToReference) {
            best = std::move(r);
            best.keptPass = pass;
        } else {
            step *= 0.5; // overshot: try again from the best so far, half as far
        }
        // The next conditioning: from the best pass, towards where its clone fell short.
        if (pass + 1 < passes) {
            conditioning = best.conditioningEmbedding;
            for (std::size_t i = 0; i < conditioning.size(); ++i)
                conditioning[i] += float(step * (target[i] - best.outputEmbedding[i]));
            conditioning = averageEmbedding({conditioning}); // back to unit length
        }
    }
    best.passSimilarities = similarities;
    if (options.watermark) {
        const std::vector<float> marked = embedWatermark(best.tts.audio, best.tts.sampleRate);
        best.watermarkSnrDb = signalToNoiseDb(best.tts.audio, marked);
        best.tts.audio = marked;
        best.watermarked = true;
        if (!best.outputEmbedding.empty())
            judge(best); // what the user gets is the marked clip; the mark barely moves it
    }
    return best;
}

} // namespace wb
