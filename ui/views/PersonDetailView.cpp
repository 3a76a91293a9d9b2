// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/PersonDetailView.h"

#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "storage/Database.h"

#include <QDate>

#include <algorithm>

namespace fieldcase::ui {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

// A stored value of a record, as the user reads it.
QString shown(const core::Record& r, const QString& field) {
    const core::TableDef* t = core::Schema::instance().table(r.table);
    const core::FieldDef* f = t ? t->field(field) : nullptr;
    return f ? core::values::display(*f, r.value(field)) : r.text(field);
}

QString fullName(const core::Record& person) {
    return person.text(QStringLiteral("family_name")) + QLatin1Char(' ') + person.text(QStringLiteral("given_names"));
}

QString row(const QString& label, const QString& value) {
    if (value.isEmpty()) {
        return {};
    }
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

} // namespace

PersonDetailView::PersonDetailView(core::Database& db, QWidget* parent)
    : QTextBrowser(parent)
    , m_db(db) {
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Person details"));
    showEmpty(0);
}

void PersonDetailView::showEmpty(int peopleCount) {
    m_personId.clear();
    if (peopleCount == 0) {
        setHtml(tr("<h3>No people yet</h3><p>This database holds no people. To try Fieldcase with a synthetic "
                   "programme, run <tt>fieldcase-cli demo --db FILE --people 2000</tt> and open that file.</p>"));
    } else {
        setHtml(tr("<h3>Choose a person</h3><p>Pick someone in the list, or type a name in the search box "
                   "(Ctrl+F): <i>kovacs</i> finds Kovács.</p>"));
    }
}

void PersonDetailView::showPerson(const QString& id) {
    core::RecordStore store(m_db);
    auto person = store.get(QStringLiteral("person"), id);
    if (!person) {
        setHtml(QStringLiteral("<p>%1</p>").arg(esc(person.error().message)));
        m_personId.clear();
        return;
    }
    m_personId = id;
    setHtml(renderPerson(*person));
}

QString PersonDetailView::renderPerson(const core::Record& person) {
    core::RecordStore store(m_db);
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(fullName(person)));
    if (person.deleted) {
        html += tr("<p><b>This person's record was deleted.</b></p>");
        return html;
    }

    QString age;
    const QDate born = QDate::fromString(person.text(QStringLiteral("birth_date")), Qt::ISODate);
    if (born.isValid()) {
        const QDate today = m_db.clock().today();
        int years = today.year() - born.year();
        if (today < born.addYears(years)) {
            --years;
        }
        age = tr("%1 (%n year(s) old)", nullptr, years).arg(shown(person, QStringLiteral("birth_date")));
    }
    QString caseManager;
    if (const QString staffId = person.text(QStringLiteral("case_manager_id")); !staffId.isEmpty()) {
        if (auto staff = store.get(QStringLiteral("staff"), staffId)) {
            caseManager = staff->text(QStringLiteral("full_name"));
        }
    }
    html += QStringLiteral("<table>");
    html += row(tr("Born"), age);
    html += row(tr("Birth name"), person.text(QStringLiteral("birth_name")));
    html += row(tr("Mother's birth name"), person.text(QStringLiteral("mother_name")));
    html += row(tr("Gender"), shown(person, QStringLiteral("gender")));
    html += row(tr("Relationship to head"), shown(person, QStringLiteral("relationship")));
    html += row(tr("Phone"), person.text(QStringLiteral("phone")));
    html += row(tr("Languages"), person.text(QStringLiteral("languages")));
    html += row(tr("Client"), shown(person, QStringLiteral("is_client")));
    html += row(tr("Case manager"), caseManager);
    html += QStringLiteral("</table>");

