// `wavebench clone`: text in the voice of a reference recording, watermarked.
#include "AudioClassifierTrainer.h"
#include "AudioFile.h"
#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"
#include "SpeakerCli.h"
#include "SpeakerEncoder.h"
#include "BundledModels.h"
#include "FastSpeech2Checkpoint.h"
#include "VoiceCloner.h"
#include "corpus/CorpusReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace wb::cli {

namespace {

std::string pathOf(const QString &p)
{
    return QFile::encodeName(p).toStdString();
}

/** --refine, --refine-step and --match-pitch, shared by clone and speaker clone-eval (refineOptions reads
 * the first two; --match-pitch needs the reference files, so each command adds referenceF0 itself). */
void addRefineOptions(CommandLine &cl)
{
    cl.addOption(QStringLiteral("refine"),
                 QStringLiteral("Analysis-by-synthesis passes (0-8): after each clone, the embedding the model is "
                                "conditioned on moves by the difference between the reference's embedding and "
                                "the clone's, and the clone nearest the reference is kept."),
                 QStringLiteral("N"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("refine-step"), QStringLiteral("How far each refinement pass moves (0.1-3)."),
                 QStringLiteral("X"), QStringLiteral("1"));
    cl.addOption(QStringLiteral("match-pitch"),
                 QStringLiteral("Measure the reference's median F0 and shift the clone's pitch to it (one more "
                                "synthesis): the embedding steers pitch only roughly."));
}

/** The median F0 of the reference recordings, for --match-pitch (wb::Error when none is voiced). */
double referenceF0(const std::vector<std::string> &paths)
{
    std::vector<float> all;
    int rate = 0;
    for (const std::string &p : paths) {
        ReadOptions o;
        o.targetRate = 16000;
        const AudioBuffer a = AudioFile::read(p, o).toMono();
        rate = a.sampleRate();
        all.insert(all.end(), a.samples().begin(), a.samples().end());
    }
    const double f0 = speechMedianF0(all, rate);
    if (!(f0 > 0.0))
        throw wb::Error("--match-pitch: no voiced speech found in the reference");
    return f0;
}

/** --adapt and --adapt-lr, shared by clone and speaker clone-eval. */
void addAdaptOptions(CommandLine &cl)
{
    cl.addOption(QStringLiteral("adapt"),
                 QStringLiteral("Speaker adaptation (0-2000 steps): before cloning, fine-tune the whole model "
                                "on the reference recording and its transcript (aligned by time warping "
                                "against the model's own reading); 0 = off. 50 steps take seconds."),
                 QStringLiteral("N"), QStringLiteral("0"));
    cl.addOption(QStringLiteral("adapt-lr"), QStringLiteral("Peak learning rate of --adapt."), QStringLiteral("X"),
                 QStringLiteral("0.0003"));
}

/** Speaker adaptation on transcribed reference recordings (--adapt); returns the final mel loss. */
double adaptTo(VoiceCloner &cloner, const std::vector<std::string> &paths, const std::vector<std::string> &texts,
               const std::vector<float> &embedding, const std::vector<float> &spectrum, int steps, double lr)
{
    std::vector<AudioBuffer> audio;
    for (const std::string &path : paths) {
        ReadOptions o;
        o.mono = true;
        audio.push_back(AudioFile::read(path, o));
    }
    std::vector<TranscribedRecording> recordings;
    for (std::size_t i = 0; i < paths.size(); ++i)
        recordings.push_back({paths[i], &audio[i].samples(), audio[i].sampleRate(), texts.at(i)});
    return cloner.adaptToRecordings(recordings, embedding, spectrum, steps, lr);
}

CloneOptions refineOptions(const CommandLine &cl)
{
    CloneOptions o;
    o.refinePasses = cl.intValue(QStringLiteral("refine"), 0, 8);
    o.refineStep = cl.doubleValue(QStringLiteral("refine-step"), 0.1, 3.0);
    return o;
}

} // namespace

/** The vocoders a clone can use: the WaveNet vocoder learned one voice (slt) and is left out. */
TtsVocoder cloneVocoder(const QString &name)
{
    if (name == QLatin1String("griffinlim"))
        return TtsVocoder::GriffinLim;
    if (name == QLatin1String("sourcefilter"))
        return TtsVocoder::SourceFilter;
    throw UsageError(QStringLiteral("unknown vocoder '%1' for a clone: griffinlim or sourcefilter").arg(name));
}

int runClone(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("clone"),
                   QStringLiteral("Speaks TEXT in the voice of a reference recording: the speaker "
                                  "encoder's embedding of the reference conditions the multi-speaker "
                                  "FastSpeech 2, Griffin-Lim makes the audio, and every clip gets "
                                  "WaveBench's inaudible watermark (`wavebench watermark detect` finds "
                                  "it). Prints how similar the result is to the reference and to the "
                                  "nearest voice the model was trained on. Clone only voices whose "
                                  "owners agreed."));
    cl.addPositional(QStringLiteral("TEXT"), QStringLiteral("What to say."));
    cl.addOption(QStringLiteral("reference"), QStringLiteral("Audio of the voice to clone (about 10 s)."),
                 QStringLiteral("REF"));
    cl.addOption(QStringLiteral("o,output"), QStringLiteral("The WAV or FLAC file to write."),
                 QStringLiteral("OUT"));
    cl.addOption(QStringLiteral("encoder"), QStringLiteral("Speaker encoder; default: the shipped one."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("model"),
                 QStringLiteral("Multi-speaker FastSpeech 2; default: the shipped one."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("speed"), QStringLiteral("0.5-2, above 1 is faster."), QStringLiteral("X"),
                 QStringLiteral("1"));
    cl.addOption(QStringLiteral("iters"), QStringLiteral("Griffin-Lim iterations."), QStringLiteral("N"),
                 QStringLiteral("32"));
    cl.addOption(QStringLiteral("vocoder"),
                 QStringLiteral("griffinlim or sourcefilter (mel-cepstrum and F0 through an MLSA filter)."),
                 QStringLiteral("NAME"), QStringLiteral("griffinlim"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("LibTorch threads; 0 = its default."),
                 QStringLiteral("N"), QStringLiteral("1"));
    addRefineOptions(cl);
    addAdaptOptions(cl);
    cl.addOption(QStringLiteral("reference-text"),
                 QStringLiteral("What the reference says, word for word: --adapt fine-tunes on it."),
                 QStringLiteral("TEXT"));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (!cl.parse(arguments))
        return ExitOk;
    const QString text = cl.positionals(1).at(0);
    const QString out = cl.output();
    const QString reference = cl.value(QStringLiteral("reference"));
    if (reference.isEmpty())
        throw UsageError(QStringLiteral("missing --reference REF (a recording of the voice to clone)"));
    TtsControls controls;
    controls.speed = cl.doubleValue(QStringLiteral("speed"), 0.5, 2.0);
    controls.griffinLimIterations = cl.intValue(QStringLiteral("iters"), 1, 1000);
    controls.vocoder = cloneVocoder(cl.value(QStringLiteral("vocoder")));
    const CloneOptions options = refineOptions(cl);
    const int adaptSteps = cl.intValue(QStringLiteral("adapt"), 0, 2000);
    const double adaptLr = cl.doubleValue(QStringLiteral("adapt-lr"), 1e-6, 0.1);
    const QString referenceText = cl.value(QStringLiteral("reference-text")).trimmed();
    if (adaptSteps > 0 && referenceText.isEmpty())
        throw UsageError(QStringLiteral("--adapt needs --reference-text: what the reference recording says"));
    setClassifierThreads(cl.intValue(QStringLiteral("threads"), 0, 256));
    AudioFile::formatForPath(pathOf(out)); // a bad extension fails before any work
    const auto cloner = VoiceCloner::fromFiles(pathOf(cl.value(QStringLiteral("encoder"))),
                                               pathOf(cl.value(QStringLiteral("model"))));
    const std::vector<float> voice = cloner->encoder().embedFile(pathOf(reference));
    controls.referenceSpectrum = cloner->referenceSpectrumOfFiles({pathOf(reference)});
    CloneOptions chosen = options;
    if (cl.isSet(QStringLiteral("match-pitch")))
        chosen.referenceF0Hz = referenceF0({pathOf(reference)});
    double adaptLoss = 0.0;
    if (adaptSteps > 0)
        adaptLoss = adaptTo(*cloner, {pathOf(reference)}, {referenceText.toStdString()}, voice,
                            controls.referenceSpectrum, adaptSteps, adaptLr);
    const CloneResult r = cloner->clone(text.toStdString(), voice, controls, chosen);
    AudioFile::write(pathOf(out), AudioBuffer(r.tts.audio, r.tts.sampleRate), AudioFile::formatForPath(pathOf(out)));
    const bool judged = !r.outputEmbedding.empty();
    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("output"), out},
                      {QStringLiteral("reference"), reference},
                      {QStringLiteral("seconds"), r.tts.audioSeconds()},
                      {QStringLiteral("sample_rate"), r.tts.sampleRate},
                      {QStringLiteral("real_time_factor"), r.tts.realTimeFactor()},
                      {QStringLiteral("watermarked"), r.watermarked},
                      {QStringLiteral("watermark_snr_db"), r.watermarkSnrDb},
                      {QStringLiteral("normalized"), QString::fromStdString(r.tts.utterance.normalized)},
                      {QStringLiteral("adapt_steps"), adaptSteps}};
        if (adaptSteps > 0)
            o.insert(QStringLiteral("adapt_mel_loss"), adaptLoss);
        if (judged) {
            o.insert(QStringLiteral("similarity_to_reference"), r.similarityToReference);
            o.insert(QStringLiteral("nearest_training_voice"), QString::fromStdString(r.nearestTrainingVoice));
            o.insert(QStringLiteral("similarity_to_nearest_training_voice"), r.similarityToNearestTraining);
            QJsonArray passes;
            for (double v : r.passSimilarities)
                passes.append(v);
            o.insert(QStringLiteral("pass_similarities"), passes);
            o.insert(QStringLiteral("kept_pass"), r.keptPass);
            if (chosen.referenceF0Hz > 0.0) {
                o.insert(QStringLiteral("reference_f0_hz"), chosen.referenceF0Hz);
                o.insert(QStringLiteral("model_f0_hz"), r.cloneF0Hz);
                o.insert(QStringLiteral("pitch_shift_semitones"), r.pitchShiftSemitones);
            }
        }
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    printOut(QStringLiteral("wrote %1 (%2 s, watermarked, SNR %3 dB)")
                 .arg(out)
                 .arg(r.tts.audioSeconds(), 0, 'f', 2)
                 .arg(r.watermarkSnrDb, 0, 'f', 1));
    if (judged)
        printOut(QStringLiteral("similarity to the reference %1; nearest training voice %2 (%3)")
                     .arg(r.similarityToReference, 0, 'f', 3)
                     .arg(QString::fromStdString(r.nearestTrainingVoice))
                     .arg(r.similarityToNearestTraining, 0, 'f', 3));
    return ExitOk;
}

} // namespace wb::cli

