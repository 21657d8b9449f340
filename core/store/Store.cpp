// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Store.h"

#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "core/model/Dates.h"
#include "core/store/StorePrivate.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace irndesk::store {

namespace {

// "IRND" in the file header: how we know a file is ours.
constexpr int kApplicationId = 0x49524E44;

// The migrations, in order; migration N sets user_version = N.
const char* const kMigrations[] = {
    ":/store/migrations/0001_initial.sql",
    ":/store/migrations/0002_report_view.sql",
    ":/store/migrations/0003_type_index.sql",
    ":/store/migrations/0004_submission_journal.sql",
};
constexpr int kLatestVersion = static_cast<int>(std::size(kMigrations));

const char* partyKindName(Party::Kind kind)
{
    switch (kind) {
    case Party::Kind::Buyer:
        return "buyer";
    case Party::Kind::ShipTo:
        return "ship";
    case Party::Kind::Dispatch:
        return "dispatch";
    }
    return "buyer";
}

Party::Kind partyKindFrom(const QString& name)
{
    if (name == QLatin1String("ship")) {
        return Party::Kind::ShipTo;
    }
    if (name == QLatin1String("dispatch")) {
        return Party::Kind::Dispatch;
    }
    return Party::Kind::Buyer;
}

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3* const*>(v.constData());
    }
    return nullptr;
}

// Copies the database `from` into `to` with SQLite's online backup, waiting while another
// connection holds a lock.
int copyDatabase(sqlite3* from, sqlite3* to)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        return sqlite3_errcode(to);
    }
    int rc = SQLITE_OK;
    int waited = 0;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (waited++ > 200) {
                break;
            }
            sqlite3_sleep(25);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finish = sqlite3_backup_finish(backup);
    return rc == SQLITE_DONE ? finish : rc;
}

// What we know of a file before SQLite opens it.
enum class FileKind { Missing, Empty, Sqlite, Other };

FileKind fileKind(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return FileKind::Missing;
    }
    if (info.size() == 0) {
        return FileKind::Empty;
    }
    // The header is read through SQLite, never with a descriptor of our own: closing any other
    // descriptor of the file drops every POSIX lock this process holds on it, the open store's
    // included, and a program that then closes the store last deletes its write-ahead log, with
    // the writes in it (sqlite.org/howtocorrupt.html, 2.2). Seen when a bulk import opened its own
    // Store while irndesk-cli or a test read the same store.
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
    return rc == SQLITE_NOTADB || rc == SQLITE_CANTOPEN || rc == SQLITE_PERM ? FileKind::Other : FileKind::Sqlite;
}

QString stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// A store file's version and id, read through the C API (used on files we do not open as stores).
struct FileFacts
{
    int userVersion = 0;
    int applicationId = 0;
    int tables = 0;
    QStringList problems;
};

int intPragma(sqlite3* db, const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    int value = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW) {
        value = sqlite3_column_int(statement, 0);
    }
    sqlite3_finalize(statement);
    return value;
}

