// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/Completers.h"

#include "ui/AppContext.h"

#include <QCompleter>
#include <QStandardItemModel>
#include <QWidget>

namespace irndesk::ui::editor {

Completers::Completers(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_partyModel(new QStandardItemModel(this))
    , m_productModel(new QStandardItemModel(this))
{
    reloadParties();
    reloadProducts();
    connect(&context, &AppContext::partiesChanged, this, &Completers::reloadParties);
    connect(&context, &AppContext::productsChanged, this, &Completers::reloadProducts);
}

void Completers::reloadParties()
{
    m_parties.clear();
    if (m_context.store() && m_context.workspaceId()) {
        for (const store::Party& party : m_context.store()->parties(*m_context.workspaceId(), {}, kLimit)) {
            if (party.kind == store::Party::Kind::Buyer) {
                m_parties.append(party);
            }
        }
    }
    m_partyModel->clear();
    m_partyModel->setColumnCount(2);
    for (int i = 0; i < m_parties.size(); ++i) {
        auto* name = new QStandardItem(m_parties.at(i).legalName);
        auto* gstin = new QStandardItem(m_parties.at(i).gstin);
        name->setData(i, IndexRole);
        gstin->setData(i, IndexRole);
        name->setToolTip(m_parties.at(i).gstin);
        gstin->setToolTip(m_parties.at(i).legalName);
        m_partyModel->appendRow({ name, gstin });
    }
}

void Completers::reloadProducts()
{
    m_products.clear();
    if (m_context.store() && m_context.workspaceId()) {
        m_products = m_context.store()->products(*m_context.workspaceId(), {}, kLimit);
    }
    m_productModel->clear();
    for (int i = 0; i < m_products.size(); ++i) {
        auto* item = new QStandardItem(m_products.at(i).description);
        item->setData(i, IndexRole);
        item->setToolTip(m_products.at(i).hsn);
        m_productModel->appendRow(item);
    }
}

QCompleter* Completers::partyCompleter(QWidget* parent, int column)
{
    auto* completer = new QCompleter(m_partyModel, parent);
    completer->setCompletionColumn(column);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    return completer;
}

QCompleter* Completers::productCompleter(QWidget* parent)
{
    auto* completer = new QCompleter(m_productModel, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    return completer;
}

int Completers::indexOf(const QModelIndex& completionIndex)
{
    const QVariant value = completionIndex.data(IndexRole);
    return value.isValid() ? value.toInt() : -1;
}

} // namespace irndesk::ui::editor
