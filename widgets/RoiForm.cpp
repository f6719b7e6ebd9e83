#include "RoiForm.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wb {

namespace {

const QString kInvalidStyle = QStringLiteral(
    "QAbstractSpinBox { border: 2px solid #c62828; border-radius: 3px; background: #fdecea; }");

QDoubleSpinBox *numberBox(QWidget *parent, const char *name, double max, int decimals,
                          double step, bool dollars)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(0.0, max);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setGroupSeparatorShown(true);
    box->setAccelerated(true);
    box->setKeyboardTracking(false); // one update per typed number, not per digit
    box->setAlignment(Qt::AlignRight);
    if (dollars)
        box->setPrefix(QStringLiteral("$"));
    return box;
}

QSpinBox *countBox(QWidget *parent, const char *name, int min, int max)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(min, max);
    box->setGroupSeparatorShown(true);
    box->setAccelerated(true);
    box->setKeyboardTracking(false);
    box->setAlignment(Qt::AlignRight);
    return box;
}

QLabel *resultLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QFormLayout *formLayout(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A field goes under its label when the column is too narrow for both (a small screen).
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(4);
    return form;
}

} // namespace

RoiForm::RoiForm(QWidget *parent) : QWidget(parent)
{
    m_callGroup = new QGroupBox(this);
    m_contentGroup = new QGroupBox(this);
    m_ttsGroup = new QGroupBox(this);

    // The call center. Fields may go to zero so that the validation can say why zero is wrong.
    m_analysts = countBox(m_callGroup, "roiAnalysts", 0, 1000000);
    m_salary = numberBox(m_callGroup, "roiSalary", 1e7, 0, 1000.0, true);
    m_callsPerAnalyst = numberBox(m_callGroup, "roiCallsPerAnalyst", 1e10, 0, 10.0, false);
    m_callVolume = numberBox(m_callGroup, "roiCallVolume", 1e10, 0, 1000.0, false);
    m_setupCost = numberBox(m_callGroup, "roiSetupCost", 1e10, 0, 1000.0, true);
    m_yearlyCost = numberBox(m_callGroup, "roiYearlyCost", 1e10, 0, 1000.0, true);
    m_years = countBox(m_callGroup, "roiYears", 1, RoiInputs::kMaxYears);
    auto *callForm = formLayout(m_callGroup);
    for (QWidget *field : std::initializer_list<QWidget *>{m_analysts, m_salary, m_callsPerAnalyst,
                                                           m_callVolume, m_setupCost, m_yearlyCost,
                                                           m_years}) {
        auto *label = new QLabel(m_callGroup);
        label->setBuddy(field);
        m_labels << label;
        callForm->addRow(label, field);
    }

    // The content cases, each with its result below it.
    m_bookTitle = new QLabel(m_contentGroup);
    m_filmTitle = new QLabel(m_contentGroup);
    for (QLabel *title : {m_bookTitle, m_filmTitle}) {
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
    }
    m_bookHours = numberBox(m_contentGroup, "roiBookHours", 1e6, 1, 1.0, false);
    m_bookHuman = numberBox(m_contentGroup, "roiBookHumanRate", 1e6, 2, 10.0, true);
    m_bookAi = numberBox(m_contentGroup, "roiBookAiRate", 1e6, 2, 1.0, true);
    m_filmMinutes = numberBox(m_contentGroup, "roiFilmMinutes", 1e6, 0, 10.0, false);
    m_filmHuman = numberBox(m_contentGroup, "roiFilmHumanRate", 1e6, 2, 5.0, true);
    m_filmAi = numberBox(m_contentGroup, "roiFilmAiRate", 1e6, 2, 0.5, true);
    m_bookResult = resultLabel(m_contentGroup, "roiBookResult");
    m_filmResult = resultLabel(m_contentGroup, "roiFilmResult");
    auto *contentForm = formLayout(m_contentGroup);
    const auto addCase = [&](QLabel *title, std::initializer_list<QWidget *> fields,
                             QLabel *result) {
        contentForm->addRow(title);
        for (QWidget *field : fields) {
            auto *label = new QLabel(m_contentGroup);
            label->setBuddy(field);
            m_labels << label;
            contentForm->addRow(label, field);
        }
        contentForm->addRow(result);
    };
    addCase(m_bookTitle, {m_bookHours, m_bookHuman, m_bookAi}, m_bookResult);
    addCase(m_filmTitle, {m_filmMinutes, m_filmHuman, m_filmAi}, m_filmResult);

    // AI generation priced from a TTS speed.
    m_priceFromTts = new QCheckBox(m_ttsGroup);
    m_priceFromTts->setObjectName(QStringLiteral("roiPriceFromTts"));
    m_rtf = numberBox(m_ttsGroup, "roiRealTimeFactor", 1000.0, 4, 0.01, false);
    m_computePrice = numberBox(m_ttsGroup, "roiComputePrice", 1e4, 2, 0.05, true);
    m_measure = new QPushButton(m_ttsGroup);
    m_measure->setObjectName(QStringLiteral("roiMeasureTts"));
    m_measured = resultLabel(m_ttsGroup, "roiMeasured");
    m_measured->setTextFormat(Qt::PlainText);
    m_ttsRate = resultLabel(m_ttsGroup, "roiTtsRate");
    auto *ttsForm = formLayout(m_ttsGroup);
    ttsForm->addRow(m_priceFromTts);
    for (QWidget *field : std::initializer_list<QWidget *>{m_rtf, m_computePrice}) {
        auto *label = new QLabel(m_ttsGroup);
        label->setBuddy(field);
        m_labels << label;
        ttsForm->addRow(label, field);
    }
    ttsForm->addRow(m_ttsRate);
    ttsForm->addRow(m_measure);
    ttsForm->addRow(m_measured);

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);
    column->addWidget(m_callGroup);
    column->addWidget(m_contentGroup);
    column->addWidget(m_ttsGroup);
    column->addStretch(1);

    for (QSpinBox *box : {m_analysts, m_years})
        connect(box, &QSpinBox::valueChanged, this, &RoiForm::changed);
    for (QDoubleSpinBox *box : {m_salary, m_callsPerAnalyst, m_callVolume, m_setupCost,
                                m_yearlyCost, m_bookHours, m_bookHuman, m_bookAi, m_filmMinutes,
                                m_filmHuman, m_filmAi, m_rtf, m_computePrice})
        connect(box, &QDoubleSpinBox::valueChanged, this, &RoiForm::changed);
    connect(m_years, &QSpinBox::valueChanged, this, &RoiForm::retranslate); // "year(s)"
    connect(m_priceFromTts, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        Q_EMIT changed();
    });
    connect(m_measure, &QPushButton::clicked, this, &RoiForm::measureRequested);

    setScenario(RoiScenario());
    retranslate();
}

