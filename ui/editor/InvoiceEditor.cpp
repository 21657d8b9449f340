// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/InvoiceEditor.h"

#include "ui/Theme.h"

#include "core/irp/IrpClient.h"
#include "ui/Background.h"

#include "core/json/InvoiceReader.h"
#include "core/json/InvoiceWriter.h"
#include "core/model/Dates.h"
#include "core/rules/Gstin.h"
#include "core/rules/Masters.h"
#include "ui/AppContext.h"
#include "ui/ErrorGuideDialog.h"
#include "ui/MainWindow.h"
#include "ui/editor/Completers.h"
#include "ui/editor/FindingsPanel.h"
#include "ui/editor/FoldSection.h"
#include "ui/editor/LinesModel.h"
#include "ui/editor/LinesTable.h"
#include "ui/editor/TotalsPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QJsonObject>
#include <QApplication>
#include <QSettings>
#include <QRegularExpression>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

using editor::FoldSection;
using editor::LinesModel;

namespace {

constexpr int kValidationDelayMs = 200;
constexpr int kRecoveryDelayMs = 1000;

Text textOrNone(const QString& text)
{
    return text.isEmpty() ? Text() : Text(text);
}

bool isExportSupply(const Text& supply)
{
    return supply && (*supply == u"EXPWP"_s || *supply == u"EXPWOP"_s);
}

bool isNote(const Text& type)
{
    return type && (*type == u"CRN"_s || *type == u"DBN"_s);
}

} // namespace

/// One change of the invoice: the invoice before and after. Consecutive changes of the same field
/// (typing in it) merge into one step.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(InvoiceEditor* editor, Invoice before, Invoice after, QString key)
        : m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_key(std::move(key))
    {
        setText(m_key.isEmpty() ? InvoiceEditor::tr("Edit") : m_key);
    }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const EditCommand*>(other);
        if (m_key.isEmpty() || next->m_key != m_key) {
            return false;
        }
        m_after = next->m_after;
        return true;
    }
    void undo() override { m_editor->setState(m_before); }
    void redo() override { m_editor->setState(m_after); }

private:
    InvoiceEditor* m_editor;
    Invoice m_before;
    Invoice m_after;
    QString m_key;
};

InvoiceEditor::InvoiceEditor(AppContext& context, std::optional<qint64> id, const QString& docType, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_id(id)
    , m_undo(new QUndoStack(this))
    , m_validateTimer(new QTimer(this))
    , m_completers(new editor::Completers(context, this))
{
    setObjectName(u"invoiceEditor"_s);
    setAttribute(Qt::WA_KeyboardFocusChange);
    store::Store* store = context.store();
    bool loaded = false;
    if (id && store) {
        auto stored = store->invoice(*id);
        if (stored) {
            m_invoice = stored.value().invoice;
            m_findings = stored.value().findings;
            m_workspaceId = stored.value().summary.workspaceId;
            loaded = true;
        } else {
            m_id.reset();
            QTimer::singleShot(0, this, [this, message = stored.error().message] {
                m_statusLabel->setText(tr("The invoice could not be opened: %1").arg(message));
            });
        }
    }
    if (!loaded) {
        m_workspaceId = context.workspaceId().value_or(0);
        m_invoice = Invoice::blank();
        m_invoice.docDtls.typ = docType.isEmpty() ? u"INV"_s : docType.toUpper();
        m_invoice.tranDtls.regRev = u"N"_s;
        m_invoice.tranDtls.igstOnIntra = u"N"_s;
        m_invoice.docDtls.dt = formatInvoiceDate(context.today());
        if (auto workspace = context.workspace()) {
            const store::SellerProfile& p = workspace->profile;
            SellerDetails& s = m_invoice.sellerDtls;
            s.gstin = textOrNone(p.gstin);
            s.lglNm = textOrNone(p.legalName);
            s.trdNm = textOrNone(p.tradeName);
            s.addr1 = textOrNone(p.addr1);
            s.addr2 = textOrNone(p.addr2);
            s.loc = textOrNone(p.location);
            s.pin = p.pin;
            s.stcd = textOrNone(p.stateCode);
            s.ph = textOrNone(p.phone);
            s.em = textOrNone(p.email);
        }
        proposeNumber(m_invoice);
        Item first;
        first.slNo = u"1"_s;
        first.isServc = u"N"_s;
        m_invoice.itemList.append(first);
        recompute(m_invoice, recomputeOptions());
    }

    m_recoveryTimer = new QTimer(this);
    m_recoveryTimer->setSingleShot(true);
    m_recoveryTimer->setInterval(kRecoveryDelayMs);
    connect(m_recoveryTimer, &QTimer::timeout, this, &InvoiceEditor::writeRecovery);
    m_recoveryFile = QDir(recoveryDirectory())
                         .filePath(m_id ? u"invoice-%1.json"_s.arg(*m_id)
                                        : u"new-%1-%2.json"_s.arg(m_workspaceId).arg(
                                            QUuid::createUuid().toString(QUuid::WithoutBraces)));

    buildUi();
    createActions();
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(kValidationDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, &InvoiceEditor::runValidation);
    connect(m_undo, &QUndoStack::cleanChanged, this, &InvoiceEditor::updateTitle);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean) {
            m_recoveryTimer->stop();
            removeRecovery();
        }
    });
    connect(&context, &AppContext::invoicesChanged, this, &InvoiceEditor::reloadPrecedingInvoices);

    m_linesModel->refresh();
    reloadPrecedingInvoices();
    refreshWidgets();
    // Sections that hold something, or that this kind of invoice needs, start open.
    QSet<FoldSection*> open;
    for (const Binding& b : std::as_const(m_bindings)) {
        if (b.section && b.access.get(m_invoice).has_value()) {
            open.insert(b.section);
        }
    }
    if (isExportSupply(m_invoice.tranDtls.supTyp)) {
        open.insert(m_sections.value(u"ExpDtls"_s));
    }
    if (isNote(m_invoice.docDtls.typ)) {
        open.insert(m_sections.value(u"RefDtls"_s));
    }
    for (FoldSection* section : std::as_const(m_sections)) {
        section->setExpanded(open.contains(section));
    }
    m_findingsPanel->setFindings(m_findings);
    markFields();
    scheduleValidation();
    updateTitle();
    offerRecovery();
}

