#pragma once
#include "AnalysisParams.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace wb {

/**
 * The Audio Lab's analysis controls, in two rows: the STFT (n_fft, hop,
 * window), the mel filterbank (n_mels, fmin, fmax) and the view (dB range,
 * colour map). Emits paramsChanged() on any user edit (not on setParams()).
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
    QComboBox *m_window;
    QSpinBox *m_fmin;
    QSpinBox *m_fmax;
    QSpinBox *m_dbRange;
    QComboBox *m_colorMap;
    QLabel *m_nFftLabel;
    QLabel *m_hopLabel;
    QLabel *m_nMelsLabel;
    QLabel *m_windowLabel;
    QLabel *m_fminLabel;
    QLabel *m_fmaxLabel;
    QLabel *m_dbRangeLabel;
    QLabel *m_colorMapLabel;
};

} // namespace wb
