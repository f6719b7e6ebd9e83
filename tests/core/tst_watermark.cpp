// The keyed audio watermark on 200+ speech and 200+ music clips of 3 s: detection
// after resampling, requantization, OGG/Vorbis and noise; false alarms on
// unmarked clips; the marked-to-original SNR; bad input.
#include "AudioFile.h"
#include "Error.h"
#include "Parallel.h"
#include "Resampler.h"
#include "Watermark.h"
#include "corpus/Sentences.h"
#include "corpus/Voices.h"
#include "text/TextNormalizer.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <sndfile.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <limits>
#include <complex>
#include <random>

using namespace wb;

namespace {

constexpr int kSpeechRate = 22050;
constexpr int kMusicRate = 44100;
constexpr double kClipSeconds = 3.0;
constexpr int kClipsPerKind = 210;

struct Clip
{
    std::vector<float> original;
    std::vector<float> marked;
    int rate = 0;
};

using Transform = std::function<std::vector<float>(const std::vector<float> &, int &rate, int index)>;

/** Runs fn(i) for every index on two threads (the test machine has two cores). */
void forEach(int n, const std::function<void(int)> &fn)
{
    std::atomic<int> next{0};
    std::atomic<bool> stop{false};
    runWorkers(2, stop, [&](int) {
        for (int i = next++; i < n && !stop; i = next++)
            fn(i);
    });
}

// ---- speech: the project's own voices, cut into 3 s clips ------------------

std::vector<std::vector<float>> speechClips(int count)
{
    const std::vector<VoiceSpec> all = defaultVoices();
    std::vector<VoiceSpec> voices;
    for (std::size_t i = 0; i < all.size(); i += 2) // every other voice: flite and espeak, augmented or not
        voices.push_back(all[i]);
    const int perVoice = (count + int(voices.size()) - 1) / int(voices.size());
    const std::vector<std::string> sentences = corpusSentences(perVoice * int(voices.size()) * 2, 7);
    const auto clipLength = std::size_t(kClipSeconds * kSpeechRate);
    std::vector<std::vector<std::vector<float>>> byVoice(voices.size());
    forEach(int(voices.size()), [&](int v) {
        std::vector<float> speech;
        std::size_t s = std::size_t(v);
        while (byVoice[std::size_t(v)].size() < std::size_t(perVoice)) {
            const std::string text =
                text::TextNormalizer::join(text::TextNormalizer::normalize(sentences[s % sentences.size()]));
            s += voices.size();
            const SynthesizedSpeech said = synthesize(voices[std::size_t(v)], text);
            std::vector<float> x = Resampler::resample(AudioBuffer(said.samples, said.sampleRate), kSpeechRate).samples();
            speech.insert(speech.end(), x.begin(), x.end());
            speech.insert(speech.end(), std::size_t(0.15 * kSpeechRate), 0.0f); // a breath between sentences
            while (speech.size() >= clipLength && byVoice[std::size_t(v)].size() < std::size_t(perVoice)) {
                byVoice[std::size_t(v)].emplace_back(speech.begin(), speech.begin() + std::ptrdiff_t(clipLength));
                speech.erase(speech.begin(), speech.begin() + std::ptrdiff_t(clipLength));
            }
        }
    });
    std::vector<std::vector<float>> clips;
    for (auto &list : byVoice)
        for (auto &c : list)
            if (int(clips.size()) < count)
                clips.push_back(std::move(c));
    return clips;
}

// ---- music: chords, melodies, bass and drums, all from a seeded RNG --------

double midiHz(double note) { return 440.0 * std::pow(2.0, (note - 69.0) / 12.0); }

/** A harmonic tone with an attack and an exponential decay, added to out (phasors, not sin per sample). */
void addTone(std::vector<float> &out, double start, double length, double hz, double amp, int harmonics,
             double brightness, double attack, double decay, int rate)
{
    const auto s0 = std::size_t(std::max(0.0, start * rate));
    const auto n = std::min(std::size_t(length * rate), out.size() - std::min(out.size(), s0));
    std::vector<float> tone(n, 0.0f);
    for (int h = 1; h <= harmonics && h * hz < 0.45 * rate; ++h) {
        const std::complex<double> turn = std::polar(1.0, 2.0 * M_PI * h * hz / rate);
        std::complex<double> z = std::polar(amp * std::pow(double(h), -brightness), 0.3 * h);
        for (std::size_t i = 0; i < n; ++i, z *= turn)
            tone[i] += float(z.imag());
    }
    const double fall = std::exp(-1.0 / (decay * rate));
    double env = 1.0;
    for (std::size_t i = 0; i < n; ++i, env *= fall) {
        const double t = double(i) / rate;
        out[s0 + i] += float(tone[i] * env * std::min(1.0, t / attack) * std::min(1.0, (length - t) * 50.0));
    }
}

std::vector<float> musicClip(unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    const int rate = kMusicRate;
    std::vector<float> out(std::size_t(kClipSeconds * rate), 0.0f);
    const double beat = 60.0 / (60.0 + 120.0 * u(rng)); // 60-180 bpm
    const int root = 40 + int(rng() % 24);
    const bool minor = u(rng) < 0.5;
    const int scale[2][7] = {{0, 2, 4, 5, 7, 9, 11}, {0, 2, 3, 5, 7, 8, 10}};
    auto degree = [&](int d) { return root + 12 * (d / 7) + scale[minor][d % 7]; };
    const double bright = 0.6 + 1.2 * u(rng);
    const bool chords = u(rng) < 0.85, melody = u(rng) < 0.8;
    if (chords || !melody) { // chords, one per bar of four beats
        for (double t = 0.0; t < kClipSeconds; t += 4 * beat) {
            const int d = int(rng() % 7);
            for (int k = 0; k < 3 + int(rng() % 2); ++k)
                addTone(out, t, 4 * beat, midiHz(degree(d + 2 * k) + 12), 0.08, 8, bright, 0.05, 2.0 + 3 * u(rng), rate);
        }
    }
    if (melody) { // a plucked melody, one to four notes a beat
        const int perBeat = 1 + int(rng() % 4);
        for (double t = 0.0; t < kClipSeconds; t += beat / perBeat)
            if (u(rng) < 0.85)
                addTone(out, t, beat / perBeat, midiHz(degree(7 + int(rng() % 10)) + 12), 0.15, 12, bright, 0.005,
                        0.1 + 0.4 * u(rng), rate);
    }
    if (u(rng) < 0.6) // bass on the beat
        for (double t = 0.0; t < kClipSeconds; t += beat)
            addTone(out, t, beat, midiHz(degree(int(rng() % 7)) - 12), 0.2, 6, 1.5, 0.01, 0.3, rate);
    if (u(rng) < 0.7) { // kick, snare and hats: sweeps and noise bursts
        std::normal_distribution<double> noise(0.0, 1.0);
        const double level = 0.1 + 0.3 * u(rng);
        for (double t = 0.0; t < kClipSeconds; t += beat / 2) {
            const auto s0 = std::size_t(t * rate);
            const bool onBeat = std::fmod(t + 1e-9, beat) < 1e-6;
            const double decay = onBeat ? 0.12 : 0.04;
            double lp = 0.0, phase = 0.0;
            for (std::size_t i = 0; i < std::size_t(0.25 * rate) && s0 + i < out.size(); ++i) {
                const double tt = double(i) / rate;
                const double env = std::exp(-tt / decay);
                const double n = noise(rng);
                lp += 0.3 * (n - lp);
                phase += 2.0 * M_PI * (50.0 + 120.0 * std::exp(-tt / 0.03)) / rate;
                out[s0 + i] += float(level * env * (onBeat ? 0.8 * std::sin(phase) + 0.2 * lp : n - lp));
            }
        }
    }
    float peak = 0.0f;
    for (float v : out)
        peak = std::max(peak, std::abs(v));
    const float gain = peak > 0.0f ? float(0.3 + 0.6 * u(rng)) / peak : 1.0f;
    for (float &v : out)
        v *= gain;
    return out;
}

// ---- the conditions -----------------------------------------------------------

std::vector<float> oggRoundTrip(const std::vector<float> &x, int rate, const QString &path)
{
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 1;
    info.format = SF_FORMAT_OGG | SF_FORMAT_VORBIS;
    SNDFILE *sf = sf_open(path.toLocal8Bit().constData(), SFM_WRITE, &info);
    if (!sf)
        throw Error("cannot write " + path.toStdString() + ": " + sf_strerror(nullptr));
    sf_writef_float(sf, x.data(), sf_count_t(x.size())); // libsndfile's default Vorbis quality
    sf_close(sf);
    ReadOptions options;
    options.targetRate = 0;
    const AudioBuffer back = AudioFile::read(path.toStdString(), options);
    QFile::remove(path);
    if (back.sampleRate() != rate)
        throw Error("OGG came back at another rate");
    return back.samples();
}

std::vector<float> withNoise(const std::vector<float> &x, double snrDb, unsigned seed)
{
    double power = 0.0;
    for (float v : x)
        power += double(v) * v;
    power /= double(x.size());
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, std::sqrt(power * std::pow(10.0, -snrDb / 10.0)));
    std::vector<float> y(x);
    for (float &v : y)
        v += float(noise(rng));
    return y;
}

