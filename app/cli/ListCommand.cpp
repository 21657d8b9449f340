// SPDX-License-Identifier: GPL-3.0-or-later
// `irndesk-cli list`: one page of the invoices of a store, filtered (DESIGN.md §7). It reads one
// page through the store's indexed query and counts the matches once: a store of a million
// invoices answers at once.
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "app/cli/StoreOption.h"
#include "core/model/Dates.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace irndesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("irndesk::cli", text);
}

constexpr int kDefaultLimit = 50;
constexpr int kBuyerWidth = 30;
/// Up to this many rows (offset + limit, times the workspaces) a list of every workspace is read
/// seller by seller and merged; beyond it, one query over the whole table is cheaper.
constexpr qint64 kMergeRowsMax = 20000;

QString clipped(const QString& text, int width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

/// A number that must be a whole number ≥ `min`; std::nullopt after saying so.
std::optional<int> wholeNumber(
    const QCommandLineParser& parser, const QCommandLineOption& option, int min, QTextStream& err)
{
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < min) {
        err << tr("list: --%1 must be a whole number of at least %2, got '%3'")
                   .arg(option.names().first())
                   .arg(min)
                   .arg(parser.value(option))
            << Qt::endl;
        return std::nullopt;
    }
    return n;
}

} // namespace

