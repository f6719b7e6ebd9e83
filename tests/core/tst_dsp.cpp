// Core DSP against known values and exact properties (librosa 0.11 conventions).
#include "Decibel.h"
#include "Error.h"
#include "Fft.h"
#include "MelFilterbank.h"
#include "Stft.h"
#include "TestSignals.h"
#include "Window.h"

#include <QtTest>

#include <cmath>
#include <complex>
#include <numeric>
#include <thread>

using namespace wb;

namespace {

double maxAbs(const Matrix &m)
{
    double v = 0;
    for (float x : m.values())
        v = std::max(v, std::fabs(double(x)));
    return v;
}

} // namespace

class TestDsp : public QObject
{
    Q_OBJECT

private slots:
    void fftMatchesNaiveDft_data();
    void fftMatchesNaiveDft();
    void fftHandlesUnalignedArrays();
    void windowsArePeriodic_data();
    void windowsArePeriodic();
    void frameCount_data();
    void frameCount();
    void toneLandsInItsBin_data();
    void toneLandsInItsBin();
    void melScaleKnownPoints_data();
    void melScaleKnownPoints();
    void filterbankRowsIntegrateAsNormalised_data();
    void filterbankRowsIntegrateAsNormalised();
    void melSpectrogramMatchesSlowPath_data();
    void melSpectrogramMatchesSlowPath();
    void melInverseIsNonNegativeLeastSquares();
    void powerToDb();
    void istftReconstructs_data();
    void istftReconstructs();
    void concurrentUseAgrees();
    void badParametersThrow();
};

void TestDsp::fftMatchesNaiveDft_data()
{
    QTest::addColumn<int>("n");
    for (int n : {16, 100, 256, 2048, 4096})
        QTest::newRow(qPrintable(QString::number(n))) << n;
}

void TestDsp::fftMatchesNaiveDft()
{
    QFETCH(int, n);
    const auto fft = RealFft::forSize(n);
    QCOMPARE(int(fft->bins()), n / 2 + 1);
    const std::vector<float> x = test::noise(n, 1.0f, 7);
    std::vector<std::complex<float>> X(fft->bins());
    fft->forward(x.data(), X.data());

    double maxErr = 0, scale = 0, energyTime = 0, energyFreq = 0;
    for (int k = 0; k <= n / 2; ++k) {
        std::complex<double> ref = 0;
        for (int i = 0; i < n; ++i)
            ref += double(x[i]) * std::polar(1.0, -2.0 * M_PI * double(k) * i / n);
        maxErr = std::max(maxErr, std::abs(ref - std::complex<double>(X[k])));
        scale = std::max(scale, std::abs(ref));
        // Parseval for a real signal: the bins strictly between DC and Nyquist count twice.
        const bool single = k == 0 || (n % 2 == 0 && k == n / 2);
        energyFreq += (single ? 1.0 : 2.0) * std::norm(std::complex<double>(X[k]));
    }
    for (float v : x)
        energyTime += double(v) * v;
    QVERIFY2(maxErr <= 1e-5 * scale, qPrintable(QString("max error %1 of %2").arg(maxErr).arg(scale)));
    QVERIFY(std::fabs(energyFreq / n - energyTime) <= 1e-5 * energyTime);

    std::vector<float> back(n);
    fft->inverse(X.data(), back.data());
    for (int i = 0; i < n; ++i)
        QVERIFY(std::fabs(back[i] - x[i]) < 1e-5f);
    QCOMPARE(RealFft::forSize(n).get(), fft.get()); // plans are cached per size
}

void TestDsp::fftHandlesUnalignedArrays()
{
    const int n = 512;
    const auto fft = RealFft::forSize(n);
    const std::vector<float> x = test::noise(n, 1.0f, 3);
    std::vector<float> inBuf(n + 1);
    std::copy(x.begin(), x.end(), inBuf.begin() + 1);
    std::vector<std::complex<float>> a(fft->bins()), b(fft->bins() + 1);
    fft->forward(x.data(), a.data());
    // One float past an aligned start is never FFTW-aligned.
    fft->forward(inBuf.data() + 1, b.data() + 1);
    for (std::size_t k = 0; k < a.size(); ++k)
        QCOMPARE(b[k + 1], a[k]);
    std::vector<float> outBuf(n + 1);
    fft->inverse(b.data() + 1, outBuf.data() + 1);
    for (int i = 0; i < n; ++i)
        QVERIFY(std::fabs(outBuf[i + 1] - x[i]) < 1e-5f);
}

