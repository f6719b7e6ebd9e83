#include "SpectrogramImage.h"

#include "Matrix.h"
#include "SpectrogramPass.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>

namespace wb {

struct SpectrogramImage::Payload
{
    std::mutex mutex; // take() may race with nothing on the GUI thread, but copies can travel
    std::unique_ptr<QCPColorMapData> data;
};

SpectrogramImage SpectrogramImage::build(const Matrix &db, double frameSeconds, double yLow, double yHigh,
                                         int pooled)
{
    SpectrogramImage image;
    if (db.empty())
        return image;
    const int frames = int(db.cols());
    const int pool = (frames + kMaxColumns - 1) / kMaxColumns;
    const Matrix shrunk = pool > 1 ? maxPoolColumns(db, pool) : Matrix();
    const Matrix &m = pool > 1 ? shrunk : db;
    image.m_rows = int(m.rows());
    image.m_columns = int(m.cols());
    image.m_framesPerColumn = std::max(1, pool) * std::max(1, pooled);
    image.m_yLow = yLow;
    image.m_yHigh = std::max(yHigh, yLow + 1e-9);

    // Column c covers frames [c * pool, (c + 1) * pool): centre it there.
    const double step = frameSeconds * image.m_framesPerColumn;
    const double first = frameSeconds * (image.m_framesPerColumn - 1) / 2.0;
    // QCustomPlot needs a non-empty key range even for a one-column clip.
    const double last = std::max(first + step, first + (image.m_columns - 1) * step);
    auto data = std::make_unique<QCPColorMapData>(image.m_columns, image.m_rows, QCPRange(first, last),
                                                  QCPRange(image.m_yLow, image.m_yHigh));
    float mx = -std::numeric_limits<float>::infinity();
    for (int r = 0; r < image.m_rows; ++r) {
        const float *row = m.row(std::size_t(r));
        for (int c = 0; c < image.m_columns; ++c) {
            data->setCell(c, r, row[c]);
            mx = std::max(mx, row[c]);
        }
    }
    image.m_maxDb = std::isfinite(mx) ? mx : 0.0;
    image.m_payload = std::make_shared<Payload>();
    image.m_payload->data = std::move(data);
    return image;
}

QCPColorMapData *SpectrogramImage::take() const
{
    if (!m_payload)
        return nullptr;
    std::lock_guard<std::mutex> lock(m_payload->mutex);
    return m_payload->data.release();
}

} // namespace wb
