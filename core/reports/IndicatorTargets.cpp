// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/IndicatorTargets.h"

#include "reports/ReportQuery.h"

#include <QMap>

namespace fieldcase::core {

namespace {

const QString kTargets = QStringLiteral(
    "SELECT t.indicator_id, t.id, t.period, t.period_start, t.locality_id, t.target FROM indicator_target t "
    "JOIN indicator i ON i.id = t.indicator_id AND i.deleted = 0 WHERE t.deleted = 0 ORDER BY t.indicator_id, t.id");
const QString kProgrammeDates =
    QStringLiteral("SELECT start_date, end_date FROM programme WHERE deleted = 0 ORDER BY id LIMIT 1");

const QStringList kOrder = {QStringLiteral("whole_programme"), QStringLiteral("year"), QStringLiteral("quarter"),
                            QStringLiteral("month")};

} // namespace

QPair<QDate, QDate> IndicatorTargets::range(const TargetRow& row, const QDate& programmeStart,
                                            const QDate& programmeEnd) {
    if (row.period == QStringLiteral("whole_programme")) {
        return {programmeStart, programmeEnd};
    }
    const int months = row.period == QStringLiteral("year") ? 12 : row.period == QStringLiteral("quarter") ? 3 : 1;
    return {row.periodStart, row.periodStart.addMonths(months).addDays(-1)};
}

TargetChoice IndicatorTargets::choose(const QList<TargetRow>& targets, const ReportScope& scope,
                                      const QDate& programmeStart, const QDate& programmeEnd) {
    TargetChoice choice;
    QList<TargetRow> place;
    for (const TargetRow& t : targets) {
        if (t.localityId == scope.localityId) {
            place.append(t);
        }
    }
    if (place.isEmpty() && scope.localityId.isEmpty()) {
        place = targets;
        choice.summedPlaces = !place.isEmpty();
    }
    const bool coversProgramme =
        (!scope.from.isValid() || (programmeStart.isValid() && scope.from <= programmeStart)) &&
        (!scope.to.isValid() || (programmeEnd.isValid() && scope.to >= programmeEnd));
    for (const QString& period : kOrder) {
        // Keyed by period and place: the one made last (the largest UUIDv7) stands for duplicates.
        QMap<QString, TargetRow> chosen;
        for (const TargetRow& t : std::as_const(place)) {
            if (t.period != period) {
                continue;
            }
            if (period == QStringLiteral("whole_programme")) {
                if (!coversProgramme) {
                    continue;
                }
            } else {
                const auto [first, last] = range(t, programmeStart, programmeEnd);
                if (!first.isValid() || (scope.from.isValid() && first < scope.from) ||
                    (scope.to.isValid() && last > scope.to)) {
                    continue;
                }
            }
            const QString key = t.periodStart.toString(Qt::ISODate) + QLatin1Char('|') + t.localityId;
            if (!chosen.contains(key) || chosen.value(key).id < t.id) {
                chosen.insert(key, t);
            }
        }
        if (chosen.isEmpty()) {
            continue;
        }
        choice.found = true;
        choice.period = period;
        for (const TargetRow& t : std::as_const(chosen)) {
            choice.target += t.target;
            choice.ids.append(t.id);
        }
        return choice;
    }
    choice.summedPlaces = false;
    return choice;
}

Result<QHash<QString, QList<TargetRow>>> IndicatorTargets::load(Database& db) {
    auto found = reports::rows(db, kTargets, {});
    if (!found) {
        return found.error();
    }
    QHash<QString, QList<TargetRow>> out;
    for (const QVariantList& r : *found) {
        TargetRow t;
        t.id = r.at(1).toString();
        t.period = r.at(2).toString();
        t.periodStart = QDate::fromString(r.at(3).toString(), Qt::ISODate);
        t.localityId = r.at(4).toString();
        t.target = r.at(5).toDouble();
        out[r.at(0).toString()].append(t);
    }
    return out;
}

Result<QPair<QDate, QDate>> IndicatorTargets::programmeDates(Database& db) {
    auto found = reports::rows(db, kProgrammeDates, {});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return QPair<QDate, QDate>();
    }
    return QPair<QDate, QDate>(QDate::fromString(found->first().at(0).toString(), Qt::ISODate),
                               QDate::fromString(found->first().at(1).toString(), Qt::ISODate));
}

} // namespace fieldcase::core
