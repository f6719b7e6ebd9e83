// `wavebench tts train`, `tts`, `tts bench` headless on a tiny corpus and model.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using wb::test::runCli;

class TestCliTts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ckpt;
    QString m_corpus;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString corpus = m_dir.filePath(QStringLiteral("corpus"));
        m_corpus = corpus;
        const auto built =
            runCli({QStringLiteral("corpus"), QStringLiteral("build"), QStringLiteral("-o"), corpus,
                    QStringLiteral("--sentences"), QStringLiteral("12"), QStringLiteral("--voices"),
                    QStringLiteral("espeak:en-us+f3")});
        QVERIFY2(built.code == 0, qPrintable(built.err));
        m_ckpt = m_dir.filePath(QStringLiteral("fs2.safetensors"));
        const auto trained =
            runCli({QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--corpus"),
                    corpus, QStringLiteral("-o"), m_ckpt, QStringLiteral("--steps"),
                    QStringLiteral("8"), QStringLiteral("--batch"), QStringLiteral("4"),
                    QStringLiteral("--d-model"), QStringLiteral("32"), QStringLiteral("--layers"),
                    QStringLiteral("1"), QStringLiteral("--threads"), QStringLiteral("1"),
                    QStringLiteral("--log-every"), QStringLiteral("4")});
        QVERIFY2(trained.code == 0, qPrintable(trained.err));
        QVERIFY(trained.out.contains(QStringLiteral("step 8/8")));
        QVERIFY(QFileInfo(m_ckpt).size() > 1000);
    }

    void speaksWithEveryStageInJson()
    {
        const QString wav = m_dir.filePath(QStringLiteral("hello.wav"));
        const auto r =
            runCli({QStringLiteral("tts"), QStringLiteral("Hello, world. It's 5 p.m."),
                    QStringLiteral("-o"), wav, QStringLiteral("--checkpoint"), m_ckpt,
                    QStringLiteral("--iters"), QStringLiteral("4"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("normalized")).toString(),
                 QStringLiteral("Hello, world. It's five P M."));
        QCOMPARE(o.value(QStringLiteral("symbols")).toArray().size(),
                 o.value(QStringLiteral("durations")).toArray().size());
        QVERIFY(o.value(QStringLiteral("timings")).toObject().contains(QStringLiteral("vocoder")));
        QVERIFY(o.value(QStringLiteral("real_time_factor")).toDouble() > 0.0);
        QCOMPARE(o.value(QStringLiteral("sample_rate")).toInt(), 22050);
        QVERIFY(QFileInfo(wav).size() > 44);
    }

    void speaksThroughTheSourceFilterVocoder()
    {
        const QString wav = m_dir.filePath(QStringLiteral("sf.wav"));
        const auto r = runCli({QStringLiteral("tts"), QStringLiteral("Hello there."), QStringLiteral("-o"), wav,
                               QStringLiteral("--checkpoint"), m_ckpt, QStringLiteral("--vocoder"),
                               QStringLiteral("sourcefilter"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("vocoder")).toString(), QStringLiteral("sourcefilter"));
        // Its F0 track, one value per mel frame, is part of the stages.
        QCOMPARE(o.value(QStringLiteral("vocoder_f0_hz")).toArray().size(),
                 o.value(QStringLiteral("mel_frames")).toInt());
        QVERIFY(QFileInfo(wav).size() > 44 + 2 * 256);
    }

    void benchReportsRealTimeFactor()
    {
        const auto r =
            runCli({QStringLiteral("tts"), QStringLiteral("bench"), QStringLiteral("--checkpoint"),
                    m_ckpt, QStringLiteral("--repeat"), QStringLiteral("1"),
                    QStringLiteral("--iters"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("sentences")).toInt(), 10);
        QVERIFY(o.value(QStringLiteral("real_time_factor")).toDouble() > 0.0);
    }

    void vocoderTrainsAndSpeaks()
    {
        // A tiny mel-conditioned WaveNet, a few steps on four utterances.
        const QString voc = m_dir.filePath(QStringLiteral("vocoder.safetensors"));
        const auto trained =
            runCli({QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--model"),
                    QStringLiteral("vocoder"), QStringLiteral("--corpus"), m_corpus, QStringLiteral("-o"), voc,
                    QStringLiteral("--steps"), QStringLiteral("3"), QStringLiteral("--channels"),
                    QStringLiteral("8"), QStringLiteral("--target-length"), QStringLiteral("256"),
                    QStringLiteral("--utterances"), QStringLiteral("4"), QStringLiteral("--threads"),
                    QStringLiteral("1"), QStringLiteral("--log-every"), QStringLiteral("1")});
        QVERIFY2(trained.code == 0, qPrintable(trained.err));
        QVERIFY2(trained.out.contains(QStringLiteral("corpus: 4 utterances")), qPrintable(trained.out));
        QVERIFY(trained.out.contains(QStringLiteral("step 3/3")));
        QVERIFY(QFileInfo(voc).size() > 10000);
        const QString wav = m_dir.filePath(QStringLiteral("wavenet.wav"));
        const auto r = runCli({QStringLiteral("tts"), QStringLiteral("Hi there."), QStringLiteral("-o"), wav,
                               QStringLiteral("--checkpoint"), m_ckpt, QStringLiteral("--vocoder"),
                               QStringLiteral("wavenet"), QStringLiteral("--vocoder-checkpoint"), voc,
                               QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("vocoder")).toString(), QStringLiteral("wavenet"));
        // One sample per hop of every mel frame, at the corpus rate.
        const int frames = o.value(QStringLiteral("mel_frames")).toInt();
        QVERIFY(frames > 0);
        QCOMPARE(qRound(o.value(QStringLiteral("audio_seconds")).toDouble() * 22050), frames * 256);
        QVERIFY(o.value(QStringLiteral("timings")).toObject().value(QStringLiteral("vocoder")).toDouble() > 0.0);
        QVERIFY(QFileInfo(wav).size() >= 44 + 2 * frames * 256); // 16-bit WAV
        // Resuming continues the step count.
        const auto more = runCli({QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--model"),
                                  QStringLiteral("vocoder"), QStringLiteral("--corpus"), m_corpus,
                                  QStringLiteral("-o"), voc, QStringLiteral("--steps"), QStringLiteral("2"),
                                  QStringLiteral("--target-length"), QStringLiteral("256"),
                                  QStringLiteral("--utterances"), QStringLiteral("4"),
                                  QStringLiteral("--resume"), voc, QStringLiteral("--threads"),
                                  QStringLiteral("1")});
        QVERIFY2(more.code == 0, qPrintable(more.err));
        QVERIFY2(more.out.contains(QStringLiteral("5 steps in all")), qPrintable(more.out));
    }

    void vocoderDataExportsAndVocodes()
    {
        // The data an outside trainer (scripts/gpu/train_wavenet_vocoder.py) reads.
        const QString dir = m_dir.filePath(QStringLiteral("vocdata"));
        const auto exported =
            runCli({QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--model"),
                    QStringLiteral("vocoder"), QStringLiteral("--corpus"), m_corpus, QStringLiteral("--utterances"),
                    QStringLiteral("2"), QStringLiteral("--export-data"), dir});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QFile json(dir + QStringLiteral("/vocoder_data.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("wavebench-vocoder-data"));
        QCOMPARE(o.value(QStringLiteral("utterances")).toInt(), 2);
        const qint64 samples = qint64(o.value(QStringLiteral("samples")).toDouble());
        const qint64 frames = qint64(o.value(QStringLiteral("frames")).toDouble());
        QVERIFY(samples > 0);
        QCOMPARE(samples, frames * 256);
        QCOMPARE(QFileInfo(dir + QStringLiteral("/codes.npy")).size(), 128 + samples);    // one byte per code
        QCOMPARE(QFileInfo(dir + QStringLiteral("/mel.npy")).size(), 128 + frames * 80 * 2); // float16

        // Copy synthesis: a stored mel through each vocoder, one hop of audio per frame.
        QDir features(m_corpus + QStringLiteral("/features"));
        const QStringList mels = features.entryList({QStringLiteral("*.mel.npy")}, QDir::Files, QDir::Name);
        QVERIFY(!mels.isEmpty());
        const QString mel = features.filePath(mels.first());
        // The tiny vocoder vocoderTrainsAndSpeaks() makes; trained here when this test runs alone.
        const QString voc = m_dir.filePath(QStringLiteral("vocoder.safetensors"));
        if (!QFileInfo::exists(voc)) {
            const auto trained = runCli(
                {QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("vocoder"),
                 QStringLiteral("--corpus"), m_corpus, QStringLiteral("-o"), voc, QStringLiteral("--steps"),
                 QStringLiteral("1"), QStringLiteral("--channels"), QStringLiteral("8"),
                 QStringLiteral("--target-length"), QStringLiteral("256"), QStringLiteral("--utterances"),
                 QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("1")});
            QVERIFY2(trained.code == 0, qPrintable(trained.err));
        }
        for (const QString &vocoder :
             {QStringLiteral("griffinlim"), QStringLiteral("wavenet"), QStringLiteral("sourcefilter")}) {
            const QString wav = m_dir.filePath(vocoder + QStringLiteral("_copy.wav"));
            const auto r = runCli({QStringLiteral("tts"), QStringLiteral("vocode"), mel, QStringLiteral("-o"), wav,
                                   QStringLiteral("--vocoder"), vocoder, QStringLiteral("--vocoder-checkpoint"), voc,
                                   QStringLiteral("--iters"), QStringLiteral("2"), QStringLiteral("--temperature"),
                                   QStringLiteral("0")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(vocoder), qPrintable(r.out));
            QVERIFY(QFileInfo(wav).size() > 44 + 2 * 256);
        }
        // The source-filter vocoder with the corpus's own F0 track, and with one that does not fit.
        QString f0 = mel;
        f0.replace(QStringLiteral(".mel.npy"), QStringLiteral(".f0.npy"));
        QVERIFY(QFileInfo::exists(f0));
        const QString sfWav = m_dir.filePath(QStringLiteral("sf_f0.wav"));
        const auto withF0 = runCli({QStringLiteral("tts"), QStringLiteral("vocode"), mel, QStringLiteral("-o"), sfWav,
                                    QStringLiteral("--vocoder"), QStringLiteral("sourcefilter"), QStringLiteral("--f0"),
                                    f0});
        QVERIFY2(withF0.code == 0, qPrintable(withF0.err));
        QVERIFY(QFileInfo(sfWav).size() > 44 + 2 * 256);
        const auto badF0 = runCli({QStringLiteral("tts"), QStringLiteral("vocode"), mel, QStringLiteral("-o"),
                                   m_dir.filePath(QStringLiteral("y.wav")), QStringLiteral("--vocoder"),
                                   QStringLiteral("sourcefilter"), QStringLiteral("--f0"), mel});
        QCOMPARE(badF0.code, 1);
        QVERIFY2(badF0.err.contains(QStringLiteral("F0 track")), qPrintable(badF0.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("y.wav"))));
        // A file that is not an 80-band log-mel, and a missing one.
        const auto wrong = runCli({QStringLiteral("tts"), QStringLiteral("vocode"), dir + QStringLiteral("/codes.npy"),
                                   QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.wav"))});
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("codes.npy")), qPrintable(wrong.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.wav"))));
        const auto missing = runCli({QStringLiteral("tts"), QStringLiteral("vocode"), QStringLiteral("/nonexistent.npy"),
                                     QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.wav"))});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("no such file")), qPrintable(missing.err));
    }

    void tacotronTrainsAndSpeaksWithItsAttention()
    {
        const QString ckpt = m_dir.filePath(QStringLiteral("taco.safetensors"));
        const auto trained =
            runCli({QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--model"),
                    QStringLiteral("tacotron2"), QStringLiteral("--corpus"), m_corpus,
                    QStringLiteral("-o"), ckpt, QStringLiteral("--steps"), QStringLiteral("3"),
                    QStringLiteral("--batch"), QStringLiteral("4"), QStringLiteral("--d-model"),
                    QStringLiteral("32"), QStringLiteral("--rnn"), QStringLiteral("32"),
                    QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--log-every"),
                    QStringLiteral("1")});
        QVERIFY2(trained.code == 0, qPrintable(trained.err));
        QVERIFY(trained.out.contains(QStringLiteral("guided")));
        QVERIFY(trained.out.contains(QStringLiteral("step 3/3")));
        const QString wav = m_dir.filePath(QStringLiteral("taco.wav"));
        const auto r = runCli({QStringLiteral("tts"), QStringLiteral("Good morning."),
                               QStringLiteral("-o"), wav, QStringLiteral("--checkpoint"), ckpt,
                               QStringLiteral("--iters"), QStringLiteral("2"),
                               QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("tacotron2"));
        QVERIFY(o.value(QStringLiteral("attention_steps")).toInt() > 0);
        // An untrained decoder stops at the frame limit at worst; its durations still add up.
        int frames = 0;
        for (const auto v : o.value(QStringLiteral("durations")).toArray())
            frames += v.toInt();
        QVERIFY(frames > 0);
        QVERIFY(QFileInfo(wav).size() > 44);
        // No pitch control in Tacotron 2: a shift is refused, and nothing is written.
        const QString bad = m_dir.filePath(QStringLiteral("taco_pitch.wav"));
        const auto pitched =
            runCli({QStringLiteral("tts"), QStringLiteral("Hi."), QStringLiteral("-o"), bad,
                    QStringLiteral("--checkpoint"), ckpt, QStringLiteral("--pitch"),
                    QStringLiteral("2")});
        QCOMPARE(pitched.code, 1);
        QVERIFY2(pitched.err.contains(QStringLiteral("no pitch control")), qPrintable(pitched.err));
        QVERIFY(!QFileInfo::exists(bad));
        // A FastSpeech 2 file named as Tacotron 2 is refused with both names.
        const auto mismatched =
            runCli({QStringLiteral("tts"), QStringLiteral("Hi."), QStringLiteral("-o"), bad,
                    QStringLiteral("--checkpoint"), ckpt, QStringLiteral("--model"),
                    QStringLiteral("fastspeech2")});
        QCOMPARE(mismatched.code, 1);
        QVERIFY2(mismatched.err.contains(QStringLiteral("Tacotron 2")), qPrintable(mismatched.err));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty text") << QStringList{QString()} << QStringLiteral("empty");
        QTest::newRow("absurd speed")
            << QStringList{QStringLiteral("Hi."), QStringLiteral("--speed"), QStringLiteral("9")}
            << QStringLiteral("speed");
        QTest::newRow("tacotron") << QStringList{QStringLiteral("Hi."), QStringLiteral("--model"),
                                                 QStringLiteral("tacotron2")}
                                  << QStringLiteral("FastSpeech 2 checkpoint, not tacotron2");
        QTest::newRow("vocoder") << QStringList{QStringLiteral("Hi."), QStringLiteral("--vocoder"),
                                                QStringLiteral("fly")}
                                 << QStringLiteral("unknown vocoder");
        QTest::newRow("not a vocoder")
            << QStringList{QStringLiteral("Hi."), QStringLiteral("--vocoder"), QStringLiteral("wavenet"),
                           QStringLiteral("--vocoder-checkpoint"), m_ckpt}
            << QStringLiteral("not a WaveNet vocoder");
        QTest::newRow("vocoder temperature")
            << QStringList{QStringLiteral("Hi."), QStringLiteral("--vocoder"), QStringLiteral("wavenet"),
                           QStringLiteral("--temperature"), QStringLiteral("5")}
            << QStringLiteral("temperature");
        QTest::newRow("text file absent")
            << QStringList{QStringLiteral("--text-file"), QStringLiteral("/nonexistent/t.txt")}
            << QStringLiteral("cannot read");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString wav = m_dir.filePath(QStringLiteral("bad.wav"));
        const auto r =
            runCli(QStringList{QStringLiteral("tts")} + args +
                   QStringList{QStringLiteral("-o"), wav, QStringLiteral("--checkpoint"), m_ckpt});
        QVERIFY(!r.crashed);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!QFileInfo::exists(wav));
    }

    void badCheckpoint()
    {
        const QString wav = m_dir.filePath(QStringLiteral("bad.wav"));
        const auto r = runCli({QStringLiteral("tts"), QStringLiteral("Hi."), QStringLiteral("-o"),
                               wav, QStringLiteral("--checkpoint"),
                               m_dir.filePath(QStringLiteral("corpus/metadata.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
        const auto train =
            runCli({QStringLiteral("tts"), QStringLiteral("train"), QStringLiteral("--corpus"),
                    m_dir.filePath(QStringLiteral("nowhere")), QStringLiteral("-o"), wav});
        QCOMPARE(train.code, 1);
        QVERIFY(!QFileInfo::exists(wav));
    }
};

QTEST_GUILESS_MAIN(TestCliTts)
#include "tst_cli_tts.moc"
