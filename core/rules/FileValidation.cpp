// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/FileValidation.h"

#include "core/json/InvoiceReader.h"
#include "core/model/Irn.h"
#include "core/rules/Validator.h"

namespace irndesk {

void ValidationSummary::add(const InvoiceReport& report)
{
    ++invoices;
    if (report.valid())
        ++valid;
    for (const Finding& f : report.findings)
        ++(f.isError() ? errors : warnings);
}

Findings findingsFromDiagnostics(const Diagnostics& diagnostics)
{
    Findings findings;
    findings.reserve(diagnostics.size());
    for (const Diagnostic& d : diagnostics) {
        Finding f;
        f.code = d.isError() ? QStringLiteral("SCHEMA") : QStringLiteral("LOCAL-JSON");
        f.rule = d.isError() ? QStringLiteral("schema.json") : QStringLiteral("json.lenient");
        f.path = d.path;
        f.severity = d.isError() ? Finding::Severity::Error : Finding::Severity::Warning;
        f.message = d.line > 0 ? QStringLiteral("line %1, column %2: %3").arg(d.line).arg(d.column).arg(d.message)
                               : d.message;
        findings.append(std::move(f));
    }
    return findings;
}

Diagnostics validateStream(QIODevice* device,
                           const RuleContext& context,
                           const std::function<void(InvoiceReport&&)>& sink,
                           int threads)
{
    Q_UNUSED(threads); // TODO(issue 3): worker threads
    BulkReader reader(device);
    BatchChecker batch;
    while (std::optional<ReadInvoice> read = reader.next()) {
        InvoiceReport report;
        report.index = read->index;
        report.line = read->line;
        report.findings = findingsFromDiagnostics(read->diagnostics);
        if (read->invoice) {
            const Invoice& invoice = *read->invoice;
            report.docType = invoice.docDtls.typ.value_or(QString());
            report.docNo = invoice.docDtls.no.value_or(QString());
            report.irn = invoiceIrn(invoice);
            report.findings += validate(invoice, context);
            report.findings += batch.add(invoice, read->index);
        }
        sink(std::move(report));
    }
    return reader.fileDiagnostics();
}

} // namespace irndesk
