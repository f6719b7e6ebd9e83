#include "ClipExports.h"

#include "AudioFigure.h"
#include "AudioFile.h"
#include "AudioLabPanel.h"
#include "ExportFigureDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace wb {

namespace {

QString lastDirectory()
{
    const QString dir = QSettings().value("ui/lastDirectory").toString();
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::MusicLocation) : dir;
}

QString withSuffix(QString path, const QString &suffix)
{
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

} // namespace

ClipExports::ClipExports(AudioLabPanel *lab, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_lab(lab)
    , m_parent(dialogParent)
{
    connect(lab, &AudioLabPanel::melExported, this, [this](const QString &path, const QString &error) {
        if (error.isEmpty())
            Q_EMIT message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
        else
            Q_EMIT failed(tr("Cannot export the mel-spectrogram"), error);
    });
    connect(lab, &AudioLabPanel::clipSaved, this, [this](const QString &path, const QString &error) {
        if (error.isEmpty())
            Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        else
            Q_EMIT failed(tr("Cannot save the clip"), error);
    });
}

void ClipExports::saveClipAs()
{
    if (!m_lab->hasClip())
        return;
    const QString base = QFileInfo(m_lab->currentPath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Save Clip As"),
                                                QDir(lastDirectory()).filePath(base + QStringLiteral(".wav")),
                                                tr("WAV, 16-bit (*.wav);;FLAC, 16-bit (*.flac)"));
    if (path.isEmpty())
        return;
    m_lab->saveClip(withSuffix(path, QStringLiteral("wav")));
}

bool ClipExports::writeFigure(const QString &path, int dpi, QString *error) const
{
    const AnalysisResult &analysis = m_lab->currentAnalysis();
    if (!m_lab->hasClip() || analysis.melDb().empty()) {
        if (error)
            *error = tr("Nothing to export yet: wait for the spectrograms.");
        return false;
    }
    FigureRequest r;
    r.audio = m_lab->sharedAudio();
    r.summary = m_lab->currentClip()->summary;
    r.melDb = &analysis.melDb();
    r.hop = analysis.params.hop;
    r.title = QFileInfo(m_lab->currentPath()).fileName();
    r.outPath = path;
    r.width = kFigureWidth;
    r.height = kFigureHeight;
    r.melFmin = analysis.params.effectiveFmin();
    r.melFmax = analysis.params.effectiveFmax();
    r.scale = double(dpi) / AudioFigure::kBaseDpi;
    return AudioFigure::render(r, error);
}

void ClipExports::exportFigure()
{
    if (!m_lab->hasClip() || m_lab->currentAnalysis().melDb().empty()) {
        Q_EMIT message(tr("Nothing to export yet: wait for the spectrograms."));
        return;
    }
    ExportFigureDialog options(m_parent);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString suffix = options.suffix();
    const QString filter = suffix == QLatin1String("svg")   ? tr("SVG drawing (*.svg)")
                           : suffix == QLatin1String("pdf") ? tr("PDF document (*.pdf)")
                                                            : tr("PNG image (*.png)");
    const QString base = QFileInfo(m_lab->currentPath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Figure"),
                                                QDir(lastDirectory()).filePath(base + QLatin1Char('.') + suffix),
                                                filter);
    if (path.isEmpty())
        return;
    path = withSuffix(path, suffix);
    QString error;
    if (!writeFigure(path, options.dpi(), &error))
        Q_EMIT failed(tr("Cannot export the figure"), error);
    else
        Q_EMIT message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void ClipExports::exportMel()
{
    if (!m_lab->hasClip() || m_lab->currentAnalysis().melDb().empty()) {
        Q_EMIT message(tr("Nothing to export yet: wait for the spectrograms."));
        return;
    }
    const QString base = QFileInfo(m_lab->currentPath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Mel-Spectrogram"),
                                                QDir(lastDirectory()).filePath(base + QStringLiteral("_mel.npy")),
                                                tr("NumPy array (*.npy)"));
    if (path.isEmpty())
        return;
    m_lab->exportMel(withSuffix(path, QStringLiteral("npy")));
}

} // namespace wb
