#include "AudioLabPanel.h"

#include "AnalysisControls.h"
#include "MetaTypes.h"
#include "SpectrogramView.h"
#include "TimeAxisGroup.h"
#include "WaveformView.h"

#include <QEvent>
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
    column->addWidget(m_splitter, 1);

    for (TimeAxisPlot *plot : {static_cast<TimeAxisPlot *>(m_waveform), static_cast<TimeAxisPlot *>(m_linear),
                               static_cast<TimeAxisPlot *>(m_mel)})
        m_timeGroup->addPlot(plot);

    m_controls->setParams(m_params);
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
    if (m_loadJob)
        m_backend->cancel(*m_loadJob);
    if (m_analysisJob)
        m_backend->cancel(*m_analysisJob);
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
    return m_audio ? *m_audio : AudioBuffer();
}

QString AudioLabPanel::infoText() const
{
    return m_info->text();
}

void AudioLabPanel::onControlsChanged()
{
    const AnalysisParams p = m_controls->params();
    // Compare with the last analysis asked for, not the last one shown: one
    // may be running with parameters the user has already moved away from.
    const bool recompute = !p.sameComputation(m_requested) || (m_analysis.melDb.empty() && !m_analysisJob);
    m_params = p;
    m_params.save();
    m_linear->setDbRange(p.dbRange);
    m_mel->setDbRange(p.dbRange);
    if (recompute && m_audio)
        startAnalysis();
}

void AudioLabPanel::startAnalysis()
{
    if (m_analysisJob)
        m_backend->cancel(*m_analysisJob);
    const std::shared_ptr<const AudioBuffer> audio = m_audio;
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
        LoadedClip clip = result.value<LoadedClip>();
        showClip(clip);
    } else if (m_analysisJob && id == *m_analysisJob) {
        m_analysisJob.reset();
        showAnalysis(result.value<AnalysisResult>());
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
    }
}

void AudioLabPanel::onCancelled(ModelBackend::JobId id)
{
    if (m_loadJob && id == *m_loadJob) {
        m_loadJob.reset();
        Q_EMIT statusMessage(tr("Loading cancelled; the previous clip stays."));
    } else if (m_analysisJob && id == *m_analysisJob) {
        m_analysisJob.reset();
    }
}

void AudioLabPanel::showClip(LoadedClip &clip)
{
    m_info->setText(AudioAnalysis::describe(clip.path, clip.info, clip.audio));
    // The samples live once, in m_audio, shared with analysis jobs; m_clip keeps the rest.
    m_audio = std::make_shared<const AudioBuffer>(std::move(clip.audio));
    clip.audio = AudioBuffer();
    m_clip = clip;
    m_waveform->setAudio(*m_audio);
    const double duration = m_audio->duration();
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
    const int rate = m_audio ? m_audio->sampleRate() : result.params.sampleRate;
    const AnalysisParams &p = result.params;
    m_linear->setLinear(result.linearDb, rate, p.hop, p.nFft);
    m_mel->setMel(result.melDb, rate, p.hop, 0.0, qMin(p.effectiveFmax(), rate / 2.0));
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
        m_info->setText(AudioAnalysis::describe(m_clip->path, m_clip->info, *m_audio));
    else
        m_info->setText(tr("No clip loaded. Open an audio file (File > Open) or drop one on the window."));
    m_explainer->setHtml(explainerHtml());
    m_waveform->setToolTip(tr("Wheel: zoom time. Drag: pan. Double-click: whole clip."));
    m_linear->setToolTip(m_waveform->toolTip());
    m_mel->setToolTip(m_waveform->toolTip());
}

} // namespace wb
