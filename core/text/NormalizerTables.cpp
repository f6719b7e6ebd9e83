#include "NormalizerTables.h"

#include <array>
#include <cctype>
#include <cstring>

namespace wb::text::tables {

namespace {

// Sorted by nothing in particular; lookups are linear over a few dozen rows.
const Abbreviation kAbbreviations[] = {
    {"Dr.", "doctor", false, false},
    {"Mr.", "mister", false, false},
    {"Mrs.", "missus", false, false},
    {"Ms.", "miz", false, false},
    {"Prof.", "professor", false, false},
    {"Jr.", "junior", true, false},
    {"Sr.", "senior", true, false},
    {"Mt.", "mount", false, false},
    {"Ave.", "avenue", true, false},
    {"Rd.", "road", true, false},
    {"Blvd.", "boulevard", true, false},
    {"Gen.", "general", false, true},
    {"Capt.", "captain", false, false},
    {"Lt.", "lieutenant", false, false},
    {"Sgt.", "sergeant", false, false},
    {"Co.", "company", true, true},
    {"Corp.", "corporation", true, false},
    {"Inc.", "incorporated", true, false},
    {"Ltd.", "limited", true, false},
    {"Dept.", "department", true, false},
    {"Univ.", "university", true, false},
    {"approx.", "approximately", false, false},
    {"etc.", "et cetera", true, false},
    {"e.g.", "for example", false, false},
    {"i.e.", "that is", false, false},
    {"vs.", "versus", false, false},
    {"vs", "versus", false, true},
    {"cf.", "compare", false, false},
    {"min.", "minutes", true, false},
    {"sec.", "seconds", true, false},
    {"hr.", "hours", true, false},
    {"Jan.", "January", false, true},
    {"Feb.", "February", false, true},
    {"Mar.", "March", false, true},
    {"Apr.", "April", false, true},
    {"Aug.", "August", false, true},
    {"Sep.", "September", false, true},
    {"Sept.", "September", false, true},
    {"Oct.", "October", false, true},
    {"Nov.", "November", false, true},
    {"Dec.", "December", false, true},
};

const Currency kCurrencies[] = {
    {"$", "dollar", "dollars", "cent", "cents"},
    {"\xC2\xA3", "pound", "pounds", "penny", "pence"},     // £
    {"\xE2\x82\xAC", "euro", "euros", "cent", "cents"},    // €
    {"\xC2\xA5", "yen", "yen", nullptr, nullptr},          // ¥
};

const Unit kUnits[] = {
    {"Hz", "hertz", "hertz"},
    {"kHz", "kilohertz", "kilohertz"},
    {"MHz", "megahertz", "megahertz"},
    {"dB", "decibel", "decibels"},
    {"ms", "millisecond", "milliseconds"},
    {"km", "kilometer", "kilometers"},
    {"cm", "centimeter", "centimeters"},
    {"mm", "millimeter", "millimeters"},
    {"kg", "kilogram", "kilograms"},
    {"mph", "mile per hour", "miles per hour"},
    {"km/h", "kilometer per hour", "kilometers per hour"},
    {"GB", "gigabyte", "gigabytes"},
    {"MB", "megabyte", "megabytes"},
};

struct SymbolWord
{
    char32_t c;
    const char *words;
};
const SymbolWord kSymbols[] = {
    {U'&', "and"},   {U'+', "plus"},    {U'=', "equals"}, {U'@', "at"},
    {U'%', "percent"}, {U'#', "number"}, {U'\u00D7', "times"}, {U'\u00B0', "degrees"},
};

bool equalsNoCase(const char *a, const std::string &b)
{
    const std::size_t n = std::strlen(a);
    if (n != b.size())
        return false;
    for (std::size_t i = 0; i < n; ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

} // namespace

const Abbreviation *findAbbreviation(const std::string &written)
{
    for (const auto &a : kAbbreviations)
        if (a.caseSensitive ? written == a.written : equalsNoCase(a.written, written))
            return &a;
    return nullptr;
}

const Currency *findCurrency(const std::string &text)
{
    for (const auto &c : kCurrencies)
        if (text.compare(0, std::strlen(c.symbol), c.symbol) == 0)
            return &c;
    return nullptr;
}

const Unit *findUnit(const std::string &written)
{
    for (const auto &u : kUnits)
        if (written == u.written)
            return &u;
    return nullptr;
}

const char *symbolWords(char32_t c)
{
    for (const auto &s : kSymbols)
        if (s.c == c)
            return s.words;
    return nullptr;
}

char pauseFor(char32_t c)
{
    switch (c) {
    case U',': case U';': case U':': case U'.': case U'!': case U'?':
        return char(c);
    case U'\u2026': // ellipsis
        return '.';
    case U'\u00A1': // inverted ! and ?
        return '!';
    case U'\u00BF':
        return '?';
    case U'(': case U')': case U'[': case U']': case U'{': case U'}':
    case U'\u2013': case U'\u2014': // en and em dash
        return ',';
    default:
        return 0;
    }
}

int pauseRank(char pause)
{
    switch (pause) {
    case '.': case '!': case '?':
        return 3;
    case ';': case ':':
        return 2;
    default:
        return 1;
    }
}

bool isSilentMark(char32_t c)
{
    switch (c) {
    case U'"': case U'\'': case U'`': case U'\u2018': case U'\u2019': case U'\u201C': case U'\u201D':
    case U'\u00AB': case U'\u00BB': case U'*': case U'_': case U'~': case U'|': case U'<': case U'>':
    case U'^': case U'\\':
        return true;
    default:
        return false;
    }
}

} // namespace wb::text::tables
