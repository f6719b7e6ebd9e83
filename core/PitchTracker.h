#pragma once
#include "Progress.h"

#include <cstdint>
#include <vector>

namespace wb {

/**
 * Settings of the pYIN fundamental-frequency tracker, with librosa.pyin's
 * meaning and defaults except where noted. The frame grid is core's STFT grid
 * with center=True: frame t is centred on sample t * hop and there are
 * 1 + samples / hop frames, so F0 frame t is mel frame t for the same hop.
 *
 * fmax defaults to librosa's C7 (2093 Hz), which suits singing and tones; for
 * speech use 500 to 1000 Hz (the `wavebench pitch` command defaults to 1000),
 * which is faster and keeps the tracker off the second harmonic.
 */
struct PitchParams
{
    int sampleRate = 22050;
    double fmin = 65.0;   ///< lowest F0 in Hz (librosa suggests C2, about 65 Hz)
    double fmax = 2093.0; ///< highest F0 in Hz (C7), at most sampleRate / 2
    /** Analysis frame in samples; 0 means 1024 at 22,050 Hz scaled to the rate (a power of two),
     *  doubled until it holds two periods of fmin. */
    int frameLength = 0;
    int winLength = 0; ///< YIN integration window; 0 means frameLength / 2 (librosa)
    int hop = 256;     ///< the usual TTS hop at 22,050 Hz
    int nThresholds = 100;
    double betaA = 2.0, betaB = 18.0; ///< Beta prior over the YIN threshold (mean 0.1)
    double boltzmann = 2.0;           ///< prior that favours earlier (shorter-period) troughs
    double resolution = 0.1;          ///< pitch-state width in semitones
    double maxTransitionRate = 35.92; ///< octaves per second the F0 path may move
    double switchProb = 0.01;         ///< voiced <-> unvoiced transition probability
    double noTroughProb = 0.01;       ///< mass given to the global minimum when no trough is below a threshold

    /** Throws wb::Error with a one-line message for absurd or inconsistent values. */
    void validate() const;
    /** frameLength, or its automatic value when 0. */
    int effectiveFrameLength() const;
    /** Frames for a signal of this many samples: 1 + samples / hop, as core's centred STFT. */
    long long frameCount(long long samples) const;
};

/** Per-frame F0 track: times[t] = t * hop / sampleRate; f0 is 0 on unvoiced frames. */
struct PitchTrack
{
    int sampleRate = 0;
    int hop = 0;
    std::vector<double> times;            ///< seconds, frame centres
    std::vector<float> f0;                ///< Hz, 0 when unvoiced
    std::vector<std::uint8_t> voiced;     ///< 1 voiced, 0 unvoiced (Viterbi decision)
    std::vector<float> voicedProbability; ///< pYIN's per-frame probability of voicing, in [0, 1]

    std::size_t frames() const { return f0.size(); }
    std::size_t voicedFrames() const;
    /** The median F0 of the voiced frames in Hz; 0 when none is voiced. */
    double medianVoicedF0() const;
};

/**
 * Probabilistic YIN (Mauch & Dixon 2014) as in librosa.pyin: the cumulative
 * mean normalized difference per frame (by FFT), troughs weighed under a Beta
 * prior over thresholds, then a Viterbi path over pitch states (resolution
 * semitones) doubled into voiced and unvoiced halves. A voiced frame reports
 * the parabolically refined frequency of the trough that the path picked.
 *
 * Stateless; any thread. Throws wb::Error for bad parameters or an empty
 * signal, wb::Cancelled when progress returns false. The Viterbi back
 * pointers take 2 bytes per state per frame (states = 2 * 12 / resolution *
 * log2(fmax / fmin), 948 for 65-1000 Hz): about 1.9 kB per frame, 160 kB
 * per second at hop 256 and 22,050 Hz, so an utterance is cheap but an hour
 * of audio needs about 600 MB.
 */
PitchTrack trackPitch(const std::vector<float> &signal, const PitchParams &params,
                      const ProgressFn &progress = {});

} // namespace wb