RoiScenario RoiForm::scenario() const
{
    RoiScenario s;
    RoiInputs &in = s.callCenter;
    in.analysts = m_analysts->value();
    in.salary = m_salary->value();
    in.callsPerAnalyst = m_callsPerAnalyst->value();
    in.callVolume = m_callVolume->value();
    in.setupCost = m_setupCost->value();
    in.yearlyCost = m_yearlyCost->value();
    in.years = m_years->value();
    s.audiobook.amount = m_bookHours->value();
    s.audiobook.humanRate = m_bookHuman->value();
    s.audiobook.aiRate = m_bookAi->value();
    s.dubbing.amount = m_filmMinutes->value();
    s.dubbing.humanRate = m_filmHuman->value();
    s.dubbing.aiRate = m_filmAi->value();
    s.priceFromTts = m_priceFromTts->isChecked();
    s.ttsPricing.realTimeFactor = m_rtf->value();
    s.ttsPricing.computePricePerHour = m_computePrice->value();
    return s;
}

void RoiForm::setScenario(const RoiScenario &s)
{
    const QList<QWidget *> fields{m_analysts, m_salary, m_callsPerAnalyst, m_callVolume,
                                  m_setupCost, m_yearlyCost, m_years, m_bookHours,
                                  m_bookHuman, m_bookAi, m_filmMinutes, m_filmHuman,
                                  m_filmAi, m_priceFromTts, m_rtf, m_computePrice};
    for (QWidget *w : fields)
        w->blockSignals(true);
    const RoiInputs &in = s.callCenter;
    m_analysts->setValue(in.analysts);
    m_salary->setValue(in.salary);
    m_callsPerAnalyst->setValue(in.callsPerAnalyst);
    m_callVolume->setValue(in.callVolume);
    m_setupCost->setValue(in.setupCost);
    m_yearlyCost->setValue(in.yearlyCost);
    m_years->setValue(in.years);
    m_bookHours->setValue(s.audiobook.amount);
    m_bookHuman->setValue(s.audiobook.humanRate);
    m_bookAi->setValue(s.audiobook.aiRate);
    m_filmMinutes->setValue(s.dubbing.amount);
    m_filmHuman->setValue(s.dubbing.humanRate);
    m_filmAi->setValue(s.dubbing.aiRate);
    m_priceFromTts->setChecked(s.priceFromTts);
    m_rtf->setValue(s.ttsPricing.realTimeFactor);
    m_computePrice->setValue(s.ttsPricing.computePricePerHour);
    for (QWidget *w : fields)
        w->blockSignals(false);
    updateEnabled();
    retranslate();
    Q_EMIT changed();
}

