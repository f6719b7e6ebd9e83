// `wavebench phonemes` driven through the real binary: output, JSON fields, exit codes.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Result = wb::test::CliResult;

Result phonemes(const QStringList &args, int timeoutMs = 120000)
{
    return wb::test::runCli(QStringList{QStringLiteral("phonemes")} + args, timeoutMs);
}

QJsonObject json(const Result &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestCliText : public QObject
{
    Q_OBJECT
private slots:
    void helpDescribesTheCommand();
    void jsonHasEveryField();
    void textOutputShowsNormalizedAndPhonemes();
    void sameTextSameIds();
    void symbolTableSavedAndUsed();
    void badInputIsOneLine_data();
    void badInputIsOneLine();
    void tenThousandCharacters();
};

void TestCliText::helpDescribesTheCommand()
{
    const Result top = wb::test::runCli({QStringLiteral("--help")});
    QCOMPARE(top.code, 0);
    QVERIFY(top.out.contains(QLatin1String("phonemes")));
    const Result r = phonemes({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("Usage: wavebench phonemes")));
    QVERIFY(r.out.contains(QLatin1String("TEXT")));
    QVERIFY(r.out.contains(QLatin1String("--json")));
}

void TestCliText::jsonHasEveryField()
{
    const Result r = phonemes({QStringLiteral("Hello, Dr. Smith! It's $3.50."), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("text")).toString(), QStringLiteral("Hello, Dr. Smith! It's $3.50."));
    QCOMPARE(o.value(QStringLiteral("normalized")).toString(),
             QStringLiteral("Hello, doctor Smith! It's three dollars fifty cents."));
    const QJsonArray words = o.value(QStringLiteral("words")).toArray();
    QCOMPARE(words.size(), 8);
    QCOMPARE(words.at(0).toObject().value(QStringLiteral("word")).toString(), QStringLiteral("Hello"));
    QCOMPARE(words.at(0).toObject().value(QStringLiteral("pause")).toString(), QStringLiteral(","));
    for (const QJsonValue &w : words)
        QVERIFY(!w.toObject().value(QStringLiteral("phonemes")).toArray().isEmpty());
    const QJsonArray hello = words.at(0).toObject().value(QStringLiteral("phonemes")).toArray();
    QCOMPARE(hello.last().toString(), QStringLiteral("oʊ"));
    const QJsonArray ids = o.value(QStringLiteral("ids")).toArray();
    const QJsonArray symbols = o.value(QStringLiteral("symbols")).toArray();
    QCOMPARE(ids.size(), symbols.size());
    QVERIFY(ids.size() > 20);
    for (const QJsonValue &id : ids) {
        QVERIFY(id.isDouble());
        QVERIFY(id.toInt() > 1); // neither <pad> nor <unk>
    }
    QCOMPARE(symbols.last().toString(), QStringLiteral("."));
    QVERIFY(o.value(QStringLiteral("unknown")).toArray().isEmpty());
}

void TestCliText::textOutputShowsNormalizedAndPhonemes()
{
    const Result r = phonemes({QStringLiteral("the cat, in 1999")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("normalized: the cat, in nineteen ninety-nine")));
    QVERIFY(r.out.contains(QStringLiteral("phonemes:   ðə kˈæt, ˈɪn nˈaɪntiːn")));
    QVERIFY(r.out.contains(QLatin1String("words:      5")));
}

void TestCliText::sameTextSameIds()
{
    const QStringList args{QStringLiteral("Twenty-two zebras, 2010!"), QStringLiteral("--json")};
    const Result a = phonemes(args);
    const Result b = phonemes(args);
    QCOMPARE(a.code, 0);
    QCOMPARE(json(a).value(QStringLiteral("ids")), json(b).value(QStringLiteral("ids")));
    QVERIFY(!json(a).value(QStringLiteral("ids")).toArray().isEmpty());
}

void TestCliText::symbolTableSavedAndUsed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("symbols.json"));
    Result r = phonemes({QStringLiteral("hi"), QStringLiteral("--save-symbols"), path});
    QCOMPARE(r.code, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject table = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(table.value(QStringLiteral("format")).toString(), QStringLiteral("wavebench-symbols"));
    QCOMPARE(table.value(QStringLiteral("symbols")).toArray().at(0).toString(), QStringLiteral("<pad>"));

    // A model's table missing a phoneme: it reads as <unk> (id 1) and is reported.
    QFile small(dir.filePath(QStringLiteral("small.json")));
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write(R"({"format":"wavebench-symbols","version":1,"symbols":["<pad>","<unk>"," ","h","ˈ"]})");
    small.close();
    r = phonemes({QStringLiteral("hi"), QStringLiteral("--json"), QStringLiteral("--symbols"), small.fileName()});
    QCOMPARE(r.code, 0);
    QCOMPARE(json(r).value(QStringLiteral("ids")).toArray(), (QJsonArray{3, 4, 1}));
    QCOMPARE(json(r).value(QStringLiteral("unknown")).toArray(), QJsonArray{QStringLiteral("aɪ")});
    QVERIFY(r.err.contains(QLatin1String("<unk>")));
}

void TestCliText::badInputIsOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QStringList{QString()} << 1 << "empty";
    QTest::newRow("blank") << QStringList{QStringLiteral("   ")} << 1 << "empty";
    QTest::newRow("only punctuation") << QStringList{QStringLiteral("?!... ;")} << 1 << "nothing to say";
    QTest::newRow("no text") << QStringList{} << 2 << "missing TEXT";
    QTest::newRow("two texts") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << 2 << "unexpected";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("hi"), QStringLiteral("--nope")} << 2 << "nope";
    QTest::newRow("missing table") << QStringList{QStringLiteral("hi"), QStringLiteral("--symbols"),
                                                  QStringLiteral("/nonexistent/symbols.json")}
                                   << 1 << "/nonexistent/symbols.json";
}

void TestCliText::badInputIsOneLine()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Result r = phonemes(args);
    QVERIFY(!r.crashed);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.startsWith(QLatin1String("wavebench phonemes: ")));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.out.isEmpty());
}

void TestCliText::tenThousandCharacters()
{
    QString text;
    for (int i = 1; text.size() < 10000; ++i)
        text += QStringLiteral("On May %1st, %2 people paid $%1.99 at 3:30 pm. ").arg(i).arg(i * 7);
    text.truncate(10000);
    const Result r = phonemes({text, QStringLiteral("--json")}, 60000);
    QVERIFY(!r.crashed);
    QCOMPARE(r.code, 0);
    QVERIFY(json(r).value(QStringLiteral("words")).toArray().size() > 1500);
}

QTEST_GUILESS_MAIN(TestCliText)
#include "tst_cli_text.moc"
