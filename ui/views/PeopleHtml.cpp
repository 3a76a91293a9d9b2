// SPDX-License-Identifier: GPL-3.0-or-later
// The detail pages of people, households, localities and staff.
#include "views/DetailHtml.h"

#include "domain/RecordStore.h"
#include "storage/Database.h"

#include <QDate>

namespace fieldcase::ui {

QString DetailHtml::person(const core::Record& r) {
    core::RecordStore store(m_db);
    const QString id = r.id;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(personName(r)));
    html += actions({{QStringLiteral("edit"), tr("Edit")},
                     {QStringLiteral("visit"), tr("Record visit")},
                     {QStringLiteral("plan"), tr("New plan")},
                     {QStringLiteral("refer"), tr("Refer")},
                     {QStringLiteral("handover"), tr("Hand over")},
                     {QStringLiteral("consent"), tr("Record consent")},
                     {QStringLiteral("entry"), tr("Entry data")},
                     {QStringLiteral("exit"), tr("Exit")},
                     {QStringLiteral("print"), tr("Print", "the print preview of a record")},
                     {QStringLiteral("history"), tr("History")}},
                    r.table, id);
    QString age;
    const QDate born = QDate::fromString(r.text(QStringLiteral("birth_date")), Qt::ISODate);
    if (born.isValid()) {
        const QDate today = m_db.clock().today();
        int years = today.year() - born.year();
        if (today < born.addYears(years)) {
            --years;
        }
        age = tr("%1 (%n year(s) old)", nullptr, years).arg(shown(r, QStringLiteral("birth_date")));
    }
    html += QStringLiteral("<table>");
    html += row(tr("Born"), age);
    html += fieldRows(r, {QStringLiteral("birth_name"), QStringLiteral("mother_name"), QStringLiteral("birth_place"),
                          QStringLiteral("gender"), QStringLiteral("relationship"), QStringLiteral("phone"),
                          QStringLiteral("email"), QStringLiteral("languages"), QStringLiteral("is_client")});
    html += refLink(r, QStringLiteral("household_id"));
    html += refLink(r, QStringLiteral("case_manager_id"));
    html += row(tr("Notes"), r.text(QStringLiteral("notes")));
    html += QStringLiteral("</table>");

    const QString householdId = r.text(QStringLiteral("household_id"));
    if (!householdId.isEmpty()) {
        if (auto members = store.findBy(QStringLiteral("person"), QStringLiteral("household_id"), householdId,
                                        QStringLiteral("birth_date"))) {
            html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Household members")));
            for (const core::Record& m : *members) {
                const QString text = tr("%1 · %2 · %3")
                                         .arg(personName(m), shown(m, QStringLiteral("relationship")),
                                              shown(m, QStringLiteral("birth_date")));
                html += QStringLiteral("<li>%1</li>")
                            .arg(m.id == id ? QStringLiteral("<b>%1</b>").arg(esc(text))
                                            : openLink(QStringLiteral("person"), m.id, text));
            }
            html += QStringLiteral("</ul>");
        }
    }

    if (auto entries = store.findBy(QStringLiteral("entry_record"), QStringLiteral("person_id"), id);
        entries && !entries->isEmpty()) {
        const core::Record& e = entries->first();
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Entry data (frozen)")));
        html += actions({{QStringLiteral("edit"), tr("Correct")}, {QStringLiteral("history"), tr("History")}},
                        QStringLiteral("entry_record"), e.id);
        html += QStringLiteral("<table>") +
                fieldRows(e, {QStringLiteral("entry_date"), QStringLiteral("labour_status"), QStringLiteral("isced"),
                              QStringLiteral("disability"), QStringLiteral("minority"), QStringLiteral("homeless"),
                              QStringLiteral("asked_date")}) +
                refLink(e, QStringLiteral("asked_by")) + QStringLiteral("</table>");
    }
    if (auto exits = store.findBy(QStringLiteral("exit_record"), QStringLiteral("person_id"), id);
        exits && !exits->isEmpty()) {
        const core::Record& e = exits->first();
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Exit")));
        html += actions({{QStringLiteral("edit"), tr("Edit")}}, QStringLiteral("exit_record"), e.id);
        html += QStringLiteral("<table>") +
                fieldRows(e, {QStringLiteral("exit_date"), QStringLiteral("situation"),
                              QStringLiteral("qualification_gained"), QStringLiteral("follow_up_date"),
                              QStringLiteral("follow_up_situation")}) +
                QStringLiteral("</table>");
    }
    if (auto consents =
            store.findBy(QStringLiteral("consent"), QStringLiteral("person_id"), id, QStringLiteral("given_date"));
        consents && !consents->isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Consents")));
        for (const core::Record& c : *consents) {
            QString line = tr("%1, given %2 (%3, text %4)")
                               .arg(shown(c, QStringLiteral("purpose")), shown(c, QStringLiteral("given_date")),
                                    shown(c, QStringLiteral("method")), c.text(QStringLiteral("text_version")));
            if (!c.text(QStringLiteral("withdrawn_date")).isEmpty()) {
                line += tr(", withdrawn %1").arg(shown(c, QStringLiteral("withdrawn_date")));
            }
            html +=
                QStringLiteral("<li>%1 %2 · %3</li>")
                    .arg(esc(line),
                         actionLink(QStringLiteral("edit"), QStringLiteral("consent"), c.id, tr("edit or withdraw")),
                         actionLink(QStringLiteral("print"), QStringLiteral("consent"), c.id, tr("print the form")));
        }
        html += QStringLiteral("</ul>");
    }
    html += plansOf(id, householdId);
    html += visitsOf(QStringLiteral("person_id"), id, 10);
    if (!householdId.isEmpty()) {
        html += visitsOf(QStringLiteral("household_id"), householdId, 10)
                    .replace(esc(tr("Latest visits and services")), esc(tr("Latest household visits")));
    }
    html += referralsOf(QStringLiteral("person_id"), id);
    return html;
}

