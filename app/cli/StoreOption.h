// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to irndesk-cli: what the commands over the store share: the --store option, opening
// the store with the CLI's busy timeout, --workspace, amounts in Indian grouping, and a small
// JSON writer for machine output (amounts as exact decimal numbers, never through a double).

#include "core/model/Decimal.h"
#include "core/Result.h"
#include "core/store/Store.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QList>
#include <QHash>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace irndesk::cli {

/// `--store DB`: the store file. Without it $IRNDESK_STORE, else Store::defaultPath().
QCommandLineOption storeOption();
/// The store path the command works on.
QString storePath(const QCommandLineParser& parser, const QCommandLineOption& store);

/// The busy timeout of the CLI's store connections: $IRNDESK_BUSY_TIMEOUT_MS when it is a whole
/// number of milliseconds (tests make it short), else 5000.
int busyTimeoutMs();

enum class StoreAccess
{
    /// The command only reads or changes what is there: a missing store file is an error, not
    /// an empty store made on the spot (a mistyped --store would otherwise leave files behind).
    Existing,
    /// The command adds to the store (import, workspace add, restore): a missing file is created.
    Create,
};

/// Opens the store for `command`; on failure prints the store's message, prefixed with the
/// command, to `err` and returns null (the command then exits with kExitCannotRun).
std::unique_ptr<store::Store> openStore(const QString& path,
    StoreAccess access,
    const QString& command,
    QTextStream& err,
    store::Store::IntegrityCheck check = store::Store::IntegrityCheck::Auto);
/// The same, and the store's Error in `why` when it cannot be opened (for commands that report it
/// in JSON too).
std::unique_ptr<store::Store> openStore(const QString& path,
    StoreAccess access,
    const QString& command,
    QTextStream& err,
    store::Store::IntegrityCheck check,
    std::optional<Error>& why);

/// Says on `err` why a store operation failed: "the store is busy" for a lock held longer than the
/// busy timeout, else the store's own message.
void printStoreError(const QString& command, const Error& error, const QString& storePath, QTextStream& err);

/// The statuses of a `--status draft,ready` option; std::nullopt after saying on `err` which name
/// is not a status.
std::optional<QList<store::InvoiceStatus>> parseStatuses(const QString& value, const QString& command, QTextStream& err);

/// The GSTIN of each workspace, by its id.
QHash<qint64, QString> gstinsById(store::Store& store);

/// The workspace of `gstin` (any letter case); null after saying so on `err` when the store has
/// none, listing the GSTINs it has.
std::optional<store::Workspace> findWorkspace(
    store::Store& store, const QString& gstin, const QString& command, QTextStream& err);

/// The options that name one document of the store: --workspace GSTIN, --doc TYPE/NO, --fy.
struct DocumentOptions
{
    DocumentOptions();
    QCommandLineOption workspace, doc, fy;
    QList<QCommandLineOption> all() const { return { workspace, doc, fy }; }
};

/// Checks the form of --doc (INV/NO, CRN/NO or DBN/NO); false after saying so on `err`.
bool checkDocumentOption(const QCommandLineParser& parser, const DocumentOptions& options, const QString& command, QTextStream& err);

/// The one invoice the options name (the number compared in any letter case, as the registry
/// does); std::nullopt after saying on `err` that there is none, or more than one and how to
/// choose.
std::optional<store::InvoiceSummary> findDocument(store::Store& store,
                                                  const QCommandLineParser& parser,
                                                  const DocumentOptions& options,
                                                  const QString& command,
                                                  QTextStream& err);

/// "12,34,567.89": an amount with Indian digit grouping (lakh, crore) and two places.
QString indianAmount(Money amount);

/// The first `n` characters of an IRN and an ellipsis ("" when there is none).
QString shortIrn(const QString& irn, int n = 10);

/// A JSON writer that appends to a byte array: the commas come by themselves. Amounts go out as
/// exact JSON numbers (1180.5), texts escaped as RFC 8259 asks.
class JsonWriter
{
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    /// The key of the next value in an object.
    JsonWriter& key(const char* name);
    JsonWriter& value(const QString& text);
    JsonWriter& value(const char* ascii);
    JsonWriter& value(qint64 number);
    JsonWriter& value(int number) { return value(static_cast<qint64>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& value(Money amount);
    JsonWriter& null();
    /// `value` or null when it is absent.
    JsonWriter& value(const std::optional<Money>& amount);
    JsonWriter& value(const std::optional<qint64>& number);
    JsonWriter& strings(const QStringList& texts);

    /// key + value in one go.
    template <class T> JsonWriter& field(const char* name, const T& v)
    {
        key(name);
        return value(v);
    }

    const QByteArray& bytes() const { return m_out; }
    /// Writes what was gathered (and a line end) to `out` and starts again.
    void flushTo(QTextStream& out);
    /// Writes what was gathered so far to `out` when it is more than `atLeast` bytes, and goes on
    /// (for long outputs: memory does not grow with the invoices).
    void writeSome(QTextStream& out, qsizetype atLeast = 64 * 1024);

private:
    void separate();
    void appendString(QStringView text);

    QByteArray m_out;
    QList<bool> m_first; ///< per open object/array: no element yet
    bool m_afterKey = false;
};

} // namespace irndesk::cli
