#include "TtsPanel.h"

#include "AnalysisParams.h"
#include "BundledModels.h"
#include "MessageStrip.h"
#include "TtsCompareDialog.h"
#include "TtsControlsBar.h"
#include "TtsPipelineView.h"
#include "TtsTrainDialog.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace wb {

namespace {

QString checkpointDirectory()
{
    const QString dir = QSettings().value(QStringLiteral("tts/checkpointDirectory")).toString();
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                         : dir;
}

/** A backend message ("the text is empty") as a sentence. */
QString sentence(QString message)
{
    message = message.trimmed();
    if (!message.isEmpty())
        message[0] = message[0].toUpper();
    if (!message.isEmpty() && !message.endsWith(QLatin1Char('.')))
        message += QLatin1Char('.');
    return message;
}

} // namespace

TtsPanel::TtsPanel(ModelBackend *backend, QWidget *parent) : QWidget(parent), m_backend(backend)
{
    qRegisterMetaType<ttsjobs::Engine>();
    qRegisterMetaType<ttsjobs::Output>();
    // Large type for projecting in a classroom, as the WaveNet tab; set before the children exist
    // so that the plots, which copy their fonts when built, pick it up too.
    QFont big = font();
    big.setPointSizeF(std::max(big.pointSizeF() * 1.2, 11.5));
    setFont(big);

    m_text = new QPlainTextEdit(this);
    m_controls = new TtsControlsBar(this);
    m_speakButton = new QPushButton(this);
    m_cancelButton = new QPushButton(this);
    m_progress = new QProgressBar(this);
    m_loadButton = new QPushButton(this);
    m_compareButton = new QPushButton(this);
    m_trainButton = new QPushButton(this);
    m_model = new QLabel(this);
    m_message = new MessageStrip(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_pipeline = new TtsPipelineView(m_splitter);
    m_explainer = new QTextBrowser(m_splitter);

    //: The example the tab opens with. The model speaks English only: keep this sentence in
    //: English.
    m_text->setPlainText(
        tr("Hello! Welcome to WaveBench, where text becomes speech in 3 quick steps."));
    m_text->setTabChangesFocus(true);
    const int lines = QFontMetrics(m_text->font()).lineSpacing();
    m_text->setMinimumHeight(2 * lines + 14);
    m_text->setMaximumHeight(5 * lines + 14);

    QFont speakFont = big;
    speakFont.setPointSizeF(big.pointSizeF() * 1.3);
    speakFont.setBold(true);
    m_speakButton->setFont(speakFont);
    m_speakButton->setMinimumSize(150, 46);
    m_speakButton->setDefault(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(12);
    m_model->setWordWrap(true);
    m_model->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explainer->setMinimumWidth(250);
    m_explainer->setOpenExternalLinks(false);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({900, 300});

    auto *speakColumn = new QVBoxLayout;
    speakColumn->setSpacing(4);
    speakColumn->addWidget(m_speakButton, 1);
    auto *cancelRow = new QHBoxLayout;
    cancelRow->addWidget(m_progress, 1);
    cancelRow->addWidget(m_cancelButton);
    speakColumn->addLayout(cancelRow);

    auto *top = new QGridLayout;
    top->setHorizontalSpacing(14);
    top->setVerticalSpacing(4);
    top->addWidget(m_text, 0, 0);
    top->addWidget(m_controls, 0, 1);
    top->addLayout(speakColumn, 0, 2);
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_loadButton);
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_compareButton);
    modelRow->addWidget(m_trainButton);
    top->addLayout(modelRow, 1, 0, 1, 3);
    top->setColumnStretch(0, 1);

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(8, 6, 8, 4);
    column->setSpacing(6);
    column->addLayout(top);
    column->addWidget(m_message);
    column->addWidget(m_splitter, 1);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &TtsPanel::speak);
    }
    connect(m_speakButton, &QPushButton::clicked, this, &TtsPanel::speak);
    connect(m_cancelButton, &QPushButton::clicked, this, &TtsPanel::cancel);
    connect(m_compareButton, &QPushButton::clicked, this, &TtsPanel::compare);
    connect(m_trainButton, &QPushButton::clicked, this, &TtsPanel::openTraining);
    connect(m_loadButton, &QPushButton::clicked, this, &TtsPanel::chooseCheckpoint);
    connect(m_controls, &TtsControlsBar::modelChosen, this,
            [this](int model) { loadShippedModel(model == TtsControlsBar::Tacotron2); });
    connect(m_pipeline, &TtsPipelineView::statusMessage, this, &TtsPanel::statusMessage);
    connect(m_pipeline, &TtsPipelineView::errorOccurred, this,
            [this](const QString &title, const QString &message) {
                showError(title, message.toHtmlEscaped());
            });
    connect(backend, &ModelBackend::finished, this, &TtsPanel::onFinished);
    connect(backend, &ModelBackend::failed, this, &TtsPanel::onFailed);
    connect(backend, &ModelBackend::cancelled, this, &TtsPanel::onCancelled);
    connect(backend, &ModelBackend::progress, this, &TtsPanel::onProgress);
    connect(backend, &ModelBackend::started, this, [this](ModelBackend::JobId id) {
        if (!m_speakJob || id != *m_speakJob)
            return;
        m_speakStarted = true;
        if (m_waitingShown)
            m_message->clearMessage();
        m_waitingShown = false;
    });

    setColorMap(AnalysisParams::fromSettings().colorMap);
    retranslate();
    updateButtons();
}

