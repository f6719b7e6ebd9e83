// The main window as a student meets it: tabs, the bundled sample loaded and
// analysed in the background, a bad file refused, the Spanish UI, a screenshot.
#include "AudioFigure.h"
#include "AnalysisParams.h"
#include "AudioLabPanel.h"
#include "Language.h"
#include "MainWindow.h"
#include "ModelBackend.h"
#include "SettingsDialog.h"
#include "SpectrogramLayer.h"
#include "SpectrogramView.h"
#include "WaveformLayer.h"
#include "WaveformView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace wb;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tabs();
    void fitsSmallScreen();
    void bundledSample();
    void timeAxesFollowEachOther();
    void changingParamsRestartsAnalysis();
    void garbageFileKeepsClip();
    void figure();
    void longClipStaysFast();
    void settingsDialog();
    void spanish();
    void screenshot();

private:
    void closeMessageBoxes();
    void checkFitsSmallScreen();

    std::unique_ptr<ModelBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_tmp;
};

void TestMainWindow::initTestCase()
{
    // Keep the developer's real settings and data folder out of the test.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WaveBenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QVERIFY(m_tmp.isValid());
    m_backend = std::make_unique<ModelBackend>();
    m_window = std::make_unique<MainWindow>(m_backend.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_backend.reset();
}

void TestMainWindow::closeMessageBoxes()
{
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
}

void TestMainWindow::tabs()
{
    QTabWidget *tabs = m_window->tabs();
    QCOMPARE(tabs->count(), 5);
    const QStringList expected = {"Audio Lab", "WaveNet", "Text-to-Speech", "Voice Cloning", "Call Center"};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(tabs->tabText(i), expected.at(i));
    QCOMPARE(tabs->widget(0), m_window->audioLab());
    // Ctrl+1 ... Ctrl+5 bring each tab to the front; each tab's tooltip names its key.
    for (int i : {2, 4, 1, 3, 0}) {
        QTest::keyClick(m_window.get(), Qt::Key(int(Qt::Key_1) + i), Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), i);
        QCOMPARE(tabs->tabToolTip(i), MainWindow::tabShortcut(i).toString(QKeySequence::NativeText));
    }
    QVERIFY(tabs->tabToolTip(2).contains(QLatin1Char('3')));
}

void TestMainWindow::fitsSmallScreen()
{
    checkFitsSmallScreen();
}

void TestMainWindow::checkFitsSmallScreen()
{
    // A classroom projector or an old laptop gives 1024 x 768: every tab must fit it with the
    // menu, tool bar, tab bar and status bar around it (a long hint may be cut, not widen it).
    // The tab widget is as wide as its widest page, so each page is checked by name.
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        const QSize least = tabs->widget(i)->minimumSizeHint();
        QVERIFY2(least.width() <= 1000 && least.height() <= 640,
                 qPrintable(QStringLiteral("%1 needs %2 x %3").arg(tabs->tabText(i)).arg(least.width()).arg(least.height())));
    }
    const QSize window = m_window->minimumSizeHint();
    QVERIFY2(window.width() <= 1024 && window.height() <= 740,
             qPrintable(QStringLiteral("the window needs %1 x %2").arg(window.width()).arg(window.height())));
}

void TestMainWindow::bundledSample()
{
    AudioLabPanel *lab = m_window->audioLab();
    QSignalSpy analysed(lab, &AudioLabPanel::analysisFinished);
    m_window->openBundledSample();
    QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1, 60000);
    QVERIFY(lab->hasClip());
    QVERIFY(lab->waveformView()->hasData());
    QVERIFY(lab->linearView()->hasData());
    QVERIFY(lab->melView()->hasData());
    QVERIFY(lab->infoText().contains(QStringLiteral("22050")));
    QVERIFY2(lab->infoText().contains(QStringLiteral("dBFS")), qPrintable(lab->infoText()));
    // About 4 s of speech, analysed at 22050 Hz with the default hop of 512.
    QVERIFY(lab->currentAudio().duration() > 3.0 && lab->currentAudio().duration() < 6.0);
    QCOMPARE(int(lab->currentAnalysis().melDb().rows()), 128);
    // Decimation: a few points per pixel column, not one per sample.
    QVERIFY(lab->waveformView()->layer()->plottedPoints() > 0);
    QVERIFY(lab->waveformView()->layer()->plottedPoints() <= 4 * lab->waveformView()->width());
}

