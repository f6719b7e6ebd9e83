#include "WaveNetRaceBoard.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace wb {

namespace {

double perSecond(std::int64_t samples, std::int64_t ns)
{
    return ns > 0 ? double(samples) * 1e9 / double(ns) : 0.0;
}

} // namespace

WaveNetRaceBoard::WaveNetRaceBoard(QWidget *parent)
    : QWidget(parent)
    , m_naiveName(new QLabel(this))
    , m_fastName(new QLabel(this))
    , m_naiveText(new QLabel(this))
    , m_fastText(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_naiveBar(new QProgressBar(this))
    , m_fastBar(new QProgressBar(this))
{
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_naiveBar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: #8c8c8c; }"));
    m_fastBar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: #e6550d; }"));
    for (QProgressBar *bar : {m_naiveBar, m_fastBar}) {
        bar->setTextVisible(false);
        bar->setMaximumHeight(18);
        bar->setValue(0);
    }
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_naiveName, 0, 0);
    grid->addWidget(m_naiveBar, 0, 1);
    grid->addWidget(m_naiveText, 0, 2);
    grid->addWidget(m_fastName, 1, 0);
    grid->addWidget(m_fastBar, 1, 1);
    grid->addWidget(m_fastText, 1, 2);
    grid->addWidget(m_verdict, 2, 0, 1, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 3);
    grid->setVerticalSpacing(2);
    retranslate();
}

void WaveNetRaceBoard::start(std::shared_ptr<const wavenetjobs::RaceFeed> feed, const wavenetjobs::RaceLimits &limits)
{
    m_feed = std::move(feed);
    m_naiveBar->setRange(0, int(limits.naiveSamples));
    m_fastBar->setRange(0, int(limits.fastSamples));
    refresh();
}

std::int64_t WaveNetRaceBoard::samplesDone() const
{
    return m_feed ? m_feed->naiveSamples.load() + m_feed->fastSamples.load() : 0;
}

void WaveNetRaceBoard::refresh()
{
    const QLocale locale;
    const auto *f = m_feed.get();
    const std::int64_t naive = f ? f->naiveSamples.load() : 0, fast = f ? f->fastSamples.load() : 0;
    const std::int64_t naiveNs = f ? f->naiveNanoseconds.load() : 0, fastNs = f ? f->fastNanoseconds.load() : 0;
    m_naiveRate = perSecond(naive, naiveNs);
    m_fastRate = perSecond(fast, fastNs);
    m_naiveBar->setValue(int(naive));
    m_fastBar->setValue(int(fast));
    auto text = [&](std::int64_t n, std::int64_t ns, double rate, bool waiting) {
        if (waiting)
            return tr("waiting…");
        return tr("%1 samples in %2 s: %3 samples/s")
            .arg(locale.toString(qint64(n)), locale.toString(double(ns) / 1e9, 'f', 2),
                 locale.toString(rate, 'f', 0));
    };
    const int phase = f ? f->phase.load() : 0;
    m_naiveText->setText(f ? text(naive, naiveNs, m_naiveRate, phase < 1) : QString());
    m_fastText->setText(f ? text(fast, fastNs, m_fastRate, phase < 2) : QString());
    if (!f) {
        m_verdict->setText(tr("Race: the same model and seed, generated twice."));
    } else if (phase == 3 && m_naiveRate > 0.0) {
        const QString speed = locale.toString(m_fastRate / m_naiveRate, 'f', 0);
        m_verdict->setText(f->sameSamples == 1 ? tr("Caching is %1× faster, and both drew exactly the same samples.")
                                                     .arg(speed)
                                               : tr("Caching is %1× faster.").arg(speed));
    } else {
        m_verdict->setText(tr("Racing…"));
    }
}

QString WaveNetRaceBoard::naiveText() const
{
    return m_naiveText->text();
}

QString WaveNetRaceBoard::fastText() const
{
    return m_fastText->text();
}

QString WaveNetRaceBoard::verdict() const
{
    return m_verdict->text();
}

void WaveNetRaceBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WaveNetRaceBoard::retranslate()
{
    m_naiveName->setText(tr("Naive"));
    m_naiveName->setToolTip(tr("Re-runs the whole network over the last receptive field for every sample"));
    m_fastName->setText(tr("Cached"));
    m_fastName->setToolTip(tr("Keeps each layer's past inputs in a queue and computes only the newest column"));
    refresh();
}

} // namespace wb
