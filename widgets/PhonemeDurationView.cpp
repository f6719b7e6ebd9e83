#include "PhonemeDurationView.h"

#include "text/SymbolTable.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace wb {

namespace {

const QColor kVowel(241, 163, 64);
const QColor kConsonant(94, 146, 201);
const QColor kPause(190, 190, 190);
const QColor kStress(200, 40, 40);
const QColor kInk(35, 35, 35);
const QColor kMuted(110, 110, 110);

PhonemeDurationView::Kind kindOf(const QString &s)
{
    if (s == QLatin1String(text::SymbolTable::kWordBoundary))
        return PhonemeDurationView::Kind::Boundary;
    if (s == QStringLiteral("ˈ") || s == QStringLiteral("ˌ"))
        return PhonemeDurationView::Kind::Stress;
    if (s.size() == 1 && QStringLiteral(",;:.!?").contains(s))
        return PhonemeDurationView::Kind::Pause;
    static const QString vowels = QStringLiteral("iɪeɛæaəɚɐᵻʌʊuɑɒɔoɜ");
    return !s.isEmpty() && vowels.contains(s.at(0)) ? PhonemeDurationView::Kind::Vowel
                                                    : PhonemeDurationView::Kind::Phone;
}

QFont smaller(const QFont &f, double factor)
{
    QFont s = f;
    s.setPointSizeF(std::max(6.0, f.pointSizeF() * factor));
    return s;
}

} // namespace

PhonemeDurationView::PhonemeDurationView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void PhonemeDurationView::setPhonemes(const text::Utterance &utterance,
                                      const std::vector<int> &durations, double frameSeconds,
                                      const std::vector<float> &pitchHz,
                                      const std::vector<float> &energy)
{
    clear();
    m_frameSeconds = frameSeconds > 0 ? frameSeconds : m_frameSeconds;
    // Walk the symbols as TextFrontEnd laid them out: each word's phonemes, its pause, a boundary.
    std::size_t k = 0;
    int frame = 0;
    auto push = [&](int word) {
        Bar b;
        b.symbol = QString::fromStdString(utterance.symbols[k]);
        b.kind = kindOf(b.symbol);
        b.frames = k < durations.size() ? std::max(0, durations[k]) : 0;
        b.start = frame;
        b.word = b.kind == Kind::Boundary ? -1 : word;
        b.pitchHz = k < pitchHz.size() ? pitchHz[k] : 0.0f;
        b.energy = k < energy.size() ? energy[k] : 0.0f;
        frame += b.frames;
        m_bars.push_back(b);
        ++k;
    };
    for (std::size_t w = 0; w < utterance.words.size() && k < utterance.symbols.size(); ++w) {
        const text::PhonemeWord &pw = utterance.words[w];
        Word word;
        word.text = QString::fromStdString(pw.word);
        word.firstBar = int(m_bars.size());
        for (std::size_t p = 0; p < pw.phonemes.size() && k < utterance.symbols.size(); ++p)
            push(int(w));
        word.lastBar = int(m_bars.size()) - 1;
        m_words.push_back(word);
        if (!pw.pauseAfter.empty() && k < utterance.symbols.size())
            push(int(w));
        if (k < utterance.symbols.size() &&
            utterance.symbols[k] == text::SymbolTable::kWordBoundary)
            push(-1);
    }
    // Anything the walk did not expect still gets its bar: one per symbol, always.
    while (k < utterance.symbols.size())
        push(-1);
    m_totalFrames = frame;
    m_t0 = 0.0;
    m_t1 = std::max(edgeSeconds(m_totalFrames), 1e-3);
    update();
}

void PhonemeDurationView::clear()
{
    m_bars.clear();
    m_words.clear();
    m_totalFrames = 0;
    m_playhead = -1.0;
    update();
}

void PhonemeDurationView::setTimeRange(double t0, double t1)
{
    if (t1 <= t0)
        return;
    m_t0 = t0;
    m_t1 = t1;
    update();
}

void PhonemeDurationView::setInsets(int left, int right)
{
    if (left == m_left && right == m_right)
        return;
    m_left = std::max(0, left);
    m_right = std::max(0, right);
    update();
}

void PhonemeDurationView::setPlayhead(double seconds)
{
    m_playhead = seconds;
    update();
}

QString PhonemeDurationView::symbolAt(int index) const
{
    return index >= 0 && index < barCount() ? m_bars[std::size_t(index)].symbol : QString();
}

int PhonemeDurationView::framesAt(int index) const
{
    return index >= 0 && index < barCount() ? m_bars[std::size_t(index)].frames : 0;
}

PhonemeDurationView::Kind PhonemeDurationView::kindAt(int index) const
{
    return index >= 0 && index < barCount() ? m_bars[std::size_t(index)].kind : Kind::Phone;
}

