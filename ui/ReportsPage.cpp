// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReportsPage.h"

#include "core/io/StatusReport.h"
#include "core/model/Dates.h"
#include "ui/AppContext.h"
#include "ui/ReportsModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

/// The first day the date filters offer; it stands for "no limit" (GST e-invoicing began later).
const QDate kNoDate(2017, 7, 1);
constexpr qsizetype kPage = 500;
constexpr int kCancelHours = 24;
constexpr int kReportingDays = 30;
constexpr int kWarnDays = 5;

/// Not yet registered: these still have to reach the IRP within the reporting limit.
const QList<store::InvoiceStatus> kUnreported{
    store::InvoiceStatus::Draft,      store::InvoiceStatus::Ready,   store::InvoiceStatus::Exported,
    store::InvoiceStatus::Submitting, store::InvoiceStatus::Unknown, store::InvoiceStatus::Rejected,
};

/// The IRP's AckDt ("yyyy-MM-dd HH:mm:ss", Indian time); invalid when it is not one.
QDateTime ackTime(const QString& ackDate)
{
    const QDateTime local = QDateTime::fromString(ackDate.trimmed(), u"yyyy-MM-dd HH:mm:ss"_s);
    if (!local.isValid()) {
        return {};
    }
    return QDateTime(local.date(), local.time(), QTimeZone(5 * 3600 + 1800));
}

class ReportWriter
{
public:
    /// The same rows as `irndesk-cli report` (app/cli/ReportCommand.cpp): the list columns of a
    /// page of invoices, and the whole stored invoice only where they do not say everything.
    static Result<qint64> write(const QString& path,
                                const QString& storePath,
                                const store::InvoiceFilter& filter,
                                const std::atomic_bool& cancel)
    {
        auto opened = store::Store::open(storePath, store::Store::Options{ store::Store::IntegrityCheck::Never, 5000, {} });
        if (!opened) {
            return opened.error();
        }
        store::Store& db = *opened.value();
        const io::StatusReportSource source =
            io::storeReportSource(db, db.invoiceIds(filter), [&cancel] { return cancel.load(); });
        const bool xlsx = QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0;
        Result<qint64> written = xlsx ? io::writeStatusReportXlsx(path, source) : io::writeStatusReportCsv(path, source);
        if (written) {
            if (const auto failed = db.queryError()) {
                return *failed;
            }
        }
        return written;
    }
};

} // namespace

