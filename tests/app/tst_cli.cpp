// The headless CLI, driven through the real wavebench binary as a user or script would.
#include "AudioFile.h"
#include "Npy.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include "CliRunner.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>

namespace {

using Result = wb::test::CliResult;
using wb::test::runCli;

/** A canonical 44-byte-header WAV written by hand, so the test controls every byte. */
QByteArray wavBytes(const QByteArray &data, quint16 format, quint16 bits, quint32 rate,
                    quint32 dataSizeField)
{
    QByteArray h;
    auto u32 = [&](quint32 v) { h.append(reinterpret_cast<const char *>(&v), 4); };
    auto u16 = [&](quint16 v) { h.append(reinterpret_cast<const char *>(&v), 2); };
    h.append("RIFF");
    u32(36 + dataSizeField);
    h.append("WAVEfmt ");
    u32(16);
    u16(format);
    u16(1);
    u32(rate);
    u32(rate * bits / 8);
    u16(bits / 8);
    u16(bits);
    h.append("data");
    u32(dataSizeField);
    return h + data;
}

QByteArray toneData16(int n, int rate)
{
    QByteArray d(n * 2, Qt::Uninitialized);
    auto *s = reinterpret_cast<qint16 *>(d.data());
    for (int i = 0; i < n; ++i)
        s[i] = qint16(12000 * std::sin(2 * M_PI * 440.0 * i / rate));
    return d;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpListsEveryCommand();
    void eachCommandHasHelp_data();
    void eachCommandHasHelp();
    void unknownCommandIsAUsageError();
    void infoReportsTheFile();
    void stftAndMelWriteNumpyArrays();
    void griffinLimWritesAudio();
    void fftWisdomIsCachedAndSurvivesGarbage();
    void convertResamples();
    void plotWritesAnImage();
    void badInputIsOneLineNeverACrash_data();
    void badInputIsOneLineNeverACrash();

private:
    QTemporaryDir m_dir;
    QString m_wav;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_wav = path(QStringLiteral("tone.wav"));
    writeFile(m_wav, wavBytes(toneData16(22050, 22050), 1, 16, 22050, 22050 * 2));
}

void TestCli::helpListsEveryCommand()
{
    const Result r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *c : {"info", "stft", "mel", "griffinlim", "convert", "plot", "devices", "play", "record",
                          "wavenet", "pitch", "phonemes", "corpus", "bench", "version"})
        QVERIFY2(r.out.contains(QLatin1String(c)), c);
}

void TestCli::eachCommandHasHelp_data()
{
    QTest::addColumn<QString>("command");
    for (const char *c : {"info", "stft", "mel", "griffinlim", "convert", "plot", "devices", "play", "record",
                          "wavenet", "pitch", "phonemes", "corpus", "bench", "version"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestCli::eachCommandHasHelp()
{
    QFETCH(QString, command);
    const Result r = runCli({command, QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("wavebench ") + command), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("--help")));
}

void TestCli::unknownCommandIsAUsageError()
{
    const Result r = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(r.err.contains(QLatin1String("frobnicate")));
}

void TestCli::infoReportsTheFile()
{
    const Result r = runCli({QStringLiteral("info"), m_wav, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("sample_rate")).toInt(), 22050);
    QCOMPARE(o.value(QStringLiteral("channels")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("frames")).toInt(), 22050);
    QCOMPARE(o.value(QStringLiteral("duration")).toDouble(), 1.0);
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("WAV"));
    const Result text = runCli({QStringLiteral("info"), m_wav});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(QLatin1String("22050")));
}

