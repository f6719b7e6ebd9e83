#include "ReferenceRecorder.h"

#include "AudioDevices.h"
#include "RecordController.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace wb {

namespace {
constexpr int kRecordRate = 16000; // the speaker encoder's rate: nothing is lost
constexpr double kMeterFloorDb = -60.0;
} // namespace

ReferenceRecorder::ReferenceRecorder(QWidget *parent)
    : QGroupBox(parent)
    , m_guidance(new QLabel(this))
    , m_inputLabel(new QLabel(this))
    , m_state(new QLabel(this))
    , m_input(new QComboBox(this))
    , m_level(new QProgressBar(this))
    , m_record(new QPushButton(this))
    , m_load(new QPushButton(this))
    , m_recorder(new RecordController(this))
    , m_devices(new PlaybackController(this))
    , m_countdown(new QTimer(this))
    , m_limit(new QTimer(this))
{
    m_guidance->setWordWrap(true);
    m_state->setWordWrap(true);
    m_input->addItem(QString(), AudioDevices::kDefaultDevice);
    m_input->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_input->setMinimumContentsLength(12);
    m_inputLabel->setBuddy(m_input);
    m_level->setRange(0, 600);
    m_level->setTextVisible(false);
    m_level->setMaximumHeight(10);
    m_limit->setSingleShot(true);

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_inputLabel);
    inputRow->addWidget(m_input, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_load);
    auto *column = new QVBoxLayout(this);
    column->setSpacing(4);
    column->addWidget(m_guidance);
    column->addLayout(inputRow);
    column->addWidget(m_level);
    column->addLayout(buttons);
    column->addWidget(m_state);

    connect(m_record, &QPushButton::clicked, this, [this] {
        if (isBusy())
            stop();
        else
            record();
    });
    connect(m_load, &QPushButton::clicked, this, &ReferenceRecorder::chooseFile);
    connect(m_countdown, &QTimer::timeout, this, &ReferenceRecorder::tick);
    connect(m_limit, &QTimer::timeout, this, &ReferenceRecorder::stop);
    connect(m_recorder, &RecordController::levelChanged, this, &ReferenceRecorder::onLevel);
    connect(m_recorder, &RecordController::recordingChanged, this, &ReferenceRecorder::updateButtons);
    connect(m_recorder, &RecordController::finished, this, [this](const LoadedClip &clip) {
        m_level->setValue(0);
        m_state->setText(tr("Recorded %1 s. Computing its embedding…").arg(m_seconds, 0, 'f', 1));
        updateButtons();
        Q_EMIT recorded(clip);
    });
    connect(m_recorder, &RecordController::error, this, [this](const QString &message) {
        m_limit->stop();
        m_level->setValue(0);
        m_state->setText(tr("Recording failed: %1").arg(message.toHtmlEscaped()));
        updateButtons();
        Q_EMIT error(message);
    });
    connect(m_devices, &PlaybackController::devicesListed, this, &ReferenceRecorder::onDevices);
    m_devices->listDevices();
    retranslate();
    updateButtons();
}

ReferenceRecorder::~ReferenceRecorder() = default;

void ReferenceRecorder::setCountdown(int steps, int stepMs)
{
    m_steps = std::max(0, steps);
    m_stepMs = std::max(1, stepMs);
}

void ReferenceRecorder::setMaxSeconds(double seconds)
{
    m_maxSeconds = std::max(1.0, seconds);
}

void ReferenceRecorder::setRecordingAllowed(bool allowed, const QString &whyNot)
{
    m_allowed = allowed;
    m_whyNot = whyNot;
    updateButtons();
}

bool ReferenceRecorder::isBusy() const
{
    return m_countdown->isActive() || m_recorder->isRecording() || m_recorder->isFinishing();
}

void ReferenceRecorder::record()
{
    if (isBusy() || !m_allowed)
        return;
    m_left = m_steps;
    m_seconds = 0.0;
    tick();
    if (m_left >= 0)
        m_countdown->start(m_stepMs);
    updateButtons();
}

