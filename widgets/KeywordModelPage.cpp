#include "KeywordModelPage.h"

#include "BundledModels.h"
#include "ConfusionMatrixView.h"
#include "LiveListener.h"
#include "MessageStrip.h"
#include "ProbabilityBars.h"

#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace wb {

namespace {

QStringList namesOf(const std::vector<std::string> &names)
{
    QStringList out;
    for (const auto &n : names)
        out << QString::fromStdString(n);
    return out;
}

} // namespace

KeywordModelPage::KeywordModelPage(ModelBackend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_listener(new LiveListener(this))
    , m_messages(new MessageStrip(this))
    , m_intro(new QLabel(this))
    , m_accuracy(new QLabel(this))
    , m_heard(new QLabel(this))
    , m_levelLabel(new QLabel(this))
    , m_file(new QPushButton(this))
    , m_listen(new QPushButton(this))
    , m_level(new QProgressBar(this))
    , m_bars(new ProbabilityBars(this))
    , m_matrix(new ConfusionMatrixView(this))
{
    setObjectName(QStringLiteral("KeywordModelPage"));
    m_intro->setWordWrap(true);
    m_accuracy->setWordWrap(true);
    m_listen->setCheckable(true);
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_level->setMaximumHeight(12);
    QFont big = m_heard->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_heard->setFont(big);
    m_heard->setMinimumHeight(QFontMetrics(big).height() + 6);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_file);
    buttons->addWidget(m_listen);
    buttons->addStretch(1);
    auto *meter = new QHBoxLayout;
    meter->addWidget(m_levelLabel);
    meter->addWidget(m_level, 1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_intro);
    left->addLayout(buttons);
    left->addLayout(meter);
    left->addWidget(m_heard);
    left->addWidget(m_bars, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_accuracy);
    right->addWidget(m_matrix, 1);
    auto *row = new QHBoxLayout;
    row->addLayout(left, 1);
    row->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(row, 1);

    m_listener->setWindow(1.0, 16000);
    connect(m_file, &QPushButton::clicked, this, &KeywordModelPage::chooseFile);
    connect(m_listen, &QPushButton::toggled, this, &KeywordModelPage::setListening);
    connect(m_listener, &LiveListener::listeningChanged, this, [this](bool on) {
        const QSignalBlocker block(m_listen);
        m_listen->setChecked(on);
        retranslate();
        if (!on)
            m_level->setValue(0);
    });
    connect(m_listener, &LiveListener::window, this, &KeywordModelPage::onWindow);
    connect(m_listener, &LiveListener::error, this, [this](const QString &message) {
        m_messages->showMessage(tr("<b>Listening stopped.</b> %1").arg(message.toHtmlEscaped()), MessageStrip::Kind::Error);
    });
    connect(backend, &ModelBackend::finished, this, [this](ModelBackend::JobId id, const QVariant &result) {
        if (m_loadJob && id == *m_loadJob) {
            m_loadJob.reset();
            onModel(result.value<classifierjobs::Model>());
        } else if (m_scoreJob && id == *m_scoreJob) {
            m_scoreJob.reset();
            onScores(result.value<ClassifierScores>());
        }
    });
    connect(backend, &ModelBackend::failed, this, [this](ModelBackend::JobId id, const QString &message) {
        if (m_loadJob && id == *m_loadJob) {
            m_loadJob.reset();
            m_messages->showMessage(tr("<b>The keyword model could not be loaded.</b> %1").arg(message.toHtmlEscaped()),
                                    MessageStrip::Kind::Error);
        } else if (m_scoreJob && id == *m_scoreJob) {
            m_scoreJob.reset();
            m_messages->showMessage(tr("<b>Could not classify.</b> %1").arg(message.toHtmlEscaped()),
                                    MessageStrip::Kind::Error);
        }
    });
    retranslate();
}

KeywordModelPage::~KeywordModelPage()
{
    m_listener->stop();
}

void KeywordModelPage::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

void KeywordModelPage::ensureLoaded()
{
    if (m_loadRequested)
        return;
    m_loadRequested = true;
    QString path;
    try {
        path = QString::fromStdString(bundledModelPath(kBundledKeywordModel));
    } catch (const std::exception &e) {
        m_messages->showMessage(tr("<b>The keyword model is missing.</b> %1").arg(QString::fromStdString(e.what()).toHtmlEscaped()),
                                MessageStrip::Kind::Error);
        return;
    }
    m_loadJob = m_backend->submit(Lane::Analysis, tr("Loading the keyword model"), classifierjobs::load(path));
}