void TestDsp::windowsArePeriodic_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<std::vector<float>>("expected");
    // scipy.signal.get_window(name, 4, fftbins=True)
    QTest::newRow("hann") << "hann" << std::vector<float>{0.0f, 0.5f, 1.0f, 0.5f};
    QTest::newRow("hamming") << "hamming" << std::vector<float>{0.08f, 0.54f, 1.0f, 0.54f};
    QTest::newRow("blackman") << "blackman" << std::vector<float>{0.0f, 0.34f, 1.0f, 0.34f};
    QTest::newRow("rectangular") << "rectangular" << std::vector<float>{1.0f, 1.0f, 1.0f, 1.0f};
}

void TestDsp::windowsArePeriodic()
{
    QFETCH(QString, name);
    QFETCH(std::vector<float>, expected);
    const WindowType type = windowTypeFromName(name.toStdString());
    QCOMPARE(QString::fromStdString(windowTypeName(type)), name);
    const std::vector<float> w = makeWindow(type, 4);
    QCOMPARE(w.size(), expected.size());
    for (std::size_t i = 0; i < w.size(); ++i)
        QVERIFY2(std::fabs(w[i] - expected[i]) < 1e-6f, qPrintable(QString("w[%1] = %2").arg(i).arg(w[i])));
}

void TestDsp::frameCount_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<int>("nFft");
    QTest::addColumn<int>("hop");
    QTest::addColumn<bool>("center");
    QTest::addColumn<int>("frames");
    // librosa: 1 + (len + 2 * (n_fft // 2) - n_fft) // hop with center, else 1 + (len - n_fft) // hop
    QTest::newRow("1 s default") << 22050 << 2048 << 512 << true << 44;
    QTest::newRow("60 s default") << 1323000 << 2048 << 512 << true << 2584;
    QTest::newRow("exact multiple") << 5120 << 2048 << 512 << true << 11;
    QTest::newRow("shorter than n_fft") << 100 << 2048 << 512 << true << 1;
    QTest::newRow("hop 1") << 50 << 16 << 1 << true << 51;
    QTest::newRow("odd hop") << 10007 << 1024 << 333 << true << 31;
    QTest::newRow("no center") << 22050 << 2048 << 512 << false << 40;
    QTest::newRow("no center exact") << 2048 << 2048 << 512 << false << 1;
}

void TestDsp::frameCount()
{
    QFETCH(int, samples);
    QFETCH(int, nFft);
    QFETCH(int, hop);
    QFETCH(bool, center);
    QFETCH(int, frames);
    StftParams p;
    p.nFft = nFft;
    p.hop = hop;
    p.center = center;
    QCOMPARE(p.frameCount(samples), (long long)frames);
    const std::vector<float> x = test::noise(samples, 0.1f);
    QCOMPARE(stft(x, p).frames, frames);
    QCOMPARE(int(stftMagnitude(x, p).cols()), frames);
    const MelFilterbank fb(MelParams{22050, nFft, 16, 0.0f, 8000.0f, false, true});
    QCOMPARE(int(melSpectrogram(x, p, fb).cols()), frames);
}

void TestDsp::toneLandsInItsBin_data()
{
    QTest::addColumn<int>("nFft");
    QTest::addColumn<int>("winLength");
    QTest::addColumn<int>("bin");
    QTest::newRow("2048 bin 93") << 2048 << 0 << 93;
    QTest::newRow("2048 bin 400") << 2048 << 0 << 400;
    QTest::newRow("512 bin 10") << 512 << 0 << 10;
    QTest::newRow("2048 with 1024 window") << 2048 << 1024 << 200;
}

