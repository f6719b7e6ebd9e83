#include <torch/torch.h>

#include "AudioClassifierTrainer.h"

#include "AudioClassifier.h"
#include "AudioClassifierNet.h"
#include "AudioFile.h"
#include "Error.h"
#include "MelFilterbank.h"
#include "ModuleTensors.h"
#include "Resampler.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <random>

namespace fs = std::filesystem;

namespace wb {

std::vector<int> ClassifierDataset::counts() const
{
    std::vector<int> n(classNames.size(), 0);
    for (const auto &e : examples)
        if (e.label >= 0 && std::size_t(e.label) < n.size())
            ++n[std::size_t(e.label)];
    return n;
}

void ClassifierDataset::add(int label, const std::vector<float> &samples, int sampleRate,
                            const ClassifierFeatures &features, const std::string &source)
{
    if (samples.empty())
        throw Error("'" + source + "' holds no audio");
    std::vector<float> audio = samples;
    if (sampleRate != features.sampleRate)
        audio = Resampler::resample(AudioBuffer(samples, sampleRate), features.sampleRate).samples();
    examples.push_back({features.fitClip(audio), label, source});
}

bool ClassifierDataset::isAudioFile(const std::string &path)
{
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    for (const char *e : {".wav", ".flac", ".ogg", ".oga", ".aiff", ".aif", ".mp3"})
        if (ext == e)
            return true;
    return false;
}

ClassifierDataset ClassifierDataset::fromFolder(const std::string &dir,
                                                const ClassifierFeatures &features,
                                                const ProgressFn &progress)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error("'" + dir + "' is not a folder");
    ClassifierDataset data;
    std::vector<std::pair<int, std::string>> files;
    std::vector<fs::path> classDirs;
    for (const auto &entry : fs::directory_iterator(dir, ec))
        if (entry.is_directory() && entry.path().filename().string()[0] != '.')
            classDirs.push_back(entry.path());
    std::sort(classDirs.begin(), classDirs.end());
    for (const fs::path &c : classDirs) {
        std::vector<std::string> mine;
        for (const auto &entry : fs::recursive_directory_iterator(c, ec))
            if (entry.is_regular_file() && isAudioFile(entry.path().string()))
                mine.push_back(entry.path().string());
        if (mine.empty())
            continue;
        std::sort(mine.begin(), mine.end());
        const int label = int(data.classNames.size());
        data.classNames.push_back(c.filename().string());
        for (auto &m : mine)
            files.emplace_back(label, std::move(m));
    }
    if (data.classNames.size() < 2)
        throw Error("'" + dir + "' needs at least two class folders with audio files in them");
    ReadOptions o;
    o.targetRate = features.sampleRate;
    o.threads = 1;
    for (std::size_t i = 0; i < files.size(); ++i) {
        try {
            const AudioBuffer audio = AudioFile::read(files[i].second, o);
            data.add(files[i].first, audio.samples(), audio.sampleRate(), features, files[i].second);
        } catch (const Error &e) {
            data.problems.push_back(e.what());
        }
        reportProgress(progress, double(i + 1) / double(files.size()));
    }
    return data;
}

void setClassifierThreads(int n)
{
    if (n > 0)
        torch::set_num_threads(n);
}

namespace {

struct Split
{
    std::vector<std::vector<int>> trainByClass; ///< example indices
    std::vector<int> validation;
};

Split split(const ClassifierDataset &data, double fraction, std::mt19937_64 &rng)
{
    Split s;
    s.trainByClass.resize(data.classNames.size());
    std::vector<std::vector<int>> byClass(data.classNames.size());
    for (std::size_t i = 0; i < data.examples.size(); ++i)
        byClass[std::size_t(data.examples[i].label)].push_back(int(i));
    for (std::size_t c = 0; c < byClass.size(); ++c) {
        auto &v = byClass[c];
        std::shuffle(v.begin(), v.end(), rng);
        int held = int(std::lround(double(v.size()) * fraction));
        if (v.size() >= 3)
            held = std::max(held, 1);
        held = std::min(held, int(v.size()) - 1);
        held = std::max(held, 0);
        s.validation.insert(s.validation.end(), v.begin(), v.begin() + held);
        s.trainByClass[c].assign(v.begin() + held, v.end());
    }
    return s;
}

std::vector<float> augmented(const std::vector<float> &clip, const ClassifierTrainOptions &o,
                             std::mt19937_64 &rng)
{
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const auto n = std::ptrdiff_t(clip.size());
    const auto maxShift = std::ptrdiff_t(o.shiftSeconds * o.features.sampleRate);
    const std::ptrdiff_t shift =
        maxShift > 0 ? std::uniform_int_distribution<std::ptrdiff_t>(-maxShift, maxShift)(rng) : 0;
    const double gain = std::pow(10.0, (u(rng) * 2.0 - 1.0) * o.gainDb / 20.0);
    std::vector<float> x(clip.size(), 0.0f);
    double energy = 0.0;
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        const std::ptrdiff_t j = i - shift;
        if (j >= 0 && j < n) {
            x[std::size_t(i)] = float(clip[std::size_t(j)] * gain);
            energy += double(x[std::size_t(i)]) * x[std::size_t(i)];
        }
    }
    if (u(rng) < o.noiseProbability) {
        const double rms = std::sqrt(energy / double(std::max<std::ptrdiff_t>(1, n)));
        const double snr = o.minSnrDb + u(rng) * (o.maxSnrDb - o.minSnrDb);
        const double level = std::max(rms, 1e-4) * std::pow(10.0, -snr / 20.0);
        std::normal_distribution<float> g(0.0f, 1.0f);
        const bool pink = rng() % 2;
        float b0 = 0, b1 = 0, b2 = 0;
        for (float &v : x) {
            float w = g(rng);
            if (pink) {
                b0 = 0.99765f * b0 + w * 0.0990460f;
                b1 = 0.96300f * b1 + w * 0.2965164f;
                b2 = 0.57000f * b2 + w * 1.0526913f;
                w = (b0 + b1 + b2 + w * 0.1848f) * 0.3f; // about unit RMS
            }
            v += float(level * w);
        }
    }
    return x;
}

