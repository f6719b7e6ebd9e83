#pragma once
#include <QKeySequence>
#include <QMainWindow>

#include <memory>

class QAction;
class QMenu;
class QTabWidget;
class QToolBar;

namespace wb {

class AudioLabPanel;
class BundledSample;
class ClipExports;
class CallCenterPanel;
class VoiceCloningPanel;
class JobStatusWidget;
class ModelBackend;
class RecentFilesMenu;
class TtsPanel;
class WaveNetPanel;

/**
 * WaveBench's main window: one tab per part of the course, the File/Edit/Help
 * menus, a toolbar, and a status bar that follows the backend's jobs. It
 * wires panels to the shared ModelBackend and owns no analysis itself.
 * GUI thread only. Errors a user causes (a bad file, an unwritable
 * destination) are shown in a message box and the status bar; the current
 * clip stays loaded.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ModelBackend *backend, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Loads an audio file into the Audio Lab (asynchronously) and shows that tab. */
    void openFile(const QString &path);
    /** Loads the built-in teaching clip, "Welcome to WaveBench...". */
    void openBundledSample();

    // For tests.
    QTabWidget *tabs() const { return m_tabs; }
    /** The key that brings tab i (from 0) to the front: Ctrl+1 for the first. */
    static QKeySequence tabShortcut(int i) { return QKeySequence(int(Qt::CTRL) | (int(Qt::Key_1) + i)); }
    AudioLabPanel *audioLab() const { return m_audioLab; }
    WaveNetPanel *waveNet() const { return m_waveNet; }
    TtsPanel *tts() const { return m_tts; }
    VoiceCloningPanel *cloning() const { return m_cloning; }
    ClipExports *exports() const { return m_exports; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void retranslate();
    void showError(const QString &title, const QString &message);
    void onClipLoaded(const QString &path);

    void chooseFileToOpen();
    void showSettings();
    void showAbout();

    ModelBackend *m_backend;
    QTabWidget *m_tabs;
    AudioLabPanel *m_audioLab;
    WaveNetPanel *m_waveNet;
    TtsPanel *m_tts;
    VoiceCloningPanel *m_cloning;
    CallCenterPanel *m_callCenter;
    JobStatusWidget *m_jobStatus;
    RecentFilesMenu *m_recent;
    ClipExports *m_exports;
    std::unique_ptr<BundledSample> m_sample;
    QString m_samplePath;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportMelAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace wb
