#pragma once
#include <string>

namespace wb {

/**
 * Path of a model shipped in assets/models (too large to build into the
 * executable): $WB_ASSETS_DIR/models/NAME when that variable is set, else the
 * source tree's assets/models/NAME. wb::Error when the file is missing.
 */
std::string bundledModelPath(const std::string &name);

/** The shipped FastSpeech 2 model (file name). */
constexpr const char *kBundledFastSpeech2 = "fastspeech2_slt.safetensors";
/** The shipped Tacotron 2 model (file name). */
constexpr const char *kBundledTacotron2 = "tacotron2_slt.safetensors";
/** The shipped WaveNet vocoder (file name). */
constexpr const char *kBundledWaveNetVocoder = "wavenet_vocoder_slt.safetensors";
/** The shipped keyword-spotting classifier (file name). */
constexpr const char *kBundledKeywordModel = "kws.safetensors";
/** The shipped multi-speaker FastSpeech 2, conditioned on speaker embeddings (file name). */
constexpr const char *kBundledMultiSpeakerTts = "fastspeech2_multispeaker.safetensors";
/** The shipped speaker encoder (file name). */
constexpr const char *kBundledSpeakerEncoder = "speaker_encoder.safetensors";

} // namespace wb
