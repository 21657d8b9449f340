// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/ErrorGuide.h"

#include <QDialog>
#include <QList>

class QLineEdit;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace irndesk::ui {

class ErrorCodeFilterModel;

/// The error guide, offline: every code of allExplanations() in a list that a filter narrows
/// (by code, or by words of the title, meaning and fix), and what the selected code means, how to
/// fix it and whether retrying helps. Non-modal, so it can stay open next to the invoice.
///
/// Keyboard first: the filter has the focus, the first match is selected as you type, Down moves
/// into the list and Up from its first row moves back to the filter.
class ErrorGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ErrorGuideDialog(QWidget* parent = nullptr);
    ~ErrorGuideDialog() override;

    /// Selects `code` ("2189", " sys_5001 ") and shows its explanation, clearing a filter that
    /// hides it. A code the guide does not know is put in the filter, which then says that no
    /// code matches.
    void showCode(const QString& code);

    /// The code whose explanation is shown, or an empty string when none is.
    QString currentCode() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onFilterChanged(const QString& text);
    void selectRow(int row);
    void updateDetail();

    QList<ErrorExplanation> m_explanations;
    QLineEdit* m_filterEdit = nullptr;
    QTableView* m_codeView = nullptr;
    QTextBrowser* m_detailBrowser = nullptr;
    QStandardItemModel* m_model = nullptr;
    ErrorCodeFilterModel* m_filterModel = nullptr;
};

} // namespace irndesk::ui
