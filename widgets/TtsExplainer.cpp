// The Text-to-Speech tab's explainer text, kept apart from the panel's logic so the
// teaching text can be edited (and translated) without touching code.
#include "TtsPanel.h"

namespace wb {

QString TtsPanel::explainerHtml()
{
    QString html;
    html +=
        QStringLiteral("<h3>") + tr("From text to sound") + QStringLiteral("</h3><ol><li>") +
        tr("<b>Text</b>: numbers, dates, times, money and abbreviations are written out as "
           "words.") +
        QStringLiteral("</li><li>") +
        tr("<b>Phonemes</b>: each word becomes its sounds (IPA, from espeak-ng), with stress "
           "marks, "
           "word boundaries and pauses.") +
        QStringLiteral("</li><li>") +
        tr("<b>Acoustic model</b> (FastSpeech 2): predicts how many frames each phoneme lasts, its "
           "pitch and its energy, and then the mel-spectrogram.") +
        QStringLiteral("</li><li>") +
        tr("<b>Vocoder</b>: turns the mel-spectrogram into a waveform. Griffin-Lim guesses the "
           "phase the "
           "mel leaves out, which is why it sounds metallic; a neural vocoder such as WaveNet "
           "learns it. The source-filter vocoder is the older way, and how flite's own voices "
           "speak: a buzz at the pitch (or a hiss for unvoiced sounds) passed through a filter "
           "shaped like the mel's spectral envelope (a mel-cepstrum driving an MLSA filter).") +
        QStringLiteral("</li></ol>");
    html += QStringLiteral("<h3>") + tr("Why FastSpeech 2 is fast") + QStringLiteral("</h3><p>") +
            tr("Tacotron 2 is autoregressive: it makes one mel frame at a time, each from the ones "
               "before, and "
               "finds its place in the text by attention, so a sentence takes hundreds of steps in "
               "a row and "
               "can skip or repeat words.") +
            QStringLiteral("</p><p>") +
            tr("FastSpeech 2 is non-autoregressive: its duration predictor says how many frames "
               "each phoneme "
               "gets, every phoneme is repeated that many times, and the decoder computes all the "
               "frames at "
               "once, in parallel. Duration, pitch and energy are explicit numbers, which is what "
               "the speed, "
               "pitch and energy controls change.") +
            QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + tr("Where cloud TTS services fit") +
            QStringLiteral("</h3><p>") +
            tr("Commercial text-to-speech services run this same pipeline with far larger models, "
               "trained on "
               "many hours of studio recordings per voice, and neural vocoders, and sell it as a "
               "paid API: "
               "send text, receive audio.") +
            QStringLiteral("</p><p>") +
            tr("They win on quality, voices and languages. They cost money per character, add "
               "network latency, "
               "see every text you send (privacy), and need a connection. A small local model like "
               "this one is "
               "free, private and works offline, but sounds far more robotic.") +
            QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + tr("Try it") + QStringLiteral("</h3><ul><li>") +
            tr("Set the speed to 2: every bar gets half as wide, and so does the spectrogram.") +
            QStringLiteral("</li><li>") +
            tr("Shift the pitch by +12 semitones: the pitch curve doubles, the harmonics spread "
               "apart.") +
            QStringLiteral("</li><li>") +
            tr("Write a date, a price or a time, and look at the normalized text.") +
            QStringLiteral("</li><li>") +
            tr("Try 1 Griffin-Lim iteration, then 100: what changes in the sound and in the "
               "vocoder time?") +
            QStringLiteral("</li><li>") +
            tr("Speak the same sentence with Griffin-Lim and with the source-filter vocoder: which "
               "is buzzy, which is metallic, and which can you understand better?") +
            QStringLiteral("</li></ul>");
    return html;
}

} // namespace wb
