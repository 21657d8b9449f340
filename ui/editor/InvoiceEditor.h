// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/irp/IrpClient.h"

#include "core/model/Invoice.h"
#include "core/model/Recompute.h"
#include "core/rules/Finding.h"
#include "core/rules/Fixer.h"
#include "ui/editor/FieldAccess.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QUndoStack;

namespace irndesk::ui {

class AppContext;
class ErrorGuideDialog;

namespace editor {
class Completers;
class FindingsPanel;
class FoldSection;
class LinesModel;
class LinesView;
class TotalsPanel;
} // namespace editor

/// The editor of one invoice, a window of its own, keyboard first.
///
/// The editor holds the invoice as a value (m_invoice). Every change the user makes (a field, a
/// cell, a line added or deleted, a party or product chosen, a fix applied) goes through
/// applyEdit(): the amounts are recomputed with core's recompute(), the change is pushed on the
/// undo stack as the invoice before and after, and the widgets follow the new invoice. A field is
/// written only when the user edits it, so opening a stored invoice and saving it without edits
/// keeps its JSON byte for byte. The rule engine runs 200 ms after the last change; its findings
/// are listed, marked on their fields and cells, and lead to them.
///
/// When the window closes with unsaved changes it asks Save / Discard / Cancel. Against a crash or
/// a kill, unsaved changes are also written a second after the last edit to a recovery file
/// (recoveryDirectory()); the next editor of the same invoice (or the next new invoice of the same
/// workspace) offers to recover them. Saving, discarding or undoing back to the saved state removes
/// the file.
class InvoiceEditor : public QWidget
{
    Q_OBJECT

public:
    /// Opens invoice `id` of the store, or a new invoice of `docType` (INV, CRN, DBN) in the
    /// current workspace when `id` is empty.
    InvoiceEditor(AppContext& context, std::optional<qint64> id, const QString& docType, QWidget* parent = nullptr);
    ~InvoiceEditor() override;

    /// The stored invoice shown, once saved.
    std::optional<qint64> invoiceId() const { return m_id; }
    /// The invoice as edited (not necessarily saved).
    const Invoice& invoice() const { return m_invoice; }
    /// The findings of the last validation.
    const Findings& findings() const { return m_findings; }
    /// Whether there are changes that are not saved.
    bool isModified() const;
    QUndoStack* undoStack() const { return m_undo; }

    /// Saves to the store: ready without errors, else draft. False (with a message) on failure.
    bool save();
    /// Validates now rather than after the pause.
    void validateNow();
    /// Adds an empty line after the last one and puts the cursor in its description.
    void addLine();
    /// Deletes the line the cursor is on.
    void deleteLine();
    /// Puts the cursor in the field or cell of `path` ("BuyerDtls.Gstin", "ItemList[2].GstRt"),
    /// opening its folded section. False when no widget shows that field.
    bool goToField(const QString& path);
    /// The widget that edits the field at `path`, if any.
    QWidget* fieldWidget(const QString& path) const;
    /// Where unsaved changes are kept against a crash: <app data>/recovery.
    static QString recoveryDirectory();
    /// The recovery file of this editor (it exists only while there are unsaved changes).
    QString recoveryFile() const { return m_recoveryFile; }

signals:
    void buyerLookedUp(bool ok, const QString& message);
    void saved(qint64 id);
    /// The user asked what `code` means (also shown in the main window's error guide).
    void explainRequested(const QString& code);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    friend class EditCommand;

    struct Binding
    {
        QString path;
        QWidget* widget = nullptr;
        editor::FoldSection* section = nullptr;
        editor::FieldAccess access;
    };

    // Building the window (InvoiceEditorForms.cpp).
    void buildUi();
    QWidget* buildHeader();
    QWidget* buildBuyer();
    QWidget* buildSections();
    QWidget* buildLines();
    QWidget* buildBottom();
    QLineEdit* addLineField(QFormLayout* form, const QString& label, const QString& path, editor::FieldAccess access,
                            editor::FoldSection* section = nullptr);
    QComboBox* addComboField(QFormLayout* form, const QString& label, const QString& path, editor::FieldAccess access,
                             const QStringList& codes);
    QCheckBox* addCheckField(QFormLayout* form, const QString& label, const QString& path, editor::FieldAccess access);
    void registerBinding(const QString& path, QWidget* widget, editor::FieldAccess access, editor::FoldSection* section);
    void createActions();

    // The edit cycle.
    void applyEdit(const QString& key, const std::function<void(Invoice&)>& change);
    void setState(const Invoice& invoice);
    void onFieldEdited(const QString& path, const QString& text);
    void onCellEdited(int row, int column, const QVariant& value, int role);
    void refreshWidgets();
    void refreshNumberStatus();
    void updateTitle();
    RecomputeOptions recomputeOptions() const;
    void proposeNumber(Invoice& invoice);

    // Validation and findings.
    void scheduleValidation();
    void runValidation();
    void markFields();
    void applyFixes();
    void explain(const QString& code);

    // Recovery of unsaved changes.
    QWidget* buildRecoveryBar();
    void writeRecovery();
    void removeRecovery();
    void offerRecovery();

    // Parties, products and references.
    void fillBuyerFromParty(int index);
    void applyGstinDetails(const QString& gstin, const irp::ApiReply& reply);
    void saveBuyerToParties();
    /// Fills the buyer from the IRP's GSTIN details (the profile last submitted to, else the
    /// local sandbox), off the GUI thread; buyerLookedUp() tells how it went.
    void lookUpBuyerGstin();
    void reloadPrecedingInvoices();
    void pickPrecedingInvoice(int comboIndex);

    AppContext& m_context;
    std::optional<qint64> m_id;
    qint64 m_workspaceId = 0;
    Invoice m_invoice;
    Findings m_findings;
    FixResult m_fix;
    QString m_proposedNumber; ///< the series' number a new invoice was given (reserved on save)
    bool m_refreshing = false;
    int m_lineRow = 0; ///< the line whose details the line-details section shows

    QUndoStack* m_undo = nullptr;
    QTimer* m_validateTimer = nullptr;
    editor::Completers* m_completers = nullptr;
    QList<Binding> m_bindings;
    QHash<QString, int> m_bindingOfPath;
    QHash<QString, editor::FoldSection*> m_sections; ///< by JSON section: "ExpDtls"
    QSet<QString> m_openedFor; ///< findings (code + path) that already opened their section

    QLabel* m_sellerLabel = nullptr;
    QLineEdit* m_numberEdit = nullptr;
    QLabel* m_numberStatus = nullptr;
    QLineEdit* m_buyerGstinEdit = nullptr;
    QLineEdit* m_buyerNameEdit = nullptr;
    QComboBox* m_precedingCombo = nullptr;
    editor::LinesModel* m_linesModel = nullptr;
    editor::LinesView* m_linesView = nullptr;
    editor::TotalsPanel* m_totals = nullptr;
    editor::FindingsPanel* m_findingsPanel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPointer<ErrorGuideDialog> m_guide;
    QTimer* m_recoveryTimer = nullptr;
    QString m_recoveryFile;
    QString m_foundRecoveryFile; ///< a recovery file on offer in the bar
    std::optional<Invoice> m_foundRecovery;
    QWidget* m_recoveryBar = nullptr;
    QLabel* m_recoveryLabel = nullptr;
};

} // namespace irndesk::ui