QWidget *RoiForm::fieldWidget(Section section, RoiIssue::Field field) const
{
    using F = RoiIssue::Field;
    switch (section) {
    case Section::CallCenter:
        switch (field) {
        case F::Analysts: return m_analysts;
        case F::Salary: return m_salary;
        case F::CallsPerAnalyst: return m_callsPerAnalyst;
        case F::CallVolume: return m_callVolume;
        case F::SetupCost: return m_setupCost;
        case F::YearlyCost: return m_yearlyCost;
        case F::Years: return m_years;
        default: return nullptr;
        }
    case Section::Audiobook:
    case Section::Dubbing: {
        const bool book = section == Section::Audiobook;
        switch (field) {
        case F::Amount: return book ? m_bookHours : m_filmMinutes;
        case F::HumanRate: return book ? m_bookHuman : m_filmHuman;
        case F::AiRate: return book ? m_bookAi : m_filmAi;
        default: return nullptr;
        }
    }
    case Section::TtsPricing:
        return field == F::RealTimeFactor ? m_rtf : field == F::ComputePrice ? m_computePrice
                                                                               : nullptr;
    }
    return nullptr;
}

void RoiForm::markInvalid(Section section, RoiIssue::Field field)
{
    if (QWidget *w = fieldWidget(section, field))
        w->setStyleSheet(kInvalidStyle);
}

void RoiForm::clearMarks()
{
    for (QAbstractSpinBox *box : findChildren<QAbstractSpinBox *>())
        if (!box->styleSheet().isEmpty())
            box->setStyleSheet(QString());
}

void RoiForm::showContentResult(Section section, const QString &html)
{
    (section == Section::Audiobook ? m_bookResult : m_filmResult)->setText(html);
}

void RoiForm::showTtsRate(const QString &text)
{
    m_ttsRate->setText(text);
}

void RoiForm::setRealTimeFactor(double rtf)
{
    m_rtf->setValue(rtf);
}

void RoiForm::setPriceFromTts(bool on)
{
    m_priceFromTts->setChecked(on);
}

void RoiForm::setMeasuring(bool measuring)
{
    m_measuring = measuring;
    updateEnabled();
    retranslate();
}

void RoiForm::setMeasureAvailable(bool available, const QString &why)
{
    m_measureAvailable = available;
    m_measure->setToolTip(why);
    updateEnabled();
}

void RoiForm::setMeasuredText(const QString &text)
{
    m_measured->setText(text);
}

QString RoiForm::measuredText() const
{
    return m_measured->text();
}

void RoiForm::updateEnabled()
{
    const bool fromTts = m_priceFromTts->isChecked();
    m_bookAi->setEnabled(!fromTts);
    m_filmAi->setEnabled(!fromTts);
    m_rtf->setEnabled(fromTts);
    m_computePrice->setEnabled(fromTts);
    m_measure->setEnabled(m_measureAvailable && !m_measuring);
}

void RoiForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RoiForm::retranslate()
{
    m_callGroup->setTitle(tr("Call center quality assurance"));
    m_contentGroup->setTitle(tr("Content creation"));
    m_ttsGroup->setTitle(tr("AI priced from TTS speed"));
    const QStringList labels{
        tr("QA &analysts:"), tr("&Salary per analyst (year):"),
        tr("&Calls reviewed per analyst (month):"), tr("Call &volume (month):"),
        tr("AI se&tup cost:"), tr("API/compute per y&ear:"), tr("&Horizon:"),
        tr("Hours of audio:"), tr("Voice actor per hour:"), tr("AI per hour:"),
        tr("Minutes of film:"), tr("Dubbing studio per minute:"), tr("AI per minute:"),
        tr("&Real-time factor:"), tr("Compute price per hour:")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_years->setSuffix(m_years->value() == 1 ? tr(" year") : tr(" years"));
    m_bookTitle->setText(tr("Audiobook"));
    m_filmTitle->setText(tr("Dubbing a film"));
    m_priceFromTts->setText(tr("&Price AI generation from TTS speed"));
    m_measure->setText(m_measuring ? tr("Measuring…") : tr("&Measure on this machine"));

    m_analysts->setToolTip(tr("People who listen to calls and score them."));
    m_salary->setToolTip(tr("Yearly cost of one analyst to the company."));
    m_callsPerAnalyst->setToolTip(
        tr("Calls one analyst can listen to and score in a month (about 5 a working day)."));
    m_callVolume->setToolTip(tr("Every call the center takes in a month."));
    m_setupCost->setToolTip(tr("One-off: integration, prompts, evaluation. Paid in year 1."));
    m_yearlyCost->setToolTip(
        tr("Speech-to-text and language-model API calls, or the compute to run them, per year."));
    m_years->setToolTip(tr("Years over which costs, savings and ROI add up."));
    m_priceFromTts->setToolTip(
        tr("Replace the AI rates with what the compute costs: an hour of audio takes "
           "real-time factor hours of compute at the price per hour."));
    m_rtf->setToolTip(tr("Seconds of compute per second of audio: 0.04 makes an hour of "
                         "audio in 2.4 minutes."));
    m_computePrice->setToolTip(tr("What an hour of this compute costs (a cloud CPU, say)."));
    m_measure->setToolTip(m_measure->toolTip().isEmpty() || m_measureAvailable
                              ? tr("Speak a sentence with the shipped FastSpeech 2 and Griffin-Lim "
                                   "and time it.")
                              : m_measure->toolTip());
}

} // namespace wb
