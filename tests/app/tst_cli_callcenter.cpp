// `wavebench callcenter analyze|make-sample`, driven through the real binary: JSON, CSV, PDF, bad input.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Result = wb::test::CliResult;
using wb::test::runCli;

QString samplePath() { return QStringLiteral(WB_TEST_DATA_DIR "/../../assets/sample/call_center_demo.flac"); }

} // namespace

class TstCliCallCenter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile corrupt(path(QStringLiteral("corrupt.wav")));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write("RIFF\x10\x00\x00\x00WAVEjunk that is not audio at all");
        corrupt.close();
        QFile empty(path(QStringLiteral("empty.wav")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
    }

    void help()
    {
        Result r = runCli({QStringLiteral("callcenter"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("analyze")) && r.out.contains(QLatin1String("make-sample")));
        r = runCli({QStringLiteral("callcenter"), QStringLiteral("analyze"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *option : {"--keywords", "--long-silence", "--json", "--csv", "--pdf"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void analyzeSampleJsonCsvPdf()
    {
        const QString csv = path(QStringLiteral("report.csv")), pdf = path(QStringLiteral("report.pdf"));
        const Result r = runCli({QStringLiteral("callcenter"), QStringLiteral("analyze"), samplePath(),
                                 QStringLiteral("--keywords"), QStringLiteral("cancel,manager,refund,lawyer"),
                                 QStringLiteral("--json"), QStringLiteral("--csv"), csv, QStringLiteral("--pdf"), pdf},
                                180000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("channels")).toInt(), 2);
        QVERIFY(o.value(QStringLiteral("overlap_measurable")).toBool());
        QCOMPARE(o.value(QStringLiteral("long_silences")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("overlaps")).toArray().size(), 1);
        QStringList terms;
        for (const QJsonValue &h : o.value(QStringLiteral("keyword_hits")).toArray())
            terms << h.toObject().value(QStringLiteral("term")).toString();
        QVERIFY2(terms.contains(QLatin1String("cancel")) && terms.contains(QLatin1String("manager")) &&
                     terms.contains(QLatin1String("refund")) && !terms.contains(QLatin1String("lawyer")),
                 qPrintable(terms.join(QLatin1Char(','))));
        const QJsonObject q = o.value(QStringLiteral("quality")).toObject();
        QCOMPARE(q.value(QStringLiteral("terms")).toArray().size(), 3);
        const double score = q.value(QStringLiteral("score")).toDouble();
        QVERIFY(score > 0.0 && score < 100.0);
        QVERIFY(!q.value(QStringLiteral("seed_note")).toString().isEmpty());

        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(c.readAll());
        QVERIFY(text.startsWith(QLatin1String("kind,party,start_s,end_s,label,value\n")));
        for (const char *kind : {"\nlong_silence,", "\noverlap,both,", "\nkeyword,customer,", "\nquality_term,", "\nword,agent,"})
            QVERIFY2(text.contains(QLatin1String(kind)), kind);
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        QVERIFY(p.size() > 20000);
    }

    void textSummaryWithoutRecognizer()
    {
        const Result r = runCli({QStringLiteral("callcenter"), QStringLiteral("analyze"), samplePath(),
                                 QStringLiteral("--no-words"), QStringLiteral("--long-silence"), QStringLiteral("3")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("long silence")));
        QVERIFY(r.out.contains(QLatin1String("overlap")));
        QVERIFY(r.out.contains(QLatin1String("quality")));
        QVERIFY(!r.out.contains(QLatin1String("keyword \"")));
    }

    void makeSample()
    {
        const QString out = path(QStringLiteral("call.flac")), truth = path(QStringLiteral("truth.json"));
        const Result r = runCli({QStringLiteral("callcenter"), QStringLiteral("make-sample"), QStringLiteral("-o"), out,
                                 QStringLiteral("--truth"), truth});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile t(truth), shipped(QStringLiteral(WB_TEST_DATA_DIR "/call_center_demo.json"));
        QVERIFY(t.open(QIODevice::ReadOnly) && shipped.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(t.readAll()), QJsonDocument::fromJson(shipped.readAll()));
        QVERIFY(QFile(out).size() > 100000 && QFile(out).size() < 1000000);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString a = QStringLiteral("analyze");
        QTest::newRow("missing file") << QStringList{a, path(QStringLiteral("nope.wav"))} << 1;
        QTest::newRow("corrupt file") << QStringList{a, path(QStringLiteral("corrupt.wav"))} << 1;
        QTest::newRow("empty file") << QStringList{a, path(QStringLiteral("empty.wav"))} << 1;
        QTest::newRow("no file") << QStringList{a} << 2;
        QTest::newRow("silence 0") << QStringList{a, samplePath(), QStringLiteral("--long-silence"), QStringLiteral("0")} << 2;
        QTest::newRow("silence text") << QStringList{a, samplePath(), QStringLiteral("--long-silence"), QStringLiteral("abc")} << 2;
        QTest::newRow("empty keywords") << QStringList{a, samplePath(), QStringLiteral("--keywords"), QStringLiteral(",,")} << 2;
        QTest::newRow("keyword digits") << QStringList{a, samplePath(), QStringLiteral("--keywords"), QStringLiteral("cancel,42")} << 2;
        QTest::newRow("unwritable csv") << QStringList{a, samplePath(), QStringLiteral("--no-words"), QStringLiteral("--csv"),
                                                       QStringLiteral("/nonexistent/dir/r.csv")} << 1;
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("listen")} << 2;
        QTest::newRow("sample no output") << QStringList{QStringLiteral("make-sample")} << 2;
        QTest::newRow("sample bad extension") << QStringList{QStringLiteral("make-sample"), QStringLiteral("-o"), path(QStringLiteral("x.mp4"))} << 2;
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        args.prepend(QStringLiteral("callcenter"));
        // A GUI-capable command (for --pdf): give Qt a runtime folder so stderr holds only our line.
        const Result r = runCli(args, 120000, {{QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path()}});
        QVERIFY(!r.crashed);
        QCOMPARE(r.code, code);
        QVERIFY(r.err.startsWith(QLatin1String("wavebench callcenter:")));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    }
};

QTEST_GUILESS_MAIN(TstCliCallCenter)
#include "tst_cli_callcenter.moc"
