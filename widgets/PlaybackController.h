#pragma once
#include "AudioBuffer.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QVector>

#include <memory>

class QTimer;

namespace wb {

class AudioPlayer;

/** An audio device as the device menus show it. */
struct DeviceEntry
{
    QString name;
    int index = -1; ///< PortAudio index; AudioDevices::kDefaultDevice for "System default"
};

/**
 * The Audio Lab's playback: plays a clip or a time range of it through
 * AudioPlayer and reports the playhead every 30 ms while it plays.
 *
 * Opening and closing PortAudio streams (and the player's copy of the
 * selection) can take far longer than a GUI frame, so they run on a private
 * one-thread pool; the GUI thread only polls the player's atomic playhead.
 * GUI thread only. Errors (no device, a device that fails, PortAudio that
 * cannot start) arrive as error() with a one-line message; playback then
 * simply stops and nothing else is affected.
 */
class PlaybackController : public QObject
{
    Q_OBJECT
public:
    explicit PlaybackController(QObject *parent = nullptr);
    ~PlaybackController() override;

    /** Plays [t0, t1) seconds of audio (t1 <= t0: to the end) on device. */
    void play(std::shared_ptr<const AudioBuffer> audio, double t0, double t1, int device);
    void stop();
    /** True from play() until the end, stop() or an error. */
    bool isPlaying() const { return m_playing; }
    /** Lists input and output devices in the background; answered by devicesListed(). */
    /** Lists the devices off the GUI thread; rescan first asks PortAudio to look at the hardware again. */
    void listDevices(bool rescan = false);

Q_SIGNALS:
    void playingChanged(bool playing);
    /** Seconds into the clip; negative when playback ended (hide the line). */
    void playheadMoved(double seconds);
    void error(const QString &message);
    void devicesListed(const QVector<wb::DeviceEntry> &outputs, const QVector<wb::DeviceEntry> &inputs,
                       const QString &problem);

private:
    void poll();
    void onStarted(quint64 generation, AudioPlayer *player);
    void onFailed(quint64 generation, const QString &message);
    void finish(const QString &problem);

    QThreadPool m_pool;
    QTimer *m_timer;
    std::unique_ptr<AudioPlayer> m_player; ///< created and driven on m_pool's thread
    AudioPlayer *m_active = nullptr;       ///< GUI side: the playing player, once started
    quint64 m_generation = 0;              ///< bumped by every play()/stop(): late answers are ignored
    bool m_playing = false;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::DeviceEntry)
