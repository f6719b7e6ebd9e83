#pragma once
#include "AudioAnalysis.h"
#include "ClassifierJobs.h"
#include "ClassifierProject.h"
#include "ModelBackend.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace wb {

class ConfusionMatrixView;
class LiveListener;
class MessageStrip;
class ProbabilityBars;
class RecordController;
class TrainingCurves;

/**
 * "Train your own", in the spirit of Teachable Machine: name classes, give
 * each examples (record one second after a short countdown, or add files),
 * train (a backend model job, with live loss and accuracy curves, progress
 * and Cancel), read the confusion matrix with each class's precision and
 * recall, then listen live with a probability bar per class. The project
 * (classes, examples, model) saves and opens as one folder. GUI thread only;
 * problems (no microphone, unreadable files, too few examples) show in the
 * page's message strip.
 */
class TrainClassifierPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrainClassifierPage(ModelBackend *backend, QWidget *parent = nullptr);
    ~TrainClassifierPage() override;

    int addClass(const QString &name = {});
    void renameClass(int index, const QString &name);
    void removeClass(int index);
    void addExample(int classIndex, const std::vector<float> &samples, int sampleRate);
    void addFiles(int classIndex, const QStringList &paths);
    void recordExample();
    void train();
    void cancel();
    void setListening(bool on);
    void saveProject(const QString &dir);
    void openProject(const QString &dir);

    const ClassifierProject &project() const { return m_project; }
    int currentClass() const;
    void setCurrentClass(int index);
    bool isTraining() const { return m_trainJob.has_value(); }
    bool isBusy() const { return m_trainJob || m_fileJob; }

    // For tests: a smaller network and schedule, and no countdown.
    ClassifierTrainOptions &trainOptions() { return m_options; }
    void setCountdown(int steps, int stepMs);
    TrainingCurves *curves() const { return m_curves; }
    ConfusionMatrixView *matrix() const { return m_matrix; }
    ProbabilityBars *bars() const { return m_bars; }
    LiveListener *listener() const { return m_listener; }
    QListWidget *classList() const { return m_classes; }
    MessageStrip *messages() const { return m_messages; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *trainButton() const { return m_train; }
    QPushButton *listenButton() const { return m_listen; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void trained();
    void scored();
    void examplesChanged();
    void projectSaved();
    void projectOpened();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void connectBackend();
    void refreshClasses();
    void updateButtons();
    void pollTraining();
    void onTrained(const classifierjobs::TrainedPtr &result);
    void showEvaluation(const ClassifierEvaluation &e, bool onTraining);
    void countdownTick();
    void onRecorded(const LoadedClip &clip);
    void onWindow(const std::vector<float> &samples, int rate, double peak);
    void showError(const QString &title, const QString &message);
    void retranslate();

    ModelBackend *m_backend;
    ClassifierProject m_project;
    ClassifierTrainOptions m_options;
    std::shared_ptr<classifierjobs::TrainFeed> m_feed;
    std::optional<ModelBackend::JobId> m_trainJob, m_scoreJob, m_fileJob, m_projectJob;
    int m_fileClass = -1, m_recordClass = -1;
    int m_countdownSteps = 3, m_countdownMs = 600, m_countdownLeft = 0;
    QString m_projectDir;

    MessageStrip *m_messages;
    QLabel *m_intro, *m_classesTitle, *m_status, *m_recordState, *m_heard, *m_evalTitle;
    QListWidget *m_classes;
    QPushButton *m_addClass, *m_rename, *m_remove, *m_record, *m_files, *m_train, *m_cancel, *m_listen, *m_open, *m_save;
    QProgressBar *m_progress, *m_level;
    TrainingCurves *m_curves;
    ConfusionMatrixView *m_matrix;
    ProbabilityBars *m_bars;
    RecordController *m_recorder;
    LiveListener *m_listener;
    QTimer *m_poll, *m_countdown;
};

} // namespace wb
