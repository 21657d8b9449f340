// SPDX-License-Identifier: GPL-3.0-or-later
// CSV and XLSX files as an ImportSource, through TabularReader.
#include "core/io/ImportSource.h"
#include "core/io/TabularImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace irndesk::io {

namespace {

// lupdate files Tr::tr() calls under this context wherever they are, inside classes too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::io::Importer)
};

class TabularSource final : public ImportSource
{
public:
    explicit TabularSource(QString name)
        : m_name(std::move(name))
    {
    }
    TabularReader reader;

    bool next(SourceInvoice& into) override
    {
        if (!reader.next(m_record)) {
            return false;
        }
        into.index = m_index++;
        into.where = m_record.source;
        into.invoice = std::move(m_record.invoice);
        into.messages.clear();
        for (const TabularProblem& p : m_record.problems) {
            if (p.isError()) {
                into.messages.append(QStringLiteral("%1: %2").arg(m_record.source, p.toString()));
            } else {
                // Read anyway: kept with the invoice as a finding the user sees.
                into.findings.append(Finding{QStringLiteral("LOCAL-IMPORT"), QStringLiteral("import.cell"), p.field,
                                             Finding::Severity::Warning, p.toString(), {}});
            }
        }
        if (!into.invoice && into.messages.isEmpty()) {
            into.messages.append(Tr::tr("%1: the invoice could not be read").arg(m_record.source));
        }
        into.invoice = into.messages.isEmpty() ? std::move(into.invoice) : std::nullopt;
        return true;
    }
    qint64 bytesRead() const override { return reader.bytesRead(); }
    QStringList fileWarnings() const override
    {
        QStringList warnings;
        for (const TabularProblem& p : reader.fileProblems()) {
            warnings.append(QStringLiteral("%1: %2").arg(m_name, p.toString()));
        }
        return warnings;
    }
    QStringList fileErrors() const override
    {
        QStringList errors;
        if (reader.error()) {
            errors.append(reader.error()->message);
        }
        return errors;
    }

private:
    QString m_name;
    TabularRecord m_record;
    int m_index = 0;
};

} // namespace

Result<std::unique_ptr<ImportSource>> openTabularSource(const QString& file, const QString& mappingFile)
{
    ColumnMapping mapping;
    if (!mappingFile.isEmpty()) {
        Result<ColumnMapping> loaded = ColumnMapping::load(mappingFile);
        if (!loaded) {
            return loaded.error();
        }
        mapping = std::move(loaded).value();
    }
    auto source = std::make_unique<TabularSource>(QDir::toNativeSeparators(file));
    if (Status s = source->reader.open(file, mapping); !s) {
        return s.error();
    }
    return std::unique_ptr<ImportSource>(std::move(source));
}

} // namespace irndesk::io
