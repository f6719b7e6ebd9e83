#include "CallTimelineView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace wb {

namespace {

constexpr double kRight = 14.0, kLegend = 22.0, kAxis = 22.0;
const QColor kSilence(110, 110, 120, 70);
const QColor kOverlap(220, 40, 40, 60);
const QColor kKeyword(180, 20, 20);
const QColor kPositive(20, 130, 60);

double niceStep(double duration, double pixels)
{
    const double target = duration / std::max(1.0, pixels / 80.0);
    for (double s : {0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0})
        if (s >= target)
            return s;
    return 1200.0;
}

QString partyTitle(const CallAnalysis &a, int party)
{
    if (a.parties < 2)
        return CallTimelineView::tr("Speaker");
    return party == 0 ? CallTimelineView::tr("Agent") : CallTimelineView::tr("Customer");
}

/** Room for the lane titles in this font. */
double leftMargin(const QFont &font, const CallAnalysis &a)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    double w = fm.horizontalAdvance(CallTimelineView::tr("Agitation"));
    for (int party = 0; party < a.parties; ++party)
        w = std::max(w, fm.horizontalAdvance(partyTitle(a, party)));
    return std::max(84.0, w + 16.0);
}

void legendItem(QPainter &p, double &x, double y, const QColor &color, const QString &text, bool line = false)
{
    if (line) {
        p.setPen(QPen(color, 2));
        p.drawLine(QPointF(x, y), QPointF(x + 14, y));
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRect(QRectF(x, y - 5, 14, 10));
    }
    p.setPen(QColor(50, 50, 50));
    p.drawText(QPointF(x + 18, y + 4), text);
    x += 18 + p.fontMetrics().horizontalAdvance(text) + 14;
}

} // namespace

CallTimelineView::CallTimelineView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("callTimeline"));
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CallTimelineView::setAnalysis(std::shared_ptr<const CallAnalysis> analysis)
{
    m_analysis = std::move(analysis);
    m_playhead = -1.0;
    update();
}

void CallTimelineView::setPlayhead(double seconds)
{
    m_playhead = seconds;
    update();
}

QColor CallTimelineView::partyColor(int party)
{
    return party == 0 ? QColor(31, 119, 180) : QColor(230, 120, 20);
}

void CallTimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (!m_analysis) {
        p.setPen(QColor(120, 120, 120));
        p.drawText(rect(), Qt::AlignCenter, tr("Open a call recording, or the sample call, and press Analyze."));
        return;
    }
    paint(p, QRectF(rect()), *m_analysis, m_playhead);
}

