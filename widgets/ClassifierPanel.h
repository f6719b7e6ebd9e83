#pragma once
#include <QWidget>

class QTabWidget;

namespace wb {

class KeywordModelPage;
class ModelBackend;
class TrainClassifierPage;

/**
 * The Classifier page of the Call Center tab, in two modes: the shipped
 * keyword-spotting model (classify a file or live input, its held-out
 * accuracy), and "Train your own" classifier from recorded examples. Only
 * hosts the two; each reports its own problems. GUI thread only.
 */
class ClassifierPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClassifierPanel(ModelBackend *backend, QWidget *parent = nullptr);

    KeywordModelPage *keywordPage() const { return m_keywords; }
    TrainClassifierPage *trainPage() const { return m_train; }
    QTabWidget *modes() const { return m_modes; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_modes;
    KeywordModelPage *m_keywords;
    TrainClassifierPage *m_train;
};

} // namespace wb
