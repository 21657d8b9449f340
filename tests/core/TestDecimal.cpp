// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Decimal.h"

#include <QTest>

#include <limits>

using namespace irndesk;

class TestDecimal : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("status"); // DecimalParse
        QTest::addColumn<qint64>("raw");
        QTest::addColumn<int>("decimals");

        const int ok = int(DecimalParse::Ok), invalid = int(DecimalParse::Invalid), overflow = int(DecimalParse::Overflow);
        QTest::newRow("zero") << QByteArray("0") << 2 << ok << qint64(0) << 0;
        QTest::newRow("integer") << QByteArray("118") << 2 << ok << qint64(11800) << 0;
        QTest::newRow("one place") << QByteArray("1180.5") << 2 << ok << qint64(118050) << 1;
        QTest::newRow("trailing zeros do not count") << QByteArray("118.000") << 2 << ok << qint64(11800) << 0;
        QTest::newRow("tenth") << QByteArray("0.1") << 2 << ok << qint64(10) << 1;
        QTest::newRow("three places on a 3-scale") << QByteArray("9999999999.999") << 3 << ok << qint64(9999999999999) << 3;
        QTest::newRow("half-up at the third place") << QByteArray("1.005") << 2 << ok << qint64(101) << 3;
        QTest::newRow("below half") << QByteArray("1.0049") << 2 << ok << qint64(100) << 4;
        QTest::newRow("negative half away from zero") << QByteArray("-0.005") << 2 << ok << qint64(-1) << 3;
        QTest::newRow("exponent") << QByteArray("1e3") << 2 << ok << qint64(100000) << 0;
        QTest::newRow("negative exponent") << QByteArray("1.5E-2") << 3 << ok << qint64(15) << 3;
        QTest::newRow("exponent that removes places") << QByteArray("1.25e1") << 2 << ok << qint64(1250) << 1;
        QTest::newRow("largest amount") << QByteArray("99999999999999.99") << 2 << ok << qint64(9999999999999999) << 2;
        QTest::newRow("too large") << QByteArray("123456789012345678901234567890") << 2 << overflow << qint64(0) << 0;
        QTest::newRow("too large by exponent") << QByteArray("1e30") << 2 << overflow << qint64(0) << 0;
        QTest::newRow("tiny") << QByteArray("1e-40") << 2 << ok << qint64(0) << 40;
        QTest::newRow("leading zero") << QByteArray("01") << 2 << invalid << qint64(0) << 0;
        QTest::newRow("bare point") << QByteArray("1.") << 2 << invalid << qint64(0) << 0;
        QTest::newRow("leading point") << QByteArray(".5") << 2 << invalid << qint64(0) << 0;
        QTest::newRow("minus only") << QByteArray("-") << 2 << invalid << qint64(0) << 0;
        QTest::newRow("empty exponent") << QByteArray("1e") << 2 << invalid << qint64(0) << 0;
        QTest::newRow("plus sign") << QByteArray("+1") << 2 << invalid << qint64(0) << 0;
        QTest::newRow("text") << QByteArray("12a") << 2 << invalid << qint64(0) << 0;
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, scale);
        QFETCH(int, status);
        QFETCH(qint64, raw);
        QFETCH(int, decimals);
        std::int64_t gotRaw = 0;
        int gotDecimals = 0;
        const DecimalParse got = parseDecimal(std::string_view(text.constData(), size_t(text.size())), scale, gotRaw, gotDecimals);
        QCOMPARE(int(got), status);
        if (got == DecimalParse::Ok) {
            QCOMPARE(qint64(gotRaw), raw);
            QCOMPARE(gotDecimals, decimals);
        }
    }

    void format_data()
    {
        QTest::addColumn<qint64>("raw");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("1180.5") << qint64(118050) << 2 << QByteArray("1180.5");
        QTest::newRow("0.1") << qint64(10) << 2 << QByteArray("0.1");
        QTest::newRow("118") << qint64(11800) << 2 << QByteArray("118");
        QTest::newRow("0") << qint64(0) << 2 << QByteArray("0");
        QTest::newRow("-0.25") << qint64(-25) << 2 << QByteArray("-0.25");
        QTest::newRow("0.001") << qint64(1) << 3 << QByteArray("0.001");
        QTest::newRow("18") << qint64(18000) << 3 << QByteArray("18");
        QTest::newRow("integer scale") << qint64(560001) << 0 << QByteArray("560001");
        QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << 2 << QByteArray("-92233720368547758.08");
    }
    void format()
    {
        QFETCH(qint64, raw);
        QFETCH(int, scale);
        QFETCH(QByteArray, text);
        QByteArray out;
        appendDecimal(out, raw, scale);
        QCOMPARE(out, text);
    }

    void multiplyRoundsHalfUp_data()
    {
        QTest::addColumn<QByteArray>("a"); // Fixed<2>
        QTest::addColumn<QByteArray>("b"); // Fixed<3>
        QTest::addColumn<qint64>("divisor");
        QTest::addColumn<QByteArray>("expected"); // Fixed<2>
        // CGST on 7.60 at 6 % (total 12 %): 7.60 * 12 / 200 = 0.456 -> 0.46
        QTest::newRow("cgst half rate") << QByteArray("7.6") << QByteArray("12") << qint64(200) << QByteArray("0.46");
        // exactly half a paisa rounds up: 0.25 * 18 / 100 = 0.045 -> 0.05
        QTest::newRow("exact half") << QByteArray("0.25") << QByteArray("18") << qint64(100) << QByteArray("0.05");
        QTest::newRow("just below half") << QByteArray("0.24") << QByteArray("18.7") << qint64(100) << QByteArray("0.04");
        QTest::newRow("quantity times price") << QByteArray("1000") << QByteArray("0.125") << qint64(1) << QByteArray("125");
        QTest::newRow("0.25 % rate") << QByteArray("100000") << QByteArray("0.25") << qint64(100) << QByteArray("250");
        // The largest amounts must not overflow in between: 999999999999.99 * 999.999 / 100
        QTest::newRow("largest") << QByteArray("999999999999.99") << QByteArray("999.999") << qint64(100)
                                 << QByteArray("9999989999999.9");
    }
    void multiplyRoundsHalfUp()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(qint64, divisor);
        QFETCH(QByteArray, expected);
        const auto x = Money::parse(std::string_view(a.constData(), size_t(a.size())));
        const auto y = Rate::parse(std::string_view(b.constData(), size_t(b.size())));
        QVERIFY(x && y);
        QCOMPARE(multiplyRounded<2>(*x, *y, divisor).toJson(), expected);
    }

    void quantityTimesPriceKeepsThreePlaces()
    {
        // 2.5 kg at 33.333 a kg = 83.3325 -> 83.33
        const Quantity q = *Quantity::parse(std::string_view("2.5"));
        const UnitPrice p = *UnitPrice::parse(std::string_view("33.333"));
        QCOMPARE(multiplyRounded<2>(q, p).toJson(), QByteArray("83.33"));
        // 3 at 0.005 = 0.015 -> 0.02 (half-up)
        QCOMPARE(multiplyRounded<2>(Quantity::fromUnits(3), *UnitPrice::parse(std::string_view("0.005"))).toJson(),
                 QByteArray("0.02"));
    }

    void roundToRupee_data()
    {
        QTest::addColumn<qint64>("paise");
        QTest::addColumn<qint64>("rounded");
        QTest::newRow("half up") << qint64(1050) << qint64(1100);
        QTest::newRow("below half") << qint64(1049) << qint64(1000);
        QTest::newRow("negative half away from zero") << qint64(-1050) << qint64(-1100);
        QTest::newRow("whole") << qint64(1000) << qint64(1000);
    }
    void roundToRupee()
    {
        QFETCH(qint64, paise);
        QFETCH(qint64, rounded);
        QCOMPARE(irndesk::roundToRupee(Money::fromRaw(paise)).raw(), rounded);
    }

    void rescale()
    {
        QCOMPARE((Fixed<3>::fromRaw(1005).rescaled<2>().raw()), qint64(101));
        QCOMPARE((Fixed<3>::fromRaw(-1005).rescaled<2>().raw()), qint64(-101));
        QCOMPARE((Fixed<2>::fromRaw(101).rescaled<3>().raw()), qint64(1010));
        QCOMPARE(Money::fromRaw(123456).toPlainString(), QStringLiteral("1234.56"));
        QCOMPARE(Money::fromRaw(-5).toPlainString(), QStringLiteral("-0.05"));
        QCOMPARE(Money::fromUnits(118).toPlainString(), QStringLiteral("118.00"));
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "TestDecimal.moc"
