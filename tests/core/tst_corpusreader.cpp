// Corpus readers on small LJSpeech and VCTK corpora the test writes, and the
// `wavebench corpus info` command on them.
#include "../app/CliRunner.h"
#include "AudioFile.h"
#include "Error.h"
#include "TestSignals.h"
#include "Npy.h"
#include "corpus/CorpusFeatures.h"
#include "corpus/CorpusReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace wb;

class TestCorpusReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &rel) const { return m_dir.filePath(rel); }

    void writeWav(const QString &rel, double seconds)
    {
        QDir().mkpath(QFileInfo(path(rel)).absolutePath());
        AudioFile::write(path(rel).toStdString(),
                         AudioBuffer(test::sine(220, 22050, seconds, 0.3f), 22050));
    }

    void writeText(const QString &rel, const QByteArray &text)
    {
        QDir().mkpath(QFileInfo(path(rel)).absolutePath());
        QFile f(path(rel));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsLJSpeech()
    {
        writeWav(QStringLiteral("lj/wavs/LJ001-0001.wav"), 1.0);
        writeWav(QStringLiteral("lj/wavs/LJ001-0002.wav"), 0.5);
        writeWav(QStringLiteral("lj/wavs/LJ001-0003.wav"), 0.25);
        writeText(QStringLiteral("lj/metadata.csv"),
                  "LJ001-0001|Printing, in 1455.|Printing, in fourteen fifty-five.\n"
                  "LJ001-0002|Two columns only\n"
                  "a line without any bar\n"
                  "LJ001-0009|Listed, but absent.|Listed, but absent.\n"
                  "\n"
                  "LJ001-0003|Third.|Third.|narrator\n"
                  "LJ001-0001|Twice.|Twice.\n");
        const Corpus c = CorpusReader::read(path(QStringLiteral("lj")).toStdString());
        QCOMPARE(QString::fromStdString(c.layout), QStringLiteral("ljspeech"));
        QCOMPARE(int(c.utterances.size()), 3);
        QCOMPARE(QString::fromStdString(c.utterances[0].normalizedText),
                 QStringLiteral("Printing, in fourteen fifty-five."));
        QCOMPARE(QString::fromStdString(c.utterances[1].text), QStringLiteral("Two columns only"));
        QVERIFY(c.utterances[1].normalizedText.empty());
        QCOMPARE(QString::fromStdString(c.utterances[0].speaker),
                 QStringLiteral("lj")); // the folder's name
        QCOMPARE(QString::fromStdString(c.utterances[2].speaker), QStringLiteral("narrator"));
        QCOMPARE(int(c.speakers().size()), 2);
        // The bar-less line, the absent wav and the repeated id are skipped and said.
        QCOMPARE(int(c.problems.size()), 3);
        QVERIFY(QString::fromStdString(c.problems[0]).contains(QStringLiteral("line 3")));
        QVERIFY(
            QString::fromStdString(c.problems[1]).contains(QStringLiteral("listed but absent")));
        QVERIFY(QString::fromStdString(c.problems[2]).contains(QStringLiteral("twice")));
    }

    void readsVctk_data()
    {
        QTest::addColumn<bool>("parallelTxtTree");
        QTest::newRow("txt/ beside wav48/") << true;
        QTest::newRow("txt beside each wav") << false;
    }

    void readsVctk()
    {
        QFETCH(bool, parallelTxtTree);
        const QString root = parallelTxtTree ? QStringLiteral("vctk") : QStringLiteral("pairs");
        const QString audio = parallelTxtTree ? root + QStringLiteral("/wav48") : root;
        const QString text = parallelTxtTree ? root + QStringLiteral("/txt") : root;
        for (const QString &spk : {QStringLiteral("p225"), QStringLiteral("p226")})
            for (int i = 1; i <= 2; ++i) {
                const QString id = QStringLiteral("%1_%2").arg(spk).arg(i, 3, 10, QLatin1Char('0'));
                writeWav(QStringLiteral("%1/%2/%3.wav").arg(audio, spk, id), 0.2 * i);
                writeText(QStringLiteral("%1/%2/%3.txt").arg(text, spk, id),
                          "Please call Stella.\n");
            }
        writeWav(QStringLiteral("%1/p226/p226_009.wav").arg(audio), 0.1); // no text
        writeText(QStringLiteral("%1/p226/p226_010.txt").arg(text), "   \n");
        writeWav(QStringLiteral("%1/p226/p226_010.wav").arg(audio), 0.1); // empty text
        const Corpus c = CorpusReader::read(path(root).toStdString());
        QCOMPARE(QString::fromStdString(c.layout), QStringLiteral("vctk"));
        QCOMPARE(int(c.utterances.size()), 4);
        QCOMPARE(int(c.speakers().size()), 2);
        QCOMPARE(QString::fromStdString(c.utterances[2].speaker), QStringLiteral("p226"));
        QCOMPARE(QString::fromStdString(c.utterances[0].id), QStringLiteral("p225_001"));
        QCOMPARE(QString::fromStdString(c.utterances[0].text),
                 QStringLiteral("Please call Stella."));
        QCOMPARE(int(c.problems.size()), 2);
    }

    void badFoldersAreErrors_data()
    {
        QTest::addColumn<QString>("rel");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("nowhere") << QStringLiteral("not a folder");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("no usable utterance");
        QTest::newRow("all lines bad")
            << QStringLiteral("bad_lj") << QStringLiteral("no usable utterance");
        QTest::newRow("txt without wav48")
            << QStringLiteral("txt_only") << QStringLiteral("no wav48");
    }

    void badFoldersAreErrors()
    {
        QFETCH(QString, rel);
        QFETCH(QString, expected);
        QDir().mkpath(path(QStringLiteral("empty")));
        writeText(QStringLiteral("bad_lj/metadata.csv"), "no bars here\nnor here\n");
        writeText(QStringLiteral("txt_only/txt/p1/p1_001.txt"), "Hello.");
        try {
            CorpusReader::read(path(rel).toStdString());
            QFAIL("expected an error");
        } catch (const wb::Error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(expected), e.what());
        }
    }

    void cliInfoReportsTheCorpus()
    {
        const wb::test::CliResult r =
            wb::test::runCli({QStringLiteral("corpus"), QStringLiteral("info"),
                              path(QStringLiteral("lj")), QStringLiteral("--json")});
        QVERIFY2(r.code == 0 && !r.crashed, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("layout")).toString(), QStringLiteral("ljspeech"));
        QCOMPARE(o.value(QStringLiteral("utterances")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("speakers")).toInt(), 2);
        QVERIFY(std::fabs(o.value(QStringLiteral("total_seconds")).toDouble() - 1.75) < 1e-3);
        QCOMPARE(o.value(QStringLiteral("problems")).toArray().size(), 3);
        const wb::test::CliResult text = wb::test::runCli(
            {QStringLiteral("corpus"), QStringLiteral("info"), path(QStringLiteral("vctk"))});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        QVERIFY(text.out.contains(QStringLiteral("4 utterances, 2 speakers")));
    }

    void featuresOnOneFrameGrid()
    {
        // A corrupt file listed in the corpus is reported and skipped.
        writeWav(QStringLiteral("feat/wavs/a.wav"), 1.0);
        writeWav(QStringLiteral("feat/wavs/b.wav"), 0.5);
        writeText(QStringLiteral("feat/wavs/broken.wav"), QByteArray(4096, 'x'));
        writeText(QStringLiteral("feat/metadata.csv"),
                  "a|One.|One.\nb|Two.|Two.\nbroken|Three.|Three.\n");
        const Corpus c = CorpusReader::read(path(QStringLiteral("feat")).toStdString());
        QCOMPARE(int(c.utterances.size()), 3);
        FeatureParams p;
        p.threads = 2;
        std::vector<double> seen;
        const FeatureReport first = computeCorpusFeatures(c, p, [&](double f) {
            seen.push_back(f);
            return true;
        });
        QCOMPARE(first.computed, 2);
        QCOMPARE(first.cached, 0);
        QCOMPARE(int(first.problems.size()), 1);
        QVERIFY(QString::fromStdString(first.problems[0]).startsWith(QStringLiteral("broken:")));
        QCOMPARE(seen.back(), 1.0);
        const QString dir = QString::fromStdString(first.folder);
        const Matrix mel = Npy::read(QDir(dir).filePath(QStringLiteral("a.mel.npy")).toStdString());
        const Matrix f0 = Npy::read(QDir(dir).filePath(QStringLiteral("a.f0.npy")).toStdString());
        const Matrix energy =
            Npy::read(QDir(dir).filePath(QStringLiteral("a.energy.npy")).toStdString());
        const std::size_t frames = 1 + 22050 / 256; // centred frames of 1 s at hop 256
        QCOMPARE(mel.rows(), std::size_t(80));
        QCOMPARE(mel.cols(), frames);
        QCOMPARE(f0.size(), frames);
        QCOMPARE(energy.size(), frames);
        // The 220 Hz tone: voiced, at 220 Hz, in the mel band that holds 220 Hz.
        int voiced = 0;
        for (float hz : f0.values())
            if (hz > 0) {
                ++voiced;
                QVERIFY2(std::fabs(hz - 220.0f) < 2.2f, qPrintable(QString::number(hz)));
            }
        QVERIFY(voiced > int(frames) * 8 / 10);
        QVERIFY(mel.maxValue() > std::log(1e-5f) + 5.0f);
        QVERIFY(mel.minValue() >= std::log(1e-5f) - 1e-4f);
        // Run again: everything is up to date, nothing recomputed.
        const FeatureReport second = computeCorpusFeatures(c, p);
        QCOMPARE(second.computed, 0);
        QCOMPARE(second.cached, 2);
        // Cancelling stops the work with wb::Cancelled.
        QFile::remove(QDir(dir).filePath(QStringLiteral("a.mel.npy")));
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 computeCorpusFeatures(c, p, [](double f) { return f < 0.5; }));
        // And the command line says the same.
        const wb::test::CliResult r =
            wb::test::runCli({QStringLiteral("corpus"), QStringLiteral("features"),
                              path(QStringLiteral("feat")), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("computed")).toInt() +
                     o.value(QStringLiteral("cached")).toInt(),
                 2);
        QCOMPARE(o.value(QStringLiteral("problems")).toArray().size(), 1);
    }

    void cliBadInput()
    {
        const wb::test::CliResult missing = wb::test::runCli(
            {QStringLiteral("corpus"), QStringLiteral("info"), path(QStringLiteral("nowhere"))});
        QCOMPARE(missing.code, 1);
        QCOMPARE(missing.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(missing.err.contains(QStringLiteral("not a folder")));
        QCOMPARE(wb::test::runCli({QStringLiteral("corpus"), QStringLiteral("frobnicate")}).code,
                 2);
        QCOMPARE(wb::test::runCli({QStringLiteral("corpus")}).code, 2);
        QCOMPARE(wb::test::runCli({QStringLiteral("corpus"), QStringLiteral("--help")}).code, 0);
    }
    void cliBuildsAndReadsACorpus()
    {
        const QString dir = path(QStringLiteral("built"));
        const wb::test::CliResult r = wb::test::runCli(
            {QStringLiteral("corpus"), QStringLiteral("build"), QStringLiteral("-o"), dir,
             QStringLiteral("--sentences"), QStringLiteral("6"), QStringLiteral("--voices"),
             QStringLiteral("flite:kal16,espeak-en-us+m3"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0 && !r.crashed, qPrintable(r.err));
        const QJsonObject built = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(built.value(QStringLiteral("utterances")).toInt(), 6);
        QCOMPARE(built.value(QStringLiteral("speakers")).toInt(), 2);
        const wb::test::CliResult info = wb::test::runCli(
            {QStringLiteral("corpus"), QStringLiteral("info"), dir, QStringLiteral("--json")});
        QCOMPARE(info.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("utterances")).toInt(), 6);
        QVERIFY(o.value(QStringLiteral("per_speaker"))
                    .toObject()
                    .contains(QStringLiteral("flite-kal16")));
        QVERIFY(o.value(QStringLiteral("per_speaker"))
                    .toObject()
                    .contains(QStringLiteral("espeak-en-us+m3")));

        // A second build into the same folder is refused and changes nothing.
        const wb::test::CliResult again = wb::test::runCli(
            {QStringLiteral("corpus"), QStringLiteral("build"), QStringLiteral("-o"), dir,
             QStringLiteral("--sentences"), QStringLiteral("2"), QStringLiteral("--voices"),
             QStringLiteral("flite:kal16")});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QCOMPARE(CorpusReader::read(dir.toStdString()).utterances.size(), std::size_t(6));
    }

    void cliBuildBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown voice")
            << QStringList{QStringLiteral("--voices"), QStringLiteral("flite:nobody")}
            << QStringLiteral("no voice 'nobody'");
        // espeak-ng itself would quietly speak plain en-us for these.
        QTest::newRow("unknown espeak variant")
            << QStringList{QStringLiteral("--voices"), QStringLiteral("flite:slt,espeak:en-us+nobody")}
            << QStringLiteral("no variant 'nobody'");
        QTest::newRow("variant in the wrong case")
            << QStringList{QStringLiteral("--voices"), QStringLiteral("espeak:en-us+Adam")}
            << QStringLiteral("did you mean 'adam'");
        QTest::newRow("absurd factor")
            << QStringList{QStringLiteral("--voices"), QStringLiteral("flite:slt:pitch=9")}
            << QStringLiteral("pitch");
        QTest::newRow("no sentences")
            << QStringList{QStringLiteral("--sentences"), QStringLiteral("0")}
            << QStringLiteral("sentences");
        QTest::newRow("no voices") << QStringList{QStringLiteral("--voices"), QStringLiteral(",")}
                                   << QStringLiteral("no voice");
    }

    void cliBuildBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString dir = path(QStringLiteral("never"));
        const wb::test::CliResult r =
            wb::test::runCli(QStringList{QStringLiteral("corpus"), QStringLiteral("build"),
                                         QStringLiteral("-o"), dir} +
                             args);
        QVERIFY(!r.crashed);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!QFileInfo::exists(dir));
    }

    void cliListsVoices()
    {
        const wb::test::CliResult r = wb::test::runCli(
            {QStringLiteral("corpus"), QStringLiteral("voices"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray voices = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(voices.size() >= 20);
        QVERIFY(voices.at(0).toObject().contains(QStringLiteral("tract")));
    }
};

QTEST_MAIN(TestCorpusReader)
#include "tst_corpusreader.moc"
