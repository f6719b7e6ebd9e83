#include "CallAnalysisPanel.h"

#include "AudioDevices.h"
#include "AudioFile.h"
#include "CallReportDocument.h"
#include "CallTimelineView.h"
#include "MessageStrip.h"
#include "PlaybackController.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wb {

namespace {

/** What an analysis job hands back: the audio it read (for playback) and the analysis. */
struct CallJobResult
{
    std::shared_ptr<const AudioBuffer> audio;
    std::shared_ptr<const CallAnalysis> analysis;
};

} // namespace
} // namespace wb

Q_DECLARE_METATYPE(wb::CallJobResult)

namespace wb {

CallAnalysisPanel::CallAnalysisPanel(ModelBackend *backend, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_player(new PlaybackController(this))
{
    setObjectName(QStringLiteral("CallAnalysisPanel"));
    m_openButton = new QPushButton(this);
    m_sampleButton = new QPushButton(this);
    m_sampleButton->setObjectName(QStringLiteral("openSampleCall"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keywordsLabel = new QLabel(this);
    m_keywords = new QLineEdit(QStringLiteral("cancel, manager, refund"), this);
    m_keywords->setObjectName(QStringLiteral("watchList"));
    m_keywordsLabel->setBuddy(m_keywords);
    m_silenceLabel = new QLabel(this);
    m_longSilence = new QDoubleSpinBox(this);
    m_longSilence->setRange(0.2, 600.0);
    m_longSilence->setDecimals(1);
    m_longSilence->setSingleStep(0.5);
    m_longSilence->setValue(CallAnalysisParams().longSilence);
    m_silenceLabel->setBuddy(m_longSilence);
    m_analyzeButton = new QPushButton(this);
    m_analyzeButton->setObjectName(QStringLiteral("analyzeCall"));
    m_cancelButton = new QPushButton(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_playButton = new QPushButton(this);
    m_stopButton = new QPushButton(this);
    m_pdfButton = new QPushButton(this);
    m_csvButton = new QPushButton(this);
    m_message = new MessageStrip(this);
    m_timeline = new CallTimelineView(this);
    m_tabs = new QTabWidget(this);
    m_report = new QTextBrowser(this);
    m_report->setObjectName(QStringLiteral("callReport"));
    m_transcript = new QTextBrowser(this);
    m_markers = new QTableWidget(0, 4, this);
    m_markers->setObjectName(QStringLiteral("callMarkers"));
    m_markers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_markers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_markers->verticalHeader()->hide();
    m_markers->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_report, QString());
    m_tabs->addTab(m_markers, QString());
    m_tabs->addTab(m_transcript, QString());

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_openButton);
    fileRow->addWidget(m_sampleButton);
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_playButton);
    fileRow->addWidget(m_stopButton);
    fileRow->addWidget(m_pdfButton);
    fileRow->addWidget(m_csvButton);
    auto *settingsRow = new QHBoxLayout;
    settingsRow->addWidget(m_keywordsLabel);
    settingsRow->addWidget(m_keywords, 1);
    settingsRow->addWidget(m_silenceLabel);
    settingsRow->addWidget(m_longSilence);
    settingsRow->addWidget(m_analyzeButton);
    settingsRow->addWidget(m_progress);
    settingsRow->addWidget(m_cancelButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(settingsRow);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_openButton, &QPushButton::clicked, this, &CallAnalysisPanel::chooseFile);
    connect(m_sampleButton, &QPushButton::clicked, this, &CallAnalysisPanel::openSample);
    connect(m_analyzeButton, &QPushButton::clicked, this, &CallAnalysisPanel::analyze);
    connect(m_keywords, &QLineEdit::returnPressed, this, &CallAnalysisPanel::analyze);
    connect(m_cancelButton, &QPushButton::clicked, this, &CallAnalysisPanel::cancel);
    connect(m_playButton, &QPushButton::clicked, this, [this] { playFrom(0.0); });
    connect(m_stopButton, &QPushButton::clicked, m_player, &PlaybackController::stop);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_timeline, &CallTimelineView::timeClicked, this, &CallAnalysisPanel::playFrom);
    connect(m_markers, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_markers->item(row, 0))
            playFrom(item->data(Qt::UserRole).toDouble());
    });
    connect(m_player, &PlaybackController::playheadMoved, m_timeline, &CallTimelineView::setPlayhead);
    connect(m_player, &PlaybackController::playingChanged, this, &CallAnalysisPanel::updateButtons);
    connect(m_player, &PlaybackController::error, this,
            [this](const QString &message) { m_message->showMessage(message.toHtmlEscaped(), MessageStrip::Kind::Error); });
    connect(backend, &ModelBackend::finished, this, &CallAnalysisPanel::onFinished);
    connect(backend, &ModelBackend::failed, this, &CallAnalysisPanel::onFailed);
    connect(backend, &ModelBackend::cancelled, this, &CallAnalysisPanel::onCancelled);
    connect(backend, &ModelBackend::progress, this, &CallAnalysisPanel::onProgress);
    retranslate();
    updateButtons();
}

CallAnalysisPanel::~CallAnalysisPanel()
{
    if (m_job)
        m_backend->cancel(*m_job);
}

