// SPDX-License-Identifier: GPL-3.0-or-later
// The error guide: every IRP code of spec §3.12 and our own codes explained, in the core and
// through `irndesk-cli explain` as a user runs it.
#include "core/rules/ErrorGuide.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include "tests/support/TestData.h"

using namespace irndesk;
using namespace Qt::StringLiterals;

namespace {

/// Every code spec §3.12 lists, ranges expanded (written out here, independently of the guide's
/// table, so that a code dropped from the table fails the test).
QStringList specCodes()
{
    QStringList codes;
    auto add = [&codes](int from, int to) {
        for (int c = from; c <= to; ++c) {
            codes.append(QString::number(c));
        }
    };
    // Authentication ("vital") errors, GSTIN status, system errors.
    add(1004, 1008);
    add(1010, 1020);
    codes << QStringLiteral("3028") << QStringLiteral("3029");
    add(3074, 3079);
    add(5001, 5003);
    // IRN generation, cancellation and retrieval.
    add(2139, 2148);
    add(2150, 2150);
    add(2154, 2157);
    add(2159, 2159);
    add(2161, 2163);
    add(2169, 2169);
    add(2171, 2174);
    add(2176, 2249);
    add(2251, 2267);
    codes << QStringLiteral("2270") << QStringLiteral("2283") << QStringLiteral("2302") << QStringLiteral("2305")
          << QStringLiteral("2323") << QStringLiteral("2325") << QStringLiteral("3039") << QStringLiteral("9999");
    // E-way bill.
    add(4000, 4040);
    codes << QStringLiteral("4074");
    return codes;
}

/// Marks every text it translates, so a test sees which texts went through the translator.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (qstrcmp(context, "irndesk::ErrorGuide") != 0) {
            return QString();
        }
        return QStringLiteral("[hi]") + QString::fromUtf8(sourceText);
    }
};

using Run = test::CliRun;

Run cli(const QStringList& args)
{
    return test::runCli(args);
}

} // namespace

class TestErrorGuide : public QObject
{
    Q_OBJECT

private slots:
    void everySpecCodeIsExplained()
    {
        const QStringList codes = specCodes();
        QCOMPARE(codes.size(), 192);
        for (const QString& code : codes) {
            const auto x = explainCode(code);
            QVERIFY2(x, qPrintable(code));
            QCOMPARE(x->code, code);
        }
    }

    void ourOwnCodesAreExplained()
    {
        for (const QString& code : { u"SCHEMA"_s, u"LOCAL-JSON"_s }) {
            const auto x = explainCode(code);
            QVERIFY2(x, qPrintable(code));
            QCOMPARE(x->kind, ErrorExplanation::Kind::Local);
            QVERIFY(!x->retry);
        }
    }

    void everyCodeTheRulesReportIsExplained()
    {
        // The codes the rule files report, LOCAL-* above all: a new one needs its entry in the guide.
        const QDir dir(test::dataPath(u"../../core/rules"_s));
        const QStringList files = dir.entryList({ u"*.cpp"_s }, QDir::Files);
        QVERIFY(files.contains(u"ItemChecks.cpp"_s));
        static const QRegularExpression local(u"\"(LOCAL-[A-Z0-9-]+)\""_s);
        static const QRegularExpression reported(u"report\\.(?:error|warning)\\(\\s*\"([0-9]{4})\""_s);
        QSet<QString> codes;
        for (const QString& name : files) {
            if (name == u"ErrorGuide.cpp") {
                continue;
            }
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (const QRegularExpression* re : { &local, &reported }) {
                for (const QRegularExpressionMatch& m : re->globalMatch(text)) {
                    codes.insert(m.captured(1));
                }
            }
        }
        QVERIFY(codes.contains(u"LOCAL-JSON"_s));
        QVERIFY(codes.size() > 20);
        for (const QString& code : std::as_const(codes)) {
            QVERIFY2(explainCode(code), qPrintable(code));
        }
    }

