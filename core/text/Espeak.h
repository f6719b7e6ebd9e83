#pragma once
#include <mutex>
#include <string>
#include <vector>

namespace wb::text {

/**
 * espeak-ng is one global engine and not thread-safe: every use in WaveBench
 * (the phonemizer, the corpus builder's voices) holds an EspeakSession, which
 * locks the one process-wide mutex and starts the engine on first use (no
 * audio device; phoneme events in IPA enabled for synthesis). A missing
 * espeak-ng data folder throws wb::Error, then and on every later try.
 */
class EspeakSession
{
public:
    EspeakSession();
    EspeakSession(const EspeakSession &) = delete;
    EspeakSession &operator=(const EspeakSession &) = delete;

    /** Selects a voice ("en-us", "en-us+m3"); a no-op when it is already selected. Throws when
     * unknown. */
    void useVoice(const std::string &name);
    /** espeak-ng's version, e.g. "1.51". */
    std::string version() const;

    /** One phoneme as spoken: IPA (stress marks removed; empty for a pause) and where it starts. */
    struct PhonemeEvent
    {
        std::string ipa;
        long long sample = 0;
    };
    struct Speech
    {
        std::vector<float> samples; ///< mono, in [-1, 1]
        int sampleRate = 0;
        std::vector<PhonemeEvent> phonemes; ///< in time order
    };
    /**
     * Speaks text with the selected voice. rateWpm: words per minute
     * (80-450); pitch and range: espeak-ng's 0-100 scales (50 = the voice's own).
     */
    Speech speak(const std::string &text, int rateWpm, int pitch, int range);

private:
    std::unique_lock<std::mutex> m_lock;
};

} // namespace wb::text
