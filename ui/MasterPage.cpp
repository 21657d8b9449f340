// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MasterPage.h"

#include "ui/AppContext.h"
#include "ui/MasterDialog.h"
#include "ui/SpokenText.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

/// What a cell of the table shows for field `key`.
QString shown(const QString& key, const QString& value, const Masters& masters)
{
    if (key == u"Kind"_s) {
        if (value == u"shipto"_s) {
            return partyKindTitle(store::Party::Kind::ShipTo);
        }
        if (value == u"dispatch"_s) {
            return partyKindTitle(store::Party::Kind::Dispatch);
        }
        return partyKindTitle(store::Party::Kind::Buyer);
    }
    if (key == u"IsServc"_s) {
        return value == u"Y"_s ? MasterPage::tr("Yes") : MasterPage::tr("No");
    }
    if ((key == u"Stcd"_s || key == u"Pos"_s) && !value.isEmpty()) {
        const QString name = masters.stateName(value.toInt());
        return name.isEmpty() ? value : value + u' ' + name;
    }
    return value;
}

} // namespace

MasterPage::MasterPage(AppContext& context, MasterKind kind, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_kind(kind)
{
    const bool parties = kind == MasterKind::Party;

    auto* searchLabel = new QLabel(tr("&Search:"), this);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(parties ? tr("Name or GSTIN") : tr("Description or HSN"));
    searchLabel->setBuddy(m_searchEdit);

    m_addButton = new QPushButton(tr("&Add…"), this);
    m_addButton->setObjectName(u"addButton"_s);
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(u"editButton"_s);
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_deleteButton->setObjectName(u"deleteButton"_s);
    m_importButton = new QPushButton(tr("&Import from CSV/XLSX…"), this);
    m_importButton->setObjectName(u"importButton"_s);
    for (QPushButton* b : { m_addButton, m_editButton, m_deleteButton, m_importButton }) {
        b->setAccessibleName(spokenText(b->text()));
    }

    auto* top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_searchEdit, 1);
    top->addWidget(m_addButton);
    top->addWidget(m_editButton);
    top->addWidget(m_deleteButton);
    top->addWidget(m_importButton);

    m_model = new QStandardItemModel(this);
    QStringList headers;
    for (const MasterField& f : masterFields(kind)) {
        headers << f.title;
    }
    m_model->setHorizontalHeaderLabels(headers);
    m_table = new QTableView(this);
    m_table->setObjectName(parties ? u"partiesTable"_s : u"productsTable"_s);
    m_table->setAccessibleName(parties ? tr("Parties") : tr("Products"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(u"cancelImportButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel import"));
    m_cancelButton->hide();
    m_importSummary = new QLabel(this);
    m_importSummary->setObjectName(u"importSummaryLabel"_s);
    m_importSummary->setWordWrap(true);
    m_importSummary->hide();
    m_importReport = new QListWidget(this);
    m_importReport->setObjectName(u"importReportList"_s);
    m_importReport->setAccessibleName(tr("Import report"));
    m_importReport->setMaximumHeight(140);
    m_importReport->hide();

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_importSummary);
    layout->addWidget(m_importReport);

    setTabOrder(m_searchEdit, m_table);
    setTabOrder(m_table, m_addButton);
    setTabOrder(m_addButton, m_editButton);
    setTabOrder(m_editButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_importButton);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &MasterPage::reload);
    connect(m_addButton, &QPushButton::clicked, this, &MasterPage::addRecord);
    connect(m_editButton, &QPushButton::clicked, this, &MasterPage::editCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &MasterPage::deleteCurrent);
    connect(m_importButton, &QPushButton::clicked, this, &MasterPage::chooseImportFile);
    connect(m_cancelButton, &QPushButton::clicked, this, &MasterPage::cancelImport);
    connect(m_table, &QTableView::activated, this, &MasterPage::editCurrent); // Enter or double-click
    m_table->installEventFilter(this); // the Delete key
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MasterPage::updateButtons);

    connect(&m_context, &AppContext::storeOpened, this, &MasterPage::reload);
    connect(&m_context, &AppContext::workspaceChanged, this, &MasterPage::reload);
    connect(&m_context, parties ? &AppContext::partiesChanged : &AppContext::productsChanged, this, &MasterPage::reload);
    reload();
}

