#pragma once
// The tables TextNormalizer reads: abbreviations, currencies, units, symbols
// and punctuation. Internal to core/text; plain data, any thread.
#include <string>

namespace wb::text::tables {

struct Abbreviation
{
    const char *written;   ///< with its dots, matched case-insensitively unless caseSensitive
    const char *spoken;    ///< words, space separated
    bool canEndSentence;   ///< "etc." at the end of a sentence also ends it; "Dr." never does
    bool caseSensitive;
};
/** The abbreviation written exactly so (e.g. "Dr."), or null. "St." is resolved by the caller. */
const Abbreviation *findAbbreviation(const std::string &written);

struct Currency
{
    const char *symbol; ///< UTF-8
    const char *unit;
    const char *units;
    const char *cent;   ///< null where the currency is not said with cents
    const char *cents;
};
/** The currency whose symbol starts text at byte offset 0, or null. */
const Currency *findCurrency(const std::string &text);

struct Unit
{
    const char *written; ///< case-sensitive: "ms" and "Ms" differ
    const char *unit;
    const char *units;
};
const Unit *findUnit(const std::string &written);

/** The words said for a symbol character inside text ("&" -> "and"), or null. */
const char *symbolWords(char32_t c);
/** The pause symbol for a punctuation character (',' ';' ':' '.' '!' '?'), or 0. */
char pauseFor(char32_t c);
/** How strongly a pause separates: 3 . ! ?, 2 ; :, 1 , */
int pauseRank(char pause);
/** Quotes and similar marks that are silent. */
bool isSilentMark(char32_t c);

} // namespace wb::text::tables
