// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in sheet of a group event: registered people and staff pre-filled, numbered empty
// lines for guests, a signature column.
#include "documents/DocumentContent.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

namespace fieldcase::core::content {

namespace {

// Empty lines for people who come without being registered; more when the organiser expects
// more guests.
constexpr int kMinimumGuestLines = 8;

struct Line {
    QString name;
    QString born;
    QString role;
};

} // namespace

Result<BodyInfo> attendance(DocumentData& data, const Record& event, DocumentBuilder& out) {
    const QString table = QStringLiteral("event");
    const QString title = event.text(QStringLiteral("title"));
    out.title(DocumentKinds::title(DocumentKind::Attendance), title);
    const QString localityId = event.text(QStringLiteral("locality_id"));
    out.fields(
        {{DocumentData::label(table, QStringLiteral("kind")), DocumentData::show(event, QStringLiteral("kind"))},
         {DocumentData::label(table, QStringLiteral("event_date")),
          DocumentData::show(event, QStringLiteral("event_date"))},
         {DocumentData::label(table, QStringLiteral("place")), event.text(QStringLiteral("place"))},
         {Documents::tr("Locality"), data.localityName(localityId)},
         {DocumentData::label(table, QStringLiteral("hours")), DocumentData::show(event, QStringLiteral("hours"))},
         {Documents::tr("Organiser"), data.staffName(event.text(QStringLiteral("organiser_staff_id")))}});

    auto records = data.children(QStringLiteral("attendance"), QStringLiteral("event_id"), event.id);
    if (!records) {
        return records.error();
    }
    // A corrected attendance is replaced by its correction; the sheet lists each person once.
    QSet<QString> superseded;
    for (const Record& a : *records) {
        if (!a.text(QStringLiteral("supersedes_id")).isEmpty()) {
            superseded.insert(a.text(QStringLiteral("supersedes_id")));
        }
    }
    QList<Line> lines;
    QSet<QString> seen;
    for (const Record& a : *records) {
        if (superseded.contains(a.id)) {
            continue;
        }
        const QString personId = a.text(QStringLiteral("person_id"));
        const QString staffId = a.text(QStringLiteral("staff_id"));
        const QString key = personId.isEmpty() ? QStringLiteral("s") + staffId : QStringLiteral("p") + personId;
        if (seen.contains(key)) {
            continue;
        }
        seen.insert(key);
        Line line;
        if (!personId.isEmpty()) {
            auto person = data.record(QStringLiteral("person"), personId);
            if (!person) {
                continue; // erased since registration: nobody to pre-fill
            }
            line.name = data.personName(personId);
            line.born = DocumentData::show(*person, QStringLiteral("birth_date"));
        } else {
            line.name = data.staffName(staffId);
        }
        line.role = DocumentData::show(a, QStringLiteral("role"));
        lines.append(line);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(lines.begin(), lines.end(),
                     [&collator](const Line& a, const Line& b) { return collator.compare(a.name, b.name) < 0; });

    TableSpec sheet;
    sheet.headers = {Documents::tr("No."), Documents::tr("Name"),
                     DocumentData::label(QStringLiteral("person"), QStringLiteral("birth_date")),
                     DocumentData::label(QStringLiteral("attendance"), QStringLiteral("role")),
                     Documents::tr("Signature")};
    sheet.widths = {7, 38, 17, 14, 24};
    sheet.rowHeightPt = 22;
    int number = 0;
    for (const Line& line : lines) {
        sheet.rows.append({QString::number(++number), line.name, line.born, line.role, QString()});
    }
    const int guests = std::max(kMinimumGuestLines, event.value(QStringLiteral("external_guests")).toInt());
    for (int i = 0; i < guests; ++i) {
        sheet.rows.append({QString::number(++number)});
    }
    out.heading(Documents::tr("Participants"));
    out.note(
        Documents::tr("Registered participants are listed first. Guests write their name on an empty numbered line. "
                      "Everyone signs in the last column."));
    out.table(sheet);

    const QString organiser = data.staffName(event.text(QStringLiteral("organiser_staff_id")));
    out.signatureBlock({{Documents::tr("Organiser"), organiser}},
                       Documents::tr("I confirm that the people who signed above took part in the event."));
    QString programme = event.text(QStringLiteral("programme_id"));
    if (programme.isEmpty()) {
        programme = data.programmeOfLocality(localityId);
    }
    return BodyInfo{Documents::tr("%1: %2, %3")
                        .arg(DocumentKinds::title(DocumentKind::Attendance), title,
                             DocumentData::show(event, QStringLiteral("event_date"))),
                    programme};
}

} // namespace fieldcase::core::content
