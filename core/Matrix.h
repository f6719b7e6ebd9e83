#pragma once
#include <cstddef>
#include <vector>

namespace wb {

/**
 * A dense row-major float matrix, the value type for spectrograms and other
 * 2-D arrays. Spectrogram matrices follow librosa's layout: rows are frequency
 * bins (or mel bands), columns are frames. Plain value type; not synchronized.
 */
class Matrix
{
public:
    Matrix() = default;
    Matrix(std::size_t rows, std::size_t cols, float fill = 0.0f)
        : m_rows(rows), m_cols(cols), m_data(rows * cols, fill)
    {
    }

    std::size_t rows() const { return m_rows; }
    std::size_t cols() const { return m_cols; }
    std::size_t size() const { return m_data.size(); }
    bool empty() const { return m_data.empty(); }

    float &at(std::size_t r, std::size_t c) { return m_data[r * m_cols + c]; }
    float at(std::size_t r, std::size_t c) const { return m_data[r * m_cols + c]; }
    float *row(std::size_t r) { return m_data.data() + r * m_cols; }
    const float *row(std::size_t r) const { return m_data.data() + r * m_cols; }
    float *data() { return m_data.data(); }
    const float *data() const { return m_data.data(); }
    std::vector<float> &values() { return m_data; }
    const std::vector<float> &values() const { return m_data; }

    Matrix transposed() const;
    float maxValue() const;
    float minValue() const;

private:
    std::size_t m_rows = 0;
    std::size_t m_cols = 0;
    std::vector<float> m_data;
};

} // namespace wb
