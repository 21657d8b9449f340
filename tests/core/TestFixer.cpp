// SPDX-License-Identifier: GPL-3.0-or-later
// The fix helper: each kind of repair, nothing when nothing is wrong, nothing invented, every
// change listed, and the repaired invoice passes the rules it was repaired for.
#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "core/model/Dates.h"
#include "core/rules/Fixer.h"
#include "core/rules/Validator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

#include <functional>

#include "bench/InvoiceGenerator.h"
#include "tests/support/TestData.h"

using namespace irndesk;
using namespace Qt::StringLiterals;

namespace {

/// The golden valid invoice every rule case starts from.
Invoice baseInvoice()
{
    const ReadFile file = readInvoiceBytes(test::readData(u"rules/valid-b2b-intra-goods/invoice.json"_s));
    if (!file.ok() || file.invoices.size() != 1 || !file.invoices[0].invoice) {
        qFatal("cannot read the base invoice");
    }
    return *file.invoices[0].invoice;
}

RuleContext context()
{
    RuleContext c = RuleContext::withBuiltInMasters(QDate(2026, 11, 21));
    c.aatoAtLeast10Crore = true;
    return c;
}

QString describe(const Findings& findings)
{
    QStringList lines;
    for (const Finding& f : findings) {
        lines << f.code + u' ' + f.path + u": " + f.message;
    }
    return lines.join(u'\n');
}

/// A number as raw thousandths, so that 9000, 9000.00 and 9000.000 are the same value.
QString normalized(const QString& text)
{
    if (text.isNull()) {
        return text;
    }
    if (const auto n = Fixed<3>::parse(text)) {
        return QString::number(n->raw());
    }
    return text;
}

/// Every scalar of the invoice's JSON by its path ("ItemList[0].CgstAmt"); numbers marked with
/// '#' and normalized.
QMap<QString, QString> normalizedFields(const Invoice& invoice)
{
    QMap<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(invoiceToJson(invoice)).object();
    std::function<void(const QJsonValue&, const QString&)> walk = [&](const QJsonValue& v, const QString& path) {
        if (v.isObject()) {
            const QJsonObject obj = v.toObject();
            for (auto it = obj.begin(); it != obj.end(); ++it) {
                walk(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key());
            }
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                walk(a[i], path + u'[' + QString::number(i) + u']');
            }
        } else if (v.isString()) {
            out.insert(path, v.toString());
        } else {
            // QJsonDocument holds numbers as doubles; the writer's have at most 3 places and are far
            // below 2^53 thousandths, so printing them with 3 places gives the exact decimal back.
            out.insert(path, QStringLiteral("#") + normalized(QString::number(v.toDouble(), 'f', 3)));
        }
    };
    walk(o, QString());
    return out;
}

QString normalizedFixValue(const QString& text, const QString& pathValueInJson)
{
    // A fix's value is plain text; JSON numbers carry a '#' in normalizedFields().
    if (text.isNull()) {
        return text;
    }
    return pathValueInJson.startsWith(u'#') ? u'#' + normalized(text) : text;
}

/// Checks that `result.fixes` lists exactly the fields that differ between `original` and
/// `result.invoice`, with the right values, and that a field touched twice chains up.
void verifyEveryChangeListed(const Invoice& original, const FixResult& result)
{
    const QMap<QString, QString> before = normalizedFields(original);
    const QMap<QString, QString> after = normalizedFields(result.invoice);
    QSet<QString> changed;
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (after.value(it.key()) != it.value()) {
            changed.insert(it.key());
        }
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!before.contains(it.key())) {
            changed.insert(it.key());
        }
    }
    QSet<QString> listed;
    QMap<QString, QString> lastAfter;
    for (const Fix& fix : result.fixes) {
        QVERIFY2(changed.contains(fix.path), qPrintable(u"listed but not changed: "_s + fix.path));
        QVERIFY2(!fix.description.isEmpty(), qPrintable(fix.path));
        const QString sample = after.contains(fix.path) ? after.value(fix.path) : before.value(fix.path);
        if (!listed.contains(fix.path)) {
            QCOMPARE(normalizedFixValue(fix.before, sample), before.value(fix.path, QString()));
        } else {
            QCOMPARE(fix.before, lastAfter.value(fix.path)); // chained: the 2nd starts where the 1st ended
        }
        listed.insert(fix.path);
        lastAfter.insert(fix.path, fix.after);
    }
    for (const QString& path : changed) {
        QVERIFY2(listed.contains(path), qPrintable(u"changed but not listed: "_s + path));
        const QString sample = after.contains(path) ? after.value(path) : before.value(path);
        QCOMPARE(normalizedFixValue(lastAfter.value(path), sample), after.value(path, QString()));
    }
}

