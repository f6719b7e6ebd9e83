#include "FastSpeech2Checkpoint.h"

#include "Error.h"

#include <sstream>

namespace wb {

namespace {

constexpr const char *kFormat = "wavebench-fastspeech2";

int intOf(const std::map<std::string, std::string> &m, const std::string &key,
          const std::string &source)
{
    return metadataInt(m, key, source);
}

} // namespace

void FastSpeech2Config::validate() const
{
    const auto in = [](int v, int lo, int hi) { return v >= lo && v <= hi; };
    if (!in(vocab, 2, 10000) || !in(dModel, 8, 1024) || !in(heads, 1, 16) || dModel % heads != 0 ||
        !in(encoderLayers, 1, 12) || !in(decoderLayers, 1, 12) || !in(ffnFilter, 8, 4096) ||
        !in(ffnKernel, 1, 15) || ffnKernel % 2 == 0 || !in(predictorFilter, 8, 2048) ||
        !in(predictorKernel, 1, 15) || predictorKernel % 2 == 0 ||
        !(dropout >= 0.0f && dropout < 0.9f) || !in(nMels, 8, 256) || !in(speakerDim, 0, 1024) ||
        ((speakerToDecoder || referenceSpectrum) && speakerDim == 0))
        throw Error("FastSpeech 2 configuration out of range: " + describe());
}

std::string FastSpeech2Config::describe() const
{
    std::ostringstream s;
    s << "d " << dModel << ", " << heads << " heads, " << encoderLayers << "+" << decoderLayers
      << " blocks, ffn " << ffnFilter << "x" << ffnKernel << ", predictors " << predictorFilter
      << "x" << predictorKernel << ", " << nMels << " mels, " << vocab << " symbols";
    if (speakerDim > 0)
        s << ", " << speakerDim << "-d speaker embedding"
          << (speakerToDecoder ? " (encoder and decoder)" : "")
          << (referenceSpectrum ? " and the reference's spectrum" : "");
    return s.str();
}

std::map<std::string, std::string> FastSpeech2Config::toMetadata() const
{
    std::map<std::string, std::string> m{{"vocab", std::to_string(vocab)},
            {"d_model", std::to_string(dModel)},
            {"heads", std::to_string(heads)},
            {"encoder_layers", std::to_string(encoderLayers)},
            {"decoder_layers", std::to_string(decoderLayers)},
            {"ffn_filter", std::to_string(ffnFilter)},
            {"ffn_kernel", std::to_string(ffnKernel)},
            {"predictor_filter", std::to_string(predictorFilter)},
            {"predictor_kernel", std::to_string(predictorKernel)},
            {"dropout", metadataText(dropout)},
            {"n_mels", std::to_string(nMels)}};
    if (speakerDim > 0) // absent from single-speaker files, which stay as they were
        m["speaker_dim"] = std::to_string(speakerDim);
    if (speakerToDecoder)
        m["speaker_decoder"] = "1";
    if (referenceSpectrum)
        m["reference_spectrum"] = "1";
    return m;
}

FastSpeech2Config FastSpeech2Config::fromMetadata(const std::map<std::string, std::string> &m,
                                                  const std::string &source)
{
    FastSpeech2Config c;
    c.vocab = intOf(m, "vocab", source);
    c.dModel = intOf(m, "d_model", source);
    c.heads = intOf(m, "heads", source);
    c.encoderLayers = intOf(m, "encoder_layers", source);
    c.decoderLayers = intOf(m, "decoder_layers", source);
    c.ffnFilter = intOf(m, "ffn_filter", source);
    c.ffnKernel = intOf(m, "ffn_kernel", source);
    c.predictorFilter = intOf(m, "predictor_filter", source);
    c.predictorKernel = intOf(m, "predictor_kernel", source);
    c.dropout = metadataFloat(m, "dropout", source);
    c.nMels = intOf(m, "n_mels", source);
    c.speakerDim = m.count("speaker_dim") ? intOf(m, "speaker_dim", source) : 0;
    c.speakerToDecoder = m.count("speaker_decoder") && intOf(m, "speaker_decoder", source) != 0;
    c.referenceSpectrum = m.count("reference_spectrum") && intOf(m, "reference_spectrum", source) != 0;
    c.validate();
    return c;
}

void FastSpeech2Checkpoint::save(const std::string &path) const
{
    saveAcousticCheckpoint(*this, path, kFormat);
}

FastSpeech2Checkpoint FastSpeech2Checkpoint::load(const std::string &path)
{
    return loadAcousticCheckpoint<FastSpeech2Checkpoint>(path, kFormat, "FastSpeech 2");
}

long long FastSpeech2Checkpoint::parameterCount() const
{
    return parameterCountOf(parameters);
}

} // namespace wb
