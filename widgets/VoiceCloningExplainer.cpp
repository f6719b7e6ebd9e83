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
              "<p><b>Risks.</b> A cloned voice can <i>impersonate</i> someone (a call to a bank, a relative "
              "asking for money), be used <i>without consent</i>, and spread <i>misinformation</i> in a "
              "trusted voice.</p>"
              "<p><b>Safeguards.</b> <i>Consent</i>: here Clone stays off until the speaker agrees, and the "
              "agreement is saved with the recording. <i>Watermarking</i>: every clip this tab makes "
              "carries an inaudible mark. <i>Detection</i>: anyone can check a clip for it. None of these "
              "is perfect: a mark can be damaged by heavy editing, and other tools add no mark at all.</p>");
}

} // namespace wb
