#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace wb {

/** The key WaveBench marks its cloned voices with when none is given. */
constexpr std::uint64_t kDefaultWatermarkKey = 0x5741564542454e43ull; // "WAVEBENC"

/** How to embed and look for the mark. Detection needs the key used to embed. */
struct WatermarkOptions
{
    std::uint64_t key = kDefaultWatermarkKey;
    /** How far (above 0, at most 1) each spectral tile moves towards its keyed lattice
     *  point: less is more transparent and less robust. Detection does not need it. */
    double strength = 1.0;
    /** The mark is scaled down, when needed, so the marked-to-original SNR stays at or
     *  above this (dB); 0 turns the limit off. */
    double minSnrDb = 30.5;
};

/** What detectWatermark() found. */
struct WatermarkDetection
{
    bool detected = false;
    /** A z-score: about N(0, 1) for audio without this key's mark, far above the
     *  threshold for marked audio. */
    double score = 0.0;
    /** detected is score > threshold: a Gaussian tail of 3 in 10 million for unmarked
     *  audio, with room for the tails of short or sparse clips, which are less Gaussian. */
    double threshold = 5.0;
    /** Probability that the clip is marked, with even priors, if unmarked clips score
     *  N(0, 1) and marked ones N(2 * threshold, 1): 0.5 at the threshold. */
    double confidence = 0.0;
    /** Time-frequency tiles that took part (audible blocks in the marked band). */
    int tiles = 0;
    /** Why nothing could be decided (too short, silent, rate too low); empty otherwise. */
    std::string note;
};

/**
 * A keyed spread-spectrum audio watermark. The clip is taken to 16 kHz and cut
 * into 32 ms blocks; in 250-3500 Hz the spectrum is split into tiles of 4 bins
 * x 2 blocks. Each tile's real and imaginary parts are projected on a keyed
 * +-1 direction, and that projection, relative to the tile's norm, is moved
 * onto a lattice with a keyed dither (spread-transform dither modulation). The
 * mark is noise-like, about 30 dB below the signal and shaped like its
 * spectrum; it survives resampling to 16 kHz, requantization, lossy coding
 * (OGG/Vorbis) and moderate noise. Detection scores how close every tile lies
 * to its lattice as a self-normalized z-score whose false-alarm rate holds
 * whatever the content, since the key's dithers are independent of it. The
 * mark is tied to the clip's start: a clip cut from inside a marked one, or
 * shifted in time, is not recognized.
 *
 * Stateless free functions; any thread. Bad input (empty audio, a sample rate
 * that is not positive or, for embedding, below 8000 Hz, NaN or infinite
 * samples, options out of range) throws wb::Error with a one-line message.
 */
/** The marked clip, same length and rate. Silent passages are left untouched. */
std::vector<float> embedWatermark(const std::vector<float> &mono, int sampleRate,
                                  const WatermarkOptions &options = {});
/** The mark signal alone (embedWatermark() returns mono + this). */
std::vector<float> watermarkSignal(const std::vector<float> &mono, int sampleRate,
                                   const WatermarkOptions &options = {});
/** Looks for options.key's mark (strength and minSnrDb do not matter here). */
WatermarkDetection detectWatermark(const std::vector<float> &mono, int sampleRate,
                                   const WatermarkOptions &options = {});

/** 10 log10(sum reference^2 / sum (test - reference)^2) in dB; +inf when equal.
 *  Throws wb::Error when the lengths differ or the reference is empty. */
double signalToNoiseDb(const std::vector<float> &reference, const std::vector<float> &test);

} // namespace wb
