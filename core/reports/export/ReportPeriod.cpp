// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/export/ReportPeriod.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QRegularExpression>

namespace fieldcase::core {

namespace {

const QString kProgrammePeriod =
    QStringLiteral("SELECT start_date, end_date FROM programme WHERE deleted = 0 ORDER BY rid LIMIT 1");

const QString kLiveLocality = QStringLiteral("SELECT 1 FROM locality WHERE id = ? AND deleted = 0");

} // namespace

Result<QDate> ReportPeriod::parseDay(const QString& text, const QString& option) {
    static const QRegularExpression kForm(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate day = kForm.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!day.isValid()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 must be a day that exists, written YYYY-MM-DD (for example 2026-01-31); \"%2\" is "
                            "not.")
                             .arg(option, text),
                         {}, option);
    }
    return day;
}

Result<ReportScope> ReportPeriod::resolve(Database& db, const std::optional<QDate>& from,
                                          const std::optional<QDate>& to, const QString& localityId,
                                          const QDate& today) {
    ReportScope scope;
    scope.localityId = localityId;
    QDate programmeStart;
    QDate programmeEnd;
    if (!from || !to) {
        Statement programme(db, kProgrammePeriod);
        if (auto s = programme.exec(); !s) {
            return s.error();
        }
        if (programme.next()) {
            programmeStart = QDate::fromString(programme.value(0).toString(), Qt::ISODate);
            programmeEnd = QDate::fromString(programme.value(1).toString(), Qt::ISODate);
        }
    }
    scope.from = from ? *from : programmeStart.isValid() ? programmeStart : QDate(today.year(), 1, 1);
    scope.to = to ? *to : programmeEnd.isValid() ? programmeEnd : QDate(today.year(), 12, 31);
    if (scope.from > scope.to) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The period would end on %1, before it starts on %2. Choose a first day on or before "
                            "the last.")
                             .arg(scope.to.toString(Qt::ISODate), scope.from.toString(Qt::ISODate)));
    }
    if (!localityId.isEmpty()) {
        Statement locality(db, kLiveLocality);
        locality.bind(localityId);
        auto found = locality.scalar();
        if (!found) {
            return found.error();
        }
        if (found->isNull()) {
            return makeError(ErrorCode::NotFound,
                             tr("There is no locality with the id %1 in this database. Check the id against the "
                                "list of localities.")
                                 .arg(localityId),
                             {}, QStringLiteral("--locality"));
        }
    }
    return scope;
}

} // namespace fieldcase::core
