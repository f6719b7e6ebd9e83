#include "RoiPanel.h"

#include "BundledModels.h"
#include "FastSpeech2Checkpoint.h"
#include "MessageStrip.h"
#include "RoiCharts.h"
#include "RoiForm.h"
#include "RoiFormat.h"
#include "TextToSpeech.h"

#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace wb {

namespace {

using Section = RoiForm::Section;

constexpr const char *kMeasureSentence =
    "Thank you for calling. This call may be recorded for quality and training purposes.";

/** Speaks a sentence with the shipped model and times it; a QVariantMap with the figures. */
ModelBackend::JobFn measureJob(const QString &checkpoint)
{
    const std::string path = QFile::encodeName(checkpoint).toStdString();
    return [path](JobContext &job) {
        TextToSpeech tts(FastSpeech2Checkpoint::load(path));
        job.setProgress(0.2);
        tts.speak("Hello."); // the first call allocates: not what a long job costs per second
        const TtsResult r = tts.speak(kMeasureSentence, {}, job.progressFn());
        return QVariant(QVariantMap{{QStringLiteral("rtf"), r.realTimeFactor()},
                                    {QStringLiteral("audio"), r.audioSeconds()},
                                    {QStringLiteral("compute"), r.timings.total()}});
    };
}

} // namespace

