// The Call Center tab's "Call analysis" page: the bundled sample call analyzed on the backend,
// every marker on the timeline and in the marker list, PDF and CSV exports, a bad file and
// Cancel shown in the page. A 1280x800 screenshot goes next to the test binary (call_analysis.png).
#include "CallAnalysisPanel.h"
#include "CallCenterPanel.h"
#include "CallTimelineView.h"
#include "MessageStrip.h"
#include "ModelBackend.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace wb;

class TestCallAnalysisPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ModelBackend> m_backend;
    std::unique_ptr<CallCenterPanel> m_tab;
    CallAnalysisPanel *m_panel = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Q_INIT_RESOURCE(assets); // the sample call is in wb_app's resources, as MainWindow loads them
        m_backend = std::make_unique<ModelBackend>();
        m_tab = std::make_unique<CallCenterPanel>(m_backend.get());
        m_tab->resize(1280, 800);
        m_tab->show();
        m_panel = m_tab->findChild<CallAnalysisPanel *>();
        QVERIFY(m_panel);
        const int index = m_tab->pages()->indexOf(m_panel);
        QVERIFY(index >= 0);
        QCOMPARE(m_tab->pages()->tabText(index), QStringLiteral("Call analysis"));
        m_tab->pages()->setCurrentIndex(index);
    }

    void cleanupTestCase()
    {
        m_tab.reset();
        m_backend.reset();
    }

    void exportsNeedAnAnalysis()
    {
        QVERIFY(!m_panel->exportPdf(m_dir.filePath(QStringLiteral("none.pdf"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
    }

    void analyzesTheSampleCall()
    {
        QSignalSpy done(m_panel, &CallAnalysisPanel::analysisFinished);
        m_panel->openSample();
        QVERIFY(m_panel->isBusy());
        QVERIFY(done.wait(180000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        const auto a = m_panel->analysis();
        QVERIFY(a);
        QCOMPARE(a->parties, 2);
        QCOMPARE(int(a->longSilences.size()), 1);
        QCOMPARE(int(a->overlaps.size()), 1);
        QStringList terms;
        for (const KeywordHit &h : a->keywordHits)
            terms << QString::fromStdString(h.term);
        QVERIFY2(terms.contains(QLatin1String("cancel")) && terms.contains(QLatin1String("manager")) &&
                     terms.contains(QLatin1String("refund")),
                 qPrintable(terms.join(QLatin1Char(','))));
        // The timeline shows this analysis; the marker list holds every marker.
        QCOMPARE(m_panel->timeline()->analysis(), a.get());
        auto *markers = m_panel->findChild<QTableWidget *>(QStringLiteral("callMarkers"));
        QVERIFY(markers);
        const int expected = int(a->longSilences.size() + a->overlaps.size() + a->keywordHits.size() + a->positiveHits.size());
        QCOMPARE(markers->rowCount(), expected);
        auto *report = m_panel->findChild<QTextBrowser *>(QStringLiteral("callReport"));
        QVERIFY(report->toPlainText().contains(QLatin1String("Quality score")));
        QVERIFY(report->toPlainText().contains(QLatin1String("seed")));

        QApplication::processEvents();
        const QString shot = QCoreApplication::applicationDirPath() + QStringLiteral("/call_analysis.png");
        QVERIFY(m_tab->grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
    }

    void exportsPdfAndCsv()
    {
        QVERIFY(m_panel->analysis());
        const QString pdf = m_dir.filePath(QStringLiteral("call.pdf")), csv = m_dir.filePath(QStringLiteral("call.csv"));
        QVERIFY(m_panel->exportPdf(pdf));
        QVERIFY(m_panel->exportCsv(csv));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QCOMPARE(p.read(5), QByteArray("%PDF-"));
        QVERIFY(p.size() > 20000);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray text = c.readAll();
        QVERIFY(text.contains("\nlong_silence,") && text.contains("\noverlap,both,") && text.contains("\nkeyword,customer,"));
        // A copy for a person to look at, beside the screenshot.
        QFile::remove(QCoreApplication::applicationDirPath() + QStringLiteral("/call_analysis.pdf"));
        QFile::copy(pdf, QCoreApplication::applicationDirPath() + QStringLiteral("/call_analysis.pdf"));
        // An unwritable place is reported in the page, nothing is written.
        QVERIFY(!m_panel->exportCsv(QStringLiteral("/nonexistent/dir/call.csv")));
        auto *strip = m_panel->findChild<MessageStrip *>();
        QVERIFY(!strip->message().isEmpty());
    }

    void badFileKeepsTheAnalysis()
    {
        const auto before = m_panel->analysis();
        const QString bad = m_dir.filePath(QStringLiteral("bad.wav"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("RIFF junk");
        f.close();
        QSignalSpy done(m_panel, &CallAnalysisPanel::analysisFinished);
        m_panel->openFile(bad);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QCOMPARE(m_panel->analysis(), before);
        auto *strip = m_panel->findChild<MessageStrip *>();
        QVERIFY(strip->kind() == MessageStrip::Kind::Error && !strip->message().isEmpty());
    }

    void cancelStopsTheJob()
    {
        m_panel->openSample();
        QVERIFY(m_panel->isBusy());
        m_panel->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 30000);
    }
};

QTEST_MAIN(TestCallAnalysisPanel)
#include "tst_callanalysispanel.moc"
