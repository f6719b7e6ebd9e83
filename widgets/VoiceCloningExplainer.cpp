#include "VoiceCloningPanel.h"

// The Voice Cloning tab's note: how cloning works, and why it needs care.

namespace wb {

namespace {
constexpr int kShippedVoices = 623;
constexpr int kInventedVoices = 460;
constexpr int kJudgedPercent = 68;
constexpr int kOwnEncoderPercent = 92;
} // namespace

QString VoiceCloningPanel::explainerHtml()
{
    return tr("<h3>How cloning works, and its risks</h3>"
              "<p><b>Reference audio → speaker encoder → speaker embedding → TTS conditioned on it.</b> "
              "The encoder was trained to put recordings of the same person close together and different "
              "people far apart, so a few seconds of speech become one short vector. A multi-speaker "
              "FastSpeech 2 adds that vector to what it knows about the text and speaks in a voice near "
              "it. How near depends on how many voices it learned from.</p>"
              "<p><b>Four ways to come nearer, and a lesson.</b> <i>More voices</i>: the model learned "
              "from %1 voices, %2 of them invented for it. <i>Training with a listener</i>: the speaker "
              "encoder listened to every mel the model made and scored it against the voice asked for; by "
              "that encoder the clones improved far more than by an independent one, because part of such a "
              "gain is the model pleasing its listener. <i>Hearing the spectrum</i>: an embedding says which "
              "voice, in the terms that tell the training voices apart, not what a new voice sounds like. "
              "Given the reference's average spectrum as well (its formants and tilt), the model follows "
              "voices it never heard: on 22 of them, an independent encoder now finds %3% of the clones "
              "closest to their own voice (49% before), the cloner's own encoder %4%. <i>Refine</i> is "
              "analysis by synthesis at clone time: the encoder listens to the clone, the embedding the model "
              "is conditioned on moves by the difference, and the clone nearest your reference is kept. "
              "<i>Match my pitch</i> shifts the clone to your references' median pitch. Never judge a model "
              "only with the tool it was tuned against, and measure more than one thing.</p>"
              "<p><b>Risks.</b> A cloned voice can <i>impersonate</i> someone (a call to a bank, a relative "
              "asking for money), be used <i>without consent</i>, and spread <i>misinformation</i> in a "
              "trusted voice.</p>"
              "<p><b>Safeguards.</b> <i>Consent</i>: here Clone stays off until the speaker agrees, and the "
              "agreement is saved with the recording. <i>Watermarking</i>: every clip this tab makes "
              "carries an inaudible mark. <i>Detection</i>: anyone can check a clip for it. None of these "
              "is perfect: a mark can be damaged by heavy editing, and other tools add no mark at all.</p>")
        // The shipped multi-speaker model's figures (README.md, assets/models/README.md): its
        // voices, the invented ones among them, and its clone test without refinement by the
        // independent judge and by the cloner's own encoder, in percent.
        .arg(kShippedVoices)
        .arg(kInventedVoices)
        .arg(kJudgedPercent)
        .arg(kOwnEncoderPercent);
}

} // namespace wb
