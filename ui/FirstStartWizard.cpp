// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FirstStartWizard.h"

#include "core/irp/IrpProfile.h"
#include "core/rules/Gstin.h"
#include "core/rules/Masters.h"
#include "ui/AppContext.h"
#include "ui/DemoWorkspace.h"
#include "ui/MasterImport.h"
#include "ui/ProfilesGroup.h"
#include "ui/SpokenText.h"
#include "ui/Theme.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

constexpr auto kDoneKey = "setup/firstStartDone"_L1;
constexpr auto kErrorStyle = "color: {error};"_L1; // ui/Theme's error colour, light or dark

QLabel* wrappingLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, int maxLength)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    return edit;
}

QString stateText(int code)
{
    return QStringLiteral("%1 (%2)").arg(Masters::builtIn()->stateName(code)).arg(code, 2, 10, QLatin1Char('0'));
}

} // namespace

// 1. Welcome: what the tool does, and the language --------------------------------------------

/// A page of the wizard that sets its texts again, in the new language, when the language changes.
class TranslatedPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    virtual void retranslate() = 0;

protected:
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            retranslate();
        }
        QWizardPage::changeEvent(event);
    }
};

class WelcomePage : public TranslatedPage
{
public:
    explicit WelcomePage(AppContext& context)
        : m_context(context)
    {
        setObjectName(u"welcomePage"_s);
        m_intro = wrappingLabel(this, u"introLabel"_s);
        m_languageLabel = new QLabel(this);
        m_language = new QComboBox(this);
        m_language->setObjectName(u"languageCombo"_s);
        m_languageLabel->setBuddy(m_language);
        // Each language in its own script: a user who reads no English still finds theirs.
        for (const AppContext::Language& language : AppContext::languages()) {
            m_language->addItem(language.name, language.code);
        }
        const QString current = context.language().isEmpty() ? QLocale().name().left(2) : context.language();
        m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
        connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
            m_context.setLanguage(m_language->currentData().toString());
        });
        auto* form = new QFormLayout;
        form->addRow(m_languageLabel, m_language);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_intro);
        layout->addSpacing(12);
        layout->addLayout(form);
        layout->addStretch();
        retranslate();
    }

    void retranslate() override
    {
        setTitle(FirstStartWizard::tr("Welcome to IRN Desk"));
        setSubTitle(FirstStartWizard::tr("Five short steps; you can change everything later."));
        m_intro->setText(FirstStartWizard::tr("IRN Desk checks your GST e-invoices as the IRP does, before you report "
                                              "them, and keeps them with their IRNs and QR codes.\nThis short setup "
                                              "asks for your GSTIN, your turnover band and, if you have it, your "
                                              "IRP access."));
        m_languageLabel->setText(FirstStartWizard::tr("&Language:"));
        m_language->setAccessibleName(spokenText(m_languageLabel->text()));
    }

private:
    AppContext& m_context;
    QLabel* m_intro;
    QLabel* m_languageLabel;
    QComboBox* m_language;
};

// 2. The seller --------------------------------------------------------------------------------

class SellerPage : public TranslatedPage
{
public:
    explicit SellerPage(AppContext& context)
        : m_context(context)
    {
        setObjectName(u"sellerPage"_s);
        auto* form = new QFormLayout;
        const auto row = [&](QWidget* field) {
            auto* label = new QLabel(this);
            label->setBuddy(field);
            form->addRow(label, field);
            return label;
        };
        m_gstin = lineEdit(this, u"gstinEdit"_s, 15);
        m_gstinLabel = row(m_gstin);
        m_gstinStatus = wrappingLabel(this, u"gstinStatusLabel"_s);
        form->addRow(QString(), m_gstinStatus);
        // What the GSTIN tells: read-only fields, so that they take the focus and are read out.
        m_state = lineEdit(this, u"stateEdit"_s, 100);
        m_state->setReadOnly(true);
        m_stateLabel = row(m_state);
        m_pan = lineEdit(this, u"panEdit"_s, 100);
        m_pan->setReadOnly(true);
        m_panLabel = row(m_pan);
        m_legalName = lineEdit(this, u"legalNameEdit"_s, 100);
        m_legalNameLabel = row(m_legalName);
        m_tradeName = lineEdit(this, u"tradeNameEdit"_s, 100);
        m_tradeNameLabel = row(m_tradeName);
        m_addr1 = lineEdit(this, u"addr1Edit"_s, 100);
        m_addr1Label = row(m_addr1);
        m_location = lineEdit(this, u"locationEdit"_s, 50);
        m_locationLabel = row(m_location);
        m_pin = lineEdit(this, u"pinEdit"_s, 6);
        m_pinLabel = row(m_pin);
        m_problem = wrappingLabel(this, u"problemLabel"_s);
        Theme::setStyleSheet(m_problem, kErrorStyle);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_problem);
        layout->addStretch();

