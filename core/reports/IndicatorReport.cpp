// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/IndicatorReport.h"

#include "domain/EsfCatalogue.h"
#include "domain/IndicatorKinds.h"
#include "domain/Schema.h"
#include "reports/EsfReport.h"
#include "reports/IndicatorEngine.h"
#include "reports/IndicatorTargets.h"
#include "reports/ReportQuery.h"

namespace fieldcase::core {

namespace {

const QString kIndicators =
    QStringLiteral("SELECT id, code, name, unit, kind, params, built_in FROM indicator WHERE deleted = 0 "
                   "ORDER BY sort_order IS NULL, sort_order, sort_key, id");

QVariant number(double x) {
    // Whole numbers stay whole, so that counts read as counts.
    if (x == double(qint64(x))) {
        return QVariant(qlonglong(x));
    }
    return QVariant(x);
}

} // namespace

Result<ReportTable> IndicatorReport::table(Database& db, const ReportScope& scope) {
    auto indicators = reports::rows(db, kIndicators, {});
    if (!indicators) {
        return indicators.error();
    }
    auto targets = IndicatorTargets::load(db);
    if (!targets) {
        return targets.error();
    }
    auto dates = IndicatorTargets::programmeDates(db);
    if (!dates) {
        return dates.error();
    }
    // The ESF+ common indicators of a set are counted in one pass, however many of them are listed.
    QHash<int, QHash<QString, EsfCounts>> esf;
    IndicatorEngine engine(db);

    ReportTable t;
    t.title = tr("Planned and achieved");
    t.subtitle = EsfReport::describeScope(db, scope);
    t.columns = {{QStringLiteral("code"), tr("Code"), false},         {QStringLiteral("name"), tr("Indicator"), false},
                 {QStringLiteral("unit"), tr("Unit"), false},         {QStringLiteral("target"), tr("Target"), false},
                 {QStringLiteral("achieved"), tr("Achieved"), false}, {QStringLiteral("share"), tr("Share"), false},
                 {QStringLiteral("behind"), tr("Behind by"), false}};
    bool anyNotRecorded = false;
    QStringList unreadable;
    for (const QVariantList& r : *indicators) {
        const QString id = r.at(0).toString();
        const QString code = r.at(1).toString();
        const QString kind = r.at(4).toString();
        const QString unit = r.at(3).toString();
        QString name = r.at(2).toString();
        const QJsonObject params = IndicatorKinds::read(r.at(5).toString());
        const EsfIndicator* esfIndicator = kind == QStringLiteral("esf_common")
                                               ? EsfCatalogue::find(params.value(QStringLiteral("code")).toString())
                                               : nullptr;
        if (r.at(6).toLongLong() == 1 && esfIndicator) {
            name = esfIndicator->displayLabel();
        }

        QVariant achieved;
        bool recorded = true;
        // Parameters this version cannot read (merged from a machine that checked otherwise): the row
        // says so instead of the whole table failing.
        const Status readable = IndicatorKinds::validate(kind, r.at(5).toString());
        if (!readable) {
            unreadable.append(code);
        } else if (esfIndicator) {
            const int set = int(esfIndicator->set);
            if (!esf.contains(set)) {
                auto counts = EsfReport::counts(db, esfIndicator->set, scope);
                if (!counts) {
                    return counts.error();
                }
                esf.insert(set, *counts);
            }
            const EsfCounts c = esf.value(set).value(QLatin1String(esfIndicator->code));
            recorded = c.recorded;
            if (recorded) {
                achieved = number(double(c.total));
            }
        } else {
            Record record;
            record.table = QStringLiteral("indicator");
            record.id = id;
            record.fields = {{QStringLiteral("kind"), kind}, {QStringLiteral("params"), r.at(5)}};
            auto value = engine.achieved(record, scope);
            if (!value) {
                if (value.error().code != ErrorCode::Unsupported) {
                    return value.error();
                }
                recorded = false;
            } else {
                achieved = number(*value);
            }
        }
        anyNotRecorded = anyNotRecorded || !recorded;
        const bool computed = readable.ok() && recorded;

        const TargetChoice choice = IndicatorTargets::choose(targets->value(id), scope, dates->first, dates->second);
        QVariant target;
        QVariant share;
        QVariant behind;
        bool isBehind = false;
        if (choice.found) {
            target = number(choice.target);
            if (computed) {
                const double a = achieved.toDouble();
                if (choice.target > 0) {
                    share = a / choice.target;
                }
                isBehind = a < choice.target;
                behind = number(isBehind ? choice.target - a : 0.0);
            }
        }
        t.rows.append({{code}, {name}, {Schema::instance().enumLabel(unit)}, {target}, {achieved}, {share}, {behind}});
        t.rowData.append({{QStringLiteral("indicator_id"), id},
                          {QStringLiteral("kind"), kind},
                          {QStringLiteral("unit"), unit},
                          {QStringLiteral("has_target"), choice.found},
                          {QStringLiteral("behind"), isBehind},
                          {QStringLiteral("recorded"), recorded},
                          {QStringLiteral("computed"), computed},
                          {QStringLiteral("target_ids"), choice.ids}});
    }
    t.notes.append(tr("The target of a period is the sum of the targets set for the whole programme, the years, the "
                      "quarters or the months that lie within it, the largest of these that has any; the whole "
                      "programme's target is the sum of its localities' where it has none of its own."));
    t.notes.append(tr("Behind by: what is still missing to reach the whole target of the period, whatever part of "
                      "the period has passed."));
    if (!unreadable.isEmpty()) {
        t.notes.append(tr("Not computed, because their parameters cannot be read: %1. Correct them in the "
                          "catalogue of indicators.")
                           .arg(unreadable.join(QStringLiteral(", "))));
    }
    if (anyNotRecorded) {
        t.notes.append(tr("Indicators that rest on special-category data are empty: this programme does not record "
                          "such data."));
    }
    return t;
}

} // namespace fieldcase::core
