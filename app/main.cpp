// WaveBench: with no command, the workbench window; with one, the headless CLI.
#include "Language.h"
#include "MainWindow.h"
#include "ModelBackend.h"
#include "cli/Cli.h"

#include <QApplication>
#include <QFileInfo>

int main(int argc, char **argv)
{
    if (wb::cli::isCommandLine(argc, argv))
        return wb::cli::run(argc, argv);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WaveBench"));
    QApplication::setApplicationName(QStringLiteral("WaveBench"));
    QApplication::setApplicationVersion(QStringLiteral(WB_VERSION));
    wb::installLanguage(app, wb::savedLanguage());

    wb::ModelBackend backend;
    wb::MainWindow window(&backend);
    window.show();
    const QStringList args = QApplication::arguments();
    if (args.size() > 1 && QFileInfo(args.at(1)).isFile())
        window.openFile(args.at(1));
    else
        window.openBundledSample();
    return app.exec();
}
