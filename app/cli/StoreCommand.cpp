// SPDX-License-Identifier: GPL-3.0-or-later
// `irndesk-cli store check|backup|restore|info`: the store file itself (DESIGN.md §5).
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "app/cli/StoreOption.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace irndesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("irndesk::cli", text);
}

/// Parses the options of `store <sub>` with `positional` arguments expected; nullopt on a problem.
struct Parsed
{
    QString storePath;
    QStringList positional;
    bool json = false;
    bool force = false;
};

std::optional<Parsed> parseStoreCommand(const QString& command,
    const QStringList& arguments,
    qsizetype positional,
    const QString& positionalName,
    bool withForce,
    QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption format = formatOption();
    const QCommandLineOption force(QStringLiteral("force"), tr("replace FILE when it exists"));
    parser.addOptions({ store, format });
    if (withForce) {
        parser.addOption(force);
    }
    if (!parse(parser, command, arguments, err)) {
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != positional) {
        if (positional == 0) {
            err << tr("%1: unexpected argument '%2'").arg(command, parser.positionalArguments().first()) << Qt::endl;
        } else {
            err << tr("%1: expected %2, got %3 arguments")
                       .arg(command, positionalName)
                       .arg(parser.positionalArguments().size())
                << Qt::endl;
        }
        return std::nullopt;
    }
    const std::optional<bool> json = jsonFormat(parser, format, command, err);
    if (!json) {
        return std::nullopt;
    }
    return Parsed{ storePath(parser, store), parser.positionalArguments(), *json, withForce && parser.isSet(force) };
}

int storeCheck(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("store check");
    const auto parsed = parseStoreCommand(command, arguments, 0, {}, false, err);
    if (!parsed) {
        return kExitCannotRun;
    }
    // Always: the full PRAGMA integrity_check and foreign key check, whatever the last one said.
    std::optional<Error> why;
    const auto db =
        openStore(parsed->storePath, StoreAccess::Existing, command, err, store::Store::IntegrityCheck::Always, why);
    if (!db) {
        if (parsed->json && why) {
            // What SQLite found, one problem per line of the detail (the message has the first few).
            QStringList problems = why->detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (problems.isEmpty()) {
                problems.append(why->message);
            }
            JsonWriter j;
            j.beginObject().field("store", QDir::toNativeSeparators(parsed->storePath)).field("sound", false);
            j.field("message", why->message).key("problems").strings(problems).endObject();
            j.flushTo(out);
        }
        return kExitCannotRun;
    }
    if (parsed->json) {
        JsonWriter j;
        j.beginObject()
            .field("store", QDir::toNativeSeparators(db->path()))
            .field("sound", true)
            .key("problems")
            .beginArray();
        j.endArray().endObject();
        j.flushTo(out);
    } else {
        out << tr("%1: %2 is sound (integrity and foreign keys checked, schema version %3)")
                   .arg(command, QDir::toNativeSeparators(db->path()))
                   .arg(db->schemaVersion())
            << Qt::endl;
    }
    return kExitOk;
}

