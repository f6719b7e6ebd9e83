#pragma once
#include "WaveNetJobs.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;

namespace wb {

/**
 * The scoreboard of the naive-vs-cached race: per racer a bar towards its
 * sample budget and "N samples in T s: R samples/s", then the verdict (how
 * many times faster caching is, and whether both drew the same samples).
 * It only displays a RaceFeed that a job fills. GUI thread only; never fails.
 */
class WaveNetRaceBoard : public QWidget
{
    Q_OBJECT
public:
    explicit WaveNetRaceBoard(QWidget *parent = nullptr);

    /** A new race against these budgets; null feed: no race yet. */
    void start(std::shared_ptr<const wavenetjobs::RaceFeed> feed, const wavenetjobs::RaceLimits &limits);
    /** Re-reads the feed's counters. */
    void refresh();

    double naiveRate() const { return m_naiveRate; }
    double fastRate() const { return m_fastRate; }
    /** Samples both racers have generated so far. */
    std::int64_t samplesDone() const;
    QString naiveText() const;
    QString fastText() const;
    QString verdict() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_naiveName, *m_fastName, *m_naiveText, *m_fastText, *m_verdict;
    QProgressBar *m_naiveBar, *m_fastBar;
    std::shared_ptr<const wavenetjobs::RaceFeed> m_feed;
    double m_naiveRate = 0.0, m_fastRate = 0.0;
};

} // namespace wb
