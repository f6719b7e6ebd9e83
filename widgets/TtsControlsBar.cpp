#include "TtsControlsBar.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>

#include <cmath>

namespace wb {

namespace {

// Log-scale sliders: position p (-100..100 per octave step) is the factor 2^(p / 100).
constexpr double kSliderPerOctave = 100.0;

QDoubleSpinBox *spin(QWidget *parent, double min, double max, double step, int decimals,
                     double value)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    box->setValue(value);
    box->setAccelerated(true);
    return box;
}

QSlider *slider(QWidget *parent, int min, int max)
{
    auto *s = new QSlider(Qt::Horizontal, parent);
    s->setRange(min, max);
    s->setMinimumWidth(110);
    return s;
}

void enableItem(QComboBox *box, int index, bool enabled)
{
    if (auto *model = qobject_cast<QStandardItemModel *>(box->model()))
        if (QStandardItem *item = model->item(index))
            item->setEnabled(enabled);
}

} // namespace

TtsControlsBar::TtsControlsBar(QWidget *parent)
    : QWidget(parent), m_modelLabel(new QLabel(this)), m_vocoderLabel(new QLabel(this)),
      m_iterationsLabel(new QLabel(this)), m_speedLabel(new QLabel(this)),
      m_pitchLabel(new QLabel(this)), m_energyLabel(new QLabel(this)), m_model(new QComboBox(this)),
      m_vocoder(new QComboBox(this)), m_iterations(new QSpinBox(this)),
      m_speedSlider(slider(this, -100, 100)), m_pitchSlider(slider(this, -12, 12)),
      m_energySlider(slider(this, -200, 200)), m_speed(spin(this, 0.5, 2.0, 0.05, 2, 1.0)),
      m_pitch(spin(this, -12.0, 12.0, 1.0, 1, 0.0)), m_energy(spin(this, 0.25, 4.0, 0.05, 2, 1.0)),
      m_reset(new QToolButton(this))
{
    // Proper names: the same in every language.
    m_model->addItem(QStringLiteral("FastSpeech 2"));
    m_model->addItem(QStringLiteral("Tacotron 2"));
    m_vocoder->addItem(QStringLiteral("Griffin-Lim"));
    m_vocoder->addItem(QStringLiteral("WaveNet"));
    m_vocoder->addItem(QString()); // SourceFilter: named in retranslate()
    enableItem(m_vocoder, WaveNet, false);
    m_iterations->setRange(1, 200);
    m_iterations->setValue(TtsControls().griffinLimIterations);
    m_iterations->setAccelerated(true);
    m_pitchSlider->setTickPosition(QSlider::TicksBelow);
    m_pitchSlider->setTickInterval(12);
    m_speedSlider->setTickPosition(QSlider::TicksBelow);
    m_speedSlider->setTickInterval(100);
    m_energySlider->setTickPosition(QSlider::TicksBelow);
    m_energySlider->setTickInterval(100);
    pair(m_speedSlider, m_speed, true);
    pair(m_pitchSlider, m_pitch, false);
    pair(m_energySlider, m_energy, true);
    m_energySlider->setPageStep(50);
    m_speedSlider->setPageStep(25);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    const QList<QPair<QLabel *, QWidget *>> left = {
        {m_modelLabel, m_model}, {m_vocoderLabel, m_vocoder}, {m_iterationsLabel, m_iterations}};
    for (int row = 0; row < left.size(); ++row) {
        left[row].first->setBuddy(left[row].second);
        grid->addWidget(left[row].first, row, 0);
        grid->addWidget(left[row].second, row, 1);
    }
    const QList<std::tuple<QLabel *, QSlider *, QDoubleSpinBox *>> right = {
        {m_speedLabel, m_speedSlider, m_speed},
        {m_pitchLabel, m_pitchSlider, m_pitch},
        {m_energyLabel, m_energySlider, m_energy}};
    for (int row = 0; row < right.size(); ++row) {
        const auto &[label, s, box] = right[row];
        label->setBuddy(box);
        grid->addWidget(label, row, 3);
        grid->addWidget(s, row, 4);
        grid->addWidget(box, row, 5);
    }
    grid->setColumnMinimumWidth(2, 10);
    grid->setColumnStretch(4, 1);
    grid->addWidget(m_reset, 2, 6);

    connect(m_reset, &QToolButton::clicked, this, &TtsControlsBar::reset);
    // Griffin-Lim's iterations mean nothing to the WaveNet vocoder.
    connect(m_vocoder, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        m_iterations->setEnabled(index == GriffinLim);
        m_iterationsLabel->setEnabled(index == GriffinLim);
    });
    connect(m_model, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        // Tacotron 2 predicts no pitch: the shift would have nothing to act on.
        const bool pitch = index != Tacotron2;
        if (!pitch)
            m_pitch->setValue(0.0);
        for (QWidget *w : {static_cast<QWidget *>(m_pitchSlider), static_cast<QWidget *>(m_pitch),
                           static_cast<QWidget *>(m_pitchLabel)})
            w->setEnabled(pitch);
        Q_EMIT modelChosen(index);
    });
    retranslate();
}

