// `wavebench watermark embed|detect`, driven through the real binary: a marked copy
// is detected, the original is not, and bad files and options fail with a message.
#include "AudioFile.h"
#include "CliRunner.h"
#include "Resampler.h"
#include "corpus/Voices.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using wb::test::runCli;

class TstCliWatermark : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_speech; ///< 22050 Hz mono speech, unmarked
    QString m_stereo; ///< 44100 Hz stereo, unmarked

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QJsonObject detect(const QString &file, const QStringList &extra = {})
    {
        const auto r = runCli(QStringList{QStringLiteral("watermark"), QStringLiteral("detect"), file,
                                          QStringLiteral("--json")} + extra);
        if (r.code != 0 || r.crashed)
            qWarning("detect failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const wb::SynthesizedSpeech said = wb::synthesize(
            wb::VoiceSpec{"flite", "slt"},
            "The quick brown fox jumps over the lazy dog, and then it runs far away into the woods.");
        const wb::AudioBuffer speech =
            wb::Resampler::resample(wb::AudioBuffer(said.samples, said.sampleRate), 22050);
        m_speech = path(QStringLiteral("speech.wav"));
        wb::AudioFile::write(m_speech.toStdString(), speech);
        std::vector<float> stereo;
        const auto up = wb::AudioFile::read(m_speech.toStdString(), wb::ReadOptions{44100, true, 1});
        for (float v : up.samples()) {
            stereo.push_back(0.9f * v);
            stereo.push_back(0.6f * v);
        }
        m_stereo = path(QStringLiteral("stereo.wav"));
        wb::AudioFile::write(m_stereo.toStdString(), wb::AudioBuffer(stereo, 2, 44100));
    }

    void help()
    {
        const auto r = runCli({QStringLiteral("watermark"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("embed")));
        QVERIFY(r.out.contains(QStringLiteral("detect")));
        const auto e = runCli({QStringLiteral("watermark"), QStringLiteral("embed"), QStringLiteral("--help")});
        QCOMPARE(e.code, 0);
        for (const char *option : {"--key", "--strength", "--json"})
            QVERIFY2(e.out.contains(QLatin1String(option)), option);
    }

    void embedThenDetect()
    {
        const QString marked = path(QStringLiteral("marked.wav"));
        const auto r = runCli({QStringLiteral("watermark"), QStringLiteral("embed"), m_speech, marked,
                               QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(o.value(QStringLiteral("snr_db")).toDouble() >= 30.0, qPrintable(r.out));
        QCOMPARE(o.value(QStringLiteral("sample_rate")).toInt(), 22050);

        const QJsonObject d = detect(marked);
        QVERIFY(d.value(QStringLiteral("detected")).toBool());
        QVERIFY(d.value(QStringLiteral("score")).toDouble() > d.value(QStringLiteral("threshold")).toDouble());
        QVERIFY(d.value(QStringLiteral("confidence")).toDouble() > 0.99);
        // Another key does not find it.
        const QJsonObject other = detect(marked, {QStringLiteral("--key"), QStringLiteral("12345")});
        QVERIFY(!other.value(QStringLiteral("detected")).toBool());
        // The text form says so in words, and the exit code is 0 either way.
        const auto text = runCli({QStringLiteral("watermark"), QStringLiteral("detect"), marked});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("watermark detected")), qPrintable(text.out));
    }

    void ownKeyAndStereo()
    {
        const QString marked = path(QStringLiteral("stereo-marked.flac"));
        const auto r = runCli({QStringLiteral("watermark"), QStringLiteral("embed"), m_stereo, marked,
                               QStringLiteral("--key"), QStringLiteral("0xBEEF"), QStringLiteral("--strength"),
                               QStringLiteral("0.8")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("SNR")), qPrintable(r.out));
        QCOMPARE(wb::AudioFile::probe(marked.toStdString()).channels, 2);
        QVERIFY(detect(marked, {QStringLiteral("--key"), QStringLiteral("48879")}).value(QStringLiteral("detected")).toBool());
        QVERIFY(!detect(marked).value(QStringLiteral("detected")).toBool());
    }

    void unmarkedIsNotDetected()
    {
        const QJsonObject d = detect(m_speech);
        QVERIFY(d.contains(QStringLiteral("detected")));
        QVERIFY(!d.value(QStringLiteral("detected")).toBool());
        QVERIFY(d.value(QStringLiteral("confidence")).toDouble() < 0.5);
    }

    void badInput()
    {
        QFile empty(path(QStringLiteral("empty.wav")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const QString out = path(QStringLiteral("out.wav"));
        const QList<QStringList> cases = {
            {QStringLiteral("detect"), path(QStringLiteral("missing.wav"))},
            {QStringLiteral("detect"), empty.fileName()},
            {QStringLiteral("embed"), path(QStringLiteral("missing.wav")), out},
            {QStringLiteral("embed"), empty.fileName(), out},
            {QStringLiteral("embed"), m_speech, out, QStringLiteral("--strength"), QStringLiteral("0")},
            {QStringLiteral("embed"), m_speech, out, QStringLiteral("--strength"), QStringLiteral("1.5")},
            {QStringLiteral("embed"), m_speech, out, QStringLiteral("--strength"), QStringLiteral("loud")},
            {QStringLiteral("embed"), m_speech, path(QStringLiteral("out.mp4"))},
            {QStringLiteral("detect"), m_speech, QStringLiteral("--key"), QStringLiteral("-3")},
            {QStringLiteral("detect")},
            {QStringLiteral("frobnicate")},
            {},
        };
        for (const QStringList &c : cases) {
            const auto r = runCli(QStringList{QStringLiteral("watermark")} + c);
            const QString what = c.join(QLatin1Char(' '));
            QVERIFY2(!r.crashed, qPrintable(what));
            QVERIFY2(r.code != 0, qPrintable(what));
            QVERIFY2(r.err.startsWith(QStringLiteral("wavebench watermark: ")), qPrintable(what + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(r.err));
        }
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TstCliWatermark)
#include "tst_cli_watermark.moc"
