// SPDX-License-Identifier: GPL-3.0-or-later
// Talking to an IRP (spec §5, core/irp): `profile add|list|remove`, `submit`, `cancel`, `status`.
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "app/cli/StoreOption.h"
#include "core/irp/IrpProfile.h"
#include "core/irp/Submitter.h"
#include "core/model/Dates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <atomic>
#include <csignal>

namespace irndesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("irndesk::cli", text);
}

std::atomic<bool> g_stop{ false };

extern "C" void onStopSignal(int)
{
    g_stop = true;
}

QByteArray readFile(const QString& path, const QString& command, const QString& option, QTextStream& err, bool& ok)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("%1: %2 %3: %4").arg(command, option, path, file.errorString()) << Qt::endl;
        ok = false;
        return {};
    }
    return file.readAll();
}

int profileAdd(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("profile add");
    QCommandLineParser parser;
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), tr("the IRP's base URL"), QStringLiteral("URL"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), tr("the API client id"), QStringLiteral("ID"));
    const QCommandLineOption clientSecretEnv(QStringLiteral("client-secret-env"),
        tr("the environment variable that holds the client secret"), QStringLiteral("VAR"));
    const QCommandLineOption user(QStringLiteral("user"), tr("the API user name"), QStringLiteral("NAME"));
    const QCommandLineOption passwordEnv(
        QStringLiteral("password-env"), tr("the environment variable that holds the password"), QStringLiteral("VAR"));
    const QCommandLineOption gstin(QStringLiteral("gstin"), tr("the GSTIN the user logs in for"), QStringLiteral("GSTIN"));
    const QCommandLineOption publicKey(
        QStringLiteral("public-key"), tr("the IRP's encryption public key (PEM)"), QStringLiteral("PEM"));
    const QCommandLineOption caCert(
        QStringLiteral("ca-cert"), tr("trust exactly this CA for a private endpoint (PEM)"), QStringLiteral("PEM"));
    const QCommandLineOption keychain(QStringLiteral("keychain"),
        tr("copy the secrets from the variables into the OS keychain now, and read them from there"));
    parser.addOptions({ baseUrl, clientId, clientSecretEnv, user, passwordEnv, gstin, publicKey, caCert, keychain });
    if (!parse(parser, command, arguments, err)) {
        return kExitCannotRun;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("%1: give one profile name: irndesk-cli profile add NAME --base-url URL ...").arg(command) << Qt::endl;
        return kExitCannotRun;
    }
    irp::IrpProfile profile;
    profile.name = parser.positionalArguments().first();
    profile.baseUrl = parser.value(baseUrl);
    profile.clientId = parser.value(clientId);
    profile.userName = parser.value(user);
    profile.gstin = parser.value(gstin).trimmed().toUpper();
    profile.clientSecretEnv = parser.value(clientSecretEnv);
    profile.passwordEnv = parser.value(passwordEnv);
    bool ok = true;
    if (!parser.isSet(publicKey)) {
        err << tr("%1: --public-key PEM is required (the IRP's encryption key)").arg(command) << Qt::endl;
        return kExitCannotRun;
    }
    profile.publicKeyPem = readFile(parser.value(publicKey), command, QStringLiteral("--public-key"), err, ok);
    if (parser.isSet(caCert)) {
        profile.caCertPem = readFile(parser.value(caCert), command, QStringLiteral("--ca-cert"), err, ok);
    }
    if (!ok) {
        return kExitCannotRun;
    }
    if (parser.isSet(keychain)) {
        // The secrets go into the keychain now, from the variables; the profile keeps the
        // variable names as the fallback.
        for (const auto& [which, variable] : { std::pair{ QStringLiteral("client-secret"), profile.clientSecretEnv },
                 std::pair{ QStringLiteral("password"), profile.passwordEnv } }) {
            if (variable.isEmpty() || !qEnvironmentVariableIsSet(variable.toLocal8Bit().constData())) {
                err << tr("%1: --keychain copies the %2 from its variable, and %3 is not set").arg(command, which, variable)
                    << Qt::endl;
                return kExitCannotRun;
            }
            if (Status s = irp::writeSecret(profile.name, which, qEnvironmentVariable(variable.toLocal8Bit().constData())); !s) {
                err << command << ": " << s.error().message
                    << tr(" (use --client-secret-env and --password-env without --keychain)") << Qt::endl;
                return kExitCannotRun;
            }
        }
        profile.keychain = true;
    }
    if (Status s = profile.save(); !s) {
        err << command << ": " << s.error().message << Qt::endl;
        return kExitCannotRun;
    }
    out << tr("%1: saved profile %2 (%3, user %4, GSTIN %5; secrets from %6)")
               .arg(command,
                   profile.name,
                   profile.baseUrl,
                   profile.userName,
                   profile.gstin,
                   profile.keychain ? tr("the keychain") : QStringLiteral("$%1, $%2").arg(profile.clientSecretEnv, profile.passwordEnv))
        << Qt::endl;
    return kExitOk;
}

