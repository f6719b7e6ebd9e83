#include "CallAnalysis.h"

#include "FrameEnergy.h"
#include "PitchTracker.h"
#include "Resampler.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace wb {

namespace {

constexpr int kRate = KeywordSpotter::kSampleRate;
constexpr int kHop = 160;            // 10 ms frames
constexpr double kFrame = double(kHop) / kRate;
constexpr double kFloorDb = -100.0;
constexpr double kDecodeJoin = 1.0;  // segments closer than this are decoded as one utterance
constexpr double kDecodePad = 0.25;  // context around a decoded stretch

double clamp01(double v) { return std::clamp(v, 0.0, 1.0); }

double percentile(std::vector<float> v, double q)
{
    if (v.empty())
        return kFloorDb;
    const auto k = static_cast<std::size_t>(q * double(v.size() - 1));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(k), v.end());
    return v[k];
}

double mean(const std::vector<double> &v)
{
    double s = 0.0;
    for (double x : v)
        s += x;
    return v.empty() ? 0.0 : s / double(v.size());
}

double stddev(const std::vector<double> &v)
{
    if (v.size() < 2)
        return 0.0;
    const double m = mean(v);
    double s = 0.0;
    for (double x : v)
        s += (x - m) * (x - m);
    return std::sqrt(s / double(v.size()));
}

/** What one channel gives: frame loudness, its speech mask and segments, its pitch. */
struct Channel
{
    std::vector<float> samples;
    std::vector<double> db;
    std::vector<std::uint8_t> active;
    std::vector<TimeSpan> spans;
    PitchTrack pitch;
    double threshold = 0.0;
};

void detectSpeech(Channel &c, const CallAnalysisParams &p)
{
    StftParams sp;
    sp.nFft = 512;
    sp.winLength = 400; // 25 ms
    sp.hop = kHop;
    const std::vector<float> rms = frameEnergy(c.samples, sp, EnergyKind::Rms);
    c.db.resize(rms.size());
    std::vector<float> dbf(rms.size());
    for (std::size_t t = 0; t < rms.size(); ++t) {
        c.db[t] = std::max(kFloorDb, 20.0 * std::log10(std::max(1e-12, double(rms[t]))));
        dbf[t] = float(c.db[t]);
    }
    // Adaptive threshold: above the noise floor, not too far below the loud
    // parts, and never below -60 dBFS (a digitally silent channel has no speech).
    const double floorDb = percentile(dbf, 0.10), loudDb = percentile(dbf, 0.95);
    c.threshold = std::max({floorDb + p.thresholdDb, loudDb - 40.0, -60.0});
    c.active.assign(c.db.size(), 0);
    std::vector<std::pair<long, long>> runs; // frame ranges [a, b)
    for (long t = 0; t < long(c.db.size());) {
        if (c.db[std::size_t(t)] < c.threshold) {
            ++t;
            continue;
        }
        long e = t;
        while (e < long(c.db.size()) && c.db[std::size_t(e)] >= c.threshold)
            ++e;
        if (!runs.empty() && double(t - runs.back().second) * kFrame < p.hangover)
            runs.back().second = e; // a short pause: the same segment
        else
            runs.emplace_back(t, e);
        t = e;
    }
    const double duration = double(c.samples.size()) / kRate;
    for (const auto &[a, b] : runs) {
        if (double(b - a) * kFrame < p.minSpeech)
            continue;
        for (long t = a; t < b; ++t)
            c.active[std::size_t(t)] = 1;
        c.spans.push_back({std::max(0.0, (double(a) - 0.5) * kFrame),
                           std::min(duration, (double(b) - 0.5) * kFrame)});
    }
}

