// SPDX-License-Identifier: GPL-3.0-or-later
// The record of a home visit (or another contact: consultation, case conference, ...).
#include "documents/DocumentContent.h"

#include "domain/Schema.h"

namespace fieldcase::core::content {

namespace {

const QString kActivity = QStringLiteral("activity");

} // namespace

Result<BodyInfo> visit(DocumentData& data, const Record& activity, DocumentBuilder& out) {
    const QString kind = activity.text(QStringLiteral("kind"));
    const QString personId = activity.text(QStringLiteral("person_id"));
    Record household;
    if (!activity.text(QStringLiteral("household_id")).isEmpty()) {
        auto found = data.record(QStringLiteral("household"), activity.text(QStringLiteral("household_id")));
        if (!found) {
            return found.error();
        }
        household = *found;
    }
    Record person;
    if (!personId.isEmpty()) {
        auto found = data.record(QStringLiteral("person"), personId);
        if (!found) {
            return found.error();
        }
        person = *found;
        if (household.id.isEmpty()) {
            household = data.householdOf(person);
        }
    }
    const QString whom = !personId.isEmpty()
                             ? data.personName(personId)
                             : Documents::tr("Household %1").arg(household.text(QStringLiteral("name")));
    const QString title =
        kind == QStringLiteral("home_visit")
            ? DocumentKinds::title(DocumentKind::Visit)
            : Documents::tr("Record of a contact: %1").arg(DocumentData::show(activity, QStringLiteral("kind")));
    out.title(title, whom);
    if (activity.value(QStringLiteral("voided")).toLongLong() != 0) {
        out.paragraph(Documents::tr("This record was voided: it was entered by mistake and does not count."));
    }
    auto corrections = data.children(kActivity, QStringLiteral("supersedes_id"), activity.id);
    if (!corrections) {
        return corrections.error();
    }
    if (!corrections->isEmpty()) {
        out.paragraph(Documents::tr("A later record corrects this one (entered %1).")
                          .arg(DocumentData::show(corrections->first(), QStringLiteral("happened_at"))));
    }
    const auto label = [](const QString& field) { return DocumentData::label(kActivity, field); };
    const auto show = [&activity](const QString& field) { return DocumentData::show(activity, field); };
    out.fields(
        {{label(QStringLiteral("happened_at")), show(QStringLiteral("happened_at"))},
         {label(QStringLiteral("place")), activity.text(QStringLiteral("place")).isEmpty()
                                              ? household.text(QStringLiteral("address"))
                                              : activity.text(QStringLiteral("place"))},
         {label(QStringLiteral("kind")), show(QStringLiteral("kind"))},
         {Documents::tr("Staff member"), data.staffName(activity.text(QStringLiteral("staff_id")))},
         {Documents::tr("Person"), data.personName(personId)},
         {Documents::tr("Household"), household.text(QStringLiteral("name"))},
         {Documents::tr("Locality"), data.localityName(household.text(QStringLiteral("locality_id")))},
         {label(QStringLiteral("planned")), show(QStringLiteral("planned"))},
         {label(QStringLiteral("purpose")), activity.text(QStringLiteral("purpose"))},
         {label(QStringLiteral("service_type")), activity.text(QStringLiteral("service_type"))},
         {Documents::tr("Duration"),
          activity.value(QStringLiteral("minutes")).isNull()
              ? QString()
              : Documents::tr("%1 min", "duration in minutes").arg(activity.value(QStringLiteral("minutes")).toInt())},
         {label(QStringLiteral("next_visit_date")), show(QStringLiteral("next_visit_date"))}});

    auto participants =
        data.children(QStringLiteral("activity_participant"), QStringLiteral("activity_id"), activity.id);
    if (!participants) {
        return participants.error();
    }
    QList<Signatory> signatories;
    if (!participants->isEmpty()) {
        out.heading(Documents::tr("Present"));
        TableSpec table;
        table.headers = {Documents::tr("No."), Documents::tr("Name"),
                         DocumentData::label(QStringLiteral("activity_participant"), QStringLiteral("role"))};
        table.widths = {8, 62, 30};
        int number = 0;
        for (const Record& participant : *participants) {
            const QString name = participant.text(QStringLiteral("person_id")).isEmpty()
                                     ? data.staffName(participant.text(QStringLiteral("staff_id")))
                                     : data.personName(participant.text(QStringLiteral("person_id")));
            table.rows.append(
                {QString::number(++number), name, DocumentData::show(participant, QStringLiteral("role"))});
            if (!participant.text(QStringLiteral("person_id")).isEmpty() && signatories.size() < 3 &&
                participant.text(QStringLiteral("person_id")) != personId) {
                signatories.append({DocumentData::show(participant, QStringLiteral("role")), name});
            }
        }
        out.table(table);
    }
    out.heading(label(QStringLiteral("observations")));
    const QString observations = activity.text(QStringLiteral("observations"));
    if (observations.isEmpty()) {
        out.note(Documents::tr("Nothing recorded."));
    } else {
        out.paragraph(observations);
    }
    out.heading(label(QStringLiteral("agreements")));
    const QString agreements = activity.text(QStringLiteral("agreements"));
    if (agreements.isEmpty()) {
        out.note(Documents::tr("Nothing recorded."));
    } else {
        out.paragraph(agreements);
    }
    if (activity.value(QStringLiteral("risk_flag")).toLongLong() != 0) {
        out.heading(Documents::tr("Risk noted"));
        out.paragraph(activity.text(QStringLiteral("risk_note")).isEmpty()
                          ? Documents::tr("A risk was noted during this contact.")
                          : activity.text(QStringLiteral("risk_note")));
    }

    auto links = data.children(QStringLiteral("activity_goal"), QStringLiteral("activity_id"), activity.id);
    if (!links) {
        return links.error();
    }
    if (!links->isEmpty()) {
        out.heading(Documents::tr("Plan goals worked on"));
        TableSpec table;
        table.headers = {Documents::tr("Goal"),
                         DocumentData::label(QStringLiteral("plan_goal"), QStringLiteral("area")),
                         DocumentData::label(QStringLiteral("plan_goal"), QStringLiteral("status"))};
        table.widths = {60, 20, 20};
        for (const Record& link : *links) {
            auto goal = data.record(QStringLiteral("plan_goal"), link.text(QStringLiteral("goal_id")));
            if (!goal) {
                continue; // a goal deleted since; the link alone says nothing printable
            }
            table.rows.append({goal->text(QStringLiteral("title")), DocumentData::show(*goal, QStringLiteral("area")),
                               DocumentData::show(*goal, QStringLiteral("status"))});
        }
        out.table(table);
    }
    auto tasks =
        data.children(QStringLiteral("task"), QStringLiteral("activity_id"), activity.id, QStringLiteral("deadline"));
    if (!tasks) {
        return tasks.error();
    }
    if (!tasks->isEmpty()) {
        out.heading(Documents::tr("Tasks agreed"));
        const QString task = QStringLiteral("task");
        TableSpec table;
        table.headers = {DocumentData::label(task, QStringLiteral("description")),
                         DocumentData::label(task, QStringLiteral("owner")),
                         DocumentData::label(task, QStringLiteral("deadline")),
                         DocumentData::label(task, QStringLiteral("status"))};
        table.widths = {50, 20, 15, 15};
        for (const Record& t : *tasks) {
            const QString owner = t.text(QStringLiteral("owner")).isEmpty()
                                      ? data.staffName(t.text(QStringLiteral("owner_staff_id")))
                                      : t.text(QStringLiteral("owner"));
            table.rows.append({t.text(QStringLiteral("description")), owner,
                               DocumentData::show(t, QStringLiteral("deadline")),
                               DocumentData::show(t, QStringLiteral("status"))});
        }
        out.table(table);
    }
    if (!personId.isEmpty()) {
        signatories.prepend({Documents::tr("Client"), data.personName(personId)});
    } else if (signatories.isEmpty()) {
        signatories.append({Documents::tr("Family member"), QString()});
    }
    signatories.append({Documents::tr("Staff member"), data.staffName(activity.text(QStringLiteral("staff_id")))});
    out.signatureBlock(signatories, Documents::tr("We confirm that this record is a true account of the contact."));
    return BodyInfo{Documents::tr("%1: %2").arg(title, whom),
                    data.programmeOfLocality(household.text(QStringLiteral("locality_id")))};
}

} // namespace fieldcase::core::content
