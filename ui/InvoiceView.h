// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/irp/QrCheck.h"
#include "core/print/InvoicePdf.h"
#include "core/store/Store.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPrinter;
class QPushButton;
class QTableWidget;

namespace irndesk::ui {

class AppContext;

/// A sent invoice, read-only: registered (or cancelled) with its IRN, Ack No and date, the
/// signed QR code and what its signature and claims say, and the time left to cancel it; or
/// submitting/unknown, waiting for the IRP. It prints (preview, printer, PDF) through the same
/// painter as `irndesk-cli print`.
class InvoiceView : public QWidget
{
    Q_OBJECT

public:
    InvoiceView(AppContext& context, qint64 id, QWidget* parent = nullptr);
    qint64 invoiceId() const { return m_id; }

    /// What the signatures and the QR claims say (empty while nothing signed is stored).
    const irp::InvoiceCheck& check() const { return m_check; }
    /// The QR symbol as shown on screen (null without a QR code).
    QImage qrImage() const { return m_qrImage; }

    /// Paints the e-invoice on `printer` (a draft when the invoice is not registered).
    Status printTo(QPrinter& printer) const;
    /// Writes the e-invoice as a PDF file.
    Status savePdf(const QString& path) const;

public slots:
    /// Reloads the invoice from the store and checks its signatures again.
    void reload();
    /// Opens Qt's print preview (window-modal, non-blocking).
    void showPrintPreview();
    /// Opens Qt's print dialog, then prints.
    void print();
    /// Asks for a file name, then savePdf().
    void saveAsPdf();
    /// Asks for a public key or certificate, adds it to the keys the user trusts, checks again.
    void trustKey();
    /// Asks for the reason and a remark, then cancels the IRN at the IRP it was registered with.
    void cancelIrn();
    /// The same without asking (tests, scripts): runs off the GUI thread; cancelFinished() tells.
    void startCancel(int reason, const QString& remark);

signals:
    void cancelFinished(bool ok, const QString& message);

private:
    void buildUi();
    void showCheck();
    void updateCancelWindow();
    QString documentName() const;
    print::PrintOptions printOptions() const;

    AppContext& m_context;
    qint64 m_id;
    store::StoredInvoice m_stored;
    irp::InvoiceCheck m_check;
    QImage m_qrImage;

    QLabel* m_titleLabel = nullptr;
    QLabel* m_partiesLabel = nullptr;
    QLabel* m_irnLabel = nullptr;
    QLabel* m_ackLabel = nullptr;
    QLabel* m_cancelLabel = nullptr;
    QLabel* m_qrLabel = nullptr;
    QLabel* m_verdictLabel = nullptr;
    QLabel* m_sandboxLabel = nullptr;
    QListWidget* m_mismatchList = nullptr;
    QTableWidget* m_lines = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_trustButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    bool m_cancelling = false;
};

} // namespace irndesk::ui