    const QString householdId = person.text(QStringLiteral("household_id"));
    if (!householdId.isEmpty()) {
        if (auto household = store.get(QStringLiteral("household"), householdId)) {
            QString locality;
            if (auto place = store.get(QStringLiteral("locality"), household->text(QStringLiteral("locality_id")))) {
                locality = place->text(QStringLiteral("name"));
            }
            html += QStringLiteral("<h3>%1</h3>")
                        .arg(esc(tr("Household: %1").arg(household->text(QStringLiteral("name")))));
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(QStringList{household->text(QStringLiteral("address")), locality}.join(
                            QStringLiteral(", "))));
            if (auto members = store.findBy(QStringLiteral("person"), QStringLiteral("household_id"), householdId,
                                            QStringLiteral("birth_date"))) {
                html += QStringLiteral("<ul>");
                for (const core::Record& m : *members) {
                    const QString name =
                        m.id == person.id ? QStringLiteral("<b>%1</b>").arg(esc(fullName(m))) : esc(fullName(m));
                    html += QStringLiteral("<li>%1 · %2 · %3</li>")
                                .arg(name, esc(shown(m, QStringLiteral("relationship"))),
                                     esc(shown(m, QStringLiteral("birth_date"))));
                }
                html += QStringLiteral("</ul>");
            }
        }
    }

    if (auto entries = store.findBy(QStringLiteral("entry_record"), QStringLiteral("person_id"), person.id);
        entries && !entries->isEmpty()) {
        const core::Record& e = entries->first();
        html += QStringLiteral("<h3>%1</h3><table>").arg(esc(tr("Entry data")));
        html += row(tr("Entered"), shown(e, QStringLiteral("entry_date")));
        html += row(tr("Labour status"), shown(e, QStringLiteral("labour_status")));
        html += row(tr("Education"), shown(e, QStringLiteral("isced")));
        html += QStringLiteral("</table>");
    }

    if (auto consents = store.findBy(QStringLiteral("consent"), QStringLiteral("person_id"), person.id,
                                     QStringLiteral("given_date"));
        consents && !consents->isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Consents")));
        for (const core::Record& c : *consents) {
            QString line = tr("%1, given %2 (text %3)")
                               .arg(shown(c, QStringLiteral("purpose")), shown(c, QStringLiteral("given_date")),
                                    c.text(QStringLiteral("text_version")));
            if (!c.text(QStringLiteral("withdrawn_date")).isEmpty()) {
                line += tr(", withdrawn %1").arg(shown(c, QStringLiteral("withdrawn_date")));
            }
            html += QStringLiteral("<li>%1</li>").arg(esc(line));
        }
        html += QStringLiteral("</ul>");
    }

    QList<core::Record> plans;
    if (auto own = store.findBy(QStringLiteral("plan"), QStringLiteral("person_id"), person.id,
                                QStringLiteral("start_date"), true)) {
        plans += *own;
    }
    if (!householdId.isEmpty()) {
        if (auto family = store.findBy(QStringLiteral("plan"), QStringLiteral("household_id"), householdId,
                                       QStringLiteral("start_date"), true)) {
            for (const core::Record& p : *family) {
                if (p.text(QStringLiteral("kind")) == QStringLiteral("family")) {
                    plans.append(p);
                }
            }
        }
    }
    for (const core::Record& plan : plans) {
        html +=
            QStringLiteral("<h3>%1</h3>")
                .arg(esc(
                    tr("%1 plan, %2").arg(shown(plan, QStringLiteral("kind")), shown(plan, QStringLiteral("status")))));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Started %1 · next review %2")
                                 .arg(shown(plan, QStringLiteral("start_date")),
                                      shown(plan, QStringLiteral("next_review_date")))));
        if (auto goals = store.findBy(QStringLiteral("plan_goal"), QStringLiteral("plan_id"), plan.id,
                                      QStringLiteral("sort_order"))) {
            html += QStringLiteral("<ul>");
            for (const core::Record& g : *goals) {
                html += QStringLiteral("<li>%1 <span style='color:#555'>(%2, %3, %4)</span></li>")
                            .arg(esc(g.text(QStringLiteral("title"))), esc(shown(g, QStringLiteral("area"))),
                                 esc(shown(g, QStringLiteral("status"))), esc(shown(g, QStringLiteral("deadline"))));
            }
            html += QStringLiteral("</ul>");
        }
    }

    constexpr int kRecentActivities = 10;
    QList<core::Record> activities;
    if (auto own = store.findBy(QStringLiteral("activity"), QStringLiteral("person_id"), person.id,
                                QStringLiteral("happened_at"), true, kRecentActivities)) {
        activities += *own;
    }
    if (!householdId.isEmpty()) {
        if (auto family = store.findBy(QStringLiteral("activity"), QStringLiteral("household_id"), householdId,
                                       QStringLiteral("happened_at"), true, kRecentActivities)) {
            for (const core::Record& a : *family) {
                if (a.text(QStringLiteral("person_id")) != person.id) {
                    activities.append(a);
                }
            }
        }
    }
    std::sort(activities.begin(), activities.end(), [](const core::Record& a, const core::Record& b) {
        return a.text(QStringLiteral("happened_at")) > b.text(QStringLiteral("happened_at"));
    });
    if (!activities.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Latest visits and services")));
        for (const core::Record& a : activities.mid(0, kRecentActivities)) {
            html += QStringLiteral("<li>%1 · %2 · %3</li>")
                        .arg(esc(shown(a, QStringLiteral("happened_at"))), esc(shown(a, QStringLiteral("kind"))),
                             esc(a.text(QStringLiteral("purpose"))));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace fieldcase::ui
