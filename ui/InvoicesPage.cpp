// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InvoicesPage.h"

#include "ui/Theme.h"

#include "core/io/Exporter.h"
#include "core/io/Importer.h"
#include "core/json/InvoiceReader.h"
#include "core/model/Dates.h"
#include "core/rules/Validator.h"
#include "ui/AppContext.h"
#include "ui/BulkTask.h"
#include "ui/ImportReportDialog.h"
#include "ui/RecentFiles.h"
#include "ui/InvoiceListModel.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace irndesk::ui {

using store::InvoiceStatus;

namespace {

constexpr int kDebounceMs = 250;
constexpr int kChunk = 500;
// The import report lists every invoice that needs a look; clean imports are only counted.
constexpr int kReportRowsMax = 50'000;

/// "10,00,000": a count with Indian digit grouping.
QString grouped(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    QString out;
    int i = static_cast<int>(digits.size());
    int group = 3;
    while (i > group) {
        out.prepend(QLatin1Char(',') + digits.mid(i - group, group));
        i -= group;
        group = 2;
    }
    out.prepend(digits.left(i));
    return n < 0 ? QLatin1Char('-') + out : out;
}

} // namespace

InvoicesPage::InvoicesPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("invoicesPage"));

    auto* bar = new QHBoxLayout;
    buildFilterBar(bar);

    m_model = new InvoiceListModel(context.store(), context.store() ? context.storePath() : QString(), this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("invoiceTable"));
    m_view->setAccessibleName(tr("Invoices"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    const int widths[] = {5, 18, 11, 21, 28, 16, 6, 14, 15, 20, 18};
    for (int c = 0; c < InvoiceListModel::ColumnCount; ++c) {
        m_view->setColumnWidth(c, widths[c] * charWidth + 12);
    }
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(InvoiceListModel::Date, Qt::DescendingOrder);
    m_view->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        // Columns the store cannot sort by keep the indicator where the list is sorted.
        if (!InvoiceListModel::sortOfColumn(column)) {
            m_view->horizontalHeader()->setSortIndicator(InvoiceListModel::columnOfSort(m_model->sortKey()),
                                                         m_model->sortOrder());
        }
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->idAt(index.row())) {
            emit m_context.openInvoiceRequested(id);
        }
    });

    // Actions.
    m_newButton = new QToolButton(this);
    m_newButton->setObjectName(QStringLiteral("newInvoiceButton"));
    m_newButton->setAccessibleName(tr("New invoice"));
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto* newInvoice = new QAction(tr("&New invoice"), this);
    newInvoice->setObjectName(QStringLiteral("pageNewInvoiceAction")); // Ctrl+N is the main window's
    connect(newInvoice, &QAction::triggered, this, [this] { emit m_context.newInvoiceRequested(QStringLiteral("INV")); });
    m_newButton->setDefaultAction(newInvoice);
    auto* newMenu = new QMenu(m_newButton);
    newMenu->setObjectName(QStringLiteral("newInvoiceMenu"));
    const std::pair<QString, QString> types[] = {{QStringLiteral("INV"), tr("Invoice")},
                                                 {QStringLiteral("CRN"), tr("Credit note")},
                                                 {QStringLiteral("DBN"), tr("Debit note")}};
    for (const auto& [type, title] : types) {
        QAction* action = newMenu->addAction(title);
        action->setObjectName(QStringLiteral("new%1Action").arg(type));
        connect(action, &QAction::triggered, this, [this, type] { emit m_context.newInvoiceRequested(type); });
    }
    m_newButton->setMenu(newMenu);

    m_validate = new QPushButton(tr("&Validate"), this);
    m_validate->setObjectName(QStringLiteral("validateButton"));
    m_validate->setAccessibleName(tr("Validate the selected invoices, or all shown"));
    connect(m_validate, &QPushButton::clicked, this, &InvoicesPage::validateInvoices);
    m_export = new QPushButton(tr("&Export bulk JSON…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export bulk JSON"));
    connect(m_export, &QPushButton::clicked, this, &InvoicesPage::exportInvoices);
    m_import = new QPushButton(tr("&Import files…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setAccessibleName(tr("Import files"));
    connect(m_import, &QPushButton::clicked, this, &InvoicesPage::importInvoices);
    // Submitting happens in its own dialog (the main window opens it): the selection, or with
    // nothing selected, what the workspace has ready.
    auto* submit = new QPushButton(tr("S&ubmit…"), this);
    submit->setObjectName(QStringLiteral("submitButton"));
    submit->setAccessibleName(tr("Submit the selected invoices to the IRP, or all ready ones"));
    connect(submit, &QPushButton::clicked, this, [this] { emit m_context.submitRequested(selectedIds()); });
    m_delete = new QPushButton(tr("De&lete"), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setAccessibleName(tr("Delete the selected invoices"));
    connect(m_delete, &QPushButton::clicked, this, &InvoicesPage::deleteSelected);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("invoiceCountLabel"));
    m_searching = new QLabel(tr("Searching…"), this);
    m_searching->setObjectName(QStringLiteral("searchingLabel"));
    m_searching->setVisible(false);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_newButton);
    actions->addWidget(m_validate);
    actions->addWidget(m_export);
    actions->addWidget(m_import);
    actions->addWidget(submit);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    actions->addWidget(m_searching);
    actions->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_filterProblem);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    setTabOrder(m_statusButton, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_docType);
    setTabOrder(m_docType, m_buyer);
    setTabOrder(m_buyer, m_text);
    setTabOrder(m_text, m_view);
    setTabOrder(m_view, m_newButton);
    setTabOrder(m_newButton, m_validate);
    setTabOrder(m_validate, m_export);
    setTabOrder(m_export, m_import);
    setTabOrder(m_import, m_delete);

    connect(m_model, &InvoiceListModel::searchingChanged, this, [this](bool searching) {
        m_searching->setVisible(searching);
        updateCounts();
    });
    connect(m_model, &InvoiceListModel::loaded, this, &InvoicesPage::onLoaded);
    connect(m_model, &InvoiceListModel::loadFailed, this, [this](const QString& message) {
        m_filterProblem->setText(message);
        m_filterProblem->setVisible(true);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InvoicesPage::updateCounts);
    connect(&context, &AppContext::storeOpened, this, &InvoicesPage::onStoreOpened);
    connect(&context, &AppContext::workspaceChanged, this, [this] {
        m_keepSelected.clear();
        m_keepCurrent = 0;
        applyFilter();
    });
    connect(&context, &AppContext::invoicesChanged, this, &InvoicesPage::onInvoicesChanged);
    applyFilter();
}

