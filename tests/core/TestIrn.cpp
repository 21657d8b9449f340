// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Dates.h"
#include "core/model/Invoice.h"
#include "core/model/Irn.h"

#include <QCryptographicHash>
#include <QTest>

using namespace irndesk;

class TestIrn : public QObject
{
    Q_OBJECT

private slots:
    // The real IRNs of spec §4.1, issued by the NIC sandbox.
    void realIrns_data()
    {
        QTest::addColumn<QString>("gstin");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("asTyped");
        QTest::addColumn<QString>("irn");
        QTest::newRow("india-compliance 2022") << QStringLiteral("01AMBPG7773M002") << QStringLiteral("16/09/2022")
                                               << QStringLiteral("INV") << QStringLiteral("SINV-CFY-00067") << false
                                               << QStringLiteral("706daeccda0ef6f818da78f3a2a05a1288731057373002289b46c3229289a2e7");
        QTest::newRow("lower-case number hashed as typed, 2023")
            << QStringLiteral("02AMBPG7773M002") << QStringLiteral("15/10/2023") << QStringLiteral("INV")
            << QStringLiteral("9sQ5E2") << true
            << QStringLiteral("2ecc42a8e81dcbbb56923e4bd046c861ce7374060bd31875ce35447e922c9399");
        QTest::newRow("Mittal-Analytics QR, FY from the document date")
            << QStringLiteral("09AAJCM7191E1Z5") << QStringLiteral("12/11/2021") << QStringLiteral("INV")
            << QStringLiteral("35d7df8d-fce7-49") << true
            << QStringLiteral("3997d6dbe585dbfc93a855cf2aad1a412ac7df0231ab7875851a15e1ba3f4df4");
    }
    void realIrns()
    {
        QFETCH(QString, gstin);
        QFETCH(QString, date);
        QFETCH(QString, type);
        QFETCH(QString, number);
        QFETCH(bool, asTyped);
        QFETCH(QString, irn);
        const auto got = irnFromParts(gstin, date, type, number, asTyped ? DocNoCase::AsTyped : DocNoCase::Upper);
        QVERIFY2(got.hasValue(), qPrintable(got ? QString() : got.error().message));
        QCOMPARE(got.value(), irn);
    }