InvoiceEditor::~InvoiceEditor()
{
    // Hidden while every member is alive: QWidget's destructor would hide the children after
    // them, and the lines' header would then ask the model about an invoice already gone
    // (AddressSanitizer: heap-use-after-free in LinesModel::headerData).
    hide();
    // QWidget's destructor closes the window, and an open cell editor would then commit into an
    // editor that is half gone.
    m_linesModel->setEditHandler({});
    // QWidget's destructor deletes the children while their connections still stand: the undo
    // stack's clear() would signal into this half-destroyed object.
    m_undo->disconnect(this);
    m_linesView->selectionModel()->disconnect(this);
    m_context.disconnect(this);
}

void InvoiceEditor::createActions()
{
    auto newAction = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    newAction(tr("Save"), { QKeySequence::Save }, [this] { save(); });
    newAction(tr("Validate"), { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter), QKeySequence(Qt::Key_F5) },
              [this] { validateNow(); });
    newAction(tr("New line"), { QKeySequence(Qt::CTRL | Qt::Key_L) }, [this] { addLine(); });
    newAction(tr("Delete line"), { QKeySequence(Qt::CTRL | Qt::Key_Delete) }, [this] { deleteLine(); });
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcuts({ QKeySequence::Undo });
    addAction(undo);
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    addAction(redo);
}

