// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsPage.h"

#include "ui/ProfilesGroup.h"

#include "core/model/Dates.h"
#include "ui/AppContext.h"
#include "ui/SpokenText.h"
#include "ui/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

constexpr int kMaxDocNo = 16; // DocDtls.No

enum SeriesColumn
{
    TypeColumn,
    FyColumn,
    PatternColumn,
    WidthColumn,
    NextColumn,
    ExampleColumn,
    SeriesColumnCount
};

QTableWidgetItem* fixedItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

SettingsPage::SettingsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    // General.
    auto* general = new QGroupBox(tr("General"), this);
    general->setObjectName(u"generalGroup"_s);
    m_languageCombo = new QComboBox(general);
    m_languageCombo->setObjectName(u"languageCombo"_s);
    m_languageCombo->setAccessibleName(tr("Language"));
    for (const AppContext::Language& language : AppContext::languages()) {
        m_languageCombo->addItem(language.name, language.code);
    }
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(m_context.language())));
    m_roundCheck = new QCheckBox(tr("&Round new invoices to the rupee"), general);
    m_roundCheck->setObjectName(u"roundCheck"_s);
    m_roundCheck->setAccessibleName(tr("Round to the rupee"));
    m_roundCheck->setChecked(m_context.roundToRupee());
    m_sandboxCheck = new QCheckBox(tr("NIC &sandbox mode (test GSTINs allowed)"), general);
    m_sandboxCheck->setObjectName(u"sandboxCheck"_s);
    m_sandboxCheck->setAccessibleName(tr("Sandbox mode"));
    m_sandboxCheck->setChecked(m_context.sandboxMode());
    auto* generalForm = new QFormLayout(general);
    auto* languageLabel = new QLabel(tr("&Language:"), general);
    languageLabel->setBuddy(m_languageCombo);
    generalForm->addRow(languageLabel, m_languageCombo);
    // Appearance: the system's light or dark (followed while running), or one of them always.
    m_appearanceCombo = new QComboBox(general);
    m_appearanceCombo->setObjectName(u"appearanceCombo"_s);
    m_appearanceCombo->setAccessibleName(tr("Appearance"));
    m_appearanceCombo->addItem(tr("System"), Theme::toString(Appearance::System));
    m_appearanceCombo->addItem(tr("Light"), Theme::toString(Appearance::Light));
    m_appearanceCombo->addItem(tr("Dark"), Theme::toString(Appearance::Dark));
    m_appearanceCombo->setCurrentIndex(qMax(0, m_appearanceCombo->findData(Theme::toString(m_context.appearance()))));
    auto* appearanceLabel = new QLabel(tr("A&ppearance:"), general);
    appearanceLabel->setBuddy(m_appearanceCombo);
    generalForm->addRow(appearanceLabel, m_appearanceCombo);
    generalForm->addRow(m_roundCheck);
    generalForm->addRow(m_sandboxCheck);

    // The store.
    auto* storeGroup = new QGroupBox(tr("Store"), this);
    storeGroup->setObjectName(u"storeGroup"_s);
    m_storePathLabel = new QLabel(storeGroup);
    m_storePathLabel->setObjectName(u"storePathLabel"_s);
    m_storePathLabel->setAccessibleName(tr("Store file"));
    m_storePathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openStoreButton = new QPushButton(tr("&Open another store…"), storeGroup);
    m_openStoreButton->setObjectName(u"openStoreButton"_s);
    m_newStoreButton = new QPushButton(tr("&New store…"), storeGroup);
    m_newStoreButton->setObjectName(u"newStoreButton"_s);
    m_backupButton = new QPushButton(tr("&Backup…"), storeGroup);
    m_backupButton->setObjectName(u"backupButton"_s);
    m_restoreButton = new QPushButton(tr("R&estore…"), storeGroup);
    m_restoreButton->setObjectName(u"restoreButton"_s);
    for (QPushButton* b : { m_openStoreButton, m_newStoreButton, m_backupButton, m_restoreButton }) {
        b->setAccessibleName(spokenText(b->text()));
    }
    m_resultLabel = new QLabel(storeGroup);
    m_resultLabel->setObjectName(u"storeResultLabel"_s);
    m_resultLabel->setAccessibleName(tr("Result"));
    m_resultLabel->setWordWrap(true);
    auto* storeButtons = new QHBoxLayout;
    for (QPushButton* b : { m_openStoreButton, m_newStoreButton, m_backupButton, m_restoreButton }) {
        storeButtons->addWidget(b);
    }
    storeButtons->addStretch(1);
    auto* storeLayout = new QVBoxLayout(storeGroup);
    storeLayout->addWidget(m_storePathLabel);
    storeLayout->addLayout(storeButtons);
    storeLayout->addWidget(m_resultLabel);

    // The current workspace.
    auto* workspaceGroup = new QGroupBox(tr("Workspace"), this);
    workspaceGroup->setObjectName(u"workspaceGroup"_s);
    m_aatoCheck = new QCheckBox(tr("Annual turnover of ₹10 crore or more (30-day &reporting limit)"), workspaceGroup);
    m_aatoCheck->setObjectName(u"aatoCheck"_s);
    m_aatoCheck->setAccessibleName(tr("Turnover of ₹10 crore or more"));
    m_seriesTable = new QTableWidget(0, SeriesColumnCount, workspaceGroup);
    m_seriesTable->setObjectName(u"seriesTable"_s);
    m_seriesTable->setAccessibleName(tr("Number series"));
    m_seriesTable->setHorizontalHeaderLabels(
        { tr("Type"), tr("FY"), tr("Pattern"), tr("Width"), tr("Next value"), tr("Next number") });
    m_seriesTable->verticalHeader()->hide();
    m_seriesTable->horizontalHeader()->setStretchLastSection(true);
    m_seriesTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_seriesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_seriesTable->setTabKeyNavigation(false);
    m_seriesTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
    auto* seriesLabel = new QLabel(tr("N&umber series ({fy}, {fy4}, {n}):"), workspaceGroup);
    seriesLabel->setBuddy(m_seriesTable);
    m_seriesLabel = new QLabel(workspaceGroup);
    m_seriesLabel->setObjectName(u"seriesMessageLabel"_s);
    m_seriesLabel->setAccessibleName(tr("Number series result"));
    m_seriesLabel->setWordWrap(true);
    auto* workspaceLayout = new QVBoxLayout(workspaceGroup);
    workspaceLayout->addWidget(m_aatoCheck);
    workspaceLayout->addWidget(seriesLabel);
    workspaceLayout->addWidget(m_seriesTable);
    workspaceLayout->addWidget(m_seriesLabel);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(general);
    contentLayout->addWidget(storeGroup);
    contentLayout->addWidget(workspaceGroup);
    contentLayout->addWidget(new ProfilesGroup(content));
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"settingsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_languageCombo, &QComboBox::activated, this, [this](int index) {
        const QString language = m_languageCombo->itemData(index).toString();
        if (language != m_context.language()) {
            m_context.setLanguage(language); // main() rebuilds the window
        }
    });
    connect(m_appearanceCombo, &QComboBox::activated, this, [this](int index) {
        m_context.setAppearance(Theme::fromString(m_appearanceCombo->itemData(index).toString()));
    });
    connect(m_roundCheck, &QCheckBox::toggled, &m_context, &AppContext::setRoundToRupee);
    connect(m_sandboxCheck, &QCheckBox::toggled, &m_context, &AppContext::setSandboxMode);
    connect(m_aatoCheck, &QCheckBox::toggled, this, &SettingsPage::saveAato);
    connect(m_seriesTable, &QTableWidget::itemChanged, this, &SettingsPage::seriesEdited);
    connect(m_openStoreButton, &QPushButton::clicked, this, [this] {
        chooseFile(false, tr("Open store"), u"sqlite"_s, [this](const QString& path) { switchStore(path, false); });
    });
    connect(m_newStoreButton, &QPushButton::clicked, this, [this] {
        chooseFile(true, tr("New store"), u"sqlite"_s, [this](const QString& path) { switchStore(path, true); });
    });
    connect(m_backupButton, &QPushButton::clicked, this, [this] {
        chooseFile(true, tr("Backup"), u"sqlite"_s, [this](const QString& path) { backupTo(path); });
    });
    connect(m_restoreButton, &QPushButton::clicked, this, [this] {
        chooseFile(false, tr("Restore"), u"sqlite"_s, [this](const QString& path) { confirmRestore(path); });
    });
    connect(&m_context, &AppContext::storeOpened, this, &SettingsPage::reload);
    connect(&m_context, &AppContext::workspaceChanged, this, &SettingsPage::reload);
    connect(&m_context, &AppContext::workspacesChanged, this, &SettingsPage::reload);
    reload();
}

