#pragma once
// Numbers as written in text, parsed and read aloud; internal to core/text
// (TextNormalizer's helpers). Pure functions, any thread.
#include <string>

namespace wb::text {

/** A number as text: sign, integer digits (may hold thousands commas), optional fraction. */
struct Number
{
    bool negative = false;
    std::string integer;  ///< digits only
    bool grouped = false; ///< written with thousands separators
    bool hasFraction = false;
    std::string fraction; ///< digits after the point
    std::string suffix;   ///< what followed the number in the same chunk

    bool isPlainInteger() const { return !negative && !hasFraction && !grouped; }
};

/** Parses a leading number ("-1,234.5kg" -> number + suffix "kg"); false when text does not start with one. */
bool parseNumber(const std::string &text, Number &n);
/** "007" -> "7", "000" -> "0". */
std::string stripZeros(const std::string &digits);
/** Integer digits as a cardinal; leading zeros ("007") and huge values read digit by digit. */
std::string integerWords(const std::string &digits);
/** "minus three point one four". */
std::string numberWords(const Number &n);
/** A bare four-digit integer from 1100 to 2099 is read as a year. */
bool looksLikeYear(const Number &n);
/** A plain integer from 1 to 12 (before "pm"). */
bool isClockHour(const Number &n);
/** A plain integer equal to value ("1 dB" is singular). */
bool isCount(const Number &n, int value);

} // namespace wb::text
