#pragma once
// Includes torch: only for .cpp files that include torch/torch.h before any Qt header.
#include <torch/torch.h>

#include "AcousticCheckpoint.h"
#include "SpeakerEncoderCheckpoint.h"
#include "SpeakerEncoderNet.h"

#include <random>

namespace wb {

/**
 * The speaker encoder listening to an acoustic model's mel while it trains:
 * a differentiable bridge from the TTS features (80-band ln mel power at
 * 22,050 Hz, hop 256, normalized per band) to the encoder's (40-band ln mel
 * power at 16 kHz, hop 160, each band's mean removed, scaled to unit
 * deviation), then the frozen encoder. The bridge is linear in mel power:
 * each TTS band spread back over its STFT bins, the bins resampled to the
 * encoder's frequency grid, the encoder's filters applied; frames are
 * resampled in time from 11.6 ms to 10 ms. loss() is the speaker-consistency
 * loss of multi-speaker TTS (as YourTTS's): 1 - cosine between the encoder's
 * embedding of a random window of each predicted mel and the voice the model
 * was asked for. Gradients reach the mel, never the encoder. One per thread.
 */
class SpeakerConsistency
{
public:
    SpeakerConsistency(const SpeakerEncoderCheckpoint &encoder, const TtsFeatureSpec &tts);

    /** [encoder mels, TTS mels]: encoder mel power from TTS mel power, frame by frame. */
    const torch::Tensor &bridge() const { return m_bridge; }
    /** One utterance's normalized TTS log-mel [frames, nMels] -> the encoder's normalized
     * frames [frames', encoder mels], differentiably. */
    torch::Tensor encoderFrames(const torch::Tensor &mel) const;
    /**
     * mel [B, F, nMels] normalized (a model's output); framePad [B, F] true at padding;
     * voices [B, embedding] unit vectors. The mean over the batch of 1 - cosine, each
     * utterance heard through one window of at most the encoder's windowFrames, placed at
     * random.
     */
    torch::Tensor loss(const torch::Tensor &mel, const torch::Tensor &framePad,
                       const torch::Tensor &voices, std::mt19937_64 &rng);

private:
    SpeakerFeatures m_features;
    SpeakerEncoderNet m_net{nullptr};
    torch::Tensor m_bridge, m_melMean, m_melStd;
    double m_frameRatio = 1.0; ///< encoder frames per TTS frame
};

} // namespace wb