void TestDsp::toneLandsInItsBin()
{
    QFETCH(int, nFft);
    QFETCH(int, winLength);
    QFETCH(int, bin);
    const int sr = 22050;
    const float amp = 0.5f;
    const std::vector<float> x = test::sine(double(bin) * sr / nFft, sr, 1.0, amp);
    StftParams p;
    p.nFft = nFft;
    p.hop = nFft / 4;
    p.winLength = winLength;
    const std::vector<float> w = stftWindow(p);
    // Coherent gain: a sine of amplitude A at a bin centre peaks at A * sum(w) / 2.
    const double expected = amp * std::accumulate(w.begin(), w.end(), 0.0) / 2.0;
    const Matrix mag = stftMagnitude(x, p, 1.0f);
    const Matrix pow = stftMagnitude(x, p, 2.0f);
    const std::size_t t = mag.cols() / 2; // an interior frame, away from the padding
    int argmax = 0;
    for (int k = 0; k < p.bins(); ++k)
        if (mag.at(k, t) > mag.at(argmax, t))
            argmax = k;
    QCOMPARE(argmax, bin);
    QVERIFY2(std::fabs(mag.at(bin, t) - expected) <= 1e-4 * expected,
             qPrintable(QString("peak %1, expected %2").arg(mag.at(bin, t)).arg(expected)));
    QVERIFY(std::fabs(pow.at(bin, t) - expected * expected) <= 2e-4 * expected * expected);
    if (winLength == 0) // the Hann main lobe: half the peak on each neighbour, nothing beyond
        QVERIFY(std::fabs(mag.at(bin + 1, t) - expected / 2) <= 1e-3 * expected);
    // Far outside the main lobe (twice as wide in bins when the window is half n_fft).
    QVERIFY(mag.at(bin + (winLength == 0 ? 5 : 41), t) < 1e-3 * expected);
}

void TestDsp::melScaleKnownPoints_data()
{
    QTest::addColumn<double>("hz");
    QTest::addColumn<bool>("htk");
    QTest::addColumn<double>("mel");
    QTest::newRow("slaney 0") << 0.0 << false << 0.0;
    QTest::newRow("slaney 200") << 200.0 << false << 3.0;
    QTest::newRow("slaney 1000") << 1000.0 << false << 15.0;
    QTest::newRow("slaney 6400") << 6400.0 << false << 42.0; // one log step of 6.4 is 27 mels
    QTest::newRow("htk 1000") << 1000.0 << true << 999.9855371396244;
    QTest::newRow("htk 700") << 700.0 << true << 2595.0 * std::log10(2.0);
    QTest::newRow("htk 8000") << 8000.0 << true << 2840.023046708319;
}

void TestDsp::melScaleKnownPoints()
{
    QFETCH(double, hz);
    QFETCH(bool, htk);
    QFETCH(double, mel);
    QVERIFY2(std::fabs(hzToMel(hz, htk) - mel) < 1e-6, qPrintable(QString::number(hzToMel(hz, htk), 'g', 12)));
    QVERIFY(std::fabs(melToHz(mel, htk) - hz) < 1e-6 * std::max(1.0, hz));
    const std::vector<double> f = melFrequencies(10, 30.0, 8000.0, htk);
    QCOMPARE(f.front(), 30.0);
    QCOMPARE(f.back(), 8000.0);
    for (std::size_t i = 1; i + 1 < f.size(); ++i) // equally spaced in mel
        QVERIFY(std::fabs(2 * hzToMel(f[i], htk) - hzToMel(f[i - 1], htk) - hzToMel(f[i + 1], htk)) < 1e-9);
}

void TestDsp::filterbankRowsIntegrateAsNormalised_data()
{
    QTest::addColumn<int>("sr");
    QTest::addColumn<int>("nFft");
    QTest::addColumn<int>("nMels");
    QTest::addColumn<float>("fmin");
    QTest::addColumn<float>("fmax");
    QTest::addColumn<bool>("htk");
    QTest::newRow("default slaney") << 22050 << 2048 << 128 << 0.0f << 8000.0f << false;
    QTest::newRow("default htk") << 22050 << 2048 << 128 << 0.0f << 8000.0f << true;
    QTest::newRow("tts 80") << 22050 << 1024 << 80 << 0.0f << 8000.0f << false;
    QTest::newRow("16k 40 htk fmin") << 16000 << 512 << 40 << 20.0f << 7600.0f << true;
    QTest::newRow("full band") << 44100 << 4096 << 64 << 0.0f << -1.0f << false;
}

