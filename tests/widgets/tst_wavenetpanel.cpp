// The WaveNet tab as a class uses it, in the real window: the shipped model
// loaded on start, figures that follow the controls, the dilated stack lit for
// exactly one receptive field, Step's softmax, Run N, the naive-vs-cached race,
// training with a live loss and cancel, mu-law against linear quantization,
// checkpoints that are refused with a message instead of a crash, and
// screenshots of Step and Race at 1280x800.
#include "AudioFile.h"
#include "AudioLabPanel.h"
#include "DilatedStackDiagram.h"
#include "GrowingWaveView.h"
#include "LossChart.h"
#include "MainWindow.h"
#include "ModelBackend.h"
#include "MuLaw.h"
#include "WaveNetTestSupport.h"
#include "MuLawPanel.h"
#include "SafeTensors.h"
#include "SoftmaxChart.h"
#include "WaveNetGeneratePage.h"
#include "WaveNetModelBar.h"
#include "WaveNetPanel.h"
#include "WaveNetRaceBoard.h"
#include "WaveNetTrainPage.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <qcustomplot.h>

#include <cmath>
#include <memory>

using namespace wb;
using wb::test::makeConfig;

namespace {

AudioBuffer sine(double seconds, double hz, float amplitude, int rate = 22050)
{
    std::vector<float> s(std::size_t(seconds * rate));
    for (std::size_t i = 0; i < s.size(); ++i)
        s[i] = amplitude * float(std::sin(2 * M_PI * hz * double(i) / rate));
    return AudioBuffer(std::move(s), rate);
}

} // namespace

class TestWaveNetPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shippedModelLoadsOnStart();
    void figuresFollowTheControls();
    void diagramLightsTheReceptiveField_data();
    void diagramLightsTheReceptiveField();
    void clickingTracesAnotherOutput();
    void stepShowsTheSoftmax();
    void runGeneratesNSamples();
    void raceTimesBothGenerators();
    void muLawBeatsLinearWhenQuiet();
    void trainingShowsLossAndCancels();
    void badCheckpointsAreRefused_data();
    void badCheckpointsAreRefused();
    void checkpointRoundTrip();

private:
    WaveNetPanel *panel() const { return m_window->waveNet(); }
    WaveNetGeneratePage *gen() const { return panel()->generatePage(); }
    void setConfig(const WaveNetConfig &c);
    void useShippedModel();
    void closeMessageBoxes();
    QString shot(const QString &name) const;

    QTemporaryDir m_tmp;
    std::unique_ptr<ModelBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

void TestWaveNetPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WaveBenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_wavenetpanel"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_tmp.isValid());
    m_backend = std::make_unique<ModelBackend>();
    m_window = std::make_unique<MainWindow>(m_backend.get());
    m_window->resize(1280, 800);
    m_window->tabs()->setCurrentWidget(panel());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWaveNetPanel::cleanupTestCase()
{
    m_window.reset();
    m_backend.reset();
}

QString TestWaveNetPanel::shot(const QString &name) const
{
    // Screenshots for review: /tmp/wavenet_*.png.
    return QDir(QStringLiteral("/tmp")).filePath(name);
}

void TestWaveNetPanel::setConfig(const WaveNetConfig &c)
{
    WaveNetModelBar *bar = panel()->modelBar();
    bar->layersBox()->setValue(c.layers);
    bar->blocksBox()->setValue(c.blocks);
    bar->channelsBox()->setValue(c.channels);
    bar->levelsBox()->setValue(c.levels);
    QCOMPARE(panel()->config(), c);
}

void TestWaveNetPanel::useShippedModel()
{
    if (panel()->loadedModel() && panel()->modelBar()->modelStatus().contains(QStringLiteral("shipped")) &&
        panel()->config() == WaveNetConfig())
        return;
    QSignalSpy loaded(panel(), &WaveNetPanel::modelLoaded);
    panel()->loadShippedModel();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(panel()->config(), WaveNetConfig());
}

void TestWaveNetPanel::closeMessageBoxes()
{
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
}

