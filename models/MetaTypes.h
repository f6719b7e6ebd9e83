#pragma once
// Core value types carried in QVariant between backend jobs and panels.
#include "AudioBuffer.h"
#include "Matrix.h"

#include <QMetaType>

Q_DECLARE_METATYPE(wb::Matrix)
Q_DECLARE_METATYPE(wb::AudioBuffer)