torch::Tensor featuresOf(const std::vector<std::vector<float>> &clips, const ClassifierFeatures &f)
{
    torch::Tensor x = torch::empty({std::int64_t(clips.size()), 1, f.nMels, f.frames()});
    for (std::size_t i = 0; i < clips.size(); ++i) {
        const std::vector<float> mel = f.logMel(clips[i]);
        x[std::int64_t(i)].copy_(torch::from_blob(const_cast<float *>(mel.data()),
                                                  {1, f.nMels, f.frames()}, torch::kFloat));
    }
    return x;
}

/** SpecAugment: zero random bands and frame ranges of each log-mel in x [batch, 1, mels, frames]. */
void maskSpectrograms(torch::Tensor &x, const ClassifierTrainOptions &o, std::mt19937_64 &rng)
{
    const std::int64_t mels = x.size(2), frames = x.size(3);
    const auto mask = [&rng](torch::Tensor row, std::int64_t axis, std::int64_t size, int widest) {
        const std::int64_t w = std::uniform_int_distribution<std::int64_t>(0, std::min<std::int64_t>(widest, size))(rng);
        const std::int64_t at = std::uniform_int_distribution<std::int64_t>(0, size - w)(rng);
        if (w > 0)
            row.narrow(axis, at, w).zero_();
    };
    for (std::int64_t i = 0; i < x.size(0); ++i) {
        torch::Tensor m = x[i][0];
        for (int k = 0; k < o.freqMasks; ++k)
            mask(m, 0, mels, o.freqMaskBands);
        for (int k = 0; k < o.timeMasks; ++k)
            mask(m, 1, frames, o.timeMaskFrames);
    }
}

/** VTLP on x [batch, 1, mels, frames]: each clip's bands remapped by vtlpWarpMatrix at a random factor. */
void warpBands(torch::Tensor &x, const ClassifierTrainOptions &o, std::mt19937_64 &rng)
{
    const std::int64_t mels = x.size(2);
    std::uniform_real_distribution<double> u(1.0 - o.vtlp, 1.0 + o.vtlp);
    for (std::int64_t i = 0; i < x.size(0); ++i) {
        std::vector<float> w = vtlpWarpMatrix(o.features, u(rng));
        x[i][0] = torch::matmul(torch::from_blob(w.data(), {mels, mels}, torch::kFloat), x[i][0]);
    }
}

struct Scored
{
    double loss = NAN, accuracy = NAN;
    std::vector<int> predicted;
};

Scored score(AudioClassifierNet &net, const torch::Tensor &x, const torch::Tensor &y)
{
    Scored s;
    if (x.size(0) == 0)
        return s;
    torch::NoGradGuard noGrad;
    net->eval();
    double loss = 0.0;
    int right = 0;
    for (std::int64_t a = 0; a < x.size(0); a += 256) {
        const std::int64_t b = std::min<std::int64_t>(x.size(0), a + 256);
        const torch::Tensor logits = net->forward(x.slice(0, a, b));
        loss += torch::nn::functional::cross_entropy(
                    logits, y.slice(0, a, b),
                    torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                    .item<double>();
        const torch::Tensor p = logits.argmax(1);
        right += p.eq(y.slice(0, a, b)).sum().item<int>();
        for (std::int64_t i = 0; i < p.size(0); ++i)
            s.predicted.push_back(int(p[i].item<std::int64_t>()));
    }
    s.loss = loss / double(x.size(0));
    s.accuracy = double(right) / double(x.size(0));
    return s;
}

} // namespace

