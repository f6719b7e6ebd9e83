// The Text-to-Speech tab in the real window: the message when the shipped
// model is missing, a tiny FastSpeech 2 trained here loaded through the panel,
// Speak (button and Ctrl+Return) filling every stage of the pipeline, the
// controls reaching the model, Cancel, and errors a user can cause (empty text,
// a bad checkpoint, symbols the model lacks) shown in the panel, never a crash.
// Screenshots at 1280x800 go next to the test binary (tts_panel*.png).
#include "AudioFile.h"
#include "Error.h"
#include "FastSpeech2Checkpoint.h"
#include "FastSpeech2Trainer.h"
#include "Tacotron2Trainer.h"
#include "TtsCompareDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "ModelBackend.h"
#include "PhonemeDurationView.h"
#include "SpectrogramView.h"
#include "TtsControlsBar.h"
#include "TtsDataset.h"
#include "TtsPanel.h"
#include "TtsTrainDialog.h"
#include "WaveNetTrainer.h"
#include "WaveNetVocoder.h"
#include "TtsPipelineView.h"
#include "TtsVarianceView.h"
#include "WaveformView.h"
#include "corpus/CorpusBuilder.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>
#include <numeric>

using namespace wb;

class TestTtsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void missingShippedModelIsExplained();
    void onlyTrainedChoicesAreEnabled();
    void badCheckpointIsRefused();
    void loadsAModel();
    void speakFillsEveryStage();
    void fitsA1280x800Window();
    void spanish();
    void ctrlReturnSpeaks();
    void controlsReachTheModel();
    void longTextIsSpokenSentenceBySentence();
    void emptyTextShowsAnError();
    void cancelStopsSpeaking();
    void waitsBehindAnotherModelJob();
    void unknownSymbolsShowAnError();
    void compareShowsBothModels();
    void trainsFromTheTab();
    void waveNetVocoderWhenShipped();
    void sourceFilterVocoderSpeaks();

private:
    TtsPanel *panel() const { return m_window->tts(); }
    TtsPipelineView *stages() const { return panel()->pipeline(); }
    bool load(const QString &path);
    bool speakAndWait(int timeoutMs = 60000);
    QString shot(const QString &name) const;
    bool grabWindow(const QString &name) const;

    QTemporaryDir m_tmp;
    QString m_model;
    QString m_tacotron;
    std::unique_ptr<ModelBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

void TestTtsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WaveBenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ttspanel"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_tmp.isValid());
    // An assets folder without the FastSpeech 2 model: the tab must say so, whatever the source
    // tree has.
    QVERIFY(QDir(m_tmp.path()).mkpath(QStringLiteral("assets/models")));
    qputenv("WB_ASSETS_DIR", m_tmp.filePath(QStringLiteral("assets")).toLocal8Bit());

    // WB_TTS_TEST_CHECKPOINT runs the same checks on a real model (screenshots of real speech).
    m_model = qEnvironmentVariable("WB_TTS_TEST_CHECKPOINT");
    if (m_model.isEmpty()) {
        // A tiny corpus and a tiny model, as tst_tts: one espeak-ng voice, 24 sentences, 60 steps.
        CorpusBuildOptions corpus;
        corpus.outDir = m_tmp.filePath(QStringLiteral("corpus")).toStdString();
        corpus.voices = {VoiceSpec::parse("espeak:en-us+m3")};
        corpus.sentences = 24;
        const TtsDataset data = TtsDataset::load(buildCorpus(corpus).dir);
        FastSpeech2TrainOptions o;
        o.config.dModel = 32;
        o.config.heads = 2;
        o.config.encoderLayers = o.config.decoderLayers = 1;
        o.config.ffnFilter = 64;
        o.config.predictorFilter = 32;
        o.config.dropout = 0.0f;
        o.steps = 60;
        o.batchSize = 4;
        o.learningRate = 3e-3;
        o.warmupSteps = 5;
        o.threads = 1;
        o.validateEvery = 30;
        m_model = m_tmp.filePath(QStringLiteral("tiny.safetensors"));
        trainFastSpeech2(data, o).save(m_model.toStdString());
        Tacotron2TrainOptions t;
        t.config.embedding = t.config.prenet = t.config.attentionDim = t.config.postnetChannels = 32;
        t.config.attentionRnn = t.config.decoderRnn = 48;
        t.config.locationFilters = 8;
        t.config.locationKernel = 15;
        t.steps = 10;
        t.batchSize = 4;
        t.threads = 1;
        t.validateEvery = 10;
        m_tacotron = m_tmp.filePath(QStringLiteral("tiny_tacotron.safetensors"));
        trainTacotron2(data, t).save(m_tacotron.toStdString());
    }
    // WB_TTS_TEST_TACOTRON: a real Tacotron 2 for the comparison's screenshot.
    if (!qEnvironmentVariable("WB_TTS_TEST_TACOTRON").isEmpty())
        m_tacotron = qEnvironmentVariable("WB_TTS_TEST_TACOTRON");
    m_backend = std::make_unique<ModelBackend>();
    m_window = std::make_unique<MainWindow>(m_backend.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->tabs()->setCurrentWidget(panel());
}

