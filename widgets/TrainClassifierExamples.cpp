#include "TrainClassifierPage.h"

#include "ClassifierJobs.h"
#include "LiveListener.h"
#include "MessageStrip.h"
#include "RecordController.h"

#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QTimer>

// The Train-your-own page's data: its classes, their examples (recorded with a
// countdown, or read from files) and the project folder they are saved in.

namespace wb {

int TrainClassifierPage::addClass(const QString &name)
{
    QString n = name.trimmed();
    if (n.isEmpty())
        n = tr("Class %1").arg(m_project.classes.size() + 1);
    m_project.classes.push_back({n, {}});
    refreshClasses();
    return int(m_project.classes.size()) - 1;
}

void TrainClassifierPage::renameClass(int index, const QString &name)
{
    if (index < 0 || std::size_t(index) >= m_project.classes.size() || name.trimmed().isEmpty())
        return;
    m_project.classes[std::size_t(index)].name = name.trimmed();
    refreshClasses();
}

void TrainClassifierPage::removeClass(int index)
{
    if (index < 0 || std::size_t(index) >= m_project.classes.size() || isBusy())
        return;
    m_project.classes.erase(m_project.classes.begin() + index);
    refreshClasses();
    setCurrentClass(std::min(index, int(m_project.classes.size()) - 1));
    Q_EMIT examplesChanged();
}

void TrainClassifierPage::addExample(int classIndex, const std::vector<float> &samples, int sampleRate)
{
    if (classIndex < 0 || std::size_t(classIndex) >= m_project.classes.size() || samples.empty())
        return;
    ClassifierDataset fitted;
    try {
        fitted.add(0, samples, sampleRate, m_project.features);
    } catch (const std::exception &e) {
        showError(tr("The example was not added."), QString::fromStdString(e.what()));
        return;
    }
    m_project.classes[std::size_t(classIndex)].clips.push_back(std::move(fitted.examples.front().clip));
    refreshClasses();
    Q_EMIT examplesChanged();
}

void TrainClassifierPage::addFiles(int classIndex, const QStringList &paths)
{
    if (classIndex < 0 || m_fileJob || paths.isEmpty())
        return;
    m_fileClass = classIndex;
    m_fileJob = m_backend->submit(Lane::Analysis, tr("Reading example files"),
                                  classifierjobs::readClips(paths, m_project.features));
    updateButtons();
}

void TrainClassifierPage::setCountdown(int steps, int stepMs)
{
    m_countdownSteps = std::max(0, steps);
    m_countdownMs = std::max(1, stepMs);
}

void TrainClassifierPage::recordExample()
{
    if (currentClass() < 0 || m_recorder->isRecording() || m_recorder->isFinishing() || m_countdown->isActive())
        return;
    if (m_listener->isListening())
        m_listener->stop(); // one microphone stream at a time
    m_recordClass = currentClass();
    m_countdownLeft = m_countdownSteps;
    m_messages->clearMessage();
    countdownTick();
    if (m_countdownLeft >= 0)
        m_countdown->start(m_countdownMs);
    updateButtons();
}

void TrainClassifierPage::countdownTick()
{
    if (m_countdownLeft > 0) {
        m_recordState->setText(tr("Get ready: recording in %1…").arg(m_countdownLeft));
        --m_countdownLeft;
        return;
    }
    m_countdown->stop();
    m_countdownLeft = -1;
    m_recordState->setText(tr("Recording one second: make the sound now!"));
    m_recorder->start(-1, m_project.features.sampleRate);
    // A little over a second: the loudest second of it becomes the example.
    QTimer::singleShot(int(m_project.features.seconds * 1000.0) + 250, this, [this] { m_recorder->stop(); });
    updateButtons();
}

void TrainClassifierPage::onRecorded(const LoadedClip &clip)
{
    if (clip.isEmpty())
        return;
    addExample(m_recordClass, clip.audio->toMono().samples(), clip.audio->sampleRate());
    m_recordState->setText(tr("Added an example to “%1”.").arg(m_project.classes[std::size_t(m_recordClass)].name));
    m_level->setValue(0);
    updateButtons();
}

void TrainClassifierPage::saveProject(const QString &dir)
{
    if (m_projectJob || isTraining())
        return;
    m_projectDir = dir;
    auto project = std::make_shared<const ClassifierProject>(m_project);
    m_projectJob = m_backend->submit(Lane::Analysis, tr("Saving the project"), [project, dir](JobContext &) {
        project->save(dir);
        return QVariant();
    });
    updateButtons();
}

void TrainClassifierPage::openProject(const QString &dir)
{
    if (m_projectJob || isBusy())
        return;
    m_projectDir = dir;
    m_projectJob = m_backend->submit(Lane::Analysis, tr("Opening the project"), [dir](JobContext &) {
        return QVariant::fromValue(std::make_shared<ClassifierProject>(ClassifierProject::load(dir)));
    });
    updateButtons();
}

int TrainClassifierPage::currentClass() const
{
    return m_classes->currentRow();
}

void TrainClassifierPage::setCurrentClass(int index)
{
    m_classes->setCurrentRow(index);
}

void TrainClassifierPage::refreshClasses()
{
    const int row = m_classes->currentRow();
    const QSignalBlocker block(m_classes);
    m_classes->clear();
    for (const auto &c : m_project.classes)
        m_classes->addItem(tr("%1 — %n example(s)", nullptr, int(c.clips.size())).arg(c.name));
    m_classes->setCurrentRow(std::min(row, m_classes->count() - 1));
    updateButtons();
}

} // namespace wb
