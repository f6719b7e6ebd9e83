#pragma once
#include <cstdint>
#include <string>

namespace wb::text {

/**
 * English number names, the tables the text normalizer reads numbers with:
 * "1234" -> "one thousand two hundred thirty-four" (American style: no "and"),
 * "22" as an ordinal -> "twenty-second", "1999" as a year -> "nineteen
 * ninety-nine". Pure functions of their arguments; any thread. Values beyond
 * maxCardinal() are read digit by digit by the callers, never here.
 */
namespace NumberWords {

/** The largest value cardinal() names (just under a quintillion). */
constexpr std::uint64_t maxCardinal() { return 999'999'999'999'999'999ULL; }

/** "0" -> "zero", "21" -> "twenty-one", "1000000" -> "one million". */
std::string cardinal(std::uint64_t value);
/** "1" -> "first", "22" -> "twenty-second", "100" -> "one hundredth". */
std::string ordinal(std::uint64_t value);
/** A year as it is said: 1999 nineteen ninety-nine, 1905 nineteen oh five,
 *  1900 nineteen hundred, 2000 two thousand, 2005 two thousand five, 2010 twenty ten. */
std::string year(int value);
/** Each digit of a string of ASCII digits named: "14" -> "one four". */
std::string digits(const std::string &digitString);
/** The plural of a number word for decades: "ninety" -> "nineties", "ten" -> "tens". */
std::string plural(const std::string &numberWords);

} // namespace NumberWords
} // namespace wb::text
