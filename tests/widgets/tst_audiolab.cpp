// The Audio Lab as a student uses it: a clip loaded into three views of the
// right extent, controls that recompute, Shift+drag selection, playback with a
// moving playhead and recording through PortAudio against a private ALSA
// sandbox (no sound card needed), figure and mel exports, no device, and a
// GUI thread that never stalls while a long clip loads.
#include "AlsaSandbox.h"
#include "AnalysisControls.h"
#include "AudioDevices.h"
#include "AudioFile.h"
#include "AudioLabPanel.h"
#include "AudioTransport.h"
#include "ClipExports.h"
#include "MainWindow.h"
#include "ModelBackend.h"
#include "Npy.h"
#include "SpectrogramImage.h"
#include "SpectrogramLayer.h"
#include "SpectrogramView.h"
#include "WaveformLayer.h"
#include "WaveformView.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace wb;
using wb::test::AlsaSandbox;

namespace {

AudioBuffer testClip(double seconds, int rate)
{
    // A rising tone over a steady one, in bursts: every view shows structure.
    std::vector<float> s(std::size_t(seconds * rate));
    double phase = 0.0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const double t = double(i) / rate;
        phase += 2 * M_PI * (200.0 + 400.0 * t / seconds) / rate;
        const double envelope = 0.55 + 0.45 * std::sin(2 * M_PI * 1.5 * t);
        s[i] = float(envelope * (0.4 * std::sin(phase) + 0.2 * std::sin(2 * M_PI * 1200.0 * t)));
    }
    return AudioBuffer(std::move(s), rate);
}

QString shotPath(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

} // namespace

class TestAudioLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void viewsHoldTheClip();
    void controlsRecompute();
    void shiftDragSelects();
    void playsTheSelection();
    void exportsFigureAndMel();
    void recordsIntoTheClip();
    void noDeviceIsAStatusMessage();
    void rescanFollowsTheHardware();
    void longClipKeepsGuiResponsive();

private:
    AudioLabPanel *lab() const { return m_window->audioLab(); }
    void loadAndWait(const QString &path);

    AlsaSandbox m_alsa;
    QTemporaryDir m_tmp;
    std::unique_ptr<ModelBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
    QString m_fixture;
    double m_duration = 0.0;
};

void TestAudioLab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WaveBenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_audiolab"));
    QSettings().clear();
    QVERIFY(m_alsa.isValid());
    QVERIFY(m_tmp.isValid());
    m_alsa.install(); // before the window lists devices (PortAudio's first use)
    m_fixture = m_tmp.filePath(QStringLiteral("fixture.wav"));
    AudioFile::write(m_fixture.toStdString(), testClip(3.0, 22050));
    m_backend = std::make_unique<ModelBackend>();
    m_window = std::make_unique<MainWindow>(m_backend.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The device lists arrive from a worker thread.
    QTRY_VERIFY(lab()->transport()->outputDevices()->count() > 1);
}

void TestAudioLab::cleanupTestCase()
{
    m_window.reset();
    m_backend.reset();
}

void TestAudioLab::loadAndWait(const QString &path)
{
    QSignalSpy analysed(lab(), &AudioLabPanel::analysisFinished);
    m_window->openFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1 && !lab()->isBusy(), 60000);
}

void TestAudioLab::viewsHoldTheClip()
{
    loadAndWait(m_fixture);
    m_duration = lab()->sharedAudio()->duration();
    QCOMPARE(m_duration, 3.0);
    const AnalysisParams p = lab()->analysisParams();
    // Time: every view spans the clip.
    QCOMPARE(lab()->waveformView()->layer()->duration(), m_duration);
    for (SpectrogramView *view : {lab()->linearView(), lab()->melView()}) {
        QCOMPARE(view->timeBounds(), m_duration);
        QCOMPARE(view->xAxis->range().upper, m_duration);
        const QCPColorMapData *data = view->layer()->colorMap()->data();
        // The last frame is centred on its hop, within one hop of the end.
        QVERIFY(std::abs(data->keyRange().upper - m_duration) <= double(p.hop) / p.sampleRate);
        QCOMPARE(data->keyRange().lower, 0.0);
    }
    // Rows: n_fft/2 + 1 bins, n_mels bands; columns: one per frame.
    const long long frames = 1 + (22050 * 3) / p.hop;
    QCOMPARE(lab()->linearView()->layer()->colorMap()->data()->valueSize(), p.nFft / 2 + 1);
    QCOMPARE(lab()->linearView()->layer()->colorMap()->data()->keySize(), int(frames));
    QCOMPARE(lab()->melView()->layer()->colorMap()->data()->valueSize(), p.nMels);
    QCOMPARE(int(lab()->currentAnalysis().melDb().rows()), p.nMels);
    QCOMPARE(lab()->currentAnalysis().frames, frames);
}

