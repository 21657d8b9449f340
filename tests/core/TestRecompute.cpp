// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/InvoiceReader.h"
#include "core/model/Recompute.h"
#include "tests/support/TestData.h"

#include <QTest>

using namespace irndesk;

namespace {

Money money(const char* text)
{
    return *Money::parse(std::string_view(text));
}

Fixed<3> dec3(const char* text)
{
    return *Fixed<3>::parse(std::string_view(text));
}

QString amount(const Amount& a)
{
    return a ? a->toPlainString() : QStringLiteral("absent");
}

Invoice invoiceWith(const char* supply, const char* sellerState, const char* pos, const char* igstOnIntra = nullptr)
{
    Invoice inv = Invoice::blank();
    inv.tranDtls.supTyp = QString::fromLatin1(supply);
    if (igstOnIntra) {
        inv.tranDtls.igstOnIntra = QString::fromLatin1(igstOnIntra);
    }
    inv.sellerDtls.stcd = QString::fromLatin1(sellerState);
    inv.buyerDtls.pos = QString::fromLatin1(pos);
    return inv;
}

Item goodsLine()
{
    // 10 at 100.50, discount 5.25, GST 18 %, cess 1 %
    Item item;
    item.slNo = QStringLiteral("1");
    item.qty = dec3("10");
    item.unitPrice = dec3("100.5");
    item.discount = money("5.25");
    item.gstRt = dec3("18");
    item.cesRt = dec3("1");
    return item;
}

} // namespace

class TestRecompute : public QObject
{
    Q_OBJECT

private slots:
    void taxHeads_data()
    {
        QTest::addColumn<QString>("supply");
        QTest::addColumn<QString>("seller");
        QTest::addColumn<QString>("pos");
        QTest::addColumn<QString>("igstOnIntra");
        QTest::addColumn<int>("heads");
        QTest::newRow("B2B intra") << QStringLiteral("B2B") << QStringLiteral("27") << QStringLiteral("27") << QStringLiteral("") << int(TaxHeads::CgstSgst);
        QTest::newRow("B2B intra, one-digit code") << QStringLiteral("B2B") << QStringLiteral("07") << QStringLiteral("7") << QStringLiteral("") << int(TaxHeads::CgstSgst);
        QTest::newRow("B2B inter") << QStringLiteral("B2B") << QStringLiteral("27") << QStringLiteral("29") << QStringLiteral("") << int(TaxHeads::Igst);
        QTest::newRow("B2B IgstOnIntra") << QStringLiteral("B2B") << QStringLiteral("27") << QStringLiteral("27") << QStringLiteral("Y") << int(TaxHeads::Igst);
        QTest::newRow("DEXP intra") << QStringLiteral("DEXP") << QStringLiteral("24") << QStringLiteral("24") << QStringLiteral("N") << int(TaxHeads::CgstSgst);
        QTest::newRow("DEXP inter") << QStringLiteral("DEXP") << QStringLiteral("24") << QStringLiteral("27") << QStringLiteral("") << int(TaxHeads::Igst);
        QTest::newRow("SEZWP same state") << QStringLiteral("SEZWP") << QStringLiteral("24") << QStringLiteral("24") << QStringLiteral("") << int(TaxHeads::Igst);
        QTest::newRow("SEZWOP") << QStringLiteral("SEZWOP") << QStringLiteral("24") << QStringLiteral("24") << QStringLiteral("") << int(TaxHeads::None);
        QTest::newRow("EXPWP") << QStringLiteral("EXPWP") << QStringLiteral("27") << QStringLiteral("96") << QStringLiteral("") << int(TaxHeads::Igst);
        QTest::newRow("EXPWOP") << QStringLiteral("EXPWOP") << QStringLiteral("27") << QStringLiteral("96") << QStringLiteral("") << int(TaxHeads::None);
    }
    void taxHeads()
    {
        QFETCH(QString, supply);
        QFETCH(QString, seller);
        QFETCH(QString, pos);
        QFETCH(QString, igstOnIntra);
        QFETCH(int, heads);
        Invoice inv = invoiceWith(qPrintable(supply), qPrintable(seller), qPrintable(pos));
        if (!igstOnIntra.isEmpty()) {
            inv.tranDtls.igstOnIntra = igstOnIntra;
        }
        QCOMPARE(int(taxHeadsOf(inv)), heads);
    }

