#pragma once
#include "VoiceCloningJobs.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace wb {

class PlaybackController;
class SpectrogramView;
class WaveformView;

/**
 * The Voice Cloning tab's result: the clone's mel-spectrogram above its
 * waveform (the Audio Lab's views), with Play/Stop and Save WAV…. GUI
 * thread only; playback and file problems come out as statusMessage() and
 * errorOccurred(), never as exceptions.
 */
class CloneOutputView : public QWidget
{
    Q_OBJECT
public:
    explicit CloneOutputView(QWidget *parent = nullptr);
    ~CloneOutputView() override;

    void showOutput(const cloningjobs::Output &output);
    void clear();
    void setColorMap(const QString &name);
    /** Writes the clip as 16-bit WAV; false with *error set when it cannot. */
    bool saveWav(const QString &path, QString *error);

    cloningjobs::Output output() const { return m_output; }
    QPushButton *playButton() const { return m_play; }
    QPushButton *saveButton() const { return m_save; }
    WaveformView *waveform() const { return m_wave; }
    SpectrogramView *mel() const { return m_mel; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void errorOccurred(const QString &title, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void togglePlay();
    void chooseWavPath();
    void retranslate();

    SpectrogramView *m_mel;
    WaveformView *m_wave;
    QPushButton *m_play, *m_save;
    PlaybackController *m_playback;
    cloningjobs::Output m_output;
};

} // namespace wb
