#include "Roi.h"

#include "Error.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <locale>
#include <sstream>

namespace wb {

namespace {

using Field = RoiIssue::Field;
using Problem = RoiIssue::Problem;

// Upper limits: far beyond any real case, low enough that sums stay exact in a double.
constexpr double kMaxAnalysts = 1e6;
constexpr double kMaxSalary = 1e7;
constexpr double kMaxCalls = 1e10;
constexpr double kMaxCost = 1e10;
constexpr double kMaxAmount = 1e6;
constexpr double kMaxRate = 1e6;
constexpr double kMaxRealTimeFactor = 1e3;
constexpr double kMaxComputePrice = 1e4;

/** A number as people write it: no exponent, at most two decimals, '.' whatever the locale. */
std::string number(double v)
{
    std::ostringstream s;
    s.imbue(std::locale::classic());
    s << std::fixed << std::setprecision(2) << v;
    std::string text = s.str();
    while (text.find('.') != std::string::npos && (text.back() == '0' || text.back() == '.')) {
        const bool dot = text.back() == '.';
        text.pop_back();
        if (dot)
            break;
    }
    return text;
}

const char *label(Field field)
{
    switch (field) {
    case Field::Analysts: return "the number of QA analysts";
    case Field::Salary: return "the salary per analyst";
    case Field::CallsPerAnalyst: return "the calls reviewed per analyst per month";
    case Field::CallVolume: return "the call volume per month";
    case Field::SetupCost: return "the AI setup cost";
    case Field::YearlyCost: return "the yearly API/compute cost";
    case Field::Years: return "the horizon in years";
    case Field::Amount: return "the length of the content";
    case Field::HumanRate: return "the human rate";
    case Field::AiRate: return "the AI rate";
    case Field::RealTimeFactor: return "the real-time factor";
    case Field::ComputePrice: return "the compute price per hour";
    }
    return "a value";
}

std::string capitalized(std::string s)
{
    if (!s.empty())
        s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

/** Appends the issue, if any, of v against [min, max]; min/max problems name the limit. */
void checkRange(std::vector<RoiIssue> &issues, Field field, double v, double min, double max,
                Problem belowMin)
{
    if (!std::isfinite(v))
        issues.push_back({field, Problem::NotANumber, v, 0.0});
    else if (v < 0.0 && belowMin != Problem::BelowMinimum)
        issues.push_back({field, Problem::Negative, v, 0.0});
    else if (belowMin == Problem::NotPositive && v <= 0.0)
        issues.push_back({field, Problem::NotPositive, v, 0.0});
    else if (belowMin == Problem::BelowMinimum && v < min)
        issues.push_back({field, Problem::BelowMinimum, v, min});
    else if (v > max)
        issues.push_back({field, Problem::AboveMaximum, v, max});
}

void nonNegative(std::vector<RoiIssue> &issues, Field field, double v, double max)
{
    checkRange(issues, field, v, 0.0, max, Problem::Negative);
}

void positive(std::vector<RoiIssue> &issues, Field field, double v, double max)
{
    checkRange(issues, field, v, 0.0, max, Problem::NotPositive);
}

void atLeast(std::vector<RoiIssue> &issues, Field field, double v, double min, double max)
{
    checkRange(issues, field, v, min, max, Problem::BelowMinimum);
}

void throwFirst(const std::vector<RoiIssue> &issues)
{
    if (!issues.empty())
        throw Error(issues.front().message());
}

} // namespace

std::string RoiIssue::message() const
{
    const std::string what = label(field);
    switch (problem) {
    case Problem::NotANumber:
        return capitalized(what) + " is not a number.";
    case Problem::Negative:
        return capitalized(what) + " cannot be negative (" + number(value) + ").";
    case Problem::NotPositive:
        return capitalized(what) + " must be above zero (" + number(value) + ").";
    case Problem::BelowMinimum:
        return capitalized(what) + " must be at least " + number(limit) + " (" + number(value) +
               ").";
    case Problem::AboveMaximum:
        return capitalized(what) + " must be at most " + number(limit) + " (" + number(value) +
               ").";
    case Problem::ReviewsExceedVolume:
        return "The analysts would review " + number(value) + " calls a month, more than the " +
               number(limit) + " calls the center takes.";
    case Problem::NoAiCost:
        return "The AI setup and yearly costs are both zero: the ROI (savings divided by the AI "
               "cost) would divide by zero.";
    }
    return what;
}

const char *RoiIssue::fieldName(Field field)
{
    switch (field) {
    case Field::Analysts: return "analysts";
    case Field::Salary: return "salary";
    case Field::CallsPerAnalyst: return "calls-per-analyst";
    case Field::CallVolume: return "call-volume";
    case Field::SetupCost: return "setup-cost";
    case Field::YearlyCost: return "yearly-cost";
    case Field::Years: return "years";
    case Field::Amount: return "amount";
    case Field::HumanRate: return "human-rate";
    case Field::AiRate: return "ai-rate";
    case Field::RealTimeFactor: return "rtf";
    case Field::ComputePrice: return "compute-price";
    }
    return "";
}

std::vector<RoiIssue> RoiInputs::validate() const
{
    std::vector<RoiIssue> issues;
    atLeast(issues, Field::Analysts, analysts, 1.0, kMaxAnalysts);
    nonNegative(issues, Field::Salary, salary, kMaxSalary);
    positive(issues, Field::CallsPerAnalyst, callsPerAnalyst, kMaxCalls);
    atLeast(issues, Field::CallVolume, callVolume, 1.0, kMaxCalls);
    nonNegative(issues, Field::SetupCost, setupCost, kMaxCost);
    nonNegative(issues, Field::YearlyCost, yearlyCost, kMaxCost);
    atLeast(issues, Field::Years, years, 1.0, kMaxYears);
    if (issues.empty() && reviewedPerMonth() > callVolume)
        issues.push_back({Field::CallsPerAnalyst, Problem::ReviewsExceedVolume, reviewedPerMonth(),
                          callVolume});
    if (issues.empty() && setupCost == 0.0 && yearlyCost == 0.0)
        issues.push_back({Field::YearlyCost, Problem::NoAiCost, 0.0, 0.0});
    return issues;
}

void RoiInputs::check() const
{
    throwFirst(validate());
}

RoiResult computeRoi(const RoiInputs &in)
{
    in.check();
    RoiResult r;
    const double traditional = in.traditionalPerYear();
    double cumTraditional = 0.0, cumAi = 0.0;
    for (int y = 1; y <= in.years; ++y) {
        RoiYear year;
        year.year = y;
        year.traditional = traditional;
        year.ai = in.yearlyCost + (y == 1 ? in.setupCost : 0.0);
        cumTraditional += year.traditional;
        cumAi += year.ai;
        year.cumulativeTraditional = cumTraditional;
        year.cumulativeAi = cumAi;
        r.years.push_back(year);
    }
    r.traditionalCost = cumTraditional;
    r.aiCost = cumAi;
    r.savings = cumTraditional - cumAi;
    r.roiPercent = r.savings / r.aiCost * 100.0; // aiCost > 0: validate() refuses zero
    r.traditionalCoverage = std::min(100.0, in.reviewedPerMonth() / in.callVolume * 100.0);
    r.aiCoverage = 100.0;
    const double months = 12.0 * in.years;
    r.costPerCallTraditional = r.traditionalCost / (in.reviewedPerMonth() * months);
    r.costPerCallAi = r.aiCost / (in.callVolume * months);
    if (in.setupCost == 0.0 && traditional >= in.yearlyCost)
        r.breakEvenMonths = 0.0;
    else if (traditional > in.yearlyCost)
        r.breakEvenMonths = 12.0 * in.setupCost / (traditional - in.yearlyCost);
    return r;
}

std::vector<RoiIssue> TtsPricing::validate() const
{
    std::vector<RoiIssue> issues;
    positive(issues, Field::RealTimeFactor, realTimeFactor, kMaxRealTimeFactor);
    nonNegative(issues, Field::ComputePrice, computePricePerHour, kMaxComputePrice);
    return issues;
}

ContentCase ContentCase::audiobook()
{
    return {Kind::Audiobook, 10.0, 200.0, 5.0};
}

ContentCase ContentCase::dubbing()
{
    return {Kind::Dubbing, 90.0, 50.0, 1.0};
}

std::vector<RoiIssue> ContentCase::validate() const
{
    std::vector<RoiIssue> issues;
    positive(issues, Field::Amount, amount, kMaxAmount);
    positive(issues, Field::HumanRate, humanRate, kMaxRate);
    nonNegative(issues, Field::AiRate, aiRate, kMaxRate);
    return issues;
}

void ContentCase::check() const
{
    throwFirst(validate());
}

ContentResult ContentCase::compute() const
{
    check();
    ContentResult r;
    r.humanCost = amount * humanRate;
    r.aiCost = amount * aiRate;
    r.savings = r.humanCost - r.aiCost;
    r.savedPercent = r.savings / r.humanCost * 100.0; // humanCost > 0: validate() refuses zero
    return r;
}

ContentCase ContentCase::pricedBy(const TtsPricing &pricing) const
{
    throwFirst(pricing.validate());
    ContentCase c = *this;
    c.aiRate = kind == Kind::Audiobook ? pricing.costPerAudioHour() : pricing.costPerAudioMinute();
    return c;
}

const char *ContentCase::name() const
{
    return kind == Kind::Audiobook ? "audiobook" : "dubbing";
}

const char *ContentCase::unit() const
{
    return kind == Kind::Audiobook ? "hour" : "minute";
}

} // namespace wb
