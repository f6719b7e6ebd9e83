#include "VoiceCloningPanel.h"

#include "AnalysisParams.h"
#include "CloneOutputView.h"
#include "ConsentBox.h"
#include "MessageStrip.h"
#include "ReferenceRecorder.h"
#include "SpeakerMapView.h"
#include "VoiceSimilarityTable.h"

#include <QComboBox>
#include <QSpinBox>
#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wb {

VoiceCloningPanel::VoiceCloningPanel(ModelBackend *backend, QWidget *parent)
    : QWidget(parent), m_backend(backend)
{
    qRegisterMetaType<cloningjobs::Assets>();
    qRegisterMetaType<cloningjobs::Reference>();
    qRegisterMetaType<cloningjobs::Output>();
    qRegisterMetaType<cloningjobs::Detection>();
    qRegisterMetaType<LoadedClip>();

    auto *left = new QWidget;
    m_explainer = new QTextBrowser(left);
    m_consent = new ConsentBox(left);
    m_recorder = new ReferenceRecorder(left);
    m_referenceBox = new QGroupBox(left);
    m_referenceList = new QListWidget(m_referenceBox);
    m_referenceSummary = new QLabel(m_referenceBox);
    m_removeButton = new QPushButton(m_referenceBox);
    m_saveReferenceButton = new QPushButton(m_referenceBox);
    m_transcriptButton = new QPushButton(m_referenceBox);
    m_modelBox = new QGroupBox(left);
    m_eer = new QLabel(m_modelBox);
    m_assetLabel = new QLabel(m_modelBox);
    m_loadEncoder = new QPushButton(m_modelBox);
    m_loadMap = new QPushButton(m_modelBox);
    m_loadModel = new QPushButton(m_modelBox);

    m_explainer->setOpenExternalLinks(false);
    m_explainer->setMinimumHeight(150);
    m_explainer->setMaximumHeight(260);
    m_referenceList->setMaximumHeight(90);
    m_referenceSummary->setWordWrap(true);
    m_eer->setWordWrap(true);
    // Three short lines, unwrapped: a wrapped label may be squeezed in the scroll area.
    for (QLabel *l : {m_eer, m_assetLabel})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *refButtons = new QHBoxLayout;
    refButtons->addWidget(m_removeButton);
    refButtons->addWidget(m_saveReferenceButton);
    refButtons->addWidget(m_transcriptButton);
    auto *refColumn = new QVBoxLayout(m_referenceBox);
    refColumn->setSpacing(4);
    refColumn->addWidget(m_referenceList);
    refColumn->addWidget(m_referenceSummary);
    refColumn->addLayout(refButtons);

    auto *loadRow = new QHBoxLayout;
    loadRow->addWidget(m_loadEncoder);
    loadRow->addWidget(m_loadMap);
    loadRow->addWidget(m_loadModel);
    auto *modelColumn = new QVBoxLayout(m_modelBox);
    modelColumn->setSpacing(4);
    modelColumn->addWidget(m_eer);
    modelColumn->addWidget(m_assetLabel);
    modelColumn->addLayout(loadRow);

    auto *leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 4, 0);
    // Never squeezed below what it needs: the scroll area scrolls instead.
    leftColumn->setSizeConstraint(QLayout::SetMinAndMaxSize);
    leftColumn->addWidget(m_explainer);
    leftColumn->addWidget(m_consent);
    leftColumn->addWidget(m_recorder);
    leftColumn->addWidget(m_referenceBox);
    leftColumn->addWidget(m_modelBox);
    leftColumn->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Wrapped text fits the column; a control wider than it scrolls rather than being cut.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setMinimumWidth(380);

    // Right: the map with the similarity table, then the clone.
    m_mapBox = new QGroupBox(this);
    m_map = new SpeakerMapView(m_mapBox);
    m_table = new VoiceSimilarityTable(m_mapBox);
    m_mapCaption = new QLabel(m_mapBox);
    m_mapCaption->setWordWrap(true);
    auto *mapSplit = new QSplitter(Qt::Horizontal, m_mapBox);
    mapSplit->addWidget(m_map);
    mapSplit->addWidget(m_table);
    mapSplit->setStretchFactor(0, 3);
    mapSplit->setStretchFactor(1, 2);
    mapSplit->setSizes({620, 400});
    mapSplit->setChildrenCollapsible(false);
    auto *mapColumn = new QVBoxLayout(m_mapBox);
    mapColumn->setSpacing(4);
    mapColumn->addWidget(mapSplit, 1);
    mapColumn->addWidget(m_mapCaption);

    m_cloneBox = new QGroupBox(this);
    m_text = new QPlainTextEdit(m_cloneBox);
    m_cloneButton = new QPushButton(m_cloneBox);
    m_cancelButton = new QPushButton(m_cloneBox);
    m_vocoderLabel = new QLabel(m_cloneBox);
    m_vocoder = new QComboBox(m_cloneBox);
    m_vocoder->addItem(QStringLiteral("Griffin-Lim")); // a proper name
    m_vocoder->addItem(QString());                     // the source-filter vocoder, named in retranslate()
    m_vocoderLabel->setBuddy(m_vocoder);
    m_refineLabel = new QLabel(m_cloneBox);
    m_refine = new QSpinBox(m_cloneBox);
    m_refine->setRange(0, 8);
    m_refine->setValue(0); // adaptation does more, and the clone test measures it without refinement
    m_refineLabel->setBuddy(m_refine);
    m_adaptLabel = new QLabel(m_cloneBox);
    m_adapt = new QSpinBox(m_cloneBox);
    m_adapt->setRange(0, 200);
    m_adapt->setSingleStep(10);
    m_adapt->setValue(50); // what the clone test measures: seconds on two cores
    m_adaptLabel->setBuddy(m_adapt);
    m_matchPitch = new QCheckBox(m_cloneBox);
    m_matchPitch->setChecked(false); // both speaker encoders find pitch-matched clones further off
    m_progress = new QProgressBar(m_cloneBox);
    m_result = new QLabel(m_cloneBox);
    m_watermark = new QLabel(m_cloneBox);
    m_output = new CloneOutputView(m_cloneBox);
    m_detectButton = new QPushButton(m_cloneBox);
    m_detectFileButton = new QPushButton(m_cloneBox);
    m_detection = new QLabel(m_cloneBox);
    //: The sentence the Voice Cloning tab opens with. The model speaks English only: keep it in English.
    m_text->setPlainText(tr("This is not really me speaking: it is a cloned voice, made with consent."));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(3 * QFontMetrics(m_text->font()).lineSpacing() + 14);
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_cloneButton->setFont(bold);
    m_cloneButton->setMinimumSize(130, 40);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(12);
    for (QLabel *l : {m_result, m_watermark, m_detection}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *cloneColumn = new QVBoxLayout;
    cloneColumn->addWidget(m_cloneButton);
    auto *vocoderRow = new QHBoxLayout;
    vocoderRow->addWidget(m_vocoderLabel);
    vocoderRow->addWidget(m_vocoder, 1);
    cloneColumn->addLayout(vocoderRow);
    auto *refineRow = new QHBoxLayout;
    refineRow->addWidget(m_refineLabel);
    refineRow->addWidget(m_refine, 1);
    cloneColumn->addLayout(refineRow);
    auto *adaptRow = new QHBoxLayout;
    adaptRow->addWidget(m_adaptLabel);
    adaptRow->addWidget(m_adapt, 1);
    cloneColumn->addLayout(adaptRow);
    cloneColumn->addWidget(m_matchPitch);
    auto *cancelRow = new QHBoxLayout;
    cancelRow->addWidget(m_progress, 1);
    cancelRow->addWidget(m_cancelButton);
    cloneColumn->addLayout(cancelRow);
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_text, 1);
    textRow->addLayout(cloneColumn);
    auto *detectRow = new QHBoxLayout;
    detectRow->addWidget(m_detectButton);
    detectRow->addWidget(m_detectFileButton);
    detectRow->addWidget(m_detection, 1);
    auto *cloneBoxColumn = new QVBoxLayout(m_cloneBox);
    cloneBoxColumn->setSpacing(4);
    cloneBoxColumn->addLayout(textRow);
    cloneBoxColumn->addWidget(m_result);
    cloneBoxColumn->addWidget(m_output, 1);
    cloneBoxColumn->addStretch(0); // takes the room while there is no clone yet
    cloneBoxColumn->addWidget(m_watermark);
    cloneBoxColumn->addLayout(detectRow);

    auto *rightSplit = new QSplitter(Qt::Vertical, this);
    rightSplit->addWidget(m_mapBox);
    rightSplit->addWidget(m_cloneBox);
    rightSplit->setStretchFactor(0, 1);
    rightSplit->setStretchFactor(1, 1);
    rightSplit->setChildrenCollapsible(false);

    m_message = new MessageStrip(this);
    auto *row = new QHBoxLayout;
    row->addWidget(scroll);
    row->addWidget(rightSplit, 1);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(8, 6, 8, 4);
    column->setSpacing(6);
    column->addWidget(m_message);
    column->addLayout(row, 1);

    connect(m_consent, &ConsentBox::changed, this, &VoiceCloningPanel::updateButtons);
    connect(m_recorder, &ReferenceRecorder::recorded, this, &VoiceCloningPanel::addRecording);
    connect(m_recorder, &ReferenceRecorder::fileChosen, this, &VoiceCloningPanel::addReferenceFile);
    connect(m_recorder, &ReferenceRecorder::error, this, [this](const QString &message) {
        showError(tr("Recording failed: %1").arg(message.toHtmlEscaped()));
    });
    connect(m_referenceList, &QListWidget::currentRowChanged, this, &VoiceCloningPanel::updateButtons);
    connect(m_removeButton, &QPushButton::clicked, this,
            [this] { removeReference(m_referenceList->currentRow()); });
    connect(m_saveReferenceButton, &QPushButton::clicked, this, &VoiceCloningPanel::chooseSaveReference);
    connect(m_transcriptButton, &QPushButton::clicked, this, &VoiceCloningPanel::editTranscript);
    connect(m_loadEncoder, &QPushButton::clicked, this, [this] { chooseAsset(0); });
    connect(m_loadMap, &QPushButton::clicked, this, [this] { chooseAsset(1); });
    connect(m_loadModel, &QPushButton::clicked, this, [this] { chooseAsset(2); });
    connect(m_cloneButton, &QPushButton::clicked, this, &VoiceCloningPanel::clone);
    connect(m_cancelButton, &QPushButton::clicked, this, &VoiceCloningPanel::cancel);
    connect(m_detectButton, &QPushButton::clicked, this, &VoiceCloningPanel::detectCurrent);
    connect(m_detectFileButton, &QPushButton::clicked, this, &VoiceCloningPanel::chooseDetectFile);
    connect(m_output, &CloneOutputView::statusMessage, this, &VoiceCloningPanel::statusMessage);
    connect(m_output, &CloneOutputView::errorOccurred, this,
            [this](const QString &, const QString &message) { showError(message); });
    connect(backend, &ModelBackend::finished, this, &VoiceCloningPanel::onFinished);
    connect(backend, &ModelBackend::failed, this, &VoiceCloningPanel::onFailed);
    connect(backend, &ModelBackend::cancelled, this, &VoiceCloningPanel::onCancelled);
    connect(backend, &ModelBackend::progress, this, &VoiceCloningPanel::onProgress);

    m_output->setColorMap(AnalysisParams::fromSettings().colorMap);
    m_output->hide(); // until there is a clone to show
    retranslate();
    updateButtons();
}