TtsPanel::~TtsPanel()
{
    if (m_loadJob)
        m_backend->cancel(*m_loadJob);
    if (m_speakJob)
        m_backend->cancel(*m_speakJob);
}

QString TtsPanel::shippedModelPath(QString *error, bool tacotron)
{
    try {
        return QString::fromStdString(
            bundledModelPath(tacotron ? kBundledTacotron2 : kBundledFastSpeech2));
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return {};
    }
}

void TtsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The model loads when the tab is first opened, not at every start of the application.
    if (!m_triedShipped && !m_engine && !m_loadJob)
        loadShippedModel();
}

void TtsPanel::loadShippedModel(bool tacotron)
{
    m_triedShipped = true;
    QString problem;
    const QString path = shippedModelPath(&problem, tacotron);
    if (path.isEmpty()) {
        m_shippedProblem =
            tr("The shipped %1 model (%2) is not there yet. Train one with "
               "<code>wavebench tts train</code>, or pick a checkpoint with the Load model button.")
                .arg(tacotron ? QStringLiteral("Tacotron 2") : QStringLiteral("FastSpeech 2"))
                .arg(QString::fromLatin1(tacotron ? kBundledTacotron2 : kBundledFastSpeech2)
                         .toHtmlEscaped());
        updateModelLabel();
        m_message->showMessage(m_shippedProblem, MessageStrip::Kind::Notice);
        Q_EMIT statusMessage(tr("No text-to-speech model yet: %1").arg(sentence(problem)));
        return;
    }
    m_shippedProblem.clear();
    loadCheckpoint(path);
}

void TtsPanel::loadCheckpoint(const QString &path)
{
    if (m_loadJob)
        m_backend->cancel(*m_loadJob);
    m_loadPath = path;
    m_loadJob = m_backend->submit(Lane::Analysis, tr("Loading a text-to-speech checkpoint"),
                                  ttsjobs::load(path));
    updateModelLabel();
    updateButtons();
}

void TtsPanel::speak()
{
    if (m_speakJob)
        return;
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty()) {
        showError(tr("Nothing to say"),
                  tr("The text box is empty: type a sentence in English first."));
        return;
    }
    if (!m_engine) {
        if (m_loadJob) {
            // Spoken as soon as the model is ready.
            m_speakWhenLoaded = true;
            m_message->showMessage(
                tr("The model is still loading; it will speak as soon as it is ready."),
                MessageStrip::Kind::Notice);
            return;
        }
        showError(tr("No model"),
                  m_shippedProblem.isEmpty()
                      ? tr("No text-to-speech model is loaded: pick a FastSpeech 2 or Tacotron 2 checkpoint "
                           "with the Load model button.")
                      : m_shippedProblem);
        return;
    }
    m_message->clearMessage();
    m_speakJob =
        m_backend->submit(Lane::Model, tr("Speaking %n character(s)", nullptr, int(text.size())),
                          ttsjobs::speak(m_engine, text, m_controls->controls()));
    m_speakStarted = m_waitingShown = false;
    // Model jobs run one at a time: say so when another tab's training or generation holds the
    // lane.
    QTimer::singleShot(400, this, [this, id = *m_speakJob] {
        if (m_speakJob && *m_speakJob == id && !m_speakStarted) {
            m_message->showMessage(
                tr("Waiting for the model job already running (training or generating in "
                   "another tab) to finish; Cancel stops waiting."),
                MessageStrip::Kind::Notice);
            m_waitingShown = true;
        }
    });
    m_progress->setValue(0);
    updateButtons();
    Q_EMIT busyChanged(true);
}

