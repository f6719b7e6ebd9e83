#include "AudioTransport.h"

#include "AudioDevices.h"
#include "RecordController.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

#include <cmath>

namespace wb {

namespace {

// The meter spans -60..0 dBFS in tenths of a dB.
constexpr int kMeterFloorDb = -60;
// Falls 1.5 dB per 50 ms report (30 dB/s): fast enough to follow speech,
// slow enough that a syllable's peak can be read.
constexpr int kMeterFall = 15;

QIcon recordIcon()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(120, 0, 0), 1.5));
    p.setBrush(QColor(215, 35, 35));
    p.drawEllipse(QRectF(5, 5, 22, 22));
    return QIcon(pixmap);
}

QString clock(double seconds)
{
    const int tenths = int(std::floor(qMax(0.0, seconds) * 10.0));
    return QStringLiteral("%1:%2.%3")
        .arg(tenths / 600)
        .arg((tenths / 10) % 60, 2, 10, QLatin1Char('0'))
        .arg(tenths % 10);
}

} // namespace

AudioTransport::AudioTransport(QWidget *parent)
    : QWidget(parent)
    , m_playback(new PlaybackController(this))
    , m_recorder(new RecordController(this))
    , m_playAction(new QAction(this))
    , m_recordAction(new QAction(this))
    , m_playButton(new QToolButton(this))
    , m_recordButton(new QToolButton(this))
    , m_rescanButton(new QToolButton(this))
    , m_outputLabel(new QLabel(this))
    , m_output(new QComboBox(this))
    , m_inputLabel(new QLabel(this))
    , m_input(new QComboBox(this))
    , m_meter(new QProgressBar(this))
    , m_elapsed(new QLabel(this))
    , m_selection(new QLabel(this))
{
    m_playAction->setShortcut(QKeySequence(Qt::Key_Space));
    // Space plays while the Audio Lab (not another tab) has the focus.
    m_playAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_recordAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_playAction, &QAction::triggered, this, &AudioTransport::togglePlay);
    connect(m_recordAction, &QAction::triggered, this, &AudioTransport::toggleRecord);
    m_playButton->setDefaultAction(m_playAction);
    m_recordButton->setDefaultAction(m_recordAction);
    for (QToolButton *b : {m_playButton, m_recordButton}) {
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setMinimumWidth(96);
    }
    for (QComboBox *box : {m_output, m_input}) {
        // A fixed, modest width: a long device name is cut in the box (the list and the
        // tooltip show it whole) instead of widening the row past a small screen.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(11);
        connect(box, &QComboBox::currentTextChanged, box, &QComboBox::setToolTip);
        box->addItem(QString(), AudioDevices::kDefaultDevice); // "System default", texted in retranslate()
        m_outputLabel->setBuddy(m_output);
        m_inputLabel->setBuddy(m_input);
    }
    m_rescanButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_rescanButton->setAutoRaise(true);
    connect(m_rescanButton, &QToolButton::clicked, this, [this] {
        if (m_playback->isPlaying() || m_recorder->isRecording() || m_recorder->isFinishing()) {
            Q_EMIT statusMessage(tr("Stop playback and recording before looking for audio devices again."));
            return;
        }
        Q_EMIT statusMessage(tr("Looking for audio devices..."));
        refreshDevices(true);
    });
    m_meter->setRange(0, -kMeterFloorDb * 10);
    m_meter->setValue(0);
    m_meter->setTextVisible(false);
    m_meter->setFixedSize(110, 14);
    m_elapsed->setMinimumWidth(60);
    m_elapsed->setText(clock(0));
    m_selection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The hint may be cut in a narrow window rather than widen it; the tooltip keeps it whole.
    m_selection->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_selection->setMinimumWidth(80);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_playButton);
    row->addWidget(m_outputLabel);
    row->addWidget(m_output);
    row->addSpacing(12);
    row->addWidget(m_recordButton);
    row->addWidget(m_inputLabel);
    row->addWidget(m_input);
    row->addWidget(m_rescanButton);
    row->addWidget(m_meter);
    row->addWidget(m_elapsed);
    row->addSpacing(12);
    row->addWidget(m_selection, 1);

    connect(m_playback, &PlaybackController::playheadMoved, this, &AudioTransport::playheadMoved);
    connect(m_playback, &PlaybackController::playingChanged, this, &AudioTransport::updateActions);
    connect(m_playback, &PlaybackController::error, this,
            [this](const QString &message) { Q_EMIT statusMessage(tr("Playback: %1").arg(message)); });
    connect(m_playback, &PlaybackController::devicesListed, this, &AudioTransport::onDevicesListed);
    connect(m_recorder, &RecordController::recordingChanged, this, &AudioTransport::updateActions);
    connect(m_recorder, &RecordController::levelChanged, this, &AudioTransport::onLevel);
    connect(m_recorder, &RecordController::error, this,
            [this](const QString &message) { Q_EMIT statusMessage(tr("Recording: %1").arg(message)); });
    connect(m_recorder, &RecordController::finished, this, [this](const LoadedClip &clip) {
        m_meter->setValue(0);
        updateActions();
        Q_EMIT recordingFinished(clip);
    });
    retranslate();
    updateActions();
    refreshDevices();
}

AudioTransport::~AudioTransport() = default;

void AudioTransport::setClip(std::shared_ptr<const AudioBuffer> audio)
{
    if (m_playback->isPlaying())
        m_playback->stop();
    m_audio = std::move(audio);
    m_selStart = m_selEnd = 0.0;
    updateSelectionLabel();
    updateActions();
}

