// The Voice Cloning tab offscreen, with a tiny speaker encoder, speaker map and
// multi-speaker FastSpeech 2 made by the CLI here: missing models explained,
// a reference loaded and one recorded through the ALSA sandbox, consent
// gating Clone, the map and the similarity table, a clone with its
// similarities and watermark, Detect on the clone and on files, the consent
// sidecar, and screenshots.
#include "AlsaSandbox.h"
#include "AudioFile.h"
#include "BundledModels.h"
#include "CliRunner.h"
#include "CloneOutputView.h"
#include "ConsentBox.h"
#include "MessageStrip.h"
#include "ModelBackend.h"
#include "ReferenceRecorder.h"
#include "SpeakerMapView.h"
#include "VoiceCloningPanel.h"
#include "VoiceSimilarityTable.h"
#include "Watermark.h"

#include <QComboBox>
#include <QSpinBox>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace wb;
using wb::test::AlsaSandbox;
using wb::test::runCli;

namespace {

QString shotPath(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

} // namespace

class TestVoiceCloningPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void missingModelsAreExplained();
    void showsTheEncodersEqualErrorRate();
    void consentGatesClone();
    void referenceLandsOnTheMap();
    void clonesAndMeasures();
    void adaptsToTranscribedReferences();
    void clonesThroughTheSourceFilterVocoder();
    void cancelsAClone();
    void detectsTheWatermark();
    void recordsAReference();
    void savesTheReferenceWithItsConsent();
    void clonesWithTheShippedModels();

private:
    bool run(const QStringList &args);
    QString wav(const QString &corpus, int index) const;
    /** What a corpus recording says (its metadata.csv line). */
    QString transcriptOf(const QString &wavPath) const;

    AlsaSandbox m_alsa;
    QTemporaryDir m_dir;
    QString m_train, m_held, m_encoder, m_map, m_model;
    ModelBackend *m_backend = nullptr;
    VoiceCloningPanel *m_panel = nullptr;
};

bool TestVoiceCloningPanel::run(const QStringList &args)
{
    const auto r = runCli(args, 300000);
    if (r.code != 0)
        qWarning() << args << r.err;
    return r.code == 0;
}

QString TestVoiceCloningPanel::wav(const QString &corpus, int index) const
{
    const QDir dir(QDir(corpus).filePath(QStringLiteral("wavs")));
    const QStringList files = dir.entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name);
    return index < files.size() ? dir.filePath(files[index]) : QString();
}

