#pragma once
#include "AudioAnalysis.h"
#include "ModelBackend.h"
#include "VoiceCloningJobs.h"

#include <QWidget>

#include <optional>
#include <vector>

class QGroupBox;
class QComboBox;
class QSpinBox;
class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace wb {

class CloneOutputView;
class ConsentBox;
class MessageStrip;
class ReferenceRecorder;
class SpeakerMapView;
class VoiceSimilarityTable;

/**
 * The Voice Cloning tab: both halves of the lesson. (1) Consent: who speaks
 * and that they agreed, without which Clone stays disabled. (2) A reference
 * voice, recorded here or loaded, several averaged into one. (3) Where it
 * lands: the speaker map (PCA of the corpus voices' embeddings) with the
 * reference and the clone on it, and its cosine similarity to every known
 * voice. (4) Clone: text + reference -> the multi-speaker FastSpeech 2,
 * its similarity to the reference and to the nearest training voice, the
 * watermark every clone carries, and Detect to find it in any clip. The
 * speaker encoder's held-out equal error rate is shown beside its name.
 *
 * Loading, embedding, cloning and detecting run as ModelBackend jobs; the
 * GUI never waits. The shipped encoder, map and model load the first time
 * the tab is shown; any of them missing disables what needs it and says why
 * in the panel. GUI thread only; a user's problems appear in the panel and
 * as statusMessage(), never as exceptions.
 */
class VoiceCloningPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VoiceCloningPanel(ModelBackend *backend, QWidget *parent = nullptr);
    ~VoiceCloningPanel() override;

    /** "How cloning works, and its risks" (VoiceCloningExplainer.cpp). */
    static QString explainerHtml();

    /** Loads encoder, map and model (empty paths: the shipped ones); assetsLoaded() answers. */
    void loadAssets(const cloningjobs::AssetPaths &paths = {});
    void addReferenceFile(const QString &path);
    void addRecording(const LoadedClip &clip);
    void removeReference(int index);
    void clearReferences();
    /** Writes reference index as WAV and its consent as PATH-without-suffix.consent.json. */
    bool saveReference(int index, const QString &path, QString *error);
    void clone();
    void cancel();
    /** Looks for the watermark in the last clone, or in a file. */
    void detectCurrent();
    void detectFile(const QString &path);

    bool isBusy() const;
    bool canClone(QString *whyNot = nullptr) const;
    cloningjobs::Assets assets() const { return m_assets; }
    const std::vector<cloningjobs::Reference> &references() const { return m_references; }
    /** The references averaged (unit length); empty when there are none. */
    std::vector<float> referenceEmbedding() const;
    cloningjobs::Output output() const;
    QString message() const;

    // For tests and screenshots.
    ConsentBox *consent() const { return m_consent; }
    ReferenceRecorder *recorder() const { return m_recorder; }
    QListWidget *referenceList() const { return m_referenceList; }
    SpeakerMapView *mapView() const { return m_map; }
    VoiceSimilarityTable *similarityTable() const { return m_table; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *cloneButton() const { return m_cloneButton; }
    /** Griffin-Lim (0) or the source-filter vocoder (1) for the next clone. */
    QComboBox *vocoderBox() const { return m_vocoder; }
    QSpinBox *refineBox() const { return m_refine; }
    /** Speaker adaptation steps for the next clone (0: off). */
    QSpinBox *adaptBox() const { return m_adapt; }
    /** Sets what reference index says (its transcript); false for no such reference. */
    bool setTranscript(int index, const QString &text);
    QCheckBox *matchPitchBox() const { return m_matchPitch; }
    /** The references' pitch (geometric mean of their median F0s), Hz; 0 when none is voiced. */
    double referenceF0() const;
    QPushButton *detectButton() const { return m_detectButton; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *watermarkLabel() const { return m_watermark; }
    QLabel *detectionLabel() const { return m_detection; }
    QLabel *eerLabel() const { return m_eer; }
    QLabel *referenceSummary() const { return m_referenceSummary; }
    CloneOutputView *outputView() const { return m_output; }

Q_SIGNALS:
    void assetsLoaded();
    void referencesChanged();
    void referenceFailed(const QString &message);
    void cloned();
    void detected(bool marked, double confidence);
    void busyChanged(bool busy);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onFinished(ModelBackend::JobId id, const QVariant &result);
    void onFailed(ModelBackend::JobId id, const QString &message);
    void onCancelled(ModelBackend::JobId id);
    void onProgress(ModelBackend::JobId id, double fraction);
    void showAssets(const cloningjobs::Assets &assets);
    void showClone(const cloningjobs::Output &output);
    void showDetection(const cloningjobs::Detection &detection);
    void refreshReferences();
    void chooseAsset(int which);
    void chooseDetectFile();
    void chooseSaveReference();
    void editTranscript();
    void showError(const QString &message);
    void updateButtons();
    void updateAssetTexts();
    void retranslate();

    ModelBackend *m_backend;
    QTextBrowser *m_explainer;
    ConsentBox *m_consent;
    ReferenceRecorder *m_recorder;
    QGroupBox *m_referenceBox, *m_modelBox, *m_mapBox, *m_cloneBox;
    QListWidget *m_referenceList;
    QLabel *m_referenceSummary;
    QPushButton *m_removeButton, *m_saveReferenceButton, *m_transcriptButton;
    QLabel *m_eer, *m_assetLabel;
    QPushButton *m_loadEncoder, *m_loadMap, *m_loadModel;
    MessageStrip *m_message;
    SpeakerMapView *m_map;
    VoiceSimilarityTable *m_table;
    QLabel *m_mapCaption;
    QPlainTextEdit *m_text;
    QPushButton *m_cloneButton, *m_cancelButton;
    QLabel *m_vocoderLabel;
    QComboBox *m_vocoder;
    QLabel *m_refineLabel;
    QSpinBox *m_refine;
    QLabel *m_adaptLabel;
    QSpinBox *m_adapt;
    QCheckBox *m_matchPitch;
    QProgressBar *m_progress;
    QLabel *m_result, *m_watermark;
    CloneOutputView *m_output;
    QPushButton *m_detectButton, *m_detectFileButton;
    QLabel *m_detection;

    cloningjobs::Assets m_assets;
    cloningjobs::AssetPaths m_paths;
    std::vector<cloningjobs::Reference> m_references;
    std::optional<ModelBackend::JobId> m_assetsJob, m_cloneJob, m_detectJob;
    std::vector<ModelBackend::JobId> m_embedJobs;
    cloningjobs::Detection m_lastDetection;
    bool m_hasDetection = false;
    bool m_triedShipped = false;
    int m_recordings = 0;
};

} // namespace wb
