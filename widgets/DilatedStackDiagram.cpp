#include "DilatedStackDiagram.h"

#include <QEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace wb {

namespace {

const QColor kIdle(200, 204, 210);
const QColor kIdleEdge(215, 218, 224);
const QColor kLit(31, 119, 180);     // the traced output's past
const QColor kStepLit(230, 85, 13);  // the same while stepping
const QColor kText(40, 40, 40);

// Columns drawn to the left of the receptive field, so its edge shows.
int contextColumns(std::int64_t field)
{
    return int(std::max<std::int64_t>(3, field / 8));
}

} // namespace

struct DilatedStackDiagram::Geometry
{
    QRectF grid;       ///< where the nodes are
    double colW = 1.0; ///< per time step
    double rowH = 1.0; ///< per row
    int labelWidth = 0;
    int captionHeight = 0;
    bool nodes = false; ///< wide enough to draw nodes rather than strips
    bool edges = false; ///< wide enough to draw every connection
    QFont labelFont;

    double x(int column) const { return grid.left() + (column + 0.5) * colW; }
    double y(int row) const { return grid.bottom() - (row + 0.5) * rowH; }
};

DilatedStackDiagram::DilatedStackDiagram(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    setConfig(WaveNetConfig());
    retranslate();
}

QSize DilatedStackDiagram::sizeHint() const
{
    return {900, 340};
}

QSize DilatedStackDiagram::minimumSizeHint() const
{
    return {320, 200};
}

void DilatedStackDiagram::setConfig(const WaveNetConfig &config)
{
    m_config = config;
    try {
        config.validate();
        m_valid = true;
    } catch (...) {
        m_valid = false;
    }
    const std::int64_t field = m_valid ? config.receptiveField() : 0;
    m_columns = m_valid ? int(field + contextColumns(field)) : 0;
    m_selected = std::max(0, m_columns - 1);
    m_stepIndex = -1;
    recompute();
}

void DilatedStackDiagram::setSelectedOutput(int column)
{
    column = std::clamp(column, 0, std::max(0, m_columns - 1));
    m_stepIndex = -1;
    if (column == m_selected) {
        update();
        return;
    }
    m_selected = column;
    recompute();
    Q_EMIT outputSelected(column);
}

void DilatedStackDiagram::showStep(std::int64_t index)
{
    m_stepIndex = std::max<std::int64_t>(0, index);
    if (m_selected != m_columns - 1) {
        m_selected = m_columns - 1;
        recompute();
    } else {
        update();
    }
}

void DilatedStackDiagram::clearStep()
{
    m_stepIndex = -1;
    update();
}

int DilatedStackDiagram::litCount(int row) const
{
    return row >= 0 && row < int(m_litCounts.size()) ? m_litCounts[std::size_t(row)] : 0;
}

bool DilatedStackDiagram::isLit(int row, int column) const
{
    return row >= 0 && row < rowCount() && column >= 0 && column < m_columns &&
           m_lit[std::size_t(row)][std::size_t(column)];
}

int DilatedStackDiagram::dilationInto(int row) const
{
    // Row 1 is the kernel-2 input convolution (dilation 1); row 2 + i is layer i;
    // the output row is made of 1x1 convolutions.
    if (row == 1)
        return 1;
    if (row >= 2 && row < 2 + m_config.totalLayers())
        return m_config.dilation(row - 2);
    return 0;
}

void DilatedStackDiagram::recompute()
{
    m_lit.clear();
    m_litCounts.clear();
    if (m_valid) {
        const int rows = m_config.totalLayers() + 3;
        m_lit.assign(std::size_t(rows), std::vector<char>(std::size_t(m_columns), 0));
        m_lit.back()[std::size_t(m_selected)] = 1;
        // Walk down: a node at column c with dilation d reads c and c - d below it.
        for (int row = rows - 1; row > 0; --row) {
            const int d = dilationInto(row);
            const auto &above = m_lit[std::size_t(row)];
            auto &below = m_lit[std::size_t(row - 1)];
            for (int c = 0; c < m_columns; ++c) {
                if (!above[std::size_t(c)])
                    continue;
                below[std::size_t(c)] = 1;
                if (d > 0 && c - d >= 0)
                    below[std::size_t(c - d)] = 1;
            }
        }
        for (const auto &row : m_lit)
            m_litCounts.push_back(int(std::count(row.begin(), row.end(), char(1))));
    }
    update();
}