        // The wizard run again (Help > Guided setup) starts from the current workspace.
        if (const auto workspace = context.workspace()) {
            const store::SellerProfile& p = workspace->profile;
            m_gstin->setText(p.gstin);
            m_legalName->setText(p.legalName);
            m_tradeName->setText(p.tradeName);
            m_addr1->setText(p.addr1);
            m_location->setText(p.location);
            m_pin->setText(p.pin ? QString::number(*p.pin) : QString());
        }
        // Upper case as typed: a GSTIN has no small letters, and this is how the user reads it back.
        connect(m_gstin, &QLineEdit::textEdited, this, [this](const QString& text) {
            if (text != text.toUpper()) {
                const int cursor = m_gstin->cursorPosition();
                m_gstin->setText(text.toUpper());
                m_gstin->setCursorPosition(cursor);
            }
        });
        connect(m_gstin, &QLineEdit::textChanged, this, &SellerPage::refresh);
        connect(m_pin, &QLineEdit::textChanged, this, &SellerPage::refresh);
        retranslate();
    }

    QString gstin() const { return m_gstin->text().trimmed().toUpper(); }

    store::SellerProfile profile() const
    {
        store::SellerProfile p;
        p.gstin = gstin();
        p.legalName = m_legalName->text().trimmed();
        p.tradeName = m_tradeName->text().trimmed();
        p.addr1 = m_addr1->text().trimmed();
        p.location = m_location->text().trimmed();
        bool ok = false;
        const qint64 pin = m_pin->text().trimmed().toLongLong(&ok);
        if (ok) {
            p.pin = pin;
        }
        if (const auto state = stateCodeOfGstin(p.gstin)) {
            p.stateCode = QStringLiteral("%1").arg(*state, 2, 10, QLatin1Char('0'));
        }
        return p;
    }

    bool isComplete() const override { return m_gstinOk && m_pinOk; }

    bool validatePage() override
    {
        // Every field passes the checks of a party and of the workspace dialog (MasterImport.cpp).
        const store::SellerProfile p = profile();
        const MasterRecord record{
            { u"Gstin"_s, p.gstin },
            { u"LglNm"_s, p.legalName },
            { u"TrdNm"_s, p.tradeName },
            { u"Addr1"_s, p.addr1 },
            { u"Loc"_s, p.location },
            { u"Pin"_s, m_pin->text().trimmed() },
        };
        const QHash<QString, QLineEdit*> editors{
            { u"Gstin"_s, m_gstin },
            { u"LglNm"_s, m_legalName },
            { u"TrdNm"_s, m_tradeName },
            { u"Addr1"_s, m_addr1 },
            { u"Loc"_s, m_location },
            { u"Pin"_s, m_pin },
        };
        // SellerDtls needs these; a party does not.
        const QList<std::pair<QLineEdit*, QLabel*>> required{
            { m_legalName, m_legalNameLabel },
            { m_addr1, m_addr1Label },
            { m_location, m_locationLabel },
            { m_pin, m_pinLabel },
        };
        for (const auto& [edit, label] : required) {
            if (edit->text().trimmed().isEmpty()) {
                return showProblem(FirstStartWizard::tr("%1: required").arg(spokenText(label->text())), edit);
            }
        }
        const auto checked = partyFromRecord(record, 0, m_context.ruleContext());
        if (!checked) {
            return showProblem(checked.error().message, editors.value(checked.error().detail));
        }
        m_problem->clear();
        return true;
    }

    void retranslate() override
    {
        setTitle(FirstStartWizard::tr("Your business"));
        setSubTitle(FirstStartWizard::tr("The seller on your invoices. The GSTIN fills the state."));
        m_gstinLabel->setText(FirstStartWizard::tr("&GSTIN:"));
        m_gstin->setAccessibleName(spokenText(m_gstinLabel->text()));
        m_gstinStatus->setAccessibleName(FirstStartWizard::tr("GSTIN check"));
        m_stateLabel->setText(FirstStartWizard::tr("&State:"));
        m_state->setAccessibleName(spokenText(m_stateLabel->text()));
        m_panLabel->setText(FirstStartWizard::tr("P&AN:"));
        m_pan->setAccessibleName(spokenText(m_panLabel->text()));
        m_legalNameLabel->setText(FirstStartWizard::tr("&Legal name:"));
        m_legalName->setAccessibleName(spokenText(m_legalNameLabel->text()));
        m_tradeNameLabel->setText(FirstStartWizard::tr("&Trade name:"));
        m_tradeName->setAccessibleName(spokenText(m_tradeNameLabel->text()));
        m_addr1Label->setText(FirstStartWizard::tr("A&ddress:"));
        m_addr1->setAccessibleName(spokenText(m_addr1Label->text()));
        m_locationLabel->setText(FirstStartWizard::tr("Pla&ce:"));
        m_location->setAccessibleName(spokenText(m_locationLabel->text()));
        m_pinLabel->setText(FirstStartWizard::tr("P&IN:"));
        m_pin->setAccessibleName(spokenText(m_pinLabel->text()));
        m_problem->setAccessibleName(FirstStartWizard::tr("Problem"));
        refresh();
    }

