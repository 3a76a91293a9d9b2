// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DocumentData.h"

#include "documents/DocumentLogos.h"
#include "domain/FieldValue.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "util/HybridLogicalClock.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace fieldcase::core {

namespace {

const QString kFirstProgramme = QStringLiteral("SELECT id FROM programme WHERE deleted = 0 ORDER BY rid LIMIT 1");

const QString kStaffByUser =
    QStringLiteral("SELECT full_name FROM staff WHERE deleted = 0 AND username = ? ORDER BY rid LIMIT 1");

// A family plan belongs to its household; an individual plan reaches the household (and so the
// locality) through its person.
const QString kPlansAwaitingSignature =
    QStringLiteral("SELECT p.id FROM plan p "
                   "LEFT JOIN person pe ON pe.id = p.person_id "
                   "JOIN household h ON h.id = coalesce(p.household_id, pe.household_id) "
                   "WHERE p.deleted = 0 AND p.status = 'awaiting_signature' AND h.deleted = 0 AND h.locality_id = ? "
                   "ORDER BY h.sort_key, h.id, p.kind, pe.sort_key, p.id");

const QString kSignatureQueues =
    QStringLiteral("SELECT h.locality_id, count(*) FROM plan p "
                   "LEFT JOIN person pe ON pe.id = p.person_id "
                   "JOIN household h ON h.id = coalesce(p.household_id, pe.household_id) "
                   "WHERE p.deleted = 0 AND p.status = 'awaiting_signature' AND h.deleted = 0 "
                   "GROUP BY h.locality_id");

QString yearFormat(QLocale::FormatType type) {
    QString format = QLocale().dateFormat(type);
    if (!format.contains(QStringLiteral("yyyy"))) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return format;
}

} // namespace

QString printDate(const QDate& date) {
    return date.isValid() ? QLocale().toString(date, yearFormat(QLocale::ShortFormat)) : QString();
}

QString printDateTime(const QDateTime& dateTime) {
    if (!dateTime.isValid()) {
        return {};
    }
    // Seconds mean nothing on paper.
    QString time = QLocale().timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss"));
    return QLocale().toString(dateTime, yearFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time);
}

DocumentData::DocumentData(Database& db)
    : m_db(db)
    , m_store(db) {}

Result<Record> DocumentData::record(const QString& table, const QString& id) {
    const TableDef* def = Schema::instance().table(table);
    const QString what = def ? def->displayLabel() : table;
    auto found = m_store.get(table, id);
    if (!found) {
        if (found.error().code == ErrorCode::NotFound) {
            return makeError(ErrorCode::NotFound,
                             tr("There is no %1 with the id %2 in this database. Check the id and the database.")
                                 .arg(what.toLower(), id));
        }
        return found.error();
    }
    if (found->deleted) {
        return makeError(ErrorCode::NotFound,
                         tr("The %1 with the id %2 was deleted, so it cannot be printed.").arg(what.toLower(), id));
    }
    m_cache.insert(table + QLatin1Char('/') + id, *found);
    return found;
}

Result<QList<Record>> DocumentData::children(const QString& table, const QString& field, const QString& id,
                                             const QString& orderBy, bool descending, int limit) {
    return m_store.findBy(table, field, id, orderBy, descending, limit);
}

QString DocumentData::show(const Record& record, const QString& field) {
    const TableDef* def = Schema::instance().table(record.table);
    const FieldDef* fieldDef = def ? def->field(field) : nullptr;
    if (!fieldDef) {
        return record.text(field);
    }
    if (fieldDef->type == FieldType::DateTime) {
        return printDateTime(QDateTime::fromString(record.text(field), QStringLiteral("yyyy-MM-ddTHH:mm")));
    }
    return values::display(*fieldDef, record.value(field));
}

QString DocumentData::label(const QString& table, const QString& field) {
    const TableDef* def = Schema::instance().table(table);
    const FieldDef* fieldDef = def ? def->field(field) : nullptr;
    return fieldDef ? fieldDef->displayLabel() : field;
}

const Record* DocumentData::cached(const QString& table, const QString& id) {
    if (id.isEmpty()) {
        return nullptr;
    }
    const QString key = table + QLatin1Char('/') + id;
    auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd()) {
        return &it.value();
    }
    auto found = m_store.get(table, id);
    if (!found || found->deleted) {
        return nullptr;
    }
    return &m_cache.insert(key, *found).value();
}

QString DocumentData::personName(const QString& personId) {
    const Record* person = cached(QStringLiteral("person"), personId);
    if (!person) {
        return {};
    }
    return person->text(QStringLiteral("family_name")) + QLatin1Char(' ') + person->text(QStringLiteral("given_names"));
}

