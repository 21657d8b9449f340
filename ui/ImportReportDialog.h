// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/Importer.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace irndesk::ui {

/// The report of an import: one row per invoice (file, where in it, document, outcome, the error
/// codes and the messages), which the user can save as CSV.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const QString& summary, const QList<io::ImportEntry>& entries, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// Writes the report to `path` as CSV (UTF-8, a header row); false with `error` set on failure.
    bool saveCsv(const QString& path, QString* error) const;

    /// The error codes a message starts with ("2189 ValDtls...": "2189"), joined by spaces.
    static QString codesOf(const QStringList& messages);

private:
    void chooseFileAndSave();

    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_save;
};

} // namespace irndesk::ui