std::vector<float> vtlpWarpMatrix(const ClassifierFeatures &features, double alpha)
{
    const int mels = features.nMels;
    std::vector<float> w(std::size_t(mels) * std::size_t(mels), 0.0f);
    if (mels < 2 || !(alpha > 0.0)) {
        for (int b = 0; b < mels; ++b)
            w[std::size_t(b) * std::size_t(mels) + std::size_t(b)] = 1.0f;
        return w;
    }
    // Band centres are equally spaced on the mel scale: a frequency's fractional band index is linear in its mel.
    const std::vector<double> edges = melFrequencies(mels + 2, features.fmin, features.fmax);
    const double m0 = hzToMel(edges[1]), step = hzToMel(edges[2]) - m0;
    for (int b = 0; b < mels; ++b) {
        const double at = std::clamp((hzToMel(edges[std::size_t(b) + 1] / alpha) - m0) / step, 0.0, double(mels - 1));
        const int lo = int(std::floor(at));
        const int hi = std::min(lo + 1, mels - 1);
        const double f = at - double(lo);
        w[std::size_t(b) * std::size_t(mels) + std::size_t(lo)] += float(1.0 - f);
        w[std::size_t(b) * std::size_t(mels) + std::size_t(hi)] += float(f);
    }
    return w;
}

