// `wavebench wavenet ...` driven through the real binary: outputs and exit codes.
#include "AudioBuffer.h"
#include "AudioFile.h"
#include "CliRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

using Result = wb::test::CliResult;

Result runCli(const QStringList &args, int timeoutMs = 120000)
{
    return wb::test::runCli(QStringList{QStringLiteral("wavenet")} + args, timeoutMs);
}

QJsonObject json(const Result &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// A tiny model keeps every command fast; its receptive field is 2 * 7 + 2 = 16.
const QStringList kTiny{QStringLiteral("--layers"), QStringLiteral("3"), QStringLiteral("--blocks"),
                        QStringLiteral("2"),        QStringLiteral("--channels"), QStringLiteral("8"),
                        QStringLiteral("--levels"), QStringLiteral("32")};

} // namespace

class TestCliWaveNet : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void infoJson();
    void trainGenerateAndNaiveAgree();
    void bench();
    void usageErrorsExit2_data();
    void usageErrorsExit2();
    void failuresExit1_data();
    void failuresExit1();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_clip, m_checkpoint;
};

void TestCliWaveNet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    std::vector<float> s(8000);
    for (std::size_t i = 0; i < s.size(); ++i)
        s[i] = 0.5f * float(std::sin(2 * M_PI * 220.0 * double(i) / 8000.0));
    m_clip = path(QStringLiteral("sine.wav"));
    wb::AudioFile::write(m_clip.toStdString(), wb::AudioBuffer(s, 8000));
    m_checkpoint = path(QStringLiteral("tiny.safetensors"));
}

void TestCliWaveNet::infoJson()
{
    Result r = runCli({QStringLiteral("info"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(json(r).value(QStringLiteral("parameters")).toDouble(), 151360.0);
    QCOMPARE(json(r).value(QStringLiteral("receptive_field")).toDouble(), 2048.0);
    r = runCli(QStringList{QStringLiteral("info"), QStringLiteral("--json")} + kTiny);
    QCOMPARE(r.code, 0);
    // 2LR + R + n(6R^2 + 4R) + R^2 + R + RL + L with L 32, R 8, n 6
    QCOMPARE(json(r).value(QStringLiteral("parameters")).toDouble(), double(512 + 8 + 6 * (384 + 32) + 72 + 256 + 32));
    QCOMPARE(json(r).value(QStringLiteral("receptive_field")).toDouble(), 16.0);
    r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("generate")));
}

void TestCliWaveNet::trainGenerateAndNaiveAgree()
{
    Result r = runCli(QStringList{QStringLiteral("train"), m_clip, QStringLiteral("--steps"), QStringLiteral("6"),
                                  QStringLiteral("--log-every"), QStringLiteral("3"), QStringLiteral("--sr"),
                                  QStringLiteral("0"), QStringLiteral("--target-length"), QStringLiteral("64"),
                                  QStringLiteral("-o"), m_checkpoint} + kTiny);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("step 6/6")));
    QVERIFY(r.out.contains(QLatin1String("loss")));
    QVERIFY(QFile::exists(m_checkpoint));

    const QString fast = path(QStringLiteral("fast.wav")), naive = path(QStringLiteral("naive.wav"));
    const QStringList common{QStringLiteral("generate"), QStringLiteral("--checkpoint"), m_checkpoint,
                             QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--samples"),
                             QStringLiteral("300")};
    r = runCli(common + QStringList{QStringLiteral("-o"), fast});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runCli(common + QStringList{QStringLiteral("--naive"), QStringLiteral("-o"), naive});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const wb::AudioBuffer a = wb::AudioFile::read(fast.toStdString(), {0, true});
    const wb::AudioBuffer b = wb::AudioFile::read(naive.toStdString(), {0, true});
    QCOMPARE(a.frames(), std::size_t(300));
    QCOMPARE(a.sampleRate(), 8000); // the checkpoint remembers its rate
    QCOMPARE(a.samples(), b.samples());

    const QString primed = path(QStringLiteral("primed.wav"));
    r = runCli({QStringLiteral("generate"), QStringLiteral("--checkpoint"), m_checkpoint, QStringLiteral("--seconds"),
                QStringLiteral("0.05"), QStringLiteral("--prime"), m_clip, QStringLiteral("--prime-seconds"),
                QStringLiteral("0.01"), QStringLiteral("--keep-prime"), QStringLiteral("-o"), primed});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(wb::AudioFile::probe(primed.toStdString()).frames, 80LL + 400LL);
}

