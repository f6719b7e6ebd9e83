#pragma once
#include "AcousticCheckpoint.h"

#include <map>
#include <string>

namespace wb {

/** The shape of a Tacotron 2 model; stored in its checkpoint's metadata. */
struct Tacotron2Config
{
    int vocab = 0;             ///< symbol table size
    int embedding = 256;       ///< symbol embedding and encoder width
    int encoderConvs = 3;      ///< convolutions before the bidirectional LSTM
    int encoderKernel = 5;
    int prenet = 128;          ///< two layers, dropout 0.5 always on (as the paper)
    int attentionRnn = 256;    ///< LSTM cell that drives the attention
    int decoderRnn = 256;      ///< LSTM cell that predicts frames
    int attentionDim = 128;    ///< query, memory and location features meet here
    int locationFilters = 32;  ///< convolution over the previous and cumulative weights
    int locationKernel = 31;
    int postnetChannels = 256; ///< five convolutions that refine the whole mel
    int postnetKernel = 5;
    int reduction = 3;         ///< frames predicted per decoder step
    float dropout = 0.1f;      ///< encoder and post-net dropout (the pre-net's is 0.5)
    int nMels = 80;

    void validate() const; ///< wb::Error for absurd values
    std::string describe() const;
    std::map<std::string, std::string> toMetadata() const;
    static Tacotron2Config fromMetadata(const std::map<std::string, std::string> &m,
                                        const std::string &source);
    bool operator==(const Tacotron2Config &o) const { return toMetadata() == o.toMetadata(); }
    bool operator!=(const Tacotron2Config &o) const { return !(*this == o); }
};

/**
 * A trained Tacotron 2 model: configuration, parameters, the feature
 * normalization and the symbol table, in one safetensors file (format
 * "wavebench-tacotron2"). Loading a FastSpeech 2 file, or anything else,
 * throws wb::Error naming it. No torch here.
 */
class Tacotron2Checkpoint
{
public:
    Tacotron2Config config;
    TtsFeatureSpec features;
    text::SymbolTable symbols = text::SymbolTable::englishIpa();
    SafeTensors parameters;
    std::map<std::string, std::string> notes;

    void save(const std::string &path) const;
    static Tacotron2Checkpoint load(const std::string &path);
    long long parameterCount() const { return parameterCountOf(parameters); }
};

} // namespace wb
