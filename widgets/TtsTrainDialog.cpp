#include "TtsTrainDialog.h"

#include "MessageStrip.h"

#include <qcustomplot.h>

#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace wb {

TtsTrainDialog::TtsTrainDialog(ModelBackend *backend, QWidget *parent)
    : QDialog(parent), m_backend(backend),
      m_work(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
{
    setModal(false);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_corpusLabel = new QLabel(this);
    m_corpus = new QLineEdit(this);
    m_browse = new QPushButton(this);
    m_practice = new QPushButton(this);
    m_sentences = new QSpinBox(this);
    m_sentences->setRange(10, 3000);
    m_sentences->setValue(150);
    m_modelLabel = new QLabel(this);
    m_model = new QComboBox(this);
    m_model->addItems({QStringLiteral("FastSpeech 2"), QStringLiteral("Tacotron 2")});
    m_sizeLabel = new QLabel(this);
    m_size = new QComboBox(this);
    m_size->addItems({QString(), QString()});
    m_stepsLabel = new QLabel(this);
    m_steps = new QSpinBox(this);
    m_steps->setRange(5, 100000);
    m_steps->setValue(300);
    m_train = new QPushButton(this);
    m_train->setDefault(true);
    m_cancel = new QPushButton(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_message = new MessageStrip(this);
    m_use = new QPushButton(this);
    m_save = new QPushButton(this);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(520, 260);
    m_plot->addGraph();
    m_plot->graph(0)->setPen(QPen(QColor(31, 119, 180), 1.5));
    m_plot->addGraph();
    m_plot->graph(1)->setPen(QPen(QColor(230, 110, 20), 2.0));
    m_plot->graph(1)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_timer = new QTimer(this);
    m_timer->setInterval(200);

    auto *corpusRow = new QHBoxLayout;
    corpusRow->addWidget(m_corpus, 1);
    corpusRow->addWidget(m_browse);
    auto *practiceRow = new QHBoxLayout;
    practiceRow->addWidget(m_practice);
    practiceRow->addWidget(m_sentences);
    practiceRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(m_corpusLabel, corpusRow);
    form->addRow(QString(), practiceRow);
    form->addRow(m_modelLabel, m_model);
    form->addRow(m_sizeLabel, m_size);
    form->addRow(m_stepsLabel, m_steps);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_train);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    auto *doneRow = new QHBoxLayout;
    doneRow->addWidget(m_status, 1);
    doneRow->addWidget(m_use);
    doneRow->addWidget(m_save);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_intro);
    column->addLayout(form);
    column->addLayout(runRow);
    column->addWidget(m_message);
    column->addWidget(m_plot, 1);
    column->addLayout(doneRow);

    connect(m_browse, &QPushButton::clicked, this, &TtsTrainDialog::chooseCorpus);
    connect(m_practice, &QPushButton::clicked, this, &TtsTrainDialog::makePracticeCorpus);
    connect(m_train, &QPushButton::clicked, this, &TtsTrainDialog::train);
    connect(m_cancel, &QPushButton::clicked, this, &TtsTrainDialog::cancel);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (!m_trained.isEmpty())
            Q_EMIT modelReady(m_trained);
    });
    connect(m_save, &QPushButton::clicked, this, &TtsTrainDialog::saveAs);
    connect(m_corpus, &QLineEdit::textChanged, this, &TtsTrainDialog::updateButtons);
    connect(m_size, &QComboBox::currentIndexChanged, this, [this](int size) {
        m_steps->setValue(size == 0 ? 300 : 3000);
    });
    connect(m_timer, &QTimer::timeout, this, &TtsTrainDialog::poll);
    connect(m_backend, &ModelBackend::finished, this, &TtsTrainDialog::onFinished);
    connect(m_backend, &ModelBackend::failed, this, &TtsTrainDialog::onFailed);
    connect(m_backend, &ModelBackend::cancelled, this, &TtsTrainDialog::onCancelled);
    connect(m_backend, &ModelBackend::progress, this, [this](ModelBackend::JobId id, double f) {
        if (m_job && id == *m_job)
            m_progress->setValue(int(f * 1000.0));
    });
    retranslate();
    updateButtons();
    resize(760, 620);
}

TtsTrainDialog::~TtsTrainDialog()
{
    if (m_job)
        m_backend->cancel(*m_job);
}

void TtsTrainDialog::setWorkFolder(const QString &dir)
{
    m_work = dir;
}

