// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/TabularImport.h"

#include "core/io/TableCsv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace irndesk::io {

namespace {

/// A template column found in a sheet's header row (or given as a constant by the mapping).
struct BoundColumn
{
    const TemplateColumn* spec = nullptr;
    int source = -1; ///< the cell index in a row; -1 when only a constant gives it
    QString header; ///< the header as the file writes it
    std::optional<TemplateValue> constant; ///< the mapping's value for blank cells
    QString constantText;
};

/// What a sheet's columns are.
struct Binding
{
    QString sheet; ///< empty for CSV
    QList<BoundColumn> invoiceColumns;
    QList<BoundColumn> lineColumns;
    int keyColumns[3] = { -1, -1, -1 }; ///< in invoiceColumns: SellerDtls.Gstin, DocDtls.Typ, DocDtls.No
};

/// The key that groups rows into invoices.
struct Key
{
    QString parts[3]; ///< Gstin, Typ, No as written (trimmed)
    QString folded; ///< upper case, joined: compared between rows
    bool complete = false;
};

/// A 128-bit digest of a key, so that remembering every invoice seen costs 16 bytes each.
struct Digest
{
    size_t a = 0;
    size_t b = 0;
    bool operator==(const Digest&) const = default;
};
size_t qHash(const Digest& d, size_t seed = 0)
{
    return d.a ^ seed;
}
Digest digestOf(const QString& folded)
{
    return Digest{ qHash(folded, 0x9E3779B97F4A7C15ULL), qHash(folded, 0xC2B2AE3D27D4EB4FULL) };
}

struct Span
{
    int first = 0;
    int last = 0;
};

/// An invoice-level value found on a row of the current invoice.
struct Slot
{
    bool set = false;
    QString raw; ///< the trimmed cell text it came from
    TemplateValue value;
    int row = 0;
    QString sheet;
};

const char* const kKeyNames[3] = { "SellerDtls.Gstin", "DocDtls.Typ", "DocDtls.No" };

QString rowSpan(int first, int last)
{
    return first == last ? QCoreApplication::translate("irndesk::io", "row %1").arg(first)
                         : QCoreApplication::translate("irndesk::io", "rows %1–%2").arg(first).arg(last);
}

QString describeKey(const Key& key)
{
    return QCoreApplication::translate("irndesk::io", "%1 %2 of seller %3")
        .arg(key.parts[1], key.parts[2], key.parts[0]);
}

} // namespace

QString TabularProblem::toString() const
{
    QStringList parts;
    if (!sheet.isEmpty()) {
        parts.append(QCoreApplication::translate("irndesk::io", "sheet %1").arg(sheet));
    }
    if (row > 0) {
        parts.append(line > 0 && line != row
                ? QCoreApplication::translate("irndesk::io", "row %1 (line %2)").arg(row).arg(line)
                : QCoreApplication::translate("irndesk::io", "row %1").arg(row));
    }
    if (columnIndex >= 0) {
        QString c =
            QCoreApplication::translate("irndesk::io", "column %1 \"%2\"").arg(columnLetters(columnIndex), column);
        if (!field.isEmpty() && field.compare(column, Qt::CaseInsensitive) != 0) {
            c += QStringLiteral(" (") + field + u')';
        }
        parts.append(c);
    } else if (!field.isEmpty()) {
        parts.append(field);
    }
    if (!value.isNull()) {
        parts.append(QCoreApplication::translate("irndesk::io", "value \"%1\"").arg(value));
    }
    return parts.isEmpty() ? message : parts.join(QStringLiteral(", ")) + QStringLiteral(": ") + message;
}

bool TabularRecord::hasErrors() const
{
    for (const TabularProblem& p : problems) {
        if (p.isError()) {
            return true;
        }
    }
    return false;
}

TabularFormat detectTabularFormat(const QString& path)
{
    QFile file(path);
    QByteArray head;
    if (file.open(QIODevice::ReadOnly)) {
        head = file.read(8);
    }
    if (head.startsWith("PK\x03\x04")) {
        return TabularFormat::Xlsx;
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return TabularFormat::Xls;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1StringView("xlsx") || suffix == QLatin1StringView("xlsm")) {
        return TabularFormat::Xlsx;
    }
    if (suffix == QLatin1StringView("xls")) {
        return TabularFormat::Xls;
    }
    return TabularFormat::Csv;
}

