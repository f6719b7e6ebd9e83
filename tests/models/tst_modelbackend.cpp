// The shared backend: results, errors, cancellation and lanes, all through queued signals.
#include "ModelBackend.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using wb::JobContext;
using wb::Lane;
using wb::ModelBackend;

class TestModelBackend : public QObject
{
    Q_OBJECT
private slots:
    void finishedCarriesTheResult();
    void errorsBecomeFailedWithTheMessage();
    void cancelStopsALongJob();
    void coreProgressFnStopsOnCancel();
    void progressArrivesOnTheGuiThread();
    void modelLaneRunsOneJobAtATime();
    void analysisRunsWhileAModelJobRuns();
    void blasIsReportedAndIsOpenBlasWhenSelected();
};

void TestModelBackend::finishedCarriesTheResult()
{
    ModelBackend backend;
    QSignalSpy done(&backend, &ModelBackend::finished);
    const auto id = backend.submit(Lane::Analysis, QStringLiteral("sum"), [](JobContext &) {
        int s = 0;
        for (int i = 1; i <= 100; ++i)
            s += i;
        return QVariant(s);
    });
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QCOMPARE(done.at(0).at(0).value<ModelBackend::JobId>(), id);
    QCOMPARE(done.at(0).at(1).toInt(), 5050);
    QVERIFY(!backend.isActive(id));
}

void TestModelBackend::errorsBecomeFailedWithTheMessage()
{
    ModelBackend backend;
    QSignalSpy failed(&backend, &ModelBackend::failed);
    QSignalSpy done(&backend, &ModelBackend::finished);
    backend.submit(Lane::Model, QStringLiteral("bad"), [](JobContext &) -> QVariant {
        throw wb::Error("checkpoint shape mismatch");
    });
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("checkpoint shape mismatch"));
    QCOMPARE(done.count(), 0);
}

void TestModelBackend::cancelStopsALongJob()
{
    ModelBackend backend;
    QSignalSpy cancelled(&backend, &ModelBackend::cancelled);
    QSignalSpy done(&backend, &ModelBackend::finished);
    std::atomic<bool> running{false};
    const auto id = backend.submit(Lane::Model, QStringLiteral("long"), [&](JobContext &ctx) {
        running = true;
        while (!ctx.isCancelled())
            QThread::msleep(1);
        return QVariant(1);
    });
    QTRY_VERIFY_WITH_TIMEOUT(running.load(), 10000);
    backend.cancel(id);
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 10000);
    QCOMPARE(done.count(), 0);
}

void TestModelBackend::coreProgressFnStopsOnCancel()
{
    ModelBackend backend;
    QSignalSpy cancelled(&backend, &ModelBackend::cancelled);
    std::atomic<int> steps{0};
    const auto id = backend.submit(Lane::Analysis, QStringLiteral("core"), [&](JobContext &ctx) {
        const wb::ProgressFn progress = ctx.progressFn();
        for (int i = 0; i < 1000000; ++i) {
            wb::reportProgress(progress, i / 1e6); // throws wb::Cancelled once cancelled
            ++steps;
            QThread::usleep(100);
        }
        return QVariant();
    });
    QTRY_VERIFY_WITH_TIMEOUT(steps.load() > 5, 10000);
    backend.cancel(id);
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 10000);
    QVERIFY(steps.load() < 1000000);
}

void TestModelBackend::progressArrivesOnTheGuiThread()
{
    ModelBackend backend;
    QList<double> fractions;
    bool allOnGuiThread = true;
    connect(&backend, &ModelBackend::progress, this, [&](ModelBackend::JobId, double f) {
        fractions << f;
        allOnGuiThread = allOnGuiThread && QThread::currentThread() == qApp->thread();
    });
    QSignalSpy done(&backend, &ModelBackend::finished);
    backend.submit(Lane::Analysis, QStringLiteral("steps"), [](JobContext &ctx) {
        for (int i = 1; i <= 10; ++i) {
            QThread::msleep(60); // longer than the throttle interval
            ctx.setProgress(i / 10.0);
        }
        return QVariant();
    });
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QVERIFY(allOnGuiThread);
    QVERIFY2(fractions.size() >= 5, qPrintable(QString::number(fractions.size())));
    QCOMPARE(fractions.last(), 1.0);
    for (int i = 1; i < fractions.size(); ++i)
        QVERIFY(fractions.at(i) >= fractions.at(i - 1));
}

void TestModelBackend::modelLaneRunsOneJobAtATime()
{
    ModelBackend backend;
    QSignalSpy done(&backend, &ModelBackend::finished);
    std::atomic<int> concurrent{0};
    std::atomic<int> maxConcurrent{0};
    for (int j = 0; j < 4; ++j) {
        backend.submit(Lane::Model, QStringLiteral("m"), [&](JobContext &) {
            const int now = ++concurrent;
            maxConcurrent = std::max(maxConcurrent.load(), now);
            QThread::msleep(20);
            --concurrent;
            return QVariant();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 4, 10000);
    QCOMPARE(maxConcurrent.load(), 1);
}

void TestModelBackend::analysisRunsWhileAModelJobRuns()
{
    ModelBackend backend;
    QSignalSpy done(&backend, &ModelBackend::finished);
    std::atomic<bool> modelRunning{false};
    const auto model = backend.submit(Lane::Model, QStringLiteral("train"), [&](JobContext &ctx) {
        modelRunning = true;
        while (!ctx.isCancelled())
            QThread::msleep(1);
        return QVariant();
    });
    QTRY_VERIFY_WITH_TIMEOUT(modelRunning.load(), 10000);
    const auto analysis = backend.submit(Lane::Analysis, QStringLiteral("view"),
                                         [](JobContext &) { return QVariant(42); });
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QCOMPARE(done.at(0).at(0).value<ModelBackend::JobId>(), analysis);
    QVERIFY(backend.isActive(model));
    backend.cancel(model);
    QVERIFY(backend.waitForIdle(10000));
}

void TestModelBackend::blasIsReportedAndIsOpenBlasWhenSelected()
{
    const QString blas = ModelBackend::blasLibrary();
    qInfo("LibTorch BLAS: %s", qPrintable(blas));
    qInfo("%s", qPrintable(ModelBackend::torchSummary()));
    QVERIFY(!blas.startsWith(QLatin1String("none")));
    QVERIFY(!blas.startsWith(QLatin1String("unknown")));
    const QString selected =
        QFileInfo(QStringLiteral("/usr/lib/x86_64-linux-gnu/libblas.so.3")).canonicalFilePath();
    if (selected.contains(QLatin1String("openblas")))
        QVERIFY2(blas.startsWith(QLatin1String("OpenBLAS")), qPrintable(blas));
    else
        QWARN(qPrintable(QStringLiteral("the system BLAS is %1; training will be slow").arg(selected)));
}

QTEST_GUILESS_MAIN(TestModelBackend)
#include "tst_modelbackend.moc"
