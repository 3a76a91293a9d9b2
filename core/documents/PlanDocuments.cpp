// SPDX-License-Identifier: GPL-3.0-or-later
// Individual and family development plans, and the record of a plan review.
#include "documents/DocumentContent.h"

#include "domain/Schema.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace fieldcase::core::content {

namespace {

const QString kPlan = QStringLiteral("plan");
const QString kGoal = QStringLiteral("plan_goal");

QDate today(DocumentData& data) {
    return QDateTime::fromMSecsSinceEpoch(data.db().clock().nowMs()).toLocalTime().date();
}

void planFacts(DocumentData& data, const Record& plan, QList<LabelledValue>& facts) {
    facts.append({Documents::tr("Plan period"), planPeriod(plan)});
    facts.append(
        {DocumentData::label(kPlan, QStringLiteral("status")), DocumentData::show(plan, QStringLiteral("status"))});
    facts.append({DocumentData::label(kPlan, QStringLiteral("case_manager_id")),
                  data.staffName(plan.text(QStringLiteral("case_manager_id")))});
    facts.append(
        {Documents::tr("Experience expert"), data.staffName(plan.text(QStringLiteral("experience_expert_id")))});
    facts.append({DocumentData::label(kPlan, QStringLiteral("next_review_date")),
                  DocumentData::show(plan, QStringLiteral("next_review_date"))});
    facts.append({DocumentData::label(kPlan, QStringLiteral("plan_version")),
                  DocumentData::show(plan, QStringLiteral("plan_version"))});
}

Status needs(DocumentData& data, const Record& plan, DocumentBuilder& out) {
    auto found = data.children(QStringLiteral("plan_need"), QStringLiteral("plan_id"), plan.id, QStringLiteral("area"));
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return {};
    }
    out.heading(Documents::tr("Needs identified"));
    TableSpec table;
    table.headers = {DocumentData::label(QStringLiteral("plan_need"), QStringLiteral("area")),
                     DocumentData::label(QStringLiteral("plan_need"), QStringLiteral("priority")),
                     DocumentData::label(QStringLiteral("plan_need"), QStringLiteral("description"))};
    table.widths = {22, 14, 64};
    for (const Record& need : *found) {
        table.rows.append({DocumentData::show(need, QStringLiteral("area")),
                           DocumentData::show(need, QStringLiteral("priority")),
                           need.text(QStringLiteral("description"))});
    }
    out.table(table);
    return {};
}

// Actions of the plan by goal id; those tied to no goal under the empty id.
Result<QHash<QString, QList<Record>>> actionsByGoal(DocumentData& data, const Record& plan) {
    auto found =
        data.children(QStringLiteral("plan_action"), QStringLiteral("plan_id"), plan.id, QStringLiteral("due_date"));
    if (!found) {
        return found.error();
    }
    QHash<QString, QList<Record>> byGoal;
    for (const Record& action : *found) {
        byGoal[action.text(QStringLiteral("goal_id"))].append(action);
    }
    return byGoal;
}

void actionTable(const QList<Record>& actions, DocumentBuilder& out) {
    if (actions.isEmpty()) {
        return;
    }
    const QString table = QStringLiteral("plan_action");
    TableSpec spec;
    spec.headers = {Documents::tr("Agreed action"), DocumentData::label(table, QStringLiteral("provider")),
                    DocumentData::label(table, QStringLiteral("due_date")),
                    DocumentData::label(table, QStringLiteral("status"))};
    spec.widths = {46, 24, 15, 15};
    for (const Record& action : actions) {
        spec.rows.append({action.text(QStringLiteral("description")), action.text(QStringLiteral("provider")),
                          DocumentData::show(action, QStringLiteral("due_date")),
                          DocumentData::show(action, QStringLiteral("status"))});
    }
    out.table(spec);
}

