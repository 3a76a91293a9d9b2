// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace fieldcase::core {

// What went wrong, for code to decide on. The UI branches on this, never on message text.
enum class ErrorCode {
    InvalidInput, // the user's or the file's data is wrong; nothing was written
    NotFound,     // a record, file or key that should exist does not
    Conflict,     // the operation clashes with stored state (a deleted record, a frozen record)
    Storage,      // SQLite reported an error
    Io,           // a file could not be read or written
    Format,       // a file is not in a format this version understands
    Security,     // a signature, key or permission check failed
    Unsupported,  // a newer schema or file format than this build knows
    Cancelled,    // the user stopped the operation
};

// An error with a translated message for the user and a technical detail for logs.
struct Error {
    ErrorCode code = ErrorCode::InvalidInput;
    QString message; // translated, says what is wrong and what to do
    QString detail;  // untranslated technical detail (SQL error, offset, ...)
    QString field;   // the field the error is about, when there is one

    // The message and, when present, the detail; what a batch tool prints.
    QString toString() const {
        if (detail.isEmpty()) {
            return message;
        }
        return message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

inline Error makeError(ErrorCode code, const QString& message, const QString& detail = {}, const QString& field = {}) {
    return Error{code, message, detail, field};
}

// A value or an error. Core functions return this; no exception crosses into ui or a slot.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value)) {}
    Result(Error error)
        : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace fieldcase::core
