// The pYIN F0 tracker and frame energy: synthetic tones, glides, noise, frame grid.
#include "FrameEnergy.h"
#include "PitchTracker.h"
#include "Stft.h"
#include "TestSignals.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace wb;

namespace {

constexpr int kRate = 22050;

enum class Shape { Sine, Sawtooth, PulseTrain };

/** A tone whose instantaneous frequency is freqAt(t), by integrating the phase. */
std::vector<float> tone(Shape shape, const std::function<double(double)> &freqAt, double seconds,
                        float amplitude = 0.5f)
{
    const auto n = static_cast<std::size_t>(seconds * kRate);
    std::vector<float> s(n);
    double phase = 0.0; // in cycles
    for (std::size_t i = 0; i < n; ++i) {
        const double frac = phase - std::floor(phase);
        double v = 0.0;
        switch (shape) {
        case Shape::Sine: v = std::sin(2.0 * M_PI * frac); break;
        case Shape::Sawtooth: v = 2.0 * frac - 1.0; break;
        // A narrow raised pulse each period: all harmonics at nearly equal
        // strength, the classic bait for octave errors.
        case Shape::PulseTrain: v = frac < 0.08 ? std::sin(M_PI * frac / 0.08) : 0.0; break;
        }
        s[i] = amplitude * static_cast<float>(v);
        phase += freqAt(double(i) / kRate) / kRate;
    }
    return s;
}

PitchParams speechParams()
{
    PitchParams p;
    p.sampleRate = kRate;
    p.hop = 256;
    p.fmin = 65.0;
    p.fmax = 1000.0;
    return p;
}

struct Check
{
    int voiced = 0;
    int considered = 0;
    int within = 0; ///< voiced frames within tolerance of the truth
    int octave = 0; ///< voiced frames near half or double the truth
    double worst = 0.0;
    std::vector<double> errors; ///< relative errors of the voiced frames

    double median()
    {
        if (errors.empty())
            return 1.0;
        std::nth_element(errors.begin(), errors.begin() + errors.size() / 2, errors.end());
        return errors[errors.size() / 2];
    }
};

/** Compares voiced frames with the truth away from the edges (the first and last 60 ms). */
Check compare(const PitchTrack &track, const std::function<double(double)> &truth, double seconds,
              double tolerance)
{
    Check c;
    for (std::size_t t = 0; t < track.frames(); ++t) {
        const double time = track.times[t];
        if (time < 0.06 || time > seconds - 0.06)
            continue;
        ++c.considered;
        if (!track.voiced[t])
            continue;
        ++c.voiced;
        const double ratio = track.f0[t] / truth(time);
        c.worst = std::max(c.worst, std::abs(ratio - 1.0));
        c.errors.push_back(std::abs(ratio - 1.0));
        c.within += std::abs(ratio - 1.0) <= tolerance;
        c.octave += std::abs(ratio - 0.5) < 0.05 || std::abs(ratio - 2.0) < 0.1;
    }
    return c;
}

} // namespace

