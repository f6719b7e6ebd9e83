#pragma once
#include "SafeTensors.h"
#include "WaveNetConfig.h"

#include <cstdint>
#include <string>

namespace wb {

/**
 * A WaveNet's trained (or freshly initialized) parameters, as plain float
 * arrays in PyTorch's state_dict naming and layout (conv weights are
 * [out, in, kernel]), together with the configuration they belong to. The
 * torch module copies to and from it; the fast generator and the checkpoint
 * files use it without torch. A value type: one object per thread, copies are
 * independent. Loading throws wb::Error for a missing/corrupt file, a file
 * that is not a WaveNet, tensors missing or of the wrong shape, or a
 * configuration other than the one expected.
 */
class WaveNetWeights
{
public:
    WaveNetWeights() = default;

    const WaveNetConfig &config() const { return m_config; }
    const SafeTensors &tensors() const { return m_tensors; }
    /** One tensor's values; wb::Error when absent. */
    const std::vector<float> &values(const std::string &name) const { return m_tensors.at(name).data; }

    /** Checks the configuration and that every tensor is present with its shape, and nothing else. */
    static WaveNetWeights fromSafeTensors(SafeTensors tensors, const std::string &source);
    /** The configuration with PyTorch's default Conv1d initialization, U(+-1/sqrt(fan_in)), from seed. */
    static WaveNetWeights random(const WaveNetConfig &config, std::uint64_t seed);

    /** Writes the checkpoint atomically, the configuration in "__metadata__". */
    void save(const std::string &path) const;
    static WaveNetWeights load(const std::string &path);
    /** As load(), and also wb::Error when the file's configuration differs from expected. */
    static WaveNetWeights load(const std::string &path, const WaveNetConfig &expected);

    /** Metadata stored alongside (training steps, loss...); any keys but the configuration's. */
    void setNote(const std::string &key, const std::string &value);
    std::string note(const std::string &key) const;

private:
    WaveNetConfig m_config;
    SafeTensors m_tensors;
};

} // namespace wb