MasterPage::~MasterPage()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
    // The worker's queued results must not reach a half-destroyed page.
    QCoreApplication::removePostedEvents(this);
}

bool MasterPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
        deleteCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

qint64 MasterPage::idAt(int row) const
{
    const QStandardItem* item = m_model->item(row, 0);
    return item ? item->data(kIdRole).toLongLong() : 0;
}

void MasterPage::reload()
{
    const qint64 current = m_table->currentIndex().isValid() ? idAt(m_table->currentIndex().row()) : 0;
    m_model->removeRows(0, m_model->rowCount());
    m_records.clear();
    store::Store* store = m_context.store();
    const auto workspace = m_context.workspaceId();
    if (store && workspace) {
        QList<std::pair<qint64, MasterRecord>> rows;
        if (m_kind == MasterKind::Party) {
            for (const store::Party& p : store->parties(*workspace, m_searchEdit->text().trimmed())) {
                rows.append({ p.id, recordOf(p) });
            }
        } else {
            for (const store::Product& p : store->products(*workspace, m_searchEdit->text().trimmed())) {
                rows.append({ p.id, recordOf(p) });
            }
        }
        const auto masters = Masters::builtIn();
        const QList<MasterField> fields = masterFields(m_kind);
        for (const auto& [id, record] : rows) {
            QList<QStandardItem*> items;
            for (const MasterField& f : fields) {
                auto* item = new QStandardItem(shown(f.key, record.value(f.key), *masters));
                item->setData(id, kIdRole);
                items << item;
            }
            m_model->appendRow(items);
            m_records.insert(id, record);
            if (id == current) {
                m_table->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
            }
        }
        m_table->resizeColumnsToContents();
    }
    updateButtons();
}

void MasterPage::updateButtons()
{
    const bool usable = m_context.store() && m_context.workspaceId();
    const bool selected = usable && m_table->currentIndex().isValid();
    m_addButton->setEnabled(usable);
    m_importButton->setEnabled(usable && !m_thread);
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
}

void MasterPage::addRecord()
{
    if (m_context.store() && m_context.workspaceId()) {
        openDialog(0, {});
    }
}

void MasterPage::editCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        return;
    }
    const qint64 id = idAt(index.row());
    openDialog(id, m_records.value(id));
}

void MasterPage::openDialog(qint64 id, const MasterRecord& record)
{
    const auto save = [this, id](const MasterRecord& edited) -> Status {
        store::Store* store = m_context.store();
        const auto workspace = m_context.workspaceId();
        if (!store || !workspace) {
            return Error{ ErrorCode::NotFound, tr("No workspace is open."), {} };
        }
        const RuleContext rules = m_context.ruleContext();
        Result<qint64> saved = Error{};
        if (m_kind == MasterKind::Party) {
            auto party = partyFromRecord(edited, *workspace, rules);
            if (!party) {
                return party.error();
            }
            party.value().id = id;
            saved = store->saveParty(party.value());
        } else {
            auto product = productFromRecord(edited, *workspace, rules);
            if (!product) {
                return product.error();
            }
            product.value().id = id;
            saved = store->saveProduct(product.value());
        }
        if (!saved) {
            return saved.error();
        }
        if (m_kind == MasterKind::Party) {
            m_context.notifyPartiesChanged();
        } else {
            m_context.notifyProductsChanged();
        }
        // Keep the saved row current, so that the keyboard user goes on from it.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (idAt(row) == saved.value()) {
                m_table->setCurrentIndex(m_model->index(row, 0));
            }
        }
        return Ok{};
    };
    auto* dialog = new MasterDialog(m_kind, record, save, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, m_table, [this] { m_table->setFocus(); });
    dialog->open();
}