struct TabularReader::Private
{
    QString fileName;
    TabularLayout layout = TabularLayout::OneSheet;
    ColumnMapping mapping;
    ValueOptions options;
    std::unique_ptr<TableXlsx> book;
    std::unique_ptr<TableSource> source; ///< the lines (or the one sheet)
    Binding binding;
    Binding headerBinding; ///< two-sheet layout: the invoices sheet
    QList<std::pair<const TemplateColumn*, TemplateValue>> invoiceConstants;
    QList<const TemplateColumn*> invoiceColumnsByIndex;
    QList<TabularProblem> fileProblems;
    std::optional<Error> error;

    TableRow row;
    bool haveRow = false;
    bool ended = false;
    QHash<Digest, Span> seen;

    // The invoice being read.
    struct Group
    {
        bool active = false;
        Key key;
        int firstRow = 0;
        int lastRow = 0;
        int headerRow = 0;
        QList<Slot> fieldValues; ///< by TemplateColumn::invoiceIndex
        QList<int> touched;
        QList<Item> items;
        QList<TabularProblem> problems;
        bool hasError = false;
    } group;

    // Two-sheet layout: the invoices sheet, in memory.
    struct HeaderEntry
    {
        TableRow row;
        Key key;
        bool used = false;
        QList<int> duplicateRows;
    };
    QList<HeaderEntry> headers;
    QHash<QString, qsizetype> headerIndex;
    qsizetype nextUnused = 0;

    bool isKey(const TemplateColumn* column) const
    {
        return column == keySpecs[0] || column == keySpecs[1] || column == keySpecs[2];
    }
    const TemplateColumn* keySpecs[3] = { findTemplateColumn(QString::fromLatin1(kKeyNames[0])),
        findTemplateColumn(QString::fromLatin1(kKeyNames[1])),
        findTemplateColumn(QString::fromLatin1(kKeyNames[2])) };

    Status fail(ErrorCode code, const QString& message)
    {
        error = Error{ code, message, {} };
        return *error;
    }

    Status openCsv(const QString& path);
    Status openXlsx(const QString& path, const XlsxLimits& limits);
    Status readHeaderRow(TableSource& source, TableRow& header);
    Status bind(const TableRow& header, const QString& sheet, bool invoicesSheet, Binding& out);
    Status finishBinding(Binding& binding, bool invoicesSheet);
    void checkMappedColumns();

    Key keyOf(const TableRow& row, const Binding& binding) const;
    void start(const Key& key, const TableRow& row);
    void addRow(const TableRow& row, const Binding& binding, bool isLine);
    void invoiceCell(
        const TableRow& row, const Binding& binding, const BoundColumn& column, QStringView text, CellType type);
    void problem(const TableRow& row,
        const Binding& binding,
        const BoundColumn* column,
        QStringView value,
        const QString& message,
        TabularProblem::Severity severity = TabularProblem::Severity::Error);
    void finish(TabularRecord& record);
    bool nextUnusedHeader(TabularRecord& record);
    QString sourceText(int headerRow, int first, int last) const;
};

TabularReader::TabularReader()
    : d(std::make_unique<Private>())
{}

TabularReader::~TabularReader() = default;

TabularLayout TabularReader::layout() const
{
    return d->layout;
}

const QList<TabularProblem>& TabularReader::fileProblems() const
{
    return d->fileProblems;
}

const std::optional<Error>& TabularReader::error() const
{
    return d->error;
}

qint64 TabularReader::bytesRead() const
{
    return d->source ? d->source->bytesRead() : 0;
}

Status TabularReader::open(const QString& path, const ColumnMapping& mapping, const XlsxLimits& limits)
{
    d = std::make_unique<Private>();
    d->fileName = QFileInfo(path).fileName();
    d->mapping = mapping;
    d->options = mapping.values;
    d->invoiceColumnsByIndex.resize(templateInvoiceColumnCount());
    for (const TemplateColumn& c : templateColumns()) {
        if (c.invoiceIndex >= 0) {
            d->invoiceColumnsByIndex[c.invoiceIndex] = &c;
        }
    }
    d->group.fieldValues.resize(templateInvoiceColumnCount());
    if (!QFileInfo(path).isFile()) {
        return d->fail(
            ErrorCode::Io, QCoreApplication::translate("irndesk::io", "%1: the file does not exist").arg(d->fileName));
    }
    switch (detectTabularFormat(path)) {
    case TabularFormat::Xls:
        return d->fail(ErrorCode::Unsupported,
            QCoreApplication::translate("irndesk::io",
                "%1: the old Excel format (.xls) is not read; save the file as an Excel workbook (.xlsx) or as CSV "
                "UTF-8")
                .arg(d->fileName));
    case TabularFormat::Xlsx:
        return d->openXlsx(path, limits);
    case TabularFormat::Csv:
        break;
    }
    return d->openCsv(path);
}

