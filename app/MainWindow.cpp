#include "MainWindow.h"

#include "AudioLabPanel.h"
#include "AudioTransport.h"
#include "BundledSample.h"
#include "ClipExports.h"
#include "CallCenterPanel.h"
#include "JobStatusWidget.h"
#include "Language.h"
#include "ModelBackend.h"
#include "RecentFilesMenu.h"
#include "SettingsDialog.h"
#include "TtsPanel.h"
#include "VoiceCloningPanel.h"
#include "WaveNetPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QShortcut>
#include <QTabWidget>
#include <QToolBar>

// assets.qrc is compiled into the static wb_app library; without a reference
// from code the linker would drop it, so the window initialises it itself.
static void initAssetResources()
{
    Q_INIT_RESOURCE(assets);
}

namespace wb {

namespace {

QString firstLocalFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            return url.toLocalFile();
    return {};
}

QString lastDirectory()
{
    const QString dir = QSettings().value("ui/lastDirectory").toString();
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::MusicLocation) : dir;
}

} // namespace

MainWindow::MainWindow(ModelBackend *backend, QWidget *parent)
    : QMainWindow(parent)
    , m_backend(backend)
    , m_tabs(new QTabWidget(this))
    , m_audioLab(new AudioLabPanel(backend, m_tabs))
    , m_waveNet(nullptr)
    , m_tts(new TtsPanel(backend, m_tabs))
    , m_cloning(new VoiceCloningPanel(backend, m_tabs))
    , m_callCenter(new CallCenterPanel(backend, m_tabs))
    , m_jobStatus(new JobStatusWidget(backend, this))
    , m_recent(new RecentFilesMenu(this))
    , m_exports(new ClipExports(m_audioLab, this))
    , m_sample(std::make_unique<BundledSample>())
{
    // Before the WaveNet tab, which loads its shipped model from the resources.
    initAssetResources();
    m_waveNet = new WaveNetPanel(backend, m_tabs);
    setObjectName(QStringLiteral("MainWindow"));
    m_tabs->setDocumentMode(true);
    for (QWidget *page : {static_cast<QWidget *>(m_audioLab), static_cast<QWidget *>(m_waveNet),
                          static_cast<QWidget *>(m_tts), static_cast<QWidget *>(m_cloning),
                          static_cast<QWidget *>(m_callCenter)})
        m_tabs->addTab(page, QString());
    // Ctrl+1 ... Ctrl+5 jump between the tabs, as in a browser: quick in front of a class.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *jump = new QShortcut(tabShortcut(i), this);
        connect(jump, &QShortcut::activated, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    setCentralWidget(m_tabs);
    statusBar()->addPermanentWidget(m_jobStatus);
    setAcceptDrops(true);

    createActions();
    createMenusAndToolBar();
    retranslate();

    connect(m_recent, &RecentFilesMenu::fileTriggered, this, &MainWindow::openFile);
    connect(m_audioLab, &AudioLabPanel::clipLoaded, this, &MainWindow::onClipLoaded);
    connect(m_audioLab, &AudioLabPanel::loadFailed, this, [this](const QString &, const QString &message) {
        showError(tr("Cannot open file"), message);
    });
    connect(m_audioLab, &AudioLabPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    // The WaveNet tab trains on, and compares quantizers on, the Audio Lab's clip.
    connect(m_audioLab, &AudioLabPanel::clipLoaded, this, [this](const QString &path) {
        m_waveNet->setClip(m_audioLab->sharedAudio(), QFileInfo(path).fileName());
    });
    // It shows its own error boxes; the status bar gets the gist.
    connect(m_waveNet, &WaveNetPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    // The Text-to-Speech tab shows its errors inside itself; the status bar gets the gist.
    connect(m_tts, &TtsPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_cloning, &VoiceCloningPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_callCenter, &CallCenterPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_exports, &ClipExports::message, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_exports, &ClipExports::failed, this, &MainWindow::showError);

    // 1280 x 860, or less on a small screen (a classroom laptop, a projector at 1024 x 768).
    QSize size(1280, 860);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.95);
    resize(size);
    QSettings settings;
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QStyle *s = style();
    m_openAction = new QAction(s->standardIcon(QStyle::SP_DialogOpenButton), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFileToOpen);
    m_sampleAction = new QAction(s->standardIcon(QStyle::SP_MediaPlay), QString(), this);
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openBundledSample);
    m_saveAsAction = new QAction(s->standardIcon(QStyle::SP_DialogSaveButton), QString(), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, m_exports, &ClipExports::saveClipAs);
    m_exportAction = new QAction(s->standardIcon(QStyle::SP_FileDialogDetailedView), QString(), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, m_exports, &ClipExports::exportFigure);
    m_exportMelAction = new QAction(this);
    connect(m_exportMelAction, &QAction::triggered, m_exports, &ClipExports::exportMel);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    m_settingsAction = new QAction(this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    // Nothing to save or plot until a clip is loaded.
    m_saveAsAction->setEnabled(false);
    m_exportAction->setEnabled(false);
    m_exportMelAction->setEnabled(false);
}

void MainWindow::createMenusAndToolBar()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addMenu(m_recent);
    m_fileMenu->addAction(m_sampleAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_exportMelAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_settingsAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_sampleAction);
    m_toolBar->addAction(m_saveAsAction);
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_audioLab->transport()->playAction());
    m_toolBar->addAction(m_audioLab->transport()->recordAction());
}

