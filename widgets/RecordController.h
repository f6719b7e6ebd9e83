#pragma once
#include "AudioAnalysis.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

class QTimer;

namespace wb {

class AudioRecorder;

/**
 * The Audio Lab's recorder: records mono at the analysis rate through
 * AudioRecorder (which writes a WAV file as it goes, so a crash loses
 * nothing), reports the input level and the elapsed time every 50 ms, and
 * hands the finished recording over as a LoadedClip, summary included.
 *
 * Opening the stream and reading the recording back run on a private
 * one-thread pool, never the GUI thread. GUI thread only. Errors (no input
 * device, a device that fails mid-way, an unwritable temp folder) arrive as
 * error(); whatever was recorded before a failure is still handed over.
 */
class RecordController : public QObject
{
    Q_OBJECT
public:
    explicit RecordController(QObject *parent = nullptr);
    ~RecordController() override;

    /** tempPath empty: a fresh file in the system temp folder. */
    void start(int device, int sampleRate, const QString &tempPath = QString());
    /** Ends the recording; finished() follows once the file is read back. */
    void stop();
    bool isRecording() const { return m_recording; }
    /** True from stop() until finished() or error(). */
    bool isFinishing() const { return m_finishing; }

Q_SIGNALS:
    void recordingChanged(bool recording);
    /** peak in [0, 1+] since the previous report, seconds recorded so far. */
    void levelChanged(double peak, double seconds);
    void finished(const wb::LoadedClip &clip);
    void error(const QString &message);

private:
    void poll();
    void onStarted(quint64 generation, AudioRecorder *recorder);
    void collect();

    QThreadPool m_pool;
    QTimer *m_timer;
    std::unique_ptr<AudioRecorder> m_recorder; ///< created and driven on m_pool's thread
    AudioRecorder *m_active = nullptr;         ///< GUI side, once the stream runs
    quint64 m_generation = 0;
    bool m_recording = false;
    bool m_finishing = false;
};

} // namespace wb