Status TabularReader::Private::openCsv(const QString& path)
{
    if (!mapping.invoicesSheet.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("irndesk::io",
                "%1: a CSV file has one sheet, but the mapping %2 names two (\"sheets\"); use an XLSX workbook or "
                "a mapping without \"sheets\"")
                .arg(fileName, mapping.fileName));
    }
    Result<std::unique_ptr<TableCsv>> csv = TableCsv::open(path, mapping.csvDelimiter);
    if (!csv) {
        error = csv.error();
        return *error;
    }
    source = std::move(csv).value();
    TableRow header;
    if (Status s = readHeaderRow(*source, header); !s) {
        return s;
    }
    if (Status s = bind(header, QString(), false, binding); !s) {
        return s;
    }
    checkMappedColumns();
    return Ok{};
}

Status TabularReader::Private::openXlsx(const QString& path, const XlsxLimits& limits)
{
    Result<std::unique_ptr<TableXlsx>> opened = TableXlsx::open(path, limits);
    if (!opened) {
        error = opened.error();
        return *error;
    }
    book = std::move(opened).value();
    options.date1904 = book->uses1904Dates();

    QString invoicesName = mapping.invoicesSheet;
    QString linesName = mapping.linesSheet;
    if (invoicesName.isEmpty() && mapping.sheet.isEmpty()) {
        // Our template's two-sheet layout is recognised by its sheet names.
        const QStringList names = book->sheetNames();
        QString invoices;
        QString lines;
        for (const QString& n : names) {
            if (n.trimmed().compare(QLatin1StringView("Invoices"), Qt::CaseInsensitive) == 0) {
                invoices = n;
            } else if (n.trimmed().compare(QLatin1StringView("Lines"), Qt::CaseInsensitive) == 0) {
                lines = n;
            }
        }
        if (!invoices.isEmpty() && !lines.isEmpty()) {
            invoicesName = invoices;
            linesName = lines;
        }
    }

    if (!invoicesName.isEmpty()) {
        layout = TabularLayout::InvoicesAndLines;
        Result<std::unique_ptr<TableSource>> sheet = book->sheet(invoicesName);
        if (!sheet) {
            error = sheet.error();
            return *error;
        }
        TableSource& invoices = *sheet.value();
        TableRow header;
        if (Status s = readHeaderRow(invoices, header); !s) {
            return s;
        }
        if (Status s = bind(header, invoices.sheetName(), true, headerBinding); !s) {
            return s;
        }
        TableRow row;
        while (invoices.next(row)) {
            if (row.isBlank()) {
                continue;
            }
            HeaderEntry entry;
            entry.key = keyOf(row, headerBinding);
            entry.row = row;
            if (entry.key.complete) {
                const auto it = headerIndex.constFind(entry.key.folded);
                if (it != headerIndex.constEnd()) {
                    headers[*it].duplicateRows.append(row.number);
                    entry.used = true; // reported with the first row of the invoice
                } else {
                    headerIndex.insert(entry.key.folded, headers.size());
                }
            }
            headers.append(std::move(entry));
        }
        if (invoices.error()) {
            error = *invoices.error();
            return *error;
        }
    } else {
        layout = TabularLayout::OneSheet;
    }

    Result<std::unique_ptr<TableSource>> sheet = layout == TabularLayout::InvoicesAndLines
        ? book->sheet(linesName)
        : (mapping.sheet.isEmpty() ? book->sheet(0) : book->sheet(mapping.sheet));
    if (!sheet) {
        error = sheet.error();
        return *error;
    }
    source = std::move(sheet).value();
    TableRow header;
    if (Status s = readHeaderRow(*source, header); !s) {
        return s;
    }
    if (Status s = bind(header, source->sheetName(), false, binding); !s) {
        return s;
    }
    checkMappedColumns();
    return Ok{};
}

