#include "CallCenterPanel.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wb {

CallCenterPanel::CallCenterPanel(ModelBackend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_pages(new QTabWidget(this))
{
    setObjectName(QStringLiteral("CallCenterPanel"));
    m_pages->setObjectName(QStringLiteral("callCenterPages"));
    m_pages->setTabPosition(QTabWidget::North);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // Pages are added here, each with its title set in retranslate().

    retranslate();
}

void CallCenterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CallCenterPanel::retranslate()
{
}

} // namespace wb