void TestCli::stftAndMelWriteNumpyArrays()
{
    const QString stft = path(QStringLiteral("s.npy"));
    Result r = runCli({QStringLiteral("stft"), m_wav, QStringLiteral("--n-fft"), QStringLiteral("1024"),
                       QStringLiteral("--hop"), QStringLiteral("256"), QStringLiteral("-o"), stft});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const wb::Matrix s = wb::Npy::read(stft.toStdString());
    QCOMPARE(s.rows(), std::size_t(513));
    QCOMPARE(s.cols(), std::size_t(1 + 22050 / 256));
    // The 440 Hz tone peaks in bin round(440 * 1024 / 22050) = 20.
    std::size_t best = 0;
    for (std::size_t k = 0; k < s.rows(); ++k)
        if (s.at(k, 40) > s.at(best, 40))
            best = k;
    QCOMPARE(best, std::size_t(20));

    const QString mel = path(QStringLiteral("m.npy"));
    r = runCli({QStringLiteral("mel"), m_wav, QStringLiteral("--n-mels"), QStringLiteral("64"),
                QStringLiteral("--db"), QStringLiteral("-o"), mel});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const wb::Matrix m = wb::Npy::read(mel.toStdString());
    QCOMPARE(m.rows(), std::size_t(64));
    QCOMPARE(m.cols(), std::size_t(1 + 22050 / 512));
    QCOMPARE(m.maxValue(), 0.0f);
    QVERIFY(m.minValue() >= -80.0f);
}

