// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ImportReportDialog.h"

#include "ui/CsvField.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace irndesk::ui {

namespace {

enum Column { File, Row, Document, Outcome, Codes, Messages, ColumnCount };

QString outcomeTitle(io::ImportEntry::Outcome outcome)
{
    using O = io::ImportEntry::Outcome;
    switch (outcome) {
    case O::Imported:
        return ImportReportDialog::tr("Imported");
    case O::Updated:
        return ImportReportDialog::tr("Updated");
    case O::Duplicate:
        return ImportReportDialog::tr("Duplicate");
    case O::Conflict:
        return ImportReportDialog::tr("Conflict");
    case O::Refused:
        return ImportReportDialog::tr("Refused");
    }
    return {};
}

} // namespace

QString ImportReportDialog::codesOf(const QStringList& messages)
{
    // The findings' messages read "CODE Path: text" (Importer): an IRP code ("2189"), "SCHEMA",
    // or one of our own ("LOCAL-<name>").
    static const QRegularExpression code(QStringLiteral("^([0-9]{3,5}|SCHEMA|LOCAL-[A-Za-z0-9_.-]+) [^ ]*:? "));
    QStringList codes;
    for (const QString& m : messages) {
        const QRegularExpressionMatch match = code.match(m);
        if (match.hasMatch() && !codes.contains(match.captured(1))) {
            codes.append(match.captured(1));
        }
    }
    return codes.join(QLatin1Char(' '));
}

ImportReportDialog::ImportReportDialog(const QString& summary, const QList<io::ImportEntry>& entries, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import report"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_summary = new QLabel(summary, this);
    m_summary->setObjectName(QStringLiteral("importReportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(static_cast<int>(entries.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("importReportTable"));
    m_table->setAccessibleName(tr("Import report"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Row"), tr("Document"), tr("Outcome"), tr("Codes"), tr("Messages")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < entries.size(); ++row) {
        const io::ImportEntry& e = entries[row];
        const QString document = QString(e.docType + QLatin1Char(' ') + e.docNo).trimmed();
        const QStringList cells = {QFileInfo(e.file).fileName(), e.where, document, outcomeTitle(e.outcome),
                                   codesOf(e.messages), e.messages.join(QStringLiteral("; "))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == Messages ? e.messages.join(QLatin1Char('\n')) : cells[column]);
            if (column == File) {
                item->setData(Qt::UserRole, e.file);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("importReportButtons"));
    m_save = buttons->addButton(tr("&Save as CSV…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("importReportSaveButton"));
    m_save->setAccessibleName(tr("Save the report as CSV"));
    connect(m_save, &QPushButton::clicked, this, &ImportReportDialog::chooseFileAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

bool ImportReportDialog::saveCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QStringList header;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        header.append(csvField(m_table->horizontalHeaderItem(column)->text()));
    }
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            // The file by its whole path; messages one per line inside the field.
            QString text = column == File ? item->data(Qt::UserRole).toString() : item->text();
            if (column == Messages) {
                text = item->toolTip();
            }
            fields.append(csvField(text));
        }
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    file.write(out);
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ImportReportDialog::chooseFileAndSave()
{
    auto* dialog = new QFileDialog(this, tr("Save the import report"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("importReportSaveDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        if (!saveCsv(path, &error)) {
            QMessageBox::warning(this, windowTitle(), error);
        }
    });
    dialog->open();
}

} // namespace irndesk::ui
