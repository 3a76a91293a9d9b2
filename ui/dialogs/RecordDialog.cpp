// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RecordDialog.h"

#include "MessageBox.h"
#include "casework/DraftStore.h"
#include "domain/FieldValue.h"
#include "domain/RecordStore.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "widgets/FieldForm.h"
#include "widgets/Mnemonics.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {
// A pause in typing this long writes the draft; leaving a field writes it at once.
constexpr int kDraftDelayMs = 400;
// Where a draft keeps what the dialog holds outside the form; no field name starts with '@'.
const QString kExtrasKey = QStringLiteral("@extras");
} // namespace

RecordDialog::RecordDialog(AppContext context, const QString& table, const QStringList& fields, const QString& id,
                           QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_table(table)
    , m_id(id) {
    const core::TableDef* def = core::Schema::instance().table(table);
    setWindowTitle(id.isEmpty() ? tr("New %1").arg(def->displayLabel().toLower()) : def->displayLabel());
    auto* layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_form = new FieldForm(context.db, table, fields, this);
    auto* scroll = new QScrollArea(this);
    // The form keeps its natural height; spare room goes below it, not between its rows.
    auto* holder = new QWidget(scroll);
    auto* holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    m_form->setParent(holder);
    holderLayout->addWidget(m_form);
    holderLayout->addStretch(1);
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes from field to field; the area itself is no stop (it scrolls to the field in focus).
    scroll->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(scroll, 1);

    m_extra = new QVBoxLayout;
    layout->addLayout(m_extra);

    if (!id.isEmpty()) {
        auto record = core::RecordStore(context.db).get(table, id);
        if (record) {
            m_original = record->fields;
            m_form->setValues(m_original);
        } else {
            showBanner(record.error().message, true);
        }
        if (def->frozen) {
            auto* noteLabel = new QLabel(tr("Correction &note (required to change frozen data):"), this);
            m_note = new QLineEdit(this);
            m_note->setPlaceholderText(tr("Why the stored data was wrong, e.g. \"certificate seen\""));
            noteLabel->setBuddy(m_note);
            layout->addWidget(noteLabel);
            layout->addWidget(m_note);
        }
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    layout->addWidget(m_buttons);
    // Ctrl+Enter saves from anywhere, also from a multi-line note where Enter starts a new line.
    auto* saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveShortcut, &QShortcut::activated, this, &RecordDialog::accept);

    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &RecordDialog::writeDraft);
    connect(m_form, &FieldForm::edited, m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_form, &FieldForm::fieldLeft, this, [this] {
        if (isDirty()) {
            writeDraft();
        }
    });
    markClean();
    if (!id.isEmpty()) {
        restoreDraft();
    }
    resize(560, std::min(720, 140 + 44 * int(fields.size())));
}

RecordDialog::~RecordDialog() {
    // The widgets below are destroyed after this object, and losing their focus on the way
    // would otherwise reach a half-destroyed dialog through fieldLeft().
    m_form->disconnect();
    m_draftTimer->stop();
}

void RecordDialog::setPreset(const QVariantMap& preset) {
    m_preset = preset;
    for (auto it = preset.constBegin(); it != preset.constEnd(); ++it) {
        if (m_form->fields().contains(it.key())) {
            m_form->setValue(it.key(), it.value());
        }
    }
    markClean();
    restoreDraft();
}

QString RecordDialog::draftKey() const {
    QString key = m_table + QLatin1Char(':') + (m_id.isEmpty() ? QStringLiteral("new") : m_id);
    for (auto it = m_preset.constBegin(); it != m_preset.constEnd(); ++it) {
        if (it.key().endsWith(QStringLiteral("_id"))) {
            key += QLatin1Char(':') + it.value().toString();
        }
    }
    return key;
}

void RecordDialog::markClean() {
    m_clean = m_form->values();
    m_cleanExtras = extraState();
}

bool RecordDialog::isDirty() const {
    return !m_saved && (m_restored || m_form->values() != m_clean || extraState() != m_cleanExtras);
}

void RecordDialog::extrasEdited() {
    if (!m_saved && !m_discarded) {
        m_draftTimer->start();
    }
}

void RecordDialog::restoreDraftExtras() {
    if (m_draftExtras.isEmpty()) {
        return;
    }
    setExtraState(m_draftExtras);
    m_draftExtras.clear();
}

void RecordDialog::showEvent(QShowEvent* event) {
    // Only now does the dialog hold everything a subclass added below the form.
    if (!m_mnemonicsDone) {
        assignMnemonics(this);
        // The buttons were made before a subclass added its widgets below the form; Tab reaches
        // them last, as they are shown.
        QWidget* last = nullptr;
        for (QWidget* w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
            if ((w->focusPolicy() & Qt::TabFocus) && isAncestorOf(w) && !m_buttons->isAncestorOf(w)) {
                last = w;
            }
        }
        for (QAbstractButton* button : m_buttons->buttons()) {
            if (last) {
                setTabOrder(last, button);
            }
            last = button;
        }
        m_mnemonicsDone = true;
    }
    QDialog::showEvent(event);
}

