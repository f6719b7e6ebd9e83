#pragma once
#include "TextToSpeech.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;
class QToolButton;

namespace wb {

/**
 * The Text-to-Speech tab's knobs: which acoustic model (FastSpeech 2 or
 * Tacotron 2; modelChosen() asks the panel to load it) and vocoder
 * (Griffin-Lim, the WaveNet vocoder, listed but disabled until one is loaded,
 * and the source-filter vocoder), Griffin-Lim's
 * iterations, and the
 * inference controls: speed, pitch shift in semitones and energy scale, each
 * a slider with a spin box (speed and energy on a log scale, so 1 sits in the
 * middle). GUI thread only; the ranges keep every value valid.
 */
class TtsControlsBar : public QWidget
{
    Q_OBJECT
public:
    enum Model { FastSpeech2 = 0, Tacotron2 = 1 };
    enum Vocoder { GriffinLim = 0, WaveNet = 1, SourceFilter = 2 };

    explicit TtsControlsBar(QWidget *parent = nullptr);

    TtsControls controls() const;
    /** Shows which model is in use without asking for it to be loaded. */
    void showModel(Model model);
    /** Enables the WaveNet vocoder choice, or disables it with why as its tooltip. */
    void setWaveNetAvailable(bool available, const QString &why = {});
    bool waveNetAvailable() const;
    void setControls(const TtsControls &controls);
    void reset();

    // For tests.
    QComboBox *modelBox() const { return m_model; }
    QComboBox *vocoderBox() const { return m_vocoder; }
    QDoubleSpinBox *speedBox() const { return m_speed; }
    QDoubleSpinBox *pitchBox() const { return m_pitch; }
    QDoubleSpinBox *energyBox() const { return m_energy; }
    QSpinBox *iterationsBox() const { return m_iterations; }
    QSlider *speedSlider() const { return m_speedSlider; }

Q_SIGNALS:
    /** The user picked another acoustic model in the list. */
    void modelChosen(int model);

protected:
    void changeEvent(QEvent *event) override;

private:
    void pair(QSlider *slider, QDoubleSpinBox *box, bool logScale);
    void retranslate();

    QLabel *m_modelLabel, *m_vocoderLabel, *m_iterationsLabel, *m_speedLabel, *m_pitchLabel,
        *m_energyLabel;
    QComboBox *m_model, *m_vocoder;
    QSpinBox *m_iterations;
    QSlider *m_speedSlider, *m_pitchSlider, *m_energySlider;
    QDoubleSpinBox *m_speed, *m_pitch, *m_energy;
    QToolButton *m_reset;
    QString m_waveNetWhy;
    bool m_waveNetKnown = false; ///< setWaveNetAvailable() was called
};

} // namespace wb