void TestDsp::filterbankRowsIntegrateAsNormalised()
{
    // Slaney norm scales each triangle (base f[m] .. f[m+2], peak 1) by
    // 2 / (f[m+2] - f[m]), so its integral over frequency is exactly 1. The
    // row sum times the bin spacing d is the trapezoid rule for that integral;
    // the rule is exact on linear pieces and errs by at most |slope change| d^2 / 8
    // at each of the three corners, which bounds the error by
    // enorm * d^2 / 4 * (1 / a + 1 / b), a and b the rising and falling widths.
    QFETCH(int, sr);
    QFETCH(int, nFft);
    QFETCH(int, nMels);
    QFETCH(float, fmin);
    QFETCH(float, fmax);
    QFETCH(bool, htk);
    const MelParams p{sr, nFft, nMels, fmin, fmax, htk, true};
    const MelFilterbank fb(p);
    const Matrix dense = fb.dense();
    QCOMPARE(int(dense.rows()), nMels);
    QCOMPARE(int(dense.cols()), nFft / 2 + 1);
    const std::vector<double> f = melFrequencies(nMels + 2, fmin, p.effectiveFmax(), htk);
    const double d = double(sr) / nFft;
    for (int m = 0; m < nMels; ++m) {
        const double a = f[m + 1] - f[m], b = f[m + 2] - f[m + 1];
        const double enorm = 2.0 / (f[m + 2] - f[m]);
        double sum = 0;
        for (std::size_t k = 0; k < dense.cols(); ++k)
            sum += dense.at(m, k);
        const double bound = enorm * d * d / 4.0 * (1.0 / a + 1.0 / b) + 1e-5;
        QVERIFY2(std::fabs(sum * d - 1.0) <= bound,
                 qPrintable(QString("band %1: integral %2, bound %3").arg(m).arg(sum * d).arg(bound)));
        // The sparse form holds exactly the nonzero run of the dense row.
        const auto &band = fb.bands()[m];
        for (std::size_t j = 0; j < band.weights.size(); ++j)
            QCOMPARE(band.weights[j], dense.at(m, band.firstBin + j));
    }
}

void TestDsp::melSpectrogramMatchesSlowPath_data()
{
    QTest::addColumn<int>("nFft");
    QTest::addColumn<int>("hop");
    QTest::addColumn<int>("nMels");
    QTest::addColumn<bool>("htk");
    QTest::addColumn<float>("power");
    QTest::newRow("default") << 2048 << 512 << 128 << false << 2.0f;
    QTest::newRow("htk 1024") << 1024 << 256 << 80 << true << 2.0f;
    QTest::newRow("magnitude") << 512 << 160 << 40 << false << 1.0f;
}

void TestDsp::melSpectrogramMatchesSlowPath()
{
    QFETCH(int, nFft);
    QFETCH(int, hop);
    QFETCH(int, nMels);
    QFETCH(bool, htk);
    QFETCH(float, power);
    std::vector<float> x = test::noise(3 * 22050 + 123, 0.3f, 11);
    const std::vector<float> tone = test::sine(440.0, 22050, 3.0, 0.4f);
    for (std::size_t i = 0; i < tone.size(); ++i)
        x[i] += tone[i];
    StftParams sp;
    sp.nFft = nFft;
    sp.hop = hop;
    const MelFilterbank fb(MelParams{22050, nFft, nMels, 0.0f, 8000.0f, htk, true});
    const Matrix fast = melSpectrogram(x, sp, fb, power);
    const Matrix slow = fb.apply(stftMagnitude(x, sp, power));
    QCOMPARE(fast.rows(), slow.rows());
    QCOMPARE(fast.cols(), slow.cols());
    const double peak = maxAbs(slow);
    for (std::size_t i = 0; i < fast.size(); ++i) {
        const double a = fast.values()[i], b = slow.values()[i];
        QVERIFY2(std::fabs(a - b) <= 1e-5 * std::fabs(b) + 1e-7 * peak,
                 qPrintable(QString("element %1: %2 vs %3").arg(i).arg(a).arg(b)));
    }
}

