#pragma once
#include <QStringList>
#include <QWidget>

#include <vector>

namespace wb {

/**
 * One horizontal bar per class with its name and probability, the most
 * probable one highlighted: how sure a classifier is, at a glance. Painted
 * directly (a dozen labelled bars need no chart library). GUI thread only;
 * never fails (mismatched sizes draw what matches).
 */
class ProbabilityBars : public QWidget
{
    Q_OBJECT
public:
    explicit ProbabilityBars(QWidget *parent = nullptr);

    void setClasses(const QStringList &names);
    /** One probability per class; an empty vector clears the bars. */
    void setProbabilities(const std::vector<float> &probabilities);
    void clear() { setProbabilities({}); }

    QStringList classes() const { return m_names; }
    const std::vector<float> &probabilities() const { return m_probabilities; }
    /** The highlighted class, -1 when none. */
    int topClass() const;
    int updates() const { return m_updates; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_names;
    std::vector<float> m_probabilities;
    int m_updates = 0;
};

} // namespace wb
