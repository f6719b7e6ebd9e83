// `wavebench pitch`, driven through the real binary: JSON and table output, frame grid, bad input.
#include "AudioFile.h"
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

using Result = wb::test::CliResult;
using wb::test::runCli;

/** 0.3 s of silence, then a 200 Hz sawtooth for 1 s, at `rate`. */
std::vector<float> silenceThenSaw(int rate)
{
    std::vector<float> s(static_cast<std::size_t>(0.3 * rate), 0.0f);
    for (int i = 0; i < rate; ++i) {
        const double phase = 200.0 * i / rate;
        s.push_back(0.4f * float(2.0 * (phase - std::floor(phase)) - 1.0));
    }
    return s;
}

} // namespace

class TstCliPitch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_wav;     ///< silenceThenSaw at 22050 Hz
    QString m_wav8k;   ///< the same at 8000 Hz
    int m_samples = 0; ///< of m_wav

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto s = silenceThenSaw(22050);
        m_samples = int(s.size());
        m_wav = path(QStringLiteral("saw.wav"));
        wb::AudioFile::write(m_wav.toStdString(), wb::AudioBuffer(s, 22050), wb::WriteFormat::WavFloat);
        m_wav8k = path(QStringLiteral("saw8k.wav"));
        wb::AudioFile::write(m_wav8k.toStdString(), wb::AudioBuffer(silenceThenSaw(8000), 8000));
        QFile corrupt(path(QStringLiteral("corrupt.wav")));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write("RIFF\x10\x00\x00\x00WAVEjunk that is not audio at all");
        corrupt.close();
    }

    void help()
    {
        const Result r = runCli({QStringLiteral("pitch"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *option : {"--fmin", "--fmax", "--hop", "--sr", "--json"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void json()
    {
        const Result r = runCli({QStringLiteral("pitch"), m_wav, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("sample_rate")).toInt(), 22050);
        QCOMPARE(o.value(QStringLiteral("hop")).toInt(), 256);
        const QJsonArray times = o.value(QStringLiteral("times")).toArray();
        const QJsonArray f0 = o.value(QStringLiteral("f0")).toArray();
        const QJsonArray prob = o.value(QStringLiteral("voiced_probability")).toArray();
        const int frames = 1 + m_samples / 256; // the mel frame count for hop 256
        QCOMPARE(times.size(), frames);
        QCOMPARE(f0.size(), frames);
        QCOMPARE(prob.size(), frames);
        QCOMPARE(o.value(QStringLiteral("voiced")).toArray().size(), frames);
        QCOMPARE(o.value(QStringLiteral("rms")).toArray().size(), frames);
        int voiced = 0;
        for (int t = 0; t < frames; ++t) {
            const double time = times.at(t).toDouble();
            QVERIFY(std::abs(time - t * 256.0 / 22050) < 2e-6);
            const double hz = f0.at(t).toDouble();
            if (time < 0.25) { // silence
                QCOMPARE(hz, 0.0);
            } else if (time > 0.4 && time < 1.2) {
                QVERIFY2(std::abs(hz / 200.0 - 1.0) < 0.01, qPrintable(QStringLiteral("%1 Hz at %2 s").arg(hz).arg(time)));
                ++voiced;
            }
            QVERIFY(prob.at(t).toDouble() >= 0.0 && prob.at(t).toDouble() <= 1.0);
        }
        QVERIFY(voiced > 60);
    }

    void otherRateAndHop()
    {
        const Result r = runCli({QStringLiteral("pitch"), m_wav, QStringLiteral("--json"), QStringLiteral("--sr"),
                                 QStringLiteral("16000"), QStringLiteral("--hop"), QStringLiteral("160")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("sample_rate")).toInt(), 16000);
        QCOMPARE(o.value(QStringLiteral("hop")).toInt(), 160);
        const QJsonArray times = o.value(QStringLiteral("times")).toArray();
        const int resampled = int(std::lround(m_samples * 16000.0 / 22050));
        QVERIFY(std::abs(times.size() - (1 + resampled / 160)) <= 1);
        QVERIFY(std::abs(times.at(10).toDouble() - 0.1) < 1e-6);
    }

    void table()
    {
        const Result r = runCli({QStringLiteral("pitch"), m_wav});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        int rows = 0;
        for (const QString &line : lines)
            rows += !line.startsWith(QLatin1Char('#'));
        QCOMPARE(rows, 1 + m_samples / 256);
        QVERIFY(r.out.contains(QStringLiteral("F0 median 200.")));
        QVERIFY(r.out.contains(QStringLiteral("f0_hz")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString wav = path(QStringLiteral("saw.wav"));
        QTest::newRow("missing file") << QStringList{path(QStringLiteral("absent.wav"))} << 1;
        QTest::newRow("corrupt file") << QStringList{path(QStringLiteral("corrupt.wav"))} << 1;
        QTest::newRow("fmax above the file's Nyquist") << QStringList{path(QStringLiteral("saw8k.wav")), QStringLiteral("--sr"), QStringLiteral("0"), QStringLiteral("--fmax"), QStringLiteral("4500")} << 1;
        QTest::newRow("no file") << QStringList{} << 2;
        QTest::newRow("two files") << QStringList{wav, wav} << 2;
        QTest::newRow("fmin = fmax") << QStringList{wav, QStringLiteral("--fmin"), QStringLiteral("300"), QStringLiteral("--fmax"), QStringLiteral("300")} << 2;
        QTest::newRow("fmin > fmax") << QStringList{wav, QStringLiteral("--fmin"), QStringLiteral("800"), QStringLiteral("--fmax"), QStringLiteral("100")} << 2;
        QTest::newRow("fmin 0") << QStringList{wav, QStringLiteral("--fmin"), QStringLiteral("0")} << 2;
        QTest::newRow("fmin not a number") << QStringList{wav, QStringLiteral("--fmin"), QStringLiteral("low")} << 2;
        QTest::newRow("fmax above Nyquist") << QStringList{wav, QStringLiteral("--fmax"), QStringLiteral("20000")} << 2;
        QTest::newRow("hop 0") << QStringList{wav, QStringLiteral("--hop"), QStringLiteral("0")} << 2;
        QTest::newRow("hop absurd") << QStringList{wav, QStringLiteral("--hop"), QStringLiteral("99999999")} << 2;
        QTest::newRow("frame too short for fmin") << QStringList{wav, QStringLiteral("--frame-length"), QStringLiteral("256")} << 2;
        QTest::newRow("sr absurd") << QStringList{wav, QStringLiteral("--sr"), QStringLiteral("5")} << 2;
        QTest::newRow("unknown option") << QStringList{wav, QStringLiteral("--pitchy")} << 2;
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        args.prepend(QStringLiteral("pitch"));
        const Result r = runCli(args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("wavebench pitch: ")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    }
};

QTEST_GUILESS_MAIN(TstCliPitch)
#include "tst_cli_pitch.moc"
