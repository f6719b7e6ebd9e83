#include "RecordController.h"

#include "AudioFile.h"
#include "AudioRecorder.h"
#include "Error.h"

#include <QFile>
#include <QTimer>

#include <exception>

namespace wb {

namespace {
constexpr int kPollMs = 50;
} // namespace

RecordController::RecordController(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<wb::LoadedClip>();
    m_pool.setMaxThreadCount(1);
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &RecordController::poll);
}

RecordController::~RecordController()
{
    m_timer->stop();
    m_pool.clear();
    m_pool.waitForDone();
    // The recorder's destructor stops the stream and keeps the file: a
    // recording in progress when the window closes is still on disk.
    m_recorder.reset();
}

void RecordController::start(int device, int sampleRate, const QString &tempPath)
{
    if (m_recording || m_finishing)
        return;
    const quint64 generation = ++m_generation;
    m_recording = true;
    Q_EMIT recordingChanged(true);
    RecordOptions options;
    options.deviceIndex = device;
    options.sampleRate = sampleRate;
    options.channels = 1;
    options.tempPath = QFile::encodeName(tempPath).toStdString();
    m_pool.start([this, options, generation] {
        try {
            if (!m_recorder)
                m_recorder = std::make_unique<AudioRecorder>();
            m_recorder->start(options);
            AudioRecorder *recorder = m_recorder.get();
            QMetaObject::invokeMethod(this, [this, generation, recorder] { onStarted(generation, recorder); },
                                      Qt::QueuedConnection);
        } catch (const std::exception &e) {
            const QString message = QString::fromStdString(e.what());
            QMetaObject::invokeMethod(
                this,
                [this, generation, message] {
                    if (generation != m_generation)
                        return;
                    m_recording = false;
                    Q_EMIT recordingChanged(false);
                    Q_EMIT error(message);
                },
                Qt::QueuedConnection);
        }
    });
}

void RecordController::onStarted(quint64 generation, AudioRecorder *recorder)
{
    if (generation != m_generation)
        return;
    m_active = recorder;
    m_timer->start();
}

void RecordController::poll()
{
    if (!m_active)
        return;
    Q_EMIT levelChanged(m_active->level(), m_active->elapsedSeconds());
    if (m_active && !m_active->isRecording()) // a levelChanged slot may have stopped it already
        stop(); // maxSeconds or a failed device: keep what was recorded
}

void RecordController::stop()
{
    if (!m_recording)
        return;
    if (!m_active) {
        // Still opening: the pool runs the stop after the start.
        ++m_generation;
    }
    m_active = nullptr;
    m_timer->stop();
    m_recording = false;
    m_finishing = true;
    Q_EMIT recordingChanged(false);
    collect();
}

void RecordController::collect()
{
    m_pool.start([this] {
        QString problem;
        LoadedClip clip;
        try {
            if (!m_recorder)
                throw Error("the recorder did not start");
            AudioBuffer audio = m_recorder->stop();
            const std::string failure = m_recorder->errorMessage();
            const std::string path = m_recorder->path();
            const AudioFileInfo info = AudioFile::probe(path);
            clip = AudioAnalysis::prepare(QFile::decodeName(path.c_str()), info, std::move(audio));
            problem = QString::fromStdString(failure);
        } catch (const std::exception &e) {
            problem = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(
            this,
            [this, clip, problem] {
                m_finishing = false;
                if (!problem.isEmpty())
                    Q_EMIT error(problem);
                if (!clip.isEmpty())
                    Q_EMIT finished(clip);
            },
            Qt::QueuedConnection);
    });
}

} // namespace wb