QString TestVoiceCloningPanel::transcriptOf(const QString &wavPath) const
{
    const QFileInfo info(wavPath);
    QFile meta(QDir(info.path()).filePath(QStringLiteral("../metadata.csv")));
    if (!meta.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    while (!meta.atEnd()) {
        const QStringList fields = QString::fromUtf8(meta.readLine()).trimmed().split(QLatin1Char('|'));
        if (fields.size() >= 2 && fields[0] == info.completeBaseName())
            return fields[1];
    }
    return {};
}

void TestVoiceCloningPanel::initTestCase()
{
    QVERIFY(m_alsa.isValid() && m_dir.isValid());
    m_alsa.install(); // before PortAudio's first use
    m_train = m_dir.filePath(QStringLiteral("train"));
    m_held = m_dir.filePath(QStringLiteral("held"));
    m_encoder = m_dir.filePath(QStringLiteral("encoder.safetensors"));
    m_map = m_dir.filePath(QStringLiteral("map.safetensors"));
    m_model = m_dir.filePath(QStringLiteral("multispeaker.safetensors"));
    // Four training voices and two unseen ones; every model tiny: the test is about the tab.
    QVERIFY(run({"corpus", "build", "-o", m_train, "--sentences", "32", "--voices",
                 "flite:slt,flite:awb,flite:rms,espeak:en-us+f2"}));
    QVERIFY(run({"corpus", "build", "-o", m_held, "--sentences", "8", "--voices", "espeak:en-us+m3,flite:kal16"}));
    QVERIFY(run({"speaker", "train", "--corpus", m_train, "--heldout", m_held, "-o", m_encoder, "--steps", "30",
                 "--speakers", "4", "--utterances", "3", "--crop", "60", "--hidden", "32", "--layers", "1",
                 "--embedding", "16", "--eval-every", "30", "--threads", "1"}));
    QVERIFY(run({"speaker", "map", "--corpus", m_train, "--corpus2", m_held, "--model", m_encoder,
                 "--per-speaker", "8", "-o", m_map}));
    QVERIFY(run({"tts", "train", "--model", "fastspeech2", "--corpus", m_train, "-o", m_model, "--steps", "200",
                 "--batch", "8", "--d-model", "32", "--layers", "1", "--threads", "1", "--speaker-encoder",
                 m_encoder}));
    // The clone test on the unseen voices, recorded in the model's notes for the tab to show.
    QVERIFY(run({"speaker", "clone-eval", "--corpus", m_held, "--encoder", m_encoder, "--model", m_model,
                 "--references", "1", "--trials", "1", "--iters", "4", "--record"}));
    QVERIFY(run({"speaker", "clone-eval", "--corpus", m_held, "--encoder", m_encoder, "--model", m_model,
                 "--references", "1", "--trials", "1", "--real", "--record"}));

    m_backend = new ModelBackend;
    m_panel = new VoiceCloningPanel(m_backend);
    m_panel->resize(1500, 980);
    QSignalSpy loaded(m_panel, &VoiceCloningPanel::assetsLoaded);
    m_panel->loadAssets({m_encoder, m_map, m_model}); // before show(): no attempt at the shipped ones
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    QVERIFY(loaded.count() == 1 || loaded.wait(60000));
    QVERIFY(m_panel->assets() && m_panel->assets()->canClone());
    QVERIFY2(m_panel->message().isEmpty(), qPrintable(m_panel->message()));
    m_panel->recorder()->setCountdown(1, 50);
}

void TestVoiceCloningPanel::cleanupTestCase()
{
    delete m_panel;
    delete m_backend;
}

void TestVoiceCloningPanel::missingModelsAreExplained()
{
    // No shipped models in an empty assets folder: the tab says so, and nothing that needs them is enabled.
    QTemporaryDir empty;
    QVERIFY(QDir(empty.path()).mkpath(QStringLiteral("models")));
    qputenv("WB_ASSETS_DIR", empty.path().toUtf8());
    ModelBackend backend;
    VoiceCloningPanel panel(&backend);
    QSignalSpy loaded(&panel, &VoiceCloningPanel::assetsLoaded);
    panel.resize(1400, 900);
    panel.show(); // the first show loads the shipped models
    QVERIFY(loaded.wait(30000));
    qunsetenv("WB_ASSETS_DIR");
    QVERIFY2(panel.message().contains(QStringLiteral("No speaker encoder")), qPrintable(panel.message()));
    QVERIFY(!panel.cloneButton()->isEnabled());
    QVERIFY(!panel.recorder()->loadButton()->isEnabled());
    QVERIFY(!panel.recorder()->recordButton()->isEnabled());
    QVERIFY(!panel.mapView()->hasMap());
    panel.consent()->setSpeaker(QStringLiteral("Ada"));
    panel.consent()->setAgreed(true);
    QVERIFY(!panel.cloneButton()->isEnabled()); // consent alone is not enough
    QVERIFY(panel.cloneButton()->toolTip().contains(QStringLiteral("reference")));
    QTest::qWait(100); // let the layout settle before the screenshot
    QVERIFY(panel.grab().save(shotPath(QStringLiteral("voice_cloning_missing.png"))));
}

void TestVoiceCloningPanel::showsTheEncodersEqualErrorRate()
{
    const QString text = m_panel->eerLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("equal error rate on 2 unseen voice")), qPrintable(text));
    QVERIFY(text.contains(QLatin1Char('%')));
    // ... and the recorded clone test, with its figures.
    QVERIFY(m_panel->assets()->cloneEvalRate >= 0.0 && m_panel->assets()->cloneEvalRate <= 1.0);
    QCOMPARE(m_panel->assets()->cloneEvalSpeakers, 2);
    QVERIFY2(text.contains(QStringLiteral("Clone test:</b> on 2 unseen voices")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("of %1 clone").arg(m_panel->assets()->cloneEvalTrials)));
    QVERIFY(m_panel->assets()->cloneEvalRealRate >= 0.0);
    QVERIFY2(text.contains(QStringLiteral("Their own recordings, judged the same way")), qPrintable(text));
}