void KeywordModelPage::onModel(const classifierjobs::Model &model)
{
    m_model = model;
    if (!m_model)
        return;
    m_bars->setClasses(namesOf(m_model->classNames()));
    showModelInfo();
    Q_EMIT modelLoaded();
}

void KeywordModelPage::showModelInfo()
{
    if (!m_model) {
        m_accuracy->setText(tr("Loading the keyword model…"));
        return;
    }
    const auto &notes = m_model->checkpoint().notes;
    const auto note = [&](const char *key) {
        const auto it = notes.find(key);
        return it == notes.end() ? QString() : QString::fromStdString(it->second);
    };
    bool ok = false;
    const double accuracy = note("heldout_accuracy").toDouble(&ok);
    const QString voices = note("heldout_voices");
    if (ok) {
        m_accuracy->setText(tr("<b>Accuracy on held-out voices: %1%</b><br>Tested on %2 clips of voices it never heard in "
                               "training%3. Rows: the word said; columns: the word heard.")
                                .arg(QLocale().toString(accuracy * 100.0, 'f', 1))
                                .arg(ClassifierEvaluation::fromJson(note("heldout_confusion").toStdString()).total())
                                .arg(voices.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(QString(voices).replace(QLatin1Char(','), QStringLiteral(", ")))));
        m_matrix->setEvaluation(ClassifierEvaluation::fromJson(note("heldout_confusion").toStdString()));
    } else {
        m_accuracy->setText(tr("This model has no held-out test in its notes."));
    }
}

void KeywordModelPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Classify an audio file"), QString(),
                                                      tr("Audio files (*.wav *.flac *.ogg *.aiff *.aif *.mp3);;All files (*)"));
    if (!path.isEmpty())
        classifyFile(path);
}

void KeywordModelPage::classifyFile(const QString &path)
{
    if (!m_model) {
        m_messages->showMessage(tr("The keyword model is not loaded yet."), MessageStrip::Kind::Notice);
        return;
    }
    if (m_scoreJob)
        m_backend->cancel(*m_scoreJob);
    m_messages->clearMessage();
    m_scoreJob = m_backend->submit(Lane::Analysis, tr("Classifying a file"), classifierjobs::classifyFile(m_model, path));
}

void KeywordModelPage::setListening(bool on)
{
    if (on == m_listener->isListening())
        return;
    if (on && !m_model) {
        const QSignalBlocker block(m_listen);
        m_listen->setChecked(false);
        m_messages->showMessage(tr("The keyword model is not loaded yet."), MessageStrip::Kind::Notice);
        return;
    }
    m_messages->clearMessage();
    if (on)
        m_listener->start();
    else
        m_listener->stop();
}

void KeywordModelPage::onWindow(const std::vector<float> &samples, int rate, double peak)
{
    m_level->setValue(int(std::min(1.0, peak) * 100.0));
    if (!m_model || m_scoreJob)
        return; // still scoring the previous window: skip this one rather than fall behind
    m_scoreJob = m_backend->submit(Lane::Analysis, tr("Listening for keywords"),
                                   classifierjobs::classify(m_model, std::make_shared<const std::vector<float>>(samples), rate));
}

void KeywordModelPage::onScores(const ClassifierScores &scores)
{
    if (!m_model || scores.top < 0)
        return;
    m_bars->setProbabilities(scores.probabilities);
    m_heard->setText(tr("Heard: %1 (%2%)")
                         .arg(QString::fromStdString(m_model->classNames()[std::size_t(scores.top)]))
                         .arg(QLocale().toString(scores.probabilities[std::size_t(scores.top)] * 100.0, 'f', 0)));
    Q_EMIT scored();
}

void KeywordModelPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KeywordModelPage::retranslate()
{
    m_intro->setText(tr("A small convolutional network listens for ten command words: <i>yes, no, up, down, left, "
                        "right, on, off, stop, go</i>, plus <i>unknown</i> (any other word) and <i>silence</i>. "
                        "It sees one second as a 40-band log-mel spectrogram. It was trained on synthetic voices "
                        "only, so real voices may fool it: try it."));
    m_file->setText(tr("Classify a file…"));
    m_listen->setText(m_listener->isListening() ? tr("Stop listening") : tr("Listen to the microphone"));
    // Wide enough for either label, so the row does not jump (or clip) when it toggles.
    const QFontMetrics fm = m_listen->fontMetrics();
    m_listen->setMinimumWidth(std::max(fm.horizontalAdvance(tr("Stop listening")),
                                       fm.horizontalAdvance(tr("Listen to the microphone"))) + 32);
    m_levelLabel->setText(tr("Input:"));
    if (m_heard->text().isEmpty())
        m_heard->setText(tr("Heard: –"));
    showModelInfo();
}

} // namespace wb
