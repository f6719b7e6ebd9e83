// `wavebench classify` and `wavebench classifier`: the shipped keyword model on
// words freshly spoken by voices it never trained on, training on a tiny
// folder, and the errors a user can make.
#include "AudioFile.h"
#include "CliRunner.h"
#include "corpus/KeywordClips.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace wb;
using wb::test::runCli;

class TestCliClassifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keywordModelHearsHeldOutVoices_data();
    void keywordModelHearsHeldOutVoices();
    void keywordDataKeepsEveryClip();
    void trainsOnAFolder();
    void errors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /** A safetensors file's metadata: an 8-byte little-endian length, then a JSON header. */
    static QJsonObject notesOf(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray size = f.read(8);
        quint64 n = 0;
        for (int i = 7; i >= 0 && size.size() == 8; --i)
            n = (n << 8) | quint8(size[i]);
        return QJsonDocument::fromJson(f.read(qint64(n))).object().value(QStringLiteral("__metadata__")).toObject();
    }
    QTemporaryDir m_dir;
};

void TestCliClassifier::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliClassifier::keywordModelHearsHeldOutVoices_data()
{
    QTest::addColumn<QString>("voice");
    QTest::addColumn<QString>("word");
    QTest::newRow("espeak f3 yes") << "espeak:en-us+f3" << "yes";
    QTest::newRow("espeak m7 stop") << "espeak:en-us+m7" << "stop";
    QTest::newRow("flite awb stop") << "flite:awb" << "stop";
    QTest::newRow("flite awb yes") << "flite:awb" << "yes";
}

void TestCliClassifier::keywordModelHearsHeldOutVoices()
{
    QFETCH(QString, voice);
    QFETCH(QString, word);
    // Held-out voices (see keywordTestVoices()), spoken now with a seed of this test's own.
    std::mt19937 rng(12345);
    const std::vector<float> clip = keywordClip(VoiceSpec::parse(voice.toStdString()), word.toStdString(), {}, rng);
    const QString wav = path(QStringLiteral("%1-%2.wav").arg(QString(voice).replace(QLatin1Char(':'), QLatin1Char('_')), word));
    AudioFile::write(wav.toStdString(), AudioBuffer(clip, 16000));
    const auto r = runCli({QStringLiteral("classify"), wav, QStringLiteral("--json")});
    QVERIFY2(!r.crashed && r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("class")).toString(), word);
    const QJsonObject p = o.value(QStringLiteral("probabilities")).toObject();
    QCOMPARE(p.size(), 12);
    double sum = 0;
    for (const auto &v : p)
        sum += v.toDouble();
    QVERIFY(std::abs(sum - 1.0) < 1e-3);
    QVERIFY(p.contains(QStringLiteral("silence")) && p.contains(QStringLiteral("unknown")));
}

