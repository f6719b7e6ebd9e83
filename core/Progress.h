#pragma once
#include "Error.h"
#include <functional>

namespace wb {

/**
 * Progress callback for long synchronous core functions. Called with a fraction
 * in [0, 1] from the thread doing the work; returning false asks the work to
 * stop, and the function then throws wb::Cancelled.
 */
using ProgressFn = std::function<bool(double fraction)>;

/** Thrown by a core function whose ProgressFn returned false. */
class Cancelled : public Error
{
public:
    Cancelled() : Error("cancelled") {}
};

/** Calls progress (when set) and throws Cancelled when it asks to stop. */
inline void reportProgress(const ProgressFn &progress, double fraction)
{
    if (progress && !progress(fraction))
        throw Cancelled();
}

} // namespace wb
