// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace irndesk::ui {

/// A list of recently used files kept in QSettings: the stores opened, or the files imported.
/// Newest first, each file once (by its absolute path), at most kMax. A file that is gone stays
/// in the list (a store on a drive not plugged in comes back); the menus show it disabled.
class RecentFiles
{
public:
    enum class Kind
    {
        Stores,
        Imports,
    };
    static constexpr int kMax = 8;

    explicit RecentFiles(Kind kind);

    QStringList files() const;
    /// Puts `path` first (moved there if it was listed already).
    void add(const QString& path);
    /// Adds `paths` so that the first of them ends up first.
    void add(const QStringList& paths);
    void remove(const QString& path);
    void clear();

private:
    void save(const QStringList& files) const;

    QString m_key;
};

} // namespace irndesk::ui