void TestWaveNetPanel::shippedModelLoadsOnStart()
{
    // Generation works on first launch: the window loaded the built-in checkpoint by itself.
    QTRY_VERIFY_WITH_TIMEOUT(panel()->loadedModel() != nullptr, 20000);
    QCOMPARE(panel()->loadedModel()->config(), WaveNetConfig());
    QVERIFY(panel()->model() == panel()->loadedModel());
    QVERIFY2(panel()->modelBar()->modelStatus().contains(QStringLiteral("shipped model")),
             qPrintable(panel()->modelBar()->modelStatus()));
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(panel())), QStringLiteral("WaveNet"));
}

void TestWaveNetPanel::figuresFollowTheControls()
{
    WaveNetModelBar *bar = panel()->modelBar();
    setConfig(WaveNetConfig());
    QVERIFY2(bar->parametersText().contains(QStringLiteral("151,360")), qPrintable(bar->parametersText()));
    QVERIFY2(bar->receptiveFieldText().contains(QStringLiteral("2,048 samples")), qPrintable(bar->receptiveFieldText()));
    // The note explains the seed's 2**10 with the true figure.
    QVERIFY(bar->noteText().contains(QStringLiteral("2**10 = 1,024")));
    QVERIFY2(bar->noteText().contains(QStringLiteral("blocks × (2**10 − 1) + 1 (input convolution) + 1 (the output sample) = 2 × 1,023 + 2 = 2,048")),
             qPrintable(bar->noteText()));

    bar->layersBox()->setValue(4);
    bar->blocksBox()->setValue(3);
    const WaveNetConfig small = makeConfig(4, 3);
    QCOMPARE(small.receptiveField(), std::int64_t(3 * 15 + 2));
    QVERIFY2(bar->parametersText().contains(QLocale().toString(qint64(small.parameterCount()))),
             qPrintable(bar->parametersText()));
    QVERIFY(!bar->parametersText().contains(QStringLiteral("151,360")));
    QVERIFY2(bar->receptiveFieldText().contains(QStringLiteral("47 samples")), qPrintable(bar->receptiveFieldText()));
    QVERIFY(bar->noteText().contains(QStringLiteral("= 3 × 15 + 2 = 47")));
    QCOMPARE(panel()->diagram()->highlightedInputCount(), 47);
    // Another shape than the shipped model's: generation uses random weights of that shape.
    QCOMPARE(panel()->model()->config(), small);
    QVERIFY(bar->modelStatus().contains(QStringLiteral("random weights")));

    bar->channelsBox()->setValue(8);
    bar->levelsBox()->setValue(64);
    QVERIFY(bar->parametersText().contains(QLocale().toString(qint64(makeConfig(4, 3, 8, 64).parameterCount()))));

    setConfig(WaveNetConfig());
    // Back to the loaded shape: the loaded model is in use again.
    QVERIFY(panel()->model() == panel()->loadedModel());
    QVERIFY(bar->parametersText().contains(QStringLiteral("151,360")));
}

void TestWaveNetPanel::diagramLightsTheReceptiveField_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("blocks");
    QTest::newRow("seed default 10x2") << 10 << 2;
    QTest::newRow("one layer") << 1 << 1;
    QTest::newRow("3x1") << 3 << 1;
    QTest::newRow("4x3") << 4 << 3;
    QTest::newRow("7x2") << 7 << 2;
    QTest::newRow("12x4") << 12 << 4;
}

void TestWaveNetPanel::diagramLightsTheReceptiveField()
{
    QFETCH(int, layers);
    QFETCH(int, blocks);
    const WaveNetConfig c = makeConfig(layers, blocks);
    setConfig(c);
    DilatedStackDiagram *d = panel()->diagram();
    QCOMPARE(d->rowCount(), layers * blocks + 3);
    QCOMPARE(d->selectedOutput(), d->columns() - 1);
    // Exactly the model's own receptive field, computed here by walking the edges down.
    QCOMPARE(std::int64_t(d->highlightedInputCount()), c.receptiveField());
    QCOMPARE(d->litCount(d->rowCount() - 1), 1);
    QVERIFY(d->columns() > d->highlightedInputCount()); // context to the left stays dark
    QVERIFY(!d->isLit(0, d->columns() - 1 - int(c.receptiveField())));
    QVERIFY(d->isLit(0, d->columns() - int(c.receptiveField())));
    // The top dilated layer feeds the output at t and t - d only.
    QCOMPARE(d->litCount(d->rowCount() - 2), 1);
    QCOMPARE(d->litCount(d->rowCount() - 3), layers * blocks >= 1 ? 2 : 1);
    d->repaint(); // paints without trouble at any size
    setConfig(WaveNetConfig());
}

