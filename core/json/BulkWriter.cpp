// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/BulkWriter.h"

#include "core/json/InvoiceWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSaveFile>

namespace irndesk {

namespace {
// A bulk file is "[" + invoices joined by ",\n" + "]\n": one invoice per line.
constexpr qint64 kOpen = 2; // "[\n"
constexpr qint64 kClose = 2; // "\n]"
constexpr char kSeparator[] = ",\n";
constexpr qint64 kSeparatorSize = 2;
} // namespace

QString invoiceLabel(const Invoice& invoice, int index)
{
    const QString type = invoice.docDtls.typ.value_or(QStringLiteral("?"));
    const QString number = invoice.docDtls.no.value_or(QStringLiteral("?"));
    return QStringLiteral("%1 %2 (#%3)").arg(type, number).arg(index + 1);
}

BulkSplitter::BulkSplitter(qint64 maxBytes, Sink sink)
    : m_maxBytes(maxBytes)
    , m_sink(std::move(sink))
{
}

Status BulkSplitter::add(const Invoice& invoice, const QString& label)
{
    m_scratch.clear();
    appendInvoiceJson(m_scratch, invoice, JsonStyle::Compact);
    return addJson(m_scratch, label);
}

Status BulkSplitter::addJson(QByteArrayView json, const QString& label)
{
    const qint64 size = json.size();
    if (size + kOpen + kClose > m_maxBytes) {
        const QLocale locale;
        return Error{ErrorCode::TooLarge,
                     QCoreApplication::translate("irndesk::json",
                                                 "invoice %1 is %2 bytes as JSON: more than the %3-byte limit of a "
                                                 "bulk file on its own")
                         .arg(label, locale.toString(size + kOpen + kClose), locale.toString(m_maxBytes)),
                     {}};
    }
    if (m_inBuffer > 0 && m_buffer.size() + kSeparatorSize + size + kClose > m_maxBytes) {
        if (Status s = flush(); !s) {
            return s;
        }
    }
    if (m_inBuffer == 0) {
        m_buffer.reserve(static_cast<qsizetype>(std::min<qint64>(m_maxBytes, 4 << 20)));
        m_buffer.append("[\n", kOpen);
    } else {
        m_buffer.append(kSeparator, kSeparatorSize);
    }
    m_buffer.append(json);
    ++m_inBuffer;
    ++m_count;
    return Ok{};
}

Status BulkSplitter::flush()
{
    if (m_inBuffer == 0) {
        return Ok{};
    }
    m_buffer.append("\n]", kClose);
    Status status = m_sink(m_buffer);
    m_buffer.clear();
    m_inBuffer = 0;
    return status;
}

Status BulkSplitter::finish()
{
    return flush();
}

BulkFileWriter::BulkFileWriter(QString directory, QString baseName, qint64 maxBytes)
    : m_directory(std::move(directory))
    , m_baseName(std::move(baseName))
    , m_splitter(maxBytes, [this](const QByteArray& bulk) { return writeFile(bulk); })
{
}

Status BulkFileWriter::add(const Invoice& invoice, const QString& label)
{
    return m_splitter.add(invoice, label);
}

Result<QStringList> BulkFileWriter::finish()
{
    if (Status s = m_splitter.finish(); !s) {
        return s.error();
    }
    return m_files;
}

Status BulkFileWriter::writeFile(const QByteArray& bulkArray)
{
    if (!QDir().mkpath(m_directory)) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("irndesk::json", "cannot create the folder %1").arg(m_directory),
                     {}};
    }
    const QString path = QDir(m_directory)
                             .filePath(QStringLiteral("%1-%2.json")
                                           .arg(m_baseName)
                                           .arg(m_files.size() + 1, 3, 10, QLatin1Char('0')));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bulkArray) != bulkArray.size() || !file.commit()) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("irndesk::json", "cannot write %1: %2").arg(path, file.errorString()),
                     {}};
    }
    m_files.append(path);
    return Ok{};
}

} // namespace irndesk