Status TabularReader::Private::readHeaderRow(TableSource& from, TableRow& header)
{
    const QString where = from.sheetName().isEmpty()
        ? fileName
        : QCoreApplication::translate("irndesk::io", "%1, sheet %2").arg(fileName, from.sheetName());
    while (from.next(header)) {
        if (mapping.headerRow > 0) {
            if (header.number < mapping.headerRow) {
                continue;
            }
            if (header.number > mapping.headerRow || header.isBlank()) {
                return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "irndesk::io", "%1: row %2, which the mapping %3 names as the header row, is empty")
                        .arg(where)
                        .arg(mapping.headerRow)
                        .arg(mapping.fileName));
            }
            return Ok{};
        }
        if (!header.isBlank()) {
            return Ok{};
        }
    }
    if (from.error()) {
        error = *from.error();
        return *error;
    }
    return fail(ErrorCode::InvalidArgument,
        QCoreApplication::translate("irndesk::io", "%1: empty: there is no header row with the column names")
            .arg(where));
}

Status TabularReader::Private::bind(const TableRow& header, const QString& sheet, bool invoicesSheet, Binding& out)
{
    out.sheet = sheet;
    const QString where =
        sheet.isEmpty() ? fileName : QCoreApplication::translate("irndesk::io", "%1, sheet %2").arg(fileName, sheet);
    QMultiHash<QString, const MappedField*> byHeader;
    QSet<const TemplateColumn*> mappedTargets;
    for (const MappedField& f : std::as_const(mapping.fields)) {
        if (!f.column.isEmpty()) {
            byHeader.insert(f.column.toLower(), &f);
            mappedTargets.insert(f.target);
        }
    }
    QHash<const TemplateColumn*, int> boundAt; // template column -> cell index
    QStringList unknown;
    QStringList mappedElsewhere;
    QStringList misplaced;
    for (int i = 0; i < header.cells.size(); ++i) {
        const QString text = header.cells[i].text.trimmed();
        if (text.isEmpty()) {
            continue; // a column without a header is not read
        }
        QList<const TemplateColumn*> targets;
        const QList<const MappedField*> mapped = byHeader.values(text.toLower());
        for (auto it = mapped.crbegin(); it != mapped.crend(); ++it) { // values() is newest first
            targets.append((*it)->target);
        }
        const QString label = columnLetters(i) + QStringLiteral(" \"") + text + u'"';
        if (targets.isEmpty()) {
            const TemplateColumn* spec = findTemplateColumn(text);
            if (spec != nullptr && mappedTargets.contains(spec)) {
                mappedElsewhere.append(label);
                continue;
            }
            if (spec != nullptr) {
                targets.append(spec);
            }
        }
        if (targets.isEmpty()) {
            unknown.append(label);
            continue;
        }
        for (const TemplateColumn* spec : std::as_const(targets)) {
            if (invoicesSheet && spec->level == TemplateLevel::Line) {
                misplaced.append(label);
                continue;
            }
            const auto previous = boundAt.constFind(spec);
            if (previous != boundAt.constEnd()) {
                return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("irndesk::io", "%1: columns %2 \"%3\" and %4 both give %5; keep one")
                        .arg(where,
                            columnLetters(*previous),
                            header.cells[*previous].text.trimmed(),
                            label,
                            spec->name));
            }
            boundAt.insert(spec, i);
            BoundColumn column;
            column.spec = spec;
            column.source = i;
            column.header = text;
            (spec->level == TemplateLevel::Line ? out.lineColumns : out.invoiceColumns).append(column);
        }
    }
    if (!unknown.isEmpty()) {
        TabularProblem p;
        p.severity = TabularProblem::Severity::Warning;
        p.sheet = sheet;
        p.message = QCoreApplication::translate(
            "irndesk::io", "these columns are not in the import template, and are not read: %1")
                        .arg(unknown.join(QStringLiteral(", ")));
        fileProblems.append(p);
    }
    if (!mappedElsewhere.isEmpty()) {
        TabularProblem p;
        p.severity = TabularProblem::Severity::Warning;
        p.sheet = sheet;
        p.message = QCoreApplication::translate("irndesk::io",
            "these columns are not read, because the mapping %1 takes their fields from other columns: %2")
                        .arg(mapping.fileName, mappedElsewhere.join(QStringLiteral(", ")));
        fileProblems.append(p);
    }
    if (!misplaced.isEmpty()) {
        TabularProblem p;
        p.severity = TabularProblem::Severity::Warning;
        p.sheet = sheet;
        p.message = QCoreApplication::translate("irndesk::io",
            "these line item columns are not read from the invoices sheet; put them in the lines sheet: %1")
                        .arg(misplaced.join(QStringLiteral(", ")));
        fileProblems.append(p);
    }
    return finishBinding(out, invoicesSheet);
}

