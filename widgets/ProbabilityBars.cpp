#include "ProbabilityBars.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace wb {

ProbabilityBars::ProbabilityBars(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ProbabilityBars::setClasses(const QStringList &names)
{
    m_names = names;
    m_probabilities.clear();
    updateGeometry();
    update();
}

void ProbabilityBars::setProbabilities(const std::vector<float> &probabilities)
{
    m_probabilities = probabilities;
    if (!probabilities.empty())
        ++m_updates;
    update();
}

int ProbabilityBars::topClass() const
{
    if (m_probabilities.empty())
        return -1;
    return int(std::max_element(m_probabilities.begin(), m_probabilities.end()) - m_probabilities.begin());
}

QSize ProbabilityBars::sizeHint() const
{
    const int row = fontMetrics().height() + 8;
    return {360, std::max(2, int(m_names.size())) * row + 8};
}

QSize ProbabilityBars::minimumSizeHint() const
{
    const int row = fontMetrics().height() + 4;
    return {200, std::max(2, int(m_names.size())) * row + 4};
}

void ProbabilityBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int n = int(m_names.size());
    if (n == 0)
        return;
    QFont boldFont = font();
    boldFont.setBold(true);
    const QFontMetrics fm(boldFont); // the top class is drawn bold: measure the widest
    int nameWidth = 0;
    for (const QString &name : m_names)
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(name));
    nameWidth += 12;
    const int valueWidth = fm.horizontalAdvance(QStringLiteral("100.0%")) + 10;
    const double row = double(height() - 4) / n;
    const int barHeight = std::max(4, std::min(int(row * 0.7), fm.height() + 8));
    const int left = nameWidth;
    const int right = width() - valueWidth;
    const int top = topClass();
    const QColor track = palette().color(QPalette::Mid).lighter(150);
    for (int i = 0; i < n; ++i) {
        const int y = int(2 + i * row + (row - barHeight) / 2);
        p.setPen(palette().color(QPalette::WindowText));
        QFont f = font();
        f.setBold(i == top);
        p.setFont(f);
        p.drawText(QRect(0, int(2 + i * row), nameWidth - 8, int(row)), Qt::AlignVCenter | Qt::AlignRight, m_names[i]);
        p.setPen(Qt::NoPen);
        p.setBrush(track);
        p.drawRoundedRect(QRectF(left, y, right - left, barHeight), 3, 3);
        if (std::size_t(i) < m_probabilities.size()) {
            const double v = std::clamp(double(m_probabilities[std::size_t(i)]), 0.0, 1.0);
            p.setBrush(i == top ? QColor(0xe4, 0x6c, 0x0a) : QColor(0x1f, 0x77, 0xb4));
            p.drawRoundedRect(QRectF(left, y, std::max(2.0, (right - left) * v), barHeight), 3, 3);
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(QRect(right + 4, int(2 + i * row), valueWidth - 4, int(row)), Qt::AlignVCenter | Qt::AlignLeft,
                       QLocale().toString(v * 100.0, 'f', 1) + QLatin1Char('%'));
        }
    }
}

} // namespace wb
