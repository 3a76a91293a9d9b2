// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace fieldcase::core::demo {

struct DemoContext;

// Someone who lives in the locality and can be registered at its group events.
struct Resident {
    QString id;
    QDate birth;
    QDate since; // the household's entry into the programme
};

// The group events of a locality over the two years: forums in April and October, thematic days
// four times a year, trainings, community events, volunteering and community meetings, with the
// attendance of residents and staff.
class EventBuilder {
public:
    static void write(DemoContext& ctx, int locality, const QList<Resident>& residents);

private:
    static void writeEvent(DemoContext& ctx, int locality, const QList<Resident>& residents, const QString& kind,
                           const QString& title, const QDate& day);
};

} // namespace fieldcase::core::demo