private:
    bool showProblem(const QString& message, QLineEdit* field)
    {
        m_problem->setText(message);
        if (field) {
            field->setFocus();
        }
        return false;
    }

    // What is wrong with the GSTIN as typed so far; empty when it is a seller's GSTIN.
    QString gstinProblem(const QString& gstin) const
    {
        if (gstin.isEmpty()) {
            return FirstStartWizard::tr("15 characters, as on your registration certificate");
        }
        for (const QChar c : gstin) {
            if (!(c >= u'0' && c <= u'9') && !(c >= u'A' && c <= u'Z')) {
                return FirstStartWizard::tr("'%1' cannot be in a GSTIN: only letters and digits").arg(c);
            }
        }
        const auto state = stateCodeOfGstin(gstin);
        if (gstin.size() >= 2 && !state) {
            return FirstStartWizard::tr("A GSTIN starts with the 2 digits of the state code");
        }
        if (state && !Masters::builtIn()->isStateCode(*state)) {
            return FirstStartWizard::tr("%1 is not a state code").arg(gstin.left(2));
        }
        if (gstin.size() < 15) {
            return FirstStartWizard::tr("%1 of 15 characters").arg(gstin.size());
        }
        if (gstinKind(gstin) == GstinKind::Unknown || gstinKind(gstin) == GstinKind::Uin) {
            return FirstStartWizard::tr("Not a GSTIN: state code, PAN, entity number, Z and a check character");
        }
        const QChar expected = gstinCheckCharacter(QStringView(gstin).first(14));
        if (expected != gstin.at(14)) {
            return FirstStartWizard::tr("Wrong check character: the 15th should be %1, not %2 (a mistyped character?)")
                .arg(QString(expected), QString(gstin.at(14)));
        }
        return {};
    }

    void refresh()
    {
        const QString gstin = this->gstin();
        const QString problem = gstinProblem(gstin);
        // NIC's sandbox GSTINs fail the check character: sandbox mode lets them through, as the
        // rules and the workspace dialog do.
        const bool sandboxPass = m_context.sandboxMode() && gstin.size() == 15 && isGstinShaped(gstin)
            && gstinKind(gstin) != GstinKind::Unknown && !hasValidCheckCharacter(gstin);
        m_gstinOk = problem.isEmpty() || sandboxPass;
        if (problem.isEmpty()) {
            m_gstinStatus->setText(FirstStartWizard::tr("Valid GSTIN"));
        } else if (sandboxPass) {
            m_gstinStatus->setText(FirstStartWizard::tr("%1 (allowed in sandbox mode)").arg(problem));
        } else {
            m_gstinStatus->setText(problem);
        }
        Theme::setStyleSheet(m_gstinStatus, m_gstinOk || gstin.isEmpty() ? QString() : QString(kErrorStyle));

        const auto state = stateCodeOfGstin(gstin);
        const bool knownState = state && Masters::builtIn()->isStateCode(*state);
        m_state->setText(knownState ? stateText(*state) : QString());
        const QString pan = panOfGstin(gstin).toString();
        m_pan->setText(pan.isEmpty() ? QString() : QStringLiteral("%1 · %2").arg(pan, panHolder(pan.at(3))));
        m_legalName->setPlaceholderText(
            pan.isEmpty() ? QString() : FirstStartWizard::tr("the name of PAN %1, as registered").arg(pan));

        // The PIN must be one of the state's (spec §7.3): directory first, prefix ranges as fallback.
        const QString pin = m_pin->text().trimmed();
        QString pinProblem;
        bool digits = !pin.isEmpty();
        for (const QChar c : pin) {
            digits = digits && c.isDigit();
        }
        if (!pin.isEmpty() && (!digits || pin.size() < 6 || pin.startsWith(u'0'))) {
            pinProblem = FirstStartWizard::tr("PIN: 6 digits, not starting with 0");
        } else if (digits && knownState) {
            const auto masters = Masters::builtIn();
            switch (masters->pinState(pin.toInt(), *state)) {
            case Masters::PinState::Mismatch:
            case Masters::PinState::PrefixMismatch: {
                QStringList states;
                for (const int other : masters->statesOfPin(pin.toInt())) {
                    states << masters->stateName(other);
                }
                pinProblem = states.isEmpty()
                    ? FirstStartWizard::tr("PIN %1 is not in %2").arg(pin, masters->stateName(*state))
                    : FirstStartWizard::tr("PIN %1 is in %2, not in %3")
                          .arg(pin, states.join(u", "_s), masters->stateName(*state));
                break;
            }
            case Masters::PinState::Matches:
            case Masters::PinState::Unknown:
                break;
            }
        }
        m_pinOk = pinProblem.isEmpty();
        m_problem->setText(pinProblem);
        emit completeChanged();
    }

    // The kind of holder the 4th character of a PAN stands for.
    static QString panHolder(QChar c)
    {
        switch (c.unicode()) {
        case 'P':
            return FirstStartWizard::tr("an individual");
        case 'C':
            return FirstStartWizard::tr("a company");
        case 'H':
            return FirstStartWizard::tr("a Hindu undivided family");
        case 'F':
            return FirstStartWizard::tr("a firm or LLP");
        case 'A':
        case 'B':
            return FirstStartWizard::tr("an association of persons");
        case 'T':
            return FirstStartWizard::tr("a trust");
        case 'G':
        case 'L':
            return FirstStartWizard::tr("a government body or local authority");
        default:
            return FirstStartWizard::tr("another kind of holder");
        }
    }

    AppContext& m_context;
    QLineEdit *m_gstin, *m_state, *m_pan, *m_legalName, *m_tradeName, *m_addr1, *m_location, *m_pin;
    QLabel *m_gstinLabel, *m_stateLabel, *m_panLabel, *m_legalNameLabel, *m_tradeNameLabel, *m_addr1Label,
        *m_locationLabel, *m_pinLabel;
    QLabel* m_gstinStatus;
    QLabel* m_problem;
    bool m_gstinOk = false;
    bool m_pinOk = true;
};

