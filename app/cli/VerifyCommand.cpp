// SPDX-License-Identifier: GPL-3.0-or-later
// `irndesk-cli verify FILE|JWT|DIR... [--key PEM]... [--format text|json]`: checks the signatures
// of signed e-invoices and QR codes (core/irp) against NIC's sandbox keys shipped with the program
// and the keys given with --key (NIC's production keys are not shipped: the user imports them).
//
// FILE holds one JWT, JWTs one per line, or JSON in which every SignedInvoice / SignedQRCode
// value (any letter case, at any depth, also inside a NIC envelope's JSON text) and every string
// that is a JWT is checked. For a FILE or JWT the decoded claims are printed, then the verdict;
// a DIR (every file in it, not its sub-folders) gives one line per JWT and a summary.
//
// Exit: 0 every JWT has a valid signature; 1 a signature is invalid or its key unknown (this wins
// over 2: a failed check matters more than a file that could not be read); 2 a file or JWT could
// not be read, no JWT was found, or bad arguments.
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "app/cli/StoreOption.h"
#include "core/irp/QrCheck.h"
#include "core/irp/TrustStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace irndesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("irndesk::cli", text);
}

using irp::Verification;
using Verdict = Verification::Verdict;

/// One JWT to check, or a file that gave none.
struct Entry
{
    QString source; ///< the file, or "-" for a JWT given on the command line
    int line = 0; ///< the line in a text file; 0 in JSON or an argument
    QString jwt;
    QString problem; ///< set when the file could not be read or held no JWT
};

bool looksLikeJwt(QStringView text)
{
    return text.count(u'.') == 2 && text.startsWith(u"eyJ") && !text.contains(u' ');
}

void collectJson(const QJsonValue& value, const QString& source, QList<Entry>& out, int depth = 0)
{
    if (depth > 64) {
        return;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (looksLikeJwt(text)) {
            out.append(Entry{ source, 0, text, {} });
        } else if (text.startsWith(u'{') || text.startsWith(u'[')) {
            // A NIC envelope's Data as JSON text.
            const QJsonDocument inner = QJsonDocument::fromJson(text.toUtf8());
            collectJson(
                inner.isArray() ? QJsonValue(inner.array()) : QJsonValue(inner.object()), source, out, depth + 1);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            collectJson(item, source, out, depth + 1);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key().toLower();
            if ((key == u"signedinvoice" || key == u"signedqrcode") && it.value().isString()) {
                out.append(Entry{ source, 0, it.value().toString().trimmed(), {} });
            } else {
                collectJson(it.value(), source, out, depth + 1);
            }
        }
    }
}

void collectFile(const QString& path, QList<Entry>& out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.append(Entry{ path, 0, {}, tr("cannot read: %1").arg(file.errorString()) });
        return;
    }
    const QByteArray bytes = file.readAll();
    const QByteArray trimmed = bytes.trimmed();
    const qsizetype before = out.size();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError) {
            out.append(Entry{ path, 0, {}, tr("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset) });
            return;
        }
        collectJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), path, out);
    } else {
        // JWTs one per line; a line may be quoted and end with a comma.
        const QList<QByteArray> lines = bytes.split('\n');
        QList<Entry> found;
        bool anyJwt = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString line = QString::fromUtf8(lines[i]).trimmed();
            if (line.endsWith(u',')) {
                line.chop(1);
            }
            if (line.size() >= 2 && line.startsWith(u'"') && line.endsWith(u'"')) {
                line = line.mid(1, line.size() - 2);
            }
            if (line.isEmpty()) {
                continue;
            }
            anyJwt = anyJwt || looksLikeJwt(line);
            found.append(Entry{ path, static_cast<int>(i + 1), line, {} });
        }
        if (anyJwt) {
            out.append(found);
        }
    }
    if (out.size() == before) {
        out.append(Entry{ path, 0, {}, tr("no signed invoice or QR code (JWT) found") });
    }
}