Status TabularReader::Private::finishBinding(Binding& out, bool invoicesSheet)
{
    // The mapping's constants: for blank cells of a mapped column, or for every row when the
    // file has no such column.
    for (const MappedField& f : std::as_const(mapping.fields)) {
        if (!f.value) {
            continue;
        }
        if (invoicesSheet && f.target->level == TemplateLevel::Line) {
            continue;
        }
        TemplateValue value;
        const QString problem =
            parseTemplateValue(*f.target, QStringView(*f.value).trimmed(), CellType::Text, options, value);
        Q_ASSERT(problem.isEmpty()); // checked when the mapping was read
        QList<BoundColumn>& list = f.target->level == TemplateLevel::Line ? out.lineColumns : out.invoiceColumns;
        BoundColumn* column = nullptr;
        for (BoundColumn& c : list) {
            if (c.spec == f.target) {
                column = &c;
            }
        }
        if (column == nullptr) {
            list.append(BoundColumn{ f.target, -1, QString(), {}, {} });
            column = &list.last();
        }
        column->constant = value;
        column->constantText = f.value->trimmed();
        if (f.target->level == TemplateLevel::Invoice) {
            bool known = false;
            for (const auto& c : std::as_const(invoiceConstants)) {
                known = known || c.first == f.target;
            }
            if (!known) {
                invoiceConstants.append({ f.target, value });
            }
        }
    }
    QStringList missing;
    for (int k = 0; k < 3; ++k) {
        for (int i = 0; i < out.invoiceColumns.size(); ++i) {
            if (out.invoiceColumns[i].spec->name == QLatin1StringView(kKeyNames[k])) {
                out.keyColumns[k] = i;
            }
        }
        if (out.keyColumns[k] < 0) {
            missing.append(QLatin1StringView(kKeyNames[k]));
        }
    }
    if (!missing.isEmpty()) {
        const QString where = out.sheet.isEmpty()
            ? fileName
            : QCoreApplication::translate("irndesk::io", "%1, sheet %2").arg(fileName, out.sheet);
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("irndesk::io",
                "%1: no column %2; every row needs SellerDtls.Gstin, DocDtls.Typ and DocDtls.No to tell which "
                "invoice it belongs to (a mapping file can give a constant instead)")
                .arg(where, missing.join(QStringLiteral(", "))));
    }
    return Ok{};
}

void TabularReader::Private::checkMappedColumns()
{
    for (const MappedField& f : std::as_const(mapping.fields)) {
        if (f.column.isEmpty() || f.value) {
            continue;
        }
        bool found = false;
        for (const Binding* b : { &binding, &headerBinding }) {
            for (const QList<BoundColumn>* list : { &b->invoiceColumns, &b->lineColumns }) {
                for (const BoundColumn& c : *list) {
                    found = found || (c.spec == f.target && c.source >= 0);
                }
            }
        }
        if (!found) {
            TabularProblem p;
            p.severity = TabularProblem::Severity::Warning;
            p.field = f.target->name;
            p.message = QCoreApplication::translate(
                "irndesk::io", "the mapping %1 takes this field from the column \"%2\", which the file does not have")
                            .arg(mapping.fileName, f.column);
            fileProblems.append(p);
        }
    }
}

