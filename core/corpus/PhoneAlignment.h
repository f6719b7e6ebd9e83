#pragma once
#include "Voices.h"

#include <string>
#include <vector>

namespace wb {

/**
 * Phoneme durations in frames for a model's input symbols, from a
 * synthesizer's own phone timing.
 *
 * The symbols are the text front-end's (text::TextFrontEnd), the same ones a
 * model reads at inference; the synthesizer may say a word differently in
 * context (espeak-ng fuses "of the", flite reads from the CMU dictionary), so
 * the two sequences are matched by a weighted edit distance (identical
 * phonemes cost nothing, similar vowels or consonants a little, a pause
 * against a phoneme much more) and each symbol takes the time of the phones
 * matched to it. A phone left over (a pause the text has no mark for, a
 * phoneme the front-end lacks) joins the symbol before it; a symbol left
 * over shares the time of its neighbour, and a phoneme left with no frame
 * takes a third of its longer neighbour. Stress marks and word boundaries
 * take no time (0 frames); punctuation symbols take the pause they mark (0
 * frames when the voice made none).
 *
 * Frame t is centred at t * hop samples (center = true), so the durations sum
 * to 1 + samples / hop, the frame count of the corpus features.
 */
std::vector<int> alignDurations(const std::vector<std::string> &symbols,
                                const std::vector<TimedPhone> &phones, long long samples,
                                int sampleRate, int hop);

/** Whether a front-end symbol takes time: a phoneme or a punctuation pause, not a stress mark or "
 * ". */
bool symbolTakesTime(const std::string &symbol);

} // namespace wb
