#pragma once
#include "AudioAnalysis.h"
#include "PlaybackController.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QToolButton;

namespace wb {

class RecordController;

/**
 * The Audio Lab's transport row: Play/Stop (Space) for the clip or its
 * selection with the output device, Record/Stop with the input device, a
 * level meter and the elapsed time, and the selection's extent. It owns the
 * PlaybackController and RecordController and tells the panel where the
 * playhead is and when a recording is ready. GUI thread only. Device
 * problems never throw: they come out as statusMessage() and the buttons
 * return to idle.
 */
class AudioTransport : public QWidget
{
    Q_OBJECT
public:
    explicit AudioTransport(QWidget *parent = nullptr);
    ~AudioTransport() override;

    /** The clip Play plays (mono, shared with the panel); null disables Play. */
    void setClip(std::shared_ptr<const AudioBuffer> audio);
    /** The region Play plays; t1 <= t0 means the whole clip. */
    void setSelection(double t0, double t1);
    /** Recordings are made at this rate (the analysis rate). */
    void setRecordRate(int sampleRate) { m_recordRate = sampleRate; }
    /** Where the next recording is written; empty: a fresh temp file. */
    void setRecordPath(const QString &path) { m_recordPath = path; }

    QAction *playAction() const { return m_playAction; }
    QAction *recordAction() const { return m_recordAction; }
    bool isPlaying() const;
    bool isRecording() const;
    bool isFinishingRecording() const;
    /** Re-reads the device lists (in the background); rescan asks PortAudio to look at the hardware again. */
    void refreshDevices(bool rescan = false);

    // For tests and screenshots.
    QProgressBar *levelMeter() const { return m_meter; }
    QComboBox *outputDevices() const { return m_output; }
    QComboBox *inputDevices() const { return m_input; }
    QToolButton *rescanButton() const { return m_rescanButton; }
    QString selectionText() const;
    QString elapsedText() const;

Q_SIGNALS:
    void playheadMoved(double seconds);
    void recordingStarted();
    void recordingFinished(const wb::LoadedClip &clip);
    void statusMessage(const QString &message);
    /** The device lists were (re)read: this many outputs and inputs besides the system default. */
    void devicesUpdated(int outputs, int inputs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void togglePlay();
    void toggleRecord();
    void onDevicesListed(const QVector<wb::DeviceEntry> &outputs, const QVector<wb::DeviceEntry> &inputs,
                         const QString &problem);
    void onLevel(double peak, double seconds);
    void updateActions();
    void updateSelectionLabel();
    void retranslate();

    PlaybackController *m_playback;
    RecordController *m_recorder;
    QAction *m_playAction;
    QAction *m_recordAction;
    QToolButton *m_playButton;
    QToolButton *m_recordButton;
    QToolButton *m_rescanButton;
    QLabel *m_outputLabel;
    QComboBox *m_output;
    QLabel *m_inputLabel;
    QComboBox *m_input;
    QProgressBar *m_meter;
    QLabel *m_elapsed;
    QLabel *m_selection;
    std::shared_ptr<const AudioBuffer> m_audio;
    double m_selStart = 0.0;
    double m_selEnd = 0.0;
    double m_seconds = 0.0;
    int m_recordRate = 22050;
    QString m_recordPath;
};

} // namespace wb
