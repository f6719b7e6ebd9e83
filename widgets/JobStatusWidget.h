#pragma once
#include "ModelBackend.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace wb {

/**
 * Status-bar widget for the backend's jobs: the name of the most recently
 * started running job, its progress, and a Cancel button for it. Hidden when
 * no job runs. Driven only by ModelBackend's signals. GUI thread only;
 * failures are shown by the job's owner, not here.
 */
class JobStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit JobStatusWidget(ModelBackend *backend, QWidget *parent = nullptr);

    /** Whether a job's progress is shown (the widget is hidden otherwise). */
    bool isShowingJob() const { return m_hasShown; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void onStarted(ModelBackend::JobId id, const QString &name);
    void onProgress(ModelBackend::JobId id, double fraction);
    void onEnded(ModelBackend::JobId id);
    void showJob(ModelBackend::JobId id);
    void showNone();
    void retranslate();

    QPointer<ModelBackend> m_backend;
    QMap<ModelBackend::JobId, QString> m_running;
    QMap<ModelBackend::JobId, double> m_fraction;
    ModelBackend::JobId m_shown = 0;
    bool m_hasShown = false;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace wb
