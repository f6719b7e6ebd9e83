#include "TtsCompareDialog.h"

#include "TtsPipelineView.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace wb {

TtsCompareDialog::TtsCompareDialog(QWidget *parent)
    : QDialog(parent), m_headline(new QLabel(this))
{
    setObjectName(QStringLiteral("TtsCompareDialog"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_headline, 0, 0, 1, 2);
    for (int i = 0; i < 2; ++i) {
        m_titles[i] = new QLabel(this);
        QFont bold = m_titles[i]->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.2);
        m_titles[i]->setFont(bold);
        m_views[i] = new TtsPipelineView(this);
        grid->addWidget(m_titles[i], 1, i);
        grid->addWidget(m_views[i], 2, i);
        grid->setColumnStretch(i, 1);
        connect(m_views[i], &TtsPipelineView::statusMessage, this,
                &TtsCompareDialog::statusMessage);
    }
    grid->setRowStretch(2, 1);
    resize(1500, 820);
    retranslate();
}

void TtsCompareDialog::showComparison(const ttsjobs::Comparison &comparison)
{
    m_comparison = comparison;
    m_views[0]->showOutput(comparison ? comparison->fastSpeech : ttsjobs::Output());
    m_views[1]->showOutput(comparison ? comparison->tacotron : ttsjobs::Output());
    retranslate();
}

void TtsCompareDialog::setColorMap(const QString &name)
{
    for (TtsPipelineView *v : m_views)
        v->setColorMap(name);
}

void TtsCompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TtsCompareDialog::retranslate()
{
    setWindowTitle(tr("Compare acoustic models"));
    m_titles[0]->setText(tr("FastSpeech 2 — every frame at once"));
    m_titles[1]->setText(tr("Tacotron 2 — one decoder step after another"));
    if (!m_comparison || !m_comparison->fastSpeech || !m_comparison->tacotron) {
        m_headline->setText(tr("Both models speak the same text; their stages appear here."));
        return;
    }
    const QLocale locale;
    const TtsResult &f = m_comparison->fastSpeech->result;
    const TtsResult &t = m_comparison->tacotron->result;
    const double speedup = m_comparison->acousticSpeedup();
    m_headline->setText(
        tr("<b>Same text, two acoustic models.</b> FastSpeech 2 took %1 ms for %2 s of speech; "
           "Tacotron 2 took %3 ms for %4 s over %5 decoder steps. Per second of speech, "
           "FastSpeech 2's acoustic model was <b>%6× faster</b> here (the course quotes about "
           "50× on a GPU, where FastSpeech's parallel frames gain most). The vocoder is the same "
           "Griffin-Lim for both.")
            .arg(locale.toString(f.timings.acoustic * 1000.0, 'f', 0))
            .arg(locale.toString(f.audioSeconds(), 'f', 2))
            .arg(locale.toString(t.timings.acoustic * 1000.0, 'f', 0))
            .arg(locale.toString(t.audioSeconds(), 'f', 2))
            .arg(int(t.alignment.rows()))
            .arg(locale.toString(speedup, 'f', 1)));
}

} // namespace wb