int commandList(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("list");
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption workspace(
        QStringLiteral("workspace"), tr("only the invoices of this seller"), QStringLiteral("GSTIN"));
    const QCommandLineOption status(
        QStringLiteral("status"), tr("only these statuses, separated by commas"), QStringLiteral("S[,S]"));
    const QCommandLineOption from(
        QStringLiteral("from"), tr("documents dated on or after this day"), QStringLiteral("DD/MM/YYYY"));
    const QCommandLineOption to(
        QStringLiteral("to"), tr("documents dated on or before this day"), QStringLiteral("DD/MM/YYYY"));
    const QCommandLineOption buyer(
        QStringLiteral("buyer"), tr("the buyer's GSTIN or part of the buyer's name"), QStringLiteral("X"));
    const QCommandLineOption type(QStringLiteral("type"), tr("INV, CRN or DBN"), QStringLiteral("TYPE"));
    const QCommandLineOption search(QStringLiteral("search"),
        tr("part of the number, the buyer's name or GSTIN, or an IRN"),
        QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"),
        tr("invoices shown (default %1; 0: all)").arg(kDefaultLimit),
        QStringLiteral("N"),
        QString::number(kDefaultLimit));
    const QCommandLineOption offset(QStringLiteral("offset"),
        tr("invoices skipped before the first shown"),
        QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({ store, workspace, status, from, to, buyer, type, search, limit, offset, format });
    if (!parse(parser, command, arguments, err)) {
        return kExitCannotRun;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("%1: unexpected argument '%2'").arg(command, parser.positionalArguments().first()) << Qt::endl;
        return kExitCannotRun;
    }
    const std::optional<bool> json = jsonFormat(parser, format, command, err);
    if (!json) {
        return kExitCannotRun;
    }

    store::InvoiceFilter filter;
    if (parser.isSet(status)) {
        const std::optional<QList<store::InvoiceStatus>> statuses = parseStatuses(parser.value(status), command, err);
        if (!statuses) {
            return kExitCannotRun;
        }
        filter.statuses = *statuses;
    }
    for (const auto& [option, into] : { std::pair{ &from, &filter.from }, std::pair{ &to, &filter.to } }) {
        if (parser.isSet(*option)) {
            *into = parseInvoiceDate(parser.value(*option));
            if (!into->isValid()) {
                err << tr("%1: --%2 must be a real date written DD/MM/YYYY, got '%3'")
                           .arg(command, option->names().first(), parser.value(*option))
                    << Qt::endl;
                return kExitCannotRun;
            }
        }
    }
    if (parser.isSet(type)) {
        filter.docType = parser.value(type).trimmed().toUpper();
        if (filter.docType != u"INV" && filter.docType != u"CRN" && filter.docType != u"DBN") {
            err << tr("%1: --type must be INV, CRN or DBN, got '%2'").arg(command, parser.value(type)) << Qt::endl;
            return kExitCannotRun;
        }
    }
    filter.buyer = parser.value(buyer).trimmed();
    filter.text = parser.value(search).trimmed();
    const auto pageSize = wholeNumber(parser, limit, 0, err);
    const auto skip = wholeNumber(parser, offset, 0, err);
    if (!pageSize || !skip) {
        return kExitCannotRun;
    }

    const auto db = openStore(storePath(parser, store), StoreAccess::Existing, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    QHash<qint64, QString> gstinOf;
    const QList<store::Workspace> workspaces = db->workspaces();
    for (const store::Workspace& w : workspaces) {
        gstinOf.insert(w.id, w.profile.gstin);
    }
    if (parser.isSet(workspace)) {
        const auto w = findWorkspace(*db, parser.value(workspace), command, err);
        if (!w) {
            return kExitCannotRun;
        }
        filter.workspaceId = w->id;
    } else if (workspaces.size() == 1) {
        // The same invoices, but the query can walk the workspace's date index instead of sorting.
        filter.workspaceId = workspaces.first().id;
    }
    const bool showSeller = !parser.isSet(workspace) && workspaces.size() > 1;

    QList<store::InvoiceSummary> page;
    qint64 total = 0;
    const qint64 wanted = qint64(*skip) + *pageSize;
    // Without a status or type filter one query reads the newest invoices of every seller through
    // the store's index by date. With one, the indexes that hold it start with the workspace.
    const bool filteredByIndex = !filter.statuses.isEmpty() || !filter.docType.isEmpty();
    if (filteredByIndex && !filter.workspaceId && workspaces.size() > 1 && *pageSize > 0
        && wanted * workspaces.size() <= kMergeRowsMax) {
        // Several sellers: those indexes order each seller's invoices by date, not all of them
        // together. The first `wanted` of each seller, merged, are the first `wanted` of all: a
        // few thousand rows read instead of a sort of the whole table.
        bool everything = true; // every seller gave fewer than `wanted`: the rows are all there are
        QList<qint64> counts;
        for (const store::Workspace& w : workspaces) {
            store::InvoiceFilter one = filter;
            one.workspaceId = w.id;
            const QList<store::InvoiceSummary> rows =
                db->listInvoices(one, store::InvoiceSort::DocDate, Qt::DescendingOrder, 0, int(wanted));
            everything = everything && rows.size() < wanted;
            page += rows;
        }
        // doc_date DESC, id DESC as SQLite orders them: an invalid date (NULL) after every date.
        std::sort(page.begin(), page.end(), [](const store::InvoiceSummary& a, const store::InvoiceSummary& b) {
            if (a.docDate.isValid() != b.docDate.isValid()) {
                return a.docDate.isValid();
            }
            if (a.docDate != b.docDate) {
                return a.docDate > b.docDate;
            }
            return a.id > b.id;
        });
        if (everything) {
            total = page.size();
        } else {
            for (const store::Workspace& w : workspaces) {
                store::InvoiceFilter one = filter;
                one.workspaceId = w.id;
                total += db->countInvoices(one);
            }
        }
        page = page.mid(*skip, *pageSize);
    } else {
        page = db->listInvoices(
            filter, store::InvoiceSort::DocDate, Qt::DescendingOrder, *skip, *pageSize == 0 ? -1 : *pageSize);
        // The count only when the page does not tell it (a short page at offset 0 is everything).
        total = (*skip == 0 && (*pageSize == 0 || page.size() < *pageSize)) ? page.size() : db->countInvoices(filter);
    }
    // A damaged page or a busy store is not an empty list.
    if (const auto failed = db->queryError()) {
        printStoreError(command, *failed, db->path(), err);
        return kExitCannotRun;
    }

    if (*json) {
        JsonWriter j;
        j.beginObject().key("invoices").beginArray();
        for (const store::InvoiceSummary& s : page) {
            j.beginObject()
                .field("id", s.id)
                .field("workspace", gstinOf.value(s.workspaceId))
                .field("docType", s.docType)
                .field("docNo", s.docNo)
                .key("docDate");
            if (s.docDate.isValid()) {
                j.value(formatInvoiceDate(s.docDate));
            } else {
                j.null();
            }
            j.field("fy", s.fy)
                .field("buyerGstin", s.buyerGstin)
                .field("buyerName", s.buyerName)
                .field("total", s.total)
                .field("items", s.items)
                .field("status", store::statusName(s.status))
                .field("errors", s.errors)
                .field("warnings", s.warnings)
                .field("irn", s.irn)
                .field("ackNo", s.ackNo)
                .field("ackDate", s.ackDate)
                .field("exportFile", s.exportFile)
                .field("source", s.source)
                .endObject();
        }
        j.endArray().field("total", total).field("offset", *skip).field("limit", *pageSize).endObject();
        j.flushTo(out);
        return kExitOk;
    }

    // A table whose columns are as wide as this page needs.
    QStringList header{
        tr("TYPE"), tr("NUMBER"), tr("DATE"), tr("BUYER"), tr("TOTAL"), tr("STATUS"), tr("ERR/WARN"), tr("IRN")
    };
    if (showSeller) {
        header.prepend(tr("SELLER"));
    }
    QList<QStringList> rows;
    rows.reserve(page.size());
    for (const store::InvoiceSummary& s : page) {
        QStringList cells{ s.docType,
            s.docNo,
            s.docDate.isValid() ? formatInvoiceDate(s.docDate) : tr("(no date)"),
            clipped(s.buyerName.isEmpty() ? s.buyerGstin : s.buyerName, kBuyerWidth),
            s.total ? indianAmount(*s.total) : QStringLiteral("-"),
            store::statusName(s.status),
            QStringLiteral("%1/%2").arg(s.errors).arg(s.warnings),
            shortIrn(s.irn) };
        if (showSeller) {
            cells.prepend(gstinOf.value(s.workspaceId));
        }
        rows.append(cells);
    }
    if (!rows.isEmpty()) {
        QList<qsizetype> widths;
        for (const QString& h : header) {
            widths.append(h.size());
        }
        for (const QStringList& cells : std::as_const(rows)) {
            for (qsizetype c = 0; c < cells.size(); ++c) {
                widths[c] = std::max(widths[c], cells[c].size());
            }
        }
        const qsizetype totalColumn = header.indexOf(tr("TOTAL"));
        const qsizetype errorColumn = header.indexOf(tr("ERR/WARN"));
        auto print = [&](const QStringList& cells) {
            QString line;
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const bool right = c == totalColumn || c == errorColumn;
                const bool last = c == cells.size() - 1;
                line +=
                    right ? cells[c].rightJustified(widths[c]) : (last ? cells[c] : cells[c].leftJustified(widths[c]));
                if (!last) {
                    line += QStringLiteral("  ");
                }
            }
            out << line.trimmed() << '\n';
        };
        print(header);
        for (const QStringList& cells : std::as_const(rows)) {
            print(cells);
        }
    }
    if (page.isEmpty()) {
        out << (total == 0 ? tr("%1: no invoices match").arg(command)
                           : tr("%1: no invoices after the first %2 of %3").arg(command).arg(*skip).arg(total))
            << Qt::endl;
    } else {
        out << tr("%1: invoices %2 to %3 of %4").arg(command).arg(*skip + 1).arg(*skip + page.size()).arg(total)
            << Qt::endl;
    }
    return kExitOk;
}

} // namespace irndesk::cli
