// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Validation.h"

#include "domain/FieldValue.h"
#include "domain/IndicatorKinds.h"
#include "util/Clock.h"

#include <QDate>
#include <QDateTime>

#include <functional>

namespace fieldcase::core {

namespace {

using Rule = std::function<Status(const Clock&, const TableDef&, const QVariantMap&, const QString&)>;

QDate dateOf(const QVariantMap& r, const QString& field) {
    const QString text = r.value(field).toString();
    return text.size() >= 10 ? QDate::fromString(text.left(10), Qt::ISODate) : QDate();
}

QString label(const TableDef& t, const QString& field) {
    const FieldDef* f = t.field(field);
    return f ? f->displayLabel() : field;
}

Error fieldError(const QString& field, const QString& message) {
    return makeError(ErrorCode::InvalidInput, message, {}, field);
}

Status notInFuture(const Clock& clock, const TableDef& t, const QVariantMap& r, const QString& field) {
    const QDate d = dateOf(r, field);
    if (d.isValid() && d > clock.today()) {
        return fieldError(field, Validation::tr("%1: %2 is in the future, which is not possible here.")
                                     .arg(label(t, field), values::display(*t.field(field), r.value(field))));
    }
    return {};
}

Status notBefore(const TableDef& t, const QVariantMap& r, const QString& later, const QString& earlier) {
    const QDate a = dateOf(r, later);
    const QDate b = dateOf(r, earlier);
    if (a.isValid() && b.isValid() && a < b) {
        return fieldError(later,
                          Validation::tr("%1 (%2) cannot be before %3 (%4).")
                              .arg(label(t, later), values::display(*t.field(later), r.value(later)),
                                   label(t, earlier).toLower(), values::display(*t.field(earlier), r.value(earlier))));
    }
    return {};
}

Status numberBetween(const TableDef& t, const QVariantMap& r, const QString& field, double low, double high) {
    const QVariant v = r.value(field);
    if (values::isEmpty(v)) {
        return {};
    }
    const double x = v.toDouble();
    if (x < low || x > high) {
        return fieldError(field,
                          Validation::tr("%1 must be between %2 and %3.").arg(label(t, field)).arg(low).arg(high));
    }
    return {};
}

Status oneOf(const TableDef& t, const QVariantMap& r, const QString& a, const QString& b, bool exactlyOne) {
    const bool hasA = !values::isEmpty(r.value(a));
    const bool hasB = !values::isEmpty(r.value(b));
    if (!hasA && !hasB) {
        return fieldError(a, Validation::tr("Choose a %1 or a %2.").arg(label(t, a).toLower(), label(t, b).toLower()));
    }
    if (exactlyOne && hasA && hasB) {
        return fieldError(
            b,
            Validation::tr("Choose either a %1 or a %2, not both.").arg(label(t, a).toLower(), label(t, b).toLower()));
    }
    return {};
}

// A target's period is named by its first day: the first of a month, of a quarter (January, April,
// July, October) or of a year; a target for the whole programme has none.
Status targetPeriod(const TableDef& t, const QVariantMap& r) {
    const QString period = r.value(QStringLiteral("period")).toString();
    const QDate start = dateOf(r, QStringLiteral("period_start"));
    const QString field = QStringLiteral("period_start");
    if (period == QStringLiteral("whole_programme")) {
        if (start.isValid()) {
            return fieldError(field, Validation::tr("A target for the whole programme has no %1; leave it empty.")
                                         .arg(label(t, field).toLower()));
        }
        return {};
    }
    if (!start.isValid()) {
        return fieldError(field, Validation::tr("A target for a month, a quarter or a year needs the first day of "
                                                "that period in %1.")
                                     .arg(label(t, field).toLower()));
    }
    const bool first = start.day() == 1 && (period == QStringLiteral("month") ||
                                            (period == QStringLiteral("quarter") && (start.month() - 1) % 3 == 0) ||
                                            (period == QStringLiteral("year") && start.month() == 1));
    if (!first) {
        return fieldError(field, Validation::tr("%1 (%2) must be the first day of the %3: the 1st of a month, of "
                                                "January, April, July or October for a quarter, of January for a year.")
                                     .arg(label(t, field), values::display(*t.field(field), r.value(field)),
                                          Schema::instance().enumLabel(period).toLower()));
    }
    return {};
}

template <typename... Checks>
Status all(Checks&&... checks) {
    Status result;
    // Stops at the first failing check; later ones are not evaluated.
    (void)((result = checks(), result.ok()) && ...);
    return result;
}

const QHash<QString, Rule>& rules() {
    static const QHash<QString, Rule> table = {
        {QStringLiteral("programme"),
         [](const Clock&, const TableDef& t, const QVariantMap& r, const QString&) {
             return all([&] { return notBefore(t, r, QStringLiteral("end_date"), QStringLiteral("start_date")); },
                        [&] { return numberBetween(t, r, QStringLiteral("review_months"), 1, 24); });
         }},
        {QStringLiteral("person"), [](const Clock& c, const TableDef& t, const QVariantMap& r,
                                      const QString&) { return notInFuture(c, t, r, QStringLiteral("birth_date")); }},
        {QStringLiteral("staff_training"),
         [](const Clock&, const TableDef& t, const QVariantMap& r, const QString&) {
             return numberBetween(t, r, QStringLiteral("hours"), 0.25, 1000);
         }},
        {QStringLiteral("consent"),
         [](const Clock& c, const TableDef& t, const QVariantMap& r, const QString&) {
             return all([&] { return notInFuture(c, t, r, QStringLiteral("given_date")); },
                        [&] { return notBefore(t, r, QStringLiteral("withdrawn_date"), QStringLiteral("given_date")); },
                        [&]() -> Status {
                            if (r.value(QStringLiteral("given_by")).toString() ==
                                    QStringLiteral("legal_representative") &&
                                values::isEmpty(r.value(QStringLiteral("representative_name")))) {
                                return fieldError(QStringLiteral("representative_name"),
                                                  Validation::tr("Write the name of the legal representative who "
                                                                 "gave the consent."));
                            }
                            return {};
                        });
         }},
        {QStringLiteral("entry_record"),
         [](const Clock& c, const TableDef& t, const QVariantMap& r, const QString&) {
             return all([&] { return notInFuture(c, t, r, QStringLiteral("entry_date")); },
                        [&] { return notInFuture(c, t, r, QStringLiteral("asked_date")); });
         }},
        {QStringLiteral("exit_record"),
         [](const Clock& c, const TableDef& t, const QVariantMap& r, const QString&) {
             return all([&] { return notInFuture(c, t, r, QStringLiteral("exit_date")); },
                        [&] { return notBefore(t, r, QStringLiteral("follow_up_date"), QStringLiteral("exit_date")); });
         }},
        {QStringLiteral("facility"),
         [](const Clock&, const TableDef& t, const QVariantMap& r, const QString&) {
             return numberBetween(t, r, QStringLiteral("beds"), 0, 10000);
         }},
        {QStringLiteral("plan"),
         [](const Clock&, const TableDef& t, const QVariantMap& r, const QString&) -> Status {
             const QString kind = r.value(QStringLiteral("kind")).toString();
             if (kind == QStringLiteral("individual") && values::isEmpty(r.value(QStringLiteral("person_id")))) {
                 return fieldError(QStringLiteral("person_id"),
                                   Validation::tr("An individual plan needs the person it is for."));
             }
             if (kind == QStringLiteral("family") && values::isEmpty(r.value(QStringLiteral("household_id")))) {
                 return fieldError(QStringLiteral("household_id"),
                                   Validation::tr("A family plan needs the household it is for."));
             }
             return all(
                 [&] { return notBefore(t, r, QStringLiteral("next_review_date"), QStringLiteral("start_date")); },
                 [&] { return notBefore(t, r, QStringLiteral("end_date"), QStringLiteral("start_date")); },
                 [&] { return numberBetween(t, r, QStringLiteral("plan_version"), 1, 100000); });
         }},
        {QStringLiteral("plan_review"),
         [](const Clock& c, const TableDef& t, const QVariantMap& r, const QString&) {
             return all(
                 [&] { return notInFuture(c, t, r, QStringLiteral("review_date")); },
                 [&] { return notBefore(t, r, QStringLiteral("next_review_date"), QStringLiteral("review_date")); });
         }},
        {QStringLiteral("activity"),
         [](const Clock& c, const TableDef& t, const QVariantMap& r, const QString&) -> Status {
             const QDateTime at = QDateTime::fromString(r.value(QStringLiteral("happened_at")).toString(),
                                                        QStringLiteral("yyyy-MM-ddTHH:mm"));
             // A day of slack for laptops whose clock or time zone is a little off.
             if (at.isValid() && at > c.now().toLocalTime().addDays(1)) {
                 return fieldError(QStringLiteral("happened_at"),
                                   Validation::tr("%1: a visit or service is recorded after it happened; this one is "
                                                  "in the future. Plan it as the next visit instead.")
                                       .arg(label(t, QStringLiteral("happened_at"))));
             }
             return all(
                 [&] { return oneOf(t, r, QStringLiteral("person_id"), QStringLiteral("household_id"), false); },
                 [&] { return numberBetween(t, r, QStringLiteral("minutes"), 0, 24 * 60); },
                 [&] { return notBefore(t, r, QStringLiteral("next_visit_date"), QStringLiteral("happened_at")); });
         }},
        {QStringLiteral("activity_participant"),
         [](const Clock&, const TableDef& t, const QVariantMap& r, const QString&) {
             return oneOf(t, r, QStringLiteral("person_id"), QStringLiteral("staff_id"), true);
         }},
        {QStringLiteral("task"),
         [](const Clock&, const TableDef& t, const QVariantMap& r, const QString&) {
             return oneOf(t, r, QStringLiteral("person_id"), QStringLiteral("household_id"), false);
         }},
        {QStringLiteral("referral"),
         [](const Clock& c, const TableDef& t, const QVariantMap& r, const QString&) {
             return all([&] { return oneOf(t, r, QStringLiteral("person_id"), QStringLiteral("household_id"), false); },
                        [&] { return notInFuture(c, t, r, QStringLiteral("sent_date")); },
                        [&] { return notBefore(t, r, QStringLiteral("status_date"), QStringLiteral("sent_date")); });
         }},
        {QStringLiteral("event"),
         [](const Clock&, const TableDef& t, const QVariantMap& r, const QString&) {
             return all([&] { return numberBetween(t, r, QStringLiteral("hours"), 0, 1000); },
                        [&] { return numberBetween(t, r, QStringLiteral("external_guests"), 0, 100000); });
         }},
        {QStringLiteral("indicator"),
         [](const Clock&, const TableDef&, const QVariantMap& r, const QString&) {
             return IndicatorKinds::validate(r.value(QStringLiteral("kind")).toString(),
                                             r.value(QStringLiteral("params")).toString());
         }},
        {QStringLiteral("indicator_target"),
         [](const Clock&, const TableDef& t, const QVariantMap& r, const QString&) {
             return all([&] { return targetPeriod(t, r); },
                        [&] { return numberBetween(t, r, QStringLiteral("target"), 0, 1e9); });
         }},
        {QStringLiteral("attendance"),
         [](const Clock&, const TableDef& t, const QVariantMap& r, const QString&) {
             return all([&] { return oneOf(t, r, QStringLiteral("person_id"), QStringLiteral("staff_id"), true); },
                        [&] { return numberBetween(t, r, QStringLiteral("hours"), 0, 1000); });
         }},
    };
    return table;
}

} // namespace

Status Validation::checkRecord(const Clock& clock, const TableDef& table, const QVariantMap& record,
                               const QString& id) {
    const auto it = rules().constFind(table.name);
    if (it == rules().constEnd()) {
        return {};
    }
    return (*it)(clock, table, record, id);
}

} // namespace fieldcase::core
