// SPDX-License-Identifier: GPL-3.0-or-later
// `irndesk-cli workspace add|list|show`: the sellers of a store (DESIGN.md §5, §7).
//
// A seller profile in JSON (`workspace add --from-json`, and the "profile" object that
// `workspace show --format json` prints, so one can be fed back as the other) has these fields,
// all strings except where said:
//   gstin (required), legalName (required), tradeName, addr1, addr2, location,
//   pin (number or digits), stateCode ("29"; default: the GSTIN's first two digits), phone, email,
//   aato10Crore (true/false: aggregate turnover of at least 10 crore)
// --from-json also takes an INV-01 invoice (its SellerDtls is used) or a SellerDtls object.
#include "app/cli/Cli.h"
#include "app/cli/Commands.h"
#include "app/cli/StoreOption.h"
#include "core/json/InvoiceReader.h"
#include "core/rules/Gstin.h"
#include "core/rules/Masters.h"
#include "core/store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace irndesk::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("irndesk::cli", text);
}

/// How the user named each field of the profile: flags, or keys of a JSON file.
struct FieldNames
{
    QString gstin, legalName, tradeName, addr1, addr2, location, pin, stateCode, phone, email;
};

FieldNames flagNames()
{
    return { QStringLiteral("--gstin"),
        QStringLiteral("--legal-name"),
        QStringLiteral("--trade-name"),
        QStringLiteral("--addr1"),
        QStringLiteral("--addr2"),
        QStringLiteral("--location"),
        QStringLiteral("--pin"),
        QStringLiteral("--state"),
        QStringLiteral("--phone"),
        QStringLiteral("--email") };
}

FieldNames profileKeys(const QString& file)
{
    auto k = [&](const char* key) {
        return tr("%1: field '%2'").arg(file, QLatin1String(key));
    };
    return { k("gstin"),
        k("legalName"),
        k("tradeName"),
        k("addr1"),
        k("addr2"),
        k("location"),
        k("pin"),
        k("stateCode"),
        k("phone"),
        k("email") };
}

FieldNames sellerKeys(const QString& file)
{
    auto k = [&](const char* key) {
        return tr("%1: SellerDtls.%2").arg(file, QLatin1String(key));
    };
    return {
        k("Gstin"), k("LglNm"), k("TrdNm"), k("Addr1"), k("Addr2"), k("Loc"), k("Pin"), k("Stcd"), k("Ph"), k("Em")
    };
}

bool hasQuote(const QString& s)
{
    return s.contains(QLatin1Char('"'));
}

/// The schema's limits for a text of SellerDtls (so that invoices written from the profile pass).
void checkText(QStringList& problems, const QString& name, const QString& value, int min, int max)
{
    if (value.isEmpty()) {
        return;
    }
    if (value.size() < min || value.size() > max) {
        problems.append(tr("%1 must be %2 to %3 characters long, got '%4' (%5)")
                            .arg(name)
                            .arg(min)
                            .arg(max)
                            .arg(value)
                            .arg(value.size()));
    } else if (hasQuote(value)) {
        problems.append(tr("%1 must not hold a double quote (\"), got '%2'").arg(name, value));
    }
}

