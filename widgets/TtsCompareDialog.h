#pragma once
#include "TtsJobs.h"

#include <QDialog>

class QLabel;

namespace wb {

class TtsPipelineView;

/**
 * The Text-to-Speech tab's Compare window: the same text through FastSpeech
 * 2 and Tacotron 2, side by side, each with its full pipeline (FastSpeech
 * 2's pitch and energy, Tacotron 2's attention alignment, both mels, audio
 * with Play, timings), and a headline saying how much faster the
 * non-autoregressive model was on this machine. Non-modal; GUI thread only.
 */
class TtsCompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TtsCompareDialog(QWidget *parent = nullptr);

    void showComparison(const ttsjobs::Comparison &comparison);
    void setColorMap(const QString &name);

    // For tests and screenshots.
    QLabel *headline() const { return m_headline; }
    TtsPipelineView *fastSpeechView() const { return m_views[0]; }
    TtsPipelineView *tacotronView() const { return m_views[1]; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_headline;
    QLabel *m_titles[2];
    TtsPipelineView *m_views[2];
    ttsjobs::Comparison m_comparison;
};

} // namespace wb