// 3. The turnover band (spec §1, §3.1) -----------------------------------------------------------

class AatoPage : public TranslatedPage
{
public:
    explicit AatoPage(AppContext& context)
    {
        setObjectName(u"aatoPage"_s);
        m_group = new QButtonGroup(this);
        auto* layout = new QVBoxLayout(this);
        const auto radio = [&](const QString& name, FirstStartWizard::Band band) {
            auto* button = new QRadioButton(this);
            button->setObjectName(name);
            m_group->addButton(button, int(band));
            layout->addWidget(button);
            return button;
        };
        m_below5 = radio(u"below5Radio"_s, FirstStartWizard::Band::Below5Crore);
        m_below10 = radio(u"below10Radio"_s, FirstStartWizard::Band::Below10Crore);
        m_from10 = radio(u"from10Radio"_s, FirstStartWizard::Band::From10Crore);
        m_effect = wrappingLabel(this, u"aatoEffectLabel"_s);
        layout->addSpacing(12);
        layout->addWidget(m_effect);
        layout->addStretch();
        // "Below ₹10 crore" cannot tell the two lower bands apart: only the top band is known again.
        if (const auto workspace = context.workspace(); workspace && workspace->profile.aato10Crore) {
            m_from10->setChecked(true);
        }
        connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked) {
                retranslate();
                emit completeChanged();
            }
        });
        retranslate();
    }

    FirstStartWizard::Band band() const
    {
        const int id = m_group->checkedId();
        return id < 0 ? FirstStartWizard::Band::None : FirstStartWizard::Band(id);
    }

    bool isComplete() const override { return band() != FirstStartWizard::Band::None; }

    /// The band chosen, as its button says it.
    QString bandName() const
    {
        const QAbstractButton* checked = m_group->checkedButton();
        return checked ? spokenText(checked->text()) : QString();
    }

    static QString effect(FirstStartWizard::Band band)
    {
        switch (band) {
        case FirstStartWizard::Band::Below5Crore:
            return FirstStartWizard::tr("E-invoicing is not mandatory for you. IRN Desk still helps you make "
                                        "valid invoice JSON, for your buyers or for the day it applies.");
        case FirstStartWizard::Band::Below10Crore:
            return FirstStartWizard::tr("E-invoicing applies: report every B2B invoice, credit and debit note to "
                                        "an IRP. The 30-day reporting limit does not apply to you.");
        case FirstStartWizard::Band::From10Crore:
            return FirstStartWizard::tr("E-invoicing applies, and the IRP refuses a document more than 30 days "
                                        "after its date. IRN Desk warns you from the 25th day.");
        case FirstStartWizard::Band::None:
            break;
        }
        return FirstStartWizard::tr("Choose the band of your aggregate turnover.");
    }

    void retranslate() override
    {
        setTitle(FirstStartWizard::tr("Turnover"));
        setSubTitle(FirstStartWizard::tr("Aggregate annual turnover (AATO) of your PAN, in the highest financial "
                                         "year since 2017-18."));
        m_below5->setText(FirstStartWizard::tr("Up to ₹&5 crore"));
        m_below5->setAccessibleName(spokenText(m_below5->text()));
        m_below10->setText(FirstStartWizard::tr("Above ₹5 crore, below ₹&10 crore"));
        m_below10->setAccessibleName(spokenText(m_below10->text()));
        m_from10->setText(FirstStartWizard::tr("₹10 crore or &more"));
        m_from10->setAccessibleName(spokenText(m_from10->text()));
        m_effect->setAccessibleName(FirstStartWizard::tr("What it means"));
        m_effect->setText(effect(band()));
    }

