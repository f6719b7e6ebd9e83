#pragma once
#include "AudioBuffer.h"
#include "ModelBackend.h"
#include "WaveNetJobs.h"
#include "WaveNetStepper.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace wb {

class PlaybackController;
class GrowingWaveView;
class SoftmaxChart;
class WaveNetRaceBoard;

/**
 * The WaveNet tab's generation area. Step draws one sample on the GUI thread
 * (one cached step is microseconds) and shows its softmax, the level drawn and
 * its amplitude; the stepping state lives between clicks. Run N generates N
 * samples as a backend job with progress and cancel, the waveform growing
 * live, then plays and saves as WAV. Race runs the naive generator (the whole
 * network per sample) and then the cached one on the same model, seed and
 * temperature, with live samples-per-second counters. GUI thread only;
 * failures arrive as errorOccurred() and statusMessage().
 */
class WaveNetGeneratePage : public QWidget
{
    Q_OBJECT
public:
    using ModelSource = std::function<wavenetjobs::Weights()>;

    WaveNetGeneratePage(ModelBackend *backend, ModelSource model, QWidget *parent = nullptr);
    ~WaveNetGeneratePage() override;

    /** The model in use changed: stepping starts over on the next Step. */
    void modelChanged();
    /** Rate of generated audio (the model's training rate). */
    void setSampleRate(int rate) { m_rate = rate; }
    /** Another part of the tab runs a model job: Run and Race wait. */
    void setOtherBusy(bool busy);
    bool isBusy() const { return m_job.has_value(); }

    /** One sample; the result also reaches the chart and stepped(). */
    std::optional<WaveNetStepper::Step> step();
    void restartStepping();
    void run();
    void race(const wavenetjobs::RaceLimits &limits = {});
    void cancel();
    /** Writes the last Run's audio; false with *error set when it cannot. */
    bool saveWav(const QString &path, QString *error);

    // For tests and screenshots.
    QSpinBox *samplesBox() const { return m_samples; }
    QDoubleSpinBox *temperatureBox() const { return m_temperature; }
    QSpinBox *seedBox() const { return m_seed; }
    QPushButton *stepButton() const { return m_stepButton; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *raceButton() const { return m_raceButton; }
    SoftmaxChart *softmax() const { return m_softmax; }
    GrowingWaveView *waveform() const { return m_wave; }
    std::shared_ptr<const AudioBuffer> generated() const { return m_generated; }
    const std::optional<WaveNetStepper::Step> &lastStep() const { return m_lastStep; }
    QString stepText() const;
    /** The race's scoreboard: rates, texts and verdict of the last race. */
    WaveNetRaceBoard *raceBoard() const { return m_board; }

Q_SIGNALS:
    void stepped(qint64 index);
    void busyChanged(bool busy);
    void runFinished();
    void raceFinished();
    void statusMessage(const QString &message);
    void errorOccurred(const QString &title, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Kind { Run, Race };
    void onFinished(ModelBackend::JobId id);
    void onFailed(ModelBackend::JobId id, const QString &message);
    void onCancelled(ModelBackend::JobId id);
    void endJob();
    void poll();
    void showRace();
    void updateButtons();
    void updateSeconds();
    void play();
    void chooseWavPath();
    void retranslate();

    ModelBackend *m_backend;
    ModelSource m_model;
    int m_rate = 22050;
    bool m_otherBusy = false;

    QLabel *m_temperatureLabel, *m_seedLabel, *m_samplesLabel, *m_seconds;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_seed, *m_samples;
    QLabel *m_stepHeading, *m_runHeading;
    QPushButton *m_stepButton, *m_restartButton, *m_runButton, *m_cancelButton, *m_playButton, *m_saveButton,
        *m_raceButton;
    QProgressBar *m_progress;
    QLabel *m_stepInfo;
    SoftmaxChart *m_softmax;
    GrowingWaveView *m_wave;
    WaveNetRaceBoard *m_board;
    QTimer *m_poll;
    PlaybackController *m_playback;

    std::unique_ptr<WaveNetStepper> m_stepper;
    wavenetjobs::Weights m_stepperModel;
    std::uint64_t m_stepperSeed = 0;
    std::optional<WaveNetStepper::Step> m_lastStep;

    std::optional<ModelBackend::JobId> m_job;
    Kind m_kind = Kind::Run;
    std::shared_ptr<wavenetjobs::RunFeed> m_runFeed;
    std::shared_ptr<wavenetjobs::RaceFeed> m_raceFeed;
    wavenetjobs::RaceLimits m_raceLimits;
    std::shared_ptr<const AudioBuffer> m_generated;
};

} // namespace wb
