// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MasterImport.h"

#include "core/io/TableCsv.h"
#include "core/io/TableXlsx.h"
#include "core/io/TabularImport.h"
#include "core/rules/Gstin.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

class MasterImport
{
    Q_DECLARE_TR_FUNCTIONS(MasterImport)
};
using Tr = MasterImport;

Error fieldError(const QString& key, const QString& title, const QString& message)
{
    return Error{ ErrorCode::InvalidArgument, title + u": "_s + message, key };
}

QString titleOf(MasterKind kind, const QString& key)
{
    for (const MasterField& f : masterFields(kind)) {
        if (f.key == key) {
            return f.title;
        }
    }
    return key;
}

bool isDigits(const QString& text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return false;
        }
    }
    return true;
}

/// "1,00,000.50" and "1000.5" alike: grouping commas and spaces are dropped.
QString plainNumber(QString text)
{
    text.remove(u',');
    text.remove(u' ');
    return text;
}

std::optional<bool> flagOf(const QString& text)
{
    const QString t = text.trimmed().toUpper();
    if (t.isEmpty() || t == u"N"_s || t == u"NO"_s || t == u"FALSE"_s || t == u"0"_s) {
        return false;
    }
    if (t == u"Y"_s || t == u"YES"_s || t == u"TRUE"_s || t == u"1"_s) {
        return true;
    }
    return std::nullopt;
}

QString kindKey(store::Party::Kind kind)
{
    switch (kind) {
    case store::Party::Kind::ShipTo:
        return u"shipto"_s;
    case store::Party::Kind::Dispatch:
        return u"dispatch"_s;
    case store::Party::Kind::Buyer:
        break;
    }
    return u"buyer"_s;
}

std::optional<store::Party::Kind> kindOf(const QString& text)
{
    QString t = text.trimmed().toLower();
    t.remove(u' ');
    t.remove(u'-');
    if (t.isEmpty() || t == u"buyer"_s || t == partyKindTitle(store::Party::Kind::Buyer).toLower()) {
        return store::Party::Kind::Buyer;
    }
    if (t == u"shipto"_s || text.trimmed().compare(partyKindTitle(store::Party::Kind::ShipTo), Qt::CaseInsensitive) == 0) {
        return store::Party::Kind::ShipTo;
    }
    if (t == u"dispatch"_s || text.trimmed().compare(partyKindTitle(store::Party::Kind::Dispatch), Qt::CaseInsensitive) == 0) {
        return store::Party::Kind::Dispatch;
    }
    return std::nullopt;
}

/// A state code field: 1 or 2 digits, a state of the masters; "07" for 7.
std::optional<Error> checkState(const QString& key, const QString& title, QString& code, const Masters& masters)
{
    if (code.isEmpty()) {
        return std::nullopt;
    }
    if (!isDigits(code) || code.size() > 2 || !masters.isStateCode(code.toInt())) {
        return fieldError(key, title, Tr::tr("%1 is not a state code").arg(code));
    }
    code = code.rightJustified(2, u'0');
    return std::nullopt;
}

std::optional<Error> checkLength(const MasterRecord& record, MasterKind kind, const QString& key, int max)
{
    if (record.value(key).trimmed().size() > max) {
        return fieldError(key, titleOf(kind, key), Tr::tr("longer than %1 characters").arg(max));
    }
    return std::nullopt;
}

} // namespace

QList<MasterField> masterFields(MasterKind kind)
{
    using T = MasterField::Type;
    if (kind == MasterKind::Party) {
        return {
            { u"Kind"_s, Tr::tr("Kind"), T::PartyKind, false },
            { u"Gstin"_s, Tr::tr("GSTIN"), T::Text, false },
            { u"LglNm"_s, Tr::tr("Legal name"), T::Text, true },
            { u"TrdNm"_s, Tr::tr("Trade name"), T::Text, false },
            { u"Stcd"_s, Tr::tr("State"), T::Text, false },
            { u"Pin"_s, Tr::tr("PIN"), T::Text, false },
            { u"Loc"_s, Tr::tr("Place"), T::Text, false },
            { u"Addr1"_s, Tr::tr("Address 1"), T::Text, false },
            { u"Addr2"_s, Tr::tr("Address 2"), T::Text, false },
            { u"Pos"_s, Tr::tr("Place of supply"), T::Text, false },
            { u"Ph"_s, Tr::tr("Phone"), T::Text, false },
            { u"Em"_s, Tr::tr("Email"), T::Text, false },
        };
    }
    return {
        { u"PrdDesc"_s, Tr::tr("Description"), T::Text, true },
        { u"HsnCd"_s, Tr::tr("HSN"), T::Text, true },
        { u"Unit"_s, Tr::tr("Unit"), T::Text, false },
        { u"IsServc"_s, Tr::tr("Service"), T::Flag, false },
        { u"GstRt"_s, Tr::tr("GST rate"), T::Text, true },
        { u"UnitPrice"_s, Tr::tr("Unit price"), T::Text, false },
        { u"CesRt"_s, Tr::tr("Cess rate"), T::Text, false },
        { u"CesNonAdvlAmt"_s, Tr::tr("Cess per unit"), T::Text, false },
    };
}