InvoicesPage::~InvoicesPage()
{
    // Closing the window moves the focus out of a line edit (editingFinished) while the page is
    // half gone: nothing may reach it any more.
    for (QObject* sender : std::initializer_list<QObject*>{m_from, m_to, m_buyer, m_text, m_debounce, m_docType, m_statusMenu}) {
        sender->disconnect(this);
    }
    for (QAction* action : m_statusMenu->actions()) {
        action->disconnect(this);
    }
}

void InvoicesPage::buildFilterBar(QHBoxLayout* bar)
{
    m_statusButton = new QToolButton(this);
    m_statusButton->setObjectName(QStringLiteral("statusFilterButton"));
    m_statusButton->setAccessibleName(tr("Status filter"));
    m_statusButton->setText(tr("&Status: all"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusMenu = new QMenu(m_statusButton);
    m_statusMenu->setObjectName(QStringLiteral("statusFilterMenu"));
    for (InvoiceStatus status : store::kAllStatuses) {
        QAction* action = m_statusMenu->addAction(store::statusTitle(status));
        action->setObjectName(QStringLiteral("statusFilter_") + store::statusName(status));
        action->setCheckable(true);
        action->setData(static_cast<int>(status));
        connect(action, &QAction::toggled, this, &InvoicesPage::applyFilter);
    }
    m_statusButton->setMenu(m_statusMenu);

    const auto dateEdit = [this](const QString& name, const QString& accessible) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(tr("dd/mm/yyyy"));
        edit->setClearButtonEnabled(true);
        edit->setMaximumWidth(fontMetrics().averageCharWidth() * 14 + 30);
        connect(edit, &QLineEdit::editingFinished, this, &InvoicesPage::applyFilter);
        connect(edit, &QLineEdit::textChanged, this, [this, edit](const QString& text) {
            if (text.isEmpty() || text.size() == 10) {
                applyFilter(); // cleared, or a whole date typed
            }
            Q_UNUSED(edit);
        });
        return edit;
    };
    m_from = dateEdit(QStringLiteral("fromDateEdit"), tr("From date"));
    m_to = dateEdit(QStringLiteral("toDateEdit"), tr("To date"));
    auto* fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);

    m_docType = new QComboBox(this);
    m_docType->setObjectName(QStringLiteral("docTypeFilterCombo"));
    m_docType->setAccessibleName(tr("Document type"));
    m_docType->addItem(tr("All types"), QString());
    m_docType->addItem(tr("Invoices"), QStringLiteral("INV"));
    m_docType->addItem(tr("Credit notes"), QStringLiteral("CRN"));
    m_docType->addItem(tr("Debit notes"), QStringLiteral("DBN"));
    connect(m_docType, &QComboBox::currentIndexChanged, this, &InvoicesPage::applyFilter);
    auto* typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_docType);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &InvoicesPage::applyFilter);

    m_buyer = new QLineEdit(this);
    m_buyer->setObjectName(QStringLiteral("buyerFilterEdit"));
    m_buyer->setAccessibleName(tr("Buyer GSTIN or name"));
    m_buyer->setPlaceholderText(tr("GSTIN or name"));
    m_buyer->setClearButtonEnabled(true);
    connect(m_buyer, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    auto* buyerLabel = new QLabel(tr("&Buyer:"), this);
    buyerLabel->setBuddy(m_buyer);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("searchEdit"));
    m_text->setAccessibleName(tr("Search number, buyer or IRN"));
    m_text->setPlaceholderText(tr("Number, buyer, GSTIN or IRN"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    auto* textLabel = new QLabel(tr("Sea&rch:"), this);
    textLabel->setBuddy(m_text);

    m_filterProblem = new QLabel(this);
    m_filterProblem->setObjectName(QStringLiteral("filterProblemLabel"));
    m_filterProblem->setVisible(false);
    Theme::setStyleSheet(m_filterProblem, QStringLiteral("color: {error}"));

    bar->addWidget(m_statusButton);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(typeLabel);
    bar->addWidget(m_docType);
    bar->addWidget(buyerLabel);
    bar->addWidget(m_buyer, 1);
    bar->addWidget(textLabel);
    bar->addWidget(m_text, 2);
}

store::InvoiceFilter InvoicesPage::currentFilter(QString* problem) const
{
    store::InvoiceFilter filter;
    filter.workspaceId = m_context.workspaceId();
    QStringList titles;
    for (QAction* action : m_statusMenu->actions()) {
        if (action->isChecked()) {
            filter.statuses.append(static_cast<InvoiceStatus>(action->data().toInt()));
            titles.append(action->text());
        }
    }
    const auto date = [problem](QLineEdit* edit, const QString& field) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            return QDate();
        }
        const QDate d = parseInvoiceDate(text);
        if (!d.isValid() && problem->isEmpty()) {
            *problem = tr("%1: “%2” is not a date; write it as dd/mm/yyyy.").arg(field, text);
        }
        return d;
    };
    filter.from = date(m_from, tr("From"));
    filter.to = date(m_to, tr("To"));
    filter.docType = m_docType->currentData().toString();
    filter.buyer = m_buyer->text().trimmed();
    filter.text = m_text->text().trimmed();
    return filter;
}