    void upperCasesTheNumberByDefault()
    {
        const QDate d(2025, 7, 1);
        const QString lower = computeIrn(QStringLiteral("27AAPFU0939F1ZV"), d, QStringLiteral("INV"), QStringLiteral("inv/1"));
        const QString upper = computeIrn(QStringLiteral("27AAPFU0939F1ZV"), d, QStringLiteral("INV"), QStringLiteral("INV/1"));
        QCOMPARE(lower, upper);
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(QByteArrayLiteral("27AAPFU0939F1ZV2025-26INVINV/1"), QCryptographicHash::Sha256).toHex());
        QCOMPARE(upper, expected);
        QVERIFY(computeIrn(QStringLiteral("27AAPFU0939F1ZV"), d, QStringLiteral("INV"), QStringLiteral("inv/1"),
                           DocNoCase::AsTyped)
                != upper);
    }

    void nicWorkedExample()
    {
        // einv-apisandbox.nic.in/irn.html: hash input 01AAAAA9999A19N2019-20INVABC01234
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(QByteArrayLiteral("01AAAAA9999A19N2019-20INVABC01234"), QCryptographicHash::Sha256).toHex());
        QCOMPARE(computeIrn(QStringLiteral("01AAAAA9999A19N"), QDate(2019, 12, 12), QStringLiteral("INV"),
                            QStringLiteral("ABC01234")),
                 expected);
    }

    /// The IRN's own SHA-256 (the CPU's SHA instructions where it has them) against Qt's, for
    /// hash inputs of 7 to 400 bytes: one, two and more blocks, and every padding boundary.
    void hashMatchesQtForEveryLength()
    {
        const QDate date(2025, 7, 1); // "2025-26"
        QString number;
        for (int length = 0; length <= 393; ++length) {
            for (const DocNoCase docNoCase : {DocNoCase::AsTyped, DocNoCase::Upper}) {
                const QString typed = docNoCase == DocNoCase::AsTyped ? number : number.toUpper();
                const QString expected = QString::fromLatin1(
                    QCryptographicHash::hash(QByteArray("2025-26" + typed.toUtf8()), QCryptographicHash::Sha256).toHex());
                QCOMPARE(computeIrn(QString(), date, QString(), typed, docNoCase), expected);
            }
            number += QChar(u"abcXYZ0189/-ı€"[length % 14]); // ASCII and not: both ways of hashing
        }
    }

    void financialYear_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("fy");
        QTest::newRow("31 March") << QDate(2025, 3, 31) << QStringLiteral("2024-25");
        QTest::newRow("1 April") << QDate(2025, 4, 1) << QStringLiteral("2025-26");
        QTest::newRow("January") << QDate(2020, 1, 3) << QStringLiteral("2019-20");
        QTest::newRow("century turn") << QDate(2099, 12, 1) << QStringLiteral("2099-00");
    }
    void financialYear()
    {
        QFETCH(QDate, date);
        QFETCH(QString, fy);
        QCOMPARE(irndesk::financialYear(date), fy);
    }

    void rejectsBadParts_data()
    {
        QTest::addColumn<QString>("gstin");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("short GSTIN") << QStringLiteral("27AAPFU0939F1Z") << QStringLiteral("01/04/2025") << QStringLiteral("INV")
                                     << QStringLiteral("A1") << QStringLiteral("27AAPFU0939F1Z");
        QTest::newRow("lower-case GSTIN") << QStringLiteral("27aapfu0939f1zv") << QStringLiteral("01/04/2025")
                                          << QStringLiteral("INV") << QStringLiteral("A1") << QStringLiteral("GSTIN");
        QTest::newRow("impossible date") << QStringLiteral("27AAPFU0939F1ZV") << QStringLiteral("31/02/2025")
                                         << QStringLiteral("INV") << QStringLiteral("A1") << QStringLiteral("31/02/2025");
        QTest::newRow("ISO date") << QStringLiteral("27AAPFU0939F1ZV") << QStringLiteral("2025-04-01") << QStringLiteral("INV")
                                  << QStringLiteral("A1") << QStringLiteral("DD/MM/YYYY");
        QTest::newRow("bad type") << QStringLiteral("27AAPFU0939F1ZV") << QStringLiteral("01/04/2025") << QStringLiteral("BIL")
                                  << QStringLiteral("A1") << QStringLiteral("BIL");
        QTest::newRow("number starts with 0") << QStringLiteral("27AAPFU0939F1ZV") << QStringLiteral("01/04/2025")
                                              << QStringLiteral("INV") << QStringLiteral("0001") << QStringLiteral("0001");
        QTest::newRow("number too long") << QStringLiteral("27AAPFU0939F1ZV") << QStringLiteral("01/04/2025")
                                         << QStringLiteral("INV") << QStringLiteral("A2345678901234567")
                                         << QStringLiteral("16");
        QTest::newRow("underscore") << QStringLiteral("27AAPFU0939F1ZV") << QStringLiteral("01/04/2025") << QStringLiteral("INV")
                                    << QStringLiteral("test_invoice_no") << QStringLiteral("test_invoice_no");
    }
    void rejectsBadParts()
    {
        QFETCH(QString, gstin);
        QFETCH(QString, date);
        QFETCH(QString, type);
        QFETCH(QString, number);
        QFETCH(QString, mentions);
        const auto got = irnFromParts(gstin, date, type, number);
        QVERIFY(!got.hasValue());
        QVERIFY2(got.error().message.contains(mentions), qPrintable(got.error().message));
    }

    void invoiceIrnUsesTheInvoiceFields()
    {
        Invoice invoice = Invoice::blank();
        QVERIFY(invoiceIrn(invoice).isEmpty()); // no seller, number or date yet
        invoice.sellerDtls.gstin = QStringLiteral("01AMBPG7773M002");
        invoice.docDtls.no = QStringLiteral("SINV-CFY-00067");
        invoice.docDtls.dt = QStringLiteral("16/09/2022");
        QCOMPARE(invoiceIrn(invoice), QStringLiteral("706daeccda0ef6f818da78f3a2a05a1288731057373002289b46c3229289a2e7"));
    }

    void parseInvoiceDateIsStrict()
    {
        QCOMPARE(parseInvoiceDate(u"29/02/2024"), QDate(2024, 2, 29));
        QVERIFY(!parseInvoiceDate(u"29/02/2025").isValid());
        QVERIFY(!parseInvoiceDate(u"39/19/2029").isValid()); // passes the schema's pattern
        QVERIFY(!parseInvoiceDate(u"1/1/2025").isValid());
        QVERIFY(!parseInvoiceDate(u"01-01-2025").isValid());
        QVERIFY(!parseInvoiceDate(u"").isValid());
        QCOMPARE(formatInvoiceDate(QDate(2025, 4, 1)), QStringLiteral("01/04/2025"));
    }
};

QTEST_GUILESS_MAIN(TestIrn)
#include "TestIrn.moc"