void TestVoiceCloningPanel::consentGatesClone()
{
    // A reference loaded from a file: still no Clone without consent.
    QSignalSpy changed(m_panel, &VoiceCloningPanel::referencesChanged);
    m_panel->addReferenceFile(wav(m_held, 0));
    QVERIFY(changed.wait(30000));
    QCOMPARE(int(m_panel->references().size()), 1);
    QVERIFY(m_panel->references()[0].seconds > 0.5);
    QVERIFY(!m_panel->consent()->isGiven());
    QVERIFY(!m_panel->cloneButton()->isEnabled());
    QVERIFY2(m_panel->cloneButton()->toolTip().contains(QStringLiteral("consent")),
             qPrintable(m_panel->cloneButton()->toolTip()));
    QVERIFY(!m_panel->recorder()->recordButton()->isEnabled());
    // The box cannot be ticked before the speaker is named.
    QVERIFY(!m_panel->consent()->agreeBox()->isEnabled());
    QTest::keyClicks(m_panel->consent()->speakerEdit(), QStringLiteral("Ada"));
    QVERIFY(m_panel->consent()->agreeLabel()->text().contains(QStringLiteral("Ada agrees")));
    QVERIFY(m_panel->consent()->agreeBox()->accessibleName().contains(QStringLiteral("Ada agrees")));
    QVERIFY(!m_panel->cloneButton()->isEnabled());
    // A click on the sentence ticks the box, as a checkbox's own text would.
    QTest::mouseClick(m_panel->consent()->agreeLabel(), Qt::LeftButton);
    QVERIFY(m_panel->consent()->agreeBox()->isChecked());
    m_panel->consent()->agreeBox()->click();
    QVERIFY(!m_panel->consent()->isGiven());
    m_panel->consent()->agreeBox()->click();
    QVERIFY(m_panel->consent()->isGiven());
    QVERIFY(m_panel->cloneButton()->isEnabled());
    QVERIFY(m_panel->recorder()->recordButton()->isEnabled());
    // Renaming the speaker withdraws the tick.
    m_panel->consent()->setSpeaker(QStringLiteral("Bea"));
    QVERIFY(!m_panel->cloneButton()->isEnabled());
    m_panel->consent()->setSpeaker(QStringLiteral("Ada"));
    m_panel->consent()->setAgreed(true);
    QVERIFY(m_panel->cloneButton()->isEnabled());
}