QStringList textRows(sqlite3* db, const char* sql)
{
    QStringList rows;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        rows.append(QString::fromUtf8(sqlite3_errmsg(db)));
        return rows;
    }
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        rows.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))));
    }
    if (rc != SQLITE_DONE) {
        rows.append(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_finalize(statement);
    return rows;
}

QStringList integrityOf(sqlite3* db)
{
    QStringList rows = textRows(db, "PRAGMA integrity_check");
    if (rows == QStringList{QStringLiteral("ok")}) {
        rows.clear();
    }
    rows += textRows(db, "PRAGMA foreign_key_check");
    return rows;
}

FileFacts factsOf(sqlite3* db, bool checkIntegrity)
{
    FileFacts facts;
    facts.userVersion = intPragma(db, "PRAGMA user_version");
    facts.applicationId = intPragma(db, "PRAGMA application_id");
    facts.tables = intPragma(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
    if (checkIntegrity) {
        facts.problems = integrityOf(db);
    }
    return facts;
}

std::optional<Error> refuseForeign(const QString& path, const FileFacts& facts)
{
    if (facts.applicationId != kApplicationId && (facts.applicationId != 0 || facts.tables > 0)) {
        return Error{ErrorCode::Unsupported,
                     Tr::tr("%1 is an SQLite database, but not an IRN Desk store.").arg(QDir::toNativeSeparators(path)),
                     {}};
    }
    if (facts.userVersion > kLatestVersion) {
        return Error{ErrorCode::Unsupported,
                     Tr::tr("%1 was written by a newer IRN Desk (store version %2; this program knows versions up to "
                        "%3). Update IRN Desk to open it; the file has not been changed.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(facts.userVersion)
                         .arg(kLatestVersion),
                     {}};
    }
    return std::nullopt;
}

Error corruptError(const QString& path, const QStringList& problems)
{
    return Error{ErrorCode::Corrupt,
                 Tr::tr("%1 failed its integrity check: %2. Restore it from a backup (the store has not been "
                    "changed).")
                     .arg(QDir::toNativeSeparators(path), problems.mid(0, 3).join(QStringLiteral("; "))),
                 problems.join(QLatin1Char('\n'))};
}

QAtomicInteger<quint64> g_connectionCounter;

} // namespace

namespace detail {

QString findingsJson(const Findings& findings)
{
    if (findings.isEmpty()) {
        return {};
    }
    QJsonArray array;
    for (const Finding& f : findings) {
        array.append(QJsonObject{{QStringLiteral("code"), f.code},
                                 {QStringLiteral("rule"), f.rule},
                                 {QStringLiteral("path"), f.path},
                                 {QStringLiteral("severity"), severityName(f.severity)},
                                 {QStringLiteral("message"), f.message},
                                 {QStringLiteral("hint"), f.hint}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Findings findingsFrom(const QVariant& v)
{
    Findings findings;
    if (v.isNull()) {
        return findings;
    }
    const QJsonArray array = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        Finding f;
        f.code = o.value(QLatin1String("code")).toString();
        f.rule = o.value(QLatin1String("rule")).toString();
        f.path = o.value(QLatin1String("path")).toString();
        f.severity = o.value(QLatin1String("severity")).toString() == QLatin1String("warning") ? Finding::Severity::Warning
                                                                                                 : Finding::Severity::Error;
        f.message = o.value(QLatin1String("message")).toString();
        f.hint = o.value(QLatin1String("hint")).toString();
        findings.append(f);
    }
    return findings;
}

QString irpErrorsJson(const QList<IrpError>& errors)
{
    QJsonArray array;
    for (const IrpError& e : errors) {
        array.append(QJsonObject{{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<IrpError> irpErrorsFrom(const QVariant& v)
{
    QList<IrpError> errors;
    if (v.isNull()) {
        return errors;
    }
    const QJsonArray array = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue& value : array) {
        errors.append({value[QLatin1String("code")].toString(), value[QLatin1String("message")].toString()});
    }
    return errors;
}

} // namespace detail

namespace {

// Applies the migrations after the store's version, each in a transaction of its own.
Status migrate(Store::Private& p, sqlite3* handle)
{
    for (int version = p.schemaVersion + 1; version <= kLatestVersion; ++version) {
        QFile file(QString::fromLatin1(kMigrations[version - 1]));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{ErrorCode::Io, Tr::tr("migration %1 is missing from the program").arg(version), {}};
        }
        const QByteArray all = file.readAll() + QByteArray(";\nPRAGMA user_version = ") + QByteArray::number(version)
            + QByteArray(";\nPRAGMA application_id = ") + QByteArray::number(kApplicationId) + ';';
        if (Status s = p.begin(); !s) {
            return s;
        }
        // Another program may have migrated the file while we waited for the lock.
        if (intPragma(handle, "PRAGMA user_version") >= version) {
            if (Status s = p.commit(); !s) {
                return s;
            }
            continue;
        }
        char* message = nullptr;
        if (sqlite3_exec(handle, all.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : "");
            sqlite3_free(message);
            p.rollback();
            return Error{ErrorCode::Io,
                         Tr::tr("cannot update the store %1 to version %2 (nothing was changed): %3")
                             .arg(QDir::toNativeSeparators(p.path))
                             .arg(version)
                             .arg(text),
                         {}};
        }
        if (Status s = p.commit(); !s) {
            return s;
        }
    }
    p.schemaVersion = intPragma(handle, "PRAGMA user_version");
    return Ok{};
}

} // namespace

// ------------------------------------------------------------------------------------------------

Store::Store(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

Store::~Store() = default;

int Store::latestSchemaVersion()
{
    return kLatestVersion;
}

QString Store::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("IRNDESK_STORE");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("irndesk.sqlite"));
}

QString Store::osUser()
{
#ifdef Q_OS_UNIX
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) {
        return QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    for (const char* name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty()) {
            return value;
        }
    }
    return QStringLiteral("unknown");
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, const Options& options)
{
    const QString shown = QDir::toNativeSeparators(path);
    const FileKind kind = fileKind(path);
    if (kind == FileKind::Other) {
        if (QFileInfo(path).isDir()) {
            return Error{ErrorCode::Io, Tr::tr("%1 is a folder, not a store file.").arg(shown), {}};
        }
        return Error{ErrorCode::Unsupported,
                     Tr::tr("%1 is not an IRN Desk store: it is not an SQLite database (or it cannot be read).").arg(shown),
                     {}};
    }
    if (kind == FileKind::Missing) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir)) {
            return Error{ErrorCode::Io, Tr::tr("cannot create the folder %1 for the store").arg(QDir::toNativeSeparators(dir)), {}};
        }
    }
    // A write-ahead log left behind means the last program using the store did not close it (it
    // was killed, or is still running): then the store gets a full integrity check.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool leftoverLog = wal.exists() && wal.size() > 0;

    auto d = std::make_unique<Private>();
    d->path = path;
    d->user = osUser();
    d->connectionName = QStringLiteral("irndesk-store-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(path);
    d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!d->db.open()) {
        return Error{ErrorCode::Io, Tr::tr("cannot open the store %1: %2").arg(shown, d->db.lastError().text()), {}};
    }
    sqlite3* handle = handleOf(d->db);
    if (!handle) {
        return Error{ErrorCode::Unsupported, Tr::tr("the Qt SQLite driver did not give its connection handle"), {}};
    }

    const FileFacts facts = factsOf(handle, false);
    if (sqlite3_errcode(handle) == SQLITE_NOTADB) {
        return Error{ErrorCode::Corrupt, Tr::tr("%1 is damaged: it is not a readable SQLite database.").arg(shown), {}};
    }
    if (auto refused = refuseForeign(path, facts)) {
        return *refused;
    }
    // synchronous = FULL: a committed invoice survives a power cut, not only a killed process.
    // A 64 MB page cache (instead of 2 MB) keeps the indexes in memory during bulk work; the
    // write-ahead log is copied back every 4,000 pages (16 MB) rather than every 1,000. Savepoint
    // journals stay in memory: on disk they cost a dozen writes per stored invoice.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA cache_size = -65536",
                               "PRAGMA wal_autocheckpoint = 4000", "PRAGMA temp_store = MEMORY"}) {
        if (Status s = d->execSql(QString::fromLatin1(pragma), Tr::tr("cannot set up the store %1").arg(shown)); !s) {
            return s.error();
        }
    }
    {
        QSqlQuery query(d->db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
            || query.value(0).toString() != QLatin1String("wal")) {
            return d->sqlError(query.lastError(), Tr::tr("cannot switch the store %1 to write-ahead logging").arg(shown));
        }
    }

    if (facts.userVersion > 0) {
        bool check = options.integrity == IntegrityCheck::Always;
        if (options.integrity == IntegrityCheck::Auto) {
            QSqlQuery query(d->db);
            query.exec(QStringLiteral("SELECT value FROM store_meta WHERE key = 'last_integrity_check'"));
            const QDateTime last = query.next() ? timeFrom(query.value(0)) : QDateTime();
            check = leftoverLog || !last.isValid() || last.daysTo(QDateTime::currentDateTimeUtc()) >= 7;
        }
        if (check) {
            const QStringList problems = integrityOf(handle);
            if (!problems.isEmpty()) {
                return corruptError(path, problems);
            }
            QSqlQuery query(d->db);
            query.prepare(QStringLiteral("INSERT OR REPLACE INTO store_meta(key, value) VALUES ('last_integrity_check', ?)"));
            query.addBindValue(nowText());
            query.exec(); // a busy store keeps the old date: the check is simply repeated next time
        }
    }

    // Migrations: each in a transaction of its own, after a copy of the file.
    d->schemaVersion = facts.userVersion;
    auto store = std::unique_ptr<Store>(new Store(std::move(d)));
    Private& p = *store->d;
    if (p.schemaVersion < kLatestVersion && p.schemaVersion > 0) {
        const QString dir = options.backupDirectory.isEmpty() ? QFileInfo(path).absolutePath() : options.backupDirectory;
        const QString copy = QDir(dir).filePath(
            QStringLiteral("%1.v%2-backup-%3.sqlite").arg(QFileInfo(path).completeBaseName()).arg(p.schemaVersion).arg(stamp()));
        if (Status s = store->backupTo(copy); !s) {
            return Error{ErrorCode::Io,
                         Tr::tr("cannot copy the store before updating it (nothing was changed): %1").arg(s.error().message),
                         {}};
        }
        p.migrationBackup = copy;
    }
    if (Status s = migrate(p, handle); !s) {
        return s.error();
    }
    p.schemaVersion = intPragma(handle, "PRAGMA user_version");
    return store;
}

QString Store::path() const
{
    return d->path;
}

int Store::schemaVersion() const
{
    return d->schemaVersion;
}

std::optional<Error> Store::queryError() const
{
    return d->queryError;
}

void Store::clearQueryError()
{
    d->queryError.reset();
}

QString Store::migrationBackup() const
{
    return d->migrationBackup;
}

QStringList Store::integrityProblems()
{
    return integrityOf(handleOf(d->db));
}

Store::Transaction::Transaction(Store& store)
    : m_store(store)
    , m_status(store.d->begin())
    , m_open(bool(m_status))
{
}

Store::Transaction::~Transaction()
{
    if (m_open) {
        m_store.d->rollback();
    }
}

Status Store::Transaction::commit()
{
    if (!m_open) {
        return m_status;
    }
    m_open = false;
    return m_store.d->commit();
}

// Workspaces -------------------------------------------------------------------------------------

SellerProfile SellerProfile::fromInvoice(const Invoice& invoice)
{
    const SellerDetails& s = invoice.sellerDtls;
    SellerProfile p;
    p.gstin = s.gstin.value_or(QString()).toUpper();
    p.legalName = s.lglNm.value_or(QString());
    p.tradeName = s.trdNm.value_or(QString());
    p.addr1 = s.addr1.value_or(QString());
    p.addr2 = s.addr2.value_or(QString());
    p.location = s.loc.value_or(QString());
    p.pin = s.pin;
    p.stateCode = s.stcd.value_or(QString());
    p.phone = s.ph.value_or(QString());
    p.email = s.em.value_or(QString());
    return p;
}

namespace {

void bindProfile(QSqlQuery& q, const SellerProfile& p)
{
    q.bindValue(0, p.gstin.toUpper());
    q.bindValue(1, p.legalName);
    q.bindValue(2, textOrNull(p.tradeName));
    q.bindValue(3, textOrNull(p.addr1));
    q.bindValue(4, textOrNull(p.addr2));
    q.bindValue(5, textOrNull(p.location));
    q.bindValue(6, integerOrNull(p.pin));
    q.bindValue(7, textOrNull(p.stateCode));
    q.bindValue(8, textOrNull(p.phone));
    q.bindValue(9, textOrNull(p.email));
    q.bindValue(10, p.aato10Crore ? 1 : 0);
}

Workspace workspaceFrom(const QSqlQuery& q)
{
    Workspace w;
    w.id = q.value(0).toLongLong();
    w.profile.gstin = q.value(1).toString();
    w.profile.legalName = q.value(2).toString();
    w.profile.tradeName = q.value(3).toString();
    w.profile.addr1 = q.value(4).toString();
    w.profile.addr2 = q.value(5).toString();
    w.profile.location = q.value(6).toString();
    w.profile.pin = integerFrom(q.value(7));
    w.profile.stateCode = q.value(8).toString();
    w.profile.phone = q.value(9).toString();
    w.profile.email = q.value(10).toString();
    w.profile.aato10Crore = q.value(11).toInt() != 0;
    w.createdAt = timeFrom(q.value(12));
    return w;
}

Status checkProfile(const SellerProfile& p)
{
    if (p.gstin.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidArgument, Tr::tr("a workspace needs the seller's GSTIN"), {}};
    }
    if (p.legalName.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidArgument, Tr::tr("the workspace of %1 needs the seller's legal name").arg(p.gstin), {}};
    }
    return Ok{};
}

} // namespace