void TtsControlsBar::pair(QSlider *s, QDoubleSpinBox *box, bool logScale)
{
    auto toSlider = [logScale](double v) {
        return int(std::lround(logScale ? std::log2(v) * kSliderPerOctave : v));
    };
    auto fromSlider = [logScale](int p) {
        return logScale ? std::exp2(p / kSliderPerOctave) : double(p);
    };
    s->setValue(toSlider(box->value()));
    connect(s, &QSlider::valueChanged, box, [box, fromSlider, toSlider](int p) {
        // Only when the user moved the slider: a box value that rounds to this position stays.
        if (toSlider(box->value()) != p)
            box->setValue(fromSlider(p));
    });
    connect(box, &QDoubleSpinBox::valueChanged, s, [s, toSlider](double v) {
        const QSignalBlocker block(s);
        s->setValue(toSlider(v));
    });
}

TtsControls TtsControlsBar::controls() const
{
    TtsControls c;
    c.speed = m_speed->value();
    c.pitchSemitones = m_pitch->value();
    c.energyScale = m_energy->value();
    c.griffinLimIterations = m_iterations->value();
    switch (m_vocoder->currentIndex()) {
    case WaveNet:
        c.vocoder = TtsVocoder::WaveNet;
        break;
    case SourceFilter:
        c.vocoder = TtsVocoder::SourceFilter;
        break;
    default:
        c.vocoder = TtsVocoder::GriffinLim;
        break;
    }
    return c;
}

void TtsControlsBar::setControls(const TtsControls &c)
{
    m_speed->setValue(c.speed);
    m_pitch->setValue(c.pitchSemitones);
    m_energy->setValue(c.energyScale);
    m_iterations->setValue(c.griffinLimIterations);
}

void TtsControlsBar::reset()
{
    setControls(TtsControls());
}

void TtsControlsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TtsControlsBar::setWaveNetAvailable(bool available, const QString &why)
{
    m_waveNetWhy = available ? QString() : why;
    m_waveNetKnown = true;
    enableItem(m_vocoder, WaveNet, available);
    if (!available && m_vocoder->currentIndex() == WaveNet)
        m_vocoder->setCurrentIndex(GriffinLim);
    retranslate();
}

bool TtsControlsBar::waveNetAvailable() const
{
    const auto *model = qobject_cast<QStandardItemModel *>(m_vocoder->model());
    return model && model->item(WaveNet)->isEnabled();
}

void TtsControlsBar::showModel(Model model)
{
    if (m_model->currentIndex() == model)
        return;
    const QSignalBlocker block(m_model);
    m_model->setCurrentIndex(model);
    const bool pitch = model != Tacotron2;
    for (QWidget *w : {static_cast<QWidget *>(m_pitchSlider), static_cast<QWidget *>(m_pitch),
                       static_cast<QWidget *>(m_pitchLabel)})
        w->setEnabled(pitch);
    if (!pitch)
        m_pitch->setValue(0.0);
}

void TtsControlsBar::retranslate()
{
    m_modelLabel->setText(tr("&Model:"));
    m_model->setToolTip(tr("The acoustic model: text symbols in, mel-spectrogram out"));
    m_model->setItemData(FastSpeech2,
                         tr("Non-autoregressive: every frame at once, from predicted durations"),
                         Qt::ToolTipRole);
    m_model->setItemData(Tacotron2,
                         tr("Autoregressive: one step of frames at a time, steered by attention "
                            "(no pitch control)"),
                         Qt::ToolTipRole);
    m_vocoderLabel->setText(tr("&Vocoder:"));
    m_vocoder->setToolTip(tr("Turns the mel-spectrogram into a waveform"));
    m_vocoder->setItemData(
        GriffinLim,
        tr("Estimates the missing phase by iterating STFTs: no training, robotic sound"),
        Qt::ToolTipRole);
    m_vocoder->setItemData(WaveNet,
                           !m_waveNetKnown ? tr("No WaveNet vocoder is loaded yet")
                           : m_waveNetWhy.isEmpty()
                               ? tr("A neural network that draws every sample from the mel: learns the "
                                    "phase, one sample at a time (the fast cached generator)")
                               : m_waveNetWhy,
                           Qt::ToolTipRole);
    m_vocoder->setItemText(SourceFilter, tr("Source-filter (MLSA)"));
    m_vocoder->setItemData(SourceFilter,
                           tr("How flite's own voices speak: a pulse train at the pitch (or noise) "
                              "through a filter shaped like the mel's spectral envelope "
                              "(mel-cepstrum, MLSA filter). No training, buzzy but clear"),
                           Qt::ToolTipRole);
    m_iterationsLabel->setText(tr("&Iterations:"));
    m_iterations->setToolTip(
        tr("Griffin-Lim iterations: more of them sound cleaner and take longer"));
    m_speedLabel->setText(tr("&Speed:"));
    const QString speed = tr("Divides every predicted duration: 2 speaks twice as fast");
    m_speed->setToolTip(speed);
    m_speedSlider->setToolTip(speed);
    m_pitchLabel->setText(tr("&Pitch:"));
    m_pitch->setSuffix(tr(" st"));
    const QString pitch = tr("Shifts every predicted pitch by semitones: 12 is an octave up");
    m_pitch->setToolTip(pitch);
    m_pitchSlider->setToolTip(pitch);
    m_energyLabel->setText(tr("&Energy:"));
    m_energy->setPrefix(QStringLiteral("×"));
    const QString energy = tr("Multiplies every predicted loudness");
    m_energy->setToolTip(energy);
    m_energySlider->setToolTip(energy);
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Speed 1, pitch 0, energy 1, 32 iterations"));
}

} // namespace wb