void MainWindow::retranslate()
{
    setWindowTitle(m_audioLab->hasClip()
                       ? tr("WaveBench — %1").arg(QFileInfo(m_audioLab->currentPath()).fileName())
                       : tr("WaveBench"));
    m_tabs->setTabText(0, tr("Audio Lab"));
    m_tabs->setTabText(1, tr("WaveNet"));
    m_tabs->setTabText(2, tr("Text-to-Speech"));
    m_tabs->setTabText(3, tr("Voice Cloning"));
    m_tabs->setTabText(4, tr("Call Center"));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabToolTip(i, tabShortcut(i).toString(QKeySequence::NativeText));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_openAction->setText(tr("&Open..."));
    m_openAction->setStatusTip(tr("Open an audio file (WAV, FLAC, OGG, AIFF, MP3)"));
    m_sampleAction->setText(tr("Open &Sample"));
    m_sampleAction->setStatusTip(tr("Open the built-in teaching clip"));
    m_saveAsAction->setText(tr("Save &As..."));
    m_saveAsAction->setStatusTip(tr("Save the clip as analysed (mono, analysis rate) as WAV or FLAC"));
    m_exportAction->setText(tr("&Export Figure..."));
    m_exportAction->setStatusTip(tr("Save the waveform and mel-spectrogram as PNG, SVG or PDF"));
    m_exportMelAction->setText(tr("Export &Mel (.npy)..."));
    m_exportMelAction->setStatusTip(tr("Save the mel-spectrogram in dB as a NumPy array [n_mels, frames]"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsAction->setText(tr("&Settings..."));
    m_aboutAction->setText(tr("&About WaveBench"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!firstLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = firstLocalFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    m_tabs->setCurrentWidget(m_audioLab);
    m_audioLab->openFile(path);
}

void MainWindow::openBundledSample()
{
    QString error;
    const QString path = m_sample->extract(&error);
    if (path.isEmpty()) {
        showError(tr("Cannot open the sample"), error);
        return;
    }
    m_samplePath = path;
    openFile(path);
}

void MainWindow::onClipLoaded(const QString &path)
{
    // The extracted sample lives in an app folder: not worth a recent entry.
    if (path != m_samplePath)
        m_recent->addFile(path);
    m_saveAsAction->setEnabled(true);
    m_exportAction->setEnabled(true);
    m_exportMelAction->setEnabled(true);
    retranslate();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    // Window-modal and non-blocking: background jobs keep reporting meanwhile.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::chooseFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Audio File"), lastDirectory(),
        tr("Audio files (*.wav *.flac *.ogg *.oga *.aiff *.aif *.mp3);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue("ui/lastDirectory", QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.language() != currentLanguage()) {
        if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
            installLanguage(*app, dialog.language());
    }
    m_audioLab->setAnalysisParams(dialog.analysisParams());
    m_tts->setColorMap(dialog.analysisParams().colorMap);
}

void MainWindow::showAbout()
{
    const QString version = QCoreApplication::applicationVersion().isEmpty()
                                ? tr("development build")
                                : QCoreApplication::applicationVersion();
    QMessageBox::about(
        this, tr("About WaveBench"),
        tr("<h3>WaveBench %1</h3>"
           "<p>A workbench for teaching generative audio: every idea of the course is something to load, "
           "run, hear and measure, offline.</p>"
           "<p>Qt %2 (built with %3)<br>%4<br>BLAS: %5</p>")
            .arg(version.toHtmlEscaped(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                 ModelBackend::torchSummary().toHtmlEscaped(), ModelBackend::blasLibrary().toHtmlEscaped()));
}

} // namespace wb
