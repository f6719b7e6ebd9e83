#pragma once
#include "AnalysisParams.h"
#include "AudioBuffer.h"
#include "AudioFile.h"
#include "Matrix.h"
#include "Progress.h"
#include "SpectrogramImage.h"
#include "WaveformSummary.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <memory>

namespace wb {

/**
 * A clip as the Audio Lab holds it: where it came from, what the file is, the
 * decoded audio and its waveform summary. The heavy parts are shared, so the
 * value crosses from a job to the GUI thread (through a QVariant, which
 * copies) without copying samples.
 */
struct LoadedClip
{
    QString path;
    AudioFileInfo info;                             ///< the file as stored (rate, channels, format)
    std::shared_ptr<const AudioBuffer> audio;       ///< mono, at the analysis rate
    std::shared_ptr<const WaveformSummary> summary; ///< min/max blocks, peak and RMS of audio
    bool isEmpty() const { return !audio || audio->isEmpty(); }
};

/**
 * The spectrograms of one clip for one set of parameters, in dB (ref = max):
 * the full mel matrix (what Export Mel writes) and both views' images,
 * prepared on the worker. Shared parts, cheap to copy.
 */
struct AnalysisResult
{
    AnalysisParams params;
    std::shared_ptr<const Matrix> mel; ///< [nMels][frames], power_to_db(mel power)
    SpectrogramImage linearImage;      ///< amplitude_to_db(|STFT|), [nFft/2 + 1] rows, pooled in time
    SpectrogramImage melImage;         ///< mel, pooled in time
    long long frames = 0;              ///< STFT frames of the clip

    /** The mel matrix; empty before the first analysis. */
    const Matrix &melDb() const;
};

/**
 * The Audio Lab's work, as plain synchronous functions that backend jobs run
 * on a worker thread (any thread may call them). Bad files and absurd
 * parameters throw wb::Error; a progress callback returning false throws
 * wb::Cancelled.
 */
class AudioAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(wb::AudioAnalysis)

public:
    static LoadedClip load(const QString &path, int sampleRate, const ProgressFn &progress = {});
    /** Wraps audio already in memory (a recording) as a clip: mono mix and summary. */
    static LoadedClip prepare(const QString &path, const AudioFileInfo &info, AudioBuffer audio);
    static AnalysisResult analyse(const AudioBuffer &audio, const AnalysisParams &params,
                                  const ProgressFn &progress = {});
    /** One line for the info bar: duration, rate, channels, format, peak and RMS dBFS. */
    static QString describe(const LoadedClip &clip);
};

} // namespace wb

Q_DECLARE_METATYPE(wb::LoadedClip)
Q_DECLARE_METATYPE(wb::AnalysisResult)
