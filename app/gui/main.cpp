// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's main(): application identity, the command line, translations, one instance per store,
// the theme, the main window and, on a new store, the guided setup. Nothing else belongs here.
#include "core/Version.h"
#include "core/store/Store.h"
#include "installer/AppIdentity.h"
#include "ui/AppContext.h"
#include "ui/FirstStartWizard.h"
#include "ui/MainWindow.h"
#include "ui/MainWindowHost.h"
#include "ui/SingleInstance.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"IRN Desk"_s);
    QApplication::setApplicationName(u"irndesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(IRNDESK_VERSION));
    // The desktop matches the windows to the installed .desktop file and its icon.
    QGuiApplication::setDesktopFileName(irndesk::desktop::appId());
    QApplication::setWindowIcon(irndesk::desktop::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "GST e-invoicing desktop tool"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(u"store"_s,
        QApplication::translate("main", "The store to open (default: the last one, $IRNDESK_STORE, or the data folder)."),
        QApplication::translate("main", "file"));
    parser.addOption(storeOption);
    parser.addPositionalArgument(u"files"_s,
        QApplication::translate("main", "Invoices to import (JSON, CSV or XLSX)."), u"[files...]"_s);
    parser.process(app);

    irndesk::ui::AppContext context;
    context.installSavedLanguage();

    // The store: --store, else the one chosen in the settings, else the default.
    QString storePath = parser.value(storeOption);
    if (storePath.isEmpty()) {
        storePath = irndesk::ui::AppContext::rememberedStorePath();
    }
    if (storePath.isEmpty()) {
        storePath = irndesk::store::Store::defaultPath();
    }
    // Absolute: they may be handed to an instance started in another folder.
    QStringList files;
    for (const QString& file : parser.positionalArguments()) {
        files << QFileInfo(file).absoluteFilePath();
    }

    // One instance per store: a later start on it hands its files to the first and ends. When
    // that cannot be done, this one runs anyway (the store takes more than one program).
    irndesk::ui::SingleInstance instance;
    switch (instance.start(storePath, files)) {
    case irndesk::ui::SingleInstance::Start::HandedOver:
        return 0;
    case irndesk::ui::SingleInstance::Start::Failed:
        std::fprintf(stderr, "irndesk: %s\n", qPrintable(instance.error()));
        break;
    case irndesk::ui::SingleInstance::Start::First:
        break;
    }

    irndesk::ui::Theme theme;
    theme.setAppearance(context.appearance());
    QObject::connect(&context, &irndesk::ui::AppContext::appearanceChanged, &theme, &irndesk::ui::Theme::setAppearance);

    irndesk::ui::MainWindowHost host(context);
    host.show();
    QObject::connect(&instance, &irndesk::ui::SingleInstance::activationRequested, &host, &irndesk::ui::MainWindowHost::activate);
    QObject::connect(&context, &irndesk::ui::AppContext::storeOpened, &instance, [&instance, &context] {
        instance.serve(context.storePath()); // after File > Open store: this store's instance now
    });
    if (const irndesk::Status opened = context.openStore(storePath); !opened) {
        QMessageBox::critical(host.window(),
            QApplication::translate("main", "IRN Desk"),
            QApplication::translate("main", "The store %1 could not be opened: %2").arg(storePath, opened.error().message));
    } else if (irndesk::ui::needsFirstStart(context)) {
        // A new store (the first start creates the default one): the guided setup, then the
        // files, if any, go to the workspace it made.
        irndesk::ui::FirstStartWizard* wizard = irndesk::ui::openFirstStart(context, host.window());
        if (!files.isEmpty()) {
            QObject::connect(wizard, &QDialog::finished, &host, [&host, files] { host.window()->importFiles(files); });
        }
    } else if (!files.isEmpty()) {
        host.window()->importFiles(files);
    }
    return QApplication::exec();
}
