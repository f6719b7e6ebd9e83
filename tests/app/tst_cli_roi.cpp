// `wavebench roi`, `roi audiobook`, `roi dubbing` headless: the course's figures
// in JSON and as a table, several years, CSV, a saved scenario, and every kind
// of bad input refused with a one-line message and exit code 2.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using wb::test::runCli;

namespace {

QJsonObject json(const QStringList &args)
{
    const auto r = runCli(args);
    if (r.code != 0 || r.crashed)
        qWarning("%s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestCliRoi : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheCourse()
    {
        const QJsonObject o = json({QStringLiteral("roi"), QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("traditional_cost")).toDouble(), 500000.0);
        QCOMPARE(o.value(QStringLiteral("ai_cost")).toDouble(), 60000.0);
        QCOMPARE(o.value(QStringLiteral("savings")).toDouble(), 440000.0);
        QCOMPARE(o.value(QStringLiteral("roi_percent")).toDouble(), 733.33);
        QCOMPARE(o.value(QStringLiteral("traditional_coverage_percent")).toDouble(), 1.0);
        QCOMPARE(o.value(QStringLiteral("ai_coverage_percent")).toDouble(), 100.0);
        QCOMPARE(o.value(QStringLiteral("break_even_months")).toDouble(), 0.2667);
        QCOMPARE(o.value(QStringLiteral("years")).toArray().size(), 1);
    }

    void tableWithoutJson()
    {
        const auto r = runCli({QStringLiteral("roi")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("$500,000")));
        QVERIFY(r.out.contains(QStringLiteral("$60,000")));
        QVERIFY(r.out.contains(QStringLiteral("$440,000")));
        QVERIFY(r.out.contains(QStringLiteral("733.3%")));
        QVERIFY(r.out.contains(QStringLiteral("1.0% of calls")));
    }

    void everyOption()
    {
        const QJsonObject o = json({QStringLiteral("roi"), QStringLiteral("--analysts"), QStringLiteral("4"),
                                    QStringLiteral("--salary"), QStringLiteral("60000"),
                                    QStringLiteral("--calls-per-analyst"), QStringLiteral("250"),
                                    QStringLiteral("--call-volume"), QStringLiteral("50000"),
                                    QStringLiteral("--setup-cost"), QStringLiteral("20000"),
                                    QStringLiteral("--yearly-cost"), QStringLiteral("30000"),
                                    QStringLiteral("--years"), QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("traditional_cost")).toDouble(), 720000.0);
        QCOMPARE(o.value(QStringLiteral("ai_cost")).toDouble(), 110000.0);
        QCOMPARE(o.value(QStringLiteral("savings")).toDouble(), 610000.0);
        QCOMPARE(o.value(QStringLiteral("roi_percent")).toDouble(), 554.55);
        QCOMPARE(o.value(QStringLiteral("traditional_coverage_percent")).toDouble(), 2.0);
        const QJsonArray years = o.value(QStringLiteral("years")).toArray();
        QCOMPARE(years.size(), 3);
        QCOMPARE(years[0].toObject().value(QStringLiteral("ai_cost")).toDouble(), 50000.0);
        QCOMPARE(years[2].toObject().value(QStringLiteral("cumulative_savings")).toDouble(), 610000.0);
    }

    void audiobookAndDubbing()
    {
        QJsonObject o = json({QStringLiteral("roi"), QStringLiteral("audiobook"), QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("human_cost")).toDouble(), 2000.0);
        QCOMPARE(o.value(QStringLiteral("ai_cost")).toDouble(), 50.0);
        QCOMPARE(o.value(QStringLiteral("saved_percent")).toDouble(), 97.5);
        o = json({QStringLiteral("roi"), QStringLiteral("audiobook"), QStringLiteral("--hours"),
                  QStringLiteral("4"), QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("human_cost")).toDouble(), 800.0);
        o = json({QStringLiteral("roi"), QStringLiteral("dubbing"), QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("human_cost")).toDouble(), 4500.0);
        QCOMPARE(o.value(QStringLiteral("ai_cost")).toDouble(), 90.0);
        QCOMPARE(o.value(QStringLiteral("saved_percent")).toDouble(), 98.0);
        o = json({QStringLiteral("roi"), QStringLiteral("dubbing"), QStringLiteral("--minutes"),
                  QStringLiteral("120"), QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("ai_cost")).toDouble(), 120.0);
        const auto table = runCli({QStringLiteral("roi"), QStringLiteral("dubbing")});
        QVERIFY(table.out.contains(QStringLiteral("$4,500")));
        QVERIFY(table.out.contains(QStringLiteral("98.0% saved")));
    }

    void pricedFromTtsSpeed()
    {
        const QJsonObject o = json({QStringLiteral("roi"), QStringLiteral("audiobook"), QStringLiteral("--rtf"),
                                    QStringLiteral("0.05"), QStringLiteral("--compute-price"),
                                    QStringLiteral("0.2"), QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("ai_priced_from")).toString(), QStringLiteral("tts_speed"));
        QCOMPARE(o.value(QStringLiteral("ai_rate")).toDouble(), 0.01);
        QCOMPARE(o.value(QStringLiteral("ai_cost")).toDouble(), 0.1);
    }

    void csvAndScenario()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("roi.csv"));
        const auto r = runCli({QStringLiteral("roi"), QStringLiteral("--years"), QStringLiteral("2"),
                               QStringLiteral("--csv"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.startsWith(QStringLiteral("year,traditional_cost,ai_cost")));
        QVERIFY(text.contains(QStringLiteral("\r\n2,500000.00,50000.00,450000.00")));

        const QString scenario = dir.filePath(QStringLiteral("case.json"));
        QFile s(scenario);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write(R"({"format": "wavebench-roi", "version": 1, "call_center": {"analysts": 20}})");
        s.close();
        const QJsonObject o = json({QStringLiteral("roi"), QStringLiteral("--scenario"), scenario,
                                    QStringLiteral("--salary"), QStringLiteral("40000"), QStringLiteral("--json")});
        QCOMPARE(o.value(QStringLiteral("traditional_cost")).toDouble(), 800000.0);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative salary") << QStringList{QStringLiteral("--salary"), QStringLiteral("-5")}
                                         << QStringLiteral("--salary: The salary per analyst cannot be negative (-5).");
        QTest::newRow("zero analysts") << QStringList{QStringLiteral("--analysts"), QStringLiteral("0")}
                                       << QStringLiteral("--analysts: The number of QA analysts must be at least 1");
        QTest::newRow("zero years") << QStringList{QStringLiteral("--years"), QStringLiteral("0")}
                                    << QStringLiteral("--years: The horizon in years must be at least 1");
        QTest::newRow("51 years") << QStringList{QStringLiteral("--years"), QStringLiteral("51")}
                                  << QStringLiteral("must be at most 50");
        QTest::newRow("fractional years") << QStringList{QStringLiteral("--years"), QStringLiteral("2.5")}
                                          << QStringLiteral("--years must be a whole number, not '2.5'");
        QTest::newRow("not a number") << QStringList{QStringLiteral("--salary"), QStringLiteral("lots")}
                                      << QStringLiteral("--salary must be a number, not 'lots'");
        QTest::newRow("zero volume") << QStringList{QStringLiteral("--call-volume"), QStringLiteral("0")}
                                     << QStringLiteral("--call-volume:");
        QTest::newRow("more reviews than calls")
            << QStringList{QStringLiteral("--call-volume"), QStringLiteral("500")}
            << QStringLiteral("more than the 500 calls the center takes");
        QTest::newRow("free AI")
            << QStringList{QStringLiteral("--setup-cost"), QStringLiteral("0"), QStringLiteral("--yearly-cost"),
                           QStringLiteral("0")}
            << QStringLiteral("divide by zero");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")}
                                        << QStringLiteral("Unknown option 'bogus'");
        QTest::newRow("option of another case") << QStringList{QStringLiteral("--hours"), QStringLiteral("3")}
                                                << QStringLiteral("Unknown option 'hours'");
        QTest::newRow("unknown case") << QStringList{QStringLiteral("podcast")}
                                      << QStringLiteral("unexpected argument 'podcast'");
        QTest::newRow("zero hours") << QStringList{QStringLiteral("audiobook"), QStringLiteral("--hours"), QStringLiteral("0")}
                                    << QStringLiteral("--hours: The length of the content must be above zero (0).");
        QTest::newRow("negative minutes")
            << QStringList{QStringLiteral("dubbing"), QStringLiteral("--minutes"), QStringLiteral("-3")}
            << QStringLiteral("--minutes: The length of the content cannot be negative (-3).");
        QTest::newRow("zero human rate")
            << QStringList{QStringLiteral("dubbing"), QStringLiteral("--human-rate"), QStringLiteral("0")}
            << QStringLiteral("--human-rate:");
        QTest::newRow("zero rtf") << QStringList{QStringLiteral("audiobook"), QStringLiteral("--rtf"), QStringLiteral("0")}
                                  << QStringLiteral("--rtf: The real-time factor must be above zero");
        QTest::newRow("price without rtf")
            << QStringList{QStringLiteral("audiobook"), QStringLiteral("--compute-price"), QStringLiteral("1")}
            << QStringLiteral("--compute-price needs --rtf");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        args.prepend(QStringLiteral("roi"));
        args << QStringLiteral("--json");
        const auto r = runCli(args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("wavebench roi: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void missingScenarioFails()
    {
        const auto r = runCli({QStringLiteral("roi"), QStringLiteral("--scenario"), QStringLiteral("/nonexistent.json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent.json")));
    }

    void help()
    {
        for (const QString &sub : {QString(), QStringLiteral("audiobook"), QStringLiteral("dubbing")}) {
            QStringList args{QStringLiteral("roi")};
            if (!sub.isEmpty())
                args << sub;
            args << QStringLiteral("--help");
            const auto r = runCli(args);
            QCOMPARE(r.code, 0);
            QVERIFY(r.out.contains(QStringLiteral("Usage: wavebench roi")));
        }
        QVERIFY(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("roi")));
    }
};

QTEST_GUILESS_MAIN(TestCliRoi)
#include "tst_cli_roi.moc"