int commandProfileImpl(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString sub = arguments.value(0);
    if (sub == u"add") {
        return profileAdd(arguments.mid(1), out, err);
    }
    if (sub == u"list") {
        for (const QString& name : irp::IrpProfile::names()) {
            const auto p = irp::IrpProfile::load(name);
            out << name << '\t' << p->baseUrl << '\t' << p->userName << '\t' << p->gstin << '\t'
                << (p->keychain ? QStringLiteral("keychain") : QStringLiteral("$%1 $%2").arg(p->clientSecretEnv, p->passwordEnv))
                << Qt::endl;
        }
        return kExitOk;
    }
    if (sub == u"remove" && arguments.size() == 2) {
        if (Status s = irp::IrpProfile::remove(arguments.at(1)); !s) {
            err << "profile remove: " << s.error().message << Qt::endl;
            return kExitCannotRun;
        }
        out << tr("profile remove: removed %1").arg(arguments.at(1)) << Qt::endl;
        return kExitOk;
    }
    err << tr("profile: irndesk-cli profile add NAME ... | profile list | profile remove NAME") << Qt::endl;
    return kExitCannotRun;
}

/// The profile named by --profile, with its secrets; null after saying why.
std::shared_ptr<irp::IrpSession> sessionFor(const QString& name, const QString& command, QTextStream& err)
{
    const auto profile = irp::IrpProfile::load(name);
    if (!profile) {
        err << tr("%1: there is no IRP profile '%2' (irndesk-cli profile list)").arg(command, name) << Qt::endl;
        return nullptr;
    }
    Result<irp::IrpConnection> connection = profile->connection();
    if (!connection) {
        err << command << ": " << connection.error().message << Qt::endl;
        return nullptr;
    }
    return std::make_shared<irp::IrpSession>(connection.value());
}

QString describe(const irp::SubmitEvent& e)
{
    using Outcome = irp::SubmitEvent::Outcome;
    const QString doc = e.docType + QLatin1Char('/') + e.docNo;
    switch (e.outcome) {
    case Outcome::Registered:
        return tr("%1: registered (%2) IRN %3 Ack %4 of %5").arg(doc, e.how, e.result.irn, e.result.ackNo, e.result.ackDate);
    case Outcome::Rejected: {
        QStringList lines;
        for (const store::IrpError& error : e.errors) {
            lines << QStringLiteral("%1 %2").arg(error.code, error.message);
        }
        return tr("%1: rejected: %2").arg(doc, lines.join(QStringLiteral("; ")));
    }
    case Outcome::Conflict:
        return tr("%1: CONFLICT: %2").arg(doc, e.message);
    case Outcome::Unknown:
        return tr("%1: unknown: %2").arg(doc, e.message);
    case Outcome::NotSent:
        return tr("%1: %2").arg(doc, e.message);
    }
    return doc;
}

} // namespace

int commandProfile(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    return commandProfileImpl(arguments, out, err);
}

