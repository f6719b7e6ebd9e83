#pragma once
#include <memory>

class QCPColorMapData;

namespace wb {

class Matrix;

/**
 * A spectrogram in dB made ready for a QCPColorMap: the cells are filled and
 * the loudest value found on the thread that builds it (an analysis job), so
 * the GUI thread only adopts a pointer, whatever the clip's length. Long
 * spectrograms are max-pooled in time to at most kMaxColumns columns first,
 * which bounds both the memory and the colour-map image the view draws.
 *
 * A value type whose copies share one payload: build() may run on any
 * thread; take() belongs to the GUI thread and hands the data over once (the
 * first call wins, later calls and other copies get nullptr). Never fails.
 */
class SpectrogramImage
{
public:
    /** About twice the width of the views on a large screen: enough detail for the whole-clip view,
     *  and a colour-map image the GUI thread recolours in a few ms. */
    static constexpr int kMaxColumns = 2048;

    /**
     * db: [rows][frames] matrix; frame f is centred at f * frameSeconds.
     * Rows map to the value range [yLow, yHigh] (row centres). pooled > 1
     * says db's columns already each max-pool that many frames.
     */
    static SpectrogramImage build(const Matrix &db, double frameSeconds, double yLow, double yHigh,
                                  int pooled = 1);

    bool isEmpty() const { return m_rows == 0 || m_columns == 0; }
    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    /** Frames per column after pooling (1: every frame is a column). */
    int framesPerColumn() const { return m_framesPerColumn; }
    double maxDb() const { return m_maxDb; }
    double yLow() const { return m_yLow; }
    double yHigh() const { return m_yHigh; }

    /** The filled data, for a QCPColorMap::setData(data, false) that takes ownership. */
    QCPColorMapData *take() const;

private:
    struct Payload;
    std::shared_ptr<Payload> m_payload;
    int m_rows = 0;
    int m_columns = 0;
    int m_framesPerColumn = 1;
    double m_maxDb = 0.0;
    double m_yLow = 0.0;
    double m_yHigh = 1.0;
};

} // namespace wb
