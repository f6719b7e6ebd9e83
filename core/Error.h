#pragma once
#include <stdexcept>
#include <string>

namespace wb {

/**
 * The one exception type core throws for problems a user can cause (bad file,
 * absurd parameter). what() is a single line meant to be shown as it is: in a
 * status bar, a message box, or on stderr by the CLI. Any thread may throw it.
 */
class Error : public std::runtime_error
{
public:
    explicit Error(const std::string &message) : std::runtime_error(message) {}
};

} // namespace wb
