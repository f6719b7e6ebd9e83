#pragma once
#include "ClassifierJobs.h"
#include "ModelBackend.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace wb {

class ConfusionMatrixView;
class LiveListener;
class MessageStrip;
class ProbabilityBars;

/**
 * The shipped keyword-spotting model at work: classify a file, or listen to
 * the microphone and score the last second every quarter second, with a
 * probability bar per class and the word heard; beside them the model's
 * accuracy on voices held out of its training, and that test's confusion
 * matrix, as stored in the checkpoint. Loading and scoring run as backend
 * jobs. GUI thread only; problems (no model file, no microphone, a bad file)
 * show in the page's message strip.
 */
class KeywordModelPage : public QWidget
{
    Q_OBJECT
public:
    explicit KeywordModelPage(ModelBackend *backend, QWidget *parent = nullptr);
    ~KeywordModelPage() override;

    /** Loads the shipped model (once; later calls do nothing). */
    void ensureLoaded();
    void classifyFile(const QString &path);
    void setListening(bool on);

    classifierjobs::Model model() const { return m_model; }
    ProbabilityBars *bars() const { return m_bars; }
    ConfusionMatrixView *heldOutMatrix() const { return m_matrix; }
    LiveListener *listener() const { return m_listener; }
    QLabel *accuracyLabel() const { return m_accuracy; }
    QLabel *heardLabel() const { return m_heard; }
    QPushButton *listenButton() const { return m_listen; }
    MessageStrip *messages() const { return m_messages; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void modelLoaded();
    void scored();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onModel(const classifierjobs::Model &model);
    void onScores(const ClassifierScores &scores);
    void onWindow(const std::vector<float> &samples, int rate, double peak);
    void chooseFile();
    void retranslate();
    void showModelInfo();

    ModelBackend *m_backend;
    classifierjobs::Model m_model;
    bool m_loadRequested = false;
    std::optional<ModelBackend::JobId> m_loadJob, m_scoreJob;
    LiveListener *m_listener;
    MessageStrip *m_messages;
    QLabel *m_intro, *m_accuracy, *m_heard, *m_levelLabel;
    QPushButton *m_file, *m_listen;
    QProgressBar *m_level;
    ProbabilityBars *m_bars;
    ConfusionMatrixView *m_matrix;
};

} // namespace wb
