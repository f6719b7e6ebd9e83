#include "TtsJobs.h"

#include "BundledModels.h"
#include "Error.h"

#include <QFile>

#include <cmath>

namespace wb::ttsjobs {

namespace {

/** Everything the stage views draw, prepared on the worker from out.result. */
void finish(TtsOutput &out)
{
    const TtsResult &r = out.result;
    // ln(power) -> dB: the Audio Lab's colour scale, in the unit students already know.
    const float toDb = float(10.0 / std::log(10.0));
    out.melDb = r.logMel;
    for (float &v : out.melDb.values())
        v *= toDb;
    auto audio = std::make_shared<AudioBuffer>(r.audio, r.sampleRate);
    out.summary = std::make_shared<const WaveformSummary>(
        WaveformSummary::build(audio->samples().data(), audio->samples().size()));
    out.audio = std::move(audio);
}

} // namespace

double TtsComparison::acousticSpeedup() const
{
    const auto perSecond = [](const Output &o) {
        return o && o->result.audioSeconds() > 0.0
                   ? o->result.timings.acoustic / o->result.audioSeconds()
                   : 0.0;
    };
    const double fast = perSecond(fastSpeech);
    return fast > 0.0 ? perSecond(tacotron) / fast : 0.0;
}

ModelBackend::JobFn load(const QString &path)
{
    return [path](JobContext &job) {
        auto engine = std::make_shared<TtsEngine>();
        engine->tts = TextToSpeech::fromFile(QFile::encodeName(path).toStdString());
        job.setProgress(0.5);
        const TextToSpeech &tts = *engine->tts;
        engine->path = path;
        engine->model = QString::fromStdString(tts.modelId());
        engine->description =
            QString::fromStdString(tts.modelName() + ": " + tts.describe());
        engine->parameters = tts.parameterCount();
        const auto steps = tts.notes().find("steps");
        if (steps != tts.notes().end())
            engine->steps = QString::fromStdString(steps->second);
        engine->sampleRate = tts.features().sampleRate;
        engine->hop = tts.features().hop;
        engine->fmax = tts.features().fmax;
        try {
            engine->tts->setVocoder(std::make_shared<const WaveNetVocoder>(
                WaveNetVocoder::load(bundledModelPath(kBundledWaveNetVocoder))));
            engine->hasVocoder = true;
        } catch (const Error &e) {
            engine->vocoderProblem = QString::fromUtf8(e.what());
        }
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
        finish(*out);
        return QVariant::fromValue(Output(out));
    };
}

ModelBackend::JobFn compare(const QString &fastSpeechPath, const QString &tacotronPath,
                            const QString &text, const TtsControls &controls)
{
    const std::string utf8 = text.toStdString();
    const std::string paths[2] = {QFile::encodeName(fastSpeechPath).toStdString(),
                                  QFile::encodeName(tacotronPath).toStdString()};
    return [paths, utf8, controls](JobContext &job) {
        auto comparison = std::make_shared<TtsComparison>();
        for (int i = 0; i < 2; ++i) {
            const auto tts = TextToSpeech::fromFile(paths[i]);
            TtsControls c = controls;
            c.vocoder = TtsVocoder::GriffinLim; // the same Griffin-Lim for both, so only the models differ
            if (tts->modelId() == "tacotron2")
                c.pitchSemitones = 0.0;
            auto out = std::make_shared<TtsOutput>();
            out->hop = tts->features().hop;
            out->fmax = tts->features().fmax;
            out->sentences = int(TextToSpeech::sentences(utf8).size());
            out->sentenceBySentence = out->sentences > kSentencesAtOnce;
            const ProgressFn part = [&job, i](double f) {
                return job.progressFn()((double(i) + f) / 2.0);
            };
            out->result = out->sentenceBySentence ? tts->speakLong(utf8, c, 0.35, part)
                                                  : tts->speak(utf8, c, part);
            finish(*out);
            (tts->modelId() == "tacotron2" ? comparison->tacotron : comparison->fastSpeech) = out;
        }
        if (!comparison->fastSpeech || !comparison->tacotron)
            throw Error("the comparison needs one FastSpeech 2 and one Tacotron 2 checkpoint");
        return QVariant::fromValue(Comparison(comparison));
    };
}

} // namespace wb::ttsjobs
