// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/IndicatorSeed.h"

#include "domain/EsfCatalogue.h"
#include "domain/IndicatorKinds.h"
#include "domain/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fieldcase::core {

namespace {

QJsonArray texts(std::initializer_list<const char*> items) {
    QJsonArray out;
    for (const char* i : items) {
        out.append(QString::fromLatin1(i));
    }
    return out;
}

// A target for each calendar year the programme runs in, and one for the whole programme.
QList<SeedTarget> yearly(double perYear, double whole, const QDate& start, const QDate& end) {
    QList<SeedTarget> out;
    if (start.isValid() && end.isValid()) {
        for (int year = start.year(); year <= end.year(); ++year) {
            out.append({QStringLiteral("year"), QDate(year, 1, 1), perYear});
        }
    }
    out.append({QStringLiteral("whole_programme"), QDate(), whole});
    return out;
}

QList<SeedTarget> whole(double target) {
    return {{QStringLiteral("whole_programme"), QDate(), target}};
}

QList<SeedIndicator> examples(const QString& kind, const QDate& start, const QDate& end) {
    QList<SeedIndicator> out;
    if (kind == QStringLiteral("catching_up")) {
        // Seeds 000 and 001: a plan for every person aged 16 to 55; at least 110 managers, professionals
        // and support staff; 50 experience experts; forums and trainings.
        out.append({QStringLiteral("CU-1"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "People aged 16-55 with a signed development plan"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "People aged 16 to 55 on the day the client signed their "
                                                       "individual or family development plan."),
                    QStringLiteral("signed_plans"),
                    QJsonObject{{QStringLiteral("age_min"), 16}, {QStringLiteral("age_max"), 55}},
                    false,
                    {}});
        out.append({QStringLiteral("CU-2"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "Managers, professionals and support staff involved"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "Staff other than experience experts and municipal staff who "
                                                       "recorded or took part in visits, services, events or "
                                                       "trainings in the period."),
                    QStringLiteral("staff_active"),
                    QJsonObject{{QStringLiteral("role"),
                                 texts({"social_worker", "case_manager", "supervisor", "health_mediator",
                                        "education_mediator", "assistant", "coordinator"})},
                                {QStringLiteral("experience_expert"), false}},
                    false, whole(110)});
        out.append({QStringLiteral("CU-3"), QT_TRANSLATE_NOOP("IndicatorSeed", "Experience experts employed"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "Experience experts who recorded or took part in visits, "
                                                       "services, events or trainings in the period."),
                    QStringLiteral("staff_active"), QJsonObject{{QStringLiteral("experience_expert"), true}}, false,
                    whole(50)});
        out.append({QStringLiteral("CU-4"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "Forums held"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "Forums that monitor expectations and achievements, held in "
                                                       "the period."),
                    QStringLiteral("events_held"),
                    QJsonObject{{QStringLiteral("event_kind"), texts({"forum"})}},
                    false,
                    {}});
        out.append({QStringLiteral("CU-5"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "Trainings held"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "Trainings held in the period."),
                    QStringLiteral("events_held"),
                    QJsonObject{{QStringLiteral("event_kind"), texts({"training"})}},
                    false,
                    {}});
    } else if (kind == QStringLiteral("county_coordination")) {
        // Seed 004: forums twice a year (6 in all), thematic days four times a year (12 in all), a 10-hour
        // training for municipal staff. The service route map is left out (see the header).
        out.append({QStringLiteral("CC-1"), QT_TRANSLATE_NOOP("IndicatorSeed", "County inclusion forums held"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "Inclusion forums held in the period, in April and October."),
                    QStringLiteral("events_held"), QJsonObject{{QStringLiteral("event_kind"), texts({"forum"})}}, false,
                    yearly(2, 6, start, end)});
        out.append({QStringLiteral("CC-2"), QT_TRANSLATE_NOOP("IndicatorSeed", "Thematic days held"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "Thematic days on community cooperation held in the period."),
                    QStringLiteral("events_held"), QJsonObject{{QStringLiteral("event_kind"), texts({"thematic_day"})}},
                    false, yearly(4, 12, start, end)});
        out.append(
            {QStringLiteral("CC-3"),
             QT_TRANSLATE_NOOP("IndicatorSeed", "Municipal staff who completed the 10-hour training"),
             QT_TRANSLATE_NOOP("IndicatorSeed", "Municipal staff with at least 10 hours of training in the "
                                                "period, recorded as their trainings or as attendance at "
                                                "training events."),
             QStringLiteral("staff_trained"),
             QJsonObject{{QStringLiteral("role"), texts({"municipal_staff"})}, {QStringLiteral("min_hours"), 10}},
             false,
             {}});
    } else if (kind == QStringLiteral("social_services")) {
        // Seed 002: hand-over between facilities and the return to the labour market. Shelter beds in
        // use are left out (see the header).
        out.append({QStringLiteral("SS-1"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "Clients handed over between facilities"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "Hand-overs to another facility sent in the period and not "
                                                       "declined or cancelled."),
                    QStringLiteral("handovers"),
                    QJsonObject{{QStringLiteral("status"), texts({"sent", "accepted", "completed"})}},
                    false,
                    {}});
        out.append({QStringLiteral("SS-2"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "People in employment on leaving"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "People whose exit record in the period says employed or "
                                                       "self-employed."),
                    QStringLiteral("leavers"),
                    QJsonObject{{QStringLiteral("situation"), texts({"employed", "self_employed"})}},
                    false,
                    {}});
    } else if (kind == QStringLiteral("community_centre")) {
        // Seed 003: the multidisciplinary mobile team and the community's participation in local
        // decisions. Complaints answered in time are left out (see the header).
        out.append({QStringLiteral("CW-1"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "Families served by the mobile team"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "Households with a visit or service in the period in which at "
                                                       "least two staff members took part."),
                    QStringLiteral("households_served"),
                    QJsonObject{{QStringLiteral("min_staff"), 2}},
                    false,
                    {}});
        out.append({QStringLiteral("CW-2"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "Participation events held"),
                    QT_TRANSLATE_NOOP("IndicatorSeed", "Community meetings and consultations on local decisions "
                                                       "held in the period."),
                    QStringLiteral("events_held"),
                    QJsonObject{{QStringLiteral("event_kind"), texts({"community_meeting"})}},
                    false,
                    {}});
    }
    return out;
}

QString text(const char* source, bool translated) {
    if (!source) {
        return {};
    }
    return translated ? QCoreApplication::translate("IndicatorSeed", source) : QString::fromUtf8(source);
}

} // namespace

