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
class AudioTransport;
class SpectrogramView;
class TimeAxisGroup;
class TimeAxisPlot;
class WaveformView;

/**
 * The Audio Lab tab: a clip's waveform, linear and mel spectrograms on one
 * shared time axis, the analysis controls, the transport (play, record,
 * selection), an info line and a short explainer. Loading and analysis run
 * as backend jobs on Lane::Analysis, and everything proportional to the
 * clip's length (decoding, the waveform summary, spectrogram images) is done
 * there, so the GUI thread only adopts results; a control change cancels a
 * running analysis and starts a new one.
 * GUI thread only. A file that cannot be loaded leaves the previous clip in
 * place and is reported through loadFailed() (the window shows it); device
 * and export problems arrive as statusMessage().
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
    /** The loaded audio (mono, analysis rate), copied; empty when no clip. */
    AudioBuffer currentAudio() const;
    /** The same, shared without a copy; null when no clip. */
    std::shared_ptr<const AudioBuffer> sharedAudio() const { return m_clip ? m_clip->audio : nullptr; }
    const std::optional<LoadedClip> &currentClip() const { return m_clip; }
    /** The last finished analysis; empty before the first. */
    const AnalysisResult &currentAnalysis() const { return m_analysis; }
    bool isBusy() const { return m_loadJob || m_analysisJob; }

    /** Selects [t0, t1] seconds in every view (t1 <= t0 clears); Play then plays it. */
    void setSelection(double t0, double t1);
    double selectionStart() const { return m_selStart; }
    double selectionEnd() const { return m_selEnd; }

    /** Writes the mel matrix as .npy in the background; melExported() reports. */
    void exportMel(const QString &path);
    /** Saves the clip (mono, analysis rate) as WAV or FLAC by suffix in the background; clipSaved() reports. */
    void saveClip(const QString &path);

    // For tests and the window's toolbar and figure export.
    AudioTransport *transport() const { return m_transport; }
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
    void melExported(const QString &path, const QString &error);
    /** error is empty on success. */
    void clipSaved(const QString &path, const QString &error);
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
    void showClip(const LoadedClip &clip);
    void showAnalysis(const AnalysisResult &result);
    void showPlayhead(double seconds);
    void retranslate();
    QList<TimeAxisPlot *> plots() const;

    ModelBackend *m_backend;
    AnalysisControls *m_controls;
    AudioTransport *m_transport;
    QLabel *m_info;
    WaveformView *m_waveform;
    SpectrogramView *m_linear;
    SpectrogramView *m_mel;
    QTextBrowser *m_explainer;
    QSplitter *m_splitter;
    TimeAxisGroup *m_timeGroup;
    QTimer *m_debounce;

    /** The samples live once, in m_clip->audio, shared with jobs and the player. */
    std::optional<LoadedClip> m_clip;
    AnalysisResult m_analysis;
    AnalysisParams m_params;
    AnalysisParams m_requested; ///< parameters of the latest analysis started
    std::optional<ModelBackend::JobId> m_loadJob;
    QString m_loadPath;
    std::optional<ModelBackend::JobId> m_analysisJob;
    std::optional<ModelBackend::JobId> m_exportJob;
    std::optional<ModelBackend::JobId> m_saveJob;
    QString m_savePath;
    QString m_exportPath;
    double m_selStart = 0.0;
    double m_selEnd = 0.0;
};

} // namespace wb
