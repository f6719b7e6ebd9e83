#pragma once
#include <QMenu>

namespace wb {

/**
 * File > Open Recent: the last files opened, most recent first, kept in
 * QSettings ("recentFiles"). Files that no longer exist are dropped when the
 * menu is rebuilt. GUI thread only; nothing here can fail.
 */
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    void addFile(const QString &path);
    QStringList files() const;

Q_SIGNALS:
    void fileTriggered(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    static constexpr int kMaxFiles = 8;
};

} // namespace wb
