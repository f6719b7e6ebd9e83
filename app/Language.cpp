#include "Language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace wb {

namespace {

const char *const kLanguageKey = "ui/language";

// Translators live as long as the application; QPointer so a torn-down
// QApplication (tests create several) never leaves dangling pointers here.
struct InstalledTranslators
{
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
    QString code = QStringLiteral("en");
};

InstalledTranslators &installed()
{
    static InstalledTranslators s;
    return s;
}

void removeInstalled(QApplication &app)
{
    InstalledTranslators &t = installed();
    for (QPointer<QTranslator> *p : {&t.app, &t.qt}) {
        if (*p) {
            app.removeTranslator(*p);
            delete p->data();
        }
        *p = nullptr;
    }
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString languageName(const QString &code)
{
    // Each language is named in itself, so a user who cannot read the current
    // UI language can still find their own.
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString savedLanguage()
{
    const QString saved = QSettings().value(kLanguageKey).toString();
    if (availableLanguages().contains(saved))
        return saved;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return availableLanguages().contains(system) ? system : QStringLiteral("en");
}

void saveLanguage(const QString &code)
{
    QSettings().setValue(kLanguageKey, code);
}

bool installLanguage(QApplication &app, const QString &code)
{
    if (!availableLanguages().contains(code))
        return false;
    removeInstalled(app);
    installed().code = QStringLiteral("en");
    if (code == QLatin1String("en"))
        return true;

    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/wavebench_%1.qm").arg(code))) {
        delete own;
        return false;
    }
    app.installTranslator(own);
    installed().app = own;

    // Qt's own strings (dialog buttons, context menus) are optional: Debian
    // ships them in qt6-translations-l10n, which a user may not have.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
        installed().qt = qt;
    } else {
        delete qt;
    }
    installed().code = code;
    return true;
}

QString currentLanguage()
{
    return installed().code;
}

} // namespace wb
