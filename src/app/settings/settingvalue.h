// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace Elson {

/**
 * One typed setting: its QSettings key and its default (qBittorrent's SettingValue,
 * Tiled's Preference). A stored value that does not convert to T reads as the default.
 */
template<typename T> struct SettingValue
{
    const char *key;
    T defaultValue;

    [[nodiscard]] QString name() const { return QString::fromLatin1(key); }

    [[nodiscard]] T get(const QSettings &settings) const
    {
        QVariant value = settings.value(name());
        if (!value.isValid())
            return defaultValue;
        // INI files hold text: convert, and treat text that is not a T as unset.
        if (value.metaType() != QMetaType::fromType<T>()
            && !value.convert(QMetaType::fromType<T>()))
            return defaultValue;
        return value.value<T>();
    }

    /** Writes @p value; true when it differs from what was stored (or the default). */
    bool set(QSettings &settings, const T &value) const
    {
        const bool changed = get(settings) != value;
        settings.setValue(name(), QVariant::fromValue(value));
        return changed;
    }
};

} // namespace Elson
