#include "VoiceCloner.h"

#include "BundledModels.h"
#include "Error.h"
#include "SpeakerEncoder.h"
#include "Watermark.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace wb {

struct VoiceCloner::Private
{
    std::shared_ptr<const SpeakerEncoder> encoder;
    std::unique_ptr<TextToSpeech> tts;
    std::vector<std::string> voices;
    std::vector<std::vector<float>> centroids;
    std::map<std::string, std::string> notes;
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

CloneResult VoiceCloner::clone(const std::string &text, const std::vector<float> &referenceEmbedding,
                               const TtsControls &controls, bool watermark, const ProgressFn &progress)
{
    if (int(referenceEmbedding.size()) != d->encoder->dimension())
        throw Error("the reference embedding has " + std::to_string(referenceEmbedding.size()) +
                    " values, this speaker encoder makes " + std::to_string(d->encoder->dimension()));
    CloneResult r;
    r.referenceEmbedding = referenceEmbedding;
    TtsControls c = controls;
    c.speakerEmbedding = referenceEmbedding;
    r.tts = d->tts->speakLong(text, c, 0.35, progress);
    if (r.tts.audio.empty())
        throw Error("the multi-speaker model produced no audio for this text: it stopped at once, which "
                    "an untrained or barely trained model does; train it longer or load the shipped one");
    if (watermark) {
        const std::vector<float> marked = embedWatermark(r.tts.audio, r.tts.sampleRate);
        r.watermarkSnrDb = signalToNoiseDb(r.tts.audio, marked);
        r.tts.audio = marked;
        r.watermarked = true;
    }
    // How close did it come? The same encoder judges the clone (short clips: as much as there is).
    try {
        r.outputEmbedding = d->encoder->embed(r.tts.audio, r.tts.sampleRate, 0.2);
        r.similarityToReference = cosineSimilarity(r.outputEmbedding, referenceEmbedding);
        for (std::size_t i = 0; i < d->centroids.size(); ++i) {
            const double s = cosineSimilarity(r.outputEmbedding, d->centroids[i]);
            if (r.nearestTrainingVoice.empty() || s > r.similarityToNearestTraining) {
                r.nearestTrainingVoice = d->voices[i];
                r.similarityToNearestTraining = s;
            }
        }
    } catch (const Error &) {
        r.outputEmbedding.clear(); // too short to judge: the result says so by an empty embedding
    }
    return r;
}

} // namespace wb