ReportsPage::ReportsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    // The dashboard.
    auto* dashboard = new QGroupBox(tr("Overview"), this);
    dashboard->setObjectName(u"dashboardGroup"_s);
    auto* counts = new QGridLayout;
    int column = 0;
    for (const store::InvoiceStatus status : store::kAllStatuses) {
        auto* title = new QLabel(store::statusTitle(status), dashboard);
        auto* value = new QLabel(u"0"_s, dashboard);
        value->setObjectName(store::statusName(status) + u"CountLabel"_s);
        value->setAccessibleName(store::statusTitle(status));
        value->setAlignment(Qt::AlignCenter);
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        counts->addWidget(value, 0, column);
        counts->addWidget(title, 1, column, Qt::AlignCenter);
        m_countLabels.insert(int(status), value);
        ++column;
    }
    m_reportingLabel = new QLabel(dashboard);
    m_reportingLabel->setObjectName(u"reportingLabel"_s);
    m_reportingLabel->setAccessibleName(tr("Reporting limit"));
    m_reportingLabel->setWordWrap(true);
    m_reportingLabel->hide();
    m_cancelLabel = new QLabel(dashboard);
    m_cancelLabel->setObjectName(u"cancelWindowLabel"_s);
    m_cancelLabel->setAccessibleName(tr("Cancel windows"));
    m_cancelLabel->setWordWrap(true);
    m_cancelLabel->hide();
    auto* dashboardLayout = new QVBoxLayout(dashboard);
    dashboardLayout->addLayout(counts);
    dashboardLayout->addWidget(m_reportingLabel);
    dashboardLayout->addWidget(m_cancelLabel);

    // The filters.
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(u"statusCombo"_s);
    m_statusCombo->setAccessibleName(tr("Status"));
    m_statusCombo->addItem(tr("All"), -1);
    for (const store::InvoiceStatus status : store::kAllStatuses) {
        m_statusCombo->addItem(store::statusTitle(status), int(status));
    }
    const auto dateEdit = [this](const QString& name, const QString& accessible) {
        auto* edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(tr("Any"));
        edit->setDate(kNoDate);
        edit->setCalendarPopup(true);
        return edit;
    };
    m_fromEdit = dateEdit(u"fromDateEdit"_s, tr("From date"));
    m_toEdit = dateEdit(u"toDateEdit"_s, tr("To date"));
    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(u"docTypeCombo"_s);
    m_typeCombo->setAccessibleName(tr("Document type"));
    m_typeCombo->addItem(tr("All"), QString());
    m_typeCombo->addItem(tr("Invoice"), u"INV"_s);
    m_typeCombo->addItem(tr("Credit note"), u"CRN"_s);
    m_typeCombo->addItem(tr("Debit note"), u"DBN"_s);

    auto* filters = new QHBoxLayout;
    const auto addLabelled = [&](const QString& text, QWidget* w) {
        auto* label = new QLabel(text, this);
        label->setBuddy(w);
        filters->addWidget(label);
        filters->addWidget(w);
    };
    addLabelled(tr("S&tatus:"), m_statusCombo);
    addLabelled(tr("&From:"), m_fromEdit);
    addLabelled(tr("T&o:"), m_toEdit);
    addLabelled(tr("T&ype:"), m_typeCombo);
    filters->addStretch(1);
    m_saveButton = new QPushButton(tr("&Save as CSV/XLSX…"), this);
    m_saveButton->setObjectName(u"saveReportButton"_s);
    m_saveButton->setAccessibleName(tr("Save report"));
    filters->addWidget(m_saveButton);

    m_model = new ReportsModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"reportTable"_s);
    m_table->setAccessibleName(tr("Invoices"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"reportCountLabel"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"saveProgress"_s);
    m_progress->setAccessibleName(tr("Saving"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(u"cancelSaveButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel saving"));
    m_cancelButton->hide();
    m_saveLabel = new QLabel(this);
    m_saveLabel->setObjectName(u"saveResultLabel"_s);
    m_saveLabel->setWordWrap(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_countLabel);
    bottom->addWidget(m_saveLabel, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(dashboard);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    setTabOrder(m_statusCombo, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_typeCombo);
    setTabOrder(m_typeCombo, m_saveButton);
    setTabOrder(m_saveButton, m_table);

    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportsPage::chooseSaveFile);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsPage::cancelSave);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->idAt(index.row())) {
            emit m_context.openInvoiceRequested(id);
        }
    });
    connect(&m_context, &AppContext::storeOpened, this, &ReportsPage::refresh);
    connect(&m_context, &AppContext::workspaceChanged, this, &ReportsPage::refresh);
    connect(&m_context, &AppContext::workspacesChanged, this, &ReportsPage::refresh); // the AATO band
    connect(&m_context, &AppContext::invoicesChanged, this, &ReportsPage::refresh);
    refresh();
}

ReportsPage::~ReportsPage()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
    // The worker's queued results must not reach a half-destroyed page.
    QCoreApplication::removePostedEvents(this);
}

void ReportsPage::setNow(const QDateTime& now)
{
    m_now = now;
    updateDashboard();
}

store::InvoiceFilter ReportsPage::currentFilter() const
{
    store::InvoiceFilter filter;
    filter.workspaceId = m_context.workspaceId().value_or(-1);
    if (const int status = m_statusCombo->currentData().toInt(); status >= 0) {
        filter.statuses = { static_cast<store::InvoiceStatus>(status) };
    }
    if (m_fromEdit->date() > kNoDate) {
        filter.from = m_fromEdit->date();
    }
    if (m_toEdit->date() > kNoDate) {
        filter.to = m_toEdit->date();
    }
    filter.docType = m_typeCombo->currentData().toString();
    return filter;
}

void ReportsPage::refresh()
{
    store::Store* store = m_context.workspaceId() ? m_context.store() : nullptr;
    m_model->reset(store, currentFilter());
    m_countLabel->setText(tr("Invoices: %L1").arg(m_model->totalCount()));
    m_saveButton->setEnabled(store != nullptr && !m_thread);
    updateDashboard();
}

