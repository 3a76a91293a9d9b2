// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentScenario.h"

#include <catch2/catch.hpp>

namespace fieldcase::test {

namespace {

QString person(Builders& b, const QString& household, const QString& family, const QString& given, const QString& born,
               const QString& relationship) {
    return b.person(household, family, given, born, {{QStringLiteral("relationship"), relationship}});
}

} // namespace

DocumentScenario::DocumentScenario(core::Database& db)
    : build(db) {
    programme = build.create(
        QStringLiteral("programme"),
        {{QStringLiteral("name"), QStringLiteral("Felzárkózó települések program – Észak-Alföld")},
         {QStringLiteral("kind"), QStringLiteral("catching_up")},
         {QStringLiteral("municipality"), QStringLiteral("Alsóberény Község Önkormányzata")},
         {QStringLiteral("funder_line"),
          QStringLiteral("Funded by the European Union (ESF+) and the Government of Hungary, EFOP-1.6.2-16")}});
    locality = build.create(QStringLiteral("locality"), {{QStringLiteral("programme_id"), programme},
                                                         {QStringLiteral("name"), QStringLiteral("Alsóberény")},
                                                         {QStringLiteral("country"), QStringLiteral("HU")}});
    otherLocality = build.create(QStringLiteral("locality"), {{QStringLiteral("programme_id"), programme},
                                                              {QStringLiteral("name"), QStringLiteral("Tiszaőrs")},
                                                              {QStringLiteral("country"), QStringLiteral("HU")}});
    caseManager = build.staff(QStringLiteral("Szabó Márta"), QStringLiteral("case_manager"));
    socialWorker = build.create(QStringLiteral("staff"), {{QStringLiteral("full_name"), QStringLiteral("Balogh Erika")},
                                                          {QStringLiteral("role"), QStringLiteral("social_worker")},
                                                          {QStringLiteral("username"), QStringLiteral("tester")}});
    expert = build.staff(QStringLiteral("Kolompár Tünde"), QStringLiteral("experience_expert"));

    household =
        build.create(QStringLiteral("household"), {{QStringLiteral("locality_id"), locality},
                                                   {QStringLiteral("name"), QStringLiteral("Lakatos")},
                                                   {QStringLiteral("address"), QStringLiteral("Petőfi utca 12.")},
                                                   {QStringLiteral("housing"), QStringLiteral("rented")}});
    gabor = person(build, household, QStringLiteral("Lakatos"), QStringLiteral("Gábor Ödön"),
                   QStringLiteral("2007-03-02"), QStringLiteral("child"));
    erzsebet = person(build, household, QStringLiteral("Lakatosné Szűcs"), QStringLiteral("Erzsébet"),
                      QStringLiteral("1985-11-23"), QStringLiteral("head"));
    dzsenifer = person(build, household, QStringLiteral("Lakatos"), QStringLiteral("Dzsenifer"),
                       QStringLiteral("2014-01-09"), QStringLiteral("child"));
    const core::Status head =
        build.store().update(QStringLiteral("household"), household, {{QStringLiteral("head_person_id"), erzsebet}});
    REQUIRE(head.ok());

    plan = build.create(QStringLiteral("plan"),
                        {{QStringLiteral("kind"), QStringLiteral("individual")},
                         {QStringLiteral("person_id"), gabor},
                         {QStringLiteral("programme_id"), programme},
                         {QStringLiteral("title"), QStringLiteral("Catching up on school and a first job")},
                         {QStringLiteral("status"), QStringLiteral("awaiting_signature")},
                         {QStringLiteral("start_date"), QStringLiteral("2026-02-01")},
                         {QStringLiteral("end_date"), QStringLiteral("2027-01-31")},
                         {QStringLiteral("next_review_date"), QStringLiteral("2026-08-01")},
                         {QStringLiteral("case_manager_id"), caseManager},
                         {QStringLiteral("experience_expert_id"), expert},
                         {QStringLiteral("plan_version"), 2}});
    build.create(QStringLiteral("plan_need"),
                 {{QStringLiteral("plan_id"), plan},
                  {QStringLiteral("area"), QStringLiteral("education")},
                  {QStringLiteral("priority"), QStringLiteral("high")},
                  {QStringLiteral("description"), QStringLiteral("Left school after the 7th grade.")}});
    goals = {QStringLiteral("Complete primary education"), QStringLiteral("Obtain an ID card and a health card"),
             QStringLiteral("Find a first job or a public works placement")};
    const QStringList areas = {QStringLiteral("education"), QStringLiteral("documents"), QStringLiteral("employment")};
    const QStringList deadlines = {QStringLiteral("2026-12-15"), QStringLiteral("2026-07-31"),
                                   QStringLiteral("2027-01-15")};
    QString firstGoal;
    for (int i = 0; i < goals.size(); ++i) {
        const QString id = build.create(
            QStringLiteral("plan_goal"),
            {{QStringLiteral("plan_id"), plan},
             {QStringLiteral("area"), areas.at(i)},
             {QStringLiteral("title"), goals.at(i)},
             {QStringLiteral("steps"), QStringLiteral("Agreed step %1 for this goal.").arg(i + 1)},
             {QStringLiteral("owner"), QStringLiteral("Gábor")},
             {QStringLiteral("owner_staff_id"), socialWorker},
             {QStringLiteral("deadline"), deadlines.at(i)},
             {QStringLiteral("status"), i == 0 ? QStringLiteral("in_progress") : QStringLiteral("planned")},
             {QStringLiteral("sort_order"), i + 1}});
        if (i == 0) {
            firstGoal = id;
        }
    }
    build.create(QStringLiteral("plan_action"),
                 {{QStringLiteral("plan_id"), plan},
                  {QStringLiteral("goal_id"), firstGoal},
                  {QStringLiteral("kind"), QStringLiteral("service")},
                  {QStringLiteral("description"), QStringLiteral("Catch-up course for the 8th grade")},
                  {QStringLiteral("provider"), QStringLiteral("Arany János Általános Iskola")},
                  {QStringLiteral("due_date"), QStringLiteral("2026-09-01")},
                  {QStringLiteral("status"), QStringLiteral("planned")}});

    familyPlan = build.create(QStringLiteral("plan"), {{QStringLiteral("kind"), QStringLiteral("family")},
                                                       {QStringLiteral("household_id"), household},
                                                       {QStringLiteral("programme_id"), programme},
                                                       {QStringLiteral("status"), QStringLiteral("awaiting_signature")},
                                                       {QStringLiteral("start_date"), QStringLiteral("2026-03-01")},
                                                       {QStringLiteral("case_manager_id"), caseManager},
                                                       {QStringLiteral("plan_version"), 1}});
    build.create(QStringLiteral("plan_goal"),
                 {{QStringLiteral("plan_id"), familyPlan},
                  {QStringLiteral("area"), QStringLiteral("housing")},
                  {QStringLiteral("title"), QStringLiteral("Pay off the electricity debt")},
                  {QStringLiteral("deadline"), QStringLiteral("2026-10-31")},
                  {QStringLiteral("status"), QStringLiteral("planned")},
                  {QStringLiteral("sort_order"), 1}});
    build.create(QStringLiteral("plan_goal"),
                 {{QStringLiteral("plan_id"), familyPlan},
                  {QStringLiteral("person_id"), erzsebet},
                  {QStringLiteral("area"), QStringLiteral("health")},
                  {QStringLiteral("title"), QStringLiteral("Attend the cervical screening")},
                  {QStringLiteral("status"), QStringLiteral("planned")},
                  {QStringLiteral("sort_order"), 2}});
    build.create(QStringLiteral("plan_goal"), {{QStringLiteral("plan_id"), familyPlan},
                                               {QStringLiteral("person_id"), dzsenifer},
                                               {QStringLiteral("area"), QStringLiteral("children_family")},
                                               {QStringLiteral("title"), QStringLiteral("Go to school every day")},
                                               {QStringLiteral("status"), QStringLiteral("in_progress")},
                                               {QStringLiteral("sort_order"), 3}});

    review = build.create(QStringLiteral("plan_review"),
                          {{QStringLiteral("plan_id"), plan},
                           {QStringLiteral("review_date"), QStringLiteral("2026-05-20")},
                           {QStringLiteral("reviewed_by"), caseManager},
                           {QStringLiteral("summary"), QStringLiteral("Gábor attends the course twice a week.")},
                           {QStringLiteral("next_review_date"), QStringLiteral("2026-08-20")},
                           {QStringLiteral("plan_version"), 2}});

    visit = build.create(QStringLiteral("activity"),
                         {{QStringLiteral("kind"), QStringLiteral("home_visit")},
                          {QStringLiteral("person_id"), gabor},
                          {QStringLiteral("household_id"), household},
                          {QStringLiteral("staff_id"), socialWorker},
                          {QStringLiteral("happened_at"), QStringLiteral("2026-06-10T14:30")},
                          {QStringLiteral("purpose"), QStringLiteral("Follow-up of the school enrolment")},
                          {QStringLiteral("observations"), QStringLiteral("The family has a new tenancy contract.")},
                          {QStringLiteral("agreements"), QStringLiteral("Gábor brings his school certificates.")},
                          {QStringLiteral("minutes"), 45},
                          {QStringLiteral("next_visit_date"), QStringLiteral("2026-06-24")}});
    build.create(QStringLiteral("activity_participant"), {{QStringLiteral("activity_id"), visit},
                                                          {QStringLiteral("person_id"), gabor},
                                                          {QStringLiteral("role"), QStringLiteral("client")}});
    build.create(QStringLiteral("activity_participant"),
                 {{QStringLiteral("activity_id"), visit},
                  {QStringLiteral("person_id"), erzsebet},
                  {QStringLiteral("role"), QStringLiteral("household_member")}});
    build.create(QStringLiteral("activity_participant"),
                 {{QStringLiteral("activity_id"), visit},
                  {QStringLiteral("staff_id"), expert},
                  {QStringLiteral("role"), QStringLiteral("experience_expert")}});
    build.create(QStringLiteral("activity_goal"),
                 {{QStringLiteral("activity_id"), visit}, {QStringLiteral("goal_id"), firstGoal}});
    build.create(QStringLiteral("task"),
                 {{QStringLiteral("activity_id"), visit},
                  {QStringLiteral("person_id"), gabor},
                  {QStringLiteral("description"), QStringLiteral("Copy the school certificates")},
                  {QStringLiteral("owner"), QStringLiteral("Gábor")},
                  {QStringLiteral("deadline"), QStringLiteral("2026-06-20")},
                  {QStringLiteral("status"), QStringLiteral("open")}});

    consent = build.create(QStringLiteral("consent"), {{QStringLiteral("person_id"), gabor},
                                                       {QStringLiteral("purpose"), QStringLiteral("data_sharing")},
                                                       {QStringLiteral("text_version"), QStringLiteral("2026-1")},
                                                       {QStringLiteral("given_date"), QStringLiteral("2026-02-01")},
                                                       {QStringLiteral("method"), QStringLiteral("written")},
                                                       {QStringLiteral("recorded_by"), socialWorker}});

    event = build.create(QStringLiteral("event"), {{QStringLiteral("kind"), QStringLiteral("forum")},
                                                   {QStringLiteral("title"), QStringLiteral("Spring inclusion forum")},
                                                   {QStringLiteral("event_date"), QStringLiteral("2026-04-20")},
                                                   {QStringLiteral("hours"), 3},
                                                   {QStringLiteral("place"), QStringLiteral("Közösségi Ház")},
                                                   {QStringLiteral("locality_id"), locality},
                                                   {QStringLiteral("programme_id"), programme},
                                                   {QStringLiteral("organiser_staff_id"), socialWorker},
                                                   {QStringLiteral("external_guests"), 4}});
    // Guests from the partner programmes: Czech, Slovak, Romanian, Polish and Bulgarian names.
    const QString guests = build.household(otherLocality, QStringLiteral("Vendégek"));
    const QList<QStringList> names = {{QStringLiteral("Řehořová"), QStringLiteral("Bohumila Věra")},
                                      {QStringLiteral("Kůrka"), QStringLiteral("Lubomír")},
                                      {QStringLiteral("Maďarová"), QStringLiteral("Ľudmila")},
                                      {QStringLiteral("Šťastný"), QStringLiteral("Ľubomír")},
                                      {QStringLiteral("Țăranu"), QStringLiteral("Ștefania")},
                                      {QStringLiteral("Câmpeanu"), QStringLiteral("Înger Vasile")},
                                      {QStringLiteral("Żak"), QStringLiteral("Łukasz")},
                                      {QStringLiteral("Стоянов"), QStringLiteral("Георги")}};
    QStringList registered = {gabor, erzsebet};
    attendees = {QStringLiteral("Lakatos Gábor Ödön"), QStringLiteral("Lakatosné Szűcs Erzsébet")};
    for (const QStringList& name : names) {
        registered.append(build.person(guests, name.at(0), name.at(1), QStringLiteral("1990-05-05")));
        attendees.append(name.at(0) + QLatin1Char(' ') + name.at(1));
    }
    for (const QString& id : registered) {
        build.create(QStringLiteral("attendance"), {{QStringLiteral("event_id"), event},
                                                    {QStringLiteral("person_id"), id},
                                                    {QStringLiteral("role"), QStringLiteral("participant")}});
    }

    const QString otherHousehold = build.household(otherLocality, QStringLiteral("Rostás"));
    const QString otherPerson = build.person(otherHousehold, QStringLiteral("Rostás"), QStringLiteral("Krisztián"));
    otherPlan = build.create(QStringLiteral("plan"), {{QStringLiteral("kind"), QStringLiteral("individual")},
                                                      {QStringLiteral("person_id"), otherPerson},
                                                      {QStringLiteral("status"), QStringLiteral("awaiting_signature")},
                                                      {QStringLiteral("start_date"), QStringLiteral("2026-04-01")}});
    activePlan = build.create(QStringLiteral("plan"), {{QStringLiteral("kind"), QStringLiteral("individual")},
                                                       {QStringLiteral("person_id"), erzsebet},
                                                       {QStringLiteral("status"), QStringLiteral("active")},
                                                       {QStringLiteral("start_date"), QStringLiteral("2025-09-01")}});
}

} // namespace fieldcase::test
