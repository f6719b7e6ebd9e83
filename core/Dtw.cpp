#include "Dtw.h"

#include "Error.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace wb {

std::vector<int> dtwMatch(const Matrix &a, const Matrix &b)
{
    const std::size_t dims = a.rows(), na = a.cols(), nb = b.cols();
    if (na == 0 || nb == 0)
        throw Error("time warping needs frames in both sequences");
    if (b.rows() != dims)
        throw Error("time warping needs features of the same size (" + std::to_string(dims) + " and " +
                    std::to_string(b.rows()) + ")");
    if (double(na) * double(nb) > 40e6)
        throw Error("these two sequences are too long to time-warp (" + std::to_string(na) + " x " +
                    std::to_string(nb) + " frames)");
    const auto distance = [&](std::size_t i, std::size_t j) {
        double s = 0.0;
        for (std::size_t k = 0; k < dims; ++k) {
            const double d = double(a.at(k, i)) - b.at(k, j);
            s += d * d;
        }
        return std::sqrt(s);
    };
    // Accumulated cost row by row; the step taken into each cell: 0 diagonal, 1 from the
    // previous frame of a, 2 from the previous frame of b.
    constexpr double inf = std::numeric_limits<double>::infinity();
    std::vector<std::uint8_t> step(na * nb, 0);
    std::vector<double> previous(nb, inf), current(nb, inf);
    for (std::size_t i = 0; i < na; ++i) {
        for (std::size_t j = 0; j < nb; ++j) {
            const double here = distance(i, j);
            if (i == 0 && j == 0) {
                current[j] = here;
                continue;
            }
            double best = inf;
            std::uint8_t how = 0;
            if (i > 0 && j > 0 && previous[j - 1] < best) {
                best = previous[j - 1];
                how = 0;
            }
            if (i > 0 && previous[j] < best) {
                best = previous[j];
                how = 1;
            }
            if (j > 0 && current[j - 1] < best) {
                best = current[j - 1];
                how = 2;
            }
            current[j] = best + here;
            step[i * nb + j] = how;
        }
        std::swap(previous, current);
    }
    std::vector<int> match(na, 0);
    std::size_t i = na - 1, j = nb - 1;
    while (true) {
        match[i] = int(j); // walking back, the last write for i is its first frame of b
        if (i == 0 && j == 0)
            break;
        if (i == 0) {
            --j;
            continue;
        }
        if (j == 0) {
            --i;
            continue;
        }
        switch (step[i * nb + j]) {
        case 0:
            --i;
            --j;
            break;
        case 1:
            --i;
            break;
        default:
            --j;
            break;
        }
    }
    return match;
}

Matrix meanNormalized(const Matrix &features)
{
    Matrix out = features;
    for (std::size_t r = 0; r < out.rows(); ++r) {
        double mean = 0.0;
        for (std::size_t c = 0; c < out.cols(); ++c)
            mean += out.at(r, c);
        mean /= double(std::max<std::size_t>(1, out.cols()));
        for (std::size_t c = 0; c < out.cols(); ++c)
            out.at(r, c) -= float(mean);
    }
    return out;
}

} // namespace wb
