// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // `print` lays out text, which needs fonts and so a QGuiApplication; it draws into a PDF, never
    // on a screen, so the offscreen platform does (a server has no display). Every other command
    // stays on QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "print") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("IRN Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("irndesk"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("irndesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = irndesk::cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}