QString DocumentData::staffName(const QString& staffId) {
    const Record* staff = cached(QStringLiteral("staff"), staffId);
    return staff ? staff->text(QStringLiteral("full_name")) : QString();
}

QString DocumentData::localityName(const QString& localityId) {
    const Record* locality = cached(QStringLiteral("locality"), localityId);
    if (!locality) {
        return {};
    }
    const QString name = locality->text(QStringLiteral("name"));
    const QString municipality = locality->text(QStringLiteral("municipality"));
    if (municipality.isEmpty() || municipality == name) {
        return name;
    }
    return tr("%1, %2", "settlement, municipality").arg(name, municipality);
}

Record DocumentData::householdOf(const Record& person) {
    const Record* household = cached(QStringLiteral("household"), person.text(QStringLiteral("household_id")));
    return household ? *household : Record{};
}

QString DocumentData::programmeOfLocality(const QString& localityId) {
    const Record* locality = cached(QStringLiteral("locality"), localityId);
    return locality ? locality->text(QStringLiteral("programme_id")) : QString();
}

Result<PageHeader> DocumentData::header(const QString& programmeId) {
    QString id = programmeId;
    if (id.isEmpty() || !cached(QStringLiteral("programme"), id)) {
        Statement first(m_db, kFirstProgramme);
        auto found = first.scalar();
        if (!found) {
            return found.error();
        }
        id = found->toString();
    }
    if (auto it = m_headers.constFind(id); it != m_headers.constEnd()) {
        return it.value();
    }
    PageHeader header;
    if (const Record* programme = cached(QStringLiteral("programme"), id)) {
        header.programmeName = programme->text(QStringLiteral("name"));
        header.municipality = programme->text(QStringLiteral("municipality"));
        header.funderLine = programme->text(QStringLiteral("funder_line"));
        DocumentLogos logos(m_db);
        auto left = logos.image(id, DocumentLogos::Slot::Left);
        if (!left) {
            return left.error();
        }
        auto right = logos.image(id, DocumentLogos::Slot::Right);
        if (!right) {
            return right.error();
        }
        header.leftLogo = *left;
        header.rightLogo = *right;
    }
    m_headers.insert(id, header);
    return header;
}

QString DocumentData::printedLine() {
    QString who = m_db.user();
    Statement staff(m_db, kStaffByUser);
    staff.bind(who);
    if (auto name = staff.scalar(); name && !name->toString().isEmpty()) {
        who = name->toString();
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_db.clock().nowMs()).toLocalTime();
    return tr("Printed by %1 on %2").arg(who, printDateTime(now));
}

QString DocumentData::versionLine(const Record& record) {
    const QDateTime changed = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::physicalMs(record.hlc)).toLocalTime();
    const QString stamp = QString::number(record.hlc, 16).right(8);
    if (record.table == QStringLiteral("plan") && !record.value(QStringLiteral("plan_version")).isNull()) {
        return tr("Plan version %1, last changed %2 (%3)")
            .arg(record.value(QStringLiteral("plan_version")).toLongLong())
            .arg(printDateTime(changed), stamp);
    }
    return tr("Record version of %1 (%2)").arg(printDateTime(changed), stamp);
}

Result<QList<Record>> DocumentData::plansAwaitingSignature(const QString& localityId) {
    if (auto locality = record(QStringLiteral("locality"), localityId); !locality) {
        return locality.error();
    }
    QStringList ids;
    {
        Statement st(m_db, kPlansAwaitingSignature);
        st.bind(localityId);
        if (auto s = st.exec(); !s) {
            return s.error();
        }
        while (st.next()) {
            ids.append(st.value(0).toString());
        }
        if (auto read = st.finished(); !read) {
            return read.error();
        }
    }
    QList<Record> plans;
    for (const QString& id : ids) {
        auto plan = record(QStringLiteral("plan"), id);
        if (!plan) {
            return plan.error();
        }
        plans.append(*plan);
    }
    return plans;
}

Result<QList<SignatureQueue>> DocumentData::signatureQueues() {
    QList<SignatureQueue> queues;
    {
        Statement st(m_db, kSignatureQueues);
        if (auto s = st.exec(); !s) {
            return s.error();
        }
        while (st.next()) {
            queues.append({st.value(0).toString(), QString(), st.value(1).toInt()});
        }
        if (auto read = st.finished(); !read) {
            return read.error();
        }
    }
    for (SignatureQueue& queue : queues) {
        queue.name = localityName(queue.localityId);
    }
    QCollator collator;
    std::sort(queues.begin(), queues.end(), [&collator](const SignatureQueue& a, const SignatureQueue& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return queues;
}

} // namespace fieldcase::core
