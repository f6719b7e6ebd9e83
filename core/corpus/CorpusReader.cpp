#include "CorpusReader.h"

#include "Error.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace wb {

namespace {

std::string trimmed(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

std::vector<std::string> splitBars(const std::string &line)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t bar = line.find('|', start);
        parts.push_back(line.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
        if (bar == std::string::npos)
            return parts;
        start = bar + 1;
    }
}

bool isAudio(const fs::path &p)
{
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".wav" || ext == ".flac";
}

void requireFolder(const std::string &dir)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error("'" + dir + "' is not a folder");
}

void requireUtterances(const Corpus &c)
{
    if (c.utterances.empty())
        throw Error("'" + c.root + "' holds no usable utterance" +
                    (c.problems.empty() ? std::string() : " (first problem: " + c.problems.front() + ")"));
}

std::string readText(const fs::path &file)
{
    std::ifstream in(file);
    std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::replace(all.begin(), all.end(), '\n', ' ');
    return trimmed(all);
}

std::vector<fs::path> sortedEntries(const fs::path &dir)
{
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto &e : fs::directory_iterator(dir, ec))
        out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

std::vector<std::string> Corpus::speakers() const
{
    std::set<std::string> s;
    for (const auto &u : utterances)
        s.insert(u.speaker);
    return {s.begin(), s.end()};
}

Corpus CorpusReader::readLJSpeech(const std::string &dir)
{
    requireFolder(dir);
    const fs::path root(dir);
    const fs::path metadata = root / "metadata.csv";
    std::ifstream in(metadata);
    if (!in)
        throw Error("'" + dir + "' has no readable metadata.csv (LJSpeech layout)");
    Corpus c;
    c.root = dir;
    c.layout = "ljspeech";
    const std::string folderSpeaker = fs::absolute(root).lexically_normal().filename().string();
    std::string line;
    int number = 0;
    std::set<std::string> seen;
    while (std::getline(in, line)) {
        ++number;
        if (trimmed(line).empty())
            continue;
        const std::string where = "metadata.csv line " + std::to_string(number);
        const std::vector<std::string> cols = splitBars(line);
        if (cols.size() < 2) {
            c.problems.push_back(where + ": expected id|text|normalized text, found no '|'");
            continue;
        }
        Utterance u;
        u.id = trimmed(cols[0]);
        u.text = trimmed(cols[1]);
        u.normalizedText = cols.size() > 2 ? trimmed(cols[2]) : std::string();
        u.speaker = cols.size() > 3 && !trimmed(cols[3]).empty() ? trimmed(cols[3]) : folderSpeaker;
        if (u.id.empty() || u.text.empty()) {
            c.problems.push_back(where + ": empty id or text");
            continue;
        }
        if (!seen.insert(u.id).second) {
            c.problems.push_back(where + ": id '" + u.id + "' appears twice");
            continue;
        }
        const fs::path audio = root / "wavs" / (u.id + ".wav");
        std::error_code ec;
        if (!fs::is_regular_file(audio, ec)) {
            c.problems.push_back(where + ": wavs/" + u.id + ".wav is listed but absent");
            continue;
        }
        u.audioPath = audio.string();
        c.utterances.push_back(std::move(u));
    }
    requireUtterances(c);
    return c;
}

Corpus CorpusReader::readVctk(const std::string &dir)
{
    requireFolder(dir);
    const fs::path root(dir);
    Corpus c;
    c.root = dir;
    c.layout = "vctk";
    // VCTK's own tree: an audio folder (wav48, wav48_silence_trimmed, ...) beside txt/.
    fs::path audioRoot = root;
    fs::path textRoot;
    std::error_code ec;
    if (fs::is_directory(root / "txt", ec)) {
        textRoot = root / "txt";
        for (const auto &p : sortedEntries(root))
            if (fs::is_directory(p, ec) && p.filename().string().rfind("wav", 0) == 0) {
                audioRoot = p;
                break;
            }
        if (audioRoot == root)
            throw Error("'" + dir + "' has txt/ but no wav48/ (or other wav*) folder beside it (VCTK layout)");
    }
    for (const auto &speakerDir : sortedEntries(audioRoot)) {
        if (!fs::is_directory(speakerDir, ec) || speakerDir == textRoot)
            continue;
        const std::string speaker = speakerDir.filename().string();
        for (const auto &audio : sortedEntries(speakerDir)) {
            if (!fs::is_regular_file(audio, ec) || !isAudio(audio))
                continue;
            // VCTK's trimmed release names files p225_001_mic1.flac for the text p225_001.txt.
            std::string stem = audio.stem().string();
            const auto mic = stem.rfind("_mic");
            fs::path text = (textRoot.empty() ? speakerDir : textRoot / speaker) / (stem + ".txt");
            if (!fs::is_regular_file(text, ec) && mic != std::string::npos) {
                if (stem.substr(mic) != "_mic1")
                    continue; // the second microphone of an utterance already taken
                stem = stem.substr(0, mic);
                text = (textRoot.empty() ? speakerDir : textRoot / speaker) / (stem + ".txt");
            }
            const std::string rel = speaker + "/" + audio.filename().string();
            if (!fs::is_regular_file(text, ec)) {
                c.problems.push_back(rel + ": no " + stem + ".txt beside it");
                continue;
            }
            Utterance u;
            u.id = stem;
            u.speaker = speaker;
            u.audioPath = audio.string();
            u.text = readText(text);
            if (u.text.empty()) {
                c.problems.push_back(rel + ": its text file is empty");
                continue;
            }
            c.utterances.push_back(std::move(u));
        }
    }
    requireUtterances(c);
    return c;
}

Corpus CorpusReader::read(const std::string &dir)
{
    requireFolder(dir);
    std::error_code ec;
    if (fs::is_regular_file(fs::path(dir) / "metadata.csv", ec))
        return readLJSpeech(dir);
    return readVctk(dir);
}

} // namespace wb
