// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Fixer.h"

#include "core/rules/Checks.h"
#include "core/rules/Gstin.h"

#include "core/model/Dates.h"
#include "core/rules/Masters.h"

#include <QDate>

#include <algorithm>
#include <cstring>

namespace irndesk {

namespace {

using rules::absolute;
using rules::orZero;

// ---------------------------------------------------------------------------------------------
// Walking the model through its fields() lists.

/// Calls `fn(Text&)` for every text field of `object` and of everything it contains.
template <class T, class F> class TextWalker
{
public:
    TextWalker(T& object, F& fn)
        : m_object(object)
        , m_fn(fn)
    {}
    void run() { T::fields(*this); }

    void field(const char*, Text T::*member) { m_fn(m_object.*member); }
    template <int Scale> void field(const char*, std::optional<Fixed<Scale>> T::*) {}
    void field(const char*, Integer T::*) {}
    template <class S> void field(const char*, S T::*member) { TextWalker<S, F>(m_object.*member, m_fn).run(); }
    template <class S> void field(const char*, std::optional<S> T::*member)
    {
        if (m_object.*member) {
            TextWalker<S, F>(*(m_object.*member), m_fn).run();
        }
    }
    template <class S> void field(const char*, QList<S> T::*member)
    {
        for (S& element : m_object.*member) {
            TextWalker<S, F>(element, m_fn).run();
        }
    }

private:
    T& m_object;
    F& m_fn;
};

template <class T, class F> void forEachText(T& object, F fn)
{
    TextWalker<T, F>(object, fn).run();
}

/// A field whose value differs between two versions of an invoice.
struct Change
{
    QString path;
    const char* name; ///< the field's own name, "CgstAmt"
    QString before, after;
};

QString valueText(const Text& v)
{
    if (!v) {
        return QString();
    }
    return v->isNull() ? QStringLiteral("") : *v; // present but empty is not absent
}
QString valueText(const Amount& v)
{
    return v ? v->toPlainString() : QString();
}
QString valueText(const Decimal3& v)
{
    return v ? v->toString() : QString();
}
QString valueText(const Integer& v)
{
    return v ? QString::number(*v) : QString();
}

/// Lists the scalar fields that differ between `a` and `b`, with their JSON paths.
template <class T> class Differ
{
public:
    Differ(const T& a, const T& b, QString prefix, QList<Change>& out)
        : m_a(a)
        , m_b(b)
        , m_prefix(std::move(prefix))
        , m_out(out)
    {}
    void run() { T::fields(*this); }

    void field(const char* name, Text T::*member) { scalar(name, m_a.*member, m_b.*member); }
    template <int Scale> void field(const char* name, std::optional<Fixed<Scale>> T::*member)
    {
        scalar(name, m_a.*member, m_b.*member);
    }
    void field(const char* name, Integer T::*member) { scalar(name, m_a.*member, m_b.*member); }
    template <class S> void field(const char* name, S T::*member)
    {
        if (!(m_a.*member == m_b.*member)) {
            Differ<S>(m_a.*member, m_b.*member, path(name), m_out).run();
        }
    }
    template <class S> void field(const char* name, std::optional<S> T::*member)
    {
        const std::optional<S>& a = m_a.*member;
        const std::optional<S>& b = m_b.*member;
        if (a != b) {
            const S empty{};
            Differ<S>(a ? *a : empty, b ? *b : empty, path(name), m_out).run();
        }
    }
    template <class S> void field(const char* name, QList<S> T::*member)
    {
        const QList<S>& a = m_a.*member;
        const QList<S>& b = m_b.*member;
        if (a == b) {
            return;
        }
        const S empty{};
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            Differ<S>(i < a.size() ? a[i] : empty,
                i < b.size() ? b[i] : empty,
                path(name) + u'[' + QString::number(i) + u']',
                m_out)
                .run();
        }
    }

private:
    template <class V> void scalar(const char* name, const V& a, const V& b)
    {
        if (a != b) {
            m_out.append(Change{ path(name), name, valueText(a), valueText(b) });
        }
    }
    QString path(const char* name) const
    {
        return m_prefix.isEmpty() ? QString::fromLatin1(name) : m_prefix + u'.' + QLatin1StringView(name);
    }