    void everyExplanationIsComplete()
    {
        const QList<ErrorExplanation> all = allExplanations();
        QSet<QString> seen;
        for (const ErrorExplanation& x : all) {
            QVERIFY2(!seen.contains(x.code), qPrintable(x.code));
            seen.insert(x.code);
            for (const QString* text : { &x.title, &x.meaning, &x.fix }) {
                QVERIFY2(text->size() >= 4, qPrintable(x.code));
                // every placeholder filled, no stray spaces
                QVERIFY2(!text->contains(u"%1") && !text->contains(u"%2"), qPrintable(x.code + u": " + *text));
                QCOMPARE(text->trimmed(), *text);
            }
            QVERIFY2(x.title.size() <= 60, qPrintable(x.code + u": " + x.title));
            QVERIFY2(!x.title.endsWith(u'.'), qPrintable(x.code));
            QVERIFY2(x.meaning.endsWith(u'.') && x.fix.endsWith(u'.'), qPrintable(x.code));
            QCOMPARE(explainCode(x.code)->title, x.title);
        }
        QVERIFY(seen.contains(QStringLiteral("SCHEMA")));
        for (const QString& code : specCodes()) {
            QVERIFY(seen.contains(code));
        }
    }

    void listIsInNumericOrderThenOurCodes()
    {
        const QList<ErrorExplanation> all = allExplanations();
        int previous = 0;
        bool local = false;
        for (const ErrorExplanation& x : all) {
            bool numeric = false;
            const int n = x.code.toInt(&numeric);
            if (numeric) {
                QVERIFY2(!local && n > previous, qPrintable(x.code));
                previous = n;
            } else {
                local = true;
                QVERIFY(x.code == u"SCHEMA" || x.code.startsWith(u"LOCAL-"));
            }
        }
        QVERIFY(local);
    }

    void codesOfARangeEachHaveTheirOwnMeaning()
    {
        // 2182-2188: one total each, named in the texts.
        const QList<std::pair<QString, QString>> totals = { { QStringLiteral("2182"), QStringLiteral("AssVal") },
            { QStringLiteral("2183"), QStringLiteral("SgstVal") },
            { QStringLiteral("2184"), QStringLiteral("CgstVal") },
            { QStringLiteral("2185"), QStringLiteral("IgstVal") },
            { QStringLiteral("2186"), QStringLiteral("CesVal") },
            { QStringLiteral("2187"), QStringLiteral("StCesVal") },
            { QStringLiteral("2188"), QStringLiteral("CesNonAdvlAmt") } };
        for (const auto& [code, field] : totals) {
            const auto x = explainCode(code);
            QVERIFY2(x->title.contains(field) || x->meaning.contains(field), qPrintable(code));
        }
        QVERIFY(explainCode(u"2183")->meaning != explainCode(u"2184")->meaning);
        QVERIFY(explainCode(u"4032")->meaning != explainCode(u"4033")->meaning);
        QVERIFY(explainCode(u"2253")->meaning.contains(u"road"));
        QVERIFY(explainCode(u"2254")->meaning.contains(u"rail"));
    }

