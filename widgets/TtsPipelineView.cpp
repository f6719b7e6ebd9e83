#include "TtsPipelineView.h"

#include "AudioDevices.h"
#include "AudioFile.h"
#include "PhonemeDurationView.h"
#include "PlaybackController.h"
#include "SpectrogramView.h"
#include "TtsVarianceView.h"
#include "WaveformView.h"
#include "WavPathDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <numeric>

namespace wb {

namespace {

/** A spectrogram view stacked between others: the time axis keeps its ticks' grid, not its labels.
 */
class StackedMelView : public SpectrogramView
{
public:
    using SpectrogramView::SpectrogramView;

protected:
    void retranslate() override
    {
        SpectrogramView::retranslate();
        shortLabels();
    }

public:
    /** The Audio Lab's "Frequency (Hz, mel scale)" does not fit beside a view this short. */
    void shortLabels()
    {
        xAxis->setLabel(QString());
        yAxis->setLabel(QCoreApplication::translate("wb::TtsPipelineView", "Hz (mel)"));
    }
};

QString caption(const QString &title, const QString &detail)
{
    if (detail.isEmpty())
        return QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    return QStringLiteral("<b>%1</b><br><span style=\"color:#666\">%2</span>")
        .arg(title.toHtmlEscaped(), detail.toHtmlEscaped());
}

} // namespace

TtsPipelineView::TtsPipelineView(QWidget *parent)
    : QWidget(parent), m_normalized(new QLabel(this)), m_phonemes(new PhonemeDurationView(this)),
      m_variance(new TtsVarianceView(this)), m_mel(new StackedMelView(this)),
      m_wave(new WaveformView(this)), m_timings(new QLabel(this)), m_play(new QPushButton(this)),
      m_save(new QPushButton(this)), m_playback(new PlaybackController(this))
{
    for (QLabel *&c : m_captions) {
        c = new QLabel(this);
        c->setTextFormat(Qt::RichText);
        c->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        c->setWordWrap(true);
    }
    m_normalized->setWordWrap(true);
    m_normalized->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timings->setWordWrap(true);
    m_timings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Only the bottom plot labels the shared time axis.
    m_variance->setTimeLabelsVisible(false);
    m_mel->xAxis->setTickLabels(false);
    static_cast<StackedMelView *>(m_mel)->shortLabels();
    m_variance->setMinimumHeight(80);
    m_mel->setMinimumHeight(110);
    m_wave->setMinimumHeight(110);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    QWidget *views[] = {m_normalized, m_phonemes, m_variance, m_mel, m_wave, m_timings};
    for (int row = 0; row < 6; ++row) {
        grid->addWidget(views[row], row, 1);
        if (row != 4)
            grid->addWidget(m_captions[row], row, 0);
    }
    auto *audioCell = new QVBoxLayout;
    audioCell->setContentsMargins(0, 0, 0, 0);
    audioCell->addWidget(m_captions[4]);
    audioCell->addWidget(m_play);
    audioCell->addWidget(m_save);
    audioCell->addStretch(1);
    grid->addLayout(audioCell, 4, 0);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 2);
    grid->setRowStretch(3, 3);
    grid->setRowStretch(4, 2);

    for (QCustomPlot *plot :
         {static_cast<QCustomPlot *>(m_variance), static_cast<QCustomPlot *>(m_mel),
          static_cast<QCustomPlot *>(m_wave)})
        connect(plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
                [this, plot](const QCPRange &range) { syncTime(plot, range); });
    connect(m_mel, &QCustomPlot::afterLayout, this, &TtsPipelineView::alignPhonemes);
    connect(m_play, &QPushButton::clicked, this, &TtsPipelineView::togglePlay);
    connect(m_save, &QPushButton::clicked, this, &TtsPipelineView::chooseWavPath);
    connect(m_playback, &PlaybackController::playheadMoved, this, &TtsPipelineView::showPlayhead);
    connect(m_playback, &PlaybackController::playingChanged, this, [this] { retranslate(); });
    connect(m_playback, &PlaybackController::error, this, &TtsPipelineView::statusMessage);
    retranslate();
    clear();
}

