// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/PersonDialog.h"

#include "casework/DraftStore.h"
#include "casework/HouseholdWork.h"
#include "domain/FieldValue.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "widgets/FieldForm.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {
constexpr int kCheckDelayMs = 250;
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

QStringList PersonDialog::fieldNames() {
    return {QStringLiteral("family_name"), QStringLiteral("given_names"),     QStringLiteral("birth_name"),
            QStringLiteral("mother_name"), QStringLiteral("birth_date"),      QStringLiteral("birth_place"),
            QStringLiteral("gender"),      QStringLiteral("household_id"),    QStringLiteral("relationship"),
            QStringLiteral("phone"),       QStringLiteral("email"),           QStringLiteral("languages"),
            QStringLiteral("is_client"),   QStringLiteral("case_manager_id"), QStringLiteral("notes")};
}

PersonDialog::PersonDialog(AppContext context, const QString& id, QWidget* parent)
    : RecordDialog(context, QStringLiteral("person"), fieldNames(), id, parent) {
    m_box = new QGroupBox(tr("Possible duplicates already on this laptop"), this);
    auto* boxLayout = new QVBoxLayout(m_box);
    m_list = new QListWidget(m_box);
    m_list->setAccessibleName(tr("Possible duplicates"));
    m_list->setMaximumHeight(120);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    boxLayout->addWidget(m_list);
    auto* row = new QHBoxLayout;
    row->addStretch();
    m_open = new QPushButton(tr("Open the &existing record"), m_box);
    row->addWidget(m_open);
    boxLayout->addLayout(row);
    m_box->setStyleSheet(QStringLiteral("QGroupBox { color: #8a4b00; font-weight: bold; }"));
    m_box->hide();
    extraLayout()->addWidget(m_box);

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kCheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &PersonDialog::checkDuplicates);
    connect(form(), &FieldForm::edited, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_list, &QListWidget::itemActivated, m_open, &QPushButton::click);
    connect(m_open, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_list->currentItem() ? m_list->currentItem() : m_list->item(0);
        if (!item) {
            return;
        }
        m_openInstead = item->data(kIdRole).toString();
        // The person exists already: what was typed here is not needed.
        (void)core::DraftStore(this->context().db).discard(this->draftKey());
        QDialog::reject();
    });
}

core::PersonIdentity PersonDialog::identity() const {
    const QVariantMap v = form()->values();
    return {v.value(QStringLiteral("family_name")).toString(), v.value(QStringLiteral("given_names")).toString(),
            v.value(QStringLiteral("birth_name")).toString(), v.value(QStringLiteral("birth_date")).toString()};
}

void PersonDialog::checkDuplicates() {
    m_checkTimer->stop();
    core::PersonIdentity who = identity();
    // A half-typed date cannot be compared yet.
    if (!QDate::fromString(who.birthDate, Qt::ISODate).isValid()) {
        who.birthDate.clear();
    }
    auto found = core::DuplicateFinder(context().db).find(who, recordId());
    m_candidates = found ? *found : QList<core::DuplicateCandidate>();
    m_list->clear();
    static const core::FieldDef* birth =
        core::Schema::instance().table(QStringLiteral("person"))->field(QStringLiteral("birth_date"));
    for (const core::DuplicateCandidate& c : std::as_const(m_candidates)) {
        QStringList parts = {c.name};
        if (!c.birthDate.isEmpty()) {
            parts.append(tr("born %1").arg(core::values::display(*birth, c.birthDate)));
        }
        if (!c.household.isEmpty()) {
            parts.append(c.locality.isEmpty() ? c.household : tr("%1, %2").arg(c.household, c.locality));
        }
        auto* item = new QListWidgetItem(parts.join(QStringLiteral(" · ")) + QLatin1Char('\n') + c.reason);
        item->setData(kIdRole, c.id);
        m_list->addItem(item);
    }
    if (!m_candidates.isEmpty()) {
        m_list->setCurrentRow(0);
    }
    m_box->setVisible(!m_candidates.isEmpty());
}

bool PersonDialog::confirmSave(const QVariantMap&) {
    checkDuplicates();
    // The warning is for registering someone new; an existing record is edited freely.
    if (m_candidates.isEmpty() || !recordId().isEmpty()) {
        return true;
    }
    const core::PersonIdentity who = identity();
    const QString key = who.familyName + QLatin1Char('\n') + who.givenNames + QLatin1Char('\n') + who.birthName +
                        QLatin1Char('\n') + who.birthDate;
    if (key == m_acknowledged) {
        return true;
    }
    m_acknowledged = key;
    showBanner(tr("%n person(s) already on this laptop may be the same person (see below). Open the existing "
                  "record, or press Save again to register a new person anyway.",
                  nullptr, int(m_candidates.size())),
               true);
    m_list->setFocus();
    return false;
}

core::Result<QString> PersonDialog::write(const QVariantMap& fields) {
    core::Transaction tx(context().db);
    auto id = RecordDialog::write(fields);
    if (!id) {
        return id;
    }
    if (auto s = core::HouseholdWork(context().db).syncHead(*id); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

} // namespace fieldcase::ui