void CallAnalysisPanel::openFile(const QString &path)
{
    m_path = path;
    m_fileLabel->setText(QFileInfo(path).fileName());
    m_fileLabel->setToolTip(QDir::toNativeSeparators(path));
    analyze();
}

void CallAnalysisPanel::openSample()
{
    // libsndfile reads files only: the resource is copied out once per session.
    if (!m_sampleDir)
        m_sampleDir = std::make_unique<QTemporaryDir>();
    const QString path = m_sampleDir->filePath(QStringLiteral("call_center_demo.flac"));
    if (!QFileInfo::exists(path) &&
        (!m_sampleDir->isValid() || !QFile::copy(QStringLiteral(":/assets/sample/call_center_demo.flac"), path))) {
        m_message->showMessage(tr("The sample call is missing from this build, or cannot be copied to a temporary folder."),
                               MessageStrip::Kind::Error);
        return;
    }
    openFile(path);
}

void CallAnalysisPanel::analyze()
{
    if (m_path.isEmpty()) {
        m_message->showMessage(tr("Open a call recording first, or the sample call."), MessageStrip::Kind::Notice);
        return;
    }
    CallAnalysisParams params;
    params.keywords.clear();
    for (const QString &k : m_keywords->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!k.trimmed().isEmpty())
            params.keywords.push_back(k.trimmed().toStdString());
    params.longSilence = m_longSilence->value();
    try {
        params.validate();
    } catch (const Error &e) {
        m_message->showMessage(QString::fromStdString(e.what()).toHtmlEscaped(), MessageStrip::Kind::Error);
        return;
    }
    if (m_job)
        m_backend->cancel(*m_job);
    m_message->clearMessage();
    m_progress->setValue(0);
    const std::string path = m_path.toStdString();
    m_job = m_backend->submit(Lane::Analysis, tr("Analyzing the call %1").arg(QFileInfo(m_path).fileName()),
                              [path, params](JobContext &ctx) {
                                  ReadOptions options;
                                  options.mono = false;
                                  options.targetRate = KeywordSpotter::kSampleRate;
                                  auto audio = std::make_shared<AudioBuffer>(AudioFile::read(path, options));
                                  auto analysis = std::make_shared<CallAnalysis>(analyzeCall(*audio, params, ctx.progressFn()));
                                  return QVariant::fromValue(CallJobResult{audio, analysis});
                              });
    updateButtons();
    Q_EMIT statusMessage(tr("Analyzing the call…"));
}

void CallAnalysisPanel::cancel()
{
    if (m_job)
        m_backend->cancel(*m_job);
}

void CallAnalysisPanel::onProgress(ModelBackend::JobId id, double fraction)
{
    if (m_job && id == *m_job)
        m_progress->setValue(int(fraction * 1000));
}

void CallAnalysisPanel::onFinished(ModelBackend::JobId id, const QVariant &result)
{
    if (!m_job || id != *m_job)
        return;
    m_job.reset();
    const CallJobResult r = result.value<CallJobResult>();
    m_audio = r.audio;
    m_analysis = r.analysis;
    m_progress->setValue(1000);
    showAnalysis();
    updateButtons();
    Q_EMIT statusMessage(tr("Call analyzed: %n keyword hit(s), quality %1 / 100.", nullptr, int(m_analysis->keywordHits.size()))
                             .arg(m_analysis->quality.score, 0, 'f', 1));
    Q_EMIT analysisFinished(true);
}

void CallAnalysisPanel::onFailed(ModelBackend::JobId id, const QString &message)
{
    if (!m_job || id != *m_job)
        return;
    m_job.reset();
    m_progress->setValue(0);
    m_message->showMessage(tr("The call could not be analyzed: %1").arg(message.toHtmlEscaped()), MessageStrip::Kind::Error);
    updateButtons();
    Q_EMIT analysisFinished(false);
}

void CallAnalysisPanel::onCancelled(ModelBackend::JobId id)
{
    if (!m_job || id != *m_job)
        return;
    m_job.reset();
    m_progress->setValue(0);
    updateButtons();
    Q_EMIT statusMessage(tr("Call analysis cancelled."));
}