TtsPipelineView::~TtsPipelineView() = default;

void TtsPipelineView::showOutput(const ttsjobs::Output &output)
{
    m_playback->stop();
    if (!output) {
        clear();
        return;
    }
    m_output = output;
    const TtsResult &r = output->result;
    const int rate = r.sampleRate > 0 ? r.sampleRate : 22050;
    const double frameSeconds = double(output->hop) / rate;
    m_phonemes->setPhonemes(r.utterance, r.durations, frameSeconds, r.pitchHz, r.energy);
    m_mel->setMel(output->melDb, rate, output->hop, 0.0, output->fmax);
    static_cast<StackedMelView *>(m_mel)->shortLabels(); // showing a mel re-sets the axis labels
    m_wave->setAudio(output->audio, output->summary);

    // One time axis for the stages: the mel's frames, half a frame past the last centre.
    const int frames = int(r.logMel.cols());
    const double stages = std::max(frameSeconds, (frames - 0.5) * frameSeconds);
    m_waveLinked = !output->sentenceBySentence;
    m_syncing = true;
    if (r.alignment.rows() > 0)
        m_variance->setAlignment(r.alignment, stages);
    else
    {
        m_variance->setCurves(r.durations, r.pitchHz, r.energy, frameSeconds);
        m_variance->setSourceF0(r.vocoderF0, frameSeconds);
    }
    m_variance->setTimeBounds(stages);
    m_mel->setTimeBounds(stages);
    m_wave->setTimeBounds(m_waveLinked ? std::max(stages, r.audioSeconds()) : r.audioSeconds());
    m_syncing = false;
    m_phonemes->setTimeRange(0.0, stages);
    for (QCustomPlot *plot :
         {static_cast<QCustomPlot *>(m_variance), static_cast<QCustomPlot *>(m_mel),
          static_cast<QCustomPlot *>(m_wave)})
        plot->replot(QCustomPlot::rpQueuedReplot);
    retranslate();
}

void TtsPipelineView::clear()
{
    m_playback->stop();
    m_output.reset();
    m_phonemes->clear();
    m_variance->clear();
    m_mel->clear();
    retranslate();
    m_wave->clear();
    updateTexts();
}

void TtsPipelineView::setColorMap(const QString &name)
{
    m_mel->setColorMap(name);
}

void TtsPipelineView::syncTime(QCustomPlot *source, const QCPRange &range)
{
    // setRange() on a follower emits rangeChanged again: the guard stops the echo.
    if (m_syncing)
        return;
    m_syncing = true;
    const bool sourceIsWave = source == m_wave;
    if (!sourceIsWave || m_waveLinked) {
        for (QCustomPlot *plot :
             {static_cast<QCustomPlot *>(m_variance), static_cast<QCustomPlot *>(m_mel),
              static_cast<QCustomPlot *>(m_wave)}) {
            if (plot == source || (plot == m_wave && !m_waveLinked))
                continue;
            plot->xAxis->setRange(range);
            plot->replot(QCustomPlot::rpQueuedReplot);
        }
    }
    if (!sourceIsWave || m_waveLinked)
        m_phonemes->setTimeRange(m_variance->xAxis->range().lower,
                                 m_variance->xAxis->range().upper);
    m_syncing = false;
}

void TtsPipelineView::alignPhonemes()
{
    // The bars sit over the spectrogram's axis rectangle, pixel for pixel.
    const QRect r = m_mel->axisRect()->rect();
    m_phonemes->setInsets(r.left(), m_mel->width() - (r.left() + r.width()));
}

void TtsPipelineView::showPlayhead(double seconds)
{
    const bool stagesToo = m_waveLinked;
    m_wave->setPlayhead(seconds);
    m_mel->setPlayhead(stagesToo ? seconds : -1.0);
    m_variance->setPlayhead(stagesToo ? seconds : -1.0);
    m_phonemes->setPlayhead(stagesToo ? seconds : -1.0);
}

void TtsPipelineView::togglePlay()
{
    if (m_playback->isPlaying())
        m_playback->stop();
    else if (m_output && m_output->audio)
        m_playback->play(m_output->audio, 0.0, 0.0, AudioDevices::kDefaultDevice);
}

bool TtsPipelineView::saveWav(const QString &path, QString *error)
{
    if (!m_output || !m_output->audio || m_output->audio->isEmpty()) {
        if (error)
            *error = tr("Nothing spoken yet: press Speak first.");
        return false;
    }
    try {
        AudioFile::write(QFile::encodeName(path).toStdString(), *m_output->audio,
                         WriteFormat::Wav16);
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

void TtsPipelineView::chooseWavPath()
{
    const QString path =
        askWavPath(this, tr("Save Speech"), QStringLiteral("speech.wav"), tr("WAV audio (*.wav)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveWav(path, &error))
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT errorOccurred(tr("Cannot save the audio"), error);
}

void TtsPipelineView::updateTexts()
{
    const bool audio = m_output && m_output->audio && !m_output->audio->isEmpty();
    m_play->setEnabled(audio);
    m_save->setEnabled(audio);
    if (!m_output) {
        m_normalized->setText(tr(
            "Press Speak: each stage of the pipeline fills in here, from the text to the sound."));
        m_timings->setText(QString());
        return;
    }
    const TtsResult &r = m_output->result;
    const QLocale locale;
    QString normalized = QString::fromStdString(r.utterance.normalized);
    if (m_output->sentenceBySentence)
        normalized =
            tr("%1 sentences, spoken one at a time; the stages show the last one, the waveform all "
               "of them: %2")
                .arg(m_output->sentences)
                .arg(normalized);
    m_normalized->setText(normalized);
    auto ms = [&](double seconds) { return locale.toString(seconds * 1000.0, 'f', 0); };
    const double rtf = r.realTimeFactor();
    QString speed;
    if (rtf > 0.0)
        speed = rtf < 1.0 ? tr("%1× faster than real time").arg(locale.toString(1.0 / rtf, 'f', 1))
                          : tr("%1× slower than real time").arg(locale.toString(rtf, 'f', 1));
    m_timings->setText(
        tr("Front-end %1 ms · acoustic model %2 ms · vocoder %3 ms · total %4 ms for %5 s of "
           "audio: real-time factor %6 (%7)")
            .arg(ms(r.timings.frontEnd), ms(r.timings.acoustic), ms(r.timings.vocoder),
                 ms(r.timings.total()), locale.toString(r.audioSeconds(), 'f', 2),
                 locale.toString(rtf, 'f', 3), speed));
}

void TtsPipelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TtsPipelineView::retranslate()
{
    m_captions[0]->setText(caption(tr("1 · Text"), tr("normalized")));
    m_captions[1]->setText(caption(tr("2 · Phonemes"), tr("bar width = duration")));
    const bool attention = m_output && m_output->result.alignment.rows() > 0;
    m_captions[2]->setText(attention ? caption(tr("3 · Attention"), tr("Tacotron 2 alignment"))
                                     : caption(tr("3 · Pitch, energy"),
                                               m_output && !m_output->result.vocoderF0.empty()
                                                   ? tr("per phoneme; dots: the F0 the source-filter vocoder used")
                                                   : tr("per phoneme")));
    m_captions[3]->setText(caption(tr("4 · Mel-spectrogram"), tr("acoustic model output")));
    m_captions[4]->setText(caption(tr("5 · Audio"), tr("vocoder output")));
    m_captions[5]->setText(caption(tr("6 · Timings"), QString()));
    // The caption column is as wide as its longest title, in bold, and no wider.
    QFont bold = font();
    bold.setBold(true);
    int widest = 0;
    for (const QString &title :
         {tr("2 · Phonemes"), tr("3 · Pitch, energy"), tr("4 · Mel-spectrogram")})
        widest = std::max(widest, QFontMetrics(bold).horizontalAdvance(title));
    for (QLabel *c : m_captions)
        c->setFixedWidth(std::min(widest + 6, 190));
    m_play->setText(m_playback->isPlaying() ? tr("Stop") : tr("Play"));
    m_save->setText(tr("Save WAV…"));
    m_save->setToolTip(tr("Save the speech as a 16-bit WAV file"));
    updateTexts();
}

} // namespace wb
