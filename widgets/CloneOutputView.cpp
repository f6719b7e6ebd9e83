#include "CloneOutputView.h"

#include "AudioDevices.h"
#include "AudioFile.h"
#include "PlaybackController.h"
#include "SpectrogramView.h"
#include "WavPathDialog.h"
#include "WaveformView.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace wb {

CloneOutputView::CloneOutputView(QWidget *parent)
    : QWidget(parent)
    , m_mel(new SpectrogramView(this))
    , m_wave(new WaveformView(this))
    , m_play(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_playback(new PlaybackController(this))
{
    m_mel->setMinimumHeight(120);
    m_wave->setMinimumHeight(90);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_play);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto *views = new QVBoxLayout;
    views->setSpacing(0);
    views->addWidget(m_mel, 3);
    views->addWidget(m_wave, 2);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(views, 1);
    row->addLayout(buttons);

    connect(m_play, &QPushButton::clicked, this, &CloneOutputView::togglePlay);
    connect(m_save, &QPushButton::clicked, this, &CloneOutputView::chooseWavPath);
    connect(m_playback, &PlaybackController::playheadMoved, this, [this](double t) {
        m_wave->setPlayhead(t);
        m_mel->setPlayhead(t);
    });
    connect(m_playback, &PlaybackController::playingChanged, this, &CloneOutputView::retranslate);
    connect(m_playback, &PlaybackController::error, this, &CloneOutputView::statusMessage);
    retranslate();
}

CloneOutputView::~CloneOutputView() = default;

void CloneOutputView::showOutput(const cloningjobs::Output &output)
{
    m_playback->stop();
    if (!output || !output->audio) {
        clear();
        return;
    }
    m_output = output;
    const TtsResult &r = output->result.tts;
    const int rate = r.sampleRate > 0 ? r.sampleRate : 22050;
    m_mel->setMel(output->melDb, rate, output->hop, 0.0, output->fmax);
    m_wave->setAudio(output->audio, output->summary);
    const double frames = std::max(1.0, double(output->melDb.cols()));
    const double seconds = std::max(r.audioSeconds(), (frames - 0.5) * output->hop / rate);
    m_mel->setTimeBounds(seconds);
    m_wave->setTimeBounds(seconds);
    m_mel->replot(QCustomPlot::rpQueuedReplot);
    m_wave->replot(QCustomPlot::rpQueuedReplot);
    retranslate();
}

void CloneOutputView::clear()
{
    m_playback->stop();
    m_output.reset();
    m_mel->clear();
    m_wave->clear();
    retranslate();
}

void CloneOutputView::setColorMap(const QString &name)
{
    m_mel->setColorMap(name);
}

bool CloneOutputView::saveWav(const QString &path, QString *error)
{
    if (!m_output || !m_output->audio || m_output->audio->isEmpty()) {
        if (error)
            *error = tr("Nothing cloned yet: press Clone first.");
        return false;
    }
    try {
        AudioFile::write(QFile::encodeName(path).toStdString(), *m_output->audio, WriteFormat::Wav16);
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

void CloneOutputView::togglePlay()
{
    if (m_playback->isPlaying())
        m_playback->stop();
    else if (m_output && m_output->audio)
        m_playback->play(m_output->audio, 0.0, 0.0, AudioDevices::kDefaultDevice);
}

void CloneOutputView::chooseWavPath()
{
    const QString path = askWavPath(this, tr("Save the Clone"), QStringLiteral("clone.wav"), tr("WAV audio (*.wav)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveWav(path, &error))
        Q_EMIT statusMessage(tr("Saved %1 (it carries the watermark)").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT errorOccurred(tr("Cannot save the audio"), error);
}

void CloneOutputView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CloneOutputView::retranslate()
{
    const bool audio = m_output && m_output->audio && !m_output->audio->isEmpty();
    m_play->setText(m_playback->isPlaying() ? tr("■ Stop") : tr("▶ Play"));
    m_save->setText(tr("Save WAV…"));
    m_play->setEnabled(audio);
    m_save->setEnabled(audio);
}

} // namespace wb
