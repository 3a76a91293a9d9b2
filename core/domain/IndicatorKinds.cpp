// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/IndicatorKinds.h"

#include "domain/EsfCatalogue.h"
#include "domain/Schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace fieldcase::core {

namespace {

using Type = IndicatorParam::Type;

QStringList choicesOf(const QString& table, const QString& field) {
    const TableDef* t = Schema::instance().table(table);
    const FieldDef* f = t ? t->field(field) : nullptr;
    return f ? f->enumValues : QStringList();
}

IndicatorParam list(const QString& name, const QStringList& choices) {
    return {name, Type::ChoiceList, false, choices, 0, 0};
}

IndicatorParam age(const QString& name) {
    return {name, Type::Integer, false, {}, 0, 130};
}

const QHash<QString, QList<IndicatorParam>>& table() {
    static const QHash<QString, QList<IndicatorParam>> kinds = [] {
        const QString entry = QStringLiteral("entry_record");
        const QStringList answers = {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("declined")};
        QHash<QString, QList<IndicatorParam>> k;
        k.insert(QStringLiteral("esf_common"),
                 {{QStringLiteral("code"), Type::Choice, true, EsfCatalogue::codes(), 0, 0}});
        k.insert(QStringLiteral("participants"),
                 {age(QStringLiteral("age_min")), age(QStringLiteral("age_max")),
                  list(QStringLiteral("gender"), choicesOf(QStringLiteral("person"), QStringLiteral("gender"))),
                  list(QStringLiteral("labour_status"), choicesOf(entry, QStringLiteral("labour_status"))),
                  list(QStringLiteral("isced"), choicesOf(entry, QStringLiteral("isced"))),
                  list(QStringLiteral("disability"), answers), list(QStringLiteral("minority"), answers),
                  list(QStringLiteral("homeless"), answers), list(QStringLiteral("jobless_household"), answers),
                  list(QStringLiteral("single_adult_with_children"), answers),
                  list(QStringLiteral("foreign_background"), answers),
                  list(QStringLiteral("citizenship"), choicesOf(entry, QStringLiteral("citizenship"))),
                  list(QStringLiteral("urban_class"),
                       choicesOf(QStringLiteral("locality"), QStringLiteral("urban_class")))});
        k.insert(
            QStringLiteral("leavers"),
            {list(QStringLiteral("situation"), choicesOf(QStringLiteral("exit_record"), QStringLiteral("situation"))),
             {QStringLiteral("qualification_gained"), Type::Bool, false, {}, 0, 0},
             list(QStringLiteral("gender"), choicesOf(QStringLiteral("person"), QStringLiteral("gender")))});
        k.insert(QStringLiteral("signed_plans"),
                 {age(QStringLiteral("age_min")), age(QStringLiteral("age_max")),
                  list(QStringLiteral("plan_kind"), choicesOf(QStringLiteral("plan"), QStringLiteral("kind")))});
        const QStringList eventKinds = choicesOf(QStringLiteral("event"), QStringLiteral("kind"));
        k.insert(QStringLiteral("events_held"), {list(QStringLiteral("event_kind"), eventKinds),
                                                 {QStringLiteral("min_hours"), Type::Number, false, {}, 0, 1000}});
        k.insert(QStringLiteral("event_hours"), {list(QStringLiteral("event_kind"), eventKinds)});
        const QStringList roles = choicesOf(QStringLiteral("staff"), QStringLiteral("role"));
        k.insert(QStringLiteral("staff_active"), {list(QStringLiteral("role"), roles),
                                                  {QStringLiteral("experience_expert"), Type::Bool, false, {}, 0, 0}});
        k.insert(QStringLiteral("staff_trained"), {list(QStringLiteral("role"), roles),
                                                   {QStringLiteral("min_hours"), Type::Number, true, {}, 0.25, 1000}});
        k.insert(QStringLiteral("households_served"),
                 {list(QStringLiteral("activity_kind"), choicesOf(QStringLiteral("activity"), QStringLiteral("kind"))),
                  {QStringLiteral("min_staff"), Type::Integer, false, {}, 1, 20}});
        k.insert(QStringLiteral("handovers"),
                 {list(QStringLiteral("status"), choicesOf(QStringLiteral("referral"), QStringLiteral("status")))});
        return k;
    }();
    return kinds;
}

Error paramError(const QString& message) {
    return makeError(ErrorCode::InvalidInput, message, {}, QStringLiteral("params"));
}

Status checkValue(const QString& kind, const IndicatorParam& p, const QJsonValue& v) {
    switch (p.type) {
    case Type::Integer:
    case Type::Number: {
        const bool whole = v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
        if (!v.isDouble() || (p.type == Type::Integer && !whole) || v.toDouble() < p.min || v.toDouble() > p.max) {
            return paramError(
                (p.type == Type::Integer
                     ? IndicatorKinds::tr("The parameter \"%1\" of an indicator computed as %2 must be a whole number "
                                          "from %3 to %4.")
                     : IndicatorKinds::tr("The parameter \"%1\" of an indicator computed as %2 must be a number from "
                                          "%3 to %4."))
                    .arg(p.name, Schema::instance().enumLabel(kind))
                    .arg(p.min)
                    .arg(p.max));
        }
        return {};
    }
    case Type::Bool:
        if (!v.isBool()) {
            return paramError(
                IndicatorKinds::tr("The parameter \"%1\" of an indicator computed as %2 must be true or false.")
                    .arg(p.name, Schema::instance().enumLabel(kind)));
        }
        return {};
    case Type::Choice:
        if (!v.isString() || !p.choices.contains(v.toString())) {
            return paramError(
                IndicatorKinds::tr("The parameter \"%1\" of an indicator computed as %2 must be one of: "
                                   "%3.")
                    .arg(p.name, Schema::instance().enumLabel(kind), p.choices.join(QStringLiteral(", "))));
        }
        return {};
    case Type::ChoiceList: {
        const Error wrong = paramError(
            IndicatorKinds::tr("The parameter \"%1\" of an indicator computed as %2 must be a list of one or more of: "
                               "%3, each once.")
                .arg(p.name, Schema::instance().enumLabel(kind), p.choices.join(QStringLiteral(", "))));
        if (!v.isArray() || v.toArray().isEmpty()) {
            return wrong;
        }
        QSet<QString> seen;
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString() || !p.choices.contains(item.toString()) || seen.contains(item.toString())) {
                return wrong;
            }
            seen.insert(item.toString());
        }
        return {};
    }
    }
    return {};
}

} // namespace

