// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InvoiceView.h"

#include "ui/Theme.h"

#include "core/irp/Submitter.h"
#include "core/model/Decimal.h"
#include "core/print/AmountInWords.h"
#include "core/print/InvoicePdf.h"
#include "core/print/QrSymbol.h"
#include "ui/AppContext.h"
#include "ui/Background.h"
#include "ui/LocalSandbox.h"

#include <QComboBox>
#include <QDateTime>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

QString text(const std::optional<QString>& value)
{
    return value.value_or(QString());
}

template <class T>
QString number(const std::optional<T>& value)
{
    return value ? value->toString() : QString();
}

// The IRP's AckDt ("2026-11-20 15:08:39") is Indian Standard Time.
QDateTime istDateTime(const QString& ackDate)
{
    QDateTime at = QDateTime::fromString(ackDate.trimmed(), u"yyyy-MM-dd HH:mm:ss"_s);
    if (!at.isValid()) {
        at = QDateTime::fromString(ackDate.trimmed(), u"dd/MM/yyyy HH:mm:ss"_s);
    }
    if (at.isValid()) {
        at.setTimeZone(QTimeZone(5 * 3600 + 30 * 60));
    }
    return at;
}

// A QR module of whole pixels keeps every edge sharp on screen; about 260 pixels across.
constexpr int kQrScreenPixels = 260;

} // namespace

