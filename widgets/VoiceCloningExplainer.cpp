#include "VoiceCloningPanel.h"

// The Voice Cloning tab's note: how cloning works, and why it needs care.

namespace wb {

QString VoiceCloningPanel::explainerHtml()
{
    return tr("<h3>How cloning works, and its risks</h3>"
              "<p><b>Reference audio → speaker encoder → speaker embedding → TTS conditioned on it.</b> "
              "The encoder was trained to put recordings of the same person close together and different "
              "people far apart, so a few seconds of speech become one short vector. A multi-speaker "
              "FastSpeech 2 adds that vector to what it knows about the text and speaks in a voice near "
              "it. How near depends on how many voices it learned from.</p>"
              "<p><b>Three ways to come nearer, and a lesson.</b> <i>Training with a listener</i>: the "
              "model learned from 393 voices (230 of them invented) with the speaker encoder listening to "
              "every mel it made and scoring it against the voice asked for. On 22 voices it never heard, "
              "the share of clones closest to their own voice rose from 63% to 82% by that encoder. An "
              "independent encoder sees 44% to 49%; when the independent one listens instead, the first "
              "still sees 63% to 74%. Part of a gain is real, part is the model pleasing its listener. "
              "<i>Refine</i> is analysis by synthesis at clone time: the encoder listens to the clone, the "
              "embedding the model is conditioned on moves by the difference, and the clone nearest your "
              "reference is kept (90% by that encoder, 57% by the independent one). <i>Match my "
              "pitch</i> shifts the clone to your references' median pitch, which fixes the pitch yet made "
              "both encoders like the clones less. Never judge a model only with the tool it was tuned "
              "against, and measure more than one thing.</p>"
              "<p><b>Risks.</b> A cloned voice can <i>impersonate</i> someone (a call to a bank, a relative "
              "asking for money), be used <i>without consent</i>, and spread <i>misinformation</i> in a "
              "trusted voice.</p>"
              "<p><b>Safeguards.</b> <i>Consent</i>: here Clone stays off until the speaker agrees, and the "
              "agreement is saved with the recording. <i>Watermarking</i>: every clip this tab makes "
              "carries an inaudible mark. <i>Detection</i>: anyone can check a clip for it. None of these "
              "is perfect: a mark can be damaged by heavy editing, and other tools add no mark at all.</p>");
}

} // namespace wb
