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

} // namespace irndesk::ui::editor