InvoiceView::InvoiceView(AppContext& context, qint64 id, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_id(id)
{
    setObjectName(u"invoiceView"_s);
    buildUi();
    reload();
    // The cancel window counts down while the view is open.
    auto* timer = new QTimer(this);
    timer->setInterval(60 * 1000);
    connect(timer, &QTimer::timeout, this, &InvoiceView::updateCancelWindow);
    timer->start();
    connect(&m_context, &AppContext::invoicesChanged, this, &InvoiceView::reload);
}

void InvoiceView::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"titleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0) {
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    }
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);
    m_partiesLabel = new QLabel(this);
    m_partiesLabel->setObjectName(u"partiesLabel"_s);
    m_partiesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_partiesLabel);

    auto* top = new QHBoxLayout;
    // The IRP's answer.
    auto* irpBox = new QGroupBox(tr("Registration"), this);
    irpBox->setObjectName(u"registrationGroup"_s);
    auto* irpForm = new QFormLayout(irpBox);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_irnLabel = new QLabel(irpBox);
    m_irnLabel->setObjectName(u"irnLabel"_s);
    m_irnLabel->setFont(fixed);
    m_irnLabel->setWordWrap(true);
    m_irnLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_irnLabel->setFocusPolicy(Qt::StrongFocus);
    m_irnLabel->setAccessibleName(tr("IRN"));
    m_ackLabel = new QLabel(irpBox);
    m_ackLabel->setObjectName(u"ackLabel"_s);
    m_ackLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_ackLabel->setAccessibleName(tr("Acknowledgement"));
    m_cancelLabel = new QLabel(irpBox);
    m_cancelLabel->setObjectName(u"cancelLabel"_s);
    m_cancelLabel->setWordWrap(true);
    m_cancelLabel->setAccessibleName(tr("Cancel window"));
    irpForm->addRow(tr("IRN:"), m_irnLabel);
    irpForm->addRow(tr("Ack No and date:"), m_ackLabel);
    auto* cancelRow = new QHBoxLayout;
    cancelRow->addWidget(m_cancelLabel, 1);
    m_cancelButton = new QPushButton(tr("Cancel I&RN…"), irpBox);
    m_cancelButton->setObjectName(u"cancelIrnButton"_s);
    m_cancelButton->setToolTip(tr("Cancel this e-invoice at the IRP (only within 24 hours of its acknowledgement)"));
    connect(m_cancelButton, &QPushButton::clicked, this, &InvoiceView::cancelIrn);
    cancelRow->addWidget(m_cancelButton);
    irpForm->addRow(tr("Cancel:"), cancelRow);

    m_verdictLabel = new QLabel(irpBox);
    m_verdictLabel->setObjectName(u"verdictLabel"_s);
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_verdictLabel->setAccessibleName(tr("Signature check"));
    irpForm->addRow(tr("Signatures:"), m_verdictLabel);
    m_sandboxLabel = new QLabel(irpBox);
    m_sandboxLabel->setObjectName(u"sandboxLabel"_s);
    m_sandboxLabel->setWordWrap(true);
    m_sandboxLabel->setAccessibleName(tr("Sandbox warning"));
    Theme::setStyleSheet(m_sandboxLabel, u"QLabel { background: {bannerFill}; color: {bannerText}; border: 1px solid {bannerBorder}; padding: 4px; }"_s);
    irpForm->addRow(m_sandboxLabel);
    m_mismatchList = new QListWidget(irpBox);
    m_mismatchList->setObjectName(u"mismatchList"_s);
    m_mismatchList->setAccessibleName(tr("QR claims that differ from the invoice"));
    m_mismatchList->setMaximumHeight(110);
    irpForm->addRow(m_mismatchList);
    m_trustButton = new QPushButton(tr("&Trust a key…"), irpBox);
    m_trustButton->setObjectName(u"trustKeyButton"_s);
    m_trustButton->setToolTip(tr("Add a public key or certificate of an IRP (PEM) to the keys signatures are checked against"));
    connect(m_trustButton, &QPushButton::clicked, this, &InvoiceView::trustKey);
    irpForm->addRow(QString(), m_trustButton);
    top->addWidget(irpBox, 1);

    auto* qrBox = new QGroupBox(tr("Signed QR code"), this);
    qrBox->setObjectName(u"qrGroup"_s);
    auto* qrLayout = new QVBoxLayout(qrBox);
    m_qrLabel = new QLabel(qrBox);
    m_qrLabel->setObjectName(u"qrLabel"_s);
    m_qrLabel->setAccessibleName(tr("Signed QR code"));
    m_qrLabel->setAlignment(Qt::AlignCenter);
    m_qrLabel->setMinimumSize(kQrScreenPixels, kQrScreenPixels);
    qrLayout->addWidget(m_qrLabel);
    top->addWidget(qrBox);
    layout->addLayout(top);

    m_lines = new QTableWidget(this);
    m_lines->setObjectName(u"linesTable"_s);
    m_lines->setAccessibleName(tr("Lines"));
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->verticalHeader()->hide();
    m_lines->setColumnCount(9);
    m_lines->setHorizontalHeaderLabels({ tr("No."), tr("Description"), tr("HSN"), tr("Qty"), tr("Unit"), tr("Price"),
        tr("Taxable"), tr("GST %"), tr("Total") });
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_lines, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(u"printPreviewButton"_s);
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(u"printButton"_s);
    m_printButton->setShortcut(QKeySequence::Print);
    m_pdfButton = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    m_pdfButton->setObjectName(u"savePdfButton"_s);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    connect(m_previewButton, &QPushButton::clicked, this, &InvoiceView::showPrintPreview);
    connect(m_printButton, &QPushButton::clicked, this, &InvoiceView::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &InvoiceView::saveAsPdf);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto* escape = new QShortcut(QKeySequence::Cancel, this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    layout->addWidget(buttons);
    resize(980, 680);
}

QString InvoiceView::documentName() const
{
    return text(m_stored.invoice.docDtls.typ) + u' ' + text(m_stored.invoice.docDtls.no);
}

