#pragma once
#include "WaveNetConfig.h"

#include <QWidget>

#include <cstdint>
#include <vector>

namespace wb {

/**
 * WaveNet's dilated causal stack drawn as a grid: time runs left to right,
 * one row for the input samples, one for the causal input convolution, one
 * per dilated layer (dilations 1, 2, 4, ... repeating per block) and one for
 * the output that predicts the next sample. For one chosen output (click a
 * column to choose; the newest by default) every node that feeds it is lit,
 * down to the inputs: exactly the configuration's receptive field. Small
 * stacks are drawn as nodes and edges, large ones as lit strips per row.
 * During stepping (showStep()) inputs before the first sample, which the
 * network sees as zero padding, are drawn pale. GUI thread only; never fails
 * (an invalid configuration draws nothing).
 */
class DilatedStackDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit DilatedStackDiagram(QWidget *parent = nullptr);

    void setConfig(const WaveNetConfig &config);
    const WaveNetConfig &config() const { return m_config; }

    /** Columns (time steps) drawn: the receptive field plus some context to its left. */
    int columns() const { return m_columns; }
    /** Rows from the bottom: input, input convolution, each dilated layer, output. */
    int rowCount() const { return int(m_lit.size()); }
    /** The column whose output is traced; columns() - 1 by default. */
    int selectedOutput() const { return m_selected; }
    void setSelectedOutput(int column);
    /** Lit nodes in one row (0: the inputs). */
    int litCount(int row) const;
    bool isLit(int row, int column) const;
    /** Lit input samples: receptiveField() when the whole field is in view. */
    int highlightedInputCount() const { return litCount(0); }

    /**
     * Traces the newest output as step `index` (0-based) of a generation: the
     * inputs older than the silent start sample are zero padding.
     */
    void showStep(std::int64_t index);
    /** Leaves step mode: the traced output is the user's choice again. */
    void clearStep();
    bool isStepping() const { return m_stepIndex >= 0; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void outputSelected(int column);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry;
    Geometry geometry() const;
    void recompute();
    int dilationInto(int row) const;
    QString rowLabel(int row) const;
    void retranslate();

    WaveNetConfig m_config;
    bool m_valid = false;
    int m_columns = 0;
    int m_selected = 0;
    std::int64_t m_stepIndex = -1;
    std::vector<std::vector<char>> m_lit; ///< [row][column]
    std::vector<int> m_litCounts;
};

} // namespace wb