VoiceCloningPanel::~VoiceCloningPanel()
{
    for (const auto &job : {m_assetsJob, m_cloneJob, m_detectJob})
        if (job)
            m_backend->cancel(*job);
    for (ModelBackend::JobId id : m_embedJobs)
        m_backend->cancel(id);
}

void VoiceCloningPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The models load when the tab is first opened, not at every start of the application.
    if (!m_triedShipped && !m_assets && !m_assetsJob)
        loadAssets();
}

void VoiceCloningPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool VoiceCloningPanel::isBusy() const
{
    return m_assetsJob || m_cloneJob || m_detectJob || !m_embedJobs.empty();
}

QString VoiceCloningPanel::message() const
{
    return m_message->message();
}

cloningjobs::Output VoiceCloningPanel::output() const
{
    return m_output->output();
}

bool VoiceCloningPanel::canClone(QString *whyNot) const
{
    QString why;
    if (!m_consent->isGiven())
        why = tr("Clone needs consent first: name the speaker and tick that they agree.");
    else if (m_references.empty())
        why = tr("Clone needs a reference voice: record one or load a file.");
    else if (!m_assets || !m_assets->canClone())
        why = tr("Clone needs a speaker encoder and a multi-speaker model (see “Models” on the left).");
    else if (m_cloneJob)
        why = tr("Cloning…");
    if (whyNot)
        *whyNot = why;
    return why.isEmpty();
}

