#include "CallReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace wb {

namespace {

double r3(double v) { return std::round(v * 1000.0) / 1000.0; }

QString q(const std::string &s) { return QString::fromStdString(s); }

QJsonObject span(const TimeSpan &s)
{
    return {{"start", r3(s.start)}, {"end", r3(s.end)}, {"duration", r3(s.duration())}};
}

QJsonObject hit(const CallAnalysis &a, const KeywordHit &h)
{
    return {{"term", q(h.term)}, {"party", q(a.partyName(h.party))}, {"start", r3(h.start)},
            {"end", r3(h.end)}, {"confidence", r3(h.confidence)}};
}

/** A CSV field: quoted when it holds a comma, quote or line break. */
std::string field(const std::string &s)
{
    if (s.find_first_of(",\"\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string num(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

} // namespace

std::string CallReport::seedNote()
{
    return "The seed scored a call as 0.4 sentiment + 0.3 emotion + 0.3 keywords, but its inputs were on "
           "different scales (model outputs on 0-1 or -1..1 next to a keyword count and a 0-100 score), so "
           "the sum had no fixed range; its keyword term grew with every escalation word, so \"cancel\", "
           "\"manager\" and \"refund\" raised the quality; and it assumed sentiment and emotion models that "
           "WaveBench does not have. WaveBench keeps the weights, puts every term on 0-1 with higher meaning "
           "a better call, reports 0-100, and names the measurement behind each term.";
}

std::string CallReport::json(const CallAnalysis &a, const std::string &file)
{
    QJsonArray segments, silences, longSilences, overlaps, hits, positives, words, parties, terms, unknown;
    for (const SpeechSegment &s : a.segments)
        segments.append(QJsonObject{{"party", q(a.partyName(s.party))}, {"start", r3(s.start)}, {"end", r3(s.end)},
                                    {"mean_db", r3(s.meanDb)}, {"loudness_std_db", r3(s.loudnessStdDb)},
                                    {"pitch_std_semitones", r3(s.pitchStdSemitones)},
                                    {"median_f0", r3(s.medianF0)}, {"agitation", r3(s.agitation)}});
    for (const TimeSpan &s : a.silences)
        silences.append(span(s));
    for (const TimeSpan &s : a.longSilences)
        longSilences.append(span(s));
    for (const TimeSpan &s : a.overlaps)
        overlaps.append(span(s));
    for (const KeywordHit &h : a.keywordHits)
        hits.append(hit(a, h));
    for (const KeywordHit &h : a.positiveHits)
        positives.append(hit(a, h));
    for (const RecognizedWord &w : a.words)
        words.append(QJsonObject{{"word", q(w.word)}, {"party", q(a.partyName(w.party))}, {"start", r3(w.start)},
                                 {"end", r3(w.end)}, {"confidence", r3(w.confidence)}});
    for (int p = 0; p < a.parties; ++p) {
        const PartyStats &s = a.partyStats[std::size_t(p)];
        parties.append(QJsonObject{{"party", q(a.partyName(p))}, {"talk_time", r3(s.talkTime)},
                                   {"talk_ratio", r3(s.talkRatio)}, {"agitation", r3(s.agitation)},
                                   {"segments", s.segments}, {"words", s.words},
                                   {"escalation_hits", s.escalationHits}, {"positive_hits", s.positiveHits}});
    }
    for (const QualityTerm &t : a.quality.terms)
        terms.append(QJsonObject{{"term", q(t.id)}, {"weight", t.weight}, {"value", r3(t.value)},
                                 {"weighted", r3(100.0 * t.weight * t.value)}, {"source", q(t.source)}});
    for (const std::string &k : a.unknownKeywords)
        unknown.append(q(k));
    QJsonArray keywords;
    for (const std::string &k : a.keywords)
        keywords.append(q(k));
    QJsonObject o{{"duration", r3(a.duration)},
                  {"channels", a.channels},
                  {"overlap_measurable", a.parties == 2},
                  {"parties", parties},
                  {"silence_ratio", r3(a.silenceRatio)},
                  {"overlap_ratio", r3(a.overlapRatio)},
                  {"long_silence_threshold", r3(a.longSilenceThreshold)},
                  {"segments", segments},
                  {"silences", silences},
                  {"long_silences", longSilences},
                  {"overlaps", overlaps},
                  {"keywords", keywords},
                  {"unknown_keywords", unknown},
                  {"recognized", a.recognized},
                  {"keyword_hits", hits},
                  {"positive_hits", positives},
                  {"words", words},
                  {"quality", QJsonObject{{"score", r3(a.quality.score)},
                                          {"formula", "100 x (0.4 sentiment + 0.3 emotion + 0.3 keywords)"},
                                          {"terms", terms},
                                          {"seed_note", q(seedNote())}}}};
    if (!file.empty())
        o.insert("file", q(file));
    return QJsonDocument(o).toJson(QJsonDocument::Indented).toStdString();
}

std::string CallReport::csv(const CallAnalysis &a)
{
    std::string out = "kind,party,start_s,end_s,label,value\n";
    auto row = [&out](const std::string &kind, const std::string &party, const std::string &start,
                      const std::string &end, const std::string &label, const std::string &value) {
        out += field(kind) + ',' + field(party) + ',' + start + ',' + end + ',' + field(label) + ',' + field(value) + '\n';
    };
    row("metric", "", "", "", "duration_s", num(a.duration));
    row("metric", "", "", "", "silence_ratio", num(a.silenceRatio));
    row("metric", "", "", "", "overlap_ratio", a.parties == 2 ? num(a.overlapRatio) : "not measurable (mono)");
    for (int p = 0; p < a.parties; ++p) {
        const PartyStats &s = a.partyStats[std::size_t(p)];
        const std::string name = a.partyName(p);
        row("metric", name, "", "", "talk_time_s", num(s.talkTime));
        row("metric", name, "", "", "talk_ratio", num(s.talkRatio));
        row("metric", name, "", "", "agitation", num(s.agitation));
        row("metric", name, "", "", "escalation_hits", std::to_string(s.escalationHits));
        row("metric", name, "", "", "positive_hits", std::to_string(s.positiveHits));
    }
    row("metric", "", "", "", "quality_score", num(a.quality.score));
    for (const QualityTerm &t : a.quality.terms)
        row("quality_term", "", "", "", t.id + " (weight " + num(t.weight) + "): " + t.source, num(t.value));
    for (const SpeechSegment &s : a.segments)
        row("segment", a.partyName(s.party), num(s.start), num(s.end), "agitation", num(s.agitation));
    for (const TimeSpan &s : a.longSilences)
        row("long_silence", "", num(s.start), num(s.end), "long silence", num(s.duration()));
    for (const TimeSpan &s : a.overlaps)
        row("overlap", "both", num(s.start), num(s.end), "overlap", num(s.duration()));
    for (const KeywordHit &h : a.keywordHits)
        row("keyword", a.partyName(h.party), num(h.start), num(h.end), h.term, num(h.confidence));
    for (const KeywordHit &h : a.positiveHits)
        row("positive_word", a.partyName(h.party), num(h.start), num(h.end), h.term, num(h.confidence));
    for (const RecognizedWord &w : a.words)
        row("word", a.partyName(w.party), num(w.start), num(w.end), w.word, num(w.confidence));
    return out;
}

} // namespace wb
