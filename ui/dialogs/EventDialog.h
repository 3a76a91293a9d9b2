// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/RecordDialog.h"

class QListWidget;
class QPushButton;

namespace fieldcase::ui {

class RecordPicker;

// A group event (forum, thematic day, training, community event, volunteering) with its
// attendance: registered people found by name and ticked, staff ticked, and a count of external
// guests. Taking someone off the list later is recorded as a correction, never a deletion.
class EventDialog : public RecordDialog {
    Q_OBJECT

public:
    EventDialog(AppContext context, const QString& id = {}, QWidget* parent = nullptr);

    RecordPicker* personPicker() const { return m_picker; }
    QPushButton* addPersonButton() const { return m_add; }
    QListWidget* peopleList() const { return m_people; }
    QListWidget* staffList() const { return m_staff; }
    // Adds a registered person to the attendance list, ticked.
    void addAttendee(const QString& personId);

protected:
    core::Result<QString> write(const QVariantMap& fields) override;
    QVariantMap extraState() const override;
    void setExtraState(const QVariantMap& state) override;

private:
    QStringList ticked(QListWidget* list) const;

    RecordPicker* m_picker = nullptr;
    QPushButton* m_add = nullptr;
    QListWidget* m_people = nullptr;
    QListWidget* m_staff = nullptr;
};

} // namespace fieldcase::ui
