#include "Matrix.h"

#include <algorithm>
#include <limits>

namespace wb {

Matrix Matrix::transposed() const
{
    Matrix t(m_cols, m_rows);
    // Blocked so both sides stay in cache for large spectrograms.
    constexpr std::size_t B = 32;
    for (std::size_t r0 = 0; r0 < m_rows; r0 += B)
        for (std::size_t c0 = 0; c0 < m_cols; c0 += B)
            for (std::size_t r = r0; r < std::min(r0 + B, m_rows); ++r)
                for (std::size_t c = c0; c < std::min(c0 + B, m_cols); ++c)
                    t.m_data[c * m_rows + r] = m_data[r * m_cols + c];
    return t;
}

float Matrix::maxValue() const
{
    if (m_data.empty())
        return -std::numeric_limits<float>::infinity();
    return *std::max_element(m_data.begin(), m_data.end());
}

float Matrix::minValue() const
{
    if (m_data.empty())
        return std::numeric_limits<float>::infinity();
    return *std::min_element(m_data.begin(), m_data.end());
}

} // namespace wb
