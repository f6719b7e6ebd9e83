// Griffin-Lim: convergence, reproducibility, cancellation.
#include "GriffinLim.h"

#include "Error.h"
#include "Stft.h"
#include "TestSignals.h"

#include <QtTest>

#include <cmath>

using namespace wb;

namespace {

std::vector<float> sumOfSines(double seconds)
{
    std::vector<float> x = test::sine(220.0, 22050, seconds, 0.3f);
    for (double f : {550.0, 1234.5, 3000.0}) {
        const std::vector<float> s = test::sine(f, 22050, seconds, 0.15f);
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] += s[i];
    }
    return x;
}

StftParams params()
{
    StftParams p;
    p.nFft = 1024;
    p.hop = 256;
    return p;
}

} // namespace

class TestGriffinLim : public QObject
{
    Q_OBJECT

private slots:
    void convergenceFalls_data();
    void convergenceFalls();
    void randomInitIsReproducible();
    void lengthIsHonoured();
    void cancellationThrows();
    void badInputThrows();
};

void TestGriffinLim::convergenceFalls_data()
{
    QTest::addColumn<bool>("randomInit");
    QTest::addColumn<float>("momentum");
    QTest::addColumn<double>("bound");
    // Measured after 32 iterations: 0.085, 0.136 and 0.168. Zero phase starts
    // every partial in phase across frames, which Griffin-Lim undoes slowly.
    QTest::newRow("fast, random phase") << true << 0.99f << 0.11;
    QTest::newRow("fast, zero phase") << false << 0.99f << 0.17;
    QTest::newRow("classic, random phase") << true << 0.0f << 0.21;
}

void TestGriffinLim::convergenceFalls()
{
    QFETCH(bool, randomInit);
    QFETCH(float, momentum);
    QFETCH(double, bound);
    const Matrix mag = stftMagnitude(sumOfSines(2.0), params());
    GriffinLimParams gl;
    gl.iterations = 32;
    gl.randomInit = randomInit;
    gl.momentum = momentum;
    gl.seed = 42;
    std::vector<double> sc;
    const std::vector<float> y = griffinLim(mag, params(), gl, {}, &sc);
    QCOMPARE(int(sc.size()), 32);
    QVERIFY2(sc[31] < sc[3], qPrintable(QString("after 4: %1, after 32: %2").arg(sc[3]).arg(sc[31])));
    if (momentum > 0 && randomInit) {
        // The momentum is what makes the fast variant worth its name.
        GriffinLimParams classic = gl;
        classic.momentum = 0.0f;
        std::vector<double> scClassic;
        griffinLim(mag, params(), classic, {}, &scClassic);
        QVERIFY(sc[31] < scClassic[31]);
    }
    QVERIFY2(sc[31] < bound, qPrintable(QString("spectral convergence %1").arg(sc[31])));
    QCOMPARE((long long)y.size(), (long long)params().hop * (mag.cols() - 1));
}

void TestGriffinLim::randomInitIsReproducible()
{
    const Matrix mag = stftMagnitude(sumOfSines(0.5), params());
    GriffinLimParams gl;
    gl.iterations = 4;
    gl.seed = 7;
    const std::vector<float> a = griffinLim(mag, params(), gl);
    const std::vector<float> b = griffinLim(mag, params(), gl);
    QVERIFY(a == b);
    gl.seed = 8;
    const std::vector<float> c = griffinLim(mag, params(), gl);
    QCOMPARE(c.size(), a.size());
    QVERIFY(c != a);
}

void TestGriffinLim::lengthIsHonoured()
{
    const std::vector<float> x = sumOfSines(0.5);
    const Matrix mag = stftMagnitude(x, params());
    GriffinLimParams gl;
    gl.iterations = 2;
    gl.length = static_cast<long long>(x.size());
    QCOMPARE(griffinLim(mag, params(), gl).size(), x.size());
    gl.length = 0;
    QCOMPARE((long long)griffinLim(mag, params(), gl).size(), (long long)params().hop * (mag.cols() - 1));
}

void TestGriffinLim::cancellationThrows()
{
    const Matrix mag = stftMagnitude(sumOfSines(0.5), params());
    GriffinLimParams gl;
    gl.iterations = 16;
    int calls = 0;
    std::vector<double> seen;
    auto stopAtThird = [&](double f) {
        seen.push_back(f);
        return ++calls < 3;
    };
    QVERIFY_THROWS_EXCEPTION(wb::Cancelled, griffinLim(mag, params(), gl, stopAtThird));
    QCOMPARE(calls, 3);
    QVERIFY(seen[0] <= seen[1] && seen[1] <= seen[2]);

    // A callback that never cancels sees the whole range.
    seen.clear();
    griffinLim(mag, params(), gl, [&](double f) { seen.push_back(f); return true; });
    QCOMPARE(seen.front(), 0.0);
    QCOMPARE(seen.back(), 1.0);
}

void TestGriffinLim::badInputThrows()
{
    QVERIFY_THROWS_EXCEPTION(wb::Error, griffinLim(Matrix(100, 10), params())); // 100 bins != 513
    QVERIFY_THROWS_EXCEPTION(wb::Error, griffinLim(Matrix(513, 0), params()));
    GriffinLimParams gl;
    gl.iterations = -1;
    QVERIFY_THROWS_EXCEPTION(wb::Error, griffinLim(Matrix(513, 10, 1.0f), params(), gl));
}

QTEST_MAIN(TestGriffinLim)
#include "tst_griffinlim.moc"