void ReportsPage::updateDashboard()
{
    store::Store* store = m_context.store();
    const auto workspace = m_context.workspace();
    const auto counts = store && workspace ? store->countsByStatus(workspace->id) : QMap<store::InvoiceStatus, qint64>();
    for (auto it = m_countLabels.cbegin(); it != m_countLabels.cend(); ++it) {
        it.value()->setText(QString::number(counts.value(static_cast<store::InvoiceStatus>(it.key()), 0)));
    }
    m_reportingLabel->hide();
    m_cancelLabel->hide();
    if (!store || !workspace) {
        return;
    }

    // The 30-day limit (spec §3.1): only for sellers with a turnover of ₹10 crore or more.
    if (workspace->profile.aato10Crore) {
        const QDate today = m_context.today();
        store::InvoiceFilter soon;
        soon.workspaceId = workspace->id;
        soon.statuses = kUnreported;
        soon.from = today.addDays(-kReportingDays);
        soon.to = today.addDays(-(kReportingDays - kWarnDays));
        const qint64 dueSoon = store->countInvoices(soon);
        store::InvoiceFilter late = soon;
        late.from = kNoDate;
        late.to = today.addDays(-kReportingDays - 1);
        const qint64 overdue = store->countInvoices(late);
        QStringList lines;
        if (dueSoon > 0) {
            lines << (dueSoon == 1 ? tr("1 invoice must be reported within 5 days")
                                   : tr("%L1 invoices must be reported within 5 days").arg(dueSoon));
        }
        if (overdue > 0) {
            lines << (overdue == 1 ? tr("1 invoice is past the 30-day limit")
                                   : tr("%L1 invoices are past the 30-day limit").arg(overdue));
        }
        m_reportingLabel->setText(lines.join(u'\n'));
        m_reportingLabel->setVisible(!lines.isEmpty());
    }

    // Cancel windows: a registered invoice can be cancelled for 24 hours after its AckDt. The
    // store's newest changes come first, so the scan stops at those changed more than a day
    // before the window could have opened.
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    store::InvoiceFilter registered;
    registered.workspaceId = workspace->id;
    registered.statuses = { store::InvoiceStatus::Registered };
    QList<std::pair<qint64, store::InvoiceSummary>> open; // seconds left, invoice
    for (int offset = 0; offset < 20 * kPage; offset += kPage) {
        const QList<store::InvoiceSummary> page =
            store->listInvoices(registered, store::InvoiceSort::Updated, Qt::DescendingOrder, offset, kPage);
        for (const store::InvoiceSummary& s : page) {
            const QDateTime ack = ackTime(s.ackDate);
            if (!ack.isValid()) {
                continue;
            }
            const qint64 left = now.secsTo(ack.addSecs(kCancelHours * 3600));
            if (left > 0 && left <= kCancelHours * 3600) {
                open.append({ left, s });
            }
        }
        if (page.size() < kPage || page.last().updatedAt.secsTo(now) > 2 * kCancelHours * 3600) {
            break;
        }
    }
    std::sort(open.begin(), open.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList lines;
    constexpr int kShown = 5;
    for (qsizetype i = 0; i < open.size() && i < kShown; ++i) {
        const qint64 minutes = open[i].first / 60;
        lines << tr("%1: %2 h %3 min left to cancel").arg(open[i].second.docNo).arg(minutes / 60).arg(minutes % 60);
    }
    if (open.size() > kShown) {
        lines << tr("and %L1 more").arg(open.size() - kShown);
    }
    m_cancelLabel->setText(lines.join(u'\n'));
    m_cancelLabel->setVisible(!lines.isEmpty());
}

void ReportsPage::chooseSaveFile()
{
    auto* dialog = new QFileDialog(this, tr("Save report"), QString(), tr("CSV (*.csv);;Excel workbook (*.xlsx)"));
    dialog->setObjectName(u"saveFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        dialog->setDefaultSuffix(filter.contains(u"xlsx"_s) ? u"xlsx"_s : u"csv"_s);
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { startSave(path); });
    dialog->open();
}

bool ReportsPage::startSave(const QString& path)
{
    if (m_thread || !m_context.store() || !m_context.workspaceId()) {
        return false;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    const QString storePath = m_context.storePath();
    const store::InvoiceFilter filter = currentFilter();
    m_saveLabel->setText(tr("Saving %1…").arg(QFileInfo(path).fileName()));
    m_progress->show();
    m_cancelButton->show();
    m_saveButton->setEnabled(false);
    m_thread = QThread::create([this, cancel, path, storePath, filter] {
        const Result<qint64> written = ReportWriter::write(path, storePath, filter, *cancel);
        const qint64 rows = written ? written.value() : 0;
        const QString error = written ? QString() : written.error().message;
        QMetaObject::invokeMethod(this, [this, path, rows, error] { finishSave(path, rows, error); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"statusReport"_s);
    m_thread->start();
    return true;
}

void ReportsPage::cancelSave()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

void ReportsPage::finishSave(const QString& path, qint64 rows, const QString& error)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_progress->hide();
    m_cancelButton->hide();
    m_saveButton->setEnabled(m_context.store() != nullptr);
    const QString file = QDir::toNativeSeparators(path);
    m_saveLabel->setText(error.isEmpty() ? tr("Saved to %1 (rows: %L2)").arg(file).arg(rows)
                                         : tr("The report was not saved: %1").arg(error));
    emit reportSaved(path, rows, error);
}

} // namespace irndesk::ui
