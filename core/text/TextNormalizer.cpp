#include "TextNormalizer.h"

#include "NormalizerTables.h"
#include "NumberReading.h"
#include "NumberWords.h"
#include "Utf8.h"

#include <cctype>

namespace wb::text {

namespace {

using namespace tables;

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }

std::string lower(std::string s)
{
    for (char &c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/** A whitespace-separated chunk with its surrounding punctuation peeled off. */
struct Piece
{
    std::string leading;  ///< pause symbols before the core
    std::string core;
    std::string trailing; ///< pause symbols after the core
};

/** "U.S.", "a.m.": single letters each followed by a dot. */
bool isDottedLetters(const std::string &s)
{
    if (s.size() < 4 || s.size() % 2)
        return false;
    for (std::size_t i = 0; i < s.size(); i += 2)
        if (!std::isalpha(static_cast<unsigned char>(s[i])) || s[i + 1] != '.')
            return false;
    return true;
}

bool isAmPm(const std::string &s)
{
    const std::string l = lower(s);
    return l == "am" || l == "pm" || l == "a.m." || l == "p.m.";
}

bool isScaleWord(const std::string &s)
{
    const std::string l = lower(s);
    return l == "thousand" || l == "million" || l == "billion" || l == "trillion";
}

/** Whether the dot of an abbreviation-like core belongs to it rather than ending the sentence. */
bool keepsItsDot(const std::string &core, const std::string &next)
{
    if (findAbbreviation(core) || isDottedLetters(core))
        return true;
    const std::string l = lower(core);
    if (l == "st.")
        return true;
    return l == "no." && !next.empty() && (isDigit(next[0]) || next[0] == '#');
}

Piece peel(const std::string &chunk, const std::string &nextChunk)
{
    Piece p;
    std::string core = chunk;
    // Leading brackets, dashes, inverted marks and quotes; a dot before a digit is a decimal point.
    while (!core.empty()) {
        std::size_t i = 0;
        const char32_t c = utf8::decode(core, i);
        const char pause = pauseFor(c);
        if (pause && !((c == U'.') && core.size() > 1 && isDigit(core[1]))) {
            p.leading += pause;
        } else if (!isSilentMark(c)) {
            break;
        }
        core.erase(0, i);
    }
    // Trailing punctuation, stopping at a dot that is part of an abbreviation.
    while (!core.empty()) {
        const std::size_t start = utf8::lastStart(core);
        std::size_t i = start;
        const char32_t c = utf8::decode(core, i);
        if (c == U'.' && keepsItsDot(core, nextChunk))
            break;
        const char pause = pauseFor(c);
        if (!pause && !isSilentMark(c))
            break;
        if (pause)
            p.trailing.insert(p.trailing.begin(), pause);
        core.erase(start);
    }
    p.core = core;
    return p;
}

class Builder
{
public:
    std::vector<TextToken> tokens;

    void words(const std::string &text, bool spelled = false)
    {
        std::size_t i = 0;
        while (i < text.size()) {
            const std::size_t end = std::min(text.find(' ', i), text.size());
            if (end > i)
                tokens.push_back({TextToken::Kind::Word, text.substr(i, end - i), spelled});
            i = end + 1;
        }
    }
    void letters(const std::string &text)
    {
        for (char c : text)
            if (std::isalpha(static_cast<unsigned char>(c)))
                words(std::string(1, char(std::toupper(static_cast<unsigned char>(c)))), true);
    }
    void pause(char symbol)
    {
        if (tokens.empty())
            return; // nothing said yet: a leading pause is silence
        TextToken &last = tokens.back();
        if (last.isWord()) {
            tokens.push_back({TextToken::Kind::Pause, std::string(1, symbol), false});
        } else if (pauseRank(symbol) > pauseRank(last.text[0])) {
            last.text = std::string(1, symbol);
        }
    }
    void pauses(const std::string &symbols)
    {
        for (char s : symbols)
            pause(s);
    }
};

class Normalizer
{
public:
    explicit Normalizer(const std::vector<Piece> &pieces) : m_pieces(pieces) {}

    std::vector<TextToken> run()
    {
        for (m_i = 0; m_i < m_pieces.size(); ++m_i) {
            const Piece &p = m_pieces[m_i];
            m_b.pauses(p.leading);
            if (!p.core.empty())
                core(p.core);
            m_b.pauses(m_pieces[m_i].trailing); // the consumed piece's, when the core took the next one
        }
        return std::move(m_b.tokens);
    }

private:
    const std::vector<Piece> &m_pieces;
    std::size_t m_i = 0;
    Builder m_b;

    const Piece *next() const { return m_i + 1 < m_pieces.size() ? &m_pieces[m_i + 1] : nullptr; }
    /** The next piece's core, when nothing (no bracket, no pause) stands between. */
    std::string adjacentCore() const
    {
        const Piece *n = next();
        return n && n->leading.empty() && m_pieces[m_i].trailing.empty() ? n->core : std::string();
    }
    /** Takes the next piece into this one: its words are said here, its trailing pauses follow. */
    void consumeNext() { ++m_i; }
    /** After a dotted abbreviation that may end a sentence: the dot also ends it at the end of the
     *  text or before a capital. */
    void sentenceDot()
    {
        const Piece &p = m_pieces[m_i];
        if (!p.trailing.empty())
            return;
        const Piece *n = next();
        if (!n || (n->core.empty() ? false : isUpper(n->core[0])))
            m_b.pause('.');
    }

    void core(const std::string &c)
    {
        const std::string l = lower(c);
        if (c.find_first_not_of('-') == std::string::npos) { // a dash made of hyphens
            m_b.pause(',');
            return;
        }
        if (l == "st.") {
            const std::string n = adjacentCore();
            if (!n.empty() && isUpper(n[0])) {
                m_b.words("saint");
            } else {
                m_b.words("street");
                if (!next())
                    m_b.pause('.');
            }
            return;
        }
        if (l == "no.") { // kept its dot only before a number: "No. 5"
            m_b.words("number");
            return;
        }
        if (const Abbreviation *a = findAbbreviation(c)) {
            m_b.words(a->spoken);
            if (a->canEndSentence && c.back() == '.')
                sentenceDot();
            return;
        }
        if (isDottedLetters(c)) {
            m_b.letters(c);
            sentenceDot();
            return;
        }
        if (const Currency *cur = findCurrency(c)) {
            Number n;
            const std::string amount = c.substr(std::string(cur->symbol).size());
            if (parseNumber(amount, n) && n.suffix.empty() && !n.negative) {
                currency(*cur, n);
                return;
            }
        }
        if (time(c))
            return;
        Number n;
        if ((isDigit(c[0]) || c[0] == '-' || c[0] == '+' || c[0] == '.' || c.compare(0, 3, "\xE2\x88\x92") == 0) &&
            parseNumber(c, n) && number(n))
            return;
        mixed(c);
    }

    void currency(const Currency &cur, const Number &n)
    {
        const std::string scale = adjacentCore();
        if (isScaleWord(scale)) { // "$3.5 million": three point five million dollars
            m_b.words(numberWords(n) + ' ' + lower(scale) + ' ' + cur.units);
            consumeNext();
            return;
        }
        const bool one = isCount(n, 1) || (n.integer == "1" && !n.negative);
        const bool cents = cur.cent && n.hasFraction && n.fraction.size() == 2;
        if (n.hasFraction && !cents) { // "$1.5": one point five dollars
            m_b.words(numberWords(n) + ' ' + cur.units);
            return;
        }
        const bool noWhole = stripZeros(n.integer) == "0";
        const int centValue = cents ? std::stoi(n.fraction) : 0;
        if (!noWhole || centValue == 0)
            m_b.words(integerWords(n.integer) + ' ' + (one ? cur.unit : cur.units));
        if (centValue > 0)
            m_b.words(NumberWords::cardinal(std::uint64_t(centValue)) + ' ' + (centValue == 1 ? cur.cent : cur.cents));
    }

    /** "3:30", "3:30pm", "15:05", with "am"/"pm" attached or as the next word. */
    bool time(const std::string &c)
    {
        const std::size_t colon = c.find(':');
        if (colon == std::string::npos || colon == 0 || colon > 2 || c.size() < colon + 3)
            return false;
        for (std::size_t k = 0; k < colon + 3; ++k)
            if (k != colon && !isDigit(c[k]))
                return false;
        const int hour = std::stoi(c.substr(0, colon));
        const int minute = std::stoi(c.substr(colon + 1, 2));
        std::string ampm = c.substr(colon + 3);
        if (hour > 23 || minute > 59 || (!ampm.empty() && !isAmPm(ampm)))
            return false;
        bool consumed = false;
        if (ampm.empty() && isAmPm(adjacentCore())) {
            ampm = adjacentCore();
            consumed = true;
        }
        std::string words = NumberWords::cardinal(std::uint64_t(hour));
        if (minute == 0 && ampm.empty())
            words += " o'clock";
        else if (minute > 0 && minute < 10)
            words += " oh " + NumberWords::cardinal(std::uint64_t(minute));
        else if (minute >= 10)
            words += ' ' + NumberWords::cardinal(std::uint64_t(minute));
        m_b.words(words);
        if (!ampm.empty()) {
            m_b.letters(ampm);
            if (consumed)
                consumeNext();
            if (ampm.back() == '.')
                sentenceDot();
        }
        return true;
    }

    bool number(const Number &n)
    {
        const std::string s = n.suffix;
        const std::string ls = lower(s);
        if (ls == "st" || ls == "nd" || ls == "rd" || ls == "th") {
            if (n.negative || n.hasFraction || n.integer.empty() || stripZeros(n.integer).size() > 18)
                return false;
            m_b.words(NumberWords::ordinal(std::stoull(n.integer)));
            return true;
        }
        if (ls == "s" || ls == "'s") { // decades and plurals: 1990s, 80s
            const std::string words = looksLikeYear(n) ? NumberWords::year(std::stoi(n.integer)) : numberWords(n);
            m_b.words(NumberWords::plural(words));
            return true;
        }
        if (s == "%") {
            m_b.words(numberWords(n) + " percent");
            return true;
        }
        if (isAmPm(s) && isClockHour(n)) { // "3pm"
            m_b.words(integerWords(n.integer));
            m_b.letters(s);
            if (s.back() == '.')
                sentenceDot();
            return true;
        }
        if (const Unit *u = findUnit(s)) {
            m_b.words(numberWords(n) + ' ' + (isCount(n, 1) ? u->unit : u->units));
            return true;
        }
        if (!s.empty())
            return false;
        const std::string after = adjacentCore();
        if (const Unit *u = findUnit(after)) {
            m_b.words(numberWords(n) + ' ' + (isCount(n, 1) ? u->unit : u->units));
            consumeNext();
            return true;
        }
        if (isAmPm(after) && isClockHour(n)) { // "3 pm"
            m_b.words(integerWords(n.integer));
            m_b.letters(after);
            consumeNext();
            if (after.back() == '.')
                sentenceDot();
            return true;
        }
        m_b.words(looksLikeYear(n) ? NumberWords::year(std::stoi(n.integer)) : numberWords(n));
        return true;
    }

    /** Anything else: runs of letters are words, runs of digits numbers, known symbols words. */
    void mixed(const std::string &c)
    {
        std::size_t i = 0;
        std::string word;
        auto flush = [&] {
            // Apostrophes and hyphens belong inside words, not at their edges.
            while (!word.empty() && (word.back() == '\'' || word.back() == '-'))
                word.pop_back();
            std::size_t start = 0;
            while (start < word.size() && (word[start] == '\'' || word[start] == '-'))
                ++start;
            if (start < word.size())
                m_b.words(word.substr(start));
            word.clear();
        };
        while (i < c.size()) {
            if (isDigit(c[i])) {
                flush();
                Number n;
                std::size_t j = i;
                while (j < c.size() && (isDigit(c[j]) || c[j] == '.' || c[j] == ','))
                    ++j;
                parseNumber(c.substr(i, j - i), n);
                const bool year = looksLikeYear(n);
                m_b.words(year ? NumberWords::year(std::stoi(n.integer)) : numberWords(n));
                i = j - n.suffix.size();
                // "1990-1995" is a range of years: nineteen ninety to nineteen ninety-five.
                Number after;
                if (year && i + 5 <= c.size() && c[i] == '-' && parseNumber(c.substr(i + 1, 4), after) &&
                    looksLikeYear(after) && (i + 5 == c.size() || !isDigit(c[i + 5])))
                    m_b.words("to");
                continue;
            }
            const std::size_t start = i;
            const char32_t cp = utf8::decode(c, i);
            if (utf8::isLetter(cp) || cp == U'\'' || cp == U'\u2019' || cp == U'-') {
                word += cp == U'\u2019' ? std::string("'") : c.substr(start, i - start);
                continue;
            }
            flush();
            if (cp == U'.' && i < c.size() && !utf8::isSpace(c[i])) // example.com, v2.0.1
                m_b.words("dot");
            else if (const char *w = symbolWords(cp))
                m_b.words(w);
            else if (const char p = pauseFor(cp))
                m_b.pause(p);
            // anything else (emoji, slashes, stray marks) is silent
        }
        flush();
    }
};

} // namespace

std::vector<TextToken> TextNormalizer::normalize(const std::string &text)
{
    std::vector<std::string> chunks;
    std::string current;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t start = i;
        const char32_t c = utf8::decode(text, i);
        if (utf8::isSpace(c)) {
            if (!current.empty())
                chunks.push_back(std::move(current));
            current.clear();
        } else {
            current.append(text, start, i - start);
        }
    }
    if (!current.empty())
        chunks.push_back(std::move(current));

    std::vector<Piece> pieces;
    pieces.reserve(chunks.size());
    for (std::size_t k = 0; k < chunks.size(); ++k)
        pieces.push_back(peel(chunks[k], k + 1 < chunks.size() ? chunks[k + 1] : std::string()));
    return Normalizer(pieces).run();
}

std::string TextNormalizer::join(const std::vector<TextToken> &tokens)
{
    std::string out;
    for (const TextToken &t : tokens) {
        if (t.isWord() && !out.empty())
            out += ' ';
        out += t.text;
    }
    return out;
}

std::vector<std::vector<TextToken>> TextNormalizer::sentences(const std::vector<TextToken> &tokens)
{
    std::vector<std::vector<TextToken>> out(1);
    for (const TextToken &t : tokens) {
        out.back().push_back(t);
        if (!t.isWord() && pauseRank(t.text[0]) == 3)
            out.emplace_back();
    }
    if (out.back().empty())
        out.pop_back();
    return out;
}

} // namespace wb::text