void TestDsp::melInverseIsNonNegativeLeastSquares()
{
    const MelFilterbank fb(MelParams{22050, 1024, 64, 0.0f, 8000.0f, false, true});
    StftParams sp;
    sp.nFft = 1024;
    sp.hop = 256;
    const Matrix power = stftMagnitude(test::noise(22050, 0.5f, 5), sp, 2.0f);
    const Matrix mel = fb.apply(power);
    const Matrix inv = fb.invert(mel, 200);
    QCOMPARE(int(inv.rows()), sp.bins());
    QCOMPARE(inv.cols(), mel.cols());
    QVERIFY(inv.minValue() >= 0.0f);
    // A feasible non-negative solution exists (power itself), so the residual must vanish.
    const Matrix again = fb.apply(inv);
    double err = 0, norm = 0;
    for (std::size_t i = 0; i < mel.size(); ++i) {
        err += std::pow(double(again.values()[i]) - mel.values()[i], 2);
        norm += std::pow(double(mel.values()[i]), 2);
    }
    QVERIFY2(std::sqrt(err / norm) < 1e-2, qPrintable(QString("relative residual %1").arg(std::sqrt(err / norm))));
}

void TestDsp::powerToDb()
{
    Matrix s(1, 5);
    s.values() = {4.0f, 0.4f, 0.04f, 1e-12f, 0.0f};
    const Matrix db = wb::powerToDb(s);
    QVERIFY(std::fabs(db.at(0, 0)) < 1e-6f); // the maximum is 0 dB with ref = max
    QVERIFY(std::fabs(db.at(0, 1) + 10.0f) < 1e-4f);
    QVERIFY(std::fabs(db.at(0, 2) + 20.0f) < 1e-4f);
    QVERIFY(std::fabs(db.at(0, 3) + 80.0f) < 1e-4f); // floored at max - 80
    QVERIFY(std::fabs(db.at(0, 4) + 80.0f) < 1e-4f);
    QVERIFY(std::fabs(db.minValue() - (db.maxValue() - 80.0f)) < 1e-4f);

    DbParams fixed;
    fixed.refIsMax = false;
    fixed.ref = 1.0f;
    fixed.topDb = 0.0f; // no floor: amin decides
    const Matrix abs = wb::powerToDb(s, fixed);
    QVERIFY(std::fabs(abs.at(0, 0) - 10.0f * std::log10(4.0f)) < 1e-4f);
    QVERIFY(std::fabs(abs.at(0, 4) + 100.0f) < 1e-3f); // amin 1e-10

    Matrix a(1, 2);
    a.values() = {2.0f, 0.2f};
    const Matrix adb = amplitudeToDb(a);
    QVERIFY(std::fabs(adb.at(0, 0)) < 1e-5f);
    QVERIFY(std::fabs(adb.at(0, 1) + 20.0f) < 1e-4f);

    const Matrix p = dbToPower(abs);
    QVERIFY(std::fabs(p.at(0, 1) - 0.4f) < 1e-6f);

    // Split over threads, a large matrix converts to exactly the same values,
    // with the floor taken from the maximum over every slice (here the last).
    Matrix big(64, 20000);
    for (std::size_t i = 0; i < big.size(); ++i)
        big.values()[i] = float((i * 2654435761u) % 1000003u) * 1e-9f;
    big.values().back() = 50.0f;
    DbParams split;
    split.threads = 3;
    const Matrix one = wb::powerToDb(big);
    const Matrix three = wb::powerToDb(big, split);
    QVERIFY(one.values() == three.values());
    QCOMPARE(three.maxValue(), 0.0f);
    QVERIFY(std::fabs(three.minValue() + 80.0f) < 1e-4f);
}

void TestDsp::istftReconstructs_data()
{
    QTest::addColumn<int>("nFft");
    QTest::addColumn<int>("hop");
    QTest::addColumn<int>("samples");
    QTest::addColumn<bool>("passLength");
    QTest::newRow("2048/512 natural") << 2048 << 512 << 512 * 40 << false;
    QTest::newRow("2048/512 length") << 2048 << 512 << 22050 << true;
    QTest::newRow("1024/256 odd length") << 1024 << 256 << 12345 << true;
    QTest::newRow("512/128 short") << 512 << 128 << 300 << true;
    QTest::newRow("hop n_fft/2") << 1024 << 512 << 9000 << true;
}

