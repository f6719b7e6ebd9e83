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
              "<p><b>Two ways to come nearer.</b> <i>Match my pitch</i> measures the median pitch of your "
              "references and shifts the clone to it: the embedding steers pitch only roughly, and clones "
              "of unseen voices came out about 2.5 semitones off, 0.7 with the match. <i>Refine</i> is "
              "analysis by synthesis: the encoder listens to the clone, and the embedding the model is "
              "conditioned on moves by the difference. The encoder's similarity climbs (0.86 to 0.96 on "
              "unseen voices), yet what the encoder does not measure, the pitch and the long-term spectrum, "
              "comes no nearer: the clone learns to please its judge. Never judge a model only with the "
              "tool it was tuned against.</p>"
              "<p><b>Risks.</b> A cloned voice can <i>impersonate</i> someone (a call to a bank, a relative "
              "asking for money), be used <i>without consent</i>, and spread <i>misinformation</i> in a "
              "trusted voice.</p>"
              "<p><b>Safeguards.</b> <i>Consent</i>: here Clone stays off until the speaker agrees, and the "
              "agreement is saved with the recording. <i>Watermarking</i>: every clip this tab makes "
              "carries an inaudible mark. <i>Detection</i>: anyone can check a clip for it. None of these "
              "is perfect: a mark can be damaged by heavy editing, and other tools add no mark at all.</p>");
}

} // namespace wb
