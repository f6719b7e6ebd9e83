#include "TrainClassifierPage.h"

#include "ConfusionMatrixView.h"
#include "LiveListener.h"
#include "MessageStrip.h"
#include "ProbabilityBars.h"
#include "RecordController.h"
#include "TrainingCurves.h"

#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace wb {

TrainClassifierPage::TrainClassifierPage(ModelBackend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_messages(new MessageStrip(this))
    , m_intro(new QLabel(this))
    , m_classesTitle(new QLabel(this))
    , m_status(new QLabel(this))
    , m_recordState(new QLabel(this))
    , m_heard(new QLabel(this))
    , m_evalTitle(new QLabel(this))
    , m_classes(new QListWidget(this))
    , m_addClass(new QPushButton(this))
    , m_rename(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_record(new QPushButton(this))
    , m_files(new QPushButton(this))
    , m_train(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_listen(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_level(new QProgressBar(this))
    , m_curves(new TrainingCurves(this))
    , m_matrix(new ConfusionMatrixView(this))
    , m_bars(new ProbabilityBars(this))
    , m_recorder(new RecordController(this))
    , m_listener(new LiveListener(this))
    , m_poll(new QTimer(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("TrainClassifierPage"));
    m_options.maxEpochs = 30;
    m_options.patience = 6;
    m_options.batchSize = 16;
    buildLayout();
    connectBackend();
    m_listener->setWindow(m_project.features.seconds, m_project.features.sampleRate);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &TrainClassifierPage::pollTraining);
    connect(m_countdown, &QTimer::timeout, this, &TrainClassifierPage::countdownTick);
    connect(m_addClass, &QPushButton::clicked, this, [this] { setCurrentClass(addClass()); });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const int i = currentClass();
        if (i < 0)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename class"), tr("Class name:"), QLineEdit::Normal,
                                                   m_project.classes[std::size_t(i)].name, &ok);
        if (ok)
            renameClass(i, name);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeClass(currentClass()); });
    connect(m_record, &QPushButton::clicked, this, &TrainClassifierPage::recordExample);
    connect(m_files, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Add example files"), QString(), tr("Audio files (*.wav *.flac *.ogg *.aiff *.aif *.mp3);;All files (*)"));
        if (!paths.isEmpty())
            addFiles(currentClass(), paths);
    });
    connect(m_train, &QPushButton::clicked, this, &TrainClassifierPage::train);
    connect(m_cancel, &QPushButton::clicked, this, &TrainClassifierPage::cancel);
    connect(m_listen, &QPushButton::toggled, this, &TrainClassifierPage::setListening);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a classifier project"));
        if (!dir.isEmpty())
            openProject(dir);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getSaveFileName(this, tr("Save the project as a folder"), m_projectDir);
        if (!dir.isEmpty())
            saveProject(dir);
    });
    connect(m_classes, &QListWidget::currentRowChanged, this, &TrainClassifierPage::updateButtons);
    connect(m_recorder, &RecordController::levelChanged, this,
            [this](double peak, double) { m_level->setValue(int(std::min(1.0, peak) * 100.0)); });
    connect(m_recorder, &RecordController::finished, this, &TrainClassifierPage::onRecorded);
    connect(m_recorder, &RecordController::error, this,
            [this](const QString &message) { showError(tr("Recording failed."), message); });
    connect(m_recorder, &RecordController::recordingChanged, this, &TrainClassifierPage::updateButtons);
    connect(m_listener, &LiveListener::listeningChanged, this, [this](bool on) {
        const QSignalBlocker block(m_listen);
        m_listen->setChecked(on);
        retranslate();
        updateButtons();
    });
    connect(m_listener, &LiveListener::window, this, &TrainClassifierPage::onWindow);
    connect(m_listener, &LiveListener::error, this,
            [this](const QString &message) { showError(tr("Listening stopped."), message); });

    // A new project starts with two classes, ready for examples.
    addClass(tr("Class 1"));
    addClass(tr("Class 2"));
    setCurrentClass(0);
    retranslate();
}

TrainClassifierPage::~TrainClassifierPage()
{
    m_listener->stop();
    if (m_trainJob)
        m_backend->cancel(*m_trainJob);
}

