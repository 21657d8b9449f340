// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Invoice.h"

#include <QString>

#include <functional>
#include <optional>
#include <type_traits>

namespace irndesk::ui::editor {

/// How the editor reads and writes one field of the invoice as text. get() returns std::nullopt
/// for an absent field; set() with an empty text removes the field (and an optional section left
/// with no field at all), and returns false when the text is not a value of the field's type (the
/// invoice is then left as it was).
struct FieldAccess
{
    std::function<std::optional<QString>(const Invoice&)> get;
    std::function<bool(Invoice&, const QString&)> set;
};

inline std::optional<QString> toText(const Text& value)
{
    return value;
}
inline std::optional<QString> toText(const Integer& value)
{
    return value ? std::optional<QString>(QString::number(*value)) : std::nullopt;
}
template <int Scale>
std::optional<QString> toText(const std::optional<Fixed<Scale>>& value)
{
    return value ? std::optional<QString>(value->toString()) : std::nullopt;
}

inline bool fromText(const QString& text, Text& out)
{
    out = text.isEmpty() ? Text() : Text(text);
    return true;
}
inline bool fromText(const QString& text, Integer& out)
{
    if (text.trimmed().isEmpty()) {
        out.reset();
        return true;
    }
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (ok) {
        out = value;
    }
    return ok;
}
template <int Scale>
bool fromText(const QString& text, std::optional<Fixed<Scale>>& out)
{
    if (text.trimmed().isEmpty()) {
        out.reset();
        return true;
    }
    const auto value = Fixed<Scale>::parse(text.trimmed());
    if (value) {
        out = value;
    }
    return value.has_value();
}

/// A field of a section every invoice has (TranDtls, DocDtls, BuyerDtls, ValDtls).
template <class Section, class Value>
FieldAccess fieldOf(Section Invoice::*section, Value Section::*field)
{
    return { [=](const Invoice& invoice) { return toText(invoice.*section.*field); },
             [=](Invoice& invoice, const QString& text) { return fromText(text, invoice.*section.*field); } };
}

/// A field of an optional section (DispDtls, ShipDtls, PayDtls, ExpDtls, EwbDtls): writing creates
/// the section, and a section emptied by the user disappears.
template <class Section, class Value>
FieldAccess fieldOf(std::optional<Section> Invoice::*section, Value Section::*field)
{
    return { [=](const Invoice& invoice) -> std::optional<QString> {
                const auto& s = invoice.*section;
                return s ? toText((*s).*field) : std::nullopt;
            },
             [=](Invoice& invoice, const QString& text) {
                 auto& s = invoice.*section;
                 Section changed = s.value_or(Section{});
                 if (!fromText(text, changed.*field)) {
                     return false;
                 }
                 if (changed == Section{}) {
                     s.reset();
                 } else {
                     s = changed;
                 }
                 return true;
             } };
}

/// A field of the first element of a list in the references (ContrDtls): writing creates the
/// element (and RefDtls); an element left empty is removed. Further elements are kept as they are.
template <class Element, class Value>
FieldAccess firstOf(QList<Element> RefDetails::*list, Value Element::*field)
{
    return { [=](const Invoice& invoice) -> std::optional<QString> {
                if (!invoice.refDtls || ((*invoice.refDtls).*list).isEmpty()) {
                    return std::nullopt;
                }
                return toText(((*invoice.refDtls).*list).first().*field);
            },
             [=](Invoice& invoice, const QString& text) {
                 RefDetails ref = invoice.refDtls.value_or(RefDetails{});
                 QList<Element>& elements = ref.*list;
                 Element element = elements.isEmpty() ? Element{} : elements.first();
                 if (!fromText(text, element.*field)) {
                     return false;
                 }
                 if (elements.isEmpty()) {
                     elements.append(element);
                 } else {
                     elements.first() = element;
                 }
                 if (elements.first() == Element{}) {
                     elements.removeFirst();
                 }
                 invoice.refDtls = ref == RefDetails{} ? std::nullopt : std::optional<RefDetails>(ref);
                 return true;
             } };
}

/// A field of the document period (RefDtls.DocPerdDtls).
inline FieldAccess periodOf(Text DocPeriodDetails::*field)
{
    return { [=](const Invoice& invoice) -> std::optional<QString> {
                if (!invoice.refDtls || !invoice.refDtls->docPerdDtls) {
                    return std::nullopt;
                }
                return (*invoice.refDtls->docPerdDtls).*field;
            },
             [=](Invoice& invoice, const QString& text) {
                 RefDetails ref = invoice.refDtls.value_or(RefDetails{});
                 DocPeriodDetails period = ref.docPerdDtls.value_or(DocPeriodDetails{});
                 fromText(text, period.*field);
                 ref.docPerdDtls = period == DocPeriodDetails{} ? std::nullopt : std::optional<DocPeriodDetails>(period);
                 invoice.refDtls = ref == RefDetails{} ? std::nullopt : std::optional<RefDetails>(ref);
                 return true;
             } };
}

/// A field of the first additional document (AddlDocDtls[0]).
inline FieldAccess additionalDocumentOf(Text AdditionalDocument::*field)
{
    return { [=](const Invoice& invoice) -> std::optional<QString> {
                return invoice.addlDocDtls.isEmpty() ? std::nullopt : invoice.addlDocDtls.first().*field;
            },
             [=](Invoice& invoice, const QString& text) {
                 if (invoice.addlDocDtls.isEmpty()) {
                     invoice.addlDocDtls.append(AdditionalDocument{});
                 }
                 fromText(text, invoice.addlDocDtls.first().*field);
                 if (invoice.addlDocDtls.first() == AdditionalDocument{}) {
                     invoice.addlDocDtls.removeFirst();
                 }
                 return true;
             } };
}

/// A field of the item at `*row` (the line the cursor is on); nothing when there is no such line.
template <class Value>
FieldAccess lineFieldOf(const int* row, Value Item::*field)
{
    return { [=](const Invoice& invoice) -> std::optional<QString> {
                if (*row < 0 || *row >= invoice.itemList.size()) {
                    return std::nullopt;
                }
                return toText(invoice.itemList.at(*row).*field);
            },
             [=](Invoice& invoice, const QString& text) {
                 if (*row < 0 || *row >= invoice.itemList.size()) {
                     return false;
                 }
                 return fromText(text, invoice.itemList[*row].*field);
             } };
}

/// A field of the batch of the item at `*row` (BchDtls).
inline FieldAccess batchFieldOf(const int* row, Text BatchDetails::*field)
{
    return { [=](const Invoice& invoice) -> std::optional<QString> {
                if (*row < 0 || *row >= invoice.itemList.size() || !invoice.itemList.at(*row).bchDtls) {
                    return std::nullopt;
                }
                return (*invoice.itemList.at(*row).bchDtls).*field;
            },
             [=](Invoice& invoice, const QString& text) {
                 if (*row < 0 || *row >= invoice.itemList.size()) {
                     return false;
                 }
                 Item& item = invoice.itemList[*row];
                 BatchDetails batch = item.bchDtls.value_or(BatchDetails{});
                 fromText(text, batch.*field);
                 item.bchDtls = batch == BatchDetails{} ? std::nullopt : std::optional<BatchDetails>(batch);
                 return true;
             } };
}

} // namespace irndesk::ui::editor
