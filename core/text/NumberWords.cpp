#include "NumberWords.h"

#include <array>

namespace wb::text::NumberWords {

namespace {

const std::array<const char *, 20> kOnes = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
const std::array<const char *, 10> kTens = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
// Scale words for groups of three digits, from the thousands up.
const std::array<const char *, 6> kScales = {
    "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"};

// Ordinals of the words that do not simply take "th".
struct Irregular
{
    const char *cardinal;
    const char *ordinal;
};
const std::array<Irregular, 9> kIrregularOrdinals = {{{"one", "first"},
                                                      {"two", "second"},
                                                      {"three", "third"},
                                                      {"five", "fifth"},
                                                      {"eight", "eighth"},
                                                      {"nine", "ninth"},
                                                      {"twelve", "twelfth"},
                                                      {"zero", "zeroth"},
                                                      {"", ""}}};

std::string below1000(unsigned value)
{
    std::string out;
    if (value >= 100) {
        out = std::string(kOnes[value / 100]) + " hundred";
        value %= 100;
        if (value == 0)
            return out;
        out += ' ';
    }
    if (value < 20)
        return out + kOnes[value];
    out += kTens[value / 10];
    if (value % 10)
        out += std::string("-") + kOnes[value % 10];
    return out;
}

} // namespace

std::string cardinal(std::uint64_t value)
{
    if (value == 0)
        return "zero";
    std::array<unsigned, 7> groups{}; // groups of three digits, least significant first
    int count = 0;
    for (std::uint64_t v = value; v > 0; v /= 1000)
        groups[count++] = unsigned(v % 1000);
    std::string out;
    for (int g = count - 1; g >= 0; --g) {
        if (groups[g] == 0)
            continue;
        if (!out.empty())
            out += ' ';
        out += below1000(groups[g]);
        if (g > 0)
            out += std::string(" ") + kScales[g - 1];
    }
    return out;
}

std::string ordinal(std::uint64_t value)
{
    const std::string words = cardinal(value);
    // Only the last word (after a space or hyphen) changes: "twenty-one" -> "twenty-first".
    const auto cut = words.find_last_of(" -");
    const std::string head = cut == std::string::npos ? std::string() : words.substr(0, cut + 1);
    const std::string last = cut == std::string::npos ? words : words.substr(cut + 1);
    for (const auto &irregular : kIrregularOrdinals)
        if (last == irregular.cardinal)
            return head + irregular.ordinal;
    if (last.back() == 'y') // twenty -> twentieth
        return head + last.substr(0, last.size() - 1) + "ieth";
    return head + last + "th";
}

std::string year(int value)
{
    if (value < 0)
        return "minus " + year(-value);
    if (value < 1000 || value >= 10000)
        return cardinal(std::uint64_t(value));
    const int high = value / 100;
    const int low = value % 100;
    if (value % 1000 < 10 && value % 1000 != 0 && value / 1000 != 1 && high % 10 == 0)
        return cardinal(std::uint64_t(value)); // 2005: two thousand five
    if (value % 1000 == 0)
        return cardinal(std::uint64_t(value)); // 2000, 3000: two thousand
    if (low == 0)
        return cardinal(std::uint64_t(high)) + " hundred"; // 1900: nineteen hundred
    if (low < 10)
        return cardinal(std::uint64_t(high)) + " oh " + kOnes[low]; // 1905: nineteen oh five
    return cardinal(std::uint64_t(high)) + ' ' + cardinal(std::uint64_t(low)); // 1999, 2010
}

std::string digits(const std::string &digitString)
{
    std::string out;
    for (char c : digitString) {
        if (c < '0' || c > '9')
            continue;
        if (!out.empty())
            out += ' ';
        out += kOnes[c - '0'];
    }
    return out;
}

std::string plural(const std::string &numberWords)
{
    if (numberWords.empty())
        return numberWords;
    if (numberWords.back() == 'y') // ninety -> nineties
        return numberWords.substr(0, numberWords.size() - 1) + "ies";
    if (numberWords.back() == 'x') // six -> sixes
        return numberWords + "es";
    return numberWords + 's';
}

} // namespace wb::text::NumberWords
