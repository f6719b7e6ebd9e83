#include "AnalysisControls.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace wb {

AnalysisControls::AnalysisControls(QWidget *parent)
    : QWidget(parent)
    , m_nFft(new QComboBox(this))
    , m_hop(new QSpinBox(this))
    , m_nMels(new QSpinBox(this))
    , m_fmax(new QSpinBox(this))
    , m_dbRange(new QSpinBox(this))
    , m_nFftLabel(new QLabel(this))
    , m_hopLabel(new QLabel(this))
    , m_nMelsLabel(new QLabel(this))
    , m_fmaxLabel(new QLabel(this))
    , m_dbRangeLabel(new QLabel(this))
{
    for (int n : {512, 1024, 2048, 4096})
        m_nFft->addItem(QString::number(n), n);
    m_hop->setRange(32, 4096);
    m_hop->setSingleStep(32);
    m_nMels->setRange(16, 256);
    m_nMels->setSingleStep(8);
    // 0 stands for "up to Nyquist", librosa's fmax=None.
    m_fmax->setRange(0, 96000);
    m_fmax->setSingleStep(500);
    m_fmax->setSuffix(QStringLiteral(" Hz"));
    m_dbRange->setRange(20, 160);
    m_dbRange->setSingleStep(10);
    m_dbRange->setSuffix(QStringLiteral(" dB"));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    const QList<QPair<QLabel *, QWidget *>> pairs = {{m_nFftLabel, m_nFft},
                                                     {m_hopLabel, m_hop},
                                                     {m_nMelsLabel, m_nMels},
                                                     {m_fmaxLabel, m_fmax},
                                                     {m_dbRangeLabel, m_dbRange}};
    for (const auto &[label, field] : pairs) {
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
        row->addSpacing(10);
    }
    row->addStretch(1);

    connect(m_nFft, &QComboBox::currentIndexChanged, this, &AnalysisControls::paramsChanged);
    for (QSpinBox *box : {m_hop, m_nMels, m_fmax, m_dbRange})
        connect(box, &QSpinBox::valueChanged, this, &AnalysisControls::paramsChanged);
    retranslate();
    setParams(m_base);
}

AnalysisParams AnalysisControls::params() const
{
    AnalysisParams p = m_base;
    p.nFft = m_nFft->currentData().toInt();
    p.hop = m_hop->value();
    p.nMels = m_nMels->value();
    p.fmax = m_fmax->value();
    p.dbRange = m_dbRange->value();
    return p;
}

void AnalysisControls::setParams(const AnalysisParams &p)
{
    m_base = p;
    const QSignalBlocker b1(m_nFft), b2(m_hop), b3(m_nMels), b4(m_fmax), b5(m_dbRange);
    int index = m_nFft->findData(p.nFft);
    if (index < 0) {
        m_nFft->addItem(QString::number(p.nFft), p.nFft);
        index = m_nFft->count() - 1;
    }
    m_nFft->setCurrentIndex(index);
    m_hop->setValue(p.hop);
    m_nMels->setValue(p.nMels);
    m_fmax->setMaximum(p.sampleRate / 2);
    m_fmax->setValue(int(p.fmax));
    m_dbRange->setValue(int(p.dbRange));
}

void AnalysisControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AnalysisControls::retranslate()
{
    m_nFftLabel->setText(tr("&n_fft:"));
    m_nFft->setToolTip(tr("FFT size: longer windows resolve frequency better and time worse."));
    m_hopLabel->setText(tr("&Hop:"));
    m_hop->setToolTip(tr("Samples between successive frames (hop_length)."));
    m_nMelsLabel->setText(tr("n_&mels:"));
    m_nMels->setToolTip(tr("Number of mel bands."));
    m_fmaxLabel->setText(tr("fma&x:"));
    m_fmax->setSpecialValueText(tr("Nyquist"));
    m_fmax->setToolTip(tr("Highest frequency of the mel filterbank."));
    m_dbRangeLabel->setText(tr("dB &range:"));
    m_dbRange->setToolTip(tr("How far below the loudest point the colours reach."));
}

} // namespace wb
