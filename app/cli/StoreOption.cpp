// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/StoreOption.h"
#include "core/print/AmountInWords.h"

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

constexpr int kDefaultBusyTimeoutMs = 5000;

} // namespace

QCommandLineOption storeOption()
{
    return QCommandLineOption(QStringLiteral("store"),
        tr("the store file (default: $IRNDESK_STORE, else irndesk.sqlite in the application data folder)"),
        QStringLiteral("DB"));
}

QString storePath(const QCommandLineParser& parser, const QCommandLineOption& store)
{
    if (parser.isSet(store)) {
        return parser.value(store);
    }
    return store::Store::defaultPath(); // $IRNDESK_STORE first
}

int busyTimeoutMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("IRNDESK_BUSY_TIMEOUT_MS", &ok);
    return ok && ms >= 0 ? ms : kDefaultBusyTimeoutMs;
}

std::unique_ptr<store::Store> openStore(const QString& path,
    StoreAccess access,
    const QString& command,
    QTextStream& err,
    store::Store::IntegrityCheck check)
{
    std::optional<Error> why;
    return openStore(path, access, command, err, check, why);
}

std::unique_ptr<store::Store> openStore(const QString& path,
    StoreAccess access,
    const QString& command,
    QTextStream& err,
    store::Store::IntegrityCheck check,
    std::optional<Error>& why)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty()) {
        why = Error{ ErrorCode::InvalidArgument, tr("--store needs a file name"), {} };
        err << tr("%1: --store needs a file name").arg(command) << Qt::endl;
        return nullptr;
    }
    if (access == StoreAccess::Existing && !QFileInfo::exists(path)) {
        why = Error{ ErrorCode::NotFound, tr("there is no store at %1").arg(shown), {} };
        err << tr("%1: there is no store at %2. Give the right one with --store DB or IRNDESK_STORE, or make one "
                  "with `irndesk-cli import` or `irndesk-cli workspace add`.")
                   .arg(command, shown)
            << Qt::endl;
        return nullptr;
    }
    store::Store::Options options;
    options.integrity = check;
    options.busyTimeoutMs = busyTimeoutMs();
    auto opened = store::Store::open(path, options);
    if (!opened) {
        why = opened.error();
        printStoreError(command, opened.error(), path, err);
        return nullptr;
    }
    return std::move(opened).value();
}

void printStoreError(const QString& command, const Error& error, const QString& storePath, QTextStream& err)
{
    if (error.code == ErrorCode::Busy) {
        err << tr("%1: the store is busy: another program is writing to %2 and did not finish within %3 ms. Try "
                  "again when it has finished.")
                   .arg(command, QDir::toNativeSeparators(storePath))
                   .arg(busyTimeoutMs())
            << Qt::endl;
    } else {
        err << tr("%1: %2").arg(command, error.message) << Qt::endl;
    }
}

std::optional<QList<store::InvoiceStatus>> parseStatuses(const QString& value, const QString& command, QTextStream& err)
{
    QList<store::InvoiceStatus> statuses;
    for (const QString& name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto s = store::statusFromName(name.trimmed());
        if (!s) {
            QStringList names;
            for (store::InvoiceStatus known : store::kAllStatuses) {
                names.append(store::statusName(known));
            }
            err << tr("%1: --status '%2' is not a status; the statuses are %3").arg(command, name, names.join(QStringLiteral(", ")))
                << Qt::endl;
            return std::nullopt;
        }
        statuses.append(*s);
    }
    return statuses;
}

QHash<qint64, QString> gstinsById(store::Store& store)
{
    QHash<qint64, QString> gstins;
    for (const store::Workspace& w : store.workspaces()) {
        gstins.insert(w.id, w.profile.gstin);
    }
    return gstins;
}

