#pragma once
#include "Matrix.h"

#include <cstdint>
#include <string>
#include <vector>

namespace wb {

/**
 * NumPy .npy files (format 1.0, little-endian float32, C order) so students can
 * np.load what WaveBench exports. write() is atomic; read() accepts float32 and
 * float64 arrays of one or two dimensions. Errors throw wb::Error. Any thread.
 */
class Npy
{
public:
    static void write(const std::string &path, const Matrix &matrix);
    static void write(const std::string &path, const std::vector<float> &vector);
    /** Bulk exports for tools outside WaveBench (numpy reads them; read() does not). */
    static void writeUint8(const std::string &path, const std::vector<std::uint8_t> &vector);
    /** rows x cols float32 values, C order, stored as IEEE half ('<f2'). */
    static void writeFloat16(const std::string &path, std::size_t rows, std::size_t cols,
                             const std::vector<float> &values);
    /** A 1-D array reads as a 1 x N matrix. */
    static Matrix read(const std::string &path);
};

} // namespace wb