void VoiceCloningPanel::updateButtons()
{
    QString why;
    const bool clonable = canClone(&why);
    m_cloneButton->setEnabled(clonable);
    m_cloneButton->setToolTip(clonable ? tr("Speak the text in the reference voice (watermarked)") : why);
    m_cancelButton->setEnabled(bool(m_cloneJob));
    const bool canEmbed = m_assets && m_assets->canEmbed();
    m_recorder->setRecordingAllowed(m_consent->isGiven() && canEmbed,
                                    !m_consent->isGiven() ? tr("Recording needs consent first (step 1).")
                                                          : tr("Recording needs a speaker encoder."));
    m_recorder->loadButton()->setEnabled(canEmbed && !m_recorder->isBusy());
    m_recorder->loadButton()->setToolTip(canEmbed ? QString() : tr("Load a speaker encoder first."));
    const int row = m_referenceList->currentRow();
    m_removeButton->setEnabled(row >= 0);
    m_transcriptButton->setEnabled(row >= 0);
    m_saveReferenceButton->setEnabled(row >= 0 && m_consent->isGiven());
    m_saveReferenceButton->setToolTip(m_consent->isGiven() ? tr("Save the reference as WAV, with its consent "
                                                                "record beside it (.consent.json)")
                                                           : tr("Saving a reference needs consent first."));
    m_detectButton->setEnabled(bool(output()) && !m_detectJob);
    m_detectFileButton->setEnabled(!m_detectJob);
    m_loadEncoder->setEnabled(!m_assetsJob && !m_cloneJob);
    m_loadMap->setEnabled(!m_assetsJob && !m_cloneJob);
    m_loadModel->setEnabled(!m_assetsJob && !m_cloneJob);
    Q_EMIT busyChanged(isBusy());
}

