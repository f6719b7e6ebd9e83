#include "PlaybackController.h"

#include "AudioDevices.h"
#include "AudioPlayer.h"
#include "Error.h"

#include <QCoreApplication>
#include <QTimer>

#include <cmath>
#include <exception>

namespace wb {

namespace {
constexpr int kPollMs = 30;
} // namespace

PlaybackController::PlaybackController(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<wb::DeviceEntry>();
    m_pool.setMaxThreadCount(1);
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &PlaybackController::poll);
}

PlaybackController::~PlaybackController()
{
    m_timer->stop();
    m_pool.clear();
    m_pool.waitForDone();
    // Joins the player's watcher thread, so no finished callback can reach
    // this object once it is gone.
    m_player.reset();
}

void PlaybackController::play(std::shared_ptr<const AudioBuffer> audio, double t0, double t1, int device)
{
    if (!audio || audio->isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_active = nullptr;
    m_playing = true;
    Q_EMIT playingChanged(true);
    const double rate = audio->sampleRate();
    const auto frames = audio->frames();
    const auto start = std::size_t(qBound(0.0, std::floor(t0 * rate), double(frames)));
    const std::size_t end = t1 > t0 ? std::size_t(qBound(0.0, std::ceil(t1 * rate), double(frames)))
                                    : AudioPlayer::kToEnd;
    m_pool.start([this, audio, start, end, device, generation] {
        try {
            if (!m_player) {
                m_player = std::make_unique<AudioPlayer>();
                // The watcher thread only posts; the GUI thread decides.
                m_player->setFinishedCallback(
                    [this] { QMetaObject::invokeMethod(this, &PlaybackController::poll, Qt::QueuedConnection); });
            }
            m_player->play(*audio, start, end, device);
            AudioPlayer *player = m_player.get();
            QMetaObject::invokeMethod(this, [this, generation, player] { onStarted(generation, player); },
                                      Qt::QueuedConnection);
        } catch (const std::exception &e) {
            const QString message = QString::fromStdString(e.what());
            QMetaObject::invokeMethod(this, [this, generation, message] { onFailed(generation, message); },
                                      Qt::QueuedConnection);
        }
    });
}

void PlaybackController::stop()
{
    ++m_generation;
    const bool was = m_playing;
    m_active = nullptr;
    m_playing = false;
    m_timer->stop();
    m_pool.start([this] {
        if (m_player)
            m_player->stop();
    });
    if (was) {
        Q_EMIT playheadMoved(-1.0);
        Q_EMIT playingChanged(false);
    }
}

void PlaybackController::onStarted(quint64 generation, AudioPlayer *player)
{
    if (generation != m_generation)
        return; // stopped or restarted meanwhile
    m_active = player;
    m_timer->start();
    poll();
}

void PlaybackController::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    finish(message);
}

void PlaybackController::poll()
{
    if (!m_active)
        return;
    // Ask whether it still plays before reading the position: once it has
    // stopped, the position read next is the final one (the end of the
    // selection after a natural end).
    const bool playing = m_active->isPlaying();
    const int rate = m_active->sampleRate();
    if (rate > 0)
        Q_EMIT playheadMoved(double(m_active->positionFrames()) / rate);
    if (!playing)
        finish(QString::fromStdString(m_active->errorMessage()));
}

void PlaybackController::finish(const QString &problem)
{
    m_active = nullptr;
    m_timer->stop();
    if (m_playing) {
        m_playing = false;
        Q_EMIT playheadMoved(-1.0);
        Q_EMIT playingChanged(false);
    }
    if (!problem.isEmpty())
        Q_EMIT error(problem);
}

void PlaybackController::listDevices(bool rescan)
{
    m_pool.start([this, rescan] {
        QVector<DeviceEntry> outputs, inputs;
        QString problem;
        try {
            if (rescan)
                AudioDevices::instance()->refresh();
            // Enumerating ALSA devices can take a noticeable moment: never on the GUI thread.
            for (const AudioDeviceInfo &d : AudioDevices::instance()->listDevices()) {
                const DeviceEntry entry{QString::fromStdString(d.name), d.index};
                if (d.maxOutputChannels > 0)
                    outputs.append(entry);
                if (d.maxInputChannels > 0)
                    inputs.append(entry);
            }
        } catch (const std::exception &e) {
            problem = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, outputs, inputs, problem] { Q_EMIT devicesListed(outputs, inputs, problem); },
            Qt::QueuedConnection);
    });
}

} // namespace wb
