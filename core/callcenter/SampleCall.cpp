#include "SampleCall.h"

#include "Error.h"
#include "KeywordSpotter.h"
#include "Resampler.h"
#include "corpus/Voices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace wb {

namespace {

constexpr int kRate = KeywordSpotter::kSampleRate;

struct ScriptLine
{
    int party;
    const char *text;
    double gap;      ///< seconds after the previous line ends (negative: talks over it)
    double levelDb;  ///< RMS of the line, dBFS
};

// The customer gets louder as the call escalates; line 5 is the hold, line 7 cuts in.
const ScriptLine kScript[] = {
    {0, "Thank you for calling WaveBench support. My name is Sarah. How can I help you today?", 0.5, -24},
    {1, "Hi. My internet has been down for three days, and nobody has fixed it.", 0.7, -24},
    {0, "I am sorry to hear that. Let me look up your account. Please hold for a moment.", 0.6, -24},
    {0, "Thanks for holding. I see a technician visit scheduled for Friday.", 4.5, -24},
    {1, "Friday is not good enough. I want to cancel my contract.", 0.5, -18},
    {0, "I understand. Before you do that, may I offer you a discount on your next bill?", 0.6, -24},
    {1, "No. Let me speak to a manager right now.", -1.2, -14},
    {0, "Of course. I will transfer you to a manager.", 0.6, -24},
    {1, "And I want a refund for this month.", 0.5, -16},
    {0, "I will note the refund request. Thank you for your patience.", 0.6, -24},
};

const char *const kTruthWords[] = {"cancel", "manager", "refund", "thank you", "thanks"};

VoiceSpec voiceOf(int party) { return VoiceSpec::parse(party == 0 ? "flite:slt" : "flite:rms"); }

std::vector<TimedPhone> spoken(const std::vector<TimedPhone> &phones)
{
    std::vector<TimedPhone> out;
    for (const TimedPhone &p : phones)
        if (!p.ipa.empty() && p.end > p.start)
            out.push_back(p);
    return out;
}

} // namespace

SampleCall makeSampleCall()
{
    SampleCall call;
    std::vector<std::vector<float>> tracks(2);
    double previousEnd = 0.0;
    int index = 0;
    for (const ScriptLine &line : kScript) {
        SynthesizedSpeech speech = synthesize(voiceOf(line.party), line.text);
        std::vector<float> x = speech.samples;
        if (speech.sampleRate != kRate) // phone times are in seconds, so they stay
            x = Resampler::resample(AudioBuffer(std::move(x), speech.sampleRate), kRate).samples();
        const std::vector<TimedPhone> phones = spoken(speech.phones);
        if (phones.empty())
            throw Error("the sample call's voice said nothing for '" + std::string(line.text) + "'");
        // Level the line, then place it so its first phone starts `gap` after the previous line.
        double sum = 0.0;
        for (float v : x)
            sum += double(v) * v;
        const double rms = std::sqrt(sum / std::max<std::size_t>(1, x.size()));
        double gain = std::pow(10.0, line.levelDb / 20.0) / std::max(1e-9, rms);
        float peak = 0.0f;
        for (float v : x)
            peak = std::max(peak, std::abs(v));
        gain = std::min(gain, 0.95 / std::max(1e-9f, peak));
        for (float &v : x)
            v = float(v * gain);
        const double lineStart = (index == 0 ? 0.0 : previousEnd) + line.gap;
        const double offset = lineStart - phones.front().start;
        const auto at = std::size_t(std::max(0.0, std::round(offset * kRate)));
        auto &track = tracks[std::size_t(line.party)];
        if (track.size() < at + x.size())
            track.resize(at + x.size(), 0.0f);
        for (std::size_t i = 0; i < x.size(); ++i)
            track[at + i] += x[i];
        const double t0 = double(at) / kRate;
        SampleCallLine placed{line.party, line.text, t0 + phones.front().start, t0 + phones.back().end};
        call.lines.push_back(placed);
        if (index == 3) {
            call.silenceStart = call.lines[2].end;
            call.silenceEnd = placed.start;
        }
        if (line.gap < 0) {
            call.overlapStart = placed.start;
            call.overlapEnd = std::min(previousEnd, placed.end);
        }
        // Each watch word's phones, said alone, found in the line's phones.
        std::string lower = line.text;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        for (const char *word : kTruthWords) {
            if (lower.find(word) == std::string::npos)
                continue;
            const std::vector<TimedPhone> alone = spoken(synthesize(voiceOf(line.party), word).phones);
            bool found = false;
            for (std::size_t i = 0; !found && i + alone.size() <= phones.size(); ++i) {
                bool same = true;
                for (std::size_t k = 0; same && k < alone.size(); ++k)
                    same = phones[i + k].ipa == alone[k].ipa;
                if (same) {
                    call.keywords.push_back({line.party, word, t0 + phones[i].start, t0 + phones[i + alone.size() - 1].end});
                    found = true;
                }
            }
            if (!found)
                throw Error(std::string("the sample call could not time '") + word + "' in '" + line.text + "'");
        }
        previousEnd = std::max(previousEnd, placed.end);
        ++index;
    }
    const std::size_t frames = std::max(tracks[0].size(), tracks[1].size()) + std::size_t(0.6 * kRate);
    std::vector<float> interleaved(frames * 2, 0.0f);
    for (int c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < tracks[std::size_t(c)].size(); ++i)
            interleaved[2 * i + std::size_t(c)] = std::clamp(tracks[std::size_t(c)][i], -1.0f, 1.0f);
    call.audio = AudioBuffer(std::move(interleaved), 2, kRate);
    std::sort(call.keywords.begin(), call.keywords.end(),
              [](const SampleCallWord &a, const SampleCallWord &b) { return a.start < b.start; });
    return call;
}

std::string SampleCall::truthJson() const
{
    auto round3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    QJsonArray ls, ks;
    for (const SampleCallLine &l : lines)
        ls.append(QJsonObject{{"party", l.party == 0 ? "agent" : "customer"},
                              {"text", QString::fromStdString(l.text)},
                              {"start", round3(l.start)},
                              {"end", round3(l.end)}});
    for (const SampleCallWord &k : keywords)
        ks.append(QJsonObject{{"party", k.party == 0 ? "agent" : "customer"},
                              {"word", QString::fromStdString(k.word)},
                              {"start", round3(k.start)},
                              {"end", round3(k.end)}});
    const QJsonObject o{{"sample_rate", kRate},
                        {"channels", QJsonArray{"agent", "customer"}},
                        {"duration", round3(audio.duration())},
                        {"lines", ls},
                        {"keywords", ks},
                        {"long_silence", QJsonObject{{"start", round3(silenceStart)}, {"end", round3(silenceEnd)}}},
                        {"overlap", QJsonObject{{"start", round3(overlapStart)}, {"end", round3(overlapEnd)}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented).toStdString();
}

} // namespace wb
