#include "AnalysisControls.h"

#include "ColorMaps.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace wb {

AnalysisControls::AnalysisControls(QWidget *parent)
    : QWidget(parent)
    , m_nFft(new QComboBox(this))
    , m_hop(new QSpinBox(this))
    , m_nMels(new QSpinBox(this))
    , m_window(new QComboBox(this))
    , m_fmin(new QSpinBox(this))
    , m_fmax(new QSpinBox(this))
    , m_dbRange(new QSpinBox(this))
    , m_colorMap(new QComboBox(this))
    , m_nFftLabel(new QLabel(this))
    , m_hopLabel(new QLabel(this))
    , m_nMelsLabel(new QLabel(this))
    , m_windowLabel(new QLabel(this))
    , m_fminLabel(new QLabel(this))
    , m_fmaxLabel(new QLabel(this))
    , m_dbRangeLabel(new QLabel(this))
    , m_colorMapLabel(new QLabel(this))
{
    for (int n : {512, 1024, 2048, 4096})
        m_nFft->addItem(QString::number(n), n);
    m_hop->setRange(32, 4096);
    m_hop->setSingleStep(32);
    m_nMels->setRange(16, 256);
    m_nMels->setSingleStep(8);
    // Data are scipy's window names; the texts are set in retranslate().
    for (WindowType w : {WindowType::Hann, WindowType::Hamming, WindowType::Blackman, WindowType::Rectangular})
        m_window->addItem(QString(), int(w));
    m_fmin->setRange(0, 20000);
    m_fmin->setSingleStep(50);
    m_fmin->setSuffix(QStringLiteral(" Hz"));
    // 0 stands for "up to Nyquist", librosa's fmax=None.
    m_fmax->setRange(0, 96000);
    m_fmax->setSingleStep(500);
    m_fmax->setSuffix(QStringLiteral(" Hz"));
    m_dbRange->setRange(20, 160);
    m_dbRange->setSingleStep(10);
    m_dbRange->setSuffix(QStringLiteral(" dB"));
    for (const QString &name : colorMapNames())
        m_colorMap->addItem(name, name); // matplotlib's names, the same in every language

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    const QList<QPair<QLabel *, QWidget *>> rows[2] = {
        {{m_nFftLabel, m_nFft}, {m_hopLabel, m_hop}, {m_windowLabel, m_window}, {m_dbRangeLabel, m_dbRange}},
        {{m_nMelsLabel, m_nMels}, {m_fminLabel, m_fmin}, {m_fmaxLabel, m_fmax}, {m_colorMapLabel, m_colorMap}}};
    for (int r = 0; r < 2; ++r) {
        int column = 0;
        for (const auto &[label, field] : rows[r]) {
            label->setBuddy(field);
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(label, r, column++);
            grid->addWidget(field, r, column++);
        }
    }
    for (int c = 1; c < 8; c += 2)
        grid->setColumnMinimumWidth(c, 110);
    grid->setColumnStretch(8, 1);

    for (QComboBox *box : {m_nFft, m_window, m_colorMap})
        connect(box, &QComboBox::currentIndexChanged, this, &AnalysisControls::paramsChanged);
    for (QSpinBox *box : {m_hop, m_nMels, m_fmin, m_fmax, m_dbRange})
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
    p.window = WindowType(m_window->currentData().toInt());
    p.fmin = m_fmin->value();
    p.fmax = m_fmax->value();
    p.dbRange = m_dbRange->value();
    p.colorMap = m_colorMap->currentData().toString();
    return p;
}

void AnalysisControls::setParams(const AnalysisParams &p)
{
    m_base = p;
    const QSignalBlocker b1(m_nFft), b2(m_hop), b3(m_nMels), b4(m_fmax), b5(m_dbRange), b6(m_window),
        b7(m_fmin), b8(m_colorMap);
    int index = m_nFft->findData(p.nFft);
    if (index < 0) {
        m_nFft->addItem(QString::number(p.nFft), p.nFft);
        index = m_nFft->count() - 1;
    }
    m_nFft->setCurrentIndex(index);
    m_hop->setValue(p.hop);
    m_nMels->setValue(p.nMels);
    m_window->setCurrentIndex(qMax(0, m_window->findData(int(p.window))));
    m_fmin->setMaximum(p.sampleRate / 2 - 100);
    m_fmin->setValue(int(p.fmin));
    m_fmax->setMaximum(p.sampleRate / 2);
    m_fmax->setValue(int(p.fmax));
    m_dbRange->setValue(int(p.dbRange));
    m_colorMap->setCurrentIndex(qMax(0, m_colorMap->findData(p.colorMap)));
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
    m_windowLabel->setText(tr("&Window:"));
    m_window->setItemText(0, tr("Hann"));
    m_window->setItemText(1, tr("Hamming"));
    m_window->setItemText(2, tr("Blackman"));
    m_window->setItemText(3, tr("Rectangular"));
    m_window->setToolTip(tr("Analysis window: a rectangular window leaks energy into distant bins, "
                            "Blackman leaks least but blurs frequency most."));
    m_nMelsLabel->setText(tr("n_&mels:"));
    m_nMels->setToolTip(tr("Number of mel bands."));
    m_fminLabel->setText(tr("f&min:"));
    m_fmin->setToolTip(tr("Lowest frequency of the mel filterbank."));
    m_fmaxLabel->setText(tr("fma&x:"));
    m_fmax->setSpecialValueText(tr("Nyquist"));
    m_fmax->setToolTip(tr("Highest frequency of the mel filterbank."));
    m_dbRangeLabel->setText(tr("dB &range:"));
    m_dbRange->setToolTip(tr("How far below the loudest point the colours reach."));
    m_colorMapLabel->setText(tr("&Colours:"));
    m_colorMap->setToolTip(tr("Colour map of the spectrograms; viridis reads well in greyscale and for "
                              "colour-blind viewers."));
}

} // namespace wb
