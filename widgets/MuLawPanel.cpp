#include "MuLawPanel.h"

#include "MuLaw.h"
#include "SoftmaxChart.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QScrollArea>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace wb {

namespace {

constexpr int kMu = 255;
// The comparison uses at most this much of a clip: plenty for a stable SNR.
constexpr double kMaxSeconds = 30.0;
constexpr int kBarMaxDb = 60;

double snrDb(double signal, double noise)
{
    if (!(signal > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    if (!(noise > 0.0))
        return std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(signal / noise);
}

} // namespace

QuantizerComparison QuantizerComparison::compute(const std::vector<float> &signal, double gainDb)
{
    const double gain = std::pow(10.0, gainDb / 20.0);
    double energy = 0.0, linearNoise = 0.0, muNoise = 0.0;
    for (float s : signal) {
        const double x = std::clamp(double(s) * gain, -1.0, 1.0);
        const double q = std::clamp(std::floor((x + 1.0) / 2.0 * kMu + 0.5), 0.0, double(kMu));
        const double linear = 2.0 * q / kMu - 1.0;
        const double mu = muLawDecode(muLawEncode(float(x), kMu), kMu);
        energy += x * x;
        linearNoise += (x - linear) * (x - linear);
        muNoise += (x - mu) * (x - mu);
    }
    QuantizerComparison c;
    c.samples = signal.size();
    c.linearSnrDb = snrDb(energy, linearNoise);
    c.muLawSnrDb = snrDb(energy, muNoise);
    return c;
}

MuLawPanel::MuLawPanel(ModelBackend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_curve(new QCustomPlot(this))
    , m_clipLabel(new QLabel(this))
    , m_gainLabel(new QLabel(this))
    , m_gain(new QDoubleSpinBox(this))
    , m_linearLabel(new QLabel(this))
    , m_muLawLabel(new QLabel(this))
    , m_linearBar(new QProgressBar(this))
    , m_muLawBar(new QProgressBar(this))
    , m_explain(new QLabel(this))
{
    // The companding curve, and its 256 levels as dots: even in y, crowded near x = 0.
    styleTeachingPlot(m_curve);
    QVector<double> x(801), y(801), lx(kMu + 1), ly(kMu + 1);
    for (int i = 0; i <= 800; ++i) {
        x[i] = -1.0 + i / 400.0;
        y[i] = std::copysign(std::log1p(kMu * std::fabs(x[i])) / std::log1p(double(kMu)), x[i]);
    }
    for (int q = 0; q <= kMu; ++q) {
        lx[q] = muLawDecode(q, kMu);
        ly[q] = 2.0 * q / kMu - 1.0;
    }
    QCPGraph *identity = m_curve->addGraph();
    identity->setData({-1.0, 1.0}, {-1.0, 1.0});
    identity->setPen(QPen(QColor(150, 150, 150), 1.5, Qt::DashLine));
    QCPGraph *curve = m_curve->addGraph();
    curve->setData(x, y);
    curve->setPen(QPen(QColor(31, 119, 180), 3));
    QCPGraph *levels = m_curve->addGraph();
    levels->setData(lx, ly);
    levels->setLineStyle(QCPGraph::lsNone);
    levels->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(230, 85, 13), 4.0));
    m_curve->xAxis->setRange(-1.05, 1.05);
    m_curve->yAxis->setRange(-1.05, 1.05);
    m_curve->legend->setVisible(true);
    m_curve->legend->setFont(font());
    m_curve->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_curve->setMinimumSize(320, 240);

    m_gain->setRange(-60.0, 0.0);
    m_gain->setDecimals(0);
    m_gain->setSingleStep(6.0);
    m_gain->setSuffix(QStringLiteral(" dB"));
    m_gain->setValue(0.0);
    connect(m_gain, &QDoubleSpinBox::valueChanged, this, &MuLawPanel::recompute);
    m_linearBar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: #8c8c8c; }"));
    m_muLawBar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: #e6550d; }"));
    for (QProgressBar *bar : {m_linearBar, m_muLawBar}) {
        bar->setRange(0, kBarMaxDb);
        bar->setTextVisible(false);
        bar->setMinimumHeight(22);
    }
    for (QLabel *l : {m_linearLabel, m_muLawLabel}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    m_clipLabel->setWordWrap(true);
    m_explain->setWordWrap(true);
    m_explain->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *compare = new QWidget(this);
    auto *grid = new QGridLayout(compare);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_clipLabel, 0, 0, 1, 2);
    grid->addWidget(m_gainLabel, 1, 0);
    grid->addWidget(m_gain, 1, 1);
    grid->addWidget(m_linearLabel, 2, 0, 1, 2);
    grid->addWidget(m_linearBar, 3, 0, 1, 2);
    grid->addWidget(m_muLawLabel, 4, 0, 1, 2);
    grid->addWidget(m_muLawBar, 5, 0, 1, 2);
    grid->addWidget(m_explain, 6, 0, 1, 2);
    grid->setRowStretch(6, 1);
    grid->setColumnStretch(0, 1);

    // On a short screen the explanation scrolls instead of being cut off at the bottom.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(compare);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false); // the tab's own background shows through
    compare->setAutoFillBackground(false);
    auto *row = new QHBoxLayout(this);
    row->addWidget(m_curve, 5);
    row->addWidget(scroll, 4);

    connect(backend, &ModelBackend::finished, this, [this](ModelBackend::JobId id, const QVariant &v) {
        if (!m_job || id != *m_job)
            return;
        m_job.reset();
        const QVariantList l = v.toList();
        QuantizerComparison c;
        c.linearSnrDb = l.value(0).toDouble();
        c.muLawSnrDb = l.value(1).toDouble();
        c.samples = std::size_t(l.value(2).toULongLong());
        m_result = c;
        showResult();
        Q_EMIT comparisonReady();
    });
    auto forget = [this](ModelBackend::JobId id) {
        if (m_job && id == *m_job)
            m_job.reset();
    };
    connect(backend, &ModelBackend::failed, this, forget);
    connect(backend, &ModelBackend::cancelled, this, forget);
    retranslate();
}

MuLawPanel::~MuLawPanel()
{
    if (m_job)
        m_backend->cancel(*m_job);
}

void MuLawPanel::setClip(std::shared_ptr<const AudioBuffer> clip, const QString &name)
{
    m_clip = std::move(clip);
    m_clipName = name;
    m_result.reset();
    recompute();
}

void MuLawPanel::setGainDb(double db)
{
    m_gain->setValue(db);
}

void MuLawPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        recompute();
}