Result<Workspace> Store::addWorkspace(const SellerProfile& profile)
{
    if (Status s = checkProfile(profile); !s) {
        return s.error();
    }
    return inTransaction(*d, [&]() -> Result<Workspace> {
        QSqlQuery& q = d->prepared(sql::kInsertWorkspace);
        bindProfile(q, profile);
        q.bindValue(11, nowText());
        if (Status s = d->exec(q, Tr::tr("there is already a workspace for %1").arg(profile.gstin.toUpper())); !s) {
            return s.error();
        }
        const qint64 id = q.lastInsertId().toLongLong();
        if (Status s = d->audit(QStringLiteral("workspace-created"), id, std::nullopt, profile.gstin.toUpper()); !s) {
            return s.error();
        }
        return *workspace(id);
    });
}

Status Store::updateWorkspace(qint64 id, const SellerProfile& profile)
{
    if (Status s = checkProfile(profile); !s) {
        return s;
    }
    return inTransaction(*d, [&]() -> Status {
        QSqlQuery& q = d->prepared(sql::kUpdateWorkspace);
        bindProfile(q, profile);
        q.bindValue(11, id);
        if (Status s = d->exec(q, Tr::tr("cannot change the workspace of %1").arg(profile.gstin)); !s) {
            return s;
        }
        if (q.numRowsAffected() == 0) {
            return Error{ErrorCode::NotFound, Tr::tr("there is no workspace #%1").arg(id), {}};
        }
        return d->audit(QStringLiteral("workspace-edited"), id, std::nullopt, profile.gstin.toUpper());
    });
}

