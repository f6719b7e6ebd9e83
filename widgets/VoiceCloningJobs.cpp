#include "VoiceCloningJobs.h"

#include "AudioFile.h"
#include "BundledModels.h"
#include "Error.h"
#include "SpeakerEncoder.h"
#include "corpus/CorpusFeatures.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace wb::cloningjobs {

namespace {

std::string encoded(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

/** The given file, or the shipped one; empty with *problem set when there is none. */
QString resolve(const QString &given, const char *bundled, QString *problem)
{
    if (!given.isEmpty())
        return given;
    try {
        return QString::fromStdString(bundledModelPath(bundled));
    } catch (const std::exception &e) {
        *problem = QString::fromUtf8(e.what());
        return {};
    }
}

Reference embedBuffer(const SpeakerEncoder &encoder, const AudioBuffer &mono, Reference r)
{
    r.trimmedSeconds = 0.0;
    const AudioBuffer trimmed = trimSilence(mono, &r.trimmedSeconds);
    r.seconds = trimmed.duration();
    r.embedding = encoder.embed(trimmed.samples(), trimmed.sampleRate());
    r.medianF0 = speechMedianF0(trimmed.samples(), trimmed.sampleRate());
    r.audio = std::make_shared<const AudioBuffer>(trimmed);
    return r;
}

} // namespace

AudioBuffer trimSilence(const AudioBuffer &mono, double *removedSeconds)
{
    const std::vector<float> &x = mono.samples();
    const std::size_t frame = std::max<std::size_t>(1, std::size_t(mono.sampleRate() / 50));
    const std::size_t frames = (x.size() + frame - 1) / frame;
    std::vector<double> energy(frames, 0.0);
    double loudest = 0.0;
    for (std::size_t f = 0; f < frames; ++f) {
        const std::size_t end = std::min(x.size(), (f + 1) * frame);
        double s = 0.0;
        for (std::size_t i = f * frame; i < end; ++i)
            s += double(x[i]) * x[i];
        energy[f] = s / double(end - f * frame);
        loudest = std::max(loudest, energy[f]);
    }
    if (removedSeconds)
        *removedSeconds = 0.0;
    if (loudest <= 0.0)
        return mono;
    const double floor = loudest * 1e-4; // 40 dB below the loudest frame
    std::size_t first = 0, last = frames;
    while (first < frames && energy[first] < floor)
        ++first;
    while (last > first && energy[last - 1] < floor)
        --last;
    // Keep a frame of margin on each side, so a soft onset is not clipped.
    first = first > 0 ? first - 1 : 0;
    last = std::min(frames, last + 1);
    const std::size_t start = first * frame, stop = std::min(x.size(), last * frame);
    if (removedSeconds)
        *removedSeconds = double(x.size() - (stop - start)) / mono.sampleRate();
    return mono.slice(start, stop - start);
}

ModelBackend::JobFn loadAssets(const AssetPaths &paths)
{
    return [paths](JobContext &job) {
        auto a = std::make_shared<CloningAssets>();
        a->paths.encoder = resolve(paths.encoder, kBundledSpeakerEncoder, &a->encoderProblem);
        if (!a->paths.encoder.isEmpty()) {
            try {
                a->encoder = std::make_shared<const SpeakerEncoder>(SpeakerEncoder::load(encoded(a->paths.encoder)));
                const auto &notes = a->encoder->checkpoint().notes;
                if (const auto it = notes.find("heldout_eer"); it != notes.end())
                    a->heldOutEer = QString::fromStdString(it->second).toDouble();
                if (const auto it = notes.find("heldout_speakers"); it != notes.end())
                    a->heldOutSpeakers = QString::fromStdString(it->second).toInt();
                if (const auto it = notes.find("steps"); it != notes.end())
                    a->encoderSteps = QString::fromStdString(it->second);
            } catch (const std::exception &e) {
                a->encoderProblem = QString::fromUtf8(e.what());
            }
        }
        // The independent judge: only beside the shipped encoder, and nothing is wrong without it.
        if (paths.encoder.isEmpty()) {
            try {
                a->judge = std::make_shared<const SpeakerEncoder>(
                    SpeakerEncoder::load(bundledModelPath(kBundledSpeakerJudge)));
            } catch (const std::exception &) {
                a->judge.reset();
            }
        }
        job.setProgress(0.3);
        a->paths.map = resolve(paths.map, kBundledSpeakerMap, &a->mapProblem);
        if (!a->paths.map.isEmpty()) {
            try {
                auto map = std::make_shared<const SpeakerMap>(SpeakerMap::load(encoded(a->paths.map)));
                if (a->encoder && map->dimension() != a->encoder->dimension())
                    throw Error("the map's embeddings have " + std::to_string(map->dimension()) +
                                " dimensions and the encoder's " + std::to_string(a->encoder->dimension()) +
                                ": the map was made with another speaker encoder");
                a->projection = map->pca2d();
                for (const auto &e : map->embeddings)
                    a->points.push_back(a->projection.project(e));
                a->map = std::move(map);
            } catch (const std::exception &e) {
                a->mapProblem = QString::fromUtf8(e.what());
            }
        }
        job.setProgress(0.5);
        a->paths.model = resolve(paths.model, kBundledMultiSpeakerTts, &a->modelProblem);
        if (!a->paths.model.isEmpty() && a->encoder) {
            try {
                a->cloner = std::shared_ptr<VoiceCloner>(
                    VoiceCloner::fromFiles(encoded(a->paths.encoder), encoded(a->paths.model)));
                a->clonerMutex = std::make_shared<std::mutex>();
                for (const auto &v : a->cloner->trainingVoices())
                    a->trainingVoices << QString::fromStdString(v);
                const auto &notes = a->cloner->modelNotes();
                const auto note = [&notes](const char *key) {
                    const auto it = notes.find(key);
                    return it == notes.end() ? QString() : QString::fromStdString(it->second);
                };
                if (!note("clone_eval_rate").isEmpty()) {
                    a->cloneEvalRate = note("clone_eval_rate").toDouble();
                    a->cloneEvalTrials = note("clone_eval_trials").toInt();
                    a->cloneEvalSpeakers = note("clone_eval_speakers").toInt();
                    a->cloneEvalRefine = note("clone_eval_refine").toInt(); // absent: 0, as before refinement
                }
                if (!note("clone_eval_judged_rate").isEmpty()) {
                    a->cloneEvalJudgedRate = note("clone_eval_judged_rate").toDouble();
                    a->cloneEvalJudgedRefine = note("clone_eval_judged_refine").toInt();
                    bool ok = false;
                    const double eer = note("clone_eval_judge_eer").toDouble(&ok);
                    a->judgeEer = ok ? eer : -1.0;
                }
                if (!note("clone_eval_real_rate").isEmpty())
                    a->cloneEvalRealRate = note("clone_eval_real_rate").toDouble();
                if (!note("clone_eval_adapted_rate").isEmpty()) {
                    a->cloneEvalAdaptedRate = note("clone_eval_adapted_rate").toDouble();
                    a->cloneEvalAdapt = note("clone_eval_adapted_adapt").toInt();
                }
                if (!note("clone_eval_adapted_judged_rate").isEmpty() &&
                    note("clone_eval_adapted_judged_adapt").toInt() == a->cloneEvalAdapt)
                    a->cloneEvalAdaptedJudgedRate = note("clone_eval_adapted_judged_rate").toDouble();
            } catch (const std::exception &e) {
                a->modelProblem = QString::fromUtf8(e.what());
            }
        }
        return QVariant::fromValue(Assets(a));
    };
}

QString sidecarTranscript(const QString &audioPath)
{
    const QFileInfo info(audioPath);
    for (const char *suffix : {".txt", ".lab"}) {
        QFile f(info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1String(suffix));
        if (f.size() > 64 * 1024 || !f.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        const QString text = QString::fromUtf8(f.readAll()).simplified();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

ModelBackend::JobFn embedFile(Assets assets, const QString &path)
{
    return [assets, path](JobContext &job) {
        if (!assets || !assets->encoder)
            throw Error("no speaker encoder is loaded");
        ReadOptions o;
        o.targetRate = assets->encoder->checkpoint().features.sampleRate;
        const AudioBuffer mono = AudioFile::read(encoded(path), o);
        job.setProgress(0.3);
        Reference r;
        r.name = QFileInfo(path).fileName();
        r.path = path;
        r.transcript = sidecarTranscript(path);
        return QVariant::fromValue(embedBuffer(*assets->encoder, mono, r));
    };
}

ModelBackend::JobFn embedAudio(Assets assets, std::shared_ptr<const AudioBuffer> audio, const QString &name,
                               const QString &transcript)
{
    return [assets, audio, name, transcript](JobContext &) {
        if (!assets || !assets->encoder)
            throw Error("no speaker encoder is loaded");
        if (!audio || audio->isEmpty())
            throw Error("the recording is empty");
        Reference r;
        r.name = name;
        r.transcript = transcript.simplified();
        return QVariant::fromValue(embedBuffer(*assets->encoder, audio->toMono(), r));
    };
}

ModelBackend::JobFn clone(Assets assets, const QString &text, std::vector<float> embedding,
                          std::vector<ReferenceTake> references, const TtsControls &controls,
                          const CloneOptions &options, int adaptSteps)
{
    const std::string utf8 = text.toStdString();
    return [assets, utf8, embedding, references, controls, options, adaptSteps](JobContext &job) {
        if (!assets || !assets->cloner)
            throw Error("no multi-speaker model is loaded");
        auto out = std::make_shared<CloneOutput>();
        {
            std::lock_guard<std::mutex> lock(*assets->clonerMutex);
            VoiceCloner &cloner = *assets->cloner;
            TtsControls heard = controls;
            if (cloner.takesReferenceSpectrum()) {
                std::vector<std::vector<float>> spectra;
                for (const ReferenceTake &take : references)
                    if (take.audio && !take.audio->samples().empty())
                        spectra.push_back(cloner.referenceSpectrum(take.audio->samples(), take.audio->sampleRate()));
                if (spectra.empty())
                    throw Error("the reference recordings hold no audio to take the voice's spectrum from");
                heard.referenceSpectrum = averageSpectrum(spectra);
            }
            ProgressFn cloning = job.progressFn();
            if (adaptSteps > 0) {
                // Which references, and how far: the same again reuses the adapted model.
                QByteArray key = QByteArray::number(adaptSteps);
                std::vector<const ReferenceTake *> transcribed;
                for (const ReferenceTake &take : references)
                    if (take.audio && !take.audio->samples().empty() && !take.transcript.trimmed().isEmpty()) {
                        transcribed.push_back(&take);
                        key += '|' + take.transcript.toUtf8() + '|' +
                               QByteArray::number(qulonglong(take.audio->samples().size())) + '|' +
                               QByteArray::number(double(take.audio->samples()[take.audio->samples().size() / 2]));
                    }
                if (transcribed.empty())
                    throw Error("adaptation needs a reference whose words are known: record one (read the "
                                "passage shown) or give a loaded file its transcript");
                const std::string tag = key.toStdString();
                out->adaptSteps = adaptSteps;
                out->adaptReferences = int(transcribed.size());
                out->adaptReused = cloner.adapted() && cloner.adaptationTag() == tag;
                if (!out->adaptReused) {
                    cloner.resetAdaptation();
                    std::vector<TranscribedRecording> recordings;
                    for (const ReferenceTake *take : transcribed)
                        recordings.push_back({{}, &take->audio->samples(), take->audio->sampleRate(),
                                              take->transcript.toStdString()});
                    const ProgressFn all = job.progressFn();
                    cloner.adaptToRecordings(recordings, embedding, heard.referenceSpectrum, adaptSteps, 3e-4,
                                             [&all](double f) { return !all || all(0.6 * f); }, tag);
                }
                out->adaptLoss = cloner.adaptationLoss();
                const ProgressFn all = job.progressFn();
                cloning = [all](double f) { return !all || all(0.6 + 0.4 * f); };
            } else {
                cloner.resetAdaptation();
            }
            out->result = cloner.clone(utf8, embedding, heard, options, cloning);
            out->hop = assets->cloner->tts().features().hop;
            out->fmax = assets->cloner->tts().features().fmax;
        }
        if (assets->judge) {
            try {
                std::vector<std::vector<float>> heard;
                for (const ReferenceTake &take : references)
                    if (take.audio && !take.audio->samples().empty())
                        heard.push_back(assets->judge->embed(take.audio->samples(), take.audio->sampleRate()));
                out->judgedSimilarity =
                    cosineSimilarity(assets->judge->embed(out->result.tts.audio, out->result.tts.sampleRate, 0.2),
                                     averageEmbedding(heard));
            } catch (const Error &) {
                // too short for the judge: no second opinion
            }
        }
        const TtsResult &r = out->result.tts;
        const float toDb = float(10.0 / std::log(10.0));
        out->melDb = r.logMel;
        for (float &v : out->melDb.values())
            v *= toDb;
        auto audio = std::make_shared<AudioBuffer>(r.audio, r.sampleRate);
        out->summary = std::make_shared<const WaveformSummary>(
            WaveformSummary::build(audio->samples().data(), audio->samples().size()));
        out->audio = std::move(audio);
        if (assets->map && assets->projection.isValid() &&
            out->result.outputEmbedding.size() == assets->projection.mean.size()) {
            out->point = assets->projection.project(out->result.outputEmbedding);
            out->hasPoint = true;
        }
        return QVariant::fromValue(Output(out));
    };
}

ModelBackend::JobFn detect(std::shared_ptr<const AudioBuffer> audio, const QString &path)
{
    return [audio, path](JobContext &) {
        Detection d;
        if (audio) {
            const AudioBuffer mono = audio->toMono();
            d.result = detectWatermark(mono.samples(), mono.sampleRate());
        } else {
            ReadOptions o;
            o.targetRate = 0;
            const AudioBuffer mono = AudioFile::read(encoded(path), o);
            d.source = QFileInfo(path).fileName();
            d.result = detectWatermark(mono.samples(), mono.sampleRate());
        }
        return QVariant::fromValue(d);
    };
}

} // namespace wb::cloningjobs
