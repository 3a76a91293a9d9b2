// SPDX-License-Identifier: GPL-3.0-or-later
// What field workers write, in plain English, as the programme's own case notes would read.
#include "demo/TextPools.h"

#include <QHash>

namespace fieldcase::core::demo::texts {

using namespace Qt::StringLiterals;

namespace {

const QStringList& inArea(const QHash<QString, QStringList>& pool, const QString& area) {
    static const QStringList empty;
    const auto it = pool.constFind(area);
    return it == pool.constEnd() ? empty : *it;
}

} // namespace

const QStringList& areas() {
    static const QStringList list = {u"education"_s,   u"employment"_s,      u"health"_s,    u"housing"_s,
                                     u"income_debt"_s, u"children_family"_s, u"documents"_s, u"community"_s};
    return list;
}

const QStringList& needs(const QString& area) {
    static const QHash<QString, QStringList> pool = {
        {u"education"_s,
         {u"Did not finish primary school; left in year 6. Reads slowly and is unsure with written forms."_s,
          u"Has finished primary school but has no vocational qualification."_s,
          u"Would like to finish primary school but does not know where evening courses are held."_s,
          u"Wants a vocational qualification, but the nearest course is in the county town."_s}},
        {u"employment"_s,
         {u"Registered job seeker for more than a year; has worked only in seasonal farm work and public works."_s,
          u"Wants a steady job but has no transport to the industrial park."_s,
          u"Lost the public works place in spring; the family lives on child benefit."_s,
          u"Has no CV and has never had a job interview."_s}},
        {u"health"_s,
         {u"High blood pressure; has not seen a GP for two years."_s, u"The youngest child has missed vaccinations."_s,
          u"Back pain limits heavy work; no diagnosis yet."_s,
          u"Pregnant and not yet registered with the district nurse."_s,
          u"Dental problems; afraid of going to the dentist."_s}},
        {u"housing"_s,
         {u"The house has no running water; water is carried from the public well."_s,
          u"The roof leaks and one room cannot be heated in winter."_s,
          u"The electricity was cut off because of unpaid bills."_s,
          u"The family lives in a self-built house without a registered address."_s,
          u"Overcrowded: nine people live in two rooms."_s}},
        {u"income_debt"_s,
         {u"Debts to the electricity company and a payday lender; repayments take most of the income."_s,
          u"Does not receive the housing benefit the family is entitled to."_s,
          u"Income is irregular; the money runs out in the second half of the month."_s}},
        {u"children_family"_s,
         {u"Two children often miss school; the school has warned the family."_s,
          u"The youngest child does not attend kindergarten."_s,
          u"Raises the children alone and has no help with childcare."_s,
          u"The teenage son left school at 15 and spends the day at home."_s}},
        {u"documents"_s,
         {u"Has no valid identity card; the old one expired three years ago."_s,
          u"The children's birth certificates are missing."_s,
          u"Has no health insurance card, so cannot register with a GP."_s,
          u"The address card still shows an old address."_s}},
        {u"community"_s,
         {u"Feels isolated and rarely leaves the settlement."_s,
          u"Interested in taking part in the Roma women's group."_s,
          u"Would like to help organise activities for the children of the settlement."_s}},
    };
    return inArea(pool, area);
}

const QStringList& goalTitles(const QString& area) {
    static const QHash<QString, QStringList> pool = {
        {u"education"_s,
         {u"Complete primary education in a catch-up course"_s, u"Enrol in an adult evening primary school course"_s,
          u"Start a vocational course as a kitchen assistant"_s,
          u"Pass the year 7 and 8 exams in the adult programme"_s, u"Improve reading and writing for everyday forms"_s,
          u"Obtain a category B driving licence"_s}},
        {u"employment"_s,
         {u"Register at the job centre as a job seeker"_s, u"Find a job within commuting distance"_s,
          u"Take part in the public works scheme"_s, u"Write a CV and prepare for job interviews"_s,
          u"Complete a work trial with a local employer"_s, u"Sell home-grown vegetables at the market"_s}},
        {u"health"_s,
         {u"Register with a GP and have a health check"_s, u"Catch up on the children's vaccinations"_s,
          u"Attend prenatal care with the district nurse"_s, u"Get a specialist appointment for the back pain"_s,
          u"Take part in the health screening day"_s}},
        {u"housing"_s,
         {u"Repair the roof before winter"_s, u"Reconnect the electricity with a prepaid meter"_s,
          u"Apply for a social rented flat"_s, u"Obtain a registered address"_s,
          u"Apply for the municipality's firewood support"_s, u"Connect the house to the water main"_s}},
        {u"income_debt"_s,
         {u"Apply for regular social assistance and housing benefit"_s,
          u"Agree a repayment plan for the utility debt"_s, u"Keep a household budget for three months"_s,
          u"Stop borrowing from informal lenders"_s}},
        {u"children_family"_s,
         {u"Children attend school regularly"_s, u"Enrol the youngest child in kindergarten"_s,
          u"Join the parenting group at the community house"_s, u"Enrol the older child in the afternoon study group"_s,
          u"Keep in touch with the child protection service and follow its plan"_s}},
        {u"documents"_s,
         {u"Obtain a valid identity card"_s, u"Get copies of the children's birth certificates"_s,
          u"Get a health insurance card"_s, u"Register the current address"_s}},
        {u"community"_s,
         {u"Take part in the women's group every month"_s, u"Volunteer at the settlement clean-up day"_s,
          u"Join the community forum and speak for the street"_s,
          u"Help at the homework club as a parent volunteer"_s}},
    };
    return inArea(pool, area);
}

const QStringList& goalSteps(const QString& area) {
    static const QHash<QString, QStringList> pool = {
        {u"education"_s,
         {u"1. Find the course with the education mediator.\n2. Collect the school report of the last finished "
          u"year.\n3. Enrol before the September deadline.\n4. Attend at least 80% of the lessons."_s,
          u"1. Visit the adult education centre together.\n2. Arrange travel to the lessons.\n3. Check attendance "
          u"at the monthly home visit."_s,
          u"1. Apply for the course with the case manager.\n2. Ask the job centre to pay the course fee.\n3. Prepare "
          u"for the entrance test with the volunteers."_s}},
        {u"employment"_s,
         {u"1. Register at the job centre.\n2. Attend the job club every second week.\n3. Apply for at least two "
          u"jobs a month."_s,
          u"1. Write a CV with the social worker.\n2. Practise an interview with the experience expert.\n3. Arrange "
          u"the commute with the employer's bus."_s,
          u"1. Ask the town hall about public works places.\n2. Get the medical fitness certificate.\n3. Start work "
          u"at the beginning of the month."_s}},
        {u"health"_s,
         {u"1. Go to the GP together with the health mediator.\n2. Book the blood tests.\n3. Discuss the results at "
          u"the next visit."_s,
          u"1. Ask the district nurse for the vaccination record.\n2. Book the appointments.\n3. Check the record at "
          u"the home visit."_s}},
        {u"housing"_s,
         {u"1. Get a quote for the materials.\n2. Apply for the municipality's housing support.\n3. Do the work with "
          u"relatives and the programme's handyman."_s,
          u"1. Agree a repayment plan with the electricity company.\n2. Ask for a prepaid meter.\n3. Keep the "
          u"receipts for the next visit."_s,
          u"1. Collect the income statements.\n2. Hand in the application at the town hall.\n3. Follow up on the "
          u"decision after 30 days."_s}},
        {u"income_debt"_s,
         {u"1. List all debts with the debt counsellor.\n2. Contact the creditors together.\n3. Pay the agreed "
          u"instalments and keep the receipts."_s,
          u"1. Collect the income statements.\n2. Fill in the application at the town hall.\n3. Follow up on the "
          u"decision."_s}},
        {u"children_family"_s,
         {u"1. Meet the class teacher together.\n2. Agree a morning routine with the children.\n3. Check "
          u"attendance with the school every month."_s,
          u"1. Fill in the kindergarten application.\n2. Get the health certificate from the paediatrician.\n3. "
          u"Accompany the child in the first week."_s}},
        {u"documents"_s,
         {u"1. Book an appointment at the government office.\n2. Have the photos taken.\n3. Travel to the office "
          u"together and collect the card."_s,
          u"1. Request the certificates from the registry office.\n2. Pay the fee with the programme's support.\n3. "
          u"Keep copies in the family folder."_s}},
        {u"community"_s,
         {u"1. Go to the first meeting with the experience expert.\n2. Take on a task in the group.\n3. Talk about "
          u"it at the next visit."_s}},
    };
    return inArea(pool, area);
}

const QStringList& progressNotes(const QString& area) {
    static const QHash<QString, QStringList> pool = {
        {u"education"_s,
         {u"The client has attended every lesson of the course this month and is proud of the first test."_s,
          u"Two lessons were missed because a child was ill; the client wants to continue."_s,
          u"The enrolment form for the course is filled in; it will be handed in on Monday."_s}},
        {u"employment"_s,
         {u"The client applied for two jobs at the industrial park and is waiting for an answer."_s,
          u"The work trial at the bakery has started; the employer is satisfied so far."_s,
          u"Registered at the job centre; the first job club meeting is next week."_s}},
        {u"health"_s,
         {u"The blood test results are back; the GP changed the medicine."_s,
          u"The children's vaccinations are now up to date."_s,
          u"The appointment with the specialist is booked for next month."_s}},
        {u"housing"_s,
         {u"The roof is repaired; the back room can be heated again."_s,
          u"The application for the social flat is in; the town hall will answer within 60 days."_s,
          u"The prepaid meter is installed and the electricity is back on."_s}},
        {u"income_debt"_s,
         {u"The first instalment of the repayment plan was paid on time."_s,
          u"The household budget book is kept; spending on food went down."_s,
          u"The housing benefit was granted from next month."_s}},
        {u"children_family"_s,
         {u"The children went to school every day this month."_s,
          u"The youngest started kindergarten and is settling in."_s,
          u"A parent took part in the parenting group for the first time."_s}},
        {u"documents"_s,
         {u"The identity card is ready and was collected at the government office."_s,
          u"The birth certificates arrived by post."_s,
          u"The appointment at the government office is booked; the photos are taken."_s}},
        {u"community"_s,
         {u"The client took part in the group meeting and offered to help at the next one."_s,
          u"The client helped to organise the clean-up day."_s}},
    };
    return inArea(pool, area);
}

const QList<PlanActionText>& planActions(const QString& area) {
    static const QHash<QString, QList<PlanActionText>> pool = {
        {u"education"_s,
         {{u"service"_s, u"Adult evening primary school course"_s, u"Adult education centre"_s},
          {u"referral"_s, u"Referral to the education mediator for course enrolment"_s, u"Education mediator"_s},
          {u"task"_s, u"Collect the last school report"_s, u"Client"_s}}},
        {u"employment"_s,
         {{u"referral"_s, u"Referral to the job centre for registration"_s, u"Job centre"_s},
          {u"service"_s, u"Job club sessions"_s, u"Job centre"_s},
          {u"task"_s, u"Write a CV"_s, u"Client and social worker"_s}}},
        {u"health"_s,
         {{u"referral"_s, u"Referral to the district nurse"_s, u"District nurse"_s},
          {u"service"_s, u"Accompaniment to the GP"_s, u"Health mediator"_s},
          {u"task"_s, u"Book the vaccination appointments"_s, u"Client"_s}}},
        {u"housing"_s,
         {{u"service"_s, u"Roof repair with materials from the programme"_s, u"Programme team"_s},
          {u"referral"_s, u"Application for the municipal housing support"_s, u"Town hall"_s},
          {u"task"_s, u"Keep the electricity receipts"_s, u"Client"_s}}},
        {u"income_debt"_s,
         {{u"referral"_s, u"Referral to debt counselling"_s, u"Debt counselling service"_s},
          {u"service"_s, u"Help with the benefit application"_s, u"Social worker"_s},
          {u"task"_s, u"Keep a household budget book"_s, u"Client"_s}}},
        {u"children_family"_s,
         {{u"referral"_s, u"Referral to the family support service"_s, u"Family support service"_s},
          {u"service"_s, u"Afternoon study group"_s, u"Community house"_s},
          {u"task"_s, u"Meet the class teacher"_s, u"Parent"_s}}},
        {u"documents"_s,
         {{u"service"_s, u"Help with ID documents"_s, u"Social worker"_s},
          {u"task"_s, u"Book the appointment at the government office"_s, u"Client"_s},
          {u"referral"_s, u"Request to the registry office"_s, u"Registry office"_s}}},
        {u"community"_s,
         {{u"service"_s, u"Women's group"_s, u"Community house"_s},
          {u"task"_s, u"Sign up for the clean-up day"_s, u"Client"_s}}},
    };
    static const QList<PlanActionText> empty;
    const auto it = pool.constFind(area);
    return it == pool.constEnd() ? empty : *it;
}

const QStringList& goalOwners() {
    static const QStringList list = {u"Client"_s,       u"Client with the social worker"_s,     u"Family"_s,
                                     u"Case manager"_s, u"Client with the experience expert"_s, u"Parents"_s};
    return list;
}

const QStringList& planNotes() {
    static const QStringList list = {
        u"Plan discussed at home with the whole family."_s,
        u"The client asked for the plan to be read aloud before signing."_s,
        u"Drawn up together with the experience expert, who translated into Romani where needed."_s,
        u"The client wants to start with the documents; the other goals follow once the identity card is ready."_s};
    return list;
}

const QStringList& reviewSummaries() {
    static const QStringList list = {
        u"Reviewed with the client. Progress in education; the employment goal was moved to the next period."_s,
        u"Reviewed at home with both parents. The documents are sorted; housing remains the main concern."_s,
        u"Most goals are on track. The deadline for the health goal was extended by two months."_s,
        u"Little progress this period because of illness in the family. Goals kept; more frequent visits agreed."_s,
        u"Goal achieved: the client has a valid identity card. A new employment goal was added."_s,
        u"The client started work; the plan now focuses on keeping the job and on the children's school "
        u"attendance."_s,
        u"Reviewed with the experience expert present. The client wants to continue the course and asked for help "
        u"with travel."_s,
        u"The debt repayment is on schedule. Next period: apply for the social rented flat."_s};
    return list;
}

const QList<Purpose>& purposes(const QString& activityKind) {
    static const QHash<QString, QList<Purpose>> pool = {
        {u"home_visit"_s,
         {{u"Regular home visit"_s, u"Client's home"_s},
          {u"Follow-up on the agreements of the last visit"_s, u"Client's home"_s},
          {u"Checking on the children's school attendance"_s, u"Client's home"_s},
          {u"Follow-up after a hospital stay"_s, u"Client's home"_s}}},
        {u"consultation"_s,
         {{u"Advice on the benefit application"_s, u"Community house"_s},
          {u"Talk about job options"_s, u"Community house"_s},
          {u"Preparing for a job interview"_s, u"Programme office"_s},
          {u"Advice on debts"_s, u"Programme office"_s},
          {u"Talk about the course and travel to it"_s, u"Community house"_s}}},
        {u"service"_s,
         {{u"Practical help with paperwork"_s, u"Community house"_s},
          {u"Filling in the application together"_s, u"Programme office"_s},
          {u"Practical help"_s, u"Town hall"_s}}},
        {u"case_conference"_s,
         {{u"Case conference with the school and the family support service"_s, u"School"_s},
          {u"Case conference with the child protection service"_s, u"Family support service"_s},
          {u"Team case conference on the family plan"_s, u"Programme office"_s},
          {u"Case conference with the job centre"_s, u"Job centre"_s}}},
        {u"phone_call"_s,
         {{u"Reminder about the appointment"_s, u"By phone"_s},
          {u"Asking about the outcome of the job interview"_s, u"By phone"_s},
          {u"Arranging the next visit"_s, u"By phone"_s},
          {u"Call with the school about absences"_s, u"By phone"_s}}},
        {u"accompaniment"_s,
         {{u"Accompaniment to the GP"_s, u"GP surgery"_s},
          {u"Accompaniment to the job centre"_s, u"Job centre"_s},
          {u"Accompaniment to the government office for the identity card"_s, u"Government office"_s},
          {u"Accompaniment to the school meeting"_s, u"School"_s},
          {u"Accompaniment to the specialist at the county hospital"_s, u"County hospital"_s},
          {u"Accompaniment to the town hall"_s, u"Town hall"_s}}},
    };
    static const QList<Purpose> empty;
    const auto it = pool.constFind(activityKind);
    return it == pool.constEnd() ? empty : *it;
}

const QString& intakePurpose() {
    static const QString text = u"Intake visit: needs assessment, consent and entry data"_s;
    return text;
}

const QString& reviewPurpose() {
    static const QString text = u"Plan review with the family"_s;
    return text;
}

const QString& winterPurpose() {
    static const QString text = u"Preparing for winter: heating and firewood"_s;
    return text;
}

const QStringList& serviceTypes() {
    static const QStringList list = {u"Help with ID documents"_s,
                                     u"Help with benefit application"_s,
                                     u"Help with job centre registration"_s,
                                     u"Laundry and shower at the community house"_s,
                                     u"Food parcel"_s,
                                     u"Help with school enrolment"_s,
                                     u"Help with an electricity repayment plan"_s,
                                     u"Copying and sending documents"_s,
                                     u"Firewood distribution"_s,
                                     u"Help with the health insurance card"_s};
    return list;
}

const QStringList& observations(const QString& activityKind) {
    static const QHash<QString, QStringList> pool = {
        {u"home_visit"_s,
         {u"The family was at home; the children were getting ready for school."_s,
          u"The house was tidy; the children were playing in the yard."_s,
          u"The mother said the money runs out a week before the benefit arrives."_s,
          u"The father works on a farm this month and was not at home."_s,
          u"The youngest child has a cough and has not yet seen a doctor."_s,
          u"The family has collected the documents we asked for last time."_s,
          u"Relations with the neighbours are tense after an argument last week."_s,
          u"One of the teenagers was at home during school hours."_s,
          u"The electricity is on again; the family pays with the prepaid meter."_s,
          u"The grandmother looks after the small children while the parents work."_s,
          u"Water is still carried from the well; the barrel in the yard was full."_s,
          u"The family was pleased with the food parcel and the school supplies."_s,
          u"The client was tired but open to talk and has started the course."_s,
          u"The family is worried about a letter from the bailiff."_s,
          u"The roof repair has started; relatives are helping."_s,
          u"Nobody was at home at first; we talked with a neighbour and came back an hour later."_s}},
        {u"office"_s,
         {u"The client came on time and had the papers with them."_s,
          u"The income statement was missing; we filled in what we could and will finish next time."_s,
          u"The application was filled in together and handed in."_s,
          u"The wait was long and the client was nervous, but the appointment went well."_s,
          u"The office asked for a copy of the birth certificate, which we will bring next time."_s,
          u"The client asked many questions about the course and seemed motivated."_s}},
        {u"phone_call"_s,
         {u"The client confirmed the appointment."_s, u"No answer at first; the client called back in the afternoon."_s,
          u"The client's phone had no credit; we talked through a relative's phone."_s,
          u"The client said the interview went well and is waiting for an answer."_s}},
        {u"case_conference"_s,
         {u"The school, the family support service and the case manager agreed on a common plan."_s,
          u"Attendance records were compared; the school will report absences every week."_s,
          u"The job centre offered two places in the public works scheme."_s,
          u"The child protection worker will visit the family together with the case manager."_s}},
        {u"intake"_s,
         {u"First visit. The family agreed to take part in the programme and signed the consent forms."_s,
          u"First visit with the experience expert. The family described their situation; the needs "
          u"assessment was started."_s,
          u"First visit. The family was cautious at first but agreed to meet again to talk about the plan."_s}},
    };
    const bool office =
        activityKind == u"consultation"_s || activityKind == u"service"_s || activityKind == u"accompaniment"_s;
    return inArea(pool, office ? u"office"_s : activityKind);
}

const QStringList& agreements(bool intake) {
    static const QStringList first = {
        u"Next visit in two weeks to draw up the development plan."_s,
        u"The family will look for the children's birth certificates and identity cards before the next visit."_s};
    static const QStringList list = {
        u"Next visit in two weeks; the family will have the documents ready."_s,
        u"The mother will take the child to the GP this week."_s,
        u"The client will go to the job centre on Monday; the social worker will call on Tuesday."_s,
        u"We will accompany the family to the town hall next Thursday."_s,
        u"The children will go to the homework club twice a week."_s,
        u"The family will keep the receipts for the electricity payments."_s,
        u"The client will call the case manager if the letter from the bailiff arrives."_s,
        u"The experience expert will come along to the first group meeting."_s,
        u"We will ask the school for a meeting with the class teacher."_s,
        u"The client will bring the school report to the community house."_s,
        u"The family will put a little aside each week for the winter firewood."_s,
        u"No new agreement; the plan continues as agreed."_s};
    return intake ? first : list;
}

const QStringList& riskNotes() {
    static const QStringList list = {
        u"The children were alone at home in the evening while the parents were away. Discussed with the family; "
        u"the family support service was informed."_s,
        u"Signs of conflict at home; the mother had a bruise on her arm. Talked with her alone about safe places "
        u"and the helpline."_s,
        u"The baby looked underweight; the district nurse was asked to visit this week."_s,
        u"The house was cold and the family had no firewood in January; emergency firewood was arranged."_s,
        u"The 14-year-old daughter has not been to school for three weeks; the school and the family support "
        u"service were informed."_s,
        u"Loose electric cables in the room where the children sleep; the family agreed to switch off the circuit "
        u"until it is repaired."_s,
        u"The family is threatened with eviction at the end of the month; an urgent case conference was "
        u"requested."_s};
    return list;
}

const QStringList& taskDescriptions() {
    static const QStringList list = {u"Bring the birth certificates to the next visit"_s,
                                     u"Call the job centre about the course start date"_s,
                                     u"Book the GP appointment for the blood test"_s,
                                     u"Ask the school for the attendance record"_s,
                                     u"Copy the income statements for the benefit application"_s,
                                     u"Collect the identity card at the government office"_s,
                                     u"Check whether the housing benefit decision has arrived"_s,
                                     u"Send the referral letter to the family support service"_s,
                                     u"Buy the school supplies with the voucher"_s,
                                     u"Arrange transport to the county hospital"_s,
                                     u"Find out the times of the evening course"_s,
                                     u"Have the photos taken for the identity card"_s};
    return list;
}

const QStringList& taskOwners() {
    static const QStringList list = {u"Client"_s, u"Social worker"_s, u"Case manager"_s, u"Experience expert"_s,
                                     u"Parent"_s, u"Family"_s};
    return list;
}

const QList<ReferralTarget>& referralTargets() {
    static const QList<ReferralTarget> list = {
        {u"Family support service"_s,
         u"family_support"_s,
         {u"The children often miss school; the family needs support with daily routines."_s,
          u"The mother asked for help with parenting and childcare."_s,
          u"Conflict in the family; support from the family support service was agreed with the parents."_s},
         {u"The family takes part in the family support service's programme."_s,
          u"A family support worker visits every second week."_s}},
        {u"Job centre"_s,
         u"job_centre"_s,
         {u"Registration as a job seeker and access to the training offer."_s,
          u"The client wants to join the public works scheme."_s},
         {u"Registered; placed in the public works scheme from next month."_s,
          u"Registered; enrolled in a forklift driver course."_s}},
        {u"District nurse"_s,
         QString(),
         {u"Pregnancy without prenatal care."_s, u"The baby's weight and vaccinations need checking."_s},
         {u"The district nurse visits the family regularly."_s, u"The child's vaccinations were caught up."_s}},
        {u"Shelter"_s,
         u"shelter"_s,
         {u"The family lost its flat and needs temporary accommodation."_s,
          u"The client was evicted and sleeps at relatives'."_s},
         {u"Two beds booked; the stay started."_s, u"Admitted to the shelter for three months."_s}},
        {u"Debt counselling"_s,
         u"counselling"_s,
         {u"Several debts with utility companies and a payday lender."_s,
          u"The bailiff has started proceedings over unpaid bills."_s},
         {u"A repayment plan was agreed with the creditors."_s,
          u"The debt counsellor negotiated a lower interest rate."_s}},
    };
    return list;
}

const QStringList& declinedOutcomes() {
    static const QStringList list = {u"The client did not go to the first appointment."_s,
                                     u"The service had no free place; the referral was declined."_s,
                                     u"The family did not want further services for now."_s};
    return list;
}

const QStringList& cancelledOutcomes() {
    static const QStringList list = {u"The client moved away before the first appointment."_s,
                                     u"The problem was solved in the meantime; the referral was withdrawn."_s};
    return list;
}

const QStringList& handoverReasons() {
    static const QStringList list = {
        u"The client moved into the shelter; the key worker changes, the plan stays."_s,
        u"Hand-over to the counselling service for longer-term support with debts."_s,
        u"The family support service takes over as key worker; field work continues the visits."_s};
    return list;
}

const QList<TrainingText>& staffTrainings() {
    static const QList<TrainingText> list = {
        {u"Equal opportunities and preventing discrimination"_s, 10, u"County government office"_s},
        {u"Case management on uniform principles"_s, 30, u"Regional methodology centre"_s},
        {u"Child protection: recognising and reporting signs of risk"_s, 8, u"Regional methodology centre"_s},
        {u"Motivational interviewing"_s, 16, u"University extension course"_s},
        {u"Data protection in field work"_s, 4, u"Programme office"_s},
        {u"Working with experience experts in the team"_s, 6, u"Programme office"_s},
        {u"First aid"_s, 8, u"Ambulance service training centre"_s},
        {u"Debt advice basics"_s, 12, u"Debt counselling service"_s},
        {u"Supervision group"_s, 6, u"External supervisor"_s},
        {u"Romani language and culture for practitioners"_s, 20, u"University extension course"_s},
    };
    return list;
}

const QStringList& eventTitles(const QString& kind) {
    static const QHash<QString, QStringList> pool = {
        {u"thematic_day"_s,
         {u"Thematic day: health screening and prevention"_s, u"Thematic day: school readiness and enrolment"_s,
          u"Thematic day: debts and the household budget"_s,
          u"Thematic day: equal treatment and reporting discrimination"_s, u"Thematic day: jobs and public works"_s,
          u"Thematic day: housing and utilities"_s}},
        {u"training"_s,
         {u"Job-search skills workshop"_s, u"Digital skills for job seekers"_s, u"Parenting group"_s,
          u"Household budgeting course"_s, u"Preparing for the driving theory test"_s,
          u"Women's group: health and self-care"_s, u"Roma women's association: founding workshop"_s}},
        {u"community_event"_s,
         {u"Settlement clean-up day"_s, u"Children's Day festival"_s, u"International Roma Day celebration"_s,
          u"Christmas celebration at the community house"_s, u"Roma Holocaust Memorial Day commemoration"_s}},
        {u"volunteering"_s,
         {u"Homework club with secondary-school volunteers"_s, u"Reading afternoon with secondary-school volunteers"_s,
          u"Summer day camp with volunteers"_s}},
        {u"community_meeting"_s,
         {u"Community meeting on the water supply"_s, u"Community meeting on waste collection"_s,
          u"Consultation on the playground plan"_s, u"Community meeting on the bus timetable"_s}},
    };
    return inArea(pool, kind);
}

const QStringList& eventPlaces() {
    static const QStringList list = {u"Community house"_s, u"Cultural centre"_s, u"School gym"_s,
                                     u"Town hall meeting room"_s, u"Church hall"_s};
    return list;
}

const QStringList& eventNotes() {
    static const QStringList list = {
        u"Questions from residents were passed on to the municipality."_s,
        u"Snacks were provided; the children were looked after by volunteers during the session."_s,
        u"Held partly in Romani with interpretation by the experience expert."_s,
        u"Residents asked for a follow-up meeting in three months."_s};
    return list;
}

const QStringList& householdNotes() {
    static const QStringList list = {u"Wood-burning stove; the family collects firewood in the autumn."_s,
                                     u"No running water in the house; water from the public well."_s,
                                     u"Electricity through a prepaid meter."_s,
                                     u"Dog in the yard; call before entering."_s,
                                     u"The family moved here from another settlement two years ago."_s,
                                     u"Two-room house built by the family, without a building permit."_s,
                                     u"The house is at the end of the unpaved road and hard to reach after rain."_s};
    return list;
}

const QStringList& personNotes() {
    static const QStringList list = {u"Works abroad in seasonal agriculture for part of the year."_s,
                                     u"Reads little; explain written forms aloud."_s,
                                     u"Phone is often switched off; leave a message with the neighbour."_s,
                                     u"Prefers to talk in Romani at home visits."_s};
    return list;
}

const QStringList& localityNotes() {
    static const QStringList list = {u"Community house open Monday to Thursday."_s,
                                     u"Bus to the county town twice a day."_s,
                                     u"The settlement is separated from the village by the railway line."_s,
                                     u"No paved road; the bus stop is 2 km away."_s,
                                     u"Kindergarten and primary school in the village; secondary school in town."_s};
    return list;
}

const QStringList& exitNotes() {
    static const QStringList list = {u"Moved to relatives in another county."_s, u"Started work abroad."_s,
                                     u"Completed the plan; no further support needed."_s,
                                     u"Asked to leave the programme."_s};
    return list;
}

} // namespace fieldcase::core::demo::texts