private:
    QButtonGroup* m_group;
    QRadioButton *m_below5, *m_below10, *m_from10;
    QLabel* m_effect;
};

// 4. The IRP profile: optional, later by default --------------------------------------------------

class IrpPage : public TranslatedPage
{
public:
    explicit IrpPage(FirstStartWizard& wizard)
        : m_wizard(wizard)
    {
        setObjectName(u"irpPage"_s);
        m_text = wrappingLabel(this, u"irpTextLabel"_s);
        m_add = new QPushButton(this);
        m_add->setObjectName(u"addProfileButton"_s);
        m_status = wrappingLabel(this, u"irpStatusLabel"_s);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_text);
        layout->addWidget(m_add, 0, Qt::AlignLeft);
        layout->addWidget(m_status);
        layout->addStretch();
        connect(m_add, &QPushButton::clicked, this, &IrpPage::addProfile);
        retranslate();
    }

    QStringList profiles() const { return m_profiles; }

    void retranslate() override
    {
        setTitle(FirstStartWizard::tr("IRP access (optional)"));
        setSubTitle(FirstStartWizard::tr("Optional: press Next to set it up later in Settings."));
        m_text->setText(FirstStartWizard::tr("To report invoices from IRN Desk you need API access to an IRP (client "
                                             "id, secret, user and password). Without it you can still check "
                                             "invoices and export JSON for the portal."));
        m_add->setText(FirstStartWizard::tr("&Add an IRP profile…"));
        m_add->setAccessibleName(spokenText(m_add->text()));
        m_status->setAccessibleName(FirstStartWizard::tr("IRP profiles"));
        m_status->setText(
            m_profiles.isEmpty() ? QString() : FirstStartWizard::tr("Added: %1").arg(m_profiles.join(u", "_s)));
    }

