#pragma once
#include "Progress.h"
#include "SpeakerEncoderCheckpoint.h"

#include <memory>
#include <string>
#include <vector>

namespace wb {

struct Corpus;

/**
 * A loaded speaker encoder: audio in, a unit-length speaker embedding out
 * (GE2E, SV2TTS's "d-vector"). The header has no torch, so widgets and the
 * CLI can hold one. Copies share the network; embed() may be called from
 * any thread (calls are serialized).
 */
class SpeakerEncoder
{
public:
    explicit SpeakerEncoder(const SpeakerEncoderCheckpoint &checkpoint);
    /** wb::Error naming the file when it is missing, corrupt or not a speaker encoder. */
    static SpeakerEncoder load(const std::string &path);

    const SpeakerEncoderCheckpoint &checkpoint() const;
    int dimension() const;
    /**
     * The embedding of mono samples at sampleRate (resampled to the
     * encoder's rate). wb::Error when there is less than minSeconds of sound
     * after silence is trimmed.
     */
    std::vector<float> embed(const std::vector<float> &samples, int sampleRate,
                             double minSeconds = 0.5) const;
    /** The embedding of an audio file. */
    std::vector<float> embedFile(const std::string &path, double minSeconds = 0.5) const;

private:
    struct Impl;
    std::shared_ptr<Impl> d;
};

/** Cosine similarity of two embeddings of the same size (0 when either is all zero). */
double cosineSimilarity(const std::vector<float> &a, const std::vector<float> &b);
/** The mean of unit embeddings, made unit length: several references as one voice. */
std::vector<float> averageEmbedding(const std::vector<std::vector<float>> &embeddings);

/** Same-speaker and different-speaker trial scores, and the equal error rate they give. */
struct SpeakerVerification
{
    int speakers = 0;
    int utterances = 0;
    long long sameTrials = 0, differentTrials = 0;
    double eer = 0.0;       ///< where false accepts equal false rejects, 0-1
    double threshold = 0.0; ///< the cosine similarity at which that happens
    std::vector<std::string> speakerNames;
    std::string toJson() const;
};

/**
 * The equal error rate of labelled embeddings: every pair of utterances is a
 * trial, scored by cosine similarity. wb::Error with fewer than two speakers
 * or a speaker with fewer than two utterances.
 */
SpeakerVerification verifyEmbeddings(const std::vector<std::vector<float>> &embeddings,
                                     const std::vector<int> &speakerOf,
                                     const std::vector<std::string> &speakerNames);

/** The EER of sorted-or-not trial scores; threshold receives the crossing score. */
double equalErrorRate(std::vector<float> same, std::vector<float> different, double *threshold = nullptr);

/** Utterance embeddings of a corpus, each with its speaker's index. */
struct CorpusEmbeddings
{
    std::vector<std::string> speakerNames; ///< sorted
    std::vector<std::vector<float>> embeddings;
    std::vector<int> speakerOf;
    std::vector<std::string> ids;
    std::vector<std::string> problems; ///< files skipped, and why
};

/** Embeds up to maxPerSpeaker utterances of each speaker (0: all), in corpus order. */
CorpusEmbeddings embedCorpus(const SpeakerEncoder &encoder, const Corpus &corpus,
                             int maxPerSpeaker = 0, const ProgressFn &progress = {});

/**
 * Embeds up to maxPerSpeaker utterances of each corpus speaker (0: all) and
 * verifies them. Unreadable or silent files are skipped. Any thread;
 * progress may cancel.
 */
SpeakerVerification evaluateSpeakerEncoder(const SpeakerEncoder &encoder, const Corpus &corpus,
                                           int maxPerSpeaker = 0, const ProgressFn &progress = {});

} // namespace wb
