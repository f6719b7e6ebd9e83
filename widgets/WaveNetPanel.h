#pragma once
#include "AudioBuffer.h"
#include "ModelBackend.h"
#include "WaveNetConfig.h"
#include "WaveNetJobs.h"

#include <QWidget>

#include <memory>
#include <optional>

class QSplitter;
class QTabWidget;

namespace wb {

class DilatedStackDiagram;
class MuLawPanel;
class WaveNetGeneratePage;
class WaveNetModelBar;
class WaveNetTrainPage;

/**
 * The WaveNet tab: the model strip (configuration, parameter count, receptive
 * field, checkpoints), the dilated-stack diagram, and pages to generate
 * (Step, Run, Race), train on the Audio Lab's clip, and compare mu-law with
 * linear quantization. It owns the model in use: the shipped checkpoint at
 * start, then whatever is loaded or trained; when the configuration controls
 * differ from it, generation uses fresh random weights of that shape (the
 * loaded model is kept and returns when the controls match it again).
 * GUI thread only. Everything slow runs as a ModelBackend job. Problems a
 * user causes (a bad or mismatched checkpoint, no clip, an unwritable file)
 * appear in a message box and as errorOccurred()/statusMessage(); the model
 * in use is then left as it was.
 */
class WaveNetPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WaveNetPanel(ModelBackend *backend, QWidget *parent = nullptr);
    ~WaveNetPanel() override;

    /** The checkpoint built into the executable (assets/models/wavenet_welcome.safetensors). */
    static QString shippedCheckpointPath();

    /** The Audio Lab's clip (mono), for training and the mu-law comparison. */
    void setClip(std::shared_ptr<const AudioBuffer> clip, const QString &name);
    /** Loads a checkpoint in the background; modelLoaded() or errorOccurred() answers. */
    void loadCheckpoint(const QString &path);
    void loadShippedModel();
    /** Saves the model in use; false with *error set when it cannot. */
    bool saveCheckpoint(const QString &path, QString *error);

    /** The model generation uses now (see the class comment). */
    wavenetjobs::Weights model();
    /** The last loaded or trained model, whatever the controls say. */
    wavenetjobs::Weights loadedModel() const { return m_loaded; }
    WaveNetConfig config() const;

    // For tests and screenshots.
    WaveNetModelBar *modelBar() const { return m_bar; }
    DilatedStackDiagram *diagram() const { return m_diagram; }
    WaveNetGeneratePage *generatePage() const { return m_generate; }
    WaveNetTrainPage *trainPage() const { return m_train; }
    MuLawPanel *muLawPanel() const { return m_muLaw; }
    QTabWidget *pages() const { return m_pages; }

Q_SIGNALS:
    void modelLoaded(const QString &source);
    void statusMessage(const QString &message);
    void errorOccurred(const QString &title, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Source { None, Shipped, File, Trained };
    void onConfigChanged();
    void adopt(const wavenetjobs::Weights &weights, Source source, const QString &path);
    void showError(const QString &title, const QString &message);
    void chooseCheckpointToLoad();
    void chooseCheckpointToSave();
    void updateStatus();
    void updateBusy();
    void retranslate();

    ModelBackend *m_backend;
    WaveNetModelBar *m_bar = nullptr;
    DilatedStackDiagram *m_diagram = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_pages = nullptr;
    WaveNetGeneratePage *m_generate = nullptr;
    WaveNetTrainPage *m_train = nullptr;
    MuLawPanel *m_muLaw = nullptr;

    wavenetjobs::Weights m_loaded;  ///< from a checkpoint or training
    wavenetjobs::Weights m_scratch; ///< random weights for a configuration nothing was loaded for
    Source m_source = Source::None;
    QString m_sourcePath;
    std::optional<ModelBackend::JobId> m_loadJob;
    QString m_loadPath;
};

} // namespace wb
