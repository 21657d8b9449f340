// SPDX-License-Identifier: GPL-3.0-or-later
// The widgets of the invoice editor: header, seller and buyer forms, the folded sections, the
// lines, findings and totals. Each field widget is bound to its JSON path (registerBinding).
#include "ui/editor/InvoiceEditor.h"

#include "ui/Theme.h"

#include "ui/AppContext.h"
#include "ui/SpokenText.h"
#include "ui/editor/Completers.h"
#include "ui/editor/FindingsPanel.h"
#include "ui/editor/FoldSection.h"
#include "ui/editor/LinesModel.h"
#include "ui/editor/LinesTable.h"
#include "ui/editor/TotalsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

using editor::FieldAccess;
using editor::fieldOf;
using editor::FoldSection;

namespace {

/// "BuyerDtls.Gstin" -> "buyerDtlsGstin", "RefDtls.PrecDocDtls[0].InvNo" -> "refDtlsPrecDocDtls0InvNo".
QString objectNameOf(const QString& path)
{
    QString name;
    for (const QChar c : path) {
        if (c.isLetterOrNumber()) {
            name += c;
        }
    }
    if (!name.isEmpty()) {
        name[0] = name[0].toLower();
    }
    return name;
}

/// The first preceding document (the editor edits one; more are kept as they are).
FieldAccess precedingField(Text PrecedingDocument::*field)
{
    return { [=](const Invoice& invoice) -> std::optional<QString> {
                if (!invoice.refDtls || invoice.refDtls->precDocDtls.isEmpty()) {
                    return std::nullopt;
                }
                return invoice.refDtls->precDocDtls.first().*field;
            },
             [=](Invoice& invoice, const QString& text) {
                 RefDetails ref = invoice.refDtls.value_or(RefDetails{});
                 if (ref.precDocDtls.isEmpty()) {
                     ref.precDocDtls.append(PrecedingDocument{});
                 }
                 editor::fromText(text, ref.precDocDtls.first().*field);
                 if (ref.precDocDtls.first() == PrecedingDocument{}) {
                     ref.precDocDtls.removeFirst();
                 }
                 invoice.refDtls = ref == RefDetails{} ? std::nullopt : std::optional<RefDetails>(ref);
                 return true;
             } };
}

QValidator* digits(int max, QObject* parent)
{
    return new QRegularExpressionValidator(QRegularExpression(u"\\d{0,%1}"_s.arg(max)), parent);
}

QValidator* amount(QObject* parent)
{
    return new QRegularExpressionValidator(QRegularExpression(u"\\d{0,13}(\\.\\d{0,2})?"_s), parent);
}

} // namespace

void InvoiceEditor::buildUi()
{
    // A field a finding points at gets a red (error) or amber (warning) frame.
    Theme::setStyleSheet(this,
                         u"QLineEdit[finding=\"error\"], QComboBox[finding=\"error\"], QCheckBox[finding=\"error\"]"
                         " { border: 2px solid {errorBorder}; }"
                         " QLineEdit[finding=\"warning\"], QComboBox[finding=\"warning\"] { border: 2px solid {warningBorder}; }"_s);

    // Created first: when it shows, its buttons come first in the Tab order.
    QWidget* recoveryBar = buildRecoveryBar();

    auto* formPage = new QWidget;
    formPage->setObjectName(u"formPage"_s);
    auto* formLayout = new QVBoxLayout(formPage);
    auto* top = new QHBoxLayout;
    top->addWidget(buildHeader(), 1);
    top->addWidget(buildBuyer(), 1);
    formLayout->addLayout(top);
    formLayout->addWidget(buildSections());
    formLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"formScrollArea"_s);
    scroll->setAccessibleName(tr("Invoice form"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(formPage);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"editorSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(scroll);
    splitter->addWidget(buildLines());
    splitter->addWidget(buildBottom());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"editorStatusLabel"_s);
    m_statusLabel->setAccessibleName(tr("Status"));
    auto* validateButton = new QPushButton(tr("&Validate"), this);
    validateButton->setObjectName(u"validateButton"_s);
    validateButton->setAccessibleName(tr("Validate"));
    validateButton->setToolTip(tr("Validate now (Ctrl+Enter, F5)"));
    connect(validateButton, &QPushButton::clicked, this, &InvoiceEditor::validateNow);
    auto* saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(u"saveButton"_s);
    saveButton->setAccessibleName(tr("Save"));
    saveButton->setToolTip(tr("Save (Ctrl+S)"));
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    auto* closeButton = new QPushButton(tr("Close"), this);
    closeButton->setObjectName(u"closeButton"_s);
    closeButton->setAccessibleName(tr("Close"));
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_statusLabel, 1);
    buttons->addWidget(validateButton);
    buttons->addWidget(saveButton);
    buttons->addWidget(closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(recoveryBar);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    resize(1200, 860);
}

