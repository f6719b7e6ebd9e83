#pragma once
#include <QObject>
#include <QString>

class QWidget;

namespace wb {

class AudioLabPanel;

/**
 * The window's File actions on the Audio Lab's clip: Save As (WAV/FLAC),
 * Export Figure (PNG at a chosen DPI, SVG or PDF) and Export Mel (.npy).
 * The interactive functions ask for a file with dialogs on dialogParent;
 * the write*() functions do the work without dialogs (tests, scripts).
 * GUI thread only. Results and failures are reported by message() and
 * failed(); nothing is half-written (every writer is atomic).
 */
class ClipExports : public QObject
{
    Q_OBJECT
public:
    ClipExports(AudioLabPanel *lab, QWidget *dialogParent);

    void saveClipAs();
    void exportFigure();
    void exportMel();

    /** Draws the current clip's figure; format from the suffix, dpi for PNG. */
    bool writeFigure(const QString &path, int dpi, QString *error) const;

    /** Logical size of the figure (its pixel size at 96 DPI). */
    static constexpr int kFigureWidth = 1400;
    static constexpr int kFigureHeight = 900;

Q_SIGNALS:
    void message(const QString &text);
    void failed(const QString &title, const QString &message);

private:
    AudioLabPanel *m_lab;
    QWidget *m_parent;
};

} // namespace wb
