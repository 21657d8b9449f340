// SPDX-License-Identifier: GPL-3.0-or-later
// The Hindi translation at run time: with the built irndesk_hi.qm installed, what a user reads
// (every finding of every golden case, every error-guide entry, a master-file error) comes out
// translated. TranslationsComplete checks the .ts has an entry for each string; this checks the
// program looks them up under the context lupdate filed them in.
#include "core/json/InvoiceReader.h"
#include "core/rules/ErrorGuide.h"
#include "core/rules/FileValidation.h"
#include "core/rules/Masters.h"
#include "tests/support/TestData.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace irndesk;

namespace {

/// Each message and hint of the golden cases, keyed by case and finding.
QMap<QString, QString> goldenTexts()
{
    QMap<QString, QString> texts;
    const QDir root(test::dataPath(u"rules"_qs));
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile file(root.filePath(name + u"/invoice.json"_qs));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        RuleContext context = RuleContext::withBuiltInMasters(QDate(2026, 11, 21));
        context.aatoAtLeast10Crore = true;
        int n = 0;
        validateStream(&file, context, [&](InvoiceReport&& report) {
            for (const Finding& f : report.findings) {
                const QString key = QStringLiteral("%1 #%2 %3 %4").arg(name).arg(n++).arg(f.code, f.path);
                texts.insert(key + u" message"_qs, f.message);
                if (!f.hint.isEmpty())
                    texts.insert(key + u" hint"_qs, f.hint);
            }
        });
    }
    return texts;
}

QMap<QString, QString> guideTexts()
{
    QMap<QString, QString> texts;
    for (const ErrorExplanation& e : allExplanations()) {
        texts.insert(e.code + u" title"_qs, e.title);
        texts.insert(e.code + u" meaning"_qs, e.meaning);
        texts.insert(e.code + u" fix"_qs, e.fix);
    }
    return texts;
}

QString masterError()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"uqc_units.json"_qs));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(R"({"codes": {}})");
    file.close();
    const auto loaded = Masters::load(dir.path());
    return loaded ? QString() : loaded.error().message;
}

bool hasDevanagari(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097f; });
}

/// The keys whose text is the same in both runs, or has no Devanagari in the Hindi run.
QStringList untranslated(const QMap<QString, QString>& english, const QMap<QString, QString>& hindi)
{
    QStringList keys;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const QString translated = hindi.value(it.key());
        if (translated == it.value() || !hasDevanagari(translated))
            keys.append(it.key() + u": "_qs + translated.left(100));
    }
    return keys;
}

} // namespace

class TestHindi : public QObject
{
    Q_OBJECT

    QMap<QString, QString> m_goldenEnglish, m_guideEnglish;
    QString m_masterEnglish;
    QTranslator m_translator;

private slots:
    void initTestCase()
    {
        m_goldenEnglish = goldenTexts();
        m_guideEnglish = guideTexts();
        m_masterEnglish = masterError();
        QVERIFY(m_goldenEnglish.size() > 200);
        QVERIFY(m_guideEnglish.size() > 500);
        QVERIFY(!m_masterEnglish.isEmpty());
        const QString qm = qEnvironmentVariable("IRNDESK_QM_HI");
        QVERIFY2(m_translator.load(qm), qPrintable(u"cannot load "_qs + qm));
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }

    void findingsAreTranslated()
    {
        const QMap<QString, QString> hindi = goldenTexts();
        QCOMPARE(hindi.keys(), m_goldenEnglish.keys()); // the same findings, in another language
        const QStringList missing = untranslated(m_goldenEnglish, hindi);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.mid(0, 30).join(u'\n')));
    }

    void errorGuideIsTranslated()
    {
        const QStringList missing = untranslated(m_guideEnglish, guideTexts());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.mid(0, 30).join(u'\n')));
    }

    void masterErrorsAreTranslated()
    {
        const QString hindi = masterError();
        QVERIFY2(hasDevanagari(hindi), qPrintable(hindi));
        QVERIFY(hindi != m_masterEnglish);
    }
};

QTEST_GUILESS_MAIN(TestHindi)
#include "TestHindi.moc"
