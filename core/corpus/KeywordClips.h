#pragma once
#include "Progress.h"
#include "Voices.h"

#include <random>
#include <string>
#include <vector>

namespace wb {

/** The ten command words of the keyword-spotting model, in the Speech Commands spelling. */
std::vector<std::string> keywordCommands();
/** Other short words, spoken for the "unknown" class. */
std::vector<std::string> keywordFillerWords();
/** The two classes that are not a command word. */
constexpr const char *kKeywordUnknown = "unknown";
constexpr const char *kKeywordSilence = "silence";

/** Voices for training: flite's slt, rms and kal16 and many espeak-ng variants and accents. */
std::vector<VoiceSpec> keywordTrainVoices();
/**
 * Voices held out from training (whole base voices, with their default
 * augmented speakers): flite's awb and espeak-ng's en-us m4, m7, f3 and f4.
 */
std::vector<VoiceSpec> keywordTestVoices();

/** How a one-second clip is made from a spoken word. */
struct KeywordClipOptions
{
    int sampleRate = 16000;
    double seconds = 1.0;
    double minLevelDb = -32.0, maxLevelDb = -16.0; ///< speech RMS, dBFS, drawn uniformly
    double minSnrDb = 25.0, maxSnrDb = 50.0;       ///< background noise under the word
};

/**
 * word spoken by voice, trimmed of silence, resampled, set to a random level
 * and placed at a random offset in a clip of options.seconds (the middle is
 * kept when the word is longer), over quiet background noise. Any thread;
 * wb::Error for a bad voice.
 */
std::vector<float> keywordClip(const VoiceSpec &voice, const std::string &word,
                               const KeywordClipOptions &options, std::mt19937 &rng);
/** A "silence" clip: quiet white, pink or brown noise, sometimes hum, sometimes near zero. */
std::vector<float> silenceClip(const KeywordClipOptions &options, std::mt19937 &rng);

struct KeywordDataOptions
{
    std::string outDir;                 ///< created; must not exist or be empty
    std::vector<VoiceSpec> trainVoices; ///< empty: keywordTrainVoices()
    std::vector<VoiceSpec> testVoices;  ///< empty: keywordTestVoices()
    int trainTakes = 5; ///< renditions per word and training voice, each a random pitch/rate/tract
    int testTakes = 3;  ///< per word and test voice: as is, then two mild variants
    unsigned seed = 1;
    KeywordClipOptions clip;
};

struct KeywordDataReport
{
    int trainClips = 0;
    int testClips = 0;
    double wallSeconds = 0.0;
    std::vector<std::string> problems; ///< words a voice could not say, skipped
};

/**
 * Writes a keyword-spotting data set: WAV files (16-bit mono) in outDir/train/<class>/ and
 * outDir/test/<class>/, one folder per command word plus
 * "unknown" (filler words) and "silence", and outDir/keywords.json naming the
 * voices of each part. Test voices never speak in train. Built beside outDir
 * and renamed when complete. Any thread; progress may cancel (wb::Cancelled);
 * wb::Error for an unusable folder or voice.
 */
KeywordDataReport buildKeywordData(const KeywordDataOptions &options,
                                   const ProgressFn &progress = {});

} // namespace wb
