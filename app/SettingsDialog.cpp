#include "SettingsDialog.h"

#include "Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wb {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_sampleRate(new QComboBox(this))
    , m_nFft(new QComboBox(this))
    , m_hop(new QSpinBox(this))
    , m_nMels(new QSpinBox(this))
    , m_stored(AnalysisParams::fromSettings())
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(420);
    for (const QString &code : availableLanguages())
        m_language->addItem(languageName(code), code);
    for (int rate : {8000, 16000, 22050, 24000, 44100, 48000})
        m_sampleRate->addItem(tr("%1 Hz").arg(rate), rate);
    for (int n : {512, 1024, 2048, 4096})
        m_nFft->addItem(QString::number(n), n);
    m_hop->setRange(32, 4096);
    m_hop->setSingleStep(32);
    m_nMels->setRange(16, 256);
    m_nMels->setSingleStep(8);

    auto *ui = new QGroupBox(tr("Interface"), this);
    auto *uiForm = new QFormLayout(ui);
    uiForm->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("The new language applies as soon as you press OK."), ui);
    note->setWordWrap(true);
    uiForm->addRow(note);

    auto *analysis = new QGroupBox(tr("Audio Lab analysis defaults"), this);
    auto *form = new QFormLayout(analysis);
    form->addRow(tr("&Sample rate:"), m_sampleRate);
    form->addRow(tr("&n_fft:"), m_nFft);
    form->addRow(tr("&Hop length:"), m_hop);
    form->addRow(tr("n_&mels:"), m_nMels);
    auto *rateNote = new QLabel(tr("Clips are resampled to this rate when loaded; 22050 Hz is librosa's default."),
                                analysis);
    rateNote->setWordWrap(true);
    form->addRow(rateNote);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { load(language(), AnalysisParams()); });

    auto *column = new QVBoxLayout(this);
    column->addWidget(ui);
    column->addWidget(analysis);
    column->addWidget(buttons);
    load(currentLanguage(), m_stored);
}

void SettingsDialog::load(const QString &language, const AnalysisParams &params)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    int rate = m_sampleRate->findData(params.sampleRate);
    if (rate < 0) {
        m_sampleRate->addItem(tr("%1 Hz").arg(params.sampleRate), params.sampleRate);
        rate = m_sampleRate->count() - 1;
    }
    m_sampleRate->setCurrentIndex(rate);
    m_nFft->setCurrentIndex(qMax(0, m_nFft->findData(params.nFft)));
    m_hop->setValue(params.hop);
    m_nMels->setValue(params.nMels);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

AnalysisParams SettingsDialog::analysisParams() const
{
    // fmax and the dB range belong to the Audio Lab's own controls; keep them.
    AnalysisParams p = m_stored;
    p.sampleRate = m_sampleRate->currentData().toInt();
    p.nFft = m_nFft->currentData().toInt();
    p.hop = m_hop->value();
    p.nMels = m_nMels->value();
    return p;
}

void SettingsDialog::accept()
{
    saveLanguage(language());
    analysisParams().save();
    QDialog::accept();
}

} // namespace wb