// One goal, kept on one page: its title, area, deadline, who is responsible, steps, actions.
void goalBlock(DocumentData& data, int number, const Record& goal, const QList<Record>& actions, DocumentBuilder& out) {
    out.beginKeepTogether();
    out.subheading(Documents::tr("Goal %1: %2").arg(QString::number(number), goal.text(QStringLiteral("title"))));
    out.fields(
        {{DocumentData::label(kGoal, QStringLiteral("area")), DocumentData::show(goal, QStringLiteral("area"))},
         {DocumentData::label(kGoal, QStringLiteral("deadline")), DocumentData::show(goal, QStringLiteral("deadline"))},
         {Documents::tr("Responsible"), goalResponsible(data, goal)},
         {DocumentData::label(kGoal, QStringLiteral("status")), DocumentData::show(goal, QStringLiteral("status"))}});
    const QString steps = goal.text(QStringLiteral("steps"));
    if (!steps.isEmpty()) {
        out.paragraph(Documents::tr("Steps: %1").arg(steps));
    }
    actionTable(actions, out);
    out.endKeepTogether();
}

Result<QList<Record>> goalsOf(DocumentData& data, const Record& plan) {
    return data.children(kGoal, QStringLiteral("plan_id"), plan.id, QStringLiteral("sort_order"));
}

QString planNotes(const Record& plan) {
    return plan.text(QStringLiteral("notes"));
}

Signatory clientSignatory(DocumentData& data, const Record& plan, const QString& personId) {
    const QString name = data.personName(personId);
    if (plan.text(QStringLiteral("signed_by")) == QStringLiteral("legal_representative")) {
        return {Documents::tr("Legal representative of %1").arg(name),
                plan.text(QStringLiteral("representative_name"))};
    }
    return {Documents::tr("Client"), name};
}

void staffSignatories(DocumentData& data, const Record& plan, QList<Signatory>& signatories) {
    signatories.append({Documents::tr("Case manager"), data.staffName(plan.text(QStringLiteral("case_manager_id")))});
    const QString expert = data.staffName(plan.text(QStringLiteral("experience_expert_id")));
    if (!expert.isEmpty()) {
        signatories.append({Documents::tr("Experience expert"), expert});
    }
}

} // namespace

QString planPeriod(const Record& plan) {
    const QString start = DocumentData::show(plan, QStringLiteral("start_date"));
    const QString end = DocumentData::show(plan, QStringLiteral("end_date"));
    if (end.isEmpty()) {
        return Documents::tr("from %1").arg(start);
    }
    return Documents::tr("%1 to %2").arg(start, end);
}

QString goalResponsible(DocumentData& data, const Record& goal) {
    const QString owner = goal.text(QStringLiteral("owner"));
    const QString staff = data.staffName(goal.text(QStringLiteral("owner_staff_id")));
    if (owner.isEmpty()) {
        return staff;
    }
    if (staff.isEmpty() || staff == owner) {
        return owner;
    }
    return Documents::tr("%1 (with %2)").arg(owner, staff);
}

QString ageOn(const Record& person, const QDate& day) {
    const QDate born = QDate::fromString(person.text(QStringLiteral("birth_date")), Qt::ISODate);
    if (!born.isValid() || !day.isValid()) {
        return {};
    }
    int years = day.year() - born.year();
    if (day.month() < born.month() || (day.month() == born.month() && day.day() < born.day())) {
        --years;
    }
    return QString::number(std::max(0, years));
}

