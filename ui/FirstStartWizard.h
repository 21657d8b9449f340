// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Store.h"

#include <QWizard>

class QWidget;

namespace irndesk::ui {

class AppContext;

/// Whether the guided setup should open by itself: a store is open, it has no workspace (a fresh
/// store has none), and the setup was never finished or cancelled (a QSettings flag).
bool needsFirstStart(const AppContext& context);
/// Opens the guided setup, modal, and returns when the user finished or cancelled it. Either way
/// needsFirstStart() is false afterwards. The wizard is a window of its own placed over `parent`
/// (not its child): a change of language rebuilds the main window while the wizard stays open.
void runFirstStart(AppContext& context, QWidget* parent);

class FirstStartWizard;
/// The same without waiting, for a menu action (Help > Guided setup): the wizard opens
/// application-modal over `parent` and deletes itself when closed. No frame of the main window
/// is on the stack while it is open, so a change of language may rebuild that window safely.
FirstStartWizard* openFirstStart(AppContext& context, QWidget* parent);

class WelcomePage;
class SellerPage;
class AatoPage;
class IrpPage;
class FinishPage;

/// The guided setup of the first start: the language, the seller (GSTIN checked as typed, which
/// fills the state and tells the PAN), the turnover band (whether e-invoicing applies and the
/// 30-day limit), an optional IRP profile, and an optional demo workspace.
///
/// Finish saves the seller profile: it updates the workspace that has the GSTIN, else creates
/// one, and makes it the current workspace; then adds the demo workspace when asked. Finish or
/// Cancel, the wizard does not open by itself again (Help > Guided setup opens it).
class FirstStartWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        Welcome,
        Seller,
        Aato,
        Irp,
        Finish
    };
    /// The bands of the aggregate annual turnover.
    enum class Band
    {
        None,
        Below5Crore,
        Below10Crore,
        From10Crore
    };

    explicit FirstStartWizard(AppContext& context, QWidget* parent = nullptr);
    ~FirstStartWizard() override;

    AppContext& context() const { return m_context; }
    /// The seller profile as entered so far (AATO band included).
    store::SellerProfile profile() const;
    Band band() const;
    /// The workspace saved by Finish (0 before).
    qint64 workspaceId() const { return m_workspaceId; }

    void accept() override;
    void done(int result) override;

    /// Marks the setup as seen: needsFirstStart() says false from now on.
    static void markDone();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    AppContext& m_context;
    WelcomePage* m_welcome = nullptr;
    SellerPage* m_seller = nullptr;
    AatoPage* m_aato = nullptr;
    IrpPage* m_irp = nullptr;
    FinishPage* m_finish = nullptr;
    qint64 m_workspaceId = 0;
};

} // namespace irndesk::ui
