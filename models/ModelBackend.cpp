#include "ModelBackend.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QRunnable>
#include <QThread>
#include <QThreadPool>

#include <exception>

namespace wb {

ProgressFn JobContext::progressFn()
{
    return [this](double fraction) {
        setProgress(fraction);
        return !isCancelled();
    };
}

namespace {

// Progress reaches the GUI at most this often, so a tight loop cannot flood the event queue.
constexpr qint64 kProgressIntervalMs = 50;

class Job : public JobContext
{
public:
    Job(ModelBackend *owner, ModelBackend::JobId id) : m_owner(owner), m_id(id)
    {
        m_clock.start();
    }
    bool isCancelled() const override { return m_cancelled.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    void setProgress(double fraction) override
    {
        const qint64 now = m_clock.elapsed();
        if (fraction < 1.0 && now - m_lastReport < kProgressIntervalMs)
            return;
        m_lastReport = now;
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, id = m_id, fraction] { emit owner->progress(id, fraction); },
            Qt::QueuedConnection);
    }

private:
    ModelBackend *m_owner;
    ModelBackend::JobId m_id;
    std::atomic<bool> m_cancelled{false};
    QElapsedTimer m_clock;
    qint64 m_lastReport = -kProgressIntervalMs;
};

} // namespace

struct ModelBackend::Private
{
    QThreadPool modelLane;
    QThreadPool analysisLane;
    mutable QMutex mutex;
    QHash<JobId, std::shared_ptr<Job>> jobs; // queued or running
    JobId nextId = 1;
};

ModelBackend::ModelBackend(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<JobId>("wb::ModelBackend::JobId");
    // Model jobs (train, generate) run one at a time so they never compete for the same
    // network; analysis jobs get their own threads, so a long training run never starves
    // the views.
    d->modelLane.setMaxThreadCount(1);
    d->analysisLane.setMaxThreadCount(qBound(1, QThread::idealThreadCount() - 1, 4));
}

ModelBackend::~ModelBackend()
{
    cancelAll();
    d->modelLane.waitForDone();
    d->analysisLane.waitForDone();
}

ModelBackend::JobId ModelBackend::submit(Lane lane, const QString &name, JobFn fn)
{
    std::shared_ptr<Job> job;
    JobId id;
    {
        QMutexLocker lock(&d->mutex);
        id = d->nextId++;
        job = std::make_shared<Job>(this, id);
        d->jobs.insert(id, job);
    }
    auto *runnable = QRunnable::create([this, id, name, job, fn = std::move(fn)]() {
        QVariant result;
        QString error;
        bool ok = false;
        if (!job->isCancelled()) {
            QMetaObject::invokeMethod(
                this, [this, id, name] { emit started(id, name); }, Qt::QueuedConnection);
            try {
                result = fn(*job);
                ok = true;
            } catch (const Cancelled &) {
            } catch (const std::exception &e) {
                error = QString::fromStdString(e.what());
            } catch (...) {
                error = tr("%1 failed with an unknown error").arg(name);
            }
        }
        {
            QMutexLocker lock(&d->mutex);
            d->jobs.remove(id);
        }
        // Every signal is emitted on the backend's (GUI) thread, in order, so receivers
        // never see a result from a worker thread.
        auto deliver = [this, id, ok, error, result, cancelled = job->isCancelled()] {
            if (ok && !cancelled)
                emit finished(id, result);
            else if (!error.isEmpty() && !cancelled)
                emit failed(id, error);
            else
                emit this->cancelled(id);
        };
        QMetaObject::invokeMethod(this, deliver, Qt::QueuedConnection);
    });
    (lane == Lane::Model ? d->modelLane : d->analysisLane).start(runnable);
    return id;
}

void ModelBackend::cancel(JobId id)
{
    QMutexLocker lock(&d->mutex);
    if (auto job = d->jobs.value(id))
        job->cancel();
}

void ModelBackend::cancelAll()
{
    QMutexLocker lock(&d->mutex);
    for (const auto &job : std::as_const(d->jobs))
        job->cancel();
}

bool ModelBackend::isActive(JobId id) const
{
    QMutexLocker lock(&d->mutex);
    return d->jobs.contains(id);
}

int ModelBackend::activeJobs() const
{
    QMutexLocker lock(&d->mutex);
    return int(d->jobs.size());
}

bool ModelBackend::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
    while (activeJobs() > 0) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    // Deliver the last queued finished/failed signals.
    QCoreApplication::processEvents();
    return true;
}

} // namespace wb
