#include "NumberReading.h"

#include "NumberWords.h"

namespace wb::text {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

bool parseNumber(const std::string &text, Number &n)
{
    std::size_t i = 0;
    if (text.compare(0, 3, "\xE2\x88\x92") == 0) { // minus sign
        n.negative = true;
        i = 3;
    } else if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        n.negative = text[0] == '-';
        i = 1;
    }
    const std::size_t digitsStart = i;
    while (i < text.size()) {
        if (isDigit(text[i])) {
            n.integer += text[i++];
        } else if (text[i] == ',' && i + 3 < text.size() && i > digitsStart && isDigit(text[i + 1]) &&
                   isDigit(text[i + 2]) && isDigit(text[i + 3]) && (i + 4 >= text.size() || !isDigit(text[i + 4]))) {
            n.grouped = true; // "1,234": a comma followed by exactly three digits
            ++i;
        } else {
            break;
        }
    }
    if (i < text.size() && text[i] == '.' && i + 1 < text.size() && isDigit(text[i + 1])) {
        n.hasFraction = true;
        ++i;
        while (i < text.size() && isDigit(text[i]))
            n.fraction += text[i++];
    }
    if (n.integer.empty() && !n.hasFraction)
        return false;
    n.suffix = text.substr(i);
    return true;
}

std::string stripZeros(const std::string &digits)
{
    const std::size_t first = digits.find_first_not_of('0');
    return first == std::string::npos ? std::string("0") : digits.substr(first);
}

std::string integerWords(const std::string &digits)
{
    if (digits.empty())
        return "zero";
    if ((digits.size() > 1 && digits[0] == '0') || stripZeros(digits).size() > 18)
        return NumberWords::digits(digits);
    return NumberWords::cardinal(std::stoull(digits));
}

std::string numberWords(const Number &n)
{
    std::string out = n.negative ? "minus " : "";
    out += n.integer.empty() ? "zero" : integerWords(n.integer);
    if (n.hasFraction)
        out += " point " + NumberWords::digits(n.fraction);
    return out;
}

bool looksLikeYear(const Number &n)
{
    if (!n.isPlainInteger() || n.integer.size() != 4 || n.integer[0] == '0')
        return false;
    const int v = std::stoi(n.integer);
    return v >= 1100 && v <= 2099;
}

bool isClockHour(const Number &n)
{
    return n.isPlainInteger() && !n.integer.empty() && n.integer.size() <= 2 && std::stoi(n.integer) >= 1 &&
           std::stoi(n.integer) <= 12;
}

bool isCount(const Number &n, int value)
{
    return n.isPlainInteger() && !n.integer.empty() && stripZeros(n.integer) == std::to_string(value);
}

} // namespace wb::text