QStringList pathsOf(const QList<Fix>& fixes, Fix::Kind kind)
{
    QStringList paths;
    for (const Fix& f : fixes) {
        if (f.kind == kind) {
            paths << f.path;
        }
    }
    return paths;
}

/// The first fix at `path`; a fix with path "<none>" and null values when there is none, so that
/// a comparison fails instead of the test crashing.
const Fix* fixAt(const FixResult& r, const QString& path)
{
    for (const Fix& f : r.fixes) {
        if (f.path == path) {
            return &f;
        }
    }
    static const Fix none{ Fix::Kind::Amount, u"<none>"_s, QString(), QString(), QString() };
    return &none;
}

FixOptions only(bool FixOptions::*option)
{
    FixOptions o;
    o.trimText = o.upperCaseCodes = o.exportDefaults = o.stateCodesFromGstin = o.recomputeAmounts = false;
    o.*option = true;
    return o;
}

/// The base invoice with something wrong in every way the fixer can repair.
Invoice messyInvoice()
{
    Invoice i = baseInvoice();
    i.tranDtls.supTyp = u"b2b"_s;
    i.docDtls.typ = u" inv"_s; // trimmed, then capitalised: two fixes on one field
    i.sellerDtls.stcd = u"29"_s; // the GSTIN says 27
    i.buyerDtls.stcd.reset();
    i.sellerDtls.lglNm = u"  Pune Traders Private Limited "_s;
    i.itemList[0].unit = u"nos"_s;
    i.itemList[0].cgstAmt = Money::fromUnits(9500);
    i.itemList[1].prdDesc = u"Cotton T-shirt\t"_s;
    i.itemList[1].totItemVal = Money::fromUnits(5000);
    i.valDtls.assVal = Money::fromUnits(1);
    i.valDtls.totInvVal = Money::fromUnits(1000);
    return i;
}

/// An export with payment of tax built from the base: IGST, ExpDtls, buyer abroad.
Invoice exportInvoice()
{
    Invoice i = baseInvoice();
    i.tranDtls.supTyp = u"EXPWP"_s;
    BuyerDetails& b = i.buyerDtls;
    b.gstin = u"URP"_s;
    b.lglNm = u"Gulf Trading LLC"_s;
    b.pos = u"96"_s;
    b.addr1 = u"Sheikh Zayed Road"_s;
    b.loc = u"Dubai"_s;
    b.pin = 999999;
    b.stcd = u"96"_s;
    ExportDetails e;
    e.port = u"INNSA1"_s;
    e.forCur = u"AED"_s;
    e.cntCode = u"AE"_s;
    e.refClm = u"N"_s;
    i.expDtls = e;
    recompute(i);
    return i;
}

} // namespace

class TestFixer : public QObject
{
    Q_OBJECT

private slots:
    void baseIsValid()
    {
        // The premise of the tests below.
        const Findings findings = validate(baseInvoice(), context());
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
        const Findings exportFindings = validate(exportInvoice(), context());
        QVERIFY2(exportFindings.isEmpty(), qPrintable(describe(exportFindings)));
    }

    void correctInvoiceGetsNoFixes()
    {
        for (const Invoice& invoice : { baseInvoice(), exportInvoice() }) {
            const FixResult r = fixInvoice(invoice);
            QVERIFY(!r.changed());
            QVERIFY(r.notes.isEmpty());
            QVERIFY(r.invoice == invoice);
        }
    }