QString partyKindTitle(store::Party::Kind kind)
{
    switch (kind) {
    case store::Party::Kind::ShipTo:
        return Tr::tr("Ship to");
    case store::Party::Kind::Dispatch:
        return Tr::tr("Dispatch from");
    case store::Party::Kind::Buyer:
        break;
    }
    return Tr::tr("Buyer");
}

MasterRecord recordOf(const store::Party& p)
{
    return {
        { u"Kind"_s, kindKey(p.kind) },
        { u"Gstin"_s, p.gstin },
        { u"LglNm"_s, p.legalName },
        { u"TrdNm"_s, p.tradeName },
        { u"Pos"_s, p.pos },
        { u"Addr1"_s, p.addr1 },
        { u"Addr2"_s, p.addr2 },
        { u"Loc"_s, p.location },
        { u"Pin"_s, p.pin ? QString::number(*p.pin) : QString() },
        { u"Stcd"_s, p.stateCode },
        { u"Ph"_s, p.phone },
        { u"Em"_s, p.email },
    };
}

MasterRecord recordOf(const store::Product& p)
{
    return {
        { u"PrdDesc"_s, p.description },
        { u"HsnCd"_s, p.hsn },
        { u"Unit"_s, p.unit },
        { u"IsServc"_s, p.isService ? u"Y"_s : u"N"_s },
        { u"GstRt"_s, p.gstRate ? p.gstRate->toString() : QString() },
        { u"UnitPrice"_s, p.unitPrice ? p.unitPrice->toString() : QString() },
        { u"CesRt"_s, p.cessRate ? p.cessRate->toString() : QString() },
        { u"CesNonAdvlAmt"_s, p.cessNonAdvol ? p.cessNonAdvol->toPlainString() : QString() },
    };
}

