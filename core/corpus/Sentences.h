#pragma once
#include <string>
#include <vector>

namespace wb {

/**
 * Text for a synthetic speech corpus, all written for WaveBench: first a
 * fixed set of phonetically varied sentences, then generated ones, drawn with
 * seed: half from templates with names, places, numbers, dates, times, prices
 * and percentages (so the text front-end's normalization is exercised), half
 * free sentences built from word lists (subjects, verbs, objects, places,
 * times) in several shapes, statements and questions, for lexical variety. The same count and seed always give the same list; no sentence
 * repeats within a list of up to several thousand.
 */
std::vector<std::string> corpusSentences(int count, unsigned seed);

/** How many fixed sentences come before the generated ones. */
int fixedSentenceCount();

} // namespace wb
