// AudioDevices, AudioPlayer and AudioRecorder against ALSA's file plugin: the
// sandbox's default PCM writes playback to a file and captures from a file
// holding a 440 Hz tone, so what the classes send and receive can be checked
// sample by sample without a sound card.
#include "AlsaSandbox.h"
#include "AudioDevices.h"
#include "AudioFile.h"
#include "AudioPlayer.h"
#include "AudioRecorder.h"
#include "Error.h"
#include "TestSignals.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

#include <cmath>
#include <thread>

using namespace wb;
using wb::test::AlsaSandbox;

namespace {

double rms(const std::vector<float> &x, std::size_t from, std::size_t to)
{
    double s = 0;
    for (std::size_t i = from; i < to; ++i)
        s += double(x[i]) * x[i];
    return to > from ? std::sqrt(s / double(to - from)) : 0.0;
}

/** Rising zero crossings per second over the middle half. */
double toneFrequency(const std::vector<float> &x, int rate)
{
    int crossings = 0;
    for (std::size_t i = x.size() / 4; i + 1 < 3 * x.size() / 4; ++i)
        crossings += x[i] < 0 && x[i + 1] >= 0;
    return crossings / (double(x.size() / 2) / rate);
}

/** Frames of silence PortAudio primes the device with before the first callback. */
std::size_t leadingSilence(const std::vector<float> &x, int channels)
{
    std::size_t i = 0;
    while (i < x.size() && x[i] == 0.0f)
        ++i;
    return i / std::size_t(channels);
}

/** True when x holds expected, sample for sample, starting at frame offset. */
bool containsAt(const std::vector<float> &x, std::size_t offsetSamples, const float *expected,
                std::size_t count)
{
    if (offsetSamples + count > x.size())
        return false;
    return std::equal(expected, expected + count, x.begin() + std::ptrdiff_t(offsetSamples));
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    return true;
}

/** 440 Hz at amplitude 0.5, as a cosine so that the very first sample is not zero. */
AudioBuffer tone(double seconds, int rate, int channels = 1)
{
    std::vector<float> mono(std::size_t(seconds * rate));
    for (std::size_t i = 0; i < mono.size(); ++i)
        mono[i] = 0.5f * float(std::cos(2.0 * M_PI * 440.0 * double(i) / rate));
    std::vector<float> interleaved(mono.size() * std::size_t(channels));
    for (std::size_t i = 0; i < mono.size(); ++i)
        for (int c = 0; c < channels; ++c)
            interleaved[i * channels + c] = mono[i];
    return AudioBuffer(std::move(interleaved), channels, rate);
}

} // namespace

class TestAudioDevices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheDefaultDevice();
    void playWritesTheToneAndThePlayheadReachesTheEnd();
    void playsASelection();
    void unsupportedRateIsResampled();
    void stopHaltsPlaybackMidway();
    void finishedCallbackRunsOffTheAudioThread();
    void recordsTheCaptureTone();
    void recordingFileIsReadableWhileRecording();
    void badDeviceIndexIsAnError();
    void noUsableDeviceIsAnError();
    void deviceFailingMidwayEndsPlaybackWithAMessage();

private:
    AlsaSandbox m_alsa;
};

void TestAudioDevices::initTestCase()
{
    QVERIFY(m_alsa.isValid());
    m_alsa.install(); // before the first AudioDevices::instance()
}

void TestAudioDevices::listsTheDefaultDevice()
{
    const auto devices = AudioDevices::instance()->listDevices();
    QVERIFY(!devices.empty());
    bool found = false;
    for (const AudioDeviceInfo &d : devices) {
        QCOMPARE(d.index >= 0, true);
        if (d.name == "default") {
            found = true;
            QCOMPARE(d.hostApi, std::string("ALSA"));
            QVERIFY(d.maxOutputChannels >= 2);
            QVERIFY(d.maxInputChannels >= 2);
            QVERIFY(d.defaultSampleRate > 0);
            QVERIFY(d.isDefaultOutput);
            QVERIFY(d.isDefaultInput);
        }
    }
    QVERIFY(found);
}

