#include "CallReportDocument.h"

#include "CallTimelineView.h"
#include "Error.h"
#include "callcenter/CallReport.h"

#include <QDateTime>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace wb {

namespace {

QString secs(double s) { return QString::number(s, 'f', 2); }
QString pct(double r) { return QString::number(100.0 * r, 'f', 1) + QLatin1Char('%'); }

QString row(const QString &a, const QString &b, const QString &c = {})
{
    QString out = QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td>").arg(a, b);
    if (!c.isNull())
        out += QStringLiteral("<td>%1</td>").arg(c);
    return out + QStringLiteral("</tr>");
}

const char *kTable = "<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse:collapse; border-color:#ccc\">";

void fail(const QString &path, const QString &why)
{
    throw Error(QStringLiteral("Cannot write '%1': %2").arg(path, why).toStdString());
}

} // namespace

QString CallReportDocument::partyTitle(const CallAnalysis &a, int party)
{
    if (a.parties < 2)
        return tr("Speaker");
    return party == 0 ? tr("Agent") : tr("Customer");
}

QString CallReportDocument::termName(const QString &id)
{
    if (id == QLatin1String("sentiment"))
        return tr("Sentiment");
    if (id == QLatin1String("emotion"))
        return tr("Emotion");
    return tr("Keywords");
}

QString CallReportDocument::termSource(const QualityTerm &t, const CallAnalysis &a)
{
    const PartyStats &s = a.partyStats[std::size_t(a.scoredParty())];
    const QString who = partyTitle(a, a.scoredParty()).toLower();
    if (t.id == "sentiment")
        return tr("No sentiment model: the %1's spotted words, (positive + 1) / (positive + escalation + 2) "
                  "with %2 positive and %3 escalation words.")
            .arg(who).arg(s.positiveHits).arg(s.escalationHits);
    if (t.id == "emotion")
        return tr("No emotion model: 1 − the %1's agitation (%2), from loudness and pitch variability.")
            .arg(who).arg(s.agitation, 0, 'f', 2);
    return tr("1 − min(escalation words, 5) / 5 with %1 escalation words from the %2: fewer is better, "
              "where the seed's term grew with them.")
        .arg(s.escalationHits).arg(who);
}

QString CallReportDocument::seedNote()
{
    return tr("The seed scored a call as 0.4 × sentiment + 0.3 × emotion + 0.3 × keywords, but its inputs were on "
              "different scales (model outputs on 0–1 or −1…1 next to a keyword count and a 0–100 score), so the "
              "sum had no fixed range; its keyword term grew with every escalation word, so “cancel”, “manager” "
              "and “refund” raised the quality; and it assumed sentiment and emotion models that WaveBench does "
              "not have. WaveBench keeps the weights, puts every term on 0–1 with higher meaning a better call, "
              "reports 0–100, and names the measurement behind each term.");
}

QString CallReportDocument::metricsHtml(const CallAnalysis &a)
{
    QString h = QString::fromLatin1(kTable);
    h += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"right\">%2</th></tr>").arg(tr("Measure"), tr("Value"));
    h += row(tr("Duration"), tr("%1 s").arg(secs(a.duration)));
    for (int p = 0; p < a.parties; ++p) {
        const PartyStats &s = a.partyStats[std::size_t(p)];
        const QString who = partyTitle(a, p);
        h += row(tr("%1 talk time").arg(who), tr("%1 s (%2)").arg(secs(s.talkTime), pct(s.talkRatio)));
        h += row(tr("%1 agitation (0–1)").arg(who), QString::number(s.agitation, 'f', 2));
        h += row(tr("%1 escalation / positive words").arg(who), QStringLiteral("%1 / %2").arg(s.escalationHits).arg(s.positiveHits));
    }
    h += row(tr("Silence"), pct(a.silenceRatio));
    h += row(tr("Long silences (≥ %1 s)").arg(a.longSilenceThreshold, 0, 'g', 3), QString::number(a.longSilences.size()));
    h += row(tr("Overlap"), a.parties == 2 ? tr("%1 (%2 spans)").arg(pct(a.overlapRatio)).arg(a.overlaps.size())
                                           : tr("not measurable in a mono recording"));
    h += row(tr("Keyword hits"), a.recognized ? QString::number(a.keywordHits.size()) : tr("recognizer off"));
    h += row(tr("Quality score"), QStringLiteral("<b>%1 / 100</b>").arg(a.quality.score, 0, 'f', 1));
    h += QStringLiteral("</table>");
    if (!a.unknownKeywords.empty()) {
        QStringList words;
        for (const std::string &k : a.unknownKeywords)
            words << QString::fromStdString(k).toHtmlEscaped();
        h += QStringLiteral("<p style=\"color:#a33\">%1</p>")
                 .arg(tr("Not in the recognizer's dictionary, so never found: %1.").arg(words.join(QStringLiteral(", "))));
    }
    return h;
}