void TestMainWindow::timeAxesFollowEachOther()
{
    AudioLabPanel *lab = m_window->audioLab();
    QVERIFY(lab->hasClip());
    lab->melView()->xAxis->setRange(1.0, 2.0);
    QCOMPARE(lab->waveformView()->xAxis->range().lower, 1.0);
    QCOMPARE(lab->linearView()->xAxis->range().upper, 2.0);
    // Zooming in shows more detail without more points than columns.
    QVERIFY(lab->waveformView()->layer()->plottedPoints() <= 4 * lab->waveformView()->width());
    // Panning past the start is held at the clip's edge.
    lab->waveformView()->xAxis->setRange(-5.0, -4.0);
    QVERIFY(lab->melView()->xAxis->range().lower >= 0.0);
    lab->waveformView()->resetZoom();
    // The mouse wheel over one view zooms all of them in time.
    const double full = lab->waveformView()->xAxis->range().size();
    const QPointF centre = lab->melView()->axisRect()->rect().center();
    QWheelEvent wheel(centre, lab->melView()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(lab->melView(), &wheel);
    QVERIFY(lab->melView()->xAxis->range().size() < full * 0.95);
    QCOMPARE(lab->waveformView()->xAxis->range().size(), lab->melView()->xAxis->range().size());
    lab->waveformView()->resetZoom();
    QCOMPARE(lab->linearView()->xAxis->range().size(), full);
    // Stacked views line up: every time axis spans the same pixels.
    lab->waveformView()->replot();
    const QRect ref = lab->waveformView()->axisRect()->rect();
    for (QCustomPlot *plot : {static_cast<QCustomPlot *>(lab->linearView()),
                              static_cast<QCustomPlot *>(lab->melView())}) {
        plot->replot();
        QCOMPARE(plot->axisRect()->rect().left(), ref.left());
        QCOMPARE(plot->axisRect()->rect().right(), ref.right());
    }
}

void TestMainWindow::changingParamsRestartsAnalysis()
{
    AudioLabPanel *lab = m_window->audioLab();
    QSignalSpy analysed(lab, &AudioLabPanel::analysisFinished);
    AnalysisParams p = lab->analysisParams();
    p.nMels = 96;
    lab->setAnalysisParams(p);
    // A second change before the first finishes cancels it; only the last counts.
    p.nMels = 64;
    p.nFft = 1024;
    lab->setAnalysisParams(p);
    QTRY_VERIFY_WITH_TIMEOUT(!lab->isBusy() && analysed.count() >= 1, 30000);
    QCOMPARE(int(lab->currentAnalysis().melDb().rows()), 64);
    QCOMPARE(lab->linearView()->layer()->colorMap()->data()->valueSize(), 513);
    QVERIFY(lab->melView()->hasData());
    p.nMels = 128;
    p.nFft = 2048;
    lab->setAnalysisParams(p);
    QTRY_VERIFY_WITH_TIMEOUT(!lab->isBusy() && lab->currentAnalysis().melDb().rows() == 128, 30000);
}

void TestMainWindow::garbageFileKeepsClip()
{
    AudioLabPanel *lab = m_window->audioLab();
    const QString before = lab->currentPath();
    const QString garbage = m_tmp.filePath(QStringLiteral("garbage.wav"));
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, '\x5a'));
    f.close();

    QSignalSpy failed(lab, &AudioLabPanel::loadFailed);
    m_window->openFile(garbage);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    qDebug() << "garbage file reported as:" << failed.at(0).at(1).toString();
    QCOMPARE(lab->currentPath(), before);
    QVERIFY(lab->waveformView()->hasData());
    QVERIFY(lab->melView()->hasData());
    QVERIFY(!m_window->findChildren<QMessageBox *>().isEmpty());
    closeMessageBoxes();
}

