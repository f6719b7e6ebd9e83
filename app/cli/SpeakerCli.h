#pragma once
// What the speaker commands (embed, speaker-eval, speaker train|info|map|clone-eval) share.
#include "CliSupport.h"

#include <QString>

#include <string>

namespace wb {
struct Corpus;
class SpeakerEncoder;
}

namespace wb::cli {

std::string speakerPathOf(const QString &p);
/** --model (a speaker encoder, default the shipped one), --threads and --json. */
void addEncoderOptions(CommandLine &cl);
/** Sets the LibTorch threads and loads --model; pathOut (if given) receives the file used. */
SpeakerEncoder encoderOf(const CommandLine &cl, std::string *pathOut = nullptr);
/** A corpus folder, read; UsageError when dir is empty, wb::Error when it is not a folder. */
Corpus readCorpus(const QString &dir);

} // namespace wb::cli