class TstPitch : public QObject
{
    Q_OBJECT

private slots:
    void steadyTones_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<double>("freq");
        QTest::newRow("sine 100 Hz") << int(Shape::Sine) << 100.0;
        QTest::newRow("sine 220 Hz") << int(Shape::Sine) << 220.0;
        QTest::newRow("sine 440 Hz") << int(Shape::Sine) << 440.0;
        QTest::newRow("sine 87.3 Hz") << int(Shape::Sine) << 87.3;
        QTest::newRow("sawtooth 150 Hz") << int(Shape::Sawtooth) << 150.0;
        QTest::newRow("sawtooth 310 Hz") << int(Shape::Sawtooth) << 310.0;
        QTest::newRow("pulse train 110 Hz") << int(Shape::PulseTrain) << 110.0;
        QTest::newRow("pulse train 200 Hz") << int(Shape::PulseTrain) << 200.0;
        QTest::newRow("pulse train 75 Hz") << int(Shape::PulseTrain) << 75.0;
    }
    void steadyTones()
    {
        QFETCH(int, shape);
        QFETCH(double, freq);
        const double seconds = 1.5;
        const auto truth = [freq](double) { return freq; };
        const PitchTrack track = trackPitch(tone(Shape(shape), truth, seconds), speechParams());
        Check c = compare(track, truth, seconds, 0.01);
        QVERIFY(c.considered > 100);
        // Parabolic interpolation between lags: well under the integer-lag error (0.2% at 440 Hz).
        QVERIFY2(c.median() < 0.001, qPrintable(QStringLiteral("median relative error %1").arg(c.median())));
        QVERIFY2(c.voiced >= c.considered * 95 / 100,
                 qPrintable(QStringLiteral("only %1 of %2 frames voiced").arg(c.voiced).arg(c.considered)));
        QVERIFY2(c.within == c.voiced, qPrintable(QStringLiteral("worst relative error %1").arg(c.worst)));
        QCOMPARE(c.octave, 0);
        for (std::size_t t = 0; t < track.frames(); ++t) {
            QVERIFY(track.voicedProbability[t] >= 0.0f && track.voicedProbability[t] <= 1.0f);
            QCOMPARE(track.f0[t] > 0.0f, track.voiced[t] == 1); // 0 Hz exactly when unvoiced
        }
    }

    void glides_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::newRow("sine 150 -> 300 Hz") << int(Shape::Sine) << 150.0 << 300.0;
        QTest::newRow("sawtooth 150 -> 300 Hz") << int(Shape::Sawtooth) << 150.0 << 300.0;
        QTest::newRow("pulse train 300 -> 120 Hz") << int(Shape::PulseTrain) << 300.0 << 120.0;
    }
    void glides()
    {
        QFETCH(int, shape);
        QFETCH(double, from);
        QFETCH(double, to);
        const double seconds = 2.0;
        const auto truth = [=](double t) { return from + (to - from) * t / seconds; };
        const PitchTrack track = trackPitch(tone(Shape(shape), truth, seconds), speechParams());
        const Check c = compare(track, truth, seconds, 0.01);
        QVERIFY(c.voiced >= c.considered * 95 / 100);
        QVERIFY2(c.within == c.voiced, qPrintable(QStringLiteral("worst relative error %1").arg(c.worst)));
        QCOMPARE(c.octave, 0);
    }

    void silenceIsUnvoiced()
    {
        const PitchTrack track = trackPitch(std::vector<float>(kRate, 0.0f), speechParams());
        QCOMPARE(track.frames(), std::size_t(1 + kRate / 256));
        QCOMPARE(track.voicedFrames(), std::size_t(0));
        QVERIFY(std::all_of(track.f0.begin(), track.f0.end(), [](float f) { return f == 0.0f; }));
    }

    void noiseIsMostlyUnvoiced_data()
    {
        QTest::addColumn<uint>("seed");
        QTest::newRow("seed 1") << 1u;
        QTest::newRow("seed 7") << 7u;
        QTest::newRow("seed 12345") << 12345u;
    }
    void noiseIsMostlyUnvoiced()
    {
        QFETCH(uint, seed);
        const PitchTrack track = trackPitch(test::noise(2 * kRate, 0.5f, seed), speechParams());
        QVERIFY2(track.voicedFrames() * 10 < track.frames(),
                 qPrintable(QStringLiteral("%1 of %2 noise frames voiced").arg(track.voicedFrames()).arg(track.frames())));
    }

    /** A tone that starts after silence is voiced from (about) its onset: frames are centred. */
    void onsetIsAligned()
    {
        std::vector<float> s(kRate, 0.0f);
        const auto burst = tone(Shape::Sawtooth, [](double) { return 180.0; }, 1.0);
        s.insert(s.end(), burst.begin(), burst.end());
        const PitchTrack track = trackPitch(s, speechParams());
        const auto first = std::find(track.voiced.begin(), track.voiced.end(), std::uint8_t(1)) - track.voiced.begin();
        QVERIFY(first < long(track.frames()));
        QVERIFY2(std::abs(track.times[first] - 1.0) <= 2.0 * 256 / kRate,
                 qPrintable(QStringLiteral("first voiced frame at %1 s").arg(track.times[first])));
    }

    void frameGridMatchesStft_data()
    {
        QTest::addColumn<int>("samples");
        QTest::addColumn<int>("hop");
        QTest::newRow("1 sample") << 1 << 256;
        QTest::newRow("one hop less one") << 255 << 256;
        QTest::newRow("one hop") << 256 << 256;
        QTest::newRow("1 s") << kRate << 256;
        QTest::newRow("1 s + 1") << kRate + 1 << 256;
        QTest::newRow("hop 200") << 12345 << 200;
        QTest::newRow("hop 512") << 30000 << 512;
    }
    void frameGridMatchesStft()
    {
        QFETCH(int, samples);
        QFETCH(int, hop);
        auto signal = test::sine(200.0, kRate, double(samples + 1) / kRate);
        signal.resize(static_cast<std::size_t>(samples));
        PitchParams p = speechParams();
        p.hop = hop;
        const PitchTrack track = trackPitch(signal, p);
        StftParams sp;
        sp.nFft = 1024;
        sp.hop = hop;
        const Matrix mag = stftMagnitude(signal, sp);
        QCOMPARE(track.frames(), mag.cols());
        QCOMPARE(static_cast<long long>(track.frames()), p.frameCount(samples));
        QCOMPARE(track.times.size(), track.frames());
        QCOMPARE(track.voicedProbability.size(), track.frames());
        for (std::size_t t = 0; t < track.frames(); ++t)
            QCOMPARE(track.times[t], double(t) * hop / kRate);
        const auto energy = frameEnergy(signal, sp);
        QCOMPARE(energy.size(), track.frames());
    }

    void energyFollowsAmplitude()
    {
        StftParams sp;
        sp.nFft = 1024;
        sp.hop = 256;
        double previous = 0.0;
        for (float amplitude : {0.01f, 0.05f, 0.1f, 0.2f, 0.4f, 0.8f}) {
            const auto signal = test::sine(330.0, kRate, 0.5, amplitude);
            const auto rms = frameEnergy(signal, sp, EnergyKind::Rms);
            const auto l2 = frameEnergy(signal, sp, EnergyKind::L2Norm);
            const std::size_t mid = rms.size() / 2;
            QVERIFY(rms[mid] > previous);
            previous = rms[mid];
            // Parseval: the RMS of the Hann-windowed frame, computed in the time domain.
            std::vector<float> frame(1024);
            const auto window = stftWindow(sp);
            stftFrame(signal.data(), long(signal.size()), long(mid), sp, window.data(), frame.data());
            double sum = 0.0;
            for (float v : frame)
                sum += double(v) * v;
            QVERIFY(std::abs(rms[mid] - std::sqrt(sum / 1024)) < 1e-3 * rms[mid]);
            QVERIFY(l2[mid] > rms[mid]);
        }
        const auto silent = frameEnergy(std::vector<float>(4096, 0.0f), sp);
        QVERIFY(std::all_of(silent.begin(), silent.end(), [](float e) { return e == 0.0f; }));
    }

    void badParameters_data()
    {
        QTest::addColumn<double>("fmin");
        QTest::addColumn<double>("fmax");
        QTest::addColumn<int>("frameLength");
        QTest::addColumn<int>("hop");
        QTest::newRow("fmin = fmax") << 200.0 << 200.0 << 0 << 256;
        QTest::newRow("fmin > fmax") << 500.0 << 100.0 << 0 << 256;
        QTest::newRow("fmin 0") << 0.0 << 500.0 << 0 << 256;
        QTest::newRow("fmin negative") << -5.0 << 500.0 << 0 << 256;
        QTest::newRow("fmin NaN") << std::nan("") << 500.0 << 0 << 256;
        QTest::newRow("fmax above Nyquist") << 65.0 << 20000.0 << 0 << 256;
        QTest::newRow("frame too short for fmin") << 40.0 << 500.0 << 1024 << 256;
        QTest::newRow("hop 0") << 65.0 << 500.0 << 0 << 0;
        QTest::newRow("frame length 8") << 65.0 << 500.0 << 8 << 256;
    }
    void badParameters()
    {
        QFETCH(double, fmin);
        QFETCH(double, fmax);
        QFETCH(int, frameLength);
        QFETCH(int, hop);
        PitchParams p = speechParams();
        p.fmin = fmin;
        p.fmax = fmax;
        p.frameLength = frameLength;
        p.hop = hop;
        QVERIFY_THROWS_EXCEPTION(wb::Error, p.validate());
        QVERIFY_THROWS_EXCEPTION(wb::Error, trackPitch(test::sine(200.0, kRate, 0.2), p));
    }

    void automaticFrameLength()
    {
        PitchParams p = speechParams();
        QCOMPARE(p.effectiveFrameLength(), 1024); // the TTS setting at 22,050 Hz
        p.fmin = 30.0;                            // a 735-sample period needs a longer frame
        QCOMPARE(p.effectiveFrameLength(), 2048);
        p.fmin = 65.0;
        p.sampleRate = 44100;
        p.fmax = 1000.0;
        QCOMPARE(p.effectiveFrameLength(), 2048);
        p.validate();
    }

    void emptySignalAndCancel()
    {
        QVERIFY_THROWS_EXCEPTION(wb::Error, trackPitch({}, speechParams()));
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(wb::Cancelled,
                                 trackPitch(test::sine(200.0, kRate, 3.0), speechParams(), [&](double f) {
                                     ++calls;
                                     return f < 0.2;
                                 }));
        QVERIFY(calls >= 2);
    }
};

QTEST_APPLESS_MAIN(TstPitch)
#include "tst_pitch.moc"
