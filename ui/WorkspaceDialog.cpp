// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WorkspaceDialog.h"

#include "ui/Theme.h"

#include "core/rules/Gstin.h"
#include "ui/AppContext.h"
#include "ui/MasterImport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

WorkspaceDialog::WorkspaceDialog(AppContext& context, std::optional<qint64> id, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_id(id)
{
    setObjectName(u"workspaceDialog"_s);
    setWindowTitle(id ? tr("Seller profile") : tr("New workspace"));

    auto* form = new QFormLayout;
    const auto addEdit = [&](const QString& name, const QString& label, const QString& accessible, int maxLength) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setMaxLength(maxLength);
        auto* l = new QLabel(label, this);
        l->setBuddy(edit);
        form->addRow(l, edit);
        return edit;
    };
    m_gstinEdit = addEdit(u"gstinEdit"_s, tr("&GSTIN:"), tr("GSTIN"), 15);
    m_gstinStatus = new QLabel(this);
    m_gstinStatus->setObjectName(u"gstinStatusLabel"_s);
    m_gstinStatus->setAccessibleName(tr("GSTIN check"));
    form->addRow(QString(), m_gstinStatus);
    m_legalNameEdit = addEdit(u"legalNameEdit"_s, tr("&Legal name:"), tr("Legal name"), 100);
    m_tradeNameEdit = addEdit(u"tradeNameEdit"_s, tr("&Trade name:"), tr("Trade name"), 100);
    m_addr1Edit = addEdit(u"addr1Edit"_s, tr("Address &1:"), tr("Address 1"), 100);
    m_addr2Edit = addEdit(u"addr2Edit"_s, tr("Address &2:"), tr("Address 2"), 100);
    m_locationEdit = addEdit(u"locationEdit"_s, tr("Pl&ace:"), tr("Place"), 100);
    m_pinEdit = addEdit(u"pinEdit"_s, tr("&PIN:"), tr("PIN"), 6);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"stateLabel"_s);
    m_stateLabel->setAccessibleName(tr("State"));
    form->addRow(tr("State:"), m_stateLabel);
    m_phoneEdit = addEdit(u"phoneEdit"_s, tr("P&hone:"), tr("Phone"), 12);
    m_emailEdit = addEdit(u"emailEdit"_s, tr("E&mail:"), tr("Email"), 100);
    m_aatoCheck = new QCheckBox(tr("Annual turnover of ₹10 crore or more (30-day &reporting limit)"), this);
    m_aatoCheck->setObjectName(u"aatoCheck"_s);
    m_aatoCheck->setAccessibleName(tr("Turnover of ₹10 crore or more"));
    form->addRow(m_aatoCheck);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setAccessibleName(tr("Problem"));
    m_errorLabel->setWordWrap(true);
    Theme::setStyleSheet(m_errorLabel, u"color: {error};"_s);
    m_errorLabel->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkspaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WorkspaceDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    if (id && m_context.store()) {
        if (const auto workspace = m_context.store()->workspace(*id)) {
            const store::SellerProfile& p = workspace->profile;
            m_gstinEdit->setText(p.gstin);
            m_legalNameEdit->setText(p.legalName);
            m_tradeNameEdit->setText(p.tradeName);
            m_addr1Edit->setText(p.addr1);
            m_addr2Edit->setText(p.addr2);
            m_locationEdit->setText(p.location);
            m_pinEdit->setText(p.pin ? QString::number(*p.pin) : QString());
            m_phoneEdit->setText(p.phone);
            m_emailEdit->setText(p.email);
            m_aatoCheck->setChecked(p.aato10Crore);
        }
    }
    connect(m_gstinEdit, &QLineEdit::textChanged, this, &WorkspaceDialog::checkGstin);
    checkGstin();
}

