#include "VoiceCloningPanel.h"

#include "CloneOutputView.h"
#include "MessageStrip.h"
#include "SpeakerEncoder.h"
#include "SpeakerMapView.h"
#include "VoiceSimilarityTable.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

// What the Voice Cloning tab shows of its models, references, clone and watermark checks.

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

} // namespace

void VoiceCloningPanel::showAssets(const cloningjobs::Assets &assets)
{
    m_assets = assets;
    // References embedded by another encoder do not fit this one's space.
    if (!m_references.empty() && assets && assets->encoder &&
        m_references.front().embedding.size() != std::size_t(assets->encoder->dimension()))
        m_references.clear();
    if (assets && assets->map) {
        const SpeakerMap &map = *assets->map;
        QStringList names;
        for (const auto &n : map.speakerNames)
            names << QString::fromStdString(n);
        m_map->setMap(names, map.heldOut, assets->points, map.speakerOf, assets->projection.explained());
    } else {
        m_map->clearMap();
    }
    QStringList problems;
    if (!assets || !assets->encoder)
        problems << tr("No speaker encoder: %1").arg(assets ? assets->encoderProblem.toHtmlEscaped() : QString());
    if (assets && !assets->map)
        problems << tr("No speaker map: %1").arg(assets->mapProblem.toHtmlEscaped());
    if (assets && assets->encoder && !assets->cloner)
        problems << tr("No multi-speaker model, so Clone is unavailable: %1").arg(assets->modelProblem.toHtmlEscaped());
    if (!problems.isEmpty())
        m_message->showMessage(problems.join(QStringLiteral("<br>")) +
                                   tr("<br>Train them with <code>wavebench speaker train</code>, "
                                      "<code>wavebench speaker map</code> and <code>wavebench tts train "
                                      "--speaker-encoder</code>, or load files under “Models”."),
                               MessageStrip::Kind::Notice);
    updateAssetTexts();
    refreshReferences();
    m_output->clear();
    m_output->hide();
    m_map->clearClone();
}

void VoiceCloningPanel::refreshReferences()
{
    const int row = m_referenceList->currentRow();
    {
        const QSignalBlocker block(m_referenceList);
        m_referenceList->clear();
        const QLocale locale;
        for (const auto &r : m_references) {
            QString line = r.medianF0 > 0.0 ? tr("%1 — %2 s of speech, pitch %3 Hz")
                                                  .arg(r.name, locale.toString(r.seconds, 'f', 1),
                                                       locale.toString(r.medianF0, 'f', 0))
                                            : tr("%1 — %2 s of speech").arg(r.name, locale.toString(r.seconds, 'f', 1));
            if (!r.transcript.isEmpty())
                //: Appended to a reference whose words are known (adaptation can use it)
                line += tr(" · transcript");
            auto *item = new QListWidgetItem(line, m_referenceList);
            item->setToolTip(r.transcript.isEmpty() ? tr("No transcript: adaptation cannot use this reference.")
                                                     : tr("Says: “%1”").arg(r.transcript));
        }
        m_referenceList->setCurrentRow(std::min(row, m_referenceList->count() - 1));
    }
    const std::vector<float> e = referenceEmbedding();
    const bool onMap = !e.empty() && m_assets && m_assets->map && m_assets->map->dimension() == int(e.size());
    if (onMap) {
        const auto xy = m_assets->projection.project(e);
        m_map->setReference(xy.first, xy.second);
        m_table->setScores(m_assets->map->nearest(e));
    } else {
        m_map->clearReference();
        m_table->clearScores();
    }
    if (m_references.empty()) {
        m_referenceSummary->setText(tr("No reference yet."));
    } else {
        double seconds = 0.0;
        for (const auto &r : m_references)
            seconds += r.seconds;
        QString text = tr("%n reference(s), %1 s of speech in all, averaged into one voice.", nullptr,
                          int(m_references.size()))
                           .arg(QLocale().toString(seconds, 'f', 1));
        if (seconds < 5.0)
            text += QLatin1Char(' ') + tr("<span style='color:#b26a00'>Short: about 10 s gives a steadier "
                                          "embedding.</span>");
        if (onMap && !m_table->scores().empty())
            text += QLatin1Char(' ') + tr("Nearest known voice: <b>%1</b> (%2).")
                                           .arg(QString::fromStdString(m_table->scores().front().speaker).toHtmlEscaped(),
                                                QLocale().toString(m_table->scores().front().cosine, 'f', 2));
        m_referenceSummary->setText(text);
    }
    updateButtons();
}