QList<Workspace> Store::workspaces()
{
    QList<Workspace> list;
    QSqlQuery& q = d->prepared(sql::kSelectWorkspaces);
    if (d->read(q)) {
        while (q.next()) {
            list.append(workspaceFrom(q));
        }
        d->checkRows(q);
    }
    q.finish();
    return list;
}

std::optional<Workspace> Store::workspace(qint64 id)
{
    QSqlQuery& q = d->prepared(sql::kSelectWorkspaceById);
    q.bindValue(0, id);
    std::optional<Workspace> w;
    if (q.exec() && q.next()) {
        w = workspaceFrom(q);
    }
    q.finish();
    return w;
}

std::optional<Workspace> Store::workspaceByGstin(const QString& gstin)
{
    QSqlQuery& q = d->prepared(sql::kSelectWorkspaceByGstin);
    q.bindValue(0, gstin.trimmed().toUpper());
    std::optional<Workspace> w;
    if (q.exec() && q.next()) {
        w = workspaceFrom(q);
    }
    q.finish();
    return w;
}

// Parties and products ---------------------------------------------------------------------------

namespace {

// Runs the INSERT (id 0) or UPDATE (id bound at `idIndex`) of a party or product; its id.
Result<qint64> saveRow(Store::Private& d, QSqlQuery& q, qint64 id, int idIndex, const QString& failed, const QString& missing)
{
    if (id != 0) {
        q.bindValue(idIndex, id);
    }
    if (Status s = d.exec(q, failed); !s) {
        return s.error();
    }
    if (id != 0 && q.numRowsAffected() == 0) {
        return Error{ErrorCode::NotFound, missing, {}};
    }
    return id != 0 ? id : q.lastInsertId().toLongLong();
}

} // namespace

