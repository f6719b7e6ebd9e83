#include "WaveNetPanel.h"

#include "DilatedStackDiagram.h"
#include "Error.h"
#include "MuLawPanel.h"
#include "WaveNetGeneratePage.h"
#include "WaveNetModelBar.h"
#include "WaveNetTrainPage.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wb {

namespace {

constexpr int kDefaultRate = 22050;

int sampleRateOf(const WaveNetWeights &w)
{
    bool ok = false;
    const int rate = QString::fromStdString(w.note("sample_rate")).toInt(&ok);
    return ok && rate > 0 ? rate : kDefaultRate;
}

QString checkpointDirectory()
{
    const QString dir = QSettings().value(QStringLiteral("wavenet/checkpointDirectory")).toString();
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : dir;
}

} // namespace

WaveNetPanel::WaveNetPanel(ModelBackend *backend, QWidget *parent) : QWidget(parent), m_backend(backend)
{
    qRegisterMetaType<wavenetjobs::Weights>();
    // Large type for projecting in a classroom; set before the children exist so
    // that the charts, which copy their fonts when built, pick it up too.
    QFont big = font();
    big.setPointSizeF(std::max(big.pointSizeF() * 1.25, 12.0));
    setFont(big);

    m_bar = new WaveNetModelBar(this);
    m_diagram = new DilatedStackDiagram(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_pages = new QTabWidget(m_splitter);
    auto source = [this] { return model(); };
    m_generate = new WaveNetGeneratePage(backend, source, m_pages);
    m_train = new WaveNetTrainPage(backend, [this] { return config(); }, source, m_pages);
    m_muLaw = new MuLawPanel(backend, m_pages);
    m_pages->addTab(m_generate, QString());
    m_pages->addTab(m_train, QString());
    m_pages->addTab(m_muLaw, QString());
    m_splitter->insertWidget(0, m_diagram);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({250, 350}); // scaled to the real height; the diagram gets its share

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_bar);
    layout->addWidget(m_splitter, 1);

    connect(m_bar, &WaveNetModelBar::configChanged, this, &WaveNetPanel::onConfigChanged);
    connect(m_bar, &WaveNetModelBar::loadRequested, this, &WaveNetPanel::chooseCheckpointToLoad);
    connect(m_bar, &WaveNetModelBar::saveRequested, this, &WaveNetPanel::chooseCheckpointToSave);
    connect(m_bar, &WaveNetModelBar::shippedRequested, this, &WaveNetPanel::loadShippedModel);
    connect(m_generate, &WaveNetGeneratePage::stepped, m_diagram, &DilatedStackDiagram::showStep);
    connect(m_generate, &WaveNetGeneratePage::busyChanged, this, &WaveNetPanel::updateBusy);
    connect(m_train, &WaveNetTrainPage::busyChanged, this, &WaveNetPanel::updateBusy);
    connect(m_generate, &WaveNetGeneratePage::statusMessage, this, &WaveNetPanel::statusMessage);
    connect(m_train, &WaveNetTrainPage::statusMessage, this, &WaveNetPanel::statusMessage);
    connect(m_generate, &WaveNetGeneratePage::errorOccurred, this, &WaveNetPanel::showError);
    connect(m_train, &WaveNetTrainPage::errorOccurred, this, &WaveNetPanel::showError);
    connect(m_train, &WaveNetTrainPage::trained, this,
            [this](const wavenetjobs::Weights &w) { adopt(w, Source::Trained, QString()); });

    connect(backend, &ModelBackend::finished, this, [this](ModelBackend::JobId id, const QVariant &result) {
        if (!m_loadJob || id != *m_loadJob)
            return;
        m_loadJob.reset();
        const auto weights = result.value<wavenetjobs::Weights>();
        const bool shipped = m_loadPath == shippedCheckpointPath();
        adopt(weights, shipped ? Source::Shipped : Source::File, m_loadPath);
    });
    connect(backend, &ModelBackend::failed, this, [this](ModelBackend::JobId id, const QString &message) {
        if (!m_loadJob || id != *m_loadJob)
            return;
        m_loadJob.reset();
        showError(tr("Cannot load the checkpoint"),
                  tr("%1\n\nThe model in use is unchanged.").arg(message));
    });
    connect(backend, &ModelBackend::cancelled, this, [this](ModelBackend::JobId id) {
        if (m_loadJob && id == *m_loadJob)
            m_loadJob.reset();
    });

    onConfigChanged();
    retranslate();
    // Generation works on first launch: the shipped model, trained on the bundled sample.
    loadShippedModel();
}

WaveNetPanel::~WaveNetPanel()
{
    if (m_loadJob)
        m_backend->cancel(*m_loadJob);
}

QString WaveNetPanel::shippedCheckpointPath()
{
    return QStringLiteral(":/assets/models/wavenet_welcome.safetensors");
}

WaveNetConfig WaveNetPanel::config() const
{
    return m_bar->config();
}