SettingsPage::~SettingsPage()
{
    // An editor still open in the series table commits when it is destroyed, after this page's
    // own members are gone.
    disconnect(m_seriesTable, nullptr, this, nullptr);
    if (m_backupThread) {
        m_backupThread->wait();
        delete m_backupThread;
    }
    QCoreApplication::removePostedEvents(this);
}

void SettingsPage::chooseFile(bool save,
                              const QString& title,
                              const QString& suffix,
                              const std::function<void(const QString&)>& then)
{
    auto* dialog = new QFileDialog(this, title, QString(), tr("IRN Desk stores (*.sqlite);;All files (*)"));
    dialog->setObjectName(u"storeFileDialog"_s);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, then);
    dialog->open();
}

void SettingsPage::reload()
{
    m_loading = true;
    const QString path = m_context.storePath();
    m_storePathLabel->setText(path.isEmpty() ? tr("No store open") : QDir::toNativeSeparators(path));
    m_backupButton->setEnabled(!path.isEmpty() && !m_backupThread);
    m_restoreButton->setEnabled(!path.isEmpty() && !m_backupThread);

    const auto workspace = m_context.workspace();
    m_aatoCheck->setEnabled(workspace.has_value());
    m_aatoCheck->setChecked(workspace && workspace->profile.aato10Crore);
    const int currentRow = m_seriesTable->currentRow();
    const int currentColumn = m_seriesTable->currentColumn();
    m_seriesTable->setRowCount(0);
    m_shownSeries.clear();
    m_seriesTable->setEnabled(workspace.has_value());
    if (workspace) {
        QList<store::NumberSeries> series = m_context.store()->numberSeries(workspace->id);
        // The current year's series are shown even before a first number was given, so that their
        // pattern can be set in advance (saved when edited).
        const QString fy = financialYear(m_context.today());
        for (const QString& type : { u"INV"_s, u"CRN"_s, u"DBN"_s }) {
            const bool known = std::any_of(series.cbegin(), series.cend(), [&](const store::NumberSeries& s) {
                return s.docType == type && s.fy == fy;
            });
            if (!known) {
                store::NumberSeries s;
                s.workspaceId = workspace->id;
                s.docType = type;
                s.fy = fy;
                s.pattern = store::NumberSeries::defaultPattern(type);
                series.append(s);
            }
        }
        std::sort(series.begin(), series.end(), [](const store::NumberSeries& a, const store::NumberSeries& b) {
            return a.fy != b.fy ? a.fy > b.fy : a.docType < b.docType;
        });
        m_shownSeries = series;
        for (const store::NumberSeries& s : series) {
            const int row = m_seriesTable->rowCount();
            m_seriesTable->insertRow(row);
            m_seriesTable->setItem(row, TypeColumn, fixedItem(s.docType));
            m_seriesTable->setItem(row, FyColumn, fixedItem(s.fy));
            m_seriesTable->setItem(row, PatternColumn, new QTableWidgetItem(s.pattern));
            m_seriesTable->setItem(row, WidthColumn, new QTableWidgetItem(QString::number(s.width)));
            m_seriesTable->setItem(row, NextColumn, new QTableWidgetItem(QString::number(s.nextValue)));
            m_seriesTable->setItem(row, ExampleColumn, fixedItem(s.format(s.nextValue)));
        }
        m_seriesTable->resizeColumnsToContents();
        if (currentRow >= 0 && currentRow < m_seriesTable->rowCount()) {
            m_seriesTable->setCurrentCell(currentRow, currentColumn); // the keyboard user stays where they were
        }
    }
    m_loading = false;
}