void TestWaveNetPanel::clickingTracesAnotherOutput()
{
    setConfig(makeConfig(3, 2));
    DilatedStackDiagram *d = panel()->diagram();
    const int field = int(makeConfig(3, 2).receptiveField()); // 16
    QSignalSpy selected(d, &DilatedStackDiagram::outputSelected);
    // Click the left edge: the earliest output sees only the first input (the rest is before time 0).
    QTest::mouseClick(d, Qt::LeftButton, {}, QPoint(d->width() - 1, d->height() / 2));
    QTest::mouseClick(d, Qt::LeftButton, {}, QPoint(d->width() / 2, d->height() / 2));
    QVERIFY(selected.count() >= 1);
    const int column = d->selectedOutput();
    QVERIFY(column < d->columns() - 1);
    QCOMPARE(d->highlightedInputCount(), std::min(field, column + 1));
    d->setSelectedOutput(0);
    QCOMPARE(d->highlightedInputCount(), 1);
    setConfig(WaveNetConfig());
    QCOMPARE(d->selectedOutput(), d->columns() - 1);
}

void TestWaveNetPanel::stepShowsTheSoftmax()
{
    useShippedModel();
    panel()->pages()->setCurrentWidget(gen());
    gen()->restartStepping();
    QVERIFY(gen()->softmax()->barCount() == 0);
    QTest::mouseClick(gen()->stepButton(), Qt::LeftButton);
    QVERIFY(gen()->lastStep().has_value());
    for (int i = 0; i < 40; ++i)
        QTest::mouseClick(gen()->stepButton(), Qt::LeftButton);
    const WaveNetStepper::Step s = *gen()->lastStep();
    QCOMPARE(s.index, std::int64_t(40));
    QCOMPARE(gen()->softmax()->barCount(), 256);
    QVERIFY2(std::abs(gen()->softmax()->total() - 1.0) < 1e-3, qPrintable(QString::number(gen()->softmax()->total())));
    QVERIFY(s.level >= 0 && s.level <= 255);
    QCOMPARE(gen()->softmax()->drawnLevel(), s.level);
    QCOMPARE(s.amplitude, muLawDecode(s.level, 255));
    QVERIFY2(gen()->stepText().contains(QStringLiteral("drew level %1 of 256").arg(s.level)),
             qPrintable(gen()->stepText()));
    // The diagram traces the step: the newest output's whole receptive field.
    QVERIFY(panel()->diagram()->isStepping());
    QCOMPARE(panel()->diagram()->highlightedInputCount(), 2048);
    QTest::qWait(150);
    QVERIFY(m_window->grab().save(shot(QStringLiteral("wavenet_step.png"))));
    qDebug() << "screenshot:" << shot(QStringLiteral("wavenet_step.png"));
}

