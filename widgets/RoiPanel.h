#pragma once
#include "ModelBackend.h"
#include "callcenter/RoiScenario.h"

#include <QColor>
#include <QWidget>

#include <optional>

class QLabel;
class QPainter;
class QPushButton;
class QScrollArea;

namespace wb {

class MessageStrip;
class RoiCharts;
class RoiForm;

/**
 * The Call Center tab's ROI calculator: the inputs on the left (RoiForm),
 * result cards (traditional, AI, savings, ROI, coverage) and four charts on
 * the right (RoiCharts), recomputed at every edit. It opens on the course's
 * case. Inputs the core rejects are outlined and explained in the panel's
 * message strip, never in a dialog; save, load and export problems are too.
 * "Measure on this machine" speaks a sentence with the shipped FastSpeech 2
 * on the model backend, off the GUI thread, and prices AI generation from
 * the real-time factor it measures. GUI thread only.
 */
class RoiPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RoiPanel(ModelBackend *backend, QWidget *parent = nullptr);
    ~RoiPanel() override;

    RoiScenario scenario() const;
    void setScenario(const RoiScenario &scenario);
    /** The call-center figures, none while its inputs are invalid. */
    const std::optional<RoiResult> &result() const { return m_result; }
    /** True when every input is valid. */
    bool isValid() const { return m_valid; }
    /** The message shown (a validation or file problem, or a notice), empty when none. */
    QString message() const;
    RoiForm *form() const { return m_form; }
    RoiCharts *charts() const { return m_charts; }

    /** Each returns false after showing the problem in the panel. */
    bool saveScenario(const QString &path);
    bool loadScenario(const QString &path);
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);
    /** The PDF report's page: title, cards, break-even and the four charts, at 96 dpi. */
    void paintReport(QPainter *painter, const QRectF &page) const;

public slots:
    void resetToCourse();
    void measureTtsSpeed();

signals:
    void statusMessage(const QString &message);
    /** A real-time factor measured on this machine, now used for pricing. */
    void ttsSpeedMeasured(double realTimeFactor);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recompute();
    void retranslate();
    void showCards();
    void showProblem(const QString &html);
    QString askPath(bool save, const QString &filter, const QString &suffix);
    void onFinished(ModelBackend::JobId id, const QVariant &result);
    void onFailed(ModelBackend::JobId id, const QString &message);
    void onCancelled(ModelBackend::JobId id);
    /** A problem from the core, in the panel's (translated) words; section is a RoiForm::Section. */
    static QString issueText(int section, const RoiIssue &issue);

    ModelBackend *m_backend;
    RoiForm *m_form;
    QScrollArea *m_formScroll;
    RoiCharts *m_charts;
    MessageStrip *m_message;
    QPushButton *m_resetButton, *m_saveButton, *m_loadButton, *m_csvButton, *m_pdfButton;
    struct Card
    {
        QLabel *title, *value, *detail;
        QColor color; ///< of the value, for the PDF
    };
    Card m_cards[5];
    QLabel *m_summary;
    std::optional<RoiResult> m_result;
    bool m_valid = true;
    std::optional<ModelBackend::JobId> m_measureJob;
};

} // namespace wb
