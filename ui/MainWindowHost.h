// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace irndesk::ui {

class AppContext;
class MainWindow;

/// Keeps the main window of the app and builds it again when the language changes, so that
/// every text in it is in the new language (Qt widgets do not retranslate themselves). The
/// window's geometry and page carry over through its settings.
class MainWindowHost : public QObject
{
    Q_OBJECT

public:
    explicit MainWindowHost(AppContext& context, QObject* parent = nullptr);
    ~MainWindowHost() override;

    MainWindow* window() const { return m_window.get(); }
    /// Builds and shows the window.
    void show();
    /// Brings the window to the front and imports `files` (absolute paths) into the current
    /// workspace: what a later start on the same store asks (SingleInstance).
    void activate(const QStringList& files);

signals:
    /// A new window replaced the old one (after a change of language).
    void windowReplaced(irndesk::ui::MainWindow* window);

private:
    void rebuild();

    AppContext& m_context;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace irndesk::ui