void TtsPanel::compare()
{
    if (m_speakJob)
        return;
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty()) {
        showError(tr("Nothing to say"),
                  tr("The text box is empty: type a sentence in English first."));
        return;
    }
    QString problem;
    const QString fast = shippedModelPath(&problem, false);
    const QString taco = fast.isEmpty() ? QString() : shippedModelPath(&problem, true);
    if (fast.isEmpty() || taco.isEmpty()) {
        showError(tr("Cannot compare"), sentence(problem).toHtmlEscaped());
        return;
    }
    m_message->clearMessage();
    m_comparing = true;
    m_speakJob = m_backend->submit(Lane::Model, tr("Comparing FastSpeech 2 and Tacotron 2"),
                                   ttsjobs::compare(fast, taco, text, m_controls->controls()));
    m_speakStarted = m_waitingShown = false;
    m_progress->setValue(0);
    updateButtons();
    Q_EMIT busyChanged(true);
}

void TtsPanel::cancel()
{
    m_speakWhenLoaded = false;
    if (m_speakJob)
        m_backend->cancel(*m_speakJob);
}

void TtsPanel::setText(const QString &text)
{
    m_text->setPlainText(text);
}

QString TtsPanel::text() const
{
    return m_text->toPlainText();
}

void TtsPanel::setColorMap(const QString &name)
{
    m_pipeline->setColorMap(name);
}

QString TtsPanel::message() const
{
    return m_message->message();
}

void TtsPanel::onProgress(ModelBackend::JobId id, double fraction)
{
    if (m_speakJob && id == *m_speakJob)
        m_progress->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)));
}

void TtsPanel::onFinished(ModelBackend::JobId id, const QVariant &result)
{
    if (m_loadJob && id == *m_loadJob) {
        m_loadJob.reset();
        m_engine = result.value<ttsjobs::Engine>();
        if (m_engine) {
            m_controls->showModel(m_engine->model == QLatin1String("tacotron2")
                                      ? TtsControlsBar::Tacotron2
                                      : TtsControlsBar::FastSpeech2);
            m_controls->setWaveNetAvailable(
                m_engine->hasVocoder, tr("No WaveNet vocoder: %1").arg(m_engine->vocoderProblem));
        }
        m_shippedProblem.clear();
        m_message->clearMessage();
        updateModelLabel();
        updateButtons();
        Q_EMIT statusMessage(
            tr("Text-to-speech model loaded: %1").arg(QFileInfo(m_loadPath).fileName()));
        Q_EMIT modelLoaded(m_loadPath);
        if (m_speakWhenLoaded) {
            m_speakWhenLoaded = false;
            speak();
        }
        return;
    }
    if (!m_speakJob || id != *m_speakJob)
        return;
    const bool comparing = m_comparing;
    endSpeak();
    if (comparing) {
        m_progress->setValue(1000);
        if (!m_compareDialog) {
            m_compareDialog = new TtsCompareDialog(this);
            m_compareDialog->setColorMap(AnalysisParams::fromSettings().colorMap);
            connect(m_compareDialog, &TtsCompareDialog::statusMessage, this,
                    &TtsPanel::statusMessage);
        }
        const auto comparison = result.value<ttsjobs::Comparison>();
        m_compareDialog->showComparison(comparison);
        m_compareDialog->show();
        m_compareDialog->raise();
        if (comparison)
            Q_EMIT statusMessage(tr("FastSpeech 2's acoustic model was %1× faster than Tacotron 2's.")
                                     .arg(QLocale().toString(comparison->acousticSpeedup(), 'f', 1)));
        Q_EMIT compared();
        return;
    }
    const auto output = result.value<ttsjobs::Output>();
    m_progress->setValue(1000);
    m_pipeline->showOutput(output);
    if (output)
        Q_EMIT statusMessage(
            tr("Spoke %1 s of audio in %2 ms.")
                .arg(QLocale().toString(output->result.audioSeconds(), 'f', 2))
                .arg(QLocale().toString(output->result.timings.total() * 1000.0, 'f', 0)));
    Q_EMIT spoken();
}

void TtsPanel::onFailed(ModelBackend::JobId id, const QString &message)
{
    if (m_loadJob && id == *m_loadJob) {
        m_loadJob.reset();
        m_speakWhenLoaded = false;
        updateModelLabel();
        updateButtons();
        showError(tr("Cannot load the checkpoint"),
                  QStringLiteral("%1 %2").arg(
                      sentence(message).toHtmlEscaped(),
                      m_engine ? tr("The model in use is unchanged.")
                               : tr("Pick another one with the Load model button.")));
        return;
    }
    if (!m_speakJob || id != *m_speakJob)
        return;
    endSpeak();
    m_progress->setValue(0);
    showError(tr("Cannot speak this text"), sentence(message).toHtmlEscaped());
}