/// Checks a profile and completes it (capital GSTIN, state code from the GSTIN). Returns the
/// problems, each naming the field and its value; `warnings` gets what is accepted but doubtful.
QStringList checkProfile(store::SellerProfile& p, const FieldNames& n, bool sandbox, QStringList& warnings)
{
    QStringList problems;
    p.gstin = p.gstin.trimmed().toUpper();
    if (p.gstin.isEmpty()) {
        problems.append(tr("%1 is required: the seller's GSTIN").arg(n.gstin));
    } else if (!isGstinShaped(p.gstin)) {
        problems.append(tr("%1 '%2' is not a GSTIN: it must be 15 characters, two digits (the state code) and thirteen "
                           "capital letters or digits")
                            .arg(n.gstin, p.gstin));
    } else {
        const int state = stateCodeOfGstin(p.gstin).value_or(0);
        if (!Masters::builtIn()->isStateCode(state)) {
            problems.append(
                tr("%1 '%2' starts with %3, which is not a state code").arg(n.gstin, p.gstin, p.gstin.left(2)));
        }
        if (!hasValidCheckCharacter(p.gstin)) {
            const QString message = tr("%1 '%2': its last character should be '%3', not '%4': one of its characters is "
                                       "mistyped")
                                        .arg(n.gstin,
                                            p.gstin,
                                            QString(gstinCheckCharacter(QStringView(p.gstin).left(14))),
                                            p.gstin.right(1));
            if (sandbox) {
                warnings.append(message + tr(" (accepted with --sandbox: NIC's test GSTINs fail this check)"));
            } else {
                problems.append(message + tr(" (add --sandbox for NIC's test GSTINs)"));
            }
        }
        const QString gstinState = p.gstin.left(2);
        if (p.stateCode.isEmpty()) {
            p.stateCode = gstinState;
        } else {
            bool ok = false;
            const int given = p.stateCode.trimmed().toInt(&ok);
            if (!ok || given != state) {
                problems.append(tr("%1 '%2' is not the state of the GSTIN %3, which is %4")
                                    .arg(n.stateCode, p.stateCode, p.gstin, gstinState));
            } else {
                p.stateCode = gstinState;
            }
        }
    }
    if (p.legalName.trimmed().isEmpty()) {
        problems.append(tr("%1 is required: the seller's legal name as registered for GST").arg(n.legalName));
    }
    checkText(problems, n.legalName, p.legalName, 3, 100);
    checkText(problems, n.tradeName, p.tradeName, 3, 100);
    checkText(problems, n.addr1, p.addr1, 1, 100);
    checkText(problems, n.addr2, p.addr2, 3, 100);
    checkText(problems, n.location, p.location, 3, 50);
    if (p.pin && (*p.pin < 100000 || *p.pin > 999999)) {
        problems.append(tr("%1 must be a PIN code of 6 digits, got '%2'").arg(n.pin).arg(*p.pin));
    } else if (p.pin && !p.stateCode.isEmpty()) {
        const auto masters = Masters::builtIn();
        const auto state = masters->pinState(int(*p.pin), p.stateCode.toInt());
        if (state == Masters::PinState::Mismatch || state == Masters::PinState::PrefixMismatch) {
            warnings.append(tr("%1 %2 is not a PIN code of state %3 (%4)")
                                .arg(n.pin)
                                .arg(*p.pin)
                                .arg(p.stateCode, masters->stateName(p.stateCode.toInt())));
        }
    }
    if (!p.phone.isEmpty()) {
        bool digits = p.phone.size() >= 6 && p.phone.size() <= 12;
        for (QChar c : std::as_const(p.phone)) {
            digits = digits && c >= u'0' && c <= u'9';
        }
        if (!digits) {
            problems.append(tr("%1 must be 6 to 12 digits, got '%2'").arg(n.phone, p.phone));
        }
    }
    if (!p.email.isEmpty()) {
        const qsizetype at = p.email.indexOf(QLatin1Char('@'));
        bool ok = p.email.size() >= 6 && p.email.size() <= 100 && at > 0 && at == p.email.lastIndexOf(QLatin1Char('@'))
            && at < p.email.size() - 1;
        for (QChar c : std::as_const(p.email)) {
            ok = ok && (c.isLetterOrNumber() ? c.unicode() < 0x80 : QStringView(u"+_.-@").contains(c));
        }
        if (!ok) {
            problems.append(tr("%1 is not an e-mail address the IRP accepts (6 to 100 characters, name@domain), got "
                               "'%2'")
                                .arg(n.email, p.email));
        }
    }
    return problems;
}