void TestTtsPanel::cleanupTestCase()
{
    m_window.reset();
    m_backend.reset();
}

QString TestTtsPanel::shot(const QString &name) const
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

bool TestTtsPanel::grabWindow(const QString &name) const
{
    // Let pending layouts (a message that just appeared) and queued replots happen first.
    QTest::qWait(100);
    return m_window->grab().save(shot(name));
}

bool TestTtsPanel::load(const QString &path)
{
    QSignalSpy loaded(panel(), &TtsPanel::modelLoaded);
    panel()->loadCheckpoint(path);
    return loaded.wait(30000);
}

bool TestTtsPanel::speakAndWait(int timeoutMs)
{
    QSignalSpy spoken(panel(), &TtsPanel::spoken);
    QTest::mouseClick(panel()->speakButton(), Qt::LeftButton);
    return spoken.count() > 0 || spoken.wait(timeoutMs);
}

void TestTtsPanel::missingShippedModelIsExplained()
{
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(panel())),
             QStringLiteral("Text-to-Speech"));
    QVERIFY(!panel()->hasModel());
    QVERIFY2(panel()->message().contains(QStringLiteral("not there yet")),
             qPrintable(panel()->message()));
    QVERIFY(panel()->loadButton()->isEnabled());
    // Speak without a model: a message, no job.
    QSignalSpy errors(panel(), &TtsPanel::errorOccurred);
    QTest::mouseClick(panel()->speakButton(), Qt::LeftButton);
    QCOMPARE(errors.count(), 1);
    QVERIFY(!panel()->isBusy());
    QVERIFY(panel()->message().contains(QStringLiteral("No model")));
    QVERIFY(grabWindow(QStringLiteral("tts_panel_nomodel.png")));
}

void TestTtsPanel::onlyTrainedChoicesAreEnabled()
{
    auto enabled = [](QComboBox *box, int row) {
        auto *model = qobject_cast<QStandardItemModel *>(box->model());
        return model && model->item(row)->isEnabled();
    };
    QComboBox *models = panel()->controlsBar()->modelBox();
    QComboBox *vocoders = panel()->controlsBar()->vocoderBox();
    QCOMPARE(models->currentText(), QStringLiteral("FastSpeech 2"));
    QCOMPARE(models->itemText(TtsControlsBar::Tacotron2), QStringLiteral("Tacotron 2"));
    QVERIFY(enabled(models, TtsControlsBar::FastSpeech2));
    QVERIFY(enabled(models, TtsControlsBar::Tacotron2));
    QVERIFY(models->itemData(TtsControlsBar::Tacotron2, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("attention")));
    // Tacotron 2 has no pitch control: showing it disables the pitch knob and zeroes it.
    TtsControlsBar *bar = panel()->controlsBar();
    bar->pitchBox()->setValue(3.0);
    bar->showModel(TtsControlsBar::Tacotron2);
    QVERIFY(!bar->pitchBox()->isEnabled());
    QCOMPARE(bar->controls().pitchSemitones, 0.0);
    bar->showModel(TtsControlsBar::FastSpeech2);
    QVERIFY(bar->pitchBox()->isEnabled());
    QCOMPARE(models->currentIndex(), int(TtsControlsBar::FastSpeech2));
    QCOMPARE(vocoders->currentText(), QStringLiteral("Griffin-Lim"));
    QVERIFY(!enabled(vocoders, TtsControlsBar::WaveNet));
    QVERIFY(vocoders->itemData(TtsControlsBar::WaveNet, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("No WaveNet vocoder")));
    // Slider and spin box move together; speed and energy sliders are logarithmic, 1 in the middle.
    QCOMPARE(panel()->controlsBar()->speedSlider()->value(), 0);
    panel()->controlsBar()->speedBox()->setValue(2.0);
    QCOMPARE(panel()->controlsBar()->speedSlider()->value(),
             panel()->controlsBar()->speedSlider()->maximum());
    panel()->controlsBar()->reset();
    QCOMPARE(panel()->controlsBar()->controls().speed, 1.0);
}