void MuLawPanel::recompute()
{
    if (m_job)
        m_backend->cancel(*m_job);
    m_job.reset();
    m_result.reset();
    showResult();
    // A hidden page waits until it is shown: a new clip in the Audio Lab
    // should not have to share the CPU with a comparison nobody is looking at.
    m_stale = !isVisible();
    if (m_stale || !m_clip || m_clip->isEmpty())
        return;
    const std::shared_ptr<const AudioBuffer> clip = m_clip;
    const double gain = m_gain->value();
    m_job = m_backend->submit(Lane::Analysis, tr("Comparing 8-bit quantizers"), [clip, gain](JobContext &) {
        const std::size_t n = std::min(clip->frames(), std::size_t(kMaxSeconds * clip->sampleRate()));
        const std::vector<float> head(clip->samples().begin(), clip->samples().begin() + std::ptrdiff_t(n));
        const QuantizerComparison c = QuantizerComparison::compute(head, gain);
        return QVariant(QVariantList{c.linearSnrDb, c.muLawSnrDb, qulonglong(c.samples)});
    });
}

void MuLawPanel::showResult()
{
    const QLocale locale;
    if (!m_clip || m_clip->isEmpty())
        m_clipLabel->setText(tr("No clip yet: load one in the Audio Lab."));
    else
        m_clipLabel->setText(tr("On the Audio Lab's clip %1 (%2 s%3):")
                                 .arg(m_clipName)
                                 .arg(locale.toString(m_clip->duration(), 'f', 1))
                                 .arg(m_clip->duration() > kMaxSeconds ? tr(", the first 30 s") : QString()));
    auto show = [&](QLabel *label, QProgressBar *bar, const QString &name, double db) {
        if (!m_result) {
            label->setText(tr("%1: …").arg(name));
            bar->setValue(0);
        } else if (std::isnan(db)) {
            label->setText(tr("%1: silence, no SNR").arg(name));
            bar->setValue(0);
        } else {
            label->setText(tr("%1: SNR %2 dB").arg(name, locale.toString(db, 'f', 1)));
            bar->setValue(int(std::clamp(std::round(db), 0.0, double(kBarMaxDb))));
        }
    };
    show(m_linearLabel, m_linearBar, tr("8-bit linear"), m_result ? m_result->linearSnrDb : 0.0);
    show(m_muLawLabel, m_muLawBar, tr("8-bit mu-law"), m_result ? m_result->muLawSnrDb : 0.0);
}

void MuLawPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MuLawPanel::retranslate()
{
    m_curve->xAxis->setLabel(tr("input amplitude x"));
    m_curve->yAxis->setLabel(tr("companded F(x)"));
    m_curve->graph(0)->setName(tr("linear (no companding)"));
    m_curve->graph(1)->setName(tr("mu-law, mu = 255"));
    m_curve->graph(2)->setName(tr("the 256 levels"));
    m_curve->replot(QCustomPlot::rpQueuedReplot);
    m_gainLabel->setText(tr("Make the clip quieter by:"));
    m_gain->setToolTip(tr("Scales the clip before quantizing. Linear SNR falls about 1 dB per dB; mu-law's holds steady until the clip is very quiet."));
    m_explain->setText(tr("WaveNet predicts one of 256 levels per sample. Linear 8-bit levels are evenly spaced, "
                          "so quiet sounds fall on only a few of them. Mu-law companding spends its levels where "
                          "speech spends its time, near zero: the error shrinks with the signal, so quiet "
                          "sounds keep a good SNR. Lower the gain to see it."));
    showResult();
}

} // namespace wb