QStringList IndicatorKinds::kinds() {
    return choicesOf(QStringLiteral("indicator"), QStringLiteral("kind"));
}

QList<IndicatorParam> IndicatorKinds::params(const QString& kind) {
    return table().value(kind);
}

QString IndicatorKinds::unit(const QString& kind) {
    static const QHash<QString, QString> units = {
        {QStringLiteral("esf_common"), QStringLiteral("people")},
        {QStringLiteral("participants"), QStringLiteral("people")},
        {QStringLiteral("leavers"), QStringLiteral("people")},
        {QStringLiteral("signed_plans"), QStringLiteral("people")},
        {QStringLiteral("events_held"), QStringLiteral("events")},
        {QStringLiteral("event_hours"), QStringLiteral("hours")},
        {QStringLiteral("staff_active"), QStringLiteral("staff")},
        {QStringLiteral("staff_trained"), QStringLiteral("staff")},
        {QStringLiteral("households_served"), QStringLiteral("households")},
        {QStringLiteral("handovers"), QStringLiteral("referrals")},
    };
    return units.value(kind);
}

QJsonObject IndicatorKinds::read(const QString& paramsJson) {
    if (paramsJson.trimmed().isEmpty()) {
        return {};
    }
    return QJsonDocument::fromJson(paramsJson.toUtf8()).object();
}

Status IndicatorKinds::validate(const QString& kind, const QString& paramsJson) {
    const auto found = table().constFind(kind);
    if (found == table().constEnd()) {
        // The field's own check refuses a kind that is not among its choices.
        return {};
    }
    QJsonObject params;
    if (!paramsJson.trimmed().isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(paramsJson.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            return paramError(tr("The parameters of an indicator are written as one JSON object, for example "
                                 "{\"age_min\": 16, \"age_max\": 55}."));
        }
        params = doc.object();
    }
    QStringList names;
    for (const IndicatorParam& p : *found) {
        names.append(p.name);
    }
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!names.contains(it.key())) {
            return paramError(
                names.isEmpty()
                    ? tr("An indicator computed as %1 takes no parameters; \"%2\" is not one.")
                          .arg(Schema::instance().enumLabel(kind), it.key())
                    : tr("An indicator computed as %1 has no parameter \"%2\"; its parameters are: %3.")
                          .arg(Schema::instance().enumLabel(kind), it.key(), names.join(QStringLiteral(", "))));
        }
    }
    for (const IndicatorParam& p : *found) {
        if (!params.contains(p.name)) {
            if (p.required) {
                return paramError(tr("An indicator computed as %1 needs the parameter \"%2\".")
                                      .arg(Schema::instance().enumLabel(kind), p.name));
            }
            continue;
        }
        if (auto s = checkValue(kind, p, params.value(p.name)); !s) {
            return s;
        }
    }
    if (params.contains(QStringLiteral("age_min")) && params.contains(QStringLiteral("age_max")) &&
        params.value(QStringLiteral("age_min")).toInt() > params.value(QStringLiteral("age_max")).toInt()) {
        return paramError(tr("The lowest age (age_min) cannot be above the highest (age_max)."));
    }
    return {};
}

} // namespace fieldcase::core