void WaveNetPanel::setClip(std::shared_ptr<const AudioBuffer> clip, const QString &name)
{
    std::shared_ptr<const AudioBuffer> mono;
    if (clip && !clip->isEmpty())
        mono = clip->channels() == 1 ? clip : std::make_shared<const AudioBuffer>(clip->toMono());
    m_train->setClip(mono);
    m_muLaw->setClip(mono, name);
}

void WaveNetPanel::loadCheckpoint(const QString &path)
{
    if (m_loadJob)
        m_backend->cancel(*m_loadJob);
    m_loadPath = path;
    m_loadJob = m_backend->submit(Lane::Analysis, tr("Loading a WaveNet checkpoint"), wavenetjobs::load(path));
}

void WaveNetPanel::loadShippedModel()
{
    loadCheckpoint(shippedCheckpointPath());
}

bool WaveNetPanel::saveCheckpoint(const QString &path, QString *error)
{
    const wavenetjobs::Weights w = model();
    try {
        if (!w)
            throw Error(tr("There is no model to save.").toStdString());
        // A few hundred kilobytes for the default model: written here, atomically.
        w->save(QFile::encodeName(path).toStdString());
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

wavenetjobs::Weights WaveNetPanel::model()
{
    const WaveNetConfig c = config();
    if (m_loaded && m_loaded->config() == c)
        return m_loaded;
    if (!m_scratch || m_scratch->config() != c)
        m_scratch = std::make_shared<const WaveNetWeights>(WaveNetWeights::random(c, /*seed=*/1));
    return m_scratch;
}

void WaveNetPanel::onConfigChanged()
{
    m_diagram->setConfig(config());
    m_generate->modelChanged();
    m_generate->setSampleRate(m_loaded && m_loaded->config() == config() ? sampleRateOf(*m_loaded) : kDefaultRate);
    updateStatus();
}

void WaveNetPanel::adopt(const wavenetjobs::Weights &weights, Source source, const QString &path)
{
    if (!weights)
        return;
    m_loaded = weights;
    m_source = source;
    m_sourcePath = path;
    m_bar->setConfig(weights->config());
    onConfigChanged();
    const QString text = m_bar->modelStatus();
    Q_EMIT statusMessage(text);
    Q_EMIT modelLoaded(path);
}

void WaveNetPanel::updateStatus()
{
    const QLocale locale;
    QString text;
    if (!m_loaded || m_loaded->config() != config()) {
        text = m_loaded ? tr("In use: random weights for this configuration (the loaded model has %1).")
                              .arg(QString::fromStdString(m_loaded->config().describe()))
                        : tr("In use: random weights (train, or load a checkpoint).");
    } else {
        const QString steps = QString::fromStdString(m_loaded->note("steps"));
        const QString loss = QString::fromStdString(m_loaded->note("final_loss"));
        QString trained;
        if (!steps.isEmpty() && !loss.isEmpty())
            trained = tr(", %1 steps, loss %2").arg(steps, locale.toString(loss.toDouble(), 'f', 2));
        switch (m_source) {
        case Source::Shipped:
            text = tr("In use: the shipped model%1.").arg(trained);
            break;
        case Source::File:
            text = tr("In use: %1%2.").arg(QFileInfo(m_sourcePath).fileName(), trained);
            break;
        case Source::Trained:
            text = tr("In use: trained here%1.").arg(trained);
            break;
        case Source::None:
            break;
        }
    }
    m_bar->setModelStatus(text);
}

void WaveNetPanel::updateBusy()
{
    m_generate->setOtherBusy(m_train->isBusy());
    m_train->setOtherBusy(m_generate->isBusy());
}

void WaveNetPanel::showError(const QString &title, const QString &message)
{
    Q_EMIT statusMessage(message.section(QLatin1Char('\n'), 0, 0));
    Q_EMIT errorOccurred(title, message);
    // Window-modal and non-blocking: jobs keep reporting while it is open.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void WaveNetPanel::chooseCheckpointToLoad()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load WaveNet Checkpoint"), checkpointDirectory(),
                                                      tr("Safetensors checkpoints (*.safetensors);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("wavenet/checkpointDirectory"), QFileInfo(path).absolutePath());
    loadCheckpoint(path);
}

void WaveNetPanel::chooseCheckpointToSave()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save WaveNet Checkpoint"),
                                                QDir(checkpointDirectory()).filePath(QStringLiteral("wavenet.safetensors")),
                                                tr("Safetensors checkpoints (*.safetensors)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".safetensors")))
        path += QStringLiteral(".safetensors");
    QSettings().setValue(QStringLiteral("wavenet/checkpointDirectory"), QFileInfo(path).absolutePath());
    QString error;
    if (saveCheckpoint(path, &error))
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    else
        showError(tr("Cannot save the checkpoint"), error);
}

void WaveNetPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WaveNetPanel::retranslate()
{
    m_pages->setTabText(0, tr("Generate"));
    m_pages->setTabText(1, tr("Train"));
    m_pages->setTabText(2, tr("Mu-law"));
    updateStatus();
}

} // namespace wb
