// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoContext.h"

namespace fieldcase::core::demo {

using namespace Qt::StringLiterals;

namespace {

bool isWeekend(const QDate& day) {
    return day.dayOfWeek() >= 6;
}

} // namespace

int Member::ageOn(const QDate& day) const {
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day())) {
        --age;
    }
    return age;
}

QString Goal::statusOn(const QDate& day) const {
    if (finalStatus == u"planned"_s || day < startedAt) {
        return u"planned"_s;
    }
    if (finalStatus == u"in_progress"_s || !finalAt.isValid() || day < finalAt) {
        return u"in_progress"_s;
    }
    return finalStatus;
}

bool Goal::openOn(const QDate& day) const {
    const QString status = statusOn(day);
    return status == u"planned"_s || status == u"in_progress"_s;
}

QString Household::legalRepresentative(const Member& member, const QDate& day) const {
    if (member.ageOn(day) >= 18) {
        return {};
    }
    for (const Member& adult : members) {
        const bool parentLike =
            adult.relationship == u"head"_s || adult.relationship == u"spouse"_s || adult.relationship == u"partner"_s;
        if (parentLike && adult.id != member.id && adult.ageOn(day) >= 18) {
            return adult.fullName;
        }
    }
    return {};
}

DemoContext::DemoContext(DemoWriter& w, quint64 seed, const QDate& day)
    : writer(w)
    , rng(seed)
    , esf(seed ^ 0x6573662b32303231ULL)
    , today(day)
    , start(day.addYears(-2).addDays(1)) {}

QString DemoContext::facilityId(Country country, const QString& kind) const {
    for (const Facility& f : facilities) {
        if (f.country == country && f.kind == kind) {
            return f.id;
        }
    }
    return {};
}

int DemoContext::fieldWorker(const Household& household) {
    const Locality& locality = localities.at(household.locality);
    if (household.caseManager >= 0 && (locality.fieldWorkers.isEmpty() || rng.percent(55))) {
        return household.caseManager;
    }
    return locality.fieldWorkers.isEmpty() ? household.caseManager : rng.pick(locality.fieldWorkers);
}

QDate DemoContext::workday(const QDate& day, const QDate& earliest, const QDate& latest) const {
    if (!isWeekend(day)) {
        return day;
    }
    const QDate monday = day.addDays(8 - day.dayOfWeek());
    if (monday <= latest) {
        return monday;
    }
    const QDate friday = day.addDays(5 - day.dayOfWeek());
    if (friday >= earliest) {
        return friday;
    }
    return day;
}

QString DemoContext::workingTime(const QDate& day) {
    const int hour = rng.between(8, 16);
    const int minute = rng.between(0, 11) * 5;
    return day.toString(Qt::ISODate) + u'T' +
           QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
}

} // namespace fieldcase::core::demo