void TestAudioLab::controlsRecompute()
{
    auto *controls = lab()->findChild<AnalysisControls *>();
    QVERIFY(controls);
    // n_mels through its spin box, as a student would.
    QSpinBox *nMels = nullptr;
    for (QSpinBox *box : controls->findChildren<QSpinBox *>())
        if (box->value() == 128 && box->maximum() == 256)
            nMels = box;
    QVERIFY(nMels);
    QSignalSpy analysed(lab(), &AudioLabPanel::analysisFinished);
    nMels->setValue(64);
    QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1 && !lab()->isBusy(), 30000);
    QCOMPARE(lab()->melView()->layer()->colorMap()->data()->valueSize(), 64);
    QCOMPARE(int(lab()->currentAnalysis().melDb().rows()), 64);
    // Window and fmin recompute too; the colour map only recolours.
    AnalysisParams p = lab()->analysisParams();
    QCOMPARE(p.nMels, 64);
    p.window = WindowType::Blackman;
    p.fmin = 100;
    p.colorMap = QStringLiteral("magma");
    analysed.clear();
    lab()->setAnalysisParams(p);
    QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1 && !lab()->isBusy(), 30000);
    QCOMPARE(lab()->currentAnalysis().params.window, WindowType::Blackman);
    QCOMPARE(lab()->currentAnalysis().params.fmin, 100.0);
    p.nMels = 128;
    p.window = WindowType::Hann;
    p.fmin = 0;
    p.colorMap = QStringLiteral("viridis");
    analysed.clear();
    lab()->setAnalysisParams(p);
    QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1 && !lab()->isBusy(), 30000);
    QCOMPARE(lab()->melView()->layer()->colorMap()->data()->valueSize(), 128);
}

void TestAudioLab::shiftDragSelects()
{
    WaveformView *wave = lab()->waveformView();
    wave->replot();
    const QRect r = wave->axisRect()->rect();
    const auto xAt = [&](double t) { return int(std::lround(wave->xAxis->coordToPixel(t))); };
    const int y = r.center().y();
    const QCPRange before = wave->xAxis->range();
    QTest::mousePress(wave, Qt::LeftButton, Qt::ShiftModifier, QPoint(xAt(0.5), y));
    QTest::mouseMove(wave, QPoint(xAt(1.0), y));
    QTest::mouseMove(wave, QPoint(xAt(1.5), y));
    QTest::mouseRelease(wave, Qt::LeftButton, Qt::ShiftModifier, QPoint(xAt(1.5), y));
    // Selected, not panned.
    QCOMPARE(wave->xAxis->range(), before);
    const double pixel = before.size() / r.width();
    QVERIFY2(std::abs(lab()->selectionStart() - 0.5) < 2 * pixel, qPrintable(QString::number(lab()->selectionStart())));
    QVERIFY(std::abs(lab()->selectionEnd() - 1.5) < 2 * pixel);
    QVERIFY(lab()->waveformView()->selectionVisible());
    QVERIFY(lab()->linearView()->selectionVisible());
    QVERIFY(lab()->melView()->selectionVisible());
    QVERIFY2(lab()->transport()->selectionText().contains(QStringLiteral("(1.00 s)")),
             qPrintable(lab()->transport()->selectionText()));
    QVERIFY(lab()->waveformView()->toolTip().contains(QStringLiteral("Shift+drag")));
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(shotPath(QStringLiteral("tst_audiolab_selection.png"))));
    // Exact values for the playback test.
    lab()->setSelection(0.5, 1.5);
}

