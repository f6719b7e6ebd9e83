// The TTS vocoder's parts on 3.5 s of speech-like mel frames (80 bands,
// n_fft 1024, hop 256 at 22,050 Hz): the NNLS inverse of the filterbank,
// Griffin-Lim and the source-filter vocoder. The end-to-end real-time factor is `wavebench tts bench`.
#include "../core/TestSignals.h"
#include "GriffinLim.h"
#include "MelFilterbank.h"
#include "SourceFilter.h"
#include "Stft.h"

#include <benchmark/benchmark.h>

#include <cmath>

namespace {

constexpr int kRate = 22050;

wb::StftParams ttsStft()
{
    wb::StftParams sp;
    sp.nFft = 1024;
    sp.hop = 256;
    return sp;
}

const wb::Matrix &ttsMel()
{
    static const wb::Matrix mel = [] {
        std::vector<float> x = wb::test::sine(180.0, kRate, 3.5, 0.3f);
        const std::vector<float> n = wb::test::noise(x.size(), 0.02f, 5);
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] += n[i];
        const wb::MelFilterbank fb(wb::MelParams{kRate, 1024, 80, 0.0f, 8000.0f, false, true});
        return wb::melSpectrogram(x, ttsStft(), fb);
    }();
    return mel;
}

void BM_TtsMelInvert(benchmark::State &state)
{
    const wb::MelFilterbank fb(wb::MelParams{kRate, 1024, 80, 0.0f, 8000.0f, false, true});
    for (auto _ : state)
        benchmark::DoNotOptimize(fb.invert(ttsMel(), int(state.range(0))));
}
BENCHMARK(BM_TtsMelInvert)->Arg(100)->Arg(10)->Unit(benchmark::kMillisecond);

void BM_TtsGriffinLim(benchmark::State &state)
{
    const wb::MelFilterbank fb(wb::MelParams{kRate, 1024, 80, 0.0f, 8000.0f, false, true});
    wb::Matrix mag = fb.invert(ttsMel(), 10);
    for (float &v : mag.values())
        v = std::sqrt(v);
    wb::GriffinLimParams gl;
    gl.iterations = int(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(wb::griffinLim(mag, ttsStft(), gl));
}
BENCHMARK(BM_TtsGriffinLim)->Arg(32)->Arg(16)->Unit(benchmark::kMillisecond);

void BM_TtsSourceFilter(benchmark::State &state)
{
    wb::Matrix logMel = ttsMel();
    for (float &v : logMel.values())
        v = std::log(v + 1e-5f);
    wb::SourceFilterParams p;
    p.refinements = int(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(wb::sourceFilterVocode(logMel, p));
}
BENCHMARK(BM_TtsSourceFilter)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);

} // namespace
