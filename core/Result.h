// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace irndesk {

enum class ErrorCode {
    InvalidArgument,
    Io,
    Syntax,
    TooLarge,
    Unsupported,
    Busy, ///< the store is locked by another program for longer than the busy timeout
    Conflict, ///< the data clashes with what is stored (a used document number, a status move)
    NotFound,
    Corrupt, ///< a store or file failed its integrity check
};

/// A failure a user can act on: `message` is translated and says what is wrong and where.
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
    QString detail;
};

/// A value or an Error. GCC 12 has no std::expected in C++20 mode.
template <class T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit by design, like std::expected
        : m_data(std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::move(error))
    {
    }
    explicit operator bool() const { return std::holds_alternative<T>(m_data); }
    bool hasValue() const { return std::holds_alternative<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that returns nothing.
struct Ok
{
};
using Status = Result<Ok>;

} // namespace irndesk
