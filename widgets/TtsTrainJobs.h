#pragma once
#include "ModelBackend.h"

#include <QMutex>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

namespace wb {

/**
 * The Text-to-Speech training window's backend jobs: making a small practice
 * corpus from a local voice, and training an acoustic model on a corpus. A
 * running training hands its losses to the window through a TtsTrainFeed,
 * polled on a GUI timer. Errors leave as exceptions (failed() with the
 * message); cancelling stops between steps and writes nothing.
 */
namespace ttstrain {

enum class Kind { FastSpeech2, Tacotron2 };

struct TtsTrainRequest
{
    QString corpus;
    Kind kind = Kind::FastSpeech2;
    bool tiny = true; ///< a small model a class can watch learn; false: the shipped size
    int steps = 200;
    QString output;   ///< the checkpoint to write when training ends
};

struct TtsTrainFeed
{
    QMutex mutex;
    std::vector<QPointF> loss;       ///< (step, training mel L1), not yet taken
    std::vector<QPointF> validation; ///< (step, held-out mel L1), not yet taken
    int utterances = 0;              ///< in the corpus, once read
};

/** Builds a corpus of sentences spoken by flite's slt in dir (new or empty); the result is dir. */
ModelBackend::JobFn practiceCorpus(const QString &dir, int sentences);
/** Reads the corpus, trains, writes the checkpoint; the result is its path. */
ModelBackend::JobFn train(const TtsTrainRequest &request, std::shared_ptr<TtsTrainFeed> feed);

} // namespace ttstrain
} // namespace wb