QWidget* InvoiceEditor::buildRecoveryBar()
{
    m_recoveryBar = new QWidget(this);
    m_recoveryBar->setObjectName(u"recoveryBar"_s);
    Theme::setStyleSheet(m_recoveryBar, u"#recoveryBar { background: {bannerFill}; } #recoveryBar QLabel { color: {bannerText}; }"_s);
    m_recoveryLabel = new QLabel(m_recoveryBar);
    m_recoveryLabel->setObjectName(u"recoveryLabel"_s);
    m_recoveryLabel->setWordWrap(true);
    auto* recover = new QPushButton(tr("Recover"), m_recoveryBar);
    recover->setObjectName(u"recoverButton"_s);
    recover->setAccessibleName(tr("Recover the unsaved changes"));
    auto* discard = new QPushButton(tr("Discard"), m_recoveryBar);
    discard->setObjectName(u"discardRecoveryButton"_s);
    discard->setAccessibleName(tr("Discard the unsaved changes"));
    auto* layout = new QHBoxLayout(m_recoveryBar);
    layout->addWidget(m_recoveryLabel, 1);
    layout->addWidget(recover);
    layout->addWidget(discard);
    m_recoveryBar->setVisible(false);
    connect(recover, &QPushButton::clicked, this, [this] {
        if (m_foundRecovery) {
            const Invoice recovered = *m_foundRecovery;
            // The recovered file is this editor's from now on.
            if (m_foundRecoveryFile != m_recoveryFile) {
                removeRecovery();
                m_recoveryFile = m_foundRecoveryFile;
            }
            applyEdit(QString(), [&](Invoice& invoice) { invoice = recovered; });
        }
        m_foundRecovery.reset();
        m_recoveryBar->setVisible(false);
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        QFile::remove(m_foundRecoveryFile);
        m_foundRecovery.reset();
        m_recoveryBar->setVisible(false);
    });
    return m_recoveryBar;
}

void InvoiceEditor::registerBinding(const QString& path, QWidget* widget, FieldAccess access, FoldSection* section)
{
    m_bindingOfPath.insert(path, int(m_bindings.size()));
    m_bindings.append(Binding{ path, widget, section, std::move(access) });
}

QLineEdit* InvoiceEditor::addLineField(QFormLayout* form, const QString& label, const QString& path,
                                       FieldAccess access, FoldSection* section)
{
    auto* edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(objectNameOf(path) + u"Edit"_s);
    edit->setAccessibleName(spokenText(label));
    edit->setAccessibleDescription(path);
    edit->installEventFilter(this);
    auto* title = new QLabel(label, form->parentWidget());
    title->setBuddy(edit);
    form->addRow(title, edit);
    registerBinding(path, edit, std::move(access), section);
    connect(edit, &QLineEdit::textEdited, this, [this, path](const QString& text) { onFieldEdited(path, text); });
    return edit;
}

QComboBox* InvoiceEditor::addComboField(QFormLayout* form, const QString& label, const QString& path,
                                        FieldAccess access, const QStringList& codes)
{
    auto* combo = new QComboBox(form->parentWidget());
    combo->setObjectName(objectNameOf(path) + u"Combo"_s);
    combo->setAccessibleName(spokenText(label));
    combo->setAccessibleDescription(path);
    for (const QString& code : codes) {
        combo->addItem(code, code);
    }
    auto* title = new QLabel(label, form->parentWidget());
    title->setBuddy(combo);
    form->addRow(title, combo);
    registerBinding(path, combo, std::move(access), nullptr);
    connect(combo, &QComboBox::activated, this, [this, path, combo](int index) {
        onFieldEdited(path, combo->itemData(index).toString());
    });
    return combo;
}