QString DetailHtml::household(const core::Record& r) {
    core::RecordStore store(m_db);
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("%1 household").arg(r.text(QStringLiteral("name")))));
    html += actions({{QStringLiteral("edit"), tr("Edit")},
                     {QStringLiteral("member"), tr("Add member")},
                     {QStringLiteral("visit"), tr("Record visit")},
                     {QStringLiteral("plan"), tr("New family plan")},
                     {QStringLiteral("refer"), tr("Refer")},
                     {QStringLiteral("handover"), tr("Hand over")},
                     {QStringLiteral("print"), tr("Print family plan")},
                     {QStringLiteral("history"), tr("History")}},
                    r.table, r.id);
    html += QStringLiteral("<table>") + fieldRows(r, {QStringLiteral("address"), QStringLiteral("phone")}) +
            refLink(r, QStringLiteral("locality_id")) + refLink(r, QStringLiteral("head_person_id")) +
            refLink(r, QStringLiteral("case_manager_id")) +
            fieldRows(r, {QStringLiteral("housing"), QStringLiteral("notes")}) + QStringLiteral("</table>");
    if (auto members = store.findBy(QStringLiteral("person"), QStringLiteral("household_id"), r.id,
                                    QStringLiteral("birth_date"))) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Members (%n)", nullptr, int(members->size()))));
        html += QStringLiteral("<ul>");
        for (const core::Record& m : *members) {
            QString text = personName(m);
            const QString role = shown(m, QStringLiteral("relationship"));
            if (!role.isEmpty()) {
                text += QStringLiteral(" · ") + role;
            }
            if (!m.text(QStringLiteral("birth_date")).isEmpty()) {
                text += QStringLiteral(" · ") + shown(m, QStringLiteral("birth_date"));
            }
            html += QStringLiteral("<li>%1</li>").arg(openLink(QStringLiteral("person"), m.id, text));
        }
        html += QStringLiteral("</ul>");
    }
    html += plansOf({}, r.id);
    html += visitsOf(QStringLiteral("household_id"), r.id, 12);
    html += referralsOf(QStringLiteral("household_id"), r.id);
    return html;
}

QString DetailHtml::locality(const core::Record& r) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(r.text(QStringLiteral("name"))));
    html += actions({{QStringLiteral("edit"), tr("Edit")},
                     {QStringLiteral("households"), tr("Show its households")},
                     {QStringLiteral("household"), tr("Register a household here")},
                     {QStringLiteral("history"), tr("History")}},
                    r.table, r.id);
    html += QStringLiteral("<table>") +
            fieldRows(r, {QStringLiteral("municipality"), QStringLiteral("county"), QStringLiteral("country"),
                          QStringLiteral("settlement_kind"), QStringLiteral("urban_class"),
                          QStringLiteral("postal_code"), QStringLiteral("notes")}) +
            QStringLiteral("</table>");
    return html;
}

QString DetailHtml::staff(const core::Record& r) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(r.text(QStringLiteral("full_name"))));
    html += actions({{QStringLiteral("edit"), tr("Edit")},
                     {QStringLiteral("training"), tr("Add training")},
                     {QStringLiteral("caseload"), tr("Show caseload")},
                     {QStringLiteral("history"), tr("History")}},
                    r.table, r.id);
    html += QStringLiteral("<table>") +
            fieldRows(r, {QStringLiteral("role"), QStringLiteral("is_experience_expert"), QStringLiteral("username"),
                          QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("active")}) +
            QStringLiteral("</table>");
    auto trainings = core::RecordStore(m_db).findBy(QStringLiteral("staff_training"), QStringLiteral("staff_id"), r.id,
                                                    QStringLiteral("training_date"), true);
    if (trainings && !trainings->isEmpty()) {
        double hours = 0;
        QString list;
        for (const core::Record& t : *trainings) {
            hours += t.value(QStringLiteral("hours")).toDouble();
            list += QStringLiteral("<li>%1 %2</li>")
                        .arg(esc(tr("%1 · %2 · %3 h%4")
                                     .arg(shown(t, QStringLiteral("training_date")), t.text(QStringLiteral("title")),
                                          shown(t, QStringLiteral("hours")),
                                          t.text(QStringLiteral("provider")).isEmpty()
                                              ? QString()
                                              : QStringLiteral(" · ") + t.text(QStringLiteral("provider")))),
                             actionLink(QStringLiteral("edit"), QStringLiteral("staff_training"), t.id, tr("edit")));
        }
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                    .arg(esc(tr("Trainings (%1 hours in all)").arg(QLocale().toString(hours, 'g', 6))), list);
    }
    return html;
}

} // namespace fieldcase::ui
