// Core DSP speed: the mel spectrogram against its FFT floor (one thread).
#include "Fft.h"
#include "GriffinLim.h"
#include "MelFilterbank.h"
#include "Stft.h"

#include "../core/TestSignals.h"

#include <benchmark/benchmark.h>

namespace {

constexpr int kRate = 22050;

const std::vector<float> &noise60s()
{
    static const std::vector<float> x = wb::test::noise(std::size_t(60) * kRate, 0.5f, 1);
    return x;
}

wb::StftParams defaultStft()
{
    wb::StftParams p; // n_fft 2048, hop 512, periodic Hann, centred
    return p;
}

// Target: <= 10 ms on the 2-core dev VM and within about 2x of BM_Fft60s.
void BM_Mel60s(benchmark::State &state)
{
    const auto &x = noise60s();
    const wb::StftParams sp = defaultStft();
    const wb::MelFilterbank fb(wb::MelParams{kRate, sp.nFft, 128, 0.0f, 8000.0f, false, true});
    benchmark::DoNotOptimize(wb::melSpectrogram(x, sp, fb)); // plans made outside the timing
    for (auto _ : state)
        benchmark::DoNotOptimize(wb::melSpectrogram(x, sp, fb));
    state.SetItemsProcessed(state.iterations() * sp.frameCount(x.size()));
}
BENCHMARK(BM_Mel60s)->Unit(benchmark::kMillisecond);

// The floor: only the forward transforms of that framing, on a ready frame.
void BM_Fft60s(benchmark::State &state)
{
    const auto &x = noise60s();
    const wb::StftParams sp = defaultStft();
    const long long frames = sp.frameCount(x.size());
    const auto fft = wb::RealFft::forSize(sp.nFft);
    const std::vector<float> window = wb::stftWindow(sp);
    std::vector<float> frame(sp.nFft);
    wb::stftFrame(x.data(), x.size(), frames / 2, sp, window.data(), frame.data());
    std::vector<std::complex<float>> out(fft->bins());
    for (auto _ : state) {
        for (long long t = 0; t < frames; ++t) {
            fft->forward(frame.data(), out.data());
            benchmark::DoNotOptimize(out.data());
        }
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * frames);
}
BENCHMARK(BM_Fft60s)->Unit(benchmark::kMillisecond);

void BM_Stft60s(benchmark::State &state)
{
    const auto &x = noise60s();
    const wb::StftParams sp = defaultStft();
    benchmark::DoNotOptimize(wb::stftMagnitude(x, sp));
    for (auto _ : state)
        benchmark::DoNotOptimize(wb::stftMagnitude(x, sp, 1.0f));
    state.SetItemsProcessed(state.iterations() * sp.frameCount(x.size()));
}
BENCHMARK(BM_Stft60s)->Unit(benchmark::kMillisecond);

void BM_GriffinLim32(benchmark::State &state)
{
    std::vector<float> x = wb::test::sine(220.0, kRate, 5.0, 0.3f);
    const std::vector<float> n = wb::test::noise(x.size(), 0.05f, 3);
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] += n[i];
    const wb::StftParams sp = defaultStft();
    const wb::Matrix mag = wb::stftMagnitude(x, sp);
    wb::GriffinLimParams gl; // 32 iterations, momentum 0.99, seeded random phase
    for (auto _ : state)
        benchmark::DoNotOptimize(wb::griffinLim(mag, sp, gl));
}
BENCHMARK(BM_GriffinLim32)->Unit(benchmark::kMillisecond);

} // namespace