Result<qint64> Store::saveParty(const Party& party)
{
    if (party.legalName.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidArgument, Tr::tr("a party needs a legal name"), {}};
    }
    return inTransaction(*d, [&]() -> Result<qint64> {
        QSqlQuery& q = d->prepared(party.id == 0 ? sql::kInsertParty : sql::kUpdateParty);
        q.bindValue(0, party.workspaceId);
        q.bindValue(1, QString::fromLatin1(partyKindName(party.kind)));
        q.bindValue(2, textOrNull(party.gstin.toUpper()));
        q.bindValue(3, party.legalName);
        q.bindValue(4, textOrNull(party.tradeName));
        q.bindValue(5, textOrNull(party.pos));
        q.bindValue(6, textOrNull(party.addr1));
        q.bindValue(7, textOrNull(party.addr2));
        q.bindValue(8, textOrNull(party.location));
        q.bindValue(9, integerOrNull(party.pin));
        q.bindValue(10, textOrNull(party.stateCode));
        q.bindValue(11, textOrNull(party.phone));
        q.bindValue(12, textOrNull(party.email));
        return saveRow(*d, q, party.id, 13, Tr::tr("cannot save the party %1").arg(party.legalName),
                       Tr::tr("there is no party #%1").arg(party.id));
    });
}

Status Store::deleteParty(qint64 id)
{
    QSqlQuery& q = d->prepared(sql::kDeleteParty);
    q.bindValue(0, id);
    return d->exec(q, Tr::tr("cannot delete the party #%1").arg(id));
}

QList<Party> Store::parties(qint64 workspaceId, const QString& search, int limit)
{
    QList<Party> list;
    QSqlQuery& q = d->prepared(sql::kSelectParties);
    const QString like = QStringLiteral("%%1%").arg(sql::likeEscaped(search));
    q.bindValue(0, workspaceId);
    q.bindValue(1, like);
    q.bindValue(2, like);
    q.bindValue(3, like);
    q.bindValue(4, limit);
    if (d->read(q)) {
        while (q.next()) {
            Party p;
            p.id = q.value(0).toLongLong();
            p.workspaceId = q.value(1).toLongLong();
            p.kind = partyKindFrom(q.value(2).toString());
            p.gstin = q.value(3).toString();
            p.legalName = q.value(4).toString();
            p.tradeName = q.value(5).toString();
            p.pos = q.value(6).toString();
            p.addr1 = q.value(7).toString();
            p.addr2 = q.value(8).toString();
            p.location = q.value(9).toString();
            p.pin = integerFrom(q.value(10));
            p.stateCode = q.value(11).toString();
            p.phone = q.value(12).toString();
            p.email = q.value(13).toString();
            list.append(p);
        }
        d->checkRows(q);
    }
    q.finish();
    return list;
}

