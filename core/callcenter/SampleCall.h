#pragma once
#include "AudioBuffer.h"

#include <string>
#include <vector>

namespace wb {

/** One line of the sample call's script and where it landed. */
struct SampleCallLine
{
    int party = 0; ///< 0 agent (left channel), 1 customer (right)
    std::string text;
    double start = 0.0; ///< first phone, seconds
    double end = 0.0;   ///< last phone
};

/** A watch-list word as spoken in the sample call. */
struct SampleCallWord
{
    int party = 0;
    std::string word;
    double start = 0.0;
    double end = 0.0;
};

/** The sample call and its ground truth: what was said where, the long silence and the overlap. */
struct SampleCall
{
    AudioBuffer audio; ///< stereo, 16 kHz
    std::vector<SampleCallLine> lines;
    std::vector<SampleCallWord> keywords; ///< every "cancel", "manager", "refund", "thank(s)"
    double silenceStart = 0.0, silenceEnd = 0.0; ///< the long hold silence
    double overlapStart = 0.0, overlapEnd = 0.0; ///< the customer cutting the agent off

    /** The ground truth as a JSON document (lines, keywords, silence, overlap). */
    std::string truthJson() const;
};

/**
 * Builds the sample call from the corpus voices: flite's slt as the agent on
 * the left channel and flite's rms as the customer on the right, a scripted
 * support call that escalates ("cancel", "manager", "refund"), with one hold
 * of about 4.5 s and the customer talking over the agent for about a second.
 * Deterministic (flite is). Keyword times come from flite's own phone times:
 * each word's phones, synthesized alone, are found in the line's phones.
 * Any thread; throws wb::Error when a voice is missing.
 */
SampleCall makeSampleCall();

} // namespace wb
