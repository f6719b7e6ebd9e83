#include <torch/torch.h>

#include "TtsBatches.h"

#include "Error.h"

#include <algorithm>
#include <cmath>

namespace wb {

TtsBatch makeTtsBatch(const TtsDataset &data, const std::vector<int> &members, int frameMultiple)
{
    std::int64_t maxT = 0, maxF = 0;
    for (int i : members) {
        maxT = std::max<std::int64_t>(maxT, std::int64_t(data.items[std::size_t(i)].ids.size()));
        maxF = std::max<std::int64_t>(maxF, std::int64_t(data.items[std::size_t(i)].mel.rows()));
    }
    if (frameMultiple > 1)
        maxF = (maxF + frameMultiple - 1) / frameMultiple * frameMultiple;
    const auto b = std::int64_t(members.size());
    const int nm = data.spec.nMels;
    TtsBatch out;
    out.ids = torch::zeros({b, maxT}, torch::kLong);
    out.durations = torch::zeros({b, maxT}, torch::kLong);
    out.pitch = torch::zeros({b, maxT});
    out.energy = torch::zeros({b, maxT});
    out.mel = torch::zeros({b, maxF, nm});
    out.melPad = torch::ones({b, maxF}, torch::kBool);
    for (std::int64_t k = 0; k < b; ++k) {
        const TtsItem &it = data.items[std::size_t(members[std::size_t(k)])];
        const auto t = std::int64_t(it.ids.size()), f = std::int64_t(it.mel.rows());
        std::vector<std::int64_t> ids(it.ids.begin(), it.ids.end()),
            dur(it.durations.begin(), it.durations.end());
        out.ids[k].slice(0, 0, t).copy_(torch::tensor(ids, torch::kLong));
        out.durations[k].slice(0, 0, t).copy_(torch::tensor(dur, torch::kLong));
        out.pitch[k].slice(0, 0, t).copy_(torch::tensor(it.pitch));
        out.energy[k].slice(0, 0, t).copy_(torch::tensor(it.energy));
        out.mel[k].slice(0, 0, f).copy_(
            torch::from_blob(const_cast<float *>(it.mel.values().data()), {f, nm}, torch::kFloat));
        out.melPad[k].slice(0, 0, f).fill_(false);
    }
    const int dim = data.speakerDim();
    if (dim > 0) {
        out.speakers = torch::zeros({b, dim});
        for (std::int64_t k = 0; k < b; ++k)
            out.speakers[k].copy_(torch::tensor(data.items[std::size_t(members[std::size_t(k)])].speakerEmbedding));
        out.spectra = torch::zeros({b, nm});
        for (std::int64_t k = 0; k < b; ++k) {
            const std::vector<float> &s = data.items[std::size_t(members[std::size_t(k)])].referenceSpectrum;
            if (int(s.size()) == nm)
                out.spectra[k].copy_(torch::tensor(s));
        }
    }
    return out;
}

std::vector<std::vector<int>> ttsEpochBatches(const TtsDataset &data, const std::vector<int> &pool,
                                              int batchSize, std::mt19937_64 &rng)
{
    std::vector<int> order = pool;
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<std::vector<int>> batches;
    const std::size_t chunk = std::size_t(batchSize) * 8;
    for (std::size_t at = 0; at < order.size(); at += chunk) {
        const auto end = order.begin() + std::ptrdiff_t(std::min(order.size(), at + chunk));
        std::sort(order.begin() + std::ptrdiff_t(at), end, [&](int a, int b) {
            return data.items[std::size_t(a)].mel.rows() < data.items[std::size_t(b)].mel.rows();
        });
        for (auto it = order.begin() + std::ptrdiff_t(at); it < end;
             it += std::min<std::ptrdiff_t>(batchSize, end - it))
            batches.emplace_back(it, std::min(end, it + batchSize));
    }
    std::shuffle(batches.begin(), batches.end(), rng);
    return batches;
}

void splitHeldOut(std::size_t count, double fraction, std::mt19937_64 &rng,
                  std::vector<int> &validation, std::vector<int> &training)
{
    std::vector<int> all(count);
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = int(i);
    std::shuffle(all.begin(), all.end(), rng);
    const auto held = all.size() > 20 ? std::size_t(std::lround(all.size() * fraction)) : 0;
    validation.assign(all.begin(), all.begin() + std::ptrdiff_t(held));
    training.assign(all.begin() + std::ptrdiff_t(held), all.end());
}

std::mt19937_64 startTtsTraining(const TtsDataset &data, const TtsTrainingBasics &b,
                                 const text::SymbolTable *startSymbols)
{
    if (b.steps < 1 || b.steps > 10000000)
        throw Error("steps must be between 1 and 10000000");
    if (b.batchSize < 1 || b.batchSize > 256)
        throw Error("batch size must be between 1 and 256");
    if (!(b.learningRate > 0.0 && b.learningRate < 1.0))
        throw Error("learning rate must be in (0, 1)");
    if (!(b.validationFraction >= 0.0 && b.validationFraction < 0.5))
        throw Error("validation fraction must be in [0, 0.5)");
    if (data.items.empty())
        throw Error("no training data");
    if (startSymbols && !(*startSymbols == data.symbols))
        throw Error("the checkpoint was trained with another symbol table than this corpus");
    if (b.threads > 0)
        torch::set_num_threads(b.threads);
    torch::manual_seed(b.seed);
    return std::mt19937_64(b.seed);
}

double warmupDecay(double step, int warmupSteps)
{
    return std::min(step / warmupSteps, std::sqrt(warmupSteps / step));
}

} // namespace wb
