#include "WaveNetModelBar.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace wb {

namespace {

// A sample rate for the milliseconds: the Audio Lab's and the shipped model's.
constexpr double kRate = 22050.0;

QSpinBox *spin(QWidget *parent, int min, int max, int value)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    box->setAccelerated(true);
    return box;
}

} // namespace

WaveNetModelBar::WaveNetModelBar(QWidget *parent)
    : QWidget(parent)
    , m_layersLabel(new QLabel(this))
    , m_blocksLabel(new QLabel(this))
    , m_channelsLabel(new QLabel(this))
    , m_levelsLabel(new QLabel(this))
    // Ranges a laptop can train and the diagram can draw (WaveNetConfig allows more).
    , m_layers(spin(this, 1, 13, WaveNetConfig().layers))
    , m_blocks(spin(this, 1, 8, WaveNetConfig().blocks))
    , m_channels(spin(this, 2, 128, WaveNetConfig().channels))
    , m_levels(spin(this, 2, 1024, WaveNetConfig().levels))
    , m_parameters(new QLabel(this))
    , m_field(new QLabel(this))
    , m_note(new QLabel(this))
    , m_status(new QLabel(this))
    , m_load(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_shipped(new QPushButton(this))
{
    for (QLabel *l : {m_parameters, m_field}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_note->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 2, 4, 2);
    grid->setVerticalSpacing(4);
    auto *controls = new QHBoxLayout;
    const QList<QPair<QLabel *, QSpinBox *>> pairs = {
        {m_layersLabel, m_layers}, {m_blocksLabel, m_blocks}, {m_channelsLabel, m_channels}, {m_levelsLabel, m_levels}};
    for (const auto &[label, box] : pairs) {
        label->setBuddy(box);
        controls->addWidget(label);
        controls->addWidget(box);
        controls->addSpacing(10);
        connect(box, &QSpinBox::valueChanged, this, [this] {
            updateFigures();
            Q_EMIT configChanged(config());
        });
    }
    controls->addStretch(1);
    controls->addWidget(m_load);
    controls->addWidget(m_save);
    controls->addWidget(m_shipped);
    grid->addLayout(controls, 0, 0, 1, 3);
    grid->addWidget(m_parameters, 1, 0);
    grid->addWidget(m_field, 1, 1);
    grid->addWidget(m_status, 1, 2);
    grid->addWidget(m_note, 2, 0, 1, 3);
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(24);

    connect(m_load, &QPushButton::clicked, this, &WaveNetModelBar::loadRequested);
    connect(m_save, &QPushButton::clicked, this, &WaveNetModelBar::saveRequested);
    connect(m_shipped, &QPushButton::clicked, this, &WaveNetModelBar::shippedRequested);
    retranslate();
}

WaveNetConfig WaveNetModelBar::config() const
{
    WaveNetConfig c;
    c.layers = m_layers->value();
    c.blocks = m_blocks->value();
    c.channels = m_channels->value();
    c.levels = m_levels->value();
    return c;
}

void WaveNetModelBar::setConfig(const WaveNetConfig &config)
{
    for (QSpinBox *box : {m_layers, m_blocks, m_channels, m_levels})
        box->blockSignals(true);
    m_layers->setValue(config.layers);
    m_blocks->setValue(config.blocks);
    m_channels->setValue(config.channels);
    m_levels->setValue(config.levels);
    for (QSpinBox *box : {m_layers, m_blocks, m_channels, m_levels})
        box->blockSignals(false);
    updateFigures();
}

void WaveNetModelBar::setModelStatus(const QString &text)
{
    m_status->setText(text);
}

void WaveNetModelBar::setCheckpointButtonsEnabled(bool enabled)
{
    for (QPushButton *b : {m_load, m_save, m_shipped})
        b->setEnabled(enabled);
}

QString WaveNetModelBar::parametersText() const
{
    return m_parameters->text();
}

QString WaveNetModelBar::receptiveFieldText() const
{
    return m_field->text();
}

QString WaveNetModelBar::noteText() const
{
    return m_note->text();
}

QString WaveNetModelBar::modelStatus() const
{
    return m_status->text();
}

void WaveNetModelBar::updateFigures()
{
    const WaveNetConfig c = config();
    const QLocale locale;
    const qint64 field = c.receptiveField();
    const qint64 perBlock = (qint64(1) << c.layers) - 1;
    m_parameters->setText(tr("%1 parameters").arg(locale.toString(qint64(c.parameterCount()))));
    m_field->setText(tr("Receptive field: %1 samples (%2 ms at 22,050 Hz)")
                         .arg(locale.toString(field), locale.toString(1000.0 * double(field) / kRate, 'f', 1)));
    m_note->setText(tr("Not 2**%1 = %2, as the seed printed (one block's span): blocks × (2**%1 − 1) + 1 (input "
                       "convolution) + 1 (the output sample) = %3 × %4 + 2 = %5.")
                        .arg(c.layers)
                        .arg(locale.toString(qint64(1) << c.layers))
                        .arg(c.blocks)
                        .arg(locale.toString(perBlock))
                        .arg(locale.toString(field)));
    const QString why =
        tr("A kernel-2 convolution with dilation d lets an output see d more past samples. One block's dilations "
           "1, 2, … %1 add %2; the %3 blocks add %3 × %2; the causal input convolution adds 1 more, and the "
           "output sample itself counts 1. The seed printed 2**%4 = %5, the span of a single block of dilated "
           "layers, leaving out the repeated blocks and the input convolution.")
            .arg(locale.toString(qint64(1) << (c.layers - 1)))
            .arg(locale.toString(perBlock))
            .arg(c.blocks)
            .arg(c.layers)
            .arg(locale.toString(qint64(1) << c.layers));
    m_note->setToolTip(why);
    m_field->setToolTip(why);
}

void WaveNetModelBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WaveNetModelBar::retranslate()
{
    m_layersLabel->setText(tr("&Layers:"));
    m_layers->setToolTip(tr("Dilated layers per block: dilations 1, 2, 4, ... 2^(layers-1)"));
    m_blocksLabel->setText(tr("&Blocks:"));
    m_blocks->setToolTip(tr("How many times the dilation cycle repeats"));
    m_channelsLabel->setText(tr("&Channels:"));
    m_channels->setToolTip(tr("Residual and skip channels of every layer"));
    m_levelsLabel->setText(tr("Le&vels:"));
    m_levels->setToolTip(tr("Mu-law quantization levels: the size of the softmax"));
    m_load->setText(tr("Load…"));
    m_load->setToolTip(tr("Load a WaveNet checkpoint (.safetensors)"));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save the model in use as a .safetensors checkpoint"));
    m_shipped->setText(tr("Shipped model"));
    m_shipped->setToolTip(tr("Reload the model trained on the bundled sample"));
    updateFigures();
}

} // namespace wb
