#include "ExportFigureDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wb {

ExportFigureDialog::ExportFigureDialog(QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_dpi(new QSpinBox(this))
    , m_dpiLabel(new QLabel(tr("&Resolution:"), this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Export Figure"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG vector drawing"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    m_dpi->setRange(72, 600);
    m_dpi->setSingleStep(24);
    m_dpi->setSuffix(tr(" DPI"));
    m_dpiLabel->setBuddy(m_dpi);
    m_note->setWordWrap(true);

    QSettings settings;
    m_format->setCurrentIndex(qMax(0, m_format->findData(settings.value("export/format", "png").toString())));
    m_dpi->setValue(settings.value("export/dpi", 150).toInt());

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(m_dpiLabel, m_dpi);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportFigureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportFigureDialog::reject);
    auto *column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(m_note);
    column->addWidget(buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportFigureDialog::updateDpiState);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportFigureDialog::updateDpiState);
    updateDpiState();
    setMinimumWidth(380);
}

QString ExportFigureDialog::suffix() const
{
    return m_format->currentData().toString();
}

int ExportFigureDialog::dpi() const
{
    return m_dpi->value();
}

void ExportFigureDialog::accept()
{
    QSettings settings;
    settings.setValue("export/format", suffix());
    settings.setValue("export/dpi", dpi());
    QDialog::accept();
}

void ExportFigureDialog::updateDpiState()
{
    const bool raster = suffix() == QLatin1String("png");
    m_dpi->setEnabled(raster);
    m_dpiLabel->setEnabled(raster);
    // 1400 x 900 is the figure's size at 96 DPI.
    if (raster)
        m_note->setText(tr("The PNG will be %1 × %2 pixels.")
                            .arg(qRound(1400 * dpi() / 96.0))
                            .arg(qRound(900 * dpi() / 96.0)));
    else
        m_note->setText(tr("Vector output: sharp at any zoom; the spectrogram itself is embedded as an image."));
}

} // namespace wb