int commandSubmit(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("submit");
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("the IRP profile to submit to"), QStringLiteral("NAME"));
    const QCommandLineOption workspace(
        QStringLiteral("workspace"), tr("the seller (default: the profile's GSTIN)"), QStringLiteral("GSTIN"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"), tr("invoices in flight at once (default 4)"), QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption doc(
        QStringLiteral("doc"), tr("only this document (repeatable): INV/NO, CRN/NO, DBN/NO"), QStringLiteral("TYPE/NO"));
    const QCommandLineOption today(
        QStringLiteral("today"), tr("the day the rules check against (default: today)"), QStringLiteral("DD/MM/YYYY"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"), tr("NIC sandbox rules: test GSTINs only warn"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({ store, profileOption, workspace, concurrency, doc, today, sandbox, format });
    if (!parse(parser, command, arguments, err)) {
        return kExitCannotRun;
    }
    const std::optional<bool> json = jsonFormat(parser, format, command, err);
    if (!json) {
        return kExitCannotRun;
    }
    if (!parser.isSet(profileOption)) {
        err << tr("%1: --profile NAME is required").arg(command) << Qt::endl;
        return kExitCannotRun;
    }
    bool numberOk = false;
    const int threads = parser.value(concurrency).toInt(&numberOk);
    if (!numberOk || threads < 1 || threads > 16) {
        err << tr("%1: --concurrency must be 1 to 16, got '%2'").arg(command, parser.value(concurrency)) << Qt::endl;
        return kExitCannotRun;
    }
    irp::SubmitOptions options;
    options.profile = parser.value(profileOption);
    options.concurrency = threads;
    options.sandboxRules = parser.isSet(sandbox);
    options.today = parser.isSet(today) ? parseInvoiceDate(parser.value(today)) : QDate::currentDate();
    if (!options.today.isValid()) {
        err << tr("%1: --today must be a real date written DD/MM/YYYY, got '%2'").arg(command, parser.value(today)) << Qt::endl;
        return kExitCannotRun;
    }
    const std::shared_ptr<irp::IrpSession> session = sessionFor(options.profile, command, err);
    if (!session) {
        return kExitCannotRun;
    }
    const QString path = storePath(parser, store);
    const auto db = openStore(path, StoreAccess::Existing, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    const QString sellerGstin = parser.isSet(workspace) ? parser.value(workspace) : session->connection().gstin;
    const auto w = findWorkspace(*db, sellerGstin, command, err);
    if (!w) {
        return kExitCannotRun;
    }
    if (w->profile.gstin.compare(session->connection().gstin, Qt::CaseInsensitive) != 0) {
        err << tr("%1: profile %2 logs in for %3, not for the seller %4").arg(command, options.profile, session->connection().gstin, w->profile.gstin)
            << Qt::endl;
        return kExitCannotRun;
    }
    // What a crash or a kill left (submitting, unknown) first, then what is ready to go.
    store::InvoiceFilter filter;
    filter.workspaceId = w->id;
    filter.statuses = { store::InvoiceStatus::Submitting, store::InvoiceStatus::Unknown };
    QList<qint64> ids = db->invoiceIds(filter);
    filter.statuses = { store::InvoiceStatus::Ready, store::InvoiceStatus::Exported };
    ids += db->invoiceIds(filter);
    if (parser.isSet(doc)) {
        const QStringList wanted = parser.values(doc);
        QList<qint64> chosen;
        for (const auto& [summary, content] : db->invoiceContents(ids)) {
            if (wanted.contains(summary.docType + QLatin1Char('/') + summary.docNo, Qt::CaseInsensitive)) {
                chosen.append(summary.id);
            }
        }
        ids = chosen;
    }
    if (const std::optional<Error> e = db->queryError()) {
        printStoreError(command, *e, db->path(), err);
        return kExitCannotRun;
    }

    g_stop = false;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    options.cancelled = [] { return g_stop.load(); };
    JsonWriter j;
    if (*json) {
        j.beginObject().key("invoices").beginArray();
    }
    Result<irp::SubmitSummary> result = irp::submitInvoices(path, session, ids, options, [&](const irp::SubmitEvent& e) {
        if (*json) {
            j.beginObject()
                .field("docType", e.docType)
                .field("docNo", e.docNo)
                .field("outcome", irp::outcomeName(e.outcome))
                .field("how", e.how)
                .field("irn", e.result.irn)
                .field("ackNo", e.result.ackNo)
                .field("ackDate", e.result.ackDate)
                .field("message", e.message);
            j.key("errors").beginArray();
            for (const store::IrpError& error : e.errors) {
                j.beginObject().field("code", error.code).field("message", error.message).endObject();
            }
            j.endArray().endObject();
            j.writeSome(out);
        } else {
            out << describe(e) << Qt::endl;
        }
    });
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!result) {
        if (*json) {
            j.endArray().field("error", result.error().message).endObject();
            j.flushTo(out);
        }
        err << command << ": " << result.error().message << Qt::endl;
        return kExitCannotRun;
    }
    const irp::SubmitSummary& s = result.value();
    const QString line = tr("%1 invoices: %2 registered, %3 rejected, %4 conflicts, %5 unknown, %6 not sent; %7 lookups%8")
                             .arg(s.total())
                             .arg(s.registered)
                             .arg(s.rejected)
                             .arg(s.conflicts)
                             .arg(s.unknown)
                             .arg(s.notSent)
                             .arg(s.lookups)
                             .arg(s.cancelled ? tr("; cancelled") : QString());
    if (*json) {
        j.endArray()
            .key("summary")
            .beginObject()
            .field("invoices", s.total())
            .field("registered", s.registered)
            .field("rejected", s.rejected)
            .field("conflicts", s.conflicts)
            .field("unknown", s.unknown)
            .field("notSent", s.notSent)
            .field("lookups", s.lookups)
            .field("auths", session->authCount())
            .field("cancelled", s.cancelled)
            .endObject()
            .endObject();
        j.flushTo(out);
    } else {
        out << line << Qt::endl;
    }
    return s.registered == s.total() ? kExitOk : kExitDataError;
}

int commandCancel(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("cancel");
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("the IRP profile"), QStringLiteral("NAME"));
    const QCommandLineOption irnOption(QStringLiteral("irn"), tr("the IRN to cancel"), QStringLiteral("IRN"));
    const QCommandLineOption reason(QStringLiteral("reason"),
        tr("1 duplicate, 2 data entry mistake, 3 order cancelled, 4 other"), QStringLiteral("1|2|3|4"));
    const QCommandLineOption remark(QStringLiteral("remark"), tr("why, up to 100 characters"), QStringLiteral("TEXT"));
    parser.addOptions({ store, profileOption, irnOption, reason, remark });
    if (!parse(parser, command, arguments, err)) {
        return kExitCannotRun;
    }
    if (!parser.isSet(profileOption) || !parser.isSet(irnOption) || !parser.isSet(reason) || !parser.isSet(remark)) {
        err << tr("%1: --irn IRN --reason 1|2|3|4 --remark TEXT --profile NAME are all required").arg(command) << Qt::endl;
        return kExitCannotRun;
    }
    const std::shared_ptr<irp::IrpSession> session = sessionFor(parser.value(profileOption), command, err);
    if (!session) {
        return kExitCannotRun;
    }
    const auto db = openStore(storePath(parser, store), StoreAccess::Existing, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    const QString irn = parser.value(irnOption).trimmed().toLower();
    const std::optional<qint64> id = db->findInvoiceByIrn(irn);
    if (!id) {
        err << tr("%1: no invoice in the store has IRN %2").arg(command, irn) << Qt::endl;
        return kExitCannotRun;
    }
    irp::IrpClient client(session);
    const Status s = irp::cancelInvoice(*db, client, parser.value(profileOption), *id, parser.value(reason).toInt(), parser.value(remark));
    if (!s) {
        err << command << ": " << s.error().message << Qt::endl;
        return s.error().code == ErrorCode::InvalidArgument ? kExitCannotRun : kExitDataError;
    }
    const store::StoredInvoice stored = db->invoice(*id).value();
    out << tr("%1: %2/%3 cancelled on %4").arg(command, stored.summary.docType, stored.summary.docNo, stored.cancelDate) << Qt::endl;
    return kExitOk;
}

int commandStatus(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("status");
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"), tr("only this seller"), QStringLiteral("GSTIN"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({ store, workspace, format });
    if (!parse(parser, command, arguments, err)) {
        return kExitCannotRun;
    }
    const std::optional<bool> json = jsonFormat(parser, format, command, err);
    if (!json) {
        return kExitCannotRun;
    }
    const auto db = openStore(storePath(parser, store), StoreAccess::Existing, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    store::InvoiceFilter filter;
    if (parser.isSet(workspace)) {
        const auto w = findWorkspace(*db, parser.value(workspace), command, err);
        if (!w) {
            return kExitCannotRun;
        }
        filter.workspaceId = w->id;
    }
    filter.statuses = { store::InvoiceStatus::Submitting, store::InvoiceStatus::Unknown, store::InvoiceStatus::Rejected };
    const QList<qint64> ids = db->invoiceIds(filter);
    JsonWriter j;
    if (*json) {
        j.beginObject().key("invoices").beginArray();
    }
    for (const qint64 id : ids) {
        Result<store::StoredInvoice> stored = db->invoice(id);
        if (!stored) {
            continue;
        }
        const store::InvoiceSummary& s = stored.value().summary;
        QStringList errors;
        for (const store::IrpError& e : stored.value().irpErrors) {
            errors << QStringLiteral("%1 %2").arg(e.code, e.message);
        }
        if (*json) {
            j.beginObject()
                .field("docType", s.docType)
                .field("docNo", s.docNo)
                .field("status", store::statusName(s.status))
                .key("errors")
                .strings(errors)
                .endObject();
        } else {
            out << s.docType << '/' << s.docNo << '\t' << store::statusName(s.status) << '\t' << errors.join(QStringLiteral("; "))
                << Qt::endl;
        }
    }
    const int open = static_cast<int>(db->openRequests(filter.workspaceId).size());
    if (*json) {
        j.endArray().field("openRequests", open).endObject();
        j.flushTo(out);
    } else {
        out << tr("%1 invoices submitting, unknown or rejected; %2 requests without an answer in the journal")
                   .arg(ids.size())
                   .arg(open)
            << Qt::endl;
    }
    return kExitOk;
}

} // namespace irndesk::cli
