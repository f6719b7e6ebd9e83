#pragma once
#include <string>
#include <vector>

namespace wb {

/** One utterance of a speech corpus: its audio, its text, who speaks it. */
struct Utterance
{
    std::string id;
    std::string speaker;
    std::string audioPath;      ///< absolute or relative to the working folder, as found
    std::string text;           ///< as written
    std::string normalizedText; ///< LJSpeech's third column; empty when the corpus has none
};

/** A corpus read from disk, with what had to be skipped and why. */
struct Corpus
{
    std::string root;
    std::string layout; ///< "ljspeech" or "vctk"
    std::vector<Utterance> utterances;
    std::vector<std::string> problems; ///< one line per skipped entry

    std::vector<std::string> speakers() const; ///< sorted, distinct
};

/**
 * Readers for the layouts real speech datasets use, so a user with a real
 * corpus can train on it:
 *
 * - LJSpeech: metadata.csv with `id|text|normalized text` (a fourth column,
 *   if present, names the speaker; else the folder's name does) and
 *   wavs/<id>.wav.
 * - VCTK: one folder per speaker; each audio file (wav or flac) has a .txt of
 *   the same name, either beside it or in a parallel txt/<speaker>/ tree
 *   (VCTK's own wav48/ or wav48_silence_trimmed/ beside txt/).
 *
 * A line with missing columns, an empty text, or audio listed but absent is
 * skipped and reported in problems, never fatal. A folder that is not a
 * corpus of either kind, or one with no usable utterance, throws wb::Error.
 */
class CorpusReader
{
public:
    /** Reads dir, recognizing the layout. */
    static Corpus read(const std::string &dir);
    static Corpus readLJSpeech(const std::string &dir);
    static Corpus readVctk(const std::string &dir);
};

} // namespace wb
