// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QtGlobal>

#include <optional>
#include <utility>

namespace Elson {

/**
 * Either a value or an Error (std::expected is C++23). Accessing the value of a
 * failed result is a programming error and aborts, in release builds too.
 */
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}   // NOLINT(google-explicit-constructor)
    Result(Error error) : m_error(std::move(error))  // NOLINT(google-explicit-constructor)
    {
        Q_ASSERT(m_error.isError());
        if (!m_error.isError()) // a "success" error would leave neither value nor error
            m_error.code = Error::Code::Internal;
    }

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { checkValue(); return *m_value; }
    [[nodiscard]] T &value() & { checkValue(); return *m_value; }
    [[nodiscard]] T &&value() && { checkValue(); return std::move(*m_value); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    [[nodiscard]] const Error &error() const { return m_error; }

private:
    // Release builds drop Q_ASSERT; reading the value of an error must still stop loudly,
    // never hand back an empty optional's storage.
    void checkValue() const
    {
        if (!m_value.has_value())
            qFatal("Result::value() called on an error: %s", qPrintable(m_error.toString()));
    }

    std::optional<T> m_value;
    Error m_error;
};

} // namespace Elson
