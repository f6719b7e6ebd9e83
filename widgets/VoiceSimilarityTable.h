#pragma once
#include "SpeakerMap.h"

#include <QTableWidget>

#include <vector>

namespace wb {

/**
 * Cosine similarity of a voice to every known voice (each speaker's mean
 * embedding), highest first, with a bar per row; the nearest voice is in
 * bold on a highlighted row, and voices the encoder never trained on are
 * marked. GUI thread only; never fails.
 */
class VoiceSimilarityTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit VoiceSimilarityTable(QWidget *parent = nullptr);

    /** scores as SpeakerMap::nearest() returns them (sorted); colorOf gives each speaker's map colour. */
    void setScores(const std::vector<SpeakerScore> &scores);
    void clearScores();
    const std::vector<SpeakerScore> &scores() const { return m_scores; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::vector<SpeakerScore> m_scores;
};

} // namespace wb
