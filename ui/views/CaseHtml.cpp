// SPDX-License-Identifier: GPL-3.0-or-later
// The detail pages of plans, visits and services, referrals and group events.
#include "views/DetailHtml.h"

#include "casework/EventWork.h"
#include "casework/VisitWork.h"
#include "domain/ChangeLog.h"
#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "util/HybridLogicalClock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace fieldcase::ui {

QString DetailHtml::plan(const core::Record& r) {
    core::RecordStore store(m_db);
    const QString title = r.text(QStringLiteral("title")).isEmpty()
                              ? tr("%1 plan").arg(shown(r, QStringLiteral("kind")))
                              : r.text(QStringLiteral("title"));
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(title));
    html += actions({{QStringLiteral("edit"), tr("Edit plan")},
                     {QStringLiteral("need"), tr("Add need")},
                     {QStringLiteral("goal"), tr("Add goal")},
                     {QStringLiteral("action"), tr("Add service or referral")},
                     {QStringLiteral("review"), tr("Review")},
                     {QStringLiteral("print"), tr("Print", "the print preview of a record")},
                     {QStringLiteral("history"), tr("History")}},
                    r.table, r.id);
    html += QStringLiteral("<table>") + fieldRows(r, {QStringLiteral("kind"), QStringLiteral("status")}) +
            refLink(r, QStringLiteral("person_id")) + refLink(r, QStringLiteral("household_id")) +
            fieldRows(r, {QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("next_review_date"),
                          QStringLiteral("plan_version")}) +
            refLink(r, QStringLiteral("case_manager_id")) + refLink(r, QStringLiteral("experience_expert_id"));
    QStringList signatures;
    const QString signer = r.text(QStringLiteral("signed_by")) == QStringLiteral("legal_representative")
                               ? tr("legal representative %1").arg(r.text(QStringLiteral("representative_name")))
                               : tr("client");
    const auto signedOn = [&](const QString& field, const QString& who) {
        signatures.append(r.text(field).isEmpty() ? tr("%1: not signed").arg(who)
                                                  : tr("%1: signed %2").arg(who, shown(r, field)));
    };
    signedOn(QStringLiteral("client_signed_date"), signer);
    signedOn(QStringLiteral("manager_signed_date"), tr("case manager"));
    if (!r.text(QStringLiteral("experience_expert_id")).isEmpty() ||
        !r.text(QStringLiteral("expert_signed_date")).isEmpty()) {
        signedOn(QStringLiteral("expert_signed_date"), tr("experience expert"));
    }
    html += row(tr("Signatures"), signatures.join(QStringLiteral("; ")));
    html += row(tr("Notes"), r.text(QStringLiteral("notes")));
    html += QStringLiteral("</table>");

    if (auto needs = store.findBy(QStringLiteral("plan_need"), QStringLiteral("plan_id"), r.id, QStringLiteral("area"));
        needs && !needs->isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Needs by intervention area")));
        for (const core::Record& n : *needs) {
            html += QStringLiteral("<li><b>%1</b>: %2 %3</li>")
                        .arg(esc(shown(n, QStringLiteral("area"))), esc(n.text(QStringLiteral("description"))),
                             actionLink(QStringLiteral("edit"), QStringLiteral("plan_need"), n.id, tr("edit")));
        }
        html += QStringLiteral("</ul>");
    }
    if (auto goals =
            store.findBy(QStringLiteral("plan_goal"), QStringLiteral("plan_id"), r.id, QStringLiteral("sort_order"));
        goals && !goals->isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ol>").arg(esc(tr("Goals")));
        for (const core::Record& g : *goals) {
            QStringList facts = {shown(g, QStringLiteral("area")), shown(g, QStringLiteral("status"))};
            if (!g.text(QStringLiteral("deadline")).isEmpty()) {
                facts.append(tr("by %1").arg(shown(g, QStringLiteral("deadline"))));
            }
            QString owner = g.text(QStringLiteral("owner"));
            if (const QString staffId = g.text(QStringLiteral("owner_staff_id")); !staffId.isEmpty()) {
                owner = label(QStringLiteral("staff"), staffId);
            }
            if (!owner.isEmpty()) {
                facts.append(tr("who: %1").arg(owner));
            }
            if (const QString personId = g.text(QStringLiteral("person_id")); !personId.isEmpty()) {
                facts.append(tr("for %1").arg(label(QStringLiteral("person"), personId)));
            }
            html += QStringLiteral("<li><b>%1</b> <span style='color:#555'>(%2)</span> %3")
                        .arg(esc(g.text(QStringLiteral("title"))), esc(facts.join(QStringLiteral(", "))),
                             actionLink(QStringLiteral("edit"), QStringLiteral("plan_goal"), g.id, tr("edit")));
            if (!g.text(QStringLiteral("steps")).isEmpty()) {
                html +=
                    QStringLiteral("<br><span style='color:#333'>%1</span>")
                        .arg(esc(g.text(QStringLiteral("steps"))).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    if (auto actionsList =
            store.findBy(QStringLiteral("plan_action"), QStringLiteral("plan_id"), r.id, QStringLiteral("due_date"));
        actionsList && !actionsList->isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Agreed services and referrals")));
        for (const core::Record& a : *actionsList) {
            QStringList facts = {shown(a, QStringLiteral("kind")), shown(a, QStringLiteral("status"))};
            if (!a.text(QStringLiteral("provider")).isEmpty()) {
                facts.append(a.text(QStringLiteral("provider")));
            }
            if (!a.text(QStringLiteral("due_date")).isEmpty()) {
                facts.append(tr("by %1").arg(shown(a, QStringLiteral("due_date"))));
            }
            html += QStringLiteral("<li>%1 <span style='color:#555'>(%2)</span> %3</li>")
                        .arg(esc(a.text(QStringLiteral("description"))), esc(facts.join(QStringLiteral(", "))),
                             actionLink(QStringLiteral("edit"), QStringLiteral("plan_action"), a.id, tr("edit")));
        }
        html += QStringLiteral("</ul>");
    }
    if (auto reviews = store.findBy(QStringLiteral("plan_review"), QStringLiteral("plan_id"), r.id,
                                    QStringLiteral("review_date"), true);
        reviews && !reviews->isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Reviews (earlier versions kept)")));
        for (const core::Record& v : *reviews) {
            html += QStringLiteral("<li>%1</li>")
                        .arg(openLink(QStringLiteral("plan_review"), v.id,
                                      tr("%1 · version %2 · %3")
                                          .arg(shown(v, QStringLiteral("review_date")),
                                               v.text(QStringLiteral("plan_version")),
                                               v.text(QStringLiteral("summary")).left(120))));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString DetailHtml::planReview(const core::Record& r) {
    QString html =
        QStringLiteral("<h2>%1</h2>")
            .arg(esc(tr("Plan review of %1 (version %2)")
                         .arg(shown(r, QStringLiteral("review_date")), r.text(QStringLiteral("plan_version")))));
    html += actions({{QStringLiteral("print"), tr("Print", "the print preview of a record")},
                     {QStringLiteral("history"), tr("History")}},
                    r.table, r.id);
    html += QStringLiteral("<table>") + refLink(r, QStringLiteral("plan_id")) +
            refLink(r, QStringLiteral("reviewed_by")) +
            fieldRows(r, {QStringLiteral("summary"), QStringLiteral("next_review_date")}) + QStringLiteral("</table>");
    // The plan as it stood when reviewed, kept with the review.
    const QJsonObject snapshot = QJsonDocument::fromJson(r.text(QStringLiteral("snapshot")).toUtf8()).object();
    const auto enumText = [](const QJsonObject& o, const QString& field) {
        return core::Schema::instance().enumLabel(o.value(field).toString());
    };
    const QJsonArray goals = snapshot.value(QStringLiteral("goals")).toArray();
    if (!goals.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ol>").arg(esc(tr("Goals as they stood at the review")));
        for (const QJsonValue& g : goals) {
            const QJsonObject goal = g.toObject();
            html += QStringLiteral("<li><b>%1</b> <span style='color:#555'>(%2, %3%4)</span></li>")
                        .arg(esc(goal.value(QStringLiteral("title")).toString()),
                             esc(enumText(goal, QStringLiteral("area"))), esc(enumText(goal, QStringLiteral("status"))),
                             goal.value(QStringLiteral("deadline")).toString().isEmpty()
                                 ? QString()
                                 : esc(tr(", by %1").arg(goal.value(QStringLiteral("deadline")).toString())));
        }
        html += QStringLiteral("</ol>");
    }
    const QJsonArray needs = snapshot.value(QStringLiteral("needs")).toArray();
    if (!needs.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Needs as they stood at the review")));
        for (const QJsonValue& n : needs) {
            const QJsonObject need = n.toObject();
            html += QStringLiteral("<li><b>%1</b>: %2</li>")
                        .arg(esc(enumText(need, QStringLiteral("area"))),
                             esc(need.value(QStringLiteral("description")).toString()));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString DetailHtml::activity(const core::Record& r) {
    core::RecordStore store(m_db);
    core::VisitWork visits(m_db);
    QString html =
        QStringLiteral("<h2>%1</h2>")
            .arg(esc(tr("%1, %2").arg(shown(r, QStringLiteral("kind")), shown(r, QStringLiteral("happened_at")))));
    const auto later = visits.supersededBy(r.id);
    const bool withdrawal = r.value(QStringLiteral("voided")).toInt() == 1;
    if (later && !later->isEmpty()) {
        html += QStringLiteral("<p style='background:#fff4ce;padding:4px'>%1 %2</p>")
                    .arg(esc(tr("This record was corrected or withdrawn.")),
                         openLink(QStringLiteral("activity"), *later, tr("Show the record in force")));
    } else if (!withdrawal) {
        html += actions({{QStringLiteral("correct"), tr("Correct")},
                         {QStringLiteral("withdraw"), tr("Withdraw")},
                         {QStringLiteral("print"), tr("Print", "the print preview of a record")},
                         {QStringLiteral("history"), tr("History")}},
                        r.table, r.id);
    }
    if (withdrawal) {
        html += QStringLiteral("<p style='background:#fde7e9;padding:4px'>%1</p>")
                    .arg(esc(tr("This record withdraws a visit recorded by mistake.")));
    }
    if (const QString earlier = r.text(QStringLiteral("supersedes_id")); !earlier.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(openLink(QStringLiteral("activity"), earlier,
                                  withdrawal ? tr("Show the withdrawn record") : tr("Show the record it corrects")));
    }
    html += QStringLiteral("<table>") + refLink(r, QStringLiteral("household_id")) +
            refLink(r, QStringLiteral("person_id")) + refLink(r, QStringLiteral("staff_id")) +
            fieldRows(r, {QStringLiteral("place"), QStringLiteral("planned"), QStringLiteral("purpose"),
                          QStringLiteral("service_type"), QStringLiteral("observations"), QStringLiteral("agreements"),
                          QStringLiteral("minutes"), QStringLiteral("risk_flag"), QStringLiteral("risk_note"),
                          QStringLiteral("next_visit_date")}) +
            QStringLiteral("</table>");
    if (auto present = store.findBy(QStringLiteral("activity_participant"), QStringLiteral("activity_id"), r.id);
        present && !present->isEmpty()) {
        QStringList names;
        for (const core::Record& p : *present) {
            const bool isStaff = !p.text(QStringLiteral("staff_id")).isEmpty();
            const QString table = isStaff ? QStringLiteral("staff") : QStringLiteral("person");
            const QString id = p.text(isStaff ? QStringLiteral("staff_id") : QStringLiteral("person_id"));
            names.append(
                openLink(table, id, label(table, id)) +
                QStringLiteral(" <span style='color:#555'>(%1)</span>").arg(esc(shown(p, QStringLiteral("role")))));
        }
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Present")), names.join(QStringLiteral(", ")));
    }
    if (auto goals = store.findBy(QStringLiteral("activity_goal"), QStringLiteral("activity_id"), r.id);
        goals && !goals->isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Plan goals worked on")));
        for (const core::Record& g : *goals) {
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(label(QStringLiteral("plan_goal"), g.text(QStringLiteral("goal_id")))));
        }
        html += QStringLiteral("</ul>");
    }
    if (auto tasks = store.findBy(QStringLiteral("task"), QStringLiteral("activity_id"), r.id);
        tasks && !tasks->isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Tasks agreed")));
        for (const core::Record& t : *tasks) {
            html += QStringLiteral("<li>%1 <span style='color:#555'>(%2)</span> %3</li>")
                        .arg(esc(t.text(QStringLiteral("description"))),
                             esc(QStringList{t.text(QStringLiteral("owner")), shown(t, QStringLiteral("deadline")),
                                             shown(t, QStringLiteral("status"))}
                                     .join(QStringLiteral(", "))),
                             actionLink(QStringLiteral("edit"), QStringLiteral("task"), t.id, tr("update")));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString DetailHtml::referral(const core::Record& r) {
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(esc(tr("%1: %2 → %3")
                                    .arg(shown(r, QStringLiteral("kind")), r.text(QStringLiteral("from_service")),
                                         r.text(QStringLiteral("to_service")))));
    html += actions({{QStringLiteral("status"), tr("Change status")}, {QStringLiteral("history"), tr("History")}},
                    r.table, r.id);
    html += QStringLiteral("<table>") + refLink(r, QStringLiteral("person_id")) +
            refLink(r, QStringLiteral("household_id")) + refLink(r, QStringLiteral("from_facility_id")) +
            refLink(r, QStringLiteral("to_facility_id")) + refLink(r, QStringLiteral("consent_id")) +
            refLink(r, QStringLiteral("referred_by")) + refLink(r, QStringLiteral("receiving_staff_id")) +
            fieldRows(r, {QStringLiteral("sent_date"), QStringLiteral("status"), QStringLiteral("status_date"),
                          QStringLiteral("reason"), QStringLiteral("outcome")}) +
            QStringLiteral("</table>");
    auto changes = core::ChangeLog(m_db).forRecord(r.table, r.id);
    if (changes && !changes->isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Status history")));
        const core::FieldDef* status = core::Schema::instance().table(r.table)->field(QStringLiteral("status"));
        for (const core::Change& c : *changes) {
            const QJsonArray pair = c.fields.value(QStringLiteral("status")).toArray();
            if (pair.isEmpty()) {
                continue;
            }
            const QDateTime at =
                QDateTime::fromMSecsSinceEpoch(core::HybridLogicalClock::physicalMs(c.hlc), Qt::UTC).toLocalTime();
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(tr("%1 · %2 (%3)")
                                     .arg(QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm")),
                                          core::values::display(*status, pair.at(1).toString()), c.user)));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString DetailHtml::event(const core::Record& r) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(r.text(QStringLiteral("title"))));
    html += actions({{QStringLiteral("edit"), tr("Edit")},
                     {QStringLiteral("attendance"), tr("Attendance")},
                     {QStringLiteral("print"), tr("Print attendance sheet")},
                     {QStringLiteral("history"), tr("History")}},
                    r.table, r.id);
    html += QStringLiteral("<table>") +
            fieldRows(r, {QStringLiteral("kind"), QStringLiteral("event_date"), QStringLiteral("hours"),
                          QStringLiteral("place"), QStringLiteral("external_guests"), QStringLiteral("notes")}) +
            refLink(r, QStringLiteral("locality_id")) + refLink(r, QStringLiteral("organiser_staff_id")) +
            QStringLiteral("</table>");
    auto present = core::EventWork(m_db).attendance(r.id);
    if (present) {
        QStringList people;
        for (const QString& id : present->personIds) {
            people.append(openLink(QStringLiteral("person"), id, label(QStringLiteral("person"), id)));
        }
        QStringList staffNames;
        for (const QString& id : present->staffIds) {
            staffNames.append(openLink(QStringLiteral("staff"), id, label(QStringLiteral("staff"), id)));
        }
        const int guests = r.value(QStringLiteral("external_guests")).toInt();
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(tr("Attendance: %1 registered people, %2 staff, %3 external guests")
                                 .arg(people.size())
                                 .arg(staffNames.size())
                                 .arg(guests)));
        if (!people.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(people.join(QStringLiteral(", ")));
        }
        if (!staffNames.isEmpty()) {
            html += QStringLiteral("<p><i>%1</i> %2</p>").arg(esc(tr("Staff:")), staffNames.join(QStringLiteral(", ")));
        }
    }
    return html;
}

} // namespace fieldcase::ui
