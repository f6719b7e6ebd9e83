#include "VoiceCloningPanel.h"

#include "AudioFile.h"
#include "CloneOutputView.h"
#include "ConsentBox.h"
#include "MessageStrip.h"
#include "ReferenceRecorder.h"
#include "SpeakerEncoder.h"
#include "SpeakerMapView.h"
#include "VoiceSimilarityTable.h"
#include "WavPathDialog.h"

#include <QCheckBox>
#include <QSpinBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextDocumentFragment>

#include <algorithm>
#include <cmath>

// The Voice Cloning tab's actions: its backend jobs and what their results change.

namespace wb {

namespace {

QString sentence(QString message)
{
    message = message.trimmed();
    if (!message.isEmpty())
        message[0] = message[0].toUpper();
    if (!message.isEmpty() && !message.endsWith(QLatin1Char('.')))
        message += QLatin1Char('.');
    return message;
}

QString consentPathFor(const QString &audioPath)
{
    const QFileInfo info(audioPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".consent.json"));
}

} // namespace

void VoiceCloningPanel::loadAssets(const cloningjobs::AssetPaths &paths)
{
    if (m_assetsJob || m_cloneJob)
        return;
    m_triedShipped = true;
    m_paths = paths;
    m_message->clearMessage();
    m_assetsJob = m_backend->submit(Lane::Analysis, tr("Loading the voice cloning models"),
                                    cloningjobs::loadAssets(paths));
    updateAssetTexts();
    updateButtons();
}

void VoiceCloningPanel::addReferenceFile(const QString &path)
{
    if (!m_assets || !m_assets->canEmbed()) {
        showError(tr("Load a speaker encoder before adding a reference."));
        return;
    }
    m_message->clearMessage();
    m_embedJobs.push_back(m_backend->submit(Lane::Analysis, tr("Embedding the reference voice"),
                                            cloningjobs::embedFile(m_assets, path)));
    // A consent record saved with the reference comes back with it.
    QFile sidecar(consentPathFor(path));
    if (!m_consent->isGiven() && sidecar.open(QIODevice::ReadOnly))
        m_consent->setFromJson(QJsonDocument::fromJson(sidecar.readAll()).object());
    updateButtons();
}

void VoiceCloningPanel::addRecording(const LoadedClip &clip)
{
    if (clip.isEmpty())
        return;
    if (!m_assets || !m_assets->canEmbed()) {
        showError(tr("Load a speaker encoder before adding a reference."));
        return;
    }
    ++m_recordings;
    m_embedJobs.push_back(m_backend->submit(Lane::Analysis, tr("Embedding the reference voice"),
                                            cloningjobs::embedAudio(m_assets, clip.audio,
                                                                    tr("Recording %1").arg(m_recordings),
                                                                    m_recorder->passage())));
    updateButtons();
}

bool VoiceCloningPanel::setTranscript(int index, const QString &text)
{
    if (index < 0 || std::size_t(index) >= m_references.size())
        return false;
    m_references[std::size_t(index)].transcript = text.simplified();
    refreshReferences();
    return true;
}

void VoiceCloningPanel::editTranscript()
{
    const int index = m_referenceList->currentRow();
    if (index < 0 || std::size_t(index) >= m_references.size())
        return;
    const cloningjobs::Reference &r = m_references[std::size_t(index)];
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Transcript"),
        tr("What “%1” says, word for word. Adaptation fine-tunes the model on it; leave it empty if you "
           "do not know.")
            .arg(r.name),
        r.transcript, &ok);
    if (ok)
        setTranscript(index, text);
}

void VoiceCloningPanel::removeReference(int index)
{
    if (index < 0 || std::size_t(index) >= m_references.size())
        return;
    m_references.erase(m_references.begin() + index);
    refreshReferences();
    Q_EMIT referencesChanged();
}

void VoiceCloningPanel::clearReferences()
{
    m_references.clear();
    refreshReferences();
    Q_EMIT referencesChanged();
}

std::vector<float> VoiceCloningPanel::referenceEmbedding() const
{
    std::vector<std::vector<float>> all;
    for (const auto &r : m_references)
        all.push_back(r.embedding);
    return all.empty() ? std::vector<float>() : averageEmbedding(all);
}