void TestAudioDevices::playWritesTheToneAndThePlayheadReachesTheEnd()
{
    m_alsa.clearPlayback();
    const AudioBuffer clip = tone(0.5, 44100, 2);
    AudioPlayer player;
    std::vector<std::size_t> positions;
    player.play(clip);
    QVERIFY(waitUntil([&] {
        positions.push_back(player.positionFrames());
        return !player.isPlaying();
    }));
    positions.push_back(player.positionFrames());
    QVERIFY(player.isFinished());
    QVERIFY(player.errorMessage().empty());
    QCOMPARE(player.positionFrames(), clip.frames());
    QCOMPARE(player.deviceRate(), 44100);
    for (std::size_t i = 1; i < positions.size(); ++i)
        QVERIFY2(positions[i] >= positions[i - 1], "the playhead went backwards");

    // The device got the clip bit for bit (float32 stereo 44100, as opened),
    // after the silence PortAudio primes it with, then silence again.
    const std::vector<float> out = m_alsa.playback();
    const std::size_t lead = leadingSilence(out, 2);
    QVERIFY2(lead < 16384, qPrintable(QString::number(lead)));
    QVERIFY(containsAt(out, lead * 2, clip.samples().data(), clip.samples().size()));
    for (std::size_t i = (lead + clip.frames()) * 2; i < out.size(); ++i)
        QCOMPARE(out[i], 0.0f);
    QVERIFY(out.size() <= (lead + clip.frames() + 16384) * 2);
}

void TestAudioDevices::playsASelection()
{
    m_alsa.clearPlayback();
    const AudioBuffer clip = tone(1.0, 22050); // mono
    AudioPlayer player;
    player.play(clip, 5512, 11025);
    QVERIFY(waitUntil([&] { return !player.isPlaying(); }));
    QVERIFY(player.isFinished());
    QCOMPARE(player.positionFrames(), std::size_t(11025));
    QCOMPARE(player.sampleRate(), 22050);
    const std::vector<float> out = m_alsa.playback();
    const std::size_t lead = leadingSilence(out, 1);
    QVERIFY(containsAt(out, lead, clip.samples().data() + 5512, 11025 - 5512));
    QVERIFY(out.size() <= lead + (11025 - 5512) + 16384);
    QVERIFY_THROWS_EXCEPTION(wb::Error, player.play(clip, 100, 100));
}

void TestAudioDevices::unsupportedRateIsResampled()
{
    // ALSA refuses 500 kHz; the player resamples to the device's default rate.
    m_alsa.clearPlayback();
    const AudioBuffer clip = tone(0.1, 500000);
    AudioPlayer player;
    player.play(clip);
    QCOMPARE(player.deviceRate(), 44100);
    QCOMPARE(player.sampleRate(), 500000);
    QVERIFY(waitUntil([&] { return !player.isPlaying(); }));
    QVERIFY(player.isFinished());
    QCOMPARE(player.positionFrames(), clip.frames());
    const std::vector<float> out = m_alsa.playback();
    const std::size_t lead = leadingSilence(out, 1);
    std::size_t end = out.size();
    while (end > 0 && out[end - 1] == 0.0f)
        --end;
    QVERIFY2(std::abs(double(end - lead) - 4410.0) < 20, qPrintable(QString::number(end - lead)));
    const std::vector<float> played(out.begin() + std::ptrdiff_t(lead), out.begin() + std::ptrdiff_t(end));
    QVERIFY(std::abs(rms(played, 200, played.size() - 200) - 0.5 / std::sqrt(2.0)) < 0.01);
}

