// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace irndesk::ui {

class AppContext;

/// Creates a workspace or edits the seller profile of one: GSTIN (checked as it is typed; the
/// state code comes from it), names, address, PIN, phone, email and the ₹10 crore turnover band.
/// Save refuses, naming the field, an invalid GSTIN, a missing legal name, a PIN that is not 6
/// digits, and a GSTIN that already has a workspace. Open it with open().
class WorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits workspace `id`, or creates one when `id` is empty.
    WorkspaceDialog(AppContext& context, std::optional<qint64> id, QWidget* parent = nullptr);
    /// The workspace saved, after accept().
    std::optional<qint64> workspaceId() const { return m_id; }

    void accept() override;

private:
    void checkGstin();
    void showProblem(const QString& message, QWidget* field);

    AppContext& m_context;
    std::optional<qint64> m_id;
    QLineEdit* m_gstinEdit = nullptr;
    QLabel* m_gstinStatus = nullptr;
    QLineEdit* m_legalNameEdit = nullptr;
    QLineEdit* m_tradeNameEdit = nullptr;
    QLineEdit* m_addr1Edit = nullptr;
    QLineEdit* m_addr2Edit = nullptr;
    QLineEdit* m_locationEdit = nullptr;
    QLineEdit* m_pinEdit = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLineEdit* m_phoneEdit = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    QCheckBox* m_aatoCheck = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace irndesk::ui