void TestWaveNetPanel::runGeneratesNSamples()
{
    useShippedModel();
    // Stepping and running with one seed draw the same samples.
    gen()->seedBox()->setValue(7);
    gen()->temperatureBox()->setValue(1.0);
    gen()->restartStepping();
    std::vector<float> stepped;
    for (int i = 0; i < 25; ++i)
        stepped.push_back(gen()->step()->amplitude);

    gen()->samplesBox()->setValue(600);
    QSignalSpy done(gen(), &WaveNetGeneratePage::runFinished);
    QSignalSpy busy(gen(), &WaveNetGeneratePage::busyChanged);
    QTest::mouseClick(gen()->runButton(), Qt::LeftButton);
    QVERIFY(gen()->isBusy());
    QVERIFY(!gen()->runButton()->isEnabled());
    QVERIFY(done.wait(60000));
    QVERIFY(!gen()->isBusy());
    QVERIFY(busy.count() >= 2);
    QVERIFY(gen()->generated());
    QCOMPARE(gen()->generated()->frames(), std::size_t(600));
    QCOMPARE(int(gen()->waveform()->sampleCount()), 600);
    QCOMPARE(gen()->waveform()->graph(0)->dataCount(), 600);
    for (std::size_t i = 0; i < stepped.size(); ++i)
        QCOMPARE(gen()->generated()->samples()[i], stepped[i]);

    const QString wav = m_tmp.filePath(QStringLiteral("gen.wav"));
    QString error;
    QVERIFY2(gen()->saveWav(wav, &error), qPrintable(error));
    QCOMPARE(AudioFile::read(wav.toStdString()).frames(), std::size_t(600));
    QVERIFY(!gen()->saveWav(m_tmp.filePath(QStringLiteral("no/such/dir/gen.wav")), &error));
    QVERIFY(!error.isEmpty());

    // Cancelling a long run stops it early and keeps what was made.
    gen()->samplesBox()->setValue(gen()->samplesBox()->maximum());
    QSignalSpy ended(gen(), &WaveNetGeneratePage::busyChanged);
    gen()->run();
    QTRY_VERIFY_WITH_TIMEOUT(int(gen()->waveform()->sampleCount()) > 0, 20000);
    gen()->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!gen()->isBusy(), 20000);
    QVERIFY(gen()->generated());
    QVERIFY(gen()->generated()->frames() < std::size_t(gen()->samplesBox()->maximum()));
    gen()->samplesBox()->setValue(22050);
}

void TestWaveNetPanel::raceTimesBothGenerators()
{
    useShippedModel();
    wavenetjobs::RaceLimits limits;
    limits.naiveSamples = 60;
    limits.fastSamples = 300000;
    limits.secondsPerRacer = 2.5;
    QSignalSpy done(gen(), &WaveNetGeneratePage::raceFinished);
    gen()->race(limits);
    QVERIFY(gen()->isBusy());
    // Screenshot while the cached racer is running, its counter live.
    QTRY_VERIFY_WITH_TIMEOUT(gen()->raceBoard()->fastText().contains(QRegularExpression(QStringLiteral("^[1-9][0-9,]* samples"))) ||
                                 done.count() > 0,
                             60000);
    QVERIFY(m_window->grab().save(shot(QStringLiteral("wavenet_race.png"))));
    qDebug() << "screenshot:" << shot(QStringLiteral("wavenet_race.png"));
    QVERIFY(done.count() > 0 || done.wait(60000));
    QVERIFY(gen()->raceBoard()->naiveRate() > 0.0);
    QVERIFY(gen()->raceBoard()->fastRate() > gen()->raceBoard()->naiveRate());
    QVERIFY2(gen()->raceBoard()->naiveText().contains(QStringLiteral(" samples in ")), qPrintable(gen()->raceBoard()->naiveText()));
    QVERIFY2(gen()->raceBoard()->fastText().contains(QStringLiteral(" samples in ")), qPrintable(gen()->raceBoard()->fastText()));
    // Same model, seed and temperature: the two ways agree sample for sample.
    QVERIFY2(gen()->raceBoard()->verdict().contains(QStringLiteral("same samples")), qPrintable(gen()->raceBoard()->verdict()));
    QVERIFY(m_window->grab().save(shot(QStringLiteral("wavenet_race_done.png"))));
}