void TtsPanel::onCancelled(ModelBackend::JobId id)
{
    if (m_loadJob && id == *m_loadJob) {
        m_loadJob.reset();
        updateModelLabel();
        updateButtons();
        return;
    }
    if (!m_speakJob || id != *m_speakJob)
        return;
    endSpeak();
    m_progress->setValue(0);
    m_message->showMessage(tr("Cancelled: the stages still show the previous result."),
                           MessageStrip::Kind::Notice);
    Q_EMIT statusMessage(tr("Speech cancelled."));
    Q_EMIT speakCancelled();
}

void TtsPanel::endSpeak()
{
    m_speakJob.reset();
    m_comparing = false;
    if (m_waitingShown)
        m_message->clearMessage();
    m_waitingShown = false;
    updateButtons();
    Q_EMIT busyChanged(false);
}

void TtsPanel::showError(const QString &title, const QString &message)
{
    m_message->showMessage(QStringLiteral("<b>%1</b>: %2").arg(title.toHtmlEscaped(), message),
                           MessageStrip::Kind::Error);
    QString plain = message;
    plain.remove(QStringLiteral("<code>")).remove(QStringLiteral("</code>"));
    Q_EMIT statusMessage(QStringLiteral("%1: %2").arg(title, plain));
    Q_EMIT errorOccurred(title, plain);
}

void TtsPanel::chooseCheckpoint()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Text-to-Speech Checkpoint"), checkpointDirectory(),
        tr("Safetensors checkpoints (*.safetensors);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("tts/checkpointDirectory"), QFileInfo(path).absolutePath());
    loadCheckpoint(path);
}

void TtsPanel::updateModelLabel()
{
    const QLocale locale;
    QString text;
    if (m_loadJob) {
        text = tr("Loading %1…").arg(QDir::toNativeSeparators(m_loadPath));
    } else if (m_engine) {
        text =
            tr("In use: %1 — %2 parameters")
                .arg(QFileInfo(m_engine->path).fileName(), locale.toString(m_engine->parameters));
        if (!m_engine->steps.isEmpty())
            text += tr(", trained %1 steps").arg(locale.toString(m_engine->steps.toLongLong()));
        text += QStringLiteral(" (%1)").arg(m_engine->description);
    } else {
        text = tr("No model loaded.");
    }
    m_model->setText(text);
    m_model->setToolTip(m_engine ? QDir::toNativeSeparators(m_engine->path) : QString());
}

void TtsPanel::openTraining()
{
    if (!m_trainDialog) {
        m_trainDialog = new TtsTrainDialog(m_backend, this);
        connect(m_trainDialog, &TtsTrainDialog::statusMessage, this, &TtsPanel::statusMessage);
        connect(m_trainDialog, &TtsTrainDialog::modelReady, this, &TtsPanel::loadCheckpoint);
    }
    m_trainDialog->show();
    m_trainDialog->raise();
}

void TtsPanel::updateButtons()
{
    m_speakButton->setEnabled(!m_speakJob);
    m_cancelButton->setEnabled(m_speakJob.has_value());
    m_loadButton->setEnabled(!m_speakJob);
    m_compareButton->setEnabled(!m_speakJob);
}

void TtsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TtsPanel::retranslate()
{
    m_text->setToolTip(
        tr("English text: numbers, dates, times and money are spelled out before the phonemes "
           "(Ctrl+Return speaks)"));
    m_text->setPlaceholderText(tr("Type a sentence in English…"));
    m_speakButton->setText(tr("Speak"));
    m_speakButton->setToolTip(tr("Synthesize the text (Ctrl+Return)"));
    m_cancelButton->setText(tr("Cancel"));
    m_loadButton->setText(tr("Load model…"));
    m_compareButton->setText(tr("Compare models…"));
    m_compareButton->setToolTip(
        tr("Speak the text with FastSpeech 2 and Tacotron 2 and show both side by side"));
    m_loadButton->setToolTip(tr("Load a FastSpeech 2 or Tacotron 2 checkpoint (.safetensors)"));
    m_trainButton->setText(tr("Train…"));
    m_trainButton->setToolTip(tr("Train a FastSpeech 2 or Tacotron 2 model on a corpus, with a live loss chart"));
    m_explainer->setHtml(explainerHtml());
    if (!m_shippedProblem.isEmpty() && m_triedShipped && !m_engine && !m_loadJob) {
        // Re-say why there is no model, in the new language.
        m_shippedProblem.clear();
        loadShippedModel(m_controls->modelBox()->currentIndex() == TtsControlsBar::Tacotron2);
    }
    updateModelLabel();
}

} // namespace wb
