// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/FindingsPanel.h"

#include "ui/Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui::editor {

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_explainButton(new QPushButton(tr("&Explain"), this))
    , m_fixButton(new QPushButton(tr("Apply fi&xes"), this))
{
    setObjectName(u"findingsPanel"_s);
    m_summary->setObjectName(u"findingsSummaryLabel"_s);
    m_list->setObjectName(u"findingsList"_s);
    m_list->setAccessibleName(tr("Findings"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({ tr("Code"), tr("Field"), tr("Message") });
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 90);
    m_list->setColumnWidth(1, 180);
    m_summary->setBuddy(m_list);
    m_explainButton->setObjectName(u"explainButton"_s);
    m_explainButton->setAccessibleName(tr("Explain the code"));
    m_explainButton->setEnabled(false);
    m_fixButton->setObjectName(u"applyFixesButton"_s);
    m_fixButton->setAccessibleName(tr("Apply fixes"));
    m_fixButton->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_explainButton);
    buttons->addWidget(m_fixButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_list);

    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const int row = m_list->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_findings.size()) {
            emit goToRequested(m_findings.at(row).path);
        }
    });
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const int row = m_list->indexOfTopLevelItem(item);
        if (row >= 0 && row < m_findings.size()) {
            emit goToRequested(m_findings.at(row).path);
        }
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { m_explainButton->setEnabled(currentFinding()); });
    connect(m_explainButton, &QPushButton::clicked, this, [this] {
        if (const Finding* finding = currentFinding()) {
            emit explainRequested(finding->code);
        }
    });
    connect(m_fixButton, &QPushButton::clicked, this, &FindingsPanel::applyFixesRequested);
    setFindings({});
}

const Finding* FindingsPanel::currentFinding() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

void FindingsPanel::setFindings(const Findings& findings)
{
    const int oldRow = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_findings = findings;
    m_list->clear();
    for (const Finding& finding : findings) {
        auto* item = new QTreeWidgetItem(m_list, { finding.code, finding.path, finding.message });
        item->setToolTip(2, finding.hint.isEmpty() ? finding.message : finding.message + u"\n"_s + finding.hint);
        Theme::setItemColour(item, 0, finding.isError() ? Theme::Colour::ErrorText : Theme::Colour::WarningText);
        item->setData(0, Qt::AccessibleTextRole, QString((finding.isError() ? tr("Error") : tr("Warning")) + u' ' + finding.code));
    }
    if (oldRow >= 0 && oldRow < m_list->topLevelItemCount()) {
        m_list->setCurrentItem(m_list->topLevelItem(oldRow), 0, QItemSelectionModel::NoUpdate);
    }
    const qsizetype errors = errorCount(findings);
    const qsizetype warnings = findings.size() - errors;
    m_summary->setText(findings.isEmpty() ? tr("&Findings: none")
                                          : tr("&Findings: %1 errors, %2 warnings").arg(errors).arg(warnings));
    m_explainButton->setEnabled(currentFinding());
}

void FindingsPanel::setFixes(const QStringList& fixes)
{
    m_fixButton->setEnabled(!fixes.isEmpty());
    m_fixButton->setToolTip(fixes.join(u'\n'));
}

} // namespace irndesk::ui::editor
