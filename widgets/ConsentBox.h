#pragma once
#include <QGroupBox>
#include <QJsonObject>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace wb {

/**
 * The Voice Cloning tab's consent step: who is speaking, a checkbox that
 * they agree to have their voice recorded and cloned for the class, and who
 * recorded it. isGiven() is true only with a name and the box ticked.
 * toJson()/setFromJson() are the REF.consent.json sidecar saved beside a
 * reference recording. GUI thread only; never fails.
 */
class ConsentBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit ConsentBox(QWidget *parent = nullptr);

    bool isGiven() const;
    QString speaker() const;
    QString recordedBy() const;
    void setSpeaker(const QString &name);
    void setRecordedBy(const QString &name);
    void setAgreed(bool agreed);
    /** Forgets everything (a new speaker). */
    void reset();

    /** speaker, agreed, recorded_by, purpose, and when consent was given (ISO 8601). */
    QJsonObject toJson() const;
    /** Fills the form from a sidecar; false when it holds no speaker. */
    bool setFromJson(const QJsonObject &consent);

    QLineEdit *speakerEdit() const { return m_speaker; }
    QCheckBox *agreeBox() const { return m_agree; }
    /** The sentence beside the box, which wraps in a narrow window; a click on it ticks the box. */
    QLabel *agreeLabel() const { return m_agreeText; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QLabel *m_intro, *m_speakerLabel, *m_byLabel, *m_state, *m_agreeText;
    QLineEdit *m_speaker, *m_by;
    QCheckBox *m_agree;
    QString m_agreedAt;
};

} // namespace wb