void WorkspaceDialog::checkGstin()
{
    const QString gstin = m_gstinEdit->text().trimmed().toUpper();
    const auto state = stateCodeOfGstin(gstin);
    const auto masters = Masters::builtIn();
    m_stateLabel->setText(state && masters->isStateCode(*state)
                              ? QStringLiteral("%1 %2").arg(*state, 2, 10, QLatin1Char('0')).arg(masters->stateName(*state))
                              : QString());
    if (gstin.isEmpty()) {
        m_gstinStatus->clear();
    } else if (gstin.size() < 15) {
        m_gstinStatus->setText(tr("%1 of 15 characters").arg(gstin.size()));
    } else if (!isGstinShaped(gstin)) {
        m_gstinStatus->setText(tr("Not a GSTIN"));
    } else if (!hasValidCheckCharacter(gstin)) {
        m_gstinStatus->setText(m_context.sandboxMode() ? tr("Wrong check character (allowed in sandbox mode)")
                                                       : tr("Wrong check character"));
    } else {
        m_gstinStatus->setText(tr("Valid GSTIN"));
    }
}

void WorkspaceDialog::showProblem(const QString& message, QWidget* field)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    if (field) {
        field->setFocus();
    }
}

void WorkspaceDialog::accept()
{
    store::Store* store = m_context.store();
    if (!store) {
        showProblem(tr("No store is open."), nullptr);
        return;
    }
    const QString gstin = m_gstinEdit->text().trimmed().toUpper();
    if (gstin.isEmpty()) {
        showProblem(tr("GSTIN: required"), m_gstinEdit);
        return;
    }
    if (gstin == u"URP"_s) {
        showProblem(tr("GSTIN: the seller must have a GSTIN"), m_gstinEdit);
        return;
    }
    // The seller's fields pass the same checks as a party's (MasterImport.cpp).
    const MasterRecord record{
        { u"Gstin"_s, gstin },
        { u"LglNm"_s, m_legalNameEdit->text() },
        { u"TrdNm"_s, m_tradeNameEdit->text() },
        { u"Addr1"_s, m_addr1Edit->text() },
        { u"Addr2"_s, m_addr2Edit->text() },
        { u"Loc"_s, m_locationEdit->text() },
        { u"Pin"_s, m_pinEdit->text() },
        { u"Ph"_s, m_phoneEdit->text() },
        { u"Em"_s, m_emailEdit->text() },
    };
    const QHash<QString, QWidget*> editors{
        { u"Gstin"_s, m_gstinEdit },       { u"LglNm"_s, m_legalNameEdit }, { u"TrdNm"_s, m_tradeNameEdit },
        { u"Addr1"_s, m_addr1Edit },       { u"Addr2"_s, m_addr2Edit },     { u"Loc"_s, m_locationEdit },
        { u"Pin"_s, m_pinEdit },           { u"Ph"_s, m_phoneEdit },        { u"Em"_s, m_emailEdit },
    };
    const auto checked = partyFromRecord(record, 0, m_context.ruleContext());
    if (!checked) {
        showProblem(checked.error().message, editors.value(checked.error().detail));
        return;
    }
    // The invoice needs the seller's PIN (SellerDtls.Pin is required).
    if (!checked.value().pin) {
        showProblem(tr("PIN: %1 is not 6 digits").arg(m_pinEdit->text().trimmed()), m_pinEdit);
        return;
    }
    if (const auto other = store->workspaceByGstin(gstin); other && (!m_id || other->id != *m_id)) {
        showProblem(tr("GSTIN: %1 already has a workspace").arg(gstin), m_gstinEdit);
        return;
    }
    const store::Party& p = checked.value();
    store::SellerProfile profile;
    profile.gstin = p.gstin;
    profile.legalName = p.legalName;
    profile.tradeName = p.tradeName;
    profile.addr1 = p.addr1;
    profile.addr2 = p.addr2;
    profile.location = p.location;
    profile.pin = p.pin;
    profile.stateCode = p.stateCode;
    profile.phone = p.phone;
    profile.email = p.email;
    profile.aato10Crore = m_aatoCheck->isChecked();
    if (m_id) {
        if (const Status s = store->updateWorkspace(*m_id, profile); !s) {
            showProblem(s.error().message, nullptr);
            return;
        }
    } else {
        const auto added = store->addWorkspace(profile);
        if (!added) {
            showProblem(added.error().message, nullptr);
            return;
        }
        m_id = added.value().id;
    }
    QDialog::accept();
}

} // namespace irndesk::ui