void SettingsPage::showResult(const QString& message, bool failed)
{
    m_resultLabel->setText(message);
    Theme::setStyleSheet(m_resultLabel, failed ? u"color: {error};"_s : QString());
}

bool SettingsPage::switchStore(const QString& path, bool create)
{
    if (create && QFileInfo::exists(path)) {
        showResult(tr("%1 already exists: use Open another store.").arg(QDir::toNativeSeparators(path)), true);
        return false;
    }
    const Status opened = m_context.switchStore(path);
    if (!opened) {
        showResult(tr("The store was not opened: %1").arg(opened.error().message), true);
        return false;
    }
    showResult(tr("Store %1 is open.").arg(QDir::toNativeSeparators(m_context.storePath())), false);
    return true;
}

bool SettingsPage::backupTo(const QString& path)
{
    if (!m_context.store() || m_backupThread) {
        return false;
    }
    const QString storePath = m_context.storePath();
    showResult(tr("Backing up to %1…").arg(QDir::toNativeSeparators(path)), false);
    m_backupButton->setEnabled(false);
    m_restoreButton->setEnabled(false);
    // A big store takes a while to copy: the copy is made on a connection of its own.
    m_backupThread = QThread::create([this, storePath, path] {
        QString error;
        auto store = store::Store::open(storePath, store::Store::Options{ store::Store::IntegrityCheck::Never, 5000, {} });
        if (!store) {
            error = store.error().message;
        } else if (const Status s = store.value()->backupTo(path); !s) {
            error = s.error().message;
        }
        QMetaObject::invokeMethod(
            this,
            [this, path, error] {
                m_backupThread->wait();
                delete m_backupThread;
                m_backupThread = nullptr;
                m_backupButton->setEnabled(m_context.store() != nullptr);
                m_restoreButton->setEnabled(m_context.store() != nullptr);
                if (error.isEmpty()) {
                    showResult(tr("Backup saved to %1").arg(QDir::toNativeSeparators(path)), false);
                } else {
                    showResult(tr("No backup made: %1").arg(error), true);
                }
                emit backupFinished(path, error);
            },
            Qt::QueuedConnection);
    });
    m_backupThread->setObjectName(u"storeBackup"_s);
    m_backupThread->start();
    return true;
}

