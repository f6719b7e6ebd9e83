#include "ClassifierProject.h"

#include "AudioFile.h"
#include "Error.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace wb {

namespace {

constexpr const char *kFormat = "wavebench-classifier-project";

std::string local(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

/** A folder name for a class: letters, digits, '-' and '_' kept, the rest '_'; unique. */
QString folderFor(const QString &name, QSet<QString> &taken)
{
    QString base;
    for (const QChar c : name)
        base += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ? c : QLatin1Char('_');
    if (base.isEmpty())
        base = QStringLiteral("class");
    QString folder = base;
    for (int k = 2; taken.contains(folder.toLower()); ++k)
        folder = base + QLatin1Char('_') + QString::number(k);
    taken.insert(folder.toLower());
    return folder;
}

} // namespace

int ClassifierProject::exampleCount() const
{
    int n = 0;
    for (const auto &c : classes)
        n += int(c.clips.size());
    return n;
}

std::shared_ptr<ClassifierDataset> ClassifierProject::dataset() const
{
    auto data = std::make_shared<ClassifierDataset>();
    for (std::size_t i = 0; i < classes.size(); ++i) {
        data->classNames.push_back(classes[i].name.toStdString());
        for (const auto &clip : classes[i].clips)
            data->examples.push_back({clip, int(i), classes[i].name.toStdString()});
    }
    return data;
}

void ClassifierProject::save(const QString &dir) const
{
    const QFileInfo target(dir);
    if (target.exists() && !target.isDir())
        throw Error("'" + local(dir) + "' is a file, not a project folder");
    if (target.isDir() && !QDir(dir).isEmpty() && !QFileInfo::exists(QDir(dir).filePath(QStringLiteral("project.json"))))
        throw Error("'" + local(dir) + "' is a folder that is not a classifier project; choose an empty or new folder");
    const QString work = QDir::cleanPath(target.absoluteFilePath()) + QStringLiteral(".saving");
    QDir(work).removeRecursively();
    if (!QDir().mkpath(work))
        throw Error("cannot create '" + local(work) + "'");
    try {
        QJsonArray list;
        QSet<QString> taken;
        for (const Class &c : classes) {
            const QString folder = folderFor(c.name, taken);
            const QString path = work + QStringLiteral("/classes/") + folder;
            if (!QDir().mkpath(path))
                throw Error("cannot create '" + local(path) + "'");
            QJsonArray files;
            for (std::size_t k = 0; k < c.clips.size(); ++k) {
                const QString file = QStringLiteral("%1.wav").arg(k + 1, 3, 10, QLatin1Char('0'));
                AudioFile::write(local(path + QLatin1Char('/') + file), AudioBuffer(c.clips[k], features.sampleRate),
                                 WriteFormat::WavFloat);
                files.append(QStringLiteral("classes/") + folder + QLatin1Char('/') + file);
            }
            list.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("files"), files}});
        }
        if (model)
            model->checkpoint().save(local(work + QStringLiteral("/model.safetensors")));
        QJsonObject info{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("sample_rate"), features.sampleRate},
                         {QStringLiteral("seconds"), features.seconds},
                         {QStringLiteral("classes"), list},
                         {QStringLiteral("model"), model ? QStringLiteral("model.safetensors") : QString()},
                         {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        QSaveFile f(work + QStringLiteral("/project.json"));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(info).toJson()) < 0 || !f.commit())
            throw Error("cannot write '" + local(f.fileName()) + "': " + f.errorString().toStdString());
    } catch (...) {
        QDir(work).removeRecursively();
        throw;
    }
    // Swap the new folder in; the old one goes only once the new one is in place.
    const QString old = QDir::cleanPath(target.absoluteFilePath()) + QStringLiteral(".old");
    QDir(old).removeRecursively();
    if (target.exists() && !QDir().rename(target.absoluteFilePath(), old))
        throw Error("cannot replace '" + local(dir) + "'");
    if (!QDir().rename(work, target.absoluteFilePath())) {
        QDir().rename(old, target.absoluteFilePath());
        throw Error("cannot move the project to '" + local(dir) + "'");
    }
    QDir(old).removeRecursively();
}

ClassifierProject ClassifierProject::load(const QString &dir)
{
    QFile f(QDir(dir).filePath(QStringLiteral("project.json")));
    if (!f.open(QIODevice::ReadOnly))
        throw Error("'" + local(dir) + "' is not a classifier project (it has no project.json)");
    const QJsonObject info = QJsonDocument::fromJson(f.readAll()).object();
    if (info.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        throw Error("'" + local(f.fileName()) + "' is not a WaveBench classifier project");
    ClassifierProject p;
    p.features.sampleRate = info.value(QStringLiteral("sample_rate")).toInt(p.features.sampleRate);
    p.features.seconds = info.value(QStringLiteral("seconds")).toDouble(p.features.seconds);
    p.features.validate();
    ReadOptions o;
    o.targetRate = p.features.sampleRate;
    o.threads = 1;
    for (const auto &value : info.value(QStringLiteral("classes")).toArray()) {
        const QJsonObject c = value.toObject();
        Class k;
        k.name = c.value(QStringLiteral("name")).toString();
        for (const auto &file : c.value(QStringLiteral("files")).toArray()) {
            const QString path = QDir(dir).filePath(file.toString());
            k.clips.push_back(p.features.fitClip(AudioFile::read(local(path), o).samples()));
        }
        p.classes.push_back(std::move(k));
    }
    const QString model = info.value(QStringLiteral("model")).toString();
    if (!model.isEmpty())
        p.model = AudioClassifier::load(local(QDir(dir).filePath(model)));
    return p;
}

} // namespace wb