void TrainClassifierPage::buildLayout()
{
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_evalTitle->setWordWrap(true);
    m_recordState->setWordWrap(true);
    m_listen->setCheckable(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(12);
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_level->setMaximumHeight(10);
    QFont big = m_heard->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_heard->setFont(big);
    m_classes->setMinimumWidth(180);

    auto *classButtons = new QGridLayout;
    classButtons->addWidget(m_addClass, 0, 0);
    classButtons->addWidget(m_rename, 0, 1);
    classButtons->addWidget(m_remove, 0, 2);
    classButtons->addWidget(m_record, 1, 0, 1, 2);
    classButtons->addWidget(m_files, 1, 2);
    auto *project = new QHBoxLayout;
    project->addWidget(m_open);
    project->addWidget(m_save);
    auto *left = new QVBoxLayout;
    left->addWidget(m_classesTitle);
    left->addWidget(m_classes, 1);
    left->addLayout(classButtons);
    left->addWidget(m_level);
    left->addWidget(m_recordState);
    left->addLayout(project);

    auto *trainRow = new QHBoxLayout;
    trainRow->addWidget(m_train);
    trainRow->addWidget(m_cancel);
    trainRow->addWidget(m_progress, 1);
    auto *middle = new QVBoxLayout;
    middle->addLayout(trainRow);
    middle->addWidget(m_status);
    middle->addWidget(m_curves, 1);

    auto *right = new QVBoxLayout;
    right->addWidget(m_evalTitle);
    right->addWidget(m_matrix, 3);
    right->addWidget(m_listen);
    right->addWidget(m_heard);
    right->addWidget(m_bars, 2);

    auto *row = new QHBoxLayout;
    row->addLayout(left, 2);
    row->addLayout(middle, 3);
    row->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_intro);
    layout->addLayout(row, 1);
}

void TrainClassifierPage::connectBackend()
{
    connect(m_backend, &ModelBackend::finished, this, [this](ModelBackend::JobId id, const QVariant &result) {
        if (m_trainJob && id == *m_trainJob) {
            pollTraining();
            m_trainJob.reset();
            m_poll->stop();
            onTrained(result.value<classifierjobs::TrainedPtr>());
        } else if (m_scoreJob && id == *m_scoreJob) {
            m_scoreJob.reset();
            const auto scores = result.value<ClassifierScores>();
            if (!m_project.model || scores.top < 0 || scores.probabilities.size() != m_project.model->classNames().size())
                return;
            m_bars->setProbabilities(scores.probabilities);
            m_heard->setText(tr("Heard: %1 (%2%)")
                                 .arg(QString::fromStdString(m_project.model->classNames()[std::size_t(scores.top)]))
                                 .arg(QLocale().toString(scores.probabilities[std::size_t(scores.top)] * 100.0, 'f', 0)));
            Q_EMIT scored();
        } else if (m_fileJob && id == *m_fileJob) {
            m_fileJob.reset();
            const auto loaded = result.value<classifierjobs::LoadedClipsPtr>();
            if (m_fileClass >= 0 && std::size_t(m_fileClass) < m_project.classes.size()) {
                auto &clips = m_project.classes[std::size_t(m_fileClass)].clips;
                clips.insert(clips.end(), loaded->clips.begin(), loaded->clips.end());
            }
            if (!loaded->problems.isEmpty())
                showError(tr("%n file(s) could not be read.", nullptr, int(loaded->problems.size())), loaded->problems.first());
            refreshClasses();
            Q_EMIT examplesChanged();
        } else if (m_projectJob && id == *m_projectJob) {
            m_projectJob.reset();
            if (result.canConvert<std::shared_ptr<ClassifierProject>>()) {
                m_listener->stop();
                m_project = *result.value<std::shared_ptr<ClassifierProject>>();
                m_bars->setClasses({});
                m_heard->clear();
                m_curves->reset(m_options.maxEpochs, int(m_project.classes.size()));
                refreshClasses();
                setCurrentClass(m_project.classes.empty() ? -1 : 0);
                if (m_project.model) {
                    QStringList names;
                    for (const auto &n : m_project.model->classNames())
                        names << QString::fromStdString(n);
                    m_bars->setClasses(names);
                    const auto &notes = m_project.model->checkpoint().notes;
                    const auto it = notes.find("validation_confusion");
                    const auto jt = notes.find("training_confusion");
                    if (it != notes.end())
                        showEvaluation(ClassifierEvaluation::fromJson(it->second), false);
                    else if (jt != notes.end())
                        showEvaluation(ClassifierEvaluation::fromJson(jt->second), true);
                } else {
                    m_matrix->clear();
                }
                m_status->setText(tr("Opened %1.").arg(m_projectDir));
                Q_EMIT projectOpened();
            } else {
                m_status->setText(tr("Saved the project to %1.").arg(m_projectDir));
                Q_EMIT projectSaved();
            }
            updateButtons();
        }
    });
    connect(m_backend, &ModelBackend::failed, this, [this](ModelBackend::JobId id, const QString &message) {
        if (m_trainJob && id == *m_trainJob) {
            m_trainJob.reset();
            m_poll->stop();
            m_status->setText(tr("Training failed."));
            showError(tr("Training failed."), message);
        } else if (m_scoreJob && id == *m_scoreJob) {
            m_scoreJob.reset();
            showError(tr("Could not classify."), message);
        } else if (m_fileJob && id == *m_fileJob) {
            m_fileJob.reset();
            showError(tr("Could not add the files."), message);
        } else if (m_projectJob && id == *m_projectJob) {
            m_projectJob.reset();
            showError(tr("The project could not be saved or opened."), message);
        } else {
            return;
        }
        updateButtons();
    });
    connect(m_backend, &ModelBackend::cancelled, this, [this](ModelBackend::JobId id) {
        if (!m_trainJob || id != *m_trainJob)
            return;
        m_trainJob.reset();
        m_poll->stop();
        m_status->setText(tr("Training cancelled; the model in use is unchanged."));
        updateButtons();
    });
    connect(m_backend, &ModelBackend::progress, this, [this](ModelBackend::JobId id, double fraction) {
        if (m_trainJob && id == *m_trainJob)
            m_progress->setValue(int(fraction * 1000.0));
    });
}