void ReferenceRecorder::tick()
{
    if (m_left > 0) {
        m_state->setText(tr("<b>Get ready: recording in %1…</b>").arg(m_left));
        --m_left;
        return;
    }
    m_countdown->stop();
    m_left = -1;
    m_state->setText(tr("<b>Recording — speak now.</b> Read the passage above in your normal voice."));
    m_recorder->start(m_input->currentData().toInt(), kRecordRate);
    m_limit->start(int(m_maxSeconds * 1000.0));
    updateButtons();
}

void ReferenceRecorder::stop()
{
    m_limit->stop();
    if (m_countdown->isActive()) {
        m_countdown->stop();
        m_left = -1;
        m_state->setText(tr("Recording cancelled."));
    } else if (m_recorder->isRecording()) {
        m_recorder->stop();
    }
    updateButtons();
}

void ReferenceRecorder::onLevel(double peak, double seconds)
{
    const double db = peak > 0 ? 20.0 * std::log10(peak) : kMeterFloorDb;
    m_level->setValue(int(std::lround((std::clamp(db, kMeterFloorDb, 0.0) - kMeterFloorDb) * 10.0)));
    m_seconds = seconds;
    const QString hint = seconds < 8.0 ? tr("keep going") : seconds < 12.0 ? tr("that is enough: press Stop")
                                                                          : tr("press Stop");
    m_state->setText(tr("<b>Recording: %1 s</b> of about 10 — %2.").arg(seconds, 0, 'f', 1).arg(hint));
    // By the recorded seconds too (a device may deliver faster than the wall clock); queued,
    // because this runs inside the controller's own level report.
    if (seconds >= m_maxSeconds && m_recorder->isRecording())
        QMetaObject::invokeMethod(this, &ReferenceRecorder::stop, Qt::QueuedConnection);
}

void ReferenceRecorder::onDevices(const QVector<DeviceEntry> &, const QVector<DeviceEntry> &inputs,
                                  const QString &problem)
{
    if (!problem.isEmpty())
        return; // the default device stays listed; a recording attempt says what is wrong
    const int keep = m_input->currentData().toInt();
    while (m_input->count() > 1)
        m_input->removeItem(1);
    for (const DeviceEntry &d : inputs)
        m_input->addItem(d.name, d.index);
    m_input->setCurrentIndex(std::max(0, m_input->findData(keep)));
}

void ReferenceRecorder::chooseFile()
{
    QSettings settings;
    QString dir = settings.value(QStringLiteral("cloning/referenceDirectory")).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load a Reference Voice"), dir, tr("Audio files (*.wav *.flac *.ogg *.aiff *.aif *.mp3)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("cloning/referenceDirectory"), QFileInfo(path).absolutePath());
    Q_EMIT fileChosen(path);
}

void ReferenceRecorder::updateButtons()
{
    const bool busy = isBusy();
    m_record->setText(busy ? tr("■ Stop") : tr("● Record"));
    m_record->setEnabled(busy ? !m_recorder->isFinishing() : m_allowed);
    m_record->setToolTip(m_allowed || busy ? tr("Record a reference: a 3-2-1 countdown, then speak for about "
                                                "10 seconds and press Stop")
                                           : m_whyNot);
    m_input->setEnabled(!busy);
    m_load->setEnabled(!busy);
}

void ReferenceRecorder::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

QString ReferenceRecorder::passage() const
{
    //: Read aloud for the reference recording, and its transcript for speaker adaptation. The
    //: model speaks English only: keep it in English.
    return tr("Every voice has its own color. I am reading these lines at my usual pace, in a quiet room. "
              "Bright yellow birds sang while the children played by the river.");
}

void ReferenceRecorder::retranslate()
{
    setTitle(tr("2. Reference voice"));
    m_guidance->setText(tr("Record <b>about 10 seconds</b> of natural speech in a quiet room (more is fine; "
                           "under 3 s gives a poor embedding), or load a recording. Silence at the ends is "
                           "trimmed; several references are averaged into one voice.")
                        + QStringLiteral("<br>") + tr("Read this aloud: <i>%1</i>").arg(passage().toHtmlEscaped()));
    m_inputLabel->setText(tr("&Input:"));
    m_input->setItemText(0, tr("System default"));
    m_load->setText(tr("Load file…"));
    m_level->setToolTip(tr("Input level, -60 to 0 dBFS"));
    if (!isBusy() && m_state->text().isEmpty())
        m_state->setText(tr("Ready."));
    updateButtons();
}

} // namespace wb
