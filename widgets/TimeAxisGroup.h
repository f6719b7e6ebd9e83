#pragma once
#include <QList>
#include <QObject>
#include <QPointer>

class QCPRange;
class QCustomPlot;

namespace wb {

/**
 * Keeps the time (bottom) axes of several plots on one range: zoom or pan
 * one and the others follow. GUI thread only; never fails.
 */
class TimeAxisGroup : public QObject
{
    Q_OBJECT
public:
    explicit TimeAxisGroup(QObject *parent = nullptr);

    void addPlot(QCustomPlot *plot);

private:
    void propagate(QCustomPlot *source, const QCPRange &range);

    QList<QPointer<QCustomPlot>> m_plots;
    bool m_propagating = false;
};

} // namespace wb
