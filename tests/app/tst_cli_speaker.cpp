// `wavebench speaker train`, `embed`, `speaker-eval`, `speaker info` headless on a tiny corpus.
#include "AudioFile.h"
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

using wb::test::runCli;

class TestCliSpeaker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_train, m_held, m_ckpt;

    QString buildCorpus(const QString &name, const QString &voices, int sentences)
    {
        const QString dir = m_dir.filePath(name);
        const auto r = runCli({QStringLiteral("corpus"), QStringLiteral("build"), QStringLiteral("-o"), dir,
                               QStringLiteral("--sentences"), QString::number(sentences),
                               QStringLiteral("--voices"), voices});
        if (r.code != 0)
            qWarning() << r.err;
        return r.code == 0 ? dir : QString();
    }

    QJsonObject json(const QStringList &args)
    {
        const auto r = runCli(args, 300000);
        if (r.code != 0)
            qWarning() << r.err;
        return r.code == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
    }

    /** A safetensors file's __metadata__ (the configuration, and the notes as "note.KEY"). */
    static QJsonObject metadataOf(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray size = f.read(8);
        if (size.size() != 8)
            return {};
        quint64 n = 0;
        for (int i = 7; i >= 0; --i)
            n = (n << 8) | quint8(size[i]);
        return QJsonDocument::fromJson(f.read(qint64(n))).object().value(QStringLiteral("__metadata__")).toObject();
    }

    /** The "note.*" entries of a safetensors file's metadata. */
    static QJsonObject notesOf(const QString &path)
    {
        const QJsonObject meta = metadataOf(path);
        QJsonObject notes;
        for (auto it = meta.begin(); it != meta.end(); ++it)
            if (it.key().startsWith(QStringLiteral("note.")))
                notes.insert(it.key().mid(5), it.value());
        return notes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_train = buildCorpus(QStringLiteral("train"),
                              QStringLiteral("flite:slt,flite:awb,flite:rms,espeak:en-us+m3,espeak:en-us+f2,flite:kal16"), 30);
        m_held = buildCorpus(QStringLiteral("held"), QStringLiteral("espeak:en-us+f4,flite:slt:tract=1.2,flite:awb:pitch=1.3"), 12);
        QVERIFY(!m_train.isEmpty() && !m_held.isEmpty());
        m_ckpt = m_dir.filePath(QStringLiteral("enc.safetensors"));
        const auto r = runCli({QStringLiteral("speaker"), QStringLiteral("train"), QStringLiteral("--corpus"), m_train,
                               QStringLiteral("--heldout"), m_held, QStringLiteral("-o"), m_ckpt,
                               QStringLiteral("--steps"), QStringLiteral("40"), QStringLiteral("--speakers"),
                               QStringLiteral("4"), QStringLiteral("--utterances"), QStringLiteral("3"),
                               QStringLiteral("--crop"), QStringLiteral("60"), QStringLiteral("--hidden"),
                               QStringLiteral("32"), QStringLiteral("--layers"), QStringLiteral("1"),
                               QStringLiteral("--embedding"), QStringLiteral("16"), QStringLiteral("--eval-every"),
                               QStringLiteral("20"), QStringLiteral("--threads"), QStringLiteral("1")},
                              300000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("step 40/40")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("held-out EER")));
        QVERIFY(QFileInfo(m_ckpt).size() > 1000);
    }

    void trainingLowersTheLoss()
    {
        // Step lines look like "step 10/40  GE2E loss 1.2345 ..."; the last must be below the first.
        const auto r = runCli({QStringLiteral("speaker"), QStringLiteral("info"), QStringLiteral("--model"), m_ckpt,
                               QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("training_speakers")).toInt(), 6);
        QCOMPARE(o.value(QStringLiteral("notes")).toObject().value(QStringLiteral("steps")).toString(),
                 QStringLiteral("40"));
        QVERIFY(o.value(QStringLiteral("notes")).toObject().contains(QStringLiteral("heldout_eer")));
    }

    void embedsAUnitVector()
    {
        const QString wav = QDir(m_held).filePath(QStringLiteral("wavs"));
        const QStringList files = QDir(wav).entryList({QStringLiteral("*.wav")});
        QVERIFY(!files.isEmpty());
        const QJsonObject o = json({QStringLiteral("embed"), QDir(wav).filePath(files[0]), QStringLiteral("--model"),
                                    m_ckpt, QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("dimension")).toInt(), 16);
        const QJsonArray e = o.value(QStringLiteral("embedding")).toArray();
        QCOMPARE(e.size(), 16);
        double norm = 0.0;
        for (const auto &v : e)
            norm += v.toDouble() * v.toDouble();
        QVERIFY2(std::abs(norm - 1.0) < 1e-3, qPrintable(QString::number(norm)));
    }

    void evaluatesHeldOutSpeakers()
    {
        const QJsonObject o = json({QStringLiteral("speaker-eval"), QStringLiteral("--corpus"), m_held,
                                    QStringLiteral("--model"), m_ckpt, QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("speakers")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("utterances")).toInt(), 12);
        QCOMPARE(o.value(QStringLiteral("same_trials")).toInt(), 3 * 6);
        QCOMPARE(o.value(QStringLiteral("different_trials")).toInt(), 66 - 18);
        const double eer = o.value(QStringLiteral("eer")).toDouble(-1);
        QVERIFY(eer >= 0.0 && eer <= 1.0);
        // The training corpus's speakers are left out unless asked for.
        const auto r = runCli({QStringLiteral("speaker-eval"), QStringLiteral("--corpus"), m_train,
                               QStringLiteral("--model"), m_ckpt});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("training set")), qPrintable(r.err));
        const QJsonObject all = json({QStringLiteral("speaker-eval"), QStringLiteral("--corpus"), m_train,
                                      QStringLiteral("--model"), m_ckpt, QStringLiteral("--include-trained"),
                                      QStringLiteral("--json")});
        QCOMPARE(all.value(QStringLiteral("speakers")).toInt(), 6);

        // --record writes the measured figure into a copy of the checkpoint, which the tab then shows.
        const QString copy = m_dir.filePath(QStringLiteral("enc_recorded.safetensors"));
        QVERIFY(QFile::copy(m_ckpt, copy));
        const QJsonObject before = notesOf(copy);
        QVERIFY(before.contains(QStringLiteral("steps")));
        const QJsonObject recorded = json({QStringLiteral("speaker-eval"), QStringLiteral("--corpus"), m_held,
                                           QStringLiteral("--model"), copy, QStringLiteral("--record"),
                                           QStringLiteral("--json")});
        QCOMPARE(recorded.value(QStringLiteral("eer")).toDouble(-1), eer);
        const QJsonObject after = notesOf(copy);
        QVERIFY2(std::abs(after.value(QStringLiteral("heldout_eer")).toString().toDouble() - eer) < 1e-5,
                 qPrintable(after.value(QStringLiteral("heldout_eer")).toString()));
        QCOMPARE(after.value(QStringLiteral("heldout_speakers")).toString(), QStringLiteral("3"));
        QCOMPARE(after.value(QStringLiteral("heldout_eer_trials")).toString(), QStringLiteral("66"));
        QVERIFY(after.value(QStringLiteral("heldout_eer_source")).toString().contains(QStringLiteral("12 utterances")));
        QCOMPARE(after.value(QStringLiteral("steps")), before.value(QStringLiteral("steps")));
        // The copy still embeds exactly as the original.
        QCOMPARE(json({QStringLiteral("speaker-eval"), QStringLiteral("--corpus"), m_held, QStringLiteral("--model"),
                       copy, QStringLiteral("--json")})
                     .value(QStringLiteral("eer"))
                     .toDouble(-1),
                 eer);
        const auto mixed = runCli({QStringLiteral("speaker-eval"), QStringLiteral("--corpus"), m_train,
                                   QStringLiteral("--model"), copy, QStringLiteral("--include-trained"),
                                   QStringLiteral("--record")});
        QVERIFY(mixed.code != 0);
        QVERIFY2(mixed.err.contains(QStringLiteral("unseen")), qPrintable(mixed.err));
    }

    void clonesAVoiceWithAWatermark()
    {
        // A tiny multi-speaker FastSpeech 2 conditioned on the tiny encoder's embeddings.
        const QString ms = m_dir.filePath(QStringLiteral("ms.safetensors"));
        const QStringList tiny = {QStringLiteral("--steps"), QStringLiteral("6"), QStringLiteral("--batch"),
                                  QStringLiteral("4"), QStringLiteral("--d-model"), QStringLiteral("32"),
                                  QStringLiteral("--layers"), QStringLiteral("1"), QStringLiteral("--threads"),
                                  QStringLiteral("1"), QStringLiteral("--log-every"), QStringLiteral("3")};
        auto r = runCli(QStringList{QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--corpus"), m_train,
                                    QStringLiteral("--speaker-encoder"), m_ckpt, QStringLiteral("-o"), ms} + tiny,
                        300000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("of 6 speakers (16-d)")), qPrintable(r.out));

        const QString ref = QDir(m_held).filePath(QStringLiteral("wavs/") +
                                                  QDir(QDir(m_held).filePath(QStringLiteral("wavs"))).entryList({QStringLiteral("*.wav")}).value(0));
        const QString out = m_dir.filePath(QStringLiteral("clone.wav"));
        const QJsonObject o = json({QStringLiteral("clone"), QStringLiteral("Hello there, this is a test."),
                                    QStringLiteral("--reference"), ref, QStringLiteral("-o"), out,
                                    QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), ms,
                                    QStringLiteral("--iters"), QStringLiteral("4"), QStringLiteral("--json")});
        QVERIFY(o.value(QStringLiteral("watermarked")).toBool());
        QVERIFY(o.value(QStringLiteral("watermark_snr_db")).toDouble() >= 30.0);
        QVERIFY(o.value(QStringLiteral("seconds")).toDouble() > 0.0);
        QVERIFY(QFileInfo(out).size() > 1000);
        if (o.contains(QStringLiteral("similarity_to_reference"))) {
            const double s = o.value(QStringLiteral("similarity_to_reference")).toDouble(2);
            QVERIFY(s >= -1.0 && s <= 1.0);
            QVERIFY(o.value(QStringLiteral("nearest_training_voice")).toString().startsWith(QStringLiteral("flite-")) ||
                    o.value(QStringLiteral("nearest_training_voice")).toString().startsWith(QStringLiteral("espeak-")));
        }

        // The source-filter vocoder clones too (still watermarked); the WaveNet vocoder, one voice's, is refused.
        const QString sfOut = m_dir.filePath(QStringLiteral("clone_sf.wav"));
        QVERIFY(json({QStringLiteral("clone"), QStringLiteral("Hello there, this is a test."), QStringLiteral("--reference"),
                      ref, QStringLiteral("-o"), sfOut, QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), ms,
                      QStringLiteral("--vocoder"), QStringLiteral("sourcefilter"), QStringLiteral("--json")})
                    .value(QStringLiteral("watermarked"))
                    .toBool());
        QVERIFY(QFileInfo(sfOut).size() > 1000);
        const auto wavenet = runCli({QStringLiteral("clone"), QStringLiteral("Hi."), QStringLiteral("--reference"), ref,
                                     QStringLiteral("-o"), sfOut, QStringLiteral("--encoder"), m_ckpt,
                                     QStringLiteral("--model"), ms, QStringLiteral("--vocoder"), QStringLiteral("wavenet")});
        QCOMPARE(wavenet.code, 2);
        QVERIFY2(wavenet.err.contains(QStringLiteral("griffinlim or sourcefilter")), qPrintable(wavenet.err));

        // The clone test on the unseen voices, recorded into a copy of the model's notes.
        // (30 steps: a 6-step model's clones are too short for the encoder to judge.)
        const QString msCopy = m_dir.filePath(QStringLiteral("ms_recorded.safetensors"));
        QStringList longer = tiny;
        longer[1] = QStringLiteral("30");
        r = runCli(QStringList{QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--corpus"), m_train,
                               QStringLiteral("--speaker-encoder"), m_ckpt, QStringLiteral("-o"), msCopy} + longer,
                   300000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject ce = json({QStringLiteral("speaker"), QStringLiteral("clone-eval"), QStringLiteral("--corpus"),
                                     m_held, QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), msCopy,
                                     QStringLiteral("--references"), QStringLiteral("1"), QStringLiteral("--trials"),
                                     QStringLiteral("1"), QStringLiteral("--iters"), QStringLiteral("4"),
                                     QStringLiteral("--record"), QStringLiteral("--json")});
        QCOMPARE(ce.value(QStringLiteral("speakers")).toInt(), 3);
        const int trials = ce.value(QStringLiteral("trials")).toInt();
        QVERIFY(trials >= 1 && trials <= 3);
        const QJsonObject msNotes = notesOf(msCopy);
        QCOMPARE(msNotes.value(QStringLiteral("clone_eval_trials")).toString(), QString::number(trials));
        QCOMPARE(msNotes.value(QStringLiteral("clone_eval_speakers")).toString(), QStringLiteral("3"));
        QVERIFY(std::abs(msNotes.value(QStringLiteral("clone_eval_rate")).toString().toDouble() -
                         ce.value(QStringLiteral("rate")).toDouble(-1)) < 1e-5);
        QVERIFY(msNotes.contains(QStringLiteral("speaker_centroids")));
        QCOMPARE(ce.value(QStringLiteral("scored")).toString(), QStringLiteral("clones"));
        QCOMPARE(ce.value(QStringLiteral("refine")).toInt(-1), 0);
        QCOMPARE(msNotes.value(QStringLiteral("clone_eval_refine")).toString(), QStringLiteral("0"));
        // Refinement: one synthesis per pass, the pass nearest the reference kept.
        const QJsonObject refined = json({QStringLiteral("clone"), QStringLiteral("Hello there, this is a longer test sentence."),
                                          QStringLiteral("--reference"), ref, QStringLiteral("-o"), out,
                                          QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), msCopy,
                                          QStringLiteral("--iters"), QStringLiteral("4"), QStringLiteral("--refine"),
                                          QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(refined.contains(QStringLiteral("similarity_to_reference")),
                 "a 30-step model's sentence is long enough to judge");
        const QJsonArray passes = refined.value(QStringLiteral("pass_similarities")).toArray();
        QCOMPARE(passes.size(), 3);
        const int kept = refined.value(QStringLiteral("kept_pass")).toInt(-1);
        QVERIFY(kept >= 0 && kept < 3);
        for (const auto &p : passes)
            QVERIFY(p.toDouble() <= passes.at(kept).toDouble());
        // The returned clip is the kept pass, watermarked: judged again, it barely moves.
        QVERIFY(std::abs(refined.value(QStringLiteral("similarity_to_reference")).toDouble() -
                         passes.at(kept).toDouble()) < 0.05);
        const QJsonObject ceRefined = json({QStringLiteral("speaker"), QStringLiteral("clone-eval"), QStringLiteral("--corpus"),
                                            m_held, QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), msCopy,
                                            QStringLiteral("--references"), QStringLiteral("1"), QStringLiteral("--trials"),
                                            QStringLiteral("1"), QStringLiteral("--iters"), QStringLiteral("4"),
                                            QStringLiteral("--refine"), QStringLiteral("1"), QStringLiteral("--record"),
                                            QStringLiteral("--json")});
        QCOMPARE(ceRefined.value(QStringLiteral("refine")).toInt(), 1);
        QCOMPARE(notesOf(msCopy).value(QStringLiteral("clone_eval_refine")).toString(), QStringLiteral("1"));
        // --judge scores with another encoder; the cloner's own file as the judge changes nothing,
        // and --record keeps the judged figure beside the plain one.
        const QJsonObject judged = json({QStringLiteral("speaker"), QStringLiteral("clone-eval"), QStringLiteral("--corpus"),
                                         m_held, QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), msCopy,
                                         QStringLiteral("--references"), QStringLiteral("1"), QStringLiteral("--trials"),
                                         QStringLiteral("1"), QStringLiteral("--iters"), QStringLiteral("4"),
                                         QStringLiteral("--refine"), QStringLiteral("1"), QStringLiteral("--judge"), m_ckpt,
                                         QStringLiteral("--record"), QStringLiteral("--json")});
        QCOMPARE(judged.value(QStringLiteral("judge")).toString(), m_ckpt);
        QCOMPARE(judged.value(QStringLiteral("rate")).toDouble(), ceRefined.value(QStringLiteral("rate")).toDouble());
        QCOMPARE(judged.value(QStringLiteral("mean_own_similarity")).toDouble(),
                 ceRefined.value(QStringLiteral("mean_own_similarity")).toDouble());
        const QJsonObject judgedNotes = notesOf(msCopy);
        QVERIFY(std::abs(judgedNotes.value(QStringLiteral("clone_eval_judged_rate")).toString().toDouble() -
                         judged.value(QStringLiteral("rate")).toDouble()) < 1e-5);
        QCOMPARE(judgedNotes.value(QStringLiteral("clone_eval_judged_refine")).toString(), QStringLiteral("1"));
        QCOMPARE(judgedNotes.value(QStringLiteral("clone_eval_refine")).toString(), QStringLiteral("1")); // kept
        const auto realJudged = runCli({QStringLiteral("speaker"), QStringLiteral("clone-eval"), QStringLiteral("--corpus"),
                                        m_held, QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), msCopy,
                                        QStringLiteral("--judge"), m_ckpt, QStringLiteral("--real"), QStringLiteral("--record")});
        QCOMPARE(realJudged.code, 2);
        // --match-pitch: the reference's median F0, the model's for the voice, and the shift between them.
        const QJsonObject pitched = json({QStringLiteral("clone"), QStringLiteral("Hello there, this is a longer test sentence."),
                                          QStringLiteral("--reference"), ref, QStringLiteral("-o"), out,
                                          QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), msCopy,
                                          QStringLiteral("--iters"), QStringLiteral("4"), QStringLiteral("--match-pitch"),
                                          QStringLiteral("--json")});
        const double refF0 = pitched.value(QStringLiteral("reference_f0_hz")).toDouble();
        QVERIFY2(refF0 > 70.0 && refF0 < 400.0, qPrintable(QString::number(refF0)));
        const double modelF0 = pitched.value(QStringLiteral("model_f0_hz")).toDouble(-1);
        const double shift = pitched.value(QStringLiteral("pitch_shift_semitones")).toDouble(99);
        QVERIFY(modelF0 >= 0.0);
        if (modelF0 > 0.0)
            QVERIFY(std::abs(shift - std::clamp(12.0 * std::log2(refF0 / modelF0), -12.0, 12.0)) < 1e-3);
        else
            QCOMPARE(shift, 0.0);
        // A reference with no voiced speech has no pitch to match.
        const QString hiss = m_dir.filePath(QStringLiteral("hiss.wav"));
        {
            std::vector<float> noise(16000 * 3);
            std::uint32_t state = 1;
            for (float &v : noise) {
                state = state * 1664525u + 1013904223u;
                v = 0.1f * (float(state >> 8) / float(1u << 24) - 0.5f);
            }
            wb::AudioFile::write(hiss.toStdString(), wb::AudioBuffer(noise, 16000), wb::AudioFile::formatForPath(hiss.toStdString()));
        }
        const auto unvoiced = runCli({QStringLiteral("clone"), QStringLiteral("Hi."), QStringLiteral("--reference"), hiss,
                                      QStringLiteral("-o"), out, QStringLiteral("--encoder"), m_ckpt,
                                      QStringLiteral("--model"), msCopy, QStringLiteral("--match-pitch")});
        QVERIFY(unvoiced.code != 0);
        QVERIFY2(unvoiced.err.contains(QStringLiteral("voiced")), qPrintable(unvoiced.err));
        for (const QString &bad : {QStringLiteral("9"), QStringLiteral("-1")}) {
            const auto b = runCli({QStringLiteral("clone"), QStringLiteral("Hi."), QStringLiteral("--reference"), ref,
                                   QStringLiteral("-o"), out, QStringLiteral("--refine"), bad});
            QCOMPARE(b.code, 2);
            QVERIFY2(b.err.contains(QStringLiteral("refine")), qPrintable(b.err));
        }
        // --real scores each voice's own recordings instead: every trial is judged (no clone can be too short).
        const QJsonObject ceiling = json({QStringLiteral("speaker"), QStringLiteral("clone-eval"), QStringLiteral("--corpus"),
                                          m_held, QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), msCopy,
                                          QStringLiteral("--references"), QStringLiteral("1"), QStringLiteral("--trials"),
                                          QStringLiteral("2"), QStringLiteral("--real"), QStringLiteral("--json")});
        QCOMPARE(ceiling.value(QStringLiteral("scored")).toString(), QStringLiteral("recordings"));
        QCOMPARE(ceiling.value(QStringLiteral("trials")).toInt(), 6);
        const double ceilingRate = ceiling.value(QStringLiteral("rate")).toDouble(-1);
        QVERIFY(ceilingRate >= 0.0 && ceilingRate <= 1.0);
        QCOMPARE(ceiling.value(QStringLiteral("closest_to_own")).toInt(), int(std::lround(ceilingRate * 6)));
        // Recorded beside the clones' figure, which stays.
        QVERIFY(json({QStringLiteral("speaker"), QStringLiteral("clone-eval"), QStringLiteral("--corpus"), m_held,
                      QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), msCopy, QStringLiteral("--references"),
                      QStringLiteral("1"), QStringLiteral("--trials"), QStringLiteral("2"), QStringLiteral("--real"),
                      QStringLiteral("--record"), QStringLiteral("--json")})
                    .contains(QStringLiteral("rate")));
        const QJsonObject both = notesOf(msCopy);
        QCOMPARE(both.value(QStringLiteral("clone_eval_real_trials")).toString(), QStringLiteral("6"));
        QVERIFY(std::abs(both.value(QStringLiteral("clone_eval_real_rate")).toString().toDouble() - ceilingRate) < 1e-5);
        QCOMPARE(both.value(QStringLiteral("clone_eval_trials")).toString(), QString::number(trials));
        // --vocoded: the recordings' own mels through the vocoder, the ceiling without the acoustic model.
        const QJsonObject vocoded = json({QStringLiteral("speaker"), QStringLiteral("clone-eval"), QStringLiteral("--corpus"),
                                          m_held, QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), msCopy,
                                          QStringLiteral("--references"), QStringLiteral("1"), QStringLiteral("--trials"),
                                          QStringLiteral("2"), QStringLiteral("--iters"), QStringLiteral("8"),
                                          QStringLiteral("--vocoded"), QStringLiteral("--record"), QStringLiteral("--json")});
        QCOMPARE(vocoded.value(QStringLiteral("scored")).toString(), QStringLiteral("vocoded recordings"));
        QCOMPARE(vocoded.value(QStringLiteral("trials")).toInt(), 6);
        QVERIFY(notesOf(msCopy).contains(QStringLiteral("clone_eval_vocoded_rate")));
        QVERIFY(std::abs(notesOf(msCopy).value(QStringLiteral("clone_eval_real_rate")).toString().toDouble() - ceilingRate) < 1e-5);
        // --adapt: each voice's model fine-tuned on its transcribed reference first; kept apart in the notes.
        r = runCli({QStringLiteral("speaker"), QStringLiteral("clone-eval"), QStringLiteral("--corpus"), m_held,
                    QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), msCopy, QStringLiteral("--references"),
                    QStringLiteral("1"), QStringLiteral("--trials"), QStringLiteral("1"), QStringLiteral("--iters"),
                    QStringLiteral("4"), QStringLiteral("--adapt"), QStringLiteral("3"), QStringLiteral("--record"),
                    QStringLiteral("--json")},
                   300000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.err.count(QStringLiteral("adapted on 1 utterances")), 3);
        const QJsonObject adaptedEval = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(adaptedEval.value(QStringLiteral("adapt")).toInt(), 3);
        const QJsonObject adaptedNotes = notesOf(msCopy);
        QCOMPARE(adaptedNotes.value(QStringLiteral("clone_eval_adapted_adapt")).toString(), QStringLiteral("3"));
        QVERIFY(std::abs(adaptedNotes.value(QStringLiteral("clone_eval_adapted_rate")).toString().toDouble() -
                         adaptedEval.value(QStringLiteral("rate")).toDouble(-1)) < 1e-5);
        QCOMPARE(adaptedNotes.value(QStringLiteral("clone_eval_trials")).toString(), QString::number(trials)); // kept
        // clone --adapt needs the reference's words, and then fine-tunes on them.
        r = runCli({QStringLiteral("clone"), QStringLiteral("Hi."), QStringLiteral("--reference"), ref,
                    QStringLiteral("-o"), out, QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), msCopy,
                    QStringLiteral("--adapt"), QStringLiteral("5")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--reference-text")), qPrintable(r.err));
        QString refWords;
        {
            QFile meta(QDir(m_held).filePath(QStringLiteral("metadata.csv")));
            QVERIFY(meta.open(QIODevice::ReadOnly | QIODevice::Text));
            const QString id = QFileInfo(ref).completeBaseName();
            while (!meta.atEnd()) {
                const QStringList f = QString::fromUtf8(meta.readLine()).trimmed().split(QLatin1Char('|'));
                if (f.size() >= 2 && f[0] == id)
                    refWords = f[1];
            }
        }
        QVERIFY(!refWords.isEmpty());
        const QJsonObject adaptedClone = json({QStringLiteral("clone"), QStringLiteral("Hello there, this is a longer test sentence."),
                                               QStringLiteral("--reference"), ref, QStringLiteral("--reference-text"), refWords,
                                               QStringLiteral("-o"), out, QStringLiteral("--encoder"), m_ckpt,
                                               QStringLiteral("--model"), msCopy, QStringLiteral("--iters"),
                                               QStringLiteral("4"), QStringLiteral("--adapt"), QStringLiteral("5"),
                                               QStringLiteral("--json")});
        QCOMPARE(adaptedClone.value(QStringLiteral("adapt_steps")).toInt(), 5);
        const double adaptLoss = adaptedClone.value(QStringLiteral("adapt_mel_loss")).toDouble(-1);
        QVERIFY2(adaptLoss > 0.0 && adaptLoss < 10.0, qPrintable(QString::number(adaptLoss)));
        QVERIFY(adaptedClone.value(QStringLiteral("watermarked")).toBool());
        for (const QString &bad : {QStringLiteral("-1"), QStringLiteral("5000"), QStringLiteral("x")}) {
            const auto b = runCli({QStringLiteral("clone"), QStringLiteral("Hi."), QStringLiteral("--reference"), ref,
                                   QStringLiteral("--reference-text"), refWords, QStringLiteral("-o"), out,
                                   QStringLiteral("--adapt"), bad});
            QCOMPARE(b.code, 2);
            QVERIFY2(b.err.contains(QStringLiteral("adapt")), qPrintable(b.err));
        }
        // Voices the model was trained on would flatter the figure: --record refuses them.
        r = runCli({QStringLiteral("speaker"), QStringLiteral("clone-eval"), QStringLiteral("--corpus"), m_train,
                    QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), msCopy, QStringLiteral("--record")},
                   300000);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("unseen")), qPrintable(r.err));

        // A one-voice model, or an encoder of another size, cannot clone.
        const QString single = m_dir.filePath(QStringLiteral("single.safetensors"));
        r = runCli(QStringList{QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--corpus"), m_held,
                               QStringLiteral("-o"), single} + tiny, 300000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("clone"), QStringLiteral("Hi."), QStringLiteral("--reference"), ref,
                    QStringLiteral("-o"), out, QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), single});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("one voice")), qPrintable(r.err));
        // ... but it can warm-start a multi-speaker one, which then clones.
        const QString warm = m_dir.filePath(QStringLiteral("warm.safetensors"));
        r = runCli({QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--corpus"), m_train,
                    QStringLiteral("--speaker-encoder"), m_ckpt, QStringLiteral("--init"), single, QStringLiteral("-o"),
                    warm, QStringLiteral("--steps"), QStringLiteral("2"), QStringLiteral("--batch"), QStringLiteral("4"),
                    QStringLiteral("--threads"), QStringLiteral("1")},
                   300000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(json({QStringLiteral("clone"), QStringLiteral("Hello there, this is a test."), QStringLiteral("--reference"), ref,
                      QStringLiteral("-o"), out, QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), warm,
                      QStringLiteral("--iters"), QStringLiteral("4"), QStringLiteral("--json")})
                    .value(QStringLiteral("watermarked"))
                    .toBool());
        // The voice fed to the decoder too, the reference's spectrum beside the embedding, each
        // utterance conditioned on a mix of its speaker's: warm-started from the multi-speaker
        // model, it clones (the clone command hands it the reference's spectrum).
        const QString decoderVoice = m_dir.filePath(QStringLiteral("decoder_voice.safetensors"));
        const QStringList quick = {QStringLiteral("--steps"), QStringLiteral("2"), QStringLiteral("--batch"),
                                   QStringLiteral("4"), QStringLiteral("--threads"), QStringLiteral("1")};
        r = runCli(QStringList{QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--corpus"), m_train,
                               QStringLiteral("--speaker-encoder"), m_ckpt, QStringLiteral("--init"), warm,
                               QStringLiteral("--speaker-decoder"), QStringLiteral("--reference-spectrum"),
                               QStringLiteral("--reference-mix"), QStringLiteral("2"), QStringLiteral("-o"),
                               decoderVoice} + quick,
                   300000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The corpus was embedded by this encoder for the run before: read back, not recomputed.
        QVERIFY2(r.out.contains(QStringLiteral("(cached)")), qPrintable(r.out));
        const QStringList caches = QDir(m_train + QStringLiteral("/speaker_embeddings"))
                                       .entryList({QStringLiteral("*.npy")}, QDir::Files);
        QVERIFY(!caches.isEmpty());
        QCOMPARE(notesOf(decoderVoice).value(QStringLiteral("reference_mix")).toString(), QStringLiteral("2"));
        bool hearsSpectrum = false;
        const QJsonObject meta = metadataOf(decoderVoice);
        for (auto it = meta.begin(); it != meta.end(); ++it)
            hearsSpectrum |= it.key().endsWith(QStringLiteral("reference_spectrum")) && it.value().toString() == QStringLiteral("1");
        QVERIFY(hearsSpectrum);
        QVERIFY(json({QStringLiteral("clone"), QStringLiteral("Hello there, this is a test."), QStringLiteral("--reference"), ref,
                      QStringLiteral("-o"), out, QStringLiteral("--encoder"), m_ckpt, QStringLiteral("--model"), decoderVoice,
                      QStringLiteral("--iters"), QStringLiteral("4"), QStringLiteral("--json")})
                    .value(QStringLiteral("watermarked"))
                    .toBool());
        {
            // A damaged cache is computed again, and training goes on.
            QFile damaged(m_train + QStringLiteral("/speaker_embeddings/") + caches.front());
            QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
            damaged.write("not an npy file");
        }
        r = runCli(QStringList{QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--corpus"), m_train,
                               QStringLiteral("--speaker-encoder"), m_ckpt, QStringLiteral("--init"), warm,
                               QStringLiteral("-o"), m_dir.filePath(QStringLiteral("recached.safetensors"))} + quick,
                   300000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("(cached)")), qPrintable(r.out));
        // Refused: without voices, when resuming a model that lacks the layer, an absurd mix.
        const QStringList refusals[] = {
            {QStringLiteral("--speaker-decoder")},
            {QStringLiteral("--reference-mix"), QStringLiteral("3")},
            {QStringLiteral("--reference-spectrum")},
            {QStringLiteral("--speaker-encoder"), m_ckpt, QStringLiteral("--resume"), warm,
             QStringLiteral("--reference-spectrum")},
            {QStringLiteral("--speaker-encoder"), m_ckpt, QStringLiteral("--resume"), warm,
             QStringLiteral("--speaker-decoder")},
            {QStringLiteral("--speaker-encoder"), m_ckpt, QStringLiteral("--reference-mix"), QStringLiteral("-1")}};
        for (const QStringList &extra : refusals) {
            r = runCli(QStringList{QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--corpus"), m_train,
                                   QStringLiteral("-o"), m_dir.filePath(QStringLiteral("refused.safetensors"))} +
                           extra + quick,
                       300000);
            QVERIFY2(r.code == 2, qPrintable(extra.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("refused.safetensors"))));
        }
        const QString enc8 = m_dir.filePath(QStringLiteral("enc8.safetensors"));
        r = runCli({QStringLiteral("speaker"), QStringLiteral("train"), QStringLiteral("--corpus"), m_train,
                    QStringLiteral("-o"), enc8, QStringLiteral("--steps"), QStringLiteral("2"), QStringLiteral("--speakers"),
                    QStringLiteral("4"), QStringLiteral("--utterances"), QStringLiteral("2"), QStringLiteral("--crop"),
                    QStringLiteral("40"), QStringLiteral("--hidden"), QStringLiteral("8"), QStringLiteral("--layers"),
                    QStringLiteral("1"), QStringLiteral("--embedding"), QStringLiteral("8")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The speaker-consistency loss, heard by the cloner's encoder, or by another one (8-d here)
        // whose own embeddings become the targets; the second needs the first.
        const QString listened = m_dir.filePath(QStringLiteral("listened.safetensors"));
        for (const QString &lossEncoder : {QString(), enc8}) {
            QStringList args{QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--corpus"), m_train,
                             QStringLiteral("--speaker-encoder"), m_ckpt, QStringLiteral("--init"), warm,
                             QStringLiteral("--speaker-loss"), QStringLiteral("0.5"), QStringLiteral("-o"), listened};
            if (!lossEncoder.isEmpty())
                args << QStringLiteral("--speaker-loss-encoder") << lossEncoder;
            r = runCli(args + quick, 300000);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("speaker 0.")) || r.out.contains(QStringLiteral("speaker 1.")),
                     qPrintable(r.out));
            QCOMPARE(notesOf(listened).value(QStringLiteral("speaker_loss_encoder_dim")).toString(),
                     lossEncoder.isEmpty() ? QStringLiteral("16") : QStringLiteral("8"));
        }
        r = runCli(QStringList{QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--corpus"), m_train,
                               QStringLiteral("--speaker-encoder"), m_ckpt, QStringLiteral("--speaker-loss-encoder"),
                               enc8, QStringLiteral("-o"), listened} + quick,
                   300000);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--speaker-loss W")), qPrintable(r.err));
        r = runCli({QStringLiteral("clone"), QStringLiteral("Hi."), QStringLiteral("--reference"), ref,
                    QStringLiteral("-o"), out, QStringLiteral("--encoder"), enc8, QStringLiteral("--model"), ms});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("not trained together")), qPrintable(r.err));
        r = runCli({QStringLiteral("clone"), QStringLiteral("Hi."), QStringLiteral("-o"), out});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("--reference")), qPrintable(r.err));
    }

    void badInputIsReported()
    {
        const QString silent = m_dir.filePath(QStringLiteral("silent.wav"));
        {
            // 1 s of digital silence, 16-bit PCM.
            QFile f(silent);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const quint32 n = 16000, bytes = n * 2;
            QByteArray h("RIFF");
            auto u32 = [&](quint32 v) { h.append(reinterpret_cast<const char *>(&v), 4); };
            auto u16 = [&](quint16 v) { h.append(reinterpret_cast<const char *>(&v), 2); };
            u32(36 + bytes);
            h.append("WAVEfmt ");
            u32(16); u16(1); u16(1); u32(16000); u32(32000); u16(2); u16(16);
            h.append("data");
            u32(bytes);
            h.append(QByteArray(int(bytes), '\0'));
            f.write(h);
        }
        const QString junk = m_dir.filePath(QStringLiteral("junk.safetensors"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a checkpoint");
        }
        struct Case { QStringList args; QString says; };
        const Case cases[] = {
            {{QStringLiteral("embed"), silent, QStringLiteral("--model"), m_ckpt}, QStringLiteral("too little voice")},
            {{QStringLiteral("embed"), m_dir.filePath(QStringLiteral("missing.wav")), QStringLiteral("--model"), m_ckpt},
             QStringLiteral("missing.wav")},
            {{QStringLiteral("embed"), silent, QStringLiteral("--model"), junk}, QStringLiteral("junk.safetensors")},
            {{QStringLiteral("speaker-eval"), QStringLiteral("--model"), m_ckpt}, QStringLiteral("--corpus")},
            {{QStringLiteral("speaker"), QStringLiteral("train"), QStringLiteral("--corpus"), m_held,
              QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.safetensors")), QStringLiteral("--speakers"),
              QStringLiteral("8")},
             QStringLiteral("a batch needs 8")},
            {{QStringLiteral("speaker"), QStringLiteral("train"), QStringLiteral("--corpus"), m_train,
              QStringLiteral("--heldout"), m_train, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("y.safetensors")),
              QStringLiteral("--speakers"), QStringLiteral("4")},
             QStringLiteral("both the training and the held-out")},
            {{QStringLiteral("speaker"), QStringLiteral("train"), QStringLiteral("--corpus"), m_train,
              QStringLiteral("-o"), m_dir.filePath(QStringLiteral("z.safetensors")), QStringLiteral("--steps"),
              QStringLiteral("0")},
             QStringLiteral("steps")},
            {{QStringLiteral("speaker"), QStringLiteral("dance")}, QStringLiteral("unknown subcommand")},
        };
        for (const Case &c : cases) {
            const auto r = runCli(c.args);
            QVERIFY2(!r.crashed, qPrintable(c.args.join(' ')));
            QVERIFY2(r.code != 0, qPrintable(c.args.join(' ')));
            QVERIFY2(r.err.contains(c.says), qPrintable(c.args.join(' ') + QStringLiteral(" -> ") + r.err));
        }
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.safetensors"))));
    }
};

QTEST_GUILESS_MAIN(TestCliSpeaker)
#include "tst_cli_speaker.moc"