Result<qint64> Store::saveProduct(const Product& product)
{
    if (product.description.trimmed().isEmpty() || product.hsn.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidArgument, Tr::tr("a product needs a description and an HSN code"), {}};
    }
    return inTransaction(*d, [&]() -> Result<qint64> {
        QSqlQuery& q = d->prepared(product.id == 0 ? sql::kInsertProduct : sql::kUpdateProduct);
        q.bindValue(0, product.workspaceId);
        q.bindValue(1, product.description);
        q.bindValue(2, product.hsn);
        q.bindValue(3, textOrNull(product.unit));
        q.bindValue(4, product.isService ? 1 : 0);
        q.bindValue(5, rawOrNull(product.gstRate));
        q.bindValue(6, rawOrNull(product.unitPrice));
        q.bindValue(7, rawOrNull(product.cessRate));
        q.bindValue(8, rawOrNull(product.cessNonAdvol));
        return saveRow(*d, q, product.id, 9, Tr::tr("cannot save the product %1").arg(product.description),
                       Tr::tr("there is no product #%1").arg(product.id));
    });
}

Status Store::deleteProduct(qint64 id)
{
    QSqlQuery& q = d->prepared(sql::kDeleteProduct);
    q.bindValue(0, id);
    return d->exec(q, Tr::tr("cannot delete the product #%1").arg(id));
}

QList<Product> Store::products(qint64 workspaceId, const QString& search, int limit)
{
    QList<Product> list;
    QSqlQuery& q = d->prepared(sql::kSelectProducts);
    const QString like = QStringLiteral("%%1%").arg(sql::likeEscaped(search));
    q.bindValue(0, workspaceId);
    q.bindValue(1, like);
    q.bindValue(2, like);
    q.bindValue(3, limit);
    if (d->read(q)) {
        while (q.next()) {
            Product p;
            p.id = q.value(0).toLongLong();
            p.workspaceId = q.value(1).toLongLong();
            p.description = q.value(2).toString();
            p.hsn = q.value(3).toString();
            p.unit = q.value(4).toString();
            p.isService = q.value(5).toInt() != 0;
            p.gstRate = fixedFrom<3>(q.value(6));
            p.unitPrice = fixedFrom<3>(q.value(7));
            p.cessRate = fixedFrom<3>(q.value(8));
            p.cessNonAdvol = fixedFrom<2>(q.value(9));
            list.append(p);
        }
        d->checkRows(q);
    }
    q.finish();
    return list;
}

// Number series and registry ---------------------------------------------------------------------

