#include "ConfusionMatrixView.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace wb {

namespace {

QString percentText(double v, int decimals = 0)
{
    return std::isfinite(v) ? QLocale().toString(v * 100.0, 'f', decimals) + QLatin1Char('%') : QStringLiteral("–");
}

} // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConfusionMatrixView::setEvaluation(const ClassifierEvaluation &evaluation, const QString &caption)
{
    m_evaluation = evaluation;
    m_caption = caption;
    updateGeometry();
    update();
}

void ConfusionMatrixView::clear()
{
    setEvaluation({});
}

QSize ConfusionMatrixView::sizeHint() const
{
    const int n = int(m_evaluation.classNames.size());
    const int cell = fontMetrics().height() + 10;
    return {160 + (n + 2) * (cell + 14), 90 + (n + 1) * cell};
}

QSize ConfusionMatrixView::minimumSizeHint() const
{
    return {220, 140};
}

void ConfusionMatrixView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void ConfusionMatrixView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QColor text = palette().color(QPalette::WindowText);
    const auto &e = m_evaluation;
    const int n = int(e.classNames.size());
    if (n == 0 || e.confusion.size() != std::size_t(n)) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The confusion matrix appears here after training: which class each clip was "
                      "taken for."));
        return;
    }
    const QFontMetrics fm = fontMetrics();
    int nameWidth = fm.horizontalAdvance(tr("true \\ predicted"));
    for (const auto &name : e.classNames)
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(QString::fromStdString(name)));
    nameWidth += 10;
    const int statWidth = std::max(fm.horizontalAdvance(tr("precision")), fm.horizontalAdvance(QStringLiteral("100%"))) + 12;
    const int captionHeight = fm.height() * 2 + 8;
    int longest = 0;
    for (const auto &name : e.classNames)
        longest = std::max(longest, fm.horizontalAdvance(QString::fromStdString(name)));
    const auto cellFor = [&](int headerHeight) {
        return std::max(fm.height() + 4, std::min(fm.height() * 4,
                        std::min((width() - nameWidth - 2 * statWidth - 8) / n,
                                 (height() - headerHeight - captionHeight - 8) / (n + 1))));
    };
    int headerHeight = fm.height() + 8;
    int cell = cellFor(headerHeight);
    // Names wider than their column stand on end, as in a printed confusion matrix, rather than
    // being cut to a letter or two.
    const bool upright = longest > cell + 6;
    if (upright) {
        headerHeight = longest + 8;
        cell = cellFor(headerHeight);
    }
    const int x0 = nameWidth, y0 = headerHeight;
    QFont small = font();
    if (cell < fm.horizontalAdvance(QStringLiteral("000")) + 4)
        small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));

    p.setPen(text);
    p.drawText(QRect(0, 0, nameWidth - 4, headerHeight), Qt::AlignRight | Qt::AlignBottom, tr("true \\ predicted"));
    for (int j = 0; j < n; ++j) {
        const QString name = QString::fromStdString(e.classNames[std::size_t(j)]);
        if (upright) {
            p.save();
            p.translate(x0 + j * cell + cell / 2, headerHeight - 4);
            p.rotate(-90);
            p.drawText(QRect(0, -fm.height() / 2, headerHeight - 6, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
            p.restore();
        } else {
            p.drawText(QRect(x0 + j * cell - 3, 0, cell + 6, headerHeight), Qt::AlignCenter, name);
        }
    }
    p.drawText(QRect(x0 + n * cell + 4, 0, statWidth, headerHeight), Qt::AlignHCenter | Qt::AlignBottom, tr("recall"));
    p.drawText(QRect(x0 + n * cell + 4 + statWidth, 0, statWidth, headerHeight), Qt::AlignHCenter | Qt::AlignBottom,
               tr("precision"));
    for (int i = 0; i < n; ++i) {
        int rowTotal = 0;
        for (int v : e.confusion[std::size_t(i)])
            rowTotal += v;
        const int y = y0 + i * cell;
        p.setPen(text);
        p.setFont(font());
        p.drawText(QRect(0, y, nameWidth - 6, cell), Qt::AlignRight | Qt::AlignVCenter,
                   QString::fromStdString(e.classNames[std::size_t(i)]));
        for (int j = 0; j < n; ++j) {
            const int v = e.confusion[std::size_t(i)][std::size_t(j)];
            const double share = rowTotal ? double(v) / rowTotal : 0.0;
            const QColor base = i == j ? QColor(0x2c, 0xa0, 0x2c) : QColor(0xd6, 0x27, 0x28);
            QColor fill = base;
            fill.setAlphaF(float(v ? 0.15 + 0.85 * share : 0.0));
            const QRect r(x0 + j * cell, y, cell, cell);
            p.fillRect(r, fill);
            p.setPen(palette().color(QPalette::Mid));
            p.drawRect(r.adjusted(0, 0, -1, -1));
            if (v) {
                p.setFont(small);
                p.setPen(share > 0.6 ? Qt::white : text);
                p.drawText(r, Qt::AlignCenter, QLocale().toString(v));
            }
        }
        p.setFont(font());
        p.setPen(text);
        p.drawText(QRect(x0 + n * cell + 4, y, statWidth, cell), Qt::AlignCenter, percentText(e.recall(i)));
        p.drawText(QRect(x0 + n * cell + 4 + statWidth, y, statWidth, cell), Qt::AlignCenter, percentText(e.precision(i)));
    }
    const int yc = y0 + n * cell + 6;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(0, yc, width(), fm.height() + 2), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Accuracy %1 on %n clip(s)", nullptr, e.total()).arg(percentText(e.accuracy(), 1)));
    if (!m_caption.isEmpty()) {
        p.setFont(font());
        p.drawText(QRect(0, yc + fm.height() + 2, width(), height() - yc - fm.height()),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_caption);
    }
}

} // namespace wb