Result<store::Party> partyFromRecord(const MasterRecord& record, qint64 workspaceId, const RuleContext& rules)
{
    const auto k = MasterKind::Party;
    const auto value = [&](const QString& key) { return record.value(key).trimmed(); };
    store::Party p;
    p.workspaceId = workspaceId;
    const auto kind = kindOf(value(u"Kind"_s));
    if (!kind) {
        return fieldError(u"Kind"_s, titleOf(k, u"Kind"_s), Tr::tr("%1 is not buyer, shipto or dispatch").arg(value(u"Kind"_s)));
    }
    p.kind = *kind;

    p.gstin = value(u"Gstin"_s).toUpper();
    const bool isUrp = p.gstin == u"URP"_s;
    if (!p.gstin.isEmpty() && !isUrp) {
        if (!isGstinShaped(p.gstin)) {
            return fieldError(u"Gstin"_s, titleOf(k, u"Gstin"_s), Tr::tr("%1 is not a GSTIN (15 characters)").arg(p.gstin));
        }
        if (!rules.sandbox && !hasValidCheckCharacter(p.gstin)) {
            return fieldError(u"Gstin"_s, titleOf(k, u"Gstin"_s), Tr::tr("%1 has a wrong check character").arg(p.gstin));
        }
    }
    if (isUrp && p.kind != store::Party::Kind::Buyer) {
        return fieldError(u"Gstin"_s, titleOf(k, u"Gstin"_s), Tr::tr("URP is only for a buyer"));
    }

    p.legalName = value(u"LglNm"_s);
    if (p.legalName.isEmpty()) {
        return fieldError(u"LglNm"_s, titleOf(k, u"LglNm"_s), Tr::tr("required"));
    }
    for (const QString& key : { u"LglNm"_s, u"TrdNm"_s, u"Addr1"_s, u"Addr2"_s, u"Loc"_s, u"Em"_s }) {
        if (auto e = checkLength(record, k, key, 100)) {
            return *e;
        }
    }
    p.tradeName = value(u"TrdNm"_s);
    p.addr1 = value(u"Addr1"_s);
    p.addr2 = value(u"Addr2"_s);
    p.location = value(u"Loc"_s);

    p.stateCode = value(u"Stcd"_s);
    if (auto e = checkState(u"Stcd"_s, titleOf(k, u"Stcd"_s), p.stateCode, *rules.masters)) {
        return *e;
    }
    // The state a GSTIN holder is registered in is in the GSTIN: a blank state is taken from it.
    if (p.stateCode.isEmpty() && !p.gstin.isEmpty() && !isUrp) {
        if (const auto code = stateCodeOfGstin(p.gstin); code && rules.masters->isStateCode(*code)) {
            p.stateCode = QString::number(*code).rightJustified(2, u'0');
        }
    }
    p.pos = value(u"Pos"_s);
    if (auto e = checkState(u"Pos"_s, titleOf(k, u"Pos"_s), p.pos, *rules.masters)) {
        return *e;
    }

    const QString pin = value(u"Pin"_s);
    if (!pin.isEmpty()) {
        if (!isDigits(pin) || pin.size() != 6 || pin.startsWith(u'0')) {
            return fieldError(u"Pin"_s, titleOf(k, u"Pin"_s), Tr::tr("%1 is not 6 digits").arg(pin));
        }
        p.pin = pin.toLongLong();
        if (!p.stateCode.isEmpty()) {
            const auto state = rules.masters->pinState(int(*p.pin), p.stateCode.toInt());
            if (state == Masters::PinState::Mismatch || state == Masters::PinState::PrefixMismatch) {
                return fieldError(u"Pin"_s,
                                  titleOf(k, u"Pin"_s),
                                  Tr::tr("%1 is not in %2").arg(pin, rules.masters->stateName(p.stateCode.toInt())));
            }
        }
    }
    p.phone = value(u"Ph"_s);
    if (!p.phone.isEmpty() && (!isDigits(p.phone) || p.phone.size() < 6 || p.phone.size() > 12)) {
        return fieldError(u"Ph"_s, titleOf(k, u"Ph"_s), Tr::tr("6 to 12 digits"));
    }
    p.email = value(u"Em"_s);
    static const QRegularExpression kEmail(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!p.email.isEmpty() && !kEmail.match(p.email).hasMatch()) {
        return fieldError(u"Em"_s, titleOf(k, u"Em"_s), Tr::tr("%1 is not an email address").arg(p.email));
    }
    return p;
}

