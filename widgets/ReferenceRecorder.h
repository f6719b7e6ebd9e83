#pragma once
#include "AudioAnalysis.h"
#include "PlaybackController.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace wb {

class RecordController;

/**
 * The Voice Cloning tab's reference input: an input chooser, a level meter
 * (-60 to 0 dBFS), Record with a 3-2-1 countdown and guidance ("about 10
 * seconds", the seconds so far), Stop (or an automatic stop after
 * maxSeconds), and Load file…. A finished recording comes out as
 * recorded(); a chosen file as fileChosen(). Recording needs consent
 * (setRecordingAllowed). GUI thread only; device problems arrive as
 * error() with one line and leave the box ready to try again.
 */
class ReferenceRecorder : public QGroupBox
{
    Q_OBJECT
public:
    explicit ReferenceRecorder(QWidget *parent = nullptr);
    ~ReferenceRecorder() override;

    /** Countdown steps and their length (tests use short ones). */
    void setCountdown(int steps, int stepMs);
    void setMaxSeconds(double seconds);
    void setRecordingAllowed(bool allowed, const QString &whyNot = QString());

    void record(); ///< starts the countdown, then the recording
    void stop();
    bool isBusy() const; ///< counting down, recording, or reading the recording back
    /** The passage the guidance asks the speaker to read: a recording's transcript, which
     * speaker adaptation fine-tunes on. English, as the model speaks English only. */
    QString passage() const;

    QPushButton *recordButton() const { return m_record; }
    QPushButton *loadButton() const { return m_load; }
    QComboBox *inputBox() const { return m_input; }
    QLabel *stateLabel() const { return m_state; }
    QProgressBar *levelMeter() const { return m_level; }

Q_SIGNALS:
    void recorded(const wb::LoadedClip &clip);
    void fileChosen(const QString &path);
    void error(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void tick();
    void onLevel(double peak, double seconds);
    void onDevices(const QVector<wb::DeviceEntry> &outputs, const QVector<wb::DeviceEntry> &inputs,
                   const QString &problem);
    void chooseFile();
    void updateButtons();
    void retranslate();

    QLabel *m_guidance, *m_inputLabel, *m_state;
    QComboBox *m_input;
    QProgressBar *m_level;
    QPushButton *m_record, *m_load;
    RecordController *m_recorder;
    PlaybackController *m_devices;
    QTimer *m_countdown, *m_limit;
    int m_steps = 3, m_stepMs = 1000, m_left = -1;
    double m_maxSeconds = 20.0, m_seconds = 0.0;
    bool m_allowed = true;
    QString m_whyNot;
};

} // namespace wb
