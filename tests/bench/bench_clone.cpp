// Voice cloning's speaker adaptation: time warping a recording against the model's reading
// (80 mel bands, about 3.5 s each), and a whole adaptation (alignment and 50 fine-tuning steps)
// of the shipped multi-speaker model on an 8-second reference the shipped one-voice model reads.
#include "../core/TestSignals.h"
#include "BundledModels.h"
#include "Dtw.h"
#include "SpeakerEncoder.h"
#include "TextToSpeech.h"
#include "TtsDataset.h"
#include "VoiceCloner.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <memory>

namespace {

wb::Matrix bands(std::size_t frames, double rate)
{
    wb::Matrix m(80, frames);
    for (std::size_t t = 0; t < frames; ++t)
        for (std::size_t b = 0; b < 80; ++b)
            m.at(b, t) = float(std::sin(rate * double(t) + 0.1 * double(b)) + 0.01 * double(b));
    return m;
}

void BM_Dtw(benchmark::State &state)
{
    const std::size_t frames = std::size_t(state.range(0));
    const wb::Matrix a = bands(frames, 0.05), b = bands(frames + frames / 5, 0.042);
    for (auto _ : state)
        benchmark::DoNotOptimize(wb::dtwMatch(a, b));
}
BENCHMARK(BM_Dtw)->Arg(300)->Arg(860)->Unit(benchmark::kMillisecond);

void BM_CloneAdapt(benchmark::State &state)
{
    std::unique_ptr<wb::VoiceCloner> cloner;
    std::vector<float> reference, voice, spectrum;
    const std::string words = "Every voice has its own color. I am reading these lines at my usual pace, in a quiet "
                              "room. Bright yellow birds sang while the children played by the river.";
    int rate = 0;
    try {
        cloner = wb::VoiceCloner::fromFiles({}, {});
        wb::TextToSpeech reader(wb::FastSpeech2Checkpoint::load(wb::bundledModelPath(wb::kBundledFastSpeech2)));
        const wb::TtsResult r = reader.speak(words);
        reference = r.audio;
        rate = r.sampleRate;
        voice = cloner->encoder().embed(reference, rate);
        spectrum = cloner->referenceSpectrum(reference, rate);
    } catch (const std::exception &e) {
        state.SkipWithError(e.what());
        return;
    }
    for (auto _ : state) {
        std::vector<wb::TtsItem> items{cloner->transcribe(words, reference, rate, voice, spectrum)};
        benchmark::DoNotOptimize(cloner->adapt(std::move(items), voice, spectrum, int(state.range(0))));
    }
    state.SetLabel(std::to_string(reference.size() / std::size_t(rate)) + " s reference");
}
BENCHMARK(BM_CloneAdapt)->Arg(50)->Unit(benchmark::kSecond)->Iterations(2);

} // namespace