Result<BodyInfo> individualPlan(DocumentData& data, const Record& plan, DocumentBuilder& out) {
    auto person = data.record(QStringLiteral("person"), plan.text(QStringLiteral("person_id")));
    if (!person) {
        return person.error();
    }
    const Record household = data.householdOf(*person);
    const QString name = data.personName(person->id);
    out.title(DocumentKinds::title(DocumentKind::IndividualPlan), plan.text(QStringLiteral("title")));

    out.heading(Documents::tr("Person"));
    out.fields({{Documents::tr("Name"), name},
                {DocumentData::label(QStringLiteral("person"), QStringLiteral("birth_date")),
                 DocumentData::show(*person, QStringLiteral("birth_date"))},
                {DocumentData::label(QStringLiteral("household"), QStringLiteral("address")),
                 household.text(QStringLiteral("address"))},
                {Documents::tr("Locality"), data.localityName(household.text(QStringLiteral("locality_id")))},
                {DocumentData::label(QStringLiteral("person"), QStringLiteral("phone")),
                 person->text(QStringLiteral("phone"))}});

    out.heading(Documents::tr("Plan"));
    QList<LabelledValue> facts;
    planFacts(data, plan, facts);
    out.fields(facts);

    if (auto s = needs(data, plan, out); !s) {
        return s.error();
    }
    auto goals = goalsOf(data, plan);
    if (!goals) {
        return goals.error();
    }
    auto actions = actionsByGoal(data, plan);
    if (!actions) {
        return actions.error();
    }
    out.heading(Documents::tr("Goals"));
    if (goals->isEmpty()) {
        out.note(Documents::tr("No goals have been set yet."));
    }
    int number = 0;
    for (const Record& goal : *goals) {
        goalBlock(data, ++number, goal, actions->value(goal.id), out);
    }
    if (const QList<Record> other = actions->value(QString()); !other.isEmpty()) {
        out.heading(Documents::tr("Other agreed actions"));
        actionTable(other, out);
    }
    if (const QString notes = planNotes(plan); !notes.isEmpty()) {
        out.heading(DocumentData::label(kPlan, QStringLiteral("notes")));
        out.paragraph(notes);
    }
    QList<Signatory> signatories = {clientSignatory(data, plan, person->id)};
    staffSignatories(data, plan, signatories);
    out.signatureBlock(signatories,
                       Documents::tr("We drew up this plan together and agree to work towards its goals."));

    QString programme = plan.text(QStringLiteral("programme_id"));
    if (programme.isEmpty()) {
        programme = data.programmeOfLocality(household.text(QStringLiteral("locality_id")));
    }
    return BodyInfo{Documents::tr("%1: %2").arg(DocumentKinds::title(DocumentKind::IndividualPlan), name), programme};
}

