// The Audio Lab's explainer text, kept apart from the panel's logic so the
// teaching text can be edited (and translated) without touching code.
#include "AudioLabPanel.h"

namespace wb {

QString AudioLabPanel::explainerHtml()
{
    QString html;
    html += QStringLiteral("<h3>") + tr("Why audio is not just another image") + QStringLiteral("</h3>");
    html += QStringLiteral("<p>")
        + tr("A photo is a grid of a few million pixels. A sound is a single line of numbers, but a long "
             "one: 22,050 to 44,100 samples for every second. Four seconds of speech is already "
             "about 90,000 values, and the structure that matters spans all of them, from a vowel's "
             "pitch period (a few milliseconds) to a whole sentence.")
        + QStringLiteral("</p><p>")
        + tr("Sound is also continuous: a generator cannot leave a sample out or get one slightly "
             "wrong without it being heard. A blurry pixel goes unnoticed, while a jump between two "
             "samples is an audible click and a small periodic error is a buzz.")
        + QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + tr("Three ways to look at the same clip") + QStringLiteral("</h3>");
    html += QStringLiteral("<p><b>") + tr("Waveform") + QStringLiteral("</b>: ")
        + tr("the samples themselves, amplitude against time. It is exact and can be turned back "
             "into sound as it is, and it shows loudness, silences and clipping at a glance. It shows "
             "almost nothing about pitch or timbre, and two sounds that look alike may sound different.")
        + QStringLiteral("</p><p><b>") + tr("Spectrogram (STFT)") + QStringLiteral("</b>: ")
        + tr("the energy of each frequency in short overlapping windows, here in decibels. Harmonics, "
             "formants and noise become visible. The window size (n_fft) trades time detail against "
             "frequency detail, and the phase is discarded, so getting sound back needs an estimate "
             "such as Griffin-Lim or a neural vocoder.")
        + QStringLiteral("</p><p><b>") + tr("Mel-spectrogram") + QStringLiteral("</b>: ")
        + tr("the same energies pooled into bands spaced like human pitch perception: narrow at low "
             "frequencies, wide at high ones. It is compact (80 to 128 bands instead of 1,025 bins) "
             "and is what most speech models predict and listen to. It throws away even more detail, "
             "so turning it back into audio needs a vocoder.")
        + QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + tr("Try it") + QStringLiteral("</h3><ul><li>")
        + tr("Zoom into a vowel with the mouse wheel until single periods appear in the waveform.")
        + QStringLiteral("</li><li>")
        + tr("Switch n_fft between 512 and 4096 and watch harmonics sharpen while onsets blur.")
        + QStringLiteral("</li><li>")
        + tr("Lower n_mels to 32: how much of the speech is still readable?")
        + QStringLiteral("</li></ul>");
    return html;
}

} // namespace wb