Result<store::Product> productFromRecord(const MasterRecord& record, qint64 workspaceId, const RuleContext& rules)
{
    const auto k = MasterKind::Product;
    const auto value = [&](const QString& key) { return record.value(key).trimmed(); };
    store::Product p;
    p.workspaceId = workspaceId;
    p.description = value(u"PrdDesc"_s);
    if (p.description.isEmpty()) {
        return fieldError(u"PrdDesc"_s, titleOf(k, u"PrdDesc"_s), Tr::tr("required"));
    }
    if (auto e = checkLength(record, k, u"PrdDesc"_s, 300)) {
        return *e;
    }
    p.hsn = value(u"HsnCd"_s);
    if (p.hsn.isEmpty()) {
        return fieldError(u"HsnCd"_s, titleOf(k, u"HsnCd"_s), Tr::tr("required"));
    }
    if (!isDigits(p.hsn) || (p.hsn.size() != 4 && p.hsn.size() != 6 && p.hsn.size() != 8)) {
        return fieldError(u"HsnCd"_s, titleOf(k, u"HsnCd"_s), Tr::tr("%1 is not 4, 6 or 8 digits").arg(p.hsn));
    }
    if (rules.masters->hsnStatus(p.hsn) == Masters::HsnStatus::Unknown) {
        return fieldError(u"HsnCd"_s, titleOf(k, u"HsnCd"_s), Tr::tr("%1 is not in the HSN list").arg(p.hsn));
    }
    p.unit = value(u"Unit"_s).toUpper();
    if (!p.unit.isEmpty() && !rules.masters->isUnit(p.unit)) {
        return fieldError(u"Unit"_s, titleOf(k, u"Unit"_s), Tr::tr("%1 is not a unit code (UQC)").arg(p.unit));
    }
    const auto service = flagOf(value(u"IsServc"_s));
    if (!service) {
        return fieldError(u"IsServc"_s, titleOf(k, u"IsServc"_s), Tr::tr("Y or N"));
    }
    p.isService = *service;

    const QString rate = plainNumber(value(u"GstRt"_s));
    if (rate.isEmpty()) {
        return fieldError(u"GstRt"_s, titleOf(k, u"GstRt"_s), Tr::tr("required"));
    }
    const auto gstRate = Rate::parse(rate);
    if (!gstRate || !rules.masters->isGstRate(*gstRate)) {
        return fieldError(u"GstRt"_s, titleOf(k, u"GstRt"_s), Tr::tr("%1 is not a GST rate").arg(rate));
    }
    p.gstRate = *gstRate;

    const QString price = plainNumber(value(u"UnitPrice"_s));
    if (!price.isEmpty()) {
        const auto parsed = UnitPrice::parse(price);
        if (!parsed || parsed->isNegative()) {
            return fieldError(u"UnitPrice"_s, titleOf(k, u"UnitPrice"_s), Tr::tr("%1 is not an amount").arg(price));
        }
        p.unitPrice = *parsed;
    }
    const QString cess = plainNumber(value(u"CesRt"_s));
    if (!cess.isEmpty()) {
        const auto parsed = Rate::parse(cess);
        if (!parsed || parsed->isNegative() || *parsed > Rate::fromUnits(100)) {
            return fieldError(u"CesRt"_s, titleOf(k, u"CesRt"_s), Tr::tr("%1 is not a rate").arg(cess));
        }
        p.cessRate = *parsed;
    }
    const QString nonAdvol = plainNumber(value(u"CesNonAdvlAmt"_s));
    if (!nonAdvol.isEmpty()) {
        const auto parsed = Money::parse(nonAdvol);
        if (!parsed || parsed->isNegative()) {
            return fieldError(u"CesNonAdvlAmt"_s, titleOf(k, u"CesNonAdvlAmt"_s), Tr::tr("%1 is not an amount").arg(nonAdvol));
        }
        p.cessNonAdvol = *parsed;
    }
    return p;
}

namespace {

/// A cell as the fields read it: XLSX numbers without exponent ("1.18E3" -> "1180"), booleans Y/N.
QString cellText(const io::TableCell& cell)
{
    switch (cell.type) {
    case io::CellType::Number:
        if (const auto exact = Fixed<3>::parse(cell.text.trimmed())) {
            return exact->toString();
        }
        return cell.text;
    case io::CellType::Boolean:
        return cell.text.compare(u"TRUE"_s, Qt::CaseInsensitive) == 0 ? u"Y"_s : u"N"_s;
    default:
        return cell.text;
    }
}

/// The key that makes an imported row a copy of a stored one.
QString duplicateKey(const store::Party& p)
{
    return QString::number(int(p.kind)) + u'|' + (p.gstin.isEmpty() || p.gstin == u"URP"_s ? p.legalName.toCaseFolded() : p.gstin);
}
QString duplicateKey(const store::Product& p)
{
    return p.description.toCaseFolded();
}

} // namespace