void CallAnalysisPanel::showAnalysis()
{
    if (!m_analysis)
        return;
    const CallAnalysis &a = *m_analysis;
    m_timeline->setAnalysis(m_analysis);
    m_report->setHtml(QStringLiteral("<table width=\"100%\"><tr><td valign=\"top\" width=\"38%\">%1</td>"
                                     "<td width=\"12\"></td><td valign=\"top\">%2</td></tr></table>")
                          .arg(CallReportDocument::metricsHtml(a), CallReportDocument::qualityHtml(a)));
    m_transcript->setHtml(CallReportDocument::transcriptHtml(a));
    struct Row { double start, end; QString what, who; };
    std::vector<Row> rows;
    for (const TimeSpan &s : a.longSilences)
        rows.push_back({s.start, s.end, tr("long silence"), QString()});
    for (const TimeSpan &s : a.overlaps)
        rows.push_back({s.start, s.end, tr("overlap"), tr("both")});
    for (const KeywordHit &k : a.keywordHits)
        rows.push_back({k.start, k.end, tr("keyword “%1”").arg(QString::fromStdString(k.term)), CallReportDocument::partyTitle(a, k.party)});
    for (const KeywordHit &k : a.positiveHits)
        rows.push_back({k.start, k.end, tr("positive “%1”").arg(QString::fromStdString(k.term)), CallReportDocument::partyTitle(a, k.party)});
    std::sort(rows.begin(), rows.end(), [](const Row &l, const Row &r) { return l.start < r.start; });
    m_markers->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        const Row &r = rows[std::size_t(i)];
        auto *start = new QTableWidgetItem(QString::number(r.start, 'f', 2));
        start->setData(Qt::UserRole, r.start);
        m_markers->setItem(i, 0, start);
        m_markers->setItem(i, 1, new QTableWidgetItem(QString::number(r.end, 'f', 2)));
        m_markers->setItem(i, 2, new QTableWidgetItem(r.what));
        m_markers->setItem(i, 3, new QTableWidgetItem(r.who));
    }
    m_markers->resizeColumnsToContents();
    if (!a.unknownKeywords.empty() || (a.parties < 2))
        m_message->showMessage(a.parties < 2 ? tr("A mono recording has one party: talk time is the speaker's, and overlap "
                                                  "cannot be measured (a stereo call keeps the agent left, the customer right).")
                                             : tr("Some watch-list words are not in the recognizer's dictionary and cannot be found."),
                               MessageStrip::Kind::Notice);
}

void CallAnalysisPanel::playFrom(double seconds)
{
    if (!m_audio)
        return;
    m_player->play(m_audio, seconds, 0.0, AudioDevices::kDefaultDevice);
}

void CallAnalysisPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Call Recording"), QFileInfo(m_path).absolutePath(),
                                                      tr("Audio (*.wav *.flac *.ogg *.aiff *.mp3);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void CallAnalysisPanel::chooseExport(bool pdf)
{
    if (!m_analysis)
        return;
    const QString base = QFileInfo(m_path).completeBaseName() + QStringLiteral("_report");
    const QString path = pdf ? QFileDialog::getSaveFileName(this, tr("Export Report as PDF"), base + QStringLiteral(".pdf"), tr("PDF (*.pdf)"))
                             : QFileDialog::getSaveFileName(this, tr("Export Report as CSV"), base + QStringLiteral(".csv"), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        pdf ? exportPdf(path) : exportCsv(path);
}

bool CallAnalysisPanel::exportPdf(const QString &path)
{
    if (!m_analysis)
        return false;
    try {
        CallReportDocument::writePdf(path, *m_analysis, QFileInfo(m_path).fileName());
    } catch (const Error &e) {
        m_message->showMessage(QString::fromStdString(e.what()).toHtmlEscaped(), MessageStrip::Kind::Error);
        return false;
    }
    Q_EMIT statusMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool CallAnalysisPanel::exportCsv(const QString &path)
{
    if (!m_analysis)
        return false;
    try {
        CallReportDocument::writeCsv(path, *m_analysis);
    } catch (const Error &e) {
        m_message->showMessage(QString::fromStdString(e.what()).toHtmlEscaped(), MessageStrip::Kind::Error);
        return false;
    }
    Q_EMIT statusMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void CallAnalysisPanel::updateButtons()
{
    const bool busy = m_job.has_value();
    m_analyzeButton->setEnabled(!busy && !m_path.isEmpty());
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
    m_playButton->setEnabled(m_audio != nullptr);
    m_stopButton->setEnabled(m_player->isPlaying());
    m_pdfButton->setEnabled(m_analysis != nullptr);
    m_csvButton->setEnabled(m_analysis != nullptr);
}

void CallAnalysisPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showAnalysis();
    }
    QWidget::changeEvent(event);
}

void CallAnalysisPanel::retranslate()
{
    m_openButton->setText(tr("Open call…"));
    m_sampleButton->setText(tr("Open sample call"));
    if (m_path.isEmpty())
        m_fileLabel->setText(tr("No call open"));
    m_keywordsLabel->setText(tr("&Watch list:"));
    m_keywords->setToolTip(tr("Comma-separated words or phrases to spot; end a word with * to match any ending."));
    m_silenceLabel->setText(tr("&Long silence ≥"));
    m_longSilence->setSuffix(tr(" s"));
    m_analyzeButton->setText(tr("Analyze"));
    m_cancelButton->setText(tr("Cancel"));
    m_playButton->setText(tr("Play"));
    m_playButton->setToolTip(tr("Plays the call; click the timeline or double-click a marker to play from there."));
    m_stopButton->setText(tr("Stop"));
    m_pdfButton->setText(tr("Export PDF…"));
    m_csvButton->setText(tr("Export CSV…"));
    m_tabs->setTabText(0, tr("Measures and quality score"));
    m_tabs->setTabText(1, tr("Markers"));
    m_tabs->setTabText(2, tr("Transcript"));
    m_markers->setHorizontalHeaderLabels({tr("Start (s)"), tr("End (s)"), tr("Marker"), tr("Party")});
}

} // namespace wb
