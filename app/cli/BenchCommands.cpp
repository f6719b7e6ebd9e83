// `wavebench bench audiolab`: how long the Audio Lab takes from "open" to all
// three views drawn for a long file, how much memory it needs to get there,
// and how long the GUI thread ever went without serving its event loop.
#include "AudioLabPanel.h"
#include "Cli.h"
#include "CliSupport.h"
#include "MainWindow.h"
#include "ModelBackend.h"
#include "SpectrogramView.h"
#include "WaveformView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QEventLoop>
#include <QTimer>

#include <cmath>
#include <cstdint>
#include <vector>

namespace wb::cli {

namespace {

/** A field of /proc/self/status in MiB (VmRSS, VmHWM), or -1 where there is none. */
double procStatusMiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1.0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1.0;
}

/** Restarts VmHWM from the current RSS (Linux >= 4.0), so the peak measures only what follows. */
bool resetPeakMemory()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

void putLe(QByteArray &b, std::uint32_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        b.append(char((v >> (8 * i)) & 0xff));
}

/**
 * A mono 16-bit WAV of speech-like test sound (a gliding harmonic tone under
 * noise, in bursts), written a second at a time so the generator itself
 * never holds the file in memory and does not inflate the measured peak.
 */
void writeTestWav(const QString &path, int rate, long long frames)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw wb::Error("cannot write the test file " + path.toStdString());
    const auto dataBytes = std::uint32_t(frames * 2);
    QByteArray header("RIFF");
    putLe(header, 36 + dataBytes, 4);
    header.append("WAVEfmt ");
    putLe(header, 16, 4);
    putLe(header, 1, 2); // PCM
    putLe(header, 1, 2); // mono
    putLe(header, std::uint32_t(rate), 4);
    putLe(header, std::uint32_t(rate) * 2, 4);
    putLe(header, 2, 2);
    putLe(header, 16, 2);
    header.append("data");
    putLe(header, dataBytes, 4);
    f.write(header);
    std::vector<std::int16_t> block(static_cast<std::size_t>(rate));
    std::uint32_t noise = 12345;
    double phase = 0.0;
    for (long long done = 0; done < frames;) {
        const long long n = std::min<long long>(rate, frames - done);
        for (long long i = 0; i < n; ++i) {
            const double t = double(done + i) / rate;
            const double f0 = 140.0 + 60.0 * std::sin(2 * M_PI * 0.3 * t);
            phase += 2 * M_PI * f0 / rate;
            const double envelope = 0.5 + 0.5 * std::sin(2 * M_PI * 2.5 * t);
            noise = noise * 1664525u + 1013904223u;
            const double hiss = (double(noise >> 8) / double(1u << 24) - 0.5) * 0.05;
            const double v = envelope * 0.3 * (std::sin(phase) + 0.5 * std::sin(2 * phase) + 0.25 * std::sin(3 * phase))
                             + hiss;
            block[std::size_t(i)] = std::int16_t(std::lround(std::clamp(v, -1.0, 1.0) * 32767.0));
        }
        f.write(reinterpret_cast<const char *>(block.data()), qint64(n) * 2);
        done += n;
    }
    if (!f.flush())
        throw wb::Error("cannot write the test file " + path.toStdString());
}