Result<BodyInfo> familyPlan(DocumentData& data, const Record& plan, DocumentBuilder& out) {
    auto household = data.record(QStringLiteral("household"), plan.text(QStringLiteral("household_id")));
    if (!household) {
        return household.error();
    }
    auto members = data.children(QStringLiteral("person"), QStringLiteral("household_id"), household->id,
                                 QStringLiteral("birth_date"));
    if (!members) {
        return members.error();
    }
    const QString householdName = household->text(QStringLiteral("name"));
    out.title(DocumentKinds::title(DocumentKind::FamilyPlan),
              plan.text(QStringLiteral("title")).isEmpty()
                  ? Documents::tr("Household %1").arg(householdName)
                  : Documents::tr("Household %1: %2").arg(householdName, plan.text(QStringLiteral("title"))));

    out.heading(Documents::tr("Household"));
    out.fields({{DocumentData::label(QStringLiteral("household"), QStringLiteral("name")), householdName},
                {DocumentData::label(QStringLiteral("household"), QStringLiteral("address")),
                 household->text(QStringLiteral("address"))},
                {Documents::tr("Locality"), data.localityName(household->text(QStringLiteral("locality_id")))},
                {DocumentData::label(QStringLiteral("household"), QStringLiteral("housing")),
                 DocumentData::show(*household, QStringLiteral("housing"))}});
    const QDate day = today(data);
    TableSpec memberTable;
    memberTable.headers = {Documents::tr("No."), Documents::tr("Name"),
                           DocumentData::label(QStringLiteral("person"), QStringLiteral("relationship")),
                           DocumentData::label(QStringLiteral("person"), QStringLiteral("birth_date")),
                           Documents::tr("Age")};
    memberTable.widths = {7, 41, 22, 18, 12};
    int row = 0;
    for (const Record& member : *members) {
        memberTable.rows.append({QString::number(++row), data.personName(member.id),
                                 DocumentData::show(member, QStringLiteral("relationship")),
                                 DocumentData::show(member, QStringLiteral("birth_date")), ageOn(member, day)});
    }
    out.subheading(Documents::tr("Members"));
    out.table(memberTable);

    out.heading(Documents::tr("Plan"));
    QList<LabelledValue> facts;
    planFacts(data, plan, facts);
    out.fields(facts);
    if (auto s = needs(data, plan, out); !s) {
        return s.error();
    }

    auto goals = goalsOf(data, plan);
    if (!goals) {
        return goals.error();
    }
    auto actions = actionsByGoal(data, plan);
    if (!actions) {
        return actions.error();
    }
    // Shared goals first, then each member's goals in the order of the member list.
    QList<Record> shared;
    QHash<QString, QList<Record>> byPerson;
    QStringList order;
    for (const Record& member : *members) {
        order.append(member.id);
    }
    for (const Record& goal : *goals) {
        const QString personId = goal.text(QStringLiteral("person_id"));
        if (personId.isEmpty()) {
            shared.append(goal);
        } else {
            if (!order.contains(personId)) {
                order.append(personId); // a goal of someone who has since left the household
            }
            byPerson[personId].append(goal);
        }
    }
    int number = 0;
    out.heading(Documents::tr("Shared goals of the family"));
    if (shared.isEmpty()) {
        out.note(Documents::tr("No shared goals have been set."));
    }
    for (const Record& goal : shared) {
        goalBlock(data, ++number, goal, actions->value(goal.id), out);
    }
    for (const QString& personId : order) {
        const QList<Record> own = byPerson.value(personId);
        if (own.isEmpty()) {
            continue;
        }
        out.heading(Documents::tr("Goals of %1").arg(data.personName(personId)));
        for (const Record& goal : own) {
            goalBlock(data, ++number, goal, actions->value(goal.id), out);
        }
    }
    if (const QList<Record> other = actions->value(QString()); !other.isEmpty()) {
        out.heading(Documents::tr("Other agreed actions"));
        actionTable(other, out);
    }
    if (const QString notes = planNotes(plan); !notes.isEmpty()) {
        out.heading(DocumentData::label(kPlan, QStringLiteral("notes")));
        out.paragraph(notes);
    }

    // Every adult member signs; a household of minors only is signed for by its head.
    QList<Signatory> signatories;
    for (const Record& member : *members) {
        if (ageOn(member, day).toInt() >= 18) {
            signatories.append({DocumentData::show(member, QStringLiteral("relationship")).isEmpty()
                                    ? Documents::tr("Family member")
                                    : DocumentData::show(member, QStringLiteral("relationship")),
                                data.personName(member.id)});
        }
    }
    if (signatories.isEmpty()) {
        const QString head = household->text(QStringLiteral("head_person_id"));
        signatories.append({Documents::tr("Head of household"), data.personName(head)});
    }
    if (plan.text(QStringLiteral("signed_by")) == QStringLiteral("legal_representative")) {
        signatories.append({Documents::tr("Legal representative"), plan.text(QStringLiteral("representative_name"))});
    }
    staffSignatories(data, plan, signatories);
    out.signatureBlock(signatories,
                       Documents::tr("We drew up this plan together as a family and agree to work towards its goals."));

    QString programme = plan.text(QStringLiteral("programme_id"));
    if (programme.isEmpty()) {
        programme = data.programmeOfLocality(household->text(QStringLiteral("locality_id")));
    }
    return BodyInfo{
        Documents::tr("%1: household %2").arg(DocumentKinds::title(DocumentKind::FamilyPlan), householdName),
        programme};
}

