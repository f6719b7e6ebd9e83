#include "RecentFilesMenu.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QSettings>

namespace wb {

namespace {
const char *const kKey = "recentFiles";
}

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(parent)
{
    // Rebuilt on every opening, so files deleted meanwhile disappear.
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

QStringList RecentFilesMenu::files() const
{
    QStringList out;
    for (const QString &f : QSettings().value(kKey).toStringList())
        if (QFileInfo::exists(f))
            out << f;
    return out;
}

void RecentFilesMenu::addFile(const QString &path)
{
    QStringList list = files();
    const QString canonical = QFileInfo(path).absoluteFilePath();
    list.removeAll(canonical);
    list.prepend(canonical);
    while (list.size() > kMaxFiles)
        list.removeLast();
    QSettings().setValue(kKey, list);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList list = files();
    setTitle(tr("Open &Recent"));
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        QAction *a = addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { Q_EMIT fileTriggered(path); });
    }
    if (list.isEmpty()) {
        addAction(tr("No recent files"))->setEnabled(false);
    } else {
        addSeparator();
        connect(addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
            QSettings().remove(kKey);
            rebuild();
        });
    }
}

void RecentFilesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QMenu::changeEvent(event);
}

} // namespace wb
