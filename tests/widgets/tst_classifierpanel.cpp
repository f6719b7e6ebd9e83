// The Classifier page: a two-class classifier trained from examples added to
// the page (one recorded through the ALSA sandbox), its confusion matrix,
// live classification of the sandbox's "microphone", the project saved and
// opened as a folder, and the shipped keyword model with its held-out accuracy.
#include "AlsaSandbox.h"
#include "CallCenterPanel.h"
#include "ClassifierPanel.h"
#include "ConfusionMatrixView.h"
#include "KeywordModelPage.h"
#include "LiveListener.h"
#include "MessageStrip.h"
#include "ModelBackend.h"
#include "ProbabilityBars.h"
#include "TrainClassifierPage.h"
#include "TrainingCurves.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace wb;
using wb::test::AlsaSandbox;

namespace {

QString shotPath(const QString &name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

std::vector<float> tone(float hz, int samples, float level = 0.3f)
{
    std::vector<float> x(static_cast<std::size_t>(samples));
    for (int i = 0; i < samples; ++i)
        x[std::size_t(i)] = level * std::sin(6.2831853f * hz * float(i) / 16000.0f);
    return x;
}

std::vector<float> noise(int samples, unsigned seed, float level = 0.1f)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> g(0.0f, level);
    std::vector<float> x(static_cast<std::size_t>(samples));
    for (float &v : x)
        v = g(rng);
    return x;
}

} // namespace

class TestClassifierPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void hostedInTheCallCenter();
    void trainsATwoClassClassifier();
    void recordsAnExample();
    void listensLive();
    void savesAndOpensTheProject();
    void keywordModelShowsItsAccuracy();

private:
    TrainClassifierPage *page() const { return m_panel->trainPage(); }

    AlsaSandbox m_alsa;
    QTemporaryDir m_dir;
    ModelBackend *m_backend = nullptr;
    ClassifierPanel *m_panel = nullptr;
};

void TestClassifierPanel::initTestCase()
{
    QVERIFY(m_alsa.isValid() && m_dir.isValid());
    m_alsa.install(); // before PortAudio's first use
    m_backend = new ModelBackend;
    m_panel = new ClassifierPanel(m_backend);
    m_panel->resize(1360, 760);
    m_panel->modes()->setCurrentIndex(1);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    // A tiny network and a short schedule: the test is about the page, not the model.
    ClassifierTrainOptions &o = page()->trainOptions();
    o.config.channels1 = 4;
    o.config.channels2 = 8;
    o.config.channels3 = 16;
    o.config.hidden = 16;
    o.maxEpochs = 8;
    o.learningRate = 3e-3;
    o.threads = 1;
    page()->setCountdown(1, 50);
}

void TestClassifierPanel::cleanupTestCase()
{
    delete m_panel;
    delete m_backend;
}

void TestClassifierPanel::hostedInTheCallCenter()
{
    ModelBackend backend;
    CallCenterPanel host(&backend);
    bool found = false;
    for (int i = 0; i < host.pages()->count(); ++i)
        if (qobject_cast<ClassifierPanel *>(host.pages()->widget(i))) {
            found = true;
            QCOMPARE(host.pages()->tabText(i), QStringLiteral("Classifier"));
        }
    QVERIFY(found);
}

void TestClassifierPanel::trainsATwoClassClassifier()
{
    page()->renameClass(0, QStringLiteral("whistle"));
    page()->renameClass(1, QStringLiteral("hiss"));
    for (int k = 0; k < 10; ++k) {
        page()->addExample(0, tone(500.0f + 150.0f * k, 16000), 16000);
        page()->addExample(1, noise(16000, unsigned(k + 1)), 16000);
    }
    QCOMPARE(page()->project().exampleCount(), 20);
    QVERIFY(page()->classList()->item(0)->text().contains(QStringLiteral("whistle")));
    QVERIFY(page()->classList()->item(0)->text().contains(QStringLiteral("10")));
    QSignalSpy trained(page(), &TrainClassifierPage::trained);
    page()->trainButton()->click();
    QVERIFY(page()->isTraining());
    QVERIFY(trained.wait(120000));
    QVERIFY(!page()->isTraining());
    QVERIFY(page()->curves()->epochCount() >= 1);
    const ClassifierEvaluation &e = page()->matrix()->evaluation();
    QCOMPARE(e.classNames, (std::vector<std::string>{"whistle", "hiss"}));
    QVERIFY(e.total() >= 2);
    qDebug() << "validation accuracy" << e.accuracy() << page()->statusLabel()->text();
    QVERIFY(e.accuracy() >= 0.5);
    QVERIFY(page()->listenButton()->isEnabled());
}

void TestClassifierPanel::recordsAnExample()
{
    // The sandbox's capture plays a whistle; the recorded second joins the selected class.
    m_alsa.setCapture(tone(800.0f, 16000 * 20));
    page()->setCurrentClass(0);
    QSignalSpy changed(page(), &TrainClassifierPage::examplesChanged);
    page()->recordExample();
    QVERIFY(changed.wait(20000));
    QCOMPARE(int(page()->project().classes[0].clips.size()), 11);
    QVERIFY2(page()->messages()->message().isEmpty(), qPrintable(page()->messages()->message()));
}