double VoiceCloningPanel::referenceF0() const
{
    // The geometric mean of the references' median F0s: pitch is heard on a log scale.
    double logSum = 0.0;
    int n = 0;
    for (const auto &r : m_references)
        if (r.medianF0 > 0.0) {
            logSum += std::log(r.medianF0);
            ++n;
        }
    return n > 0 ? std::exp(logSum / n) : 0.0;
}

bool VoiceCloningPanel::saveReference(int index, const QString &path, QString *error)
{
    if (index < 0 || std::size_t(index) >= m_references.size() || !m_references[std::size_t(index)].audio) {
        *error = tr("There is no such reference.");
        return false;
    }
    if (!m_consent->isGiven()) {
        *error = tr("A reference is saved only with the speaker's consent.");
        return false;
    }
    try {
        AudioFile::write(QFile::encodeName(path).toStdString(), *m_references[std::size_t(index)].audio,
                         WriteFormat::Wav16);
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    const QString words = m_references[std::size_t(index)].transcript;
    if (!words.isEmpty()) {
        // What it says, where a later load finds it (sidecarTranscript).
        const QFileInfo info(path);
        QSaveFile transcript(info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".txt"));
        if (!transcript.open(QIODevice::WriteOnly) || transcript.write(words.toUtf8() + '\n') < 0 ||
            !transcript.commit()) {
            *error = tr("The audio was saved but its transcript could not be written: %1").arg(transcript.errorString());
            return false;
        }
    }
    QJsonObject consent = m_consent->toJson();
    consent.insert(QStringLiteral("audio"), QFileInfo(path).fileName());
    QSaveFile sidecar(consentPathFor(path));
    if (!sidecar.open(QIODevice::WriteOnly) ||
        sidecar.write(QJsonDocument(consent).toJson()) < 0 || !sidecar.commit()) {
        *error = tr("The audio was saved but its consent record could not be written: %1")
                     .arg(sidecar.errorString());
        return false;
    }
    return true;
}

void VoiceCloningPanel::clone()
{
    QString why;
    if (!canClone(&why)) {
        showError(why);
        return;
    }
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        showError(tr("Type a sentence for the cloned voice to say."));
        return;
    }
    m_message->clearMessage();
    m_progress->setValue(0);
    TtsControls controls;
    controls.vocoder = m_vocoder->currentIndex() == 1 ? TtsVocoder::SourceFilter : TtsVocoder::GriffinLim;
    CloneOptions options;
    options.refinePasses = m_refine->value();
    if (m_matchPitch->isChecked())
        options.referenceF0Hz = referenceF0(); // 0 (no voiced reference): the model's own pitch
    std::vector<cloningjobs::ReferenceTake> takes;
    bool transcribed = false;
    for (const auto &r : m_references) {
        takes.push_back({r.audio, r.transcript});
        transcribed = transcribed || !r.transcript.isEmpty();
    }
    // Without a reference whose words are known there is nothing to adapt on: the clone says so.
    const int adaptSteps = transcribed ? m_adapt->value() : 0;
    m_cloneJob = m_backend->submit(Lane::Model, adaptSteps > 0 ? tr("Adapting to the voice and cloning") : tr("Cloning a voice"),
                                   cloningjobs::clone(m_assets, text, referenceEmbedding(), takes, controls, options,
                                                      adaptSteps));
    updateButtons();
}

void VoiceCloningPanel::cancel()
{
    if (m_cloneJob)
        m_backend->cancel(*m_cloneJob);
}

void VoiceCloningPanel::detectCurrent()
{
    const auto out = output();
    if (!out || m_detectJob)
        return;
    m_detectJob = m_backend->submit(Lane::Analysis, tr("Looking for the watermark"),
                                    cloningjobs::detect(out->audio, QString()));
    updateButtons();
}

void VoiceCloningPanel::detectFile(const QString &path)
{
    if (m_detectJob || path.isEmpty())
        return;
    m_detectJob = m_backend->submit(Lane::Analysis, tr("Looking for the watermark"),
                                    cloningjobs::detect(nullptr, path));
    updateButtons();
}