Key TabularReader::Private::keyOf(const TableRow& row, const Binding& b) const
{
    Key key;
    key.complete = true;
    for (int k = 0; k < 3; ++k) {
        const BoundColumn& column = b.invoiceColumns[b.keyColumns[k]];
        QStringView text;
        CellType type = CellType::Text;
        if (column.source >= 0 && column.source < row.cells.size()) {
            text = QStringView(row.cells[column.source].text).trimmed();
            type = row.cells[column.source].type;
        }
        if (text.isEmpty()) {
            if (column.constant) {
                key.parts[k] = column.constant->text;
            }
        } else {
            TemplateValue value;
            if (parseTemplateValue(*column.spec, text, type, options, value).isEmpty()) {
                key.parts[k] = value.text;
            } else {
                key.parts[k] = text.toString();
            }
        }
        if (key.parts[k].isEmpty()) {
            key.complete = false;
        }
    }
    if (key.complete) {
        key.folded.reserve(key.parts[0].size() + key.parts[1].size() + key.parts[2].size() + 2);
        for (int k = 0; k < 3; ++k) {
            if (k > 0) {
                key.folded += QChar(0x1F);
            }
            key.folded += key.parts[k].toUpper();
        }
    }
    return key;
}

void TabularReader::Private::problem(const TableRow& row,
    const Binding& b,
    const BoundColumn* column,
    QStringView value,
    const QString& message,
    TabularProblem::Severity severity)
{
    TabularProblem p;
    p.severity = severity;
    p.sheet = b.sheet;
    p.row = row.number;
    p.line = row.line;
    if (column != nullptr) {
        p.columnIndex = column->source;
        p.column = column->header;
        p.field = column->spec->name;
    }
    if (!value.isNull()) {
        p.value = value.toString();
    }
    p.message = message;
    if (p.isError()) {
        group.hasError = true;
    }
    group.problems.append(std::move(p));
}

void TabularReader::Private::start(const Key& key, const TableRow& row)
{
    Group& g = group;
    g.active = true;
    g.key = key;
    g.firstRow = row.number;
    g.lastRow = row.number;
    g.headerRow = 0;
    if (!key.complete) {
        QStringList blank;
        for (int k = 0; k < 3; ++k) {
            if (key.parts[k].isEmpty()) {
                blank.append(QLatin1StringView(kKeyNames[k]));
            }
        }
        problem(row,
            binding,
            nullptr,
            {},
            QCoreApplication::translate("irndesk::io",
                "%1 is blank; every row needs SellerDtls.Gstin, DocDtls.Typ and DocDtls.No to tell which invoice it "
                "belongs to")
                .arg(blank.join(QStringLiteral(", "))));
        return;
    }
    const Digest digest = digestOf(key.folded);
    const auto earlier = seen.constFind(digest);
    if (earlier != seen.constEnd()) {
        problem(row,
            binding,
            nullptr,
            {},
            QCoreApplication::translate("irndesk::io",
                "invoice %1 also has %2, above; the rows of one invoice must be next to each other (sort the "
                "sheet by invoice). These rows are not imported, and the invoice was read from %2 alone")
                .arg(describeKey(key), rowSpan(earlier->first, earlier->last)));
    }
    if (layout == TabularLayout::InvoicesAndLines) {
        const auto it = headerIndex.constFind(key.folded);
        if (it == headerIndex.constEnd()) {
            problem(row,
                binding,
                nullptr,
                {},
                QCoreApplication::translate("irndesk::io", "invoice %1 has no row in sheet %2")
                    .arg(describeKey(key), headerBinding.sheet));
        } else {
            HeaderEntry& entry = headers[*it];
            g.headerRow = entry.row.number;
            if (!entry.used) {
                entry.used = true;
                if (!entry.duplicateRows.isEmpty()) {
                    QStringList rows{ QString::number(entry.row.number) };
                    for (int r : std::as_const(entry.duplicateRows)) {
                        rows.append(QString::number(r));
                    }
                    problem(entry.row,
                        headerBinding,
                        nullptr,
                        {},
                        QCoreApplication::translate(
                            "irndesk::io", "invoice %1 has more than one row in this sheet: rows %2")
                            .arg(describeKey(key), rows.join(QStringLiteral(", "))));
                }
                addRow(entry.row, headerBinding, false);
            }
        }
    }
}

