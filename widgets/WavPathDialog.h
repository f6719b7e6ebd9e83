#pragma once
#include <QString>

class QWidget;

namespace wb {

/**
 * Asks where to save a WAV file (a save dialog with `suggested` as the
 * name and `filter` as the file type, both already translated by the
 * caller); ".wav" is appended when the user typed another ending. Empty when
 * the user cancelled.
 */
QString askWavPath(QWidget *parent, const QString &title, const QString &suggested,
                   const QString &filter);

} // namespace wb