double PhonemeDurationView::startSeconds(int index) const
{
    return index >= 0 && index < barCount() ? edgeSeconds(m_bars[std::size_t(index)].start) : 0.0;
}

double PhonemeDurationView::endSeconds(int index) const
{
    if (index < 0 || index >= barCount())
        return 0.0;
    const Bar &b = m_bars[std::size_t(index)];
    return edgeSeconds(b.start + b.frames);
}

double PhonemeDurationView::edgeSeconds(int frame) const
{
    // Mel frame f is centred on f * hop (librosa's center=True), so frame boundaries sit half a
    // frame earlier: the bars then cover exactly the spectrogram columns drawn below them.
    return frame <= 0 ? 0.0 : (frame - 0.5) * m_frameSeconds;
}

double PhonemeDurationView::xAt(double seconds) const
{
    const double w = std::max(1, width() - m_left - m_right);
    return m_left + (seconds - m_t0) / (m_t1 - m_t0) * w;
}

int PhonemeDurationView::barAt(const QPoint &pos) const
{
    if (pos.x() < m_left || pos.x() > width() - m_right)
        return -1;
    for (int i = 0; i < barCount(); ++i) {
        const Bar &b = m_bars[std::size_t(i)];
        if (b.frames > 0 && pos.x() >= xAt(startSeconds(i)) && pos.x() < xAt(endSeconds(i)))
            return i;
    }
    return -1;
}

QString PhonemeDurationView::describeBar(int index) const
{
    if (index < 0 || index >= barCount())
        return {};
    const Bar &b = m_bars[std::size_t(index)];
    const QLocale locale;
    QString what;
    if (b.kind == Kind::Pause)
        what = tr("pause “%1”").arg(b.symbol);
    else if (b.kind == Kind::Boundary)
        what = tr("word boundary");
    else if (b.word >= 0 && b.word < int(m_words.size()))
        what = tr("/%1/ in “%2”").arg(b.symbol, m_words[std::size_t(b.word)].text);
    else
        what = QStringLiteral("/%1/").arg(b.symbol);
    QString text = tr("%1: %n frame(s) = %2 ms", nullptr, b.frames)
                       .arg(what, locale.toString(b.frames * m_frameSeconds * 1000.0, 'f', 0));
    if (b.frames > 0) {
        text += QLatin1Char('\n');
        text += b.pitchHz > 0.0f ? tr("pitch %1 Hz, energy %2")
                                       .arg(locale.toString(double(b.pitchHz), 'f', 0),
                                            locale.toString(double(b.energy), 'f', 3))
                                 : tr("energy %1").arg(locale.toString(double(b.energy), 'f', 3));
    }
    return text;
}

QString PhonemeDurationView::legend() const
{
    return tr("Orange: vowels. Blue: consonants. Grey: pauses. Red tick: stress on the next vowel. "
              "Dashed line: word boundary. The number under a symbol is its frames (%1 ms each).")
        .arg(QLocale().toString(m_frameSeconds * 1000.0, 'f', 1));
}

QSize PhonemeDurationView::sizeHint() const
{
    const QFontMetrics fm(font());
    return {600, fm.height() * 4 + 10};
}

QSize PhonemeDurationView::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

bool PhonemeDurationView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int bar = barAt(help->pos());
        QToolTip::showText(help->globalPos(), bar >= 0 ? describeBar(bar) : legend(), this);
        return true;
    }
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    return QWidget::event(event);
}

void PhonemeDurationView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QFont small = smaller(font(), 0.8);
    const int wordHeight = QFontMetrics(small).height() + 6;
    const QRect words(m_left, 2, std::max(1, width() - m_left - m_right), wordHeight);
    const QRect bars(m_left, words.bottom() + 3, words.width(), height() - words.bottom() - 6);

    // Captions in the left margin, where the plots below have their axis labels.
    p.setFont(small);
    p.setPen(kMuted);
    p.drawText(QRect(2, words.top(), m_left - 8, words.height()), Qt::AlignRight | Qt::AlignVCenter,
               tr("words"));
    p.drawText(QRect(2, bars.top(), m_left - 8, bars.height()), Qt::AlignRight | Qt::AlignVCenter,
               tr("phonemes"));
    p.setPen(QColor(200, 200, 200));
    p.drawRect(bars.adjusted(0, 0, -1, -1));

    if (m_bars.empty()) {
        p.setPen(kMuted);
        p.drawText(bars.adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("After Speak: one bar per phoneme, as wide as the frames the model predicts "
                      "for it."));
        return;
    }
    p.setClipRect(QRect(m_left, 0, words.width(), height()));
    drawWords(p, words);
    drawBars(p, bars);
    if (m_playhead >= 0.0) {
        const int x = int(std::lround(xAt(m_playhead)));
        p.setPen(QPen(QColor(220, 30, 30), 2.0));
        p.drawLine(x, 0, x, height());
    }
}