/// (line, column) of a byte offset, both from 1.
QString lineColumn(const QByteArray& bytes, qsizetype offset)
{
    int line = 1, column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return tr("line %1, column %2").arg(line).arg(column);
}

/// The value of `key` in `o`, looked up without regard to letter case (as the invoice reader does).
QJsonValue anyCase(const QJsonObject& o, QLatin1String key)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0) {
            return it.value();
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

/// A profile read from --from-json, and how to name its fields in messages.
struct FromJson
{
    store::SellerProfile profile;
    FieldNames names;
};

std::optional<FromJson> readProfileFile(const QString& path, QTextStream& err)
{
    const QString command = QStringLiteral("workspace add");
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        err << tr("%1: cannot read %2: %3")
                   .arg(command, path, QFileInfo(path).isDir() ? tr("it is a folder") : file.errorString())
            << Qt::endl;
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        err << tr("%1: %2 is not JSON: %3: %4")
                   .arg(command, path, lineColumn(bytes, parseError.offset), parseError.errorString())
            << Qt::endl;
        return std::nullopt;
    }
    if (!doc.isObject()) {
        err << tr("%1: %2 must hold one object: a seller profile, an invoice or a SellerDtls object").arg(command, path)
            << Qt::endl;
        return std::nullopt;
    }
    QJsonObject o = doc.object();
    // The output of `workspace show --format json`: {"workspace": {...}, ...}.
    if (o.value(QLatin1String("profile")).isObject()) {
        o = o.value(QLatin1String("profile")).toObject();
    }

    const bool invoice = anyCase(o, QLatin1String("SellerDtls")).isObject();
    const bool sellerDtls = !invoice && !anyCase(o, QLatin1String("LglNm")).isUndefined();
    if (invoice || sellerDtls) {
        // Through the invoice reader: the same key matching and value checks as an import.
        QByteArray json = bytes;
        if (sellerDtls) {
            json = QByteArray("{\"SellerDtls\":") + QJsonDocument(o).toJson(QJsonDocument::Compact) + '}';
        }
        const ReadInvoice read = readInvoice(json);
        QStringList problems;
        for (const Diagnostic& d : read.diagnostics) {
            if (d.isError() && (d.path.startsWith(QLatin1String("SellerDtls")) || d.path.isEmpty())) {
                problems.append(
                    sellerDtls ? d.message + QStringLiteral(" (") + d.path + QLatin1Char(')') : d.toString());
            }
        }
        if (!read.invoice || !problems.isEmpty()) {
            for (const QString& p : std::as_const(problems)) {
                err << tr("%1: %2: %3").arg(command, path, p) << Qt::endl;
            }
            if (problems.isEmpty()) {
                err << tr("%1: %2: the invoice cannot be read").arg(command, path) << Qt::endl;
            }
            return std::nullopt;
        }
        return FromJson{ store::SellerProfile::fromInvoice(*read.invoice), sellerKeys(path) };
    }

    FromJson result{ {}, profileKeys(path) };
    store::SellerProfile& p = result.profile;
    QStringList problems;
    static const QLatin1String kKnown[] = {
        QLatin1String("gstin"),
        QLatin1String("legalName"),
        QLatin1String("tradeName"),
        QLatin1String("addr1"),
        QLatin1String("addr2"),
        QLatin1String("location"),
        QLatin1String("pin"),
        QLatin1String("stateCode"),
        QLatin1String("phone"),
        QLatin1String("email"),
        QLatin1String("aato10Crore"),
    };
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (QLatin1String k : kKnown) {
            known = known || it.key() == k;
        }
        if (!known) {
            problems.append(
                tr("field '%1' is not a field of a seller profile (gstin, legalName, tradeName, addr1, addr2, "
                   "location, pin, stateCode, phone, email, aato10Crore)")
                    .arg(it.key()));
        }
    }
    auto text = [&](const char* key, QString& into) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            return;
        }
        if (!v.isString()) {
            problems.append(tr("field '%1' must be a string (in double quotes)").arg(QLatin1String(key)));
            return;
        }
        into = v.toString().trimmed();
    };
    text("gstin", p.gstin);
    text("legalName", p.legalName);
    text("tradeName", p.tradeName);
    text("addr1", p.addr1);
    text("addr2", p.addr2);
    text("location", p.location);
    text("stateCode", p.stateCode);
    text("phone", p.phone);
    text("email", p.email);
    const QJsonValue pin = o.value(QLatin1String("pin"));
    if (pin.isDouble() && pin.toDouble() == double(pin.toInteger())) {
        p.pin = pin.toInteger();
    } else if (pin.isString()) {
        bool ok = false;
        p.pin = pin.toString().trimmed().toLongLong(&ok);
        if (!ok) {
            problems.append(tr("field 'pin' must be a PIN code of 6 digits, got \"%1\"").arg(pin.toString()));
            p.pin.reset();
        }
    } else if (!pin.isUndefined() && !pin.isNull()) {
        problems.append(tr("field 'pin' must be a PIN code of 6 digits"));
    }
    const QJsonValue aato = o.value(QLatin1String("aato10Crore"));
    if (aato.isBool()) {
        p.aato10Crore = aato.toBool();
    } else if (!aato.isUndefined() && !aato.isNull()) {
        problems.append(tr("field 'aato10Crore' must be true or false"));
    }
    if (!problems.isEmpty()) {
        for (const QString& problem : std::as_const(problems)) {
            err << tr("%1: %2: %3").arg(command, path, problem) << Qt::endl;
        }
        return std::nullopt;
    }
    return result;
}