int benchAudioLab(const CommandLine &cl)
{
    const double minutes = cl.doubleValue(QStringLiteral("minutes"), 0.05, 240.0);
    const int rate = cl.intValue(QStringLiteral("rate"), 8000, 192000);
    const bool json = cl.isSet(QStringLiteral("json"));
    QTemporaryDir dir;
    QString path = cl.value(QStringLiteral("file"));
    long long frames = 0;
    if (path.isEmpty()) {
        if (!dir.isValid())
            throw wb::Error("cannot create a temporary folder");
        path = dir.filePath(QStringLiteral("bench.wav"));
        frames = std::llround(minutes * 60.0 * rate);
        writeTestWav(path, rate, frames);
    } else {
        frames = (QFileInfo(path).size() - 44) / 2; // refined below from the clip
    }

    ModelBackend backend;
    MainWindow window(&backend);
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    AudioLabPanel *lab = window.audioLab();

    // The GUI thread's longest stretch without a timer tick while loading.
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 maxGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        maxGap = std::max(maxGap, now - lastTick);
        lastTick = now;
    });

    const double baselineMiB = procStatusMiB("VmRSS");
    const bool peakReset = resetPeakMemory();
    qint64 waveformMs = -1;
    qint64 analysedMs = -1;
    QString failure;
    QObject::connect(lab, &AudioLabPanel::clipLoaded, [&] { waveformMs = clock.elapsed(); });
    QObject::connect(lab, &AudioLabPanel::analysisFinished, [&] { analysedMs = clock.elapsed(); });
    QObject::connect(lab, &AudioLabPanel::loadFailed, [&](const QString &, const QString &m) { failure = m; });
    clock.start();
    ticker.start();
    window.openFile(path);
    // A real event loop, as the app runs: it sleeps until an event comes,
    // so the GUI thread does not take a core from the workers.
    QEventLoop loop;
    QObject::connect(lab, &AudioLabPanel::analysisFinished, &loop, &QEventLoop::quit);
    QObject::connect(lab, &AudioLabPanel::loadFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    if (analysedMs < 0 && failure.isEmpty())
        loop.exec();
    if (!failure.isEmpty())
        throw wb::Error(failure.toStdString());
    if (analysedMs < 0)
        throw wb::Error("the Audio Lab did not finish within 10 minutes");
    // Drawn means painted: replot each view now rather than waiting for the queued replots.
    lab->waveformView()->replot();
    lab->linearView()->replot();
    lab->melView()->replot();
    const qint64 drawnMs = clock.elapsed();
    ticker.stop();
    const double peakMiB = procStatusMiB("VmHWM");

    const AudioBuffer &audio = *lab->sharedAudio();
    if (!cl.value(QStringLiteral("file")).isEmpty())
        frames = std::llround(audio.duration() * rate);
    const double fileRateMiB = double(frames) * 4.0 / (1024.0 * 1024.0);
    const double analysisRateMiB = double(audio.samples().size()) * 4.0 / (1024.0 * 1024.0);
    QJsonObject o;
    o["benchmark"] = "audiolab";
    o["minutes"] = double(frames) / rate / 60.0;
    o["file_rate_hz"] = rate;
    o["analysis_rate_hz"] = audio.sampleRate();
    o["open_to_waveform_s"] = waveformMs / 1000.0;
    o["open_to_all_views_drawn_s"] = drawnMs / 1000.0;
    o["gui_max_gap_ms"] = double(maxGap);
    o["baseline_rss_mib"] = baselineMiB;
    o["peak_rss_mib"] = peakMiB;
    o["peak_reset"] = peakReset;
    o["decoded_float32_file_rate_mib"] = fileRateMiB;
    o["decoded_float32_analysis_rate_mib"] = analysisRateMiB;
    o["peak_over_file_rate_decoded"] = peakMiB / fileRateMiB;
    o["mel_frames"] = double(lab->currentAnalysis().frames);
    window.close();
    if (json) {
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        printOut(QStringLiteral("Audio Lab, %1 min mono WAV at %2 Hz (analysed at %3 Hz)\n"
                                "  open -> waveform shown      %4 s\n"
                                "  open -> all 3 views drawn   %5 s\n"
                                "  longest GUI-thread stall    %6 ms\n"
                                "  peak RSS (VmHWM)            %7 MiB (baseline before opening %8 MiB)\n"
                                "  decoded float32, file rate  %9 MiB -> peak is %10x that\n"
                                "  decoded float32, %3 Hz   %11 MiB")
                     .arg(o["minutes"].toDouble(), 0, 'f', 1)
                     .arg(rate)
                     .arg(audio.sampleRate())
                     .arg(waveformMs / 1000.0, 0, 'f', 2)
                     .arg(drawnMs / 1000.0, 0, 'f', 2)
                     .arg(maxGap)
                     .arg(peakMiB, 0, 'f', 0)
                     .arg(baselineMiB, 0, 'f', 0)
                     .arg(fileRateMiB, 0, 'f', 0)
                     .arg(peakMiB / fileRateMiB, 0, 'f', 2)
                     .arg(analysisRateMiB, 0, 'f', 0));
    }
    return ExitOk;
}

} // namespace

int runBench(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("bench"),
                   QStringLiteral("Measure the workbench headless. audiolab: open a long generated WAV in an "
                                  "offscreen window and report the time until the waveform and both "
                                  "spectrograms are drawn, the peak memory (VmHWM) against the decoded size, "
                                  "and the longest GUI-thread stall."));
    cl.addPositional(QStringLiteral("WHAT"), QStringLiteral("What to measure: audiolab."));
    cl.addOption(QStringLiteral("minutes"), QStringLiteral("Length of the generated file."), QStringLiteral("MIN"),
                 QStringLiteral("60"));
    cl.addOption(QStringLiteral("rate"), QStringLiteral("Sample rate of the generated file."), QStringLiteral("HZ"),
                 QStringLiteral("44100"));
    cl.addOption(QStringLiteral("file"), QStringLiteral("Open this mono 16-bit WAV instead of generating one."),
                 QStringLiteral("WAV"));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print the figures as JSON."));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString what = cl.positionals(1).at(0);
    if (what != QLatin1String("audiolab"))
        throw UsageError(QStringLiteral("unknown benchmark '%1' (expected audiolab)").arg(what));
    return benchAudioLab(cl);
}

} // namespace wb::cli