void VoiceCloningPanel::onFinished(ModelBackend::JobId id, const QVariant &result)
{
    if (m_assetsJob && id == *m_assetsJob) {
        m_assetsJob.reset();
        showAssets(result.value<cloningjobs::Assets>());
        Q_EMIT assetsLoaded();
    } else if (const auto it = std::find(m_embedJobs.begin(), m_embedJobs.end(), id); it != m_embedJobs.end()) {
        m_embedJobs.erase(it);
        m_references.push_back(result.value<cloningjobs::Reference>());
        refreshReferences();
        m_referenceList->setCurrentRow(int(m_references.size()) - 1);
        m_recorder->stateLabel()->setText(tr("Added “%1” as a reference.").arg(m_references.back().name));
        Q_EMIT referencesChanged();
    } else if (m_cloneJob && id == *m_cloneJob) {
        m_cloneJob.reset();
        m_progress->setValue(m_progress->maximum());
        m_output->showOutput(result.value<cloningjobs::Output>());
        m_output->show();
        showClone(output());
        Q_EMIT cloned();
    } else if (m_detectJob && id == *m_detectJob) {
        m_detectJob.reset();
        showDetection(result.value<cloningjobs::Detection>());
    } else {
        return;
    }
    updateButtons();
}

void VoiceCloningPanel::onFailed(ModelBackend::JobId id, const QString &message)
{
    if (m_assetsJob && id == *m_assetsJob) {
        m_assetsJob.reset();
        showError(tr("The models could not be loaded: %1").arg(message.toHtmlEscaped()));
        updateAssetTexts();
    } else if (const auto it = std::find(m_embedJobs.begin(), m_embedJobs.end(), id); it != m_embedJobs.end()) {
        m_embedJobs.erase(it);
        showError(tr("The reference was not added: %1").arg(sentence(message).toHtmlEscaped()));
        m_recorder->stateLabel()->setText(tr("The reference was not added."));
        Q_EMIT referenceFailed(message);
    } else if (m_cloneJob && id == *m_cloneJob) {
        m_cloneJob.reset();
        m_progress->setValue(0);
        showError(tr("Cloning failed: %1").arg(sentence(message).toHtmlEscaped()));
    } else if (m_detectJob && id == *m_detectJob) {
        m_detectJob.reset();
        showError(tr("The watermark could not be checked: %1").arg(sentence(message).toHtmlEscaped()));
    } else {
        return;
    }
    updateButtons();
}

void VoiceCloningPanel::onCancelled(ModelBackend::JobId id)
{
    if (m_cloneJob && id == *m_cloneJob) {
        m_cloneJob.reset();
        m_progress->setValue(0);
        Q_EMIT statusMessage(tr("Cloning cancelled"));
    } else if (m_assetsJob && id == *m_assetsJob) {
        m_assetsJob.reset();
    } else if (m_detectJob && id == *m_detectJob) {
        m_detectJob.reset();
    } else if (const auto it = std::find(m_embedJobs.begin(), m_embedJobs.end(), id); it != m_embedJobs.end()) {
        m_embedJobs.erase(it);
    } else {
        return;
    }
    updateButtons();
}

void VoiceCloningPanel::onProgress(ModelBackend::JobId id, double fraction)
{
    if (m_cloneJob && id == *m_cloneJob)
        m_progress->setValue(int(fraction * m_progress->maximum()));
}

void VoiceCloningPanel::chooseAsset(int which)
{
    const QString titles[] = {tr("Load a Speaker Encoder"), tr("Load a Speaker Map"),
                              tr("Load a Multi-speaker Model")};
    const QString path = QFileDialog::getOpenFileName(this, titles[which], QString(),
                                                      tr("Safetensors files (*.safetensors)"));
    if (path.isEmpty())
        return;
    cloningjobs::AssetPaths p = m_assets ? m_assets->paths : m_paths;
    (which == 0 ? p.encoder : which == 1 ? p.map : p.model) = path;
    loadAssets(p);
}

void VoiceCloningPanel::chooseDetectFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Check a File for the Watermark"), QString(),
                                                      tr("Audio files (*.wav *.flac *.ogg *.aiff *.aif *.mp3)"));
    detectFile(path);
}

void VoiceCloningPanel::chooseSaveReference()
{
    const int row = m_referenceList->currentRow();
    const QString path = askWavPath(this, tr("Save the Reference"), QStringLiteral("reference.wav"),
                                    tr("WAV audio (*.wav)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveReference(row, path, &error))
        Q_EMIT statusMessage(tr("Saved %1 and its consent record").arg(QDir::toNativeSeparators(path)));
    else
        showError(error.toHtmlEscaped());
}

void VoiceCloningPanel::showError(const QString &message)
{
    m_message->showMessage(message, MessageStrip::Kind::Error);
    Q_EMIT statusMessage(QTextDocumentFragment::fromHtml(message).toPlainText());
}

} // namespace wb