    void generatedInvoicesGetNoFixes()
    {
        // All supply types, INV/CRN/DBN, reverse charge, exports, e-way bills: nothing to repair.
        bench::GeneratorOptions options;
        options.seed = 7;
        options.today = QDate(2026, 11, 21);
        bench::InvoiceGenerator generator(options);
        for (int n = 0; n < 1000; ++n) {
            const Invoice invoice = generator.next();
            const FixResult r = fixInvoice(invoice);
            if (r.changed()) {
                const Fix& f = r.fixes.first();
                QFAIL(qPrintable(
                    u"invoice %1: %2: %3 -> %4 (%5)"_s.arg(n).arg(f.path, f.before, f.after, f.description)));
            }
        }
    }

    void validGoldenCasesGetNoFixes()
    {
        // Every rule case whose invoices the rules find clean: the fixer must agree there is
        // nothing to repair (reverse charge, exports, notes, SEZ, e-way bills, cess...).
        const QDir root(test::dataPath(u"rules"_s));
        int checked = 0;
        for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QJsonObject expected =
                QJsonDocument::fromJson(test::readData(u"rules/"_s + name + u"/expected.json"_s)).object();
            if (!expected.value(u"findings").toArray().isEmpty()) {
                continue;
            }
            const ReadFile file = readInvoiceBytes(test::readData(u"rules/"_s + name + u"/invoice.json"_s));
            for (const ReadInvoice& read : file.invoices) {
                if (!read.invoice) {
                    continue;
                }
                const FixResult r = fixInvoice(*read.invoice);
                for (const Fix& f : r.fixes) {
                    // The one addition to a valid invoice: an export's missing buyer PIN. The rules
                    // accept it absent; spec §3.9 and §10 say to send 999999 all the same.
                    if (f.kind == Fix::Kind::ExportDefault && f.path == u"BuyerDtls.Pin" && f.before.isNull()) {
                        continue;
                    }
                    QFAIL(qPrintable(u"%1[%2]: %3: %4 -> %5 (%6)"_s.arg(name)
                                         .arg(read.index)
                                         .arg(f.path, f.before, f.after, f.description)));
                }
                ++checked;
            }
        }
        QVERIFY(checked > 0);
    }

    void trimsText()
    {
        Invoice i = baseInvoice();
        i.sellerDtls.lglNm = u"  Pune Traders Private Limited "_s;
        i.itemList[0].prdDesc = u"Laptop computer\t"_s;
        const FixResult r = fixInvoice(i, only(&FixOptions::trimText));
        QCOMPARE(r.fixes.size(), 2);
        QCOMPARE(pathsOf(r.fixes, Fix::Kind::Trim), (QStringList{ u"SellerDtls.LglNm"_s, u"ItemList[0].PrdDesc"_s }));
        QCOMPARE(r.fixes[0].before, u"  Pune Traders Private Limited "_s);
        QCOMPARE(r.fixes[0].after, u"Pune Traders Private Limited"_s);
        QVERIFY(r.invoice == baseInvoice());
    }

    void capitalisesCodes()
    {
        Invoice i = baseInvoice();
        i.tranDtls.taxSch = u"gst"_s;
        i.tranDtls.supTyp = u"b2b"_s;
        i.tranDtls.regRev = u"n"_s;
        i.tranDtls.igstOnIntra = u"n"_s;
        i.docDtls.typ = u"Inv"_s;
        i.sellerDtls.gstin = u"27aapfu0939f1zv"_s;
        i.itemList[0].isServc = u"n"_s;
        i.itemList[0].unit = u"nos"_s;
        i.itemList[1].unit = u"Pcs"_s;
        const FixResult r = fixInvoice(i, only(&FixOptions::upperCaseCodes));
        QCOMPARE(r.fixes.size(), 9);
        QCOMPARE(pathsOf(r.fixes, Fix::Kind::UpperCase).size(), 9);
        QCOMPARE(fixAt(r, u"ItemList[1].Unit"_s)->before, u"Pcs"_s);
        QCOMPARE(fixAt(r, u"ItemList[1].Unit"_s)->after, u"PCS"_s);
        QCOMPARE(invoiceToJson(r.invoice), invoiceToJson(baseInvoice()));

        // Only what becomes a valid code: the rest is the checks' business, not a guess.
        Invoice j = baseInvoice();
        j.tranDtls.supTyp = u"b2c"_s;
        j.itemList[0].unit = u"pieces"_s;
        j.itemList[0].isServc = u"no"_s;
        j.docDtls.no = u"mh/2026/0042"_s; // a document number is the user's, whatever its case
        QVERIFY(!fixInvoice(j, only(&FixOptions::upperCaseCodes)).changed());
    }

    void capitalisesExportCodes()
    {
        Invoice i = exportInvoice();
        i.buyerDtls.gstin = u"urp"_s;
        i.expDtls->forCur = u"aed"_s;
        i.expDtls->cntCode = u"ae"_s;
        i.expDtls->port = u"innsa1"_s;
        i.expDtls->refClm = u"n"_s;
        const FixResult r = fixInvoice(i, only(&FixOptions::upperCaseCodes));
        QCOMPARE(r.fixes.size(), 5);
        QVERIFY(r.invoice == exportInvoice());
    }

    void stateCodesFromGstin()
    {
        Invoice i = baseInvoice();
        i.sellerDtls.stcd = u"29"_s;
        i.buyerDtls.stcd.reset();
        const FixResult r = fixInvoice(i, only(&FixOptions::stateCodesFromGstin));
        QCOMPARE(pathsOf(r.fixes, Fix::Kind::StateCode), (QStringList{ u"SellerDtls.Stcd"_s, u"BuyerDtls.Stcd"_s }));
        QCOMPARE(r.fixes[0].before, u"29"_s);
        QCOMPARE(r.fixes[0].after, u"27"_s);
        QVERIFY(r.fixes[0].description.contains(u"27AAPFU0939F1ZV"));
        QVERIFY(r.fixes[1].before.isNull()); // it was absent
        QCOMPARE(r.fixes[1].after, u"27"_s);
        QVERIFY(r.invoice == baseInvoice());

        // The same state written with one digit is not a difference; URP and a broken GSTIN
        // give nothing to derive; an export's buyer is abroad (96).
        Invoice j = baseInvoice();
        j.sellerDtls.gstin = u"07AAPFU0939F1ZV"_s;
        j.sellerDtls.stcd = u"7"_s;
        j.buyerDtls.gstin = u"URP"_s;
        j.buyerDtls.stcd = u"29"_s;
        QVERIFY(!fixInvoice(j, only(&FixOptions::stateCodesFromGstin)).changed());
        j.sellerDtls.gstin = u"99AAPFU0939F1ZV"_s; // 99 is no state
        j.sellerDtls.stcd = u"27"_s;
        j.buyerDtls.gstin = u"27AABCU9603R1Z"_s; // 14 characters
        QVERIFY(!fixInvoice(j, only(&FixOptions::stateCodesFromGstin)).changed());
        QVERIFY(!fixInvoice(exportInvoice(), only(&FixOptions::stateCodesFromGstin)).changed());
    }

    void exportDefaults()
    {
        Invoice i = exportInvoice();
        i.buyerDtls.gstin.reset();
        i.buyerDtls.pos = u"27"_s;
        i.buyerDtls.stcd.reset();
        i.buyerDtls.pin = 400001;
        const FixResult r = fixInvoice(i, only(&FixOptions::exportDefaults));
        QCOMPARE(pathsOf(r.fixes, Fix::Kind::ExportDefault),
            (QStringList{ u"BuyerDtls.Gstin"_s, u"BuyerDtls.Pos"_s, u"BuyerDtls.Pin"_s, u"BuyerDtls.Stcd"_s }));
        QCOMPARE(fixAt(r, u"BuyerDtls.Pin"_s)->before, u"400001"_s);
        QCOMPARE(fixAt(r, u"BuyerDtls.Pin"_s)->after, u"999999"_s);
        QCOMPARE(fixAt(r, u"BuyerDtls.Pos"_s)->before, u"27"_s);
        QVERIFY(r.invoice == exportInvoice());

        // EXPWOP too; a blank GSTIN is filled, a real one is kept (the supply type may be wrong).
        Invoice j = exportInvoice();
        j.tranDtls.supTyp = u"EXPWOP"_s;
        j.buyerDtls.gstin = u""_s;
        QCOMPARE(fixInvoice(j, only(&FixOptions::exportDefaults)).invoice.buyerDtls.gstin, u"URP"_s);
        j.buyerDtls.gstin = u"29AABCU9603R1ZJ"_s;
        QVERIFY(!fixInvoice(j, only(&FixOptions::exportDefaults)).changed());

        // Not an export: nothing to fill.
        Invoice k = baseInvoice();
        k.buyerDtls.pin.reset();
        QVERIFY(!fixInvoice(k, only(&FixOptions::exportDefaults)).changed());
    }

    void recomputesAmounts()
    {
        Invoice i = baseInvoice();
        i.itemList[0].cgstAmt = Money::fromUnits(9500);
        i.itemList[1].assAmt = Money::fromUnits(4995);
        i.valDtls.totInvVal = Money::fromRaw(12314450);
        const FixResult r = fixInvoice(i, only(&FixOptions::recomputeAmounts));
        // Only what was wrong: the lines' other amounts and totals were right and stay.
        QCOMPARE(pathsOf(r.fixes, Fix::Kind::Amount),
            (QStringList{ u"ItemList[0].CgstAmt"_s, u"ItemList[1].AssAmt"_s, u"ValDtls.TotInvVal"_s }));
        const Fix* cgst = fixAt(r, u"ItemList[0].CgstAmt"_s);
        QCOMPARE(cgst->before, u"9500.00"_s);
        QCOMPARE(cgst->after, u"9000.00"_s);
        QCOMPARE(cgst->description, u"Taxable value × GST rate ÷ 2"_s);
        QCOMPARE(fixAt(r, u"ItemList[1].AssAmt"_s)->description, u"Amount − discount"_s);
        QCOMPARE(fixAt(r, u"ValDtls.TotInvVal"_s)->before, u"123144.50"_s);
        QCOMPARE(fixAt(r, u"ValDtls.TotInvVal"_s)->after, u"123145.00"_s);
        QCOMPARE(invoiceToJson(r.invoice), invoiceToJson(baseInvoice()));
    }

    void keepsAPaisaOfRounding()
    {
        // Rounding spread over the lines: a tax a paisa off the rate passes the rules, so it stays;
        // the totals follow it.
        Invoice i = baseInvoice();
        i.itemList[1].cgstAmt = Money::fromRaw(12249);
        i.itemList[1].sgstAmt = Money::fromRaw(12249);
        const FixResult r = fixInvoice(i);
        QCOMPARE(pathsOf(r.fixes, Fix::Kind::Amount),
            (QStringList{
                u"ItemList[1].TotItemVal"_s, u"ValDtls.CgstVal"_s, u"ValDtls.SgstVal"_s, u"ValDtls.TotInvVal"_s }));
        QCOMPARE(fixAt(r, u"ValDtls.TotInvVal"_s)->after, u"123144.98"_s);
        const Findings findings = validate(r.invoice, context());
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
        QVERIFY(!fixInvoice(r.invoice).changed());
        // CGST and SGST must stay equal (2227): unequal ones are both recomputed.
        Invoice j = baseInvoice();
        j.itemList[1].cgstAmt = Money::fromRaw(12249);
        const FixResult unequal = fixInvoice(j);
        QCOMPARE(fixAt(unequal, u"ItemList[1].CgstAmt"_s)->after, u"122.50"_s);
        QCOMPARE(invoiceToJson(unequal.invoice), invoiceToJson(baseInvoice()));
        // Two paise off is more than rounding.
        Invoice k = baseInvoice();
        k.itemList[1].igstAmt.reset();
        k.itemList[1].cgstAmt = Money::fromRaw(12248);
        k.itemList[1].sgstAmt = Money::fromRaw(12248);
        QCOMPARE(fixAt(fixInvoice(k), u"ItemList[1].CgstAmt"_s)->after, u"122.50"_s);
    }

    void movesTaxToTheRightHead()
    {
        // Place of supply in another state: the CGST/SGST lines become IGST.
        Invoice i = baseInvoice();
        i.buyerDtls.pos = u"29"_s;
        const FixResult r = fixInvoice(i, only(&FixOptions::recomputeAmounts));
        QCOMPARE(fixAt(r, u"ItemList[0].CgstAmt"_s)->after, u"0.00"_s);
        QCOMPARE(fixAt(r, u"ItemList[0].CgstAmt"_s)->description, u"No CGST or SGST on this supply"_s);
        QCOMPARE(fixAt(r, u"ItemList[0].IgstAmt"_s)->after, u"18000.00"_s);
        QCOMPARE(fixAt(r, u"ValDtls.TotInvVal"_s)->path, u"<none>"_s); // the same total, other heads
        QCOMPARE(*r.invoice.valDtls.igstVal, Money::fromRaw(1824500));
    }

    void keepsTaxExclusiveLineTotalsWhereAllowed()
    {
        // Spec §3.6: under reverse charge the line total may leave the tax out.
        Invoice rcm = baseInvoice();
        rcm.tranDtls.regRev = u"Y"_s;
        rcm.itemList[0].totItemVal = Money::fromUnits(100000);
        rcm.itemList[1].totItemVal = Money::fromUnits(4900);
        rcm.valDtls.totInvVal = Money::fromUnits(104900);
        QVERIFY(!fixInvoice(rcm).changed());
        // ... but a wrong one is still repaired, to the usual tax-inclusive total.
        rcm.itemList[1].totItemVal = Money::fromUnits(4000);
        const FixResult r = fixInvoice(rcm);
        QCOMPARE(fixAt(r, u"ItemList[1].TotItemVal"_s)->after, u"5145.00"_s);
        QCOMPARE(fixAt(r, u"ValDtls.TotInvVal"_s)->after, u"105145.00"_s);
        QCOMPARE(fixAt(r, u"ItemList[0].TotItemVal"_s)->path, u"<none>"_s);
        // Leaving out the GST but not the cess is allowed too.
        Invoice cess = baseInvoice();
        cess.tranDtls.regRev = u"Y"_s;
        cess.itemList[0].cesRt = Rate::fromUnits(1);
        cess.itemList[0].cesAmt = Money::fromUnits(1000);
        cess.itemList[0].totItemVal = Money::fromUnits(101000);
        cess.itemList[1].totItemVal = Money::fromUnits(4900);
        cess.valDtls.cesVal = Money::fromUnits(1000);
        cess.valDtls.totInvVal = Money::fromUnits(105900);
        QVERIFY(!fixInvoice(cess).changed());
        // Reverse charge with tax-inclusive totals is fine as it is.
        Invoice inclusive = baseInvoice();
        inclusive.tranDtls.regRev = u"Y"_s;
        QVERIFY(!fixInvoice(inclusive).changed());
        // Not allowed for a plain B2B invoice: the tax goes in.
        Invoice b2b = baseInvoice();
        b2b.itemList[0].totItemVal = Money::fromUnits(100000);
        b2b.valDtls.totInvVal = Money::fromUnits(105145);
        QCOMPARE(fixInvoice(b2b).invoice.valDtls.totInvVal, Money::fromUnits(123145));
    }

    void keepsTheTaxOfNotes()
    {
        // Spec §3.5: a note's tax need not follow the rate (the golden case says it is valid).
        const ReadFile file = readInvoiceBytes(test::readData(u"rules/crn-tax-not-against-rate-pass/invoice.json"_s));
        QVERIFY(file.ok());
        const Invoice crn = *file.invoices[0].invoice;
        QVERIFY(validate(crn, context()).isEmpty());
        QVERIFY(!fixInvoice(crn).changed());
        // Its totals still follow the lines.
        Invoice wrongTotals = crn;
        wrongTotals.valDtls.cgstVal = Money::fromUnits(9000);
        wrongTotals.itemList[0].totItemVal = Money::fromUnits(118000);
        const FixResult r = fixInvoice(wrongTotals);
        QCOMPARE(
            pathsOf(r.fixes, Fix::Kind::Amount), (QStringList{ u"ItemList[0].TotItemVal"_s, u"ValDtls.CgstVal"_s }));
        QVERIFY(r.invoice == crn);
        // A head that does not apply is still moved: an inter-state note carries IGST.
        Invoice inter = crn;
        inter.buyerDtls.pos = u"29"_s;
        const FixResult moved = fixInvoice(inter);
        QCOMPARE(fixAt(moved, u"ItemList[0].CgstAmt"_s)->after, u"0.00"_s);
        QCOMPARE(fixAt(moved, u"ItemList[0].IgstAmt"_s)->after, u"18000.00"_s);
        verifyEveryChangeListed(inter, moved);
    }

    void leavesRetailPriceTaxAlone()
    {
        // Tobacco from 1 Feb 2026: tax on the retail sale price, which the invoice does not carry.
        Invoice i = baseInvoice();
        i.itemList[1].hsnCd = u"24022010"_s;
        i.itemList[1].cgstAmt = Money::fromUnits(200);
        const FixResult r = fixInvoice(i);
        QVERIFY(pathsOf(r.fixes, Fix::Kind::Amount).isEmpty());
        QCOMPARE(r.notes.size(), 1);
        // Before the levy the usual formula applies.
        i.docDtls.dt = u"10/01/2026"_s;
        const FixResult before = fixInvoice(i);
        QCOMPARE(fixAt(before, u"ItemList[1].CgstAmt"_s)->after, u"122.50"_s);
        QVERIFY(before.notes.isEmpty());
    }

    void neverInventsData()
    {
        Invoice i = baseInvoice();
        i.itemList[0].hsnCd.reset();
        i.buyerDtls.lglNm.reset();
        i.sellerDtls.stcd.reset();
        i.sellerDtls.gstin.reset();
        i.itemList[1].unit.reset();
        i.itemList[1].gstRt.reset();
        const FixResult r = fixInvoice(i);
        QVERIFY(!r.invoice.itemList[0].hsnCd);
        QVERIFY(!r.invoice.buyerDtls.lglNm);
        QVERIFY(!r.invoice.sellerDtls.stcd);
        QVERIFY(!r.invoice.sellerDtls.gstin);
        QVERIFY(!r.invoice.itemList[1].unit);
        QVERIFY(!r.invoice.itemList[1].gstRt);
        verifyEveryChangeListed(i, r);
    }

    void nothingWhenEveryRepairIsOff()
    {
        FixOptions none = only(&FixOptions::trimText);
        none.trimText = false;
        const Invoice messy = messyInvoice();
        const FixResult r = fixInvoice(messy, none);
        QVERIFY(!r.changed());
        QVERIFY(r.invoice == messy);
    }

    void everyChangeIsListed()
    {
        const Invoice messy = messyInvoice();
        const FixResult r = fixInvoice(messy);
        verifyEveryChangeListed(messy, r);
        QCOMPARE(invoiceToJson(r.invoice), invoiceToJson(baseInvoice()));
        // " inv" -> "inv" -> "INV": both steps listed.
        QStringList typ;
        for (const Fix& f : r.fixes) {
            if (f.path == u"DocDtls.Typ") {
                typ << f.before + u'>' + f.after;
            }
        }
        QCOMPARE(typ, (QStringList{ u" inv>inv"_s, u"inv>INV"_s }));

        Invoice exp = exportInvoice();
        exp.buyerDtls.gstin.reset();
        exp.buyerDtls.pos = u"27"_s;
        exp.itemList[0].igstAmt = Money::fromUnits(1);
        verifyEveryChangeListed(exp, fixInvoice(exp));
    }

    void fixedInvoicePassesTheRules()
    {
        const Invoice messy = messyInvoice();
        QVERIFY(!validate(messy, context()).isEmpty()); // the rules see what is wrong...
        const Findings after = validate(fixInvoice(messy).invoice, context());
        QVERIFY2(after.isEmpty(), qPrintable(describe(after))); // ...and nothing once it is fixed

        Invoice exp = exportInvoice();
        exp.buyerDtls.gstin.reset();
        exp.buyerDtls.pos = u"27"_s;
        exp.buyerDtls.stcd = u"27"_s;
        exp.buyerDtls.pin = 400001;
        exp.itemList[0].igstAmt = Money::fromUnits(1);
        exp.itemList[1].unit = u"pcs"_s;
        exp.expDtls->forCur = u" aed"_s;
        QVERIFY(!validate(exp, context()).isEmpty());
        const Findings fixedExport = validate(fixInvoice(exp).invoice, context());
        QVERIFY2(fixedExport.isEmpty(), qPrintable(describe(fixedExport)));
    }
};

QTEST_GUILESS_MAIN(TestFixer)
#include "TestFixer.moc"