namespace wb::cli {

int runCloneEval(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("speaker clone-eval"),
                   QStringLiteral("Measures how well cloning keeps a voice, on a corpus of speakers the "
                                  "models never heard: for each speaker, its first utterances (about "
                                  "10 s) are the reference, another utterance's text is cloned, and the "
                                  "clone is scored against every speaker's centroid (from the rest of "
                                  "their utterances). A trial succeeds when the clone is closest to its "
                                  "own reference speaker."));
    cl.addOption(QStringLiteral("corpus"), QStringLiteral("Held-out speakers."), QStringLiteral("DIR"));
    cl.addOption(QStringLiteral("encoder"), QStringLiteral("Speaker encoder; default: the shipped one."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("model"), QStringLiteral("Multi-speaker FastSpeech 2; default: the shipped one."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("references"), QStringLiteral("Utterances averaged into each reference."),
                 QStringLiteral("N"), QStringLiteral("3"));
    cl.addOption(QStringLiteral("trials"), QStringLiteral("Clones per speaker."), QStringLiteral("N"),
                 QStringLiteral("2"));
    cl.addOption(QStringLiteral("iters"), QStringLiteral("Griffin-Lim iterations."), QStringLiteral("N"),
                 QStringLiteral("32"));
    cl.addOption(QStringLiteral("vocoder"),
                 QStringLiteral("griffinlim or sourcefilter (mel-cepstrum and F0 through an MLSA filter)."),
                 QStringLiteral("NAME"), QStringLiteral("griffinlim"));
    cl.addOption(QStringLiteral("threads"), QStringLiteral("LibTorch threads; 0 = its default."),
                 QStringLiteral("N"), QStringLiteral("1"));
    addRefineOptions(cl);
    cl.addOption(QStringLiteral("judge"),
                 QStringLiteral("Score with this speaker encoder instead of the cloner's own: a judge that "
                                "--refine did not steer by (train one with `speaker train --seed`)."),
                 QStringLiteral("CKPT"));
    cl.addOption(QStringLiteral("real"),
                 QStringLiteral("Score each voice's own recorded sentence instead of a clone (left out of "
                                "its centroid): the ceiling these voices and this encoder allow."));
    addAdaptOptions(cl);
    cl.addOption(QStringLiteral("vocoded"),
                 QStringLiteral("As --real, but each recording's own mel goes through the vocoder first: the "
                                "ceiling of the mel and the vocoder, without the acoustic model."));
    cl.addOption(QStringLiteral("record"),
                 QStringLiteral("Write the result into the multi-speaker model's notes (the Voice Cloning "
                                "tab shows it; with --real, as the ceiling beside it)."));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (!cl.parse(arguments))
        return ExitOk;
    const int refs = cl.intValue(QStringLiteral("references"), 1, 50);
    const bool vocoded = cl.isSet(QStringLiteral("vocoded"));
    const bool real = vocoded || cl.isSet(QStringLiteral("real"));

    const int trials = cl.intValue(QStringLiteral("trials"), 1, 100);
    TtsControls controls;
    controls.griffinLimIterations = cl.intValue(QStringLiteral("iters"), 1, 1000);
    controls.vocoder = cloneVocoder(cl.value(QStringLiteral("vocoder")));
    const CloneOptions options = refineOptions(cl);
    setClassifierThreads(cl.intValue(QStringLiteral("threads"), 0, 256));
    const Corpus corpus = readCorpus(cl.value(QStringLiteral("corpus")));
    const auto cloner = VoiceCloner::fromFiles(pathOf(cl.value(QStringLiteral("encoder"))),
                                               pathOf(cl.value(QStringLiteral("model"))));
    const SpeakerEncoder &encoder = cloner->encoder();
    std::unique_ptr<SpeakerEncoder> ownJudge;
    if (cl.isSet(QStringLiteral("judge"))) {
        if (real && cl.isSet(QStringLiteral("record")))
            throw UsageError(QStringLiteral("--record with --judge stores the clones' figure; leave out --real"));
        ownJudge = std::make_unique<SpeakerEncoder>(SpeakerEncoder::load(pathOf(cl.value(QStringLiteral("judge")))));
    }
    const SpeakerEncoder &judge = ownJudge ? *ownJudge : encoder;
    if (cl.isSet(QStringLiteral("record"))) {
        const auto &trained = cloner->trainingVoices();
        for (const std::string &name : corpus.speakers())
            if (std::find(trained.begin(), trained.end(), name) != trained.end())
                throw UsageError(QStringLiteral("--record stores a figure for unseen voices, but the model was "
                                                "trained on '%1'")
                                     .arg(QString::fromStdString(name)));
    }
    // Per speaker: reference embeddings, texts to clone, and the rest for the centroid.
    struct Voice
    {
        std::string name;
        std::vector<std::vector<float>> reference, rest;
        std::vector<std::string> texts, referencePaths, restPaths, referenceTexts;
    };
    std::vector<Voice> voices;
    for (const std::string &name : corpus.speakers()) {
        Voice v;
        v.name = name;
        for (const Utterance &u : corpus.utterances) {
            if (u.speaker != name)
                continue;
            if (int(v.reference.size()) < refs) {
                v.reference.push_back(encoder.embedFile(u.audioPath));
                v.referencePaths.push_back(u.audioPath);
                v.referenceTexts.push_back(u.normalizedText.empty() ? u.text : u.normalizedText);
            } else {
                v.rest.push_back(judge.embedFile(u.audioPath));
                v.restPaths.push_back(u.audioPath);
                v.texts.push_back(u.normalizedText.empty() ? u.text : u.normalizedText);
            }
        }
        if (v.rest.empty())
            throw wb::Error("speaker '" + name + "' has no utterance beyond its reference (" +
                            std::to_string(refs) + ")");
        voices.push_back(std::move(v));
    }
    if (voices.size() < 2)
        throw wb::Error("clone-eval needs at least two speakers");
    const int adaptSteps = cl.intValue(QStringLiteral("adapt"), 0, 2000);
    const double adaptLr = cl.doubleValue(QStringLiteral("adapt-lr"), 1e-6, 0.1);
    std::vector<std::vector<float>> centroids;
    for (const Voice &v : voices)
        centroids.push_back(averageEmbedding(v.rest));
    int total = 0, wins = 0;
    double ownSum = 0.0, otherSum = 0.0;
    QJsonArray rows;
    for (std::size_t s = 0; s < voices.size(); ++s) {
        const std::vector<float> reference = averageEmbedding(voices[s].reference);
        TtsControls heard = controls;
        if (!real)
            heard.referenceSpectrum = cloner->referenceSpectrumOfFiles(voices[s].referencePaths);
        if (adaptSteps > 0 && !real) {
            cloner->resetAdaptation();
            const double loss = adaptTo(*cloner, voices[s].referencePaths, voices[s].referenceTexts, reference,
                                        heard.referenceSpectrum, adaptSteps, adaptLr);
            printError(QStringLiteral("speaker clone-eval"),
                       QStringLiteral("%1: adapted on %2 utterances, mel loss %3")
                           .arg(QString::fromStdString(voices[s].name))
                           .arg(voices[s].referencePaths.size())
                           .arg(loss, 0, 'f', 4));
        }
        CloneOptions chosen = options;
        if (cl.isSet(QStringLiteral("match-pitch")) && !real)
            chosen.referenceF0Hz = referenceF0(voices[s].referencePaths);
        for (int t = 0; t < trials; ++t) {
            const std::size_t pick = std::size_t(t) % voices[s].texts.size();
            CloneResult r;
            std::vector<std::vector<float>> scored = centroids;
            if (real) {
                // The recording itself (or its mel, vocoded), and its voice's centroid without it.
                r.outputEmbedding = voices[s].rest[pick];
                if (vocoded) {
                    ReadOptions o;
                    o.mono = true;
                    const AudioBuffer a = AudioFile::read(voices[s].restPaths[pick], o);
                    const std::vector<float> audio = cloner->revocode(a.samples(), a.sampleRate(), controls);
                    r.outputEmbedding = judge.embed(audio, cloner->tts().features().sampleRate, 0.2);
                }
                std::vector<std::vector<float>> others;
                for (std::size_t k = 0; k < voices[s].rest.size(); ++k)
                    if (k != pick)
                        others.push_back(voices[s].rest[k]);
                if (others.empty())
                    throw wb::Error("--real needs two utterances beyond the reference for '" + voices[s].name + "'");
                scored[s] = averageEmbedding(others);
            } else {
                r = cloner->clone(voices[s].texts[pick], reference, heard, chosen);
                if (ownJudge && !r.outputEmbedding.empty())
                    r.outputEmbedding = judge.embed(r.tts.audio, r.tts.sampleRate, 0.2);
            }
            if (r.outputEmbedding.empty())
                continue;
            std::size_t best = 0;
            double bestOther = -2.0;
            for (std::size_t k = 0; k < scored.size(); ++k) {
                if (cosineSimilarity(r.outputEmbedding, scored[k]) > cosineSimilarity(r.outputEmbedding, scored[best]))
                    best = k;
                if (k != s)
                    bestOther = std::max(bestOther, cosineSimilarity(r.outputEmbedding, scored[k]));
            }
            const double own = cosineSimilarity(r.outputEmbedding, scored[s]);
            ++total;
            wins += best == s ? 1 : 0;
            ownSum += own;
            otherSum += bestOther;
            rows.append(QJsonObject{{QStringLiteral("speaker"), QString::fromStdString(voices[s].name)},
                                    {QStringLiteral("closest"), QString::fromStdString(voices[best].name)},
                                    {QStringLiteral("own_similarity"), own},
                                    {QStringLiteral("best_other_similarity"), bestOther}});
            if (!cl.isSet(QStringLiteral("json")))
                printOut(QStringLiteral("%1: closest %2 (own %3, best other %4)")
                             .arg(QString::fromStdString(voices[s].name), -28)
                             .arg(QString::fromStdString(voices[best].name))
                             .arg(own, 0, 'f', 3)
                             .arg(bestOther, 0, 'f', 3));
        }
    }
    if (total == 0)
        throw wb::Error("no clone was long enough to judge");
    const double rate = double(wins) / total;
    if (cl.isSet(QStringLiteral("record"))) {
        const QString model = cl.value(QStringLiteral("model"));
        const std::string path = model.isEmpty() ? bundledModelPath(kBundledMultiSpeakerTts) : pathOf(model);
        FastSpeech2Checkpoint c = FastSpeech2Checkpoint::load(path);
        // Three figures can be kept: the clones by the cloner's own encoder, by an independent
        // judge, and the recordings themselves (the ceiling).
        // With --adapt, the adapted clones' figures are kept apart from the conditioned ones'.
        const std::string adapted = adaptSteps > 0 && !real ? "adapted_" : "";
        const std::string key = vocoded ? "clone_eval_vocoded_"
                                : real  ? "clone_eval_real_"
                                : ownJudge ? "clone_eval_" + adapted + "judged_"
                                           : "clone_eval_" + adapted;
        c.notes[key + "rate"] = std::to_string(rate);
        c.notes[key + "trials"] = std::to_string(total);
        c.notes[key + "speakers"] = std::to_string(voices.size());
        if (!real) {
            c.notes[key + "refine"] = std::to_string(options.refinePasses);
            c.notes[key + "match_pitch"] = cl.isSet(QStringLiteral("match-pitch")) ? "1" : "0";
            c.notes[key + "adapt"] = std::to_string(adaptSteps);
        }
        if (ownJudge)
            c.notes["clone_eval_judge_eer"] = judge.checkpoint().notes.count("heldout_eer")
                                                  ? judge.checkpoint().notes.at("heldout_eer")
                                                  : std::string();
        c.save(path);
    }
    if (cl.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("speakers"), int(voices.size())},
                                                             {QStringLiteral("trials"), total},
                                                             {QStringLiteral("scored"), vocoded ? QStringLiteral("vocoded recordings") : real ? QStringLiteral("recordings")
                                                                                             : QStringLiteral("clones")},
                                                             {QStringLiteral("closest_to_own"), wins},
                                                             {QStringLiteral("refine"), real ? 0 : options.refinePasses},
                                                             {QStringLiteral("judge"), ownJudge ? cl.value(QStringLiteral("judge")) : QStringLiteral("cloner")},
                                                             {QStringLiteral("match_pitch"), !real && cl.isSet(QStringLiteral("match-pitch"))},
                                                             {QStringLiteral("adapt"), real ? 0 : adaptSteps},
                                                             {QStringLiteral("rate"), rate},
                                                             {QStringLiteral("mean_own_similarity"), ownSum / total},
                                                             {QStringLiteral("mean_best_other_similarity"), otherSum / total},
                                                             {QStringLiteral("results"), rows}})
                                       .toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    printOut(QStringLiteral("%1 of %2 %8 (%3%) closest to their own speaker among %4 unseen voices; "
                            "mean similarity to own %5, to the best other %6")
                 .arg(wins)
                 .arg(total)
                 .arg(rate * 100.0, 0, 'f', 1)
                 .arg(voices.size())
                 .arg(ownSum / total, 0, 'f', 3)
                 .arg(otherSum / total, 0, 'f', 3)
                 .arg(real ? QStringLiteral("recordings") : QStringLiteral("clones")));
    return ExitOk;
}

} // namespace wb::cli