ClassifierTrainResult trainAudioClassifier(const ClassifierDataset &data,
                                           const ClassifierTrainOptions &options,
                                           const ProgressFn &progress,
                                           const std::function<void(const ClassifierEpoch &)> &onEpoch)
{
    const auto started = std::chrono::steady_clock::now();
    ClassifierTrainOptions o = options;
    o.config.classes = int(data.classNames.size());
    o.features.validate();
    o.config.validate();
    if (o.maxEpochs < 1 || o.batchSize < 1 || o.patience < 1 || !(o.learningRate > 0) ||
        !(o.validationFraction >= 0 && o.validationFraction < 0.9))
        throw Error("classifier training options out of range");
    const std::vector<int> counts = data.counts();
    for (std::size_t c = 0; c < counts.size(); ++c)
        if (counts[c] == 0)
            throw Error("the class '" + data.classNames[c] + "' has no examples");
    for (const auto &e : data.examples)
        if (int(e.clip.size()) != o.features.clipSamples())
            throw Error("an example is not a clip of the feature length");
    setClassifierThreads(o.threads);
    torch::manual_seed(o.seed);
    std::mt19937_64 rng(o.seed);
    const Split parts = split(data, o.validationFraction, rng);

    AudioClassifierNet net(o.config);
    torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(o.learningRate));
    std::vector<std::vector<float>> validationClips;
    std::vector<std::int64_t> validationLabels;
    for (int i : parts.validation) {
        validationClips.push_back(data.examples[std::size_t(i)].clip);
        validationLabels.push_back(data.examples[std::size_t(i)].label);
    }
    const torch::Tensor vx = featuresOf(validationClips, o.features);
    const torch::Tensor vy = torch::tensor(validationLabels, torch::kLong);
    std::size_t trainCount = 0;
    for (const auto &c : parts.trainByClass)
        trainCount += c.size();
    const int steps = std::max(o.minStepsPerEpoch,
                               int((trainCount + std::size_t(o.batchSize) - 1) / std::size_t(o.batchSize)));
    const auto classes = std::int64_t(parts.trainByClass.size());

    ClassifierTrainResult result;
    double bestLoss = INFINITY;
    SafeTensors best = parametersOf(*net);
    int since = 0;
    double lr = o.learningRate;
    for (int epoch = 1; epoch <= o.maxEpochs; ++epoch) {
        net->train();
        double lossSum = 0.0;
        int right = 0, seen = 0;
        for (int step = 0; step < steps; ++step) {
            std::vector<std::vector<float>> clips;
            std::vector<std::int64_t> labels;
            for (int k = 0; k < o.batchSize; ++k) {
                const auto c = std::size_t(rng() % std::uint64_t(classes)); // balanced by class
                const auto &members = parts.trainByClass[c];
                const auto &clip = data.examples[std::size_t(members[rng() % members.size()])].clip;
                clips.push_back(o.augment ? augmented(clip, o, rng) : clip);
                labels.push_back(std::int64_t(c));
            }
            torch::Tensor x = featuresOf(clips, o.features);
            if (o.augment && o.vtlp > 0.0)
                warpBands(x, o, rng);
            if (o.augment)
                maskSpectrograms(x, o, rng);
            const torch::Tensor y = torch::tensor(labels, torch::kLong);
            const torch::Tensor logits = net->forward(x);
            const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, y);
            adam.zero_grad();
            loss.backward();
            adam.step();
            lossSum += loss.item<double>() * double(labels.size());
            right += logits.argmax(1).eq(y).sum().item<int>();
            seen += int(labels.size());
            reportProgress(progress, (double(epoch - 1) + double(step + 1) / steps) / o.maxEpochs);
        }
        ClassifierEpoch e;
        e.epoch = epoch;
        e.maxEpochs = o.maxEpochs;
        e.trainLoss = lossSum / seen;
        e.trainAccuracy = double(right) / seen;
        const Scored v = score(net, vx, vy);
        e.validationLoss = v.loss;
        e.validationAccuracy = v.accuracy;
        // Without a validation split, the training loss decides (it still stops a stalled run).
        const double watched = std::isfinite(v.loss) ? v.loss : e.trainLoss;
        if (watched < bestLoss - 1e-4) {
            bestLoss = watched;
            best = parametersOf(*net);
            result.bestEpoch = epoch;
            e.best = true;
            since = 0;
        } else if (++since >= o.patience) {
            result.stoppedEarly = epoch < o.maxEpochs;
        } else if (since == std::max(1, o.patience / 2)) {
            lr *= 0.5;
            for (auto &group : adam.param_groups())
                static_cast<torch::optim::AdamOptions &>(group.options()).lr(lr);
        }
        result.epochs = epoch;
        if (onEpoch)
            onEpoch(e);
        if (result.stoppedEarly)
            break;
    }

    AudioClassifierCheckpoint &c = result.checkpoint;
    c.config = o.config;
    c.features = o.features;
    c.classNames = data.classNames;
    c.parameters = best;
    net->loadParameters(best);
    // The confusion matrix of the kept weights, on clips they never trained on when there are any.
    result.evaluatedOnTraining = parts.validation.empty();
    torch::Tensor ex = vx, ey = vy;
    if (result.evaluatedOnTraining) {
        std::vector<std::vector<float>> clips;
        std::vector<std::int64_t> labels;
        for (const auto &e : data.examples) {
            clips.push_back(e.clip);
            labels.push_back(e.label);
        }
        ex = featuresOf(clips, o.features);
        ey = torch::tensor(labels, torch::kLong);
    }
    const Scored s = score(net, ex, ey);
    result.evaluation.classNames = data.classNames;
    result.evaluation.confusion.assign(data.classNames.size(),
                                       std::vector<int>(data.classNames.size(), 0));
    for (std::size_t i = 0; i < s.predicted.size(); ++i)
        ++result.evaluation.confusion[std::size_t(ey[std::int64_t(i)].item<std::int64_t>())]
                                     [std::size_t(s.predicted[i])];
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    c.notes["epochs"] = std::to_string(result.epochs);
    c.notes["best_epoch"] = std::to_string(result.bestEpoch);
    c.notes["examples"] = std::to_string(data.examples.size());
    c.notes["validation_examples"] = std::to_string(parts.validation.size());
    c.notes["validation_accuracy"] = std::to_string(result.evaluation.accuracy());
    c.notes[result.evaluatedOnTraining ? "training_confusion" : "validation_confusion"] =
        result.evaluation.toJson();
    c.notes["train_seconds"] = std::to_string(result.seconds);
    c.notes["seed"] = std::to_string(o.seed);
    return result;
}

ClassifierEvaluation evaluateClassifier(const AudioClassifier &model, const ClassifierDataset &data,
                                        const ProgressFn &progress)
{
    const auto &names = model.classNames();
    std::vector<int> map;
    for (const std::string &c : data.classNames) {
        const auto it = std::find(names.begin(), names.end(), c);
        if (it == names.end())
            throw Error("the model has no class '" + c + "'");
        map.push_back(int(it - names.begin()));
    }
    ClassifierEvaluation e;
    e.classNames = names;
    e.confusion.assign(names.size(), std::vector<int>(names.size(), 0));
    constexpr std::size_t kBatch = 64;
    for (std::size_t a = 0; a < data.examples.size(); a += kBatch) {
        const std::size_t b = std::min(data.examples.size(), a + kBatch);
        std::vector<std::vector<float>> clips;
        for (std::size_t i = a; i < b; ++i)
            clips.push_back(data.examples[i].clip);
        const auto scores = model.classifyClips(clips);
        for (std::size_t i = a; i < b; ++i)
            ++e.confusion[std::size_t(map[std::size_t(data.examples[i].label)])]
                         [std::size_t(scores[i - a].top)];
        reportProgress(progress, double(b) / double(data.examples.size()));
    }
    return e;
}

} // namespace wb
