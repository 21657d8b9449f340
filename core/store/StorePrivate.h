// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/store: what Store.cpp and StoreInvoices.cpp share.

#include "core/store/Store.h"
#include "core/store/StoreSql.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace irndesk::store {

namespace detail {

// lupdate files Tr::tr() calls under this context wherever they are, inside classes too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::store)
};

inline QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// The number written with `count` digits at `at` of `text`, or -1.
inline int digitsAt(QStringView text, qsizetype at, int count)
{
    if (text.size() < at + count) {
        return -1;
    }
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// "2026-11-21" as the store writes dates; lists read many, so not through QDate::fromString.
inline QDate isoDate(QStringView text)
{
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-') {
        return {};
    }
    return QDate(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
}

/// "2026-11-21T10:15:30.123Z" as nowText() writes it; anything else through Qt's parser.
inline QDateTime timeFrom(const QVariant& v)
{
    if (v.isNull()) {
        return {};
    }
    const QString text = v.toString();
    if (text.size() == 24 && text[10] == u'T' && text[13] == u':' && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2), digitsAt(text, 20, 3));
        const QDate date = isoDate(text);
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time, Qt::UTC);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

inline QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

inline QVariant optionalText(const Text& t)
{
    return t ? QVariant(*t) : QVariant(QMetaType::fromType<QString>());
}

template <int S>
QVariant rawOrNull(const std::optional<Fixed<S>>& v)
{
    return v ? QVariant(static_cast<qlonglong>(v->raw())) : QVariant(QMetaType::fromType<qlonglong>());
}

inline QVariant integerOrNull(const std::optional<qint64>& v)
{
    return v ? QVariant(static_cast<qlonglong>(*v)) : QVariant(QMetaType::fromType<qlonglong>());
}

template <int S>
std::optional<Fixed<S>> fixedFrom(const QVariant& v)
{
    if (v.isNull()) {
        return std::nullopt;
    }
    return Fixed<S>::fromRaw(v.toLongLong());
}

inline std::optional<qint64> integerFrom(const QVariant& v)
{
    if (v.isNull()) {
        return std::nullopt;
    }
    return v.toLongLong();
}


QString findingsJson(const Findings& findings);
Findings findingsFrom(const QVariant& v);
QString irpErrorsJson(const QList<IrpError>& errors);
QList<IrpError> irpErrorsFrom(const QVariant& v);

} // namespace detail

using namespace detail;

struct Store::Private
{
    QString path;
    QString connectionName;
    QString migrationBackup;
    QSqlDatabase db;
    int schemaVersion = 0;
    int transactionDepth = 0;
    QString user;

    ~Private()
    {
        queries.clear();
        if (db.isOpen()) {
            db.close();
        }
        db = QSqlDatabase();
        if (!connectionName.isEmpty()) {
            QSqlDatabase::removeDatabase(connectionName);
        }
    }

    // Prepared statements, made once per connection.
    std::map<const char*, std::unique_ptr<QSqlQuery>> queries;
    QSqlQuery& prepared(const char* sql)
    {
        auto it = queries.find(sql);
        if (it == queries.end()) {
            auto query = std::make_unique<QSqlQuery>(db);
            query->setForwardOnly(true);
            query->prepare(QString::fromUtf8(sql));
            it = queries.emplace(sql, std::move(query)).first;
        }
        return *it->second;
    }

