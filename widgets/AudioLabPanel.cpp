#include "AudioLabPanel.h"

#include "AudioFile.h"

#include "AnalysisControls.h"
#include "AudioTransport.h"
#include "MetaTypes.h"
#include "Npy.h"
#include "SpectrogramView.h"
#include "TimeAxisGroup.h"
#include "WaveformView.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace wb {

AudioLabPanel::AudioLabPanel(ModelBackend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_controls(new AnalysisControls(this))
    , m_transport(new AudioTransport(this))
    , m_info(new QLabel(this))
    , m_waveform(new WaveformView(this))
    , m_linear(new SpectrogramView(this))
    , m_mel(new SpectrogramView(this))
    , m_explainer(new QTextBrowser(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_timeGroup(new TimeAxisGroup(this))
    , m_debounce(new QTimer(this))
    , m_params(AnalysisParams::fromSettings())
{
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setWordWrap(true);

    auto *views = new QSplitter(Qt::Vertical, m_splitter);
    views->addWidget(m_waveform);
    views->addWidget(m_linear);
    views->addWidget(m_mel);
    views->setChildrenCollapsible(false);
    views->setStretchFactor(0, 2);
    views->setStretchFactor(1, 3);
    views->setStretchFactor(2, 3);
    m_splitter->addWidget(views);
    m_splitter->addWidget(m_explainer);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_explainer->setMinimumWidth(240);
    m_explainer->setOpenExternalLinks(false);

    auto *column = new QVBoxLayout(this);
    column->addWidget(m_info);
    column->addWidget(m_controls);
    column->addWidget(m_transport);
    column->addWidget(m_splitter, 1);

    for (TimeAxisPlot *plot : plots()) {
        m_timeGroup->addPlot(plot);
        connect(plot, &TimeAxisPlot::regionDragged, this,
                [this](double t0, double t1, bool) { setSelection(t0, t1); });
        connect(plot, &TimeAxisPlot::regionCleared, this, [this] { setSelection(0, 0); });
    }
    // Space and Ctrl+R work wherever the focus is inside the Audio Lab.
    addAction(m_transport->playAction());
    addAction(m_transport->recordAction());
    m_transport->setRecordRate(m_params.sampleRate);
    connect(m_transport, &AudioTransport::playheadMoved, this, &AudioLabPanel::showPlayhead);
    connect(m_transport, &AudioTransport::statusMessage, this, &AudioLabPanel::statusMessage);
    connect(m_transport, &AudioTransport::recordingFinished, this, [this](const LoadedClip &clip) {
        showClip(clip);
        Q_EMIT statusMessage(tr("Recorded %1 s into %2; File > Save As keeps it.")
                                 .arg(clip.audio->duration(), 0, 'f', 1)
                                 .arg(QFileInfo(clip.path).fileName()));
    });

    m_controls->setParams(m_params);
    m_linear->setColorMap(m_params.colorMap);
    m_mel->setColorMap(m_params.colorMap);
    // Spinning a value fires many edits; wait until the user pauses.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_controls, &AnalysisControls::paramsChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &AudioLabPanel::onControlsChanged);

    connect(backend, &ModelBackend::finished, this, &AudioLabPanel::onFinished);
    connect(backend, &ModelBackend::failed, this, &AudioLabPanel::onFailed);
    connect(backend, &ModelBackend::cancelled, this, &AudioLabPanel::onCancelled);
    retranslate();
}

AudioLabPanel::~AudioLabPanel()
{
    // Results of our jobs would have nowhere to go.
    for (const auto &job : {m_loadJob, m_analysisJob, m_exportJob, m_saveJob})
        if (job)
            m_backend->cancel(*job);
}

QList<TimeAxisPlot *> AudioLabPanel::plots() const
{
    return {m_waveform, m_linear, m_mel};
}

void AudioLabPanel::openFile(const QString &path)
{
    if (m_loadJob)
        m_backend->cancel(*m_loadJob);
    const int rate = m_params.sampleRate;
    m_loadPath = path;
    m_loadJob = m_backend->submit(Lane::Analysis, tr("Loading %1").arg(QFileInfo(path).fileName()),
                                  [path, rate](JobContext &job) {
                                      return QVariant::fromValue(AudioAnalysis::load(path, rate, job.progressFn()));
                                  });
}

void AudioLabPanel::setAnalysisParams(const AnalysisParams &params)
{
    const bool rateChanged = params.sampleRate != m_params.sampleRate;
    m_params = params;
    m_controls->setParams(params);
    m_transport->setRecordRate(params.sampleRate);
    if (rateChanged && m_clip)
        openFile(m_clip->path);
    else
        onControlsChanged();
}

AnalysisParams AudioLabPanel::analysisParams() const
{
    return m_params;
}

AudioBuffer AudioLabPanel::currentAudio() const
{
    return m_clip ? *m_clip->audio : AudioBuffer();
}

QString AudioLabPanel::infoText() const
{
    return m_info->text();
}

void AudioLabPanel::setSelection(double t0, double t1)
{
    const double duration = m_clip ? m_clip->audio->duration() : 0.0;
    t0 = qBound(0.0, t0, duration);
    t1 = qBound(0.0, t1, duration);
    if (t1 <= t0)
        t0 = t1 = 0.0;
    m_selStart = t0;
    m_selEnd = t1;
    for (TimeAxisPlot *plot : plots())
        plot->setSelection(t0, t1);
    m_transport->setSelection(t0, t1);
}

void AudioLabPanel::showPlayhead(double seconds)
{
    for (TimeAxisPlot *plot : plots())
        plot->setPlayhead(seconds);
}

void AudioLabPanel::exportMel(const QString &path)
{
    const std::shared_ptr<const Matrix> mel = m_analysis.mel;
    if (!mel || mel->empty()) {
        Q_EMIT melExported(path, tr("Nothing to export yet: wait for the spectrograms."));
        return;
    }
    m_exportPath = path;
    // An hour's mel matrix is 80 MB: written by a job, not the GUI thread.
    m_exportJob = m_backend->submit(Lane::Analysis, tr("Exporting the mel-spectrogram"), [mel, path](JobContext &) {
        Npy::write(QFile::encodeName(path).toStdString(), *mel);
        return QVariant();
    });
}

void AudioLabPanel::saveClip(const QString &path)
{
    if (!m_clip) {
        Q_EMIT clipSaved(path, tr("There is no clip to save."));
        return;
    }
    if (m_saveJob)
        m_backend->cancel(*m_saveJob);
    m_savePath = path;
    const std::shared_ptr<const AudioBuffer> audio = m_clip->audio;
    // An hour of audio takes seconds to encode: a job, not the GUI thread.
    m_saveJob = m_backend->submit(Lane::Analysis, tr("Saving %1").arg(QFileInfo(path).fileName()),
                                  [audio, path](JobContext &) {
                                      const std::string file = QFile::encodeName(path).toStdString();
                                      AudioFile::write(file, *audio, AudioFile::formatForPath(file));
                                      return QVariant();
                                  });
}

void AudioLabPanel::onControlsChanged()
{
    const AnalysisParams p = m_controls->params();
    // Compare with the last analysis asked for, not the last one shown: one
    // may be running with parameters the user has already moved away from.
    const bool recompute = !p.sameComputation(m_requested) || (m_analysis.melDb().empty() && !m_analysisJob);
    m_params = p;
    m_params.save();
    m_linear->setDbRange(p.dbRange);
    m_mel->setDbRange(p.dbRange);
    m_linear->setColorMap(p.colorMap);
    m_mel->setColorMap(p.colorMap);
    if (recompute && m_clip)
        startAnalysis();
}

void AudioLabPanel::startAnalysis()
{
    if (m_analysisJob)
        m_backend->cancel(*m_analysisJob);
    const std::shared_ptr<const AudioBuffer> audio = m_clip->audio;
    const AnalysisParams params = m_params;
    m_requested = params;
    m_analysisJob = m_backend->submit(Lane::Analysis, tr("Computing spectrograms"),
                                      [audio, params](JobContext &job) {
                                          return QVariant::fromValue(
                                              AudioAnalysis::analyse(*audio, params, job.progressFn()));
                                      });
}

void AudioLabPanel::onFinished(ModelBackend::JobId id, const QVariant &result)
{
    if (m_loadJob && id == *m_loadJob) {
        m_loadJob.reset();
        showClip(result.value<LoadedClip>());
    } else if (m_analysisJob && id == *m_analysisJob) {
        m_analysisJob.reset();
        showAnalysis(result.value<AnalysisResult>());
    } else if (m_exportJob && id == *m_exportJob) {
        m_exportJob.reset();
        Q_EMIT melExported(m_exportPath, QString());
    } else if (m_saveJob && id == *m_saveJob) {
        m_saveJob.reset();
        Q_EMIT clipSaved(m_savePath, QString());
    }
}

void AudioLabPanel::onFailed(ModelBackend::JobId id, const QString &message)
{
    if (m_loadJob && id == *m_loadJob) {
        m_loadJob.reset();
        Q_EMIT loadFailed(m_loadPath, message);
    } else if (m_analysisJob && id == *m_analysisJob) {
        m_analysisJob.reset();
        Q_EMIT statusMessage(tr("Analysis failed: %1").arg(message));
    } else if (m_exportJob && id == *m_exportJob) {
        m_exportJob.reset();
        Q_EMIT melExported(m_exportPath, message);
    } else if (m_saveJob && id == *m_saveJob) {
        m_saveJob.reset();
        Q_EMIT clipSaved(m_savePath, message);
    }
}

void AudioLabPanel::onCancelled(ModelBackend::JobId id)
{
    if (m_loadJob && id == *m_loadJob) {
        m_loadJob.reset();
        Q_EMIT statusMessage(tr("Loading cancelled; the previous clip stays."));
    } else if (m_analysisJob && id == *m_analysisJob) {
        m_analysisJob.reset();
    } else if (m_exportJob && id == *m_exportJob) {
        m_exportJob.reset();
    } else if (m_saveJob && id == *m_saveJob) {
        m_saveJob.reset();
        Q_EMIT clipSaved(m_savePath, tr("Saving was cancelled; no file was written."));
    }
}

void AudioLabPanel::showClip(const LoadedClip &clip)
{
    if (clip.isEmpty())
        return;
    // Everything here is constant time: the summary and the samples were
    // prepared by the job and are shared, not copied.
    m_clip = clip;
    m_info->setText(AudioAnalysis::describe(clip));
    m_waveform->setAudio(clip.audio, clip.summary);
    m_transport->setClip(clip.audio);
    setSelection(0, 0);
    showPlayhead(-1);
    const double duration = clip.audio->duration();
    m_linear->setTimeBounds(duration);
    m_mel->setTimeBounds(duration);
    // Old spectrograms belong to another clip; blank them until the new ones arrive.
    m_linear->clear();
    m_mel->clear();
    m_analysis = AnalysisResult();
    startAnalysis();
    Q_EMIT clipLoaded(clip.path);
}

void AudioLabPanel::showAnalysis(const AnalysisResult &result)
{
    m_analysis = result;
    const int rate = m_clip ? m_clip->audio->sampleRate() : result.params.sampleRate;
    const AnalysisParams &p = result.params;
    m_linear->showLinear(result.linearImage, rate, p.nFft);
    m_mel->showMel(result.melImage, p.effectiveFmin(), qMin(p.effectiveFmax(), rate / 2.0));
    m_linear->setDbRange(m_params.dbRange);
    m_mel->setDbRange(m_params.dbRange);
    // Keep the zoom the user chose while the analysis ran.
    m_linear->xAxis->setRange(m_waveform->xAxis->range());
    m_mel->xAxis->setRange(m_waveform->xAxis->range());
    Q_EMIT analysisFinished();
}

void AudioLabPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AudioLabPanel::retranslate()
{
    if (m_clip)
        m_info->setText(AudioAnalysis::describe(*m_clip));
    else
        m_info->setText(tr("No clip loaded. Open an audio file (File > Open), drop one on the window, "
                           "or press Record."));
    m_explainer->setHtml(explainerHtml());
    const QString hint = tr("Wheel: zoom time. Drag: pan. Shift+drag: select a region to play "
                            "(Shift+click clears it). Double-click: whole clip. Space: play/stop.");
    for (TimeAxisPlot *plot : plots())
        plot->setToolTip(hint);
}

} // namespace wb