bool InvoicesPage::filterIsWholeWorkspace() const
{
    QString problem;
    const store::InvoiceFilter f = currentFilter(&problem);
    return f.statuses.isEmpty() && !f.from.isValid() && !f.to.isValid() && f.docType.isEmpty() && f.buyer.isEmpty()
        && f.text.isEmpty();
}

void InvoicesPage::applyFilter()
{
    m_debounce->stop();
    QString problem;
    const store::InvoiceFilter filter = currentFilter(&problem);
    m_filterProblem->setText(problem);
    m_filterProblem->setVisible(!problem.isEmpty());
    int checked = 0;
    for (QAction* action : m_statusMenu->actions()) {
        checked += action->isChecked() ? 1 : 0;
    }
    m_statusButton->setText(checked == 0 ? tr("&Status: all") : tr("&Status: %n chosen", nullptr, checked));
    if (!problem.isEmpty()) {
        return; // the list stays as it was until the date reads
    }
    const store::InvoiceFilter old = m_model->filter();
    if (old.workspaceId == filter.workspaceId && old.statuses == filter.statuses && old.from == filter.from
        && old.to == filter.to && old.docType == filter.docType && old.buyer == filter.buyer && old.text == filter.text
        && !m_model->ids().isEmpty()) {
        return;
    }
    m_model->setFilter(filter);
}