std::vector<float> requantized16(const std::vector<float> &x)
{
    std::vector<float> y(x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        y[i] = float(std::lround(std::clamp(x[i], -1.0f, 1.0f) * 32767.0f)) / 32767.0f;
    return y;
}

} // namespace

class TstWatermark : public QObject
{
    Q_OBJECT

    std::vector<Clip> m_speech;
    std::vector<Clip> m_music;
    QTemporaryDir m_dir;

    struct Outcome
    {
        double rate = 0.0; ///< share of clips detected
        double mean = 0.0, sd = 0.0, lowest = 0.0, highest = 0.0; ///< of the z-scores
    };

    /** Detection with key after transform, over the marked or the original clips. */
    Outcome outcome(const std::vector<Clip> &clips, bool marked, const Transform &transform,
                    std::uint64_t key = kDefaultWatermarkKey)
    {
        std::vector<WatermarkDetection> found(clips.size());
        forEach(int(clips.size()), [&](int i) {
            const Clip &c = clips[std::size_t(i)];
            int r = c.rate;
            const std::vector<float> x = transform(marked ? c.marked : c.original, r, i);
            WatermarkOptions o;
            o.key = key;
            found[std::size_t(i)] = detectWatermark(x, r, o);
        });
        Outcome o;
        o.lowest = std::numeric_limits<double>::infinity();
        o.highest = -o.lowest;
        double sum2 = 0.0;
        for (const auto &d : found) {
            o.rate += d.detected ? 1.0 / double(found.size()) : 0.0;
            o.mean += d.score / double(found.size());
            sum2 += d.score * d.score / double(found.size());
            o.lowest = std::min(o.lowest, d.score);
            o.highest = std::max(o.highest, d.score);
        }
        o.sd = std::sqrt(std::max(0.0, sum2 - o.mean * o.mean));
        return o;
    }