void VoiceCloningPanel::updateAssetTexts()
{
    if (!m_assets) {
        m_eer->setText(m_assetsJob ? tr("Loading the speaker encoder, the map and the model…")
                                   : tr("No models loaded yet."));
        m_assetLabel->clear();
        return;
    }
    const auto &a = *m_assets;
    const QLocale locale;
    if (a.encoder && a.heldOutEer >= 0.0)
        m_eer->setText(tr("<b>Speaker encoder:</b> equal error rate on %n unseen voice(s): <b>%1%</b> "
                          "(lower is better; 0% tells every pair of voices apart).",
                          nullptr, a.heldOutSpeakers)
                           .arg(locale.toString(a.heldOutEer * 100.0, 'f', 1)));
    else if (a.encoder)
        m_eer->setText(tr("<b>Speaker encoder:</b> this checkpoint records no equal error rate on unseen voices."));
    else
        m_eer->setText(tr("<b>No speaker encoder:</b> nothing can be embedded or cloned."));
    if (a.cloner && a.cloneEvalRate >= 0.0 && a.cloneEvalRefine > 0)
        m_eer->setText(m_eer->text() + QStringLiteral("<br>") +
                       tr("<b>Clone test:</b> on %1 unseen voices, with %3 refinement passes, %2% of %n clone(s) "
                          "came out closest to their own voice (the rest sound nearer another unseen voice).",
                          nullptr, a.cloneEvalTrials)
                           .arg(a.cloneEvalSpeakers)
                           .arg(locale.toString(a.cloneEvalRate * 100.0, 'f', 1))
                           .arg(a.cloneEvalRefine));
    else if (a.cloner && a.cloneEvalRate >= 0.0)
        m_eer->setText(m_eer->text() + QStringLiteral("<br>") +
                       tr("<b>Clone test:</b> on %1 unseen voices, %2% of %n clone(s) came out closest to "
                          "their own voice (the rest sound nearer another unseen voice).",
                          nullptr, a.cloneEvalTrials)
                           .arg(a.cloneEvalSpeakers)
                           .arg(locale.toString(a.cloneEvalRate * 100.0, 'f', 1)));
    if (a.cloner && a.cloneEvalJudgedRate >= 0.0 && a.cloneEvalJudgedRefine == a.cloneEvalRefine)
        m_eer->setText(m_eer->text() + QLatin1Char(' ') +
                       (a.judgeEer >= 0.0
                            ? tr("An independent speaker encoder (another seed and size, equal error rate %2%), "
                                 "which refinement never consulted, puts %1% of the same clones closest to their "
                                 "own voice.")
                                  .arg(locale.toString(a.cloneEvalJudgedRate * 100.0, 'f', 1),
                                       locale.toString(a.judgeEer * 100.0, 'f', 1))
                            : tr("An independent speaker encoder, which refinement never consulted, puts %1% of "
                                 "the same clones closest to their own voice.")
                                  .arg(locale.toString(a.cloneEvalJudgedRate * 100.0, 'f', 1))));
    if (a.cloner && a.cloneEvalAdaptedRate >= 0.0 && a.cloneEvalAdaptedJudgedRate >= 0.0)
        m_eer->setText(m_eer->text() + QLatin1Char(' ') +
                       tr("<b>With adaptation</b> (%1 steps on the references): %2% by the cloner's encoder, "
                          "<b>%3%</b> by the independent one.")
                           .arg(a.cloneEvalAdapt)
                           .arg(locale.toString(a.cloneEvalAdaptedRate * 100.0, 'f', 1),
                                locale.toString(a.cloneEvalAdaptedJudgedRate * 100.0, 'f', 1)));
    if (a.cloner && a.cloneEvalRate >= 0.0 && a.cloneEvalRealRate >= 0.0)
        m_eer->setText(m_eer->text() + QLatin1Char(' ') +
                       tr("Their own recordings, judged the same way: %1%, the most a clone can hope for with these voices and this encoder.")
                           .arg(locale.toString(a.cloneEvalRealRate * 100.0, 'f', 1)));
    // File names only: the message above the tab has the whole story of what is missing.
    const auto line = [this](const QString &what, const QString &path, bool ok) {
        return ok ? QStringLiteral("%1: %2").arg(what, QFileInfo(path).fileName().toHtmlEscaped())
                  : QStringLiteral("%1: <span style='color:#b00020'>%2</span>").arg(what, tr("not loaded"));
    };
    m_assetLabel->setText(QStringList{line(tr("Encoder"), a.paths.encoder, bool(a.encoder)),
                                      line(tr("Map"), a.paths.map, bool(a.map)),
                                      line(tr("Model"), a.paths.model, bool(a.cloner))}
                              .join(QStringLiteral("<br>")));
}

