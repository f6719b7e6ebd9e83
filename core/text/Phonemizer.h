#pragma once
#include <string>
#include <vector>

namespace wb::text {

/**
 * IPA phonemes of English words through espeak-ng (voice "en-us"), the
 * phonemizer most open TTS systems use. One word at a time, so every word's
 * phonemes are known exactly (espeak-ng run over a clause fuses words such as
 * "on the" into one) and the same word always gives the same phonemes.
 *
 * Symbols are espeak-ng's own phoneme units, written in IPA: diphthongs (aɪ),
 * affricates (tʃ), r-coloured vowels (ɑːɹ) and long vowels (iː, length mark
 * attached) are single symbols. Stress marks ˈ and ˌ are symbols of their own,
 * placed right before the stressed vowel, as espeak-ng places them.
 *
 * espeak-ng is not thread-safe: every call holds an EspeakSession (Espeak.h),
 * shared with the corpus builder's espeak-ng voices. Any thread may call. A missing espeak-ng data
 * folder throws wb::Error.
 */
class Phonemizer
{
public:
    /** Phoneme symbols of one word. spelled: read a letter by its name ("A" of "a.m."). */
    static std::vector<std::string> word(const std::string &utf8Word, bool spelled = false);
    /** "espeak-ng 1.51 en-us", as saved beside a model's symbol table. */
    static std::string description();
};

} // namespace wb::text
