// Loading speed: a 10-minute 44.1 kHz stereo 16-bit WAV decoded, mixed to mono
// and resampled to 22050 Hz, the path every analysis tab takes on a long file.
#include "AudioFile.h"
#include "Resampler.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr int kRate = 44100;
constexpr std::size_t kFrames = std::size_t(10) * 60 * kRate;

void putLe(std::ofstream &out, std::uint32_t v, int bytes)
{
    for (int b = 0; b < bytes; ++b)
        out.put(char((v >> (8 * b)) & 0xff));
}

/**
 * The 10-minute file, written once per process into a temporary folder and
 * removed at exit. Written by hand in blocks so that generating ~100 MB never
 * holds the whole signal in memory.
 */
class LongWav
{
public:
    static const std::string &path()
    {
        static LongWav instance;
        return instance.m_path;
    }

    ~LongWav()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }

private:
    LongWav()
    {
        m_dir = std::filesystem::temp_directory_path()
                / ("wb_bench_audio_" + std::to_string(std::random_device{}()));
        std::filesystem::create_directories(m_dir);
        m_path = (m_dir / "ten_minutes.wav").string();
        std::ofstream out(m_path, std::ios::binary);
        const std::uint32_t dataBytes = std::uint32_t(kFrames * 4);
        out.write("RIFF", 4);
        putLe(out, 36 + dataBytes, 4);
        out.write("WAVEfmt ", 8);
        putLe(out, 16, 4);
        putLe(out, 1, 2); // PCM
        putLe(out, 2, 2);
        putLe(out, kRate, 4);
        putLe(out, kRate * 4, 4);
        putLe(out, 4, 2);
        putLe(out, 16, 2);
        out.write("data", 4);
        putLe(out, dataBytes, 4);
        // A chord plus a little noise: realistic content for the resampler.
        std::minstd_rand rng(1);
        std::vector<std::int16_t> block(2 * 4096);
        for (std::size_t f0 = 0; f0 < kFrames; f0 += 4096) {
            const std::size_t n = std::min<std::size_t>(4096, kFrames - f0);
            for (std::size_t i = 0; i < n; ++i) {
                const double t = double(f0 + i) / kRate;
                const double s = 0.3 * std::sin(2 * M_PI * 220 * t) + 0.2 * std::sin(2 * M_PI * 3300 * t)
                                 + 0.01 * (double(rng()) / rng.max() - 0.5);
                block[2 * i] = std::int16_t(std::lrint(s * 32767));
                block[2 * i + 1] = std::int16_t(std::lrint(-s * 32767));
            }
            out.write(reinterpret_cast<const char *>(block.data()), std::streamsize(n * 4));
        }
    }

    std::filesystem::path m_dir;
    std::string m_path;
};

void BM_LoadResample10min(benchmark::State &state)
{
    const std::string &path = LongWav::path();
    for (auto _ : state) {
        wb::AudioBuffer b = wb::AudioFile::read(path, wb::ReadOptions{22050, true});
        benchmark::DoNotOptimize(b.samples().data());
    }
    state.counters["audio_s_per_s"] = benchmark::Counter(600.0 * double(state.iterations()),
                                                         benchmark::Counter::kIsRate);
}
BENCHMARK(BM_LoadResample10min)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Load10minNoResample(benchmark::State &state)
{
    const std::string &path = LongWav::path();
    for (auto _ : state) {
        wb::AudioBuffer b = wb::AudioFile::read(path, wb::ReadOptions{0, true});
        benchmark::DoNotOptimize(b.samples().data());
    }
}
BENCHMARK(BM_Load10minNoResample)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Resample10min(benchmark::State &state)
{
    const wb::AudioBuffer mono = wb::AudioFile::read(LongWav::path(), wb::ReadOptions{0, true});
    for (auto _ : state) {
        wb::AudioBuffer b = wb::Resampler::resample(mono, 22050);
        benchmark::DoNotOptimize(b.samples().data());
    }
    state.counters["audio_s_per_s"] = benchmark::Counter(600.0 * double(state.iterations()),
                                                         benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Resample10min)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
