#pragma once
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <vector>

class QTimer;

namespace wb {

class AudioFileTail;
class AudioRecorder;

/**
 * Listens to an input device continuously and hands over a sliding window:
 * every intervalMs, the last windowSeconds of input, mono at sampleRate.
 *
 * It records through AudioRecorder (lock-free real-time callback, a WAV
 * file written as it goes) and follows that file with AudioFileTail; the
 * file is started afresh every few minutes so it never grows large, and is
 * deleted when listening stops. Opening, reading and resampling run on a
 * private one-thread pool, never the GUI thread. GUI thread only. Errors
 * (no input device, a device that fails) arrive as error() and end the
 * listening.
 */
class LiveListener : public QObject
{
    Q_OBJECT
public:
    explicit LiveListener(QObject *parent = nullptr);
    ~LiveListener() override;

    void setWindow(double seconds, int sampleRate);
    void setInterval(int ms);
    void start(int device = -1);
    void stop();
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void listeningChanged(bool listening);
    /** The latest window (windowSeconds; shorter at the start), and the input peak since the last one. */
    void window(const std::vector<float> &samples, int sampleRate, double peak);
    void error(const QString &message);

private:
    void tick();
    void fail(quint64 generation, const QString &message);

    struct State;
    QThreadPool m_pool;
    QTimer *m_timer;
    std::shared_ptr<State> m_state; ///< touched only on m_pool's thread
    quint64 m_generation = 0;
    bool m_listening = false;
    bool m_reading = false;
    double m_seconds = 1.0;
    int m_rate = 16000;
};

} // namespace wb