    const T& m_a;
    const T& m_b;
    QString m_prefix;
    QList<Change>& m_out;
};

QList<Change> changes(const Invoice& before, const Invoice& after)
{
    QList<Change> out;
    Differ<Invoice>(before, after, QString(), out).run();
    return out;
}

// ---------------------------------------------------------------------------------------------
// The repairs.

bool is(const Text& text, const char16_t* value)
{
    return text && text->compare(QStringView(value), Qt::CaseInsensitive) == 0;
}

bool isExport(const Invoice& invoice)
{
    return is(invoice.tranDtls.supTyp, u"EXPWP") || is(invoice.tranDtls.supTyp, u"EXPWOP");
}

bool isOneOf(QStringView s, std::initializer_list<const char16_t*> values)
{
    for (const char16_t* v : values) {
        if (s == QStringView(v)) {
            return true;
        }
    }
    return false;
}

void trimTexts(Invoice& invoice)
{
    forEachText(invoice, [](Text& text) {
        if (text) {
            const QString trimmed = text->trimmed();
            if (trimmed.size() != text->size()) {
                *text = trimmed;
            }
        }
    });
}

void upperCaseCodes(Invoice& invoice, const Masters& masters)
{
    // Capitalises `text` when that makes it a valid code; anything else is left to the checks.
    auto upper = [](Text& text, auto isValid) {
        if (!text) {
            return;
        }
        const QString u = text->toUpper();
        if (u != *text && isValid(QStringView(u))) {
            *text = u;
        }
    };
    auto yesNo = [](QStringView s) {
        return s == u"Y" || s == u"N";
    };
    auto gstin = [](QStringView s) {
        return isGstinShaped(s);
    };
    auto gstinOrUrp = [](QStringView s) {
        return s == u"URP" || isGstinShaped(s);
    };
    auto unit = [&masters](QStringView s) {
        return masters.isUnit(s);
    };
    auto country = [&masters](QStringView s) {
        return masters.isCountry(s);
    };

    TranDetails& tran = invoice.tranDtls;
    upper(tran.taxSch, [](QStringView s) { return s == u"GST"; });
    upper(tran.supTyp, [](QStringView s) {
        return isOneOf(s, { u"B2B", u"SEZWP", u"SEZWOP", u"EXPWP", u"EXPWOP", u"DEXP" });
    });
    upper(tran.regRev, yesNo);
    upper(tran.ecmGstin, gstin);
    upper(tran.igstOnIntra, yesNo);
    upper(invoice.docDtls.typ, [](QStringView s) { return isOneOf(s, { u"INV", u"CRN", u"DBN" }); });
    upper(invoice.sellerDtls.gstin, gstin);
    upper(invoice.buyerDtls.gstin, gstinOrUrp);
    if (invoice.shipDtls) {
        upper(invoice.shipDtls->gstin, gstinOrUrp);
    }
    for (Item& item : invoice.itemList) {
        upper(item.isServc, yesNo);
        upper(item.unit, unit);
        upper(item.orgCntry, country);
    }
    if (ExportDetails* exp = invoice.expDtls ? &*invoice.expDtls : nullptr) {
        upper(exp->refClm, yesNo);
        upper(exp->forCur, [&masters](QStringView s) { return masters.isCurrency(s); });
        upper(exp->cntCode, country);
        upper(exp->port, [&masters](QStringView s) { return masters.isPort(s); });
    }
    if (invoice.ewbDtls) {
        upper(invoice.ewbDtls->transId, gstin);
        upper(invoice.ewbDtls->vehType, [](QStringView s) { return s == u"R" || s == u"O"; });
    }
}

// Spec §3.9: the buyer of an export is URP with state code and place of supply 96 and PIN
// 999999. Pos, Stcd and Pin follow from the supply type alone, so a different value is
// replaced; a real GSTIN is kept, because then the supply type may be the mistake (2248 says so).
void exportDefaults(Invoice& invoice)
{
    if (!isExport(invoice)) {
        return;
    }
    BuyerDetails& buyer = invoice.buyerDtls;
    if (!buyer.gstin || buyer.gstin->trimmed().isEmpty()) {
        buyer.gstin = QStringLiteral("URP");
    }
    if (!buyer.pos || *buyer.pos != u"96") {
        buyer.pos = QStringLiteral("96");
    }
    if (!buyer.stcd || *buyer.stcd != u"96") {
        buyer.stcd = QStringLiteral("96");
    }
    if (buyer.pin != 999999) {
        buyer.pin = 999999;
    }
}

/// The state code a GSTIN starts with, or 0 when it is not a GSTIN or the code is not a state.
int gstinState(const Text& gstin, const Masters& masters)
{
    const std::optional<int> code = gstin && gstin->size() == 15 ? stateCodeOfGstin(*gstin) : std::nullopt;
    return code && masters.isStateCode(*code) ? *code : 0;
}

void stateCodeFromGstin(const Text& gstin, Text& stcd, const Masters& masters)
{
    const int code = gstinState(gstin, masters);
    if (code != 0 && rules::stateCodeOf(stcd) != code) {
        stcd = gstin->left(2);
    }
}

void stateCodesFromGstins(Invoice& invoice, const Masters& masters)
{
    stateCodeFromGstin(invoice.sellerDtls.gstin, invoice.sellerDtls.stcd, masters);
    if (!isExport(invoice)) {
        stateCodeFromGstin(invoice.buyerDtls.gstin, invoice.buyerDtls.stcd, masters);
    }
}

// Spec §3.6: from 1 Feb 2026 the tax of pan masala (2106 90 20) and tobacco (2401-2404) is
// computed on the retail sale price, which the invoice does not carry; recompute() would undo it.
// A document date that cannot be read counts as "on or after".
bool hasRetailPriceLines(const Invoice& invoice)
{
    const bool any = std::any_of(invoice.itemList.cbegin(), invoice.itemList.cend(),
                                 [](const Item& item) { return item.hsnCd && rules::isRspLevied(*item.hsnCd); });
    if (!any) {
        return false;
    }
    const QDate date = parseInvoiceDate(invoice.docDtls.dt.value_or(QString()));
    return !date.isValid() || date >= rules::rspLevyStart();
}

Money lineGst(const Item& item)
{
    return orZero(item.cgstAmt) + orZero(item.sgstAmt) + orZero(item.igstAmt);
}

Money lineCess(const Item& item)
{
    return orZero(item.cesAmt) + orZero(item.cesNonAdvlAmt) + orZero(item.stateCesAmt)
        + orZero(item.stateCesNonAdvlAmt);
}

/// Sets a sum the way recompute() does: a zero stays absent unless the field was there.
void put(Amount& field, Money value)
{
    if (!value.isZero() || field) {
        field = value;
    }
}

/// ValDtls again from the lines, after keepGivenTaxes() or keepTaxExclusiveTotals() changed them.
void resum(Invoice& invoice, const RecomputeOptions& options)
{
    Money cgst, sgst, igst, cess, stateCess, lines;
    for (const Item& item : std::as_const(invoice.itemList)) {
        cgst += orZero(item.cgstAmt);
        sgst += orZero(item.sgstAmt);
        igst += orZero(item.igstAmt);
        cess += orZero(item.cesAmt) + orZero(item.cesNonAdvlAmt);
        stateCess += orZero(item.stateCesAmt) + orZero(item.stateCesNonAdvlAmt);
        lines += orZero(item.totItemVal);
    }
    ValueDetails& v = invoice.valDtls;
    put(v.cgstVal, cgst);
    put(v.sgstVal, sgst);
    put(v.igstVal, igst);
    put(v.cesVal, cess);
    put(v.stCesVal, stateCess);
    const Money gross = lines + orZero(v.othChrg) - orZero(v.discount);
    if (options.roundOff == RecomputeOptions::RoundOff::ToRupee) {
        put(v.rndOffAmt, roundToRupee(gross) - gross);
    }
    v.totInvVal = gross + orZero(v.rndOffAmt);
}

// Tax and cess amounts the invoice gives that the rules accept are kept; recompute() would replace
// them with its own exact rounding:
//  - within one paisa of rate × taxable value: real invoices spread rounding over their lines,
//    and the rules (ItemChecks.cpp) let a paisa pass without a finding;
//  - any amount on a credit or debit note: the IRP does not check a note's tax against the rate
//    (spec §3.5), nor do the rules.
// CGST and SGST are kept only together and equal (2227). A line whose tax sits in a head that
// does not apply is recomputed: which part of it belongs where is not for us to guess. The line
// total follows what is kept.
bool keepGivenTaxes(const Invoice& before, Invoice& invoice)
{
    const TaxHeads heads = taxHeadsOf(invoice);
    if (heads == TaxHeads::None) {
        return false;
    }
    const bool note = rules::isNote(invoice.docDtls.typ);
    auto acceptable = [note](const Amount& given, const Amount& computed) {
        return given && (note || absolute(*given - orZero(computed)) <= Money::fromRaw(1));
    };
    bool keptAny = false;
    for (qsizetype i = 0; i < invoice.itemList.size() && i < before.itemList.size(); ++i) {
        Item& item = invoice.itemList[i];
        const Item& old = before.itemList[i];
        const bool rightHeads = heads == TaxHeads::CgstSgst
            ? orZero(old.igstAmt).isZero()
            : orZero(old.cgstAmt).isZero() && orZero(old.sgstAmt).isZero();
        if (!rightHeads) {
            continue;
        }
        bool kept = false;
        auto keep = [&](Amount Item::*member) {
            if (item.*member != old.*member) {
                item.*member = old.*member;
                kept = true;
            }
        };
        if (heads == TaxHeads::CgstSgst) {
            if (old.cgstAmt == old.sgstAmt && acceptable(old.cgstAmt, item.cgstAmt)
                && acceptable(old.sgstAmt, item.sgstAmt)) {
                keep(&Item::cgstAmt);
                keep(&Item::sgstAmt);
            }
        } else if (acceptable(old.igstAmt, item.igstAmt)) {
            keep(&Item::igstAmt);
        }
        if (item.cesRt && acceptable(old.cesAmt, item.cesAmt)) {
            keep(&Item::cesAmt);
        }
        if (item.stateCesRt && acceptable(old.stateCesAmt, item.stateCesAmt)) {
            keep(&Item::stateCesAmt);
        }
        if (kept) {
            item.totItemVal = orZero(item.assAmt) + lineGst(item) + lineCess(item) + orZero(item.othChrg);
            keptAny = true;
        }
    }
    return keptAny;
}

// Spec §3.6: under reverse charge and for EXPWP a line total may leave the GST out (and the cess
// with it; ItemChecks accepts all three totals). recompute() always adds both; where the invoice
// had one of the shorter totals right, keep it.
bool keepTaxExclusiveTotals(const Invoice& before, Invoice& invoice)
{
    if (!is(invoice.tranDtls.regRev, u"Y") && !is(invoice.tranDtls.supTyp, u"EXPWP")) {
        return false;
    }
    bool kept = false;
    for (qsizetype i = 0; i < invoice.itemList.size() && i < before.itemList.size(); ++i) {
        Item& item = invoice.itemList[i];
        const Amount& old = before.itemList[i].totItemVal;
        if (!old || !item.totItemVal || *old == *item.totItemVal) {
            continue;
        }
        const Money gst = lineGst(item);
        const Money withoutGst = *item.totItemVal - gst;
        const Money withoutTax = withoutGst - lineCess(item);
        if ((!gst.isZero() && *old == withoutGst) || *old == withoutTax) {
            item.totItemVal = *old;
            kept = true;
        }
    }
    return kept;
}

/// recompute(), except where the spec lets the invoice differ from its formulas.
void recomputeAmounts(Invoice& invoice, const RecomputeOptions& options)
{
    const Invoice before = invoice;
    // A line without Qty (a service may leave it out, spec §3.5) has no Qty × UnitPrice: its
    // UnitPrice may be a rate per hour or visit whose count the line does not give, and the rules
    // accept any TotAmt there (ItemChecks.cpp, 2192). recompute() would make TotAmt = UnitPrice;
    // without the UnitPrice it keeps the TotAmt given.
    for (Item& item : invoice.itemList) {
        if (!item.qty && item.totAmt) {
            item.unitPrice.reset();
        }
    }
    recompute(invoice, options);
    for (qsizetype i = 0; i < invoice.itemList.size(); ++i) {
        invoice.itemList[i].unitPrice = before.itemList[i].unitPrice;
    }
    const bool taxes = keepGivenTaxes(before, invoice);
    const bool exclusive = keepTaxExclusiveTotals(before, invoice);
    if (taxes || exclusive) {
        resum(invoice, options);
    }
}

// ---------------------------------------------------------------------------------------------
// Why a value is right, per repair.

bool named(const Change& c, const char* name)
{
    return std::strcmp(c.name, name) == 0;
}

QString amountDescription(const Change& c, TaxHeads heads)
{
    if (named(c, "TotAmt")) {
        return Fixer::tr("Quantity × unit price");
    }
    if (named(c, "AssAmt")) {
        return Fixer::tr("Amount − discount");
    }
    if (named(c, "CgstAmt") || named(c, "SgstAmt")) {
        return heads == TaxHeads::CgstSgst ? Fixer::tr("Taxable value × GST rate ÷ 2")
                                           : Fixer::tr("No CGST or SGST on this supply");
    }
    if (named(c, "IgstAmt")) {
        return heads == TaxHeads::Igst ? Fixer::tr("Taxable value × GST rate") : Fixer::tr("No IGST on this supply");
    }
    if (named(c, "CesAmt")) {
        return Fixer::tr("Taxable value × cess rate");
    }
    if (named(c, "StateCesAmt")) {
        return Fixer::tr("Taxable value × state cess rate");
    }
    if (named(c, "TotItemVal")) {
        return Fixer::tr("Taxable value + taxes, cess and other charges of the line");
    }
    if (named(c, "TotInvVal")) {
        return Fixer::tr("Line totals + other charges − discount + round-off");
    }
    if (named(c, "RndOffAmt")) {
        return Fixer::tr("Rounds the invoice value to the rupee");
    }
    if (c.path.startsWith(u"ValDtls.")) {
        return Fixer::tr("Sum of the lines");
    }
    return Fixer::tr("Recomputed from the other amounts");
}

QString exportDescription(const Change& c)
{
    if (named(c, "Gstin")) {
        return Fixer::tr("A buyer abroad has no GSTIN: URP");
    }
    if (named(c, "Pos")) {
        return Fixer::tr("The place of supply of an export is 96, other country");
    }
    if (named(c, "Stcd")) {
        return Fixer::tr("A buyer abroad has state code 96");
    }
    return Fixer::tr("An address abroad has PIN 999999");
}

} // namespace

