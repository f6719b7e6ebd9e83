#pragma once
#include "AudioClassifier.h"
#include "AudioClassifierTrainer.h"

#include <QMetaType>
#include <QString>

#include <memory>
#include <vector>

namespace wb {

/**
 * A "train your own classifier" project: named classes, each with its
 * example clips (mono, at the feature rate, one clip long), and the model
 * trained on them, if any. It saves as one folder: project.json (class
 * names, their files, the feature settings), classes/<class>/NNN.wav and
 * model.safetensors. A value type; save() and load() may run on any thread.
 * Saving writes a new folder beside the old one and swaps it in, so a failed
 * save loses nothing; both throw wb::Error with a one-line message.
 */
struct ClassifierProject
{
    struct Class
    {
        QString name;
        std::vector<std::vector<float>> clips;
    };

    std::vector<Class> classes;
    ClassifierFeatures features;
    std::shared_ptr<const AudioClassifier> model;

    int exampleCount() const;
    /** The examples as a training set (class order kept). */
    std::shared_ptr<ClassifierDataset> dataset() const;

    void save(const QString &dir) const;
    static ClassifierProject load(const QString &dir);
};

} // namespace wb

Q_DECLARE_METATYPE(std::shared_ptr<wb::ClassifierProject>)
