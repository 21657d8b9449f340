// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "ui/MasterImport.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QLabel;

namespace irndesk::ui {

/// Adds or edits one party or product: a form of its fields (MasterImport.h). Save checks the
/// record through `save`; a refusal is shown above the buttons, naming the field, and that field
/// gets the focus; the dialog stays open. Open it with open(), not exec().
class MasterDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Status(const MasterRecord&)>;
    MasterDialog(MasterKind kind, const MasterRecord& record, Save save, QWidget* parent = nullptr);

    /// The record as the form holds it.
    MasterRecord record() const;
    /// The editor of field `key` (a QLineEdit, QCheckBox or QComboBox).
    QWidget* editorOf(const QString& key) const { return m_editors.value(key); }

    void accept() override;

private:
    MasterKind m_kind;
    Save m_save;
    QHash<QString, QWidget*> m_editors;
    QLabel* m_errorLabel = nullptr;
};

/// `text` with an & before the first letter not yet in `used` (which gets it), for form labels
/// whose texts come from translations.
QString withMnemonic(const QString& text, QString& used);

} // namespace irndesk::ui