QList<qint64> InvoicesPage::selectedIds() const
{
    QList<qint64> ids;
    // By range, not by index: a selection of a million rows is a handful of ranges.
    for (const QItemSelectionRange& range : m_view->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            ids.append(m_model->idAt(row));
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QList<qint64> InvoicesPage::targetIds() const
{
    QList<qint64> ids = selectedIds();
    return ids.isEmpty() ? m_model->ids() : ids;
}

void InvoicesPage::updateCounts()
{
    qint64 selected = 0;
    for (const QItemSelectionRange& range : m_view->selectionModel()->selection()) {
        selected += range.height();
    }
    const qint64 rows = m_model->rowCount();
    QString text = rows == 1 ? tr("1 invoice") : tr("%1 invoices").arg(grouped(rows));
    if (selected > 0) {
        text += tr(", %1 selected").arg(grouped(selected));
    }
    m_count->setText(text);
    m_count->setAccessibleName(text);
    m_delete->setEnabled(selected > 0);
}

void InvoicesPage::onStoreOpened()
{
    m_keepSelected.clear();
    m_keepCurrent = 0;
    m_model->setStore(m_context.store(), m_context.storePath());
    applyFilter();
}

void InvoicesPage::onInvoicesChanged()
{
    m_keepSelected = selectedIds().mid(0, 10'000);
    m_keepCurrent = m_model->idAt(m_view->currentIndex().row());
    m_model->refresh();
}

void InvoicesPage::onLoaded()
{
    restoreSelection();
    updateCounts();
}

void InvoicesPage::restoreSelection()
{
    if (m_keepSelected.isEmpty() && m_keepCurrent == 0) {
        return;
    }
    // One pass over the ids: the rows of the kept ones.
    const QSet<qint64> wanted(m_keepSelected.cbegin(), m_keepSelected.cend());
    QItemSelection selection;
    int currentRow = -1;
    const QList<qint64>& ids = m_model->ids();
    const int last = InvoiceListModel::ColumnCount - 1;
    for (int row = 0; row < ids.size(); ++row) {
        if (wanted.contains(ids[row])) {
            selection.select(m_model->index(row, 0), m_model->index(row, last));
        }
        if (ids[row] == m_keepCurrent) {
            currentRow = row;
        }
    }
    if (currentRow >= 0) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_keepSelected.clear();
    m_keepCurrent = 0;
}

bool InvoicesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            deleteSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

BulkProgressDialog* InvoicesPage::runBulk(const QString& title, std::function<void()> done, BulkTask* task)
{
    Q_UNUSED(title);
    auto* dialog = new BulkProgressDialog(task, this);
    connect(task, &BulkTask::finished, this, [this, done = std::move(done)] {
        if (done) {
            done();
        }
        m_context.notifyInvoicesChanged();
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    emit bulkStarted(dialog);
    return dialog;
}

void InvoicesPage::validateInvoices()
{
    if (!m_context.store()) {
        return;
    }
    const QList<qint64> ids = targetIds();
    const QString path = m_context.storePath();
    const RuleContext rules = m_context.ruleContext();
    auto* task = new BulkTask(tr("Validate invoices"), [ids, path, rules](BulkTask& t) {
        BulkTask::Outcome outcome;
        auto opened = store::Store::open(path, {store::Store::IntegrityCheck::Never, 5000, {}});
        if (!opened) {
            outcome.failed = true;
            outcome.summary = opened.error().message;
            return outcome;
        }
        store::Store& db = *opened.value();
        qint64 done = 0, ready = 0, drafts = 0, skipped = 0, unreadable = 0;
        t.report(0, ids.size());
        for (qsizetype first = 0; first < ids.size() && !t.isCancelled(); first += kChunk) {
            const auto contents = db.invoiceContents(ids.mid(first, kChunk));
            store::Store::Transaction tx(db);
            if (!tx.status()) {
                outcome.failed = true;
                outcome.summary = tx.status().error().message;
                break;
            }
            bool ok = true;
            for (const auto& [summary, json] : contents) {
                if (summary.status != InvoiceStatus::Draft && summary.status != InvoiceStatus::Ready) {
                    ++skipped; // exported, sent or registered: their findings stay those they went out with
                    continue;
                }
                const ReadInvoice read = readInvoice(json);
                if (!read.invoice) {
                    ++unreadable;
                    continue;
                }
                const Findings findings = validate(*read.invoice, rules);
                if (Status s = db.recordValidation(summary.id, findings); !s) {
                    outcome.failed = true;
                    outcome.summary = s.error().message;
                    ok = false;
                    break;
                }
                (hasErrors(findings) ? drafts : ready) += 1;
            }
            if (!ok) {
                break;
            }
            if (Status s = tx.commit(); !s) {
                outcome.failed = true;
                outcome.summary = s.error().message;
                break;
            }
            done = std::min<qint64>(ids.size(), first + kChunk);
            t.report(done, ids.size());
        }
        if (!outcome.failed) {
            outcome.summary = tr("%1 of %2 invoices checked: %3 ready, %4 with errors (drafts).")
                                  .arg(grouped(ready + drafts + skipped + unreadable), grouped(ids.size()),
                                       grouped(ready), grouped(drafts));
            if (skipped > 0) {
                outcome.summary += QLatin1Char(' ') + tr("%1 left as they are (exported, sent or registered).").arg(grouped(skipped));
            }
            if (unreadable > 0) {
                outcome.summary += QLatin1Char(' ') + tr("%1 could not be read.").arg(grouped(unreadable));
            }
            if (t.isCancelled()) {
                outcome.summary += QLatin1Char(' ') + tr("Cancelled: the rest was not checked.");
            }
        }
        return outcome;
    });
    runBulk(task->title(), {}, task);
}

void InvoicesPage::exportInvoices()
{
    if (!m_context.store()) {
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setWindowTitle(tr("Export bulk JSON"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* folder = new QLineEdit(dialog);
    folder->setObjectName(QStringLiteral("exportFolderEdit"));
    folder->setAccessibleName(tr("Folder"));
    folder->setText(QDir::homePath());
    auto* browse = new QPushButton(tr("&Browse…"), dialog);
    browse->setObjectName(QStringLiteral("exportBrowseButton"));
    browse->setAccessibleName(tr("Choose the folder"));
    connect(browse, &QPushButton::clicked, dialog, [dialog, folder] {
        const QString chosen = QFileDialog::getExistingDirectory(dialog, tr("Export to"), folder->text());
        if (!chosen.isEmpty()) {
            folder->setText(QDir::toNativeSeparators(chosen));
        }
    });
    auto* size = new QSpinBox(dialog);
    size->setObjectName(QStringLiteral("exportSizeSpin"));
    size->setAccessibleName(tr("Largest file, in bytes"));
    // The portal takes bulk files of up to 2 MB; smaller files upload faster on a slow line.
    size->setRange(10'000, static_cast<int>(kDefaultBulkFileBytes));
    size->setSingleStep(100'000);
    size->setGroupSeparatorShown(true);
    size->setValue(static_cast<int>(kDefaultBulkFileBytes));
    size->setSuffix(tr(" bytes"));
    const int selected = static_cast<int>(selectedIds().size());
    auto* what = new QLabel(selected > 0 ? tr("The %n selected invoices (those ready to upload).", nullptr, selected)
                                         : tr("Every invoice shown that is ready to upload."),
                            dialog);
    what->setWordWrap(true);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"), dialog);
    folderLabel->setBuddy(folder);
    auto* sizeLabel = new QLabel(tr("&Largest file:"), dialog);
    sizeLabel->setBuddy(size);
    form->addRow(folderLabel, folderRow);
    form->addRow(sizeLabel, size);
    auto* problem = new QLabel(dialog);
    problem->setObjectName(QStringLiteral("exportProblemLabel"));
    problem->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("exportButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportOkButton"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, folder, size, problem] {
        const QString dir = folder->text().trimmed();
        if (dir.isEmpty() || !QDir(dir).exists()) {
            problem->setText(tr("Folder: “%1” does not exist.").arg(dir));
            problem->setVisible(true);
            folder->setFocus();
            return;
        }
        dialog->accept();
        exportTo(dir, size->value());
    });
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog->open();
}

void InvoicesPage::exportTo(const QString& folder, qint64 maxBytes)
{
    if (!m_context.store()) {
        return;
    }
    io::ExportOptions options;
    options.workspaceId = m_context.workspaceId();
    // Nothing selected and no filter: the exporter's own choice, every ready (and now clean
    // draft) invoice of the workspace. Otherwise exactly the invoices chosen or shown.
    const QList<qint64> selected = selectedIds();
    if (!selected.isEmpty()) {
        options.ids = selected;
    } else if (!filterIsWholeWorkspace()) {
        options.ids = m_model->ids();
        if (options.ids.isEmpty()) {
            QMessageBox::information(this, tr("Export bulk JSON"), tr("No invoice is shown: nothing to export."));
            return;
        }
    }
    options.outDir = folder;
    options.maxBytes = maxBytes;
    options.today = m_context.today();
    options.sandbox = m_context.sandboxMode();
    const QString path = m_context.storePath();
    auto* task = new BulkTask(tr("Export bulk JSON"), [options, path](BulkTask& t) mutable {
        BulkTask::Outcome outcome;
        auto opened = store::Store::open(path, {store::Store::IntegrityCheck::Never, 5000, {}});
        if (!opened) {
            outcome.failed = true;
            outcome.summary = opened.error().message;
            return outcome;
        }
        options.progress = [&t](qint64 done, qint64 total) { return t.report(done, total); };
        qint64 leftOut = 0;
        QStringList reasons;
        const auto result = io::exportBulk(*opened.value(), options, [&](const io::ExportEntry& e) {
            if (!e.exported) {
                ++leftOut;
                if (reasons.size() < 5) {
                    reasons.append(QStringLiteral("%1 %2: %3").arg(e.docType, e.docNo, e.reasons.join(QStringLiteral("; "))));
                }
            }
        });
        if (!result) {
            outcome.failed = true;
            outcome.summary = result.error().message;
            return outcome;
        }
        const io::ExportSummary& s = result.value();
        QStringList names;
        for (const QString& f : s.files) {
            names.append(QFileInfo(f).fileName());
        }
        outcome.summary = tr("%1 invoices written to %2 files in %3.")
                              .arg(grouped(s.exported))
                              .arg(s.files.size())
                              .arg(QDir::toNativeSeparators(options.outDir));
        if (!names.isEmpty()) {
            outcome.summary += QLatin1Char('\n') + names.join(QStringLiteral(", "));
        }
        if (leftOut > 0) {
            outcome.summary += QLatin1Char('\n') + tr("%1 left out, for example:").arg(grouped(leftOut)) + QLatin1Char('\n')
                + reasons.join(QLatin1Char('\n'));
        }
        if (s.cancelled) {
            outcome.summary += QLatin1Char('\n') + tr("Cancelled: the files written so far are complete.");
        }
        return outcome;
    });
    runBulk(task->title(), {}, task);
}

void InvoicesPage::importInvoices()
{
    if (!m_context.store()) {
        return;
    }
    auto* dialog = new QFileDialog(this, tr("Import invoices"), QDir::homePath(),
                                   tr("Invoices (*.json *.csv *.xlsx);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &InvoicesPage::importFiles);
    dialog->open();
}

void InvoicesPage::importFiles(const QStringList& files)
{
    if (!m_context.store() || files.isEmpty()) {
        return;
    }
    RecentFiles(RecentFiles::Kind::Imports).add(files); // the File menu's Import recent
    io::ImportOptions options;
    // Into the current workspace only: invoices of another seller are refused and reported, so
    // nothing lands where the list does not show it. Without a workspace, each goes to its seller's.
    if (const auto ws = m_context.workspace()) {
        options.workspaceGstin = ws->profile.gstin;
    }
    options.today = m_context.today();
    options.sandbox = m_context.sandboxMode();
    options.threads = std::max(1, QThread::idealThreadCount() - 1);
    const QString path = m_context.storePath();
    auto entries = std::make_shared<QList<io::ImportEntry>>();
    auto created = std::make_shared<bool>(false);
    auto* task = new BulkTask(tr("Import invoices"), [options, path, files, entries, created](BulkTask& t) mutable {
        BulkTask::Outcome outcome;
        auto opened = store::Store::open(path, {store::Store::IntegrityCheck::Never, 5000, {}});
        if (!opened) {
            outcome.failed = true;
            outcome.summary = opened.error().message;
            return outcome;
        }
        options.progress = [&t](qint64 done, qint64 total) { return t.report(done, total); };
        qint64 clean = 0;
        qint64 notListed = 0;
        const auto result = io::importFiles(*opened.value(), files, options, [&](const io::ImportEntry& e) {
            using O = io::ImportEntry::Outcome;
            const bool stored = e.outcome == O::Imported || e.outcome == O::Updated;
            if (stored && e.errors == 0 && e.warnings == 0 && e.messages.isEmpty()) {
                ++clean;
            } else if (entries->size() < kReportRowsMax) {
                entries->append(e);
            } else {
                ++notListed;
            }
        });
        if (!result) {
            outcome.failed = true;
            outcome.summary = result.error().message + QLatin1Char('\n')
                + tr("What was imported before stays, whole invoices only.");
            return outcome;
        }
        const io::ImportSummary& s = result.value();
        *created = !s.createdWorkspaces.isEmpty();
        outcome.summary = tr("%1 imported (%2 ready, %3 drafts), %4 updated, %5 duplicates, %6 conflicts, %7 refused.")
                              .arg(grouped(s.imported), grouped(s.ready), grouped(s.drafts), grouped(s.updated),
                                   grouped(s.duplicates), grouped(s.conflicts), grouped(s.refused));
        if (clean > 0) {
            outcome.summary += QLatin1Char(' ') + tr("%1 imported without findings are not listed.").arg(grouped(clean));
        }
        if (notListed > 0) {
            outcome.summary += QLatin1Char(' ') + tr("%1 more are not listed.").arg(grouped(notListed));
        }
        for (const QString& e : s.fileErrors + s.fileWarnings) {
            outcome.summary += QLatin1Char('\n') + e;
        }
        if (s.cancelled) {
            outcome.summary += QLatin1Char('\n') + tr("Cancelled: what was imported stays, whole invoices only.");
        }
        return outcome;
    });
    auto* progress = runBulk(task->title(), {}, task);
    connect(task, &BulkTask::finished, this, [this, progress, entries, created](const BulkTask::Outcome& outcome) {
        if (*created) {
            m_context.notifyWorkspacesChanged();
        }
        if (outcome.failed && entries->isEmpty()) {
            return; // the progress dialog says why
        }
        progress->accept(); // the report says it all
        auto* report = new ImportReportDialog(outcome.summary, *entries, this);
        report->open();
    });
}

void InvoicesPage::deleteSelected()
{
    store::Store* db = m_context.store();
    const QList<qint64> ids = selectedIds();
    if (!db || ids.isEmpty()) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete invoices"),
                                ids.size() == 1 ? tr("Delete the selected invoice?")
                                                : tr("Delete the %1 selected invoices?").arg(grouped(ids.size())),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("deleteConfirmBox"));
    box->setInformativeText(tr("Only invoices never sent to the IRP are deleted; the others stay."));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, ids](int result) {
        if (result != QMessageBox::Yes) {
            return;
        }
        store::Store* db = m_context.store();
        int deleted = 0;
        int kept = 0;
        for (qint64 id : ids) {
            const auto s = db->invoiceSummaries({id});
            if (s.isEmpty() || !store::isEditable(s.first().status) || !db->deleteInvoice(id)) {
                ++kept;
            } else {
                ++deleted;
            }
        }
        m_view->clearSelection();
        m_context.notifyInvoicesChanged();
        if (kept > 0) {
            QMessageBox::information(this, tr("Delete invoices"),
                                     tr("%1 deleted; %2 kept (sent to the IRP, or gone).").arg(deleted).arg(kept));
        }
    });
    box->open();
}

} // namespace irndesk::ui