void SettingsPage::confirmRestore(const QString& path)
{
    auto* box = new QMessageBox(QMessageBox::Warning,
                                tr("Restore"),
                                tr("Replace everything in the store with the backup %1?\nA copy of the store is kept.")
                                    .arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Yes | QMessageBox::No,
                                this);
    box->setObjectName(u"restoreConfirmBox"_s);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, path](QAbstractButton* button) {
        if (box->standardButton(button) == QMessageBox::Yes) {
            restoreFrom(path);
        }
    });
    box->open();
}

bool SettingsPage::restoreFrom(const QString& path)
{
    store::Store* store = m_context.store();
    if (!store) {
        return false;
    }
    if (const Status s = store->restoreFrom(path); !s) {
        showResult(tr("Not restored: %1").arg(s.error().message), true);
        return false;
    }
    // Opened again, so that every page and the workspace choice start from the restored content.
    const QString storePath = m_context.storePath();
    if (!switchStore(storePath, false)) {
        return false;
    }
    showResult(tr("Restored from %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void SettingsPage::saveAato(bool on)
{
    if (m_loading) {
        return;
    }
    auto workspace = m_context.workspace();
    if (!workspace || workspace->profile.aato10Crore == on) {
        return;
    }
    workspace->profile.aato10Crore = on;
    if (const Status s = m_context.store()->updateWorkspace(workspace->id, workspace->profile); !s) {
        m_seriesLabel->setText(s.error().message);
        return;
    }
    m_context.notifyWorkspacesChanged();
}

void SettingsPage::seriesEdited(QTableWidgetItem* item)
{
    const auto workspace = m_context.workspaceId();
    if (m_loading || !workspace || !m_context.store()) {
        return;
    }
    const int row = item->row();
    const auto text = [&](int column) {
        const QTableWidgetItem* cell = m_seriesTable->item(row, column);
        return cell ? cell->text().trimmed() : QString();
    };
    store::NumberSeries s;
    s.workspaceId = *workspace;
    s.docType = text(TypeColumn);
    s.fy = text(FyColumn);
    s.pattern = text(PatternColumn);
    bool widthOk = false;
    bool nextOk = false;
    s.width = text(WidthColumn).toInt(&widthOk);
    s.nextValue = text(NextColumn).toLongLong(&nextOk);
    QString problem;
    if (!s.pattern.contains(u"{n}"_s)) {
        problem = tr("Pattern: must contain {n}");
    } else if (!widthOk || s.width < 1 || s.width > 10) {
        problem = tr("Width: 1 to 10");
    } else if (!nextOk || s.nextValue < 1) {
        problem = tr("Next value: a number from 1");
    } else if (s.format(s.nextValue).size() > kMaxDocNo) {
        problem = tr("Pattern: %1 is longer than 16 characters").arg(s.format(s.nextValue));
    } else if (const Status saved = m_context.store()->saveNumberSeries(s); !saved) {
        problem = saved.error().message;
    }
    m_seriesLabel->setText(problem.isEmpty() ? tr("Saved: the next number is %1").arg(s.format(s.nextValue)) : problem);
    Theme::setStyleSheet(m_seriesLabel, problem.isEmpty() ? QString() : u"color: {error};"_s);
    // The table shows what is stored: a refused edit goes back.
    m_loading = true;
    if (!problem.isEmpty()) {
        const auto stored = std::find_if(m_shownSeries.cbegin(), m_shownSeries.cend(), [&](const store::NumberSeries& o) {
            return o.docType == s.docType && o.fy == s.fy;
        });
        if (stored != m_shownSeries.cend()) {
            m_seriesTable->item(row, PatternColumn)->setText(stored->pattern);
            m_seriesTable->item(row, WidthColumn)->setText(QString::number(stored->width));
            m_seriesTable->item(row, NextColumn)->setText(QString::number(stored->nextValue));
        }
    } else {
        for (store::NumberSeries& o : m_shownSeries) {
            if (o.docType == s.docType && o.fy == s.fy) {
                o = s;
            }
        }
        m_seriesTable->item(row, ExampleColumn)->setText(s.format(s.nextValue));
    }
    m_loading = false;
}

} // namespace irndesk::ui
