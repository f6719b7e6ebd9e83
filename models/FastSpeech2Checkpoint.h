#pragma once
#include "AcousticCheckpoint.h"

#include <map>
#include <string>
#include <vector>

namespace wb {

/** The shape of a FastSpeech 2 model; stored in its checkpoint's metadata. */
struct FastSpeech2Config
{
    int vocab = 0;         ///< symbol table size
    int dModel = 192;      ///< width of every encoder and decoder position
    int heads = 2;         ///< self-attention heads (dModel must divide by it)
    int encoderLayers = 4; ///< feed-forward transformer blocks over phonemes
    int decoderLayers = 4; ///< ... and over frames
    int ffnFilter = 512;   ///< the blocks' convolutional feed-forward width
    int ffnKernel = 3;
    int predictorFilter = 192; ///< duration, pitch and energy predictors
    int predictorKernel = 3;
    float dropout = 0.1f;
    int nMels = 80;
    /// Multi-speaker models: the speaker embedding's size (the speaker encoder's), projected and
    /// added to the phoneme encoder's output as SV2TTS does; 0 for a single-speaker model.
    int speakerDim = 0;
    /// Multi-speaker models only: also add a second projection of the speaker embedding to every
    /// frame before the decoder, so the voice shapes the mel directly and not only through the
    /// phoneme encoder's output. Files without it (the first multi-speaker model) load as false.
    bool speakerToDecoder = false;
    /// Multi-speaker models only: the voice is also given as the reference's long-term spectrum
    /// (referenceSpectrum in CorpusFeatures.h, nMels values after the embedding in the speakers
    /// input), projected onto the encoder's output and onto every decoder frame. The embedding
    /// says whose voice; the spectrum gives its formants and tilt directly, which the model can
    /// follow for a voice it never heard. Files without it load as false.
    bool referenceSpectrum = false;

    /** Values per voice the model takes: speakerDim, plus nMels with referenceSpectrum. */
    int voiceInputSize() const { return speakerDim + (referenceSpectrum ? nMels : 0); }

    void validate() const; ///< wb::Error for absurd values
    std::string describe() const;
    std::map<std::string, std::string> toMetadata() const;
    static FastSpeech2Config fromMetadata(const std::map<std::string, std::string> &m,
                                          const std::string &source);
    bool operator==(const FastSpeech2Config &o) const { return toMetadata() == o.toMetadata(); }
    bool operator!=(const FastSpeech2Config &o) const { return !(*this == o); }
};

/**
 * A trained FastSpeech 2 model: configuration, parameters (PyTorch
 * state_dict names), feature normalization and the symbol table it was
 * trained with, in one safetensors file. Loading checks that every parameter
 * is present with its shape; a missing, corrupt or foreign file throws
 * wb::Error naming it. No torch here.
 */
class FastSpeech2Checkpoint
{
public:
    FastSpeech2Config config;
    TtsFeatureSpec features;
    text::SymbolTable symbols = text::SymbolTable::englishIpa();
    SafeTensors parameters;                   ///< parameters only
    std::map<std::string, std::string> notes; ///< steps, losses, corpus, training time

    void save(const std::string &path) const;
    static FastSpeech2Checkpoint load(const std::string &path);
    long long parameterCount() const;
};

} // namespace wb
