// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/irp/IrpClient.h"
#include "core/rules/Finding.h"
#include "core/rules/RuleContext.h"
#include "core/store/Store.h"
#include "ui/Theme.h"

#include <QObject>

#include <memory>
#include <optional>

namespace irndesk::ui {

class LocalSandbox;

/// What every page and window of the app shares: the open store, the workspace the user works
/// in, the masters and the rule context, and the signals that keep the pages in step.
///
/// One object per app, created by main() (and by each GUI test), owned by the caller and living
/// longer than every window. Everything runs on the GUI thread; work off it (bulk import, export,
/// validation) opens a Store of its own on storePath().
class AppContext : public QObject
{
    Q_OBJECT

public:
    explicit AppContext(QObject* parent = nullptr);
    ~AppContext() override;

    /// Opens the store at `path` (creating it), replacing the one open. On failure the one open
    /// stays open and the error says why.
    Status openStore(const QString& path);
    /// The user's choice of another store (File › Open store, Settings, a restore): openStore(),
    /// and on success remembered as the store the next start opens, and every window told that
    /// workspaces, invoices, parties and products changed.
    Status switchStore(const QString& path);
    /// The store the user last switched to, "" when none: what main() opens without --store.
    static QString rememberedStorePath();
    /// Null until openStore() succeeds.
    store::Store* store() const { return m_store.get(); }
    QString storePath() const;

    /// The workspace the user works in, if any.
    std::optional<qint64> workspaceId() const { return m_workspaceId; }
    std::optional<store::Workspace> workspace() const;
    /// Switches to `id` (remembered as the last workspace), or to none with std::nullopt.
    void setWorkspace(std::optional<qint64> id);

    /// The rule context for today and the current workspace (AATO band, sandbox setting).
    RuleContext ruleContext() const;
    /// Checks `invoice` with ruleContext().
    Findings validate(const Invoice& invoice) const;
    /// Whether the checks are those of NIC's sandbox (its test GSTINs only warn). Saved.
    bool sandboxMode() const { return m_sandbox; }
    void setSandboxMode(bool sandbox);

    /// Whether the editor rounds a new invoice's total to the rupee (RndOffAmt). Saved.
    bool roundToRupee() const { return m_roundToRupee; }
    void setRoundToRupee(bool round);

    /// A language the UI speaks: its code ("en", "hi", "ta", "mr") and its name in itself.
    struct Language
    {
        QString code;
        QString name;
    };
    /// English, Hindi, Tamil and Marathi, in the order the language choosers list them.
    static const QList<Language>& languages();

    /// The UI language: a code of languages() (saved; empty: the system locale). Installs the
    /// translators and emits languageChanged(); windows rebuild their texts (main() recreates the
    /// main window).
    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    /// Installs the translators of the saved language (or the system locale) without a signal.
    void installSavedLanguage();

    /// Light, dark or the system's (saved); main() hands it to its Theme on appearanceChanged().
    Appearance appearance() const { return m_appearance; }
    void setAppearance(Appearance appearance);

    /// The local sandbox IRP the app starts on demand (kept across windows).
    LocalSandbox& localSandbox();
    /// The connection to an IRP: profile `profile` (secrets read now), or the local sandbox for the
    /// current seller when `profile` is empty or "local-sandbox". The error says what is missing.
    Result<irp::IrpConnection> irpConnection(const QString& profile);
    /// The profile invoice `id` was registered through (from the submission journal), or "".
    QString profileOf(qint64 id);

    /// "Today" for the rules; tests set it to a fixed day.
    QDate today() const;
    void setToday(QDate today) { m_today = today; }

public slots:
    /// Pages call these after they changed the store, so the others refresh.
    void notifyInvoicesChanged() { emit invoicesChanged(); }
    void notifyPartiesChanged() { emit partiesChanged(); }
    void notifyProductsChanged() { emit productsChanged(); }
    void notifyWorkspacesChanged() { emit workspacesChanged(); }

signals:
    void storeOpened();
    void workspaceChanged(std::optional<qint64> id);
    void workspacesChanged();
    void invoicesChanged();
    void partiesChanged();
    void productsChanged();
    void languageChanged();
    void appearanceChanged(irndesk::ui::Appearance appearance);
    /// Any page asks the main window to open an invoice (editor, or the read-only view of a
    /// registered one) or a new one.
    void openInvoiceRequested(qint64 id);
    void newInvoiceRequested(const QString& docType);
    /// Any page asks to submit invoices to an IRP (empty: what the workspace has ready).
    void submitRequested(const QList<qint64>& ids);

private:
    void installTranslators(const QString& language);

    std::unique_ptr<store::Store> m_store;
    std::optional<qint64> m_workspaceId;
    bool m_sandbox = false;
    bool m_roundToRupee = true;
    QString m_language;
    Appearance m_appearance = Appearance::System;
    QDate m_today;
    struct Translators;
    std::unique_ptr<Translators> m_translators;
    std::unique_ptr<LocalSandbox> m_localSandbox;
};

} // namespace irndesk::ui
