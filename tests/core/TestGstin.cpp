// SPDX-License-Identifier: GPL-3.0-or-later
// The GSTIN utilities against the examples of spec §3.2: real GSTINs pass the check character,
// NIC's sandbox GSTINs fail it; each GSTN registration-type pattern is told apart.
#include "core/rules/Gstin.h"

#include <QSet>
#include <QTest>

using namespace irndesk;

Q_DECLARE_METATYPE(irndesk::GstinKind)

class TestGstin : public QObject
{
    Q_OBJECT

private slots:
    void checkCharacter_data()
    {
        QTest::addColumn<QString>("gstin");
        QTest::addColumn<bool>("valid");
        // Spec §3.2: verified GSTINs.
        QTest::newRow("27AAPFU0939F1ZV") << u"27AAPFU0939F1ZV"_qs << true;
        QTest::newRow("29AAACP7879D1Z0") << u"29AAACP7879D1Z0"_qs << true;
        QTest::newRow("09AAJCM7191E1Z5") << u"09AAJCM7191E1Z5"_qs << true;
        QTest::newRow("05AAACG2140A1ZL") << u"05AAACG2140A1ZL"_qs << true;
        // Spec §3.2: NIC sandbox and sample GSTINs fail it.
        QTest::newRow("29AWGPV7107B1Z1") << u"29AWGPV7107B1Z1"_qs << false;
        QTest::newRow("37ARZPT4384Q1MT") << u"37ARZPT4384Q1MT"_qs << false;
        QTest::newRow("02AMBPG7773M002") << u"02AMBPG7773M002"_qs << false;
        QTest::newRow("36AMBPG7773M002") << u"36AMBPG7773M002"_qs << false;
        QTest::newRow("24AAFCD5862R005") << u"24AAFCD5862R005"_qs << false;
        QTest::newRow("29AABCT1332L000") << u"29AABCT1332L000"_qs << false;
        // One character changed in a valid GSTIN.
        QTest::newRow("27AAPFU0939F1ZW") << u"27AAPFU0939F1ZW"_qs << false;
        QTest::newRow("27AAPFV0939F1ZV") << u"27AAPFV0939F1ZV"_qs << false;
        // Not a GSTIN at all.
        QTest::newRow("URP") << u"URP"_qs << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("lower case") << u"27aapfu0939f1zv"_qs << false;
        QTest::newRow("16 characters") << u"27AAPFU0939F1ZV0"_qs << false;
    }
    void checkCharacter()
    {
        QFETCH(QString, gstin);
        QFETCH(bool, valid);
        QCOMPARE(hasValidCheckCharacter(gstin), valid);
    }

    void checkCharacterComputed()
    {
        QCOMPARE(gstinCheckCharacter(u"27AAPFU0939F1Z"), QChar(u'V'));
        QCOMPARE(gstinCheckCharacter(u"29AAACP7879D1Z"), QChar(u'0'));
        QCOMPARE(gstinCheckCharacter(u"05AAACG2140A1Z"), QChar(u'L'));
        // The sandbox GSTIN 29AWGPV7107B1Z1 would need an F (spec §3.2).
        QCOMPARE(gstinCheckCharacter(u"29AWGPV7107B1Z"), QChar(u'F'));
        QVERIFY(gstinCheckCharacter(u"29AWGPV7107B1").isNull());
        QVERIFY(gstinCheckCharacter(u"29AWGPV7107B1Z1").isNull());
        QVERIFY(gstinCheckCharacter(u"29awgpv7107b1z").isNull());
        QVERIFY(gstinCheckCharacter(u"29AWGPV7107B1-").isNull());
        // Every check value 0..35 comes out as its character: vary the last position.
        QSet<QChar> seen;
        for (char16_t c : u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
            if (c == 0)
                break;
            QString first14 = u"27AAPFU0939F1"_qs + QChar(c);
            const QChar check = gstinCheckCharacter(first14);
            QVERIFY(!check.isNull());
            QVERIFY(hasValidCheckCharacter(QString(first14 + check)));
            seen.insert(check);
        }
        QCOMPARE(seen.size(), 36);
    }

