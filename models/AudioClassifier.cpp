#include <torch/torch.h>

#include "AudioClassifier.h"

#include "AudioClassifierNet.h"
#include "AudioFile.h"
#include "Error.h"
#include "Resampler.h"

#include <cmath>
#include <mutex>

namespace wb {

struct AudioClassifier::Private
{
    explicit Private(const ClassifierConfig &c) : net(c) {}
    AudioClassifierNet net;
    std::mutex mutex;
};

AudioClassifier::AudioClassifier(AudioClassifierCheckpoint checkpoint)
    : m_checkpoint(std::move(checkpoint))
    , d(std::make_unique<Private>(m_checkpoint.config))
{
    d->net->loadParameters(m_checkpoint.parameters);
    d->net->eval();
}

AudioClassifier::~AudioClassifier() = default;

std::shared_ptr<AudioClassifier> AudioClassifier::load(const std::string &path)
{
    return std::make_shared<AudioClassifier>(AudioClassifierCheckpoint::load(path));
}

std::vector<ClassifierScores>
AudioClassifier::classifyClips(const std::vector<std::vector<float>> &clips) const
{
    const ClassifierFeatures &f = m_checkpoint.features;
    if (clips.empty())
        return {};
    const auto b = std::int64_t(clips.size());
    torch::Tensor x = torch::empty({b, 1, f.nMels, f.frames()});
    for (std::int64_t i = 0; i < b; ++i) {
        const auto &clip = clips[std::size_t(i)];
        for (float v : clip)
            if (!std::isfinite(v))
                throw Error("the audio has non-finite samples");
        const std::vector<float> mel = f.logMel(clip);
        x[i].copy_(torch::from_blob(const_cast<float *>(mel.data()), {1, f.nMels, f.frames()},
                                    torch::kFloat));
    }
    torch::Tensor p;
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        torch::NoGradGuard noGrad;
        p = torch::softmax(d->net->forward(x), /*dim=*/1).contiguous();
    }
    std::vector<ClassifierScores> out(static_cast<std::size_t>(b));
    const float *data = p.data_ptr<float>();
    const auto n = std::size_t(p.size(1));
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i].probabilities.assign(data + i * n, data + (i + 1) * n);
        out[i].top = int(std::max_element(out[i].probabilities.begin(), out[i].probabilities.end()) -
                         out[i].probabilities.begin());
    }
    return out;
}

ClassifierScores AudioClassifier::classify(const std::vector<float> &samples, int sampleRate) const
{
    if (samples.empty())
        throw Error("there is no audio to classify");
    const int rate = m_checkpoint.features.sampleRate;
    std::vector<float> audio = samples;
    if (sampleRate != rate)
        audio = Resampler::resample(AudioBuffer(samples, sampleRate), rate).samples();
    return classifyClips({m_checkpoint.features.fitClip(audio)}).front();
}

ClassifierScores AudioClassifier::classifyFile(const std::string &path) const
{
    ReadOptions o;
    o.targetRate = m_checkpoint.features.sampleRate;
    o.threads = 1;
    const AudioBuffer audio = AudioFile::read(path, o);
    if (audio.isEmpty())
        throw Error("'" + path + "' holds no audio");
    return classify(audio.samples(), audio.sampleRate());
}

} // namespace wb
