#pragma once
#include "CallAnalysis.h"

#include <string>

namespace wb {

/**
 * A call analysis as text: the JSON that `wavebench callcenter analyze --json`
 * prints, and the CSV the Call analysis page and the CLI export. The CSV is one
 * table, `kind,party,start_s,end_s,label,value`, with a row per metric, speech
 * segment, silence, overlap, keyword hit, quality term and recognized word, so
 * a spreadsheet can filter it by kind. Stateless; any thread; never throws
 * except std::bad_alloc (writing is the caller's, atomically).
 */
class CallReport
{
public:
    static std::string json(const CallAnalysis &analysis, const std::string &file = {});
    static std::string csv(const CallAnalysis &analysis);
    /** What the seed's quality formula got wrong and what WaveBench does instead, one paragraph. */
    static std::string seedNote();
};

} // namespace wb