    // Hand-computed per spec §3.6 (see the comments for the arithmetic).
    void intraStateLine()
    {
        Invoice inv = invoiceWith("B2B", "27", "27");
        inv.itemList.append(goodsLine());
        recompute(inv);
        const Item& it = inv.itemList[0];
        QCOMPARE(amount(it.totAmt), QStringLiteral("1005.00")); // 10 x 100.50
        QCOMPARE(amount(it.assAmt), QStringLiteral("999.75")); // - 5.25
        QCOMPARE(amount(it.cgstAmt), QStringLiteral("89.98")); // 999.75 x 18 / 200 = 89.9775
        QCOMPARE(amount(it.sgstAmt), QStringLiteral("89.98"));
        QCOMPARE(amount(it.igstAmt), QStringLiteral("absent"));
        QCOMPARE(amount(it.cesAmt), QStringLiteral("10.00")); // 9.9975
        QCOMPARE(amount(it.totItemVal), QStringLiteral("1189.71"));
        QCOMPARE(amount(inv.valDtls.assVal), QStringLiteral("999.75"));
        QCOMPARE(amount(inv.valDtls.cgstVal), QStringLiteral("89.98"));
        QCOMPARE(amount(inv.valDtls.sgstVal), QStringLiteral("89.98"));
        QCOMPARE(amount(inv.valDtls.igstVal), QStringLiteral("absent"));
        QCOMPARE(amount(inv.valDtls.cesVal), QStringLiteral("10.00"));
        QCOMPARE(amount(inv.valDtls.totInvVal), QStringLiteral("1189.71"));
    }

    void interStateLine()
    {
        Invoice inv = invoiceWith("B2B", "27", "29");
        inv.itemList.append(goodsLine());
        inv.itemList[0].cgstAmt = money("1"); // a stale head is zeroed, not left behind
        recompute(inv);
        const Item& it = inv.itemList[0];
        QCOMPARE(amount(it.igstAmt), QStringLiteral("179.96")); // 179.955
        QCOMPARE(amount(it.cgstAmt), QStringLiteral("0.00"));
        QCOMPARE(amount(it.sgstAmt), QStringLiteral("absent"));
        QCOMPARE(amount(it.totItemVal), QStringLiteral("1189.71"));
        QCOMPARE(amount(inv.valDtls.igstVal), QStringLiteral("179.96"));
    }

    void halvesRoundEachOnItsOwn()
    {
        // 7.60 at 12 %: CGST = SGST = round(0.456) = 0.46 each, total tax 0.92 (not round(0.912) = 0.91)
        Invoice inv = invoiceWith("B2B", "33", "33");
        Item item;
        item.qty = dec3("1");
        item.unitPrice = dec3("7.6");
        item.gstRt = dec3("12");
        inv.itemList.append(item);
        recompute(inv);
        QCOMPARE(amount(inv.itemList[0].cgstAmt), QStringLiteral("0.46"));
        QCOMPARE(amount(inv.itemList[0].sgstAmt), QStringLiteral("0.46"));
        QCOMPARE(amount(inv.valDtls.totInvVal), QStringLiteral("8.52"));
    }

    void exportWithoutPaymentHasNoTax()
    {
        Invoice inv = invoiceWith("EXPWOP", "27", "96");
        inv.itemList.append(goodsLine());
        inv.itemList[0].igstAmt = money("5");
        recompute(inv);
        const Item& it = inv.itemList[0];
        QCOMPARE(amount(it.igstAmt), QStringLiteral("0.00"));
        QCOMPARE(amount(it.cesAmt), QStringLiteral("absent")); // nothing to zero: it was absent
        QCOMPARE(amount(it.totItemVal), QStringLiteral("999.75"));
        QCOMPARE(amount(inv.valDtls.totInvVal), QStringLiteral("999.75"));
    }

