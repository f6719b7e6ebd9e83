#include "ConsentBox.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace wb {

ConsentBox::ConsentBox(QWidget *parent)
    : QGroupBox(parent)
    , m_intro(new QLabel(this))
    , m_speakerLabel(new QLabel(this))
    , m_byLabel(new QLabel(this))
    , m_state(new QLabel(this))
    , m_agreeText(new QLabel(this))
    , m_speaker(new QLineEdit(this))
    , m_by(new QLineEdit(this))
    , m_agree(new QCheckBox(this))
{
    m_intro->setWordWrap(true);
    m_state->setWordWrap(true);
    // The sentence is a label beside an untexted box, so it can wrap; clicking it ticks the box.
    m_agreeText->setWordWrap(true);
    m_agreeText->installEventFilter(this);
    m_speakerLabel->setBuddy(m_speaker);
    m_byLabel->setBuddy(m_by);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_speakerLabel, m_speaker);
    form->addRow(m_byLabel, m_by);
    auto *column = new QVBoxLayout(this);
    column->setSpacing(4);
    column->addWidget(m_intro);
    column->addLayout(form);
    auto *agreeRow = new QHBoxLayout;
    agreeRow->addWidget(m_agree, 0, Qt::AlignTop);
    agreeRow->addWidget(m_agreeText, 1);
    column->addLayout(agreeRow);
    column->addWidget(m_state);

    connect(m_speaker, &QLineEdit::textChanged, this, [this] {
        // Consent is given by a named person: a new name needs a new tick.
        if (m_agree->isChecked())
            m_agree->setChecked(false);
        retranslate();
        Q_EMIT changed();
    });
    connect(m_by, &QLineEdit::textChanged, this, &ConsentBox::changed);
    connect(m_agree, &QCheckBox::toggled, this, [this](bool on) {
        m_agreedAt = on ? QDateTime::currentDateTime().toString(Qt::ISODate) : QString();
        retranslate();
        Q_EMIT changed();
    });
    retranslate();
}

bool ConsentBox::isGiven() const
{
    return !speaker().isEmpty() && m_agree->isChecked();
}

QString ConsentBox::speaker() const
{
    return m_speaker->text().trimmed();
}

QString ConsentBox::recordedBy() const
{
    return m_by->text().trimmed();
}

void ConsentBox::setSpeaker(const QString &name)
{
    m_speaker->setText(name);
}

void ConsentBox::setRecordedBy(const QString &name)
{
    m_by->setText(name);
}

void ConsentBox::setAgreed(bool agreed)
{
    m_agree->setChecked(agreed && !speaker().isEmpty());
}

void ConsentBox::reset()
{
    m_speaker->clear();
    m_by->clear();
    m_agree->setChecked(false);
}

QJsonObject ConsentBox::toJson() const
{
    return QJsonObject{{QStringLiteral("speaker"), speaker()},
                       {QStringLiteral("agreed"), isGiven()},
                       {QStringLiteral("recorded_by"), recordedBy()},
                       {QStringLiteral("purpose"), QStringLiteral("voice cloning for a WaveBench class")},
                       {QStringLiteral("agreed_at"), m_agreedAt}};
}

bool ConsentBox::setFromJson(const QJsonObject &consent)
{
    const QString name = consent.value(QStringLiteral("speaker")).toString().trimmed();
    if (name.isEmpty())
        return false;
    setSpeaker(name);
    setRecordedBy(consent.value(QStringLiteral("recorded_by")).toString());
    setAgreed(consent.value(QStringLiteral("agreed")).toBool());
    if (isGiven() && !consent.value(QStringLiteral("agreed_at")).toString().isEmpty())
        m_agreedAt = consent.value(QStringLiteral("agreed_at")).toString();
    return true;
}

void ConsentBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

bool ConsentBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_agreeText && event->type() == QEvent::MouseButtonRelease && m_agree->isEnabled()) {
        m_agree->toggle();
        return true;
    }
    return QGroupBox::eventFilter(watched, event);
}

void ConsentBox::retranslate()
{
    setTitle(tr("1. Consent"));
    m_intro->setText(tr("Clone only a voice whose owner said yes. Name the speaker and tick the box "
                        "together with them."));
    m_speakerLabel->setText(tr("&Speaker:"));
    m_byLabel->setText(tr("Recorded &by:"));
    m_speaker->setPlaceholderText(tr("Who is speaking"));
    m_by->setPlaceholderText(tr("Who records (optional)"));
    const QString name = speaker().isEmpty() ? tr("The speaker") : speaker();
    m_agreeText->setText(tr("%1 agrees to have their voice recorded and cloned for this class").arg(name));
    m_agree->setAccessibleName(m_agreeText->text());
    m_agree->setEnabled(!speaker().isEmpty());
    m_agreeText->setEnabled(m_agree->isEnabled());
    m_state->setText(isGiven() ? tr("<span style='color:#2e7d32'>✔ Consent recorded; it is saved with "
                                    "the reference.</span>")
                               : tr("<span style='color:#b26a00'>No consent yet: Clone stays "
                                    "disabled.</span>"));
}

} // namespace wb
