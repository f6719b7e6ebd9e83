#pragma once
#include "AudioBuffer.h"
#include "ModelBackend.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;

namespace wb {

/** Signal-to-noise ratios of two 8-bit quantizers on one signal. */
struct QuantizerComparison
{
    double linearSnrDb = 0.0; ///< 256 evenly spaced levels on [-1, 1]
    double muLawSnrDb = 0.0;  ///< 256 mu-law levels (mu = 255), core's muLawEncode/Decode
    std::size_t samples = 0;

    /** Quantizes signal * 10^(gainDb / 20) both ways; NaN SNRs for silence. Any thread. */
    static QuantizerComparison compute(const std::vector<float> &signal, double gainDb);
};

/**
 * Why WaveNet predicts 256 mu-law levels: the companding curve with its 256
 * levels marked (evenly spaced after companding, crowded near zero before),
 * and 8-bit linear against 8-bit mu-law quantization of the current clip, as
 * SNR in dB, with a gain control that makes the clip quieter. The comparison
 * runs as a job on the backend's analysis lane, and only while the page is
 * shown (a change while hidden is compared when it appears). GUI thread only; nothing a
 * user does can fail here (no clip: the comparison says so).
 */
class MuLawPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MuLawPanel(ModelBackend *backend, QWidget *parent = nullptr);
    ~MuLawPanel() override;

    /** The clip to compare on (mono); null clears. name labels it. */
    void setClip(std::shared_ptr<const AudioBuffer> clip, const QString &name);
    void setGainDb(double db);
    /** The last finished comparison; empty before the first. */
    const std::optional<QuantizerComparison> &comparison() const { return m_result; }
    QCustomPlot *curvePlot() const { return m_curve; }

Q_SIGNALS:
    void comparisonReady();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void recompute();
    void showResult();
    void retranslate();

    ModelBackend *m_backend;
    QCustomPlot *m_curve;
    QLabel *m_clipLabel;
    QLabel *m_gainLabel;
    QDoubleSpinBox *m_gain;
    QLabel *m_linearLabel;
    QLabel *m_muLawLabel;
    QProgressBar *m_linearBar;
    QProgressBar *m_muLawBar;
    QLabel *m_explain;
    std::shared_ptr<const AudioBuffer> m_clip;
    QString m_clipName;
    std::optional<QuantizerComparison> m_result;
    std::optional<ModelBackend::JobId> m_job;
    bool m_stale = false; ///< the clip or gain changed while hidden
};

} // namespace wb
