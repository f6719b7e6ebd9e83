#pragma once
#include "Progress.h"

#include <QObject>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

namespace wb {

/**
 * What a running job sees: whether it was asked to stop, and a way to report
 * progress. Thread-safe; handed to the job on its worker thread.
 */
class JobContext
{
public:
    virtual ~JobContext() = default;
    virtual bool isCancelled() const = 0;
    /** fraction in [0, 1]; throttled before it reaches the GUI. */
    virtual void setProgress(double fraction) = 0;
    /** A core ProgressFn bound to this job: reports, and returns false once cancelled. */
    ProgressFn progressFn();
};

/** Where a job runs: model jobs queue one at a time; analysis jobs share a small pool. */
enum class Lane { Model, Analysis };

/**
 * The one model backend every tab shares (DESIGN.md): a GUI-thread QObject
 * facade over worker threads. submit() and cancel() are called from the GUI
 * thread; the job function runs on a worker. Results and errors come back as
 * queued signals: finished() with the job's QVariant result, failed() with a
 * one-line message (a wb::Error's text, or the message of any other exception),
 * cancelled() when the job stopped because cancel() was called.
 * The header has no torch include, so widgets can use it.
 */
class ModelBackend : public QObject
{
    Q_OBJECT
public:
    using JobId = quint64;
    using JobFn = std::function<QVariant(JobContext &)>;

    explicit ModelBackend(QObject *parent = nullptr);
    ~ModelBackend() override; ///< cancels every job and waits for the workers

    JobId submit(Lane lane, const QString &name, JobFn job);
    void cancel(JobId id);
    void cancelAll();
    bool isActive(JobId id) const;
    int activeJobs() const;
    /** Processes events until no job is queued or running (tests, CLI). */
    bool waitForIdle(int timeoutMs = -1);

    /** Which BLAS library LibTorch's matrix products run through, e.g. "OpenBLAS (openmp)". */
    static QString blasLibrary();
    /** Torch version and devices, one line, for the About box and `wavebench version`. */
    static QString torchSummary();

signals:
    void started(wb::ModelBackend::JobId id, const QString &name);
    void progress(wb::ModelBackend::JobId id, double fraction);
    void finished(wb::ModelBackend::JobId id, const QVariant &result);
    void failed(wb::ModelBackend::JobId id, const QString &message);
    void cancelled(wb::ModelBackend::JobId id);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wb