void TrainClassifierPage::train()
{
    if (isBusy())
        return;
    int ready = 0;
    for (const auto &c : m_project.classes)
        ready += c.clips.empty() ? 0 : 1;
    if (m_project.classes.size() < 2 || ready < int(m_project.classes.size())) {
        showError(tr("Not ready to train."),
                  tr("Every class needs at least one example, and there must be two classes or more."));
        return;
    }
    m_listener->stop();
    m_messages->clearMessage();
    ClassifierTrainOptions o = m_options;
    o.features = m_project.features;
    m_feed = std::make_shared<classifierjobs::TrainFeed>();
    m_curves->reset(o.maxEpochs, int(m_project.classes.size()));
    m_matrix->clear();
    m_progress->setValue(0);
    m_trainJob = m_backend->submit(Lane::Model, tr("Training the classifier"),
                                   classifierjobs::train(m_project.dataset(), o, m_feed));
    m_status->setText(tr("Training on %n example(s)…", nullptr, m_project.exampleCount()));
    m_poll->start();
    updateButtons();
}

void TrainClassifierPage::cancel()
{
    if (m_trainJob)
        m_backend->cancel(*m_trainJob);
}

void TrainClassifierPage::pollTraining()
{
    if (!m_feed)
        return;
    std::vector<ClassifierEpoch> epochs;
    {
        QMutexLocker lock(&m_feed->mutex);
        epochs.swap(m_feed->pending);
    }
    for (const ClassifierEpoch &e : epochs) {
        m_curves->addEpoch(e.epoch, e.trainLoss, e.validationLoss, e.trainAccuracy, e.validationAccuracy);
        m_status->setText(
            std::isfinite(e.validationAccuracy)
                ? tr("Epoch %1 of at most %2: validation accuracy %3%, loss %4")
                      .arg(e.epoch)
                      .arg(e.maxEpochs)
                      .arg(QLocale().toString(e.validationAccuracy * 100.0, 'f', 0))
                      .arg(QLocale().toString(e.validationLoss, 'f', 3))
                : tr("Epoch %1 of at most %2: training accuracy %3%, loss %4")
                      .arg(e.epoch)
                      .arg(e.maxEpochs)
                      .arg(QLocale().toString(e.trainAccuracy * 100.0, 'f', 0))
                      .arg(QLocale().toString(e.trainLoss, 'f', 3)));
    }
}

