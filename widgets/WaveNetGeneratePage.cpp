#include "WaveNetGeneratePage.h"

#include "AudioDevices.h"
#include "AudioFile.h"
#include "Error.h"
#include "GrowingWaveView.h"
#include "PlaybackController.h"
#include "SoftmaxChart.h"
#include "WaveNetRaceBoard.h"
#include "WavPathDialog.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace wb {

namespace {

QLabel *heading(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

WaveNetGeneratePage::WaveNetGeneratePage(ModelBackend *backend, ModelSource model, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_model(std::move(model))
    , m_temperatureLabel(new QLabel(this))
    , m_seedLabel(new QLabel(this))
    , m_samplesLabel(new QLabel(this))
    , m_seconds(new QLabel(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_samples(new QSpinBox(this))
    , m_stepHeading(heading(this))
    , m_runHeading(heading(this))
    , m_stepButton(new QPushButton(this))
    , m_restartButton(new QPushButton(this))
    , m_runButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_playButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_raceButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_stepInfo(new QLabel(this))
    , m_softmax(new SoftmaxChart(this))
    , m_wave(new GrowingWaveView(this))
    , m_board(new WaveNetRaceBoard(this))
    , m_poll(new QTimer(this))
    , m_playback(new PlaybackController(this))
{
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setValue(1.0);
    m_seed->setRange(0, 999999);
    m_seed->setValue(1);
    m_samples->setRange(1, 10 * 44100);
    m_samples->setSingleStep(1000);
    m_samples->setValue(22050);
    m_samples->setGroupSeparatorShown(true);
    connect(m_samples, &QSpinBox::valueChanged, this, &WaveNetGeneratePage::updateSeconds);
    connect(m_seed, &QSpinBox::valueChanged, this, [this] { m_stepper.reset(); });
    m_stepButton->setDefault(true);
    m_stepInfo->setWordWrap(true);
    m_stepInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(14);


    // Controls down the left; what they produce on the right.
    auto *controls = new QWidget(this);
    auto *c = new QGridLayout(controls);
    c->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    auto *sampling = new QHBoxLayout;
    sampling->addWidget(m_temperatureLabel);
    sampling->addWidget(m_temperature, 1);
    sampling->addSpacing(8);
    sampling->addWidget(m_seedLabel);
    sampling->addWidget(m_seed, 1);
    c->addLayout(sampling, row++, 0, 1, 2);
    c->addWidget(m_stepHeading, row++, 0, 1, 2);
    c->addWidget(m_stepButton, row, 0);
    c->addWidget(m_restartButton, row++, 1);
    c->addWidget(m_runHeading, row++, 0, 1, 2);
    auto *samplesRow = new QHBoxLayout;
    samplesRow->addWidget(m_samplesLabel);
    samplesRow->addWidget(m_samples, 1);
    samplesRow->addSpacing(6);
    samplesRow->addWidget(m_seconds);
    c->addLayout(samplesRow, row++, 0, 1, 2);
    c->addWidget(m_runButton, row, 0);
    c->addWidget(m_cancelButton, row++, 1);
    c->addWidget(m_progress, row++, 0, 1, 2);
    c->addWidget(m_playButton, row, 0);
    c->addWidget(m_saveButton, row++, 1);
    c->addWidget(m_raceButton, row++, 0, 1, 2);
    c->setRowStretch(row, 1);
    c->setVerticalSpacing(5);
    controls->setMaximumWidth(400);

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_softmax, 1);
    charts->addWidget(m_wave, 1);
    auto *results = new QVBoxLayout;
    results->addWidget(m_stepInfo);
    results->addLayout(charts, 1);
    results->addWidget(m_board);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(controls);
    layout->addLayout(results, 1);

    connect(m_stepButton, &QPushButton::clicked, this, [this] { step(); });
    connect(m_restartButton, &QPushButton::clicked, this, &WaveNetGeneratePage::restartStepping);
    connect(m_runButton, &QPushButton::clicked, this, &WaveNetGeneratePage::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &WaveNetGeneratePage::cancel);
    connect(m_raceButton, &QPushButton::clicked, this, [this] { race(); });
    connect(m_playButton, &QPushButton::clicked, this, &WaveNetGeneratePage::play);
    connect(m_saveButton, &QPushButton::clicked, this, &WaveNetGeneratePage::chooseWavPath);
    connect(m_playback, &PlaybackController::playingChanged, this, [this] { retranslate(); });
    connect(m_playback, &PlaybackController::error, this, &WaveNetGeneratePage::statusMessage);
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &WaveNetGeneratePage::poll);
    connect(backend, &ModelBackend::finished, this, [this](ModelBackend::JobId id) { onFinished(id); });
    connect(backend, &ModelBackend::failed, this, &WaveNetGeneratePage::onFailed);
    connect(backend, &ModelBackend::cancelled, this, &WaveNetGeneratePage::onCancelled);
    retranslate();
    updateButtons();
}

WaveNetGeneratePage::~WaveNetGeneratePage()
{
    if (m_job)
        m_backend->cancel(*m_job);
}

void WaveNetGeneratePage::modelChanged()
{
    m_stepper.reset();
    m_stepperModel.reset();
}

void WaveNetGeneratePage::setOtherBusy(bool busy)
{
    m_otherBusy = busy;
    updateButtons();
}

std::optional<WaveNetStepper::Step> WaveNetGeneratePage::step()
{
    const wavenetjobs::Weights model = m_model();
    if (!model)
        return std::nullopt;
    const auto seed = std::uint64_t(m_seed->value());
    if (!m_stepper || m_stepperModel != model || m_stepperSeed != seed) {
        try {
            m_stepper = std::make_unique<WaveNetStepper>(*model, seed);
        } catch (const std::exception &e) {
            Q_EMIT errorOccurred(tr("Cannot step"), QString::fromStdString(e.what()));
            return std::nullopt;
        }
        m_stepperModel = model;
        m_stepperSeed = seed;
    }
    // One cached step is a few microseconds: no need to leave the GUI thread.
    m_lastStep = m_stepper->step(float(m_temperature->value()));
    const WaveNetStepper::Step &s = *m_lastStep;
    m_softmax->setDistribution(s.probabilities, s.level);
    const QLocale locale;
    m_stepInfo->setText(tr("Sample %1: fed level %2 in, drew level %3 of %4 (p = %5) → amplitude %6")
                            .arg(locale.toString(qint64(s.index)))
                            .arg(s.input)
                            .arg(s.level)
                            .arg(s.probabilities.size())
                            .arg(locale.toString(s.probabilities[std::size_t(s.level)], 'f', 3))
                            .arg(locale.toString(s.amplitude, 'f', 4)));
    Q_EMIT stepped(s.index);
    return m_lastStep;
}

void WaveNetGeneratePage::restartStepping()
{
    m_stepper.reset();
    m_lastStep.reset();
    m_softmax->clear();
    m_stepInfo->setText(tr("Stepping starts again from silence."));
}

void WaveNetGeneratePage::run()
{
    const wavenetjobs::Weights model = m_model();
    if (m_job || !model)
        return;
    m_playback->stop();
    const int n = m_samples->value();
    m_runFeed = std::make_shared<wavenetjobs::RunFeed>();
    m_generated.reset();
    m_wave->reset(std::size_t(n), m_rate);
    m_kind = Kind::Run;
    m_job = m_backend->submit(Lane::Model, tr("Generating %1 WaveNet samples").arg(n),
                              wavenetjobs::generate(model, n, float(m_temperature->value()),
                                                    std::uint64_t(m_seed->value()), m_runFeed));
    m_progress->setValue(0);
    m_poll->start();
    updateButtons();
    Q_EMIT busyChanged(true);
}

void WaveNetGeneratePage::race(const wavenetjobs::RaceLimits &limits)
{
    const wavenetjobs::Weights model = m_model();
    if (m_job || !model)
        return;
    m_raceFeed = std::make_shared<wavenetjobs::RaceFeed>();
    m_raceLimits = limits;
    m_kind = Kind::Race;
    m_job = m_backend->submit(Lane::Model, tr("Racing naive and cached WaveNet generation"),
                              wavenetjobs::race(model, float(m_temperature->value()), std::uint64_t(m_seed->value()),
                                                limits, m_raceFeed));
    m_progress->setValue(0);
    m_board->start(m_raceFeed, limits);
    m_poll->start();
    updateButtons();
    Q_EMIT busyChanged(true);
}

void WaveNetGeneratePage::cancel()
{
    if (m_job)
        m_backend->cancel(*m_job);
}

void WaveNetGeneratePage::poll()
{
    if (m_kind == Kind::Run && m_runFeed) {
        std::vector<float> fresh;
        {
            QMutexLocker lock(&m_runFeed->mutex);
            const auto &all = m_runFeed->samples;
            if (all.size() > m_wave->sampleCount())
                fresh.assign(all.begin() + std::ptrdiff_t(m_wave->sampleCount()), all.end());
        }
        if (!fresh.empty())
            m_wave->append(fresh);
        m_progress->setValue(int(1000.0 * double(m_wave->sampleCount()) / std::max(1, m_samples->value())));
    } else if (m_kind == Kind::Race && m_raceFeed) {
        showRace();
    }
}

void WaveNetGeneratePage::showRace()
{
    m_board->refresh();
    const std::int64_t total = m_raceLimits.naiveSamples + m_raceLimits.fastSamples;
    if (m_job && total > 0)
        m_progress->setValue(int(1000.0 * double(m_board->samplesDone()) / double(total)));
}

void WaveNetGeneratePage::onFinished(ModelBackend::JobId id)
{
    if (!m_job || id != *m_job)
        return;
    poll();
    const Kind kind = m_kind;
    endJob();
    const QLocale locale;
    if (kind == Kind::Run) {
        m_progress->setValue(1000);
        Q_EMIT statusMessage(tr("Generated %1 samples (%2 s).")
                                 .arg(locale.toString(qint64(m_generated ? m_generated->frames() : 0)))
                                 .arg(locale.toString(m_generated ? m_generated->duration() : 0.0, 'f', 2)));
        Q_EMIT runFinished();
    } else {
        showRace();
        m_progress->setValue(1000);
        Q_EMIT statusMessage(m_board->verdict());
        Q_EMIT raceFinished();
    }
}

void WaveNetGeneratePage::onFailed(ModelBackend::JobId id, const QString &message)
{
    if (!m_job || id != *m_job)
        return;
    const Kind kind = m_kind;
    endJob();
    Q_EMIT errorOccurred(kind == Kind::Run ? tr("Generation failed") : tr("Race failed"), message);
}

void WaveNetGeneratePage::onCancelled(ModelBackend::JobId id)
{
    if (!m_job || id != *m_job)
        return;
    poll();
    endJob();
    Q_EMIT statusMessage(tr("Cancelled; what was generated so far can still be played."));
}

void WaveNetGeneratePage::endJob()
{
    m_poll->stop();
    m_job.reset();
    if (m_kind == Kind::Run && m_runFeed) {
        QMutexLocker lock(&m_runFeed->mutex);
        if (!m_runFeed->samples.empty())
            m_generated = std::make_shared<const AudioBuffer>(m_runFeed->samples, m_rate);
    }
    updateButtons();
    Q_EMIT busyChanged(false);
}

void WaveNetGeneratePage::updateButtons()
{
    const bool busy = m_job.has_value() || m_otherBusy;
    m_runButton->setEnabled(!busy);
    m_raceButton->setEnabled(!busy);
    m_cancelButton->setEnabled(m_job.has_value());
    const bool audio = m_generated && !m_generated->isEmpty();
    m_playButton->setEnabled(audio);
    m_saveButton->setEnabled(audio && !m_job);
}

void WaveNetGeneratePage::updateSeconds()
{
    m_seconds->setText(tr("= %1 s").arg(QLocale().toString(double(m_samples->value()) / m_rate, 'f', 2)));
}

void WaveNetGeneratePage::play()
{
    if (m_playback->isPlaying())
        m_playback->stop();
    else if (m_generated)
        m_playback->play(m_generated, 0.0, 0.0, AudioDevices::kDefaultDevice);
}

bool WaveNetGeneratePage::saveWav(const QString &path, QString *error)
{
    if (!m_generated || m_generated->isEmpty()) {
        if (error)
            *error = tr("Nothing generated yet: press Run first.");
        return false;
    }
    try {
        AudioFile::write(QFile::encodeName(path).toStdString(), *m_generated, WriteFormat::Wav16);
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

void WaveNetGeneratePage::chooseWavPath()
{
    const QString path =
        askWavPath(this, tr("Save Generated Audio"), QStringLiteral("wavenet.wav"), tr("WAV audio (*.wav)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveWav(path, &error))
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT errorOccurred(tr("Cannot save the audio"), error);
}

QString WaveNetGeneratePage::stepText() const
{
    return m_stepInfo->text();
}

void WaveNetGeneratePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WaveNetGeneratePage::retranslate()
{
    m_temperatureLabel->setText(tr("Temperature:"));
    m_temperature->setToolTip(tr("Divides the logits before the softmax: 0 always takes the likeliest level, "
                                 "1 samples the model as trained, above 1 flattens it."));
    m_seedLabel->setText(tr("Seed:"));
    m_samplesLabel->setText(tr("Samples:"));
    m_stepHeading->setText(tr("One sample at a time"));
    m_runHeading->setText(tr("Many samples"));
    m_stepButton->setText(tr("Step"));
    m_stepButton->setToolTip(tr("Generate one sample: its softmax, the level drawn, and the inputs it saw"));
    m_restartButton->setText(tr("Restart"));
    m_runButton->setText(tr("Run"));
    m_cancelButton->setText(tr("Cancel"));
    m_playButton->setText(m_playback->isPlaying() ? tr("Stop") : tr("Play"));
    m_saveButton->setText(tr("Save WAV…"));
    m_raceButton->setText(tr("Race: naive vs cached"));
    m_raceButton->setToolTip(tr("Generate with the seed's method (the whole network per sample) and then with "
                                "cached queues (one new column per layer), and compare samples per second"));
    if (!m_lastStep)
        m_stepInfo->setText(tr("Step generates one sample; Run generates many; Race times two ways of doing it."));
    updateSeconds();
}

} // namespace wb