void writeProfile(JsonWriter& json, const store::SellerProfile& p)
{
    json.beginObject()
        .field("gstin", p.gstin)
        .field("legalName", p.legalName)
        .field("tradeName", p.tradeName)
        .field("addr1", p.addr1)
        .field("addr2", p.addr2)
        .field("location", p.location)
        .field("pin", p.pin)
        .field("stateCode", p.stateCode)
        .field("phone", p.phone)
        .field("email", p.email)
        .field("aato10Crore", p.aato10Crore)
        .endObject();
}

QString stateLabel(const QString& code)
{
    const QString name = Masters::builtIn()->stateName(code.toInt());
    return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(code, name);
}

int workspaceAdd(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("workspace add");
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption gstin(QStringLiteral("gstin"), tr("the seller's GSTIN"), QStringLiteral("GSTIN"));
    const QCommandLineOption legalName(QStringLiteral("legal-name"), tr("legal name"), QStringLiteral("NAME"));
    const QCommandLineOption tradeName(QStringLiteral("trade-name"), tr("trade name"), QStringLiteral("NAME"));
    const QCommandLineOption addr1(QStringLiteral("addr1"), tr("address line 1"), QStringLiteral("TEXT"));
    const QCommandLineOption addr2(QStringLiteral("addr2"), tr("address line 2"), QStringLiteral("TEXT"));
    const QCommandLineOption location(QStringLiteral("location"), tr("place"), QStringLiteral("TEXT"));
    const QCommandLineOption pin(QStringLiteral("pin"), tr("PIN code"), QStringLiteral("PIN"));
    const QCommandLineOption state(
        QStringLiteral("state"), tr("state code (default: from the GSTIN)"), QStringLiteral("CODE"));
    const QCommandLineOption phone(QStringLiteral("phone"), tr("phone"), QStringLiteral("DIGITS"));
    const QCommandLineOption email(QStringLiteral("email"), tr("e-mail"), QStringLiteral("ADDRESS"));
    const QCommandLineOption aato(QStringLiteral("aato-10cr"), tr("aggregate turnover of at least 10 crore"));
    const QCommandLineOption fromJson(QStringLiteral("from-json"),
        tr("a seller profile, an invoice or a SellerDtls object in JSON"),
        QStringLiteral("FILE"));
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"), tr("accept NIC's test GSTINs, whose check character is wrong"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({ store,
        gstin,
        legalName,
        tradeName,
        addr1,
        addr2,
        location,
        pin,
        state,
        phone,
        email,
        aato,
        fromJson,
        sandbox,
        format });
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

    store::SellerProfile profile;
    FieldNames names = flagNames();
    if (parser.isSet(fromJson)) {
        auto read = readProfileFile(parser.value(fromJson), err);
        if (!read) {
            return kExitCannotRun;
        }
        profile = read->profile;
        names = read->names;
    } else if (!parser.isSet(gstin) || !parser.isSet(legalName)) {
        err << tr("%1: give --gstin GSTIN and --legal-name NAME (and the other details), or --from-json FILE")
                   .arg(command)
            << Qt::endl;
        return kExitCannotRun;
    }
    // Flags given next to --from-json complete or replace what the file says.
    const FieldNames flags = flagNames();
    auto flag = [&](const QCommandLineOption& option, QString& into, QString& name, const QString& flagName) {
        if (parser.isSet(option)) {
            into = parser.value(option).trimmed();
            name = flagName;
        }
    };
    flag(gstin, profile.gstin, names.gstin, flags.gstin);
    flag(legalName, profile.legalName, names.legalName, flags.legalName);
    flag(tradeName, profile.tradeName, names.tradeName, flags.tradeName);
    flag(addr1, profile.addr1, names.addr1, flags.addr1);
    flag(addr2, profile.addr2, names.addr2, flags.addr2);
    flag(location, profile.location, names.location, flags.location);
    flag(state, profile.stateCode, names.stateCode, flags.stateCode);
    flag(phone, profile.phone, names.phone, flags.phone);
    flag(email, profile.email, names.email, flags.email);
    QStringList problems;
    if (parser.isSet(pin)) {
        bool ok = false;
        const qint64 value = parser.value(pin).trimmed().toLongLong(&ok);
        if (!ok) {
            problems.append(tr("--pin must be a PIN code of 6 digits, got '%1'").arg(parser.value(pin)));
        } else {
            profile.pin = value;
            names.pin = flags.pin;
        }
    }
    if (parser.isSet(aato)) {
        profile.aato10Crore = true;
    }
    QStringList warnings;
    problems += checkProfile(profile, names, parser.isSet(sandbox), warnings);
    if (!problems.isEmpty()) {
        for (const QString& p : std::as_const(problems)) {
            err << tr("%1: %2").arg(command, p) << Qt::endl;
        }
        err << tr("%1: no workspace was added").arg(command) << Qt::endl;
        return kExitCannotRun;
    }
    for (const QString& w : std::as_const(warnings)) {
        err << tr("%1: warning: %2").arg(command, w) << Qt::endl;
    }

    const auto db = openStore(storePath(parser, store), StoreAccess::Create, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    if (const auto existing = db->workspaceByGstin(profile.gstin)) {
        err << tr("%1: the store %2 already has the workspace %3 (%4); nothing was changed")
                   .arg(command,
                       QDir::toNativeSeparators(db->path()),
                       existing->profile.gstin,
                       existing->profile.legalName)
            << Qt::endl;
        return kExitDataError;
    }
    auto added = db->addWorkspace(profile);
    if (!added) {
        printStoreError(command, added.error(), db->path(), err);
        return added.error().code == ErrorCode::Conflict ? kExitDataError : kExitCannotRun;
    }
    const store::Workspace& w = added.value();
    if (*json) {
        JsonWriter j;
        j.beginObject().field("id", w.id).key("profile");
        writeProfile(j, w.profile);
        j.key("warnings").strings(warnings).endObject();
        j.flushTo(out);
    } else {
        out << tr("%1: workspace %2 (%3, state %4) added to %5")
                   .arg(command,
                       w.profile.gstin,
                       w.profile.legalName,
                       stateLabel(w.profile.stateCode),
                       QDir::toNativeSeparators(db->path()))
            << Qt::endl;
    }
    return kExitOk;
}

