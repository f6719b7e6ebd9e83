// `wavebench roi`: the Call Center tab's ROI calculator headless (call-center QA,
// audiobook, dubbing), as a table, JSON or CSV.
#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"
#include "callcenter/Roi.h"
#include "callcenter/RoiScenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace wb::cli {

namespace {

const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

/** Money as the course writes it: "$500,000", "$41.67", and two significant digits below a
 *  dollar ("$0.05", "$0.00012": a TTS-priced rate is a fraction of a cent). */
QString money(double v)
{
    const QString sign = v < 0 ? QStringLiteral("-$") : QStringLiteral("$");
    v = std::fabs(v);
    int decimals = 0;
    if (v != std::round(v))
        decimals = v >= 1.0 ? 2 : std::max(2, 1 - int(std::floor(std::log10(v))));
    QString digits = english().toString(v, 'f', decimals);
    while (decimals > 2 && digits.endsWith(QLatin1Char('0'))) { // "$0.050" -> "$0.05"
        digits.chop(1);
        --decimals;
    }
    return sign + digits;
}

/** A share with one decimal, more when one decimal would round 99.99 up to 100. */
QString percentText(double p)
{
    int decimals = 1;
    while (decimals < 6 && p < 100.0 &&
           std::round(p * std::pow(10.0, decimals)) >= 100.0 * std::pow(10.0, decimals))
        ++decimals;
    return english().toString(p, 'f', decimals);
}

QString plain(double v)
{
    return english().toString(v, 'f', v == std::round(v) ? 0 : 2);
}

/** Rounded to cents (money) or hundredths (percent): JSON readers see the figures as printed. */
double hundredths(double v)
{
    return std::round(v * 100.0) / 100.0;
}

double number(const CommandLine &cl, const QString &name, double fallback)
{
    if (!cl.isSet(name))
        return fallback;
    bool ok = false;
    const double v = cl.value(name).toDouble(&ok);
    if (!ok)
        throw UsageError(
            QStringLiteral("--%1 must be a number, not '%2'").arg(name, cl.value(name)));
    return v;
}

int wholeNumber(const CommandLine &cl, const QString &name, int fallback)
{
    if (!cl.isSet(name))
        return fallback;
    bool ok = false;
    const int v = cl.value(name).toInt(&ok);
    if (!ok)
        throw UsageError(
            QStringLiteral("--%1 must be a whole number, not '%2'").arg(name, cl.value(name)));
    return v;
}

/** The first issue as a usage error naming its option. */
void refuse(const std::vector<RoiIssue> &issues, const QString &amountOption = {})
{
    if (issues.empty())
        return;
    const RoiIssue &issue = issues.front();
    QString option = QString::fromLatin1(RoiIssue::fieldName(issue.field));
    if (issue.field == RoiIssue::Field::Amount)
        option = amountOption;
    if (issue.problem == RoiIssue::Problem::NoAiCost)
        option = QStringLiteral("setup-cost/--yearly-cost");
    throw UsageError(QStringLiteral("--%1: %2").arg(option, QString::fromStdString(issue.message())));
}

RoiScenario baseScenario(const CommandLine &cl)
{
    const QString path = cl.value(QStringLiteral("scenario"));
    return path.isEmpty() ? RoiScenario() : RoiScenario::load(QFile::encodeName(path).toStdString());
}

void addCommonOptions(CommandLine &cl)
{
    cl.addOption(QStringLiteral("scenario"),
                 QStringLiteral("Start from a scenario saved by the ROI calculator (JSON); the "
                                "options given override it."),
                 QStringLiteral("FILE"));
    cl.addOption(QStringLiteral("json"), QStringLiteral("Print the figures as one JSON object."));
    cl.addOption(QStringLiteral("csv"), QStringLiteral("Also write the table as CSV to FILE."),
                 QStringLiteral("FILE"));
}

void writeCsv(const CommandLine &cl, const std::string &csv)
{
    const QString path = cl.value(QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    saveTextFile(QFile::encodeName(path).toStdString(), csv);
    if (!cl.isSet(QStringLiteral("json")))
        printOut(QStringLiteral("wrote %1").arg(path));
}

QString breakEvenText(const RoiResult &r)
{
    if (!r.breakEvenMonths)
        return QStringLiteral("never (the AI costs at least as much a year as the team)");
    const double months = *r.breakEvenMonths;
    return QStringLiteral("after %1 months (%2 days)%3")
        .arg(english().toString(months, 'f', 2))
        .arg(english().toString(months * 365.0 / 12.0, 'f', 0))
        .arg(r.breaksEvenWithinHorizon() ? QString() : QStringLiteral(", beyond the horizon"));
}

int roiCallCenter(const QStringList &arguments)
{
    CommandLine cl(
        QStringLiteral("roi"),
        QStringLiteral(
            "The course's ROI case: a QA team that listens to a sample of the calls against an "
            "AI that transcribes and scores every call. The defaults give traditional $500,000 "
            "a year, AI $60,000 the first year, savings $440,000, ROI 733.3%, coverage 1% "
            "against 100%. ROI = (traditional - AI cost) / AI cost over the horizon; the AI's "
            "setup is paid in year 1.\n"
            "Also: `wavebench roi audiobook --help`, `wavebench roi dubbing --help`."));
    cl.addOption(QStringLiteral("analysts"), QStringLiteral("QA analysts (default 10)."),
                 QStringLiteral("N"));
    cl.addOption(QStringLiteral("salary"),
                 QStringLiteral("Yearly salary per analyst, $ (default 50000)."), QStringLiteral("X"));
    cl.addOption(QStringLiteral("calls-per-analyst"),
                 QStringLiteral("Calls one analyst reviews per month (default 100)."),
                 QStringLiteral("N"));
    cl.addOption(QStringLiteral("call-volume"),
                 QStringLiteral("Calls the center takes per month (default 100000)."),
                 QStringLiteral("N"));
    cl.addOption(QStringLiteral("setup-cost"), QStringLiteral("AI setup cost, $ (default 10000)."),
                 QStringLiteral("X"));
    cl.addOption(QStringLiteral("yearly-cost"),
                 QStringLiteral("AI API and compute per year, $ (default 50000)."),
                 QStringLiteral("X"));
    cl.addOption(QStringLiteral("years"), QStringLiteral("Horizon in years, 1-50 (default 1)."),
                 QStringLiteral("N"));
    addCommonOptions(cl);
    if (!cl.parse(arguments))
        return ExitOk;
    cl.positionals(0);
    RoiInputs in = baseScenario(cl).callCenter;
    in.analysts = wholeNumber(cl, QStringLiteral("analysts"), in.analysts);
    in.salary = number(cl, QStringLiteral("salary"), in.salary);
    in.callsPerAnalyst = number(cl, QStringLiteral("calls-per-analyst"), in.callsPerAnalyst);
    in.callVolume = number(cl, QStringLiteral("call-volume"), in.callVolume);
    in.setupCost = number(cl, QStringLiteral("setup-cost"), in.setupCost);
    in.yearlyCost = number(cl, QStringLiteral("yearly-cost"), in.yearlyCost);
    in.years = wholeNumber(cl, QStringLiteral("years"), in.years);
    refuse(in.validate());
    const RoiResult r = computeRoi(in);
    writeCsv(cl, roiCsv(in, r));

    if (cl.isSet(QStringLiteral("json"))) {
        QJsonArray years;
        for (const RoiYear &y : r.years)
            years.append(QJsonObject{
                {QStringLiteral("year"), y.year},
                {QStringLiteral("traditional_cost"), hundredths(y.traditional)},
                {QStringLiteral("ai_cost"), hundredths(y.ai)},
                {QStringLiteral("savings"), hundredths(y.savings())},
                {QStringLiteral("cumulative_traditional_cost"), hundredths(y.cumulativeTraditional)},
                {QStringLiteral("cumulative_ai_cost"), hundredths(y.cumulativeAi)},
                {QStringLiteral("cumulative_savings"), hundredths(y.cumulativeSavings())},
            });
        const QJsonObject o{
            {QStringLiteral("case"), QStringLiteral("call_center")},
            {QStringLiteral("inputs"),
             QJsonObject{{QStringLiteral("analysts"), in.analysts},
                         {QStringLiteral("salary"), in.salary},
                         {QStringLiteral("calls_per_analyst"), in.callsPerAnalyst},
                         {QStringLiteral("call_volume"), in.callVolume},
                         {QStringLiteral("setup_cost"), in.setupCost},
                         {QStringLiteral("yearly_cost"), in.yearlyCost},
                         {QStringLiteral("years"), in.years}}},
            {QStringLiteral("traditional_cost"), hundredths(r.traditionalCost)},
            {QStringLiteral("ai_cost"), hundredths(r.aiCost)},
            {QStringLiteral("savings"), hundredths(r.savings)},
            {QStringLiteral("roi_percent"), hundredths(r.roiPercent)},
            {QStringLiteral("traditional_coverage_percent"), hundredths(r.traditionalCoverage)},
            {QStringLiteral("ai_coverage_percent"), hundredths(r.aiCoverage)},
            {QStringLiteral("cost_per_reviewed_call_traditional"), hundredths(r.costPerCallTraditional)},
            {QStringLiteral("cost_per_reviewed_call_ai"), std::round(r.costPerCallAi * 1e4) / 1e4},
            {QStringLiteral("break_even_months"),
             r.breakEvenMonths ? QJsonValue(std::round(*r.breakEvenMonths * 1e4) / 1e4)
                               : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("years"), years},
        };
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }

    QString t = QStringLiteral("Call center QA over %1 year%2\n")
                    .arg(in.years)
                    .arg(in.years == 1 ? QString() : QStringLiteral("s"));
    t += QStringLiteral("  team: %1 analysts x %2 a year, each reviewing %3 of %4 calls a month\n")
             .arg(in.analysts)
             .arg(money(in.salary), plain(in.callsPerAnalyst), plain(in.callVolume));
    t += QStringLiteral("  AI:   %1 setup + %2 a year of API and compute, every call\n\n")
             .arg(money(in.setupCost), money(in.yearlyCost));
    t += QStringLiteral("%1 %2 %3 %4 %5\n")
             .arg(QStringLiteral("year"), 4)
             .arg(QStringLiteral("traditional"), 14)
             .arg(QStringLiteral("AI"), 14)
             .arg(QStringLiteral("savings"), 14)
             .arg(QStringLiteral("cumulative savings"), 20);
    for (const RoiYear &y : r.years)
        t += QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(y.year, 4)
                 .arg(money(y.traditional), 14)
                 .arg(money(y.ai), 14)
                 .arg(money(y.savings()), 14)
                 .arg(money(y.cumulativeSavings()), 20);
    t += QLatin1Char('\n');
    const auto line = [&t](const char *name, const QString &value) {
        t += QStringLiteral("%1 %2\n").arg(QLatin1String(name), -18).arg(value);
    };
    line("traditional cost", money(r.traditionalCost));
    line("AI cost", money(r.aiCost));
    line("savings", money(r.savings));
    line("ROI", QStringLiteral("%1%  (savings / AI cost over the horizon)")
                    .arg(english().toString(r.roiPercent, 'f', 1)));
    line("coverage", QStringLiteral("%1% of calls reviewed by the team, %2% by the AI")
                         .arg(english().toString(r.traditionalCoverage, 'f', r.traditionalCoverage < 10 ? 1 : 0))
                         .arg(english().toString(r.aiCoverage, 'f', 0)));
    line("per reviewed call", QStringLiteral("%1 by the team, %2 by the AI")
                                  .arg(money(r.costPerCallTraditional), money(r.costPerCallAi)));
    line("break-even", breakEvenText(r));
    printOut(t.trimmed());
    return ExitOk;
}

int roiContent(bool audiobook, const QStringList &arguments)
{
    const QString amountName = audiobook ? QStringLiteral("hours") : QStringLiteral("minutes");
    const QString unit = audiobook ? QStringLiteral("hour") : QStringLiteral("minute");
    CommandLine cl(
        audiobook ? QStringLiteral("roi audiobook") : QStringLiteral("roi dubbing"),
        audiobook
            ? QStringLiteral("The course's audiobook case: a voice actor at $200 an hour of "
                             "finished audio against AI generation at $5 an hour. A 10-hour "
                             "book: $2,000 against $50, 97.5% saved.")
            : QStringLiteral("The course's dubbing case: a dubbing studio at $50 a minute "
                             "against AI at $1 a minute. A 90-minute film: $4,500 against $90, "
                             "98% saved."));
    cl.addOption(amountName,
                 audiobook ? QStringLiteral("Hours of finished audio (default 10).")
                           : QStringLiteral("Minutes of film (default 90)."),
                 audiobook ? QStringLiteral("H") : QStringLiteral("M"));
    cl.addOption(QStringLiteral("human-rate"),
                 QStringLiteral("Human cost per %1, $ (default %2).")
                     .arg(unit, audiobook ? QStringLiteral("200") : QStringLiteral("50")),
                 QStringLiteral("X"));
    cl.addOption(QStringLiteral("ai-rate"),
                 QStringLiteral("AI generation cost per %1, $ (default %2).")
                     .arg(unit, audiobook ? QStringLiteral("5") : QStringLiteral("1")),
                 QStringLiteral("X"));
    cl.addOption(QStringLiteral("rtf"),
                 QStringLiteral("Price the AI from a TTS real-time factor instead (compute seconds "
                                "per second of audio, e.g. from `wavebench tts bench`)."),
                 QStringLiteral("R"));
    cl.addOption(QStringLiteral("compute-price"),
                 QStringLiteral("With --rtf: $ per hour of compute (default 0.10)."),
                 QStringLiteral("X"));
    addCommonOptions(cl);
    if (!cl.parse(arguments))
        return ExitOk;
    cl.positionals(0);
    const RoiScenario base = baseScenario(cl);
    ContentCase c = audiobook ? base.audiobook : base.dubbing;
    c.amount = number(cl, amountName, c.amount);
    c.humanRate = number(cl, QStringLiteral("human-rate"), c.humanRate);
    c.aiRate = number(cl, QStringLiteral("ai-rate"), c.aiRate);
    TtsPricing pricing = base.ttsPricing;
    const bool fromTts = cl.isSet(QStringLiteral("rtf")) || (base.priceFromTts && !cl.isSet(QStringLiteral("ai-rate")));
    if (cl.isSet(QStringLiteral("compute-price")) && !fromTts)
        throw UsageError(QStringLiteral("--compute-price needs --rtf"));
    pricing.realTimeFactor = number(cl, QStringLiteral("rtf"), pricing.realTimeFactor);
    pricing.computePricePerHour = number(cl, QStringLiteral("compute-price"), pricing.computePricePerHour);
    refuse(c.validate(), amountName);
    if (fromTts) {
        refuse(pricing.validate());
        c = c.pricedBy(pricing);
    }
    const ContentResult r = c.compute();
    writeCsv(cl, contentCsv({c}));

    if (cl.isSet(QStringLiteral("json"))) {
        QJsonObject o{
            {QStringLiteral("case"), QLatin1String(c.name())},
            {amountName, c.amount},
            {QStringLiteral("human_rate"), c.humanRate},
            {QStringLiteral("ai_rate"), c.aiRate},
            {QStringLiteral("ai_priced_from"), fromTts ? QStringLiteral("tts_speed") : QStringLiteral("rate")},
            {QStringLiteral("human_cost"), hundredths(r.humanCost)},
            {QStringLiteral("ai_cost"), fromTts ? std::round(r.aiCost * 1e6) / 1e6 : hundredths(r.aiCost)},
            {QStringLiteral("savings"), fromTts ? std::round(r.savings * 1e6) / 1e6 : hundredths(r.savings)},
            {QStringLiteral("saved_percent"), hundredths(r.savedPercent)},
        };
        if (fromTts) {
            o.insert(QStringLiteral("real_time_factor"), pricing.realTimeFactor);
            o.insert(QStringLiteral("compute_price_per_hour"), pricing.computePricePerHour);
        }
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
    const QString human = audiobook ? QStringLiteral("voice actor") : QStringLiteral("dubbing studio");
    QString t = audiobook ? QStringLiteral("Audiobook, %1 hours of audio\n").arg(plain(c.amount))
                          : QStringLiteral("Dubbing, a %1-minute film\n").arg(plain(c.amount));
    t += QStringLiteral("  %1 %2 %3\n")
             .arg(human, -16)
             .arg(QStringLiteral("%1 per %2").arg(money(c.humanRate), unit), 18)
             .arg(money(r.humanCost), 12);
    t += QStringLiteral("  %1 %2 %3\n")
             .arg(fromTts ? QStringLiteral("AI (TTS speed)") : QStringLiteral("AI generation"), -16)
             .arg(QStringLiteral("%1 per %2").arg(money(c.aiRate), unit), 18)
             .arg(money(r.aiCost), 12);
    t += QStringLiteral("  %1 %2 %3 (%4% saved)")
             .arg(QStringLiteral("savings"), -16)
             .arg(QString(), 18)
             .arg(money(r.savings), 12)
             .arg(percentText(r.savedPercent));
    if (fromTts)
        t += QStringLiteral("\n  AI priced from a real-time factor of %1 at %2 an hour of compute")
                 .arg(english().toString(pricing.realTimeFactor, 'g', 4), money(pricing.computePricePerHour));
    printOut(t);
    return ExitOk;
}

} // namespace

int runRoi(const QStringList &arguments)
{
    const QString first = arguments.value(0);
    if (first == QLatin1String("audiobook") || first == QLatin1String("dubbing"))
        return roiContent(first == QLatin1String("audiobook"), arguments.mid(1));
    if (first == QLatin1String("callcenter") || first == QLatin1String("call-center"))
        return roiCallCenter(arguments.mid(1));
    return roiCallCenter(arguments);
}

} // namespace wb::cli
