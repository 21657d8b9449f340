// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/Version.h"
#include "ui/ErrorGuideDialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

// QSettings keys. Bump kSettingsLayoutVersion when a saved state could no longer be restored
// (e.g. pages reordered), so that the old one is ignored instead of misapplied.
constexpr int kSettingsLayoutVersion = 1;
constexpr auto kGroup = "MainWindow"_L1;
constexpr auto kLayoutVersionKey = "layoutVersion"_L1;
constexpr auto kGeometryKey = "geometry"_L1;
constexpr auto kStateKey = "state"_L1;
constexpr auto kSplitterKey = "splitter"_L1;
constexpr auto kPageKey = "page"_L1;

constexpr int kPageCount = static_cast<int>(MainWindow::Page::Settings) + 1;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("IRN Desk"));

    createPages();
    createMenus();

    statusBar()->setObjectName(u"statusBar"_s);
    statusBar()->showMessage(tr("Ready"));

    readSettings();
    m_navigationList->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    m_navigationList = new QListWidget(m_splitter);
    m_navigationList->setObjectName(u"navigationList"_s);
    m_navigationList->setAccessibleName(tr("Navigation"));
    m_navigationList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigationList->setUniformItemSizes(true);

    m_pageStack = new QStackedWidget(m_splitter);
    m_pageStack->setObjectName(u"pageStack"_s);

    // One entry per Page, in the enum's order. The placeholders say what each page will hold.
    struct PageText
    {
        QString key; // object names: <key>Page, <key>PlaceholderLabel
        QString title;
        QString placeholder;
    };
    const PageText pages[kPageCount] = {
        { u"invoices"_s,
            tr("Invoices"),
            tr("Your invoices will be listed here, with filters by status, date and buyer, and the editor "
               "for every section of an e-invoice.") },
        { u"parties"_s,
            tr("Parties"),
            tr("Buyers, consignees and dispatch addresses will be kept here, with their GSTIN, state and "
               "PIN code.") },
        { u"products"_s,
            tr("Products"),
            tr("Goods and services will be kept here, with their HSN/SAC code, unit and GST rate.") },
        { u"reports"_s,
            tr("Reports"),
            tr("The status of every invoice will be shown here: its IRN and acknowledgement, or the exact "
               "errors the portal returned.") },
        { u"settings"_s,
            tr("Settings"),
            tr("The seller profile, the number series and the IRP connection will be set up here.") },
    };
    for (const PageText& page : pages) {
        m_navigationList->addItem(page.title);

        auto* widget = new QWidget(m_pageStack);
        widget->setObjectName(page.key + u"Page"_s);
        auto* layout = new QVBoxLayout(widget);
        auto* heading = new QLabel(page.title, widget);
        heading->setObjectName(page.key + u"HeadingLabel"_s);
        QFont headingFont = heading->font();
        if (headingFont.pointSizeF() > 0) {
            headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
        }
        headingFont.setBold(true);
        heading->setFont(headingFont);
        auto* placeholder = new QLabel(page.placeholder, widget);
        placeholder->setObjectName(page.key + u"PlaceholderLabel"_s);
        placeholder->setWordWrap(true);
        placeholder->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        layout->addWidget(heading);
        layout->addWidget(placeholder);
        layout->addStretch();
        m_pageStack->addWidget(widget);
    }

    // Size the list to its longest entry (the translations differ in length) instead of a
    // fixed width; the splitter lets the user widen it.
    m_navigationList->setMinimumWidth(m_navigationList->sizeHintForColumn(0) + 2 * m_navigationList->frameWidth() + 16);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ m_navigationList->minimumWidth() + 40, 800 });

    connect(m_navigationList, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);
    m_navigationList->setCurrentRow(0);

    setCentralWidget(m_splitter);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(u"fileMenu"_s);
    m_quitAction = fileMenu->addAction(tr("&Quit"));
    m_quitAction->setObjectName(u"quitAction"_s);
    // Ctrl+Q everywhere: QKeySequence::Quit is empty on Windows.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    m_errorGuideAction = helpMenu->addAction(tr("IRP &error codes…"));
    m_errorGuideAction->setObjectName(u"errorGuideAction"_s);
    m_errorGuideAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_errorGuideAction, &QAction::triggered, this, [this] { showErrorGuide(); });
    helpMenu->addSeparator();
    m_aboutAction = helpMenu->addAction(tr("&About IRN Desk"));
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pageStack->currentIndex());
}

void MainWindow::setCurrentPage(Page page)
{
    m_navigationList->setCurrentRow(static_cast<int>(page));
}

void MainWindow::onPageChanged(int row)
{
    if (row < 0 || row >= m_pageStack->count()) {
        return; // the list is being cleared; keep the page that is shown
    }
    m_pageStack->setCurrentIndex(row);
}

QString MainWindow::aboutText()
{
    QString text = tr("IRN Desk %1").arg(QStringLiteral(IRNDESK_VERSION));
    const auto gitHash = QStringLiteral(IRNDESK_GIT_HASH);
    if (!gitHash.isEmpty()) {
        text += u" ("_s + gitHash + u')';
    }
    text += u"\n\n"_s
        + tr("Prepares GST e-invoices (INV-01), checks them offline against the rules of the Invoice "
             "Registration Portal and writes bulk JSON files that the portal accepts.");
    return text;
}

void MainWindow::showAbout()
{
    if (!m_aboutBox) {
        m_aboutBox = new QMessageBox(this);
        m_aboutBox->setObjectName(u"aboutBox"_s);
        m_aboutBox->setWindowTitle(tr("About IRN Desk"));
        m_aboutBox->setIcon(QMessageBox::Information);
        m_aboutBox->setTextFormat(Qt::PlainText);
        m_aboutBox->setStandardButtons(QMessageBox::Ok);
    }
    m_aboutBox->setText(aboutText());
    m_aboutBox->open();
}

void MainWindow::showErrorGuide(const QString& code)
{
    if (!m_errorGuide) {
        m_errorGuide = new ErrorGuideDialog(this);
    }
    if (!code.isEmpty()) {
        m_errorGuide->showCode(code);
    }
    m_errorGuide->show();
    m_errorGuide->raise();
    m_errorGuide->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    writeSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    const bool usable = settings.value(kLayoutVersionKey).toInt() == kSettingsLayoutVersion;
    if (!usable || !restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1100, 720);
    }
    if (!usable) {
        return;
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    const int page = settings.value(kPageKey, 0).toInt();
    if (page >= 0 && page < kPageCount) {
        setCurrentPage(static_cast<Page>(page));
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(kLayoutVersionKey, kSettingsLayoutVersion);
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kPageKey, static_cast<int>(currentPage()));
}

} // namespace irndesk::ui
