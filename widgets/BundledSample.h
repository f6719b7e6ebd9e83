#pragma once
#include <QCoreApplication>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace wb {

/**
 * The teaching clip built into the executable (assets/sample/welcome.flac).
 * libsndfile reads real files only, so extract() copies the resource to
 * AppLocalDataLocation, or, when that is not writable, to a temporary
 * directory this object owns (removed with it). GUI thread only; extract()
 * returns an empty string and sets *error when neither place can be written.
 */
class BundledSample
{
    Q_DECLARE_TR_FUNCTIONS(wb::BundledSample)

public:
    BundledSample();
    ~BundledSample();

    static QString resourcePath() { return QStringLiteral(":/assets/sample/welcome.flac"); }
    QString extract(QString *error);

private:
    std::unique_ptr<QTemporaryDir> m_fallback;
};

} // namespace wb
