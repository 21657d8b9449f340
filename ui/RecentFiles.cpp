// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

QString normalised(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

RecentFiles::RecentFiles(Kind kind)
    : m_key(kind == Kind::Stores ? u"recent/stores"_s : u"recent/imports"_s)
{
}

QStringList RecentFiles::files() const
{
    QStringList files = QSettings().value(m_key).toStringList();
    files.removeAll(QString());
    files.removeDuplicates();
    return files.mid(0, kMax);
}

void RecentFiles::add(const QString& path)
{
    add(QStringList{ path });
}

void RecentFiles::add(const QStringList& paths)
{
    QStringList files = this->files();
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        if (it->isEmpty()) {
            continue;
        }
        const QString file = normalised(*it);
        files.removeAll(file);
        files.prepend(file);
    }
    save(files.mid(0, kMax));
}

void RecentFiles::remove(const QString& path)
{
    QStringList files = this->files();
    files.removeAll(path);
    files.removeAll(normalised(path));
    save(files);
}

void RecentFiles::clear()
{
    save({});
}

void RecentFiles::save(const QStringList& files) const
{
    QSettings().setValue(m_key, files);
}

} // namespace irndesk::ui
