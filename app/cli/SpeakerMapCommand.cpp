// `wavebench speaker map`: the labelled utterance embeddings the Voice Cloning tab draws.
#include "AudioClassifierTrainer.h"
#include "BundledModels.h"
#include "Cli.h"
#include "CliSupport.h"
#include "Error.h"
#include "SpeakerCli.h"
#include "SpeakerEncoder.h"
#include "SpeakerMap.h"
#include "corpus/CorpusReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace wb::cli {

int runSpeakerMap(const QStringList &arguments)
{
    CommandLine cl(QStringLiteral("speaker map"),
                   QStringLiteral("Embeds a corpus's utterances with the speaker encoder and saves them, "
                                  "labelled by speaker, as the map the Voice Cloning tab draws (a "
                                  "safetensors file: embeddings [U, D], each utterance's speaker, and "
                                  "which speakers the encoder never trained on)."));
    cl.addOption(QStringLiteral("corpus"), QStringLiteral("The corpus folder."), QStringLiteral("DIR"));
    cl.addOption(QStringLiteral("corpus2"),
                 QStringLiteral("A second corpus, e.g. of voices kept out of training (marked held-out)."),
                 QStringLiteral("DIR"));
    cl.addOption(QStringLiteral("per-speaker"), QStringLiteral("Utterances per speaker; 0 = all."),
                 QStringLiteral("N"), QStringLiteral("20"));
    cl.addOption(QStringLiteral("o,output"), QStringLiteral("The map to write."), QStringLiteral("MAP"));
    addEncoderOptions(cl);
    if (!cl.parse(arguments))
        return ExitOk;
    const QString out = cl.output();
    const int perSpeaker = cl.intValue(QStringLiteral("per-speaker"), 0, 100000);
    if (cl.value(QStringLiteral("corpus")).isEmpty())
        throw UsageError(QStringLiteral("--corpus DIR is required"));
    QStringList dirs{cl.value(QStringLiteral("corpus"))};
    if (cl.isSet(QStringLiteral("corpus2")))
        dirs << cl.value(QStringLiteral("corpus2"));
    std::string modelPath;
    const SpeakerEncoder encoder = encoderOf(cl, &modelPath);
    const auto trained = encoder.checkpoint().trainingSpeakers();

    SpeakerMap map;
    QJsonArray problems;
    for (int i = 0; i < dirs.size(); ++i) {
        const CorpusEmbeddings e = embedCorpus(encoder, readCorpus(dirs[i]), perSpeaker);
        std::vector<bool> heldOut;
        for (const auto &name : e.speakerNames)
            heldOut.push_back(i > 0 || (!trained.empty() &&
                                        std::find(trained.begin(), trained.end(), name) == trained.end()));
        map.append(e, heldOut);
        for (const auto &p : e.problems)
            problems.append(QString::fromStdString(p));
    }
    if (map.utteranceCount() < 2)
        throw wb::Error("fewer than two utterances could be embedded: no map to draw");
    map.notes["encoder"] = QFileInfo(QString::fromStdString(modelPath)).fileName().toStdString();
    for (const char *key : {"heldout_eer", "heldout_speakers", "steps"}) {
        const auto it = encoder.checkpoint().notes.find(key);
        if (it != encoder.checkpoint().notes.end())
            map.notes[std::string("encoder_") + key] = it->second;
    }
    map.save(speakerPathOf(out));
    const int held = int(std::count(map.heldOut.begin(), map.heldOut.end(), true));
    const MapProjection p = map.pca2d();
    if (cl.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("output"), out},
                                      {QStringLiteral("speakers"), map.speakerCount()},
                                      {QStringLiteral("held_out_speakers"), held},
                                      {QStringLiteral("utterances"), map.utteranceCount()},
                                      {QStringLiteral("dimension"), map.dimension()},
                                      {QStringLiteral("explained_variance"), p.explained()},
                                      {QStringLiteral("problems"), problems}})
                .toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    printOut(QStringLiteral("%1 utterances of %2 speakers (%3 never heard in training), %4-d; the map's two "
                            "axes keep %5% of the variance\nwrote %6")
                 .arg(map.utteranceCount())
                 .arg(map.speakerCount())
                 .arg(held)
                 .arg(map.dimension())
                 .arg(p.explained() * 100.0, 0, 'f', 1)
                 .arg(out));
    return ExitOk;
}

} // namespace wb::cli
