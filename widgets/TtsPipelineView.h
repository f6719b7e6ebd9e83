#pragma once
#include "TtsJobs.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QCPRange;
class QCustomPlot;

namespace wb {

class PhonemeDurationView;
class PlaybackController;
class SpectrogramView;
class TtsVarianceView;
class WaveformView;

/**
 * The Text-to-Speech tab's pipeline, one stage per row, filled in from one
 * Speak's TtsOutput: (1) the normalized text, (2) the phonemes as bars as
 * wide as their predicted durations, (3) the predicted pitch and energy per
 * phoneme, (4) the predicted mel-spectrogram (the Audio Lab's colour map),
 * (5) the waveform with Play and Save WAV, (6) the time each stage took and
 * the real-time factor. Stages 2 to 5 share one time axis: zoom or pan one
 * and the others follow. GUI thread only; playback and file problems come
 * out as statusMessage() and errorOccurred(), never as exceptions.
 */
class TtsPipelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TtsPipelineView(QWidget *parent = nullptr);
    ~TtsPipelineView() override;

    void showOutput(const ttsjobs::Output &output);
    void clear();
    void setColorMap(const QString &name);
    /** Writes the last audio as 16-bit WAV; false with *error set when it cannot. */
    bool saveWav(const QString &path, QString *error);

    ttsjobs::Output output() const { return m_output; }
    // For tests and screenshots.
    QLabel *normalizedLabel() const { return m_normalized; }
    PhonemeDurationView *phonemes() const { return m_phonemes; }
    TtsVarianceView *variance() const { return m_variance; }
    SpectrogramView *mel() const { return m_mel; }
    WaveformView *waveform() const { return m_wave; }
    QLabel *timingsLabel() const { return m_timings; }
    QPushButton *playButton() const { return m_play; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void errorOccurred(const QString &title, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void syncTime(QCustomPlot *source, const QCPRange &range);
    void alignPhonemes();
    void showPlayhead(double seconds);
    void togglePlay();
    void chooseWavPath();
    void updateTexts();
    void retranslate();

    QLabel *m_captions[6];
    QLabel *m_normalized;
    PhonemeDurationView *m_phonemes;
    TtsVarianceView *m_variance;
    SpectrogramView *m_mel;
    WaveformView *m_wave;
    QLabel *m_timings;
    QPushButton *m_play;
    QPushButton *m_save;
    PlaybackController *m_playback;
    ttsjobs::Output m_output;
    bool m_waveLinked =
        true; ///< false when the audio is longer than the stages (sentence by sentence)
    bool m_syncing = false;
};

} // namespace wb
