#pragma once
#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace wb {

/**
 * File > Export Figure's options: the format (PNG, SVG or PDF) and, for
 * PNG, the resolution in DPI (72-600; 96 draws one pixel per screen pixel).
 * The choice is remembered in QSettings ("export/format", "export/dpi").
 * GUI thread only; the fields only allow valid values, so it cannot fail.
 */
class ExportFigureDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportFigureDialog(QWidget *parent = nullptr);

    /** "png", "svg" or "pdf". */
    QString suffix() const;
    int dpi() const;

    void accept() override;

private:
    void updateDpiState();

    QComboBox *m_format;
    QSpinBox *m_dpi;
    QLabel *m_dpiLabel;
    QLabel *m_note;
};

} // namespace wb