void TestAudioDevices::stopHaltsPlaybackMidway()
{
    // The null PCM runs faster than real time, so the clip is long enough
    // to be certain of stopping inside it.
    m_alsa.clearPlayback();
    const AudioBuffer clip = tone(600.0, 8000);
    AudioPlayer player;
    player.play(clip);
    QVERIFY(waitUntil([&] { return player.positionFrames() > 0; }));
    player.stop();
    QVERIFY(!player.isPlaying());
    QVERIFY(!player.isFinished());
    const std::size_t stoppedAt = player.positionFrames();
    QVERIFY2(stoppedAt < clip.frames(), "the whole clip played before stop()");
    const qint64 bytes = m_alsa.playbackBytes();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    QCOMPARE(player.positionFrames(), stoppedAt);
    QCOMPARE(m_alsa.playbackBytes(), bytes);
    QVERIFY(bytes < qint64(clip.frames() * sizeof(float)));
    player.stop(); // twice is harmless
}

void TestAudioDevices::finishedCallbackRunsOffTheAudioThread()
{
    AudioPlayer player;
    std::atomic<int> calls{0};
    std::thread::id callbackThread;
    player.setFinishedCallback([&] {
        callbackThread = std::this_thread::get_id();
        ++calls;
    });
    player.play(tone(0.1, 44100));
    QVERIFY(waitUntil([&] { return calls.load() == 1; }));
    QVERIFY(callbackThread != std::this_thread::get_id());
    // Replaying reuses the same watcher; stop() must not fire the callback.
    player.play(tone(600.0, 8000));
    player.stop();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    QCOMPARE(calls.load(), 1);
}

void TestAudioDevices::recordsTheCaptureTone()
{
    const AudioBuffer source = tone(3.0, 22050);
    m_alsa.setCapture(source.samples());
    AudioRecorder recorder;
    RecordOptions options;
    options.sampleRate = 22050;
    options.channels = 1;
    options.maxSeconds = 1.0;
    options.tempPath = m_alsa.path(QStringLiteral("take.wav")).toStdString();
    recorder.start(options);
    QVERIFY(waitUntil([&] { return !recorder.isRecording(); }));
    QVERIFY(recorder.level() > 0.45f);
    QCOMPARE(recorder.level(), 0.0f); // the meter resets on reading
    QVERIFY(std::abs(recorder.elapsedSeconds() - 1.0) < 1e-3);
    const AudioBuffer take = recorder.stop();
    QVERIFY(recorder.errorMessage().empty());
    QCOMPARE(recorder.overrunFrames(), std::int64_t(0));
    QCOMPARE(take.sampleRate(), 22050);
    QCOMPARE(take.channels(), 1);
    QCOMPARE(take.frames(), std::size_t(22050));
    const double r = rms(take.samples(), 0, take.frames());
    QVERIFY2(std::abs(r - 0.5 / std::sqrt(2.0)) < 0.02, qPrintable(QString::number(r)));
    // 16-bit in the file: equal to the source within half a step.
    double worst = 0;
    for (std::size_t i = 0; i < take.frames(); ++i)
        worst = std::max(worst, double(std::abs(take.samples()[i] - source.samples()[i])));
    QVERIFY2(worst < 1.0 / 32768, qPrintable(QString::number(worst)));
    QVERIFY(std::abs(toneFrequency(take.samples(), 22050) - 440) < 5);
    // The file stays for the caller, complete.
    const AudioFileInfo info = AudioFile::probe(options.tempPath);
    QCOMPARE(info.frames, 22050LL);
    QCOMPARE(info.sampleRate, 22050);
}