    void checkDetection(const char *condition, const Transform &transform)
    {
        double rates[2];
        for (const auto *clips : {&m_speech, &m_music}) {
            const char *kind = clips == &m_speech ? "speech" : "music";
            const Outcome o = outcome(*clips, true, transform);
            rates[clips == &m_music] = o.rate;
            qInfo("%s, %s: detected %.2f %% of %zu marked clips (z mean %.1f, lowest %.1f)", condition, kind,
                  100.0 * o.rate, clips->size(), o.mean, o.lowest);
        }
        QVERIFY2(rates[0] >= 0.99, qPrintable(QStringLiteral("%1, speech: %2").arg(QLatin1String(condition)).arg(rates[0])));
        QVERIFY2(rates[1] >= 0.99, qPrintable(QStringLiteral("%1, music: %2").arg(QLatin1String(condition)).arg(rates[1])));
    }

    void checkFalseAlarms(const char *condition, const Transform &transform, bool marked = false,
                          std::uint64_t key = kDefaultWatermarkKey)
    {
        for (const auto *clips : {&m_speech, &m_music}) {
            const char *kind = clips == &m_speech ? "speech" : "music";
            const Outcome o = outcome(*clips, marked, transform, key);
            qInfo("%s, %s: false alarms %.2f %% of %zu clips (z mean %.2f, sd %.2f, highest %.2f)", condition,
                  kind, 100.0 * o.rate, clips->size(), o.mean, o.sd, o.highest);
            QVERIFY2(o.rate <= 0.01, qPrintable(QStringLiteral("%1 %2: %3").arg(QLatin1String(condition), QLatin1String(kind)).arg(o.rate)));
        }
    }

    static std::vector<float> same(const std::vector<float> &x, int &, int) { return x; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QElapsedTimer timer;
        timer.start();
        for (auto &x : speechClips(kClipsPerKind))
            m_speech.push_back({std::move(x), {}, kSpeechRate});
        const qint64 speechMs = timer.elapsed();
        for (int i = 0; i < kClipsPerKind; ++i)
            m_music.push_back({musicClip(1000u + unsigned(i)), {}, kMusicRate});
        QVERIFY(m_speech.size() >= 200);
        QVERIFY(m_music.size() >= 200);
        const qint64 musicMs = timer.elapsed() - speechMs;
        QElapsedTimer embedTimer;
        embedTimer.start();
        for (auto *clips : {&m_speech, &m_music})
            for (Clip &c : *clips)
                c.marked = embedWatermark(c.original, c.rate);
        const double embedMs = double(embedTimer.elapsed()) / double(m_speech.size() + m_music.size());
        qInfo("clips: %zu speech (%lld ms to synthesize), %zu music (%lld ms); embedding %.2f ms per 3 s clip",
              m_speech.size(), speechMs, m_music.size(), musicMs, embedMs);
    }

