#include "CallCenterPanel.h"

#include "CallAnalysisPanel.h"
#include "ClassifierPanel.h"
#include "RoiPanel.h"

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
    // The ROI calculator is always the first page.
    auto *roi = new RoiPanel(backend, m_pages);
    m_pages->insertTab(0, roi, QString());
    connect(roi, &RoiPanel::statusMessage, this, &CallCenterPanel::statusMessage);
    auto *callAnalysis = new CallAnalysisPanel(backend, m_pages);
    m_pages->addTab(callAnalysis, QString());
    connect(callAnalysis, &CallAnalysisPanel::statusMessage, this, &CallCenterPanel::statusMessage);
    auto *classifier = new ClassifierPanel(backend, m_pages);
    m_pages->addTab(classifier, QString());
    connect(classifier, &ClassifierPanel::statusMessage, this, &CallCenterPanel::statusMessage);

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
    if (auto *roi = findChild<RoiPanel *>())
        m_pages->setTabText(m_pages->indexOf(roi), tr("ROI calculator"));
    if (auto *callAnalysis = findChild<CallAnalysisPanel *>())
        m_pages->setTabText(m_pages->indexOf(callAnalysis), tr("Call analysis"));
    if (auto *classifier = findChild<ClassifierPanel *>())
        m_pages->setTabText(m_pages->indexOf(classifier), tr("Classifier"));
}

} // namespace wb