void AudioTransport::setSelection(double t0, double t1)
{
    m_selStart = t0;
    m_selEnd = t1;
    updateSelectionLabel();
}

bool AudioTransport::isPlaying() const
{
    return m_playback->isPlaying();
}

bool AudioTransport::isRecording() const
{
    return m_recorder->isRecording();
}

bool AudioTransport::isFinishingRecording() const
{
    return m_recorder->isFinishing();
}

void AudioTransport::refreshDevices(bool rescan)
{
    m_playback->listDevices(rescan);
}

QString AudioTransport::selectionText() const
{
    return m_selection->text();
}

QString AudioTransport::elapsedText() const
{
    return m_elapsed->text();
}

void AudioTransport::togglePlay()
{
    if (m_playback->isPlaying()) {
        m_playback->stop();
        return;
    }
    if (!m_audio || m_audio->isEmpty()) {
        Q_EMIT statusMessage(tr("Nothing to play: open or record a clip first."));
        return;
    }
    if (m_recorder->isRecording()) {
        Q_EMIT statusMessage(tr("Stop the recording before playing."));
        return;
    }
    m_playback->play(m_audio, m_selStart, m_selEnd, m_output->currentData().toInt());
}

void AudioTransport::toggleRecord()
{
    if (m_recorder->isRecording()) {
        m_recorder->stop();
        Q_EMIT statusMessage(tr("Recording stopped; preparing the clip..."));
        return;
    }
    if (m_recorder->isFinishing())
        return;
    if (m_playback->isPlaying())
        m_playback->stop();
    m_seconds = 0.0;
    m_elapsed->setText(clock(0));
    m_recorder->start(m_input->currentData().toInt(), m_recordRate, m_recordPath);
    Q_EMIT recordingStarted();
}

void AudioTransport::onDevicesListed(const QVector<DeviceEntry> &outputs, const QVector<DeviceEntry> &inputs,
                                     const QString &problem)
{
    const auto fill = [](QComboBox *box, const QVector<DeviceEntry> &devices) {
        const int keep = box->currentData().toInt();
        while (box->count() > 1)
            box->removeItem(1);
        for (const DeviceEntry &d : devices)
            box->addItem(d.name, d.index);
        box->setCurrentIndex(qMax(0, box->findData(keep)));
    };
    if (!problem.isEmpty()) {
        // Keep the lists we had: a failed rescan does not make devices vanish.
        Q_EMIT statusMessage(tr("Audio devices unavailable: %1").arg(problem));
        return;
    }
    fill(m_output, outputs);
    fill(m_input, inputs);
    Q_EMIT devicesUpdated(outputs.size(), inputs.size());
    if (outputs.isEmpty() && inputs.isEmpty())
        Q_EMIT statusMessage(tr("No audio devices found: playback and recording are unavailable."));
}

void AudioTransport::onLevel(double peak, double seconds)
{
    const double db = peak > 0 ? 20.0 * std::log10(peak) : double(kMeterFloorDb);
    const int value = int(std::lround((qBound(double(kMeterFloorDb), db, 0.0) - kMeterFloorDb) * 10.0));
    m_meter->setValue(qMax(value, m_meter->value() - kMeterFall));
    m_seconds = seconds;
    m_elapsed->setText(clock(seconds));
}

void AudioTransport::updateActions()
{
    const bool playing = m_playback->isPlaying();
    const bool recording = m_recorder->isRecording();
    QStyle *s = style();
    m_playAction->setIcon(s->standardIcon(playing ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    m_playAction->setText(playing ? tr("Stop") : tr("Play"));
    m_playAction->setEnabled((m_audio && !m_audio->isEmpty()) || playing);
    m_recordAction->setIcon(recording ? s->standardIcon(QStyle::SP_MediaStop) : recordIcon());
    m_recordAction->setText(recording ? tr("Stop Recording") : tr("Record"));
    m_recordAction->setEnabled(!m_recorder->isFinishing());
    m_output->setEnabled(!playing);
    m_input->setEnabled(!recording);
    if (!recording)
        m_meter->setValue(0);
}

void AudioTransport::updateSelectionLabel()
{
    if (m_selEnd > m_selStart)
        m_selection->setText(tr("Selection: %1–%2 s (%3 s)")
                                 .arg(m_selStart, 0, 'f', 2)
                                 .arg(m_selEnd, 0, 'f', 2)
                                 .arg(m_selEnd - m_selStart, 0, 'f', 2));
    else
        m_selection->setText(tr("No selection: Play plays the whole clip. Shift+drag on a view to select."));
    m_selection->setToolTip(m_selection->text());
}

void AudioTransport::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AudioTransport::retranslate()
{
    m_playAction->setToolTip(tr("Play the selection, or the whole clip (Space)"));
    m_recordAction->setToolTip(tr("Record from the input device; the recording becomes the current clip (Ctrl+R)"));
    m_outputLabel->setText(tr("&Output:"));
    m_inputLabel->setText(tr("&Input:"));
    m_output->setItemText(0, tr("System default"));
    m_input->setItemText(0, tr("System default"));
    m_meter->setToolTip(tr("Input level, -60 to 0 dBFS"));
    m_elapsed->setToolTip(tr("Time recorded"));
    m_rescanButton->setToolTip(tr("Look for audio devices again (after plugging one in)"));
    updateActions();
    updateSelectionLabel();
}

} // namespace wb