void TestCli::griffinLimWritesAudio()
{
    const QString stft = path(QStringLiteral("gl.npy"));
    QCOMPARE(runCli({QStringLiteral("stft"), m_wav, QStringLiteral("-o"), stft}).code, 0);
    const QString out = path(QStringLiteral("gl.wav"));
    const Result r = runCli({QStringLiteral("griffinlim"), stft, QStringLiteral("-o"), out,
                             QStringLiteral("--iters"), QStringLiteral("16")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const wb::AudioBuffer audio = wb::AudioFile::read(out.toStdString(), {0, true});
    QCOMPARE(audio.sampleRate(), 22050);
    // Natural istft length: (frames - 1) * hop samples.
    QCOMPARE(qint64(audio.frames()), qint64((1 + 22050 / 512 - 1) * 512));
    QVERIFY(audio.rms() > 0.05f); // the tone's energy came back
}

void TestCli::fftWisdomIsCachedAndSurvivesGarbage()
{
    const QString wisdom = path(QStringLiteral("cache/fftw-wisdom"));
    const QMap<QString, QString> env{{QStringLiteral("WB_FFTW_WISDOM"), wisdom}};
    const QString stft = path(QStringLiteral("w.npy"));
    Result r = runCli({QStringLiteral("stft"), m_wav, QStringLiteral("--n-fft"), QStringLiteral("512"),
                       QStringLiteral("-o"), stft}, 120000, env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(wisdom);
    QVERIFY2(f.open(QIODevice::ReadOnly), "the planner's wisdom was not saved");
    const QByteArray forwardOnly = f.readAll();
    f.close();
    QVERIFY(forwardOnly.contains("fftwf_wisdom"));
    // The inverse transform is planned only when first needed, and added.
    r = runCli({QStringLiteral("griffinlim"), stft, QStringLiteral("-o"), path(QStringLiteral("w.wav")),
                QStringLiteral("--iters"), QStringLiteral("2")}, 120000, env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().size() > forwardOnly.size());
    f.close();
    // A damaged cache is ignored (and replaced), never an error.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("(fftw-3.3 fftwf_wisdom #x garbage (((");
    f.close();
    r = runCli({QStringLiteral("stft"), m_wav, QStringLiteral("--n-fft"), QStringLiteral("512"),
                QStringLiteral("-o"), stft}, 120000, env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
}

void TestCli::convertResamples()
{
    const QString out = path(QStringLiteral("c.flac"));
    Result r = runCli({QStringLiteral("convert"), m_wav, out, QStringLiteral("--sr"), QStringLiteral("16000")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const wb::AudioFileInfo info = wb::AudioFile::probe(out.toStdString());
    QCOMPARE(info.sampleRate, 16000);
    QCOMPARE(info.format, std::string("FLAC"));
    QVERIFY(std::abs(info.frames - 16000) <= 1);
}

void TestCli::plotWritesAnImage()
{
    const QString out = path(QStringLiteral("fig.png"));
    const Result r = runCli({QStringLiteral("plot"), m_wav, QStringLiteral("-o"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1200, 800));
}

void TestCli::badInputIsOneLineNeverACrash_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");

    const QString dir = m_dir.path();
    writeFile(path(QStringLiteral("empty.wav")), {});
    writeFile(path(QStringLiteral("truncated.wav")),
              wavBytes(toneData16(100, 22050), 1, 16, 22050, 200).left(20));
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919 + 13) % 251);
    writeFile(path(QStringLiteral("garbage.wav")), garbage);
    writeFile(path(QStringLiteral("huge.wav")), wavBytes(toneData16(500, 22050), 1, 16, 22050, 0x7FFFFF00u));
    QByteArray floats(4 * 1000, '\0');
    auto *f = reinterpret_cast<float *>(floats.data());
    for (int i = 0; i < 1000; ++i)
        f[i] = i % 100 == 0 ? std::numeric_limits<float>::quiet_NaN() : 0.1f;
    f[1] = std::numeric_limits<float>::infinity();
    writeFile(path(QStringLiteral("nan.wav")), wavBytes(floats, 3, 32, 22050, 4000));
    QDir(dir).mkpath(QStringLiteral("folder.wav"));
    const QString out = path(QStringLiteral("o.npy"));
    const QString unwritable = m_wav + QStringLiteral("/sub/o.npy"); // a file is not a folder

    const QString info = QStringLiteral("info"), mel = QStringLiteral("mel");
    QTest::newRow("zero-length") << QStringList{mel, path("empty.wav"), "-o", out} << 1 << "empty.wav";
    QTest::newRow("truncated header") << QStringList{info, path("truncated.wav")} << 1 << "truncated.wav";
    QTest::newRow("garbage bytes") << QStringList{mel, path("garbage.wav"), "-o", out} << 1 << "garbage.wav";
    QTest::newRow("huge claimed size") << QStringList{mel, path("huge.wav"), "-o", out} << 0 << "claims more data";
    QTest::newRow("NaN samples") << QStringList{mel, path("nan.wav"), "-o", out} << 1 << "NaN";
    QTest::newRow("directory") << QStringList{mel, path("folder.wav"), "-o", out} << 1 << "folder.wav";
    QTest::newRow("missing file") << QStringList{info, path("nope.wav")} << 1 << "nope.wav";
    QTest::newRow("unwritable output") << QStringList{mel, m_wav, "-o", unwritable} << 1 << "o.npy";
    QTest::newRow("n-fft zero") << QStringList{mel, m_wav, "--n-fft", "0", "-o", out} << 2 << "--n-fft";
    QTest::newRow("hop negative") << QStringList{"stft", m_wav, "--hop", "-5", "-o", out} << 2 << "--hop";
    QTest::newRow("too many mels") << QStringList{mel, m_wav, "--n-mels", "100000", "-o", out} << 2 << "--n-mels";
    QTest::newRow("fmax above Nyquist") << QStringList{mel, m_wav, "--fmax", "20000", "-o", out} << 2 << "fmax";
    QTest::newRow("no output") << QStringList{mel, m_wav} << 2 << "-o";
    QTest::newRow("bad extension") << QStringList{"convert", m_wav, path("x.mp4")} << 1 << "x.mp4";
    QTest::newRow("npy garbage") << QStringList{"griffinlim", path("garbage.wav"), "-o", path("g.wav")} << 1
                                 << "garbage.wav";
}

void TestCli::badInputIsOneLineNeverACrash()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const Result r = runCli(args, 60000);
    QVERIFY2(!r.crashed, "crashed or hung");
    QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.code).arg(r.err)));
    if (code != 0 || !mentions.isEmpty()) { // a warning is one line too
        const QString line = r.err.trimmed();
        QVERIFY2(!line.isEmpty() && !line.contains(QLatin1Char('\n')), qPrintable(r.err));
        QVERIFY2(line.contains(mentions), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
