// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language in the app: the main window is rebuilt and what the user reads changes
// to Hindi and back; the choice is remembered for the next start. In Hindi, Tamil and Marathi,
// every text of the guided setup, the main window's pages and the invoice editor is in that
// language's script, Qt's own buttons (the wizard's Next, a dialog's Cancel) and file dialog
// included.
// The built irndesk_*.qm are found through IRNDESK_TRANSLATIONS (set by CTest), as the app finds
// its embedded copies.
#include "ui/AppContext.h"
#include "ui/FirstStartWizard.h"
#include "ui/MainWindow.h"
#include "ui/MainWindowHost.h"
#include "ui/editor/InvoiceEditor.h"

#include "tests/support/TestData.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace irndesk;

namespace {

bool hasDevanagari(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x0900 && c.unicode() <= 0x097F) {
            return true;
        }
    }
    return false;
}

/// Whether `text` has a letter of the script [first, last].
bool hasScript(const QString& text, char16_t first, char16_t last)
{
    return std::any_of(text.cbegin(), text.cend(), [&](QChar c) { return c.unicode() >= first && c.unicode() <= last; });
}

/// The texts a user reads in `root` (labels, buttons, group titles) that are English words left
/// untranslated: a lower-case word of three letters or more and no letter of the script.
/// Acronyms (GSTIN, HSN), codes, numbers and file paths are allowed as they are, and so is the
/// amount in words: it is printed on the invoice, which is in English.
QStringList untranslatedTexts(QWidget* root, char16_t first, char16_t last)
{
    static const QRegularExpression englishWord(u"\\b[A-Za-z]?[a-z]{2,}\\b"_s);
    QStringList texts;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->pixmap().isNull() || label->textFormat() == Qt::RichText
            || label->objectName() == u"amountInWordsLabel"_s || label->text().contains(u'/')) {
            continue;
        }
        texts << label->text();
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        texts << button->text();
    }
    for (QGroupBox* box : root->findChildren<QGroupBox*>()) {
        texts << box->title();
    }
    QStringList left;
    for (const QString& text : std::as_const(texts)) {
        QString plain = text;
        plain.remove(u'&');
        if (plain.contains(englishWord) && !hasScript(plain, first, last)) {
            left << plain;
        }
    }
    left.removeDuplicates();
    return left;
}

/// The accessible names in `root` that still carry a mnemonic: a translated "(&S)" read out as
/// "(S)", or an "&".
QStringList namesWithMnemonics(QWidget* root)
{
    static const QRegularExpression readOutMnemonic(u"\\([A-Za-z0-9]\\)|&"_s);
    QStringList names;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (widget->accessibleName().contains(readOutMnemonic)) {
            names << widget->objectName() + u": "_s + widget->accessibleName();
        }
    }
    return names;
}

QStringList navigationTexts(ui::MainWindow* window)
{
    QStringList texts;
    auto* list = window->findChild<QListWidget*>(u"navigationList"_s);
    for (int i = 0; list && i < list->count(); ++i) {
        texts << list->item(i)->text();
    }
    return texts;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir.path(), u"TestLanguage"_s);
        QVERIFY2(!qEnvironmentVariableIsEmpty("IRNDESK_TRANSLATIONS"), "CTest sets IRNDESK_TRANSLATIONS");
    }

    void switchingLanguageRebuildsTheWindow()
    {
        ui::AppContext context;
        QVERIFY(context.openStore(m_dir.filePath(u"lang.sqlite"_s)));
        ui::MainWindowHost host(context);
        host.show();
        const QStringList english = navigationTexts(host.window());
        QCOMPARE(english.first(), u"Invoices"_s);
        QCOMPARE(host.window()->findChild<QMenu*>(u"fileMenu"_s)->title(), u"&File"_s);

        QSignalSpy replaced(&host, &ui::MainWindowHost::windowReplaced);
        context.setLanguage(u"hi"_s);
        QVERIFY(replaced.wait());
        const QStringList hindi = navigationTexts(host.window());
        QCOMPARE(hindi.size(), english.size());
        for (int i = 0; i < hindi.size(); ++i) {
            QVERIFY2(hasDevanagari(hindi.at(i)) && hindi.at(i) != english.at(i), qPrintable(hindi.at(i)));
        }
        QVERIFY(hasDevanagari(host.window()->findChild<QMenu*>(u"fileMenu"_s)->title()));
        QVERIFY(host.window()->isVisible());

        // Back to English.
        context.setLanguage(u"en"_s);
        QVERIFY(replaced.wait());
        QCOMPARE(navigationTexts(host.window()), english);

        // Remembered: the next start speaks Hindi.
        context.setLanguage(u"hi"_s);
        QVERIFY(replaced.wait());
    }

    void everyTextOfTheInvoiceFlowIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("Hindi") << u"hi"_s << 0x0900 << 0x097F;
        QTest::newRow("Tamil") << u"ta"_s << 0x0B80 << 0x0BFF;
        QTest::newRow("Marathi") << u"mr"_s << 0x0900 << 0x097F;
    }

    void everyTextOfTheInvoiceFlowIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(int, first);
        QFETCH(int, last);
        ui::AppContext context;
        QVERIFY(context.openStore(m_dir.filePath(u"flow.sqlite"_s)));
        const auto restore = qScopeGuard([&] { context.setLanguage(u"hi"_s); }); // theSavedLanguageIsUsedAtStart()
        context.setLanguage(language);
        const auto from = char16_t(first);
        const auto to = char16_t(last);

        ui::MainWindow window(context);
        window.show();
        QVERIFY(hasScript(navigationTexts(&window).first(), from, to));
        QStringList left = untranslatedTexts(&window, from, to);
        ui::InvoiceEditor editor(context, std::nullopt, u"INV"_s);
        editor.show();
        left += untranslatedTexts(&editor, from, to);
        // The guided setup, page by page as a user meets them (its buttons are Qt's).
        ui::FirstStartWizard wizard(context);
        wizard.show();
        for (const int id : wizard.pageIds()) {
            left += untranslatedTexts(wizard.page(id), from, to);
        }
        for (const QWizard::WizardButton button : { QWizard::NextButton, QWizard::BackButton, QWizard::CancelButton, QWizard::FinishButton }) {
            const QString text = wizard.button(button)->text();
            if (!hasScript(text, from, to)) {
                left << text;
            }
        }
        // Qt's own file dialog, as Import and Export open it where the desktop has no native one.
        QFileDialog files(&window, u"Import"_s, m_dir.path(), u"JSON (*.json)"_s);
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.show();
        left += untranslatedTexts(&files, from, to);
        QVERIFY2(left.isEmpty(), qPrintable(language + u": not translated: "_s + left.join(u" | "_s)));
        // A screen reader says the words, not the translated mnemonic.
        QStringList named = namesWithMnemonics(&window) + namesWithMnemonics(&editor);
        for (const int id : wizard.pageIds()) {
            named += namesWithMnemonics(wizard.page(id));
        }
        QVERIFY2(named.isEmpty(), qPrintable(language + u": "_s + named.join(u" | "_s)));
    }

    void theSavedLanguageIsUsedAtStart()
    {
        ui::AppContext context;
        QCOMPARE(context.language(), u"hi"_s);
        context.installSavedLanguage();
        ui::MainWindow window(context);
        QVERIFY(hasDevanagari(navigationTexts(&window).first()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
