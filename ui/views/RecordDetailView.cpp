// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/RecordDetailView.h"

#include "views/DetailHtml.h"

#include <QScrollBar>

namespace fieldcase::ui {

RecordDetailView::RecordDetailView(core::Database& db, QWidget* parent)
    : QTextBrowser(parent)
    , m_db(db) {
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Details"));
    document()->setDefaultStyleSheet(QStringLiteral("a { color: #0b57a4; } h2 { margin-bottom: 2px; }"));
    connect(this, &QTextBrowser::anchorClicked, this, &RecordDetailView::follow);
}

void RecordDetailView::showRecord(const RecordRef& record) {
    const bool same = record == m_record;
    const int scroll = verticalScrollBar()->value();
    m_record = record;
    setHtml(DetailHtml(m_db).render(record.table, record.id));
    if (same) {
        verticalScrollBar()->setValue(scroll);
    }
}

void RecordDetailView::refresh() {
    if (m_record.isValid()) {
        showRecord(m_record);
    }
}

void RecordDetailView::showMessage(const QString& title, const QString& text) {
    m_record = {};
    setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), text));
}

void RecordDetailView::follow(const QUrl& url) {
    // fc:open/TABLE/ID or fc:do/ACTION/TABLE/ID
    const QStringList parts = url.path().split(QLatin1Char('/'));
    if (url.scheme() != QStringLiteral("fc")) {
        return;
    }
    if (parts.size() == 3 && parts.at(0) == QStringLiteral("open")) {
        Q_EMIT openRequested({parts.at(1), parts.at(2)});
    } else if (parts.size() == 4 && parts.at(0) == QStringLiteral("do")) {
        Q_EMIT actionRequested(parts.at(1), {parts.at(2), parts.at(3)});
    }
}

} // namespace fieldcase::ui
