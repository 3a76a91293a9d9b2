// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "util/Result.h"

#include <QDialog>
#include <QVariantMap>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;
class QVBoxLayout;

namespace fieldcase::ui {

class FieldForm;

// Creates or edits one record through RecordStore. Saves a draft as the user types or leaves a
// field, and restores it when the same form is opened again after a crash; Enter saves, Esc
// asks before unsaved changes are thrown away; an error is shown at the field it is about, and
// nothing is stored until the whole record is valid. A new record's draft is looked for once
// setPreset() has said what the record belongs to (callers always call it). Frozen records (entry data) are changed
// only with a correction note, which is logged.
class RecordDialog : public QDialog {
    Q_OBJECT

public:
    RecordDialog(AppContext context, const QString& table, const QStringList& fields, const QString& id = {},
                 QWidget* parent = nullptr);
    ~RecordDialog() override;

    FieldForm* form() const { return m_form; }
    QString table() const { return m_table; }
    QString recordId() const { return m_id; }
    // The record written by the last successful save.
    QString savedId() const { return m_savedId; }

    // Values a new record gets without the user typing them (the household of a new member);
    // they also tell drafts of different contexts apart.
    void setPreset(const QVariantMap& preset);
    // Validates and hands the values back (collected()) without writing: for the parts of a
    // plan that is saved as a whole.
    void setCollectOnly(bool collectOnly) { m_collectOnly = collectOnly; }
    QVariantMap collected() const { return m_collected; }

    // Whether the form holds changes that are not saved.
    bool isDirty() const;
    // The message shown above the form (a restored draft, an error about no single field).
    QString bannerText() const;
    QLineEdit* correctionNote() const { return m_note; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    // Saves (or collects); true when done. accept() calls it.
    bool save();
    // Takes what the form holds now as the unchanged state (after filling in defaults).
    void markClean();

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void showEvent(QShowEvent* event) override;
    // The record as it will be written (preset and form values, empty ones left out).
    QVariantMap recordFields() const;
    // Lets a subclass look at the record before it is written; false stops the save.
    virtual bool confirmSave(const QVariantMap& fields);
    // Writes the record; the default creates or updates it through RecordStore.
    virtual core::Result<QString> write(const QVariantMap& fields);
    // What a subclass holds outside the form (ticked people, a plan's goals, tasks), so that it
    // counts as a change, goes into the draft and comes back from it.
    virtual QVariantMap extraState() const { return {}; }
    virtual void setExtraState(const QVariantMap&) {}
    // A subclass calls these: when the user changed something outside the form, and once its
    // widgets are built, to fill them from a restored draft.
    void extrasEdited();
    void restoreDraftExtras();
    // Where a subclass adds widgets below the form.
    QVBoxLayout* extraLayout() const { return m_extra; }
    void showBanner(const QString& text, bool error);
    void showError(const core::Error& error);
    AppContext context() const { return m_context; }
    // The stored values the form was opened with (empty for a new record).
    const QVariantMap& original() const { return m_original; }
    QString draftKey() const;
    void writeDraft();

private:
    void restoreDraft();

    AppContext m_context;
    QString m_table;
    QString m_id;
    QString m_savedId;
    QVariantMap m_original;
    QVariantMap m_preset;
    QVariantMap m_clean;
    QVariantMap m_cleanExtras;
    QVariantMap m_draftExtras; // from a restored draft, until the subclass has its widgets
    QVariantMap m_collected;
    bool m_collectOnly = false;
    bool m_saved = false;
    bool m_restored = false;  // a restored draft counts as unsaved changes
    bool m_discarded = false; // the user threw the changes away: no draft is written any more
    bool m_mnemonicsDone = false;
    FieldForm* m_form = nullptr;
    QLabel* m_banner = nullptr;
    QLineEdit* m_note = nullptr;
    QVBoxLayout* m_extra = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_draftTimer = nullptr;
    bool m_draftFailed = false; // the banner tells that the last draft could not be kept
};

} // namespace fieldcase::ui
