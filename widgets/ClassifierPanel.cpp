#include "ClassifierPanel.h"

#include "KeywordModelPage.h"
#include "TrainClassifierPage.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wb {

ClassifierPanel::ClassifierPanel(ModelBackend *backend, QWidget *parent)
    : QWidget(parent)
    , m_modes(new QTabWidget(this))
    , m_keywords(new KeywordModelPage(backend, m_modes))
    , m_train(new TrainClassifierPage(backend, m_modes))
{
    setObjectName(QStringLiteral("ClassifierPanel"));
    m_modes->setDocumentMode(true);
    m_modes->addTab(m_keywords, QString());
    m_modes->addTab(m_train, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_modes);
    connect(m_keywords, &KeywordModelPage::statusMessage, this, &ClassifierPanel::statusMessage);
    connect(m_train, &TrainClassifierPage::statusMessage, this, &ClassifierPanel::statusMessage);
    retranslate();
}

void ClassifierPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClassifierPanel::retranslate()
{
    m_modes->setTabText(0, tr("Keyword model"));
    m_modes->setTabText(1, tr("Train your own"));
}

} // namespace wb
