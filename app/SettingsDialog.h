#pragma once
#include "AnalysisParams.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace wb {

/**
 * Edit > Settings: the interface language and the Audio Lab's default
 * analysis parameters. accept() stores them in QSettings ("ui/language",
 * "analysis/..."); the window applies them afterwards. GUI thread only; the
 * fields only allow valid values, so saving cannot fail.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QString language() const;
    AnalysisParams analysisParams() const;

    void accept() override;

private:
    void load(const QString &language, const AnalysisParams &params);

    QComboBox *m_language;
    QComboBox *m_sampleRate;
    QComboBox *m_nFft;
    QSpinBox *m_hop;
    QSpinBox *m_nMels;
    AnalysisParams m_stored;
};

} // namespace wb