    void kindsAndRetry_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<ErrorExplanation::Kind>("kind");
        QTest::addColumn<bool>("retry");
        using K = ErrorExplanation::Kind;
        // Spec §3.12: 2146/2147 "retry later", 5001 "retry"; data errors never.
        QTest::newRow("2146 temporary") << u"2146"_s << K::Transient << true;
        QTest::newRow("2147 signing") << u"2147"_s << K::Transient << true;
        QTest::newRow("5001 IRP error") << u"5001"_s << K::Transient << true;
        QTest::newRow("1005 token expired") << u"1005"_s << K::Authentication << true;
        QTest::newRow("1019 wrong password") << u"1019"_s << K::Authentication << false;
        QTest::newRow("1010 client secret") << u"1010"_s << K::Authentication << false;
        QTest::newRow("2189 invoice value") << u"2189"_s << K::Data << false;
        QTest::newRow("2150 duplicate") << u"2150"_s << K::Data << false;
        QTest::newRow("2305 30 days") << u"2305"_s << K::Data << false;
        QTest::newRow("3029 inactive GSTIN") << u"3029"_s << K::Data << false;
        QTest::newRow("2270 cancel too late") << u"2270"_s << K::Cancellation << false;
        QTest::newRow("2230 EWB active") << u"2230"_s << K::Cancellation << false;
        QTest::newRow("9999 not active") << u"9999"_s << K::Cancellation << false;
        QTest::newRow("2283 too old") << u"2283"_s << K::Retrieval << false;
        QTest::newRow("4011 vehicle") << u"4011"_s << K::EWayBill << false;
        QTest::newRow("2252 EWB on notes") << u"2252"_s << K::EWayBill << false;
        QTest::newRow("2142 incomplete") << u"2142"_s << K::Request << false;
    }
    void kindsAndRetry()
    {
        QFETCH(QString, code);
        QFETCH(ErrorExplanation::Kind, kind);
        QFETCH(bool, retry);
        const auto x = explainCode(code);
        QVERIFY(x);
        QCOMPARE(x->kind, kind);
        QCOMPARE(x->retry, retry);
    }

    void onlyTransientProblemsAndReloginAreWorthRetrying()
    {
        for (const ErrorExplanation& x : allExplanations()) {
            if (x.kind == ErrorExplanation::Kind::Data || x.kind == ErrorExplanation::Kind::Local) {
                QVERIFY2(!x.retry, qPrintable(x.code));
            }
            if (x.kind == ErrorExplanation::Kind::Transient) {
                QVERIFY2(x.retry, qPrintable(x.code));
            }
        }
    }

    void obsoleteCodes()
    {
        // Spec §10: 2163, 2198, 2204-2209 and 2245, 2264 are probably obsolete; 2208 (export
        // details required) is the current meaning of that number (§3.4, §3.9).
        QSet<QString> obsolete;
        for (const ErrorExplanation& x : allExplanations()) {
            if (x.obsolete) {
                obsolete.insert(x.code);
            }
        }
        const QSet<QString> expected = {
            u"2163"_s, u"2198"_s, u"2204"_s, u"2205"_s, u"2206"_s, u"2207"_s, u"2209"_s, u"2245"_s, u"2264"_s
        };
        QCOMPARE(obsolete, expected);
        QVERIFY(explainCode(u"2208")->meaning.contains(u"ExpDtls"));
    }

    void lookupForgivesSpacesCaseAndPrefix()
    {
        QCOMPARE(explainCode(u" 2189\n")->code, u"2189"_s);
        QCOMPARE(explainCode(u"SYS_5001")->code, u"5001"_s);
        QCOMPARE(explainCode(u"sys_5001")->code, u"5001"_s);
        QCOMPARE(explainCode(u"schema")->code, u"SCHEMA"_s);
        QCOMPARE(explainCode(u"Local-Json")->code, u"LOCAL-JSON"_s);
    }

    void unknownCodes()
    {
        for (const char16_t* code : { u"", u"1234", u"21899", u"218", u"2189a", u"LOCAL-", u"SYS_" }) {
            QVERIFY2(!explainCode(QStringView(code)), qPrintable(QStringView(code).toString()));
        }
    }

    void textsAreTranslatedAtLookup()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto x = explainCode(u"2182");
        const QString label = ErrorGuide::kindLabel(ErrorExplanation::Kind::Data);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(x->title.startsWith(u"[hi]"));
        QVERIFY(x->meaning.startsWith(u"[hi]"));
        QVERIFY(x->fix.startsWith(u"[hi]"));
        QVERIFY(x->title.contains(u"AssVal")); // placeholders filled after translation
        QVERIFY(label.startsWith(u"[hi]"));
        QVERIFY(!explainCode(u"2182")->title.startsWith(u"[hi]"));
    }

    void kindNamesAreStable()
    {
        using K = ErrorExplanation::Kind;
        QCOMPARE(ErrorGuide::kindName(K::Data), u"data"_s);
        QCOMPARE(ErrorGuide::kindName(K::EWayBill), u"e-way-bill"_s);
        QSet<QString> names;
        for (K k : { K::Data,
                 K::Authentication,
                 K::Transient,
                 K::Request,
                 K::Retrieval,
                 K::Cancellation,
                 K::EWayBill,
                 K::Local }) {
            names.insert(ErrorGuide::kindName(k));
            QVERIFY(!ErrorGuide::kindLabel(k).isEmpty());
        }
        QCOMPARE(names.size(), 8);
    }

    // The command line.

    void cliExplainsACode()
    {
        const Run r = cli({ u"explain"_s, u"2189"_s });
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        const auto x = explainCode(u"2189");
        QVERIFY(r.out.startsWith(u"2189: " + x->title + u'\n'));
        QVERIFY(r.out.contains(x->meaning));
        QVERIFY(r.out.contains(x->fix));
    }

    void cliExplainsAsJson()
    {
        const Run r = cli({ u"explain"_s, u"sys_5001"_s, u"--format"_s, u"json"_s });
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"code").toString(), u"5001"_s);
        QCOMPARE(o.value(u"kind").toString(), u"transient"_s);
        QCOMPARE(o.value(u"retry").toBool(false), true);
        QCOMPARE(o.value(u"obsolete").toBool(true), false);
        QCOMPARE(o.value(u"title").toString(), explainCode(u"5001")->title);
        QCOMPARE(o.value(u"fix").toString(), explainCode(u"5001")->fix);
        QCOMPARE(o.value(u"meaning").toString(), explainCode(u"5001")->meaning);
    }

    void cliSaysWhenACodeIsObsolete()
    {
        const Run r = cli({ u"explain"_s, u"2264"_s });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.section(u'\n', 0, 0).contains(u"(no longer used)"));
    }

    void cliUnknownCodeCannotRun()
    {
        const Run r = cli({ u"explain"_s, u"1234"_s });
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(u"unknown error code '1234'"));
        QVERIFY(r.err.contains(u"explain --all"));
    }

    void cliBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no code") << QStringList{ u"explain"_s };
        QTest::newRow("two codes") << QStringList{ u"explain"_s, u"2189"_s, u"2190"_s };
        QTest::newRow("code and --all") << QStringList{ u"explain"_s, u"2189"_s, u"--all"_s };
        QTest::newRow("bad format") << QStringList{ u"explain"_s, u"2189"_s, u"--format"_s, u"xml"_s };
        QTest::newRow("unknown option") << QStringList{ u"explain"_s, u"2189"_s, u"--frobnicate"_s };
    }
    void cliBadArguments()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith(u"explain: "));
    }

    void cliListsEveryCode()
    {
        const Run r = cli({ u"explain"_s, u"--all"_s });
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        const QList<ErrorExplanation> all = allExplanations();
        QCOMPARE(lines.size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(lines[i].section(u' ', 0, 0), all[i].code);
            QVERIFY(lines[i].contains(all[i].title));
        }
    }

    void cliListsEveryCodeAsJson()
    {
        const Run r = cli({ u"explain"_s, u"--all"_s, u"--format"_s, u"json"_s });
        QCOMPARE(r.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(array.size(), allExplanations().size());
        QCOMPARE(array.first().toObject().value(u"code").toString(), u"1004"_s);
        QCOMPARE(array.last().toObject().value(u"kind").toString(), u"local"_s);
    }

    void cliUsageMentionsExplain()
    {
        const Run r = cli({ u"--help"_s });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"explain CODE"));
    }
};

QTEST_GUILESS_MAIN(TestErrorGuide)
#include "TestErrorGuide.moc"