/** Loudness and pitch statistics of the active frames of c in [start, end). */
SpeechSegment measure(const Channel &c, int party, double start, double end)
{
    SpeechSegment s;
    s.party = party;
    s.start = start;
    s.end = end;
    const long a = std::max(0L, long(std::ceil(start / kFrame)));
    const long b = std::min(long(c.db.size()), long(std::floor(end / kFrame)) + 1);
    std::vector<double> db, f0;
    for (long t = a; t < b; ++t) {
        if (!c.active[std::size_t(t)])
            continue;
        db.push_back(c.db[std::size_t(t)]);
        if (std::size_t(t) < c.pitch.frames() && c.pitch.voiced[std::size_t(t)] && c.pitch.f0[std::size_t(t)] > 0)
            f0.push_back(c.pitch.f0[std::size_t(t)]);
    }
    if (db.empty())
        return s;
    s.meanDb = mean(db);
    s.loudnessStdDb = stddev(db);
    if (f0.size() >= 5) {
        std::vector<double> sorted = f0;
        std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(sorted.size() / 2), sorted.end());
        s.medianF0 = sorted[sorted.size() / 2];
        for (double &f : f0)
            f = 12.0 * std::log2(f / s.medianF0);
        s.pitchStdSemitones = stddev(f0);
    }
    s.agitation = agitationOf(s.meanDb, s.loudnessStdDb, s.pitchStdSemitones);
    return s;
}

std::vector<TimeSpan> intersect(const std::vector<TimeSpan> &a, const std::vector<TimeSpan> &b, double minLength)
{
    std::vector<TimeSpan> out;
    for (const TimeSpan &x : a)
        for (const TimeSpan &y : b) {
            const double s = std::max(x.start, y.start), e = std::min(x.end, y.end);
            if (e - s >= minLength)
                out.push_back({s, e});
        }
    std::sort(out.begin(), out.end(), [](const TimeSpan &l, const TimeSpan &r) { return l.start < r.start; });
    return out;
}

/** The complement of the union of spans over [0, duration]. */
std::vector<TimeSpan> gaps(std::vector<TimeSpan> spans, double duration)
{
    std::sort(spans.begin(), spans.end(), [](const TimeSpan &l, const TimeSpan &r) { return l.start < r.start; });
    std::vector<TimeSpan> out;
    double cursor = 0.0;
    for (const TimeSpan &s : spans) {
        if (s.start > cursor + 1e-9)
            out.push_back({cursor, s.start});
        cursor = std::max(cursor, s.end);
    }
    if (duration > cursor + 1e-9)
        out.push_back({cursor, duration});
    return out;
}

} // namespace

void CallAnalysisParams::validate() const
{
    auto bad = [](const std::string &what) { throw Error("call analysis: " + what); };
    if (!(longSilence >= 0.2 && longSilence <= 600.0))
        bad("the long-silence length must be 0.2-600 s");
    if (!(hangover >= 0.0 && hangover <= 5.0))
        bad("the hangover must be 0-5 s");
    if (!(minSpeech >= 0.0 && minSpeech <= 5.0) || !(minOverlap >= 0.0 && minOverlap <= 10.0))
        bad("the shortest speech and overlap must be 0-5 s and 0-10 s");
    if (!(thresholdDb >= 1.0 && thresholdDb <= 60.0))
        bad("the speech threshold must be 1-60 dB above the noise floor");
    if (!(curveStep >= 0.05 && curveStep <= 10.0))
        bad("the agitation curve step must be 0.05-10 s");
    if (keywords.size() > 200)
        bad("the watch list holds at most 200 terms");
    for (const std::string &k : keywords)
        if (KeywordSpotter::normalizeTerm(k).empty())
            bad("the watch-list term '" + k + "' has no letters");
}

std::string CallAnalysis::partyName(int party) const
{
    if (parties < 2)
        return "speaker";
    return party == 0 ? "agent" : "customer";
}

double agitationOf(double meanDb, double loudnessStdDb, double pitchStdSemitones)
{
    return (clamp01((meanDb + 40.0) / 30.0) + clamp01(loudnessStdDb / 20.0) + clamp01(pitchStdSemitones / 6.0)) / 3.0;
}

