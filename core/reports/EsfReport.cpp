// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/EsfReport.h"

#include "reports/EsfRules.h"
#include "reports/ReportQuery.h"
#include "storage/Statement.h"

namespace fieldcase::core {

using namespace reports;

namespace {

const QString kSpecialCategories =
    QStringLiteral("SELECT special_categories FROM programme WHERE deleted = 0 ORDER BY id LIMIT 1");
const QString kLocalityName = QStringLiteral("SELECT name FROM locality WHERE id = ?");

// Adds one indicator's counts from rows of (gender bucket, count, declined count).
void addBucket(EsfCounts& c, int bucket, qint64 n) {
    switch (bucket) {
    case 0:
        c.women += n;
        break;
    case 1:
        c.men += n;
        break;
    case 2:
        c.nonBinary += n;
        break;
    default:
        break;
    }
    c.total += n;
}

Status countOutputs(Database& db, const QList<EsfIndicator>& indicators, const ScopeBounds& bounds,
                    QHash<QString, EsfCounts>& out) {
    ReportQuery q;
    QString sql = participantCte(q, bounds) + QStringLiteral("SELECT g");
    QList<const EsfRule*> used;
    for (const EsfIndicator& i : indicators) {
        if (i.result) {
            continue;
        }
        const EsfRule* rule = esfRule(QLatin1String(i.code));
        used.append(rule);
        sql += QStringLiteral(", total(coalesce((%1), 0))").arg(QLatin1String(rule->condition));
        if (rule->declined) {
            sql += QStringLiteral(", total(coalesce((%1), 0))").arg(QLatin1String(rule->declined));
        }
    }
    sql += QStringLiteral(" FROM participant GROUP BY g");
    auto found = rows(db, sql, q.values());
    if (!found) {
        return found.error();
    }
    for (const EsfRule* rule : std::as_const(used)) {
        EsfCounts& c = out[QLatin1String(rule->code)];
        c.declined = rule->declined ? 0 : -1;
    }
    for (const QVariantList& row : *found) {
        const int bucket = row.at(0).toInt();
        int column = 1;
        for (const EsfRule* rule : std::as_const(used)) {
            EsfCounts& c = out[QLatin1String(rule->code)];
            addBucket(c, bucket, qint64(row.at(column++).toDouble()));
            if (rule->declined) {
                c.declined += qint64(row.at(column++).toDouble());
            }
        }
    }
    return {};
}

Status countResults(Database& db, const QList<EsfIndicator>& indicators, const ScopeBounds& bounds,
                    QHash<QString, EsfCounts>& out) {
    ReportQuery q;
    QString sql = leaverCte(q, bounds) + QStringLiteral("SELECT g");
    QList<const EsfRule*> used;
    for (const EsfIndicator& i : indicators) {
        if (!i.result) {
            continue;
        }
        const EsfRule* rule = esfRule(QLatin1String(i.code));
        used.append(rule);
        // A person who left twice in the period is one participant.
        sql += QStringLiteral(", count(DISTINCT CASE WHEN %1 THEN person_id END)").arg(QLatin1String(rule->condition));
    }
    if (used.isEmpty()) {
        return {};
    }
    sql += QStringLiteral(" FROM leaver GROUP BY g");
    auto found = rows(db, sql, q.values());
    if (!found) {
        return found.error();
    }
    for (const EsfRule* rule : std::as_const(used)) {
        out[QLatin1String(rule->code)].declined = -1;
    }
    for (const QVariantList& row : *found) {
        const int bucket = row.at(0).toInt();
        for (int k = 0; k < used.size(); ++k) {
            addBucket(out[QLatin1String(used.at(k)->code)], bucket, row.at(k + 1).toLongLong());
        }
    }
    return {};
}

QVariant count(qint64 n) {
    return QVariant(qlonglong(n));
}

} // namespace

Result<bool> EsfReport::recordsSpecialCategories(Database& db) {
    Statement st(db, kSpecialCategories);
    auto v = st.scalar();
    if (!v) {
        return v.error();
    }
    return !v->isNull() && v->toLongLong() == 1;
}

Result<QHash<QString, EsfCounts>> EsfReport::counts(Database& db, EsfSet set, const ReportScope& scope) {
    const QList<EsfIndicator>& indicators = EsfCatalogue::indicators(set);
    const ScopeBounds bounds = boundsOf(scope);
    QHash<QString, EsfCounts> out;
    if (auto s = countOutputs(db, indicators, bounds, out); !s) {
        return s.error();
    }
    if (auto s = countResults(db, indicators, bounds, out); !s) {
        return s.error();
    }
    auto special = recordsSpecialCategories(db);
    if (!special) {
        return special.error();
    }
    if (!*special) {
        for (const EsfIndicator& i : indicators) {
            if (i.specialCategory) {
                EsfCounts& c = out[QLatin1String(i.code)];
                c = EsfCounts();
                c.recorded = false;
            }
        }
    }
    return out;
}

Result<ReportTable> EsfReport::table(Database& db, EsfSet set, const ReportScope& scope, ReportAudience audience) {
    auto found = counts(db, set, scope);
    if (!found) {
        return found.error();
    }
    ReportTable t;
    t.title = set == EsfSet::Esf2021 ? tr("ESF+ common indicators on participants (2021-2027)")
                                     : tr("ESF common indicators on participants (2014-2020)");
    t.subtitle = describeScope(db, scope);
    t.columns = {{QStringLiteral("code"), tr("Code"), false},
                 {QStringLiteral("label"), tr("Indicator"), false},
                 {QStringLiteral("women"), tr("Women"), true},
                 {QStringLiteral("men"), tr("Men"), true},
                 {QStringLiteral("non_binary"), tr("Non-binary"), true},
                 {QStringLiteral("total"), tr("Total"), true},
                 {QStringLiteral("declined"), tr("Declined to answer"), true}};
    // Declared for ReportSuppression, which then hides a second cell wherever the total and the
    // other parts would give a small count away.
    for (const QString& part : {QStringLiteral("women"), QStringLiteral("men"), QStringLiteral("non_binary")}) {
        t.columns[t.column(part)].partOf = QStringLiteral("total");
    }
    bool anyNotRecorded = false;
    QHash<QString, int> rowOf;
    for (const EsfIndicator& i : EsfCatalogue::indicators(set)) {
        const QString code = QLatin1String(i.code);
        const EsfCounts c = found->value(code);
        QList<ReportCell> row = {{code}, {i.displayLabel()}};
        if (c.recorded) {
            row += {{count(c.women)}, {count(c.men)}, {count(c.nonBinary)}, {count(c.total)}};
            row.append({c.declined >= 0 ? count(c.declined) : QVariant()});
        } else {
            anyNotRecorded = true;
            for (int k = 0; k < 5; ++k) {
                row.append({QVariant()});
            }
        }
        rowOf.insert(code, int(t.rows.size()));
        t.rows.append(row);
        t.rowData.append({{QStringLiteral("code"), code}, {QStringLiteral("recorded"), c.recorded}});
    }
    // Labour status and level of education at entry each split the participants: those rows add up to
    // the total number of participants (to less where one was not recorded, which only hides more).
    if (set == EsfSet::Esf2021 && rowOf.contains(QStringLiteral("EECO11"))) {
        for (const QStringList& parts :
             {QStringList{QStringLiteral("EECO01"), QStringLiteral("EECO03"), QStringLiteral("EECO04")},
              QStringList{QStringLiteral("EECO08"), QStringLiteral("EECO09"), QStringLiteral("EECO10")}}) {
            ReportRowSum sum{rowOf.value(QStringLiteral("EECO11")), {}};
            for (const QString& code : parts) {
                sum.parts.append(rowOf.value(code));
            }
            t.rowSums.append(sum);
        }
    }
    t.notes.append(tr("Each participant is counted once, with the answers recorded at their first entry; a later "
                      "entry record changes nothing. Ages are at the date of entry."));
    t.notes.append(tr("Women, men and non-binary add up to the total except for participants whose gender is not "
                      "recorded, who are in the total only. A declined answer is counted as declined, never as yes "
                      "or no."));
    t.notes.append(tr("Long-term unemployed: unemployed for more than 6 months at entry under the age of 25, more "
                      "than 12 months from 25; where the date since when someone is unemployed was not recorded, "
                      "as the entry record says."));
    t.notes.append(tr("People without a household are counted for the whole programme only, not in a locality; "
                      "rural areas come from the degree of urbanisation of the household's locality."));
    if (anyNotRecorded) {
        t.notes.append(tr("Disability and minority are not recorded: this programme does not record special-category "
                          "data, so their rows are empty, not zero."));
    }
    if (audience == ReportAudience::OutsideProgramme) {
        SuppressionGroups groups;
        const int women = t.column(QStringLiteral("women"));
        groups.columns.append({women, women + 1, women + 2});
        const QList<QStringList> adding =
            set == EsfSet::Esf2021
                ? QList<QStringList>{{QStringLiteral("EECO01"), QStringLiteral("EECO03"), QStringLiteral("EECO04")},
                                     {QStringLiteral("EECO08"), QStringLiteral("EECO09"), QStringLiteral("EECO10")}}
                : QList<QStringList>{{QStringLiteral("CO01"), QStringLiteral("CO03"), QStringLiteral("CO05")}};
        for (const QStringList& codes : adding) {
            QList<int> group;
            for (const QString& code : codes) {
                group.append(rowOf.value(code));
            }
            groups.rows.append(group);
        }
        ReportPrivacy::suppressSmallCells(t, groups);
    }
    return t;
}

bool EsfReport::memberQuery(const QString& code, const ReportScope& scope, QString* sql, QVariantList* values) {
    const EsfIndicator* indicator = EsfCatalogue::find(code);
    const EsfRule* rule = esfRule(code);
    if (!indicator || !rule) {
        return false;
    }
    ReportQuery q;
    const ScopeBounds bounds = boundsOf(scope);
    if (indicator->result) {
        *sql = leaverCte(q, bounds) + QStringLiteral("SELECT DISTINCT person_id FROM leaver WHERE ") +
               QLatin1String(rule->condition);
    } else {
        *sql = participantCte(q, bounds) + QStringLiteral("SELECT person_id FROM participant WHERE ") +
               QLatin1String(rule->condition);
    }
    *values = q.values();
    return true;
}

QString EsfReport::describeScope(Database& db, const ReportScope& scope) {
    QString place = tr("whole programme");
    if (!scope.localityId.isEmpty()) {
        Statement st(db, kLocalityName);
        st.bind(scope.localityId);
        auto name = st.scalar();
        place = name && !name->isNull() ? name->toString() : scope.localityId;
    }
    if (!scope.from.isValid() && !scope.to.isValid()) {
        return tr("All dates, %1").arg(place);
    }
    const QString from = scope.from.isValid() ? scope.from.toString(Qt::ISODate) : tr("the start");
    const QString to = scope.to.isValid() ? scope.to.toString(Qt::ISODate) : tr("today");
    return tr("%1 to %2, %3").arg(from, to, place);
}

} // namespace fieldcase::core