void TestCliClassifier::keywordDataKeepsEveryClip()
{
    // `classifier kws-data`: every clip the report counts is a file (two "unknown" words a take,
    // never the same word twice, which would write one file over the other: seed 7 drew one word
    // twice in three takes before), in train and test.
    const QString dir = path(QStringLiteral("kws"));
    const auto r = runCli({QStringLiteral("classifier"), QStringLiteral("kws-data"), QStringLiteral("-o"), dir,
                           QStringLiteral("--voices"), QStringLiteral("espeak:en-us+m3"), QStringLiteral("--test-voices"),
                           QStringLiteral("espeak:en-us+f2"), QStringLiteral("--takes"), QStringLiteral("24"),
                           QStringLiteral("--test-takes"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto count = [&](const QString &part, const QString &cls) {
        return QDir(QStringLiteral("%1/%2/%3").arg(dir, part, cls)).entryList({QStringLiteral("*.wav")}, QDir::Files).size();
    };
    QCOMPARE(count(QStringLiteral("train"), QStringLiteral("yes")), 24);
    QCOMPARE(count(QStringLiteral("train"), QStringLiteral("unknown")), 48);
    QCOMPARE(count(QStringLiteral("train"), QStringLiteral("silence")), 24);
    QCOMPARE(count(QStringLiteral("test"), QStringLiteral("unknown")), 4);
    // 24 takes x (10 words + 2 unknown + 1 silence) and 2 x 13, as the report says.
    QVERIFY2(r.out.contains(QStringLiteral("312 training clips, 26 test clips")), qPrintable(r.out));
}

void TestCliClassifier::trainsOnAFolder()
{
    // Two classes of tiny generated examples: low hums and hiss.
    const QString dir = path(QStringLiteral("folder"));
    std::mt19937 rng(5);
    std::normal_distribution<float> g(0.0f, 1.0f);
    for (int k = 0; k < 8; ++k) {
        std::vector<float> hum(12000), hiss(16000);
        for (std::size_t i = 0; i < hum.size(); ++i)
            hum[i] = 0.3f * std::sin(6.2831853f * float(150 + 20 * k) * float(i) / 16000.0f);
        for (float &v : hiss)
            v = 0.1f * g(rng);
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/hum")) && QDir().mkpath(dir + QStringLiteral("/hiss")));
        AudioFile::write(QStringLiteral("%1/hum/%2.wav").arg(dir).arg(k).toStdString(), AudioBuffer(hum, 16000));
        // Another rate and format: resampled on reading.
        AudioFile::write(QStringLiteral("%1/hiss/%2.flac").arg(dir).arg(k).toStdString(), AudioBuffer(hiss, 16000),
                         WriteFormat::Flac16);
    }
    const QString model = path(QStringLiteral("mine.safetensors"));
    const auto r = runCli({QStringLiteral("classifier"), QStringLiteral("train"), dir, QStringLiteral("-o"), model,
                           QStringLiteral("--epochs"), QStringLiteral("4"), QStringLiteral("--channels"),
                           QStringLiteral("4,8,16"), QStringLiteral("--hidden"), QStringLiteral("16"),
                           QStringLiteral("--lr"), QStringLiteral("0.003"), QStringLiteral("--threads"),
                           QStringLiteral("1"), QStringLiteral("--spec-augment"), QStringLiteral("1,1"),
                           QStringLiteral("--vtlp"), QStringLiteral("0.1"), QStringLiteral("--json")});
    QVERIFY2(!r.crashed && r.code == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(model).size() > 1000);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o.value(QStringLiteral("epochs")).toInt() >= 1);
    QCOMPARE(o.value(QStringLiteral("validation")).toObject().value(QStringLiteral("classes")).toArray().size(), 2);
    const auto c = runCli({QStringLiteral("classify"), QStringLiteral("%1/hum/3.wav").arg(dir), QStringLiteral("--model"),
                           model, QStringLiteral("--json")});
    QVERIFY2(c.code == 0, qPrintable(c.err));
    const QJsonObject p = QJsonDocument::fromJson(c.out.toUtf8()).object().value(QStringLiteral("probabilities")).toObject();
    QCOMPARE(p.keys(), (QStringList{QStringLiteral("hiss"), QStringLiteral("hum")}));
    const auto e = runCli({QStringLiteral("classifier"), QStringLiteral("evaluate"), dir, QStringLiteral("--model"), model});
    QVERIFY2(e.code == 0, qPrintable(e.err));
    QVERIFY(e.out.contains(QStringLiteral("accuracy")));
    // --record keeps the result in the checkpoint's notes, which the Classifier page shows.
    QVERIFY(!notesOf(model).contains(QStringLiteral("note.heldout_accuracy")));
    const auto rec = runCli({QStringLiteral("classifier"), QStringLiteral("evaluate"), dir, QStringLiteral("--model"),
                             model, QStringLiteral("--record")});
    QVERIFY2(rec.code == 0, qPrintable(rec.err));
    const QJsonObject notes = notesOf(model);
    QVERIFY(notes.value(QStringLiteral("note.heldout_accuracy")).toString().toDouble() > 0.5);
    const QJsonObject confusion =
        QJsonDocument::fromJson(notes.value(QStringLiteral("note.heldout_confusion")).toString().toUtf8()).object();
    int total = 0;
    for (const auto &row : confusion.value(QStringLiteral("confusion")).toArray())
        for (const auto &v : row.toArray())
            total += v.toInt();
    QCOMPARE(total, 16);
    QVERIFY2(notes.value(QStringLiteral("note.heldout_set")).toString().endsWith(QStringLiteral("/folder")),
             qPrintable(notes.value(QStringLiteral("note.heldout_set")).toString()));
    // Not into the shipped model by its short name.
    const auto shipped = runCli({QStringLiteral("classifier"), QStringLiteral("evaluate"), dir, QStringLiteral("--record")});
    QCOMPARE(shipped.code, 2);
    QVERIFY2(shipped.err.contains(QStringLiteral("--record")), qPrintable(shipped.err));
}

void TestCliClassifier::errors()
{
    // A missing file, an unreadable model, a folder of one class: the work fails (1), one line.
    auto r = runCli({QStringLiteral("classify"), path(QStringLiteral("missing.wav"))});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    r = runCli({QStringLiteral("classify"), path(QStringLiteral("espeak_en-us+f3-yes.wav")), QStringLiteral("--model"),
                path(QStringLiteral("nope.safetensors"))});
    QCOMPARE(r.code, 1);
    const QString one = path(QStringLiteral("one/only"));
    QVERIFY(QDir().mkpath(one));
    AudioFile::write((one + QStringLiteral("/a.wav")).toStdString(), AudioBuffer(std::vector<float>(1600, 0.1f), 16000));
    r = runCli({QStringLiteral("classifier"), QStringLiteral("train"), path(QStringLiteral("one")), QStringLiteral("-o"),
                path(QStringLiteral("x.safetensors"))});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("two class")));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.safetensors"))));
    // Wrong command lines (2).
    QCOMPARE(runCli({QStringLiteral("classifier"), QStringLiteral("train"), path(QStringLiteral("one"))}).code, 2);
    QCOMPARE(runCli({QStringLiteral("classifier"), QStringLiteral("fly")}).code, 2);
    QCOMPARE(runCli({QStringLiteral("classify")}).code, 2);
    QCOMPARE(runCli({QStringLiteral("classifier"), QStringLiteral("train"), path(QStringLiteral("one")), QStringLiteral("-o"),
                     path(QStringLiteral("x.safetensors")), QStringLiteral("--channels"), QStringLiteral("4,8")})
                 .code,
             2);
    r = runCli({QStringLiteral("classifier"), QStringLiteral("train"), path(QStringLiteral("one")), QStringLiteral("-o"),
                path(QStringLiteral("x.safetensors")), QStringLiteral("--spec-augment"), QStringLiteral("9,1")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--spec-augment")), qPrintable(r.err));
    r = runCli({QStringLiteral("classifier"), QStringLiteral("train"), path(QStringLiteral("one")), QStringLiteral("-o"),
                path(QStringLiteral("x.safetensors")), QStringLiteral("--vtlp"), QStringLiteral("0.9")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--vtlp")), qPrintable(r.err));
}

QTEST_MAIN(TestCliClassifier)
#include "tst_cli_classifier.moc"
