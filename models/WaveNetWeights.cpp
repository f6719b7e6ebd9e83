#include "WaveNetWeights.h"

#include "Error.h"

#include <cmath>
#include <random>

namespace wb {

namespace {

std::string shapeText(const std::vector<std::int64_t> &shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

} // namespace

WaveNetWeights WaveNetWeights::fromSafeTensors(SafeTensors tensors, const std::string &source)
{
    const std::string prefix = "Cannot load WaveNet checkpoint '" + source + "': ";
    WaveNetWeights w;
    try {
        w.m_config = WaveNetConfig::fromMetadata(tensors.metadata());
    } catch (const Error &e) {
        throw Error(prefix + e.what());
    }
    const auto expected = w.m_config.tensorShapes();
    for (const auto &[name, shape] : expected) {
        auto it = tensors.tensors().find(name);
        if (it == tensors.tensors().end())
            throw Error(prefix + "tensor '" + name + "' is missing for " + w.m_config.describe());
        if (it->second.shape != shape)
            throw Error(prefix + "tensor '" + name + "' has shape " + shapeText(it->second.shape) + ", but " +
                        w.m_config.describe() + " needs " + shapeText(shape));
        for (float v : it->second.data)
            if (!std::isfinite(v))
                throw Error(prefix + "tensor '" + name + "' holds NaN or infinite values");
    }
    for (const auto &entry : tensors.tensors())
        if (!expected.count(entry.first))
            throw Error(prefix + "unexpected tensor '" + entry.first + "' for " + w.m_config.describe());
    w.m_tensors = std::move(tensors);
    return w;
}

WaveNetWeights WaveNetWeights::random(const WaveNetConfig &config, std::uint64_t seed)
{
    config.validate();
    std::mt19937_64 rng(seed);
    SafeTensors t;
    t.metadata() = config.toMetadata();
    const auto shapes = config.tensorShapes();
    for (const auto &[name, shape] : shapes) {
        SafeTensors::Tensor tensor;
        tensor.shape = shape;
        tensor.data.resize(std::size_t(tensor.elementCount()));
        // Conv1d's default: weights and biases uniform in +-1/sqrt(in_channels * kernel).
        const bool isBias = name.size() > 5 && name.compare(name.size() - 5, 5, ".bias") == 0;
        const std::string weightName = isBias ? name.substr(0, name.size() - 5) + ".weight" : name;
        const auto &ws = shapes.at(weightName);
        const float bound = 1.0f / std::sqrt(float(ws[1] * ws[2]));
        std::uniform_real_distribution<float> u(-bound, bound);
        for (float &v : tensor.data)
            v = u(rng);
        t.insert(name, std::move(tensor));
    }
    WaveNetWeights w;
    w.m_config = config;
    w.m_tensors = std::move(t);
    return w;
}

void WaveNetWeights::save(const std::string &path) const
{
    SafeTensors out = m_tensors;
    for (const auto &[k, v] : m_config.toMetadata())
        out.metadata()[k] = v;
    out.save(path);
}

WaveNetWeights WaveNetWeights::load(const std::string &path)
{
    return fromSafeTensors(SafeTensors::load(path), path);
}

WaveNetWeights WaveNetWeights::load(const std::string &path, const WaveNetConfig &expected)
{
    WaveNetWeights w = load(path);
    if (w.config() != expected)
        throw Error("Cannot load WaveNet checkpoint '" + path + "': it was trained with " + w.config().describe() +
                    ", but " + expected.describe() + " was expected");
    return w;
}

void WaveNetWeights::setNote(const std::string &key, const std::string &value)
{
    if (m_config.toMetadata().count(key))
        throw Error("metadata key '" + key + "' belongs to the configuration");
    m_tensors.metadata()[key] = value;
}

std::string WaveNetWeights::note(const std::string &key) const
{
    auto it = m_tensors.metadata().find(key);
    return it == m_tensors.metadata().end() ? std::string() : it->second;
}

} // namespace wb