QString DilatedStackDiagram::rowLabel(int row) const
{
    if (row == 0)
        return tr("input");
    if (row == 1)
        return tr("causal conv");
    if (row == rowCount() - 1)
        return tr("output");
    return tr("d = %1").arg(dilationInto(row));
}

DilatedStackDiagram::Geometry DilatedStackDiagram::geometry() const
{
    Geometry g;
    const QFontMetrics fm(font());
    g.captionHeight = fm.height() + 8;
    const int bottomHeight = 2 * fm.height() + 10; // bracket, then its text
    const int rows = std::max(1, rowCount());
    const double gridHeight = std::max(10, height() - g.captionHeight - bottomHeight - 6);
    g.rowH = gridHeight / rows;
    // Row labels shrink with the rows, but never below what a projector shows.
    g.labelFont = font();
    const double px = std::clamp(g.rowH * 0.85, 13.0, double(QFontInfo(font()).pixelSize()));
    g.labelFont.setPixelSize(int(px));
    const QFontMetrics lm(g.labelFont);
    g.labelWidth = std::max({lm.horizontalAdvance(tr("causal conv")), lm.horizontalAdvance(tr("output")),
                             lm.horizontalAdvance(tr("block %1").arg(16))}) + 16;
    const double left = g.labelWidth;
    const double right = width() - 14;
    g.grid = QRectF(left, g.captionHeight, std::max(10.0, right - left), gridHeight);
    g.colW = g.grid.width() / std::max(1, m_columns);
    g.nodes = g.colW >= 5.0 && g.rowH >= 5.0;
    g.edges = g.colW >= 9.0;
    return g;
}

void DilatedStackDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setPen(kText);
    const QFontMetrics fm(font());
    if (!m_valid || m_columns == 0) {
        p.drawText(rect(), Qt::AlignCenter, tr("This configuration is out of range."));
        return;
    }
    const Geometry g = geometry();
    const int rows = rowCount();
    const bool stepping = isStepping();
    const QColor lit = stepping ? kStepLit : kLit;
    const QColor padding = stepping ? QColor(250, 196, 160) : QColor(165, 200, 228);
    // Inputs left of this column come before the silent start sample: zero padding.
    const std::int64_t firstReal = stepping ? std::int64_t(m_columns - 1) - m_stepIndex : -1;
    auto colourOf = [&](int row, int c) {
        if (!m_lit[std::size_t(row)][std::size_t(c)])
            return kIdle;
        return (row == 0 && c < firstReal) ? padding : lit;
    };

    // Caption.
    const QLocale locale;
    const QString caption =
        stepping ? tr("Sample %1 was predicted from these %2 inputs (pale: zero padding before the start)")
                       .arg(locale.toString(qint64(m_stepIndex)), locale.toString(highlightedInputCount()))
                 : tr("The lit output sees %1 past inputs. Click a column to trace another output.")
                       .arg(locale.toString(highlightedInputCount()));
    p.drawText(QRect(8, 2, width() - 16, g.captionHeight), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(caption, Qt::ElideRight, width() - 16));

    // Row labels: every row when they fit, otherwise input, output and one per block.
    p.setFont(g.labelFont);
    const QFontMetrics lm(g.labelFont);
    auto labelAt = [&](double y, const QString &text) {
        p.drawText(QRectF(4, y - lm.height() / 2.0, g.labelWidth - 10, lm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   text);
    };
    if (g.rowH >= lm.height() * 0.95) {
        for (int row = 0; row < rows; ++row)
            labelAt(g.y(row), rowLabel(row));
    } else {
        labelAt(g.y(0), rowLabel(0));
        labelAt(g.y(rows - 1), rowLabel(rows - 1));
        for (int b = 0; b < m_config.blocks; ++b) {
            const int first = 2 + b * m_config.layers, last = first + m_config.layers - 1;
            const double top = g.y(last) - g.rowH * 0.4, bottom = g.y(first) + g.rowH * 0.4;
            p.setPen(QPen(kText, 1));
            p.drawLine(QPointF(g.labelWidth - 5, top), QPointF(g.labelWidth - 5, bottom));
            labelAt((top + bottom) / 2, tr("block %1").arg(b + 1));
        }
    }
    p.setFont(font());

    if (g.nodes) {
        p.setRenderHint(QPainter::Antialiasing);
        // Connections first, so the nodes sit on top of them.
        for (int row = 1; row < rows; ++row) {
            const int d = dilationInto(row);
            for (int c = 0; c < m_columns; ++c) {
                const bool on = m_lit[std::size_t(row)][std::size_t(c)];
                if (!on && !g.edges)
                    continue;
                p.setPen(on ? QPen(lit, std::clamp(g.colW / 6, 1.2, 2.5)) : QPen(kIdleEdge, 1));
                const QPointF top(g.x(c), g.y(row));
                p.drawLine(top, QPointF(g.x(c), g.y(row - 1)));
                if (d > 0 && c - d >= 0)
                    p.drawLine(top, QPointF(g.x(c - d), g.y(row - 1)));
            }
        }
        const double r = std::max(2.0, std::min(g.colW, g.rowH) * 0.3);
        p.setPen(Qt::NoPen);
        for (int row = 0; row < rows; ++row)
            for (int c = 0; c < m_columns; ++c) {
                p.setBrush(colourOf(row, c));
                p.drawEllipse(QPointF(g.x(c), g.y(row)), r, r);
            }
        p.setRenderHint(QPainter::Antialiasing, false);
    } else {
        // Too many time steps for nodes: per pixel column, lit if any step in it is.
        const int left = int(std::floor(g.grid.left())), pixels = int(std::ceil(g.grid.width()));
        std::vector<int> state(static_cast<std::size_t>(pixels));
        for (int row = 0; row < rows; ++row) {
            std::fill(state.begin(), state.end(), 0);
            for (int c = 0; c < m_columns; ++c) {
                const int s = !m_lit[std::size_t(row)][std::size_t(c)] ? 0 : (row == 0 && c < firstReal) ? 1 : 2;
                const int a = std::clamp(int(c * g.colW), 0, pixels - 1);
                const int b = std::clamp(int((c + 1) * g.colW), a + 1, pixels);
                for (int x = a; x < b; ++x)
                    state[std::size_t(x)] = std::max(state[std::size_t(x)], s);
            }
            const double h = std::max(1.0, g.rowH * 0.7);
            const double top = g.y(row) - h / 2;
            for (int x = 0; x < pixels;) {
                int end = x;
                while (end < pixels && state[std::size_t(end)] == state[std::size_t(x)])
                    ++end;
                const QColor colour = state[std::size_t(x)] == 0 ? kIdle : state[std::size_t(x)] == 1 ? padding : lit;
                p.fillRect(QRectF(left + x, top, end - x, h), colour);
                x = end;
            }
        }
    }

    // Under the inputs: the span of the receptive field and its size.
    const auto &inputs = m_lit.front();
    const auto first = std::find(inputs.begin(), inputs.end(), char(1));
    if (first == inputs.end())
        return;
    const int c0 = int(first - inputs.begin());
    const int c1 = m_selected;
    const double x0 = g.grid.left() + c0 * g.colW, x1 = g.grid.left() + (c1 + 1) * g.colW;
    const double yb = g.grid.bottom() + 5;
    p.setPen(QPen(lit, 2));
    p.drawLine(QPointF(x0, yb), QPointF(x0, yb + 6));
    p.drawLine(QPointF(x0, yb + 6), QPointF(x1, yb + 6));
    p.drawLine(QPointF(x1, yb), QPointF(x1, yb + 6));
    p.setPen(kText);
    const QString span = tr("receptive field: %1 samples").arg(locale.toString(highlightedInputCount()));
    const QString ends = tr("t − %1 … t").arg(locale.toString(c1 - c0));
    const QString text = span + QStringLiteral("   (") + ends + QStringLiteral(")");
    const int tw = fm.horizontalAdvance(text);
    const double centre = std::clamp((x0 + x1) / 2, g.grid.left() + tw / 2.0, width() - 8 - tw / 2.0);
    p.drawText(QRectF(centre - tw / 2.0 - 2, yb + 8, tw + 4, fm.height() + 2), Qt::AlignCenter, text);
}

void DilatedStackDiagram::mousePressEvent(QMouseEvent *event)
{
    if (!m_valid || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const Geometry g = geometry();
    const double x = event->position().x();
    if (x < g.grid.left() || x > g.grid.right())
        return;
    setSelectedOutput(int((x - g.grid.left()) / g.colW));
}

void DilatedStackDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DilatedStackDiagram::retranslate()
{
    setToolTip(tr("Each row is one convolution; time runs left to right. A kernel-2 convolution with dilation d "
                  "combines a sample with the one d steps earlier, so the dilations 1, 2, 4, ... double the "
                  "span at every layer. Click a column to trace which inputs that output depends on."));
    update();
}

} // namespace wb