    void serviceWithoutQuantity()
    {
        Invoice inv = invoiceWith("B2B", "29", "27");
        Item item;
        item.isServc = QStringLiteral("Y");
        item.unitPrice = dec3("50000.005");
        item.gstRt = dec3("18");
        inv.itemList.append(item);
        recompute(inv);
        QCOMPARE(amount(inv.itemList[0].totAmt), QStringLiteral("50000.01"));
        QCOMPARE(amount(inv.itemList[0].igstAmt), QStringLiteral("9000.00")); // 9000.0018
    }

    void invoiceLevelChargesAndRoundOff_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("othChrg");
        QTest::addColumn<QString>("discount");
        QTest::addColumn<QString>("roundOff");
        QTest::addColumn<QString>("total");
        const int keep = int(RecomputeOptions::RoundOff::Keep), none = int(RecomputeOptions::RoundOff::None),
                  rupee = int(RecomputeOptions::RoundOff::ToRupee);
        // line total 1189.71
        QTest::newRow("no round-off") << none << QStringLiteral("") << QStringLiteral("") << QStringLiteral("absent") << QStringLiteral("1189.71");
        QTest::newRow("to rupee up") << rupee << QStringLiteral("") << QStringLiteral("") << QStringLiteral("0.29") << QStringLiteral("1190.00");
        QTest::newRow("to rupee down") << rupee << QStringLiteral("") << QStringLiteral("0.31") << QStringLiteral("-0.40") << QStringLiteral("1189.00"); // 1189.40
        QTest::newRow("charges and discount") << none << QStringLiteral("100") << QStringLiteral("50") << QStringLiteral("absent") << QStringLiteral("1239.71");
        QTest::newRow("keep given round-off") << keep << QStringLiteral("") << QStringLiteral("") << QStringLiteral("0.29") << QStringLiteral("1190.00");
        QTest::newRow("to rupee exact") << rupee << QStringLiteral("0.29") << QStringLiteral("") << QStringLiteral("absent") << QStringLiteral("1190.00");
    }
    void invoiceLevelChargesAndRoundOff()
    {
        QFETCH(int, mode);
        QFETCH(QString, othChrg);
        QFETCH(QString, discount);
        QFETCH(QString, roundOff);
        QFETCH(QString, total);
        Invoice inv = invoiceWith("B2B", "27", "27");
        inv.itemList.append(goodsLine());
        if (!othChrg.isEmpty()) {
            inv.valDtls.othChrg = Money::parse(othChrg);
        }
        if (!discount.isEmpty()) {
            inv.valDtls.discount = Money::parse(discount);
        }
        if (mode == int(RecomputeOptions::RoundOff::Keep)) {
            inv.valDtls.rndOffAmt = Money::parse(roundOff);
        }
        recompute(inv, {static_cast<RecomputeOptions::RoundOff>(mode)});
        QCOMPARE(amount(inv.valDtls.rndOffAmt), roundOff);
        QCOMPARE(amount(inv.valDtls.totInvVal), total);
    }

    void stateCessAndNonAdValorem()
    {
        Invoice inv = invoiceWith("B2B", "27", "29");
        Item item = goodsLine();
        item.cesRt.reset();
        item.cesNonAdvlAmt = money("12.5");
        item.stateCesRt = dec3("0.5");
        item.stateCesNonAdvlAmt = money("1");
        item.othChrg = money("20");
        inv.itemList.append(item);
        recompute(inv);
        const Item& it = inv.itemList[0];
        QCOMPARE(amount(it.stateCesAmt), QStringLiteral("5.00")); // 4.99875
        // 999.75 + 179.96 + 12.50 + 5.00 + 1.00 + 20.00
        QCOMPARE(amount(it.totItemVal), QStringLiteral("1218.21"));
        QCOMPARE(amount(inv.valDtls.cesVal), QStringLiteral("12.50"));
        QCOMPARE(amount(inv.valDtls.stCesVal), QStringLiteral("6.00"));
    }

    // Every invoice of the reference generator (shared/tools/gen-invoices, copied into
    // tests/data/gen) must come out with identical amounts.
    void matchesTheReferenceGenerator()
    {
        const ReadFile file = readInvoiceBytes(test::readData(QStringLiteral("gen/gen-400.json")));
        QVERIFY(file.ok());
        QVERIFY(file.invoices.size() >= 400);
        int roundedToRupee = 0;
        for (const ReadInvoice& r : file.invoices) {
            const Invoice& original = *r.invoice;
            Invoice mine = original;
            // wipe what recompute derives, so nothing can survive by accident
            for (Item& it : mine.itemList) {
                for (Amount* a : {&it.assAmt, &it.igstAmt, &it.cgstAmt, &it.sgstAmt, &it.cesAmt, &it.stateCesAmt, &it.totItemVal}) {
                    if (*a) {
                        *a = Money::fromRaw(-1);
                    }
                }
                it.totAmt.reset();
            }
            mine.valDtls.totInvVal.reset();
            recompute(mine);
            const QString where = QStringLiteral("invoice %1 (%2)").arg(r.index).arg(original.docDtls.no.value_or(QString()));
            for (int i = 0; i < original.itemList.size(); ++i) {
                const Item& a = original.itemList[i];
                const Item& b = mine.itemList[i];
                auto same = [&](const Amount& x, const Amount& y, const char* what) {
                    if (x.value_or(Money()) != y.value_or(Money())) {
                        QFAIL(qPrintable(QStringLiteral("%1 line %2 %3: generator %4, recompute %5")
                                             .arg(where).arg(i).arg(QLatin1String(what), amount(x), amount(y))));
                    }
                };
                same(a.totAmt, b.totAmt, "TotAmt");
                same(a.assAmt, b.assAmt, "AssAmt");
                same(a.cgstAmt, b.cgstAmt, "CgstAmt");
                same(a.sgstAmt, b.sgstAmt, "SgstAmt");
                same(a.igstAmt, b.igstAmt, "IgstAmt");
                same(a.cesAmt, b.cesAmt, "CesAmt");
                same(a.totItemVal, b.totItemVal, "TotItemVal");
            }
            const ValueDetails& x = original.valDtls;
            const ValueDetails& y = mine.valDtls;
            QCOMPARE(amount(y.assVal), amount(x.assVal));
            QCOMPARE(y.cgstVal.value_or(Money()), x.cgstVal.value_or(Money()));
            QCOMPARE(y.sgstVal.value_or(Money()), x.sgstVal.value_or(Money()));
            QCOMPARE(y.igstVal.value_or(Money()), x.igstVal.value_or(Money()));
            QCOMPARE(y.cesVal.value_or(Money()), x.cesVal.value_or(Money()));
            QCOMPARE(amount(y.totInvVal), amount(x.totInvVal));

            // Where the generator rounded the total to the rupee, ToRupee must find the same round-off.
            if (x.rndOffAmt && !x.rndOffAmt->isZero()) {
                Invoice rounded = original;
                rounded.valDtls.rndOffAmt.reset();
                recompute(rounded, {RecomputeOptions::RoundOff::ToRupee});
                QCOMPARE(amount(rounded.valDtls.rndOffAmt), amount(x.rndOffAmt));
                QCOMPARE(amount(rounded.valDtls.totInvVal), amount(x.totInvVal));
                ++roundedToRupee;
            }
        }
        QVERIFY(roundedToRupee > 50); // the file exercises the round-off path
    }
};

QTEST_GUILESS_MAIN(TestRecompute)
#include "TestRecompute.moc"