void TestCliWaveNet::bench()
{
    const Result r = runCli(QStringList{QStringLiteral("bench"), QStringLiteral("--samples"), QStringLiteral("2000"),
                                        QStringLiteral("--naive-samples"), QStringLiteral("5"), QStringLiteral("--json")} +
                            kTiny);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(json(r).value(QStringLiteral("fast_samples_per_second")).toDouble() > 0);
    QVERIFY(json(r).value(QStringLiteral("naive_samples_per_second")).toDouble() > 0);
}

void TestCliWaveNet::usageErrorsExit2_data()
{
    QTest::addColumn<QStringList>("args");
    const QString ck = QStringLiteral("x.safetensors");
    QTest::newRow("no subcommand") << QStringList{};
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("dance")};
    QTest::newRow("layers 0") << QStringList{QStringLiteral("info"), QStringLiteral("--layers"), QStringLiteral("0")};
    QTest::newRow("levels text") << QStringList{QStringLiteral("info"), QStringLiteral("--levels"), QStringLiteral("x")};
    QTest::newRow("train no file") << QStringList{QStringLiteral("train"), QStringLiteral("-o"), ck};
    QTest::newRow("train no output") << QStringList{QStringLiteral("train"), QStringLiteral("a.wav")};
    QTest::newRow("train steps 0") << QStringList{QStringLiteral("train"), QStringLiteral("a.wav"), QStringLiteral("--steps"),
                                                  QStringLiteral("0"), QStringLiteral("-o"), ck};
    QTest::newRow("generate no checkpoint")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--samples"), QStringLiteral("5"), QStringLiteral("-o"),
                       QStringLiteral("o.wav")};
    QTest::newRow("generate no length") << QStringList{QStringLiteral("generate"), QStringLiteral("--checkpoint"), ck,
                                                       QStringLiteral("-o"), QStringLiteral("o.wav")};
    QTest::newRow("generate both lengths")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--checkpoint"), ck, QStringLiteral("--samples"),
                       QStringLiteral("5"), QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("-o"),
                       QStringLiteral("o.wav")};
    QTest::newRow("generate negative temperature")
        << QStringList{QStringLiteral("generate"), QStringLiteral("--checkpoint"), ck, QStringLiteral("--samples"),
                       QStringLiteral("5"), QStringLiteral("--temperature"), QStringLiteral("-1"), QStringLiteral("-o"),
                       QStringLiteral("o.wav")};
    QTest::newRow("bench bad option") << QStringList{QStringLiteral("bench"), QStringLiteral("--frobnicate")};
}

void TestCliWaveNet::usageErrorsExit2()
{
    QFETCH(QStringList, args);
    const Result r = runCli(args);
    QVERIFY(!r.crashed);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(r.err.startsWith(QLatin1String("wavebench wavenet:")));
}

void TestCliWaveNet::failuresExit1_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("checkpointBytes"); // written to bad.safetensors first, when not empty
    const QString out = m_dir.filePath(QStringLiteral("o.wav"));
    const QString bad = m_dir.filePath(QStringLiteral("bad.safetensors"));
    auto gen = [&](const QString &ck) {
        return QStringList{QStringLiteral("generate"), QStringLiteral("--checkpoint"), ck, QStringLiteral("--samples"),
                           QStringLiteral("10"), QStringLiteral("-o"), out};
    };
    QTest::newRow("missing checkpoint") << gen(m_dir.filePath(QStringLiteral("none.safetensors"))) << QByteArray();
    QTest::newRow("garbage checkpoint") << gen(bad) << QByteArray("this is not a checkpoint at all");
    QTest::newRow("truncated header") << gen(bad) << QByteArray("\x40\x00\x00\x00\x00\x00\x00\x00{\"a\":", 14);
    QTest::newRow("missing clip") << QStringList{QStringLiteral("train"), m_dir.filePath(QStringLiteral("none.wav")),
                                                 QStringLiteral("-o"), bad}
                                  << QByteArray();
    QTest::newRow("clip too short for the default model")
        << QStringList{QStringLiteral("train"), m_clip, QStringLiteral("--sr"), QStringLiteral("0"),
                       QStringLiteral("--target-length"), QStringLiteral("7000"), QStringLiteral("-o"), bad}
        << QByteArray();
}

void TestCliWaveNet::failuresExit1()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, checkpointBytes);
    if (!checkpointBytes.isEmpty()) {
        QFile f(m_dir.filePath(QStringLiteral("bad.safetensors")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(checkpointBytes);
    }
    const Result r = runCli(args);
    QVERIFY(!r.crashed);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(r.err.startsWith(QLatin1String("wavebench wavenet:")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliWaveNet)
#include "tst_cli_wavenet.moc"