std::optional<store::Workspace> findWorkspace(
    store::Store& store, const QString& gstin, const QString& command, QTextStream& err)
{
    if (auto w = store.workspaceByGstin(gstin.trimmed())) {
        return w;
    }
    QStringList known;
    for (const store::Workspace& w : store.workspaces()) {
        known.append(w.profile.gstin);
    }
    if (known.isEmpty()) {
        err << tr("%1: there is no workspace %2: the store %3 has no workspaces yet")
                   .arg(command, gstin, QDir::toNativeSeparators(store.path()))
            << Qt::endl;
    } else {
        err << tr("%1: there is no workspace %2 in the store; it has %3")
                   .arg(command, gstin, known.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    return std::nullopt;
}

DocumentOptions::DocumentOptions()
    : workspace(QStringLiteral("workspace"), tr("only the invoices of this seller"), QStringLiteral("GSTIN"))
    , doc(QStringLiteral("doc"), tr("the document: INV/NO, CRN/NO or DBN/NO"), QStringLiteral("TYPE/NO"))
    , fy(QStringLiteral("fy"), tr("the financial year, when the number is used in several"), QStringLiteral("YYYY-YY"))
{
}

namespace {

// TYPE/NO: the type is before the first slash; the number may hold slashes itself.
std::pair<QString, QString> splitDocument(const QString& key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash <= 0) {
        return {};
    }
    return { key.left(slash).toUpper(), key.mid(slash + 1).trimmed() };
}

} // namespace

bool checkDocumentOption(const QCommandLineParser& parser, const DocumentOptions& options, const QString& command, QTextStream& err)
{
    const QString key = parser.value(options.doc).trimmed();
    const auto [docType, docNo] = splitDocument(key);
    if (docNo.isEmpty() || (docType != u"INV" && docType != u"CRN" && docType != u"DBN")) {
        err << tr("%1: --doc must be INV/NO, CRN/NO or DBN/NO, got '%2'").arg(command, key) << Qt::endl;
        return false;
    }
    return true;
}

std::optional<store::InvoiceSummary> findDocument(store::Store& store,
                                                  const QCommandLineParser& parser,
                                                  const DocumentOptions& options,
                                                  const QString& command,
                                                  QTextStream& err)
{
    const QString key = parser.value(options.doc).trimmed();
    const auto [docType, docNo] = splitDocument(key);
    store::InvoiceFilter filter;
    if (parser.isSet(options.workspace)) {
        const auto w = findWorkspace(store, parser.value(options.workspace), command, err);
        if (!w) {
            return std::nullopt;
        }
        filter.workspaceId = w->id;
    }
    // The store searches numbers by part; the exact number (in any letter case, as the registry
    // compares them) is picked out here.
    filter.docType = docType;
    filter.text = docNo;
    QList<store::InvoiceSummary> matches;
    for (const store::InvoiceSummary& s :
        store.listInvoices(filter, store::InvoiceSort::DocDate, Qt::DescendingOrder, 0, 10000)) {
        if (s.docNo.compare(docNo, Qt::CaseInsensitive) == 0
            && (!parser.isSet(options.fy) || s.fy == parser.value(options.fy))) {
            matches.append(s);
        }
    }
    if (const std::optional<Error> e = store.queryError()) {
        printStoreError(command, *e, store.path(), err);
        return std::nullopt;
    }
    if (matches.isEmpty()) {
        err << tr("%1: there is no %2 in the store").arg(command, key) << Qt::endl;
        return std::nullopt;
    }
    if (matches.size() > 1) {
        const QHash<qint64, QString> gstinOf = gstinsById(store);
        QStringList which;
        for (const store::InvoiceSummary& s : matches) {
            which.append(QStringLiteral("%1 %2").arg(gstinOf.value(s.workspaceId), s.fy));
        }
        err << tr("%1: %2 is in the store more than once (%3): choose with --workspace or --fy")
                   .arg(command, key, which.join(QStringLiteral(", ")))
            << Qt::endl;
        return std::nullopt;
    }
    return matches.first();
}

QString indianAmount(Money amount)
{
    return print::indianGrouping(amount);
}

QString shortIrn(const QString& irn, int n)
{
    if (irn.size() <= n) {
        return irn;
    }
    return irn.left(n) + QChar(0x2026);
}

// JsonWriter ------------------------------------------------------------------------------------

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (m_first.last()) {
            m_first.last() = false;
        } else {
            m_out.append(',');
        }
    }
}

JsonWriter& JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first.append(true);
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_first.removeLast();
    m_out.append('}');
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first.append(true);
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_first.removeLast();
    m_out.append(']');
    return *this;
}

JsonWriter& JsonWriter::key(const char* name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(const QString& text)
{
    separate();
    appendString(text);
    return *this;
}

JsonWriter& JsonWriter::value(const char* ascii)
{
    return value(QString::fromLatin1(ascii));
}

JsonWriter& JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::value(Money amount)
{
    separate();
    m_out.append(amount.toJson());
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonWriter& JsonWriter::value(const std::optional<Money>& amount)
{
    return amount ? value(*amount) : null();
}

JsonWriter& JsonWriter::value(const std::optional<qint64>& number)
{
    return number ? value(*number) : null();
}

JsonWriter& JsonWriter::strings(const QStringList& texts)
{
    beginArray();
    for (const QString& t : texts) {
        value(t);
    }
    return endArray();
}

void JsonWriter::appendString(QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    m_out.append('"');
    qsizetype plainFrom = 0;
    auto flushPlain = [&](qsizetype to) {
        if (to > plainFrom) {
            m_out.append(text.mid(plainFrom, to - plainFrom).toUtf8());
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\') {
            continue;
        }
        flushPlain(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"':
            m_out.append("\\\"");
            break;
        case u'\\':
            m_out.append("\\\\");
            break;
        case u'\n':
            m_out.append("\\n");
            break;
        case u'\r':
            m_out.append("\\r");
            break;
        case u'\t':
            m_out.append("\\t");
            break;
        default:
            m_out.append("\\u00").append(kHex[c >> 4]).append(kHex[c & 0xF]);
        }
    }
    flushPlain(text.size());
    m_out.append('"');
}

void JsonWriter::writeSome(QTextStream& out, qsizetype atLeast)
{
    if (m_out.size() < atLeast) {
        return;
    }
    if (QIODevice* device = out.device()) {
        out.flush();
        device->write(m_out);
    } else {
        out << QString::fromUtf8(m_out);
    }
    m_out.clear();
}

void JsonWriter::flushTo(QTextStream& out)
{
    m_out.append('\n');
    if (QIODevice* device = out.device()) {
        out.flush();
        device->write(m_out);
    } else {
        out << QString::fromUtf8(m_out);
    }
    m_out.clear();
}

} // namespace irndesk::cli
