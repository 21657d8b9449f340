// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableSource.h"
#include "core/model/Invoice.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

/// The columns of IRN Desk's CSV/XLSX import template, and how a cell becomes a field value.
///
/// A column's header is the INV-01 JSON path of its field without list indices
/// ("DocDtls.No", "ItemList.Qty", "ItemList.BchDtls.Nm"). The list is derived from the model's
/// fields() lists, so it cannot drift from the schema. Lists other than ItemList (PrecDocDtls,
/// ContrDtls, AddlDocDtls, AttribDtls) get columns for their first entry only. Invoice.Irn has
/// no column: the IRP computes it. See docs/import-template.md.
namespace irndesk::io {

enum class TemplateLevel : quint8
{
    Invoice, ///< one value per invoice, repeated on each of its rows
    Line, ///< one value per line item (ItemList.*)
};

enum class TemplateKind : quint8
{
    Text,
    YesNo, ///< Y or N; also Yes, No, True, False in any letter case
    Date, ///< dd/mm/yyyy after conversion; see parseTemplateValue()
    Decimal, ///< an exact number with at most `scale` decimal places
    Integer, ///< a whole number (Pin, CrDay, Distance)
};

/// A cell's value, converted for its column.
struct TemplateValue
{
    /// Text, YesNo ("Y"/"N") and Date ("dd/mm/yyyy") values; for numbers, their canonical text
    /// ("1180.5"), which is what two cells are compared by.
    QString text;
    qint64 number = 0; ///< Decimal: the value times 10^scale; Integer: the value
};

struct TemplateColumn
{
    QString name; ///< e.g. "ItemList.Qty"
    TemplateLevel level = TemplateLevel::Invoice;
    TemplateKind kind = TemplateKind::Text;
    int scale = 0; ///< decimal places of a Decimal column
    int index = 0; ///< position in templateColumns()
    int invoiceIndex = -1; ///< position among the invoice-level columns; -1 for a line column
    /// Sets the field (creating the sections and first list entries on the way). Only the one of
    /// the column's level is set.
    std::function<void(Invoice&, const TemplateValue&)> setInvoice;
    std::function<void(Item&, const TemplateValue&)> setItem;
    /// The field as cell text (numbers as "1180.5", Integer as "411001"), or nullopt when absent.
    std::function<std::optional<QString>(const Invoice&)> getInvoice;
    std::function<std::optional<QString>(const Item&)> getItem;
};

/// All template columns in schema order.
const QList<TemplateColumn>& templateColumns();
/// How many columns are invoice-level (TemplateColumn::invoiceIndex runs up to this).
int templateInvoiceColumnCount();
/// The column named `name`, letter case and surrounding spaces ignored; nullptr when none.
const TemplateColumn* findTemplateColumn(QStringView name);

/// A date layout such as "dd/mm/yyyy", "d.m.yy", "yyyymmdd" or "dd-mmm-yyyy". Tokens: d or dd
/// (day), m or mm (month), mmm (Jan ... Dec) or mmmm (January ...), yyyy or yy (2000 + yy); any
/// other character must appear as it is. One-letter tokens take one or two digits.
class DateFormat
{
public:
    /// nullopt when `pattern` lacks a day, a month or a year, or repeats one.
    static std::optional<DateFormat> parse(const QString& pattern);
    /// The formats tried when none are given: d/m/yyyy, d-m-yyyy, d.m.yyyy, yyyy-m-d.
    static const QList<DateFormat>& defaults();

    const QString& pattern() const { return m_pattern; }
    /// Matches all of `text` (a time after the date, " 10:30" or "T10:30:00", is allowed and
    /// ignored); the date's numbers go to day, month and year, unchecked for the calendar.
    bool match(QStringView text, int& day, int& month, int& year) const;

private:
    enum class Token : quint8
    {
        Literal,
        Day1,
        Day2,
        Month1,
        Month2,
        MonthShort,
        MonthLong,
        Year2,
        Year4,
    };
    struct Part
    {
        Token token = Token::Literal;
        QChar literal;
    };
    QString m_pattern;
    QList<Part> m_parts;
};

/// How cell text is read, beyond what the template fixes.
struct ValueOptions
{
    QList<DateFormat> dateFormats; ///< empty: DateFormat::defaults()
    /// '.' (thousands may be grouped with ",": 1,23,456.50 or 123,456.50) or ',' (1.234,50).
    QChar decimalSeparator = u'.';
    bool date1904 = false; ///< XLSX serial dates count from 1904
};

/// Reads the (trimmed, non-empty) cell text `text` of type `type` for `column` into `out`.
/// Returns an empty string on success, else what is wrong with it (translated), e.g. "has 4
/// decimal places; ItemList.Qty allows at most 3".
///
/// - Numbers are converted exactly, never through binary floating point. An XLSX number cell is
///   first rounded to the 15 significant digits Excel works with, so a stored 1180.4999999999998
///   reads as 1180.5; exponents ("1.18E3") are expanded exactly. A value with more decimal places
///   than the field has is refused, not rounded.
/// - Dates: the formats of `options`, ISO dates of XLSX date cells, and Excel serial numbers (a
///   number cell, or whole-number text) in the 1900 date system (serial 45658 = 01/01/2025; 60,
///   Excel's 29/02/1900, does not exist) or the 1904 one.
/// - Y/N columns take Y, N, Yes, No, True, False in any letter case, and XLSX booleans.
/// - Text columns take the text as it is; an XLSX number cell gives its exact decimal text.
/// - An XLSX error value (#N/A, #DIV/0! ...) is refused in any column.
QString parseTemplateValue(
    const TemplateColumn& column, QStringView text, CellType type, const ValueOptions& options, TemplateValue& out);

/// The exact decimal text of a number written with an optional sign, digits, a decimal point
/// and an exponent ("1.18E3" -> "1180", "-4.5e-2" -> "-0.045"): no exponent, no leading zeros,
/// no trailing zeros after the point. With `significantDigits` > 0 the value is first rounded
/// half-up to that many significant digits. nullopt when `text` is not such a number or is
/// absurdly large or small (more than 40 digits either side of the point).
std::optional<QByteArray> exactDecimalText(QStringView text, int significantDigits = 0);

} // namespace irndesk::io
