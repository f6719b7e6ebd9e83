#pragma once
// Minimal UTF-8 helpers for the text front-end; internal to core/text. Any thread.
#include <cstddef>
#include <string>

namespace wb::text::utf8 {

/** The code point at byte i, advancing i past it; malformed bytes decode as U+FFFD, one byte each. */
char32_t decode(const std::string &s, std::size_t &i);
/** The code point as UTF-8. */
std::string encode(char32_t c);
/** Byte offset where the last code point of a non-empty s starts. */
std::size_t lastStart(const std::string &s);
/** Letters of any script, as far as the front-end needs: ASCII letters, Latin-1 and beyond, minus punctuation blocks. */
bool isLetter(char32_t c);
bool isSpace(char32_t c);

} // namespace wb::text::utf8
