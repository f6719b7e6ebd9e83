#pragma once
#include "ModelBackend.h"
#include "TtsTrainJobs.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace wb {

class MessageStrip;

/**
 * Training a text-to-speech model from the tab: pick a corpus (or make a
 * small practice one from flite's slt voice), the model (FastSpeech 2 or
 * Tacotron 2), its size (tiny, which a class can watch learn in a few
 * minutes, or the shipped size) and the steps; Train runs on the model
 * backend with progress, a live loss chart (training loss per step,
 * held-out mel loss as it is measured) and Cancel. The finished model is
 * saved under the application's data folder; "Use this model" hands it to
 * the tab (modelReady), "Save as…" copies it. GUI thread only.
 */
class TtsTrainDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TtsTrainDialog(ModelBackend *backend, QWidget *parent = nullptr);
    ~TtsTrainDialog() override;

    /** Where practice corpora and trained models go (default: the application's data folder). */
    void setWorkFolder(const QString &dir);
    void setCorpus(const QString &dir);
    bool isBusy() const { return m_job.has_value(); }
    QString trainedModel() const { return m_trained; }

    // For tests.
    QComboBox *modelBox() const { return m_model; }
    QComboBox *sizeBox() const { return m_size; }
    QSpinBox *stepsBox() const { return m_steps; }
    QSpinBox *sentencesBox() const { return m_sentences; }
    QLineEdit *corpusEdit() const { return m_corpus; }
    QPushButton *trainButton() const { return m_train; }
    QPushButton *practiceButton() const { return m_practice; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *useButton() const { return m_use; }
    int lossPoints() const;
    int validationPoints() const;
    QString message() const;

public Q_SLOTS:
    void train();
    void makePracticeCorpus();
    void cancel();

Q_SIGNALS:
    /** A trained checkpoint the user wants the tab to use. */
    void modelReady(const QString &path);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void onFinished(ModelBackend::JobId id, const QVariant &result);
    void onFailed(ModelBackend::JobId id, const QString &message);
    void onCancelled(ModelBackend::JobId id);
    void poll();
    void chooseCorpus();
    void saveAs();
    void endJob();
    void updateButtons();
    void retranslate();

    ModelBackend *m_backend;
    QString m_work;
    std::optional<ModelBackend::JobId> m_job;
    bool m_training = false;
    std::shared_ptr<ttstrain::TtsTrainFeed> m_feed;
    QString m_output, m_trained;

    QLabel *m_intro, *m_corpusLabel, *m_modelLabel, *m_sizeLabel, *m_stepsLabel, *m_status;
    QLineEdit *m_corpus;
    QPushButton *m_browse, *m_practice, *m_train, *m_cancel, *m_use, *m_save;
    QSpinBox *m_sentences, *m_steps;
    QComboBox *m_model, *m_size;
    QProgressBar *m_progress;
    MessageStrip *m_message;
    QCustomPlot *m_plot;
    QTimer *m_timer;
};

} // namespace wb
