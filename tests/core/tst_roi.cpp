// The ROI calculator's core: the course's figures exactly (traditional
// $500,000, AI $60,000, savings $440,000, ROI 733.3%, coverage 1% vs 100%),
// several years, break-even, inputs refused with a clear message, the content
// cases (audiobook 97.5%, dubbing 98%) and their TTS-priced variant, scenario
// JSON round trip and CSV.
#include "Error.h"
#include "callcenter/Roi.h"
#include "callcenter/RoiScenario.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace wb;

class TestRoi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsReproduceTheCourse()
    {
        const RoiInputs in;
        QVERIFY(in.validate().empty());
        const RoiResult r = computeRoi(in);
        QCOMPARE(r.traditionalCost, 500000.0);
        QCOMPARE(r.aiCost, 60000.0);
        QCOMPARE(r.savings, 440000.0);
        QCOMPARE(std::round(r.roiPercent * 10.0) / 10.0, 733.3);
        QVERIFY(std::fabs(r.roiPercent - 440000.0 / 60000.0 * 100.0) < 1e-9);
        QCOMPARE(r.traditionalCoverage, 1.0);
        QCOMPARE(r.aiCoverage, 100.0);
        QCOMPARE(int(r.years.size()), 1);
        QCOMPARE(r.years[0].ai, 60000.0);
        // $500,000 for 12,000 reviewed calls a year, $60,000 for 1.2 million.
        QVERIFY(std::fabs(r.costPerCallTraditional - 500000.0 / 12000.0) < 1e-9);
        QVERIFY(std::fabs(r.costPerCallAi - 0.05) < 1e-12);
        // 12 x 10,000 / (500,000 - 50,000) months: about 8 days.
        QVERIFY(r.breakEvenMonths.has_value());
        QVERIFY(std::fabs(*r.breakEvenMonths - 12.0 * 10000.0 / 450000.0) < 1e-12);
        QVERIFY(r.breaksEvenWithinHorizon());
    }

    void severalYears()
    {
        RoiInputs in;
        in.years = 3;
        const RoiResult r = computeRoi(in);
        QCOMPARE(int(r.years.size()), 3);
        QCOMPARE(r.years[0].ai, 60000.0);
        QCOMPARE(r.years[1].ai, 50000.0); // the setup is paid once
        QCOMPARE(r.years[2].cumulativeAi, 160000.0);
        QCOMPARE(r.years[2].cumulativeTraditional, 1500000.0);
        QCOMPARE(r.years[1].cumulativeSavings(), 890000.0);
        QCOMPARE(r.traditionalCost, 1500000.0);
        QCOMPARE(r.aiCost, 160000.0);
        QCOMPARE(r.savings, 1340000.0);
        QVERIFY(std::fabs(r.roiPercent - 1340000.0 / 160000.0 * 100.0) < 1e-9); // 837.5%
    }

    void breakEven()
    {
        RoiInputs in;
        in.analysts = 2;           // $100,000 a year
        in.setupCost = 120000.0;   // paid back at $50,000 a year of difference
        in.yearlyCost = 50000.0;
        in.years = 2;
        RoiResult r = computeRoi(in);
        QCOMPARE(*r.breakEvenMonths, 28.8);
        QVERIFY(!r.breaksEvenWithinHorizon());
        QVERIFY(r.savings < 0.0);
        QVERIFY(r.roiPercent < 0.0);
        in.years = 3;
        QVERIFY(computeRoi(in).breaksEvenWithinHorizon());
        // An AI that costs as much a year as the team never pays its setup back.
        in.yearlyCost = 100000.0;
        QVERIFY(!computeRoi(in).breakEvenMonths.has_value());
        // Without a setup, cheaper from day one.
        in.setupCost = 0.0;
        in.yearlyCost = 40000.0;
        QCOMPARE(*computeRoi(in).breakEvenMonths, 0.0);
    }

    void badInputs_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("message");
        using F = RoiIssue::Field;
        using P = RoiIssue::Problem;
        QTest::newRow("negative salary") << int(F::Salary) << -5.0 << int(P::Negative)
                                         << QStringLiteral("The salary per analyst cannot be negative (-5).");
        QTest::newRow("zero analysts") << int(F::Analysts) << 0.0 << int(P::BelowMinimum)
                                       << QStringLiteral("The number of QA analysts must be at least 1 (0).");
        QTest::newRow("zero volume") << int(F::CallVolume) << 0.0 << int(P::BelowMinimum)
                                     << QStringLiteral("call volume per month must be at least 1");
        QTest::newRow("zero calls per analyst") << int(F::CallsPerAnalyst) << 0.0 << int(P::NotPositive)
                                                << QStringLiteral("must be above zero");
        QTest::newRow("zero years") << int(F::Years) << 0.0 << int(P::BelowMinimum)
                                    << QStringLiteral("horizon in years must be at least 1");
        QTest::newRow("51 years") << int(F::Years) << 51.0 << int(P::AboveMaximum)
                                  << QStringLiteral("horizon in years must be at most 50 (51)");
        QTest::newRow("NaN setup") << int(F::SetupCost) << std::numeric_limits<double>::quiet_NaN()
                                   << int(P::NotANumber) << QStringLiteral("The AI setup cost is not a number.");
        QTest::newRow("negative yearly") << int(F::YearlyCost) << -1.0 << int(P::Negative)
                                         << QStringLiteral("cannot be negative");
    }

    void badInputs()
    {
        QFETCH(int, field);
        QFETCH(double, value);
        QFETCH(int, problem);
        QFETCH(QString, message);
        RoiInputs in;
        switch (RoiIssue::Field(field)) {
        case RoiIssue::Field::Analysts: in.analysts = int(value); break;
        case RoiIssue::Field::Salary: in.salary = value; break;
        case RoiIssue::Field::CallsPerAnalyst: in.callsPerAnalyst = value; break;
        case RoiIssue::Field::CallVolume: in.callVolume = value; break;
        case RoiIssue::Field::SetupCost: in.setupCost = value; break;
        case RoiIssue::Field::YearlyCost: in.yearlyCost = value; break;
        case RoiIssue::Field::Years: in.years = int(value); break;
        default: QFAIL("not a call-center field");
        }
        const auto issues = in.validate();
        QCOMPARE(int(issues.size()), 1);
        QCOMPARE(int(issues[0].field), field);
        QCOMPARE(int(issues[0].problem), problem);
        const QString text = QString::fromStdString(issues[0].message());
        QVERIFY2(text.contains(message), qPrintable(text));
        try {
            computeRoi(in);
            QFAIL("computeRoi accepted a bad input");
        } catch (const Error &e) {
            QCOMPARE(QString::fromUtf8(e.what()), text);
        }
    }

    void impossibleCombinations()
    {
        RoiInputs in;
        in.callVolume = 500.0; // 10 x 100 reviewed of 500
        auto issues = in.validate();
        QCOMPARE(int(issues.size()), 1);
        QCOMPARE(issues[0].problem, RoiIssue::Problem::ReviewsExceedVolume);
        QCOMPARE(QString::fromStdString(issues[0].message()),
                 QStringLiteral("The analysts would review 1000 calls a month, more than the 500 "
                                "calls the center takes."));
        in = RoiInputs();
        in.setupCost = in.yearlyCost = 0.0; // ROI would divide by zero
        issues = in.validate();
        QCOMPARE(int(issues.size()), 1);
        QCOMPARE(issues[0].problem, RoiIssue::Problem::NoAiCost);
        QVERIFY(QString::fromStdString(issues[0].message()).contains(QStringLiteral("divide by zero")));
        QVERIFY_THROWS_EXCEPTION(Error, computeRoi(in));
        // Several problems are all reported, in the form's order.
        in = RoiInputs();
        in.analysts = 0;
        in.salary = -1.0;
        in.years = 0;
        QCOMPARE(int(in.validate().size()), 3);
    }

    void audiobookAndDubbing()
    {
        const ContentResult book = ContentCase::audiobook().compute();
        QCOMPARE(book.humanCost, 2000.0);
        QCOMPARE(book.aiCost, 50.0);
        QCOMPARE(book.savings, 1950.0);
        QCOMPARE(book.savedPercent, 97.5);
        const ContentResult film = ContentCase::dubbing().compute();
        QCOMPARE(film.humanCost, 4500.0);
        QCOMPARE(film.aiCost, 90.0);
        QCOMPARE(film.savedPercent, 98.0);

        ContentCase bad = ContentCase::audiobook();
        bad.humanRate = 0.0; // the saved share divides by the human cost
        QCOMPARE(int(bad.validate().size()), 1);
        QCOMPARE(bad.validate()[0].problem, RoiIssue::Problem::NotPositive);
        QVERIFY_THROWS_EXCEPTION(Error, bad.compute());
        bad = ContentCase::dubbing();
        bad.amount = -90.0;
        QCOMPARE(bad.validate()[0].problem, RoiIssue::Problem::Negative);
    }

    void pricedFromTtsSpeed()
    {
        TtsPricing p;
        p.realTimeFactor = 0.04;
        p.computePricePerHour = 0.10;
        QVERIFY(std::fabs(p.costPerAudioHour() - 0.004) < 1e-15);
        const ContentCase book = ContentCase::audiobook().pricedBy(p);
        QVERIFY(std::fabs(book.aiRate - 0.004) < 1e-15);
        const ContentResult r = book.compute();
        QVERIFY(std::fabs(r.aiCost - 0.04) < 1e-12); // 10 hours of audio: 24 minutes of CPU
        QVERIFY(r.savedPercent > 99.99);
        const ContentCase film = ContentCase::dubbing().pricedBy(p);
        QVERIFY(std::fabs(film.aiRate - 0.004 / 60.0) < 1e-15);

        RoiScenario s;
        s.ttsPricing = p;
        QCOMPARE(s.effectiveAudiobook().aiRate, 5.0);
        s.priceFromTts = true;
        QVERIFY(std::fabs(s.effectiveAudiobook().aiRate - 0.004) < 1e-15);

        p.realTimeFactor = 0.0;
        QCOMPARE(p.validate()[0].problem, RoiIssue::Problem::NotPositive);
        QVERIFY_THROWS_EXCEPTION(Error, ContentCase::audiobook().pricedBy(p));
    }

    void scenarioRoundTrip()
    {
        RoiScenario s;
        s.callCenter.analysts = 7;
        s.callCenter.salary = 61234.5;
        s.callCenter.callsPerAnalyst = 120;
        s.callCenter.callVolume = 250000;
        s.callCenter.setupCost = 25000;
        s.callCenter.yearlyCost = 42000;
        s.callCenter.years = 4;
        s.audiobook.amount = 12.5;
        s.dubbing.humanRate = 65;
        s.ttsPricing.realTimeFactor = 0.123;
        s.ttsPricing.computePricePerHour = 0.5;
        s.priceFromTts = true;
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("case.json")).toStdString();
        s.save(path);
        const RoiScenario t = RoiScenario::load(path);
        QCOMPARE(t.toJson(), s.toJson());
        QCOMPARE(t.callCenter.analysts, 7);
        QCOMPARE(t.callCenter.salary, 61234.5);
        QCOMPARE(t.callCenter.years, 4);
        QCOMPARE(t.audiobook.amount, 12.5);
        QCOMPARE(t.dubbing.humanRate, 65.0);
        QCOMPARE(t.dubbing.kind, ContentCase::Kind::Dubbing);
        QCOMPARE(t.ttsPricing.realTimeFactor, 0.123);
        QVERIFY(t.priceFromTts);

        // Fields left out keep the course's defaults.
        const RoiScenario partial = RoiScenario::fromJson(
            R"({"format": "wavebench-roi", "version": 1, "call_center": {"years": 2}})");
        QCOMPARE(partial.callCenter.years, 2);
        QCOMPARE(partial.callCenter.salary, 50000.0);
        QCOMPARE(partial.dubbing.amount, 90.0);
    }

    void badScenarios_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QStringLiteral("{oops") << QStringLiteral("not JSON");
        QTest::newRow("other format") << QStringLiteral(R"({"format": "other"})")
                                      << QStringLiteral("not a WaveBench ROI scenario");
        QTest::newRow("string salary")
            << QStringLiteral(R"({"format": "wavebench-roi", "call_center": {"salary": "lots"}})")
            << QStringLiteral("\"call_center.salary\" must be a number");
        QTest::newRow("negative salary")
            << QStringLiteral(R"({"format": "wavebench-roi", "call_center": {"salary": -1}})")
            << QStringLiteral("call_center: The salary per analyst cannot be negative (-1).");
        QTest::newRow("fractional years")
            << QStringLiteral(R"({"format": "wavebench-roi", "call_center": {"years": 1.5}})")
            << QStringLiteral("must be a whole number");
        QTest::newRow("zero minutes")
            << QStringLiteral(R"({"format": "wavebench-roi", "dubbing": {"minutes": 0}})")
            << QStringLiteral("dubbing: The length of the content must be above zero (0).");
    }

    void badScenarios()
    {
        QFETCH(QString, json);
        QFETCH(QString, message);
        try {
            RoiScenario::fromJson(json.toStdString());
            QFAIL("accepted a bad scenario");
        } catch (const Error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(message), e.what());
        }
    }

    void missingFileNamesThePath()
    {
        try {
            RoiScenario::load("/nonexistent/case.json");
            QFAIL("loaded a missing file");
        } catch (const Error &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("/nonexistent/case.json")));
        }
    }

    void csv()
    {
        RoiInputs in;
        in.years = 2;
        const QString csv = QString::fromStdString(roiCsv(in, computeRoi(in)));
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(lines[0], QStringLiteral("year,traditional_cost,ai_cost,savings,cumulative_traditional,"
                                          "cumulative_ai,cumulative_savings"));
        QCOMPARE(lines[1], QStringLiteral("1,500000.00,60000.00,440000.00,500000.00,60000.00,440000.00"));
        QCOMPARE(lines[2], QStringLiteral("2,500000.00,50000.00,450000.00,1000000.00,110000.00,890000.00"));
        QCOMPARE(lines[3], QStringLiteral("total,1000000.00,110000.00,890000.00,,,"));
        QVERIFY(csv.contains(QStringLiteral("\r\nroi_percent,809.09\r\n")));
        QVERIFY(csv.contains(QStringLiteral("\r\ntraditional_coverage_percent,1.00\r\n")));

        const QString content = QString::fromStdString(
            contentCsv({ContentCase::audiobook(), ContentCase::dubbing()}));
        QVERIFY(content.contains(QStringLiteral("\r\naudiobook,10,hour,200,5,2000.00,50.0000,1950.0000,97.50\r\n")));
        QVERIFY(content.contains(QStringLiteral("\r\ndubbing,90,minute,50,1,4500.00,90.0000,4410.0000,98.00\r\n")));
    }
};

QTEST_GUILESS_MAIN(TestRoi)
#include "tst_roi.moc"