void TrainClassifierPage::onTrained(const classifierjobs::TrainedPtr &result)
{
    if (!result || !result->model)
        return;
    m_project.model = result->model;
    QStringList names;
    for (const auto &n : result->model->classNames())
        names << QString::fromStdString(n);
    m_bars->setClasses(names);
    m_heard->clear();
    showEvaluation(result->evaluation, result->evaluatedOnTraining);
    m_progress->setValue(1000);
    m_status->setText(tr("Trained in %1 s: %2 epochs, keeping epoch %3%4. Now press Listen.")
                          .arg(QLocale().toString(result->seconds, 'f', 1))
                          .arg(result->epochs)
                          .arg(result->bestEpoch)
                          .arg(result->stoppedEarly ? tr(" (stopped early: validation loss no longer fell)") : QString()));
    updateButtons();
    Q_EMIT statusMessage(m_status->text());
    Q_EMIT trained();
}

void TrainClassifierPage::showEvaluation(const ClassifierEvaluation &e, bool onTraining)
{
    m_matrix->setEvaluation(e, onTraining ? tr("Measured on the training examples themselves (too few to hold some "
                                               "out): expect less on new sounds.")
                                          : tr("Measured on examples held out of training (%1 per cent of each class).")
                                                .arg(int(std::lround(m_options.validationFraction * 100.0))));
}

void TrainClassifierPage::setListening(bool on)
{
    if (on == m_listener->isListening())
        return;
    if (on && !m_project.model) {
        const QSignalBlocker block(m_listen);
        m_listen->setChecked(false);
        showError(tr("Nothing to listen with yet."), tr("Train the classifier first."));
        return;
    }
    if (on)
        m_listener->start();
    else
        m_listener->stop();
}

void TrainClassifierPage::onWindow(const std::vector<float> &samples, int rate, double peak)
{
    m_level->setValue(int(std::min(1.0, peak) * 100.0));
    if (!m_project.model || m_scoreJob)
        return;
    m_scoreJob = m_backend->submit(Lane::Analysis, tr("Classifying live input"),
                                   classifierjobs::classify(m_project.model,
                                                            std::make_shared<const std::vector<float>>(samples), rate));
}

void TrainClassifierPage::updateButtons()
{
    const bool hasClass = currentClass() >= 0;
    const bool recording = m_recorder->isRecording() || m_recorder->isFinishing() || m_countdown->isActive();
    m_rename->setEnabled(hasClass);
    m_remove->setEnabled(hasClass && !isBusy());
    m_record->setEnabled(hasClass && !recording);
    m_files->setEnabled(hasClass && !m_fileJob);
    m_train->setEnabled(!isBusy() && !recording);
    m_cancel->setEnabled(isTraining());
    m_listen->setEnabled(m_project.model != nullptr && !isTraining());
    m_save->setEnabled(!m_projectJob && !isTraining());
    m_open->setEnabled(!m_projectJob && !isBusy());
}

void TrainClassifierPage::showError(const QString &title, const QString &message)
{
    m_messages->showMessage(QStringLiteral("<b>%1</b> %2").arg(title.toHtmlEscaped(), message.toHtmlEscaped()),
                            MessageStrip::Kind::Error);
    Q_EMIT statusMessage(title);
}

void TrainClassifierPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainClassifierPage::retranslate()
{
    m_intro->setText(tr("Teach the computer your own sounds: name a class per kind of sound, give each a handful of "
                        "one-second examples (record them or add files), train, check the confusion matrix, then "
                        "listen live. Eight or more examples per class work best."));
    m_classesTitle->setText(tr("<b>Classes and examples</b>"));
    m_addClass->setText(tr("Add class"));
    m_rename->setText(tr("Rename…"));
    m_remove->setText(tr("Remove"));
    m_record->setText(tr("Record example (1 s)"));
    m_files->setText(tr("Add files…"));
    m_open->setText(tr("Open project…"));
    m_save->setText(tr("Save project…"));
    m_train->setText(tr("Train"));
    m_cancel->setText(tr("Cancel"));
    m_listen->setText(m_listener->isListening() ? tr("Stop listening") : tr("Listen live"));
    m_evalTitle->setText(tr("<b>How it did</b>: rows are the true class, columns what the model said."));
    if (m_status->text().isEmpty())
        m_status->setText(tr("Add examples to every class, then press Train."));
    if (m_recordState->text().isEmpty())
        m_recordState->setText(tr("Pick a class, then record or add files."));
    refreshClasses();
}

} // namespace wb
