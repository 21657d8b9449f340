// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Store.h"

#include <QObject>

class QCompleter;
class QStandardItemModel;
class QWidget;

namespace irndesk::ui {
class AppContext;
}

namespace irndesk::ui::editor {

/// The parties and products of the workspace, as small models the editor's completers use.
/// Reloaded when the other pages say the store's parties or products changed.
class Completers : public QObject
{
    Q_OBJECT

public:
    /// The row of the party or product an item of the models stands for (in parties()/products()).
    static constexpr int IndexRole = Qt::UserRole + 10;
    /// At most this many parties and products are offered.
    static constexpr int kLimit = 5000;

    Completers(AppContext& context, QObject* parent);

    const QList<store::Party>& parties() const { return m_parties; }
    const QList<store::Product>& products() const { return m_products; }

    /// A completer over the buyers, matching anywhere in the name (column 0) or the GSTIN (column 1).
    QCompleter* partyCompleter(QWidget* parent, int column);
    /// A completer over the products' descriptions.
    QCompleter* productCompleter(QWidget* parent);

    /// The party or product an activated completion stands for (-1 when none).
    static int indexOf(const QModelIndex& completionIndex);

public slots:
    void reloadParties();
    void reloadProducts();

private:
    AppContext& m_context;
    QList<store::Party> m_parties;
    QList<store::Product> m_products;
    QStandardItemModel* m_partyModel = nullptr;
    QStandardItemModel* m_productModel = nullptr;
};

} // namespace irndesk::ui::editor
