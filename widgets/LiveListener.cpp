#include "LiveListener.h"

#include "AudioFileTail.h"
#include "AudioRecorder.h"
#include "Resampler.h"

#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <exception>

namespace wb {

namespace {
// A fresh recording file after this long keeps the temp file small however long one listens.
constexpr double kRestartSeconds = 120.0;
} // namespace

struct LiveListener::State
{
    std::unique_ptr<AudioRecorder> recorder;
    AudioFileTail tail;
    RecordOptions options;
    std::vector<float> recent; ///< the last window, at the file's rate
    int fileRate = 0;

    void startRecording()
    {
        options.tempPath = AudioRecorder::defaultTempPath();
        recorder = std::make_unique<AudioRecorder>();
        recorder->start(options);
        tail.reset();
    }
    void stopRecording()
    {
        if (!recorder)
            return;
        const std::string path = recorder->path();
        try {
            recorder->stop();
        } catch (const std::exception &) {
            // Nothing of a live window is kept: a failed read-back loses nothing.
        }
        recorder.reset();
        std::remove(path.c_str());
    }
};

LiveListener::LiveListener(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_pool.setMaxThreadCount(1);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &LiveListener::tick);
}

LiveListener::~LiveListener()
{
    m_timer->stop();
    m_pool.clear();
    m_pool.waitForDone();
    if (m_state)
        m_state->stopRecording();
}

void LiveListener::setWindow(double seconds, int sampleRate)
{
    m_seconds = seconds;
    m_rate = sampleRate;
}

void LiveListener::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void LiveListener::start(int device)
{
    if (m_listening)
        return;
    const quint64 generation = ++m_generation;
    m_listening = true;
    m_reading = false;
    Q_EMIT listeningChanged(true);
    auto state = std::make_shared<State>();
    state->options.deviceIndex = device;
    state->options.sampleRate = m_rate;
    state->options.channels = 1;
    state->options.floatSamples = true;
    m_state = state;
    m_pool.start([this, state, generation] {
        try {
            state->startRecording();
            QMetaObject::invokeMethod(this, [this, generation] {
                if (generation == m_generation && m_listening)
                    m_timer->start();
            }, Qt::QueuedConnection);
        } catch (const std::exception &e) {
            state->recorder.reset();
            fail(generation, QString::fromStdString(e.what()));
        }
    });
}

void LiveListener::fail(quint64 generation, const QString &message)
{
    QMetaObject::invokeMethod(this, [this, generation, message] {
        m_reading = false;
        if (generation != m_generation)
            return;
        stop();
        Q_EMIT error(message);
    }, Qt::QueuedConnection);
}

void LiveListener::stop()
{
    if (!m_listening)
        return;
    ++m_generation;
    m_timer->stop();
    m_listening = false;
    if (auto state = std::move(m_state))
        m_pool.start([state] { state->stopRecording(); });
    Q_EMIT listeningChanged(false);
}

void LiveListener::tick()
{
    if (!m_listening || m_reading || !m_state)
        return;
    m_reading = true; // one read at a time: a slow disk skips ticks rather than queueing them
    const quint64 generation = m_generation;
    const double seconds = m_seconds;
    const int rate = m_rate;
    m_pool.start([this, state = m_state, generation, seconds, rate] {
        try {
            if (!state->recorder) {
                QMetaObject::invokeMethod(this, [this] { m_reading = false; }, Qt::QueuedConnection);
                return;
            }
            const double peak = state->recorder->level();
            if (!state->recorder->isRecording()) {
                const std::string why = state->recorder->errorMessage();
                fail(generation, QString::fromStdString(why.empty() ? "the input device stopped" : why));
                return;
            }
            AudioBuffer fresh = state->tail.readNew(state->recorder->path());
            if (state->fileRate != fresh.sampleRate())
                state->recent.clear();
            state->fileRate = fresh.sampleRate();
            auto &recent = state->recent;
            recent.insert(recent.end(), fresh.samples().begin(), fresh.samples().end());
            const auto keep = std::size_t(seconds * state->fileRate);
            if (recent.size() > keep)
                recent.erase(recent.begin(), recent.end() - std::ptrdiff_t(keep));
            std::vector<float> out = recent;
            if (state->fileRate != rate && !out.empty())
                out = Resampler::resample(AudioBuffer(out, state->fileRate), rate).samples();
            if (state->recorder->elapsedSeconds() > kRestartSeconds) {
                state->stopRecording();
                state->startRecording();
            }
            QMetaObject::invokeMethod(this, [this, generation, out = std::move(out), rate, peak] {
                if (generation != m_generation)
                    return;
                m_reading = false;
                if (!out.empty())
                    Q_EMIT window(out, rate, peak);
            }, Qt::QueuedConnection);
        } catch (const std::exception &e) {
            fail(generation, QString::fromStdString(e.what()));
        }
    });
}

} // namespace wb