int workspaceList(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("workspace list");
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption format = formatOption();
    parser.addOptions({ store, format });
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
    const auto db = openStore(storePath(parser, store), StoreAccess::Existing, command, err);
    if (!db) {
        return kExitCannotRun;
    }
    const QList<store::Workspace> all = db->workspaces();
    if (const auto failed = db->queryError()) {
        printStoreError(command, *failed, db->path(), err);
        return kExitCannotRun;
    }
    if (*json) {
        JsonWriter j;
        j.beginObject().key("workspaces").beginArray();
        for (const store::Workspace& w : all) {
            store::InvoiceFilter filter;
            filter.workspaceId = w.id;
            j.beginObject()
                .field("id", w.id)
                .field("gstin", w.profile.gstin)
                .field("legalName", w.profile.legalName)
                .field("tradeName", w.profile.tradeName)
                .field("stateCode", w.profile.stateCode)
                .field("aato10Crore", w.profile.aato10Crore)
                .field("invoices", db->countInvoices(filter))
                .endObject();
        }
        j.endArray().endObject();
        j.flushTo(out);
        return kExitOk;
    }
    if (!all.isEmpty()) {
        out << QStringLiteral("%1  %2  %3  %4")
                   .arg(tr("GSTIN").leftJustified(15),
                       tr("STATE").leftJustified(5),
                       tr("INVOICES").rightJustified(9),
                       tr("NAME"))
            << Qt::endl;
    }
    for (const store::Workspace& w : all) {
        store::InvoiceFilter filter;
        filter.workspaceId = w.id;
        QString name = w.profile.legalName;
        if (!w.profile.tradeName.isEmpty() && w.profile.tradeName != w.profile.legalName) {
            name += QStringLiteral(" (") + w.profile.tradeName + QLatin1Char(')');
        }
        out << QStringLiteral("%1  %2  %3  %4")
                   .arg(w.profile.gstin.leftJustified(15),
                       w.profile.stateCode.leftJustified(5),
                       QString::number(db->countInvoices(filter)).rightJustified(9),
                       name)
            << Qt::endl;
    }
    out << (all.size() == 1
            ? tr("%1: 1 workspace in %2").arg(command, QDir::toNativeSeparators(db->path()))
            : tr("%1: %2 workspaces in %3").arg(command).arg(all.size()).arg(QDir::toNativeSeparators(db->path())))
        << Qt::endl;
    return kExitOk;
}

