#pragma once
#include "ModelBackend.h"
#include "TtsJobs.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTextBrowser;

namespace wb {

class MessageStrip;
class TtsCompareDialog;
class TtsControlsBar;
class TtsPipelineView;
class TtsTrainDialog;

/**
 * The Text-to-Speech tab: a text box, the model, vocoder and inference
 * controls, a Speak button (Ctrl+Return) with progress and Cancel, the
 * pipeline's stages as they come out of one synthesis (TtsPipelineView), and
 * an explainer. It loads the shipped FastSpeech 2 model the first time it is
 * shown (or whatever checkpoint Load model… picks); loading and speaking run
 * as ModelBackend jobs, so the GUI never waits. GUI thread only. Problems a
 * user can cause (no model, a bad checkpoint, empty text, symbols the model
 * lacks) appear as a message inside the panel and as errorOccurred() and
 * statusMessage(); the last result and the model in use stay as they were.
 */
class TtsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TtsPanel(ModelBackend *backend, QWidget *parent = nullptr);
    ~TtsPanel() override;

    /** The explainer beside the stages (lives in TtsExplainer.cpp). */
    static QString explainerHtml();
    /** The shipped model's file; empty, with *error set, while it does not exist. */
    static QString shippedModelPath(QString *error = nullptr, bool tacotron = false);

    /** Loads a checkpoint in the background; modelLoaded() or errorOccurred() answers. */
    void loadCheckpoint(const QString &path);
    /** Loads the shipped model (FastSpeech 2, or Tacotron 2), or says in the panel why it cannot.
     */
    void loadShippedModel(bool tacotron = false);
    /** Speaks the text box with the controls' settings; spoken() or errorOccurred() answers. */
    void speak();
    /** Speaks the text with both shipped models and opens the Compare window. */
    void compare();
    /** Opens the training window (TtsTrainDialog). */
    void openTraining();
    void cancel();
    void setText(const QString &text);
    QString text() const;
    void setColorMap(const QString &name);

    bool isBusy() const { return m_speakJob.has_value(); }
    bool isLoading() const { return m_loadJob.has_value(); }
    bool hasModel() const { return bool(m_engine); }
    ttsjobs::Engine engine() const { return m_engine; }
    /** The message shown in the panel (an error, or why there is no model); empty when none. */
    QString message() const;

    // For tests and screenshots.
    QPlainTextEdit *textEdit() const { return m_text; }
    TtsControlsBar *controlsBar() const { return m_controls; }
    TtsPipelineView *pipeline() const { return m_pipeline; }
    QPushButton *speakButton() const { return m_speakButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *loadButton() const { return m_loadButton; }
    QPushButton *compareButton() const { return m_compareButton; }
    TtsCompareDialog *compareDialog() const { return m_compareDialog; }
    QPushButton *trainButton() const { return m_trainButton; }
    TtsTrainDialog *trainDialog() const { return m_trainDialog; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *modelLabel() const { return m_model; }
    QTextBrowser *explainer() const { return m_explainer; }

Q_SIGNALS:
    void modelLoaded(const QString &path);
    void spoken();
    void compared();
    void speakCancelled();
    void busyChanged(bool busy);
    void statusMessage(const QString &message);
    void errorOccurred(const QString &title, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onFinished(ModelBackend::JobId id, const QVariant &result);
    void onFailed(ModelBackend::JobId id, const QString &message);
    void onCancelled(ModelBackend::JobId id);
    void onProgress(ModelBackend::JobId id, double fraction);
    void endSpeak();
    void showError(const QString &title, const QString &message);
    void chooseCheckpoint();
    void updateModelLabel();
    void updateButtons();
    void retranslate();

    ModelBackend *m_backend;
    QPlainTextEdit *m_text;
    TtsControlsBar *m_controls;
    QPushButton *m_speakButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QPushButton *m_loadButton;
    QPushButton *m_compareButton;
    TtsCompareDialog *m_compareDialog = nullptr;
    QPushButton *m_trainButton;
    TtsTrainDialog *m_trainDialog = nullptr;
    bool m_comparing = false; ///< the speak job is a comparison
    QLabel *m_model;
    MessageStrip *m_message;
    QSplitter *m_splitter;
    TtsPipelineView *m_pipeline;
    QTextBrowser *m_explainer;

    ttsjobs::Engine m_engine;
    std::optional<ModelBackend::JobId> m_loadJob;
    QString m_loadPath;
    std::optional<ModelBackend::JobId> m_speakJob;
    bool m_speakWhenLoaded = false;
    bool m_speakStarted =
        false; ///< the backend began the speak job (it may wait behind another model job)
    bool m_waitingShown = false; ///< the panel says it waits for the model lane
    bool m_triedShipped = false;
    QString m_shippedProblem; ///< why the shipped model is not in use (translated), or empty
};

} // namespace wb
