#pragma once
#include "AnalysisParams.h"
#include "AudioAnalysis.h"
#include "ModelBackend.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QSplitter;
class QTextBrowser;
class QTimer;

namespace wb {

class AnalysisControls;
class SpectrogramView;
class TimeAxisGroup;
class WaveformView;

/**
 * The Audio Lab tab: a clip's waveform, linear and mel spectrograms on one
 * shared time axis, the analysis controls, an info line and a short
 * explainer. Loading and analysis run as backend jobs on Lane::Analysis; a
 * control change cancels a running analysis and starts a new one.
 * GUI thread only. A file that cannot be loaded leaves the previous clip in
 * place and is reported through loadFailed() (the window shows it).
 */
class AudioLabPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AudioLabPanel(ModelBackend *backend, QWidget *parent = nullptr);
    ~AudioLabPanel() override;

    void openFile(const QString &path);
    /** From the Settings dialog; reloads the clip when the analysis rate changed. */
    void setAnalysisParams(const AnalysisParams &params);
    AnalysisParams analysisParams() const;

    bool hasClip() const { return m_clip.has_value(); }
    QString currentPath() const { return m_clip ? m_clip->path : QString(); }
    /** The loaded audio (mono, analysis rate); empty when no clip. */
    AudioBuffer currentAudio() const;
    /** The last finished analysis; empty matrices before the first. */
    const AnalysisResult &currentAnalysis() const { return m_analysis; }
    bool isBusy() const { return m_loadJob || m_analysisJob; }

    // For tests and the window's figure export.
    WaveformView *waveformView() const { return m_waveform; }
    SpectrogramView *linearView() const { return m_linear; }
    SpectrogramView *melView() const { return m_mel; }
    QString infoText() const;

    /** The explainer beside the views (lives in AudioLabExplainer.cpp). */
    static QString explainerHtml();

Q_SIGNALS:
    void clipLoaded(const QString &path);
    void loadFailed(const QString &path, const QString &message);
    void analysisFinished();
    /** Short notes for the window's status bar. */
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFinished(ModelBackend::JobId id, const QVariant &result);
    void onFailed(ModelBackend::JobId id, const QString &message);
    void onCancelled(ModelBackend::JobId id);
    void onControlsChanged();
    void startAnalysis();
    void showClip(LoadedClip &clip);
    void showAnalysis(const AnalysisResult &result);
    void retranslate();

    ModelBackend *m_backend;
    AnalysisControls *m_controls;
    QLabel *m_info;
    WaveformView *m_waveform;
    SpectrogramView *m_linear;
    SpectrogramView *m_mel;
    QTextBrowser *m_explainer;
    QSplitter *m_splitter;
    TimeAxisGroup *m_timeGroup;
    QTimer *m_debounce;

    std::optional<LoadedClip> m_clip;
    /** Shared with running jobs so a long clip is not copied per analysis. */
    std::shared_ptr<const AudioBuffer> m_audio;
    AnalysisResult m_analysis;
    AnalysisParams m_params;
    AnalysisParams m_requested; ///< parameters of the latest analysis started
    std::optional<ModelBackend::JobId> m_loadJob;
    QString m_loadPath;
    std::optional<ModelBackend::JobId> m_analysisJob;
};

} // namespace wb
