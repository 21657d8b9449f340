// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Typing into the invoice editor as a user does, with the keyboard only: keys go where a real
// keyboard sends them (an open completer popup first, else the focus widget), one character at a
// time. Shared by the GUI tests that type invoices.
#include "ui/editor/LinesModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QTableView>
#include <QTest>

namespace irndesk::test {

class EditorKeyboard
{
public:
    explicit EditorKeyboard(QWidget* window = nullptr)
        : m_window(window)
    {
    }
    void setWindow(QWidget* window) { m_window = window; }

    /// What a real keyboard reaches: an open popup (a completer's list) first, else the focus.
    QWidget* target() const
    {
        if (QWidget* popup = QApplication::activePopupWidget()) {
            return popup;
        }
        if (QWidget* focus = QApplication::focusWidget()) {
            return focus;
        }
        return m_window;
    }

    /// The offscreen platform does not give the activation back to the window when a completer's
    /// popup closes, as a window manager does: it is done here, so focus and shortcuts work as
    /// for a user.
    bool restoreActivation()
    {
        QCoreApplication::processEvents();
        if (!QApplication::activePopupWidget() && m_window && !m_window->isActiveWindow()) {
            m_window->activateWindow();
            return QTest::qWaitForWindowActive(m_window);
        }
        return true;
    }

    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        restoreActivation();
        QTest::keyClick(target(), k, modifiers);
    }

    /// One key at a time: the first key typed on a table opens the cell's editor, which then has
    /// the focus for the rest.
    void type(const QString& text)
    {
        for (const QChar c : text) {
            restoreActivation();
            QTest::keyClicks(target(), QString(c));
        }
    }

    bool tabTo(QWidget* widget, int maxTabs = 60)
    {
        for (int i = 0; i < maxTabs && QApplication::focusWidget() != widget; ++i) {
            key(Qt::Key_Tab);
        }
        return QApplication::focusWidget() == widget;
    }

    /// On the current line's description of `view`: part of the product's name, the product from
    /// the completer, Tab to the quantity, the quantity, Enter.
    bool enterLine(QTableView* view, const QString& productPrefix, const QString& qty)
    {
        type(productPrefix);
        if (!QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; })) {
            qWarning("no completer popup");
            return false;
        }
        key(Qt::Key_Down);
        key(Qt::Key_Return);
        for (int i = 0; i < 10 && view->currentIndex().column() != ui::editor::LinesModel::Qty; ++i) {
            key(Qt::Key_Tab);
        }
        if (view->currentIndex().column() != ui::editor::LinesModel::Qty) {
            qWarning("Tab does not reach the quantity");
            return false;
        }
        const int row = view->currentIndex().row();
        type(qty);
        key(Qt::Key_Return);
        // The delegate commits on the next turn of the event loop, as it does for a user.
        return QTest::qWaitFor([&] { return view->model()->index(row, ui::editor::LinesModel::Qty).data().toString() == qty; });
    }

private:
    QWidget* m_window = nullptr;
};

} // namespace irndesk::test
