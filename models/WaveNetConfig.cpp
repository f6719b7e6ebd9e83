#include "WaveNetConfig.h"

#include "Error.h"

#include <cerrno>
#include <cstdlib>
#include <sstream>

namespace wb {

namespace {

void checkRange(const char *name, int value, int min, int max)
{
    if (value < min || value > max)
        throw Error("WaveNet " + std::string(name) + " must be from " + std::to_string(min) + " to " +
                    std::to_string(max) + ", got " + std::to_string(value));
}

} // namespace

void WaveNetConfig::validate() const
{
    // Upper bounds keep 2^layers and the tensors far from overflow and memory exhaustion.
    checkRange("layers", layers, 1, 16);
    checkRange("blocks", blocks, 1, 16);
    checkRange("channels", channels, 1, 512);
    checkRange("levels", levels, 2, 65536);
    checkRange("mel channels", melChannels, 0, 512);
    checkRange("hop length", hopLength, 1, 65536);
}

std::int64_t WaveNetConfig::parameterCount() const
{
    std::int64_t total = 0;
    for (const auto &[name, shape] : tensorShapes()) {
        std::int64_t n = 1;
        for (std::int64_t d : shape)
            n *= d;
        total += n;
    }
    return total;
}

std::int64_t WaveNetConfig::receptiveField() const
{
    return std::int64_t(blocks) * ((std::int64_t(1) << layers) - 1) + 2;
}

std::string WaveNetConfig::receptiveFieldExplanation() const
{
    const std::int64_t perBlock = (std::int64_t(1) << layers) - 1;
    const double ms = 1000.0 * double(receptiveField()) / 22050.0;
    std::ostringstream s;
    s.precision(1);
    s << std::fixed;
    s << "Receptive field: " << receptiveField() << " samples (" << ms << " ms at 22050 Hz). "
      << "Every kernel-2 convolution with dilation d lets an output see d more past samples. "
      << "The dilations 1, 2, ..., " << (std::int64_t(1) << (layers - 1)) << " of one block add "
      << perBlock << "; " << blocks << (blocks == 1 ? " block adds " : " blocks add ") << blocks * perBlock
      << "; the causal input convolution adds 1 more; and the output itself is 1 sample: "
      << blocks << " x " << perBlock << " + 1 + 1 = " << receptiveField() << ". "
      << "The seed printed 2**" << layers << " = " << (std::int64_t(1) << layers)
      << ", the span of a single block of dilated layers, which leaves out the repeated block"
      << (blocks > 1 ? "s" : "") << " and the input convolution.";
    return s.str();
}

std::map<std::string, std::vector<std::int64_t>> WaveNetConfig::tensorShapes() const
{
    const std::int64_t r = channels, l = levels;
    std::map<std::string, std::vector<std::int64_t>> t;
    t["input_conv.weight"] = {r, l, 2};
    t["input_conv.bias"] = {r};
    for (int i = 0; i < totalLayers(); ++i) {
        const std::string p = "layers." + std::to_string(i) + ".";
        t[p + "filter.weight"] = {r, r, 2};
        t[p + "filter.bias"] = {r};
        t[p + "gate.weight"] = {r, r, 2};
        t[p + "gate.bias"] = {r};
        t[p + "residual.weight"] = {r, r, 1};
        t[p + "residual.bias"] = {r};
        t[p + "skip.weight"] = {r, r, 1};
        t[p + "skip.bias"] = {r};
        if (conditioned())
            t[p + "cond.weight"] = {2 * r, melChannels, 1}; // filter rows, then gate rows
    }
    t["output1.weight"] = {r, r, 1};
    t["output1.bias"] = {r};
    t["output2.weight"] = {l, r, 1};
    t["output2.bias"] = {l};
    return t;
}

std::map<std::string, std::string> WaveNetConfig::toMetadata() const
{
    std::map<std::string, std::string> m;
    m["model"] = "wavenet";
    m["layers"] = std::to_string(layers);
    m["blocks"] = std::to_string(blocks);
    m["channels"] = std::to_string(channels);
    m["levels"] = std::to_string(levels);
    m["mel_channels"] = std::to_string(melChannels);
    m["hop_length"] = std::to_string(hopLength);
    return m;
}

WaveNetConfig WaveNetConfig::fromMetadata(const std::map<std::string, std::string> &metadata)
{
    auto model = metadata.find("model");
    if (model == metadata.end() || model->second != "wavenet")
        throw Error("not a WaveNet checkpoint (its metadata has no \"model\": \"wavenet\")");
    auto number = [&](const char *key, int fallback, bool required) {
        auto it = metadata.find(key);
        if (it == metadata.end()) {
            if (required)
                throw Error(std::string("WaveNet checkpoint metadata lacks \"") + key + "\"");
            return fallback;
        }
        errno = 0;
        char *end = nullptr;
        const long v = std::strtol(it->second.c_str(), &end, 10);
        if (it->second.empty() || *end != '\0' || errno != 0 || v < -1000000000L || v > 1000000000L)
            throw Error(std::string("WaveNet checkpoint metadata \"") + key + "\" is not an integer: '" +
                        it->second + "'");
        return int(v);
    };
    WaveNetConfig c;
    c.layers = number("layers", 0, true);
    c.blocks = number("blocks", 0, true);
    c.channels = number("channels", 0, true);
    c.levels = number("levels", 0, true);
    c.melChannels = number("mel_channels", 0, false);
    c.hopLength = number("hop_length", 256, false);
    c.validate();
    return c;
}

std::string WaveNetConfig::describe() const
{
    std::string s = "layers " + std::to_string(layers) + ", blocks " + std::to_string(blocks) +
                    ", channels " + std::to_string(channels) + ", levels " + std::to_string(levels);
    if (conditioned())
        s += ", mel channels " + std::to_string(melChannels) + ", hop " + std::to_string(hopLength);
    return s;
}

bool WaveNetConfig::operator==(const WaveNetConfig &o) const
{
    return layers == o.layers && blocks == o.blocks && channels == o.channels && levels == o.levels &&
           melChannels == o.melChannels && (melChannels == 0 || hopLength == o.hopLength);
}

} // namespace wb
