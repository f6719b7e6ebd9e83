#include "Tacotron2Checkpoint.h"

#include "Error.h"

#include <sstream>

namespace wb {

namespace {
constexpr const char *kFormat = "wavebench-tacotron2";
}

void Tacotron2Config::validate() const
{
    const auto in = [](int v, int lo, int hi) { return v >= lo && v <= hi; };
    if (!in(vocab, 2, 10000) || !in(embedding, 8, 1024) || embedding % 2 != 0 ||
        !in(encoderConvs, 0, 8) || !in(encoderKernel, 1, 15) || encoderKernel % 2 == 0 ||
        !in(prenet, 8, 1024) || !in(attentionRnn, 8, 2048) || !in(decoderRnn, 8, 2048) ||
        !in(attentionDim, 8, 1024) || !in(locationFilters, 1, 256) ||
        !in(locationKernel, 1, 63) || locationKernel % 2 == 0 || !in(postnetChannels, 8, 1024) ||
        !in(postnetKernel, 1, 15) || postnetKernel % 2 == 0 || !in(reduction, 1, 8) ||
        !(dropout >= 0.0f && dropout < 0.9f) || !in(nMels, 8, 256))
        throw Error("Tacotron 2 configuration out of range: " + describe());
}

std::string Tacotron2Config::describe() const
{
    std::ostringstream s;
    s << "embedding " << embedding << ", " << encoderConvs << " convs x" << encoderKernel
      << " + BiLSTM, pre-net " << prenet << ", LSTMs " << attentionRnn << "/" << decoderRnn
      << ", attention " << attentionDim << " (location " << locationFilters << "x"
      << locationKernel << "), post-net " << postnetChannels << "x" << postnetKernel << ", r "
      << reduction << ", " << nMels << " mels, " << vocab << " symbols";
    return s.str();
}

std::map<std::string, std::string> Tacotron2Config::toMetadata() const
{
    return {{"vocab", std::to_string(vocab)},
            {"embedding", std::to_string(embedding)},
            {"encoder_convs", std::to_string(encoderConvs)},
            {"encoder_kernel", std::to_string(encoderKernel)},
            {"prenet", std::to_string(prenet)},
            {"attention_rnn", std::to_string(attentionRnn)},
            {"decoder_rnn", std::to_string(decoderRnn)},
            {"attention_dim", std::to_string(attentionDim)},
            {"location_filters", std::to_string(locationFilters)},
            {"location_kernel", std::to_string(locationKernel)},
            {"postnet_channels", std::to_string(postnetChannels)},
            {"postnet_kernel", std::to_string(postnetKernel)},
            {"reduction", std::to_string(reduction)},
            {"dropout", metadataText(dropout)},
            {"n_mels", std::to_string(nMels)}};
}

Tacotron2Config Tacotron2Config::fromMetadata(const std::map<std::string, std::string> &m,
                                              const std::string &source)
{
    Tacotron2Config c;
    c.vocab = metadataInt(m, "vocab", source);
    c.embedding = metadataInt(m, "embedding", source);
    c.encoderConvs = metadataInt(m, "encoder_convs", source);
    c.encoderKernel = metadataInt(m, "encoder_kernel", source);
    c.prenet = metadataInt(m, "prenet", source);
    c.attentionRnn = metadataInt(m, "attention_rnn", source);
    c.decoderRnn = metadataInt(m, "decoder_rnn", source);
    c.attentionDim = metadataInt(m, "attention_dim", source);
    c.locationFilters = metadataInt(m, "location_filters", source);
    c.locationKernel = metadataInt(m, "location_kernel", source);
    c.postnetChannels = metadataInt(m, "postnet_channels", source);
    c.postnetKernel = metadataInt(m, "postnet_kernel", source);
    c.reduction = metadataInt(m, "reduction", source);
    c.dropout = metadataFloat(m, "dropout", source);
    c.nMels = metadataInt(m, "n_mels", source);
    c.validate();
    return c;
}

void Tacotron2Checkpoint::save(const std::string &path) const
{
    saveAcousticCheckpoint(*this, path, kFormat);
}

Tacotron2Checkpoint Tacotron2Checkpoint::load(const std::string &path)
{
    return loadAcousticCheckpoint<Tacotron2Checkpoint>(path, kFormat, "Tacotron 2");
}

} // namespace wb