void TestAudioDevices::recordingFileIsReadableWhileRecording()
{
    m_alsa.setCapture(tone(3.0, 44100, 2).samples());
    AudioRecorder recorder;
    RecordOptions options;
    options.sampleRate = 44100;
    options.channels = 2;
    options.floatSamples = true;
    options.maxSeconds = 2.0;
    options.tempPath = m_alsa.path(QStringLiteral("live.wav")).toStdString();
    recorder.start(options);
    QVERIFY_THROWS_EXCEPTION(wb::Error, recorder.start(options));
    // Before stop(), another reader already sees a valid WAV with the frames so far.
    long long seen = 0;
    QVERIFY(waitUntil([&] {
        try {
            seen = AudioFile::probe(options.tempPath).frames;
        } catch (const wb::Error &) {
            seen = 0;
        }
        return seen >= 88200;
    }));
    const AudioBuffer readBack = AudioFile::read(options.tempPath, ReadOptions{0, false});
    QCOMPARE(readBack.channels(), 2);
    QVERIFY(readBack.peak() > 0.45f);
    const AudioBuffer take = recorder.stop();
    QCOMPARE(take.frames(), std::size_t(88200));
    QCOMPARE(take.channels(), 2);
    QVERIFY(containsAt(take.samples(), 0, tone(2.0, 44100, 2).samples().data(), 88200 * 2));
}

void TestAudioDevices::badDeviceIndexIsAnError()
{
    AudioPlayer player;
    try {
        player.play(tone(0.1, 44100), 0, AudioPlayer::kToEnd, 999);
        QFAIL("no error for device 999");
    } catch (const wb::Error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("#999")), e.what());
    }
    AudioRecorder recorder;
    RecordOptions options;
    options.deviceIndex = 999;
    QVERIFY_THROWS_EXCEPTION(wb::Error, recorder.start(options));
    options.deviceIndex = AudioDevices::kDefaultDevice;
    options.channels = 500;
    QVERIFY_THROWS_EXCEPTION(wb::Error, recorder.start(options));
    QVERIFY(!recorder.isRecording());
}

void TestAudioDevices::noUsableDeviceIsAnError()
{
    // Rescan with ALSA pointed at a sound card that does not exist.
    auto devices = AudioDevices::instance();
    m_alsa.install(AlsaSandbox::NoCard);
    devices->refresh();
    {
        AudioPlayer player;
        AudioRecorder recorder;
        try {
            player.play(tone(0.1, 44100));
            QFAIL("playing on a missing card did not fail");
        } catch (const wb::Error &e) {
            qInfo("play: %s", e.what());
            QVERIFY(std::string(e.what()).size() > 10);
        }
        try {
            recorder.start(RecordOptions{});
            QFAIL("recording from a missing card did not fail");
        } catch (const wb::Error &e) {
            qInfo("record: %s", e.what());
        }
        QVERIFY(!player.isPlaying());
        QVERIFY(!recorder.isRecording());
    }
    // And the audio system recovers once the configuration is good again.
    m_alsa.install();
    devices->refresh();
    AudioPlayer player;
    player.play(tone(0.1, 44100));
    QVERIFY(waitUntil([&] { return !player.isPlaying(); }));
    QVERIFY(player.isFinished());
}

void TestAudioDevices::deviceFailingMidwayEndsPlaybackWithAMessage()
{
    // The device opens, then every write fails: what a pulled USB card does.
    auto devices = AudioDevices::instance();
    m_alsa.install(AlsaSandbox::FailingWrites);
    devices->refresh();
    {
        AudioPlayer player;
        std::atomic<int> finishedCalls{0};
        player.setFinishedCallback([&] { ++finishedCalls; });
        player.play(tone(1.0, 44100));
        QVERIFY(waitUntil([&] { return !player.isPlaying(); }));
        QVERIFY(!player.isFinished());
        QVERIFY2(QString::fromStdString(player.errorMessage()).contains(QStringLiteral("stopped responding")),
                 player.errorMessage().c_str());
        QCOMPARE(finishedCalls.load(), 0);
        player.stop();
    }
    m_alsa.install();
    devices->refresh();
    QVERIFY(!devices->listDevices().empty());
}

QTEST_GUILESS_MAIN(TestAudioDevices)
#include "tst_audiodevices.moc"
