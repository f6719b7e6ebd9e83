#include "PhoneAlignment.h"

#include "Error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wb {

namespace {

bool isPause(const std::string &s)
{
    return s.empty() || s == "," || s == ";" || s == ":" || s == "." || s == "!" || s == "?";
}

bool isVowel(const std::string &s)
{
    // IPA vowel letters used by espeak-ng's English (UTF-8 of each, plus ASCII a e i o u).
    static const char *const vowels[] = {"a", "e", "i", "o", "u", "ɪ", "ɛ", "æ", "ə",
                                         "ɚ", "ɐ", "ᵻ", "ʌ", "ʊ", "ɑ", "ɒ", "ɔ", "ɜ"};
    for (const char *v : vowels)
        if (s.find(v) != std::string::npos)
            return true;
    return false;
}

std::string withoutLength(std::string s)
{
    const std::string mark = "\xCB\x90"; // ː
    for (std::size_t at = s.find(mark); at != std::string::npos; at = s.find(mark))
        s.erase(at, mark.size());
    return s;
}

double substitution(const std::string &symbol, const std::string &phone)
{
    const bool a = isPause(symbol), b = isPause(phone);
    if (a || b)
        return a && b ? 0.0 : 2.5;
    if (symbol == phone)
        return 0.0;
    if (withoutLength(symbol) == withoutLength(phone))
        return 0.2;
    const bool va = isVowel(symbol), vb = isVowel(phone);
    if (va && vb)
        return 0.6;
    if (!va && !vb)
        return 0.8;
    return 1.5;
}

constexpr double kSymbolAlone = 1.0; // a symbol no phone matches
constexpr double kPhoneAlone = 1.0;  // a phone no symbol matches
constexpr double kPauseAlone = 0.3;  // a pause the text has no mark for is common and harmless

} // namespace

bool symbolTakesTime(const std::string &symbol)
{
    return !symbol.empty() && symbol != " " && symbol != "\xCB\x88" && symbol != "\xCB\x8C";
}

