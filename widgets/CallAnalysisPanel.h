#pragma once
#include "ModelBackend.h"
#include "callcenter/CallAnalysis.h"

#include <QWidget>

#include <memory>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTemporaryDir;
class QTextBrowser;

namespace wb {

class CallTimelineView;
class MessageStrip;
class PlaybackController;

/**
 * The Call Center tab's "Call analysis" page: open a call recording (or the
 * bundled sample call), set the keyword watch list and the long-silence
 * length, and Analyze on the backend's analysis lane (progress, Cancel). The
 * timeline shows both parties, every marker and the agitation curves; below
 * are the measures with the quality-score breakdown, the marker list (double
 * click, or click the timeline, to play from there) and the transcript; the
 * report exports as PDF and CSV. GUI thread only; problems (bad file,
 * missing recognizer model, unwritable export) show in the page's message
 * strip and leave the previous analysis in place.
 */
class CallAnalysisPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CallAnalysisPanel(ModelBackend *backend, QWidget *parent = nullptr);
    ~CallAnalysisPanel() override;

    /** Opens a recording and analyzes it. */
    void openFile(const QString &path);
    /** Opens the sample call built into the executable. */
    void openSample();
    void analyze();
    void cancel();
    bool isBusy() const { return m_job.has_value(); }
    /** The latest analysis, or null. */
    std::shared_ptr<const CallAnalysis> analysis() const { return m_analysis; }
    /** Write the report; false (with the reason in the message strip) when it fails. */
    bool exportPdf(const QString &path);
    bool exportCsv(const QString &path);
    CallTimelineView *timeline() const { return m_timeline; }

signals:
    void statusMessage(const QString &message);
    /** An analysis finished (or failed: analysis() is then unchanged). */
    void analysisFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFinished(ModelBackend::JobId id, const QVariant &result);
    void onFailed(ModelBackend::JobId id, const QString &message);
    void onCancelled(ModelBackend::JobId id);
    void onProgress(ModelBackend::JobId id, double fraction);
    void showAnalysis();
    void playFrom(double seconds);
    void chooseFile();
    void chooseExport(bool pdf);
    void updateButtons();
    void retranslate();

    ModelBackend *m_backend;
    PlaybackController *m_player;
    std::unique_ptr<QTemporaryDir> m_sampleDir;
    QString m_path;
    std::optional<ModelBackend::JobId> m_job;
    std::shared_ptr<const AudioBuffer> m_audio;
    std::shared_ptr<const CallAnalysis> m_analysis;

    QPushButton *m_openButton, *m_sampleButton, *m_analyzeButton, *m_cancelButton;
    QPushButton *m_playButton, *m_stopButton, *m_pdfButton, *m_csvButton;
    QLabel *m_fileLabel, *m_keywordsLabel, *m_silenceLabel;
    QLineEdit *m_keywords;
    QDoubleSpinBox *m_longSilence;
    QProgressBar *m_progress;
    MessageStrip *m_message;
    CallTimelineView *m_timeline;
    QTabWidget *m_tabs;
    QTextBrowser *m_report, *m_transcript;
    QTableWidget *m_markers;
};

} // namespace wb
