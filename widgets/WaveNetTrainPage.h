#pragma once
#include "AudioBuffer.h"
#include "ModelBackend.h"
#include "WaveNetConfig.h"
#include "WaveNetJobs.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace wb {

class LossChart;

/**
 * The WaveNet tab's training area: steps, seed and learning rate, Train and
 * Cancel, and the loss falling live on a LossChart. Training runs as a
 * backend model job on the Audio Lab's clip, optionally continuing from the
 * weights in use; trained() hands the result to the panel. GUI thread only;
 * failures (no clip, a clip shorter than one crop) arrive as errorOccurred().
 */
class WaveNetTrainPage : public QWidget
{
    Q_OBJECT
public:
    using ConfigSource = std::function<WaveNetConfig()>;
    using ModelSource = std::function<wavenetjobs::Weights()>;

    WaveNetTrainPage(ModelBackend *backend, ConfigSource config, ModelSource model, QWidget *parent = nullptr);
    ~WaveNetTrainPage() override;

    void setClip(std::shared_ptr<const AudioBuffer> clip);
    void setOtherBusy(bool busy);
    bool isBusy() const { return m_job.has_value(); }
    void train();
    void cancel();

    // For tests.
    QSpinBox *stepsBox() const { return m_steps; }
    QSpinBox *seedBox() const { return m_seed; }
    QDoubleSpinBox *learningRateBox() const { return m_rate; }
    QCheckBox *continueBox() const { return m_continue; }
    QPushButton *trainButton() const { return m_trainButton; }
    LossChart *lossChart() const { return m_chart; }
    /** Training crop length in samples (tests use short ones). */
    void setTargetLength(int samples) { m_targetLength = samples; }

Q_SIGNALS:
    void lossPoints(int count);
    void trained(const wb::wavenetjobs::Weights &weights);
    void busyChanged(bool busy);
    void statusMessage(const QString &message);
    void errorOccurred(const QString &title, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void poll();
    void endJob();
    void updateButtons();
    void retranslate();

    ModelBackend *m_backend;
    ConfigSource m_config;
    ModelSource m_model;
    std::shared_ptr<const AudioBuffer> m_clip;
    bool m_otherBusy = false;
    int m_targetLength = 1024;
    int m_planned = 0;

    QLabel *m_stepsLabel, *m_seedLabel, *m_rateLabel, *m_status, *m_explain;
    QSpinBox *m_steps, *m_seed;
    QDoubleSpinBox *m_rate;
    QCheckBox *m_continue;
    QPushButton *m_trainButton, *m_cancelButton;
    QProgressBar *m_progress;
    LossChart *m_chart;
    QTimer *m_poll;
    std::optional<ModelBackend::JobId> m_job;
    std::shared_ptr<wavenetjobs::TrainFeed> m_feed;
};

} // namespace wb
