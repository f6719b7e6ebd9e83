#pragma once
#include "text/TextFrontEnd.h"

#include <QString>
#include <QWidget>

#include <vector>

namespace wb {

/**
 * FastSpeech 2's duration prediction drawn as a row of bars, one per input
 * symbol, each as wide as the frames the model gave it, labelled with its IPA
 * symbol and frame count, under the words they spell. Vowels, consonants and
 * pauses have their own colours; stress marks and word boundaries take no
 * frames, so they appear as a small mark and a thin line. The time axis is
 * seconds, set from outside (setTimeRange) so the bars line up with the plots
 * below; setInsets() matches their axis rectangles. Hovering a bar tells its
 * frames, milliseconds, pitch and energy. GUI thread only; never fails.
 */
class PhonemeDurationView : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Phone, Vowel, Stress, Boundary, Pause };

    explicit PhonemeDurationView(QWidget *parent = nullptr);

    /** durations (and pitchHz, energy when given) hold one value per utterance.symbols entry. */
    void setPhonemes(const text::Utterance &utterance, const std::vector<int> &durations,
                     double frameSeconds, const std::vector<float> &pitchHz = {},
                     const std::vector<float> &energy = {});
    void clear();
    /** The seconds shown between the insets. */
    void setTimeRange(double t0, double t1);
    /** Pixels left and right of the bars, to line up with the axis rectangle of the plots below. */
    void setInsets(int left, int right);
    /** A red line at seconds; negative hides it. */
    void setPlayhead(double seconds);

    int barCount() const { return int(m_bars.size()); }
    QString symbolAt(int index) const;
    int framesAt(int index) const;
    Kind kindAt(int index) const;
    /** Frames of all the bars: the length of the mel-spectrogram. */
    int totalFrames() const { return m_totalFrames; }
    /** Seconds where the symbol at index starts and ends (equal for zero-frame symbols). */
    double startSeconds(int index) const;
    double endSeconds(int index) const;
    /** The bar under pos (a symbol with frames), or -1. */
    int barAt(const QPoint &pos) const;
    /** What hovering the bar tells (translated). */
    QString describeBar(int index) const;
    /** What the colours and marks mean (translated): the tooltip away from the bars. */
    QString legend() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Bar
    {
        QString symbol;
        int start = 0; ///< first frame
        int frames = 0;
        int word = -1; ///< index into m_words; -1 for boundaries
        Kind kind = Kind::Phone;
        float pitchHz = 0.0f, energy = 0.0f;
    };
    struct Word
    {
        QString text;
        int firstBar = 0, lastBar = 0; ///< phonemes only, not the pause after
    };

    double edgeSeconds(int frame) const;
    double xAt(double seconds) const;
    void drawWords(QPainter &p, const QRect &row) const;
    void drawBars(QPainter &p, const QRect &row) const;

    std::vector<Bar> m_bars;
    std::vector<Word> m_words;
    int m_totalFrames = 0;
    double m_frameSeconds = 256.0 / 22050.0;
    double m_t0 = 0.0, m_t1 = 1.0;
    int m_left = 74, m_right = 99;
    double m_playhead = -1.0;
};

} // namespace wb
