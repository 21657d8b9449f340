// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/FoldSection.h"

#include "ui/SpokenText.h"

#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui::editor {

FoldSection::FoldSection(const QString& title, const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_header(new QToolButton(this))
    , m_body(new QWidget(this))
{
    setObjectName(objectName);
    m_header->setObjectName(objectName + u"Header"_s);
    m_header->setText(title);
    m_header->setAccessibleName(spokenText(title));
    m_header->setCheckable(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setArrowType(Qt::RightArrow);
    m_header->setAutoRaise(true);
    m_header->setFocusPolicy(Qt::StrongFocus);
    m_body->setObjectName(objectName + u"Body"_s);
    m_body->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_body);
    connect(m_header, &QToolButton::toggled, this, &FoldSection::setExpanded);
}

bool FoldSection::isExpanded() const
{
    return m_header->isChecked();
}

void FoldSection::setExpanded(bool expanded)
{
    if (m_header->isChecked() != expanded) {
        m_header->setChecked(expanded); // comes back here through toggled()
        return;
    }
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_body->isHidden() == expanded) {
        m_body->setVisible(expanded);
        emit expandedChanged(expanded);
    }
}

} // namespace irndesk::ui::editor