void TestTtsPanel::badCheckpointIsRefused()
{
    // Not a checkpoint at all, and a truncated one.
    const QString junk = m_tmp.filePath(QStringLiteral("junk.safetensors"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a model");
    f.close();
    const QString cut = m_tmp.filePath(QStringLiteral("cut.safetensors"));
    QVERIFY(QFile::copy(m_model, cut));
    QFile c(cut);
    QVERIFY(c.open(QIODevice::ReadWrite));
    QVERIFY(c.resize(c.size() / 2));
    c.close();
    for (const QString &path : {junk, cut, m_tmp.filePath(QStringLiteral("absent.safetensors"))}) {
        QSignalSpy errors(panel(), &TtsPanel::errorOccurred);
        panel()->loadCheckpoint(path);
        QVERIFY(errors.wait(20000));
        QCOMPARE(errors.first().first().toString(), QStringLiteral("Cannot load the checkpoint"));
        QVERIFY(!panel()->hasModel());
        QVERIFY(!panel()->isLoading());
        QVERIFY2(panel()->message().contains(QStringLiteral("Cannot load")),
                 qPrintable(panel()->message()));
    }
}

void TestTtsPanel::loadsAModel()
{
    QVERIFY(load(m_model));
    QVERIFY(panel()->hasModel());
    QVERIFY(panel()->message().isEmpty());
    const QString label = panel()->modelLabel()->text();
    QVERIFY2(label.contains(QFileInfo(m_model).fileName()) &&
                 label.contains(QStringLiteral("parameters")),
             qPrintable(label));
    const QString steps = QString::fromStdString(
        FastSpeech2Checkpoint::load(m_model.toStdString()).notes.at("steps"));
    QVERIFY2(label.contains(QStringLiteral("%1 steps").arg(QLocale().toString(steps.toLongLong()))),
             qPrintable(label));
}

void TestTtsPanel::speakFillsEveryStage()
{
    panel()->setText(QStringLiteral("Hello, world. It costs $5."));
    QSignalSpy busy(panel(), &TtsPanel::busyChanged);
    QVERIFY(speakAndWait());
    QCOMPARE(busy.count(), 2); // on, then off
    QVERIFY(!panel()->isBusy());
    QVERIFY(panel()->message().isEmpty());
    const ttsjobs::Output out = stages()->output();
    QVERIFY(out);
    const TtsResult &r = out->result;

    // (a) normalized text
    QCOMPARE(stages()->normalizedLabel()->text(),
             QStringLiteral("Hello, world. It costs five dollars."));
    // (b) one bar per symbol, as wide as its frames, summing to the mel's length
    PhonemeDurationView *bars = stages()->phonemes();
    QCOMPARE(bars->barCount(), int(r.utterance.symbols.size()));
    QCOMPARE(bars->totalFrames(), int(r.logMel.cols()));
    for (int i = 0; i < bars->barCount(); ++i) {
        QCOMPARE(bars->symbolAt(i), QString::fromStdString(r.utterance.symbols[std::size_t(i)]));
        QCOMPARE(bars->framesAt(i), r.durations[std::size_t(i)]);
    }
    QCOMPARE(bars->kindAt(6), PhonemeDurationView::Kind::Boundary); // "h ə l ˈ oʊ ," then " "
    QCOMPARE(bars->kindAt(3), PhonemeDurationView::Kind::Stress);
    int hovered = -1;
    for (int x = 0; x < bars->width() && hovered < 0; ++x)
        hovered = bars->barAt(QPoint(x, bars->height() / 2));
    QVERIFY(hovered >= 0);
    QVERIFY(bars->describeBar(hovered).contains(QStringLiteral("frame")));
    // (c) pitch and energy curves
    QVERIFY(stages()->variance()->hasData());
    QVERIFY(stages()->variance()->voicedCount() > 0);
    // (d) mel-spectrogram image
    QVERIFY(stages()->mel()->hasData());
    QCOMPARE(out->melDb.rows(), std::size_t(80));
    // (e) waveform, playable and saveable
    QVERIFY(stages()->waveform()->hasData());
    QVERIFY(out->audio && out->audio->frames() > 1000);
    QVERIFY(stages()->playButton()->isEnabled());
    QVERIFY(stages()->saveButton()->isEnabled());
    const QString wav = m_tmp.filePath(QStringLiteral("speech.wav"));
    QString error;
    QVERIFY2(stages()->saveWav(wav, &error), qPrintable(error));
    const AudioBuffer back = AudioFile::read(wav.toStdString());
    QCOMPARE(back.frames(), out->audio->frames());
    QVERIFY(!stages()->saveWav(m_tmp.filePath(QStringLiteral("no/such/dir/x.wav")), &error));
    QVERIFY(!error.isEmpty());
    // (f) timings
    const QString timings = stages()->timingsLabel()->text();
    QVERIFY2(timings.contains(QStringLiteral("acoustic model")) &&
                 timings.contains(QStringLiteral("real-time factor")),
             qPrintable(timings));
    QCOMPARE(panel()->progressBar()->value(), 1000);

    // The stages share one time axis: zooming the mel zooms the others and the bars.
    stages()->mel()->xAxis->setRange(0.1, 0.4);
    QCOMPARE(stages()->variance()->xAxis->range().lower, 0.1);
    QCOMPARE(stages()->waveform()->xAxis->range().upper, 0.4);
    stages()->mel()->resetZoom();

    QVERIFY(grabWindow(QStringLiteral("tts_panel.png")));
}

void TestTtsPanel::fitsA1280x800Window()
{
    // The tab's own share of a 1280x800 window (menu, toolbar, tab bar and status bar take the
    // rest). The window itself may be wider, held so by the other tabs, so this looks at the panel
    // alone.
    TtsPanel alone(m_backend.get());
    QVERIFY2(alone.minimumSizeHint().width() <= 1280 && alone.minimumSizeHint().height() <= 680,
             qPrintable(QStringLiteral("%1x%2")
                            .arg(alone.minimumSizeHint().width())
                            .arg(alone.minimumSizeHint().height())));
    alone.resize(1280, 680);
    alone.setText(panel()->text());
    QSignalSpy loaded(&alone, &TtsPanel::modelLoaded);
    alone.show();
    QVERIFY(QTest::qWaitForWindowExposed(&alone));
    alone.loadCheckpoint(m_model);
    QVERIFY(loaded.wait(30000));
    alone.pipeline()->showOutput(stages()->output());
    QTest::qWait(100);
    QVERIFY(alone.grab().save(shot(QStringLiteral("tts_panel_1280.png"))));
}

void TestTtsPanel::spanish()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    QVERIFY(installLanguage(*app, QStringLiteral("es")));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(panel())),
             QStringLiteral("Texto a voz"));
    QCOMPARE(panel()->speakButton()->text(), QStringLiteral("Hablar"));
    QVERIFY(stages()->timingsLabel()->text().contains(QStringLiteral("modelo acústico")));
    QVERIFY(grabWindow(QStringLiteral("tts_panel_es.png")));
    QVERIFY(installLanguage(*app, QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(panel()->speakButton()->text(), QStringLiteral("Speak"));
    QVERIFY(stages()->timingsLabel()->text().contains(QStringLiteral("acoustic model")));
}

void TestTtsPanel::ctrlReturnSpeaks()
{
    panel()->setText(QStringLiteral("Good morning."));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    panel()->textEdit()->setFocus();
    QSignalSpy spoken(panel(), &TtsPanel::spoken);
    QTest::keyClick(panel()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(spoken.count() > 0 || spoken.wait(60000));
    QCOMPARE(panel()->text(), QStringLiteral("Good morning.")); // no newline typed
    QCOMPARE(stages()->normalizedLabel()->text(), QStringLiteral("Good morning."));
}

void TestTtsPanel::controlsReachTheModel()
{
    auto frames = [this] { return stages()->phonemes()->totalFrames(); };
    panel()->setText(QStringLiteral("The quick brown fox jumps over the lazy dog."));
    panel()->controlsBar()->reset();
    panel()->controlsBar()->iterationsBox()->setValue(2);
    QVERIFY(speakAndWait());
    const int normal = frames();
    const double normalSeconds = stages()->output()->result.audioSeconds();
    panel()->controlsBar()->speedBox()->setValue(2.0);
    QVERIFY(speakAndWait());
    QVERIFY2(frames() <= normal / 2 + stages()->phonemes()->barCount() / 2 + 1,
             qPrintable(QStringLiteral("%1 -> %2 frames").arg(normal).arg(frames())));
    QVERIFY(stages()->output()->result.audioSeconds() < normalSeconds);
    panel()->controlsBar()->reset();
}

void TestTtsPanel::longTextIsSpokenSentenceBySentence()
{
    panel()->setText(
        QStringLiteral("One sentence. Two sentences. Three sentences. And a fourth one, at 9:30."));
    panel()->controlsBar()->iterationsBox()->setValue(2);
    QVERIFY(speakAndWait());
    const ttsjobs::Output out = stages()->output();
    QVERIFY(out->sentenceBySentence);
    QCOMPARE(out->sentences, 4);
    // The stages describe the last sentence; the audio holds all four.
    QVERIFY2(stages()->normalizedLabel()->text().contains(QStringLiteral("4 sentences")),
             qPrintable(stages()->normalizedLabel()->text()));
    QVERIFY(stages()->normalizedLabel()->text().endsWith(
        QStringLiteral("And a fourth one, at nine thirty.")));
    QCOMPARE(stages()->phonemes()->barCount(), int(out->result.utterance.symbols.size()));
    QVERIFY(out->result.audioSeconds() >
            stages()->phonemes()->endSeconds(stages()->phonemes()->barCount() - 1) + 1.0);
    QVERIFY(grabWindow(QStringLiteral("tts_panel_long.png")));
    panel()->controlsBar()->reset();
}

void TestTtsPanel::emptyTextShowsAnError()
{
    panel()->setText(QStringLiteral("   \n "));
    QSignalSpy errors(panel(), &TtsPanel::errorOccurred);
    QTest::mouseClick(panel()->speakButton(), Qt::LeftButton);
    QCOMPARE(errors.count(), 1);
    QVERIFY(!panel()->isBusy());
    QVERIFY2(panel()->message().contains(QStringLiteral("empty")), qPrintable(panel()->message()));
    // Text with nothing sayable reaches the front-end, which refuses it: a message, not a crash.
    panel()->setText(QStringLiteral("?!..."));
    QTest::mouseClick(panel()->speakButton(), Qt::LeftButton);
    QVERIFY(errors.wait(30000));
    QCOMPARE(errors.last().first().toString(), QStringLiteral("Cannot speak this text"));
    QVERIFY(!panel()->isBusy());
    QVERIFY(panel()->speakButton()->isEnabled());
    QVERIFY(grabWindow(QStringLiteral("tts_panel_error.png")));
}

void TestTtsPanel::cancelStopsSpeaking()
{
    const ttsjobs::Output before = stages()->output();
    QStringList sentences;
    for (int i = 0; i < 6; ++i)
        sentences
            << QStringLiteral(
                   "This is sentence number %1 of a long paragraph that takes a while to say.")
                   .arg(i + 1);
    panel()->setText(sentences.join(QLatin1Char(' ')));
    panel()->controlsBar()->iterationsBox()->setValue(200);
    QSignalSpy cancelled(panel(), &TtsPanel::speakCancelled);
    QSignalSpy spoken(panel(), &TtsPanel::spoken);
    QTest::mouseClick(panel()->speakButton(), Qt::LeftButton);
    QVERIFY(panel()->isBusy());
    QVERIFY(panel()->cancelButton()->isEnabled());
    QVERIFY(!panel()->speakButton()->isEnabled());
    // Cancel once it is under way, as a user would.
    QTRY_VERIFY_WITH_TIMEOUT(panel()->progressBar()->value() > 0, 30000);
    QTest::mouseClick(panel()->cancelButton(), Qt::LeftButton);
    QVERIFY(cancelled.count() > 0 || cancelled.wait(30000));
    QCOMPARE(spoken.count(), 0);
    QVERIFY(!panel()->isBusy());
    QVERIFY(panel()->speakButton()->isEnabled());
    QVERIFY(!panel()->cancelButton()->isEnabled());
    QVERIFY(panel()->message().contains(QStringLiteral("Cancelled")));
    QVERIFY(stages()->output() == before); // the previous result stays
    panel()->controlsBar()->reset();
}

void TestTtsPanel::waitsBehindAnotherModelJob()
{
    // Another tab's model job holds the one model lane: Speak says it waits, then speaks.
    auto release = std::make_shared<std::atomic<bool>>(false);
    m_backend->submit(Lane::Model, QStringLiteral("blocker"), [release](JobContext &job) {
        while (!*release && !job.isCancelled())
            QThread::msleep(5);
        return QVariant();
    });
    panel()->setText(QStringLiteral("Good night."));
    QSignalSpy spoken(panel(), &TtsPanel::spoken);
    QTest::mouseClick(panel()->speakButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel()->message().contains(QStringLiteral("Waiting")), 5000);
    QCOMPARE(spoken.count(), 0);
    *release = true;
    QVERIFY(spoken.wait(30000));
    QVERIFY(panel()->message().isEmpty());
    QCOMPARE(stages()->normalizedLabel()->text(), QStringLiteral("Good night."));
}

void TestTtsPanel::unknownSymbolsShowAnError()
{
    // A checkpoint whose symbol table lacks /t/: it loads, but cannot say "time".
    FastSpeech2Checkpoint other = FastSpeech2Checkpoint::load(m_model.toStdString());
    std::vector<std::string> symbols = other.symbols.symbols();
    for (auto &s : symbols)
        if (s == "t")
            s = "tt";
    other.symbols = text::SymbolTable(symbols, "other");
    const QString path = m_tmp.filePath(QStringLiteral("other.safetensors"));
    other.save(path.toStdString());
    QVERIFY(load(path));
    panel()->setText(QStringLiteral("It is time."));
    QSignalSpy errors(panel(), &TtsPanel::errorOccurred);
    QTest::mouseClick(panel()->speakButton(), Qt::LeftButton);
    QVERIFY(errors.wait(30000));
    QVERIFY2(panel()->message().contains(QStringLiteral("lacks")), qPrintable(panel()->message()));
    QVERIFY(panel()->hasModel());
    // The good model again, and it speaks.
    QVERIFY(load(m_model));
    QVERIFY(speakAndWait());
    QVERIFY(panel()->message().isEmpty());
}

void TestTtsPanel::compareShowsBothModels()
{
    if (m_tacotron.isEmpty())
        QSKIP("WB_TTS_TEST_CHECKPOINT is set without WB_TTS_TEST_TACOTRON");
    // Both "shipped" models in an assets folder of their own.
    const QString assets = m_tmp.filePath(QStringLiteral("compare_assets"));
    QVERIFY(QDir(assets).mkpath(QStringLiteral("models")));
    QVERIFY(QFile::copy(m_model, assets + QStringLiteral("/models/fastspeech2_slt.safetensors")));
    QVERIFY(QFile::copy(m_tacotron, assets + QStringLiteral("/models/tacotron2_slt.safetensors")));
    const QByteArray previous = qgetenv("WB_ASSETS_DIR");
    qputenv("WB_ASSETS_DIR", assets.toLocal8Bit());
    panel()->setText(QStringLiteral("The library opens at nine."));
    QSignalSpy compared(panel(), &TtsPanel::compared);
    QVERIFY(panel()->compareButton()->isEnabled());
    QTest::mouseClick(panel()->compareButton(), Qt::LeftButton);
    QVERIFY(!panel()->compareButton()->isEnabled()); // busy while both models speak
    QVERIFY(compared.wait(120000));
    qputenv("WB_ASSETS_DIR", previous);
    TtsCompareDialog *dialog = panel()->compareDialog();
    QVERIFY(dialog && dialog->isVisible());
    // FastSpeech 2 shows its pitch and energy; Tacotron 2 its attention map.
    QVERIFY(dialog->fastSpeechView()->variance()->hasData());
    QVERIFY(!dialog->fastSpeechView()->variance()->showsAlignment());
    QVERIFY(dialog->tacotronView()->variance()->showsAlignment());
    QVERIFY(dialog->tacotronView()->output()->result.alignment.rows() > 0);
    QVERIFY(dialog->fastSpeechView()->playButton()->isEnabled());
    QVERIFY(dialog->tacotronView()->playButton()->isEnabled());
    QVERIFY2(dialog->headline()->text().contains(QStringLiteral("faster")),
             qPrintable(dialog->headline()->text()));
    QTest::qWait(100);
    QVERIFY(dialog->grab().save(shot(QStringLiteral("tts_compare.png"))));
    dialog->close();
}

void TestTtsPanel::trainsFromTheTab()
{
    QVERIFY(panel()->trainButton()->isEnabled());
    QTest::mouseClick(panel()->trainButton(), Qt::LeftButton);
    TtsTrainDialog *d = panel()->trainDialog();
    QVERIFY(d && d->isVisible());
    d->setWorkFolder(m_tmp.filePath(QStringLiteral("train_work")));
    QVERIFY(!d->trainButton()->isEnabled()); // no corpus yet

    // A practice corpus read by flite's slt.
    d->sentencesBox()->setValue(24); // more than 20: two are held out
    QTest::mouseClick(d->practiceButton(), Qt::LeftButton);
    QVERIFY(d->isBusy() && d->cancelButton()->isEnabled() && !d->trainButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 120000);
    QVERIFY2(d->message().isEmpty(), qPrintable(d->message()));
    const QString corpus = d->corpusEdit()->text();
    QFile metadata(QDir(corpus).filePath(QStringLiteral("metadata.csv")));
    QVERIFY(metadata.open(QIODevice::ReadOnly));
    QVERIFY(metadata.readAll().count('\n') >= 22);

    // A tiny FastSpeech 2, a few steps: the chart fills, the model is written and can be used.
    d->modelBox()->setCurrentIndex(0);
    d->sizeBox()->setCurrentIndex(0);
    d->stepsBox()->setValue(12);
    QVERIFY(d->trainButton()->isEnabled());
    QTest::mouseClick(d->trainButton(), Qt::LeftButton);
    QVERIFY(d->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 180000);
    QVERIFY2(d->message().isEmpty(), qPrintable(d->message()));
    QCOMPARE(d->lossPoints(), 12);
    QVERIFY(d->validationPoints() >= 1);
    QVERIFY(QFileInfo(d->trainedModel()).size() > 10000);
    QVERIFY(d->useButton()->isEnabled());
    QTest::qWait(100);
    QVERIFY(d->grab().save(shot(QStringLiteral("tts_train.png"))));
    QSignalSpy loaded(panel(), &TtsPanel::modelLoaded);
    QTest::mouseClick(d->useButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.at(0).at(0).toString(), d->trainedModel());

    // Cancelling a long Tacotron 2 run stops it and writes nothing.
    const QString first = d->trainedModel();
    d->modelBox()->setCurrentIndex(1);
    d->stepsBox()->setValue(5000);
    QTest::mouseClick(d->trainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->lossPoints() >= 1, 120000);
    QTest::mouseClick(d->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), 60000);
    QCOMPARE(d->trainedModel(), first);
    QCOMPARE(QDir(m_tmp.filePath(QStringLiteral("train_work")))
                 .entryList({QStringLiteral("tacotron2-*.safetensors")})
                 .size(),
             0);

    // No corpus: a clear message, no job.
    d->setCorpus(m_tmp.filePath(QStringLiteral("nowhere")));
    d->train();
    QVERIFY(!d->isBusy());
    QVERIFY(d->message().contains(QStringLiteral("No corpus")));
    d->close();
}

void TestTtsPanel::waveNetVocoderWhenShipped()
{
    // Without a shipped vocoder the WaveNet choice is off, and says why.
    QVERIFY(load(m_model));
    QVERIFY(!panel()->controlsBar()->waveNetAvailable());
    QVERIFY(panel()->controlsBar()->vocoderBox()->itemData(TtsControlsBar::WaveNet, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("No WaveNet vocoder")));
    if (!QFileInfo::exists(m_tmp.filePath(QStringLiteral("corpus"))))
        QSKIP("WB_TTS_TEST_CHECKPOINT is set: no test corpus to train a vocoder on");
    // A tiny vocoder, two steps on the test corpus, shipped in an assets folder of its own.
    const QString assets = m_tmp.filePath(QStringLiteral("vocoder_assets"));
    QVERIFY(QDir(assets).mkpath(QStringLiteral("models")));
    const VocoderData data = loadVocoderData(m_tmp.filePath(QStringLiteral("corpus")).toStdString(), 3);
    WaveNetConfig config;
    config.channels = 8;
    config.melChannels = data.nMels;
    config.hopLength = data.hop;
    WaveNetTrainOptions o;
    o.steps = 2;
    o.targetLength = 256;
    o.threads = 1;
    WaveNetWeights w = WaveNetTrainer(config, o).train(data.signal, {}, {}, data.mel);
    WaveNetVocoder::mark(w, data);
    w.save((assets + QStringLiteral("/models/wavenet_vocoder_slt.safetensors")).toStdString());
    const QByteArray previous = qgetenv("WB_ASSETS_DIR");
    qputenv("WB_ASSETS_DIR", assets.toLocal8Bit());
    const bool loaded = load(m_model);
    qputenv("WB_ASSETS_DIR", previous);
    QVERIFY(loaded);
    QVERIFY(panel()->controlsBar()->waveNetAvailable());
    panel()->controlsBar()->vocoderBox()->setCurrentIndex(TtsControlsBar::WaveNet);
    QVERIFY(panel()->controlsBar()->controls().vocoder == TtsVocoder::WaveNet);
    QVERIFY(!panel()->controlsBar()->iterationsBox()->isEnabled());
    panel()->setText(QStringLiteral("Hi there."));
    QVERIFY(speakAndWait());
    const auto out = stages()->output();
    QVERIFY(out);
    QCOMPARE(out->result.vocoder, std::string("wavenet"));
    QCOMPARE(out->result.audio.size(), out->result.logMel.cols() * 256);
    panel()->controlsBar()->vocoderBox()->setCurrentIndex(TtsControlsBar::GriffinLim);
    QVERIFY(panel()->controlsBar()->iterationsBox()->isEnabled());
}

void TestTtsPanel::sourceFilterVocoderSpeaks()
{
    // The third vocoder needs no model: always offered, and it speaks.
    QVERIFY(load(m_model));
    QComboBox *box = panel()->controlsBar()->vocoderBox();
    QCOMPARE(box->count(), 3);
    QCOMPARE(box->itemText(TtsControlsBar::SourceFilter), QStringLiteral("Source-filter (MLSA)"));
    QVERIFY(box->itemData(TtsControlsBar::SourceFilter, Qt::ToolTipRole).toString().contains(QStringLiteral("flite")));
    box->setCurrentIndex(TtsControlsBar::SourceFilter);
    QVERIFY(panel()->controlsBar()->controls().vocoder == TtsVocoder::SourceFilter);
    QVERIFY(!panel()->controlsBar()->iterationsBox()->isEnabled());
    panel()->setText(QStringLiteral("The source and the filter."));
    QVERIFY(speakAndWait());
    const auto out = stages()->output();
    QVERIFY(out);
    QCOMPARE(out->result.vocoder, std::string("sourcefilter"));
    QCOMPARE(out->result.vocoderF0.size(), out->result.logMel.cols());
    QCOMPARE(out->result.audio.size(), (out->result.logMel.cols() - 1) * 256 + 1);
    // Stage 3 draws the F0 the vocoder's pulses followed, frame by frame, over the phoneme steps.
    int voicedFrames = 0;
    for (float f : out->result.vocoderF0)
        voicedFrames += f > 0.0f ? 1 : 0;
    QCOMPARE(stages()->variance()->sourceF0Count(), voicedFrames);
    // The tiny test model's mel may hold no pitch pYIN can find; a real model's does.
    if (!QFileInfo::exists(m_tmp.filePath(QStringLiteral("corpus"))))
        QVERIFY(voicedFrames > 0);
    QVERIFY(grabWindow(QStringLiteral("tts_sourcefilter.png")));
    box->setCurrentIndex(TtsControlsBar::GriffinLim);
}

QTEST_MAIN(TestTtsPanel)
#include "tst_ttspanel.moc"