    void shape()
    {
        QVERIFY(isGstinShaped(u"27AAPFU0939F1ZV"));
        QVERIFY(isGstinShaped(u"02AMBPG7773M002"));
        QVERIFY(!isGstinShaped(u"2AAAPFU0939F1ZV"));
        QVERIFY(!isGstinShaped(u"27AAPFU0939F1Zv"));
        QVERIFY(!isGstinShaped(u"27AAPFU0939F1Z"));
        QVERIFY(!isGstinShaped(u"URP"));
    }

    void kind_data()
    {
        QTest::addColumn<QString>("gstin");
        QTest::addColumn<GstinKind>("kind");
        QTest::newRow("regular") << u"27AAPFU0939F1ZV"_qs << GstinKind::Regular;
        QTest::newRow("regular, 2nd registration") << u"29AAACP7879D2Z9"_qs << GstinKind::Regular;
        QTest::newRow("regular, 14th digit") << u"29AAACP7879D115"_qs << GstinKind::Regular;
        QTest::newRow("government") << u"07DELA12345A1Z5"_qs << GstinKind::Government;
        QTest::newRow("UIN") << u"0717UNO00157UNB"_qs << GstinKind::Uin;
        QTest::newRow("UIN, O") << u"0717UNO00157ONB"_qs << GstinKind::Uin;
        QTest::newRow("TDS") << u"07DELD12345A1D5"_qs << GstinKind::Tds;
        QTest::newRow("TDS, letter 7") << u"07DELDA2345A1D5"_qs << GstinKind::Tds;
        QTest::newRow("TCS") << u"07AAECA1234B1C5"_qs << GstinKind::Tcs;
        QTest::newRow("OIDAR") << u"9917USA29006OS5"_qs << GstinKind::Oidar;
        QTest::newRow("NRI") << u"0717USA12345NR5"_qs << GstinKind::Nri;
        // NIC's sandbox GSTINs have '0' in position 13: no GSTN pattern.
        QTest::newRow("sandbox 02AMBPG7773M002") << u"02AMBPG7773M002"_qs << GstinKind::Unknown;
        QTest::newRow("sandbox 29AABCT1332L000") << u"29AABCT1332L000"_qs << GstinKind::Unknown;
        QTest::newRow("regular, 14th C is TCS") << u"27AAPFU0939F1CV"_qs << GstinKind::Tcs;
        QTest::newRow("regular, 14th K") << u"27AAPFU0939F1KV"_qs << GstinKind::Unknown;
        QTest::newRow("regular, 13th 0") << u"27AAPFU0939F0ZV"_qs << GstinKind::Unknown;
        QTest::newRow("government, 14th not Z") << u"07DELA12345A115"_qs << GstinKind::Unknown;
        QTest::newRow("URP") << u"URP"_qs << GstinKind::Unknown;
        QTest::newRow("lower case") << u"27aapfu0939f1zv"_qs << GstinKind::Unknown;
        QTest::newRow("too long") << u"27AAPFU0939F1ZVX"_qs << GstinKind::Unknown;
    }
    void kind()
    {
        QFETCH(QString, gstin);
        QFETCH(GstinKind, kind);
        QCOMPARE(gstinKind(gstin), kind);
    }

    void stateCode()
    {
        QCOMPARE(stateCodeOfGstin(u"27AAPFU0939F1ZV"), std::optional<int>(27));
        QCOMPARE(stateCodeOfGstin(u"05AAACG2140A1ZL"), std::optional<int>(5));
        QCOMPARE(stateCodeOfGstin(u"9917USA29006OS5"), std::optional<int>(99));
        QVERIFY(!stateCodeOfGstin(u"URP"));
        QVERIFY(!stateCodeOfGstin(u"2"));
        QVERIFY(!stateCodeOfGstin(u"A7AAPFU0939F1ZV"));
    }

    void pan()
    {
        QCOMPARE(panOfGstin(u"27AAPFU0939F1ZV").toString(), u"AAPFU0939F"_qs);
        QCOMPARE(panOfGstin(u"07AAECA1234B1C5").toString(), u"AAECA1234B"_qs);
        QVERIFY(panOfGstin(u"0717UNO00157UNB").isEmpty());
        QVERIFY(panOfGstin(u"URP").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGstin)
#include "TestGstin.moc"