void TestMainWindow::figure()
{
    AudioLabPanel *lab = m_window->audioLab();
    const QString out = QDir(QCoreApplication::applicationDirPath()).filePath("tst_mainwindow_figure.png");
    QString error;
    QVERIFY2(AudioFigure::render(lab->currentAudio(), lab->currentAnalysis().melDb(),
                                 lab->currentAnalysis().params.hop, "welcome.flac", out, 1200, 800, &error),
             qPrintable(error));
    QImage image(out);
    QCOMPARE(image.size(), QSize(1200, 800));
    qDebug() << "figure:" << out;
    // SVG through QSvgGenerator; an unknown format is refused with a message.
    QVERIFY2(AudioFigure::render(lab->currentAudio(), lab->currentAnalysis().melDb(), 512, "x",
                                 m_tmp.filePath("figure.svg"), 800, 600, &error),
             qPrintable(error));
    QVERIFY(QFileInfo(m_tmp.filePath("figure.svg")).size() > 10000);
    QVERIFY(!AudioFigure::render(lab->currentAudio(), lab->currentAnalysis().melDb(), 512, "x",
                                 m_tmp.filePath("figure.tiff"), 800, 600, &error));
    QVERIFY(error.contains("tiff"));
}

void TestMainWindow::longClipStaysFast()
{
    // One hour at 22050 Hz: 79 million samples, drawn from the min/max summary.
    std::vector<float> samples(22050LL * 3600);
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i] = 0.5f * std::sin(float(i % 22050) * 0.05f);
    WaveformView view;
    view.resize(1200, 300);
    view.show();
    QElapsedTimer timer;
    timer.start();
    view.setAudio(AudioBuffer(std::move(samples), 22050));
    const qint64 setMs = timer.restart();
    for (int i = 0; i < 20; ++i) {
        view.xAxis->setRange(i * 10.0, 3600.0 - i * 10.0);
        view.replot();
    }
    const qint64 zoomMs = timer.elapsed();
    qDebug() << "1 h clip: setAudio" << setMs << "ms, 20 zoom+replot" << zoomMs << "ms";
    QVERIFY(view.layer()->plottedPoints() <= 4 * view.width());
    QVERIFY2(zoomMs < 4000, "zooming a long clip must not touch every sample");
}

void TestMainWindow::settingsDialog()
{
    SettingsDialog dialog(m_window.get());
    QCOMPARE(dialog.analysisParams().sampleRate, 22050);
    QCOMPARE(dialog.language(), QStringLiteral("en"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString shot = QDir(QCoreApplication::applicationDirPath()).filePath("tst_mainwindow_settings.png");
    QVERIFY(dialog.grab().save(shot));
    qDebug() << "settings dialog:" << shot;
    dialog.accept();
    QCOMPARE(QSettings().value("ui/language").toString(), QStringLiteral("en"));
    QCOMPARE(AnalysisParams::fromSettings().sampleRate, 22050);
}

void TestMainWindow::spanish()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    QVERIFY(installLanguage(*app, QStringLiteral("es")));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("Laboratorio de audio"));
    QCOMPARE(m_window->tabs()->tabText(4), QStringLiteral("Centro de llamadas"));
    QTest::qWait(300); // relayout after the longer Spanish labels
    checkFitsSmallScreen(); // the longer words too
    if (QTest::currentTestFailed())
        return;
    const QString shot = QDir(QCoreApplication::applicationDirPath()).filePath("tst_mainwindow_es.png");
    QVERIFY(m_window->grab().save(shot));
    qDebug() << "Spanish screenshot:" << shot;
    QVERIFY(installLanguage(*app, QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("Audio Lab"));
    QVERIFY(!installLanguage(*app, QStringLiteral("xx")));
}

void TestMainWindow::screenshot()
{
    QTest::qWait(200); // let queued replots land
    const QString shot = QDir(QCoreApplication::applicationDirPath()).filePath("tst_mainwindow.png");
    QVERIFY(m_window->grab().save(shot));
    qDebug() << "screenshot:" << shot;
    m_window->tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    const QString later = QDir(QCoreApplication::applicationDirPath()).filePath("tst_mainwindow_wavenet.png");
    QVERIFY(m_window->grab().save(later));
    qDebug() << "later-version tab:" << later;
    // The Call Center tab opens on the ROI calculator, with the course's figures.
    m_window->tabs()->setCurrentIndex(4);
    QTest::qWait(200);
    const QString callCenter = QDir(QCoreApplication::applicationDirPath()).filePath("tst_mainwindow_callcenter.png");
    QVERIFY(m_window->grab().save(callCenter));
    qDebug() << "Call Center tab:" << callCenter;
    m_window->tabs()->setCurrentIndex(0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
