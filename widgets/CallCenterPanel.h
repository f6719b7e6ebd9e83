#pragma once
#include <QWidget>

class QTabWidget;

namespace wb {

class ModelBackend;

/**
 * The Call Center tab: a row of pages (the ROI calculator, call analysis,
 * audio classification) that a business or audio student moves between.
 * Each page is its own widget; this panel only hosts them and keeps their
 * titles translated. GUI thread only; nothing here can fail.
 */
class CallCenterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CallCenterPanel(ModelBackend *backend, QWidget *parent = nullptr);

    QTabWidget *pages() const { return m_pages; }

signals:
    /** A one-line summary for the main window's status bar. */
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ModelBackend *m_backend;
    QTabWidget *m_pages;
};

} // namespace wb