QList<SeedIndicator> IndicatorSeed::forProgramme(const QString& programmeKind, const QDate& start, const QDate& end) {
    QList<SeedIndicator> out = examples(programmeKind, start, end);
    for (const EsfIndicator& e : EsfCatalogue::indicators(EsfSet::Esf2021)) {
        SeedIndicator s;
        s.code = QString::fromLatin1(e.code);
        s.kind = QStringLiteral("esf_common");
        s.params = QJsonObject{{QStringLiteral("code"), s.code}};
        s.builtIn = true;
        out.append(s);
    }
    return out;
}

QVariantMap IndicatorSeed::indicatorFields(const SeedIndicator& seed, const QString& programmeId, int sortOrder,
                                           bool translated) {
    QString name = text(seed.name, translated);
    if (seed.builtIn) {
        // Built-in indicators are shown by the catalogue's wording in the reader's language; the
        // stored name is the regulation's English one.
        const EsfIndicator* e = EsfCatalogue::find(seed.code);
        name = e ? QString::fromUtf8(e->label) : seed.code;
    }
    QVariantMap fields = {{QStringLiteral("code"), seed.code},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("unit"), IndicatorKinds::unit(seed.kind)},
                          {QStringLiteral("kind"), seed.kind},
                          {QStringLiteral("built_in"), seed.builtIn},
                          {QStringLiteral("sort_order"), sortOrder}};
    if (!programmeId.isEmpty()) {
        fields.insert(QStringLiteral("programme_id"), programmeId);
    }
    if (!seed.params.isEmpty()) {
        fields.insert(QStringLiteral("params"),
                      QString::fromUtf8(QJsonDocument(seed.params).toJson(QJsonDocument::Compact)));
    }
    if (seed.description) {
        fields.insert(QStringLiteral("description"), text(seed.description, translated));
    }
    return fields;
}

QVariantMap IndicatorSeed::targetFields(const QString& indicatorId, const SeedTarget& target) {
    QVariantMap fields = {{QStringLiteral("indicator_id"), indicatorId},
                          {QStringLiteral("period"), target.period},
                          {QStringLiteral("target"), target.target}};
    if (target.periodStart.isValid()) {
        fields.insert(QStringLiteral("period_start"), target.periodStart);
    }
    return fields;
}

Result<int> IndicatorSeed::write(RecordStore& store, const QString& programmeId, const QList<SeedIndicator>& seeds) {
    int written = 0;
    for (int i = 0; i < seeds.size(); ++i) {
        const SeedIndicator& seed = seeds.at(i);
        auto id = store.create(QStringLiteral("indicator"), indicatorFields(seed, programmeId, i + 1, true));
        if (!id) {
            return id.error();
        }
        ++written;
        for (const SeedTarget& t : seed.targets) {
            auto target = store.create(QStringLiteral("indicator_target"), targetFields(*id, t));
            if (!target) {
                return target.error();
            }
            ++written;
        }
    }
    return written;
}

} // namespace fieldcase::core