void RecordDialog::writeDraft() {
    if (m_collectOnly || m_saved || m_discarded) {
        return;
    }
    m_draftTimer->stop();
    QVariantMap values = m_form->values();
    const QVariantMap extras = extraState();
    core::DraftStore drafts(m_context.db);
    if (values == m_clean && extras == m_cleanExtras && !m_restored) {
        (void)drafts.discard(draftKey());
        return;
    }
    const QString title = QStringLiteral("%1 %2").arg(values.value(QStringLiteral("family_name")).toString(),
                                                      values.value(QStringLiteral("given_names")).toString());
    if (!extras.isEmpty()) {
        values.insert(kExtrasKey, extras);
    }
    const core::Status kept =
        drafts.save({draftKey(), m_table, m_id, windowTitle() + QStringLiteral(": ") + title.trimmed(), values, {}});
    if (!kept) {
        // Typing on as if it were kept would lose it all at the next power cut or crash.
        m_draftFailed = true;
        showBanner(tr("What you typed could not be kept as a draft: %1 Save the form now, or it is lost if this "
                      "program or the computer stops.")
                       .arg(kept.error().message),
                   true);
    } else if (m_draftFailed) {
        m_draftFailed = false;
        showBanner({}, false);
    }
}

void RecordDialog::restoreDraft() {
    if (m_collectOnly) {
        return;
    }
    auto draft = core::DraftStore(m_context.db).load(draftKey());
    if (!draft || !draft->has_value()) {
        return;
    }
    const QSignalBlocker block(m_form);
    m_form->setValues((*draft)->values);
    m_draftExtras = (*draft)->values.value(kExtrasKey).toMap();
    m_restored = true;
    showBanner(tr("Restored what was typed here on %1 and not saved. Save it, or press Esc to throw it away.")
                   .arg(QLocale().toString((*draft)->updatedAt.toLocalTime(), QLocale::ShortFormat)),
               false);
}

void RecordDialog::showBanner(const QString& text, bool error) {
    m_banner->setText(text);
    m_banner->setStyleSheet(error ? QStringLiteral("background:#fde7e9;color:#8a0012;padding:6px;border-radius:3px;")
                                  : QStringLiteral("background:#fff4ce;color:#4d3b00;padding:6px;border-radius:3px;"));
    m_banner->setVisible(!text.isEmpty());
}

QString RecordDialog::bannerText() const {
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void RecordDialog::showError(const core::Error& error) {
    if (!m_form->showError(error)) {
        showBanner(error.message, true);
    } else {
        showBanner({}, true);
    }
}

QVariantMap RecordDialog::recordFields() const {
    QVariantMap fields = m_preset;
    const QVariantMap values = m_form->values();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        fields.insert(it.key(), it.value());
    }
    return fields;
}

bool RecordDialog::confirmSave(const QVariantMap&) {
    return true;
}

core::Result<QString> RecordDialog::write(const QVariantMap& fields) {
    core::RecordStore store(m_context.db);
    if (m_id.isEmpty()) {
        QVariantMap create;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (!core::values::isEmpty(it.value()) || it.value().typeId() == QMetaType::Bool) {
                create.insert(it.key(), it.value());
            }
        }
        return store.create(m_table, create);
    }
    // Only what the user changed is written, so the change log holds just that.
    const core::TableDef* def = core::Schema::instance().table(m_table);
    QVariantMap changes;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const core::FieldDef* f = def->field(it.key());
        if (!f) {
            continue;
        }
        auto normalized = core::values::normalize(*f, it.value());
        if (!normalized) {
            return normalized.error();
        }
        const QVariant before = m_original.value(it.key());
        const bool same = (core::values::isEmpty(*normalized) && core::values::isEmpty(before)) ||
                          core::values::toJson(*f, *normalized) == core::values::toJson(*f, before);
        if (!same) {
            changes.insert(it.key(), it.value());
        }
    }
    if (changes.isEmpty()) {
        return m_id;
    }
    if (auto s = store.update(m_table, m_id, changes, m_note ? m_note->text() : QString()); !s) {
        return s.error();
    }
    return m_id;
}

bool RecordDialog::save() {
    m_form->clearErrors();
    showBanner({}, false);
    const QVariantMap fields = recordFields();
    if (m_collectOnly) {
        const core::TableDef* def = core::Schema::instance().table(m_table);
        QVariantMap stored;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            const core::FieldDef* f = def->field(it.key());
            if (!f) {
                continue;
            }
            auto v = core::values::normalize(*f, it.value());
            if (!v) {
                showError(v.error());
                return false;
            }
            if (!core::values::isEmpty(*v)) {
                stored.insert(it.key(), *v);
            }
        }
        // Required fields other than the owner the whole will fill in.
        for (const core::FieldDef& f : def->fields) {
            if (f.required() && !f.owner() && !f.name.endsWith(QStringLiteral("plan_id")) &&
                core::values::isEmpty(stored.value(f.name))) {
                showError(core::makeError(core::ErrorCode::InvalidInput,
                                          tr("%1: this field is required.").arg(f.displayLabel()), {}, f.name));
                return false;
            }
        }
        m_collected = stored;
        m_saved = true;
        return true;
    }
    if (!confirmSave(fields)) {
        return false;
    }
    auto id = write(fields);
    if (!id) {
        showError(id.error());
        return false;
    }
    m_savedId = *id;
    m_saved = true;
    m_draftTimer->stop();
    (void)core::DraftStore(m_context.db).discard(draftKey());
    return true;
}

void RecordDialog::accept() {
    if (save()) {
        QDialog::accept();
    }
}

void RecordDialog::reject() {
    if (isDirty()) {
        if (!MessageBox::mayDiscard(this)) {
            return;
        }
        m_discarded = true;
        m_draftTimer->stop();
        (void)core::DraftStore(m_context.db).discard(draftKey());
    }
    QDialog::reject();
}

} // namespace fieldcase::ui
