#pragma once
// A private ALSA setup for device tests: the default PCM writes playback to
// playback.raw and reads capture from capture.raw in a temporary folder, so
// the tests need no sound card and do not depend on the developer's audio
// configuration. Create it before anything initializes PortAudio.
#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

#include <cstring>
#include <vector>

namespace wb::test {

class AlsaSandbox
{
public:
    enum Config {
        Working,      ///< the default PCM writes playback.raw, reads capture.raw
        NoCard,       ///< the default PCM is a sound card that does not exist
        FailingWrites ///< listed and opens, but every write fails, like a card pulled out
    };

    /** Writes the configs; capture.raw starts empty (capture then reads silence). */
    AlsaSandbox()
    {
        QFile in(QStringLiteral(WB_TEST_DATA_DIR "/asoundrc.in"));
        if (!in.open(QIODevice::ReadOnly) || !m_dir.isValid())
            return;
        const QByteArray config = in.readAll();
        writeFile(QStringLiteral("asoundrc"), QByteArray(config).replace("@DIR@", m_dir.path().toUtf8()));
        writeFile(QStringLiteral("failing.asoundrc"),
                  QByteArray(config).replace("@DIR@", m_dir.filePath(QStringLiteral("missing")).toUtf8()));
        writeFile(QStringLiteral("capture.raw"), {});
        writeFile(QStringLiteral("nocard.asoundrc"),
                  "pcm.!default { type hw card 7 device 0 }\nctl.!default { type hw card 7 }\n");
        m_ok = true;
    }

    /**
     * What the next recording reads: the file plugin hands capture.raw over
     * as it is, in the stream's own format, which for WaveBench is
     * interleaved float32 at the rate and channel count it opened with.
     */
    void setCapture(const std::vector<float> &interleaved)
    {
        writeFile(QStringLiteral("capture.raw"),
                  QByteArray(reinterpret_cast<const char *>(interleaved.data()),
                             int(interleaved.size() * sizeof(float))));
    }

    bool isValid() const { return m_ok; }
    QString dir() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    /** The ALSA_CONFIG_PATH value for one of the configurations. */
    QByteArray configPath(Config config = Working) const
    {
        static const char *const names[] = {"asoundrc", "nocard.asoundrc", "failing.asoundrc"};
        return "/usr/share/alsa/alsa.conf:" + path(QString::fromLatin1(names[config])).toUtf8();
    }

    /**
     * Points this process at a configuration. ALSA reads it when PortAudio
     * initializes: call before the first AudioDevices::instance(), or call
     * AudioDevices::refresh() afterwards.
     */
    void install(Config config = Working) const { qputenv("ALSA_CONFIG_PATH", configPath(config)); }

    qint64 playbackBytes() const { return QFileInfo(path(QStringLiteral("playback.raw"))).size(); }
    void clearPlayback() const { QFile::remove(path(QStringLiteral("playback.raw"))); }

    /** playback.raw: interleaved float32, in the format of the last stream. */
    std::vector<float> playback() const
    {
        QFile f(path(QStringLiteral("playback.raw")));
        std::vector<float> samples;
        if (!f.open(QIODevice::ReadOnly))
            return samples;
        const QByteArray bytes = f.readAll();
        samples.resize(std::size_t(bytes.size()) / sizeof(float));
        std::memcpy(samples.data(), bytes.constData(), samples.size() * sizeof(float));
        return samples;
    }

private:
    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
    }

    QTemporaryDir m_dir;
    bool m_ok = false;
};

} // namespace wb::test