void TestClassifierPanel::listensLive()
{
    m_alsa.setCapture(tone(700.0f, 16000 * 600));
    QSignalSpy scored(page(), &TrainClassifierPage::scored);
    page()->listenButton()->click();
    QVERIFY(page()->listener()->isListening());
    QVERIFY(scored.wait(20000));
    QCOMPARE(page()->bars()->classes(), (QStringList{QStringLiteral("whistle"), QStringLiteral("hiss")}));
    QCOMPARE(int(page()->bars()->probabilities().size()), 2);
    QCOMPARE(page()->bars()->topClass(), 0);
    // It keeps updating while listening.
    const int before = page()->bars()->updates();
    QTRY_VERIFY_WITH_TIMEOUT(page()->bars()->updates() > before, 10000);
    QVERIFY(m_panel->grab().save(shotPath(QStringLiteral("classifier_panel.png"))));
    page()->listenButton()->click();
    QVERIFY(!page()->listener()->isListening());
}

void TestClassifierPanel::savesAndOpensTheProject()
{
    const QString dir = m_dir.filePath(QStringLiteral("my project"));
    QSignalSpy saved(page(), &TrainClassifierPage::projectSaved);
    page()->saveProject(dir);
    QVERIFY(saved.wait(20000));
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/project.json")));
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/model.safetensors")));
    QCOMPARE(QDir(dir + QStringLiteral("/classes/whistle")).entryList(QDir::Files).size(), 11);
    QCOMPARE(QDir(dir + QStringLiteral("/classes/hiss")).entryList(QDir::Files).size(), 10);
    // Saving again replaces it in place.
    page()->saveProject(dir);
    QVERIFY(saved.wait(20000));

    // A fresh page opens it: classes, examples and the model come back.
    TrainClassifierPage other(m_backend);
    QSignalSpy opened(&other, &TrainClassifierPage::projectOpened);
    other.openProject(dir);
    QVERIFY(opened.wait(20000));
    QCOMPARE(int(other.project().classes.size()), 2);
    QCOMPARE(other.project().classes[0].name, QStringLiteral("whistle"));
    QCOMPARE(int(other.project().classes[0].clips.size()), 11);
    QVERIFY(other.project().model);
    QCOMPARE(other.matrix()->evaluation().classNames.size(), std::size_t(2));
    for (std::size_t i = 0; i < other.project().classes[1].clips[0].size(); i += 997)
        QVERIFY(std::abs(other.project().classes[1].clips[0][i] - page()->project().classes[1].clips[0][i]) < 1e-6f);

    // A folder that is no project is refused with a message, not overwritten.
    const QString foreign = m_dir.filePath(QStringLiteral("foreign"));
    QVERIFY(QDir().mkpath(foreign));
    QFile(foreign + QStringLiteral("/keep.txt")).open(QIODevice::WriteOnly);
    QSignalSpy statuses(page(), &TrainClassifierPage::statusMessage);
    page()->saveProject(foreign);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->messages()->message().isEmpty(), 10000);
    QVERIFY(QFileInfo::exists(foreign + QStringLiteral("/keep.txt")));
    QVERIFY(!QFileInfo::exists(foreign + QStringLiteral("/project.json")));
}

void TestClassifierPanel::keywordModelShowsItsAccuracy()
{
    KeywordModelPage *kws = m_panel->keywordPage();
    m_panel->modes()->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(kws->model() != nullptr, 20000);
    QCOMPARE(kws->bars()->classes().size(), 12);
    QVERIFY2(kws->accuracyLabel()->text().contains(QStringLiteral("held-out")), qPrintable(kws->accuracyLabel()->text()));
    QVERIFY(kws->heldOutMatrix()->evaluation().total() > 100);
    // What the page shows is what the checkpoint measured (the goal is 95%; see assets/models/README.md).
    const double accuracy = kws->heldOutMatrix()->evaluation().accuracy();
    qDebug() << "keyword model held-out accuracy" << accuracy;
    QVERIFY(std::abs(accuracy - std::stod(kws->model()->checkpoint().notes.at("heldout_accuracy"))) < 1e-5);
    QVERIFY(accuracy >= 0.9);
    // Live input through the sandbox: the bars fill.
    m_alsa.setCapture(noise(16000 * 600, 7, 0.001f));
    QSignalSpy scored(kws, &KeywordModelPage::scored);
    kws->setListening(true);
    QVERIFY(scored.wait(20000));
    QCOMPARE(int(kws->bars()->probabilities().size()), 12);
    kws->setListening(false);
    QVERIFY(m_panel->grab().save(shotPath(QStringLiteral("classifier_keywords.png"))));
}

QTEST_MAIN(TestClassifierPanel)
#include "tst_classifierpanel.moc"
