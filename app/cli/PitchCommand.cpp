// `wavebench pitch`: F0 per frame by pYIN, on the mel frame grid of the same hop.
#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"
#include "FrameEnergy.h"
#include "PitchTracker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace wb::cli {

namespace {

/** Rounded so the JSON stays readable: 0.1 mHz and 10 us are far below what matters. */
double rounded(double v, double scale)
{
    return std::round(v * scale) / scale;
}

QString jsonText(const PitchTrack &track, const PitchParams &params, const std::vector<float> &energy)
{
    QJsonArray times, f0, prob, voiced, rms;
    for (std::size_t t = 0; t < track.frames(); ++t) {
        times.append(rounded(track.times[t], 1e6));
        f0.append(rounded(track.f0[t], 1e4));
        prob.append(rounded(track.voicedProbability[t], 1e4));
        voiced.append(track.voiced[t] != 0);
        rms.append(rounded(energy[t], 1e7));
    }
    QJsonObject o;
    o.insert(QStringLiteral("sample_rate"), track.sampleRate);
    o.insert(QStringLiteral("hop"), track.hop);
    o.insert(QStringLiteral("frame_length"), params.effectiveFrameLength());
    o.insert(QStringLiteral("fmin"), params.fmin);
    o.insert(QStringLiteral("fmax"), params.fmax);
    o.insert(QStringLiteral("frames"), int(track.frames()));
    o.insert(QStringLiteral("times"), times);
    o.insert(QStringLiteral("f0"), f0);
    o.insert(QStringLiteral("voiced"), voiced);
    o.insert(QStringLiteral("voiced_probability"), prob);
    o.insert(QStringLiteral("rms"), rms);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString tableText(const QString &file, const PitchTrack &track, const PitchParams &params,
                  const std::vector<float> &energy)
{
    std::vector<float> voicedF0;
    for (std::size_t t = 0; t < track.frames(); ++t)
        if (track.voiced[t])
            voicedF0.push_back(track.f0[t]);
    QString text;
    text += QStringLiteral("# %1: %2 frames, hop %3 at %4 Hz, frame %5, F0 range %6-%7 Hz\n")
                .arg(file)
                .arg(track.frames())
                .arg(track.hop)
                .arg(track.sampleRate)
                .arg(params.effectiveFrameLength())
                .arg(params.fmin)
                .arg(params.fmax);
    const double share = track.frames() ? 100.0 * voicedF0.size() / track.frames() : 0.0;
    if (voicedF0.empty()) {
        text += QStringLiteral("# voiced: none\n");
    } else {
        std::sort(voicedF0.begin(), voicedF0.end());
        text += QStringLiteral("# voiced: %1 frames (%2%), F0 median %3 Hz, min %4 Hz, max %5 Hz\n")
                    .arg(voicedF0.size())
                    .arg(share, 0, 'f', 1)
                    .arg(voicedF0[voicedF0.size() / 2], 0, 'f', 1)
                    .arg(voicedF0.front(), 0, 'f', 1)
                    .arg(voicedF0.back(), 0, 'f', 1);
    }
    text += QStringLiteral("# time_s     f0_hz  voiced_prob      rms\n");
    for (std::size_t t = 0; t < track.frames(); ++t)
        text += QStringLiteral("%1 %2 %3 %4\n")
                    .arg(track.times[t], 8, 'f', 4)
                    .arg(track.f0[t], 9, 'f', 2)
                    .arg(track.voicedProbability[t], 12, 'f', 3)
                    .arg(energy[t], 8, 'f', 5);
    text.chop(1); // printOut ends the line
    return text;
}

} // namespace

int runPitch(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("pitch"),
                   QStringLiteral("Fundamental frequency per frame by probabilistic YIN (as librosa.pyin), "
                                  "on the frame grid of `wavebench mel` with the same hop (frame t at "
                                  "t * hop / sr seconds). F0 is 0 Hz on unvoiced frames. Also prints "
                                  "each frame's RMS energy (Hann window of the frame length)."));
    cl.addPositional(QStringLiteral("FILE"), QStringLiteral("Audio file."));
    addRateOption(cl);
    cl.addOption(QStringLiteral("hop"), QStringLiteral("Hop length in samples."), QStringLiteral("N"),
                 QStringLiteral("256"));
    cl.addOption(QStringLiteral("fmin"), QStringLiteral("Lowest F0 in Hz."), QStringLiteral("HZ"),
                 QStringLiteral("65"));
    cl.addOption(QStringLiteral("fmax"),
                 QStringLiteral("Highest F0 in Hz (1000 suits speech; 2093 for singing)."),
                 QStringLiteral("HZ"), QStringLiteral("1000"));
    cl.addOption(QStringLiteral("frame-length"),
                 QStringLiteral("Analysis frame in samples; 0 = 1024 at 22050 Hz, scaled to the rate "
                                "and long enough for fmin."),
                 QStringLiteral("N"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("json"),
                 QStringLiteral("Print JSON: sample_rate, hop, times, f0, voiced, voiced_probability, rms."));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString file = cl.positionals(1).at(0);

    PitchParams params;
    params.hop = cl.intValue(QStringLiteral("hop"), 1, 65536);
    params.fmin = cl.doubleValue(QStringLiteral("fmin"), 1.0, 192000.0);
    params.fmax = cl.doubleValue(QStringLiteral("fmax"), 1.0, 192000.0);
    params.frameLength = cl.intValue(QStringLiteral("frame-length"), 0, 65536);
    if (params.fmin >= params.fmax)
        throw UsageError(QStringLiteral("--fmin (%1 Hz) must be below --fmax (%2 Hz)").arg(params.fmin).arg(params.fmax));

    const int sr = cl.intValue(QStringLiteral("sr"), 0, 384000);
    if (sr != 0) { // parameters that are wrong whatever the file are usage errors
        params.sampleRate = sr;
        try {
            params.validate();
        } catch (const wb::Error &e) {
            throw UsageError(QString::fromStdString(e.what()));
        }
    }
    const AudioBuffer audio = loadMono(cl, file);
    params.sampleRate = audio.sampleRate();
    params.validate(); // with --sr 0 the file's rate decides (e.g. fmax above its Nyquist)

    const PitchTrack track = trackPitch(audio.samples(), params);
    StftParams stft;
    stft.nFft = params.effectiveFrameLength();
    stft.hop = params.hop;
    const std::vector<float> energy = frameEnergy(audio.samples(), stft);
    if (energy.size() != track.frames())
        throw wb::Error("internal error: energy and F0 frames differ");
    printOut(cl.isSet(QStringLiteral("json")) ? jsonText(track, params, energy)
                                              : tableText(file, track, params, energy));
    return ExitOk;
}

} // namespace wb::cli
