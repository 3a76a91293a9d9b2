// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/HouseholdBuilder.h"

#include "demo/DemoWriter.h"
#include "demo/PlacePools.h"
#include "demo/TextPools.h"

#include <QSet>

#include <utility>

namespace fieldcase::core::demo {

using namespace Qt::StringLiterals;

namespace {

// A member before it has a name: who it is in the family and how old.
struct Draft {
    bool female = false;
    int age = 0;
    QString relationship;
    int mother = -1; // index among the drafts, -1 when the mother does not live here
    int father = -1;
    bool familyLine = false; // carries the household's family name
};

QString firstWord(const QString& text) {
    return text.section(u' ', 0, 0);
}

QList<Draft> composeDrafts(DemoRandom& rng, int size) {
    QList<Draft> d;
    const bool couple = size >= 2 && rng.percent(size == 2 ? 65 : 78);
    Draft head;
    head.relationship = u"head"_s;
    head.familyLine = true;
    if (size == 1) {
        head.female = rng.percent(55);
        head.age = rng.percent(50) ? rng.between(19, 45) : rng.between(46, 84);
    } else if (couple) {
        head.female = rng.percent(15);
        const int low = size >= 5 ? 24 : 19;
        head.age = (rng.between(low, 56) + rng.between(low, 56)) / 2;
    } else {
        head.female = rng.percent(85);
        head.age = rng.between(19, 50);
    }
    d.append(head);
    int mother = head.female ? 0 : -1;
    int father = head.female ? -1 : 0;
    if (couple) {
        Draft partner;
        partner.female = !head.female;
        partner.age = qMax(17, head.age + (head.female ? rng.between(-2, 8) : rng.between(-8, 2)));
        partner.relationship = !head.female && rng.percent(45) ? u"spouse"_s : u"partner"_s;
        (partner.female ? mother : father) = 1;
        d.append(partner);
    }
    qsizetype slots = size - d.size();
    if (slots >= 2 && head.age <= 50 && rng.percent(18)) {
        Draft parent;
        parent.female = rng.percent(65);
        parent.age = head.age + rng.between(18, 28);
        parent.relationship = u"parent"_s;
        parent.familyLine = true;
        d.append(parent);
        --slots;
    }
    const int parentAge = mother >= 0 ? d.at(mother).age : head.age;
    int childAge = parentAge - rng.between(16, 22);
    int oldestChild = -1;
    while (slots > 0 && childAge >= 0) {
        Draft child;
        child.female = rng.percent(49);
        child.age = childAge;
        child.relationship = u"child"_s;
        child.mother = mother;
        child.father = father;
        child.familyLine = true;
        if (oldestChild < 0) {
            oldestChild = int(d.size());
        }
        d.append(child);
        --slots;
        childAge -= rng.between(1, 3);
    }
    // Three generations: the oldest child, grown up, with a partner and children of their own.
    if (slots > 0 && oldestChild >= 0 && d.at(oldestChild).age >= 17) {
        const Draft adult = d.at(oldestChild);
        int inLaw = -1;
        if (slots >= 2 && rng.percent(40)) {
            Draft partner;
            partner.female = !adult.female;
            partner.age = qMax(16, adult.age + rng.between(-3, 3));
            partner.relationship = u"other_relative"_s;
            inLaw = int(d.size());
            d.append(partner);
            --slots;
        }
        int age = qMin(adult.age - 16, 12);
        const bool lineThroughMother = rng.percent(50);
        while (slots > 0 && age >= 0) {
            Draft grandchild;
            grandchild.female = rng.percent(49);
            grandchild.age = age;
            grandchild.relationship = u"grandchild"_s;
            grandchild.mother = adult.female ? oldestChild : inLaw;
            grandchild.father = adult.female ? inLaw : oldestChild;
            grandchild.familyLine = !adult.female || lineThroughMother;
            d.append(grandchild);
            --slots;
            age -= rng.between(1, 3);
        }
    }
    while (slots > 0) {
        Draft other;
        other.female = rng.percent(50);
        if (rng.percent(60)) {
            other.relationship = u"sibling"_s;
            other.age = qBound(0, head.age + rng.between(-12, 12), 90);
            other.familyLine = true;
        } else {
            other.relationship = u"other_relative"_s;
            other.age = rng.between(0, 70);
        }
        d.append(other);
        --slots;
    }
    return d;
}

struct Naming {
    QString family;
    QString given;
    QString birthName;
};

// A woman who married into the family. Hungarian women choose among the forms the law allows
// ("Lakatosné Kovács Anita", "Lakatos Jánosné", "Lakatos Anita" or keeping "Kovács Anita");
// elsewhere most take the female form of the husband's name.
Naming marriedIn(DemoRandom& rng, Country country, const Surname& line, const Surname& own, const QString& given,
                 const QString& husbandGiven, int age) {
    const QString maiden = names::fullName(country, own.female, given);
    if (country == Country::HU) {
        switch (rng.weighted({40, age >= 50 ? 25 : 3, 15, 30})) {
        case 0:
            return {names::marriedForm(line.male) + u' ' + own.female, given, maiden};
        case 1:
            return {line.male, names::marriedForm(firstWord(husbandGiven)), maiden};
        case 2:
            return {line.male, given, maiden};
        default:
            return {own.female, given, {}};
        }
    }
    if (rng.percent(85)) {
        return {line.female, given, maiden};
    }
    return {own.female, given, {}};
}

QString housingFor(DemoRandom& rng, const QString& settlementKind) {
    static const QStringList housing = {u"owned"_s,   u"rented"_s,   u"social_rented"_s, u"informal"_s,
                                        u"shelter"_s, u"homeless"_s, u"other"_s};
    if (settlementKind == u"segregated_settlement"_s) {
        return housing.at(rng.weighted({25, 8, 7, 50, 2, 2, 6}));
    }
    if (settlementKind == u"village"_s) {
        return housing.at(rng.weighted({55, 15, 10, 12, 2, 1, 5}));
    }
    return housing.at(rng.weighted({25, 30, 30, 5, 5, 3, 2}));
}

QString labourAt(DemoRandom& rng, int age) {
    static const QStringList status = {u"employed"_s, u"self_employed"_s, u"unemployed"_s, u"long_term_unemployed"_s,
                                       u"inactive"_s, u"in_education"_s};
    if (age < 16) {
        return rng.percent(95) ? u"in_education"_s : u"inactive"_s;
    }
    if (age <= 24) {
        return status.at(rng.weighted({7, 1, 24, 18, 28, 22}));
    }
    if (age <= 55) {
        return status.at(rng.weighted({12, 3, 25, 33, 27, 0}));
    }
    return status.at(rng.weighted({6, 2, 10, 22, 60, 0}));
}

QString iscedAt(DemoRandom& rng, int age) {
    if (age < 7) {
        return u"isced0"_s;
    }
    if (age < 16) {
        return age >= 14 && rng.percent(30) ? u"isced2"_s : u"isced1"_s;
    }
    return u"isced"_s + QString::number(rng.weighted({12, 33, 38, 13, 2, 1, 1}));
}

QString yesNoDeclined(DemoRandom& rng, int yesPercent, int declinedPercent) {
    const int roll = rng.between(0, 99);
    if (roll < declinedPercent) {
        return u"declined"_s;
    }
    return roll < declinedPercent + yesPercent ? u"yes"_s : u"no"_s;
}

// Since when an unemployed client was out of work, in step with the recorded status (long-term is
// more than 6 months under 25, more than 12 from 25; a few do not remember); citizenship, mostly of the
// country, a few of another EU country or outside it, stateless, or declined; a foreign background,
// mostly not, more often for those who are not citizens, sometimes declined.
void addSchema6Answers(DemoRandom& rng, const Member& m, QVariantMap& entry) {
    const int age = m.ageOn(m.entry);
    const bool young = age < 25;
    if ((m.labour == u"unemployed"_s || m.labour == u"long_term_unemployed"_s) && rng.percent(92)) {
        const bool longTerm = m.labour == u"long_term_unemployed"_s;
        const int days = longTerm ? (young ? rng.between(190, 900) : rng.between(370, 2500))
                                  : (young ? rng.between(14, 175) : rng.between(14, 355));
        entry.insert(u"unemployed_since"_s, m.entry.addDays(-days));
    }
    static const QStringList citizenship = {u"national"_s, u"other_eu"_s, u"third_country"_s, u"stateless"_s,
                                            u"declined"_s};
    const QString c = citizenship.at(rng.weighted({930, 30, 15, 5, 20}));
    entry.insert(u"citizenship"_s, c);
    QString background = u"no"_s;
    if (c == u"declined"_s || rng.percent(5)) {
        background = u"declined"_s;
    } else if ((c != u"national"_s && rng.percent(80)) || rng.percent(2)) {
        background = u"yes"_s;
    }
    entry.insert(u"foreign_background"_s, background);
}

} // namespace

Household HouseholdBuilder::compose(DemoContext& ctx, int localityIndex, int size) {
    DemoRandom& rng = ctx.rng;
    const Locality& locality = ctx.localities.at(localityIndex);
    Household h;
    h.locality = localityIndex;
    h.country = locality.country;
    h.roma = rng.percent(85);
    h.caseManager = locality.caseManagers.isEmpty() ? -1 : rng.pick(locality.caseManagers);
    h.housing = housingFor(rng, locality.kind);
    // More families joined in the first months of the programme than later on.
    const int span = int(ctx.start.daysTo(ctx.today));
    h.entry = ctx.workday(ctx.start.addDays(qMin(rng.between(0, span), rng.between(0, span))), ctx.start, ctx.today);

    const QList<Draft> drafts = composeDrafts(rng, size);
    const Country country = h.country;
    const Surname line = names::surname(rng, country, h.roma);
    const Surname otherLine = names::surname(rng, country, h.roma);
    // Children whose father does not live with them still share his name as their patronymic.
    const QString absentFather = names::givenName(rng, country, false, ctx.today.year() - 35);
    QSet<QString> usedGiven;
    for (const Draft& d : drafts) {
        Member m;
        m.female = d.female;
        m.relationship = d.relationship;
        m.birth = ctx.today.addYears(-d.age).addDays(-rng.between(0, 364));
        Naming naming;
        for (int attempt = 0; attempt < 10; ++attempt) {
            const QString given = names::givenName(rng, country, d.female, m.birth.year());
            const bool marriedIntoLine =
                d.female && (d.relationship == u"spouse"_s || (d.relationship == u"parent"_s && rng.percent(90)));
            if (marriedIntoLine) {
                const QString husband = d.relationship == u"spouse"_s
                                            ? h.members.first().givenNames
                                            : names::givenName(rng, country, false, m.birth.year() - 3);
                naming = marriedIn(rng, country, line, names::surname(rng, country, h.roma), given, husband, d.age);
            } else if (d.familyLine) {
                naming = {d.female ? line.female : line.male, given, {}};
            } else if (d.relationship == u"grandchild"_s) {
                // Grandchildren through a daughter often carry their father's name.
                naming = {d.female ? otherLine.female : otherLine.male, given, {}};
            } else {
                const Surname own = names::surname(rng, country, h.roma);
                naming = {d.female ? own.female : own.male, given, {}};
            }
            if (country == Country::BG) {
                // Bulgarians carry the father's name as their middle name.
                QString father = absentFather;
                if (d.father >= 0 && d.father < h.members.size()) {
                    father = firstWord(h.members.at(d.father).givenNames);
                } else if (d.relationship != u"child"_s) {
                    father = names::givenName(rng, country, false, m.birth.year() - 25);
                }
                naming.given += u' ' + names::patronymic(father, d.female);
                if (!naming.birthName.isEmpty()) {
                    const Surname maiden = names::surname(rng, country, h.roma);
                    naming.birthName = naming.given + u' ' + maiden.female;
                }
            }
            m.familyName = naming.family;
            m.givenNames = naming.given;
            m.birthName = naming.birthName;
            m.fullName = names::fullName(country, m.familyName, m.givenNames);
            // Siblings do not share a given name, and nobody is named like a public figure.
            if (!usedGiven.contains(given) && !names::isKnownPerson(m.fullName)) {
                break;
            }
        }
        usedGiven.insert(firstWord(m.givenNames));
        if (country == Country::HU) {
            if (d.mother >= 0 && d.mother < h.members.size()) {
                const Member& mother = h.members.at(d.mother);
                m.motherName = mother.birthName.isEmpty() ? mother.fullName : mother.birthName;
            } else {
                const Surname s = names::surname(rng, country, h.roma);
                QString given = names::givenName(rng, country, true, m.birth.year() - 25);
                // A daughter is seldom named exactly like her mother.
                for (int attempt = 0; attempt < 5 && given == m.givenNames; ++attempt) {
                    given = names::givenName(rng, country, true, m.birth.year() - 25);
                }
                m.motherName = names::fullName(country, s.female, given);
            }
        }
        const int age = d.age;
        if (age >= 16 && rng.percent(65)) {
            m.phone = places::mobilePhone(rng, country);
        }
        const int clientPercent = age < 16 ? 8 : age <= 55 ? 90 : age <= 70 ? 30 : 10;
        if (m.birth < h.entry && rng.percent(clientPercent)) {
            m.client = true;
            const QDate entry = rng.percent(65) ? h.entry : qMin(h.entry.addDays(rng.between(1, 40)), ctx.today);
            m.entry = ctx.workday(entry, h.entry, ctx.today);
            const int ageAtEntry = m.ageOn(m.entry);
            m.labour = labourAt(rng, ageAtEntry);
            m.isced = iscedAt(rng, ageAtEntry);
            if (m.entry.daysTo(ctx.today) >= 120 && rng.percent(7)) {
                const QDate earliest = m.entry.addDays(90);
                m.exit = ctx.workday(rng.date(earliest, ctx.today), earliest, ctx.today);
            }
        } else if (age >= 18 && age < 65) {
            m.labour = rng.percent(14) ? u"employed"_s : u"inactive"_s;
        }
        h.members.append(m);
    }
    if (country == Country::HU) {
        // The head's mother may live with the family; then she is the one named as mother.
        QString name;
        for (const Member& parent : std::as_const(h.members)) {
            if (parent.relationship == u"parent"_s && parent.female) {
                name = parent.birthName.isEmpty() ? parent.fullName : parent.birthName;
            }
        }
        for (Member& m : h.members) {
            if (!name.isEmpty() && (m.relationship == u"head"_s || m.relationship == u"sibling"_s)) {
                m.motherName = name;
            }
        }
    }
    h.name = h.members.first().fullName;
    return h;
}

void HouseholdBuilder::write(DemoContext& ctx, Household& h) {
    DemoRandom& rng = ctx.rng;
    QString phone;
    for (const Member& m : h.members) {
        if (phone.isEmpty()) {
            phone = m.phone;
        }
    }
    QVariantMap fields = {{u"locality_id"_s, ctx.localities.at(h.locality).id},
                          {u"name"_s, h.name},
                          {u"address"_s, places::streetAddress(rng, h.country)},
                          {u"phone"_s, phone},
                          {u"housing"_s, h.housing},
                          {u"case_manager_id"_s, ctx.staffId(h.caseManager)}};
    if (rng.percent(25)) {
        fields.insert(u"notes"_s, rng.pick(texts::householdNotes()));
    }
    h.id = ctx.writer.create(u"household"_s, fields);
    writeMembers(ctx, h);
    ctx.writer.update(u"household"_s, h.id, {{u"head_person_id"_s, h.members.first().id}});
    for (int i = 0; i < h.members.size(); ++i) {
        if (h.members.at(i).client) {
            writeClientRecords(ctx, h, i);
        }
    }
}

void HouseholdBuilder::writeMembers(DemoContext& ctx, Household& h) {
    DemoRandom& rng = ctx.rng;
    const Locality& locality = ctx.localities.at(h.locality);
    const QString languages = places::languages(rng, h.country, h.roma);
    for (Member& m : h.members) {
        const int age = m.ageOn(ctx.today);
        QVariantMap fields = {
            {u"household_id"_s, h.id},
            {u"family_name"_s, m.familyName},
            {u"given_names"_s, m.givenNames},
            {u"birth_name"_s, m.birthName},
            {u"mother_name"_s, m.motherName},
            {u"birth_date"_s, m.birth},
            {u"birth_place"_s, rng.percent(50) ? locality.municipality : places::municipality(rng, h.country)},
            {u"gender"_s, m.female ? u"female"_s : u"male"_s},
            {u"relationship"_s, m.relationship},
            {u"phone"_s, m.phone},
            {u"is_client"_s, m.client},
        };
        if (age >= 3) {
            fields.insert(u"languages"_s, languages);
        }
        if (m.client) {
            fields.insert(u"case_manager_id"_s, ctx.staffId(h.caseManager));
        }
        if (!m.phone.isEmpty() && age <= 40 && rng.percent(6)) {
            const QString email = names::ascii(firstWord(m.givenNames)) + u'.' + names::ascii(m.familyName) +
                                  QString::number(m.birth.year() % 100) + u"@mail.example"_s;
            fields.insert(u"email"_s, email);
        }
        if (rng.percent(3)) {
            fields.insert(u"notes"_s, rng.pick(texts::personNotes()));
        }
        m.id = ctx.writer.create(u"person"_s, fields);
    }
}

void HouseholdBuilder::writeClientRecords(DemoContext& ctx, Household& h, int index) {
    DemoRandom& rng = ctx.rng;
    const Member& m = h.members.at(index);
    const QString recorder = ctx.staffId(ctx.fieldWorker(h));
    const QString version = m.entry < ctx.start.addYears(1) ? u"Consent form v2"_s : u"Consent form v3"_s;
    const QString representative = h.legalRepresentative(m, m.entry);
    const auto consent = [&](const QString& purpose, bool mayWithdraw) {
        QVariantMap fields = {{u"person_id"_s, m.id},
                              {u"purpose"_s, purpose},
                              {u"text_version"_s, version},
                              {u"given_date"_s, m.entry},
                              {u"method"_s, rng.percent(85) ? u"written"_s : u"oral_witnessed"_s},
                              {u"given_by"_s, representative.isEmpty() ? u"self"_s : u"legal_representative"_s},
                              {u"representative_name"_s, representative},
                              {u"recorded_by"_s, recorder}};
        const QDate earliestWithdrawal = m.entry.addDays(30);
        if (mayWithdraw && earliestWithdrawal <= ctx.today && rng.percent(4)) {
            fields.insert(u"withdrawn_date"_s, rng.date(earliestWithdrawal, ctx.today));
        }
        ctx.writer.create(u"consent"_s, fields);
    };
    consent(u"case_work"_s, false);
    const bool special = rng.percent(90);
    if (special) {
        consent(u"special_category"_s, false);
    }
    if (rng.percent(60)) {
        consent(u"monitoring"_s, false);
    }
    if (rng.percent(45)) {
        consent(u"data_sharing"_s, true);
    }
    if (rng.percent(20)) {
        consent(u"photos"_s, true);
    }

    bool employed = false;
    int adults = 0;
    int children = 0;
    for (const Member& other : h.members) {
        const int age = other.ageOn(m.entry);
        employed = employed || other.labour == u"employed"_s || other.labour == u"self_employed"_s;
        adults += age >= 18 ? 1 : 0;
        children += age >= 0 && age < 18 ? 1 : 0;
    }
    const bool excluded = h.housing == u"homeless"_s || h.housing == u"shelter"_s;
    QString homeless = excluded ? u"yes"_s : yesNoDeclined(rng, h.housing == u"informal"_s ? 30 : 0, 3);
    QVariantMap entry = {{u"person_id"_s, m.id},
                         {u"entry_date"_s, m.entry},
                         {u"labour_status"_s, m.labour},
                         {u"isced"_s, m.isced},
                         {u"homeless"_s, homeless},
                         {u"jobless_household"_s, rng.percent(3) ? u"declined"_s : (employed ? u"no"_s : u"yes"_s)},
                         {u"single_adult_with_children"_s,
                          rng.percent(2) ? u"declined"_s : (adults == 1 && children > 0 ? u"yes"_s : u"no"_s)},
                         {u"asked_by"_s, recorder},
                         {u"asked_date"_s, m.entry}};
    addSchema6Answers(ctx.esf, m, entry);
    // Disability and minority are special-category data: asked only with the consent for them.
    if (special) {
        entry.insert(u"disability"_s, yesNoDeclined(rng, 7, 5));
        entry.insert(u"minority"_s, h.roma ? yesNoDeclined(rng, 80, 18) : yesNoDeclined(rng, 20, 20));
    } else {
        entry.insert(u"disability"_s, u"declined"_s);
        entry.insert(u"minority"_s, u"declined"_s);
    }
    ctx.writer.create(u"entry_record"_s, entry);
    if (m.exit.isValid()) {
        writeExit(ctx, m);
    }
}

void HouseholdBuilder::writeExit(DemoContext& ctx, const Member& m) {
    DemoRandom& rng = ctx.rng;
    static const QStringList situations = {u"employed"_s,    u"self_employed"_s, u"job_searching"_s, u"in_education"_s,
                                           u"in_training"_s, u"inactive"_s,      u"other"_s};
    const QString situation = situations.at(rng.weighted({18, 3, 30, 5, 10, 26, 8}));
    const bool learning = situation == u"in_education"_s || situation == u"in_training"_s;
    QVariantMap fields = {{u"person_id"_s, m.id},
                          {u"exit_date"_s, m.exit},
                          {u"situation"_s, situation},
                          {u"qualification_gained"_s, rng.percent(learning ? 30 : 8)}};
    const QDate followUp = m.exit.addMonths(6);
    if (followUp <= ctx.today && rng.percent(65)) {
        fields.insert(u"follow_up_date"_s, rng.date(followUp, qMin(followUp.addDays(20), ctx.today)));
        fields.insert(u"follow_up_situation"_s, situations.at(rng.weighted({25, 4, 28, 4, 8, 25, 6})));
    }
    if (rng.percent(50)) {
        fields.insert(u"notes"_s, rng.pick(texts::exitNotes()));
    }
    ctx.writer.create(u"exit_record"_s, fields);
}

} // namespace fieldcase::core::demo
