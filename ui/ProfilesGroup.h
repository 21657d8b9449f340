// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/irp/IrpProfile.h"

#include <QDialog>
#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace irndesk::ui {

/// Adds or edits one IRP profile. The two secrets go to the OS keychain when the user picks it
/// (and one answers), or the profile names the environment variables they are read from; they
/// are never written to the settings file.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(std::optional<irp::IrpProfile> profile, QWidget* parent = nullptr);
    /// The profile as entered (after accept()).
    irp::IrpProfile profile() const;
    /// What the last attempt to save said was wrong (empty when it saved).
    QString problem() const;

public slots:
    void accept() override;

private:
    bool readFile(QLineEdit* edit, QByteArray& out, bool optional);

    QLineEdit *m_name, *m_url, *m_clientId, *m_user, *m_gstin, *m_keyFile, *m_caFile;
    QRadioButton *m_useKeychain, *m_useEnvironment;
    QLineEdit *m_secret, *m_password, *m_secretEnv, *m_passwordEnv;
    QLabel* m_problem;
    irp::IrpProfile m_profile;
};

/// The "IRP connection" part of the settings: the profiles, with Add, Edit and Remove.
class ProfilesGroup : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProfilesGroup(QWidget* parent = nullptr);

public slots:
    void reload();
    void addProfile();
    void editProfile();
    void removeProfile();

private:
    QString selectedName() const;

    QTableWidget* m_table;
    QPushButton *m_add, *m_edit, *m_remove;
};

} // namespace irndesk::ui
