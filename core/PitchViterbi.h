#pragma once
#include <cstdint>
#include <vector>

namespace wb {

/** One pYIN pitch candidate of a frame: its pitch state, refined frequency and probability. */
struct PitchCandidate
{
    int bin = 0;
    float f0 = 0.0f;
    double probability = 0.0;
};
using FrameCandidates = std::vector<PitchCandidate>;

/**
 * The Viterbi decoder behind trackPitch(): `bins` voiced pitch states plus as
 * many unvoiced ones, a triangular transition band of +-halfWidth states
 * between neighbouring frames (librosa.sequence.transition_local, no wrap)
 * and a voiced/unvoiced switch probability, in the log domain. Frames are fed
 * one at a time; decode() returns the best state per frame (>= bins means
 * unvoiced). A helper of PitchTracker.cpp; one object per thread.
 */
class PitchViterbi
{
public:
    static constexpr int kMaxHalfWidth = 16000; ///< back pointers are 16-bit codes

    PitchViterbi(int bins, int halfWidth, double switchProb);
    void reserve(std::size_t frames);
    /** Adds a frame: voiced states get the candidates' probabilities, unvoiced ones share 1 - voicedProb. */
    void step(const FrameCandidates &candidates, double voicedProb);
    std::vector<int> decode() const;

private:
    int m_bins;
    int m_half;
    double m_logStay, m_logSwitch;
    std::vector<double> m_logTri;     ///< log triangle weight by offset + half
    std::vector<double> m_logRowSum;  ///< log of each source state's band sum (rows normalised)
    std::vector<double> m_delta;      ///< best log probability per state, 2 * bins
    std::vector<double> m_next, m_obs;
    std::vector<double> m_bestValue[2];
    std::vector<std::uint16_t> m_bestCode[2];
    std::vector<double> m_source;  ///< scratch: one voicing's delta less its row normaliser
    std::vector<int> m_bestOffset; ///< scratch: best source offset per target
    std::vector<std::uint16_t> m_back; ///< per frame and state: ((source - target + half) << 1) | source voicing
    std::size_t m_frames = 0;
};

} // namespace wb
