#pragma once
// Includes torch: only for .cpp files that already include torch/torch.h first.
#include <torch/torch.h>

#include "TtsDataset.h"

#include <cstdint>
#include <random>
#include <vector>

namespace wb {

/** A padded batch of TtsDataset items (ids 0 and melPad true at padding). */
struct TtsBatch
{
    torch::Tensor ids, durations, pitch, energy, mel, melPad;
    torch::Tensor speakers; ///< [B, speakerDim] when the items carry speaker embeddings
    torch::Tensor spectra;  ///< [B, nMels] with them: each item's own referenceSpectrum
};

/** Pads the members' items; frameMultiple rounds the mel length up (Tacotron's reduction). */
TtsBatch makeTtsBatch(const TtsDataset &data, const std::vector<int> &members,
                      int frameMultiple = 1);

/** Batches of similar length: shuffle, sort chunks of 8 batches by frames, cut, shuffle the
 * batches. */
std::vector<std::vector<int>> ttsEpochBatches(const TtsDataset &data, const std::vector<int> &pool,
                                              int batchSize, std::mt19937_64 &rng);

/** A seeded split of the dataset's items: the first part held out (none below 21 items). */
void splitHeldOut(std::size_t count, double fraction, std::mt19937_64 &rng,
                  std::vector<int> &validation, std::vector<int> &training);

/** What both acoustic trainers check and set up first. */
struct TtsTrainingBasics
{
    int steps = 0, batchSize = 0;
    double learningRate = 0.0, validationFraction = 0.0;
    int threads = 0;
    std::uint64_t seed = 1;
};

/**
 * Throws wb::Error for options out of range, an empty dataset, or a starting
 * checkpoint's symbol table (startSymbols, may be null) other than the
 * dataset's; then sets torch's threads and seed and returns the seeded rng.
 */
std::mt19937_64 startTtsTraining(const TtsDataset &data, const TtsTrainingBasics &basics,
                                 const text::SymbolTable *startSymbols);

/** The transformer learning-rate schedule: linear warm-up, then 1/sqrt(step). */
double warmupDecay(double step, int warmupSteps);

} // namespace wb