void TtsTrainDialog::setCorpus(const QString &dir)
{
    m_corpus->setText(dir);
}

int TtsTrainDialog::lossPoints() const
{
    return m_plot->graph(0)->dataCount();
}

int TtsTrainDialog::validationPoints() const
{
    return m_plot->graph(1)->dataCount();
}

QString TtsTrainDialog::message() const
{
    return m_message->message();
}

void TtsTrainDialog::makePracticeCorpus()
{
    if (m_job)
        return;
    // A new folder each time: the corpus builder wants a new or empty one.
    const QString dir = QDir(m_work).filePath(
        QStringLiteral("practice-corpus-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (!QDir().mkpath(m_work)) {
        m_message->showMessage(tr("Cannot create %1.").arg(m_work.toHtmlEscaped()), MessageStrip::Kind::Error);
        return;
    }
    m_message->clearMessage();
    m_training = false;
    m_status->setText(tr("flite's slt voice is reading %n sentence(s)…", nullptr, m_sentences->value()));
    m_job = m_backend->submit(Lane::Analysis, tr("Making a practice corpus"),
                              ttstrain::practiceCorpus(dir, m_sentences->value()));
    updateButtons();
}

void TtsTrainDialog::train()
{
    if (m_job)
        return;
    const QString corpus = m_corpus->text().trimmed();
    if (!QFileInfo::exists(QDir(corpus).filePath(QStringLiteral("metadata.csv")))) {
        m_message->showMessage(tr("<b>No corpus there.</b> Pick a folder made by <code>wavebench corpus "
                                  "build</code>, or make a practice corpus first."),
                               MessageStrip::Kind::Error);
        return;
    }
    if (!QDir().mkpath(m_work)) {
        m_message->showMessage(tr("Cannot create %1.").arg(m_work.toHtmlEscaped()), MessageStrip::Kind::Error);
        return;
    }
    ttstrain::TtsTrainRequest r;
    r.corpus = corpus;
    r.kind = m_model->currentIndex() == 1 ? ttstrain::Kind::Tacotron2 : ttstrain::Kind::FastSpeech2;
    r.tiny = m_size->currentIndex() == 0;
    r.steps = m_steps->value();
    r.output = QDir(m_work).filePath(QStringLiteral("%1-%2.safetensors")
                                         .arg(r.kind == ttstrain::Kind::Tacotron2 ? QStringLiteral("tacotron2")
                                                                                  : QStringLiteral("fastspeech2"),
                                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    m_output = r.output;
    m_feed = std::make_shared<ttstrain::TtsTrainFeed>();
    m_plot->graph(0)->data()->clear();
    m_plot->graph(1)->data()->clear();
    m_plot->xAxis->setRange(0, r.steps);
    m_plot->yAxis->setRange(0, 1);
    m_plot->replot();
    m_message->clearMessage();
    m_training = true;
    m_status->setText(tr("Reading the corpus and computing its features…"));
    m_job = m_backend->submit(Lane::Model, tr("Training %1").arg(m_model->currentText()), ttstrain::train(r, m_feed));
    m_timer->start();
    updateButtons();
}

void TtsTrainDialog::cancel()
{
    if (m_job)
        m_backend->cancel(*m_job);
}

void TtsTrainDialog::poll()
{
    if (!m_feed)
        return;
    std::vector<QPointF> loss, validation;
    int utterances = 0;
    {
        QMutexLocker lock(&m_feed->mutex);
        loss.swap(m_feed->loss);
        validation.swap(m_feed->validation);
        utterances = m_feed->utterances;
    }
    if (loss.empty() && validation.empty())
        return;
    double top = m_plot->yAxis->range().upper;
    for (const QPointF &p : loss) {
        m_plot->graph(0)->addData(p.x(), p.y());
        top = std::max(top, p.y() * 1.1);
    }
    for (const QPointF &p : validation)
        m_plot->graph(1)->addData(p.x(), p.y());
    m_plot->yAxis->setRange(0, top);
    m_plot->replot();
    const QPointF last = loss.empty() ? QPointF() : loss.back();
    if (!loss.empty())
        m_status->setText(tr("Step %1 of %2 on %3 utterances: mel loss %4")
                              .arg(int(last.x()))
                              .arg(m_steps->value())
                              .arg(utterances)
                              .arg(last.y(), 0, 'f', 3));
}

void TtsTrainDialog::onFinished(ModelBackend::JobId id, const QVariant &result)
{
    if (!m_job || id != *m_job)
        return;
    const bool training = m_training;
    endJob();
    if (!training) {
        setCorpus(result.toString());
        m_status->setText(tr("Practice corpus ready: %1. Now press Train.").arg(QDir::toNativeSeparators(result.toString())));
        return;
    }
    poll();
    m_trained = result.toString();
    m_status->setText(tr("Trained: %1. Press “Use this model” to hear it in the tab.")
                          .arg(QFileInfo(m_trained).fileName()));
    Q_EMIT statusMessage(tr("Text-to-speech model trained: %1").arg(QDir::toNativeSeparators(m_trained)));
    updateButtons();
}

void TtsTrainDialog::onFailed(ModelBackend::JobId id, const QString &message)
{
    if (!m_job || id != *m_job)
        return;
    endJob();
    m_message->showMessage(tr("<b>That did not work.</b> %1").arg(message.toHtmlEscaped()), MessageStrip::Kind::Error);
    m_status->clear();
}

void TtsTrainDialog::onCancelled(ModelBackend::JobId id)
{
    if (!m_job || id != *m_job)
        return;
    endJob();
    m_status->setText(tr("Cancelled: nothing was written."));
}

void TtsTrainDialog::endJob()
{
    m_job.reset();
    m_timer->stop();
    m_progress->setValue(0);
    updateButtons();
}

void TtsTrainDialog::chooseCorpus()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Corpus Folder"), m_corpus->text());
    if (!dir.isEmpty())
        setCorpus(dir);
}

void TtsTrainDialog::saveAs()
{
    if (m_trained.isEmpty())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Trained Model"), QFileInfo(m_trained).fileName(),
                                                tr("Safetensors checkpoints (*.safetensors)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".safetensors");
    QFile::remove(path);
    if (!QFile::copy(m_trained, path))
        m_message->showMessage(tr("Cannot write %1.").arg(path.toHtmlEscaped()), MessageStrip::Kind::Error);
    else
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void TtsTrainDialog::updateButtons()
{
    const bool busy = m_job.has_value();
    m_train->setEnabled(!busy && !m_corpus->text().trimmed().isEmpty());
    m_practice->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_use->setEnabled(!busy && !m_trained.isEmpty());
    m_save->setEnabled(!busy && !m_trained.isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_corpus, m_browse, m_model, m_size, m_steps, m_sentences})
        w->setEnabled(!busy);
}

void TtsTrainDialog::closeEvent(QCloseEvent *event)
{
    cancel(); // closing the window stops its job
    QDialog::closeEvent(event);
}

void TtsTrainDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TtsTrainDialog::retranslate()
{
    setWindowTitle(tr("Train a Text-to-Speech Model"));
    m_intro->setText(tr("Train an acoustic model on a speech corpus and watch its loss fall. A tiny model "
                        "learns to babble in a few minutes on a laptop; the shipped size needs an hour or "
                        "more (README.md). The blue line is the mel loss (L1 on the normalized log-mel) on "
                        "the batch of every step, the orange dots the same loss on sentences held out of "
                        "training: when they part, the model is memorizing."));
    m_corpusLabel->setText(tr("&Corpus:"));
    m_corpusLabel->setBuddy(m_corpus);
    m_corpus->setPlaceholderText(tr("A folder made by wavebench corpus build"));
    m_browse->setText(tr("Browse…"));
    m_practice->setText(tr("Make a practice corpus"));
    m_practice->setToolTip(tr("flite's slt voice reads this many sentences into a new corpus folder"));
    m_sentences->setSuffix(tr(" sentences"));
    m_modelLabel->setText(tr("&Model:"));
    m_modelLabel->setBuddy(m_model);
    m_sizeLabel->setText(tr("&Size:"));
    m_sizeLabel->setBuddy(m_size);
    m_size->setItemText(0, tr("Tiny (for a live demo)"));
    m_size->setItemText(1, tr("As shipped"));
    m_stepsLabel->setText(tr("S&teps:"));
    m_stepsLabel->setBuddy(m_steps);
    m_train->setText(tr("Train"));
    m_cancel->setText(tr("Cancel"));
    m_use->setText(tr("Use this model"));
    m_save->setText(tr("Save as…"));
    m_plot->graph(0)->setName(tr("training mel loss"));
    m_plot->graph(1)->setName(tr("held-out mel loss"));
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->yAxis->setLabel(tr("loss"));
    m_plot->replot();
}

} // namespace wb