void TestWaveNetPanel::muLawBeatsLinearWhenQuiet()
{
    MuLawPanel *mu = panel()->muLawPanel();
    panel()->pages()->setCurrentWidget(gen());
    QSignalSpy ready(mu, &MuLawPanel::comparisonReady);
    mu->setGainDb(0.0);
    panel()->setClip(std::make_shared<const AudioBuffer>(sine(1.0, 220.0, 0.01f)), QStringLiteral("quiet.wav"));
    // Hidden, the page leaves the CPU to the Audio Lab; shown, it compares.
    QTest::qWait(200);
    QCOMPARE(ready.count(), 0);
    QVERIFY(!mu->comparison().has_value());
    panel()->pages()->setCurrentWidget(mu);
    QVERIFY(ready.wait(20000));
    QVERIFY(mu->comparison().has_value());
    const QuantizerComparison quiet = *mu->comparison();
    QCOMPARE(quiet.samples, std::size_t(22050));
    QVERIFY2(quiet.muLawSnrDb > quiet.linearSnrDb + 10.0,
             qPrintable(QStringLiteral("mu-law %1 dB, linear %2 dB").arg(quiet.muLawSnrDb).arg(quiet.linearSnrDb)));
    // Louder, linear catches up; quieter, linear falls ~1 dB per dB while mu-law holds.
    const QuantizerComparison loud = QuantizerComparison::compute(sine(1.0, 220.0, 0.9f).samples(), 0.0);
    QVERIFY(loud.linearSnrDb > quiet.linearSnrDb + 30.0);
    ready.clear();
    mu->setGainDb(-20.0);
    QVERIFY(ready.wait(20000));
    QVERIFY(quiet.linearSnrDb - mu->comparison()->linearSnrDb > 15.0);
    QVERIFY(mu->comparison()->muLawSnrDb > mu->comparison()->linearSnrDb);
    QVERIFY(std::isnan(QuantizerComparison::compute(std::vector<float>(100, 0.0f), 0.0).linearSnrDb));
    mu->setGainDb(0.0);
    QVERIFY(ready.wait(20000));
    QVERIFY(m_window->grab().save(shot(QStringLiteral("wavenet_mulaw.png"))));
}

void TestWaveNetPanel::trainingShowsLossAndCancels()
{
    useShippedModel();
    WaveNetTrainPage *train = panel()->trainPage();
    panel()->pages()->setCurrentWidget(train);
    panel()->setClip(std::make_shared<const AudioBuffer>(sine(1.0, 330.0, 0.5f)), QStringLiteral("tone.wav"));
    const WaveNetConfig tiny = makeConfig(2, 1, 4, 16);
    setConfig(tiny);
    train->setTargetLength(256);
    train->stepsBox()->setValue(6);
    train->continueBox()->setChecked(false);
    QSignalSpy points(train, &WaveNetTrainPage::lossPoints);
    QSignalSpy trained(train, &WaveNetTrainPage::trained);
    QTest::mouseClick(train->trainButton(), Qt::LeftButton);
    QVERIFY(train->isBusy());
    QVERIFY(!gen()->runButton()->isEnabled()); // one model job at a time from this tab
    QVERIFY(trained.wait(60000));
    QVERIFY(points.count() >= 1);
    QCOMPARE(train->lossChart()->pointCount(), 6);
    const QPointF last = train->lossChart()->lastPoint();
    QCOMPARE(last.x(), 6.0);
    QVERIFY(std::isfinite(last.y()) && last.y() > 0.0 && last.y() < 10.0);
    QVERIFY(panel()->loadedModel()->config() == tiny);
    QVERIFY(panel()->modelBar()->modelStatus().contains(QStringLiteral("trained here")));
    QVERIFY(gen()->runButton()->isEnabled());
    // The trained model steps at once: 16 levels now.
    QCOMPARE(int(gen()->step()->probabilities.size()), 16);
    QVERIFY(m_window->grab().save(shot(QStringLiteral("wavenet_train.png"))));

    // A long run cancelled after its first points leaves the model in use alone.
    const wavenetjobs::Weights before = panel()->loadedModel();
    train->stepsBox()->setValue(100000);
    points.clear();
    train->train();
    QVERIFY(points.wait(60000));
    train->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!train->isBusy(), 30000);
    QVERIFY(train->lossChart()->pointCount() < 100000);
    QVERIFY(panel()->loadedModel() == before);

    // No clip long enough: a message, not a crash.
    panel()->setClip(std::make_shared<const AudioBuffer>(sine(0.005, 330.0, 0.5f)), QStringLiteral("short.wav"));
    QSignalSpy errors(panel(), &WaveNetPanel::errorOccurred);
    train->stepsBox()->setValue(2);
    train->train();
    QVERIFY(errors.wait(30000));
    QVERIFY2(errors.first().at(1).toString().contains(QStringLiteral("training needs at least")),
             qPrintable(errors.first().at(1).toString()));
    closeMessageBoxes();
    useShippedModel();
}

