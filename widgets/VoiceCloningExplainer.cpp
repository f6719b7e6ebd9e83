#include "VoiceCloningPanel.h"

// The Voice Cloning tab's note: how cloning works, and why it needs care.

namespace wb {

namespace {
constexpr int kShippedVoices = 623;
constexpr int kInventedVoices = 460;
constexpr int kJudgedPercent = 68;
constexpr int kOwnEncoderPercent = 92;
constexpr int kAdaptSteps = 50;
constexpr int kAdaptedJudgedPercent = 93;
} // namespace

QString VoiceCloningPanel::explainerHtml()
{
    return tr("<h3>How cloning works, and its risks</h3>"
              "<p><b>Reference audio → speaker encoder → speaker embedding → TTS conditioned on it.</b> "
              "The encoder was trained to put recordings of the same person close together and different "
              "people far apart, so a few seconds of speech become one short vector. A multi-speaker "
              "FastSpeech 2 adds that vector to what it knows about the text and speaks in a voice near "
              "it. How near depends on how many voices it learned from.</p>"
              "<p><b>Encoding a voice, or learning it.</b> The embedding only places a new voice among the "
              "%1 voices the model learned (%2 of them invented for it). Given the reference's average "
              "spectrum as well, an independent encoder finds %3% of the clones of 22 unseen voices closest "
              "to their own voice (the cloner's own encoder: %4%). <i>Adapt</i> goes further, as Arik et al. "
              "(2018) did: the model reads your reference's words, dynamic time warping lines its reading up "
              "with your recording, and the whole model is fine-tuned on your voice for %5 steps, a few "
              "seconds. The independent encoder then finds %6% of the clones closest to their own voice, "
              "near what it finds for the voices' own recordings. It needs the words you said: record the "
              "passage shown, or give a loaded file its transcript. <i>Refine</i> is analysis by synthesis "
              "(the encoder listens to the clone and the embedding moves by the difference), and <i>Match "
              "my pitch</i> shifts the clone to your median pitch. Training the model with the encoder as a "
              "listener lifted that encoder's score far more than an independent one's: never judge a model "
              "only with the tool it was tuned against.</p>"
              "<p><b>Risks.</b> A cloned voice can <i>impersonate</i> someone (a call to a bank, a relative "
              "asking for money), be used <i>without consent</i>, and spread <i>misinformation</i> in a "
              "trusted voice.</p>"
              "<p><b>Safeguards.</b> <i>Consent</i>: here Clone stays off until the speaker agrees, and the "
              "agreement is saved with the recording. <i>Watermarking</i>: every clip this tab makes "
              "carries an inaudible mark. <i>Detection</i>: anyone can check a clip for it. None of these "
              "is perfect: a mark can be damaged by heavy editing, and other tools add no mark at all.</p>")
        // The shipped multi-speaker model's figures (README.md, assets/models/README.md): its
        // voices, the invented ones among them, its clone test without refinement by the
        // independent judge and by the cloner's own encoder, the adaptation steps, and the
        // independent judge's figure with them, in percent.
        .arg(kShippedVoices)
        .arg(kInventedVoices)
        .arg(kJudgedPercent)
        .arg(kOwnEncoderPercent)
        .arg(kAdaptSteps)
        .arg(kAdaptedJudgedPercent);
}

} // namespace wb