void TabularReader::Private::invoiceCell(
    const TableRow& row, const Binding& b, const BoundColumn& column, QStringView text, CellType type)
{
    Slot& slot = group.fieldValues[column.spec->invoiceIndex];
    if (slot.set && (slot.raw == text || isKey(column.spec))) {
        return; // repeated as it should be (the key matched already, letter case aside)
    }
    TemplateValue value;
    const QString problemText = parseTemplateValue(*column.spec, text, type, options, value);
    if (!problemText.isEmpty()) {
        problem(row, b, &column, text, problemText);
        return;
    }
    if (!slot.set) {
        slot.set = true;
        slot.raw = text.toString();
        slot.value = std::move(value);
        slot.row = row.number;
        slot.sheet = b.sheet;
        group.touched.append(column.spec->invoiceIndex);
        return;
    }
    if (slot.value.text == value.text) {
        return; // the same value written another way
    }
    const QString other = slot.sheet == b.sheet
        ? QCoreApplication::translate("irndesk::io", "row %1").arg(slot.row)
        : QCoreApplication::translate("irndesk::io", "row %1 of sheet %2").arg(slot.row).arg(slot.sheet);
    problem(row,
        b,
        &column,
        text,
        QCoreApplication::translate("irndesk::io",
            "differs from \"%1\" on %2 of the same invoice; an invoice's columns must be the same on all its rows")
            .arg(slot.raw, other));
}

void TabularReader::Private::addRow(const TableRow& row, const Binding& b, bool isLine)
{
    if (isLine) {
        group.lastRow = row.number;
    }
    for (const BoundColumn& column : b.invoiceColumns) {
        if (column.source < 0 || column.source >= row.cells.size()) {
            continue;
        }
        const TableCell& cell = row.cells[column.source];
        const QStringView text = QStringView(cell.text).trimmed();
        if (!text.isEmpty()) {
            invoiceCell(row, b, column, text, cell.type);
        }
    }
    if (!isLine) {
        return;
    }
    Item item;
    bool hasValue = false;
    for (const BoundColumn& column : b.lineColumns) {
        QStringView text;
        CellType type = CellType::Text;
        if (column.source >= 0 && column.source < row.cells.size()) {
            text = QStringView(row.cells[column.source].text).trimmed();
            type = row.cells[column.source].type;
        }
        if (text.isEmpty()) {
            if (column.constant) {
                column.spec->setItem(item, *column.constant);
            }
            continue;
        }
        hasValue = true;
        TemplateValue value;
        const QString problemText = parseTemplateValue(*column.spec, text, type, options, value);
        if (!problemText.isEmpty()) {
            problem(row, b, &column, text, problemText);
            continue;
        }
        column.spec->setItem(item, value);
    }
    // A row with no line value (only the invoice's columns) adds no line.
    if (hasValue) {
        group.items.append(std::move(item));
    }
}

QString TabularReader::Private::sourceText(int headerRow, int first, int last) const
{
    if (layout == TabularLayout::InvoicesAndLines) {
        if (first == 0) {
            return QCoreApplication::translate("irndesk::io", "%1, sheet %2, row %3")
                .arg(fileName, headerBinding.sheet)
                .arg(headerRow);
        }
        if (headerRow > 0) {
            return QCoreApplication::translate("irndesk::io", "%1, sheet %2, row %3; sheet %4, %5")
                .arg(fileName, headerBinding.sheet)
                .arg(headerRow)
                .arg(binding.sheet, rowSpan(first, last));
        }
    }
    if (binding.sheet.isEmpty()) {
        return QCoreApplication::translate("irndesk::io", "%1, %2").arg(fileName, rowSpan(first, last));
    }
    return QCoreApplication::translate("irndesk::io", "%1, sheet %2, %3")
        .arg(fileName, binding.sheet, rowSpan(first, last));
}

