// WaveNet: architecture sizes, receptive field, causality, fast vs naive generation.
#include <torch/torch.h>

#include "Error.h"
#include "WaveNet.h"
#include "WaveNetFastGenerator.h"
#include "WaveNetGenerator.h"
#include "WaveNetMath.h"
#include "WaveNetNaiveGenerator.h"
#include "WaveNetWeights.h"
#include "WaveNetTestSupport.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <random>
#include <set>

using namespace wb;
using wb::test::makeConfig;

namespace {

struct Run
{
    std::vector<int> codes;
    std::vector<float> logits; // step-major
};

Run generate(const WaveNetWeights &w, WaveNetGenerateOptions o, bool naive)
{
    o.naive = naive;
    Run r;
    r.codes = WaveNetGenerator(w).generateCodes(o, {}, [&](std::int64_t, const float *l, int n) {
        r.logits.insert(r.logits.end(), l, l + n);
    });
    return r;
}

double maxAbsDiff(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size())
        return INFINITY;
    double m = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        m = std::max(m, double(std::fabs(a[i] - b[i])));
    return m;
}

} // namespace

class TestWaveNet : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parameterCount_data();
    void parameterCount();
    void receptiveField();
    void causalityAndReceptiveFieldByPerturbation();
    void fastMathIsAccurate();
    void fastMatchesNaiveSmallModel();
    void fastMatchesNaiveDefaultModel();
    void fastMatchesNaiveWithPrimeAndGreedy();
    void naiveWindowEqualsWholeHistory();
    void seedsDecideTheSamples();
    void melConditionedFastMatchesNaive();
    void fastGeneratorRejectsBadInput();
    void moduleTakesOnlyItsOwnWeights();
};

void TestWaveNet::initTestCase()
{
    torch::set_num_threads(1); // the machine is shared; single-thread timings are the ones that matter
}

void TestWaveNet::parameterCount_data()
{
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("blocks");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("levels");
    QTest::addColumn<int>("mel");
    QTest::addColumn<qint64>("expected");
    // By hand: input conv 2LR + R; per layer filter and gate 2(2R^2 + R), residual and
    // skip 2(R^2 + R), mel projection 2RM; output R^2 + R + RL + L.
    auto formula = [](qint64 layers, qint64 blocks, qint64 r, qint64 l, qint64 m) {
        const qint64 n = layers * blocks;
        return 2 * l * r + r + n * (2 * (2 * r * r + r) + 2 * (r * r + r) + 2 * r * m) + r * r + r + r * l + l;
    };
    QTest::newRow("seed default") << 10 << 2 << 32 << 256 << 0 << qint64(151360);
    QCOMPARE(formula(10, 2, 32, 256, 0), qint64(151360));
    QTest::newRow("tiny") << 4 << 1 << 8 << 16 << 0 << formula(4, 1, 8, 16, 0);
    QTest::newRow("3x3x16x64") << 3 << 3 << 16 << 64 << 0 << formula(3, 3, 16, 64, 0);
    QTest::newRow("mel 80") << 5 << 2 << 24 << 256 << 80 << formula(5, 2, 24, 256, 80);
}

void TestWaveNet::parameterCount()
{
    QFETCH(int, layers);
    QFETCH(int, blocks);
    QFETCH(int, channels);
    QFETCH(int, levels);
    QFETCH(int, mel);
    QFETCH(qint64, expected);
    const WaveNetConfig c = makeConfig(layers, blocks, channels, levels, mel);
    QCOMPARE(qint64(c.parameterCount()), expected);
    WaveNet model(c);
    qint64 counted = 0;
    for (const auto &p : model->parameters())
        counted += p.numel();
    QCOMPARE(counted, expected);
}

void TestWaveNet::receptiveField()
{
    // One block of dilations 1..2^(L-1) spans 2^L - 1, each block adds that, the input conv 1, and 1 for t itself.
    QCOMPARE(WaveNetConfig().receptiveField(), std::int64_t(2048));
    QCOMPARE(makeConfig(4, 1, 8, 16).receptiveField(), std::int64_t(17));
    QCOMPARE(makeConfig(3, 3, 8, 16).receptiveField(), std::int64_t(23));
    QCOMPARE(makeConfig(10, 1, 8, 16).receptiveField(), std::int64_t(1025));
    const std::string text = WaveNetConfig().receptiveFieldExplanation();
    QVERIFY(text.find("2048") != std::string::npos);
    QVERIFY(text.find("2**10") != std::string::npos);
}