QualityScore qualityScore(int positiveHits, int escalationHits, double agitation)
{
    QualityScore q;
    const double sentiment = (positiveHits + 1.0) / (positiveHits + escalationHits + 2.0);
    const double emotion = 1.0 - clamp01(agitation);
    const double keywords = 1.0 - std::min(escalationHits, 5) / 5.0;
    std::ostringstream s;
    s << positiveHits << " positive and " << escalationHits
      << " escalation words spotted: (positive + 1) / (positive + escalation + 2); no sentiment model";
    q.terms.push_back({"sentiment", 0.4, sentiment, s.str()});
    std::ostringstream e;
    e.precision(2);
    e << std::fixed << "1 - agitation " << clamp01(agitation) << " (loudness and pitch variability); no emotion model";
    q.terms.push_back({"emotion", 0.3, emotion, e.str()});
    std::ostringstream k;
    k << "1 - min(escalation words, 5) / 5 with " << escalationHits
      << " escalation words; the seed's term grew with them";
    q.terms.push_back({"keywords", 0.3, keywords, k.str()});
    double sum = 0.0;
    for (const QualityTerm &t : q.terms)
        sum += t.weight * t.value;
    q.score = 100.0 * sum;
    return q;
}

CallAnalysis analyzeCall(const AudioBuffer &input, const CallAnalysisParams &params, const ProgressFn &progress)
{
    params.validate();
    if (input.isEmpty() || input.frames() == 0)
        throw Error("call analysis: the recording is empty");
    if (input.channels() > 2)
        throw Error("call analysis: " + std::to_string(input.channels()) +
                    " channels; a call is mono or stereo (agent left, customer right)");
    if (input.hasNonFinite())
        throw Error("call analysis: the recording holds NaN or infinite samples");
    if (input.duration() < 0.25)
        throw Error("call analysis: the recording is shorter than a quarter of a second");
    const AudioBuffer audio = input.sampleRate() == kRate ? input : Resampler::resample(input, kRate);

    CallAnalysis r;
    r.channels = input.channels();
    r.parties = input.channels();
    r.sampleRate = kRate;
    r.duration = double(audio.frames()) / kRate;
    r.longSilenceThreshold = params.longSilence;
    r.curveStep = params.curveStep;
    for (const std::string &k : params.keywords)
        r.keywords.push_back(KeywordSpotter::normalizeTerm(k));

    std::vector<Channel> channels(std::size_t(r.parties));
    for (int p = 0; p < r.parties; ++p) {
        Channel &c = channels[std::size_t(p)];
        c.samples = audio.channel(p);
        detectSpeech(c, params);
        r.voiceThresholdDb.push_back(float(c.threshold));
        reportProgress(progress, 0.05 * (p + 1));
        if (!c.spans.empty()) {
            PitchParams pp;
            pp.sampleRate = kRate;
            pp.fmin = 70.0;
            pp.fmax = 500.0;
            pp.hop = kHop;
            c.pitch = trackPitch(c.samples, pp, [&](double f) {
                return !progress || progress(0.1 + 0.25 * (p + f) / r.parties);
            });
        }
        for (const TimeSpan &s : c.spans)
            r.segments.push_back(measure(c, p, s.start, s.end));
    }
    std::sort(r.segments.begin(), r.segments.end(),
              [](const SpeechSegment &a, const SpeechSegment &b) { return a.start < b.start; });

    // Silence, long silences, overlaps and talk time.
    std::vector<TimeSpan> all;
    for (const Channel &c : channels)
        all.insert(all.end(), c.spans.begin(), c.spans.end());
    r.silences = gaps(all, r.duration);
    double silent = 0.0;
    for (const TimeSpan &s : r.silences) {
        silent += s.duration();
        if (s.duration() >= params.longSilence)
            r.longSilences.push_back(s);
    }
    r.silenceRatio = silent / r.duration;
    if (r.parties == 2) {
        r.overlaps = intersect(channels[0].spans, channels[1].spans, params.minOverlap);
        double overlapped = 0.0;
        for (const TimeSpan &o : r.overlaps)
            overlapped += o.duration();
        r.overlapRatio = overlapped / r.duration;
    }
    for (const SpeechSegment &s : r.segments) {
        PartyStats &ps = r.partyStats[std::size_t(s.party)];
        ps.talkTime += s.duration();
        ps.agitation += s.agitation * s.duration();
        ++ps.segments;
    }
    for (PartyStats &ps : r.partyStats) {
        ps.talkRatio = ps.talkTime / r.duration;
        ps.agitation = ps.talkTime > 0 ? ps.agitation / ps.talkTime : 0.0;
    }

    // The agitation curve: a 2 s window of each party's speech frames, every curveStep.
    const auto points = std::size_t(std::ceil(r.duration / r.curveStep)) + 1;
    for (int p = 0; p < r.parties; ++p) {
        const Channel &c = channels[std::size_t(p)];
        auto &curve = r.agitationCurve[std::size_t(p)];
        curve.assign(points, -1.0f);
        for (std::size_t i = 0; i < points; ++i) {
            const double t = double(i) * r.curveStep;
            const bool inSpeech = std::any_of(c.spans.begin(), c.spans.end(),
                                              [t](const TimeSpan &s) { return t >= s.start && t <= s.end; });
            if (!inSpeech)
                continue;
            const SpeechSegment s = measure(c, p, t - 1.0, t + 1.0);
            curve[i] = float(s.agitation);
        }
    }

    // Peak envelope for drawing the waveforms.
    const auto perBin = std::size_t(std::lround(r.envelopeStep * kRate));
    for (int p = 0; p < r.parties; ++p) {
        const std::vector<float> &x = channels[std::size_t(p)].samples;
        auto &env = r.envelope[std::size_t(p)];
        env.assign((x.size() + perBin - 1) / perBin, 0.0f);
        for (std::size_t i = 0; i < x.size(); ++i)
            env[i / perBin] = std::max(env[i / perBin], std::abs(x[i]));
    }
    reportProgress(progress, 0.35);

    // Words: each party's speech, stretches closer than kDecodeJoin decoded together.
    if (params.recognize && !r.segments.empty()) {
        KeywordSpotter spotter;
        for (const std::string &k : r.keywords)
            if (!spotter.knows(k))
                r.unknownKeywords.push_back(k);
        std::vector<std::pair<int, TimeSpan>> stretches;
        double total = 0.0;
        for (int p = 0; p < r.parties; ++p)
            for (const TimeSpan &s : channels[std::size_t(p)].spans) {
                if (!stretches.empty() && stretches.back().first == p &&
                    s.start - stretches.back().second.end < kDecodeJoin)
                    stretches.back().second.end = s.end;
                else
                    stretches.push_back({p, s});
            }
        for (auto &st : stretches) {
            st.second.start = std::max(0.0, st.second.start - kDecodePad);
            st.second.end = std::min(r.duration, st.second.end + kDecodePad);
            total += st.second.duration();
        }
        double done = 0.0;
        std::vector<RecognizedWord> words;
        for (const auto &[p, span] : stretches) {
            const std::vector<float> &x = channels[std::size_t(p)].samples;
            const auto a = std::size_t(span.start * kRate);
            const auto b = std::min(x.size(), std::size_t(span.end * kRate));
            const double d0 = done;
            auto got = spotter.recognize(x.data() + a, b - a, double(a) / kRate, p, [&](double f) {
                return !progress || progress(0.35 + 0.64 * (d0 + f * span.duration()) / total);
            });
            words.insert(words.end(), got.begin(), got.end());
            done += span.duration();
        }
        r.recognized = true;
        r.keywordHits = KeywordSpotter::match(words, r.keywords);
        r.positiveHits = KeywordSpotter::match(words, params.positiveWords);
        for (const RecognizedWord &w : words)
            ++r.partyStats[std::size_t(w.party)].words;
        std::stable_sort(words.begin(), words.end(),
                         [](const RecognizedWord &a, const RecognizedWord &b) { return a.start < b.start; });
        r.words = std::move(words);
        for (const KeywordHit &h : r.keywordHits)
            ++r.partyStats[std::size_t(h.party)].escalationHits;
        for (const KeywordHit &h : r.positiveHits)
            ++r.partyStats[std::size_t(h.party)].positiveHits;
    }
    const PartyStats &scored = r.partyStats[std::size_t(r.scoredParty())];
    r.quality = qualityScore(scored.positiveHits, scored.escalationHits, scored.agitation);
    reportProgress(progress, 1.0);
    return r;
}

} // namespace wb
