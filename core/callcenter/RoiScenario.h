#pragma once
#include "Roi.h"

#include <string>

namespace wb {

/**
 * Everything the ROI calculator shows, as one value a user saves and loads:
 * the call-center inputs, the two content cases and the TTS pricing. Saved as
 * a small JSON object ({"format": "wavebench-roi", "version": 1, ...});
 * fields a file leaves out keep their course defaults. Any thread; load and
 * save problems (missing file, not JSON, absurd values) throw wb::Error with
 * a one-line message naming the file.
 */
struct RoiScenario
{
    RoiInputs callCenter;
    ContentCase audiobook = ContentCase::audiobook();
    ContentCase dubbing = ContentCase::dubbing();
    TtsPricing ttsPricing;
    bool priceFromTts = false; ///< content AI rates come from ttsPricing, not aiRate

    /** The content cases as computed: with their AI rates from ttsPricing when priceFromTts. */
    ContentCase effectiveAudiobook() const;
    ContentCase effectiveDubbing() const;

    std::string toJson() const;
    /** Parses and validates; wb::Error on bad JSON, a wrong format or an invalid value. */
    static RoiScenario fromJson(const std::string &json);
    /** Written atomically. */
    void save(const std::string &path) const;
    static RoiScenario load(const std::string &path);
};

/**
 * The call-center table as CSV (RFC 4180, '.' decimals): one row per year
 * with that year's and the cumulative costs and savings, then a total row
 * with ROI and coverage.
 */
std::string roiCsv(const RoiInputs &inputs, const RoiResult &result);
/** The content cases as CSV: one row per case, human against AI. */
std::string contentCsv(const std::vector<ContentCase> &cases);
/** Writes text to path atomically; wb::Error naming the path on failure. */
void saveTextFile(const std::string &path, const std::string &text);

} // namespace wb
