// SPDX-License-Identifier: GPL-3.0-or-later
// A person's case summary: personal details, household, entry data, consents, plans with their
// goals, recent contacts, referrals and open tasks. The special-category answers of the entry data
// (disability, minority) and the goals of the health area are left off: a summary is printed for
// offices that have no need of them, and a family plan's goals name the other members too.
#include "documents/DocumentContent.h"

#include "storage/Database.h"

namespace fieldcase::core::content {

namespace {

constexpr int kRecentContacts = 15;

QDate today(DocumentData& data) {
    return QDateTime::fromMSecsSinceEpoch(data.db().clock().nowMs()).toLocalTime().date();
}

QList<LabelledValue> fieldsOf(const Record& record, const QStringList& names) {
    QList<LabelledValue> pairs;
    for (const QString& name : names) {
        pairs.append({DocumentData::label(record.table, name), DocumentData::show(record, name)});
    }
    return pairs;
}

Status plans(DocumentData& data, const Record& person, const Record& household, DocumentBuilder& out) {
    auto own = data.children(QStringLiteral("plan"), QStringLiteral("person_id"), person.id,
                             QStringLiteral("start_date"), true);
    if (!own) {
        return own.error();
    }
    QList<Record> all = *own;
    if (!household.id.isEmpty()) {
        auto family = data.children(QStringLiteral("plan"), QStringLiteral("household_id"), household.id,
                                    QStringLiteral("start_date"), true);
        if (!family) {
            return family.error();
        }
        all += *family;
    }
    out.heading(Documents::tr("Development plans"));
    if (all.isEmpty()) {
        out.note(Documents::tr("No development plan yet."));
        return {};
    }
    for (const Record& plan : all) {
        const QString title = plan.text(QStringLiteral("title")).isEmpty()
                                  ? DocumentData::show(plan, QStringLiteral("kind"))
                                  : plan.text(QStringLiteral("title"));
        out.beginKeepTogether();
        out.subheading(Documents::tr("%1 (%2, %3)")
                           .arg(title, DocumentData::show(plan, QStringLiteral("kind")),
                                DocumentData::show(plan, QStringLiteral("status"))));
        out.fields({{Documents::tr("Plan period"), planPeriod(plan)},
                    {DocumentData::label(QStringLiteral("plan"), QStringLiteral("next_review_date")),
                     DocumentData::show(plan, QStringLiteral("next_review_date"))}});
        auto goals = data.children(QStringLiteral("plan_goal"), QStringLiteral("plan_id"), plan.id,
                                   QStringLiteral("sort_order"));
        if (!goals) {
            return goals.error();
        }
        if (!goals->isEmpty()) {
            TableSpec table;
            table.headers = {Documents::tr("Goal"),
                             DocumentData::label(QStringLiteral("plan_goal"), QStringLiteral("area")),
                             DocumentData::label(QStringLiteral("plan_goal"), QStringLiteral("deadline")),
                             DocumentData::label(QStringLiteral("plan_goal"), QStringLiteral("status"))};
            table.widths = {52, 18, 14, 16};
            int healthGoals = 0;
            for (const Record& goal : *goals) {
                if (goal.text(QStringLiteral("area")) == QStringLiteral("health")) {
                    ++healthGoals;
                    continue;
                }
                QString goalTitle = goal.text(QStringLiteral("title"));
                const QString personId = goal.text(QStringLiteral("person_id"));
                if (!personId.isEmpty() && personId != person.id) {
                    goalTitle = Documents::tr("%1 (goal of %2)").arg(goalTitle, data.personName(personId));
                }
                table.rows.append({goalTitle, DocumentData::show(goal, QStringLiteral("area")),
                                   DocumentData::show(goal, QStringLiteral("deadline")),
                                   DocumentData::show(goal, QStringLiteral("status"))});
            }
            if (!table.rows.isEmpty()) {
                out.table(table);
            }
            if (healthGoals > 0) {
                out.note(Documents::tr("%n goal(s) in the health area are not shown here; the plan itself holds "
                                       "them.",
                                       nullptr, healthGoals));
            }
        }
        out.endKeepTogether();
    }
    return {};
}

} // namespace

Result<BodyInfo> caseSummary(DocumentData& data, const Record& person, DocumentBuilder& out) {
    const QString name = data.personName(person.id);
    const Record household = data.householdOf(person);
    out.title(DocumentKinds::title(DocumentKind::CaseSummary), name);

    out.heading(Documents::tr("Personal details"));
    QList<LabelledValue> details =
        fieldsOf(person, {QStringLiteral("family_name"), QStringLiteral("given_names"), QStringLiteral("birth_name"),
                          QStringLiteral("mother_name"), QStringLiteral("birth_date"), QStringLiteral("birth_place"),
                          QStringLiteral("gender"), QStringLiteral("phone"), QStringLiteral("email"),
                          QStringLiteral("languages")});
    details.append({Documents::tr("Case manager"), data.staffName(person.text(QStringLiteral("case_manager_id")))});
    out.fields(details);

    if (!household.id.isEmpty()) {
        out.heading(Documents::tr("Household"));
        out.fields({{DocumentData::label(QStringLiteral("household"), QStringLiteral("name")),
                     household.text(QStringLiteral("name"))},
                    {DocumentData::label(QStringLiteral("household"), QStringLiteral("address")),
                     household.text(QStringLiteral("address"))},
                    {Documents::tr("Locality"), data.localityName(household.text(QStringLiteral("locality_id")))},
                    {DocumentData::label(QStringLiteral("household"), QStringLiteral("housing")),
                     DocumentData::show(household, QStringLiteral("housing"))}});
        auto members = data.children(QStringLiteral("person"), QStringLiteral("household_id"), household.id,
                                     QStringLiteral("birth_date"));
        if (!members) {
            return members.error();
        }
        TableSpec table;
        table.headers = {
            Documents::tr("Name"), DocumentData::label(QStringLiteral("person"), QStringLiteral("relationship")),
            DocumentData::label(QStringLiteral("person"), QStringLiteral("birth_date")), Documents::tr("Age")};
        table.widths = {46, 24, 18, 12};
        const QDate day = today(data);
        for (const Record& member : *members) {
            table.rows.append({data.personName(member.id), DocumentData::show(member, QStringLiteral("relationship")),
                               DocumentData::show(member, QStringLiteral("birth_date")), ageOn(member, day)});
        }
        out.table(table);
    }

    auto entry = data.children(QStringLiteral("entry_record"), QStringLiteral("person_id"), person.id,
                               QStringLiteral("entry_date"), false, 1);
    if (!entry) {
        return entry.error();
    }
    auto exit = data.children(QStringLiteral("exit_record"), QStringLiteral("person_id"), person.id,
                              QStringLiteral("exit_date"), true, 1);
    if (!exit) {
        return exit.error();
    }
    out.heading(Documents::tr("Entry to and exit from the programme"));
    if (entry->isEmpty()) {
        out.note(Documents::tr("No entry data recorded."));
    } else {
        // Disability and minority are special-category data: left off paper on purpose.
        out.fields(fieldsOf(entry->first(),
                            {QStringLiteral("entry_date"), QStringLiteral("labour_status"), QStringLiteral("isced"),
                             QStringLiteral("homeless"), QStringLiteral("jobless_household"),
                             QStringLiteral("single_adult_with_children")}));
    }
    if (!exit->isEmpty()) {
        out.fields(fieldsOf(exit->first(), {QStringLiteral("exit_date"), QStringLiteral("qualification_gained"),
                                            QStringLiteral("follow_up_date"), QStringLiteral("follow_up_situation")}));
    }
    out.note(Documents::tr("Disability and ethnic minority answers and the goals of the health area are left off "
                           "this summary. Notes and visit purposes are printed as they were written."));

    auto consents =
        data.children(QStringLiteral("consent"), QStringLiteral("person_id"), person.id, QStringLiteral("given_date"));
    if (!consents) {
        return consents.error();
    }
    out.heading(Documents::tr("Consents"));
    if (consents->isEmpty()) {
        out.note(Documents::tr("No consent recorded."));
    } else {
        const QString c = QStringLiteral("consent");
        TableSpec table;
        table.headers = {
            DocumentData::label(c, QStringLiteral("purpose")), DocumentData::label(c, QStringLiteral("given_date")),
            DocumentData::label(c, QStringLiteral("text_version")), DocumentData::label(c, QStringLiteral("method")),
            DocumentData::label(c, QStringLiteral("withdrawn_date"))};
        table.widths = {30, 16, 18, 20, 16};
        for (const Record& consent : *consents) {
            table.rows.append({DocumentData::show(consent, QStringLiteral("purpose")),
                               DocumentData::show(consent, QStringLiteral("given_date")),
                               consent.text(QStringLiteral("text_version")),
                               DocumentData::show(consent, QStringLiteral("method")),
                               DocumentData::show(consent, QStringLiteral("withdrawn_date"))});
        }
        out.table(table);
    }

    if (auto s = plans(data, person, household, out); !s) {
        return s.error();
    }

    auto contacts = data.children(QStringLiteral("activity"), QStringLiteral("person_id"), person.id,
                                  QStringLiteral("happened_at"), true, kRecentContacts);
    if (!contacts) {
        return contacts.error();
    }
    out.heading(Documents::tr("Recent contacts"));
    if (contacts->isEmpty()) {
        out.note(Documents::tr("No contacts recorded."));
    } else {
        const QString a = QStringLiteral("activity");
        TableSpec table;
        table.headers = {DocumentData::label(a, QStringLiteral("happened_at")),
                         DocumentData::label(a, QStringLiteral("kind")), Documents::tr("Staff member"),
                         DocumentData::label(a, QStringLiteral("purpose"))};
        table.widths = {20, 18, 22, 40};
        for (const Record& contact : *contacts) {
            if (contact.value(QStringLiteral("voided")).toLongLong() != 0) {
                continue;
            }
            table.rows.append({DocumentData::show(contact, QStringLiteral("happened_at")),
                               DocumentData::show(contact, QStringLiteral("kind")),
                               data.staffName(contact.text(QStringLiteral("staff_id"))),
                               contact.text(QStringLiteral("purpose"))});
        }
        out.note(Documents::tr("Newest first; at most the last %1.").arg(kRecentContacts));
        out.table(table);
    }

    auto referrals = data.children(QStringLiteral("referral"), QStringLiteral("person_id"), person.id,
                                   QStringLiteral("sent_date"), true);
    if (!referrals) {
        return referrals.error();
    }
    if (!referrals->isEmpty()) {
        const QString r = QStringLiteral("referral");
        out.heading(Documents::tr("Referrals"));
        TableSpec table;
        table.headers = {
            DocumentData::label(r, QStringLiteral("sent_date")), DocumentData::label(r, QStringLiteral("from_service")),
            DocumentData::label(r, QStringLiteral("to_service")), DocumentData::label(r, QStringLiteral("status"))};
        table.widths = {16, 30, 34, 20};
        for (const Record& referral : *referrals) {
            table.rows.append({DocumentData::show(referral, QStringLiteral("sent_date")),
                               referral.text(QStringLiteral("from_service")),
                               referral.text(QStringLiteral("to_service")),
                               DocumentData::show(referral, QStringLiteral("status"))});
        }
        out.table(table);
    }

    auto tasks =
        data.children(QStringLiteral("task"), QStringLiteral("person_id"), person.id, QStringLiteral("deadline"));
    if (!tasks) {
        return tasks.error();
    }
    TableSpec open;
    open.headers = {DocumentData::label(QStringLiteral("task"), QStringLiteral("description")),
                    DocumentData::label(QStringLiteral("task"), QStringLiteral("owner")),
                    DocumentData::label(QStringLiteral("task"), QStringLiteral("deadline"))};
    open.widths = {60, 22, 18};
    for (const Record& task : *tasks) {
        const QString status = task.text(QStringLiteral("status"));
        if (status == QStringLiteral("done") || status == QStringLiteral("cancelled")) {
            continue;
        }
        open.rows.append({task.text(QStringLiteral("description")),
                          task.text(QStringLiteral("owner")).isEmpty()
                              ? data.staffName(task.text(QStringLiteral("owner_staff_id")))
                              : task.text(QStringLiteral("owner")),
                          DocumentData::show(task, QStringLiteral("deadline"))});
    }
    if (!open.rows.isEmpty()) {
        out.heading(Documents::tr("Open tasks"));
        out.table(open);
    }

    out.signatureBlock({{Documents::tr("Prepared by"), QString()}});
    return BodyInfo{Documents::tr("%1: %2").arg(DocumentKinds::title(DocumentKind::CaseSummary), name),
                    data.programmeOfLocality(household.text(QStringLiteral("locality_id")))};
}

} // namespace fieldcase::core::content
