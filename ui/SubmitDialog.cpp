// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SubmitDialog.h"

#include "ui/Theme.h"

#include "core/irp/IrpProfile.h"
#include "ui/AppContext.h"
#include "ui/CsvField.h"
#include "ui/LocalSandbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

enum Column { kDocument, kOutcome, kIrn, kAck, kAckDate, kMessage, kColumns };

QString outcomeTitle(irp::SubmitEvent::Outcome outcome)
{
    using O = irp::SubmitEvent::Outcome;
    switch (outcome) {
    case O::Registered:
        return SubmitDialog::tr("Registered");
    case O::Rejected:
        return SubmitDialog::tr("Rejected");
    case O::Conflict:
        return SubmitDialog::tr("Conflict");
    case O::Unknown:
        return SubmitDialog::tr("Unknown");
    case O::NotSent:
        return SubmitDialog::tr("Not sent");
    }
    return {};
}

} // namespace

SubmitDialog::SubmitDialog(AppContext& context, LocalSandbox& sandbox, QList<qint64> ids, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_sandbox(sandbox)
    , m_ids(std::move(ids))
{
    setObjectName(u"submitDialog"_s);
    setWindowTitle(tr("Submit to the IRP"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(u"profileCombo"_s);
    m_profileCombo->setAccessibleName(tr("IRP"));
    m_profileCombo->addItem(tr("Local sandbox (practice: nothing is registered for real)"), QString());
    const QString last = QSettings().value(u"submit/profile"_s).toString();
    for (const QString& name : irp::IrpProfile::names()) {
        const auto profile = irp::IrpProfile::load(name);
        m_profileCombo->addItem(tr("%1 — %2").arg(name, profile ? profile->baseUrl : QString()), name);
    }
    m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(last)));
    form->addRow(tr("&IRP:"), m_profileCombo);
    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(u"concurrencySpin"_s);
    m_concurrency->setAccessibleName(tr("Invoices at once"));
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(4);
    form->addRow(tr("Invoices at &once:"), m_concurrency);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"submitProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);

    m_table = new QTableWidget(0, kColumns, this);
    m_table->setObjectName(u"resultsTable"_s);
    m_table->setAccessibleName(tr("What became of each invoice"));
    m_table->setHorizontalHeaderLabels({ tr("Document"), tr("Outcome"), tr("IRN"), tr("Ack No"), tr("Ack date"), tr("Errors or note") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(kMessage, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        const QString code = m_table->item(row, kMessage)->data(Qt::UserRole).toString();
        if (!code.isEmpty()) {
            emit explainRequested(code);
        }
    });
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_startButton = buttons->addButton(tr("&Submit"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(u"startButton"_s);
    m_cancelButton = buttons->addButton(tr("&Cancel run"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(u"cancelRunButton"_s);
    m_cancelButton->setEnabled(false);
    m_saveButton = buttons->addButton(tr("Sa&ve as CSV…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setEnabled(false);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"closeButton"_s);
    connect(m_startButton, &QPushButton::clicked, this, &SubmitDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &SubmitDialog::cancelRun);
    connect(m_saveButton, &QPushButton::clicked, this, &SubmitDialog::saveTable);
    connect(m_closeButton, &QPushButton::clicked, this, &SubmitDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 560);

    if (m_ids.isEmpty() && m_context.store() && m_context.workspaceId()) {
        store::InvoiceFilter filter;
        filter.workspaceId = m_context.workspaceId();
        filter.statuses = { store::InvoiceStatus::Submitting, store::InvoiceStatus::Unknown, store::InvoiceStatus::Ready,
            store::InvoiceStatus::Exported };
        m_ids = m_context.store()->invoiceIds(filter);
    }
    m_summaryLabel->setText(tr("%Ln invoice(s) to submit.", nullptr, static_cast<int>(m_ids.size())));
    m_startButton->setEnabled(!m_ids.isEmpty());
}

SubmitDialog::~SubmitDialog()
{
    if (m_thread) {
        *m_stop = true;
        m_thread->wait();
    }
}

QStringList SubmitDialog::profileChoices() const
{
    QStringList out;
    for (int i = 0; i < m_profileCombo->count(); ++i) {
        out << m_profileCombo->itemData(i).toString();
    }
    return out;
}

void SubmitDialog::setProfile(const QString& name)
{
    m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(name)));
}

void SubmitDialog::setConcurrency(int n)
{
    m_concurrency->setValue(n);
}

void SubmitDialog::start()
{
    if (m_thread || m_ids.isEmpty()) {
        return;
    }
    const auto workspace = m_context.workspace();
    if (!workspace) {
        return;
    }
    const QString profileName = m_profileCombo->currentData().toString();
    QSettings().setValue(u"submit/profile"_s, profileName); // also where the editor looks GSTINs up
    Result<irp::IrpConnection> connection = Error{ ErrorCode::NotFound, {}, {} };
    if (profileName.isEmpty()) {
        connection = m_sandbox.connectionFor(workspace->profile.gstin);
    } else if (const auto profile = irp::IrpProfile::load(profileName)) {
        if (profile->gstin.compare(workspace->profile.gstin, Qt::CaseInsensitive) != 0) {
            connection = Error{ ErrorCode::InvalidArgument,
                tr("profile %1 logs in for %2, not for this seller (%3)").arg(profileName, profile->gstin, workspace->profile.gstin), {} };
        } else {
            connection = profile->connection();
        }
    }
    if (!connection) {
        m_summaryLabel->setText(tr("Cannot submit: %1").arg(connection.error().message));
        return;
    }
    m_table->setRowCount(0);
    m_progress->setRange(0, static_cast<int>(m_ids.size()));
    m_progress->setValue(0);
    m_summaryLabel->setText(tr("Submitting…"));
    m_startButton->setEnabled(false);
    m_profileCombo->setEnabled(false);
    m_concurrency->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_saveButton->setEnabled(false);

    irp::SubmitOptions options;
    options.profile = profileName.isEmpty() ? QString(kLocalSandboxProfile) : profileName;
    options.concurrency = m_concurrency->value();
    options.today = m_context.today();
    options.sandboxRules = m_context.sandboxMode();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    options.cancelled = [stop = m_stop] { return stop->load(); };
    auto session = std::make_shared<irp::IrpSession>(connection.value());
    const QString path = m_context.storePath();
    const QList<qint64> ids = m_ids;
    m_thread = QThread::create([this, path, session, ids, options] {
        const Result<irp::SubmitSummary> result = irp::submitInvoices(path, session, ids, options, [this](const irp::SubmitEvent& e) {
            QMetaObject::invokeMethod(this, [this, e] { addEvent(e); }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(this, [this, result] { onFinished(result); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void SubmitDialog::addEvent(const irp::SubmitEvent& event)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    QStringList errors;
    for (const store::IrpError& e : event.errors) {
        errors << e.code + u' ' + e.message;
    }
    const QString cells[kColumns] = { event.docType + u'/' + event.docNo, outcomeTitle(event.outcome), event.result.irn,
        event.result.ackNo, event.result.ackDate, errors.isEmpty() ? event.message : errors.join(u"; "_s) };
    for (int c = 0; c < kColumns; ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        if (c == kOutcome) {
            using O = irp::SubmitEvent::Outcome;
            Theme::setItemColour(item, event.outcome == O::Registered ? Theme::Colour::SuccessText
                                           : (event.outcome == O::NotSent ? Theme::Colour::MutedText : Theme::Colour::ErrorText));
        }
        m_table->setItem(row, c, item);
    }
    if (!event.errors.isEmpty()) {
        m_table->item(row, kMessage)->setData(Qt::UserRole, event.errors.first().code);
        m_table->item(row, kMessage)->setToolTip(tr("Enter or double-click: what this code means and how to fix it"));
    }
    m_progress->setValue(m_progress->value() + 1);
}

void SubmitDialog::onFinished(const Result<irp::SubmitSummary>& result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancelButton->setEnabled(false);
    m_saveButton->setEnabled(m_table->rowCount() > 0);
    m_profileCombo->setEnabled(true);
    m_concurrency->setEnabled(true);
    if (!result) {
        m_summaryLabel->setText(tr("Nothing was sent: %1").arg(result.error().message));
        m_startButton->setEnabled(true);
    } else {
        m_summary = result.value();
        m_summaryLabel->setText(tr("%1 registered, %2 rejected, %3 conflicts, %4 unknown, %5 not sent%6")
                                    .arg(m_summary.registered)
                                    .arg(m_summary.rejected)
                                    .arg(m_summary.conflicts)
                                    .arg(m_summary.unknown)
                                    .arg(m_summary.notSent)
                                    .arg(m_summary.cancelled ? tr(" — cancelled") : QString()));
    }
    m_context.notifyInvoicesChanged();
    emit finishedRun();
}

void SubmitDialog::cancelRun()
{
    if (m_stop) {
        *m_stop = true;
        m_summaryLabel->setText(tr("Cancelling: the invoices in flight are finished and recorded…"));
        m_cancelButton->setEnabled(false);
    }
}

void SubmitDialog::reject()
{
    if (m_thread) {
        cancelRun(); // closing waits for the requests in flight, then closes
        connect(this, &SubmitDialog::finishedRun, this, &QDialog::reject, Qt::SingleShotConnection);
        return;
    }
    QDialog::reject();
}

void SubmitDialog::saveTable()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the results"), u"submission.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QByteArray csv;
    QStringList header;
    for (int c = 0; c < kColumns; ++c) {
        header << csvField(m_table->horizontalHeaderItem(c)->text());
    }
    csv += header.join(u',').toUtf8() + "\r\n";
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < kColumns; ++c) {
            cells << csvField(m_table->item(r, c)->text());
        }
        csv += cells.join(u',').toUtf8() + "\r\n";
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Save the results"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
}

} // namespace irndesk::ui