void TestWaveNet::causalityAndReceptiveFieldByPerturbation()
{
    const WaveNetConfig c = makeConfig(4, 2, 8, 16); // receptive field 2 * 15 + 2 = 32
    WaveNetNaiveGenerator net(WaveNetWeights::random(c, 3));
    std::mt19937 rng(5);
    std::vector<int> codes(90);
    for (int &v : codes)
        v = int(rng() % 16);
    const std::vector<float> before = net.allLogits(codes);
    const int changed = 30;
    codes[changed] = (codes[changed] + 7) % 16;
    const std::vector<float> after = net.allLogits(codes);
    const int n = int(codes.size());
    std::vector<double> diffs(std::size_t(n), 0.0);
    for (int t = 0; t < n; ++t)
        for (int l = 0; l < c.levels; ++l)
            diffs[std::size_t(t)] = std::max(diffs[std::size_t(t)], double(std::fabs(before[std::size_t(l * n + t)] -
                                                                                      after[std::size_t(l * n + t)])));
    for (int t = 0; t < n; ++t) {
        const bool sees = t >= changed && t < changed + c.receptiveField();
        if (sees)
            QVERIFY2(diffs[std::size_t(t)] > 0.0, qPrintable(QStringLiteral("output %1 should see input %2").arg(t).arg(changed)));
        else
            QVERIFY2(diffs[std::size_t(t)] == 0.0, qPrintable(QStringLiteral("output %1 must not see input %2").arg(t).arg(changed)));
    }
}

void TestWaveNet::fastMathIsAccurate()
{
    double t = 0, s = 0, e = 0;
    for (double x = -30; x <= 30; x += 1.0 / 4096) {
        const float f = float(x);
        t = std::max(t, std::fabs(double(wavenet_math::tanh(f)) - std::tanh(double(f))));
        s = std::max(s, std::fabs(double(wavenet_math::sigmoid(f)) - 1.0 / (1.0 + std::exp(-double(f)))));
        if (f <= 0)
            e = std::max(e, std::fabs(double(wavenet_math::expNonPositive(f)) / std::exp(double(f)) - 1.0));
    }
    QVERIFY2(t < 2e-7, qPrintable(QString::number(t)));
    QVERIFY2(s < 2e-7, qPrintable(QString::number(s)));
    QVERIFY2(e < 3e-7, qPrintable(QString::number(e)));
    QCOMPARE(wavenet_math::tanh(1e6f), 1.0f);
    QCOMPARE(wavenet_math::tanh(-1e6f), -1.0f);
    QVERIFY(std::isfinite(wavenet_math::tanh(std::nanf(""))));
}

void TestWaveNet::fastMatchesNaiveSmallModel()
{
    const WaveNetWeights w = WaveNetWeights::random(makeConfig(5, 2, 16, 64), 11);
    WaveNetGenerateOptions o;
    o.samples = 2500;
    o.seed = 42;
    o.temperature = 1.0f;
    const Run fast = generate(w, o, false);
    const Run naive = generate(w, o, true);
    QCOMPARE(fast.codes.size(), std::size_t(2500));
    QCOMPARE(fast.codes, naive.codes);
    const double diff = maxAbsDiff(fast.logits, naive.logits);
    QVERIFY2(diff < 1e-4, qPrintable(QString::number(diff)));
    // Not a degenerate run: the samples vary.
    QVERIFY(std::set<int>(fast.codes.begin(), fast.codes.end()).size() > 10);
}

void TestWaveNet::fastMatchesNaiveDefaultModel()
{
    const WaveNetWeights w = WaveNetWeights::random(WaveNetConfig(), 12);
    WaveNetGenerateOptions o;
    o.samples = 120;
    o.seed = 3;
    const Run fast = generate(w, o, false);
    const Run naive = generate(w, o, true);
    QCOMPARE(fast.codes, naive.codes);
    const double diff = maxAbsDiff(fast.logits, naive.logits);
    QVERIFY2(diff < 1e-4, qPrintable(QString::number(diff)));
}

