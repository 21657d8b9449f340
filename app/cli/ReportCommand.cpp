// SPDX-License-Identifier: GPL-3.0-or-later
// `irndesk-cli report`: the per-invoice status report (document, buyer, total, status, IRN,
// AckNo, errors) as CSV or XLSX, through core/io/StatusReport.h. Rows are read from the store a
// page at a time, so a report of a million invoices does not hold them all in memory; the full
// stored invoice is read only for the rows that need more than the list columns (errors, IRP
// results, a date that is not a real date).
//
// Exit: 0 the report was written (whatever the invoices' state: it is a report); 2 it could not
// be (bad arguments, the file cannot be written, the store busy or unusable).
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "app/cli/StoreOption.h"
#include "core/io/StatusReport.h"
#include "core/model/Dates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace irndesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("irndesk::cli", text);
}

constexpr qsizetype kPage = 500;

} // namespace

int commandReport(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption workspace(
        QStringLiteral("workspace"), tr("only this seller's invoices"), QStringLiteral("GSTIN"));
    const QCommandLineOption status(
        QStringLiteral("status"), tr("only these statuses, separated by commas"), QStringLiteral("S[,S]"));
    const QCommandLineOption outFile(
        QStringLiteral("out"), tr("the report file: .csv or .xlsx"), QStringLiteral("FILE"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({ store, workspace, status, outFile, format });
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
    const QString path = parser.value(outFile);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (path.isEmpty() || (suffix != u"csv" && suffix != u"xlsx")) {
        err << tr("%1: --out FILE.csv or --out FILE.xlsx is required%2")
                   .arg(command, path.isEmpty() ? QString() : tr(", got '%1'").arg(path))
            << Qt::endl;
        return kExitCannotRun;
    }
    if (QFileInfo(path).isDir()) {
        err << tr("%1: --out %2 is a folder").arg(command, QDir::toNativeSeparators(path)) << Qt::endl;
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

    const auto db = openStore(storePath(parser, store), StoreAccess::Existing, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    const QHash<qint64, QString> gstinOf = gstinsById(*db);
    if (parser.isSet(workspace)) {
        const auto w = findWorkspace(*db, parser.value(workspace), command, err);
        if (!w) {
            return kExitCannotRun;
        }
        filter.workspaceId = w->id;
    }

    const QList<qint64> ids = db->invoiceIds(filter);
    QList<store::InvoiceSummary> page;
    qsizetype nextId = 0; // the first id of the next page
    qsizetype inPage = 0;
    const io::StatusReportSource source = [&](io::StatusReportRow& row) -> Result<bool> {
        if (inPage == page.size()) {
            if (nextId >= ids.size()) {
                return false;
            }
            store::InvoiceFilter pageFilter;
            pageFilter.ids = ids.mid(nextId, kPage);
            page = db->listInvoices(
                pageFilter, store::InvoiceSort::DocDate, Qt::AscendingOrder, 0, int(pageFilter.ids.size()));
            if (page.size() != pageFilter.ids.size()) {
                return Error{
                    ErrorCode::Io, tr("the store changed or could not be read while the report was written"), {}
                };
            }
            nextId += pageFilter.ids.size();
            inPage = 0;
        }
        const store::InvoiceSummary& s = page[inPage++];
        row.workspaceGstin = gstinOf.value(s.workspaceId);
        row.docType = s.docType;
        row.docNo = s.docNo;
        row.docDate = s.docDate.isValid() ? formatInvoiceDate(s.docDate) : QString();
        row.buyerGstin = s.buyerGstin;
        row.buyerName = s.buyerName;
        row.total = s.total;
        row.status = store::statusTitle(s.status);
        row.irn = s.irn;
        row.ackNo = s.ackNo;
        row.ackDate = s.ackDate;
        row.ewbNo.clear();
        row.errors.clear();
        row.warnings = s.warnings;
        row.exportFile = s.exportFile;
        // The whole invoice only where the list columns do not say everything.
        if (s.errors > 0 || s.status == store::InvoiceStatus::Rejected || !s.irn.isEmpty() || !s.docDate.isValid()) {
            Result<store::StoredInvoice> stored = db->invoice(s.id);
            if (!stored) {
                return stored.error();
            }
            const store::StoredInvoice& full = stored.value();
            if (!s.docDate.isValid()) {
                row.docDate = full.invoice.docDtls.dt.value_or(QString());
            }
            row.ewbNo = full.irp.ewbNo;
            for (const Finding& f : full.findings) {
                if (f.isError()) {
                    row.errors.append(QStringLiteral("%1 %2: %3").arg(f.code, f.path, f.message));
                }
            }
            if (s.status == store::InvoiceStatus::Rejected) {
                for (const store::IrpError& e : full.irpErrors) {
                    row.errors.append(tr("IRP %1: %2").arg(e.code, e.message));
                }
            }
        }
        return true;
    };
    const Result<qint64> written =
        suffix == u"csv" ? io::writeStatusReportCsv(path, source) : io::writeStatusReportXlsx(path, source);
    if (!written) {
        printStoreError(command, written.error(), db->path(), err);
        return kExitCannotRun;
    }
    if (const auto failed = db->queryError()) {
        printStoreError(command, *failed, db->path(), err);
        return kExitCannotRun;
    }
    if (*json) {
        JsonWriter j;
        j.beginObject().field("file", QDir::toNativeSeparators(path)).field("rows", written.value()).endObject();
        j.flushTo(out);
    } else {
        out << tr("%1: %2 invoices written to %3").arg(command).arg(written.value()).arg(QDir::toNativeSeparators(path))
            << Qt::endl;
    }
    return kExitOk;
}

} // namespace irndesk::cli
