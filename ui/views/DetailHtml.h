// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace fieldcase::core {
class Database;
} // namespace fieldcase::core

namespace fieldcase::ui {

// The read-only pages of the detail pane, as HTML for a QTextBrowser. Links say what they do:
//     fc:open/TABLE/ID        shows another record
//     fc:do/ACTION/TABLE/ID   starts a case-work action on a record (see CaseActions)
class DetailHtml {
    Q_DECLARE_TR_FUNCTIONS(DetailHtml)

public:
    explicit DetailHtml(core::Database& db);

    QString render(const QString& table, const QString& id);

    static QString esc(const QString& text) { return text.toHtmlEscaped(); }
    static QString shown(const core::Record& r, const QString& field);
    static QString openLink(const QString& table, const QString& id, const QString& text);
    static QString actionLink(const QString& action, const QString& table, const QString& id, const QString& text);
    // A line of action links under a heading.
    static QString actions(const QList<QPair<QString, QString>>& actionAndText, const QString& table,
                           const QString& id);
    static QString row(const QString& label, const QString& value);
    static QString rowHtml(const QString& label, const QString& html);
    static QString fieldRows(const core::Record& r, const QStringList& fields);
    static QString personName(const core::Record& person);

private:
    QString person(const core::Record& r);
    QString household(const core::Record& r);
    QString locality(const core::Record& r);
    QString staff(const core::Record& r);
    QString plan(const core::Record& r);
    QString planReview(const core::Record& r);
    QString activity(const core::Record& r);
    QString referral(const core::Record& r);
    QString event(const core::Record& r);
    QString generic(const core::Record& r);

    QString label(const QString& table, const QString& id);
    QString refLink(const core::Record& r, const QString& field);
    QString visitsOf(const QString& field, const QString& id, int limit);
    QString plansOf(const QString& personId, const QString& householdId);
    QString referralsOf(const QString& field, const QString& id);

    core::Database& m_db;
};

} // namespace fieldcase::ui
