#include "TtsJobs.h"

#include "Error.h"
#include "FastSpeech2Checkpoint.h"

#include <QFile>

#include <cmath>

namespace wb::ttsjobs {

ModelBackend::JobFn load(const QString &path)
{
    return [path](JobContext &job) {
        auto engine = std::make_shared<TtsEngine>();
        FastSpeech2Checkpoint checkpoint =
            FastSpeech2Checkpoint::load(QFile::encodeName(path).toStdString());
        job.setProgress(0.5);
        engine->path = path;
        engine->description = QString::fromStdString(checkpoint.config.describe());
        engine->parameters = checkpoint.parameterCount();
        const auto steps = checkpoint.notes.find("steps");
        if (steps != checkpoint.notes.end())
            engine->steps = QString::fromStdString(steps->second);
        engine->sampleRate = checkpoint.features.sampleRate;
        engine->hop = checkpoint.features.hop;
        engine->fmax = checkpoint.features.fmax;
        engine->tts = std::make_unique<TextToSpeech>(std::move(checkpoint));
        return QVariant::fromValue(Engine(engine));
    };
}

ModelBackend::JobFn speak(Engine engine, const QString &text, const TtsControls &controls)
{
    const std::string utf8 = text.toStdString();
    return [engine, utf8, controls](JobContext &job) {
        if (!engine || !engine->tts)
            throw Error("no model is loaded");
        auto out = std::make_shared<TtsOutput>();
        out->hop = engine->hop;
        out->fmax = engine->fmax;
        out->sentences = int(TextToSpeech::sentences(utf8).size());
        {
            std::lock_guard<std::mutex> lock(engine->mutex);
            // Short texts in one pass, so every stage shows all of it; long ones a sentence at a
            // time, which keeps the self-attention over frames small.
            out->sentenceBySentence = out->sentences > kSentencesAtOnce;
            out->result = out->sentenceBySentence
                              ? engine->tts->speakLong(utf8, controls, 0.35, job.progressFn())
                              : engine->tts->speak(utf8, controls, job.progressFn());
        }
        const TtsResult &r = out->result;
        // ln(power) -> dB: the Audio Lab's colour scale, in the unit students already know.
        const float toDb = float(10.0 / std::log(10.0));
        out->melDb = r.logMel;
        for (float &v : out->melDb.values())
            v *= toDb;
        auto audio = std::make_shared<AudioBuffer>(r.audio, r.sampleRate);
        out->summary = std::make_shared<const WaveformSummary>(
            WaveformSummary::build(audio->samples().data(), audio->samples().size()));
        out->audio = std::move(audio);
        return QVariant::fromValue(Output(out));
    };
}

} // namespace wb::ttsjobs