void TestVoiceCloningPanel::referenceLandsOnTheMap()
{
    QVERIFY(m_panel->mapView()->hasMap());
    QCOMPARE(m_panel->mapView()->speakerCount(), 6);
    QVERIFY(m_panel->mapView()->hasReference());
    const auto &scores = m_panel->similarityTable()->scores();
    QCOMPARE(int(scores.size()), 6);
    QCOMPARE(m_panel->similarityTable()->rowCount(), 6);
    for (std::size_t i = 1; i < scores.size(); ++i)
        QVERIFY(scores[i - 1].cosine >= scores[i].cosine);
    QVERIFY(m_panel->similarityTable()->item(0, 0)->font().bold());
    QVERIFY(m_panel->referenceSummary()->text().contains(QStringLiteral("Nearest known voice")));
    // A second reference is averaged with the first.
    const std::vector<float> one = m_panel->referenceEmbedding();
    QSignalSpy changed(m_panel, &VoiceCloningPanel::referencesChanged);
    m_panel->addReferenceFile(wav(m_held, 1));
    QVERIFY(changed.wait(30000));
    QCOMPARE(int(m_panel->references().size()), 2);
    QCOMPARE(m_panel->referenceList()->count(), 2);
    QVERIFY(m_panel->referenceEmbedding() != one);
    // A file that is not audio is refused in the panel.
    const QString junk = m_dir.filePath(QStringLiteral("junk.wav"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not audio");
    f.close();
    QSignalSpy failed(m_panel, &VoiceCloningPanel::referenceFailed);
    m_panel->addReferenceFile(junk);
    QVERIFY(failed.wait(30000));
    QVERIFY(m_panel->message().contains(QStringLiteral("not added")));
    QCOMPARE(int(m_panel->references().size()), 2);
}

void TestVoiceCloningPanel::clonesAndMeasures()
{
    QVERIFY(m_panel->cloneButton()->isEnabled());
    m_panel->textEdit()->setPlainText(QStringLiteral("Hello there, this is a cloned voice speaking for the class."));
    QSignalSpy cloned(m_panel, &VoiceCloningPanel::cloned);
    m_panel->cloneButton()->click();
    QVERIFY(cloned.wait(120000));
    const auto out = m_panel->output();
    QVERIFY(out && out->audio && !out->audio->isEmpty());
    QVERIFY(out->result.watermarked);
    const QString result = m_panel->resultLabel()->text();
    QVERIFY2(result.contains(QStringLiteral("Similarity to your reference")), qPrintable(result));
    QVERIFY(result.contains(QStringLiteral("nearest training voice")));
    QVERIFY(result.contains(QString::fromStdString(out->result.nearestTrainingVoice)));
    QVERIFY(m_panel->watermarkLabel()->text().contains(QStringLiteral("Watermarked")));
    QVERIFY(m_panel->outputView()->playButton()->isEnabled());
    QCOMPARE(m_panel->mapView()->hasClone(), out->hasPoint);
    QVERIFY(m_panel->detectButton()->isEnabled());
    QVERIFY(!m_panel->assets()->judge && !std::isfinite(out->judgedSimilarity)); // only beside the shipped encoder
    // Adaptation is on by default, but neither loaded file came with its words.
    QCOMPARE(m_panel->adaptBox()->value(), 50);
    QCOMPARE(out->adaptSteps, 0);
    QVERIFY2(result.contains(QStringLiteral("Not adapted")), qPrintable(result));
    QTest::qWait(200);
    QVERIFY(m_panel->grab().save(shotPath(QStringLiteral("voice_cloning.png"))));
}

void TestVoiceCloningPanel::adaptsToTranscribedReferences()
{
    // Give the first reference its words: the clone job fine-tunes the model on it first.
    const QString words = transcriptOf(wav(m_held, 0));
    QVERIFY(!words.isEmpty());
    m_panel->referenceList()->setCurrentRow(0);
    QVERIFY(m_panel->setTranscript(0, words + QStringLiteral("  \n")));
    QVERIFY(!m_panel->setTranscript(7, words));
    QCOMPARE(m_panel->references()[0].transcript, words); // simplified
    QVERIFY(m_panel->referenceList()->item(0)->text().contains(QStringLiteral("transcript")));
    QVERIFY(m_panel->referenceList()->item(0)->toolTip().contains(words));
    QVERIFY(!m_panel->referenceList()->item(1)->text().contains(QStringLiteral("transcript")));
    m_panel->adaptBox()->setValue(20);
    m_panel->textEdit()->setPlainText(QStringLiteral("A voice the model learned from one sentence."));
    QSignalSpy cloned(m_panel, &VoiceCloningPanel::cloned);
    m_panel->cloneButton()->click();
    QVERIFY(cloned.wait(120000));
    auto out = m_panel->output();
    QVERIFY(out && out->audio && !out->audio->isEmpty());
    QCOMPARE(out->adaptSteps, 20);
    QCOMPARE(out->adaptReferences, 1);
    QVERIFY(!out->adaptReused);
    QVERIFY2(out->adaptLoss > 0.0 && std::isfinite(out->adaptLoss), qPrintable(QString::number(out->adaptLoss)));
    QVERIFY2(m_panel->resultLabel()->text().contains(QStringLiteral("fine-tuned 20 steps on 1 transcribed")),
             qPrintable(m_panel->resultLabel()->text()));
    QVERIFY(out->result.watermarked);
    // The same references again: the adapted model is reused, not trained anew.
    m_panel->textEdit()->setPlainText(QStringLiteral("And a second sentence in the same voice."));
    m_panel->cloneButton()->click();
    QVERIFY(cloned.wait(120000));
    out = m_panel->output();
    QVERIFY(out->adaptReused);
    QVERIFY2(m_panel->resultLabel()->text().contains(QStringLiteral("fine-tuned earlier")),
             qPrintable(m_panel->resultLabel()->text()));
    // Off: the model as loaded.
    m_panel->adaptBox()->setValue(0);
    QCOMPARE(m_panel->adaptBox()->text(), QStringLiteral("off"));
    m_panel->cloneButton()->click();
    QVERIFY(cloned.wait(120000));
    QCOMPARE(m_panel->output()->adaptSteps, 0);
    QVERIFY(!m_panel->assets()->cloner->adapted());
    m_panel->adaptBox()->setValue(50);
    QVERIFY(m_panel->setTranscript(0, QString()));
}

void TestVoiceCloningPanel::clonesThroughTheSourceFilterVocoder()
{
    QCOMPARE(m_panel->vocoderBox()->count(), 2);
    QCOMPARE(m_panel->vocoderBox()->currentIndex(), 0); // Griffin-Lim unless asked
    m_panel->vocoderBox()->setCurrentIndex(1);
    QCOMPARE(m_panel->vocoderBox()->currentText(), QStringLiteral("Source-filter (MLSA)"));
    m_panel->textEdit()->setPlainText(QStringLiteral("The same voice, a different vocoder."));
    QSignalSpy cloned(m_panel, &VoiceCloningPanel::cloned);
    m_panel->cloneButton()->click();
    QVERIFY(cloned.wait(120000));
    const auto out = m_panel->output();
    QVERIFY(out && out->audio && !out->audio->isEmpty());
    QCOMPARE(out->result.tts.vocoder, std::string("sourcefilter"));
    QVERIFY(out->result.watermarked); // every clone is marked, whatever made it
    m_panel->vocoderBox()->setCurrentIndex(0);
}

void TestVoiceCloningPanel::cancelsAClone()
{
    // A long text, cancelled while it is being spoken: the panel is free again and the last clone stays.
    const auto before = m_panel->output();
    QVERIFY(before && before->audio);
    QString text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("This is sentence number %1 of a long lecture about voices. ").arg(i + 1);
    m_panel->textEdit()->setPlainText(text);
    QSignalSpy busy(m_panel, &VoiceCloningPanel::busyChanged);
    QSignalSpy cloned(m_panel, &VoiceCloningPanel::cloned);
    QSignalSpy status(m_panel, &VoiceCloningPanel::statusMessage);
    m_panel->cloneButton()->click();
    QVERIFY(m_panel->isBusy());
    QTest::qWait(150);
    m_panel->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 60000);
    QCOMPARE(cloned.count(), 0);
    bool said = false;
    for (const auto &args : status)
        said = said || args.value(0).toString().contains(QStringLiteral("cancelled"));
    QVERIFY(said);
    QCOMPARE(m_panel->output().get(), before.get());
    QVERIFY(m_panel->cloneButton()->isEnabled());
    QVERIFY(m_panel->outputView()->playButton()->isEnabled());
}

void TestVoiceCloningPanel::detectsTheWatermark()
{
    QSignalSpy detected(m_panel, &VoiceCloningPanel::detected);
    m_panel->detectButton()->click();
    QVERIFY(detected.wait(30000));
    qDebug() << "clone:" << m_panel->detectionLabel()->text();
    QVERIFY(m_panel->detectionLabel()->text().contains(QStringLiteral("the clone")));
    QCOMPARE(detected.last().at(0).toBool(), true); // every clone carries the mark
    // A speech file of the corpus carries no mark; the same file marked does.
    const QString plain = wav(m_train, 3);
    m_panel->detectFile(plain);
    QVERIFY(detected.wait(30000));
    QCOMPARE(detected.last().at(0).toBool(), false);
    QVERIFY2(m_panel->detectionLabel()->text().contains(QStringLiteral("No watermark")),
             qPrintable(m_panel->detectionLabel()->text()));
    ReadOptions o;
    o.targetRate = 0;
    AudioBuffer audio = AudioFile::read(plain.toStdString(), o);
    const QString marked = m_dir.filePath(QStringLiteral("marked.wav"));
    AudioFile::write(marked.toStdString(), AudioBuffer(embedWatermark(audio.samples(), audio.sampleRate()),
                                                       audio.sampleRate()));
    m_panel->detectFile(marked);
    QVERIFY(detected.wait(30000));
    QCOMPARE(detected.last().at(0).toBool(), true);
    QVERIFY(detected.last().at(1).toDouble() > 0.9);
    QVERIFY2(m_panel->detectionLabel()->text().contains(QStringLiteral("Watermark detected")),
             qPrintable(m_panel->detectionLabel()->text()));
    QTest::qWait(100);
    QVERIFY(m_panel->grab().save(shotPath(QStringLiteral("voice_cloning_detect.png"))));
}

void TestVoiceCloningPanel::recordsAReference()
{
    // The sandbox's "microphone" plays an utterance of an unseen voice, at the recorder's 16 kHz.
    ReadOptions o;
    o.targetRate = 16000;
    const AudioBuffer speech = AudioFile::read(wav(m_held, 2).toStdString(), o);
    std::vector<float> capture(16000 / 2, 0.0f); // half a second of silence first: it is trimmed
    for (int k = 0; k < 4; ++k)
        capture.insert(capture.end(), speech.samples().begin(), speech.samples().end());
    capture.resize(capture.size() + 16000 * 20, 0.0f);
    m_alsa.setCapture(capture);
    m_panel->recorder()->setMaxSeconds(3.0);
    const int before = int(m_panel->references().size());
    QSignalSpy changed(m_panel, &VoiceCloningPanel::referencesChanged);
    QVERIFY(m_panel->recorder()->recordButton()->isEnabled());
    m_panel->recorder()->record();
    QVERIFY(m_panel->recorder()->isBusy());
    QVERIFY(changed.wait(30000));
    QCOMPARE(int(m_panel->references().size()), before + 1);
    const auto &r = m_panel->references().back();
    QVERIFY(r.path.isEmpty() && r.name.contains(QStringLiteral("Recording")));
    QVERIFY2(r.trimmedSeconds >= 0.3, qPrintable(QString::number(r.trimmedSeconds)));
    QVERIFY2(r.seconds > 1.0,  qPrintable(QString::number(r.seconds)));
    // The recorder asked for its passage to be read: that is the recording's transcript.
    QCOMPARE(r.transcript, m_panel->recorder()->passage());
    QVERIFY(m_panel->recorder()->findChild<QLabel *>()); // the guidance shows it
    bool shown = false;
    for (const QLabel *l : m_panel->recorder()->findChildren<QLabel *>())
        shown = shown || l->text().contains(m_panel->recorder()->passage().left(30));
    QVERIFY(shown);
    QVERIFY(m_panel->message().isEmpty() || !m_panel->message().contains(QStringLiteral("Recording failed")));
}

void TestVoiceCloningPanel::savesTheReferenceWithItsConsent()
{
    m_panel->consent()->setRecordedBy(QStringLiteral("Prof. Lee"));
    const QString path = m_dir.filePath(QStringLiteral("ada.wav"));
    QString error;
    QVERIFY2(m_panel->saveReference(int(m_panel->references().size()) - 1, path, &error), qPrintable(error));
    QVERIFY(QFile::exists(path));
    QFile sidecar(m_dir.filePath(QStringLiteral("ada.consent.json")));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QJsonObject consent = QJsonDocument::fromJson(sidecar.readAll()).object();
    QCOMPARE(consent.value(QStringLiteral("speaker")).toString(), QStringLiteral("Ada"));
    QCOMPARE(consent.value(QStringLiteral("agreed")).toBool(), true);
    QCOMPARE(consent.value(QStringLiteral("recorded_by")).toString(), QStringLiteral("Prof. Lee"));
    QCOMPARE(consent.value(QStringLiteral("audio")).toString(), QStringLiteral("ada.wav"));
    // Its words are saved beside it, and come back with the file.
    QCOMPARE(cloningjobs::sidecarTranscript(path), m_panel->recorder()->passage());
    // Loading it back in a fresh panel brings the consent with it.
    ModelBackend backend;
    VoiceCloningPanel fresh(&backend);
    QSignalSpy loaded(&fresh, &VoiceCloningPanel::assetsLoaded);
    fresh.loadAssets({m_encoder, m_map, m_model});
    QVERIFY(loaded.wait(60000));
    QVERIFY(!fresh.cloneButton()->isEnabled());
    QSignalSpy changed(&fresh, &VoiceCloningPanel::referencesChanged);
    fresh.addReferenceFile(path);
    QVERIFY(changed.wait(30000));
    QCOMPARE(fresh.consent()->speaker(), QStringLiteral("Ada"));
    QVERIFY(fresh.consent()->isGiven());
    QVERIFY(fresh.cloneButton()->isEnabled());
    // Without consent nothing is saved.
    m_panel->consent()->setAgreed(false);
    QVERIFY(!m_panel->saveReference(0, m_dir.filePath(QStringLiteral("no.wav")), &error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no.wav"))));
    m_panel->consent()->setAgreed(true);
}

void TestVoiceCloningPanel::clonesWithTheShippedModels()
{
    // The shipped encoder, map and multi-speaker model, as a new user meets them.
    try {
        bundledModelPath(kBundledSpeakerEncoder);
        bundledModelPath(kBundledMultiSpeakerTts);
    } catch (const std::exception &) {
        QSKIP("the shipped speaker encoder or multi-speaker model is not in assets/models");
    }
    ModelBackend backend;
    VoiceCloningPanel panel(&backend);
    QSignalSpy loaded(&panel, &VoiceCloningPanel::assetsLoaded);
    panel.resize(1500, 980);
    panel.show(); // loads the shipped models
    QVERIFY(loaded.wait(120000));
    QVERIFY2(panel.assets() && panel.assets()->canClone(), qPrintable(panel.message()));
    QVERIFY(panel.mapView()->speakerCount() > 100);
    QVERIFY2(panel.eerLabel()->text().contains(QStringLiteral("unseen voice")), qPrintable(panel.eerLabel()->text()));
    // The clone test as recorded, beside the independent judge's figure for the same clones,
    // and both again with speaker adaptation (the tab's default).
    QVERIFY2(panel.eerLabel()->text().contains(QStringLiteral("Clone test")), qPrintable(panel.eerLabel()->text()));
    QVERIFY2(panel.eerLabel()->text().contains(QStringLiteral("independent speaker encoder")),
             qPrintable(panel.eerLabel()->text()));
    QVERIFY2(panel.eerLabel()->text().contains(QStringLiteral("With adaptation")), qPrintable(panel.eerLabel()->text()));
    QVERIFY(panel.assets()->cloneEvalAdapt == 50 && panel.assets()->cloneEvalAdaptedJudgedRate >= 0.8);
    // The note quotes the same figure, rounded.
    QVERIFY(VoiceCloningPanel::explainerHtml().contains(
        QStringLiteral("%1% of the clones closest").arg(std::lround(panel.assets()->cloneEvalAdaptedJudgedRate * 100.0))));
    panel.consent()->setSpeaker(QStringLiteral("Ada"));
    panel.consent()->setAgreed(true);
    QSignalSpy changed(&panel, &VoiceCloningPanel::referencesChanged);
    for (int i : {0, 1, 2}) { // three sentences of one unseen voice (espeak-ng's m3)
        // Each file's words beside it, as a corpus or a saved reference has them.
        const QFileInfo info(wav(m_held, i));
        QFile words(info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".txt"));
        QVERIFY(words.open(QIODevice::WriteOnly));
        words.write(transcriptOf(info.filePath()).toUtf8());
        words.close();
        panel.addReferenceFile(wav(m_held, i));
        QVERIFY(changed.wait(60000));
        QCOMPARE(panel.references().back().transcript, transcriptOf(info.filePath()));
    }
    QVERIFY(panel.mapView()->hasReference());
    QVERIFY(panel.cloneButton()->isEnabled());
    panel.textEdit()->setPlainText(QStringLiteral("Please call Stella and ask her to bring these things with her."));
    QCOMPARE(panel.refineBox()->value(), 0); // the defaults, as the clone test measured them
    QCOMPARE(panel.adaptBox()->value(), 50);
    QVERIFY(!panel.matchPitchBox()->isChecked());
    QSignalSpy cloned(&panel, &VoiceCloningPanel::cloned);
    panel.cloneButton()->click();
    QVERIFY(cloned.wait(180000));
    auto out = panel.output();
    QVERIFY(out && out->audio && out->audio->duration() > 1.5);
    QVERIFY(out->result.watermarked);
    QVERIFY(detectWatermark(out->audio->samples(), out->audio->sampleRate()).detected);
    // Adapted first, on the three transcribed references.
    QCOMPARE(out->adaptSteps, 50);
    QCOMPARE(out->adaptReferences, 3);
    QVERIFY(!out->adaptReused);
    QVERIFY2(out->adaptLoss > 0.0 && out->adaptLoss < 0.4, qPrintable(QString::number(out->adaptLoss)));
    QVERIFY2(panel.resultLabel()->text().contains(QStringLiteral("Adapted to your voice")),
             qPrintable(panel.resultLabel()->text()));
    QVERIFY2(out->result.similarityToReference > 0.8, qPrintable(QString::number(out->result.similarityToReference)));
    // The independent judge's opinion of the same clone, beside the cloner's encoder's.
    QVERIFY(panel.assets()->judge);
    QVERIFY2(out->judgedSimilarity > 0.8 && out->judgedSimilarity <= 1.0, qPrintable(QString::number(out->judgedSimilarity)));
    QVERIFY2(panel.resultLabel()->text().contains(QStringLiteral("independent speaker encoder")),
             qPrintable(panel.resultLabel()->text()));
    qInfo() << "shipped clone:" << panel.resultLabel()->text();
    QTest::qWait(200);
    QVERIFY(panel.grab().save(shotPath(QStringLiteral("voice_cloning_shipped.png"))));

    // Refinement and pitch matching on top, with the same adapted model (not trained again).
    panel.refineBox()->setValue(3);
    panel.matchPitchBox()->setChecked(true);
    const double referenceF0 = panel.referenceF0();
    QVERIFY2(referenceF0 > 60.0 && referenceF0 < 400.0, qPrintable(QString::number(referenceF0)));
    panel.cloneButton()->click();
    QVERIFY(cloned.wait(180000));
    out = panel.output();
    QVERIFY(out->adaptReused);
    // Three refinement passes: four syntheses, and the one nearest the reference kept.
    const auto &passes = out->result.passSimilarities;
    qInfo() << "pass similarities:" << passes;
    QCOMPARE(int(passes.size()), 4);
    QCOMPARE(passes[std::size_t(out->result.keptPass)], *std::max_element(passes.begin(), passes.end()));
    QVERIFY(std::adjacent_find(passes.begin(), passes.end()) == passes.end()); // each pass was conditioned anew
    QVERIFY2(panel.resultLabel()->text().contains(QStringLiteral("Refinement")), qPrintable(panel.resultLabel()->text()));
    // Pitch matched: the model's F0 for the voice was measured and the shift brings it to the references'.
    QVERIFY(out->result.cloneF0Hz > 0.0);
    QVERIFY(std::abs(out->result.cloneF0Hz * std::pow(2.0, out->result.pitchShiftSemitones / 12.0) - referenceF0) < 1.0);
    QVERIFY2(panel.resultLabel()->text().contains(QStringLiteral("Pitch:")), qPrintable(panel.resultLabel()->text()));

    // A longer adaptation, cancelled while it trains: the panel is free again, the last clone
    // stays, and the model is left as loaded (not half-adapted).
    panel.refineBox()->setValue(0);
    panel.matchPitchBox()->setChecked(false);
    panel.adaptBox()->setValue(200);
    const int clonesBefore = int(cloned.count());
    panel.cloneButton()->click();
    QVERIFY(panel.isBusy());
    QTest::qWait(700);
    panel.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 60000);
    QCOMPARE(int(cloned.count()), clonesBefore);
    QCOMPARE(panel.output().get(), out.get());
    QVERIFY(!panel.assets()->cloner->adapted());
    QVERIFY(panel.cloneButton()->isEnabled());
}

QTEST_MAIN(TestVoiceCloningPanel)
#include "tst_voicecloningpanel.moc"
