// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Masters.h"

#include <QTemporaryDir>
#include <QTest>

using namespace irndesk;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

} // namespace

class TestMasters : public QObject
{
    Q_OBJECT

private slots:
    /// The embedded pack holds what spec §7 says the shipped files hold.
    void builtInCounts()
    {
        const auto masters = Masters::builtIn();
        QVERIFY(masters);
        const Masters::Counts c = masters->counts();
        QCOMPARE(c.states, 38);
        QCOMPARE(c.pins, 19460);
        QCOMPARE(c.pinRangeStates, 34);
        QCOMPARE(c.units, 45);
        QCOMPARE(c.ports, 1005);
        QCOMPARE(c.currencies, 179);
        QCOMPARE(c.countries, 249);
        QCOMPARE(c.gstRates, 13);
        QCOMPARE(c.hsnEInvoice, 18687);
        QVERIFY(c.hsnPortal > 20000);
        QVERIFY(masters->version().startsWith(u"2024.10"));
        QCOMPARE(Masters::builtIn().get(), masters.get()); // loaded once
    }

    void states()
    {
        const auto m = Masters::builtIn();
        QVERIFY(m->isStateCode(7));
        QVERIFY(m->isStateCode(38));
        QVERIFY(m->isStateCode(96));
        QVERIFY(m->isStateCode(97));
        QVERIFY(!m->isStateCode(0));
        QVERIFY(!m->isStateCode(25)); // pre-2020 Daman & Diu: not in the master (spec §2.3)
        QVERIFY(!m->isStateCode(28));
        QVERIFY(!m->isStateCode(99));
        QCOMPARE(m->stateName(27), u"Maharashtra"_qs);
    }

    void pins_data()
    {
        QTest::addColumn<int>("pin");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("expected");
        using P = Masters::PinState;
        QTest::newRow("directory match") << 411001 << 27 << int(P::Matches);
        QTest::newRow("directory mismatch") << 411001 << 29 << int(P::Mismatch);
        QTest::newRow("border PIN, first state") << 110003 << 7 << int(P::Matches);
        QTest::newRow("Telangana from the directory") << 500001 << 36 << int(P::Matches);
        // 411999 is no post office: the Maharashtra range 400-445 decides.
        QTest::newRow("prefix fallback match") << 411999 << 27 << int(P::Matches);
        QTest::newRow("prefix fallback mismatch") << 411999 << 29 << int(P::PrefixMismatch);
        QTest::newRow("no ranges for Ladakh") << 999998 << 38 << int(P::Unknown);
    }
    void pins()
    {
        QFETCH(int, pin);
        QFETCH(int, state);
        QFETCH(int, expected);
        QCOMPARE(int(Masters::builtIn()->pinState(pin, state)), expected);
    }

    void codes()
    {
        const auto m = Masters::builtIn();
        QVERIFY(m->isUnit(u"NOS"));
        QVERIFY(!m->isUnit(u"nos")); // the IRP's master is upper case
        QVERIFY(!m->isUnit(u"XYZ"));
        QVERIFY(m->isPort(u"INNSA1"));
        QVERIFY(!m->isPort(u"INXXX9"));
        QVERIFY(m->isCurrency(u"USD"));
        QVERIFY(!m->isCurrency(u"XXY"));
        QVERIFY(m->isCountry(u"US"));
        QVERIFY(!m->isCountry(u"QQ"));
        QVERIFY(!m->isCountry(u"USA"));
        for (const char* rate : { "0", "0.1", "0.25", "1", "1.5", "3", "5", "6", "7.5", "12", "18", "28", "40" })
            QVERIFY2(m->isGstRate(*Rate::parse(std::string_view(rate))), rate);
        for (const char* rate : { "2", "9", "14", "0.5", "100" })
            QVERIFY2(!m->isGstRate(*Rate::parse(std::string_view(rate))), rate);
    }

    void hsn()
    {
        const auto m = Masters::builtIn();
        using H = Masters::HsnStatus;
        QCOMPARE(m->hsnStatus(u"84713010"), H::EInvoiceList);
        QCOMPARE(m->hsnStatus(u"998314"), H::EInvoiceList);
        QCOMPARE(m->hsnStatus(u"0101"), H::EInvoiceList);
        QCOMPARE(m->hsnStatus(u"101"), H::Unknown); // leading zero matters
        QCOMPARE(m->hsnStatus(u"1111"), H::Unknown); // the portal's test row
        QCOMPARE(m->hsnStatus(u"99999999"), H::Unknown);
        QCOMPARE(m->hsnStatus(u"01"), H::Unknown); // chapters are not codes
        QCOMPARE(m->hsnStatus(u"84A1"), H::Unknown);
    }

