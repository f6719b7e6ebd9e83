#pragma once
#include <string>
#include <vector>

namespace wb {

/**
 * One corpus speaker: a local synthesizer voice and its settings.
 *
 * - engine "flite": base is slt, rms, awb or kal16 (CMU voices built from
 *   real recordings; flite reports every segment's end time).
 * - engine "espeak": base is an espeak-ng voice with a variant, e.g.
 *   "en-us+m3" (espeak-ng reports every phoneme's start).
 *
 * The three augmentations make more distinct speakers from one voice, each
 * keeping the phoneme timing exact: pitch scales F0 and rate the speaking
 * rate, both inside the synthesizer; tract scales every formant, a
 * vocal-tract length change: the synthesizer speaks at pitch / tract and
 * rate / tract, then the audio is played tract times faster (resampled), which
 * brings pitch and rate back and leaves the formants scaled by tract.
 * espeak-ng's pitch is a 0-100 scale, so there the factor is approximate.
 */
struct VoiceSpec
{
    std::string engine; ///< "flite" or "espeak"
    std::string base;
    double pitch = 1.0; ///< F0 factor, 0.5-2
    double rate = 1.0;  ///< speaking-rate factor, 0.5-2 (above 1 is faster)
    double tract = 1.0; ///< formant factor, 0.8-1.25 (above 1: a shorter vocal tract)

    /** The speaker id: "flite-slt", "espeak-en-us+m3", with "-p1.10-r0.90-t1.08" for what differs
     * from 1. */
    std::string name() const;
    /**
     * A default voice's name ("flite-rms-t0.90"), or "flite:slt", "espeak:en-us+m3", optionally
     * followed by ":pitch=1.1:rate=0.9:tract=1.05". Throws wb::Error with what is wrong.
     */
    static VoiceSpec parse(const std::string &text);
    /** The settings as one JSON object (engine, base, pitch, rate, tract). */
    std::string json() const;
    /** Throws wb::Error when the engine, the base or a factor is out of range. */
    void validate() const;
};

/** The default voice set: 26 distinct speakers from flite and espeak-ng, with augmentations. */
std::vector<VoiceSpec> defaultVoices();

/** A phoneme as a synthesizer timed it: IPA (empty for a pause), start and end in seconds. */
struct TimedPhone
{
    std::string ipa;
    double start = 0.0;
    double end = 0.0;
};

struct SynthesizedSpeech
{
    std::vector<float> samples; ///< mono
    int sampleRate = 0;
    std::vector<TimedPhone> phones; ///< in time order, covering the audio
};

/**
 * Speaks text (already normalized: words, not digits) with voice, applying
 * its augmentations; the phone times are those of the returned audio. flite's
 * ARPAbet segments are mapped to espeak-ng's IPA symbols. Any thread may call:
 * each engine runs under its own lock. Throws wb::Error for a bad voice.
 */
SynthesizedSpeech synthesize(const VoiceSpec &voice, const std::string &text);

/** The flite base voices this build has. */
std::vector<std::string> fliteVoices();

} // namespace wb
