#include "BundledSample.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace wb {

namespace {

// Copies only when the file is missing or differs in size, so a second start
// does not rewrite it, and a newer build's sample replaces an older one.
bool copyTo(const QString &dir, const QByteArray &bytes, QString *path)
{
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return false;
    const QString target = QDir(dir).filePath(QStringLiteral("welcome.flac"));
    if (QFileInfo(target).size() == bytes.size()) {
        *path = target;
        return true;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return false;
    *path = target;
    return true;
}

} // namespace

BundledSample::BundledSample() = default;
BundledSample::~BundledSample() = default;

QString BundledSample::extract(QString *error)
{
    QFile resource(resourcePath());
    if (!resource.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The bundled sample is missing from this build.");
        return {};
    }
    const QByteArray bytes = resource.readAll();
    QString path;
    const QString local = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (!local.isEmpty() && copyTo(local + QStringLiteral("/samples"), bytes, &path))
        return path;
    if (!m_fallback)
        m_fallback = std::make_unique<QTemporaryDir>();
    if (m_fallback->isValid() && copyTo(m_fallback->path(), bytes, &path))
        return path;
    if (error)
        *error = tr("Cannot write the bundled sample to disk (%1).").arg(QDir::toNativeSeparators(local));
    return {};
}

} // namespace wb
