#include "AudioFigure.h"

#include "AudioBuffer.h"
#include "Matrix.h"
#include "PlotStyle.h"
#include "SpectrogramLayer.h"
#include "WaveformLayer.h"
#include "WaveformSummary.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include <cmath>

namespace wb {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Two stacked axis rects sharing a time axis, with a title above: the layout
// of librosa's two-subplot figure.
struct FigureLayout
{
    QCPAxisRect *wave = nullptr;
    QCPAxisRect *mel = nullptr;
    QCPLayoutGrid *grid = nullptr;
};

FigureLayout buildLayout(QCustomPlot &plot, const QString &title)
{
    FigureLayout f;
    plot.plotLayout()->clear();
    auto *titleElement = new QCPTextElement(&plot, title, QFont(plot.font().family(), 13, QFont::Bold));
    plot.plotLayout()->addElement(0, 0, titleElement);
    f.grid = new QCPLayoutGrid;
    plot.plotLayout()->addElement(1, 0, f.grid);
    f.wave = new QCPAxisRect(&plot);
    f.mel = new QCPAxisRect(&plot);
    f.grid->addElement(0, 0, f.wave);
    f.grid->addElement(0, 1, plotstyle::makeRightSpacer(&plot));
    f.grid->addElement(1, 0, f.mel);
    f.grid->setRowStretchFactors({1.0, 1.6});
    f.grid->setRowSpacing(12);
    for (QCPAxisRect *r : {f.wave, f.mel}) {
        plotstyle::styleAxisRect(&plot, r);
        r->axis(QCPAxis::atBottom)->setLabel(AudioFigure::tr("Time (s)"));
    }
    f.wave->axis(QCPAxis::atLeft)->setLabel(AudioFigure::tr("Amplitude"));
    return f;
}

bool saveSvg(QCustomPlot &plot, const QString &path, int width, int height, const QString &title, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(width, height));
    svg.setViewBox(QRect(0, 0, width, height));
    svg.setTitle(title);
    svg.setDescription(AudioFigure::tr("Waveform and mel-spectrogram drawn by WaveBench"));
    QCPPainter painter;
    if (!painter.begin(&svg))
        return fail(error, AudioFigure::tr("%1: cannot start the SVG").arg(path));
    plot.toPainter(&painter, width, height);
    painter.end();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit())
        return fail(error, AudioFigure::tr("%1: cannot write the figure (%2)").arg(path, file.errorString()));
    return true;
}

bool save(QCustomPlot &plot, const FigureRequest &r, QString *error)
{
    const QString &path = r.outPath;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!AudioFigure::supportedSuffixes().contains(suffix))
        return fail(error, AudioFigure::tr("%1: unsupported figure format \"%2\" (use PNG, SVG, PDF, JPG or BMP)")
                               .arg(path, suffix));
    if (suffix == QLatin1String("svg"))
        return saveSvg(plot, path, r.width, r.height, r.title, error);
    if (suffix == QLatin1String("pdf")) {
        // savePdf wants a file name; write beside the target, then rename.
        const QString tmp = path + QStringLiteral(".part");
        if (!plot.savePdf(tmp, r.width, r.height))
            return fail(error, AudioFigure::tr("%1: cannot write the PDF").arg(path));
        QFile::remove(path);
        if (!QFile::rename(tmp, path)) {
            QFile::remove(tmp);
            return fail(error, AudioFigure::tr("%1: cannot write the PDF").arg(path));
        }
        return true;
    }
    QImage image = plot.toPixmap(r.width, r.height, r.scale).toImage();
    // Record the DPI so a word processor places the figure at its intended size.
    const int dotsPerMeter = int(std::lround(AudioFigure::kBaseDpi * r.scale / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QSaveFile file(path);
    const QByteArray format = suffix == QLatin1String("jpeg") ? QByteArray("JPG") : suffix.toUpper().toLatin1();
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, format.constData()) || !file.commit())
        return fail(error, AudioFigure::tr("%1: cannot write the figure (%2)").arg(path, file.errorString()));
    return true;
}

} // namespace

QStringList AudioFigure::supportedSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("jpg"),
            QStringLiteral("jpeg"), QStringLiteral("bmp")};
}

bool AudioFigure::render(const AudioBuffer &audio, const Matrix &melDb, int hop, const QString &title,
                         const QString &outPath, int width, int height, QString *error, double melFmin,
                         double melFmax)
{
    FigureRequest r;
    if (!audio.isEmpty())
        r.audio = std::make_shared<const AudioBuffer>(audio.channels() > 1 ? audio.toMono() : audio);
    r.melDb = &melDb;
    r.hop = hop;
    r.title = title;
    r.outPath = outPath;
    r.width = width;
    r.height = height;
    r.melFmin = melFmin;
    r.melFmax = melFmax;
    return render(r, error);
}

bool AudioFigure::render(const FigureRequest &r, QString *error)
{
    const QString &outPath = r.outPath;
    if (!r.audio || r.audio->isEmpty())
        return fail(error, tr("%1: no audio to plot").arg(outPath));
    if (!r.melDb || r.melDb->empty() || r.hop <= 0)
        return fail(error, tr("%1: no mel-spectrogram to plot").arg(outPath));
    if (r.width < 200 || r.height < 150 || r.width > 10000 || r.height > 10000)
        return fail(error, tr("%1: figure size %2x%3 is out of range").arg(outPath).arg(r.width).arg(r.height));
    if (!(r.scale >= 0.5 && r.scale <= 8.0) || r.width * r.scale > 40000 || r.height * r.scale > 40000)
        return fail(error, tr("%1: resolution scale %2 is out of range").arg(outPath).arg(r.scale));

    QCustomPlot plot;
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    plot.setBackground(Qt::white);
    const FigureLayout f = buildLayout(plot, r.title);
    auto *wave = new WaveformLayer(f.wave);
    auto *mel = new SpectrogramLayer(f.mel);
    f.grid->addElement(1, 1, plotstyle::wrapColorScale(mel->colorScale()));
    auto *group = new QCPMarginGroup(&plot);
    f.mel->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    mel->colorScale()->setMarginGroup(QCP::msTop | QCP::msBottom, group);

    // Lay out at the output size first: the waveform decimates per pixel
    // column, so it must know how wide its axis rect will be.
    plot.setViewport(QRect(0, 0, r.width, r.height));
    plot.replot();
    auto summary = r.summary;
    if (!summary)
        summary = std::make_shared<const WaveformSummary>(
            WaveformSummary::build(r.audio->samples().data(), r.audio->samples().size()));
    wave->setAudio(r.audio, summary);
    const int rate = r.audio->sampleRate();
    const double nyquist = rate / 2.0;
    mel->setMel(*r.melDb, rate, r.hop, qBound(0.0, r.melFmin, nyquist),
                r.melFmax > 0 ? qMin(r.melFmax, nyquist) : nyquist);
    const double duration = r.audio->duration();
    f.wave->axis(QCPAxis::atBottom)->setRange(0, duration);
    f.mel->axis(QCPAxis::atBottom)->setRange(0, duration);
    wave->refresh();
    return save(plot, r, error);
}

} // namespace wb