private:
    void addProfile()
    {
        // The settings' own dialog (it checks and saves the profile, secrets apart), with the
        // seller's GSTIN filled in.
        auto* dialog = new ProfileDialog(std::nullopt, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (auto* gstin = dialog->findChild<QLineEdit*>(u"gstinEdit"_s)) {
            gstin->setText(m_wizard.profile().gstin);
        }
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            m_profiles.append(dialog->profile().name);
            retranslate();
        });
        dialog->open();
    }

    FirstStartWizard& m_wizard;
    QLabel* m_text;
    QPushButton* m_add;
    QLabel* m_status;
    QStringList m_profiles;
};

// 5. Finish: a summary and the demo workspace -----------------------------------------------------

class FinishPage : public TranslatedPage
{
public:
    FinishPage(FirstStartWizard& wizard, const AatoPage& aato, const IrpPage& irp)
        : m_wizard(wizard)
        , m_aato(aato)
        , m_irp(irp)
    {
        setObjectName(u"finishPage"_s);
        m_summary = wrappingLabel(this, u"summaryLabel"_s);
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_demo = new QCheckBox(this);
        m_demo->setObjectName(u"demoCheck"_s);
        m_problem = wrappingLabel(this, u"finishProblemLabel"_s);
        Theme::setStyleSheet(m_problem, kErrorStyle);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addSpacing(12);
        layout->addWidget(m_demo);
        layout->addWidget(m_problem);
        layout->addStretch();
        retranslate();
    }

    bool addDemo() const { return m_demo->isChecked(); }
    void showProblem(const QString& message) { m_problem->setText(message); }

    void initializePage() override { retranslate(); }

    void retranslate() override
    {
        setTitle(FirstStartWizard::tr("Ready"));
        setSubTitle(FirstStartWizard::tr("Check what you entered, then press Finish."));
        m_demo->setText(FirstStartWizard::tr("Add a &demo workspace with sample invoices"));
        m_demo->setAccessibleName(spokenText(m_demo->text()));
        m_summary->setAccessibleName(FirstStartWizard::tr("Summary"));
        m_problem->setAccessibleName(FirstStartWizard::tr("Problem"));
        const store::SellerProfile p = m_wizard.profile();
        const auto state = stateCodeOfGstin(p.gstin);
        const QStringList profiles = m_irp.profiles();
        m_summary->setText(FirstStartWizard::tr("GSTIN: %1\nSeller: %2\nState: %3\nTurnover: %4\nIRP profile: %5")
                               .arg(p.gstin,
                                   p.legalName,
                                   state && Masters::builtIn()->isStateCode(*state) ? stateText(*state) : QString(),
                                   m_aato.bandName(),
                                   profiles.isEmpty() ? FirstStartWizard::tr("later") : profiles.join(u", "_s)));
    }

private:
    FirstStartWizard& m_wizard;
    const AatoPage& m_aato;
    const IrpPage& m_irp;
    QLabel* m_summary;
    QCheckBox* m_demo;
    QLabel* m_problem;
};

// The wizard -------------------------------------------------------------------------------------

FirstStartWizard::FirstStartWizard(AppContext& context, QWidget* parent)
    : QWizard(parent)
    , m_context(context)
{
    setObjectName(u"firstStartWizard"_s);
    m_welcome = new WelcomePage(context);
    m_seller = new SellerPage(context);
    m_aato = new AatoPage(context);
    m_irp = new IrpPage(*this);
    m_finish = new FinishPage(*this, *m_aato, *m_irp);
    setPage(Welcome, m_welcome);
    setPage(Seller, m_seller);
    setPage(Aato, m_aato);
    setPage(Irp, m_irp);
    setPage(Finish, m_finish);
    setStartId(Welcome);
    retranslate();
}

