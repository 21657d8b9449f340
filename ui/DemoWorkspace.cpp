// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DemoWorkspace.h"

#include "core/io/Importer.h"
#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "core/model/Dates.h"
#include "core/rules/Gstin.h"
#include "core/store/Store.h"
#include "ui/AppContext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::ui::DemoWorkspace)
};

// The seller of resources/demo/demo-invoices.json (see resources/demo/README.md).
constexpr auto kDemoGstin = "30AAGCD4321M1ZX"_L1;
constexpr auto kDemoName = "Demo"_L1;
// Entity numbers of one PAN, in the order GSTN gives them out.
constexpr auto kEntityCodes = "123456789ABCDEFGHJKLMNPQRSTUVWXY"_L1;

// The demo GSTIN, or the same PAN with the next entity number free in the store.
std::optional<QString> freeGstin(store::Store& store)
{
    for (const QChar entity : QString(kEntityCodes)) {
        QString gstin = kDemoGstin;
        gstin[12] = entity;
        gstin[14] = gstinCheckCharacter(QStringView(gstin).first(14));
        if (!store.workspaceByGstin(gstin)) {
            return gstin;
        }
    }
    return std::nullopt;
}

QString workspaceName(const store::Workspace& workspace)
{
    return workspace.profile.tradeName.isEmpty() ? workspace.profile.legalName : workspace.profile.tradeName;
}

// "Demo", else "Demo 2", "Demo 3", ... : the first name no workspace shows (letter case ignored).
QString freeName(store::Store& store)
{
    QSet<QString> taken;
    for (const store::Workspace& workspace : store.workspaces()) {
        taken.insert(workspaceName(workspace).trimmed().toCaseFolded());
    }
    QString name = kDemoName;
    for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
        name = QStringLiteral("%1 %2").arg(kDemoName).arg(n);
    }
    return name;
}

void shiftDate(Text& text, qint64 days)
{
    if (!text) {
        return;
    }
    const QDate date = parseInvoiceDate(*text);
    if (date.isValid()) {
        *text = formatInvoiceDate(date.addDays(days));
    }
}

// Every date of the invoice, so that the references (preceding invoice, shipping bill, period)
// keep their distance to the document date.
void shiftDates(Invoice& invoice, qint64 days)
{
    shiftDate(invoice.docDtls.dt, days);
    if (invoice.refDtls) {
        if (invoice.refDtls->docPerdDtls) {
            shiftDate(invoice.refDtls->docPerdDtls->invStDt, days);
            shiftDate(invoice.refDtls->docPerdDtls->invEndDt, days);
        }
        for (PrecedingDocument& preceding : invoice.refDtls->precDocDtls) {
            shiftDate(preceding.invDt, days);
        }
        for (ContractDetails& contract : invoice.refDtls->contrDtls) {
            shiftDate(contract.recAdvDt, days);
            shiftDate(contract.poRefDt, days);
        }
    }
    for (Item& item : invoice.itemList) {
        if (item.bchDtls) {
            shiftDate(item.bchDtls->expDt, days);
            shiftDate(item.bchDtls->wrDt, days);
        }
    }
    if (invoice.expDtls) {
        shiftDate(invoice.expDtls->shipBDt, days);
    }
    if (invoice.ewbDtls) {
        shiftDate(invoice.ewbDtls->transDocDt, days);
    }
}

Result<QList<Invoice>> readSamples()
{
    QFile file(u":/demo/demo-invoices.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ ErrorCode::Io, Tr::tr("the sample invoices are missing from the program"), file.errorString() };
    }
    const ReadFile read = readInvoiceFile(&file);
    QList<Invoice> invoices;
    for (const ReadInvoice& one : read.invoices) {
        if (one.invoice) {
            invoices.append(*one.invoice);
        }
    }
    if (invoices.isEmpty() || !read.fileDiagnostics.isEmpty()) {
        return Error{ ErrorCode::Corrupt, Tr::tr("the sample invoices of the program cannot be read"), {} };
    }
    return invoices;
}

} // namespace

Result<DemoWorkspace> addDemoWorkspace(store::Store& store, QDate today, bool sandbox)
{
    auto samples = readSamples();
    if (!samples) {
        return samples.error();
    }
    QList<Invoice>& invoices = samples.value();
    const auto gstin = freeGstin(store);
    if (!gstin) {
        return Error{ ErrorCode::Conflict, Tr::tr("the store has all the demo workspaces it can hold"), {} };
    }

    // The newest sample becomes today's; the others keep their distance to it.
    QDate newest;
    for (const Invoice& invoice : invoices) {
        const QDate date = parseInvoiceDate(invoice.docDtls.dt.value_or(QString()));
        if (date.isValid() && (!newest.isValid() || date > newest)) {
            newest = date;
        }
    }
    const qint64 shift = newest.isValid() ? newest.daysTo(today) : 0;

    DemoWorkspace demo;
    demo.name = freeName(store);
    demo.gstin = *gstin;
    store::SellerProfile profile = store::SellerProfile::fromInvoice(invoices.first());
    profile.gstin = demo.gstin;
    profile.tradeName = demo.name;
    // A seller below ₹10 crore: the samples are about the invoice's own mistakes, not its age.
    profile.aato10Crore = false;
    for (Invoice& invoice : invoices) {
        shiftDates(invoice, shift);
        invoice.sellerDtls.gstin = demo.gstin;
        invoice.sellerDtls.trdNm = demo.name;
    }

    // Through the importer, as the user's own files go: the same checks, findings and audit.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return Error{ ErrorCode::Io, Tr::tr("no temporary folder for the sample invoices"), dir.errorString() };
    }
    const QString path = dir.filePath(u"demo-invoices.json"_s);
    QSaveFile out(path);
    const QByteArray json = invoicesToJsonArray(invoices, JsonStyle::Indented);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        return Error{ ErrorCode::Io, Tr::tr("cannot write the sample invoices to %1").arg(path), out.errorString() };
    }

    const auto workspace = store.addWorkspace(profile);
    if (!workspace) {
        return workspace.error();
    }
    demo.workspaceId = workspace.value().id;

    io::ImportOptions options;
    options.workspaceGstin = demo.gstin;
    options.today = today;
    options.sandbox = sandbox;
    options.threads = 1;
    const auto imported = io::importFiles(store, { path }, options, [&demo](const io::ImportEntry& entry) {
        if (entry.outcome == io::ImportEntry::Outcome::Imported) {
            ++demo.imported;
            if (entry.errors > 0) {
                ++demo.withErrors;
            }
        }
    });
    if (!imported) {
        return imported.error();
    }
    if (!imported.value().fileErrors.isEmpty()) {
        return Error{ ErrorCode::Corrupt, imported.value().fileErrors.join(u'\n'), {} };
    }
    return demo;
}

Result<DemoWorkspace> addDemoWorkspace(AppContext& context)
{
    if (!context.store()) {
        return Error{ ErrorCode::InvalidArgument, Tr::tr("no store is open"), {} };
    }
    auto demo = addDemoWorkspace(*context.store(), context.today(), context.sandboxMode());
    if (demo) {
        context.notifyWorkspacesChanged();
        context.notifyInvoicesChanged();
    }
    return demo;
}

} // namespace irndesk::ui
