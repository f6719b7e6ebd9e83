#pragma once
#include "qcustomplot.h"

#include <QStringList>

#include <utility>
#include <vector>

namespace wb {

/**
 * The Voice Cloning tab's embedding map: every utterance of the map's
 * corpus as a small dot at its first two principal components, one colour
 * per speaker (hollow for voices the encoder never trained on), the
 * reference voice as a big star, and the clone's output as a big cross,
 * with a legend. GUI thread only; never fails.
 */
class SpeakerMapView : public QCustomPlot
{
    Q_OBJECT
public:
    explicit SpeakerMapView(QWidget *parent = nullptr);

    /** points[u] belongs to speakers[speakerOf[u]]; explained is the share of variance kept (0-1). */
    void setMap(const QStringList &speakers, const std::vector<bool> &heldOut,
                const std::vector<std::pair<double, double>> &points, const std::vector<int> &speakerOf,
                double explained);
    void clearMap();
    void setReference(double x, double y);
    void clearReference();
    void setClone(double x, double y);
    void clearClone();

    bool hasMap() const { return !m_speakers.isEmpty(); }
    bool hasReference() const { return m_hasReference; }
    bool hasClone() const { return m_hasClone; }
    int speakerCount() const { return int(m_speakers.size()); }
    /** The colour speaker s is drawn in (the similarity table uses the same). */
    static QColor speakerColor(int s);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rescale();
    void retranslate();

    QStringList m_speakers;
    double m_explained = 0.0;
    QCPGraph *m_reference = nullptr;
    QCPGraph *m_clone = nullptr;
    /// With many voices the legend names kinds, not voices: these two carry the keys.
    QCPGraph *m_heardKey = nullptr, *m_unseenKey = nullptr;
    int m_heardCount = 0, m_unseenCount = 0;
    QCPItemText *m_empty = nullptr;
    bool m_hasReference = false, m_hasClone = false;
};

} // namespace wb
