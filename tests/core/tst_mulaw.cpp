// Mu-law companding: known codes, round trip, clipping.
#include "MuLaw.h"

#include "Error.h"

#include <QtTest>

#include <cmath>

using namespace wb;

class TestMuLaw : public QObject
{
    Q_OBJECT

private slots:
    void knownValues_data();
    void knownValues();
    void roundTripWithinOneStep();
    void clipsOutOfRange_data();
    void clipsOutOfRange();
    void vectorsMatchScalars();
    void codesAreMonotonic();
    void badMuThrows();
};

void TestMuLaw::knownValues_data()
{
    QTest::addColumn<float>("x");
    QTest::addColumn<int>("code");
    QTest::newRow("zero") << 0.0f << 128;
    QTest::newRow("negative zero") << -0.0f << 128;
    QTest::newRow("one") << 1.0f << 255;
    QTest::newRow("minus one") << -1.0f << 0;
    // y = ln(1 + 255 * 0.5) / ln(256) = 0.87554..., q = floor(1.87554 / 2 * 255 + 0.5) = 239
    QTest::newRow("half") << 0.5f << 239;
    QTest::newRow("minus half") << -0.5f << 16;
}

void TestMuLaw::knownValues()
{
    QFETCH(float, x);
    QFETCH(int, code);
    QCOMPARE(muLawEncode(x), code);
}

void TestMuLaw::roundTripWithinOneStep()
{
    // Quantization is uniform in the companded domain y (step 2 / mu), so the
    // round trip must land within half a step there, and within the width of
    // the code's own cell in the linear domain.
    const int mu = 255;
    auto compress = [mu](double x) { return std::copysign(std::log1p(mu * std::fabs(x)) / std::log1p(mu), x); };
    for (int i = 0; i <= 20000; ++i) {
        const float x = -1.0f + 2.0f * float(i) / 20000.0f;
        const int q = muLawEncode(x);
        QVERIFY(q >= 0 && q <= mu);
        const float back = muLawDecode(q);
        const double dy = std::fabs(compress(back) - compress(x));
        QVERIFY2(dy <= 1.0 / mu + 1e-6, qPrintable(QString("x=%1 q=%2 dy=%3").arg(x).arg(q).arg(dy)));
        const double cell = std::max(std::fabs(muLawDecode(std::min(q + 1, mu)) - back),
                                     std::fabs(back - muLawDecode(std::max(q - 1, 0))));
        QVERIFY2(std::fabs(back - x) <= cell + 1e-6,
                 qPrintable(QString("x=%1 back=%2 cell=%3").arg(x).arg(back).arg(cell)));
    }
    QCOMPARE(muLawDecode(255), 1.0f);
    QCOMPARE(muLawDecode(0), -1.0f);
    QVERIFY(std::fabs(muLawDecode(128)) < 0.005f);
}

void TestMuLaw::clipsOutOfRange_data()
{
    QTest::addColumn<float>("x");
    QTest::addColumn<int>("code");
    QTest::newRow("1.5") << 1.5f << 255;
    QTest::newRow("100") << 100.0f << 255;
    QTest::newRow("-3") << -3.0f << 0;
    QTest::newRow("inf") << INFINITY << 255;
    QTest::newRow("-inf") << -INFINITY << 0;
    QTest::newRow("nan is silence") << NAN << 128;
}

void TestMuLaw::clipsOutOfRange()
{
    QFETCH(float, x);
    QFETCH(int, code);
    QCOMPARE(muLawEncode(x), code);
    // Decoding clips codes as well.
    QCOMPARE(muLawDecode(300), 1.0f);
    QCOMPARE(muLawDecode(-5), -1.0f);
}

void TestMuLaw::vectorsMatchScalars()
{
    std::vector<float> x;
    for (int i = -50; i <= 50; ++i)
        x.push_back(float(i) / 37.0f);
    const std::vector<int> codes = muLawEncode(x);
    const std::vector<float> back = muLawDecode(codes);
    QCOMPARE(codes.size(), x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        QCOMPARE(codes[i], muLawEncode(x[i]));
        QCOMPARE(back[i], muLawDecode(codes[i]));
    }
    // Another mu gives another code range.
    QCOMPARE(muLawEncode(1.0f, 15), 15);
    QCOMPARE(muLawEncode(-1.0f, 15), 0);
}

void TestMuLaw::codesAreMonotonic()
{
    int previous = -1;
    for (int i = 0; i <= 4000; ++i) {
        const int q = muLawEncode(-1.0f + 2.0f * float(i) / 4000.0f);
        QVERIFY(q >= previous);
        previous = q;
    }
    for (int q = 1; q <= 255; ++q)
        QVERIFY(muLawDecode(q) > muLawDecode(q - 1));
}

void TestMuLaw::badMuThrows()
{
    QVERIFY_THROWS_EXCEPTION(wb::Error, muLawEncode(0.1f, 0));
    QVERIFY_THROWS_EXCEPTION(wb::Error, muLawDecode(3, -1));
}

QTEST_MAIN(TestMuLaw)
#include "tst_mulaw.moc"
