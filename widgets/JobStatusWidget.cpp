#include "JobStatusWidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace wb {

JobStatusWidget::JobStatusWidget(ModelBackend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 4, 0);
    row->addWidget(m_label);
    row->addWidget(m_bar);
    row->addWidget(m_cancel);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(160);
    m_bar->setMaximumHeight(16);
    m_cancel->setAutoRaise(true);
    retranslate();
    setVisible(false);

    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_backend && m_hasShown)
            m_backend->cancel(m_shown);
    });
    connect(backend, &ModelBackend::started, this, &JobStatusWidget::onStarted);
    connect(backend, &ModelBackend::progress, this, &JobStatusWidget::onProgress);
    connect(backend, &ModelBackend::finished, this, [this](ModelBackend::JobId id) { onEnded(id); });
    connect(backend, &ModelBackend::failed, this, [this](ModelBackend::JobId id) { onEnded(id); });
    connect(backend, &ModelBackend::cancelled, this, &JobStatusWidget::onEnded);
}

void JobStatusWidget::onStarted(ModelBackend::JobId id, const QString &name)
{
    m_running.insert(id, name);
    m_fraction.insert(id, 0.0);
    showJob(id);
}

void JobStatusWidget::onProgress(ModelBackend::JobId id, double fraction)
{
    if (!m_running.contains(id))
        return;
    m_fraction[id] = fraction;
    if (m_hasShown && id == m_shown)
        m_bar->setValue(qRound(qBound(0.0, fraction, 1.0) * 1000));
}

void JobStatusWidget::onEnded(ModelBackend::JobId id)
{
    m_running.remove(id);
    m_fraction.remove(id);
    if (!m_hasShown || id != m_shown)
        return;
    // Fall back to another job still running, so a long training run stays
    // visible after a short analysis job started on top of it ends.
    if (m_running.isEmpty())
        showNone();
    else
        showJob(m_running.lastKey());
}

void JobStatusWidget::showJob(ModelBackend::JobId id)
{
    m_shown = id;
    m_hasShown = true;
    setVisible(true);
    m_label->setText(m_running.value(id));
    m_bar->setValue(qRound(qBound(0.0, m_fraction.value(id), 1.0) * 1000));
}

void JobStatusWidget::showNone()
{
    m_hasShown = false;
    setVisible(false);
}

void JobStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JobStatusWidget::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this job"));
}

} // namespace wb
