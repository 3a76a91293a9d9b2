// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/DetailHtml.h"

#include "casework/Choices.h"
#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "storage/Database.h"

#include <algorithm>

namespace fieldcase::ui {

DetailHtml::DetailHtml(core::Database& db)
    : m_db(db) {}

QString DetailHtml::shown(const core::Record& r, const QString& field) {
    const core::TableDef* t = core::Schema::instance().table(r.table);
    const core::FieldDef* f = t ? t->field(field) : nullptr;
    return f ? core::values::display(*f, r.value(field)) : r.text(field);
}

QString DetailHtml::openLink(const QString& table, const QString& id, const QString& text) {
    if (id.isEmpty()) {
        return esc(text);
    }
    return QStringLiteral("<a href=\"fc:open/%1/%2\">%3</a>").arg(table, id, esc(text));
}

QString DetailHtml::actionLink(const QString& action, const QString& table, const QString& id, const QString& text) {
    return QStringLiteral("<a href=\"fc:do/%1/%2/%3\">%4</a>").arg(action, table, id, esc(text));
}

QString DetailHtml::actions(const QList<QPair<QString, QString>>& actionAndText, const QString& table,
                            const QString& id) {
    QStringList links;
    for (const auto& [action, text] : actionAndText) {
        links.append(actionLink(action, table, id, text));
    }
    return QStringLiteral("<p style='margin-top:0'>%1</p>").arg(links.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

QString DetailHtml::row(const QString& label, const QString& value) {
    return value.isEmpty() ? QString() : rowHtml(label, esc(value));
}

QString DetailHtml::rowHtml(const QString& label, const QString& html) {
    if (html.isEmpty()) {
        return {};
    }
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(esc(label), html);
}

QString DetailHtml::fieldRows(const core::Record& r, const QStringList& fields) {
    const core::TableDef* t = core::Schema::instance().table(r.table);
    QString html;
    for (const QString& name : fields) {
        const core::FieldDef* f = t->field(name);
        if (f == nullptr || f->type == core::FieldType::Ref || f->type == core::FieldType::Json) {
            continue; // references are shown as links by the caller
        }
        html += row(f->displayLabel(), shown(r, name));
    }
    return html;
}

QString DetailHtml::personName(const core::Record& person) {
    return QString(person.text(QStringLiteral("family_name")) + QLatin1Char(' ') +
                   person.text(QStringLiteral("given_names")))
        .trimmed();
}

QString DetailHtml::label(const QString& table, const QString& id) {
    return core::Choices(m_db).label(table, id);
}

QString DetailHtml::refLink(const core::Record& r, const QString& field) {
    const core::FieldDef* f = core::Schema::instance().table(r.table)->field(field);
    const QString id = r.text(field);
    if (id.isEmpty() || f == nullptr) {
        return {};
    }
    return rowHtml(f->displayLabel(), openLink(f->refTable, id, label(f->refTable, id)));
}

QString DetailHtml::render(const QString& table, const QString& id) {
    auto record = core::RecordStore(m_db).get(table, id);
    if (!record) {
        return QStringLiteral("<p>%1</p>").arg(esc(record.error().message));
    }
    if (record->deleted) {
        return tr("<h3>Deleted</h3><p>This record was deleted. Its history is kept.</p>") +
               actions({{QStringLiteral("history"), tr("History")}}, table, id);
    }
    const core::Record& r = *record;
    if (table == QStringLiteral("person")) {
        return person(r);
    }
    if (table == QStringLiteral("household")) {
        return household(r);
    }
    if (table == QStringLiteral("locality")) {
        return locality(r);
    }
    if (table == QStringLiteral("staff")) {
        return staff(r);
    }
    if (table == QStringLiteral("plan")) {
        return plan(r);
    }
    if (table == QStringLiteral("plan_review")) {
        return planReview(r);
    }
    if (table == QStringLiteral("activity")) {
        return activity(r);
    }
    if (table == QStringLiteral("referral")) {
        return referral(r);
    }
    if (table == QStringLiteral("event")) {
        return event(r);
    }
    return generic(r);
}

QString DetailHtml::generic(const core::Record& r) {
    const core::TableDef* t = core::Schema::instance().table(r.table);
    QString refs;
    for (const core::FieldDef& f : t->fields) {
        if (f.type == core::FieldType::Ref) {
            refs += refLink(r, f.name);
        }
    }
    return QStringLiteral("<h2>%1</h2>").arg(esc(t->displayLabel())) +
           actions({{QStringLiteral("edit"), tr("Edit")}, {QStringLiteral("history"), tr("History")}}, r.table, r.id) +
           QStringLiteral("<table>") + refs + fieldRows(r, t->fieldNames()) + QStringLiteral("</table>");
}

QString DetailHtml::visitsOf(const QString& field, const QString& id, int limit) {
    auto visits = core::RecordStore(m_db).findBy(QStringLiteral("activity"), field, id, QStringLiteral("happened_at"),
                                                 true, limit);
    if (!visits || visits->isEmpty()) {
        return {};
    }
    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Latest visits and services")));
    for (const core::Record& a : *visits) {
        QString text = tr("%1 · %2").arg(shown(a, QStringLiteral("happened_at")), shown(a, QStringLiteral("kind")));
        if (!a.text(QStringLiteral("purpose")).isEmpty()) {
            text += QStringLiteral(" · ") + a.text(QStringLiteral("purpose"));
        }
        QString note;
        if (a.value(QStringLiteral("voided")).toInt() == 1) {
            note = tr(" (withdrawal)");
        } else if (!a.text(QStringLiteral("supersedes_id")).isEmpty()) {
            note = tr(" (correction)");
        }
        html += QStringLiteral("<li>%1%2</li>").arg(openLink(QStringLiteral("activity"), a.id, text), esc(note));
    }
    return html + QStringLiteral("</ul>");
}

QString DetailHtml::plansOf(const QString& personId, const QString& householdId) {
    core::RecordStore store(m_db);
    QList<core::Record> plans;
    if (!personId.isEmpty()) {
        if (auto own = store.findBy(QStringLiteral("plan"), QStringLiteral("person_id"), personId,
                                    QStringLiteral("start_date"), true)) {
            plans += *own;
        }
    }
    if (!householdId.isEmpty()) {
        if (auto family = store.findBy(QStringLiteral("plan"), QStringLiteral("household_id"), householdId,
                                       QStringLiteral("start_date"), true)) {
            for (const core::Record& p : *family) {
                const bool familyPlan = p.text(QStringLiteral("kind")) == QStringLiteral("family");
                const bool listed =
                    std::any_of(plans.cbegin(), plans.cend(), [&](const core::Record& q) { return q.id == p.id; });
                if ((familyPlan || personId.isEmpty()) && !listed) {
                    plans.append(p);
                }
            }
        }
    }
    if (plans.isEmpty()) {
        return {};
    }
    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Development plans")));
    for (const core::Record& p : plans) {
        const QString title = p.text(QStringLiteral("title")).isEmpty()
                                  ? tr("%1 plan").arg(shown(p, QStringLiteral("kind")))
                                  : p.text(QStringLiteral("title"));
        html += QStringLiteral("<li>%1 <span style='color:#555'>%2</span></li>")
                    .arg(openLink(QStringLiteral("plan"), p.id, title),
                         esc(tr("(%1, from %2, next review %3)")
                                 .arg(shown(p, QStringLiteral("status")), shown(p, QStringLiteral("start_date")),
                                      shown(p, QStringLiteral("next_review_date")))));
    }
    return html + QStringLiteral("</ul>");
}

QString DetailHtml::referralsOf(const QString& field, const QString& id) {
    auto referrals =
        core::RecordStore(m_db).findBy(QStringLiteral("referral"), field, id, QStringLiteral("sent_date"), true, 10);
    if (!referrals || referrals->isEmpty()) {
        return {};
    }
    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Referrals and hand-overs")));
    for (const core::Record& r : *referrals) {
        html +=
            QStringLiteral("<li>%1</li>")
                .arg(openLink(QStringLiteral("referral"), r.id,
                              tr("%1 · %2 → %3 · %4")
                                  .arg(shown(r, QStringLiteral("sent_date")), r.text(QStringLiteral("from_service")),
                                       r.text(QStringLiteral("to_service")), shown(r, QStringLiteral("status")))));
    }
    return html + QStringLiteral("</ul>");
}

} // namespace fieldcase::ui
