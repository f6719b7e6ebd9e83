#pragma once
#include "AudioBuffer.h"
#include "KeywordSpotter.h"
#include "Progress.h"

#include <array>
#include <string>
#include <vector>

namespace wb {

/**
 * Settings of a call analysis. A stereo call is read as channel 0 = agent,
 * channel 1 = customer (the usual call-recorder layout); a mono call has one
 * party, "speaker", and no measurable overlap.
 */
struct CallAnalysisParams
{
    /** Escalation watch list: words or phrases, '*' at the end of a word for a prefix. */
    std::vector<std::string> keywords = {"cancel", "manager", "refund"};
    /** Words the sentiment proxy counts as positive. */
    std::vector<std::string> positiveWords = {"thank you", "thanks", "great", "appreciate",
                                              "perfect", "excellent", "wonderful"};
    double longSilence = 2.0;   ///< seconds of nobody talking that count as a long silence
    double hangover = 0.3;      ///< pauses shorter than this stay inside a speech segment
    double minSpeech = 0.12;    ///< shorter bursts above the threshold are noise, not speech
    double minOverlap = 0.2;    ///< shorter double talk is a back-channel, not an overlap
    double thresholdDb = 12.0;  ///< speech is this far above the channel's noise floor
    double curveStep = 0.25;    ///< seconds between points of the agitation curve
    bool recognize = true;      ///< run the speech recognizer (off: no words, no keyword hits)

    /** Throws wb::Error with a one-line message for absurd values. */
    void validate() const;
};

/** A stretch of one party talking, with its agitation and the measures behind it. */
struct SpeechSegment
{
    int party = 0;
    double start = 0.0;
    double end = 0.0;
    double meanDb = -100.0;        ///< mean frame loudness, dBFS
    double loudnessStdDb = 0.0;    ///< its standard deviation, dB
    double pitchStdSemitones = 0.0; ///< F0 standard deviation over voiced frames, semitones
    double medianF0 = 0.0;         ///< Hz, 0 when no frame was voiced
    double agitation = 0.0;        ///< 0-1, see agitationOf()
    double duration() const { return end - start; }
};

struct TimeSpan
{
    double start = 0.0;
    double end = 0.0;
    double duration() const { return end - start; }
};

struct PartyStats
{
    double talkTime = 0.0;  ///< seconds
    double talkRatio = 0.0; ///< of the call's duration
    double agitation = 0.0; ///< duration-weighted mean over the party's segments
    int segments = 0;
    int words = 0;
    int escalationHits = 0;
    int positiveHits = 0;
};

/** One input of the quality score: its weight, value on 0-1, and where the value comes from. */
struct QualityTerm
{
    std::string id;      ///< "sentiment", "emotion", "keywords"
    double weight = 0.0; ///< the seed's weight
    double value = 0.0;  ///< 0-1, higher is better
    std::string source;  ///< what WaveBench measured instead of the seed's model, one line
};

struct QualityScore
{
    std::vector<QualityTerm> terms;
    double score = 0.0; ///< 100 x sum(weight x value), 0-100
};

struct CallAnalysis
{
    double duration = 0.0;
    int channels = 1;
    int sampleRate = 16000; ///< of the analysis (the recognizer's rate)
    int parties = 1;        ///< 2 for a stereo call
    std::vector<SpeechSegment> segments;       ///< in time order
    std::vector<TimeSpan> silences;            ///< nobody talking, any length
    std::vector<TimeSpan> longSilences;        ///< those at least longSilence long
    std::vector<TimeSpan> overlaps;            ///< both talking (stereo only)
    std::array<PartyStats, 2> partyStats;
    double silenceRatio = 0.0;
    double overlapRatio = 0.0;
    double longSilenceThreshold = 2.0;
    bool recognized = false;                    ///< the recognizer ran
    std::vector<RecognizedWord> words;          ///< in time order
    std::vector<KeywordHit> keywordHits;        ///< escalation terms found
    std::vector<KeywordHit> positiveHits;       ///< positive words found
    std::vector<std::string> keywords;          ///< the watch list used
    std::vector<std::string> unknownKeywords;   ///< terms the recognizer's dictionary lacks
    double curveStep = 0.25;
    std::array<std::vector<float>, 2> agitationCurve; ///< per party, one point per curveStep, -1 when silent
    double envelopeStep = 0.02;
    std::array<std::vector<float>, 2> envelope;       ///< per party, peak |sample| per envelopeStep
    QualityScore quality;
    std::vector<float> voiceThresholdDb = {};         ///< per party, the VAD threshold used

    /** "agent", "customer", or "speaker" for a mono call. */
    std::string partyName(int party) const;
    /** Agitation of the customer (stereo) or the speaker (mono): what the emotion term uses. */
    int scoredParty() const { return parties == 2 ? 1 : 0; }
};

/**
 * Agitation of a stretch of speech, 0 (calm) to 1 (agitated), the mean of three
 * terms each clamped to 0-1: loudness (meanDb + 40) / 30 (-40 dBFS -> 0,
 * -10 dBFS -> 1), loudness variability loudnessStdDb / 20 (speech frames
 * spread 10-15 dB by themselves), and pitch
 * variability pitchStdSemitones / 6.
 */
double agitationOf(double meanDb, double loudnessStdDb, double pitchStdSemitones);

/**
 * The seed's quality formula, 0.4 sentiment + 0.3 emotion + 0.3 keywords, from
 * what WaveBench can measure, each term on 0-1 with higher = better call:
 * sentiment = (positive + 1) / (positive + escalation + 2) over the scored
 * party's words (a smoothed share of positive words; no sentiment model),
 * emotion = 1 - agitation, keywords = 1 - min(escalation, 5) / 5. Returned
 * on 0-100.
 */
QualityScore qualityScore(int positiveHits, int escalationHits, double agitation);

/**
 * Analyzes a recorded call: energy voice-activity detection per channel with a
 * hangover, silence and overlap spans, talk-time ratios, agitation per segment
 * from loudness and pYIN pitch variability, keyword hits from the speech
 * recognizer, and the quality score. The audio is resampled to 16 kHz first.
 * Stateless; any thread. Throws wb::Error for an empty, silent-length or
 * non-finite buffer, more than two channels or bad params; wb::Cancelled when
 * progress returns false.
 */
CallAnalysis analyzeCall(const AudioBuffer &audio, const CallAnalysisParams &params,
                         const ProgressFn &progress = {});

} // namespace wb