bool InvoiceEditor::eventFilter(QObject* watched, QEvent* event)
{
    // The editor's undo covers every field: a line edit must not take Ctrl+Z for its own.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)) {
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool InvoiceEditor::isModified() const
{
    return !m_undo->isClean();
}

RecomputeOptions InvoiceEditor::recomputeOptions() const
{
    RecomputeOptions options;
    options.roundOff = m_context.roundToRupee() ? RecomputeOptions::RoundOff::ToRupee : RecomputeOptions::RoundOff::None;
    return options;
}

void InvoiceEditor::proposeNumber(Invoice& invoice)
{
    store::Store* store = m_context.store();
    const QDate date = parseInvoiceDate(invoice.docDtls.dt.value_or(QString()));
    if (!store || !m_workspaceId || !date.isValid()) {
        return;
    }
    auto next = store->nextDocumentNumber(m_workspaceId, invoice.docDtls.typ.value_or(u"INV"_s), financialYear(date), false);
    if (next) {
        invoice.docDtls.no = next.value();
        m_proposedNumber = next.value();
    }
}

// The edit cycle ----------------------------------------------------------------------------------

void InvoiceEditor::applyEdit(const QString& key, const std::function<void(Invoice&)>& change)
{
    Invoice after = m_invoice;
    change(after);
    recompute(after, recomputeOptions());
    if (after == m_invoice) {
        return;
    }
    m_undo->push(new EditCommand(this, m_invoice, std::move(after), key));
}

void InvoiceEditor::setState(const Invoice& invoice)
{
    m_invoice = invoice;
    refreshWidgets();
    scheduleValidation();
    updateTitle();
    m_recoveryTimer->start();
}

// Recovery ------------------------------------------------------------------------------------------

QString InvoiceEditor::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

void InvoiceEditor::writeRecovery()
{
    if (!isModified()) {
        removeRecovery();
        return;
    }
    QDir().mkpath(recoveryDirectory());
    QSaveFile file(m_recoveryFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(invoiceToJson(m_invoice, JsonStyle::Indented));
        file.commit();
    }
}

void InvoiceEditor::removeRecovery()
{
    QFile::remove(m_recoveryFile);
}

void InvoiceEditor::offerRecovery()
{
    // This invoice's file, or for a new invoice the newest file of a new one of this workspace.
    QString found;
    if (m_id) {
        found = QFile::exists(m_recoveryFile) ? m_recoveryFile : QString();
    } else {
        const QFileInfoList files = QDir(recoveryDirectory())
                                        .entryInfoList({ u"new-%1-*.json"_s.arg(m_workspaceId) }, QDir::Files, QDir::Time);
        found = files.isEmpty() ? QString() : files.first().absoluteFilePath();
    }
    if (found.isEmpty()) {
        return;
    }
    QFile file(found);
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    ReadInvoice read = readInvoice(file.readAll());
    if (!read.invoice || *read.invoice == m_invoice) {
        return;
    }
    m_foundRecovery = *read.invoice;
    m_foundRecoveryFile = found;
    m_recoveryLabel->setText(tr("Unsaved changes of %1 from %2 were kept when the program stopped.")
                                 .arg(read.invoice->docDtls.no.value_or(tr("a new invoice")),
                                      QLocale().toString(QFileInfo(found).lastModified(), QLocale::ShortFormat)));
    m_recoveryBar->setVisible(true);
}

void InvoiceEditor::onFieldEdited(const QString& path, const QString& text)
{
    if (m_refreshing) {
        return;
    }
    const int index = m_bindingOfPath.value(path, -1);
    if (index < 0) {
        return;
    }
    const editor::FieldAccess access = m_bindings.at(index).access;
    const Invoice before = m_invoice;
    // Typing in one field is one step of undo; a field of the line details is that line's field.
    QString key = path;
    key.replace(u"ItemList[]"_s, u"ItemList[%1]"_s.arg(m_lineRow));
    applyEdit(key, [&](Invoice& invoice) {
        if (!access.set(invoice, text)) {
            return;
        }
        if (path == u"BuyerDtls.Gstin"_s) {
            // The state code is the GSTIN's first two digits; the place of supply follows it while
            // the user has not chosen another one.
            const auto state = stateCodeOfGstin(text.trimmed());
            if (state && Masters::builtIn()->isStateCode(*state)) {
                const QString code = u"%1"_s.arg(*state, 2, 10, QLatin1Char('0'));
                BuyerDetails& b = invoice.buyerDtls;
                if (!b.pos || b.pos->isEmpty() || b.pos == before.buyerDtls.stcd) {
                    b.pos = code;
                }
                b.stcd = code;
            }
        } else if ((path == u"DocDtls.Typ"_s || path == u"DocDtls.Dt"_s) && !m_id
                   && (before.docDtls.no == m_proposedNumber || !before.docDtls.no)) {
            // A new invoice whose number the user has not typed follows the series of its type.
            proposeNumber(invoice);
        }
    });
    if (path == u"TranDtls.SupTyp"_s && isExportSupply(m_invoice.tranDtls.supTyp)) {
        m_sections.value(u"ExpDtls"_s)->setExpanded(true);
    } else if (path == u"DocDtls.Typ"_s && isNote(m_invoice.docDtls.typ)) {
        m_sections.value(u"RefDtls"_s)->setExpanded(true);
    }
}

void InvoiceEditor::onCellEdited(int row, int column, const QVariant& value, int role)
{
    if (row < 0 || row >= m_invoice.itemList.size()) {
        return;
    }
    if (role == LinesModel::ProductRole) {
        const int index = value.toInt();
        if (index < 0 || index >= m_completers->products().size()) {
            return;
        }
        const store::Product product = m_completers->products().at(index);
        applyEdit(u"ItemList[%1]"_s.arg(row), [&](Invoice& invoice) {
            Item& item = invoice.itemList[row];
            item.prdDesc = textOrNone(product.description);
            if (!product.hsn.isEmpty()) {
                item.hsnCd = product.hsn;
            }
            if (!product.unit.isEmpty()) {
                item.unit = product.unit;
            }
            item.isServc = product.isService ? u"Y"_s : u"N"_s;
            if (product.unitPrice) {
                item.unitPrice = product.unitPrice;
            }
            if (product.gstRate) {
                item.gstRt = product.gstRate;
            }
            if (product.cessRate) {
                item.cesRt = product.cessRate;
            }
            if (product.cessNonAdvol) {
                item.cesNonAdvlAmt = product.cessNonAdvol;
            }
        });
        return;
    }
    const QString text = value.toString();
    applyEdit(u"ItemList[%1].%2"_s.arg(row).arg(LinesModel::fieldName(column)),
              [&](Invoice& invoice) { LinesModel::setCellText(invoice.itemList[row], column, text); });
}

void InvoiceEditor::addLine()
{
    const int row = int(m_invoice.itemList.size());
    applyEdit(QString(), [&](Invoice& invoice) {
        Item item;
        item.slNo = QString::number(row + 1);
        item.isServc = u"N"_s;
        invoice.itemList.append(item);
    });
    if (row < m_invoice.itemList.size()) {
        const QModelIndex index = m_linesModel->index(row, LinesModel::Description);
        m_linesView->setFocus(Qt::ShortcutFocusReason);
        m_linesView->setCurrentIndex(index);
        m_linesView->edit(index);
    }
}

void InvoiceEditor::deleteLine()
{
    const int row = m_linesView->currentIndex().row();
    if (row < 0 || row >= m_invoice.itemList.size()) {
        return;
    }
    applyEdit(QString(), [&](Invoice& invoice) {
        invoice.itemList.removeAt(row);
        // SlNo is the line's position: the lines after it move up.
        for (int i = row; i < invoice.itemList.size(); ++i) {
            invoice.itemList[i].slNo = QString::number(i + 1);
        }
    });
    if (!m_invoice.itemList.isEmpty()) {
        m_linesView->setCurrentIndex(
            m_linesModel->index(std::min(row, int(m_invoice.itemList.size()) - 1), LinesModel::Description));
    }
}

void InvoiceEditor::refreshWidgets()
{
    m_refreshing = true;
    for (const Binding& b : std::as_const(m_bindings)) {
        const QString value = b.access.get(m_invoice).value_or(QString());
        if (auto* edit = qobject_cast<QLineEdit*>(b.widget)) {
            if (edit->text() == value) {
                continue;
            }
            // Leave a text alone that says the same value in other words ("100.50" for 100.5),
            // so typing is never interrupted.
            Invoice probe = m_invoice;
            if (!value.isEmpty() && b.access.set(probe, edit->text()) && b.access.get(probe) == b.access.get(m_invoice)) {
                continue;
            }
            edit->setText(value);
        } else if (auto* combo = qobject_cast<QComboBox*>(b.widget)) {
            int index = combo->findData(value);
            if (index < 0) {
                // A value outside the list (as stored) is shown as it is.
                combo->addItem(value, value);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(index);
        } else if (auto* check = qobject_cast<QCheckBox*>(b.widget)) {
            check->setChecked(value.compare(u"Y"_s, Qt::CaseInsensitive) == 0);
        }
    }
    m_refreshing = false;

    const SellerDetails& s = m_invoice.sellerDtls;
    m_sellerLabel->setText(
        u"%1\n%2 · %3"_s.arg(s.lglNm.value_or(QString()), s.gstin.value_or(QString()), s.loc.value_or(QString())));

    m_linesModel->refresh();
    const TaxHeads heads = taxHeadsOf(m_invoice);
    m_linesView->setColumnHidden(LinesModel::Igst, heads == TaxHeads::CgstSgst);
    m_linesView->setColumnHidden(LinesModel::Cgst, heads == TaxHeads::Igst);
    m_linesView->setColumnHidden(LinesModel::Sgst, heads == TaxHeads::Igst);
    m_totals->show(m_invoice, heads);
    refreshNumberStatus();
}

void InvoiceEditor::refreshNumberStatus()
{
    store::Store* store = m_context.store();
    QString text;
    bool used = false;
    const store::DocKey key = store::DocKey::of(m_workspaceId, m_invoice);
    if (store && !key.fy.isEmpty() && !key.docNo.isEmpty()) {
        switch (store->numberUse(key)) {
        case store::NumberUse::Free:
            text = tr("free");
            break;
        case store::NumberUse::Draft:
            if (m_id && store->findInvoice(key) == m_id) {
                text = tr("this invoice");
            } else {
                text = tr("already used");
                used = true;
            }
            break;
        case store::NumberUse::InFlight:
            text = tr("already sent");
            used = true;
            break;
        case store::NumberUse::Registered:
            text = tr("already registered");
            used = true;
            break;
        case store::NumberUse::Cancelled:
            text = tr("cancelled: never again");
            used = true;
            break;
        case store::NumberUse::UsedElsewhere:
            text = tr("registered elsewhere");
            used = true;
            break;
        }
    }
    m_numberStatus->setText(text);
    Theme::setStyleSheet(m_numberStatus, used ? u"color: {error}; font-weight: bold;"_s : QString());
    m_numberEdit->setProperty("numberUsed", used);
}

void InvoiceEditor::updateTitle()
{
    const QString number = m_invoice.docDtls.no.value_or(tr("new"));
    setWindowTitle(tr("%1 %2").arg(m_invoice.docDtls.typ.value_or(u"INV"_s), number) + u"[*] — IRN Desk"_s);
    setWindowModified(isModified());
}

// Validation and findings ---------------------------------------------------------------------------

void InvoiceEditor::scheduleValidation()
{
    m_validateTimer->start();
}

void InvoiceEditor::validateNow()
{
    m_validateTimer->stop();
    runValidation();
}

void InvoiceEditor::runValidation()
{
    m_findings = m_context.validate(m_invoice);
    FixOptions options;
    options.recompute = recomputeOptions();
    m_fix = fixInvoice(m_invoice, options);
    QStringList fixes;
    for (const Fix& fix : std::as_const(m_fix.fixes)) {
        fixes << u"%1: %2 → %3 (%4)"_s.arg(fix.path, fix.before.isNull() ? u"—"_s : fix.before,
                                           fix.after.isNull() ? u"—"_s : fix.after, fix.description);
    }
    m_findingsPanel->setFindings(m_findings);
    m_findingsPanel->setFixes(fixes);
    markFields();
}

void InvoiceEditor::markFields()
{
    QHash<QWidget*, const Finding*> marks;
    for (const Finding& finding : std::as_const(m_findings)) {
        QWidget* widget = fieldWidget(finding.path);
        if (widget && (!marks.contains(widget) || (finding.isError() && !marks.value(widget)->isError()))) {
            marks.insert(widget, &finding);
        }
        // A new error inside a folded section opens it.
        FoldSection* section = m_sections.value(finding.path.section(u'.', 0, 0).section(u'[', 0, 0));
        for (const Binding& b : std::as_const(m_bindings)) {
            if (widget && b.widget == widget) {
                section = b.section;
            }
        }
        if (finding.isError() && section) {
            const QString key = finding.code + u'|' + finding.path;
            if (!m_openedFor.contains(key)) {
                m_openedFor.insert(key);
                section->setExpanded(true);
            }
        }
    }
    for (const Binding& b : std::as_const(m_bindings)) {
        const Finding* finding = marks.value(b.widget);
        QString state;
        if (finding) {
            state = finding->isError() ? u"error"_s : u"warning"_s;
        }
        if (b.widget == m_numberEdit && m_numberEdit->property("numberUsed").toBool()) {
            state = u"error"_s;
        }
        if (b.widget->property("finding").toString() != state) {
            b.widget->setProperty("finding", state);
            b.widget->style()->unpolish(b.widget);
            b.widget->style()->polish(b.widget);
        }
        b.widget->setToolTip(finding ? finding->code + u": "_s + finding->message : QString());
    }
    m_linesModel->setFindings(m_findings);
}

QWidget* InvoiceEditor::fieldWidget(const QString& path) const
{
    int index = m_bindingOfPath.value(path, -1);
    if (index < 0) {
        // A field of the line the details show: "ItemList[2].Barcde" while the cursor is on line 3.
        static const QRegularExpression linePath(u"^ItemList\\[(\\d+)\\]\\.(.+)$"_s);
        const auto match = linePath.match(path);
        if (match.hasMatch() && match.captured(1).toInt() == m_lineRow) {
            index = m_bindingOfPath.value(u"ItemList[]."_s + match.captured(2), -1);
        }
    }
    return index >= 0 ? m_bindings.at(index).widget : nullptr;
}

bool InvoiceEditor::goToField(const QString& path)
{
    static const QRegularExpression linePath(u"^ItemList\\[(\\d+)\\](?:\\.([A-Za-z]+))?"_s);
    if (const auto match = linePath.match(path); match.hasMatch()) {
        const int row = match.captured(1).toInt();
        int column = LinesModel::columnOfField(match.captured(2));
        if (column < 0 || m_linesView->isColumnHidden(column)) {
            column = LinesModel::Description;
        }
        if (row >= m_linesModel->rowCount()) {
            return false;
        }
        const int detail = m_bindingOfPath.value(u"ItemList[]."_s + path.section(u'.', 1), -1);
        const bool isColumn = LinesModel::fieldName(LinesModel::columnOfField(match.captured(2))) == match.captured(2);
        if (detail >= 0 && !isColumn) {
            // A field of the line details: that line becomes the current one, its details open.
            m_linesView->setCurrentIndex(m_linesModel->index(row, LinesModel::Description));
            m_bindings.at(detail).section->setExpanded(true);
            m_bindings.at(detail).widget->setFocus(Qt::OtherFocusReason);
            return true;
        }
        m_linesView->setFocus(Qt::OtherFocusReason);
        m_linesView->setCurrentIndex(m_linesModel->index(row, column));
        m_linesView->scrollTo(m_linesView->currentIndex());
        return true;
    }
    // The field itself, else the nearest enclosing one that has a widget ("RefDtls.PrecDocDtls[1]
    // .InvNo" -> the first preceding document), else its section.
    QString p = path;
    while (!p.isEmpty()) {
        const int index = m_bindingOfPath.value(p, -1);
        if (index >= 0) {
            const Binding& b = m_bindings.at(index);
            if (b.section) {
                b.section->setExpanded(true);
            }
            b.widget->setFocus(Qt::OtherFocusReason);
            if (auto* edit = qobject_cast<QLineEdit*>(b.widget)) {
                edit->selectAll();
            }
            return true;
        }
        if (FoldSection* section = m_sections.value(p)) {
            section->setExpanded(true);
            section->header()->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (p == u"ItemList"_s || p == u"ValDtls"_s) {
            m_linesView->setFocus(Qt::OtherFocusReason);
            return true;
        }
        static const QRegularExpression indexed(u"\\[\\d+\\]$"_s);
        const QString withFirst = QString(p).replace(QRegularExpression(u"\\[\\d+\\]"_s), u"[0]"_s);
        if (withFirst != p && m_bindingOfPath.contains(withFirst)) {
            p = withFirst;
            continue;
        }
        const int dot = p.lastIndexOf(u'.');
        if (dot >= 0) {
            p.truncate(dot);
        } else if (indexed.match(p).hasMatch()) {
            p.remove(indexed);
        } else {
            break;
        }
    }
    m_statusLabel->setText(tr("%1 is not edited here").arg(path));
    return false;
}

void InvoiceEditor::applyFixes()
{
    if (!m_fix.changed()) {
        return;
    }
    const Invoice fixed = m_fix.invoice;
    applyEdit(QString(), [&](Invoice& invoice) { invoice = fixed; });
    m_statusLabel->setText(tr("%n fixes applied", nullptr, int(m_fix.fixes.size())));
    validateNow();
}

void InvoiceEditor::explain(const QString& code)
{
    emit explainRequested(code);
    for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
        if (auto* main = qobject_cast<MainWindow*>(w)) {
            main->showErrorGuide(code);
            return;
        }
    }
    if (!m_guide) {
        m_guide = new ErrorGuideDialog(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->showCode(code);
    m_guide->show();
    m_guide->raise();
}

// Parties and references --------------------------------------------------------------------------

void InvoiceEditor::fillBuyerFromParty(int index)
{
    if (index < 0 || index >= m_completers->parties().size()) {
        return;
    }
    const store::Party party = m_completers->parties().at(index);
    applyEdit(u"BuyerDtls"_s, [&](Invoice& invoice) {
        BuyerDetails& b = invoice.buyerDtls;
        b.gstin = textOrNone(party.gstin);
        b.lglNm = textOrNone(party.legalName);
        b.trdNm = textOrNone(party.tradeName);
        b.addr1 = textOrNone(party.addr1);
        b.addr2 = textOrNone(party.addr2);
        b.loc = textOrNone(party.location);
        b.pin = party.pin;
        b.stcd = textOrNone(party.stateCode);
        b.pos = textOrNone(party.pos.isEmpty() ? party.stateCode : party.pos);
        b.ph = textOrNone(party.phone);
        b.em = textOrNone(party.email);
    });
    m_statusLabel->setText(tr("Buyer filled from the parties"));
}

void InvoiceEditor::lookUpBuyerGstin()
{
    const QString gstin = m_invoice.buyerDtls.gstin.value_or(QString()).trimmed().toUpper();
    if (gstin.size() != 15) {
        m_statusLabel->setText(tr("Type the buyer's GSTIN first"));
        emit buyerLookedUp(false, m_statusLabel->text());
        return;
    }
    Result<irp::IrpConnection> connection = m_context.irpConnection(QSettings().value(u"submit/profile"_s).toString());
    if (!connection) {
        m_statusLabel->setText(connection.error().message);
        emit buyerLookedUp(false, connection.error().message);
        return;
    }
    m_statusLabel->setText(tr("Asking the IRP about %1…").arg(gstin));
    auto session = std::make_shared<irp::IrpSession>(connection.value());
    runInBackground(
        this,
        [session, gstin] { return irp::IrpClient(session).gstinDetails(gstin); },
        [this, gstin](const irp::ApiReply& reply) { applyGstinDetails(gstin, reply); });
}

void InvoiceEditor::applyGstinDetails(const QString& gstin, const irp::ApiReply& reply)
{
    if (!reply.ok()) {
        const QString why = reply.kind == irp::ApiReply::Kind::Errors
            ? reply.codes() + u' ' + reply.errors.first().message
            : reply.transportError;
        m_statusLabel->setText(tr("The IRP gave no details for %1: %2").arg(gstin, why));
        emit buyerLookedUp(false, m_statusLabel->text());
        return;
    }
    const QJsonObject& d = reply.data;
    const auto text = [&d](const char* key) {
        const QJsonValue v = d.value(QLatin1String(key));
        return v.isDouble() ? QString::number(v.toInteger()) : v.toString().trimmed();
    };
    QStringList building;
    for (const char* key : { "AddrBno", "AddrBnm", "AddrFlno" }) {
        if (!text(key).isEmpty()) {
            building << text(key);
        }
    }
    applyEdit(u"BuyerDtls"_s, [&](Invoice& invoice) {
        BuyerDetails& b = invoice.buyerDtls;
        b.lglNm = textOrNone(text("LegalName"));
        b.trdNm = textOrNone(text("TradeName"));
        b.addr1 = textOrNone(building.join(u", "_s));
        b.addr2 = textOrNone(text("AddrSt"));
        b.loc = textOrNone(text("AddrLoc"));
        bool ok = false;
        const qint64 pin = text("AddrPncd").toLongLong(&ok);
        b.pin = ok ? std::optional<qint64>(pin) : std::nullopt;
        const QString state = text("StateCode");
        b.stcd = textOrNone(state.size() == 1 ? u'0' + state : state);
        if (!b.pos) {
            b.pos = b.stcd;
        }
    });
    const QString status = text("Status");
    m_statusLabel->setText(status.isEmpty() || status == u"ACT"
            ? tr("Buyer filled from the IRP's details of %1").arg(gstin)
            : tr("Buyer filled from the IRP; its GSTIN %1 has status %2, not active").arg(gstin, status));
    emit buyerLookedUp(true, m_statusLabel->text());
}

void InvoiceEditor::saveBuyerToParties()
{
    store::Store* store = m_context.store();
    const BuyerDetails& b = m_invoice.buyerDtls;
    if (!store || !m_workspaceId || b.lglNm.value_or(QString()).trimmed().isEmpty()) {
        m_statusLabel->setText(tr("A party needs at least a legal name"));
        return;
    }
    store::Party party;
    party.workspaceId = m_workspaceId;
    party.kind = store::Party::Kind::Buyer;
    party.gstin = b.gstin.value_or(QString()).trimmed();
    party.legalName = b.lglNm.value_or(QString()).trimmed();
    party.tradeName = b.trdNm.value_or(QString());
    party.pos = b.pos.value_or(QString());
    party.addr1 = b.addr1.value_or(QString());
    party.addr2 = b.addr2.value_or(QString());
    party.location = b.loc.value_or(QString());
    party.pin = b.pin;
    party.stateCode = b.stcd.value_or(QString());
    party.phone = b.ph.value_or(QString());
    party.email = b.em.value_or(QString());
    // The same buyer (by GSTIN, or by name for an unregistered one) is updated, not added twice.
    for (const store::Party& known : m_completers->parties()) {
        const bool sameGstin = !party.gstin.isEmpty() && party.gstin.compare(u"URP"_s, Qt::CaseInsensitive) != 0
            && known.gstin.compare(party.gstin, Qt::CaseInsensitive) == 0;
        const bool sameName = (party.gstin.isEmpty() || party.gstin.compare(u"URP"_s, Qt::CaseInsensitive) == 0)
            && known.legalName.compare(party.legalName, Qt::CaseInsensitive) == 0;
        if (sameGstin || sameName) {
            party.id = known.id;
            break;
        }
    }
    auto saved = store->saveParty(party);
    if (!saved) {
        QMessageBox::warning(this, tr("Save to parties"), saved.error().message);
        return;
    }
    m_context.notifyPartiesChanged();
    m_statusLabel->setText(tr("%1 saved to the parties").arg(party.legalName));
}

void InvoiceEditor::reloadPrecedingInvoices()
{
    store::Store* store = m_context.store();
    m_precedingCombo->clear();
    m_precedingCombo->addItem(tr("Choose a registered invoice…"), QVariant());
    if (!store || !m_workspaceId) {
        return;
    }
    store::InvoiceFilter filter;
    filter.workspaceId = m_workspaceId;
    filter.statuses = { store::InvoiceStatus::Registered };
    filter.docType = u"INV"_s;
    for (const store::InvoiceSummary& s : store->listInvoices(filter, store::InvoiceSort::DocDate, Qt::DescendingOrder, 0, 500)) {
        m_precedingCombo->addItem(u"%1 · %2 · %3"_s.arg(s.docNo, formatInvoiceDate(s.docDate), s.buyerName), s.id);
    }
}

void InvoiceEditor::pickPrecedingInvoice(int comboIndex)
{
    const QVariant id = m_precedingCombo->itemData(comboIndex);
    store::Store* store = m_context.store();
    if (!id.isValid() || !store) {
        return;
    }
    auto stored = store->invoice(id.toLongLong());
    if (!stored) {
        m_statusLabel->setText(stored.error().message);
        return;
    }
    const Invoice preceding = stored.value().invoice;
    applyEdit(u"RefDtls.PrecDocDtls"_s, [&](Invoice& invoice) {
        RefDetails ref = invoice.refDtls.value_or(RefDetails{});
        if (ref.precDocDtls.isEmpty()) {
            ref.precDocDtls.append(PrecedingDocument{});
        }
        ref.precDocDtls.first().invNo = preceding.docDtls.no;
        ref.precDocDtls.first().invDt = preceding.docDtls.dt;
        invoice.refDtls = ref;
        // A note is usually to the buyer of the invoice it corrects.
        if (!invoice.buyerDtls.gstin || invoice.buyerDtls.gstin->isEmpty()) {
            invoice.buyerDtls = preceding.buyerDtls;
        }
    });
}

// Saving and closing --------------------------------------------------------------------------------

bool InvoiceEditor::save()
{
    store::Store* store = m_context.store();
    if (!store || !m_workspaceId) {
        m_statusLabel->setText(tr("No store or workspace is open"));
        return false;
    }
    Invoice toSave = m_invoice;
    if (!m_id && !m_proposedNumber.isEmpty() && toSave.docDtls.no == m_proposedNumber) {
        // The series' number is taken now; should another window have taken it meanwhile, the
        // series gives the next free one.
        const QDate date = parseInvoiceDate(toSave.docDtls.dt.value_or(QString()));
        auto reserved = store->nextDocumentNumber(m_workspaceId, toSave.docDtls.typ.value_or(u"INV"_s),
                                                  financialYear(date), true);
        if (reserved) {
            toSave.docDtls.no = reserved.value();
        }
    }
    const Findings findings = m_context.validate(toSave);
    Status status = Ok{};
    if (!m_id) {
        auto added = store->addInvoice(m_workspaceId, toSave, findings, u"editor"_s);
        if (added) {
            m_id = added.value();
        } else {
            status = added.error();
        }
    } else {
        status = store->updateInvoice(*m_id, toSave, findings);
    }
    if (!status) {
        if (status.error().code == ErrorCode::Conflict) {
            m_numberStatus->setText(tr("already used"));
            m_numberEdit->setProperty("finding", u"error"_s);
            m_numberEdit->setToolTip(status.error().message);
            m_numberEdit->style()->unpolish(m_numberEdit);
            m_numberEdit->style()->polish(m_numberEdit);
            m_numberEdit->setFocus(Qt::OtherFocusReason);
            m_statusLabel->setText(tr("Not saved: %1").arg(status.error().message));
        } else {
            QMessageBox::warning(this, tr("Save"), tr("The invoice was not saved: %1").arg(status.error().message));
        }
        return false;
    }
    if (toSave != m_invoice) {
        m_invoice = toSave;
        refreshWidgets();
    }
    m_proposedNumber.clear();
    removeRecovery();
    m_recoveryFile = QDir(recoveryDirectory()).filePath(u"invoice-%1.json"_s.arg(*m_id));
    m_undo->setClean();
    m_findings = findings;
    m_findingsPanel->setFindings(m_findings);
    markFields();
    refreshNumberStatus();
    updateTitle();
    m_statusLabel->setText(hasErrors(findings) ? tr("Saved as a draft: %n errors", nullptr, int(errorCount(findings)))
                                               : tr("Saved: ready"));
    m_context.notifyInvoicesChanged();
    emit saved(*m_id);
    return true;
}

void InvoiceEditor::closeEvent(QCloseEvent* event)
{
    if (!isModified()) {
        event->accept();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("%1 has changes that are not saved.").arg(m_invoice.docDtls.no.value_or(tr("The invoice"))),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedChangesBox"_s);
    box.setInformativeText(tr("Save them? A draft with errors can be saved too."));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        if (save()) {
            event->accept();
        } else {
            event->ignore();
        }
        break;
    case QMessageBox::Discard:
        m_recoveryTimer->stop();
        removeRecovery();
        event->accept();
        break;
    default:
        event->ignore();
        break;
    }
}

} // namespace irndesk::ui
