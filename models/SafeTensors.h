#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace wb {

/**
 * A set of named float32 tensors plus string metadata, read from and written to
 * the safetensors format: an 8-byte little-endian header length, a JSON header
 * mapping each name to {"dtype", "shape", "data_offsets"} and "__metadata__" to
 * an object of strings, then the raw little-endian tensor bytes. The same file
 * opens in Python with safetensors.torch.load_file, and loading one can never run
 * code. No torch here, so any layer may use it. A value type: one object per
 * thread. A missing, truncated or malformed file, or a tensor that is not F32,
 * throws wb::Error naming the file; save() writes atomically.
 */
class SafeTensors
{
public:
    struct Tensor
    {
        std::vector<std::int64_t> shape;
        std::vector<float> data; ///< row-major, size = product of shape

        std::int64_t elementCount() const;
    };

    std::map<std::string, Tensor> &tensors() { return m_tensors; }
    const std::map<std::string, Tensor> &tensors() const { return m_tensors; }
    std::map<std::string, std::string> &metadata() { return m_metadata; }
    const std::map<std::string, std::string> &metadata() const { return m_metadata; }

    /** Adds or replaces a tensor; throws wb::Error when data.size() does not match shape. */
    void insert(const std::string &name, Tensor tensor);
    /** The tensor, or wb::Error naming it when absent. */
    const Tensor &at(const std::string &name) const;

    /** The whole file's bytes. */
    std::string toBytes() const;
    /** Parses a file's bytes; sourceName only labels error messages. */
    static SafeTensors fromBytes(const std::string &bytes, const std::string &sourceName);

    void save(const std::string &path) const;
    static SafeTensors load(const std::string &path);

private:
    std::map<std::string, Tensor> m_tensors;
    std::map<std::string, std::string> m_metadata;
};

} // namespace wb
