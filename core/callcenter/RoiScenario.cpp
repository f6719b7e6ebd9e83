#include "RoiScenario.h"

#include "AtomicFile.h"
#include "Error.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cmath>
#include <limits>

namespace wb {

namespace {

const QString kFormat = QStringLiteral("wavebench-roi");
constexpr int kVersion = 1;

/** A number for CSV: fixed decimals, '.' whatever the locale. */
QString csvNumber(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

/** A rate for CSV: enough digits for a TTS-priced rate of a fraction of a cent. */
QString csvRate(double v)
{
    return QString::number(v, 'g', 10);
}

/** Reads the number at key into *value when present; wb::Error when it is not a number. */
void readNumber(const QJsonObject &o, const char *section, const char *key, double *value)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return;
    if (!v.isDouble())
        throw Error(std::string("\"") + section + "." + key + "\" must be a number");
    *value = v.toDouble();
}

void readInt(const QJsonObject &o, const char *section, const char *key, int *value)
{
    double d = *value;
    readNumber(o, section, key, &d);
    if (d != std::floor(d) || std::fabs(d) > double(std::numeric_limits<int>::max()))
        throw Error(std::string("\"") + section + "." + key + "\" must be a whole number");
    *value = int(d);
}

QJsonObject section(const QJsonObject &root, const char *name)
{
    const QJsonValue v = root.value(QLatin1String(name));
    if (v.isUndefined())
        return {};
    if (!v.isObject())
        throw Error(std::string("\"") + name + "\" must be an object");
    return v.toObject();
}

QJsonObject contentJson(const ContentCase &c)
{
    const QString amountKey = c.kind == ContentCase::Kind::Audiobook ? QStringLiteral("hours")
                                                                      : QStringLiteral("minutes");
    return {{amountKey, c.amount},
            {QStringLiteral("human_rate"), c.humanRate},
            {QStringLiteral("ai_rate"), c.aiRate}};
}

void readContent(const QJsonObject &root, ContentCase *c)
{
    const char *name = c->name();
    const QJsonObject o = section(root, name);
    readNumber(o, name, c->kind == ContentCase::Kind::Audiobook ? "hours" : "minutes", &c->amount);
    readNumber(o, name, "human_rate", &c->humanRate);
    readNumber(o, name, "ai_rate", &c->aiRate);
}

void throwFirst(const char *section, const std::vector<RoiIssue> &issues)
{
    if (!issues.empty())
        throw Error(std::string(section) + ": " + issues.front().message());
}

} // namespace

ContentCase RoiScenario::effectiveAudiobook() const
{
    return priceFromTts ? audiobook.pricedBy(ttsPricing) : audiobook;
}

ContentCase RoiScenario::effectiveDubbing() const
{
    return priceFromTts ? dubbing.pricedBy(ttsPricing) : dubbing;
}

std::string RoiScenario::toJson() const
{
    const RoiInputs &in = callCenter;
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("call_center"),
         QJsonObject{{QStringLiteral("analysts"), in.analysts},
                     {QStringLiteral("salary"), in.salary},
                     {QStringLiteral("calls_per_analyst"), in.callsPerAnalyst},
                     {QStringLiteral("call_volume"), in.callVolume},
                     {QStringLiteral("setup_cost"), in.setupCost},
                     {QStringLiteral("yearly_cost"), in.yearlyCost},
                     {QStringLiteral("years"), in.years}}},
        {QStringLiteral("audiobook"), contentJson(audiobook)},
        {QStringLiteral("dubbing"), contentJson(dubbing)},
        {QStringLiteral("tts_pricing"),
         QJsonObject{{QStringLiteral("enabled"), priceFromTts},
                     {QStringLiteral("real_time_factor"), ttsPricing.realTimeFactor},
                     {QStringLiteral("compute_price_per_hour"), ttsPricing.computePricePerHour}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

RoiScenario RoiScenario::fromJson(const std::string &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (doc.isNull())
        throw Error("not JSON: " + error.errorString().toStdString());
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        throw Error("not a WaveBench ROI scenario (no \"format\": \"wavebench-roi\")");
    if (root.value(QStringLiteral("version")).toInt() > kVersion)
        throw Error("made by a newer WaveBench (scenario version " +
                    std::to_string(root.value(QStringLiteral("version")).toInt()) + ")");
    RoiScenario s;
    const QJsonObject cc = section(root, "call_center");
    RoiInputs &in = s.callCenter;
    readInt(cc, "call_center", "analysts", &in.analysts);
    readNumber(cc, "call_center", "salary", &in.salary);
    readNumber(cc, "call_center", "calls_per_analyst", &in.callsPerAnalyst);
    readNumber(cc, "call_center", "call_volume", &in.callVolume);
    readNumber(cc, "call_center", "setup_cost", &in.setupCost);
    readNumber(cc, "call_center", "yearly_cost", &in.yearlyCost);
    readInt(cc, "call_center", "years", &in.years);
    readContent(root, &s.audiobook);
    readContent(root, &s.dubbing);
    const QJsonObject tts = section(root, "tts_pricing");
    const QJsonValue enabled = tts.value(QStringLiteral("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        throw Error("\"tts_pricing.enabled\" must be true or false");
    s.priceFromTts = enabled.toBool(false);
    readNumber(tts, "tts_pricing", "real_time_factor", &s.ttsPricing.realTimeFactor);
    readNumber(tts, "tts_pricing", "compute_price_per_hour", &s.ttsPricing.computePricePerHour);

    throwFirst("call_center", in.validate());
    throwFirst("audiobook", s.audiobook.validate());
    throwFirst("dubbing", s.dubbing.validate());
    throwFirst("tts_pricing", s.ttsPricing.validate());
    return s;
}

void RoiScenario::save(const std::string &path) const
{
    saveTextFile(path, toJson());
}

RoiScenario RoiScenario::load(const std::string &path)
{
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        throw Error("Cannot read '" + path + "': " + f.errorString().toStdString());
    if (f.size() > 1 << 20)
        throw Error("'" + path + "' is not a WaveBench ROI scenario (over 1 MB)");
    try {
        return fromJson(f.readAll().toStdString());
    } catch (const Error &e) {
        throw Error("'" + path + "': " + e.what());
    }
}

std::string roiCsv(const RoiInputs &inputs, const RoiResult &r)
{
    QString csv = QStringLiteral("year,traditional_cost,ai_cost,savings,cumulative_traditional,"
                                 "cumulative_ai,cumulative_savings\r\n");
    for (const RoiYear &y : r.years)
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\r\n")
                   .arg(y.year)
                   .arg(csvNumber(y.traditional), csvNumber(y.ai), csvNumber(y.savings()),
                        csvNumber(y.cumulativeTraditional), csvNumber(y.cumulativeAi),
                        csvNumber(y.cumulativeSavings()));
    csv += QStringLiteral("total,%1,%2,%3,,,\r\n")
               .arg(csvNumber(r.traditionalCost), csvNumber(r.aiCost), csvNumber(r.savings));
    csv += QStringLiteral("\r\nmetric,value\r\n");
    const auto row = [&csv](const char *name, const QString &value) {
        csv += QLatin1String(name) + QLatin1Char(',') + value + QStringLiteral("\r\n");
    };
    row("analysts", QString::number(inputs.analysts));
    row("salary", csvNumber(inputs.salary));
    row("calls_per_analyst_per_month", csvRate(inputs.callsPerAnalyst));
    row("call_volume_per_month", csvRate(inputs.callVolume));
    row("ai_setup_cost", csvNumber(inputs.setupCost));
    row("ai_yearly_cost", csvNumber(inputs.yearlyCost));
    row("years", QString::number(inputs.years));
    row("roi_percent", csvNumber(r.roiPercent));
    row("traditional_coverage_percent", csvNumber(r.traditionalCoverage));
    row("ai_coverage_percent", csvNumber(r.aiCoverage));
    row("cost_per_reviewed_call_traditional", csvNumber(r.costPerCallTraditional, 4));
    row("cost_per_reviewed_call_ai", csvNumber(r.costPerCallAi, 4));
    row("break_even_months", r.breakEvenMonths ? csvNumber(*r.breakEvenMonths, 4) : QString());
    return csv.toStdString();
}

std::string contentCsv(const std::vector<ContentCase> &cases)
{
    QString csv = QStringLiteral(
        "case,amount,unit,human_rate,ai_rate,human_cost,ai_cost,savings,saved_percent\r\n");
    for (const ContentCase &c : cases) {
        const ContentResult r = c.compute();
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9\r\n")
                   .arg(QLatin1String(c.name()), csvRate(c.amount), QLatin1String(c.unit()),
                        csvRate(c.humanRate), csvRate(c.aiRate), csvNumber(r.humanCost),
                        csvNumber(r.aiCost, 4), csvNumber(r.savings, 4), csvNumber(r.savedPercent));
    }
    return csv.toStdString();
}

void saveTextFile(const std::string &path, const std::string &text)
{
    AtomicFile file(path);
    file.write(text.data(), text.size());
    file.commit();
}

} // namespace wb
