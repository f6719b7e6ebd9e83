#include "WavPathDialog.h"

#include <QFileDialog>

namespace wb {

QString askWavPath(QWidget *parent, const QString &title, const QString &suggested,
                   const QString &filter)
{
    QString path = QFileDialog::getSaveFileName(parent, title, suggested, filter);
    if (!path.isEmpty() && !path.endsWith(QStringLiteral(".wav"), Qt::CaseInsensitive))
        path += QStringLiteral(".wav");
    return path;
}

} // namespace wb
