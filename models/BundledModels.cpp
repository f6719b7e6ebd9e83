#include "BundledModels.h"

#include "Error.h"

#include <cstdlib>
#include <filesystem>

namespace wb {

std::string bundledModelPath(const std::string &name)
{
    const char *env = std::getenv("WB_ASSETS_DIR");
    const std::filesystem::path root =
        env && *env ? std::filesystem::path(env) : std::filesystem::path(WB_SOURCE_ASSETS_DIR);
    const std::filesystem::path path = root / "models" / name;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw Error("the shipped model '" + path.string() +
                    "' is missing (set WB_ASSETS_DIR to the assets folder)");
    return path.string();
}

} // namespace wb