void PhonemeDurationView::drawWords(QPainter &p, const QRect &row) const
{
    p.setFont(smaller(font(), 0.8));
    const QFontMetrics fm(p.font());
    for (const Word &w : m_words) {
        if (w.lastBar < w.firstBar)
            continue;
        const int x0 = int(std::lround(xAt(startSeconds(w.firstBar))));
        const int x1 = int(std::lround(xAt(endSeconds(w.lastBar))));
        if (x1 < row.left() || x0 > row.right())
            continue;
        p.setPen(QPen(kMuted, 1.0));
        // A bracket over the word's phonemes.
        p.drawLine(x0 + 1, row.bottom(), x1 - 1, row.bottom());
        p.drawLine(x0 + 1, row.bottom(), x0 + 1, row.bottom() - 3);
        p.drawLine(x1 - 1, row.bottom(), x1 - 1, row.bottom() - 3);
        p.setPen(kInk);
        const QRect box(x0, row.top(), std::max(1, x1 - x0), row.height() - 3);
        p.drawText(box, Qt::AlignHCenter | Qt::AlignVCenter,
                   fm.elidedText(w.text, Qt::ElideRight, box.width()));
    }
}

void PhonemeDurationView::drawBars(QPainter &p, const QRect &row) const
{
    const QFont label = font();
    const QFont small = smaller(font(), 0.72);
    const QFontMetrics labelFm(label), smallFm(small);
    const bool twoLines = row.height() >= labelFm.height() + smallFm.height() + 2;
    // Bars first; then the zero-frame marks over them, so no bar hides a stress mark or a boundary.
    for (int i = 0; i < barCount(); ++i) {
        const Bar &b = m_bars[std::size_t(i)];
        const double xs = xAt(startSeconds(i)), xe = xAt(endSeconds(i));
        if (b.frames == 0 || xe < row.left() || xs > row.right())
            continue;
        const QRectF box(xs, row.top() + 1, std::max(1.0, xe - xs), row.height() - 2);
        const QColor fill = b.kind == Kind::Vowel      ? kVowel
                            : b.kind == Kind::Pause    ? kPause
                            : b.kind == Kind::Stress   ? kStress.lighter(170)
                            : b.kind == Kind::Boundary ? kPause.lighter(115)
                                                       : kConsonant;
        p.fillRect(box, fill);
        p.setPen(QPen(palette().color(QPalette::Base), 1.0));
        p.drawLine(box.topLeft(), box.bottomLeft());
        // The symbol, and under it its frames, when there is room for them.
        const bool minor = b.kind == Kind::Stress || b.kind == Kind::Boundary;
        const QFontMetrics &fm = minor ? smallFm : labelFm;
        if (fm.horizontalAdvance(b.symbol) + 2 > box.width())
            continue;
        p.setPen(kInk);
        p.setFont(minor ? small : label);
        if (twoLines && smallFm.horizontalAdvance(QString::number(b.frames)) + 2 <= box.width()) {
            const QRectF top(box.left(), box.top(), box.width(), box.height() - smallFm.height());
            p.drawText(top, Qt::AlignCenter, b.symbol);
            p.setFont(small);
            p.setPen(QColor(60, 60, 60));
            p.drawText(QRectF(box.left(), top.bottom(), box.width(), smallFm.height()),
                       Qt::AlignCenter, QString::number(b.frames));
        } else {
            p.drawText(box, Qt::AlignCenter, b.symbol);
        }
    }
    QFont stressFont = label;
    stressFont.setBold(true);
    stressFont.setPointSizeF(label.pointSizeF() * 1.2);
    p.setFont(stressFont);
    const int stressHeight = QFontMetrics(stressFont).height();
    for (int i = 0; i < barCount(); ++i) {
        const Bar &b = m_bars[std::size_t(i)];
        if (b.frames != 0)
            continue;
        const double x = xAt(startSeconds(i));
        if (x < row.left() - 8 || x > row.right() + 8)
            continue;
        if (b.kind == Kind::Boundary) {
            // A word boundary takes no frames: a thin dashed line where it falls.
            p.setPen(QPen(kInk, 1.0, Qt::DashLine));
            p.drawLine(QPointF(x, row.top()), QPointF(x, row.bottom()));
        } else if (b.kind == Kind::Stress) {
            // A stress mark takes no frames either: it stands, red, at the start of its vowel.
            p.setPen(kStress);
            p.drawText(QRectF(x + 1, row.top(), stressHeight, stressHeight),
                       Qt::AlignLeft | Qt::AlignTop, b.symbol);
        }
    }
}

} // namespace wb
