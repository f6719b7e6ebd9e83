#pragma once
#include "AnalysisParams.h"
#include "AudioBuffer.h"
#include "AudioFile.h"
#include "Matrix.h"
#include "Progress.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace wb {

/** A clip as the Audio Lab holds it: where it came from, what the file is, the decoded audio. */
struct LoadedClip
{
    QString path;
    AudioFileInfo info;  ///< the file as stored (rate, channels, format)
    AudioBuffer audio;   ///< mono, at the analysis rate
    bool isEmpty() const { return audio.isEmpty(); }
};

/** The spectrograms of one clip for one set of parameters, in dB (ref = max). */
struct AnalysisResult
{
    AnalysisParams params;
    Matrix linearDb; ///< [nFft/2 + 1][frames], amplitude_to_db(|STFT|)
    Matrix melDb;    ///< [nMels][frames], power_to_db(mel power)
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
    static AnalysisResult analyse(const AudioBuffer &audio, const AnalysisParams &params,
                                  const ProgressFn &progress = {});
    /** One line for the info bar: duration, rate, channels, format, peak and RMS dBFS. */
    static QString describe(const QString &path, const AudioFileInfo &info, const AudioBuffer &audio);
};

} // namespace wb

Q_DECLARE_METATYPE(wb::LoadedClip)
Q_DECLARE_METATYPE(wb::AnalysisResult)
