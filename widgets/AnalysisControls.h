#pragma once
#include "AnalysisParams.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace wb {

/**
 * The Audio Lab's row of analysis controls: n_fft, hop, n_mels, fmax and the
 * dB range. Emits paramsChanged() on any user edit (not on setParams()).
 * GUI thread only; the widgets only allow valid values, so nothing can fail.
 */
class AnalysisControls : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisControls(QWidget *parent = nullptr);

    AnalysisParams params() const;
    /** Shows p; sampleRate is kept (it is set in the Settings dialog). */
    void setParams(const AnalysisParams &p);

Q_SIGNALS:
    void paramsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AnalysisParams m_base;
    QComboBox *m_nFft;
    QSpinBox *m_hop;
    QSpinBox *m_nMels;
    QSpinBox *m_fmax;
    QSpinBox *m_dbRange;
    QLabel *m_nFftLabel;
    QLabel *m_hopLabel;
    QLabel *m_nMelsLabel;
    QLabel *m_fmaxLabel;
    QLabel *m_dbRangeLabel;
};

} // namespace wb
