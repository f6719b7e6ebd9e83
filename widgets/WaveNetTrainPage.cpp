#include "WaveNetTrainPage.h"

#include "LossChart.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace wb {

WaveNetTrainPage::WaveNetTrainPage(ModelBackend *backend, ConfigSource config, ModelSource model, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_config(std::move(config))
    , m_model(std::move(model))
    , m_stepsLabel(new QLabel(this))
    , m_seedLabel(new QLabel(this))
    , m_rateLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_explain(new QLabel(this))
    , m_steps(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_continue(new QCheckBox(this))
    , m_trainButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_chart(new LossChart(this))
    , m_poll(new QTimer(this))
{
    m_steps->setRange(1, 100000);
    m_steps->setValue(200);
    m_steps->setSingleStep(50);
    m_steps->setGroupSeparatorShown(true);
    m_seed->setRange(0, 999999);
    m_seed->setValue(1);
    m_rate->setRange(0.00001, 0.1);
    m_rate->setDecimals(5);
    m_rate->setSingleStep(0.0005);
    m_rate->setValue(0.001);
    m_continue->setChecked(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(14);
    m_status->setWordWrap(true);
    m_explain->setWordWrap(true);
    m_explain->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *controls = new QWidget(this);
    auto *c = new QGridLayout(controls);
    c->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    c->addWidget(m_stepsLabel, row, 0);
    c->addWidget(m_steps, row++, 1);
    c->addWidget(m_seedLabel, row, 0);
    c->addWidget(m_seed, row++, 1);
    c->addWidget(m_rateLabel, row, 0);
    c->addWidget(m_rate, row++, 1);
    c->addWidget(m_continue, row++, 0, 1, 2);
    c->addWidget(m_trainButton, row, 0);
    c->addWidget(m_cancelButton, row++, 1);
    c->addWidget(m_progress, row++, 0, 1, 2);
    c->addWidget(m_status, row++, 0, 1, 2);
    c->setRowStretch(row, 1);
    controls->setMaximumWidth(420);

    auto *chart = new QVBoxLayout;
    chart->addWidget(m_chart, 1);
    chart->addWidget(m_explain);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(controls);
    layout->addLayout(chart, 1);

    connect(m_trainButton, &QPushButton::clicked, this, &WaveNetTrainPage::train);
    connect(m_cancelButton, &QPushButton::clicked, this, &WaveNetTrainPage::cancel);
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &WaveNetTrainPage::poll);
    connect(backend, &ModelBackend::finished, this, [this](ModelBackend::JobId id) {
        if (!m_job || id != *m_job)
            return;
        poll();
        wavenetjobs::Weights result;
        {
            QMutexLocker lock(&m_feed->mutex);
            result = m_feed->result;
        }
        endJob();
        const QPointF last = m_chart->lastPoint();
        m_status->setText(tr("Trained %1 steps; last loss %2.")
                              .arg(QLocale().toString(int(last.x())), QLocale().toString(last.y(), 'f', 3)));
        if (result)
            Q_EMIT trained(result);
    });
    connect(backend, &ModelBackend::failed, this, [this](ModelBackend::JobId id, const QString &message) {
        if (!m_job || id != *m_job)
            return;
        endJob();
        m_status->setText(tr("Training failed."));
        Q_EMIT errorOccurred(tr("Training failed"), message);
    });
    connect(backend, &ModelBackend::cancelled, this, [this](ModelBackend::JobId id) {
        if (!m_job || id != *m_job)
            return;
        poll();
        endJob();
        m_status->setText(tr("Training cancelled; the model in use is unchanged."));
        Q_EMIT statusMessage(m_status->text());
    });
    retranslate();
    updateButtons();
}

WaveNetTrainPage::~WaveNetTrainPage()
{
    if (m_job)
        m_backend->cancel(*m_job);
}

void WaveNetTrainPage::setClip(std::shared_ptr<const AudioBuffer> clip)
{
    m_clip = std::move(clip);
    updateButtons();
}

void WaveNetTrainPage::setOtherBusy(bool busy)
{
    m_otherBusy = busy;
    updateButtons();
}

void WaveNetTrainPage::train()
{
    if (m_job)
        return;
    if (!m_clip || m_clip->isEmpty()) {
        Q_EMIT errorOccurred(tr("Cannot train"), tr("There is no clip to train on: load one in the Audio Lab."));
        return;
    }
    const WaveNetConfig config = m_config();
    WaveNetTrainOptions options;
    options.steps = m_steps->value();
    options.seed = std::uint64_t(m_seed->value());
    options.learningRate = m_rate->value();
    options.targetLength = m_targetLength;
    wavenetjobs::Weights initial;
    if (m_continue->isChecked()) {
        const wavenetjobs::Weights current = m_model();
        if (current && current->config() == config)
            initial = current;
    }
    m_feed = std::make_shared<wavenetjobs::TrainFeed>();
    m_planned = options.steps;
    m_chart->reset(config.levels, options.steps);
    m_job = m_backend->submit(Lane::Model, tr("Training WaveNet"),
                              wavenetjobs::train(config, options, initial, m_clip, m_feed));
    m_status->setText(initial ? tr("Continuing from the weights in use…") : tr("Training from fresh weights…"));
    m_progress->setValue(0);
    m_poll->start();
    updateButtons();
    Q_EMIT busyChanged(true);
}

void WaveNetTrainPage::cancel()
{
    if (m_job)
        m_backend->cancel(*m_job);
}

void WaveNetTrainPage::poll()
{
    if (!m_feed)
        return;
    std::vector<QPointF> points;
    std::string device;
    {
        QMutexLocker lock(&m_feed->mutex);
        points.swap(m_feed->pending);
        device = m_feed->device;
    }
    if (points.empty())
        return;
    m_chart->addPoints(points);
    const QPointF last = points.back();
    m_progress->setValue(int(1000.0 * last.x() / std::max(1, m_planned)));
    m_status->setText(tr("Step %1 of %2 on %3: loss %4")
                          .arg(QLocale().toString(int(last.x())), QLocale().toString(m_planned),
                               QString::fromStdString(device), QLocale().toString(last.y(), 'f', 3)));
    Q_EMIT lossPoints(int(points.size()));
}

void WaveNetTrainPage::endJob()
{
    m_poll->stop();
    m_job.reset();
    updateButtons();
    Q_EMIT busyChanged(false);
}

void WaveNetTrainPage::updateButtons()
{
    m_trainButton->setEnabled(!m_job && !m_otherBusy);
    m_cancelButton->setEnabled(m_job.has_value());
}

void WaveNetTrainPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WaveNetTrainPage::retranslate()
{
    m_stepsLabel->setText(tr("Steps:"));
    m_seedLabel->setText(tr("Seed:"));
    m_rateLabel->setText(tr("Learning rate:"));
    m_continue->setText(tr("Continue from the weights in use"));
    m_continue->setToolTip(tr("Only when the configuration above matches the model in use; otherwise training "
                              "starts from fresh random weights"));
    m_trainButton->setText(tr("Train on the clip"));
    m_cancelButton->setText(tr("Cancel"));
    m_explain->setText(tr("Each step shows the network random crops of the Audio Lab's clip, and Adam nudges the "
                          "weights to predict each next level better. A uniform guess scores ln(levels)."));
    if (!m_job && m_status->text().isEmpty())
        m_status->setText(tr("Ready."));
}

} // namespace wb
