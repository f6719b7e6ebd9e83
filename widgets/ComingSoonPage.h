#pragma once
#include <QWidget>

class QLabel;

namespace wb {

/**
 * An honest placeholder tab: says what the tab will let a student do and
 * that it arrives in a later version. It shows no fake controls or results.
 * GUI thread only; nothing can fail.
 */
class ComingSoonPage : public QWidget
{
    Q_OBJECT
public:
    explicit ComingSoonPage(QWidget *parent = nullptr);

    /** Already-translated texts; the owner re-sets them on a language change. */
    void setTexts(const QString &title, const QString &plan);
    QString title() const;
    QString plan() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_plan;
    QLabel *m_status;
};

} // namespace wb
