// SPDX-License-Identifier: GPL-3.0-or-later
#include "casework/DuplicateFinder.h"

#include "casework/NameKey.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "util/Text.h"

#include <QDate>
#include <QHash>

#include <algorithm>

namespace fieldcase::core {

namespace {

const QString kColumns =
    QStringLiteral("SELECT p.id, p.family_name, p.given_names, p.birth_name, p.birth_date, h.name, l.name FROM ");
const QString kJoins =
    QStringLiteral(" LEFT JOIN household h ON h.id = p.household_id LEFT JOIN locality l ON l.id = h.locality_id ");
// Everyone born in the same year: covers a mistyped day or month and day and month swapped.
const QString kSameYear = kColumns + QStringLiteral("person p") + kJoins +
                          QStringLiteral("WHERE p.deleted = 0 AND p.birth_date >= ? AND p.birth_date <= ? LIMIT 20000");
// People whose family or birth name and given name begin like the new one's.
const QString kSimilarNames = kColumns + QStringLiteral("person_fts f JOIN person p ON p.rid = f.rowid") + kJoins +
                              QStringLiteral("WHERE person_fts MATCH ? LIMIT 2000");

struct Row {
    QString id;
    QString family;
    QString given;
    QString birthName;
    QString birthDate;
    QString household;
    QString locality;
};

// How closely two names match: 3 the same up to spelling, 2 one small difference, 1 alike, 0 not.
int nameScore(const QStringList& familyA, const QStringList& givenA, const QStringList& familyB,
              const QStringList& givenB) {
    if (familyA.isEmpty() || givenA.isEmpty() || familyB.isEmpty() || givenB.isEmpty()) {
        return 0;
    }
    const auto sameSet = [](QStringList a, QStringList b) {
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        return a == b;
    };
    QStringList all1 = familyA + givenA;
    QStringList all2 = familyB + givenB;
    if (sameSet(all1, all2)) {
        return 3;
    }
    // First family word and first given name, in either order (a name written the other way round).
    const bool familyMatch = familyA.first() == familyB.first();
    const bool givenMatch = givenA.first() == givenB.first();
    const bool swapped = familyA.first() == givenB.first() && givenA.first() == familyB.first();
    if ((familyMatch && givenMatch) || swapped) {
        return 3;
    }
    const int limit = 1;
    const bool familyNear = names::editDistance(familyA.first(), familyB.first(), limit) <= limit;
    const bool givenNear = names::editDistance(givenA.first(), givenB.first(), limit) <= limit;
    if ((familyMatch && givenNear) || (givenMatch && familyNear)) {
        return 2;
    }
    if (familyNear && givenNear) {
        return 1;
    }
    return 0;
}

// How closely two birth dates match: 3 the same, 1 one digit or day and month apart, 0 unknown,
// -1 clearly different.
int dateScore(const QString& a, const QString& b) {
    if (a.isEmpty() || b.isEmpty()) {
        return 0;
    }
    if (a == b) {
        return 3;
    }
    const QDate da = QDate::fromString(a, Qt::ISODate);
    const QDate db = QDate::fromString(b, Qt::ISODate);
    if (da.isValid() && db.isValid() && da.year() == db.year() && da.month() == db.day() && da.day() == db.month()) {
        return 1;
    }
    int differing = 0;
    for (int i = 0; i < std::min(a.size(), b.size()); ++i) {
        differing += a.at(i) != b.at(i) ? 1 : 0;
    }
    return differing == 1 ? 1 : -1;
}

} // namespace

DuplicateFinder::DuplicateFinder(Database& db)
    : m_db(db) {}

Result<QList<DuplicateCandidate>> DuplicateFinder::find(const PersonIdentity& who, const QString& excludeId,
                                                        int limit) {
    const QStringList family = names::nameKeys(who.familyName);
    const QStringList given = names::nameKeys(who.givenNames);
    const QStringList birth = names::nameKeys(who.birthName);
    if (family.isEmpty() || given.isEmpty()) {
        return QList<DuplicateCandidate>();
    }
    QHash<QString, Row> rows;
    const auto collect = [&](Statement& st) -> Status {
        if (auto s = st.exec(); !s) {
            return s;
        }
        while (st.next()) {
            Row r{st.value(0).toString(), st.value(1).toString(), st.value(2).toString(), st.value(3).toString(),
                  st.value(4).toString(), st.value(5).toString(), st.value(6).toString()};
            if (r.id != excludeId) {
                rows.insert(r.id, r);
            }
        }
        if (auto read = st.finished(); !read) {
            return read.error();
        }
        return {};
    };

    const QDate born = QDate::fromString(who.birthDate, Qt::ISODate);
    if (born.isValid()) {
        Statement st(m_db, kSameYear);
        st.bind(QStringLiteral("%1-01-01").arg(born.year(), 4, 10, QLatin1Char('0')))
            .bind(QStringLiteral("%1-12-31").arg(born.year(), 4, 10, QLatin1Char('0')));
        if (auto s = collect(st); !s) {
            return s.error();
        }
    }
    // Without a birth date, or when the year itself was mistyped: names that begin alike. Two
    // letters survive most spelling variants (Kovács, Kováč; Szabó, Sabo does not, but then the
    // birth year catches it).
    const auto prefix = [](const QString& name) { return text::fold(text::searchTokens(name).value(0)).left(2); };
    const QString givenPrefix = prefix(who.givenNames);
    for (const QString& surname : {who.familyName, who.birthName}) {
        const QString familyPrefix = prefix(surname);
        if (familyPrefix.size() < 2 || givenPrefix.size() < 2) {
            continue;
        }
        Statement st(m_db, kSimilarNames);
        st.bind(text::ftsPrefixQuery(familyPrefix + QLatin1Char(' ') + givenPrefix));
        if (auto s = collect(st); !s) {
            return s.error();
        }
    }

    QList<DuplicateCandidate> found;
    for (const Row& r : std::as_const(rows)) {
        const QStringList otherFamily = names::nameKeys(r.family);
        const QStringList otherGiven = names::nameKeys(r.given);
        const QStringList otherBirth = names::nameKeys(r.birthName);
        int names = nameScore(family, given, otherFamily, otherGiven);
        // A married name against the name at birth, either way round.
        if (!birth.isEmpty()) {
            names = std::max(names, nameScore(birth, given, otherFamily, otherGiven));
        }
        if (!otherBirth.isEmpty()) {
            names = std::max(names, nameScore(family, given, otherBirth, otherGiven));
        }
        const int dates = dateScore(who.birthDate, r.birthDate);
        DuplicateCandidate c;
        if (names == 3 && dates == 3) {
            c.strength = DuplicateCandidate::Strength::Certain;
            c.reason = tr("Same name and date of birth");
        } else if (names >= 2 && dates == 3) {
            c.strength = DuplicateCandidate::Strength::Likely;
            c.reason = tr("Similar name, same date of birth");
        } else if (names == 3 && dates == 1) {
            c.strength = DuplicateCandidate::Strength::Likely;
            c.reason = tr("Same name, date of birth differs by one digit or has day and month swapped");
        } else if (names == 3 && dates == 0) {
            c.strength = DuplicateCandidate::Strength::Possible;
            c.reason = tr("Same name; a date of birth is missing, so it cannot be compared");
        } else if (names >= 1 && dates == 3) {
            c.strength = DuplicateCandidate::Strength::Possible;
            c.reason = tr("Name written differently, same date of birth");
        } else {
            continue;
        }
        c.id = r.id;
        c.name = r.family + QLatin1Char(' ') + r.given;
        c.birthDate = r.birthDate;
        c.household = r.household;
        c.locality = r.locality;
        if (!r.birthName.isEmpty()) {
            c.name += QLatin1Char(' ') + tr("(born %1)").arg(r.birthName);
        }
        found.append(c);
    }
    std::sort(found.begin(), found.end(), [](const DuplicateCandidate& a, const DuplicateCandidate& b) {
        if (a.strength != b.strength) {
            return a.strength > b.strength;
        }
        return a.name < b.name;
    });
    if (found.size() > limit) {
        found.resize(limit);
    }
    return found;
}

} // namespace fieldcase::core