void InvoiceView::reload()
{
    store::Store* store = m_context.store();
    if (!store) {
        return;
    }
    auto loaded = store->invoice(m_id);
    if (!loaded) {
        m_titleLabel->setText(tr("The invoice could not be read: %1").arg(loaded.error().message));
        return;
    }
    m_stored = std::move(loaded).value();
    const Invoice& invoice = m_stored.invoice;
    const store::InvoiceStatus status = m_stored.summary.status;
    setWindowTitle(tr("%1 — %2").arg(documentName(), store::statusTitle(status)));
    m_titleLabel->setText(tr("%1 of %2 — %3")
                              .arg(documentName(), text(invoice.docDtls.dt), store::statusTitle(status)));
    const QString total = invoice.valDtls.totInvVal ? u"₹"_s + print::indianGrouping(*invoice.valDtls.totInvVal) : QString();
    m_partiesLabel->setText(tr("Seller: %1 %2\nBuyer: %3 %4\nTotal: %5 (%6 lines)")
                                .arg(text(invoice.sellerDtls.gstin), text(invoice.sellerDtls.lglNm),
                                    text(invoice.buyerDtls.gstin), text(invoice.buyerDtls.lglNm), total)
                                .arg(invoice.itemList.size()));

    const store::IrpResult& irp = m_stored.irp;
    m_irnLabel->setText(irp.irn.isEmpty() ? tr("none yet") : irp.irn);
    m_ackLabel->setText(irp.ackNo.isEmpty() ? tr("none yet") : tr("%1 of %2").arg(irp.ackNo, irp.ackDate));

    m_lines->setRowCount(static_cast<int>(invoice.itemList.size()));
    for (int row = 0; row < invoice.itemList.size(); ++row) {
        const Item& item = invoice.itemList.at(row);
        const QString cells[] = { text(item.slNo), text(item.prdDesc), text(item.hsnCd), number(item.qty), text(item.unit),
            number(item.unitPrice), number(item.assAmt), number(item.gstRt), number(item.totItemVal) };
        for (int column = 0; column < 9; ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            if (column >= 3 && column != 4) {
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_lines->setItem(row, column, cell);
        }
    }

    m_qrImage = {};
    if (!irp.signedQrCode.isEmpty()) {
        Result<print::QrSymbol> symbol = print::QrSymbol::encode(irp.signedQrCode.toUtf8());
        if (symbol) {
            const int modulePixels = std::max(2, kQrScreenPixels / symbol.value().sizeWithQuietZone());
            m_qrImage = symbol.value().toImage(modulePixels);
        }
    }
    if (m_qrImage.isNull()) {
        m_qrLabel->setPixmap({});
        m_qrLabel->setText(irp.signedQrCode.isEmpty() ? tr("No signed QR code stored") : tr("The QR code is too long to draw"));
    } else {
        m_qrLabel->setPixmap(QPixmap::fromImage(m_qrImage));
    }
    m_check = irp::checkStoredInvoice(m_stored, irp::TrustStore::withUserKeys());
    showCheck();
    updateCancelWindow();
}

void InvoiceView::showCheck()
{
    const auto describe = [](const QString& what, const std::optional<irp::Verification>& v) {
        if (!v) {
            return QString();
        }
        QString line = what + u": "_s + irp::Verification::verdictText(v->verdict);
        if (!v->keyName.isEmpty()) {
            line += u" ("_s + v->keyName + u')';
        } else if (!v->kid.isEmpty()) {
            line += tr(" (kid %1)").arg(v->kid.left(8));
        }
        if (!v->message.isEmpty()) {
            line += u": "_s + v->message;
        }
        return line;
    };
    QStringList lines;
    for (const QString& line : { describe(tr("QR code"), m_check.qrCode), describe(tr("Signed invoice"), m_check.signedInvoice) }) {
        if (!line.isEmpty()) {
            lines << line;
        }
    }
    if (lines.isEmpty()) {
        lines << tr("Nothing signed is stored for this invoice.");
    }
    m_verdictLabel->setText(lines.join(u'\n'));
    const bool bad = (m_check.qrCode && !m_check.qrCode->isValid())
        || (m_check.signedInvoice && !m_check.signedInvoice->isValid());
    Theme::setStyleSheet(m_verdictLabel, bad ? u"QLabel { color: {error}; font-weight: bold; }"_s : QString());

    // A sandbox signature is never a valid e-invoice: the warning is always shown, in words a
    // user outside the sandbox cannot miss.
    m_sandboxLabel->setVisible(m_check.sandbox());
    const std::optional<irp::Verification>& signature = m_check.qrCode ? m_check.qrCode : m_check.signedInvoice;
    const QString issuer = signature && signature->jwt ? signature->jwt->iss : QString();
    if (signature && signature->isNicSandbox()) {
        m_sandboxLabel->setText(m_context.sandboxMode()
                ? tr("Signed by NIC's sandbox: a test document (sandbox mode is on).")
                : tr("Warning: signed by NIC's sandbox, not by the IRP. This is not a valid e-invoice."));
    } else {
        m_sandboxLabel->setText(m_context.sandboxMode()
                ? tr("Signed by a sandbox IRP (%1): a test document (sandbox mode is on).").arg(issuer)
                : tr("Warning: signed by a sandbox IRP (%1), not by the IRP. This is not a valid e-invoice.").arg(issuer));
    }

    m_mismatchList->clear();
    for (const irp::QrMismatch& m : m_check.mismatches) {
        auto* item = new QListWidgetItem(
            tr("%1 differs: QR code '%2', invoice '%3'").arg(m.field, m.qrValue, m.invoiceValue), m_mismatchList);
        Theme::setItemColour(item, Theme::Colour::ErrorText);
    }
    m_mismatchList->setVisible(!m_check.mismatches.isEmpty());
    m_trustButton->setVisible(m_check.qrCode.has_value() || m_check.signedInvoice.has_value());
}

void InvoiceView::updateCancelWindow()
{
    const store::InvoiceStatus status = m_stored.summary.status;
    m_cancelButton->setEnabled(false);
    if (status == store::InvoiceStatus::Cancelled) {
        m_cancelLabel->setText(tr("Cancelled on %1").arg(m_stored.cancelDate));
        return;
    }
    if (status != store::InvoiceStatus::Registered) {
        m_cancelLabel->setText(tr("Not registered (%1)").arg(store::statusTitle(status)));
        return;
    }
    const QDateTime acknowledged = istDateTime(m_stored.irp.ackDate);
    if (!acknowledged.isValid()) {
        m_cancelLabel->setText(tr("Unknown: the acknowledgement date cannot be read"));
        return;
    }
    const QDateTime deadline = acknowledged.addSecs(24 * 3600);
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(deadline);
    const QString until = deadline.toString(u"dd/MM/yyyy HH:mm"_s);
    if (left <= 0) {
        m_cancelLabel->setText(tr("The 24-hour window closed on %1 IST: only a credit note can undo it now").arg(until));
    } else {
        m_cancelButton->setEnabled(!m_cancelling);
        m_cancelLabel->setText(tr("Can be cancelled until %1 IST (%2 h %3 min left)")
                                   .arg(until)
                                   .arg(left / 3600)
                                   .arg((left % 3600) / 60));
    }
}

print::PrintOptions InvoiceView::printOptions() const
{
    // Only what the IRP registered prints as an e-invoice; an invoice still in flight is a draft.
    print::PrintOptions options;
    options.draft = m_stored.summary.status != store::InvoiceStatus::Registered
        && m_stored.summary.status != store::InvoiceStatus::Cancelled;
    return options;
}

Status InvoiceView::printTo(QPrinter& printer) const
{
    return print::paintInvoice(m_stored, printer, printOptions());
}

Status InvoiceView::savePdf(const QString& path) const
{
    return print::writeInvoicePdf(m_stored, path, printOptions());
}

void InvoiceView::showPrintPreview()
{
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setDocName(documentName());
    auto* preview = new QPrintPreviewDialog(printer, this);
    preview->setObjectName(u"printPreview"_s);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QObject::destroyed, this, [printer] { delete printer; });
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) {
        if (Status painted = printTo(*target); !painted) {
            QMessageBox::warning(this, tr("Print preview"), painted.error().message);
        }
    });
    preview->resize(900, 1000);
    preview->open();
}

