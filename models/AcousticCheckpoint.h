#pragma once
#include "SafeTensors.h"
#include "text/SymbolTable.h"

#include <map>
#include <string>
#include <vector>

namespace wb {

/** The acoustic features a TTS model predicts, and how its corpus's values were normalized. */
struct TtsFeatureSpec
{
    int sampleRate = 22050;
    int nFft = 1024;
    int hop = 256;
    int nMels = 80;
    float fmax = 8000.0f;
    float logFloor = 1e-5f;                    ///< log-mel is ln(max(mel power, logFloor))
    float pitchMean = 0.0f, pitchStd = 1.0f;   ///< of ln F0 over voiced frames
    float energyMean = 0.0f, energyStd = 1.0f; ///< of ln(RMS + 1e-4) per phoneme
    std::vector<float> melMean, melStd;        ///< per band, of the log-mel
};

/**
 * What every acoustic-model checkpoint (FastSpeech 2, Tacotron 2) stores
 * beside its own configuration: a format tag, the feature normalization,
 * the symbol table, free-form notes (steps, losses, training time) and the
 * parameters, in one safetensors file. No torch here.
 */
struct AcousticCheckpointParts
{
    std::map<std::string, std::string> config; ///< the model's own configuration metadata
    TtsFeatureSpec features;
    text::SymbolTable symbols = text::SymbolTable::englishIpa();
    SafeTensors parameters;
    std::map<std::string, std::string> notes;

    /** Writes everything; format names the model kind ("wavebench-fastspeech2"). */
    void save(const std::string &path, const std::string &format) const;
    /**
     * Reads a file written by save() with the same format; wb::Error for a
     * missing or foreign file (modelName says what was expected), a missing
     * symbol table or statistics that disagree with n_mels.
     */
    static AcousticCheckpointParts load(const std::string &path, const std::string &format,
                                        const std::string &modelName);
};

/** Metadata numbers: wb::Error naming the key when absent or not a number. */
int metadataInt(const std::map<std::string, std::string> &m, const std::string &key,
                const std::string &source);
float metadataFloat(const std::map<std::string, std::string> &m, const std::string &key,
                    const std::string &source);
/** A float written so that metadataFloat reads it back exactly. */
std::string metadataText(float v);

long long parameterCountOf(const SafeTensors &parameters);
/** The tensors of file named in expected, each checked for presence and shape; wb::Error naming
 * path and the first parameter missing or of another shape. */
SafeTensors checkedParameters(const SafeTensors &file,
                              const std::map<std::string, std::vector<std::int64_t>> &expected,
                              const std::string &path);
/** wb::Error when a checkpoint's symbol table and its model disagree in size. */
void checkVocabulary(int tableSize, int modelVocab, const std::string &path);

/** Saves a checkpoint class with members config (toMetadata()), features, symbols, parameters, notes. */
template <typename Checkpoint>
void saveAcousticCheckpoint(const Checkpoint &c, const std::string &path, const std::string &format)
{
    AcousticCheckpointParts parts;
    parts.config = c.config.toMetadata();
    parts.features = c.features;
    parts.symbols = c.symbols;
    parts.parameters = c.parameters;
    parts.notes = c.notes;
    parts.save(path, format);
}

/** Loads a checkpoint class saved by saveAcousticCheckpoint; wb::Error as load(), or when the
 * symbol table's size differs from the configuration's vocabulary. */
template <typename Checkpoint>
Checkpoint loadAcousticCheckpoint(const std::string &path, const std::string &format,
                                  const std::string &modelName)
{
    AcousticCheckpointParts parts = AcousticCheckpointParts::load(path, format, modelName);
    Checkpoint c;
    c.config = decltype(c.config)::fromMetadata(parts.config, path);
    checkVocabulary(parts.symbols.size(), c.config.vocab, path);
    c.features = std::move(parts.features);
    c.symbols = std::move(parts.symbols);
    c.parameters = std::move(parts.parameters);
    c.notes = std::move(parts.notes);
    return c;
}

} // namespace wb
