#pragma once
#include <QString>
#include <QStringList>

class QApplication;

namespace wb {

/**
 * User-interface languages: which exist, which one the user chose (QSettings
 * key "ui/language"), and installing the matching translators on the
 * application. GUI thread only. installLanguage() returns false when the
 * requested language is unknown or its catalogue is missing; the application
 * then simply stays in English.
 */

/** Language codes the UI ships with: "en" (source language) and "es". */
QStringList availableLanguages();
/** The language's own name ("English", "Español") for the settings chooser. */
QString languageName(const QString &code);
/** The saved choice; without one, the system locale's language if available, else "en". */
QString savedLanguage();
void saveLanguage(const QString &code);
/**
 * Replaces the translators this function installed before with the ones for
 * code (the app's own catalogue plus Qt's qtbase catalogue when present).
 * Installing "en" just removes them. Widgets receive QEvent::LanguageChange.
 */
bool installLanguage(QApplication &app, const QString &code);
/** The language installed last ("en" before any call). */
QString currentLanguage();

} // namespace wb
