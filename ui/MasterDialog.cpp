// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MasterDialog.h"

#include "ui/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

QString lowerFirst(const QString& key)
{
    return key.left(1).toLower() + key.mid(1);
}

} // namespace

QString withMnemonic(const QString& text, QString& used)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i).toLower();
        if (c.isLetter() && !used.contains(c)) {
            used += c;
            return text.left(i) + u'&' + text.mid(i);
        }
    }
    return text;
}

MasterDialog::MasterDialog(MasterKind kind, const MasterRecord& record, Save save, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_save(std::move(save))
{
    setObjectName(kind == MasterKind::Party ? u"partyDialog"_s : u"productDialog"_s);
    setWindowTitle(kind == MasterKind::Party ? tr("Party") : tr("Product"));
    auto* form = new QFormLayout;
    QString used = u"sc"_s; // Save and Cancel keep theirs
    for (const MasterField& field : masterFields(kind)) {
        QWidget* editor = nullptr;
        const QString value = record.value(field.key);
        switch (field.type) {
        case MasterField::Type::Flag: {
            auto* check = new QCheckBox(this);
            check->setObjectName(lowerFirst(field.key) + u"Check"_s);
            check->setChecked(value.compare(u"Y"_s, Qt::CaseInsensitive) == 0);
            editor = check;
            break;
        }
        case MasterField::Type::PartyKind: {
            auto* combo = new QComboBox(this);
            combo->setObjectName(lowerFirst(field.key) + u"Combo"_s);
            combo->addItem(partyKindTitle(store::Party::Kind::Buyer), u"buyer"_s);
            combo->addItem(partyKindTitle(store::Party::Kind::ShipTo), u"shipto"_s);
            combo->addItem(partyKindTitle(store::Party::Kind::Dispatch), u"dispatch"_s);
            combo->setCurrentIndex(std::max(0, combo->findData(value.isEmpty() ? u"buyer"_s : value)));
            editor = combo;
            break;
        }
        case MasterField::Type::Text: {
            auto* edit = new QLineEdit(value, this);
            edit->setObjectName(lowerFirst(field.key) + u"Edit"_s);
            editor = edit;
            break;
        }
        }
        editor->setAccessibleName(field.title);
        auto* label = new QLabel(withMnemonic(field.title, used) + (field.required ? u" *"_s : QString()), this);
        label->setBuddy(editor);
        form->addRow(label, editor);
        m_editors.insert(field.key, editor);
    }

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    Theme::setStyleSheet(m_errorLabel, u"color: {error};"_s);
    m_errorLabel->setAccessibleName(tr("Problem"));
    m_errorLabel->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &MasterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MasterDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
}

MasterRecord MasterDialog::record() const
{
    MasterRecord record;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (auto* edit = qobject_cast<QLineEdit*>(it.value())) {
            record.insert(it.key(), edit->text());
        } else if (auto* check = qobject_cast<QCheckBox*>(it.value())) {
            record.insert(it.key(), check->isChecked() ? u"Y"_s : u"N"_s);
        } else if (auto* combo = qobject_cast<QComboBox*>(it.value())) {
            record.insert(it.key(), combo->currentData().toString());
        }
    }
    return record;
}

void MasterDialog::accept()
{
    const Status saved = m_save(record());
    if (!saved) {
        m_errorLabel->setText(saved.error().message);
        m_errorLabel->show();
        if (QWidget* editor = m_editors.value(saved.error().detail)) {
            editor->setFocus();
        }
        return;
    }
    QDialog::accept();
}

} // namespace irndesk::ui