    /// A portal-only code: in the GST portal list, not in the e-invoice list.
    void hsnPortalOnly()
    {
        // 010121 is a 6-digit portal row absent from the e-invoice list (spec §7.2 counts 3,162).
        const auto m = Masters::builtIn();
        QCOMPARE(m->hsnStatus(u"01012100"), Masters::HsnStatus::EInvoiceList);
        int portalOnly = 0;
        for (int i = 10100; i < 10700; ++i) {
            const QString code = QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
            if (m->hsnStatus(code) == Masters::HsnStatus::PortalOnly)
                ++portalOnly;
        }
        QVERIFY(portalOnly > 0);
    }

    /// A newer file in a folder replaces the built-in one; the others stay; the version says so.
    void replacementFile()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"uqc_units.json"_qs), R"({"_meta": {}, "data": {"NOS": "NUMBERS", "XYZ": "NEW UNIT"}})");
        const auto loaded = Masters::load(dir.path());
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        const auto& m = loaded.value();
        QVERIFY(m->isUnit(u"XYZ"));
        QVERIFY(m->isUnit(u"NOS"));
        QVERIFY(!m->isUnit(u"KGS")); // replaced, not merged
        QVERIFY(m->isPort(u"INNSA1")); // untouched files stay built in
        QVERIFY(m->version().contains(u"uqc_units.json@"));
        QVERIFY(!Masters::builtIn()->isUnit(u"XYZ"));

        writeFile(dir.filePath(u"manifest.json"_qs), R"({"version": "2026.11-user"})");
        const auto withManifest = Masters::load(dir.path());
        QVERIFY(withManifest);
        QVERIFY(withManifest.value()->version().startsWith(u"2026.11-user + uqc_units.json@"));
    }

    void brokenReplacement_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << u"port_codes.json"_qs << QByteArray("{\n\"data\": {\n\"INNSA1\": \"Nhava\",,\n}}")
                                  << u"port_codes.json:3"_qs;
        QTest::newRow("no data") << u"currency_codes.json"_qs << QByteArray(R"({"codes": {}})") << u"\"data\""_qs;
        QTest::newRow("bad PIN") << u"pincode_state_india.csv"_qs
                                 << QByteArray("pin,state_name,gst_state_code,districts,source\n110001,DELHI,07,X,Y\n11000A,DELHI,07,X,Y\n")
                                 << u"pincode_state_india.csv:3"_qs;
        QTest::newRow("unknown state") << u"pincode_state_india.csv"_qs
                                       << QByteArray("pin,state_name,gst_state_code,districts,source\n110001,DELHI,55,X,Y\n")
                                       << u"55"_qs;
        QTest::newRow("wrong columns") << u"iso3166_1_countries.csv"_qs << QByteArray("code,name\nUS,United States\n")
                                       << u"iso3166_1_countries.csv:1"_qs;
        QTest::newRow("bad rate") << u"gst_rates.json"_qs << QByteArray(R"({"data": ["5", "eighteen"]})")
                                  << u"eighteen"_qs;
        QTest::newRow("bad HSN") << u"hsn_codes_einvoice_valid.json"_qs
                                 << QByteArray(R"([{"hsn_code": "8471"}, {"hsn_code": "84x1"}])") << u"84x1"_qs;
        QTest::newRow("HSN description not closed")
            << u"hsn_codes_einvoice_valid.json"_qs
            << QByteArray("[{\"hsn_code\": \"8471\", \"description\": \"a \\\" b\"},\n{\"description\": \"cut \\u2019 short}]")
            << u"hsn_codes_einvoice_valid.json:2"_qs;
    }
    void brokenReplacement()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeFile(dir.filePath(file), bytes);
        const auto loaded = Masters::load(dir.path());
        QVERIFY(!loaded);
        const QString message = loaded.error().message;
        QVERIFY2(message.contains(dir.filePath(file)), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void missingFolder()
    {
        const auto loaded = Masters::load(u"/nonexistent/masters"_qs);
        QVERIFY(!loaded);
        QVERIFY(loaded.error().message.contains(u"/nonexistent/masters"));
    }
};

QTEST_GUILESS_MAIN(TestMasters)
#include "TestMasters.moc"
