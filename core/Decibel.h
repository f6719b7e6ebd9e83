#pragma once
#include "Matrix.h"

namespace wb {

/** Reference for dB conversion: the matrix maximum (librosa ref=np.max) or a fixed value. */
struct DbParams
{
    bool refIsMax = true;
    float ref = 1.0f;      ///< used when refIsMax is false
    float amin = 1e-10f;
    float topDb = 80.0f;   ///< <= 0 disables the floor
    int threads = 1;       ///< split a large matrix over this many threads (same result)
};

/** librosa.power_to_db: 10 log10(max(amin, S) / ref), floored at max - topDb. */
Matrix powerToDb(const Matrix &power, const DbParams &params = {});
/** librosa.amplitude_to_db: 20 log10 (amin defaults to 1e-5 there). */
Matrix amplitudeToDb(const Matrix &amplitude, DbParams params = {1, 1.0f, 1e-5f, 80.0f});
/** librosa.db_to_power with ref 1. */
Matrix dbToPower(const Matrix &db);

} // namespace wb
