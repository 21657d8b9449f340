// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProfilesGroup.h"

#include "ui/Theme.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

QLineEdit* field(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

// A line edit for a file with a Browse button beside it.
QWidget* withBrowse(QLineEdit* edit, QWidget* parent, const QString& title)
{
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    auto* browse = new QPushButton(ProfileDialog::tr("Browse…"), box);
    browse->setAccessibleName(ProfileDialog::tr("Browse for %1").arg(title));
    QObject::connect(browse, &QPushButton::clicked, box, [edit, box, title] {
        const QString path = QFileDialog::getOpenFileName(box, title, QString(), ProfileDialog::tr("PEM files (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty()) {
            edit->setText(path);
        }
    });
    row->addWidget(browse);
    return box;
}

} // namespace

ProfileDialog::ProfileDialog(std::optional<irp::IrpProfile> profile, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"profileDialog"_s);
    setWindowTitle(profile ? tr("IRP profile %1").arg(profile->name) : tr("New IRP profile"));
    auto* form = new QFormLayout(this);
    m_name = field(this, u"nameEdit"_s, tr("Profile name"));
    m_url = field(this, u"urlEdit"_s, tr("Base URL"));
    m_url->setPlaceholderText(u"https://einv-apisandbox.nic.in"_s);
    m_clientId = field(this, u"clientIdEdit"_s, tr("Client id"));
    m_user = field(this, u"userEdit"_s, tr("API user name"));
    m_gstin = field(this, u"gstinEdit"_s, tr("GSTIN"));
    m_keyFile = field(this, u"publicKeyEdit"_s, tr("The IRP's public key file"));
    m_caFile = field(this, u"caCertEdit"_s, tr("CA certificate file"));
    m_caFile->setPlaceholderText(tr("only for a private endpoint"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Base &URL:"), m_url);
    form->addRow(tr("&Client id:"), m_clientId);
    form->addRow(tr("API &user:"), m_user);
    form->addRow(tr("&GSTIN:"), m_gstin);
    form->addRow(tr("IRP public &key (PEM):"), withBrowse(m_keyFile, this, tr("The IRP's public key")));
    form->addRow(tr("C&A certificate (PEM):"), withBrowse(m_caFile, this, tr("CA certificate")));

    m_useKeychain = new QRadioButton(tr("Keep the secrets in the system &keychain"), this);
    m_useKeychain->setObjectName(u"keychainRadio"_s);
    m_useEnvironment = new QRadioButton(tr("Read the secrets from &environment variables"), this);
    m_useEnvironment->setObjectName(u"environmentRadio"_s);
    m_secret = field(this, u"secretEdit"_s, tr("Client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_password = field(this, u"passwordEdit"_s, tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_secretEnv = field(this, u"secretEnvEdit"_s, tr("Variable of the client secret"));
    m_passwordEnv = field(this, u"passwordEnvEdit"_s, tr("Variable of the password"));
    form->addRow(m_useKeychain);
    form->addRow(tr("Client &secret:"), m_secret);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_useEnvironment);
    form->addRow(tr("Client secret &variable:"), m_secretEnv);
    form->addRow(tr("Pass&word variable:"), m_passwordEnv);
    const auto sync = [this] {
        const bool keychain = m_useKeychain->isChecked();
        m_secret->setEnabled(keychain);
        m_password->setEnabled(keychain);
        m_secretEnv->setEnabled(!keychain);
        m_passwordEnv->setEnabled(!keychain);
    };
    connect(m_useKeychain, &QRadioButton::toggled, this, sync);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    Theme::setStyleSheet(m_problem, u"color: {error};"_s);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    if (profile) {
        m_profile = *profile;
        m_name->setText(profile->name);
        m_name->setReadOnly(true);
        m_url->setText(profile->baseUrl);
        m_clientId->setText(profile->clientId);
        m_user->setText(profile->userName);
        m_gstin->setText(profile->gstin);
        m_keyFile->setPlaceholderText(tr("unchanged (choose a file to replace it)"));
        m_secretEnv->setText(profile->clientSecretEnv);
        m_passwordEnv->setText(profile->passwordEnv);
        (profile->keychain ? m_useKeychain : m_useEnvironment)->setChecked(true);
        m_secret->setPlaceholderText(tr("unchanged"));
        m_password->setPlaceholderText(tr("unchanged"));
    } else {
        m_useEnvironment->setChecked(true);
        m_secretEnv->setText(u"IRNDESK_CLIENT_SECRET"_s);
        m_passwordEnv->setText(u"IRNDESK_PASSWORD"_s);
    }
    sync();
    resize(560, sizeHint().height());
}

irp::IrpProfile ProfileDialog::profile() const
{
    return m_profile;
}

QString ProfileDialog::problem() const
{
    return m_problem->text();
}

bool ProfileDialog::readFile(QLineEdit* edit, QByteArray& out, bool optional)
{
    const QString path = edit->text().trimmed();
    if (path.isEmpty()) {
        return optional;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem->setText(tr("%1: %2").arg(path, file.errorString()));
        edit->setFocus();
        return false;
    }
    out = file.readAll();
    return true;
}

void ProfileDialog::accept()
{
    irp::IrpProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.baseUrl = m_url->text().trimmed();
    p.clientId = m_clientId->text().trimmed();
    p.userName = m_user->text().trimmed();
    p.gstin = m_gstin->text().trimmed().toUpper();
    p.keychain = m_useKeychain->isChecked();
    p.clientSecretEnv = p.keychain ? QString() : m_secretEnv->text().trimmed();
    p.passwordEnv = p.keychain ? QString() : m_passwordEnv->text().trimmed();
    // A new profile needs the key; an edited one keeps its key unless a file is chosen.
    if (!readFile(m_keyFile, p.publicKeyPem, !p.publicKeyPem.isEmpty()) || !readFile(m_caFile, p.caCertPem, true)) {
        if (m_problem->text().isEmpty()) {
            m_problem->setText(tr("Choose the IRP's public key file (PEM)."));
        }
        return;
    }
    if (Status ok = p.check(); !ok) {
        m_problem->setText(ok.error().message);
        return;
    }
    if (p.keychain) {
        for (const auto& [which, edit] : { std::pair{ u"client-secret"_s, m_secret }, std::pair{ u"password"_s, m_password } }) {
            if (edit->text().isEmpty() && m_profile.keychain) {
                continue; // unchanged
            }
            if (Status s = irp::writeSecret(p.name, which, edit->text()); !s) {
                m_problem->setText(tr("%1 Choose environment variables instead.").arg(s.error().message));
                return;
            }
        }
    }
    if (Status s = p.save(); !s) {
        m_problem->setText(s.error().message);
        return;
    }
    m_problem->clear();
    m_profile = p;
    QDialog::accept();
}

ProfilesGroup::ProfilesGroup(QWidget* parent)
    : QGroupBox(tr("IRP connection"), parent)
{
    setObjectName(u"profilesGroup"_s);
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("Profiles of the IRPs invoices are submitted to. The local sandbox needs none: "
                               "choose it when you submit."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(u"profilesTable"_s);
    m_table->setAccessibleName(tr("IRP profiles"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Base URL"), tr("User"), tr("GSTIN"), tr("Secrets") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setMinimumHeight(110);
    layout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add profile…"), this);
    m_add->setObjectName(u"addProfileButton"_s);
    m_edit = new QPushButton(tr("&Edit profile…"), this);
    m_edit->setObjectName(u"editProfileButton"_s);
    m_remove = new QPushButton(tr("&Remove profile"), this);
    m_remove->setObjectName(u"removeProfileButton"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ProfilesGroup::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfilesGroup::editProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfilesGroup::removeProfile);
    connect(m_table, &QTableWidget::cellActivated, this, &ProfilesGroup::editProfile);
    reload();
}

void ProfilesGroup::reload()
{
    m_table->setRowCount(0);
    for (const QString& name : irp::IrpProfile::names()) {
        const auto p = irp::IrpProfile::load(name);
        if (!p) {
            continue;
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString secrets = p->keychain ? tr("keychain") : u"$%1, $%2"_s.arg(p->clientSecretEnv, p->passwordEnv);
        const QString cells[] = { p->name, p->baseUrl, p->userName, p->gstin, secrets };
        for (int c = 0; c < 5; ++c) {
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
    }
    m_edit->setEnabled(m_table->rowCount() > 0);
    m_remove->setEnabled(m_table->rowCount() > 0);
}

QString ProfilesGroup::selectedName() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

void ProfilesGroup::addProfile()
{
    auto* dialog = new ProfileDialog(std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ProfilesGroup::reload);
    dialog->open();
}

void ProfilesGroup::editProfile()
{
    const auto profile = irp::IrpProfile::load(selectedName());
    if (!profile) {
        return;
    }
    auto* dialog = new ProfileDialog(profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ProfilesGroup::reload);
    dialog->open();
}

void ProfilesGroup::removeProfile()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        return;
    }
    if (QMessageBox::question(this, tr("Remove profile"), tr("Remove the IRP profile %1 (and its secrets in the keychain)?").arg(name))
        != QMessageBox::Yes) {
        return;
    }
    if (Status s = irp::IrpProfile::remove(name); !s) {
        QMessageBox::warning(this, tr("Remove profile"), s.error().message);
    }
    reload();
}

} // namespace irndesk::ui
