// Reading every supported format, writing, resampling, and every kind of bad
// input a student can hand WaveBench. Corrupt files are fabricated byte by byte.
#include "AudioFile.h"
#include "Resampler.h"
#include "AudioFixtures.h"

#include <QtTest>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace wb;
using namespace wb::test;


class TestAudioFile : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readFormats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("formatName");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<double>("tolerance"); // < 0: lossy, compare by tone and correlation
        QTest::newRow("wav-u8") << "u8.wav" << (SF_FORMAT_WAV | SF_FORMAT_PCM_U8) << "WAV" << "PCM 8-bit unsigned" << 2.0 / 128;
        QTest::newRow("wav-16") << "s16.wav" << (SF_FORMAT_WAV | SF_FORMAT_PCM_16) << "WAV" << "PCM 16-bit" << 2.0 / 32768;
        QTest::newRow("wav-24") << "s24.wav" << (SF_FORMAT_WAV | SF_FORMAT_PCM_24) << "WAV" << "PCM 24-bit" << 2.0 / 8388608;
        QTest::newRow("wav-32") << "s32.wav" << (SF_FORMAT_WAV | SF_FORMAT_PCM_32) << "WAV" << "PCM 32-bit" << 1e-7;
        QTest::newRow("wav-float") << "f32.wav" << (SF_FORMAT_WAV | SF_FORMAT_FLOAT) << "WAV" << "float 32-bit" << 0.0;
        QTest::newRow("wav-double") << "f64.wav" << (SF_FORMAT_WAV | SF_FORMAT_DOUBLE) << "WAV" << "float 64-bit" << 0.0;
        QTest::newRow("flac-16") << "s16.flac" << (SF_FORMAT_FLAC | SF_FORMAT_PCM_16) << "FLAC" << "PCM 16-bit" << 2.0 / 32768;
        QTest::newRow("flac-24") << "s24.flac" << (SF_FORMAT_FLAC | SF_FORMAT_PCM_24) << "FLAC" << "PCM 24-bit" << 2.0 / 8388608;
        QTest::newRow("aiff-16") << "s16.aiff" << (SF_FORMAT_AIFF | SF_FORMAT_PCM_16) << "AIFF" << "PCM 16-bit" << 2.0 / 32768;
        QTest::newRow("aiff-24") << "s24.aif" << (SF_FORMAT_AIFF | SF_FORMAT_PCM_24) << "AIFF" << "PCM 24-bit" << 2.0 / 8388608;
        QTest::newRow("ogg-vorbis") << "vorbis.ogg" << (SF_FORMAT_OGG | SF_FORMAT_VORBIS) << "OGG" << "Vorbis" << -1.0;
        QTest::newRow("mp3") << "tones.mp3" << (SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III) << "MP3" << "MPEG Layer III" << -1.0;
    }

    void readFormats()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(QString, formatName);
        QFETCH(QString, encoding);
        QFETCH(double, tolerance);
        const AudioBuffer ref = stereoTones();
        SF_INFO check{};
        check.samplerate = kRate;
        check.channels = 2;
        check.format = format;
        if (!sf_format_check(&check))
            QSKIP("this libsndfile cannot write the format, so there is nothing to read back");
        const QString why = writeRaw(path(file), format, ref);
        if (!why.isEmpty())
            QSKIP(qPrintable("this libsndfile cannot write the format: " + why));

        const std::string p = path(file).toStdString();
        const AudioFileInfo info = AudioFile::probe(p);
        QCOMPARE(QString::fromStdString(info.format), formatName);
        QCOMPARE(QString::fromStdString(info.encoding), encoding);
        QCOMPARE(info.sampleRate, kRate);
        QCOMPARE(info.channels, 2);

        const AudioBuffer got = AudioFile::read(p, ReadOptions{0, false});
        QCOMPARE(got.channels(), 2);
        QCOMPARE(got.sampleRate(), kRate);
        if (tolerance >= 0) {
            QCOMPARE(got.frames(), ref.frames());
            QCOMPARE(info.frames, static_cast<long long>(ref.frames()));
            float worst = 0;
            for (std::size_t i = 0; i < ref.samples().size(); ++i)
                worst = std::max(worst, std::fabs(got.samples()[i] - ref.samples()[i]));
            QVERIFY2(worst <= tolerance, qPrintable(QString("max error %1").arg(worst)));
            return;
        }
        // Lossy codecs: same tones, same level, same shape (up to codec delay).
        QVERIFY(std::llabs(static_cast<long long>(got.frames()) - static_cast<long long>(ref.frames())) <= 4096);
        for (int c = 0; c < 2; ++c) {
            const auto a = ref.channel(c), b = got.channel(c);
            QVERIFY(std::fabs(toneFrequency(b, kRate) - toneFrequency(a, kRate)) < 1.0);
            QVERIFY(std::fabs(middleRms(b) / middleRms(a) - 1.0) < 0.1);
            QVERIFY(bestCorrelation(a, b, 2400) > 0.98);
        }
    }

    void stereoMixDownIsAverage()
    {
        const AudioBuffer ref = stereoTones();
        const std::string p = path("mix.wav").toStdString();
        QVERIFY(writeRaw(path("mix.wav"), SF_FORMAT_WAV | SF_FORMAT_FLOAT, ref).isEmpty());
        const AudioBuffer mono = AudioFile::read(p, ReadOptions{0, true});
        QCOMPARE(mono.channels(), 1);
        QCOMPARE(mono.frames(), ref.frames());
        for (std::size_t i = 0; i < mono.frames(); ++i)
            QCOMPARE(mono.samples()[i], (ref.samples()[2 * i] + ref.samples()[2 * i + 1]) / 2.0f);
        QCOMPARE(ref.toMono().samples(), mono.samples());
    }

    void bufferBasics()
    {
        const AudioBuffer b({0.5f, -1.0f, 0.25f, 0.75f, 0.0f, 0.0f}, 2, 8000);
        QCOMPARE(b.frames(), std::size_t(3));
        QCOMPARE(b.channel(1), (std::vector<float>{-1.0f, 0.75f, 0.0f}));
        QCOMPARE(b.slice(1, 10).samples(), (std::vector<float>{0.25f, 0.75f, 0.0f, 0.0f}));
        QVERIFY(b.slice(5, 2).isEmpty());
        QCOMPARE(b.peak(), 1.0f);
        QVERIFY(std::fabs(b.rms() - std::sqrt((0.25f + 1.0f + 0.0625f + 0.5625f) / 6.0f)) < 1e-6f);
        QVERIFY(!b.hasNonFinite());
        QVERIFY(AudioBuffer({0.0f, std::nanf("")}, 8000).hasNonFinite());
        QVERIFY_THROWS_EXCEPTION(Error, AudioBuffer({1.0f, 2.0f, 3.0f}, 2, 8000));
    }

    void resampleKeepsTone_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("throughFile");
        QTest::newRow("44100->22050 via read") << 44100 << 22050 << true;
        QTest::newRow("44100->16000") << 44100 << 16000 << false;
        QTest::newRow("22050->44100") << 22050 << 44100 << false;
        QTest::newRow("48000->22050") << 48000 << 22050 << false;
    }

    void resampleKeepsTone()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, throughFile);
        const AudioBuffer in(sine(1000, from, 2.0, 0.5f), from);
        AudioBuffer out;
        if (throughFile) {
            const std::string p = path("tone.wav").toStdString();
            AudioFile::write(p, in, WriteFormat::WavFloat);
            out = AudioFile::read(p, ReadOptions{to, true});
        } else {
            out = Resampler::resample(in, to);
        }
        QCOMPARE(out.sampleRate(), to);
        // librosa.resample's length: ceil(n * to / from).
        QCOMPARE(out.frames(), std::size_t((in.frames() * std::size_t(to) + std::size_t(from) - 1) / std::size_t(from)));
        QVERIFY(std::fabs(toneFrequency(out.samples(), to) - 1000.0) < 0.1);
        QVERIFY(std::fabs(middleRms(out.samples()) - 0.5 / std::sqrt(2.0)) < 0.005);
    }

    // A long file is read in segments on several threads; the seams must not
    // show: every sample equals the serial read's within float rounding.
    void parallelReadMatchesSerial_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("threads");
        QTest::newRow("44100 stereo -> 22050, 2 threads") << 44100 << 22050 << 2 << 2;
        QTest::newRow("48000 mono -> 22050, 3 threads") << 48000 << 22050 << 1 << 3;
        QTest::newRow("16000 mono -> 22050, 4 threads") << 16000 << 22050 << 1 << 4;
    }

    void parallelReadMatchesSerial()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, channels);
        QFETCH(int, threads);
        const std::size_t frames = std::size_t(from) * 65; // past the 60 s threshold
        std::vector<float> left = sine(440, from, double(frames) / from, 0.4f);
        left.resize(frames);
        const std::vector<float> hiss = noise(frames, 0.2f, 3);
        for (std::size_t i = 0; i < frames; ++i)
            left[i] += hiss[i];
        const AudioBuffer in = channels == 2 ? AudioBuffer(interleave(left, noise(frames, 0.3f, 9)), 2, from)
                                             : AudioBuffer(left, from);
        const std::string p = path("long.wav").toStdString();
        AudioFile::write(p, in, WriteFormat::Wav16);
        ReadOptions serial{to, true};
        serial.threads = 1;
        ReadOptions parallel{to, true};
        parallel.threads = threads;
        std::vector<double> seen;
        const AudioBuffer a = AudioFile::read(p, serial);
        const AudioBuffer b = AudioFile::read(p, parallel, [&](double f) { seen.push_back(f); return true; });
        QCOMPARE(b.sampleRate(), to);
        QCOMPARE(b.frames(), a.frames());
        float worst = 0.0f;
        std::size_t where = 0;
        for (std::size_t i = 0; i < a.samples().size(); ++i) {
            const float d = std::fabs(a.samples()[i] - b.samples()[i]);
            if (d > worst) {
                worst = d;
                where = i;
            }
        }
        QVERIFY2(worst < 1e-5f, qPrintable(QStringLiteral("differs by %1 at sample %2").arg(worst).arg(where)));
        QVERIFY(seen.size() >= 4);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 1.0);
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(Cancelled, AudioFile::read(p, parallel, [&](double) { return ++calls < 3; }));
    }

    void readReportsProgressAndCancels()
    {
        const AudioBuffer longer(interleave(noise(5 * kRate), noise(5 * kRate, 0.5f, 7)), 2, kRate);
        const std::string p = path("progress.wav").toStdString();
        AudioFile::write(p, longer);
        for (int target : {0, 22050}) {
            std::vector<double> seen;
            AudioFile::read(p, ReadOptions{target, true}, [&](double f) { seen.push_back(f); return true; });
            QVERIFY(seen.size() >= 4);
            QVERIFY(std::is_sorted(seen.begin(), seen.end()));
            QCOMPARE(seen.back(), 1.0);
        }
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(Cancelled, AudioFile::read(p, {}, [&](double) { return ++calls < 3; }));
        QCOMPARE(calls, 3);
    }

    void writeRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("wav16") << "w16.wav" << int(WriteFormat::Wav16) << "PCM 16-bit" << 2.0 / 32768;
        QTest::newRow("flac16") << "w16.flac" << int(WriteFormat::Flac16) << "PCM 16-bit" << 2.0 / 32768;
        QTest::newRow("wavfloat") << "wf.wav" << int(WriteFormat::WavFloat) << "float 32-bit" << 0.0;
    }

    void writeRoundTrip()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(QString, encoding);
        QFETCH(double, tolerance);
        const AudioBuffer ref = stereoTones();
        const std::string p = path(file).toStdString();
        AudioFile::write(p, ref, WriteFormat(format));
        QCOMPARE(QString::fromStdString(AudioFile::probe(p).encoding), encoding);
        const AudioBuffer got = AudioFile::read(p, ReadOptions{0, false});
        QCOMPARE(got.frames(), ref.frames());
        for (std::size_t i = 0; i < ref.samples().size(); ++i)
            QVERIFY(std::fabs(got.samples()[i] - ref.samples()[i]) <= tolerance);
        QCOMPARE(QDir(m_dir.path()).entryList(QStringList{".*.tmp"}, QDir::Hidden | QDir::Files), QStringList());
    }

    void writeClips_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("wav16") << int(WriteFormat::Wav16) << 2.0 / 32768;
        QTest::newRow("flac16") << int(WriteFormat::Flac16) << 2.0 / 32768;
        QTest::newRow("wavfloat") << int(WriteFormat::WavFloat) << 0.0;
    }

    void writeClips()
    {
        QFETCH(int, format);
        QFETCH(double, tolerance);
        const float inf = std::numeric_limits<float>::infinity();
        const std::vector<float> in{1.5f, -2.0f, std::nanf(""), inf, -inf, 0.25f, 1e9f, -1.0f};
        const std::vector<float> want{1.0f, -1.0f, 0.0f, 1.0f, -1.0f, 0.25f, 1.0f, -1.0f};
        const std::string p = path(format == int(WriteFormat::Flac16) ? "clip.flac" : "clip.wav").toStdString();
        AudioFile::write(p, AudioBuffer(in, 8000), WriteFormat(format));
        const AudioBuffer got = AudioFile::read(p, ReadOptions{0, true});
        QCOMPARE(got.frames(), want.size());
        for (std::size_t i = 0; i < want.size(); ++i)
            QVERIFY2(std::fabs(got.samples()[i] - want[i]) <= tolerance,
                     qPrintable(QString("sample %1: %2").arg(i).arg(got.samples()[i])));
    }

    void failedWriteKeepsExistingFile()
    {
        // A file-size limit makes the write fail halfway, as a full disk would.
        const std::string p = path("keep.wav").toStdString();
        const AudioBuffer original(sine(440, 8000, 0.5), 8000);
        AudioFile::write(p, original);
        const QByteArray before = [&] { QFile f(path("keep.wav")); f.open(QIODevice::ReadOnly); return f.readAll(); }();

        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit small = old;
        small.rlim_cur = 64 * 1024;
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        setrlimit(RLIMIT_FSIZE, &small);
        const QString msg = expectError([&] { AudioFile::write(p, AudioBuffer(sine(440, kRate, 10.0), kRate)); }, "keep.wav");
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY2(!msg.startsWith('<'), qPrintable(msg));

        QFile f(path("keep.wav"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QStringList{".keep.wav*"}, QDir::Hidden | QDir::Files), QStringList());
    }

    void readOnlyFolderKeepsExistingFile()
    {
        QVERIFY(QDir(m_dir.path()).mkpath("ro"));
        const QString p = path("ro/keep.wav");
        AudioFile::write(p.toStdString(), AudioBuffer(sine(440, 8000, 0.5), 8000));
        const auto size = QFileInfo(p).size();
        ::chmod(QFile::encodeName(path("ro")).constData(), 0555);
        if (::access(QFile::encodeName(path("ro")).constData(), W_OK) == 0) {
            ::chmod(QFile::encodeName(path("ro")).constData(), 0755);
            QSKIP("running as root: a read-only folder is still writable");
        }
        const QString msg = expectError([&] { AudioFile::write(p.toStdString(), AudioBuffer(sine(220, 8000, 2.0), 8000)); }, "keep.wav");
        ::chmod(QFile::encodeName(path("ro")).constData(), 0755);
        QVERIFY2(msg.contains("permission denied"), qPrintable(msg));
        QCOMPARE(QFileInfo(p).size(), size);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        const QByteArray valid = pcm16Wav(1, kRate, 100);
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919 + 13) % 251);
        const float nan = std::nanf(""), inf = std::numeric_limits<float>::infinity();
        QTest::newRow("missing") << "missing.wav" << QByteArray() << "no such file";
        QTest::newRow("directory") << "folder.wav" << QByteArray() << "folder";
        QTest::newRow("fifo") << "pipe.wav" << QByteArray() << "not a regular file";
        QTest::newRow("zero-length") << "empty.wav" << QByteArray("") << "empty";
        QTest::newRow("riff-only") << "riff.wav" << QByteArray("RIFF") << "";
        QTest::newRow("truncated-header") << "truncated.wav" << valid.left(20) << "";
        QTest::newRow("truncated-fmt") << "truncfmt.wav" << valid.left(30) << "";
        QTest::newRow("garbage") << "garbage.wav" << garbage << "";
        QTest::newRow("text") << "text.wav" << QByteArray("this is not audio\n").repeated(50) << "";
        QTest::newRow("fake-flac") << "fake.flac" << QByteArray("fLaC").append(garbage) << "";
        QTest::newRow("fake-ogg") << "fake.ogg" << QByteArray("OggS").append(garbage) << "";
        QTest::newRow("fake-aiff") << "fake.aiff" << QByteArray("FORM\0\0\0\x10" "AIFF", 12).append(garbage) << "";
        QTest::newRow("no-samples") << "nodata.wav" << pcm16Wav(1, kRate, 0) << "no audio";
        QTest::newRow("nan") << "nan.wav" << floatWav({0.1f, nan, 0.2f}) << "NaN or infinite";
        QTest::newRow("inf") << "inf.wav" << floatWav({0.1f, -inf, 0.2f}) << "NaN or infinite";
        QTest::newRow("zero-channels") << "ch0.wav" << pcm16Wav(0, kRate, 10) << "";
        QTest::newRow("huge-channels") << "ch60000.wav" << pcm16Wav(60000, kRate, 1) << "";
        QTest::newRow("zero-rate") << "rate0.wav" << pcm16Wav(1, 0, 100) << "";
        QTest::newRow("rate-1hz") << "rate1.wav" << pcm16Wav(1, 1, 100) << "sample rate";
        QTest::newRow("rate-4ghz") << "rate4g.wav" << pcm16Wav(1, 4000000000u, 100) << "";
    }

    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        const QString p = path(file);
        if (file == "folder.wav")
            QVERIFY(QDir(m_dir.path()).mkpath(file));
        else if (file == "pipe.wav")
            QVERIFY(::mkfifo(QFile::encodeName(p).constData(), 0644) == 0);
        else if (file != "missing.wav")
            QVERIFY(writeBytes(p, bytes));
        for (int fn = 0; fn < 2; ++fn) {
            const QString msg = fn == 0 ? expectError([&] { AudioFile::read(p.toStdString()); }, file)
                                        : expectError([&] { AudioFile::probe(p.toStdString()); }, file);
            if (fn == 1 && (mentions.startsWith("NaN") || mentions == "no audio"))
                continue; // probe does not decode samples, so it cannot see these
            QVERIFY2(!msg.startsWith('<'), qPrintable(msg));
            QVERIFY2(msg.contains(mentions, Qt::CaseInsensitive), qPrintable(msg));
        }
    }

    void hugeClaimedSizeReadsRealLength_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("frames");
        QTest::newRow("pcm16 claims 2 GiB") << pcm16Wav(1, kRate, 1000, 0x7ffffff0u) << 1000;
        QTest::newRow("pcm16 claims 4 GiB stereo") << pcm16Wav(2, kRate, 1000, 0xfffffff0u) << 1000;
        QByteArray f = floatWav(std::vector<float>(500, 0.25f));
        f.replace(40, 4, QByteArray("\xf0\xff\xff\x7f", 4));
        QTest::newRow("float claims 2 GiB") << f << 500;
    }

    void hugeClaimedSizeReadsRealLength()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, frames);
        QVERIFY(writeBytes(path("liar.wav"), bytes));
        const long before = maxRssKb();
        const std::string p = path("liar.wav").toStdString();
        QCOMPARE(AudioFile::probe(p).frames, static_cast<long long>(frames));
        const AudioBuffer got = AudioFile::read(p, ReadOptions{0, true});
        QCOMPARE(got.frames(), std::size_t(frames));
        QVERIFY2(maxRssKb() - before < 64 * 1024, "reading allocated for the claimed size");
    }

    void badOutput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing folder") << "nowhere/deeper/out.wav" << "does not exist";
        QTest::newRow("under a file") << "plain.txt/out.wav" << "not a folder";
        QTest::newRow("is a folder") << "outdir.wav" << "folder";
        QTest::newRow("unknown extension") << "out.mp3" << "unknown output format";
        QTest::newRow("no extension") << "out" << "no file extension";
    }

    void badOutput()
    {
        QFETCH(QString, file);
        QFETCH(QString, mentions);
        QVERIFY(writeBytes(path("plain.txt"), "x"));
        QVERIFY(QDir(m_dir.path()).mkpath("outdir.wav"));
        const std::string p = path(file).toStdString();
        const QString msg = expectError([&] {
            AudioFile::write(p, AudioBuffer(sine(440, 8000, 0.1), 8000), AudioFile::formatForPath(p));
        }, QFileInfo(file).fileName());
        QVERIFY2(!msg.startsWith('<'), qPrintable(msg));
        QVERIFY2(msg.contains(mentions), qPrintable(msg));
    }
};

QTEST_MAIN(TestAudioFile)
#include "tst_audiofile.moc"
