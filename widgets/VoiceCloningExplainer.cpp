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
              "<p><b>Two ways to come nearer, and a lesson.</b> <i>Refine</i> is analysis by synthesis: "
              "the encoder listens to the clone, and the embedding the model is conditioned on moves by the "
              "difference; the clone it finds nearest your reference is kept. On 22 unseen voices this "
              "lifts the share of clones closest to their own voice from 63% to 82%, by that same encoder. "
              "An independent encoder, which refinement never consulted, sees a smaller gain (44% to 55%): "
              "part of the climb is the clone learning to please its judge. <i>Match my pitch</i> shifts "
              "the clone to your references' median pitch: the measured pitch error falls from 2.5 to 0.7 "
              "semitones, yet both encoders find those clones further off. Never judge a model only with "
              "the tool it was tuned against, and measure more than one thing.</p>"
              "<p><b>Risks.</b> A cloned voice can <i>impersonate</i> someone (a call to a bank, a relative "
              "asking for money), be used <i>without consent</i>, and spread <i>misinformation</i> in a "
              "trusted voice.</p>"
              "<p><b>Safeguards.</b> <i>Consent</i>: here Clone stays off until the speaker agrees, and the "
              "agreement is saved with the recording. <i>Watermarking</i>: every clip this tab makes "
              "carries an inaudible mark. <i>Detection</i>: anyone can check a clip for it. None of these "
              "is perfect: a mark can be damaged by heavy editing, and other tools add no mark at all.</p>");
}

} // namespace wb
