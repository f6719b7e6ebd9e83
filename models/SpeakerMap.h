#pragma once
#include <map>
#include <string>
#include <vector>

namespace wb {

struct CorpusEmbeddings;

/** Two principal axes of a set of embeddings, so any new embedding lands on the same map. */
struct MapProjection
{
    std::vector<float> mean;         ///< what is subtracted before projecting
    std::vector<float> axis1, axis2; ///< unit length, orthogonal
    double variance1 = 0.0, variance2 = 0.0; ///< variance along each axis
    double totalVariance = 0.0;              ///< summed over every dimension

    bool isValid() const { return !axis1.empty(); }
    /** Share of the variance the two axes keep, 0-1. */
    double explained() const;
    /** The (x, y) of an embedding on the map; wb::Error when its size differs. */
    std::pair<double, double> project(const std::vector<float> &embedding) const;
};

/** A speaker and how close a voice is to it. */
struct SpeakerScore
{
    std::string speaker;
    int index = -1; ///< into SpeakerMap::speakerNames
    double cosine = 0.0;
    bool heldOut = false;
};

/**
 * Labelled utterance embeddings (one row per utterance, each with its
 * speaker), saved as safetensors: tensor "embeddings" [U, D], tensor
 * "speaker_of" [U] (speaker indices, stored as F32), and metadata
 * "format" = "wavebench-speaker-map", "speakers" (a JSON array of names),
 * "held_out" (a JSON array of booleans, one per speaker: a voice the encoder
 * never trained on), "ids" (a JSON array of utterance ids) and free notes.
 * It draws the Voice Cloning tab's map (pca2d) and answers which known voice
 * a new embedding is nearest. No torch here. A value type: one object per
 * thread. Bad files and inconsistent contents throw wb::Error naming the
 * problem; save() writes atomically.
 */
class SpeakerMap
{
public:
    std::vector<std::string> speakerNames;
    std::vector<bool> heldOut; ///< per speaker
    std::vector<std::vector<float>> embeddings;
    std::vector<int> speakerOf; ///< per utterance
    std::vector<std::string> ids; ///< per utterance (may be empty strings)
    std::map<std::string, std::string> notes;

    int dimension() const { return embeddings.empty() ? 0 : int(embeddings.front().size()); }
    int utteranceCount() const { return int(embeddings.size()); }
    int speakerCount() const { return int(speakerNames.size()); }

    /** Adds a corpus's embeddings; speakers already present keep their index. */
    void append(const CorpusEmbeddings &corpus, const std::vector<bool> &speakerHeldOut);
    /** wb::Error when sizes disagree or an index is out of range. */
    void validate() const;

    void save(const std::string &path) const;
    static SpeakerMap load(const std::string &path);

    /** The map's axes: mean-centred PCA, top two components by power iteration with deflation. */
    MapProjection pca2d(int iterations = 300) const;
    /** The unit mean embedding of each speaker (averageEmbedding), in speakerNames order. */
    std::vector<std::vector<float>> speakerCentroids() const;
    /** Cosine similarity of embedding to every speaker's centroid, highest first; k > 0 keeps the first k. */
    std::vector<SpeakerScore> nearest(const std::vector<float> &embedding, int k = 0) const;
};

/** The top two principal axes of rows (all the same size); wb::Error with fewer than two rows. */
MapProjection principalAxes2d(const std::vector<std::vector<float>> &rows, int iterations = 300);

} // namespace wb