QCheckBox* InvoiceEditor::addCheckField(QFormLayout* form, const QString& label, const QString& path,
                                        FieldAccess access)
{
    auto* check = new QCheckBox(label, form->parentWidget());
    check->setObjectName(objectNameOf(path) + u"Check"_s);
    check->setAccessibleName(spokenText(label));
    check->setAccessibleDescription(path);
    form->addRow(QString(), check);
    registerBinding(path, check, std::move(access), nullptr);
    // Y or N once the user has touched it; an absent flag stays absent until then.
    connect(check, &QCheckBox::clicked, this, [this, path](bool on) { onFieldEdited(path, on ? u"Y"_s : u"N"_s); });
    return check;
}

QWidget* InvoiceEditor::buildHeader()
{
    auto* box = new QGroupBox(tr("Document"));
    box->setObjectName(u"documentGroup"_s);
    auto* form = new QFormLayout(box);
    addComboField(form, tr("&Type"), u"DocDtls.Typ"_s, fieldOf(&Invoice::docDtls, &DocDetails::typ),
                  { u"INV"_s, u"CRN"_s, u"DBN"_s });
    m_numberEdit = new QLineEdit(box);
    m_numberEdit->setObjectName(u"docDtlsNoEdit"_s);
    m_numberEdit->setAccessibleName(tr("Number"));
    m_numberEdit->setAccessibleDescription(u"DocDtls.No"_s);
    m_numberEdit->setMaxLength(16);
    m_numberEdit->installEventFilter(this);
    m_numberStatus = new QLabel(box);
    m_numberStatus->setObjectName(u"numberStatusLabel"_s);
    m_numberStatus->setAccessibleName(tr("Number status"));
    auto* numberRow = new QHBoxLayout;
    numberRow->addWidget(m_numberEdit, 1);
    numberRow->addWidget(m_numberStatus);
    auto* numberLabel = new QLabel(tr("&Number"), box);
    numberLabel->setBuddy(m_numberEdit);
    form->addRow(numberLabel, numberRow);
    registerBinding(u"DocDtls.No"_s, m_numberEdit, fieldOf(&Invoice::docDtls, &DocDetails::no), nullptr);
    connect(m_numberEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        onFieldEdited(u"DocDtls.No"_s, text);
    });

    QLineEdit* date = addLineField(form, tr("&Date"), u"DocDtls.Dt"_s, fieldOf(&Invoice::docDtls, &DocDetails::dt));
    date->setPlaceholderText(tr("dd/mm/yyyy"));
    date->setMaxLength(10);
    QComboBox* supply = addComboField(form, tr("Su&pply type"), u"TranDtls.SupTyp"_s,
                                      fieldOf(&Invoice::tranDtls, &TranDetails::supTyp),
                                      { u"B2B"_s, u"SEZWP"_s, u"SEZWOP"_s, u"EXPWP"_s, u"EXPWOP"_s, u"DEXP"_s });
    supply->setItemData(0, tr("Business to business"), Qt::ToolTipRole);
    supply->setItemData(1, tr("SEZ with payment of tax"), Qt::ToolTipRole);
    supply->setItemData(2, tr("SEZ without payment of tax"), Qt::ToolTipRole);
    supply->setItemData(3, tr("Export with payment of tax"), Qt::ToolTipRole);
    supply->setItemData(4, tr("Export without payment of tax"), Qt::ToolTipRole);
    supply->setItemData(5, tr("Deemed export"), Qt::ToolTipRole);
    addCheckField(form, tr("&Reverse charge"), u"TranDtls.RegRev"_s, fieldOf(&Invoice::tranDtls, &TranDetails::regRev));
    addCheckField(form, tr("&IGST on intra-state supply"), u"TranDtls.IgstOnIntra"_s,
                  fieldOf(&Invoice::tranDtls, &TranDetails::igstOnIntra));
    addLineField(form, tr("E-commerce GSTIN"), u"TranDtls.EcmGstin"_s,
                 fieldOf(&Invoice::tranDtls, &TranDetails::ecmGstin))
        ->setMaxLength(15);

    m_sellerLabel = new QLabel(box);
    m_sellerLabel->setObjectName(u"sellerLabel"_s);
    m_sellerLabel->setAccessibleName(tr("Seller"));
    m_sellerLabel->setWordWrap(true);
    m_sellerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sellerLabel->setToolTip(tr("The seller is the workspace's profile"));
    form->addRow(tr("Seller"), m_sellerLabel);
    return box;
}

