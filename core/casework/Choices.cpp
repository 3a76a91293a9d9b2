// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/Choices.h"

#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>

namespace fieldcase::core {

namespace {

// The label expression of each table, as SQL over the table's own columns.
const QHash<QString, QString>& labels() {
    static const QHash<QString, QString> all = {
        {QStringLiteral("programme"), QStringLiteral("name")},
        {QStringLiteral("locality"), QStringLiteral("name || coalesce(' (' || nullif(municipality, name) || ')', '')")},
        {QStringLiteral("staff"), QStringLiteral("full_name")},
        {QStringLiteral("household"), QStringLiteral("name || coalesce(', ' || address, '')")},
        {QStringLiteral("person"), QStringLiteral("trim(coalesce(family_name, '') || ' ' || coalesce(given_names, '')) "
                                                  "|| coalesce(' (' || substr(birth_date, 1, 4) || ')', '')")},
        {QStringLiteral("facility"), QStringLiteral("name")},
        {QStringLiteral("plan"), QStringLiteral("coalesce(title, kind) || ' (' || start_date || ')'")},
        {QStringLiteral("plan_goal"), QStringLiteral("title")},
        {QStringLiteral("consent"), QStringLiteral("purpose || ', ' || given_date")},
        {QStringLiteral("event"), QStringLiteral("title || ' (' || event_date || ')'")},
        {QStringLiteral("activity"), QStringLiteral("kind || ' ' || replace(happened_at, 'T', ' ')")},
    };
    return all;
}

} // namespace

Choices::Choices(Database& db)
    : m_db(db) {}

bool Choices::knows(const QString& table) {
    return labels().contains(table);
}

Result<QList<Choice>> Choices::list(const QString& table, const QString& field, const QString& value, int limit) {
    const TableDef* def = Schema::instance().table(table);
    if (!knows(table) || def == nullptr || (!field.isEmpty() && def->field(field) == nullptr)) {
        return makeError(ErrorCode::InvalidInput, tr("There is no list of %1.").arg(table));
    }
    // Table and field names come from the schema registry, never from the user.
    const QString sql =
        QStringLiteral("SELECT id, %1 AS label FROM %2 WHERE deleted = 0 %3 ORDER BY label, id LIMIT ?")
            .arg(labels().value(table), table, field.isEmpty() ? QString() : QStringLiteral("AND %1 = ?").arg(field));
    Statement st(m_db, sql);
    if (!field.isEmpty()) {
        st.bind(value);
    }
    st.bind(limit);
    if (auto s = st.exec(); !s) {
        return s.error();
    }
    QList<Choice> out;
    while (st.next()) {
        QString text = st.value(1).toString();
        if (table == QStringLiteral("consent") || table == QStringLiteral("activity")) {
            const QString key = text.section(QLatin1Char(table == QStringLiteral("consent") ? ',' : ' '), 0, 0);
            text.replace(0, key.size(), Schema::instance().enumLabel(key));
        }
        out.append({st.value(0).toString(), text});
    }
    if (auto read = st.finished(); !read) {
        return read.error();
    }
    return out;
}

QString Choices::label(const QString& table, const QString& id) {
    if (!knows(table) || id.isEmpty()) {
        return {};
    }
    Statement st(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(labels().value(table), table));
    st.bind(id);
    auto text = st.scalar();
    return text ? text->toString() : QString();
}

} // namespace fieldcase::core
