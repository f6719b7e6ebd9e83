#pragma once
#include <optional>
#include <string>
#include <vector>

namespace wb {

/**
 * One problem with an ROI input: which field, what is wrong, the value given
 * and the limit it broke. message() is a one-line English sentence (the CLI's
 * wording); the GUI words the same fields and problems in its own, translated
 * text, so the core stays free of translation catalogues.
 */
struct RoiIssue
{
    enum class Field {
        Analysts,
        Salary,
        CallsPerAnalyst,
        CallVolume,
        SetupCost,
        YearlyCost,
        Years,
        Amount,       ///< hours of audiobook or minutes of film
        HumanRate,    ///< voice actor or dubbing studio, per hour or minute
        AiRate,       ///< AI generation, per hour or minute
        RealTimeFactor,
        ComputePrice, ///< per hour of compute
    };
    enum class Problem {
        NotANumber,
        Negative,
        NotPositive,
        BelowMinimum,
        AboveMaximum,
        ReviewsExceedVolume, ///< the analysts would review more calls than there are
        NoAiCost,            ///< setup and yearly cost both zero: ROI divides by zero
    };

    Field field;
    Problem problem;
    double value = 0.0;
    double limit = 0.0; ///< the minimum or maximum broken; the call volume for ReviewsExceedVolume

    std::string message() const;
    /** The field as the CLI names it, e.g. "salary" (the option is --salary). */
    static const char *fieldName(Field field);
};

/**
 * The course's call-center QA case: a team of analysts who can listen to a
 * sample of the calls, against an AI that transcribes and scores every call.
 * The defaults reproduce the course exactly: 10 analysts x $50,000 = $500,000
 * a year reviewing 10 x 100 of 100,000 calls a month (1%), against $10,000 of
 * setup plus $50,000 a year of API and compute ($60,000 the first year,
 * 100% of calls): $440,000 saved, ROI 733.3%. Plain value type, any thread.
 */
struct RoiInputs
{
    int analysts = 10;
    double salary = 50000.0;         ///< per analyst per year, fully loaded, $
    double callsPerAnalyst = 100.0;  ///< calls one analyst reviews per month
    double callVolume = 100000.0;    ///< calls the center takes per month
    double setupCost = 10000.0;      ///< AI, once, at the start, $
    double yearlyCost = 50000.0;     ///< AI API and compute per year, $
    int years = 1;                   ///< horizon, 1-50

    static constexpr int kMaxYears = 50;

    /** Every problem, in field order; empty when the inputs can be computed. */
    std::vector<RoiIssue> validate() const;
    /** wb::Error with the first problem's message, if any. */
    void check() const;

    double traditionalPerYear() const { return analysts * salary; }
    double reviewedPerMonth() const { return analysts * callsPerAnalyst; }
};

/** One year of the horizon: that year's costs and the running totals. */
struct RoiYear
{
    int year = 1;
    double traditional = 0.0;
    double ai = 0.0; ///< yearly cost, plus the setup in year 1
    double cumulativeTraditional = 0.0;
    double cumulativeAi = 0.0;
    double savings() const { return traditional - ai; }
    double cumulativeSavings() const { return cumulativeTraditional - cumulativeAi; }
};

/**
 * The figures over the horizon. ROI is the savings over the whole horizon
 * divided by the AI cost over the same horizon:
 *   ROI = (traditional total - AI total) / AI total x 100,
 * so one year gives the course's 440,000 / 60,000 = 733.3%.
 * Break-even: costs accrue evenly month by month and the AI setup is paid
 * at month 0, so the cumulative lines cross after 12 x setup / (traditional
 * per year - AI per year) months; none when the AI's yearly cost is not below
 * the team's.
 */
struct RoiResult
{
    double traditionalCost = 0.0; ///< over the horizon
    double aiCost = 0.0;          ///< over the horizon, setup included
    double savings = 0.0;
    double roiPercent = 0.0;
    double traditionalCoverage = 0.0; ///< percent of calls reviewed by the analysts
    double aiCoverage = 100.0;        ///< the AI reviews every call
    double costPerCallTraditional = 0.0; ///< per reviewed call, over the horizon
    double costPerCallAi = 0.0;
    std::optional<double> breakEvenMonths;
    std::vector<RoiYear> years;

    bool breaksEvenWithinHorizon() const
    {
        return breakEvenMonths && *breakEvenMonths <= 12.0 * double(years.size());
    }
};

/** Throws wb::Error (the first issue) for inputs validate() rejects. */
RoiResult computeRoi(const RoiInputs &inputs);

/**
 * What "AI generation" costs when priced from this machine's own TTS speed:
 * one hour of audio takes realTimeFactor hours of compute, billed at
 * computePricePerHour (e.g. a cloud CPU at $0.10 an hour). Compute only: no
 * editing, licensing or human review.
 */
struct TtsPricing
{
    double realTimeFactor = 0.04;     ///< seconds of compute per second of audio
    double computePricePerHour = 0.10; ///< $ per hour of compute

    std::vector<RoiIssue> validate() const;
    double costPerAudioHour() const { return realTimeFactor * computePricePerHour; }
    double costPerAudioMinute() const { return costPerAudioHour() / 60.0; }
};

/** The human against the AI cost of one piece of content. */
struct ContentResult
{
    double humanCost = 0.0;
    double aiCost = 0.0;
    double savings = 0.0;
    double savedPercent = 0.0; ///< savings / human cost x 100
};

/**
 * The course's content-creation cases: an audiobook (a voice actor at $200
 * an hour against AI at $5 an hour: a 10-hour book costs $2,000 against $50,
 * 97.5% saved) and a dubbed film ($50 a minute against $1: 90 minutes cost
 * $4,500 against $90, 98% saved). Rates are per unit of finished audio
 * (hours for the audiobook, minutes for dubbing). Any thread.
 */
struct ContentCase
{
    enum class Kind { Audiobook, Dubbing };

    Kind kind = Kind::Audiobook;
    double amount = 10.0;     ///< hours (audiobook) or minutes (dubbing)
    double humanRate = 200.0; ///< $ per unit
    double aiRate = 5.0;      ///< $ per unit

    static ContentCase audiobook();
    static ContentCase dubbing();

    std::vector<RoiIssue> validate() const;
    void check() const;
    /** Throws wb::Error for inputs validate() rejects. */
    ContentResult compute() const;
    /** The same case with aiRate priced from the TTS speed (per hour or per minute). */
    ContentCase pricedBy(const TtsPricing &pricing) const;
    /** "audiobook" or "dubbing". */
    const char *name() const;
    /** "hour" or "minute". */
    const char *unit() const;
};

} // namespace wb