FirstStartWizard::~FirstStartWizard() = default;

store::SellerProfile FirstStartWizard::profile() const
{
    store::SellerProfile p = m_seller->profile();
    p.aato10Crore = band() == Band::From10Crore;
    return p;
}

FirstStartWizard::Band FirstStartWizard::band() const
{
    return m_aato->band();
}

void FirstStartWizard::accept()
{
    store::Store* store = m_context.store();
    if (!store) {
        m_finish->showProblem(tr("No store is open."));
        return;
    }
    // The workspace of this GSTIN gets the profile (what the wizard does not ask, such as the phone,
    // stays); another GSTIN is a new workspace, so that invoices of the old one keep their seller.
    store::SellerProfile entered = profile();
    if (const auto existing = store->workspaceByGstin(entered.gstin)) {
        store::SellerProfile updated = existing->profile;
        updated.gstin = entered.gstin;
        updated.legalName = entered.legalName;
        updated.tradeName = entered.tradeName;
        updated.addr1 = entered.addr1;
        updated.location = entered.location;
        updated.pin = entered.pin;
        updated.stateCode = entered.stateCode;
        updated.aato10Crore = entered.aato10Crore;
        if (const Status s = store->updateWorkspace(existing->id, updated); !s) {
            m_finish->showProblem(s.error().message);
            return;
        }
        m_workspaceId = existing->id;
    } else {
        const auto added = store->addWorkspace(entered);
        if (!added) {
            m_finish->showProblem(added.error().message);
            return;
        }
        m_workspaceId = added.value().id;
    }
    m_context.notifyWorkspacesChanged();
    m_context.setWorkspace(m_workspaceId);

    if (m_finish->addDemo()) {
        const auto demo = addDemoWorkspace(m_context);
        if (!demo) {
            // The seller is saved: Finish again (without the demo) closes the wizard.
            m_finish->showProblem(tr("The demo workspace could not be added: %1").arg(demo.error().message));
            return;
        }
    }
    QWizard::accept();
}

void FirstStartWizard::done(int result)
{
    markDone();
    QWizard::done(result);
}

void FirstStartWizard::markDone()
{
    QSettings().setValue(kDoneKey, true);
}

void FirstStartWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWizard::changeEvent(event);
}

void FirstStartWizard::retranslate()
{
    setWindowTitle(tr("IRN Desk — guided setup"));
    // QWizard picks its buttons' texts once, when it is made: set them again in the new language
    // (Qt's texts, translated in our .ts files: see ui/QtTexts.cpp).
    setButtonText(QWizard::BackButton, QCoreApplication::translate("QWizard", "< &Back"));
    setButtonText(QWizard::NextButton, QCoreApplication::translate("QWizard", "&Next >"));
    setButtonText(QWizard::FinishButton, QCoreApplication::translate("QWizard", "&Finish"));
    setButtonText(QWizard::CancelButton, QCoreApplication::translate("QWizard", "Cancel"));
}

bool needsFirstStart(const AppContext& context)
{
    return context.store() && context.store()->workspaces().isEmpty() && !QSettings().value(kDoneKey, false).toBool();
}

namespace {

// A window of its own (see runFirstStart()), over the middle of `parent`'s window.
void placeOver(FirstStartWizard& wizard, QWidget* parent)
{
    wizard.setWindowModality(Qt::ApplicationModal);
    if (parent) {
        wizard.adjustSize();
        wizard.move(parent->window()->frameGeometry().center() - wizard.rect().center());
    }
}

} // namespace

void runFirstStart(AppContext& context, QWidget* parent)
{
    FirstStartWizard wizard(context);
    placeOver(wizard, parent);
    wizard.exec();
}

FirstStartWizard* openFirstStart(AppContext& context, QWidget* parent)
{
    auto* wizard = new FirstStartWizard(context);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    placeOver(*wizard, parent);
    wizard->show();
    return wizard;
}

} // namespace irndesk::ui
