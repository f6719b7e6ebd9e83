// WaveNet generation speed: the cached fast kernel must beat real time at
// 44.1 kHz on one thread with the default model (20 layers, 32 channels, 256 levels).
#include "WaveNetFastGenerator.h"
#include "WaveNetGenerator.h"
#include "WaveNetSampler.h"
#include "WaveNetWeights.h"

#include <benchmark/benchmark.h>

namespace {

// One step of the kernel plus the draw: what each generated sample costs.
void BM_WaveNetFastStep(benchmark::State &state)
{
    wb::WaveNetConfig config;
    config.channels = int(state.range(0));
    wb::WaveNetFastGenerator fast(wb::WaveNetWeights::random(config, 1));
    wb::WaveNetSampler sampler(1);
    int code = config.levels / 2;
    for (auto _ : state) {
        const float *logits = fast.step(code);
        code = sampler.sample(logits, config.levels, 1.0f);
        benchmark::DoNotOptimize(code);
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["samples_per_s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_WaveNetFastStep)->Arg(32)->Arg(64);

// The whole generator, as the CLI and the GUI call it, for one second at 44.1 kHz.
void BM_WaveNetGenerateSecond(benchmark::State &state)
{
    const wb::WaveNetGenerator generator(wb::WaveNetWeights::random(wb::WaveNetConfig(), 2));
    wb::WaveNetGenerateOptions options;
    options.samples = 44100;
    for (auto _ : state)
        benchmark::DoNotOptimize(generator.generateCodes(options));
    state.SetItemsProcessed(state.iterations() * options.samples);
    state.counters["samples_per_s"] =
        benchmark::Counter(double(state.iterations() * options.samples), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_WaveNetGenerateSecond)->Unit(benchmark::kMillisecond);

// The seed's way, for contrast: LibTorch over the last receptive field per sample.
void BM_WaveNetNaiveSamples(benchmark::State &state)
{
    const wb::WaveNetGenerator generator(wb::WaveNetWeights::random(wb::WaveNetConfig(), 3));
    wb::WaveNetGenerateOptions options;
    options.samples = 20;
    options.naive = true;
    options.prime.assign(2048, 0.0f); // a full receptive field of history, as in steady state
    for (auto _ : state)
        benchmark::DoNotOptimize(generator.generateCodes(options));
    state.counters["samples_per_s"] =
        benchmark::Counter(double(state.iterations() * options.samples), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_WaveNetNaiveSamples)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace
