#include "AudioFigure.h"

#include "AudioBuffer.h"
#include "Matrix.h"
#include "PlotStyle.h"
#include "SpectrogramLayer.h"
#include "WaveformLayer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <qcustomplot.h>

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

bool save(QCustomPlot &plot, const QString &path, int width, int height, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!AudioFigure::supportedSuffixes().contains(suffix))
        return fail(error, AudioFigure::tr("%1: unsupported figure format \"%2\" (use PNG, JPG, BMP or PDF)")
                               .arg(path, suffix));
    if (suffix == QLatin1String("pdf")) {
        // savePdf wants a file name; write beside the target, then rename.
        const QString tmp = path + QStringLiteral(".part");
        if (!plot.savePdf(tmp, width, height))
            return fail(error, AudioFigure::tr("%1: cannot write the PDF").arg(path));
        QFile::remove(path);
        if (!QFile::rename(tmp, path)) {
            QFile::remove(tmp);
            return fail(error, AudioFigure::tr("%1: cannot write the PDF").arg(path));
        }
        return true;
    }
    const QPixmap pixmap = plot.toPixmap(width, height);
    QSaveFile file(path);
    const QByteArray format = suffix == QLatin1String("jpeg") ? QByteArray("JPG") : suffix.toUpper().toLatin1();
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, format.constData()) || !file.commit())
        return fail(error, AudioFigure::tr("%1: cannot write the figure (%2)").arg(path, file.errorString()));
    return true;
}

} // namespace

QStringList AudioFigure::supportedSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("bmp"),
            QStringLiteral("pdf")};
}

bool AudioFigure::render(const AudioBuffer &audio, const Matrix &melDb, int hop, const QString &title,
                         const QString &outPath, int width, int height, QString *error, double melFmin,
                         double melFmax)
{
    if (audio.isEmpty())
        return fail(error, tr("%1: no audio to plot").arg(outPath));
    if (melDb.empty() || hop <= 0)
        return fail(error, tr("%1: no mel-spectrogram to plot").arg(outPath));
    if (width < 200 || height < 150 || width > 10000 || height > 10000)
        return fail(error, tr("%1: figure size %2x%3 is out of range").arg(outPath).arg(width).arg(height));

    QCustomPlot plot;
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    plot.setBackground(Qt::white);
    const FigureLayout f = buildLayout(plot, title);
    auto *wave = new WaveformLayer(f.wave);
    auto *mel = new SpectrogramLayer(f.mel);
    f.grid->addElement(1, 1, plotstyle::wrapColorScale(mel->colorScale()));
    auto *group = new QCPMarginGroup(&plot);
    f.mel->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    mel->colorScale()->setMarginGroup(QCP::msTop | QCP::msBottom, group);

    // Lay out at the output size first: the waveform decimates per pixel
    // column, so it must know how wide its axis rect will be.
    plot.setViewport(QRect(0, 0, width, height));
    plot.replot();
    wave->setAudio(audio);
    const int rate = audio.sampleRate();
    const double nyquist = rate / 2.0;
    mel->setMel(melDb, rate, hop, qBound(0.0, melFmin, nyquist), melFmax > 0 ? qMin(melFmax, nyquist) : nyquist);
    const double duration = audio.duration();
    f.wave->axis(QCPAxis::atBottom)->setRange(0, duration);
    f.mel->axis(QCPAxis::atBottom)->setRange(0, duration);
    wave->refresh();
    return save(plot, outPath, width, height, error);
}

} // namespace wb