void InvoiceView::print()
{
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setDocName(documentName());
    auto* dialog = new QPrintDialog(printer, this);
    dialog->setObjectName(u"printDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        if (Status printed = printTo(*printer); !printed) {
            QMessageBox::warning(this, tr("Print"), printed.error().message);
        }
    });
    dialog->open();
}

void InvoiceView::saveAsPdf()
{
    QString suggested = documentName();
    suggested.replace(QRegularExpression(u"[^A-Za-z0-9_-]+"_s), u"-"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the e-invoice as PDF"), suggested + u".pdf"_s,
        tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (Status saved = savePdf(path); !saved) {
        QMessageBox::warning(this, tr("Save as PDF"), saved.error().message);
    }
}

void InvoiceView::cancelIrn()
{
    QDialog dialog(this);
    dialog.setObjectName(u"cancelIrnDialog"_s);
    dialog.setWindowTitle(tr("Cancel %1").arg(documentName()));
    auto* form = new QFormLayout(&dialog);
    auto* reason = new QComboBox(&dialog);
    reason->setObjectName(u"reasonCombo"_s);
    reason->addItem(tr("1 — Duplicate"), 1);
    reason->addItem(tr("2 — Data entry mistake"), 2);
    reason->addItem(tr("3 — Order cancelled"), 3);
    reason->addItem(tr("4 — Other"), 4);
    reason->setCurrentIndex(1);
    auto* remark = new QLineEdit(&dialog);
    remark->setObjectName(u"remarkEdit"_s);
    remark->setMaxLength(100);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(tr("Re&mark:"), remark);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Cancel the IRN"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (remark->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Cancel IRN"), tr("Say why in the remark (1 to 100 characters)."));
        return;
    }
    startCancel(reason->currentData().toInt(), remark->text());
}