MasterImportResult importMasters(MasterKind kind,
                                 const QString& path,
                                 const QString& storePath,
                                 qint64 workspaceId,
                                 const RuleContext& rules,
                                 const std::atomic_bool& cancel,
                                 const std::function<void(int)>& progress)
{
    MasterImportResult result;
    const QString shown = QDir::toNativeSeparators(path);

    std::unique_ptr<io::TableSource> source;
    std::unique_ptr<io::TableXlsx> workbook;
    switch (io::detectTabularFormat(path)) {
    case io::TabularFormat::Xls:
        result.error = Error{ ErrorCode::Unsupported, Tr::tr("%1 is an old .xls file: save it as .xlsx or CSV").arg(shown), {} };
        return result;
    case io::TabularFormat::Xlsx: {
        auto opened = io::TableXlsx::open(path);
        if (!opened) {
            result.error = opened.error();
            return result;
        }
        workbook = std::move(opened).value();
        auto sheet = workbook->sheet(0);
        if (!sheet) {
            result.error = sheet.error();
            return result;
        }
        source = std::move(sheet).value();
        break;
    }
    case io::TabularFormat::Csv: {
        auto opened = io::TableCsv::open(path);
        if (!opened) {
            result.error = opened.error();
            return result;
        }
        source = std::move(opened).value();
        break;
    }
    }

    // The header row: field keys, letter case ignored.
    const QList<MasterField> fields = masterFields(kind);
    io::TableRow row;
    if (!source->next(row)) {
        result.error = source->error().value_or(Error{ ErrorCode::Syntax, Tr::tr("%1 is empty").arg(shown), {} });
        return result;
    }
    QHash<int, QString> columns; // cell index -> field key
    for (int i = 0; i < row.cells.size(); ++i) {
        const QString header = row.cells[i].text.trimmed();
        if (header.isEmpty()) {
            continue;
        }
        bool known = false;
        for (const MasterField& f : fields) {
            if (header.compare(f.key, Qt::CaseInsensitive) == 0) {
                columns.insert(i, f.key);
                known = true;
            }
        }
        if (!known) {
            result.problems.append({ row.number, Tr::tr("column %1 \"%2\" is not known; it was not read").arg(io::columnLetters(i), header) });
        }
    }
    for (const MasterField& f : fields) {
        if (f.required && !columns.values().contains(f.key)) {
            result.error = Error{ ErrorCode::InvalidArgument, Tr::tr("%1 has no column %2").arg(shown, f.key), {} };
            return result;
        }
    }

    auto store = store::Store::open(storePath, store::Store::Options{ store::Store::IntegrityCheck::Never, 5000, {} });
    if (!store) {
        result.error = store.error();
        return result;
    }
    store::Store& db = *store.value();

    QSet<QString> seen;
    if (kind == MasterKind::Party) {
        for (const store::Party& p : db.parties(workspaceId)) {
            seen.insert(duplicateKey(p));
        }
    } else {
        for (const store::Product& p : db.products(workspaceId)) {
            seen.insert(duplicateKey(p));
        }
    }

    QList<store::Party> parties;
    QList<store::Product> products;
    while (source->next(row)) {
        if (cancel) {
            result.cancelled = true;
            return result;
        }
        if (row.isBlank()) {
            continue;
        }
        ++result.rowsRead;
        if (progress && result.rowsRead % 100 == 0) {
            progress(result.rowsRead);
        }
        MasterRecord record;
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            if (it.key() < row.cells.size()) {
                record.insert(it.value(), cellText(row.cells[it.key()]));
            }
        }
        // A row equal to a stored one, or to an earlier row of the file, is a copy: left out.
        const auto copy = [&](const QString& key) {
            if (seen.contains(key)) {
                result.problems.append({ row.number, Tr::tr("already in the list; left out") });
                return true;
            }
            seen.insert(key);
            return false;
        };
        if (kind == MasterKind::Party) {
            auto party = partyFromRecord(record, workspaceId, rules);
            if (!party) {
                result.problems.append({ row.number, party.error().message });
            } else if (!copy(duplicateKey(party.value()))) {
                parties.append(party.value());
            }
        } else {
            auto product = productFromRecord(record, workspaceId, rules);
            if (!product) {
                result.problems.append({ row.number, product.error().message });
            } else if (!copy(duplicateKey(product.value()))) {
                products.append(product.value());
            }
        }
    }
    if (source->error()) {
        result.error = *source->error();
        return result;
    }
    if (cancel) {
        result.cancelled = true;
        return result;
    }

    store::Store::Transaction transaction(db);
    if (!transaction.status()) {
        result.error = transaction.status().error();
        return result;
    }
    for (const store::Party& p : parties) {
        if (auto saved = db.saveParty(p); !saved) {
            result.error = saved.error();
            return result;
        }
    }
    for (const store::Product& p : products) {
        if (auto saved = db.saveProduct(p); !saved) {
            result.error = saved.error();
            return result;
        }
    }
    if (Status s = transaction.commit(); !s) {
        result.error = s.error();
        return result;
    }
    result.added = int(parties.size() + products.size());
    return result;
}

} // namespace irndesk::ui
