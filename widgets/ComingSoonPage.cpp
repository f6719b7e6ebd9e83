#include "ComingSoonPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace wb {

ComingSoonPage::ComingSoonPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_plan(new QLabel(this))
    , m_status(new QLabel(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_plan->setWordWrap(true);
    m_plan->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    QFont note = m_status->font();
    note.setItalic(true);
    m_status->setFont(note);
    for (QLabel *l : {m_title, m_plan, m_status})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // A readable measure: long lines on a wide window are hard to follow.
    auto *body = new QWidget(this);
    body->setMaximumWidth(720);
    auto *column = new QVBoxLayout(body);
    column->addStretch(1);
    column->addWidget(m_title);
    column->addSpacing(8);
    column->addWidget(m_plan);
    column->addSpacing(12);
    column->addWidget(m_status);
    column->addStretch(2);
    auto *centre = new QHBoxLayout(this);
    centre->addStretch(1);
    centre->addWidget(body, 4);
    centre->addStretch(1);
    retranslate();
}

void ComingSoonPage::setTexts(const QString &title, const QString &plan)
{
    m_title->setText(title);
    m_plan->setText(plan);
}

QString ComingSoonPage::title() const
{
    return m_title->text();
}

QString ComingSoonPage::plan() const
{
    return m_plan->text();
}

void ComingSoonPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComingSoonPage::retranslate()
{
    m_status->setText(tr("This tab is not built yet: it comes in a later version of WaveBench. "
                         "Until then, the Audio Lab tab works in full."));
}

} // namespace wb