    Error sqlError(const QSqlError& error, const QString& what) const
    {
        const QString native = error.nativeErrorCode();
        const QString text = error.databaseText();
        if (native == QLatin1String("5") || native == QLatin1String("6") || native == QLatin1String("517")
            || text.contains(QLatin1String("database is locked"))) {
            return Error{ErrorCode::Busy,
                         Tr::tr("The store %1 is busy: another IRN Desk program is writing to it. Try again when it has "
                            "finished.")
                             .arg(QDir::toNativeSeparators(path)),
                         text};
        }
        if (text.contains(QLatin1String("IRNDESK-NUMBER-USED")) || text.contains(QLatin1String("UNIQUE constraint"))) {
            return Error{ErrorCode::Conflict, what, text};
        }
        if (text.contains(QLatin1String("IRNDESK-STATUS-MOVE")) || text.contains(QLatin1String("IRNDESK-IMMUTABLE"))
            || text.contains(QLatin1String("CHECK constraint"))) {
            return Error{ErrorCode::Conflict, what, text};
        }
        return Error{ErrorCode::Io, what.isEmpty() ? text : what + QStringLiteral(": ") + text, text};
    }

    // Runs a prepared statement whose values are bound; returns an Error naming `what` on failure.
    Status exec(QSqlQuery& query, const QString& what)
    {
        if (!query.exec()) {
            return sqlError(query.lastError(), what);
        }
        return Ok{};
    }

    Status execSql(const QString& sql, const QString& what)
    {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            return sqlError(query.lastError(), what);
        }
        return Ok{};
    }

    // Nested calls use savepoints: a failed inner step is undone on its own, and the outermost
    // transaction decides about the rest.
    Status begin()
    {
        QSqlQuery& query = prepared(transactionDepth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT sp");
        if (!query.exec()) {
            return sqlError(query.lastError(), Tr::tr("cannot start a transaction"));
        }
        ++transactionDepth;
        return Ok{};
    }
    Status commit()
    {
        --transactionDepth;
        QSqlQuery& query = prepared(transactionDepth > 0 ? "RELEASE sp" : "COMMIT");
        if (!query.exec()) {
            const Error error = sqlError(query.lastError(), Tr::tr("cannot save the changes"));
            if (transactionDepth == 0) {
                prepared("ROLLBACK").exec();
            }
            return error;
        }
        return Ok{};
    }
    void rollback()
    {
        --transactionDepth;
        if (transactionDepth > 0) {
            prepared("ROLLBACK TO sp").exec();
            prepared("RELEASE sp").exec();
            return;
        }
        prepared("ROLLBACK").exec();
    }

    // The first error of a list, count or read since it was last cleared (Store::queryError()).
    std::optional<Error> queryError;
    /// Runs a read query for a list or count: on failure (also part-way through the rows, e.g. a
    /// damaged page) the error is kept for Store::queryError() and false returned.
    bool read(QSqlQuery& query)
    {
        if (!query.exec()) {
            if (!queryError) {
                queryError = sqlError(query.lastError(), Tr::tr("cannot read the store %1").arg(QDir::toNativeSeparators(path)));
            }
            return false;
        }
        return true;
    }
    /// After the rows of a read() were fetched: whether fetching stopped on an error.
    void checkRows(const QSqlQuery& query)
    {
        if (query.lastError().isValid() && !queryError) {
            queryError = sqlError(query.lastError(), Tr::tr("cannot read the store %1").arg(QDir::toNativeSeparators(path)));
        }
    }

    Status audit(const QString& action, std::optional<qint64> workspaceId, std::optional<qint64> invoiceId, const QString& detail)
    {
        QSqlQuery& q = prepared(sql::kInsertAudit);
        q.bindValue(0, nowText());
        q.bindValue(1, user);
        q.bindValue(2, integerOrNull(workspaceId));
        q.bindValue(3, integerOrNull(invoiceId));
        q.bindValue(4, action);
        q.bindValue(5, textOrNull(detail));
        return exec(q, Tr::tr("cannot write the audit log"));
    }
};

// Runs `body` in a transaction of its own unless one is open; commits when it returns Ok.
template <class F>
auto inTransaction(Store::Private& d, F&& body) -> decltype(body())
{
    if (Status s = d.begin(); !s) {
        return s.error();
    }
    auto result = body();
    if (!result) {
        d.rollback();
        return result;
    }
    if (Status s = d.commit(); !s) {
        return s.error();
    }
    return result;
}


} // namespace irndesk::store
