#pragma once
// Helpers for tst_audiofile: reference signals and measurements, files written
// with libsndfile directly, and WAV bytes fabricated (and falsified) by hand.
#include "AudioFile.h"
#include "TestSignals.h"

#include <sndfile.h>

#include <QByteArray>
#include <QFile>
#include <QString>

#include <algorithm>
#include <cmath>
#include <sys/resource.h>

namespace wb::test {

inline constexpr int kRate = 44100;

inline std::vector<float> interleave(const std::vector<float> &l, const std::vector<float> &r)
{
    std::vector<float> out(l.size() * 2);
    for (std::size_t i = 0; i < l.size(); ++i) {
        out[2 * i] = l[i];
        out[2 * i + 1] = r[i];
    }
    return out;
}

/** The reference stereo signal: 440 Hz left, 660 Hz right, one second. */
inline AudioBuffer stereoTones()
{
    return AudioBuffer(interleave(sine(440, kRate, 1.0, 0.5f), sine(660, kRate, 1.0, 0.3f)),
                       2, kRate);
}

/** Writes with libsndfile itself, for formats WaveBench's writer does not produce. */
inline QString writeRaw(const QString &path, int format, const AudioBuffer &b)
{
    SF_INFO info{};
    info.samplerate = b.sampleRate();
    info.channels = b.channels();
    info.format = format;
    SNDFILE *sf = sf_open(path.toUtf8().constData(), SFM_WRITE, &info);
    if (!sf)
        return QString::fromUtf8(sf_strerror(nullptr));
    const auto n = sf_count_t(b.frames());
    const sf_count_t written = sf_writef_float(sf, b.samples().data(), n);
    sf_close(sf);
    return written == n ? QString() : QStringLiteral("short write");
}

/** Frequency of a pure tone from interpolated rising zero crossings of its middle half. */
inline double toneFrequency(const std::vector<float> &x, int rate)
{
    double first = -1, last = -1;
    int crossings = 0;
    for (std::size_t i = x.size() / 4; i + 1 < 3 * x.size() / 4; ++i)
        if (x[i] < 0 && x[i + 1] >= 0) {
            const double t = double(i) + double(-x[i]) / double(x[i + 1] - x[i]);
            if (first < 0)
                first = t;
            last = t;
            ++crossings;
        }
    return crossings > 1 ? (crossings - 1) * rate / (last - first) : 0.0;
}

inline double middleRms(const std::vector<float> &x)
{
    double s = 0;
    const std::size_t a = x.size() / 4, b = 3 * x.size() / 4;
    for (std::size_t i = a; i < b; ++i)
        s += double(x[i]) * x[i];
    return std::sqrt(s / double(b - a));
}

/** Best normalized correlation of b against a over lags in [-maxLag, maxLag]. */
inline double bestCorrelation(const std::vector<float> &a, const std::vector<float> &b, int maxLag)
{
    const int start = maxLag, len = kRate / 4;
    double best = -1;
    for (int lag = -maxLag; lag <= maxLag; ++lag) {
        if (start + lag + len > int(b.size()) || start + len > int(a.size()))
            continue;
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < len; ++i) {
            const double u = a[start + i], v = b[start + lag + i];
            ab += u * v;
            aa += u * u;
            bb += v * v;
        }
        best = std::max(best, ab / std::sqrt(aa * bb + 1e-30));
    }
    return best;
}

inline void le16(QByteArray &b, quint32 v) { b.append(char(v & 0xff)).append(char((v >> 8) & 0xff)); }
inline void le32(QByteArray &b, quint32 v) { le16(b, v & 0xffff); le16(b, v >> 16); }

/** A canonical 44-byte WAV header; sizes may lie on purpose. */
inline QByteArray wavHeader(quint16 tag, quint16 channels, quint32 rate, quint16 bits, quint32 dataBytes)
{
    QByteArray h("RIFF");
    le32(h, dataBytes > 0xffffffffu - 36 ? 0xffffffffu : 36 + dataBytes);
    h.append("WAVEfmt ");
    le32(h, 16);
    le16(h, tag);
    le16(h, channels);
    le32(h, rate);
    le32(h, rate * channels * (bits / 8));
    le16(h, quint16(channels * (bits / 8)));
    le16(h, bits);
    h.append("data");
    le32(h, dataBytes);
    return h;
}

inline QByteArray floatWav(const std::vector<float> &samples)
{
    QByteArray b = wavHeader(3, 1, kRate, 32, quint32(samples.size() * 4));
    b.append(reinterpret_cast<const char *>(samples.data()), qsizetype(samples.size() * 4));
    return b;
}

inline QByteArray pcm16Wav(quint16 channels, quint32 rate, int frames, quint32 claimedBytes = 0)
{
    const quint32 real = quint32(frames) * channels * 2;
    QByteArray b = wavHeader(1, channels, rate, 16, claimedBytes ? claimedBytes : real);
    b.append(QByteArray(qsizetype(real), '\x10'));
    return b;
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline long maxRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

/** Runs fn, which must throw wb::Error (not anything else) naming fileName in one line. */
template<typename Fn>
QString expectError(Fn fn, const QString &fileName)
{
    try {
        fn();
    } catch (const Cancelled &) {
        return QStringLiteral("<unexpected Cancelled>");
    } catch (const Error &e) {
        const QString msg = QString::fromUtf8(e.what());
        if (msg.isEmpty() || !msg.contains(fileName) || msg.contains('\n'))
            return QStringLiteral("<bad message: ") + msg + '>';
        return msg;
    } catch (const std::exception &e) {
        return QStringLiteral("<wrong exception type: ") + e.what() + '>';
    }
    return QStringLiteral("<no exception>");
}

} // namespace wb::test