void CallTimelineView::mousePressEvent(QMouseEvent *event)
{
    if (!m_analysis || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const double left = leftMargin(font(), *m_analysis);
    const double w = width() - left - kRight;
    const double t = (event->position().x() - left) / w * m_analysis->duration;
    if (t >= 0.0 && t <= m_analysis->duration)
        Q_EMIT timeClicked(t);
}

void CallTimelineView::paint(QPainter &p, const QRectF &r, const CallAnalysis &a, double playhead)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(r, Qt::white);
    const double kLeft = leftMargin(p.font(), a);
    const double x0 = r.left() + kLeft, w = r.width() - kLeft - kRight;
    const double dur = std::max(1e-6, a.duration);
    auto X = [&](double t) { return x0 + std::clamp(t / dur, 0.0, 1.0) * w; };
    const double usable = r.height() - kLegend - kAxis;
    const double agitationH = std::max(50.0, usable * 0.26);
    const double laneH = (usable - agitationH - 8.0) / a.parties;
    const double lanesTop = r.top() + kLegend;
    const double lanesBottom = lanesTop + laneH * a.parties;
    const QRectF lanes(x0, lanesTop, w, lanesBottom - lanesTop);

    // Legend.
    QFont small = p.font();
    if (small.pixelSize() > 0)
        small.setPixelSize(std::max(8, small.pixelSize() * 9 / 10));
    else
        small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.9));
    p.setFont(small);
    double lx = x0;
    const double ly = r.top() + kLegend / 2;
    for (int party = 0; party < a.parties; ++party)
        legendItem(p, lx, ly, partyColor(party), partyTitle(a, party));
    legendItem(p, lx, ly, kSilence, tr("long silence (≥ %1 s)").arg(a.longSilenceThreshold, 0, 'g', 3));
    if (a.parties == 2)
        legendItem(p, lx, ly, kOverlap, tr("overlap"));
    legendItem(p, lx, ly, kKeyword, tr("keyword"), true);
    legendItem(p, lx, ly, kPositive, tr("positive word"), true);

    // Lanes: speech segments under the waveform envelope.
    float peak = 1e-6f;
    for (int party = 0; party < a.parties; ++party)
        for (float v : a.envelope[std::size_t(party)])
            peak = std::max(peak, v);
    for (int party = 0; party < a.parties; ++party) {
        const QRectF lane(x0, lanesTop + party * laneH, w, laneH);
        const QColor c = partyColor(party);
        p.setPen(QColor(210, 210, 210));
        p.setBrush(QColor(250, 250, 250));
        p.drawRect(lane);
        QColor band = c;
        band.setAlpha(40);
        for (const SpeechSegment &s : a.segments)
            if (s.party == party)
                p.fillRect(QRectF(X(s.start), lane.top() + 1, X(s.end) - X(s.start), lane.height() - 2), band);
        const auto &env = a.envelope[std::size_t(party)];
        const double mid = lane.center().y(), half = lane.height() * 0.36;
        QPainterPath wave;
        const int columns = int(std::max(1.0, w));
        for (int col = 0; col < columns; ++col) {
            const double t0 = dur * col / columns, t1 = dur * (col + 1) / columns;
            const auto b0 = std::size_t(t0 / a.envelopeStep), b1 = std::max(b0 + 1, std::size_t(t1 / a.envelopeStep));
            float v = 0.0f;
            for (std::size_t b = b0; b < b1 && b < env.size(); ++b)
                v = std::max(v, env[b]);
            const double h = std::max(0.5, half * v / peak);
            wave.moveTo(x0 + col + 0.5, mid - h);
            wave.lineTo(x0 + col + 0.5, mid + h);
        }
        p.setPen(QPen(c, 1.0));
        p.drawPath(wave);
        p.setPen(QColor(40, 40, 40));
        QFont bold = small;
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRectF(r.left() + 4, lane.top(), kLeft - 8, lane.height()), Qt::AlignVCenter | Qt::AlignRight,
                   partyTitle(a, party));
        p.setFont(small);
    }

    // Long silences and overlaps across the lanes.
    const QFontMetricsF fm(small);
    for (const TimeSpan &s : a.longSilences) {
        const QRectF box(X(s.start), lanes.top(), X(s.end) - X(s.start), lanes.height());
        p.fillRect(box, kSilence);
        p.setPen(QColor(60, 60, 70));
        const QString label = tr("silence %1 s").arg(s.duration(), 0, 'f', 1);
        p.drawText(QRectF(box.left(), lanes.bottom() - fm.height() - 3, std::max(box.width(), fm.horizontalAdvance(label) + 4), fm.height()),
                   Qt::AlignHCenter, label);
    }
    for (const TimeSpan &s : a.overlaps) {
        const QRectF box(X(s.start), lanes.top(), std::max(2.0, X(s.end) - X(s.start)), lanes.height());
        p.fillRect(box, kOverlap);
        p.fillRect(box, QBrush(QColor(200, 30, 30, 90), Qt::BDiagPattern));
        p.setPen(QColor(160, 20, 20));
        const QString label = tr("overlap %1 s").arg(s.duration(), 0, 'f', 1);
        p.drawText(QPointF(box.center().x() - fm.horizontalAdvance(label) / 2, lanes.top() + laneH - 4), label);
    }

    // Keyword flags on the speaker's lane, labels staggered so they never overlap.
    struct Flag { const KeywordHit *hit; bool positive; };
    std::vector<Flag> flags;
    for (const KeywordHit &h : a.keywordHits)
        flags.push_back({&h, false});
    for (const KeywordHit &h : a.positiveHits)
        flags.push_back({&h, true});
    std::sort(flags.begin(), flags.end(), [](const Flag &l, const Flag &r2) { return l.hit->start < r2.hit->start; });
    std::vector<std::vector<double>> rowEnds(std::size_t(a.parties));
    for (const Flag &f : flags) {
        const KeywordHit &h = *f.hit;
        const QRectF lane(x0, lanesTop + h.party * laneH, w, laneH);
        const QColor c = f.positive ? kPositive : kKeyword;
        const double x = X(h.start);
        const QString label = QString::fromStdString(h.term);
        const double tw = fm.horizontalAdvance(label) + 8;
        auto &ends = rowEnds[std::size_t(h.party)];
        std::size_t row = 0;
        while (row < ends.size() && ends[row] > x)
            ++row;
        if (row == ends.size())
            ends.push_back(0.0);
        ends[row] = x + tw + 2;
        const double top = lane.top() + 2 + double(row % 3) * (fm.height() + 3);
        p.setPen(QPen(c, 1.6));
        p.drawLine(QPointF(x, top), QPointF(x, lane.bottom() - 1));
        // Near the right edge the label goes to the left of its flag.
        const QRectF box(x + tw > lane.right() ? x - tw : x, top, tw, fm.height() + 1);
        p.setBrush(f.positive ? QColor(225, 245, 230) : QColor(255, 228, 228));
        p.drawRect(box);
        p.setPen(c.darker(130));
        p.drawText(box, Qt::AlignCenter, label);
    }

    // Agitation per party.
    const QRectF ag(x0, lanesBottom + 8.0, w, agitationH - 4.0);
    p.setPen(QColor(210, 210, 210));
    p.setBrush(QColor(252, 252, 252));
    p.drawRect(ag);
    p.setPen(QPen(QColor(225, 225, 225), 1, Qt::DashLine));
    p.drawLine(QPointF(ag.left(), ag.center().y()), QPointF(ag.right(), ag.center().y()));
    p.setPen(QColor(40, 40, 40));
    p.drawText(QRectF(r.left() + 4, ag.top(), kLeft - 8, ag.height()), Qt::AlignVCenter | Qt::AlignRight,
               tr("Agitation"));
    p.setPen(QColor(110, 110, 110));
    p.drawText(QPointF(ag.left() - 12, ag.top() + fm.ascent()), QStringLiteral("1"));
    p.drawText(QPointF(ag.left() - 12, ag.bottom()), QStringLiteral("0"));
    for (int party = 0; party < a.parties; ++party) {
        const auto &curve = a.agitationCurve[std::size_t(party)];
        QPainterPath path;
        bool open = false;
        for (std::size_t i = 0; i < curve.size(); ++i) {
            if (curve[i] < 0.0f) {
                open = false;
                continue;
            }
            const QPointF pt(X(double(i) * a.curveStep), ag.bottom() - double(curve[i]) * ag.height());
            if (open)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            open = true;
        }
        p.setPen(QPen(partyColor(party), 1.8));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }

    // Time axis.
    const double axisY = ag.bottom() + 2;
    const double step = niceStep(dur, w);
    p.setPen(QColor(90, 90, 90));
    for (double t = 0.0; t <= dur + 1e-9; t += step) {
        p.drawLine(QPointF(X(t), axisY), QPointF(X(t), axisY + 4));
        const QString label = tr("%1 s").arg(t, 0, 'g', 4);
        p.drawText(QPointF(X(t) - fm.horizontalAdvance(label) / 2, axisY + 4 + fm.ascent()), label);
    }

    if (playhead >= 0.0 && playhead <= dur) {
        p.setPen(QPen(QColor(20, 20, 20), 1.5));
        p.drawLine(QPointF(X(playhead), lanes.top()), QPointF(X(playhead), ag.bottom()));
    }
    p.restore();
}

} // namespace wb