RoiPanel::RoiPanel(ModelBackend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_form(new RoiForm)
    , m_formScroll(new QScrollArea(this))
    , m_charts(new RoiCharts(this))
    , m_message(new MessageStrip(this))
    , m_resetButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_loadButton(new QPushButton(this))
    , m_csvButton(new QPushButton(this))
    , m_pdfButton(new QPushButton(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("RoiPanel"));
    m_message->setObjectName(QStringLiteral("roiMessage"));
    m_csvButton->setObjectName(QStringLiteral("roiExportCsv"));
    m_pdfButton->setObjectName(QStringLiteral("roiExportPdf"));
    m_formScroll->setWidget(m_form);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_formScroll->setMinimumWidth(m_form->minimumSizeHint().width() + 20);
    m_formScroll->setMaximumWidth(m_form->sizeHint().width() + 60);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resetButton);
    buttons->addStretch(1);
    for (QPushButton *b : {m_saveButton, m_loadButton, m_csvButton, m_pdfButton})
        buttons->addWidget(b);

    const char *cardNames[5] = {"Traditional", "Ai", "Savings", "Roi", "Coverage"};
    const QColor cardColors[5] = {RoiCharts::traditionalColor(), RoiCharts::aiColor(),
                                  RoiCharts::savingsColor(), RoiCharts::savingsColor(),
                                  RoiCharts::aiColor()};
    auto *cards = new QHBoxLayout;
    cards->setSpacing(6);
    for (int i = 0; i < 5; ++i) {
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("roiCard"));
        frame->setStyleSheet(QStringLiteral("QFrame#roiCard { background: palette(base); border: "
                                            "1px solid #d0d0d0; border-left: 5px solid %1; "
                                            "border-radius: 4px; }")
                                 .arg(cardColors[i].name()));
        Card &c = m_cards[i];
        c.title = new QLabel(frame);
        c.value = new QLabel(frame);
        c.detail = new QLabel(frame);
        c.value->setObjectName(QStringLiteral("roiCard%1").arg(QLatin1String(cardNames[i])));
        QFont big = c.value->font();
        big.setBold(true);
        big.setPointSizeF(big.pointSizeF() * 1.5);
        c.value->setFont(big);
        c.color = cardColors[i].darker(125);
        c.value->setStyleSheet(QStringLiteral("color: %1;").arg(c.color.name()));
        c.title->setStyleSheet(QStringLiteral("color: #555;"));
        c.detail->setStyleSheet(QStringLiteral("color: #666;"));
        c.detail->setWordWrap(true);
        c.title->setWordWrap(true);
        for (QLabel *l : {c.title, c.value, c.detail})
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *box = new QVBoxLayout(frame);
        box->setContentsMargins(8, 6, 8, 6);
        box->setSpacing(1);
        box->addWidget(c.title);
        box->addWidget(c.value);
        box->addWidget(c.detail);
        box->addStretch(1);
        cards->addWidget(frame, 1);
    }
    m_summary->setObjectName(QStringLiteral("roiSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    auto *right = new QVBoxLayout;
    right->setSpacing(6);
    right->addLayout(cards);
    right->addWidget(m_summary);
    right->addWidget(m_charts, 1);
    auto *body = new QHBoxLayout;
    body->setSpacing(10);
    body->addWidget(m_formScroll);
    body->addLayout(right, 1);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(8, 6, 8, 6);
    column->setSpacing(6);
    column->addLayout(buttons);
    column->addWidget(m_message);
    column->addLayout(body, 1);

    connect(m_form, &RoiForm::changed, this, &RoiPanel::recompute);
    connect(m_form, &RoiForm::measureRequested, this, &RoiPanel::measureTtsSpeed);
    connect(m_resetButton, &QPushButton::clicked, this, &RoiPanel::resetToCourse);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        const QString path = askPath(true, tr("ROI scenarios (*.json)"), QStringLiteral("json"));
        if (!path.isEmpty())
            saveScenario(path);
    });
    connect(m_loadButton, &QPushButton::clicked, this, [this] {
        const QString path = askPath(false, tr("ROI scenarios (*.json)"), QStringLiteral("json"));
        if (!path.isEmpty())
            loadScenario(path);
    });
    connect(m_csvButton, &QPushButton::clicked, this, [this] {
        const QString path = askPath(true, tr("CSV tables (*.csv)"), QStringLiteral("csv"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = askPath(true, tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    if (m_backend) {
        connect(m_backend, &ModelBackend::finished, this, &RoiPanel::onFinished);
        connect(m_backend, &ModelBackend::failed, this, &RoiPanel::onFailed);
        connect(m_backend, &ModelBackend::cancelled, this, &RoiPanel::onCancelled);
    }
    m_form->setMeasureAvailable(m_backend != nullptr);

    retranslate();
    recompute();
}

RoiPanel::~RoiPanel()
{
    if (m_backend && m_measureJob)
        m_backend->cancel(*m_measureJob);
}

RoiScenario RoiPanel::scenario() const
{
    return m_form->scenario();
}

void RoiPanel::setScenario(const RoiScenario &scenario)
{
    m_form->setScenario(scenario); // recomputes through changed()
}

QString RoiPanel::message() const
{
    return m_message->message();
}

void RoiPanel::resetToCourse()
{
    setScenario(RoiScenario());
    Q_EMIT statusMessage(tr("ROI calculator back to the course's case."));
}


void RoiPanel::recompute()
{
    const RoiScenario s = m_form->scenario();
    m_form->clearMarks();
    QStringList problems;
    const auto report = [&](Section section, const std::vector<RoiIssue> &issues) {
        for (const RoiIssue &issue : issues) {
            m_form->markInvalid(section, issue.field);
            if (issue.problem == RoiIssue::Problem::NoAiCost)
                m_form->markInvalid(section, RoiIssue::Field::SetupCost);
            if (issue.problem == RoiIssue::Problem::ReviewsExceedVolume)
                m_form->markInvalid(section, RoiIssue::Field::CallVolume);
            problems << issueText(int(section), issue).toHtmlEscaped();
        }
        return issues.empty();
    };
    const bool callValid = report(Section::CallCenter, s.callCenter.validate());
    const bool bookValid = report(Section::Audiobook, s.audiobook.validate());
    const bool filmValid = report(Section::Dubbing, s.dubbing.validate());
    const bool ttsValid = report(Section::TtsPricing, s.ttsPricing.validate());
    m_valid = problems.isEmpty();

    m_result.reset();
    if (callValid) {
        m_result = computeRoi(s.callCenter);
        m_charts->showCallCenter(s.callCenter, *m_result);
    }
    m_charts->setCallCenterStale(!callValid);
    showCards();

    if (ttsValid)
        m_form->showTtsRate(tr("At this speed an hour of audio costs %1 of compute, a minute %2.")
                                .arg(money(s.ttsPricing.costPerAudioHour()),
                                     money(s.ttsPricing.costPerAudioMinute())));
    else
        m_form->showTtsRate(QString());
    const bool pricingOk = !s.priceFromTts || ttsValid;
    const auto showCase = [&](Section section, bool valid, const ContentCase &c) {
        if (!valid || !pricingOk) {
            m_form->showContentResult(section, QStringLiteral("—"));
            return;
        }
        const ContentResult r = c.compute();
        m_form->showContentResult(
            section, tr("%1 against %2: <b>%3 saved (%4)</b>")
                         .arg(money(r.humanCost), money(r.aiCost), money(r.savings),
                              percent(r.savedPercent)));
    };
    const bool contentValid = pricingOk && bookValid && filmValid;
    if (contentValid)
        m_charts->showContent(s.effectiveAudiobook(), s.effectiveDubbing());
    m_charts->setContentStale(!contentValid);
    showCase(Section::Audiobook, bookValid, pricingOk && bookValid ? s.effectiveAudiobook() : s.audiobook);
    showCase(Section::Dubbing, filmValid, pricingOk && filmValid ? s.effectiveDubbing() : s.dubbing);

    if (m_valid) {
        m_message->clearMessage();
    } else {
        showProblem(tr("<b>Check the inputs.</b> %1").arg(problems.join(QLatin1Char(' '))));
    }
    for (QPushButton *b : {m_csvButton, m_pdfButton})
        b->setEnabled(m_valid);
}

void RoiPanel::showCards()
{
    if (!m_result) {
        for (Card &c : m_cards) {
            c.value->setText(QStringLiteral("—"));
            c.detail->clear();
        }
        m_summary->clear();
        return;
    }
    const RoiInputs in = m_form->scenario().callCenter;
    const RoiResult &r = *m_result;
    const QLocale l;
    m_cards[0].value->setText(money(r.traditionalCost));
    const QString analysts = l.toString(in.analysts), salary = money(in.salary);
    m_cards[0].detail->setText(
        in.years == 1 ? tr("%1 analysts × %2 a year").arg(analysts, salary)
                      : tr("%1 analysts × %2 a year, %3 years").arg(analysts, salary, l.toString(in.years)));
    m_cards[1].value->setText(money(r.aiCost));
    m_cards[1].detail->setText(
        tr("%1 setup + %2 a year").arg(money(in.setupCost), money(in.yearlyCost)));
    m_cards[2].value->setText(money(r.savings));
    m_cards[2].detail->setText(in.years == 1 ? tr("traditional − AI, 1 year")
                                             : tr("traditional − AI, %1 years").arg(l.toString(in.years)));
    m_cards[3].value->setText(percent(r.roiPercent));
    m_cards[3].detail->setText(tr("savings ÷ AI cost"));
    m_cards[4].value->setText(
        QStringLiteral("%1 → %2")
            .arg(l.toString(r.traditionalCoverage, 'f', r.traditionalCoverage < 10.0 ? 1 : 0) +
                     QLatin1Char('%'),
                 l.toString(r.aiCoverage, 'f', 0) + QLatin1Char('%')));
    m_cards[4].detail->setText(tr("of calls reviewed: team → AI"));
    const QColor bad(190, 40, 40);
    for (int i : {2, 3}) {
        m_cards[i].color = r.savings < 0 ? bad : RoiCharts::savingsColor().darker(125);
        m_cards[i].value->setStyleSheet(QStringLiteral("color: %1;").arg(m_cards[i].color.name()));
    }

    QString breakEven;
    if (!r.breakEvenMonths)
        breakEven = tr("The AI never pays back: it costs at least as much a year as the team.");
    else if (!r.breaksEvenWithinHorizon())
        breakEven = tr("%1, beyond the horizon.").arg(RoiCharts::breakEvenText(*r.breakEvenMonths));
    else
        breakEven = RoiCharts::breakEvenText(*r.breakEvenMonths) + QLatin1Char('.');
    m_summary->setText(
        QStringLiteral("<b>%1</b> %2")
            .arg(breakEven.toHtmlEscaped(),
                 tr("A reviewed call costs %1 with the team and %2 with the AI.")
                     .arg(money(r.costPerCallTraditional), money(r.costPerCallAi))
                     .toHtmlEscaped()));
}

void RoiPanel::showProblem(const QString &html)
{
    m_message->showMessage(html, MessageStrip::Kind::Error);
}


void RoiPanel::measureTtsSpeed()
{
    if (!m_backend || m_measureJob)
        return;
    QString path;
    try {
        path = QString::fromStdString(bundledModelPath(kBundledFastSpeech2));
    } catch (const std::exception &e) {
        showProblem(tr("Cannot measure the TTS speed: %1 Enter a real-time factor by hand (from "
                       "the Text-to-Speech tab or <code>wavebench tts bench</code>).")
                        .arg(QString::fromUtf8(e.what()).toHtmlEscaped()));
        return;
    }
    m_measureJob = m_backend->submit(Lane::Model, tr("Measuring this machine's TTS speed"),
                                     measureJob(path));
    m_form->setMeasuring(true);
    m_form->setMeasuredText(tr("Speaking a sentence with FastSpeech 2 and Griffin-Lim…"));
}

void RoiPanel::onFinished(ModelBackend::JobId id, const QVariant &result)
{
    if (!m_measureJob || id != *m_measureJob)
        return;
    m_measureJob.reset();
    m_form->setMeasuring(false);
    const QVariantMap m = result.toMap();
    const double rtf = std::max(m.value(QStringLiteral("rtf")).toDouble(), 1e-4);
    const QLocale l;
    m_form->setMeasuredText(
        tr("Measured here: %1 s of speech in %2 s, a real-time factor of %3.")
            .arg(l.toString(m.value(QStringLiteral("audio")).toDouble(), 'f', 2),
                 l.toString(m.value(QStringLiteral("compute")).toDouble(), 'f', 2),
                 l.toString(rtf, 'f', 4)));
    m_form->setRealTimeFactor(rtf);
    m_form->setPriceFromTts(true);
    Q_EMIT statusMessage(tr("TTS real-time factor on this machine: %1").arg(l.toString(rtf, 'f', 4)));
    Q_EMIT ttsSpeedMeasured(rtf);
}

void RoiPanel::onFailed(ModelBackend::JobId id, const QString &message)
{
    if (!m_measureJob || id != *m_measureJob)
        return;
    m_measureJob.reset();
    m_form->setMeasuring(false);
    m_form->setMeasuredText(QString());
    showProblem(tr("The TTS speed could not be measured: %1").arg(message.toHtmlEscaped()));
}

void RoiPanel::onCancelled(ModelBackend::JobId id)
{
    if (!m_measureJob || id != *m_measureJob)
        return;
    m_measureJob.reset();
    m_form->setMeasuring(false);
    m_form->setMeasuredText(QString());
}

void RoiPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        recompute();
    }
    QWidget::changeEvent(event);
}

void RoiPanel::retranslate()
{
    m_resetButton->setText(tr("Course &defaults"));
    m_resetButton->setToolTip(tr("Back to the course's case: 10 analysts, $500,000 a year, "
                                 "against $60,000 of AI."));
    m_saveButton->setText(tr("&Save scenario…"));
    m_loadButton->setText(tr("&Load scenario…"));
    m_csvButton->setText(tr("Export &CSV…"));
    m_pdfButton->setText(tr("Export &PDF…"));
    const QString titles[5] = {tr("Traditional QA"), tr("AI"), tr("Savings"), tr("ROI"),
                               tr("Coverage")};
    for (int i = 0; i < 5; ++i)
        m_cards[i].title->setText(titles[i]);
}

} // namespace wb
