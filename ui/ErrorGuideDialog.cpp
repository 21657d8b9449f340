// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ErrorGuideDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

/// The texts a filter word is looked for in: code, title, meaning and fix.
constexpr int kSearchTextRole = Qt::UserRole + 1;
/// The index of the row's explanation in ErrorGuideDialog::m_explanations.
constexpr int kExplanationRole = Qt::UserRole + 2;

enum Column
{
    CodeColumn,
    TitleColumn,
    ColumnCount,
};

/// Whether `needle` starts a word of `haystack`, ignoring case: "pin" finds "PIN" and "PINs" but
/// not "shipping", "21" finds "2189" but not "1021".
bool containsWordStart(QStringView haystack, QStringView needle)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = haystack.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0) {
            return false;
        }
        if (at == 0 || !haystack.at(at - 1).isLetterOrNumber()) {
            return true;
        }
        from = at + 1;
    }
}

} // namespace

/// Keeps the rows in which every word of the filter starts a word of the code's texts.
class ErrorCodeFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilterWords(const QString& text)
    {
        m_words = text.split(u' ', Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        if (m_words.isEmpty()) {
            return true;
        }
        const QString text = sourceModel()->index(sourceRow, CodeColumn, sourceParent).data(kSearchTextRole).toString();
        for (const QString& word : m_words) {
            if (!containsWordStart(text, word)) {
                return false;
            }
        }
        return true;
    }

private:
    QStringList m_words;
};

ErrorGuideDialog::ErrorGuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_explanations(allExplanations())
{
    setObjectName(u"errorGuideDialog"_s);
    setWindowTitle(tr("IRP error codes"));
    setModal(false);

    auto* filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setObjectName(u"filterLabel"_s);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Code or words, e.g. 2189 or PIN"));
    m_filterEdit->setAccessibleName(tr("Find an error code"));
    m_filterEdit->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filterEdit);
    m_filterEdit->installEventFilter(this);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({ tr("Code"), tr("Title") });
    for (qsizetype i = 0; i < m_explanations.size(); ++i) {
        const ErrorExplanation& explanation = m_explanations.at(i);
        auto* codeItem = new QStandardItem(explanation.code);
        codeItem->setData(static_cast<int>(i), kExplanationRole);
        codeItem->setData(QString(explanation.code + u'\n' + explanation.title + u'\n' + explanation.meaning + u'\n'
                              + explanation.fix),
            kSearchTextRole);
        auto* titleItem = new QStandardItem(
            explanation.obsolete ? tr("%1 (no longer used)").arg(explanation.title) : explanation.title);
        for (QStandardItem* item : { codeItem, titleItem }) {
            item->setEditable(false);
            if (explanation.obsolete) {
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            }
        }
        m_model->appendRow({ codeItem, titleItem });
    }
    m_filterModel = new ErrorCodeFilterModel(this);
    m_filterModel->setSourceModel(m_model);

    m_codeView = new QTableView(this);
    m_codeView->setObjectName(u"codeView"_s);
    m_codeView->setAccessibleName(tr("Error codes"));
    m_codeView->setModel(m_filterModel);
    m_codeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_codeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_codeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_codeView->setTabKeyNavigation(false);
    m_codeView->setShowGrid(false);
    m_codeView->setWordWrap(false);
    m_codeView->verticalHeader()->hide();
    m_codeView->horizontalHeader()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_codeView->horizontalHeader()->setStretchLastSection(true);
    m_codeView->installEventFilter(this);

    m_detailBrowser = new QTextBrowser(this);
    m_detailBrowser->setObjectName(u"detailBrowser"_s);
    m_detailBrowser->setAccessibleName(tr("Explanation"));
    m_detailBrowser->setOpenLinks(false);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"errorGuideSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_codeView);
    splitter->addWidget(m_detailBrowser);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    // Enter in the filter or the list must not close the dialog.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterEdit, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &ErrorGuideDialog::onFilterChanged);
    connect(
        m_codeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ErrorGuideDialog::updateDetail);

    setTabOrder(m_filterEdit, m_codeView);
    setTabOrder(m_codeView, m_detailBrowser);
    resize(860, 520);
    selectRow(0);
    m_filterEdit->setFocus();
}