int storeBackup(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("store backup");
    const auto parsed = parseStoreCommand(command, arguments, 1, tr("the backup FILE"), true, err);
    if (!parsed) {
        return kExitCannotRun;
    }
    const QString target = parsed->positional.first();
    if (QFileInfo(target).isDir()) {
        err << tr("%1: %2 is a folder; give the name of the backup file").arg(command, QDir::toNativeSeparators(target))
            << Qt::endl;
        return kExitCannotRun;
    }
    if (QFileInfo::exists(target) && !parsed->force) {
        err << tr("%1: %2 exists; give another name, or --force to replace it")
                   .arg(command, QDir::toNativeSeparators(target))
            << Qt::endl;
        return kExitCannotRun;
    }
    const auto db = openStore(parsed->storePath, StoreAccess::Existing, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    if (Status s = db->backupTo(target); !s) {
        printStoreError(command, s.error(), db->path(), err);
        return kExitCannotRun;
    }
    const qint64 size = QFileInfo(target).size();
    if (parsed->json) {
        JsonWriter j;
        j.beginObject()
            .field("store", QDir::toNativeSeparators(db->path()))
            .field("backup", QDir::toNativeSeparators(target));
        j.field("bytes", size).endObject();
        j.flushTo(out);
    } else {
        out << tr("%1: %2 copied to %3 (%4 bytes)")
                   .arg(command, QDir::toNativeSeparators(db->path()), QDir::toNativeSeparators(target))
                   .arg(size)
            << Qt::endl;
    }
    return kExitOk;
}

int storeRestore(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("store restore");
    const auto parsed = parseStoreCommand(command, arguments, 1, tr("the backup FILE"), false, err);
    if (!parsed) {
        return kExitCannotRun;
    }
    const QString source = parsed->positional.first();
    if (!QFileInfo(source).isFile()) {
        err << tr("%1: cannot read %2: %3")
                   .arg(command,
                       QDir::toNativeSeparators(source),
                       QFileInfo(source).isDir() ? tr("it is a folder") : tr("no such file"))
            << Qt::endl;
        return kExitCannotRun;
    }
    const auto db = openStore(parsed->storePath, StoreAccess::Create, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    if (Status s = db->restoreFrom(source); !s) {
        printStoreError(command, s.error(), db->path(), err);
        return kExitCannotRun;
    }
    const QString kept = QStringLiteral("%1.before-restore-*.sqlite").arg(QFileInfo(db->path()).completeBaseName());
    if (parsed->json) {
        JsonWriter j;
        j.beginObject()
            .field("store", QDir::toNativeSeparators(db->path()))
            .field("restoredFrom", QDir::toNativeSeparators(source));
        j.field("schemaVersion", db->schemaVersion()).endObject();
        j.flushTo(out);
    } else {
        out << tr("%1: %2 now holds what %3 holds; what it held before was copied to %4 beside it")
                   .arg(command, QDir::toNativeSeparators(db->path()), QDir::toNativeSeparators(source), kept)
            << Qt::endl;
    }
    return kExitOk;
}

int storeInfo(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("store info");
    const auto parsed = parseStoreCommand(command, arguments, 0, {}, false, err);
    if (!parsed) {
        return kExitCannotRun;
    }
    const auto db = openStore(parsed->storePath, StoreAccess::Existing, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    const QList<store::Workspace> workspaces = db->workspaces();
    const QMap<store::InvoiceStatus, qint64> counts = db->countsByStatus();
    if (const auto failed = db->queryError()) {
        printStoreError(command, *failed, db->path(), err);
        return kExitCannotRun;
    }
    qint64 invoices = 0;
    for (qint64 n : counts) {
        invoices += n;
    }
    const qint64 bytes = QFileInfo(db->path()).size();
    if (parsed->json) {
        JsonWriter j;
        j.beginObject()
            .field("store", QDir::toNativeSeparators(QFileInfo(db->path()).absoluteFilePath()))
            .field("bytes", bytes)
            .field("schemaVersion", db->schemaVersion())
            .field("latestSchemaVersion", store::Store::latestSchemaVersion())
            .field("workspaces", qint64(workspaces.size()))
            .field("invoices", invoices)
            .key("byStatus")
            .beginObject();
        for (store::InvoiceStatus s : store::kAllStatuses) {
            j.field(store::statusName(s).toLatin1().constData(), counts.value(s, 0));
        }
        j.endObject().endObject();
        j.flushTo(out);
        return kExitOk;
    }
    QStringList byStatus;
    for (store::InvoiceStatus s : store::kAllStatuses) {
        if (counts.value(s, 0) > 0) {
            byStatus.append(QStringLiteral("%1 %2").arg(counts.value(s)).arg(store::statusName(s)));
        }
    }
    out << tr("Store:          %1").arg(QDir::toNativeSeparators(QFileInfo(db->path()).absoluteFilePath())) << '\n'
        << tr("Size:           %1 bytes").arg(bytes) << '\n'
        << tr("Schema version: %1 (this program writes %2)")
               .arg(db->schemaVersion())
               .arg(store::Store::latestSchemaVersion())
        << '\n'
        << tr("Workspaces:     %1").arg(workspaces.size()) << '\n'
        << tr("Invoices:       %1")
               .arg(byStatus.isEmpty()
                       ? QStringLiteral("0")
                       : QStringLiteral("%1 (%2)").arg(invoices).arg(byStatus.join(QStringLiteral(", "))))
        << '\n';
    out << (workspaces.size() == 1
            ? tr("%1: 1 workspace, %2 invoices").arg(command).arg(invoices)
            : tr("%1: %2 workspaces, %3 invoices").arg(command).arg(workspaces.size()).arg(invoices))
        << Qt::endl;
    return kExitOk;
}

const char* const kStoreUsage = QT_TRANSLATE_NOOP("irndesk::cli",
    "Usage:\n"
    "  irndesk-cli store check [--store DB]     full integrity check (exit 0 sound, 2 damaged)\n"
    "  irndesk-cli store backup FILE [--force] [--store DB]\n"
    "                                           a consistent copy, while the store is in use\n"
    "  irndesk-cli store restore FILE [--store DB]\n"
    "                                           replace the store's content with a backup\n"
    "  irndesk-cli store info [--store DB]      path, schema version, counts\n"
    "Each takes --format text|json.\n");

} // namespace

int commandStore(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == u"check") {
        return storeCheck(rest, out, err);
    }
    if (sub == u"backup") {
        return storeBackup(rest, out, err);
    }
    if (sub == u"restore") {
        return storeRestore(rest, out, err);
    }
    if (sub == u"info") {
        return storeInfo(rest, out, err);
    }
    if (sub == u"--help" || sub == u"-h") {
        out << QCoreApplication::translate("irndesk::cli", kStoreUsage);
        return kExitOk;
    }
    err << (sub.isEmpty() ? tr("store: say check, backup, restore or info")
                          : tr("store: unknown subcommand '%1'").arg(sub))
        << Qt::endl
        << QCoreApplication::translate("irndesk::cli", kStoreUsage);
    return kExitCannotRun;
}

} // namespace irndesk::cli