void TabularReader::Private::finish(TabularRecord& record)
{
    Group& g = group;
    record.source = sourceText(g.headerRow, g.firstRow, g.lastRow);
    record.sheet = binding.sheet;
    record.firstRow = g.firstRow;
    record.lastRow = g.lastRow;
    record.headerRow = g.headerRow;
    record.sellerGstin = g.key.parts[0];
    record.docType = g.key.parts[1];
    record.docNo = g.key.parts[2];
    record.problems = std::move(g.problems);
    record.invoice.reset();
    if (g.key.complete) {
        Span& span = seen[digestOf(g.key.folded)];
        if (span.first == 0) {
            span = Span{ g.firstRow, g.lastRow };
        }
    }
    if (!g.hasError) {
        Invoice invoice;
        for (int index : std::as_const(g.touched)) {
            invoiceColumnsByIndex[index]->setInvoice(invoice, g.fieldValues[index].value);
        }
        for (const auto& [column, value] : std::as_const(invoiceConstants)) {
            if (!g.fieldValues[column->invoiceIndex].set) {
                column->setInvoice(invoice, value);
            }
        }
        invoice.itemList = std::move(g.items);
        if (!invoice.version) {
            invoice.version = QStringLiteral("1.1");
        }
        if (!invoice.tranDtls.taxSch) {
            invoice.tranDtls.taxSch = QStringLiteral("GST");
        }
        bool numbered = false;
        for (const Item& item : std::as_const(invoice.itemList)) {
            numbered = numbered || item.slNo.has_value();
        }
        if (!numbered) {
            for (qsizetype i = 0; i < invoice.itemList.size(); ++i) {
                invoice.itemList[i].slNo = QString::number(i + 1);
            }
        }
        record.invoice = std::move(invoice);
    }
    for (int index : std::as_const(g.touched)) {
        g.fieldValues[index].set = false;
    }
    g.touched.clear();
    g.items.clear();
    g.problems.clear();
    g.hasError = false;
    g.active = false;
}

bool TabularReader::Private::nextUnusedHeader(TabularRecord& record)
{
    while (nextUnused < headers.size()) {
        HeaderEntry& entry = headers[nextUnused++];
        if (entry.used) {
            continue;
        }
        entry.used = true;
        group.active = true;
        group.key = entry.key;
        group.firstRow = 0;
        group.lastRow = 0;
        group.headerRow = entry.row.number;
        if (entry.key.complete) {
            problem(entry.row,
                headerBinding,
                nullptr,
                {},
                QCoreApplication::translate("irndesk::io", "invoice %1 has no lines in sheet %2")
                    .arg(describeKey(entry.key), binding.sheet));
        } else {
            QStringList blank;
            for (int k = 0; k < 3; ++k) {
                if (entry.key.parts[k].isEmpty()) {
                    blank.append(QLatin1StringView(kKeyNames[k]));
                }
            }
            problem(entry.row,
                headerBinding,
                nullptr,
                {},
                QCoreApplication::translate("irndesk::io",
                    "%1 is blank; every row needs SellerDtls.Gstin, DocDtls.Typ and DocDtls.No to tell which "
                    "invoice it is")
                    .arg(blank.join(QStringLiteral(", "))));
        }
        finish(record);
        return true;
    }
    return false;
}

bool TabularReader::next(TabularRecord& record)
{
    Private& p = *d;
    if (p.error || !p.source) {
        return false;
    }
    for (;;) {
        if (!p.haveRow && !p.ended) {
            if (!p.source->next(p.row)) {
                p.ended = true;
                if (p.source->error()) {
                    // The invoice being read may lack rows: it is not given.
                    p.error = *p.source->error();
                    return false;
                }
            } else if (p.row.isBlank()) {
                continue;
            } else {
                p.haveRow = true;
            }
        }
        if (!p.haveRow) {
            if (p.group.active) {
                p.finish(record);
                return true;
            }
            return p.layout == TabularLayout::InvoicesAndLines && p.nextUnusedHeader(record);
        }
        const Key key = p.keyOf(p.row, p.binding);
        if (p.group.active) {
            if (key.complete && p.group.key.complete && key.folded == p.group.key.folded) {
                p.addRow(p.row, p.binding, true);
                p.haveRow = false;
                continue;
            }
            p.finish(record); // the row starts the next invoice, on the next call
            return true;
        }
        p.start(key, p.row);
        p.addRow(p.row, p.binding, true);
        p.haveRow = false;
        if (!key.complete) {
            p.finish(record);
            return true;
        }
    }
}

Status readTabularFile(const QString& path,
    const ColumnMapping& mapping,
    const std::function<void(TabularRecord&)>& sink,
    QList<TabularProblem>* fileProblems)
{
    TabularReader reader;
    const Status opened = reader.open(path, mapping);
    if (fileProblems != nullptr) {
        *fileProblems = reader.fileProblems();
    }
    if (!opened) {
        return opened;
    }
    TabularRecord record;
    while (reader.next(record)) {
        sink(record);
    }
    if (reader.error()) {
        return *reader.error();
    }
    return Ok{};
}

} // namespace irndesk::io