QString where(const Entry& e)
{
    return e.line > 0 ? QStringLiteral("%1:%2").arg(e.source).arg(e.line) : e.source;
}

/// Document type, number and seller of a decoded JWT, for the one-line form.
QStringList documentOf(const irp::Jwt& jwt)
{
    if (jwt.kind() == irp::Jwt::Kind::SignedInvoice) {
        const QJsonObject doc = QJsonDocument::fromJson(jwt.claim(QStringLiteral("DocDtls")).toUtf8()).object();
        const QJsonObject seller = QJsonDocument::fromJson(jwt.claim(QStringLiteral("SellerDtls")).toUtf8()).object();
        return { doc.value(QLatin1String("Typ")).toString(),
            doc.value(QLatin1String("No")).toString(),
            seller.value(QLatin1String("Gstin")).toString() };
    }
    return { jwt.claim(QStringLiteral("DocTyp")),
        jwt.claim(QStringLiteral("DocNo")),
        jwt.claim(QStringLiteral("SellerGstin")) };
}

QString verdictLine(const Verification& v)
{
    QString text = Verification::verdictText(v.verdict);
    if (!v.keyName.isEmpty()) {
        text += QStringLiteral(" (%1, %2)").arg(v.keyName, v.keyOrigin);
    }
    return text;
}

QString sandboxWarning(const Verification& v)
{
    if (v.isNicSandbox()) {
        return tr("WARNING: signed by the NIC sandbox: a test document, not a valid e-invoice");
    }
    return tr("WARNING: signed by a sandbox IRP (%1): a test document, not a valid e-invoice").arg(v.jwt ? v.jwt->iss : QString());
}

/// `verify --doc TYPE/NO`: the stored SignedQRCode and SignedInvoice of one invoice, checked
/// against the keys and against the invoice itself.
int verifyStored(const QCommandLineParser& parser,
                 const QCommandLineOption& storeOpt,
                 const DocumentOptions& document,
                 const irp::TrustStore& trust,
                 bool json,
                 QTextStream& out,
                 QTextStream& err)
{
    const QString command = QStringLiteral("verify");
    if (!checkDocumentOption(parser, document, command, err)) {
        return kExitCannotRun;
    }
    const auto db = openStore(storePath(parser, storeOpt), StoreAccess::Existing, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    const std::optional<store::InvoiceSummary> found = findDocument(*db, parser, document, command, err);
    if (!found) {
        return kExitCannotRun;
    }
    Result<store::StoredInvoice> stored = db->invoice(found->id);
    if (!stored) {
        printStoreError(command, stored.error(), db->path(), err);
        return kExitCannotRun;
    }
    const QString name = found->docType + QLatin1Char('/') + found->docNo;
    if (stored.value().irp.signedQrCode.isEmpty()) {
        err << tr("%1: %2 has no signed QR code in the store (it is %3)")
                   .arg(command, name, store::statusTitle(found->status))
            << Qt::endl;
        return kExitCannotRun;
    }
    const irp::InvoiceCheck check = irp::checkStoredInvoice(stored.value(), trust);
    const auto describe = [](const std::optional<Verification>& v) {
        return v ? verdictLine(*v) : tr("not stored");
    };
    if (json) {
        JsonWriter j;
        j.beginObject()
            .field("document", name)
            .field("irn", stored.value().irp.irn)
            .field("qrCode", check.qrCode ? Verification::verdictCode(check.qrCode->verdict) : QString())
            .field("signedInvoice",
                check.signedInvoice ? Verification::verdictCode(check.signedInvoice->verdict) : QString())
            .field("sandbox", check.sandbox())
            .field("ok", check.ok());
        j.key("mismatches").beginArray();
        for (const irp::QrMismatch& m : check.mismatches) {
            j.beginObject().field("claim", m.field).field("qr", m.qrValue).field("invoice", m.invoiceValue).endObject();
        }
        j.endArray().endObject();
        j.flushTo(out);
    } else {
        out << "document: " << name << Qt::endl;
        out << "irn: " << stored.value().irp.irn << Qt::endl;
        out << "SignedQRCode: " << describe(check.qrCode) << Qt::endl;
        out << "SignedInvoice: " << describe(check.signedInvoice) << Qt::endl;
        if (check.mismatches.isEmpty() && check.qrCode && check.qrCode->jwt) {
            out << tr("QR claims: all match the invoice in the store") << Qt::endl;
        }
        for (const irp::QrMismatch& m : check.mismatches) {
            out << tr("QR claim %1 differs: QR code '%2', invoice '%3'").arg(m.field, m.qrValue, m.invoiceValue)
                << Qt::endl;
        }
        if (check.sandbox()) {
            out << sandboxWarning(check.qrCode && check.qrCode->sandbox ? *check.qrCode : *check.signedInvoice) << Qt::endl;
        }
    }
    if (check.qrCode && check.qrCode->verdict == Verdict::Malformed) {
        return kExitCannotRun;
    }
    return check.ok() ? kExitOk : kExitDataError;
}

} // namespace