QWidget* InvoiceEditor::buildBuyer()
{
    auto* box = new QGroupBox(tr("Buyer"));
    box->setObjectName(u"buyerGroup"_s);
    auto* form = new QFormLayout(box);
    m_buyerGstinEdit = addLineField(form, tr("&GSTIN"), u"BuyerDtls.Gstin"_s,
                                    fieldOf(&Invoice::buyerDtls, &BuyerDetails::gstin));
    m_buyerGstinEdit->setMaxLength(15);
    m_buyerGstinEdit->setPlaceholderText(tr("15 characters, or URP"));
    m_buyerNameEdit = addLineField(form, tr("Legal na&me"), u"BuyerDtls.LglNm"_s,
                                   fieldOf(&Invoice::buyerDtls, &BuyerDetails::lglNm));
    // Autocomplete from the parties, by GSTIN or by name; choosing one fills every buyer field.
    for (auto [edit, column] : { std::pair{ m_buyerGstinEdit, 1 }, std::pair{ m_buyerNameEdit, 0 } }) {
        QCompleter* completer = m_completers->partyCompleter(edit, column);
        edit->setCompleter(completer);
        connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
                [this](const QModelIndex& index) { fillBuyerFromParty(editor::Completers::indexOf(index)); });
    }
    addLineField(form, tr("Trade name"), u"BuyerDtls.TrdNm"_s, fieldOf(&Invoice::buyerDtls, &BuyerDetails::trdNm));
    addLineField(form, tr("Address &1"), u"BuyerDtls.Addr1"_s, fieldOf(&Invoice::buyerDtls, &BuyerDetails::addr1));
    addLineField(form, tr("Address &2"), u"BuyerDtls.Addr2"_s, fieldOf(&Invoice::buyerDtls, &BuyerDetails::addr2));
    addLineField(form, tr("L&ocation"), u"BuyerDtls.Loc"_s, fieldOf(&Invoice::buyerDtls, &BuyerDetails::loc));
    addLineField(form, tr("PIN"), u"BuyerDtls.Pin"_s, fieldOf(&Invoice::buyerDtls, &BuyerDetails::pin))
        ->setValidator(digits(6, this));
    addLineField(form, tr("State &code"), u"BuyerDtls.Stcd"_s, fieldOf(&Invoice::buyerDtls, &BuyerDetails::stcd))
        ->setValidator(digits(2, this));
    addLineField(form, tr("Place of suppl&y"), u"BuyerDtls.Pos"_s, fieldOf(&Invoice::buyerDtls, &BuyerDetails::pos))
        ->setValidator(digits(2, this));
    addLineField(form, tr("Phone"), u"BuyerDtls.Ph"_s, fieldOf(&Invoice::buyerDtls, &BuyerDetails::ph));
    addLineField(form, tr("Email"), u"BuyerDtls.Em"_s, fieldOf(&Invoice::buyerDtls, &BuyerDetails::em));
    auto* saveParty = new QPushButton(tr("Save &buyer to parties"), box);
    saveParty->setObjectName(u"saveToPartiesButton"_s);
    saveParty->setAccessibleName(tr("Save to parties"));
    connect(saveParty, &QPushButton::clicked, this, &InvoiceEditor::saveBuyerToParties);
    auto* lookUp = new QPushButton(tr("Fetch details from the IRP"), box);
    lookUp->setObjectName(u"fetchBuyerButton"_s);
    lookUp->setAccessibleName(tr("Fetch the buyer's details from the IRP by GSTIN"));
    connect(lookUp, &QPushButton::clicked, this, &InvoiceEditor::lookUpBuyerGstin);
    auto* buyerButtons = new QHBoxLayout;
    buyerButtons->addWidget(saveParty);
    buyerButtons->addWidget(lookUp);
    form->addRow(QString(), buyerButtons);
    return box;
}