QString NumberSeries::format(qint64 value) const
{
    QString shortFy = fy;
    if (fy.size() == 7) { // "2025-26" -> "25-26"
        shortFy = fy.mid(2);
    }
    QString out = pattern;
    out.replace(QLatin1String("{fy4}"), fy);
    out.replace(QLatin1String("{fy}"), shortFy);
    out.replace(QLatin1String("{n}"), QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0')));
    return out;
}

QString NumberSeries::defaultPattern(const QString& docType)
{
    if (docType == QLatin1String("CRN")) {
        return QStringLiteral("CN/{fy}/{n}");
    }
    if (docType == QLatin1String("DBN")) {
        return QStringLiteral("DN/{fy}/{n}");
    }
    return QStringLiteral("INV/{fy}/{n}");
}

DocKey DocKey::of(qint64 workspaceId, const Invoice& invoice)
{
    DocKey key;
    key.workspaceId = workspaceId;
    key.docType = invoice.docDtls.typ.value_or(QString()).trimmed().toUpper();
    key.docNo = invoice.docDtls.no.value_or(QString()).trimmed();
    const QDate date = parseInvoiceDate(invoice.docDtls.dt.value_or(QString()));
    key.fy = date.isValid() ? financialYear(date) : QString();
    return key;
}

QList<NumberSeries> Store::numberSeries(qint64 workspaceId)
{
    QList<NumberSeries> list;
    QSqlQuery& q = d->prepared(sql::kSelectSeries);
    q.bindValue(0, workspaceId);
    if (q.exec()) {
        while (q.next()) {
            NumberSeries s;
            s.id = q.value(0).toLongLong();
            s.workspaceId = q.value(1).toLongLong();
            s.docType = q.value(2).toString();
            s.fy = q.value(3).toString();
            s.pattern = q.value(4).toString();
            s.width = q.value(5).toInt();
            s.nextValue = q.value(6).toLongLong();
            list.append(s);
        }
    }
    q.finish();
    return list;
}

Status Store::saveNumberSeries(const NumberSeries& series)
{
    if (!series.pattern.contains(QLatin1String("{n}"))) {
        return Error{ErrorCode::InvalidArgument, Tr::tr("the number pattern '%1' has no {n} for the counter").arg(series.pattern), {}};
    }
    if (series.format(series.nextValue).size() > 16) {
        return Error{ErrorCode::InvalidArgument,
                     Tr::tr("the pattern '%1' gives %2, longer than the 16 characters a document number may have")
                         .arg(series.pattern, series.format(series.nextValue)),
                     {}};
    }
    QSqlQuery& q = d->prepared(sql::kUpsertSeries);
    q.bindValue(0, series.workspaceId);
    q.bindValue(1, series.docType);
    q.bindValue(2, series.fy);
    q.bindValue(3, series.pattern);
    q.bindValue(4, series.width);
    q.bindValue(5, series.nextValue);
    return d->exec(q, Tr::tr("cannot save the number series %1 %2").arg(series.docType, series.fy));
}

Result<QString> Store::nextDocumentNumber(qint64 workspaceId, const QString& docType, const QString& fy, bool reserve)
{
    return inTransaction(*d, [&]() -> Result<QString> {
        NumberSeries series;
        bool found = false;
        for (const NumberSeries& s : numberSeries(workspaceId)) {
            if (s.docType == docType && s.fy == fy) {
                series = s;
                found = true;
            }
        }
        if (!found) {
            series.workspaceId = workspaceId;
            series.docType = docType;
            series.fy = fy;
            series.pattern = NumberSeries::defaultPattern(docType);
        }
        qint64 value = series.nextValue;
        QString number;
        for (;; ++value) {
            number = series.format(value);
            if (numberUse({workspaceId, fy, docType, number}) == NumberUse::Free) {
                break;
            }
        }
        if (number.size() > 16) {
            return Error{ErrorCode::InvalidArgument,
                         Tr::tr("the next number %1 is longer than the 16 characters a document number may have").arg(number),
                         {}};
        }
        if (reserve || !found) {
            series.nextValue = reserve ? value + 1 : value;
            if (Status s = saveNumberSeries(series); !s) {
                return s.error();
            }
        }
        return number;
    });
}

NumberUse Store::numberUse(const DocKey& key)
{
    QSqlQuery& q = d->prepared(sql::kSelectNumberStatus);
    q.bindValue(0, key.workspaceId);
    q.bindValue(1, key.fy);
    q.bindValue(2, key.docType);
    q.bindValue(3, key.docNo);
    NumberUse use = NumberUse::Free;
    if (q.exec() && q.next()) {
        switch (statusFromName(q.value(0).toString()).value_or(InvoiceStatus::Draft)) {
        case InvoiceStatus::Draft:
        case InvoiceStatus::Ready:
        case InvoiceStatus::Exported:
        case InvoiceStatus::Rejected:
            use = NumberUse::Draft;
            break;
        case InvoiceStatus::Submitting:
        case InvoiceStatus::Unknown:
            use = NumberUse::InFlight;
            break;
        case InvoiceStatus::Registered:
            use = NumberUse::Registered;
            break;
        case InvoiceStatus::Cancelled:
            use = NumberUse::Cancelled;
            break;
        }
    }
    q.finish();
    if (use != NumberUse::Free) {
        return use;
    }
    QSqlQuery& u = d->prepared(sql::kSelectUsedNumber);
    u.bindValue(0, key.workspaceId);
    u.bindValue(1, key.fy);
    u.bindValue(2, key.docType);
    u.bindValue(3, key.docNo);
    if (u.exec() && u.next()) {
        use = u.value(0).toString() == QLatin1String("cancelled") ? NumberUse::Cancelled : NumberUse::UsedElsewhere;
    }
    u.finish();
    return use;
}

Status Store::recordUsedNumber(const DocKey& key, bool cancelled, const QString& note)
{
    return inTransaction(*d, [&]() -> Status {
        QSqlQuery& q = d->prepared(sql::kUpsertUsedNumber);
        q.bindValue(0, key.workspaceId);
        q.bindValue(1, key.fy);
        q.bindValue(2, key.docType);
        q.bindValue(3, key.docNo);
        q.bindValue(4, cancelled ? QStringLiteral("cancelled") : QStringLiteral("used"));
        q.bindValue(5, textOrNull(note));
        if (Status s = d->exec(q, Tr::tr("cannot record the number %1").arg(key.docNo)); !s) {
            return s;
        }
        return d->audit(QStringLiteral("number-used"), key.workspaceId, std::nullopt,
                        QStringLiteral("%1 %2 %3: %4").arg(key.docType, key.docNo, key.fy, note));
    });
}

// Audit --------------------------------------------------------------------------------------------

Status Store::audit(const QString& action, std::optional<qint64> workspaceId, std::optional<qint64> invoiceId, const QString& detail)
{
    return d->audit(action, workspaceId, invoiceId, detail);
}

QList<AuditEntry> Store::auditLog(std::optional<qint64> workspaceId, std::optional<qint64> invoiceId, int limit)
{
    QList<AuditEntry> list;
    QSqlQuery q(d->db);
    QString text = QStringLiteral("SELECT id, at, os_user, workspace_id, invoice_id, action, detail FROM audit WHERE 1");
    if (workspaceId) {
        text += QStringLiteral(" AND workspace_id = :ws");
    }
    if (invoiceId) {
        text += QStringLiteral(" AND invoice_id = :inv");
    }
    text += QStringLiteral(" ORDER BY id DESC LIMIT :limit");
    q.prepare(text);
    if (workspaceId) {
        q.bindValue(QStringLiteral(":ws"), *workspaceId);
    }
    if (invoiceId) {
        q.bindValue(QStringLiteral(":inv"), *invoiceId);
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    if (d->read(q)) {
        while (q.next()) {
            AuditEntry e;
            e.id = q.value(0).toLongLong();
            e.at = timeFrom(q.value(1));
            e.osUser = q.value(2).toString();
            e.workspaceId = integerFrom(q.value(3));
            e.invoiceId = integerFrom(q.value(4));
            e.action = q.value(5).toString();
            e.detail = q.value(6).toString();
            list.append(e);
        }
        d->checkRows(q);
    }
    return list;
}

// Backup and restore -------------------------------------------------------------------------------

Status Store::backupTo(const QString& file)
{
    const QString shown = QDir::toNativeSeparators(file);
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(d->path).absoluteFilePath()) {
        return Error{ErrorCode::InvalidArgument, Tr::tr("the backup cannot replace the store itself (%1)").arg(shown), {}};
    }
    if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
        return Error{ErrorCode::Io, Tr::tr("cannot create the folder of %1").arg(shown), {}};
    }
    // Written beside the target and renamed when complete: a failure leaves any old copy whole.
    const QString part = file + QStringLiteral(".part");
    QFile::remove(part);
    sqlite3* target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(part).constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        rc = copyDatabase(handleOf(d->db), target);
    }
    if (rc == SQLITE_OK) {
        // The copy is a stand-alone file: no write-ahead log beside it.
        rc = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }
    const QString why = QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close(target);
    if (rc != SQLITE_OK) {
        QFile::remove(part);
        return Error{rc == SQLITE_BUSY ? ErrorCode::Busy : ErrorCode::Io, Tr::tr("cannot write the backup %1: %2").arg(shown, why), {}};
    }
    QFile::remove(file);
    if (!QFile::rename(part, file)) {
        QFile::remove(part);
        return Error{ErrorCode::Io, Tr::tr("cannot write the backup %1").arg(shown), {}};
    }
    return d->audit(QStringLiteral("backup"), std::nullopt, std::nullopt, file);
}