int commandVerify(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("verify");
    QCommandLineParser parser;
    const QCommandLineOption keyOption(
        QStringLiteral("key"), tr("a trusted public key or certificate (PEM); may be repeated"), QStringLiteral("PEM"));
    const QCommandLineOption format = formatOption();
    const QCommandLineOption store = storeOption();
    const DocumentOptions document;
    parser.addOptions({ keyOption, format, store });
    parser.addOptions(document.all());
    if (!parse(parser, command, arguments, err)) {
        return kExitCannotRun;
    }
    const std::optional<bool> json = jsonFormat(parser, format, command, err);
    if (!json) {
        return kExitCannotRun;
    }
    const QStringList inputs = parser.positionalArguments();
    const bool storedDocument = parser.isSet(document.doc);
    if (inputs.isEmpty() == !storedDocument) {
        err << tr("%1: check either FILE|JWT|DIR or --doc TYPE/NO: irndesk-cli verify FILE|JWT|DIR [--key PEM]... or "
                  "irndesk-cli verify --doc TYPE/NO [--workspace GSTIN] [--fy YYYY-YY]")
                   .arg(command)
            << Qt::endl;
        return kExitCannotRun;
    }
    // NIC's sandbox keys, the keys the user trusts (the app's "Trust a key…"), and --key.
    QStringList keyProblems;
    irp::TrustStore trust = irp::TrustStore::withUserKeys(&keyProblems);
    for (const QString& problem : keyProblems) {
        err << command << ": " << tr("left out: %1").arg(problem) << Qt::endl;
    }
    for (const QString& path : parser.values(keyOption)) {
        const Status added = trust.addKeyFile(path);
        if (!added) {
            err << command << ": " << added.error().message << Qt::endl;
            return kExitCannotRun;
        }
    }

    if (storedDocument) {
        return verifyStored(parser, store, document, trust, *json, out, err);
    }

    QList<Entry> entries;
    bool bulk = false;
    for (const QString& input : inputs) {
        const QFileInfo info(input);
        if (info.isDir()) {
            bulk = true;
            const QDir dir(input);
            const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
            if (files.isEmpty()) {
                entries.append(Entry{ input, 0, {}, tr("no signed invoice or QR code (JWT) found") });
            }
            for (const QFileInfo& file : files) {
                collectFile(file.filePath(), entries);
            }
        } else if (info.exists()) {
            collectFile(input, entries);
        } else if (input.count(u'.') == 2 && !input.contains(u'/')) {
            entries.append(Entry{ QStringLiteral("-"), 0, input.trimmed(), {} });
        } else {
            entries.append(Entry{ input, 0, {}, tr("no such file or folder") });
        }
    }

    int counts[4] = { 0, 0, 0, 0 }; // by Verdict
    int sandboxCount = 0;
    JsonWriter j;
    if (*json) {
        j.beginObject().key("results").beginArray();
    }
    bool firstDetail = true;
    for (const Entry& e : entries) {
        Verification v;
        if (!e.problem.isEmpty()) {
            v.verdict = Verdict::Malformed;
            v.message = e.problem;
        } else {
            v = trust.verify(e.jwt);
        }
        ++counts[static_cast<int>(v.verdict)];
        sandboxCount += v.sandbox ? 1 : 0;
        if (*json) {
            j.beginObject()
                .field("source", e.source)
                .field("line", e.line)
                .field("verdict", Verification::verdictCode(v.verdict))
                .field("sandbox", v.sandbox)
                .field("kid", v.kid)
                .field("key", v.keyName)
                .field("keyOrigin", v.keyOrigin)
                .field("message", v.message);
            if (v.jwt) {
                j.field("kind", v.jwt->kindName()).field("alg", v.jwt->alg).field("iss", v.jwt->iss);
                j.key("claims").beginArray();
                for (const irp::Claim& c : v.jwt->claims) {
                    j.beginObject().field("name", c.name).field("value", c.value).endObject();
                }
                j.endArray();
            }
            j.endObject();
            j.writeSome(out);
            continue;
        }
        if (bulk) {
            QString line = QStringLiteral("%1: %2").arg(where(e), Verification::verdictText(v.verdict));
            if (v.jwt) {
                line += QStringLiteral(" %1 %2").arg(
                    v.jwt->kindName(), documentOf(*v.jwt).join(QLatin1Char(' ')).trimmed());
                line += QStringLiteral(" kid %1").arg(v.kid.left(8));
            } else {
                line += QStringLiteral(": ") + v.message;
            }
            if (v.sandbox) {
                line += QStringLiteral(" [sandbox]");
            }
            out << line << Qt::endl;
            continue;
        }
        if (!firstDetail) {
            out << Qt::endl;
        }
        firstDetail = false;
        out << "source: " << where(e) << Qt::endl;
        if (v.jwt) {
            out << "kind: " << v.jwt->kindName() << Qt::endl;
            out << "alg: " << v.jwt->alg << Qt::endl;
            out << "kid: " << v.kid << Qt::endl;
            out << "iss: " << v.jwt->iss << Qt::endl;
            for (const irp::Claim& c : v.jwt->claims) {
                out << c.name << ": " << c.value << Qt::endl;
            }
        } else {
            out << "error: " << v.message << Qt::endl;
        }
        out << "verdict: " << verdictLine(v) << Qt::endl;
        if (v.sandbox) {
            out << sandboxWarning(v) << Qt::endl;
        }
    }
    const int valid = counts[static_cast<int>(Verdict::Valid)];
    const int invalid = counts[static_cast<int>(Verdict::InvalidSignature)];
    const int unknown = counts[static_cast<int>(Verdict::UnknownKey)];
    const int unreadable = counts[static_cast<int>(Verdict::Malformed)];
    if (*json) {
        j.endArray()
            .key("summary")
            .beginObject()
            .field("checked", static_cast<int>(entries.size()))
            .field("valid", valid)
            .field("invalidSignature", invalid)
            .field("unknownKey", unknown)
            .field("unreadable", unreadable)
            .field("sandbox", sandboxCount)
            .endObject()
            .endObject();
        j.flushTo(out);
    } else if (bulk || entries.size() > 1) {
        if (!bulk) {
            out << Qt::endl;
        }
        out << tr("%1 checked: %2 valid, %3 invalid signature, %4 unknown key, %5 unreadable, %6 signed by a sandbox")
                   .arg(entries.size())
                   .arg(valid)
                   .arg(invalid)
                   .arg(unknown)
                   .arg(unreadable)
                   .arg(sandboxCount)
            << Qt::endl;
    }
    if (invalid + unknown > 0) {
        return kExitDataError;
    }
    return unreadable > 0 ? kExitCannotRun : kExitOk;
}

} // namespace irndesk::cli
