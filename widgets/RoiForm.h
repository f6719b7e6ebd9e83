#pragma once
#include "callcenter/RoiScenario.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace wb {

/**
 * The ROI calculator's inputs, every one editable: the call-center case, the
 * audiobook and dubbing cases, and the option of pricing AI generation from
 * a TTS real-time factor (typed, or measured on this machine by the panel).
 * It holds no figures of its own: scenario() reads the fields, changed()
 * says one was edited, and the panel marks the fields it finds wrong. Ranges
 * keep the fields out of absurd values; the core's validation catches the
 * rest (zero analysts, zero call volume, a free AI). GUI thread only.
 */
class RoiForm : public QWidget
{
    Q_OBJECT
public:
    enum class Section { CallCenter, Audiobook, Dubbing, TtsPricing };

    explicit RoiForm(QWidget *parent = nullptr);

    RoiScenario scenario() const;
    /** Shows s; emits changed() once. */
    void setScenario(const RoiScenario &s);

    /** Outlines the field in red until clearMarks(). */
    void markInvalid(Section section, RoiIssue::Field field);
    void clearMarks();
    /** Below each content case: its human and AI cost and the share saved (rich text). */
    void showContentResult(Section section, const QString &html);
    /** Below the TTS pricing: what an hour and a minute of audio cost at that speed. */
    void showTtsRate(const QString &text);

    void setRealTimeFactor(double rtf);
    void setPriceFromTts(bool on);
    void setMeasuring(bool measuring);
    void setMeasureAvailable(bool available, const QString &why = {});
    void setMeasuredText(const QString &text);
    QString measuredText() const;
    QPushButton *measureButton() const { return m_measure; }

signals:
    void changed();
    void measureRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *fieldWidget(Section section, RoiIssue::Field field) const;
    void retranslate();
    void updateEnabled();

    QGroupBox *m_callGroup, *m_contentGroup, *m_ttsGroup;
    QSpinBox *m_analysts;
    QDoubleSpinBox *m_salary, *m_callsPerAnalyst, *m_callVolume, *m_setupCost, *m_yearlyCost;
    QSpinBox *m_years;
    QLabel *m_bookTitle, *m_filmTitle;
    QDoubleSpinBox *m_bookHours, *m_bookHuman, *m_bookAi;
    QDoubleSpinBox *m_filmMinutes, *m_filmHuman, *m_filmAi;
    QLabel *m_bookResult, *m_filmResult;
    QCheckBox *m_priceFromTts;
    QDoubleSpinBox *m_rtf, *m_computePrice;
    QPushButton *m_measure;
    QLabel *m_measured, *m_ttsRate;
    QList<QLabel *> m_labels; ///< the form's row labels, in retranslate()'s order
    bool m_measuring = false;
    bool m_measureAvailable = true;
};

} // namespace wb