void TestWaveNetPanel::badCheckpointsAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("garbage bytes") << "garbage" << "garbage.safetensors";
    QTest::newRow("tensors of another shape") << "mismatch" << "is missing";
    QTest::newRow("not a WaveNet") << "other" << "not a WaveNet checkpoint";
    QTest::newRow("mel-conditioned vocoder") << "vocoder" << "mel-conditioned";
    QTest::newRow("missing file") << "missing" << "missing.safetensors";
}

void TestWaveNetPanel::badCheckpointsAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    useShippedModel();
    const wavenetjobs::Weights before = panel()->loadedModel();
    const QString path = m_tmp.filePath(kind + QStringLiteral(".safetensors"));
    if (kind == QLatin1String("garbage")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\xff\xff\xff\x7f not a safetensors file at all", 34));
    } else if (kind == QLatin1String("mismatch")) {
        // The default configuration in the metadata, tensors of a 3-layer model.
        SafeTensors t = WaveNetWeights::random(makeConfig(3, 1), 1).tensors();
        t.metadata() = WaveNetConfig().toMetadata();
        t.save(path.toStdString());
    } else if (kind == QLatin1String("other")) {
        SafeTensors t = WaveNetWeights::random(makeConfig(3, 1), 1).tensors();
        t.metadata().clear();
        t.save(path.toStdString());
    } else if (kind == QLatin1String("vocoder")) {
        WaveNetConfig c = makeConfig(3, 1, 8, 256);
        c.melChannels = 20;
        WaveNetWeights::random(c, 1).save(path.toStdString());
    }
    QSignalSpy errors(panel(), &WaveNetPanel::errorOccurred);
    QSignalSpy loaded(panel(), &WaveNetPanel::modelLoaded);
    panel()->loadCheckpoint(path);
    QVERIFY(errors.wait(20000));
    QCOMPARE(loaded.count(), 0);
    const QString message = errors.first().at(1).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("unchanged")));
    bool shown = false;
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        shown = shown || (box->isVisible() && box->text() == message);
    QVERIFY(shown);
    QVERIFY(panel()->loadedModel() == before);
    QCOMPARE(panel()->config(), WaveNetConfig());
    closeMessageBoxes();
    // Still works afterwards.
    QVERIFY(gen()->step().has_value());
}

void TestWaveNetPanel::checkpointRoundTrip()
{
    useShippedModel();
    setConfig(makeConfig(3, 2, 8, 64));
    const wavenetjobs::Weights random = panel()->model();
    const QString path = m_tmp.filePath(QStringLiteral("mine.safetensors"));
    QString error;
    QVERIFY2(panel()->saveCheckpoint(path, &error), qPrintable(error));
    QVERIFY(!panel()->saveCheckpoint(m_tmp.filePath(QStringLiteral("no/dir/x.safetensors")), &error));
    QVERIFY(!error.isEmpty());
    setConfig(WaveNetConfig());
    QSignalSpy loaded(panel(), &WaveNetPanel::modelLoaded);
    panel()->loadCheckpoint(path);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(panel()->config(), makeConfig(3, 2, 8, 64));
    QCOMPARE(panel()->modelBar()->layersBox()->value(), 3);
    QVERIFY(panel()->modelBar()->modelStatus().contains(QStringLiteral("mine.safetensors")));
    QCOMPARE(panel()->loadedModel()->values("output2.bias"), random->values("output2.bias"));
    useShippedModel();
}

QTEST_MAIN(TestWaveNetPanel)
#include "tst_wavenetpanel.moc"