    void snr()
    {
        for (const auto *clips : {&m_speech, &m_music}) {
            double lowest = std::numeric_limits<double>::infinity(), sum = 0.0;
            for (const Clip &c : *clips) {
                const double s = signalToNoiseDb(c.original, c.marked);
                lowest = std::min(lowest, s);
                sum += s;
            }
            qInfo("SNR %s: min %.2f dB, mean %.2f dB", clips == &m_speech ? "speech" : "music", lowest,
                  sum / double(clips->size()));
            QVERIFY2(lowest >= 30.0, qPrintable(QString::number(lowest)));
        }
    }

    void clean() { checkDetection("clean", same); }

    void resampled16k()
    {
        checkDetection("resampled to 16 kHz", [](const std::vector<float> &x, int &r, int) {
            const int from = r;
            r = 16000;
            return Resampler::resample(AudioBuffer(x, from), 16000).samples();
        });
    }

    void requantized() { checkDetection("16-bit requantized", [](const std::vector<float> &x, int &, int) { return requantized16(x); }); }

    void oggVorbis()
    {
        checkDetection("OGG/Vorbis", [this](const std::vector<float> &x, int &r, int i) {
            return oggRoundTrip(x, r, m_dir.filePath(QStringLiteral("m%1-%2.ogg").arg(i).arg(r)));
        });
    }

    void whiteNoise20dB()
    {
        checkDetection("white noise at 20 dB SNR", [](const std::vector<float> &x, int &, int i) {
            return withNoise(x, 20.0, 77u + unsigned(i));
        });
    }

    void falseAlarms() { checkFalseAlarms("unmarked", same); }

    void falseAlarmsAfterOgg()
    {
        checkFalseAlarms("unmarked after OGG/Vorbis", [this](const std::vector<float> &x, int &r, int i) {
            return oggRoundTrip(x, r, m_dir.filePath(QStringLiteral("u%1-%2.ogg").arg(i).arg(r)));
        });
    }

    void wrongKey() { checkFalseAlarms("marked, wrong key", same, true, kDefaultWatermarkKey ^ 0x1234567ull); }

    void speed()
    {
        const Clip &c = m_music.front();
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20; ++i)
            detectWatermark(c.marked, c.rate);
        qInfo("detecting: %.2f ms per 3 s clip at 44.1 kHz", double(timer.nsecsElapsed()) / 20e6);
    }

    void badInput()
    {
        QVERIFY_THROWS_EXCEPTION(Error, embedWatermark({}, 22050));
        QVERIFY_THROWS_EXCEPTION(Error, detectWatermark({}, 22050));
        QVERIFY_THROWS_EXCEPTION(Error, embedWatermark(std::vector<float>(100, 0.1f), 0));
        QVERIFY_THROWS_EXCEPTION(Error, detectWatermark(std::vector<float>(100, 0.1f), -5));
        std::vector<float> nan(22050, 0.1f);
        nan[500] = std::numeric_limits<float>::quiet_NaN();
        QVERIFY_THROWS_EXCEPTION(Error, embedWatermark(nan, 22050));
        QVERIFY_THROWS_EXCEPTION(Error, detectWatermark(nan, 22050));
        WatermarkOptions o;
        o.strength = 2.0;
        QVERIFY_THROWS_EXCEPTION(Error, embedWatermark(m_speech.front().original, kSpeechRate, o));
        QVERIFY_THROWS_EXCEPTION(Error, signalToNoiseDb({1.0f}, {1.0f, 2.0f}));
        // Too short or silent: no crash, no detection, a note.
        const std::vector<float> shortClip(m_speech.front().marked.begin(), m_speech.front().marked.begin() + 2000);
        const WatermarkDetection d = detectWatermark(shortClip, kSpeechRate);
        QVERIFY(!d.detected);
        QVERIFY(!d.note.empty());
        const std::vector<float> silence(3 * 22050, 0.0f);
        QCOMPARE(embedWatermark(silence, 22050), silence);
        QVERIFY(!detectWatermark(silence, 22050).detected);
        QVERIFY(!detectWatermark(std::vector<float>(1000, 0.1f), 4000).detected);
    }
};

QTEST_GUILESS_MAIN(TstWatermark)
#include "tst_watermark.moc"
