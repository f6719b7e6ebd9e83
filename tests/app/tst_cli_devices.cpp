// `wavebench devices`, `play` and `record` through the real binary, with ALSA
// pointed at a private file-backed configuration (see core/AlsaSandbox.h).
#include "../core/AlsaSandbox.h"
#include "AudioFile.h"
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>

using wb::test::AlsaSandbox;

namespace {

using Result = wb::test::CliResult;

wb::AudioBuffer tone(double seconds, int rate)
{
    std::vector<float> s(std::size_t(seconds * rate));
    for (std::size_t i = 0; i < s.size(); ++i)
        s[i] = 0.5f * float(std::cos(2.0 * M_PI * 440.0 * double(i) / rate));
    return wb::AudioBuffer(std::move(s), rate);
}

} // namespace

class TestCliDevices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void devicesListsTheDefault();
    void playWritesToTheDevice();
    void playASelection();
    void recordWritesTheFileAndPrintsThePeak();
    void badDeviceIsAFailure();
    void noSoundCardIsAOneLineFailure();

private:
    Result run(const QStringList &args, AlsaSandbox::Config alsa = AlsaSandbox::Working);

    AlsaSandbox m_alsa;
    QString m_wav;
};

Result TestCliDevices::run(const QStringList &args, AlsaSandbox::Config alsa)
{
    return wb::test::runCli(args, 60000,
                            {{QStringLiteral("ALSA_CONFIG_PATH"), QString::fromUtf8(m_alsa.configPath(alsa))}});
}

void TestCliDevices::initTestCase()
{
    QVERIFY(m_alsa.isValid());
    m_wav = m_alsa.path(QStringLiteral("tone.wav"));
    wb::AudioFile::write(m_wav.toStdString(), tone(0.5, 22050), wb::WriteFormat::WavFloat);
}

void TestCliDevices::devicesListsTheDefault()
{
    const Result text = run({QStringLiteral("devices")});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QStringLiteral("default")), qPrintable(text.out));
    // PortAudio's probing chatter is kept off stderr.
    QVERIFY2(text.err.isEmpty(), qPrintable(text.err));

    const Result json = run({QStringLiteral("devices"), QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QVERIFY(!list.isEmpty());
    bool found = false;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("name")).toString() == QStringLiteral("default")) {
            found = true;
            QVERIFY(o.value(QStringLiteral("default_output")).toBool());
            QVERIFY(o.value(QStringLiteral("max_input_channels")).toInt() > 0);
        }
    }
    QVERIFY(found);
}

void TestCliDevices::playWritesToTheDevice()
{
    m_alsa.clearPlayback();
    const Result r = run({QStringLiteral("play"), m_wav});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // 0.5 s of mono float32 at 22050 Hz, plus the device's priming and padding.
    QVERIFY(m_alsa.playbackBytes() >= 11025 * 4);
    QVERIFY(m_alsa.playbackBytes() < (11025 + 2 * 16384) * 4);
}

void TestCliDevices::playASelection()
{
    m_alsa.clearPlayback();
    const Result r = run({QStringLiteral("play"), m_wav, QStringLiteral("--start"), QStringLiteral("0.1"),
                          QStringLiteral("--end"), QStringLiteral("0.2")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const std::vector<float> out = m_alsa.playback();
    std::size_t nonZero = 0;
    for (float v : out)
        nonZero += v != 0.0f;
    QVERIFY2(std::abs(double(nonZero) - 2205.0) < 30, qPrintable(QString::number(nonZero)));

    const Result backwards = run({QStringLiteral("play"), m_wav, QStringLiteral("--start"),
                                  QStringLiteral("0.3"), QStringLiteral("--end"), QStringLiteral("0.2")});
    QCOMPARE(backwards.code, 2);
}

void TestCliDevices::recordWritesTheFileAndPrintsThePeak()
{
    m_alsa.setCapture(tone(3.0, 22050).samples()); // what a 22050 Hz mono stream reads
    const QString out = m_alsa.path(QStringLiteral("take.wav"));
    const Result r = run({QStringLiteral("record"), out, QStringLiteral("--seconds"), QStringLiteral("1")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("peak level 0.500")), qPrintable(r.out));
    const wb::AudioFileInfo info = wb::AudioFile::probe(out.toStdString());
    QCOMPARE(info.sampleRate, 22050);
    QCOMPARE(info.channels, 1);
    QCOMPARE(info.frames, 22050LL);
    // The growing file beside it is gone once OUT is complete.
    QVERIFY(!QFile::exists(m_alsa.path(QStringLiteral("take.recording.wav"))));

    const Result missing = run({QStringLiteral("record"), out});
    QCOMPARE(missing.code, 2);
}

void TestCliDevices::badDeviceIsAFailure()
{
    const Result play = run({QStringLiteral("play"), m_wav, QStringLiteral("--device"), QStringLiteral("99")});
    QCOMPARE(play.code, 1);
    QVERIFY2(play.err.contains(QStringLiteral("#99")), qPrintable(play.err));
    const Result rec = run({QStringLiteral("record"), m_alsa.path(QStringLiteral("x.wav")),
                            QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("--device"),
                            QStringLiteral("99")});
    QCOMPARE(rec.code, 1);
    QVERIFY(!QFile::exists(m_alsa.path(QStringLiteral("x.wav"))));
}

void TestCliDevices::noSoundCardIsAOneLineFailure()
{
    const Result list = run({QStringLiteral("devices")}, AlsaSandbox::NoCard);
    QCOMPARE(list.crashed, false);
    QCOMPARE(list.code, 0);

    const Result play = run({QStringLiteral("play"), m_wav}, AlsaSandbox::NoCard);
    QCOMPARE(play.crashed, false);
    QCOMPARE(play.code, 1);
    QVERIFY2(play.err.startsWith(QStringLiteral("wavebench play: ")), qPrintable(play.err));
    QVERIFY2(play.err.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(play.err));

    const Result rec = run({QStringLiteral("record"), m_alsa.path(QStringLiteral("y.wav")),
                            QStringLiteral("--seconds"), QStringLiteral("1")}, AlsaSandbox::NoCard);
    QCOMPARE(rec.crashed, false);
    QCOMPARE(rec.code, 1);
    QVERIFY2(rec.err.startsWith(QStringLiteral("wavebench record: ")), qPrintable(rec.err));
}

QTEST_GUILESS_MAIN(TestCliDevices)
#include "tst_cli_devices.moc"