void VoiceCloningPanel::retranslate()
{
    m_explainer->setHtml(explainerHtml());
    m_referenceBox->setTitle(tr("References"));
    m_removeButton->setText(tr("Remove"));
    m_saveReferenceButton->setText(tr("Save reference…"));
    m_transcriptButton->setText(tr("Transcript…"));
    m_transcriptButton->setToolTip(tr("What the selected reference says, word for word: adaptation fine-tunes "
                                      "the model on it. A recording is given the passage it asked you to read; "
                                      "a loaded file, the text of a .txt or .lab file of the same name."));
    m_modelBox->setTitle(tr("Models"));
    m_loadEncoder->setText(tr("Encoder…"));
    m_loadEncoder->setToolTip(tr("Load a speaker encoder checkpoint (wavebench speaker train)"));
    m_loadMap->setText(tr("Map…"));
    m_loadMap->setToolTip(tr("Load a speaker map (wavebench speaker map)"));
    m_loadModel->setText(tr("Model…"));
    m_loadModel->setToolTip(tr("Load a multi-speaker FastSpeech 2 (wavebench tts train --speaker-encoder)"));
    m_mapBox->setTitle(tr("3. Where your voice lands"));
    m_mapCaption->setText(tr("Each dot is one utterance of a known voice, placed by the first two principal "
                             "components of its speaker embedding; the star is your reference, the circled cross "
                             "the clone. The table ranks the known voices by cosine similarity to your reference "
                             "(1 = same direction)."));
    m_cloneBox->setTitle(tr("4. Clone"));
    m_text->setPlaceholderText(tr("Type what the cloned voice should say"));
    m_cloneButton->setText(tr("Clone"));
    m_vocoderLabel->setText(tr("&Vocoder:"));
    m_vocoder->setItemText(1, tr("Source-filter (MLSA)"));
    m_vocoder->setToolTip(tr("Turns the predicted mel-spectrogram into sound. The clone's voice comes from "
                             "the mel, so both vocoders give about the same similarity; the source-filter one "
                             "is clearer, Griffin-Lim smoother"));
    m_refineLabel->setText(tr("&Refine:"));
    m_refine->setSuffix(tr(" pass(es)"));
    m_refine->setToolTip(tr("Analysis by synthesis: after each clone, the speaker encoder hears it, and the "
                            "embedding the model is conditioned on moves by the difference between your "
                            "reference and the clone; the clone the encoder finds nearest your reference is "
                            "kept. Each pass costs one more synthesis. Part of the gain is the clone fitting "
                            "its judge: see the note on the left. 0 = condition on the reference alone, as "
                            "SV2TTS does"));
    m_adaptLabel->setText(tr("&Adapt:"));
    m_adapt->setSpecialValueText(tr("off"));
    m_adapt->setSuffix(tr(" steps"));
    m_adapt->setToolTip(tr("Speaker adaptation (Arik et al., 2018): before cloning, fine-tune the whole model "
                           "for this many steps on your references whose words are known, aligned to the "
                           "model's own reading of them by dynamic time warping. The embedding alone only "
                           "places a new voice among the voices the model learned; adaptation learns yours. "
                           "It takes a few seconds and is reused while the references stay the same."));
    m_matchPitch->setText(tr("&Match my pitch"));
    m_matchPitch->setToolTip(tr("Measure your references' median pitch (pYIN) and shift the clone to it. The "
                                "embedding steers pitch only roughly: clones of unseen voices come out about 2.5 "
                                "semitones off, 0.7 with this, though both speaker encoders then rate them "
                                "further from the voice"));
    m_cancelButton->setText(tr("Cancel"));
    m_detectButton->setText(tr("Detect watermark"));
    m_detectButton->setToolTip(tr("Look for WaveBench's watermark in the clip just cloned"));
    m_detectFileButton->setText(tr("Check a file…"));
    m_detectFileButton->setToolTip(tr("Look for WaveBench's watermark in any audio file"));
    if (m_result->text().isEmpty())
        m_result->setText(tr("The clone's similarity to your reference appears here."));
    if (m_watermark->text().isEmpty())
        m_watermark->setText(tr("Every clip Clone makes carries an inaudible watermark."));
    updateAssetTexts();
    refreshReferences();
    if (const auto out = output())
        showClone(out);
    if (m_hasDetection)
        showDetection(m_lastDetection);
    updateButtons();
}

} // namespace wb