std::vector<int> alignDurations(const std::vector<std::string> &symbols,
                                const std::vector<TimedPhone> &phones, long long samples,
                                int sampleRate, int hop)
{
    if (samples < 1 || sampleRate < 1 || hop < 1)
        throw Error("alignment: empty audio or bad frame settings");
    std::vector<int> timed; // indices of the symbols that take time
    for (std::size_t i = 0; i < symbols.size(); ++i)
        if (symbolTakesTime(symbols[i]))
            timed.push_back(int(i));
    if (timed.empty())
        throw Error("alignment: the text has no phonemes");
    const double seconds = double(samples) / sampleRate;

    // Weighted edit distance, symbols (rows) against phones (columns).
    const std::size_t n = timed.size(), m = phones.size();
    std::vector<double> cost((n + 1) * (m + 1), 0.0);
    std::vector<char> move((n + 1) * (m + 1), 0); // 1 diagonal, 2 symbol alone, 3 phone alone
    const auto at = [m](std::size_t i, std::size_t j) { return i * (m + 1) + j; };
    const auto phoneAlone = [&](std::size_t j) {
        return phones[j].ipa.empty() ? kPauseAlone : kPhoneAlone;
    };
    for (std::size_t i = 1; i <= n; ++i) {
        cost[at(i, 0)] = cost[at(i - 1, 0)] + kSymbolAlone;
        move[at(i, 0)] = 2;
    }
    for (std::size_t j = 1; j <= m; ++j) {
        cost[at(0, j)] = cost[at(0, j - 1)] + phoneAlone(j - 1);
        move[at(0, j)] = 3;
    }
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j) {
            double best =
                cost[at(i - 1, j - 1)] + substitution(symbols[timed[i - 1]], phones[j - 1].ipa);
            char how = 1;
            const double up = cost[at(i - 1, j)] + kSymbolAlone;
            if (up < best) {
                best = up;
                how = 2;
            }
            const double left = cost[at(i, j - 1)] + phoneAlone(j - 1);
            if (left < best) {
                best = left;
                how = 3;
            }
            cost[at(i, j)] = best;
            move[at(i, j)] = how;
        }

    // Which symbol each phone belongs to (-1: none yet).
    std::vector<int> owner(m, -1);
    for (std::size_t i = n, j = m; i > 0 || j > 0;) {
        const char how = move[at(i, j)];
        if (how == 1) {
            owner[j - 1] = int(i - 1);
            --i;
            --j;
        } else if (how == 2) {
            --i;
        } else {
            --j;
        }
    }
    // Leftover phones join the symbol before them (the first symbol, at the start).
    int last = -1;
    for (std::size_t j = 0; j < m; ++j) {
        if (owner[j] >= 0)
            last = owner[j];
        else
            owner[j] = std::max(last, 0);
    }
    // Each symbol's span; symbols with no phone share a neighbour's.
    std::vector<double> start(n, std::numeric_limits<double>::quiet_NaN()), end(n, start[0]);
    for (std::size_t j = 0; j < m; ++j) {
        const int s = owner[j];
        const double a = std::clamp(phones[j].start, 0.0, seconds),
                     b = std::clamp(phones[j].end, 0.0, seconds);
        start[s] = std::isnan(start[s]) ? a : std::min(start[s], a);
        end[s] = std::isnan(end[s]) ? b : std::max(end[s], b);
    }
    for (std::size_t i = 0; i < n;) {
        if (!std::isnan(start[i])) {
            ++i;
            continue;
        }
        std::size_t k = i; // [i, k) is a run of symbols without time
        while (k < n && std::isnan(start[k]))
            ++k;
        // Share the previous symbol's span (or the next one's at the start; the whole audio if none
        // has any).
        const bool hasPrev = i > 0, hasNext = k < n;
        std::size_t first = i, stop = k;
        double a = 0.0, b = seconds;
        if (hasPrev) {
            first = i - 1;
            a = start[i - 1];
            b = end[i - 1];
        } else if (hasNext) {
            stop = k + 1;
            a = start[k];
            b = end[k];
        }
        const double piece = (b - a) / double(stop - first);
        for (std::size_t s = first; s < stop; ++s) {
            start[s] = a + piece * double(s - first);
            end[s] = start[s] + piece;
        }
        i = stop;
    }

    // Cut points in frames: symbol i starts at cut[i]; the first at 0, the end at the frame count.
    const long long frames = 1 + samples / hop;
    std::vector<long long> cut(n + 1, 0);
    cut[n] = frames;
    for (std::size_t i = 1; i < n; ++i) {
        const long long f = std::llround(start[i] * sampleRate / hop);
        cut[i] = std::clamp(f, cut[i - 1], frames);
    }
    std::vector<int> frameCount(n);
    for (std::size_t i = 0; i < n; ++i)
        frameCount[i] = int(cut[i + 1] - cut[i]);
    // A phoneme must be heard: espeak-ng reports some (an "l" after its vowel)
    // at the same instant as the next one. Such a phoneme takes a third of its
    // longer neighbour, which stays next to it in time. Pauses may stay empty.
    for (std::size_t i = 0; i < n; ++i) {
        if (frameCount[i] > 0 || isPause(symbols[timed[i]]))
            continue;
        std::size_t from = i;
        if (i > 0 && frameCount[i - 1] >= 2)
            from = i - 1;
        if (i + 1 < n && frameCount[i + 1] >= 2 &&
            (from == i || frameCount[i + 1] > frameCount[from]))
            from = i + 1;
        if (from == i)
            continue;
        const int share = std::max(1, frameCount[from] / 3);
        frameCount[from] -= share;
        frameCount[i] += share;
    }
    std::vector<int> durations(symbols.size(), 0);
    for (std::size_t i = 0; i < n; ++i)
        durations[timed[i]] = frameCount[i];
    return durations;
}

} // namespace wb
