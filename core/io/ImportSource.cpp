// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ImportSource.h"

#include "core/rules/FileValidation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace irndesk::io {

namespace {

// lupdate files Tr::tr() calls under this context wherever they are, inside classes too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::io::Importer)
};

// Whether `file` is INV-01 JSON: by its extension, else by its first bytes. Everything else is
// a spreadsheet, and TabularReader tells CSV from XLSX itself.
bool isJsonFile(const QString& file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("json")) {
        return true;
    }
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") || suffix == QLatin1String("xls")
        || suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt")) {
        return false;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return false;
    }
    QByteArray head = f.read(64).trimmed();
    if (head.startsWith("\xEF\xBB\xBF")) {
        head.remove(0, 3);
    }
    return head.startsWith('{') || head.startsWith('[');
}

class JsonSource final : public ImportSource
{
public:
    JsonSource(const QString& path)
        : m_file(path)
        , m_name(QDir::toNativeSeparators(path))
    {
    }
    bool open() { return m_file.open(QIODevice::ReadOnly); }
    QString errorString() const { return m_file.errorString(); }

    bool next(SourceInvoice& into) override
    {
        if (!m_reader) {
            m_reader = std::make_unique<BulkReader>(&m_file);
        }
        into.raw.clear();
        const std::optional<RawElement> element = m_reader->nextRaw(into.raw);
        if (!element) {
            return false;
        }
        into.element = *element;
        into.index = element->index;
        into.where = m_reader->isSingleInvoice() ? Tr::tr("the invoice at line %1").arg(element->line)
                                                 : Tr::tr("invoice [%1] at line %2").arg(element->index).arg(element->line);
        return true;
    }
    qint64 bytesRead() const override { return m_reader ? m_reader->bytesRead() : 0; }
    QStringList fileErrors() const override
    {
        QStringList errors;
        if (m_reader) {
            for (const Diagnostic& d : m_reader->fileDiagnostics()) {
                if (d.isError()) {
                    errors.append(QStringLiteral("%1: %2").arg(m_name, d.toString()));
                }
            }
        }
        return errors;
    }

private:
    QFile m_file;
    QString m_name;
    std::unique_ptr<BulkReader> m_reader;
};

} // namespace

void SourceInvoice::parse()
{
    if (raw.isEmpty()) {
        return;
    }
    ReadInvoice read = readInvoice(QByteArrayView(raw).sliced(element.offset, element.size), element);
    raw.clear();
    invoice = std::move(read.invoice);
    Diagnostics warnings;
    for (const Diagnostic& d : read.diagnostics) {
        if (d.isError()) {
            // The value was not read: importing the rest would lose what the user wrote.
            messages.append(QStringLiteral("%1: %2").arg(where, d.toString()));
        } else {
            warnings.append(d);
        }
    }
    findings = findingsFromDiagnostics(warnings);
}

Result<std::unique_ptr<ImportSource>> openImportSource(const QString& file, const QString& mappingFile)
{
    const QString shown = QDir::toNativeSeparators(file);
    if (!QFileInfo(file).isFile()) {
        return Error{ErrorCode::Io, Tr::tr("%1: no such file").arg(shown), {}};
    }
    if (!isJsonFile(file)) {
        return openTabularSource(file, mappingFile);
    }
    auto source = std::make_unique<JsonSource>(file);
    if (!source->open()) {
        return Error{ErrorCode::Io, Tr::tr("%1: cannot read it: %2").arg(shown, source->errorString()), {}};
    }
    return std::unique_ptr<ImportSource>(std::move(source));
}

} // namespace irndesk::io
