#include "KeywordSpotter.h"

#include <pocketsphinx.h>
#include <sphinxbase/err.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <mutex>
#include <sstream>
#include <sys/stat.h>

namespace wb {

namespace {

constexpr int kFramesPerSecond = 100; // pocketsphinx's default -frate
constexpr double kPhraseGap = 0.6;    // most silence allowed between the words of a phrase

bool exists(const std::string &path)
{
    struct stat st;
    return ::stat(path.c_str(), &st) == 0;
}

std::vector<std::string> split(const std::string &text)
{
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

bool wordMatches(const std::string &pattern, const std::string &word)
{
    if (!pattern.empty() && pattern.back() == '*')
        return word.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
    return word == pattern;
}

} // namespace

struct KeywordSpotter::Private
{
    cmd_ln_t *config = nullptr;
    ps_decoder_t *decoder = nullptr;
};

std::string KeywordSpotter::modelDirectory()
{
    if (const char *env = std::getenv("WB_POCKETSPHINX_MODEL"); env && *env)
        return env;
    return "/usr/share/pocketsphinx/model/en-us";
}

KeywordSpotter::KeywordSpotter() : d(std::make_unique<Private>())
{
    const std::string dir = modelDirectory();
    const std::string hmm = dir + "/en-us", lm = dir + "/en-us.lm.bin", dict = dir + "/cmudict-en-us.dict";
    for (const std::string &path : {hmm, lm, dict})
        if (!exists(path))
            throw Error("the speech recognizer's model is missing: " + path +
                        " (install pocketsphinx-en-us, or set WB_POCKETSPHINX_MODEL)");
    {
        // pocketsphinx's logging is global: silence it once.
        static std::once_flag quiet;
        std::call_once(quiet, [] { err_set_logfp(nullptr); });
    }
    d->config = cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmm.c_str(), "-lm", lm.c_str(), "-dict",
                            dict.c_str(), "-logfn", "/dev/null", nullptr);
    if (d->config)
        d->decoder = ps_init(d->config);
    if (!d->decoder) {
        if (d->config)
            cmd_ln_free_r(d->config);
        throw Error("the speech recognizer (pocketsphinx) could not load its model from " + dir);
    }
}

KeywordSpotter::~KeywordSpotter()
{
    ps_free(d->decoder);
    cmd_ln_free_r(d->config);
}

std::vector<RecognizedWord> KeywordSpotter::recognize(const float *samples, std::size_t count,
                                                      double offset, int party,
                                                      const ProgressFn &progress)
{
    std::vector<RecognizedWord> words;
    if (count == 0)
        return words;
    if (ps_start_utt(d->decoder) < 0)
        throw Error("the speech recognizer could not start an utterance");
    constexpr std::size_t kChunk = kSampleRate / 4;
    std::vector<int16> pcm(kChunk);
    for (std::size_t pos = 0; pos < count; pos += kChunk) {
        const std::size_t n = std::min(kChunk, count - pos);
        for (std::size_t i = 0; i < n; ++i)
            pcm[i] = int16(std::clamp(samples[pos + i] * 32767.0f, -32768.0f, 32767.0f));
        ps_process_raw(d->decoder, pcm.data(), n, FALSE, FALSE);
        if (progress && !progress(double(pos + n) / double(count))) {
            ps_end_utt(d->decoder);
            throw Cancelled();
        }
    }
    ps_end_utt(d->decoder);
    logmath_t *lmath = ps_get_logmath(d->decoder);
    // This pocketsphinx numbers frames from the decoder's first utterance, not this one's:
    // the first segment (<s>, the utterance start) gives the base.
    bool first = true;
    int base = 0;
    for (ps_seg_t *seg = ps_seg_iter(d->decoder); seg; seg = ps_seg_next(seg)) {
        int sf = 0, ef = 0;
        ps_seg_frames(seg, &sf, &ef);
        if (first)
            base = sf;
        first = false;
        std::string w = ps_seg_word(seg);
        if (w.empty() || w[0] == '<' || w[0] == '[' || w[0] == '+')
            continue; // <s>, </s>, <sil>, [NOISE], ++BREATH++
        if (const auto paren = w.find('('); paren != std::string::npos)
            w.erase(paren);
        int32 ascr = 0, lscr = 0, lback = 0;
        const int32 prob = ps_seg_prob(seg, &ascr, &lscr, &lback);
        RecognizedWord rw;
        rw.party = party;
        rw.word = w;
        rw.start = offset + double(sf - base) / kFramesPerSecond;
        rw.end = offset + double(ef + 1 - base) / kFramesPerSecond;
        rw.confidence = std::clamp(logmath_exp(lmath, prob), 0.0, 1.0);
        words.push_back(std::move(rw));
    }
    return words;
}

bool KeywordSpotter::knows(const std::string &term) const
{
    for (const std::string &w : split(normalizeTerm(term))) {
        if (w.back() == '*')
            continue;
        char *pron = ps_lookup_word(d->decoder, w.c_str());
        if (!pron)
            return false;
        ckd_free(pron);
    }
    return true;
}

std::string KeywordSpotter::normalizeTerm(const std::string &term)
{
    std::string out;
    bool letters = false;
    for (const char c : term) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalpha(u) || c == '\'' || c == '*') {
            out += char(std::tolower(u));
            letters = letters || std::isalpha(u);
        } else if (!out.empty() && out.back() != ' ') {
            out += ' ';
        }
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return letters ? out : std::string();
}

std::vector<KeywordHit> KeywordSpotter::match(const std::vector<RecognizedWord> &words,
                                              const std::vector<std::string> &terms)
{
    std::vector<KeywordHit> hits;
    for (const std::string &raw : terms) {
        const std::string term = normalizeTerm(raw);
        const std::vector<std::string> parts = split(term);
        if (parts.empty())
            continue;
        for (std::size_t i = 0; i + parts.size() <= words.size(); ++i) {
            bool ok = true;
            double confidence = 1.0;
            for (std::size_t k = 0; ok && k < parts.size(); ++k) {
                const RecognizedWord &w = words[i + k];
                ok = wordMatches(parts[k], w.word) && w.party == words[i].party &&
                     (k == 0 || w.start - words[i + k - 1].end <= kPhraseGap);
                confidence = std::min(confidence, w.confidence);
            }
            if (ok)
                hits.push_back({words[i].party, term, words[i].start,
                                words[i + parts.size() - 1].end, confidence});
        }
    }
    std::sort(hits.begin(), hits.end(),
              [](const KeywordHit &a, const KeywordHit &b) { return a.start < b.start; });
    return hits;
}

} // namespace wb