QWidget* InvoiceEditor::buildSections()
{
    auto* holder = new QWidget;
    holder->setObjectName(u"sectionsHolder"_s);
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    auto makeSection = [&](const QString& title, const QString& json) {
        auto* section = new FoldSection(title, objectNameOf(json) + u"Section"_s, holder);
        m_sections.insert(json, section);
        layout->addWidget(section);
        return section;
    };
    auto formOf = [](FoldSection* section) { return new QFormLayout(section->body()); };

    {
        FoldSection* s = makeSection(tr("Dispatch from"), u"DispDtls"_s);
        QFormLayout* f = formOf(s);
        const auto sec = &Invoice::dispDtls;
        addLineField(f, tr("Name"), u"DispDtls.Nm"_s, fieldOf(sec, &DispatchDetails::nm), s);
        addLineField(f, tr("Address 1"), u"DispDtls.Addr1"_s, fieldOf(sec, &DispatchDetails::addr1), s);
        addLineField(f, tr("Address 2"), u"DispDtls.Addr2"_s, fieldOf(sec, &DispatchDetails::addr2), s);
        addLineField(f, tr("Location"), u"DispDtls.Loc"_s, fieldOf(sec, &DispatchDetails::loc), s);
        addLineField(f, tr("PIN"), u"DispDtls.Pin"_s, fieldOf(sec, &DispatchDetails::pin), s)->setValidator(digits(6, this));
        addLineField(f, tr("State code"), u"DispDtls.Stcd"_s, fieldOf(sec, &DispatchDetails::stcd), s)
            ->setValidator(digits(2, this));
    }
    {
        FoldSection* s = makeSection(tr("Ship to"), u"ShipDtls"_s);
        QFormLayout* f = formOf(s);
        const auto sec = &Invoice::shipDtls;
        addLineField(f, tr("GSTIN"), u"ShipDtls.Gstin"_s, fieldOf(sec, &ShipDetails::gstin), s)->setMaxLength(15);
        addLineField(f, tr("Legal name"), u"ShipDtls.LglNm"_s, fieldOf(sec, &ShipDetails::lglNm), s);
        addLineField(f, tr("Trade name"), u"ShipDtls.TrdNm"_s, fieldOf(sec, &ShipDetails::trdNm), s);
        addLineField(f, tr("Address 1"), u"ShipDtls.Addr1"_s, fieldOf(sec, &ShipDetails::addr1), s);
        addLineField(f, tr("Address 2"), u"ShipDtls.Addr2"_s, fieldOf(sec, &ShipDetails::addr2), s);
        addLineField(f, tr("Location"), u"ShipDtls.Loc"_s, fieldOf(sec, &ShipDetails::loc), s);
        addLineField(f, tr("PIN"), u"ShipDtls.Pin"_s, fieldOf(sec, &ShipDetails::pin), s)->setValidator(digits(6, this));
        addLineField(f, tr("State code"), u"ShipDtls.Stcd"_s, fieldOf(sec, &ShipDetails::stcd), s)
            ->setValidator(digits(2, this));
    }
    {
        FoldSection* s = makeSection(tr("Payment"), u"PayDtls"_s);
        QFormLayout* f = formOf(s);
        const auto sec = &Invoice::payDtls;
        addLineField(f, tr("Payee name"), u"PayDtls.Nm"_s, fieldOf(sec, &PayDetails::nm), s);
        addLineField(f, tr("Account"), u"PayDtls.AccDet"_s, fieldOf(sec, &PayDetails::accDet), s);
        addLineField(f, tr("Mode"), u"PayDtls.Mode"_s, fieldOf(sec, &PayDetails::mode), s);
        addLineField(f, tr("IFSC"), u"PayDtls.FinInsBr"_s, fieldOf(sec, &PayDetails::finInsBr), s);
        addLineField(f, tr("Terms"), u"PayDtls.PayTerm"_s, fieldOf(sec, &PayDetails::payTerm), s);
        addLineField(f, tr("Instruction"), u"PayDtls.PayInstr"_s, fieldOf(sec, &PayDetails::payInstr), s);
        addLineField(f, tr("Credit transfer"), u"PayDtls.CrTrn"_s, fieldOf(sec, &PayDetails::crTrn), s);
        addLineField(f, tr("Direct debit"), u"PayDtls.DirDr"_s, fieldOf(sec, &PayDetails::dirDr), s);
        addLineField(f, tr("Credit days"), u"PayDtls.CrDay"_s, fieldOf(sec, &PayDetails::crDay), s)
            ->setValidator(digits(4, this));
        addLineField(f, tr("Paid"), u"PayDtls.PaidAmt"_s, fieldOf(sec, &PayDetails::paidAmt), s)->setValidator(amount(this));
        addLineField(f, tr("Due"), u"PayDtls.PaymtDue"_s, fieldOf(sec, &PayDetails::paymtDue), s)
            ->setValidator(amount(this));
    }
    {
        FoldSection* s = makeSection(tr("References"), u"RefDtls"_s);
        QFormLayout* f = formOf(s);
        addLineField(f, tr("Remarks"), u"RefDtls.InvRm"_s, fieldOf(&Invoice::refDtls, &RefDetails::invRm), s);
        m_precedingCombo = new QComboBox(s->body());
        m_precedingCombo->setObjectName(u"precedingInvoiceCombo"_s);
        m_precedingCombo->setAccessibleName(tr("Registered invoice"));
        auto* pickLabel = new QLabel(tr("Pic&k registered invoice"), s->body());
        pickLabel->setBuddy(m_precedingCombo);
        f->addRow(pickLabel, m_precedingCombo);
        connect(m_precedingCombo, &QComboBox::activated, this, &InvoiceEditor::pickPrecedingInvoice);
        addLineField(f, tr("Preceding number"), u"RefDtls.PrecDocDtls[0].InvNo"_s, precedingField(&PrecedingDocument::invNo), s)
            ->setMaxLength(16);
        addLineField(f, tr("Preceding date"), u"RefDtls.PrecDocDtls[0].InvDt"_s, precedingField(&PrecedingDocument::invDt), s)
            ->setPlaceholderText(tr("dd/mm/yyyy"));
        addLineField(f, tr("Other reference"), u"RefDtls.PrecDocDtls[0].OthRefNo"_s,
                     precedingField(&PrecedingDocument::othRefNo), s);
        addLineField(f, tr("Period from"), u"RefDtls.DocPerdDtls.InvStDt"_s, editor::periodOf(&DocPeriodDetails::invStDt), s)
            ->setPlaceholderText(tr("dd/mm/yyyy"));
        addLineField(f, tr("Period to"), u"RefDtls.DocPerdDtls.InvEndDt"_s, editor::periodOf(&DocPeriodDetails::invEndDt), s)
            ->setPlaceholderText(tr("dd/mm/yyyy"));
        const auto contract = &RefDetails::contrDtls;
        addLineField(f, tr("Receipt advice"), u"RefDtls.ContrDtls[0].RecAdvRefr"_s,
                     editor::firstOf(contract, &ContractDetails::recAdvRefr), s);
        addLineField(f, tr("Receipt advice date"), u"RefDtls.ContrDtls[0].RecAdvDt"_s,
                     editor::firstOf(contract, &ContractDetails::recAdvDt), s)
            ->setPlaceholderText(tr("dd/mm/yyyy"));
        addLineField(f, tr("Tender"), u"RefDtls.ContrDtls[0].TendRefr"_s, editor::firstOf(contract, &ContractDetails::tendRefr), s);
        addLineField(f, tr("Contract"), u"RefDtls.ContrDtls[0].ContrRefr"_s, editor::firstOf(contract, &ContractDetails::contrRefr), s);
        addLineField(f, tr("External reference"), u"RefDtls.ContrDtls[0].ExtRefr"_s,
                     editor::firstOf(contract, &ContractDetails::extRefr), s);
        addLineField(f, tr("Project"), u"RefDtls.ContrDtls[0].ProjRefr"_s, editor::firstOf(contract, &ContractDetails::projRefr), s);
        addLineField(f, tr("Purchase order"), u"RefDtls.ContrDtls[0].PORefr"_s, editor::firstOf(contract, &ContractDetails::poRefr), s);
        addLineField(f, tr("Purchase order date"), u"RefDtls.ContrDtls[0].PORefDt"_s,
                     editor::firstOf(contract, &ContractDetails::poRefDt), s)
            ->setPlaceholderText(tr("dd/mm/yyyy"));
        addLineField(f, tr("Document URL"), u"AddlDocDtls[0].Url"_s, editor::additionalDocumentOf(&AdditionalDocument::url), s);
        addLineField(f, tr("Document"), u"AddlDocDtls[0].Docs"_s, editor::additionalDocumentOf(&AdditionalDocument::docs), s);
        addLineField(f, tr("Document note"), u"AddlDocDtls[0].Info"_s, editor::additionalDocumentOf(&AdditionalDocument::info), s);
        m_sections.insert(u"AddlDocDtls"_s, s);
    }
    {
        FoldSection* s = makeSection(tr("Export"), u"ExpDtls"_s);
        QFormLayout* f = formOf(s);
        const auto sec = &Invoice::expDtls;
        addLineField(f, tr("Shipping bill"), u"ExpDtls.ShipBNo"_s, fieldOf(sec, &ExportDetails::shipBNo), s);
        addLineField(f, tr("Shipping bill date"), u"ExpDtls.ShipBDt"_s, fieldOf(sec, &ExportDetails::shipBDt), s)
            ->setPlaceholderText(tr("dd/mm/yyyy"));
        addLineField(f, tr("Port"), u"ExpDtls.Port"_s, fieldOf(sec, &ExportDetails::port), s);
        addLineField(f, tr("Refund claim (Y/N)"), u"ExpDtls.RefClm"_s, fieldOf(sec, &ExportDetails::refClm), s);
        addLineField(f, tr("Currency"), u"ExpDtls.ForCur"_s, fieldOf(sec, &ExportDetails::forCur), s);
        addLineField(f, tr("Country"), u"ExpDtls.CntCode"_s, fieldOf(sec, &ExportDetails::cntCode), s);
        addLineField(f, tr("Export duty"), u"ExpDtls.ExpDuty"_s, fieldOf(sec, &ExportDetails::expDuty), s)
            ->setValidator(amount(this));
        addLineField(f, tr("Total in foreign currency"), u"ValDtls.TotInvValFc"_s,
                     fieldOf(&Invoice::valDtls, &ValueDetails::totInvValFc), s)
            ->setValidator(amount(this));
    }
    {
        FoldSection* s = makeSection(tr("E-way bill"), u"EwbDtls"_s);
        QFormLayout* f = formOf(s);
        const auto sec = &Invoice::ewbDtls;
        addLineField(f, tr("Transporter GSTIN"), u"EwbDtls.TransId"_s, fieldOf(sec, &EwbDetails::transId), s);
        addLineField(f, tr("Transporter"), u"EwbDtls.TransName"_s, fieldOf(sec, &EwbDetails::transName), s);
        addLineField(f, tr("Mode (1-4)"), u"EwbDtls.TransMode"_s, fieldOf(sec, &EwbDetails::transMode), s);
        addLineField(f, tr("Distance (km)"), u"EwbDtls.Distance"_s, fieldOf(sec, &EwbDetails::distance), s)
            ->setValidator(digits(4, this));
        addLineField(f, tr("Transport document"), u"EwbDtls.TransDocNo"_s, fieldOf(sec, &EwbDetails::transDocNo), s);
        addLineField(f, tr("Transport date"), u"EwbDtls.TransDocDt"_s, fieldOf(sec, &EwbDetails::transDocDt), s)
            ->setPlaceholderText(tr("dd/mm/yyyy"));
        addLineField(f, tr("Vehicle"), u"EwbDtls.VehNo"_s, fieldOf(sec, &EwbDetails::vehNo), s);
        addLineField(f, tr("Vehicle type (R/O)"), u"EwbDtls.VehType"_s, fieldOf(sec, &EwbDetails::vehType), s);
    }
    return holder;
}