void TestAudioLab::playsTheSelection()
{
    AudioTransport *transport = lab()->transport();
    m_alsa.clearPlayback();
    QList<double> heads;
    bool grabbed = false;
    auto grabOnce = connect(transport, &AudioTransport::playheadMoved, this, [&](double t) {
        heads.append(t);
        if (t >= 0 && !grabbed) {
            grabbed = true;
            QVERIFY(lab()->melView()->playheadVisible());
            QVERIFY(m_window->grab().save(shotPath(QStringLiteral("tst_audiolab_playback.png"))));
        }
    });
    // Space plays, as the tooltip says (the shortcut belongs to the panel).
    lab()->waveformView()->setFocus();
    QTest::keyClick(lab()->waveformView(), Qt::Key_Space);
    if (!transport->isPlaying() && heads.isEmpty())
        transport->playAction()->trigger(); // offscreen windows may not get shortcuts
    QTRY_VERIFY_WITH_TIMEOUT(!transport->isPlaying() && !heads.isEmpty(), 20000);
    disconnect(grabOnce);
    QVERIFY(grabbed);
    double furthest = -1;
    for (double t : heads)
        furthest = std::max(furthest, t);
    qDebug() << "playhead reports:" << heads.size() << "furthest" << furthest;
    // From the selection's start to its end, then hidden.
    QVERIFY2(std::abs(furthest - 1.5) < 0.01, qPrintable(QString::number(furthest)));
    QCOMPARE(heads.last(), -1.0);
    QVERIFY(!lab()->melView()->playheadVisible());
    // The device got the selection: a second of samples at the clip's rate.
    QTRY_VERIFY(m_alsa.playbackBytes() >= qint64(22050 * sizeof(float)));
}

void TestAudioLab::exportsFigureAndMel()
{
    ClipExports *exports = m_window->exports();
    QString error;
    const QString png96 = shotPath(QStringLiteral("tst_audiolab_figure_96dpi.png"));
    const QString png192 = shotPath(QStringLiteral("tst_audiolab_figure_192dpi.png"));
    QVERIFY2(exports->writeFigure(png96, 96, &error), qPrintable(error));
    QVERIFY2(exports->writeFigure(png192, 192, &error), qPrintable(error));
    const QImage small(png96), large(png192);
    QCOMPARE(small.size(), QSize(ClipExports::kFigureWidth, ClipExports::kFigureHeight));
    QCOMPARE(large.size(), small.size() * 2);
    QCOMPARE(qRound(large.dotsPerMeterX() * 0.0254), 192);
    for (const QString &suffix : {QStringLiteral("svg"), QStringLiteral("pdf")}) {
        const QString path = m_tmp.filePath(QStringLiteral("figure.") + suffix);
        QVERIFY2(exports->writeFigure(path, 96, &error), qPrintable(error));
        QVERIFY2(QFileInfo(path).size() > 20000, qPrintable(QString::number(QFileInfo(path).size())));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(200);
        QVERIFY(suffix == QLatin1String("svg") ? head.contains("<svg") || head.contains("<?xml") : head.startsWith("%PDF"));
    }
    // Mel as .npy, written by a job.
    const QString npy = m_tmp.filePath(QStringLiteral("mel.npy"));
    QSignalSpy exported(lab(), &AudioLabPanel::melExported);
    lab()->exportMel(npy);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 20000);
    QCOMPARE(exported.at(0).at(1).toString(), QString());
    const Matrix mel = Npy::read(npy.toStdString());
    QCOMPARE(mel.rows(), std::size_t(lab()->analysisParams().nMels));
    QCOMPARE(mel.cols(), std::size_t(lab()->currentAnalysis().frames));

    // Save As, written by a job: FLAC by the suffix, the clip's samples back.
    const QString flac = m_tmp.filePath(QStringLiteral("saved.flac"));
    QSignalSpy saved(lab(), &AudioLabPanel::clipSaved);
    lab()->saveClip(flac);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QCOMPARE(saved.at(0).at(1).toString(), QString());
    const AudioBuffer back = AudioFile::read(flac.toStdString(), ReadOptions{0, true});
    QCOMPARE(back.frames(), lab()->sharedAudio()->frames());
    QCOMPARE(back.sampleRate(), lab()->sharedAudio()->sampleRate());
    QVERIFY(std::fabs(back.rms() - lab()->sharedAudio()->rms()) < 1e-3f);
    // An unwritable destination is a message, and nothing is left behind.
    const QString bad = m_tmp.filePath(QStringLiteral("no/such/folder/x.wav"));
    lab()->saveClip(bad);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 20000);
    QVERIFY(!saved.at(1).at(1).toString().isEmpty());
    QVERIFY(!QFileInfo::exists(bad));
}