ErrorGuideDialog::~ErrorGuideDialog() = default;

void ErrorGuideDialog::showCode(const QString& code)
{
    const std::optional<ErrorExplanation> explanation = explainCode(code);
    if (!explanation) {
        m_filterEdit->setText(code.trimmed());
        return;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex sourceIndex = m_model->index(row, CodeColumn);
        if (sourceIndex.data().toString() != explanation->code) {
            continue;
        }
        if (!m_filterModel->mapFromSource(sourceIndex).isValid()) {
            m_filterEdit->clear(); // the filter hid it
        }
        selectRow(m_filterModel->mapFromSource(sourceIndex).row());
        return;
    }
}

QString ErrorGuideDialog::currentCode() const
{
    const QModelIndex current = m_codeView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(CodeColumn).data().toString() : QString();
}

void ErrorGuideDialog::onFilterChanged(const QString& text)
{
    m_filterModel->setFilterWords(text);
    selectRow(0);
}

void ErrorGuideDialog::selectRow(int row)
{
    if (row < 0 || row >= m_filterModel->rowCount()) {
        m_codeView->selectionModel()->clear();
    } else {
        const QModelIndex index = m_filterModel->index(row, CodeColumn);
        m_codeView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_codeView->scrollTo(index);
    }
    // Also when the current row did not change but the filter did (the "no match" text).
    updateDetail();
}

bool ErrorGuideDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* keyEvent = static_cast<QKeyEvent*>(event);
        const int key = keyEvent->key();
        if (watched == m_filterEdit && (key == Qt::Key_Down || key == Qt::Key_PageDown)
            && m_filterModel->rowCount() > 0) {
            m_codeView->setFocus(Qt::OtherFocusReason);
            if (!m_codeView->currentIndex().isValid()) {
                selectRow(0);
            }
            return true;
        }
        if (watched == m_codeView && key == Qt::Key_Up && keyEvent->modifiers() == Qt::NoModifier
            && m_codeView->currentIndex().row() <= 0) {
            // Not a Tab or shortcut reason, which would select the text: the user goes on typing.
            m_filterEdit->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ErrorGuideDialog::updateDetail()
{
    const QModelIndex current = m_codeView->currentIndex();
    if (!current.isValid()) {
        const QString filter = m_filterEdit->text().trimmed();
        if (m_filterModel->rowCount() == 0 && !filter.isEmpty()) {
            m_detailBrowser->setHtml(u"<p>"_s + tr("No code matches “%1”.").arg(filter).toHtmlEscaped() + u"</p><p>"_s
                + tr("Try the number of the code only, or one word from the error message.").toHtmlEscaped()
                + u"</p>"_s);
        } else {
            m_detailBrowser->setHtml(u"<p>"_s + tr("Pick a code to see what it means.").toHtmlEscaped() + u"</p>"_s);
        }
        return;
    }

    const ErrorExplanation& e = m_explanations.at(current.siblingAtColumn(CodeColumn).data(kExplanationRole).toInt());
    const auto section = [](const QString& heading, const QString& text) -> QString {
        return u"<h4>"_s + heading.toHtmlEscaped() + u"</h4><p>"_s + text.toHtmlEscaped() + u"</p>"_s;
    };
    QString html = u"<h3>"_s + tr("%1: %2").arg(e.code, e.title).toHtmlEscaped() + u"</h3>"_s;
    if (e.obsolete) {
        html += u"<p><i>"_s
            + tr("No longer used: the IRP still lists this code but no longer applies its rule.").toHtmlEscaped()
            + u"</i></p>"_s;
    }
    html += section(tr("Kind"), ErrorGuide::kindLabel(e.kind));
    html += section(tr("What it means"), e.meaning);
    html += section(tr("How to fix it"), e.fix);
    html += section(tr("Does retrying help?"),
        e.retry ? tr("Yes: sending the same request again, unchanged, can succeed.")
                : tr("No: the same request fails again until the cause is fixed."));
    m_detailBrowser->setHtml(html);
}

} // namespace irndesk::ui