QWidget* InvoiceEditor::buildLines()
{
    auto* page = new QWidget;
    page->setObjectName(u"linesPage"_s);
    m_linesModel = new editor::LinesModel(
        m_invoice, [this](int row, int column, const QVariant& value, int role) { onCellEdited(row, column, value, role); },
        this);
    m_linesView = new editor::LinesView(page);
    m_linesView->setObjectName(u"linesView"_s);
    m_linesView->setAccessibleName(tr("Lines"));
    m_linesView->setModel(m_linesModel);
    m_linesView->setItemDelegate(new editor::LinesDelegate(*m_completers, m_linesView));
    m_linesView->setColumnWidth(editor::LinesModel::Description, 240);
    connect(m_linesView, &editor::LinesView::addLineRequested, this, &InvoiceEditor::addLine);

    auto* title = new QLabel(tr("&Lines"), page);
    title->setBuddy(m_linesView);
    auto* add = new QPushButton(tr("Add line"), page);
    add->setObjectName(u"addLineButton"_s);
    add->setAccessibleName(tr("Add line"));
    add->setToolTip(tr("Add a line (Ctrl+L)"));
    add->setFocusPolicy(Qt::ClickFocus);
    connect(add, &QPushButton::clicked, this, &InvoiceEditor::addLine);
    auto* remove = new QPushButton(tr("Delete line"), page);
    remove->setObjectName(u"deleteLineButton"_s);
    remove->setAccessibleName(tr("Delete line"));
    remove->setToolTip(tr("Delete the current line (Ctrl+Delete)"));
    remove->setFocusPolicy(Qt::ClickFocus);
    connect(remove, &QPushButton::clicked, this, &InvoiceEditor::deleteLine);
    auto* bar = new QHBoxLayout;
    bar->addWidget(title, 1);
    bar->addWidget(add);
    bar->addWidget(remove);
    // The rarer fields of the line the cursor is on.
    auto* details = new FoldSection(tr("Line details"), u"lineDetailsSection"_s, page);
    m_sections.insert(u"ItemList[]"_s, details);
    auto* grid = new QHBoxLayout(details->body());
    grid->setContentsMargins(0, 0, 0, 0);
    auto* left = new QWidget(details->body());
    auto* right = new QWidget(details->body());
    auto* leftForm = new QFormLayout(left);
    auto* rightForm = new QFormLayout(right);
    grid->addWidget(left);
    grid->addWidget(right);
    const int* row = &m_lineRow;
    using editor::lineFieldOf;
    addLineField(leftForm, tr("Barcode"), u"ItemList[].Barcde"_s, lineFieldOf(row, &Item::barcde), details);
    addLineField(leftForm, tr("Free quantity"), u"ItemList[].FreeQty"_s, lineFieldOf(row, &Item::freeQty), details);
    addLineField(leftForm, tr("Pre-tax value"), u"ItemList[].PreTaxVal"_s, lineFieldOf(row, &Item::preTaxVal), details);
    addLineField(leftForm, tr("Cess (non ad valorem)"), u"ItemList[].CesNonAdvlAmt"_s,
                 lineFieldOf(row, &Item::cesNonAdvlAmt), details);
    addLineField(leftForm, tr("State cess %"), u"ItemList[].StateCesRt"_s, lineFieldOf(row, &Item::stateCesRt), details);
    addLineField(leftForm, tr("State cess (non ad valorem)"), u"ItemList[].StateCesNonAdvlAmt"_s,
                 lineFieldOf(row, &Item::stateCesNonAdvlAmt), details);
    addLineField(leftForm, tr("Other charges"), u"ItemList[].OthChrg"_s, lineFieldOf(row, &Item::othChrg), details);
    addLineField(rightForm, tr("Order line"), u"ItemList[].OrdLineRef"_s, lineFieldOf(row, &Item::ordLineRef), details);
    addLineField(rightForm, tr("Origin country"), u"ItemList[].OrgCntry"_s, lineFieldOf(row, &Item::orgCntry), details);
    addLineField(rightForm, tr("Serial number"), u"ItemList[].PrdSlNo"_s, lineFieldOf(row, &Item::prdSlNo), details);
    addLineField(rightForm, tr("Batch"), u"ItemList[].BchDtls.Nm"_s, editor::batchFieldOf(row, &BatchDetails::nm), details);
    addLineField(rightForm, tr("Batch expiry"), u"ItemList[].BchDtls.ExpDt"_s, editor::batchFieldOf(row, &BatchDetails::expDt),
                 details);
    addLineField(rightForm, tr("Warranty"), u"ItemList[].BchDtls.WrDt"_s, editor::batchFieldOf(row, &BatchDetails::wrDt),
                 details);
    connect(m_linesView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        m_lineRow = current.isValid() ? current.row() : -1;
        refreshWidgets();
        markFields();
    });

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_linesView, 1);
    layout->addWidget(details);
    return page;
}

