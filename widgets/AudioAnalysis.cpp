#include "AudioAnalysis.h"

#include "Decibel.h"
#include "MelFilterbank.h"
#include "Stft.h"

#include <QFileInfo>

#include <cmath>

namespace wb {

namespace {

// Maps a sub-task's progress into a slice [from, to] of the whole job's.
ProgressFn slice(const ProgressFn &progress, double from, double to)
{
    if (!progress)
        return {};
    return [progress, from, to](double f) { return progress(from + (to - from) * f); };
}

StftParams stftParams(const AnalysisParams &p)
{
    StftParams s;
    s.nFft = p.nFft;
    s.hop = p.hop;
    return s;
}

MelFilterbank filterbank(const AnalysisParams &p, int sampleRate)
{
    MelParams m;
    m.sampleRate = sampleRate;
    m.nFft = p.nFft;
    m.nMels = p.nMels;
    m.fmax = float(p.effectiveFmax());
    return MelFilterbank(m);
}

QString dbfs(float linear)
{
    if (!(linear > 0.0f))
        return QStringLiteral("-inf");
    return QString::number(20.0 * std::log10(double(linear)), 'f', 1);
}

} // namespace

LoadedClip AudioAnalysis::load(const QString &path, int sampleRate, const ProgressFn &progress)
{
    LoadedClip clip;
    clip.path = path;
    const std::string file = QFile::encodeName(path).toStdString();
    clip.info = AudioFile::probe(file);
    ReadOptions options;
    options.targetRate = sampleRate;
    options.mono = true;
    clip.audio = AudioFile::read(file, options, progress);
    return clip;
}

AnalysisResult AudioAnalysis::analyse(const AudioBuffer &audio, const AnalysisParams &params,
                                      const ProgressFn &progress)
{
    AnalysisResult result;
    result.params = params;
    const std::vector<float> mono = audio.channels() > 1 ? audio.toMono().samples() : audio.samples();
    DbParams db;
    // Keep more than the widest colour range the controls offer, so changing
    // the range only recolours and never needs a recomputation.
    db.topDb = 160.0f;
    result.linearDb = amplitudeToDb(stftMagnitude(mono, stftParams(params), 1.0f, slice(progress, 0.0, 0.5)),
                                    DbParams{true, 1.0f, 1e-5f, 160.0f});
    result.melDb = powerToDb(melSpectrogram(mono, stftParams(params), filterbank(params, audio.sampleRate()),
                                            2.0f, slice(progress, 0.5, 1.0)),
                             db);
    return result;
}

QString AudioAnalysis::describe(const QString &path, const AudioFileInfo &i, const AudioBuffer &audio)
{
    QString line = tr("%1 — %2 s, %3 Hz, %4, %5 %6")
                       .arg(QFileInfo(path).fileName())
                       .arg(i.duration(), 0, 'f', 2)
                       .arg(i.sampleRate)
                       .arg(i.channels == 1 ? tr("mono") : i.channels == 2 ? tr("stereo")
                                                                           : tr("%1 channels").arg(i.channels))
                       .arg(QString::fromStdString(i.format), QString::fromStdString(i.encoding));
    if (audio.sampleRate() != i.sampleRate)
        line += tr(" (analysed at %1 Hz)").arg(audio.sampleRate());
    line += tr(" — peak %1 dBFS, RMS %2 dBFS").arg(dbfs(audio.peak()), dbfs(audio.rms()));
    return line;
}

} // namespace wb