FixResult fixInvoice(const Invoice& invoice, const FixOptions& options)
{
    const std::shared_ptr<const Masters> masters = options.masters ? options.masters : Masters::builtIn();
    FixResult result{ invoice, {}, {} };
    Invoice& work = result.invoice;

    // Applies one repair and lists what it changed, each change described by `describe`.
    auto step = [&](Fix::Kind kind, auto repair, auto describe) {
        const Invoice before = work;
        repair(work);
        for (const Change& c : changes(before, work)) {
            result.fixes.append(Fix{ kind, c.path, c.before, c.after, describe(c) });
        }
    };

    if (options.trimText) {
        step(Fix::Kind::Trim, trimTexts, [](const Change&) { return Fixer::tr("Spaces around the text removed"); });
    }
    if (options.upperCaseCodes) {
        step(
            Fix::Kind::UpperCase,
            [&](Invoice& i) { upperCaseCodes(i, *masters); },
            [](const Change&) { return Fixer::tr("Codes are written in capital letters"); });
    }
    if (options.exportDefaults) {
        step(Fix::Kind::ExportDefault, exportDefaults, exportDescription);
    }
    if (options.stateCodesFromGstin) {
        step(
            Fix::Kind::StateCode,
            [&](Invoice& i) { stateCodesFromGstins(i, *masters); },
            [&](const Change& c) {
                const Text& gstin = c.path.startsWith(u"SellerDtls") ? work.sellerDtls.gstin : work.buyerDtls.gstin;
                return Fixer::tr("The first two digits of GSTIN %1 are its state code").arg(gstin.value_or(QString()));
            });
    }
    if (options.recomputeAmounts) {
        if (hasRetailPriceLines(work)) {
            result.notes.append(Fixer::tr("Amounts not recomputed: lines taxed on the retail sale price (tobacco, pan "
                                          "masala) follow another formula."));
        } else {
            step(
                Fix::Kind::Amount,
                [&](Invoice& i) { recomputeAmounts(i, options.recompute); },
                [&](const Change& c) { return amountDescription(c, taxHeadsOf(work)); });
        }
    }
    return result;
}

} // namespace irndesk