int workspaceShow(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString command = QStringLiteral("workspace show");
    QCommandLineParser parser;
    const QCommandLineOption store = storeOption();
    const QCommandLineOption format = formatOption();
    parser.addOptions({ store, format });
    if (!parse(parser, command, arguments, err)) {
        return kExitCannotRun;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("%1: expected one GSTIN, got %2 arguments").arg(command).arg(parser.positionalArguments().size())
            << Qt::endl;
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
    const auto w = findWorkspace(*db, parser.positionalArguments().first(), command, err);
    if (!w) {
        return kExitCannotRun;
    }
    const QMap<store::InvoiceStatus, qint64> counts = db->countsByStatus(w->id);
    qint64 total = 0;
    for (qint64 n : counts) {
        total += n;
    }
    const QList<store::NumberSeries> series = db->numberSeries(w->id);
    if (const auto failed = db->queryError()) {
        printStoreError(command, *failed, db->path(), err);
        return kExitCannotRun;
    }
    const store::SellerProfile& p = w->profile;
    if (*json) {
        JsonWriter j;
        j.beginObject().field("id", w->id).key("profile");
        writeProfile(j, p);
        j.field("createdAt", w->createdAt.toString(Qt::ISODate));
        j.field("invoices", total).key("byStatus").beginObject();
        for (store::InvoiceStatus s : store::kAllStatuses) {
            j.field(store::statusName(s).toLatin1().constData(), counts.value(s, 0));
        }
        j.endObject().key("numberSeries").beginArray();
        for (const store::NumberSeries& s : series) {
            j.beginObject()
                .field("docType", s.docType)
                .field("fy", s.fy)
                .field("pattern", s.pattern)
                .field("width", s.width)
                .field("next", s.format(s.nextValue))
                .endObject();
        }
        j.endArray().endObject();
        j.flushTo(out);
        return kExitOk;
    }
    auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            out << QString(label + QLatin1Char(':')).leftJustified(16) << value << Qt::endl;
        }
    };
    line(tr("GSTIN"), p.gstin);
    line(tr("Legal name"), p.legalName);
    line(tr("Trade name"), p.tradeName);
    line(tr("Address"), p.addr2.isEmpty() ? p.addr1 : p.addr1 + QStringLiteral(", ") + p.addr2);
    line(tr("Place"), p.location + (p.pin ? QStringLiteral(" %1").arg(*p.pin) : QString()));
    line(tr("State"), stateLabel(p.stateCode));
    line(tr("Phone"), p.phone);
    line(tr("E-mail"), p.email);
    line(tr("Turnover"), p.aato10Crore ? tr("10 crore or more (30-day reporting window)") : tr("under 10 crore"));
    QStringList byStatus;
    for (store::InvoiceStatus s : store::kAllStatuses) {
        if (counts.value(s, 0) > 0) {
            byStatus.append(QStringLiteral("%1 %2").arg(counts.value(s)).arg(store::statusName(s)));
        }
    }
    line(tr("Invoices"),
        byStatus.isEmpty() ? tr("none")
                           : QStringLiteral("%1 (%2)").arg(total).arg(byStatus.join(QStringLiteral(", "))));
    for (const store::NumberSeries& s : series) {
        line(tr("Series %1 %2").arg(s.docType, s.fy), tr("%1, next %2").arg(s.pattern, s.format(s.nextValue)));
    }
    out << tr("%1: workspace %2 in %3: %4 invoices")
               .arg(command, p.gstin, QDir::toNativeSeparators(db->path()))
               .arg(total)
        << Qt::endl;
    return kExitOk;
}