void InvoiceView::startCancel(int reason, const QString& remark)
{
    Result<irp::IrpConnection> connection = m_context.irpConnection(m_context.profileOf(m_id));
    if (!connection) {
        emit cancelFinished(false, connection.error().message);
        QMessageBox::warning(this, tr("Cancel IRN"), connection.error().message);
        return;
    }
    m_cancelling = true;
    m_cancelButton->setEnabled(false);
    m_cancelLabel->setText(tr("Cancelling at the IRP…"));
    const QString path = m_context.storePath();
    const QString profile = m_context.profileOf(m_id);
    const qint64 id = m_id;
    auto session = std::make_shared<irp::IrpSession>(connection.value());
    // The view may be closed before the IRP answers: the result then goes nowhere.
    runInBackground(
        this,
        [path, profile, id, session, reason, remark]() -> QString {
            auto opened = store::Store::open(path);
            if (!opened) {
                return opened.error().message;
            }
            irp::IrpClient client(session);
            const Status s = irp::cancelInvoice(*opened.value(), client, profile.isEmpty() ? QString(kLocalSandboxProfile) : profile, id, reason, remark);
            return s ? QString() : s.error().message;
        },
        [this](const QString& message) {
            const bool ok = message.isEmpty();
            m_cancelling = false;
            reload();
            m_context.notifyInvoicesChanged();
            if (!ok) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Cancel IRN"), message, QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            emit cancelFinished(ok, message);
        });
}

void InvoiceView::trustKey()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Trust a public key or certificate"), QString(),
        tr("Keys and certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    const Result<QString> imported = irp::TrustStore::importUserKey(path);
    if (!imported) {
        QMessageBox::warning(this, tr("Trust a key"), imported.error().message);
        return;
    }
    reload();
}

} // namespace irndesk::ui