void TestAudioLab::recordsIntoTheClip()
{
    AudioTransport *transport = lab()->transport();
    const AudioBuffer source = testClip(2.0, 22050);
    m_alsa.setCapture(source.samples());
    const QString take = m_tmp.filePath(QStringLiteral("take.wav"));
    transport->setRecordPath(take);
    QSignalSpy loaded(lab(), &AudioLabPanel::clipLoaded);
    QSignalSpy analysed(lab(), &AudioLabPanel::analysisFinished);
    transport->recordAction()->trigger();
    QVERIFY(transport->isRecording());
    // The meter moves and the clock runs while recording.
    QTRY_VERIFY_WITH_TIMEOUT(transport->levelMeter()->value() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(transport->elapsedText() != QStringLiteral("0:00.0"), 10000);
    QVERIFY(m_window->grab().save(shotPath(QStringLiteral("tst_audiolab_recording.png"))));
    // The file grows on disk while recording: a crash would keep it.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(take).size() > 44, 10000);
    transport->recordAction()->trigger();
    QVERIFY(!transport->isRecording());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1 && analysed.count() >= 1 && !lab()->isBusy(), 30000);
    QCOMPARE(lab()->currentPath(), take);
    QVERIFY(lab()->sharedAudio()->duration() > 0.1);
    QCOMPARE(lab()->sharedAudio()->sampleRate(), 22050);
    QVERIFY(lab()->melView()->hasData());
    QVERIFY(lab()->infoText().contains(QStringLiteral("take.wav")));
    qDebug() << "recorded" << lab()->sharedAudio()->duration() << "s";
}

void TestAudioLab::noDeviceIsAStatusMessage()
{
    AudioTransport *transport = lab()->transport();
    auto devices = AudioDevices::instance();
    m_alsa.install(AlsaSandbox::NoCard);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            try {
                devices->refresh(); // refused while the last stream is still closing
                return true;
            } catch (const wb::Error &) {
                return false;
            }
        }(),
        5000);
    transport->outputDevices()->setCurrentIndex(0); // System default
    QSignalSpy status(lab(), &AudioLabPanel::statusMessage);
    transport->playAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!transport->isPlaying() && status.count() >= 1, 10000);
    const QString message = status.last().at(0).toString();
    qDebug() << "no device:" << message;
    QVERIFY(message.startsWith(QStringLiteral("Playback:")));
    // The rest of the window goes on working.
    QVERIFY(m_window->isVisible());
    QVERIFY(lab()->melView()->hasData());
    m_alsa.install();
    devices->refresh();
}

void TestAudioLab::rescanFollowsTheHardware()
{
    AudioTransport *transport = lab()->transport();
    QSignalSpy updated(transport, &AudioTransport::devicesUpdated);
    // The card goes away: a rescan empties the lists down to "System default".
    m_alsa.install(AlsaSandbox::NoCard);
    transport->rescanButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 10000);
    QCOMPARE(updated.at(0).at(0).toInt(), 0);
    QCOMPARE(transport->outputDevices()->count(), 1);
    // It comes back: the next rescan lists it again, without a restart.
    m_alsa.install();
    transport->rescanButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 2, 10000);
    QVERIFY(updated.at(1).at(0).toInt() >= 1);
    QVERIFY(transport->outputDevices()->count() >= 2);
    QVERIFY(transport->inputDevices()->count() >= 2);
}

void TestAudioLab::longClipKeepsGuiResponsive()
{
    const QString path = m_tmp.filePath(QStringLiteral("ten_minutes.wav"));
    AudioFile::write(path.toStdString(), testClip(600.0, 22050));
    // Work done on the GUI thread stalls it on every attempt; a machine busy
    // with other processes can stall one now and then. So the best of three
    // attempts must stay under 50 ms (ctest also runs this suite alone).
    qint64 best = std::numeric_limits<qint64>::max();
    for (int attempt = 0; attempt < 3 && best >= 50; ++attempt) {
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worst = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
        QSignalSpy analysed(lab(), &AudioLabPanel::analysisFinished);
        clock.start();
        ticker.start();
        m_window->openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1 && !lab()->isBusy(), 60000);
        QTest::qWait(200); // the queued replots of all three views
        ticker.stop();
        qDebug() << "replot ms: waveform" << lab()->waveformView()->replotTime() << "linear"
                 << lab()->linearView()->replotTime() << "mel" << lab()->melView()->replotTime();
        qDebug() << "10 min clip: loaded and analysed in" << last << "ms; longest GUI-thread gap" << worst << "ms";
        QCOMPARE(lab()->sharedAudio()->duration(), 600.0);
        QVERIFY(lab()->linearView()->layer()->colorMap()->data()->keySize() <= SpectrogramImage::kMaxColumns);
        best = std::min(best, worst);
    }
    QVERIFY2(best < 50, qPrintable(QStringLiteral("GUI thread stalled for %1 ms").arg(best)));
}

QTEST_MAIN(TestAudioLab)
#include "tst_audiolab.moc"