Result<BodyInfo> planReview(DocumentData& data, const Record& review, DocumentBuilder& out) {
    auto plan = data.record(kPlan, review.text(QStringLiteral("plan_id")));
    if (!plan) {
        return plan.error();
    }
    const bool family = plan->text(QStringLiteral("kind")) == QStringLiteral("family");
    QString whom;
    QString localityId;
    QList<Signatory> signatories;
    if (family) {
        auto household = data.record(QStringLiteral("household"), plan->text(QStringLiteral("household_id")));
        if (!household) {
            return household.error();
        }
        whom = Documents::tr("Household %1").arg(household->text(QStringLiteral("name")));
        localityId = household->text(QStringLiteral("locality_id"));
        signatories.append(
            {Documents::tr("Head of household"), data.personName(household->text(QStringLiteral("head_person_id")))});
    } else {
        auto person = data.record(QStringLiteral("person"), plan->text(QStringLiteral("person_id")));
        if (!person) {
            return person.error();
        }
        whom = data.personName(person->id);
        localityId = data.householdOf(*person).text(QStringLiteral("locality_id"));
        signatories.append(clientSignatory(data, *plan, person->id));
    }
    const QString reviewTable = QStringLiteral("plan_review");
    out.title(DocumentKinds::title(DocumentKind::PlanReview), whom);
    out.fields({{Documents::tr("Plan"), plan->text(QStringLiteral("title")).isEmpty()
                                            ? DocumentData::show(*plan, QStringLiteral("kind"))
                                            : plan->text(QStringLiteral("title"))},
                {Documents::tr("Plan period"), planPeriod(*plan)},
                {DocumentData::label(reviewTable, QStringLiteral("review_date")),
                 DocumentData::show(review, QStringLiteral("review_date"))},
                {DocumentData::label(reviewTable, QStringLiteral("reviewed_by")),
                 data.staffName(review.text(QStringLiteral("reviewed_by")))},
                {Documents::tr("Plan version reviewed"), DocumentData::show(review, QStringLiteral("plan_version"))},
                {DocumentData::label(reviewTable, QStringLiteral("next_review_date")),
                 DocumentData::show(review, QStringLiteral("next_review_date"))}});
    out.heading(Documents::tr("What was reviewed and agreed"));
    const QString summary = review.text(QStringLiteral("summary"));
    if (summary.isEmpty()) {
        out.note(Documents::tr("No summary was recorded."));
    } else {
        out.paragraph(summary);
    }

    // The goals as the review saw them (its snapshot), else as they stand now.
    TableSpec goals;
    goals.headers = {Documents::tr("No."), Documents::tr("Goal"),
                     DocumentData::label(kGoal, QStringLiteral("deadline")), Documents::tr("Status at review")};
    goals.widths = {7, 55, 17, 21};
    const QJsonDocument snapshot = QJsonDocument::fromJson(review.text(QStringLiteral("snapshot")).toUtf8());
    const QJsonArray snapshotGoals = snapshot.object().value(QStringLiteral("goals")).toArray();
    int number = 0;
    if (!snapshotGoals.isEmpty()) {
        const FieldDef* deadline = Schema::instance().table(kGoal)->field(QStringLiteral("deadline"));
        for (const QJsonValue& value : snapshotGoals) {
            const QJsonObject goal = value.toObject();
            Record shown;
            shown.table = kGoal;
            shown.fields.insert(QStringLiteral("deadline"), goal.value(QStringLiteral("deadline")).toString());
            shown.fields.insert(QStringLiteral("status"), goal.value(QStringLiteral("status")).toString());
            goals.rows.append({QString::number(++number), goal.value(QStringLiteral("title")).toString(),
                               deadline ? DocumentData::show(shown, QStringLiteral("deadline")) : QString(),
                               DocumentData::show(shown, QStringLiteral("status"))});
        }
        out.heading(Documents::tr("Goals at the review"));
    } else {
        auto current = goalsOf(data, *plan);
        if (!current) {
            return current.error();
        }
        for (const Record& goal : *current) {
            goals.rows.append({QString::number(++number), goal.text(QStringLiteral("title")),
                               DocumentData::show(goal, QStringLiteral("deadline")),
                               DocumentData::show(goal, QStringLiteral("status"))});
        }
        goals.headers.last() = DocumentData::label(kGoal, QStringLiteral("status"));
        out.heading(Documents::tr("Goals of the plan"));
        out.note(Documents::tr("The review kept no copy of the goals; their present status is shown."));
    }
    if (goals.rows.isEmpty()) {
        out.note(Documents::tr("The plan has no goals."));
    } else {
        out.table(goals);
    }
    signatories.append({Documents::tr("Reviewed by"), data.staffName(review.text(QStringLiteral("reviewed_by")))});
    out.signatureBlock(signatories, Documents::tr("We reviewed the plan together on the date above."));
    QString programme = plan->text(QStringLiteral("programme_id"));
    if (programme.isEmpty()) {
        programme = data.programmeOfLocality(localityId);
    }
    return BodyInfo{Documents::tr("%1: %2").arg(DocumentKinds::title(DocumentKind::PlanReview), whom), programme};
}

} // namespace fieldcase::core::content
