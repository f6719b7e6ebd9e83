#include "AudioAnalysis.h"

#include "Decibel.h"
#include "MelFilterbank.h"
#include "SpectrogramPass.h"
#include "Stft.h"

#include <QFileInfo>
#include <QThread>

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
    s.window = p.window;
    return s;
}

MelFilterbank filterbank(const AnalysisParams &p, int sampleRate)
{
    MelParams m;
    m.sampleRate = sampleRate;
    m.nFft = p.nFft;
    m.nMels = p.nMels;
    m.fmin = float(p.effectiveFmin());
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

const Matrix &AnalysisResult::melDb() const
{
    static const Matrix empty;
    return mel ? *mel : empty;
}

LoadedClip AudioAnalysis::load(const QString &path, int sampleRate, const ProgressFn &progress)
{
    const std::string file = QFile::encodeName(path).toStdString();
    const AudioFileInfo info = AudioFile::probe(file);
    ReadOptions options;
    options.targetRate = sampleRate;
    options.mono = true;
    return prepare(path, info, AudioFile::read(file, options, progress));
}

LoadedClip AudioAnalysis::prepare(const QString &path, const AudioFileInfo &info, AudioBuffer audio)
{
    LoadedClip clip;
    clip.path = path;
    clip.info = info;
    auto mono = std::make_shared<AudioBuffer>(audio.channels() > 1 ? audio.toMono() : std::move(audio));
    // The one pass over every sample the waveform view needs, done here on
    // the worker rather than on the GUI thread when the clip is shown.
    clip.summary = std::make_shared<const WaveformSummary>(
        WaveformSummary::build(mono->samples().data(), mono->samples().size()));
    clip.audio = std::move(mono);
    return clip;
}

AnalysisResult AudioAnalysis::analyse(const AudioBuffer &audio, const AnalysisParams &params,
                                      const ProgressFn &progress)
{
    AnalysisResult result;
    result.params = params;
    const AudioBuffer monoCopy = audio.channels() > 1 ? audio.toMono() : AudioBuffer();
    const std::vector<float> &mono = audio.channels() > 1 ? monoCopy.samples() : audio.samples();
    const int rate = audio.sampleRate();
    // Frames split across the cores: the analysis of a long clip is what a
    // student waits for after opening it.
    const int threads = qBound(1, QThread::idealThreadCount(), 4);
    SpectrogramPassResult pass = spectrogramPass(mono, stftParams(params), filterbank(params, rate),
                                                 SpectrogramImage::kMaxColumns, threads, slice(progress, 0.0, 0.85));
    result.frames = pass.frames;
    // Keep more than the widest colour range the controls offer, so changing
    // the range only recolours and never needs a recomputation.
    const Matrix linearDb = amplitudeToDb(pass.linearMagnitude, DbParams{true, 1.0f, 1e-5f, 160.0f, threads});
    pass.linearMagnitude = Matrix();
    DbParams db;
    db.topDb = 160.0f;
    db.threads = threads;
    auto melDb = std::make_shared<const Matrix>(powerToDb(pass.melPower, db));
    pass.melPower = Matrix();
    reportProgress(progress, 0.9);
    const double frameSeconds = double(params.hop) / rate;
    const double binHz = double(rate) / params.nFft;
    result.linearImage = SpectrogramImage::build(linearDb, frameSeconds, 0.0,
                                                 std::max(binHz, (double(linearDb.rows()) - 1) * binHz),
                                                 pass.framesPerColumn);
    result.melImage = SpectrogramImage::build(*melDb, frameSeconds, 0.0, std::max(1.0, double(melDb->rows()) - 1));
    result.mel = std::move(melDb);
    reportProgress(progress, 1.0);
    return result;
}

QString AudioAnalysis::describe(const LoadedClip &clip)
{
    const AudioFileInfo &i = clip.info;
    QString line = tr("%1 — %2 s, %3 Hz, %4, %5 %6")
                       .arg(QFileInfo(clip.path).fileName())
                       .arg(i.duration(), 0, 'f', 2)
                       .arg(i.sampleRate)
                       .arg(i.channels == 1 ? tr("mono") : i.channels == 2 ? tr("stereo")
                                                                           : tr("%1 channels").arg(i.channels))
                       .arg(QString::fromStdString(i.format), QString::fromStdString(i.encoding));
    const int rate = clip.audio ? clip.audio->sampleRate() : i.sampleRate;
    if (rate != i.sampleRate)
        line += tr(" (analysed at %1 Hz)").arg(rate);
    if (clip.summary)
        line += tr(" — peak %1 dBFS, RMS %2 dBFS").arg(dbfs(clip.summary->peak), dbfs(clip.summary->rms));
    return line;
}

} // namespace wb