void VoiceCloningPanel::showClone(const cloningjobs::Output &out)
{
    if (!out)
        return;
    const CloneResult &r = out->result;
    const QLocale locale;
    // Voices scripts/espeak_random_voices.py made up for training are named wbv001, wbv002, ...
    QString nearest = QString::fromStdString(r.nearestTrainingVoice).toHtmlEscaped();
    if (nearest.contains(QStringLiteral("+wbv")))
        //: %1 a training voice's name, e.g. espeak-en-us+wbv017
        nearest = tr("%1 (a voice invented for training)").arg(nearest);
    QString text = tr("<b>Similarity to your reference: %1</b> · nearest training voice: <b>%2</b> (%3)")
                       .arg(locale.toString(r.similarityToReference, 'f', 2), nearest,
                            locale.toString(r.similarityToNearestTraining, 'f', 2));
    // Honest about what a small model can do: say when the clone is closer to a voice it learned.
    if (!r.nearestTrainingVoice.empty() && r.similarityToNearestTraining > r.similarityToReference)
        text += QStringLiteral("<br>") +
                tr("The clone is closer to %1, a voice the model was trained on, than to yours: with few "
                   "training voices, a model falls back on the ones it knows.")
                    .arg(nearest);
    else
        text += QStringLiteral("<br>") + tr("The clone is closer to your reference than to any training voice.");
    if (r.cloneF0Hz > 0.0)
        //: %1 the model's pitch for the voice, %2 the shift in semitones (signed), %3 the references' pitch
        text += QStringLiteral("<br>") + tr("Pitch: the model gave the voice %1 Hz; shifted %2 semitones to "
                                            "your %3 Hz.")
                                             .arg(locale.toString(r.cloneF0Hz, 'f', 0),
                                                  (r.pitchShiftSemitones >= 0 ? QStringLiteral("+") : QString()) +
                                                      locale.toString(r.pitchShiftSemitones, 'f', 1),
                                                  locale.toString(r.cloneF0Hz * std::pow(2.0, r.pitchShiftSemitones / 12.0), 'f', 0));
    if (r.passSimilarities.size() > 1) {
        QStringList steps;
        for (std::size_t i = 0; i < r.passSimilarities.size(); ++i) {
            const QString v = locale.toString(r.passSimilarities[i], 'f', 2);
            steps << (int(i) == r.keptPass ? QStringLiteral("<b>%1</b>").arg(v) : v);
        }
        //: %1 is a list of similarities joined by arrows, one per synthesis pass; %2 the pass kept (1 = the first)
        text += QStringLiteral("<br>") + tr("Refinement, similarity pass by pass: %1 (pass %2 kept)")
                                             .arg(steps.join(QStringLiteral(" → ")))
                                             .arg(r.keptPass + 1);
    }
    if (std::isfinite(out->judgedSimilarity))
        text += QStringLiteral("<br>") +
                tr("An independent speaker encoder, which took no part in training the model (the clone test's "
                   "judge), puts the similarity to your reference at <b>%1</b>.")
                    .arg(locale.toString(out->judgedSimilarity, 'f', 2));
    if (out->adaptSteps > 0)
        //: %1 steps, %n transcribed references, %2 the final mel loss
        text += QStringLiteral("<br>") +
                (out->adaptReused ? tr("Adapted to your voice: the model fine-tuned earlier on these %n reference(s) "
                                       "(%1 steps, mel loss %2) spoke this.",
                                       nullptr, out->adaptReferences)
                                  : tr("Adapted to your voice: the model was fine-tuned %1 steps on %n transcribed "
                                       "reference(s) first (mel loss %2).",
                                       nullptr, out->adaptReferences))
                    .arg(out->adaptSteps)
                    .arg(locale.toString(out->adaptLoss, 'f', 3));
    else if (m_adapt->value() > 0)
        text += QStringLiteral("<br>") + tr("Not adapted: no reference has a transcript. Record one (read the "
                                            "passage shown) or give a loaded file its words with “Transcript…”.");
    m_result->setText(text);
    m_watermark->setText(r.watermarked ? tr("<b>Watermarked:</b> an inaudible mark %1 dB below the speech. "
                                           "“Detect watermark” finds it; so can anyone with WaveBench.")
                                             .arg(locale.toString(r.watermarkSnrDb, 'f', 0))
                                       : tr("This clip carries no watermark."));
    if (out->hasPoint)
        m_map->setClone(out->point.first, out->point.second);
    else
        m_map->clearClone();
}

void VoiceCloningPanel::showDetection(const cloningjobs::Detection &d)
{
    m_lastDetection = d;
    m_hasDetection = true;
    const QLocale locale;
    const QString source = d.source.isEmpty() ? tr("the clone") : d.source.toHtmlEscaped();
    const WatermarkDetection &w = d.result;
    QString text;
    if (!w.note.empty())
        text = tr("Cannot tell for %1: %2").arg(source, sentence(QString::fromStdString(w.note)).toHtmlEscaped());
    else if (w.detected)
        text = tr("<span style='color:#2e7d32'><b>Watermark detected</b></span> in %1 — confidence %2% "
                  "(score %3, threshold %4)")
                   .arg(source, locale.toString(w.confidence * 100.0, 'f', 1), locale.toString(w.score, 'f', 1),
                        locale.toString(w.threshold, 'f', 1));
    else
        text = tr("<b>No watermark</b> in %1 — chance it is marked: %2% (score %3, threshold %4)")
                   .arg(source, locale.toString(w.confidence * 100.0, 'f', 1), locale.toString(w.score, 'f', 1),
                        locale.toString(w.threshold, 'f', 1));
    m_detection->setText(text);
    Q_EMIT detected(w.detected, w.confidence);
}

} // namespace wb
