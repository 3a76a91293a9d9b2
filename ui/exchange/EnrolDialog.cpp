// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrolDialog.h"

#include "MessageBox.h"
#include "exchange/Packages.h"
#include "exchange/Sodium.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace fieldcase::ui {

namespace {

const QString kStaff =
    QStringLiteral("SELECT full_name, coalesce(username, ''), id FROM staff WHERE deleted = 0 ORDER BY sort_key, id");

QWidget* withButton(QLineEdit* field, QPushButton* button, QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

EnrolDialog::EnrolDialog(AppContext context, QWidget* parent)
    : QDialog(parent)
    , m_context(context) {
    setWindowTitle(tr("Enrol a laptop"));
    resize(620, 330);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The enrolment file holds the laptop's keys and the caseload of the worker. Take it to "
                                "the laptop on a stick; tell the worker the passphrase separately."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_device = new QLineEdit(this);
    m_device->setPlaceholderText(tr("for example: Laptop 3, Alsóberény team"));
    form->addRow(tr("Laptop &name:"), m_device);
    m_worker = new QComboBox(this);
    {
        core::Statement st(context.db, kStaff);
        if (st.exec()) {
            while (st.next()) {
                const QString account = st.value(1).toString();
                m_worker->addItem(account.isEmpty() ? st.value(0).toString()
                                                    : tr("%1 (%2)").arg(st.value(0).toString(), account),
                                  account.isEmpty() ? st.value(0).toString() : account);
            }
            if (auto read = st.finished(); !read) {
                // A list cut short would offer only some of the team as if it were all of it.
                m_worker->clear();
                intro->setText(read.error().message);
            }
        }
    }
    form->addRow(tr("&Worker:"), m_worker);
    m_output = new QLineEdit(this);
    auto* browse = new QPushButton(tr("&Choose..."), this);
    form->addRow(tr("Enrolment &file:"), withButton(m_output, browse, this));
    m_passphrase = new QLineEdit(core::sodium::randomPassphrase(), this);
    m_passphrase->setReadOnly(true);
    QFont mono = m_passphrase->font();
    mono.setFamily(QStringLiteral("monospace"));
    m_passphrase->setFont(mono);
    auto* copy = new QPushButton(tr("C&opy"), this);
    form->addRow(tr("Passphrase:"), withButton(m_passphrase, copy, this));
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_enrol = buttons->addButton(tr("&Enrol"), QDialogButtonBox::AcceptRole);
    m_enrol->setDefault(true);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &EnrolDialog::chooseOutput);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_passphrase->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_enrol, &QPushButton::clicked, this, [this] {
        if (enrol()) {
            m_enrol->setEnabled(false);
        }
    });
    connect(m_device, &QLineEdit::textChanged, this, [this](const QString& name) {
        const QString folder = m_output->text().isEmpty()
                                   ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                   : QFileInfo(m_output->text()).absolutePath();
        m_output->setText(QDir(folder).filePath(core::Packages::suggestedName(QStringLiteral("enrol-") + name, 0)));
    });
}

void EnrolDialog::chooseOutput() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Enrolment file"), m_output->text(),
                                                      tr("Fieldcase exchange files (*.fcx)"));
    if (!path.isEmpty()) {
        m_output->setText(path);
    }
}

bool EnrolDialog::enrol() {
    if (m_output->text().trimmed().isEmpty()) {
        m_status->setText(tr("Choose where to write the enrolment file."));
        return false;
    }
    const core::EnrolRequest request{m_device->text(), m_worker->currentData().toString(), m_passphrase->text()};
    auto summary = core::Packages::enrolFile(m_context.db, request, m_output->text());
    if (!summary) {
        m_status->setText(summary.error().message);
        return false;
    }
    m_status->setText(tr("Enrolled \"%1\": %n record(s) in %2. Tell the worker the passphrase above by phone or on "
                         "paper, never together with the file.",
                         nullptr, int(summary->records))
                          .arg(summary->deviceName, QDir::toNativeSeparators(m_output->text())) +
                      QLatin1Char(' ') +
                      tr("Tell them this central copy's key too, which they give when joining, so that the laptop "
                         "refuses a file that another copy made: %1")
                          .arg(summary->centralKey));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return true;
}

JoinDialog::JoinDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Join a programme"));
    resize(620, 290);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose the enrolment file your supervisor gave you and type the passphrase and the "
                                "central copy's key they told you. The laptop gets a new database with your "
                                "caseload."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_file = new QLineEdit(this);
    auto* browse = new QPushButton(tr("&Choose..."), this);
    form->addRow(tr("Enrolment &file:"), withButton(m_file, browse, this));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    m_centralKey = new QLineEdit(this);
    m_centralKey->setPlaceholderText(tr("as your supervisor read it out or printed it, for example ABCD-EFGH-..."));
    form->addRow(tr("Central copy's &key:"), m_centralKey);
    m_database = new QLineEdit(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                   .filePath(QStringLiteral("fieldcase-laptop.db")),
                               this);
    form->addRow(tr("New &database:"), m_database);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* joinButton = buttons->addButton(tr("&Join"), QDialogButtonBox::AcceptRole);
    joinButton->setDefault(true);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Enrolment file"), m_file->text(),
                                                          tr("Fieldcase exchange files (*.fcx);;All files (*)"));
        if (!path.isEmpty()) {
            m_file->setText(path);
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(joinButton, &QPushButton::clicked, this, [this] {
        if (join()) {
            accept();
        }
    });
}

bool JoinDialog::join() {
    QFile file(m_file->text());
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("The enrolment file cannot be read: %1").arg(file.errorString()));
        return false;
    }
    if (QFileInfo::exists(m_database->text())) {
        m_status->setText(tr("%1 exists already. A laptop joins with a new database file; choose another name.")
                              .arg(QDir::toNativeSeparators(m_database->text())));
        return false;
    }
    auto summary = core::Packages::join(m_database->text(), file, m_passphrase->text(), m_centralKey->text());
    if (!summary) {
        m_status->setText(summary.error().message);
        return false;
    }
    m_joined = m_database->text();
    if (!summary->centralKeyChecked) {
        MessageBox::information(this, tr("Compare the central copy's key"),
                                tr("Joined as \"%1\". The enrolment file was made by the central copy with the key\n\n"
                                   "%2\n\nCompare it with the key your supervisor reads out or printed. If they "
                                   "differ, the file was not made by your central copy: do not use this database, "
                                   "and tell your supervisor.")
                                    .arg(summary->deviceName, summary->centralKey));
    }
    return true;
}

} // namespace fieldcase::ui