QWidget* InvoiceEditor::buildBottom()
{
    auto* page = new QWidget;
    page->setObjectName(u"bottomPage"_s);
    m_findingsPanel = new editor::FindingsPanel(page);
    m_totals = new editor::TotalsPanel(page);
    connect(m_findingsPanel, &editor::FindingsPanel::goToRequested, this, [this](const QString& path) { goToField(path); });
    connect(m_findingsPanel, &editor::FindingsPanel::explainRequested, this, &InvoiceEditor::explain);
    connect(m_findingsPanel, &editor::FindingsPanel::applyFixesRequested, this, &InvoiceEditor::applyFixes);

    QLineEdit* other = m_totals->otherChargesEdit();
    other->installEventFilter(this);
    registerBinding(u"ValDtls.OthChrg"_s, other, fieldOf(&Invoice::valDtls, &ValueDetails::othChrg), nullptr);
    connect(other, &QLineEdit::textEdited, this, [this](const QString& t) { onFieldEdited(u"ValDtls.OthChrg"_s, t); });
    QLineEdit* discount = m_totals->discountEdit();
    discount->installEventFilter(this);
    registerBinding(u"ValDtls.Discount"_s, discount, fieldOf(&Invoice::valDtls, &ValueDetails::discount), nullptr);
    connect(discount, &QLineEdit::textEdited, this, [this](const QString& t) { onFieldEdited(u"ValDtls.Discount"_s, t); });

    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_findingsPanel, 2);
    layout->addWidget(m_totals, 1);
    return page;
}

} // namespace irndesk::ui