void MasterPage::deleteCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    store::Store* store = m_context.store();
    if (!index.isValid() || !store) {
        return;
    }
    const qint64 id = idAt(index.row());
    const MasterRecord record = m_records.value(id);
    const QString name = m_kind == MasterKind::Party ? record.value(u"LglNm"_s) : record.value(u"PrdDesc"_s);
    auto* box = new QMessageBox(QMessageBox::Question,
                                tr("Delete"),
                                tr("Delete %1?").arg(name),
                                QMessageBox::Yes | QMessageBox::No,
                                this);
    box->setObjectName(u"deleteConfirmBox"_s);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton* button) {
        if (box->standardButton(button) != QMessageBox::Yes) {
            return;
        }
        store::Store* store = m_context.store();
        if (!store) {
            return;
        }
        const Status deleted = m_kind == MasterKind::Party ? store->deleteParty(id) : store->deleteProduct(id);
        if (!deleted) {
            QMessageBox::warning(this, tr("Delete"), deleted.error().message);
            return;
        }
        if (m_kind == MasterKind::Party) {
            m_context.notifyPartiesChanged();
        } else {
            m_context.notifyProductsChanged();
        }
    });
    box->open();
}

void MasterPage::chooseImportFile()
{
    auto* dialog = new QFileDialog(this, tr("Import"), QString(), tr("Spreadsheets (*.csv *.xlsx);;All files (*)"));
    dialog->setObjectName(u"importFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { startImport(path); });
    dialog->open();
}

bool MasterPage::startImport(const QString& path)
{
    if (m_thread || !m_context.store() || !m_context.workspaceId()) {
        return false;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    const MasterKind kind = m_kind;
    const QString storePath = m_context.storePath();
    const qint64 workspace = *m_context.workspaceId();
    const RuleContext rules = m_context.ruleContext();
    m_importReport->clear();
    m_importReport->hide();
    m_importSummary->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_importSummary->show();
    m_progress->show();
    m_cancelButton->show();
    // The worker reads the file and writes through a Store of its own; results come back queued.
    m_thread = QThread::create([this, cancel, kind, path, storePath, workspace, rules] {
        const auto progress = [this](int rows) {
            QMetaObject::invokeMethod(
                this,
                [this, rows] { m_importSummary->setText(tr("Rows read: %L1…").arg(rows)); },
                Qt::QueuedConnection);
        };
        const MasterImportResult result = importMasters(kind, path, storePath, workspace, rules, *cancel, progress);
        QMetaObject::invokeMethod(this, [this, result, path] { finishImport(result, path); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"masterImport"_s);
    m_thread->start();
    updateButtons();
    return true;
}

void MasterPage::cancelImport()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

void MasterPage::finishImport(const MasterImportResult& result, const QString& path)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_progress->hide();
    m_cancelButton->hide();
    const QString file = QFileInfo(path).fileName();
    if (result.error) {
        m_importSummary->setText(tr("Nothing imported from %1: %2").arg(file, result.error->message));
    } else if (result.cancelled) {
        m_importSummary->setText(tr("Import cancelled; nothing was added."));
    } else {
        m_importSummary->setText(tr("%1: %2 added, %3 left out.").arg(file).arg(result.added).arg(result.rowsRead - result.added));
    }
    for (const MasterImportProblem& p : result.problems) {
        m_importReport->addItem(p.row > 0 ? tr("Row %1: %2").arg(p.row).arg(p.message) : p.message);
    }
    m_importReport->setVisible(m_importReport->count() > 0);
    if (result.added > 0) {
        if (m_kind == MasterKind::Party) {
            m_context.notifyPartiesChanged();
        } else {
            m_context.notifyProductsChanged();
        }
    }
    updateButtons();
    emit importFinished(result);
}

} // namespace irndesk::ui