void TestDsp::istftReconstructs()
{
    QFETCH(int, nFft);
    QFETCH(int, hop);
    QFETCH(int, samples);
    QFETCH(bool, passLength);
    StftParams p;
    p.nFft = nFft;
    p.hop = hop;
    const std::vector<float> x = test::noise(samples, 0.5f, 9);
    const ComplexSpectrogram spec = stft(x, p);
    const std::vector<float> y = istft(spec, p, passLength ? samples : 0);
    if (passLength)
        QCOMPARE(int(y.size()), samples);
    else
        QCOMPARE((long long)y.size(), (long long)hop * (spec.frames - 1));
    const std::size_t n = std::min(x.size(), y.size());
    double worst = 0;
    for (std::size_t i = 0; i < n; ++i)
        worst = std::max(worst, double(std::fabs(y[i] - x[i])));
    QVERIFY2(worst < 1e-5, qPrintable(QString("max error %1").arg(worst)));
}

void TestDsp::concurrentUseAgrees()
{
    // Plans are shared; execution on per-thread arrays must not interfere.
    const std::vector<float> x = test::noise(22050, 0.5f, 21);
    StftParams p;
    p.nFft = 1536; // a size no other test has planned yet
    p.hop = 384;
    std::vector<Matrix> results(4);
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&, i] { results[i] = stftMagnitude(x, p); });
    for (auto &t : threads)
        t.join();
    for (int i = 1; i < 4; ++i)
        QVERIFY(results[i].values() == results[0].values());
}

void TestDsp::badParametersThrow()
{
    const std::vector<float> x = test::noise(4096);
    StftParams p;
    p.nFft = 8;
    QVERIFY_THROWS_EXCEPTION(wb::Error, stft(x, p));
    p = StftParams();
    p.hop = 0;
    QVERIFY_THROWS_EXCEPTION(wb::Error, stftMagnitude(x, p));
    p = StftParams();
    p.winLength = 4096;
    QVERIFY_THROWS_EXCEPTION(wb::Error, p.validate());
    QVERIFY_THROWS_EXCEPTION(wb::Error, stft(std::vector<float>{}, StftParams()));
    p = StftParams();
    p.center = false;
    QVERIFY_THROWS_EXCEPTION(wb::Error, stft(std::vector<float>(100), p)); // shorter than n_fft

    QVERIFY_THROWS_EXCEPTION(wb::Error, MelFilterbank(MelParams{22050, 2048, 0, 0.0f, 8000.0f, false, true}));
    QVERIFY_THROWS_EXCEPTION(wb::Error, MelFilterbank(MelParams{22050, 2048, 128, 0.0f, 12000.0f, false, true}));
    QVERIFY_THROWS_EXCEPTION(wb::Error, MelFilterbank(MelParams{22050, 2048, 128, 8000.0f, 8000.0f, false, true}));
    QVERIFY_THROWS_EXCEPTION(wb::Error, MelFilterbank(MelParams{22050, 2048, 128, -5.0f, 8000.0f, false, true}));
    QVERIFY_THROWS_EXCEPTION(wb::Error, MelFilterbank(MelParams{0, 2048, 128, 0.0f, -1.0f, false, true}));
    const MelFilterbank fb(MelParams{22050, 1024, 40, 0.0f, 8000.0f, false, true});
    QVERIFY_THROWS_EXCEPTION(wb::Error, melSpectrogram(x, StftParams(), fb)); // n_fft 2048 vs 1024
    QVERIFY_THROWS_EXCEPTION(wb::Error, fb.apply(Matrix(10, 3)));
    QVERIFY_THROWS_EXCEPTION(wb::Error, windowTypeFromName("kaiser-bessel"));
    QVERIFY_THROWS_EXCEPTION(wb::Error, RealFft::forSize(1));
    QVERIFY_THROWS_EXCEPTION(wb::Error, istft(ComplexSpectrogram{}, StftParams()));
    DbParams bad;
    bad.amin = 0.0f;
    QVERIFY_THROWS_EXCEPTION(wb::Error, wb::powerToDb(Matrix(2, 2, 1.0f), bad));
}

QTEST_MAIN(TestDsp)
#include "tst_dsp.moc"