QString CallReportDocument::qualityHtml(const CallAnalysis &a)
{
    QString h = QStringLiteral("<p><b>%1</b> = 100 × (0.4 × %2 + 0.3 × %3 + 0.3 × %4) = <b>%5</b></p>")
                    .arg(tr("Quality"), tr("sentiment"), tr("emotion"), tr("keywords"))
                    .arg(a.quality.score, 0, 'f', 1);
    h += QString::fromLatin1(kTable);
    h += QStringLiteral("<tr><th align=\"left\">%1</th><th>%2</th><th>%3</th><th>%4</th><th align=\"left\">%5</th></tr>")
             .arg(tr("Input"), tr("Weight"), tr("Value (0–1)"), tr("Points"), tr("Measured from"));
    for (const QualityTerm &t : a.quality.terms)
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td><td>%5</td></tr>")
                 .arg(termName(QString::fromStdString(t.id)), QString::number(t.weight, 'f', 1),
                      QString::number(t.value, 'f', 2), QString::number(100.0 * t.weight * t.value, 'f', 1),
                      termSource(t, a).toHtmlEscaped());
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("About the seed's formula:"), seedNote().toHtmlEscaped());
    h += QStringLiteral("<p>%1</p>").arg(tr("Agitation = mean of three terms clamped to 0–1: loudness (dBFS + 40) / 30, "
                                           "loudness spread (dB) / 20, pitch spread (semitones) / 6.").toHtmlEscaped());
    return h;
}

QString CallReportDocument::markersHtml(const CallAnalysis &a)
{
    QString h = QString::fromLatin1(kTable);
    h += QStringLiteral("<tr><th>%1</th><th>%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
             .arg(tr("Start (s)"), tr("End (s)"), tr("Marker"), tr("Party"));
    struct M { double start, end; QString what, who; };
    std::vector<M> ms;
    for (const TimeSpan &s : a.longSilences)
        ms.push_back({s.start, s.end, tr("long silence, %1 s").arg(s.duration(), 0, 'f', 1), QString()});
    for (const TimeSpan &s : a.overlaps)
        ms.push_back({s.start, s.end, tr("overlap, %1 s").arg(s.duration(), 0, 'f', 1), tr("both")});
    for (const KeywordHit &k : a.keywordHits)
        ms.push_back({k.start, k.end, tr("keyword “%1”").arg(QString::fromStdString(k.term)), partyTitle(a, k.party)});
    for (const KeywordHit &k : a.positiveHits)
        ms.push_back({k.start, k.end, tr("positive “%1”").arg(QString::fromStdString(k.term)), partyTitle(a, k.party)});
    std::sort(ms.begin(), ms.end(), [](const M &l, const M &r) { return l.start < r.start; });
    for (const M &m : ms)
        h += QStringLiteral("<tr><td align=\"right\">%1</td><td align=\"right\">%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(secs(m.start), secs(m.end), m.what.toHtmlEscaped(), m.who);
    return h + QStringLiteral("</table>");
}

QString CallReportDocument::transcriptHtml(const CallAnalysis &a)
{
    if (!a.recognized)
        return QStringLiteral("<p>%1</p>").arg(tr("The speech recognizer did not run."));
    // Consecutive words of one party make a line.
    QString h;
    int party = -1;
    double start = 0.0;
    QStringList line;
    auto flush = [&] {
        if (!line.isEmpty())
            h += QStringLiteral("<p><b>%1</b> <span style=\"color:#777\">%2 s</span> %3</p>")
                     .arg(partyTitle(a, party), secs(start), line.join(QLatin1Char(' ')).toHtmlEscaped());
        line.clear();
    };
    double lastEnd = 0.0;
    for (const RecognizedWord &w : a.words) {
        if (w.party != party || w.start - lastEnd > 1.5) {
            flush();
            party = w.party;
            start = w.start;
        }
        line << QString::fromStdString(w.word);
        lastEnd = w.end;
    }
    flush();
    return h;
}

void CallReportDocument::writeCsv(const QString &path, const CallAnalysis &a)
{
    QSaveFile f(path);
    const std::string text = CallReport::csv(a);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.data(), qint64(text.size())) != qint64(text.size()) || !f.commit())
        fail(path, f.errorString());
}

void CallReportDocument::buildDocument(QTextDocument &doc, const CallAnalysis &a, const QString &fileName)
{
    // The timeline as an image, twice the resolution it is shown at, for print.
    QImage timeline(QSize(1300, 560), QImage::Format_ARGB32_Premultiplied);
    timeline.fill(Qt::white);
    {
        QPainter p(&timeline);
        QFont font = p.font();
        font.setPixelSize(22);
        p.setFont(font);
        CallTimelineView::paint(p, QRectF(0, 0, timeline.width(), timeline.height()), a);
    }
    doc.setDefaultFont(QFont(QFont().family(), 9));
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("timeline.png")), timeline);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Call analysis"),
                            tr("%1 · %2 s · %n channel(s) · %3", nullptr, a.channels)
                                .arg(fileName.toHtmlEscaped(), secs(a.duration),
                                     QDateTime::currentDateTime().toString(Qt::ISODate)));
    html += QStringLiteral("<p><img src=\"timeline.png\" width=\"640\"></p>");
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Measures")) + metricsHtml(a);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Quality score")) + qualityHtml(a);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Markers")) + markersHtml(a);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Transcript (pocketsphinx)")) + transcriptHtml(a);
    doc.setHtml(html);
}

void CallReportDocument::writePdf(const QString &path, const CallAnalysis &a, const QString &fileName)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        fail(path, f.errorString());
    {
        QPdfWriter pdf(&f);
        pdf.setTitle(tr("Call analysis: %1").arg(fileName));
        pdf.setCreator(QStringLiteral("WaveBench"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(150);

        QTextDocument doc;
        buildDocument(doc, a, fileName);
        doc.print(&pdf);
    }
    if (!f.commit())
        fail(path, f.errorString());
}

} // namespace wb