void TestWaveNet::fastMatchesNaiveWithPrimeAndGreedy()
{
    const WaveNetWeights w = WaveNetWeights::random(makeConfig(4, 2, 12, 32), 13);
    WaveNetGenerateOptions o;
    o.samples = 400;
    o.prime = test::cycleSine(150, 0.01);
    o.temperature = 0.0f;
    const Run fast = generate(w, o, false);
    const Run naive = generate(w, o, true);
    QCOMPARE(fast.codes, naive.codes);
    QVERIFY(maxAbsDiff(fast.logits, naive.logits) < 1e-4);
    o.temperature = 0.7f;
    QCOMPARE(generate(w, o, false).codes, generate(w, o, true).codes);
}

void TestWaveNet::naiveWindowEqualsWholeHistory()
{
    const WaveNetWeights w = WaveNetWeights::random(makeConfig(3, 2, 8, 32), 14); // field 16
    WaveNetGenerateOptions o;
    o.samples = 120;
    o.naive = true;
    const Run window = generate(w, o, true);
    o.naiveWholeHistory = true;
    const Run whole = generate(w, o, true);
    QCOMPARE(window.codes, whole.codes);
    QVERIFY(maxAbsDiff(window.logits, whole.logits) < 1e-5);
}

void TestWaveNet::seedsDecideTheSamples()
{
    const WaveNetWeights w = WaveNetWeights::random(makeConfig(4, 1, 8, 64), 15);
    WaveNetGenerateOptions o;
    o.samples = 500;
    o.seed = 1;
    const std::vector<int> a = WaveNetGenerator(w).generateCodes(o);
    QCOMPARE(WaveNetGenerator(w).generateCodes(o), a);
    o.seed = 2;
    QVERIFY(WaveNetGenerator(w).generateCodes(o) != a);
    QCOMPARE(WaveNetGenerator(w).generate(o).size(), std::size_t(500));
}

void TestWaveNet::melConditionedFastMatchesNaive()
{
    const WaveNetConfig c = makeConfig(4, 2, 16, 64, /*mel=*/8, /*hop=*/16);
    const WaveNetWeights w = WaveNetWeights::random(c, 16);
    std::mt19937 rng(9);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    WaveNetGenerateOptions o;
    o.samples = 600;
    o.mel.resize(std::size_t(40 * c.melChannels)); // 40 frames: 640 samples
    for (float &v : o.mel)
        v = normal(rng);
    const Run fast = generate(w, o, false);
    const Run naive = generate(w, o, true);
    QCOMPARE(fast.codes, naive.codes);
    const double diff = maxAbsDiff(fast.logits, naive.logits);
    QVERIFY2(diff < 1e-4, qPrintable(QString::number(diff)));
    // The mel matters: another mel gives other logits.
    for (float &v : o.mel)
        v = normal(rng);
    o.samples = 50;
    QVERIFY(maxAbsDiff(generate(w, o, false).logits,
                       std::vector<float>(fast.logits.begin(), fast.logits.begin() + 50 * c.levels)) > 1e-3);
    // Without a mel a conditioned model refuses to run.
    o.mel.clear();
    QVERIFY_THROWS_EXCEPTION(wb::Error, WaveNetGenerator(w).generateCodes(o));
}

void TestWaveNet::fastGeneratorRejectsBadInput()
{
    WaveNetFastGenerator fast(WaveNetWeights::random(makeConfig(2, 1, 4, 8), 24));
    QVERIFY_THROWS_EXCEPTION(wb::Error, fast.step(8));
    QVERIFY_THROWS_EXCEPTION(wb::Error, fast.step(-1));
    fast.step(3);
    QCOMPARE(fast.position(), std::int64_t(1));
    fast.reset();
    QCOMPARE(fast.position(), std::int64_t(0));
    WaveNetFastGenerator mel(WaveNetWeights::random(makeConfig(2, 1, 4, 8, 3, 4), 25));
    QVERIFY_THROWS_EXCEPTION(wb::Error, mel.step(1));
}

void TestWaveNet::moduleTakesOnlyItsOwnWeights()
{
    const WaveNetWeights w = WaveNetWeights::random(WaveNetConfig(), 21);
    WaveNet model(WaveNetConfig{});
    model->copyFrom(w);
    QCOMPARE(model->weights().values("layers.7.gate.weight"), w.values("layers.7.gate.weight"));
    QCOMPARE(model->weights().values("output2.bias"), w.values("output2.bias"));
    QVERIFY_THROWS_EXCEPTION(wb::Error, WaveNet(makeConfig(3, 1, 8, 16))->copyFrom(w));
}

QTEST_GUILESS_MAIN(TestWaveNet)
#include "tst_wavenet.moc"