const char* const kWorkspaceUsage = QT_TRANSLATE_NOOP("irndesk::cli",
    "Usage:\n"
    "  irndesk-cli workspace add --gstin GSTIN --legal-name NAME [--trade-name NAME]\n"
    "        [--addr1 TEXT] [--addr2 TEXT] [--location TEXT] [--pin PIN] [--state CODE]\n"
    "        [--phone DIGITS] [--email ADDRESS] [--aato-10cr] [--sandbox] [--store DB]\n"
    "  irndesk-cli workspace add --from-json FILE [flags that replace its fields]\n"
    "  irndesk-cli workspace list [--store DB] [--format text|json]\n"
    "  irndesk-cli workspace show GSTIN [--store DB] [--format text|json]\n");

} // namespace

int commandWorkspace(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == u"add") {
        return workspaceAdd(rest, out, err);
    }
    if (sub == u"list") {
        return workspaceList(rest, out, err);
    }
    if (sub == u"show") {
        return workspaceShow(rest, out, err);
    }
    if (sub == u"--help" || sub == u"-h") {
        out << QCoreApplication::translate("irndesk::cli", kWorkspaceUsage);
        return kExitOk;
    }
    err << (sub.isEmpty() ? tr("workspace: say add, list or show") : tr("workspace: unknown subcommand '%1'").arg(sub))
        << Qt::endl
        << QCoreApplication::translate("irndesk::cli", kWorkspaceUsage);
    return kExitCannotRun;
}

} // namespace irndesk::cli