Status Store::restoreFrom(const QString& file)
{
    const QString shown = QDir::toNativeSeparators(file);
    if (fileKind(file) != FileKind::Sqlite) {
        return Error{ErrorCode::Unsupported, Tr::tr("%1 is not an IRN Desk backup: it is not an SQLite database.").arg(shown), {}};
    }
    sqlite3* source = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(source);
        return Error{ErrorCode::Io, Tr::tr("cannot open the backup %1").arg(shown), {}};
    }
    const FileFacts facts = factsOf(source, true);
    std::optional<Error> refused = refuseForeign(file, facts);
    if (!refused && facts.userVersion == 0) {
        refused = Error{ErrorCode::Unsupported, Tr::tr("%1 is an empty database, not an IRN Desk backup.").arg(shown), {}};
    }
    if (!refused && !facts.problems.isEmpty()) {
        refused = corruptError(file, facts.problems);
    }
    if (refused) {
        sqlite3_close(source);
        return *refused;
    }
    // What is replaced is kept: a restore of the wrong file can itself be undone.
    const QString before = QDir(QFileInfo(d->path).absolutePath())
                               .filePath(QStringLiteral("%1.before-restore-%2.sqlite").arg(QFileInfo(d->path).completeBaseName(), stamp()));
    if (Status s = backupTo(before); !s) {
        sqlite3_close(source);
        return s;
    }
    d->queries.clear(); // statements must not be active while the pages are replaced
    const int rc = copyDatabase(source, handleOf(d->db));
    sqlite3_close(source);
    if (rc != SQLITE_OK) {
        return Error{rc == SQLITE_BUSY ? ErrorCode::Busy : ErrorCode::Io,
                     Tr::tr("cannot restore the store from %1 (error %2); the store was kept as it was, and a copy is in %3")
                         .arg(shown)
                         .arg(rc)
                         .arg(QDir::toNativeSeparators(before)),
                     {}};
    }
    sqlite3_exec(handleOf(d->db), "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    d->schemaVersion = intPragma(handleOf(d->db), "PRAGMA user_version");
    // An older backup is brought up to date like any older store.
    if (Status s = migrate(*d, handleOf(d->db)); !s) {
        return s;
    }
    return d->audit(QStringLiteral("restored"), std::nullopt, std::nullopt, file);
}

} // namespace irndesk::store
